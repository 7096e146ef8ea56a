// Benchmark: 1,000 components × 200 rules through Culprit's evaluator + correlation, against plain
// json-rules-engine evaluating the same rules on the same facts in the same process.
// Run: npx tsx bench/correlate.ts   (prints times, the ratio and heap; record in docs/benchmarks.md)
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from 'json-rules-engine';
import { correlate } from '../src/correlate/index.js';
import { createRuleEvaluator, loadRulePack, resolvePath, type Candidate } from '../src/rules/index.js';
import type { Evidence } from '../src/sdk/index.js';
import { createKnowledgeGraph } from '../src/topology/index.js';

const COMPONENTS = 1_000;
const RULES = 200;
const ROUNDS = 3;

let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;

// A layered topology: each component depends on up to three in the next layer.
const components = Array.from({ length: COMPONENTS }, (_, i) => {
  const layer = Math.floor(i / 100);
  const deps = layer < 9 ? [0, 1, 2].map((k) => `c${(layer + 1) * 100 + ((i * 7 + k * 31) % 100)}`) : [];
  return { id: `c${i}`, kind: 'service' as const, dependsOn: [...new Set(deps)] };
});
const graph = createKnowledgeGraph({ apiVersion: 'culprit/v1', kind: 'Topology', components });

// 200 rules over 20 metrics: half findings, half symptoms, with all/any conditions.
const dir = mkdtempSync(join(tmpdir(), 'culprit-bench-'));
for (const d of ['rules', 'tests', 'docs']) mkdirSync(join(dir, d));
writeFileSync(join(dir, 'pack.yaml'), 'name: bench\nversion: 1.0.0\ndescription: benchmark pack\n');
const causes = [
  'oom-killed',
  'crash-loop',
  'image-pull',
  'config-error',
  'probe-failure',
  'resource-exhaustion',
];
const plainRules: { name: string; conditions: unknown }[] = [];
for (let r = 0; r < RULES; r++) {
  const id = `rule-${r}`;
  const a = `m${r % 20}`;
  const b = `m${(r * 3 + 1) % 20}`;
  const conditions = {
    all: [
      { fact: 'bench.metrics', path: a, operator: 'greaterThan', value: 0.9 + (r % 10) / 200 },
      {
        any: [
          { fact: 'bench.metrics', path: b, operator: 'greaterThan', value: 0.5 },
          { fact: 'bench.flags', path: `f${r % 5}`, operator: 'equal', value: true },
        ],
      },
    ],
  };
  const outcome =
    r % 2 === 0
      ? `finding: { cause: ${causes[r % causes.length]}, weight: ${(0.3 + (r % 6) / 10).toFixed(1)} }`
      : `symptom: { type: s${r % 7} }`;
  writeFileSync(
    join(dir, 'rules', `${id}.yaml`),
    `id: ${id}\ndescription: bench\nconditions: ${JSON.stringify(conditions)}\noutcome:\n  ${outcome}\n  messageId: m\nmessages:\n  m: '{{node.id}} {{bench.metrics.${a}}}'\n`,
  );
  writeFileSync(join(dir, 'tests', `${id}.yaml`), `rule: ${id}\nvalid: [{ name: quiet, facts: {} }]\n`);
  writeFileSync(join(dir, 'docs', `${id}.md`), `# ${id}\n`);
  plainRules.push({ name: id, conditions });
}

const evidence = (id: string): Evidence[] => [
  {
    node: id,
    source: 'bench',
    kind: 'bench.metrics',
    attributes: Object.fromEntries(Array.from({ length: 20 }, (_, k) => [`m${k}`, rand()])),
    observedAt: '2026-01-01T00:00:00Z',
  },
  {
    node: id,
    source: 'bench',
    kind: 'bench.flags',
    attributes: Object.fromEntries(Array.from({ length: 5 }, (_, k) => [`f${k}`, rand() > 0.8])),
    observedAt: '2026-01-01T00:00:00Z',
  },
];
const candidates: Candidate[] = components.map((c) => ({
  node: graph.component(c.id)!,
  evidence: evidence(c.id),
}));

async function baseline(): Promise<number> {
  const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: resolvePath });
  for (const r of plainRules)
    engine.addRule({ name: r.name, conditions: r.conditions as never, event: { type: r.name } });
  let fired = 0;
  for (const c of candidates) {
    const facts: Record<string, unknown> = { node: { id: c.node.id, kind: c.node.kind } };
    for (const e of c.evidence) facts[e.kind] = e.attributes;
    fired += (await engine.run(facts)).events.length;
  }
  return fired;
}

async function culprit(
  evaluator: ReturnType<typeof createRuleEvaluator>,
): Promise<{ fired: number; hypotheses: number }> {
  const t0 = performance.now();
  const { findings, symptoms } = await evaluator.evaluate({ candidates, graph });
  const t1 = performance.now();
  const result = correlate({ graph, findings, symptoms, named: ['c0'], scope: components.map((c) => c.id) });
  split.evaluate.push(t1 - t0);
  split.correlate.push(performance.now() - t1);
  return { fired: findings.length + symptoms.length, hypotheses: result.hypotheses.length };
}

const split = { evaluate: [] as number[], correlate: [] as number[] };
const time = async <T>(fn: () => Promise<T>): Promise<[number, T]> => {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
};

const pack = await loadRulePack(dir);
const evaluator = createRuleEvaluator([pack], { concurrency: 1 });
await baseline();
await culprit(evaluator);
const base: number[] = [];
const ours: number[] = [];
let firedBase = 0;
let firedOurs = { fired: 0, hypotheses: 0 };
let peakHeap = 0;
for (let i = 0; i < ROUNDS; i++) {
  const [tb, fb] = await time(baseline);
  const [to, fo] = await time(() => culprit(evaluator));
  base.push(tb);
  ours.push(to);
  firedBase = fb;
  firedOurs = fo;
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`components: ${COMPONENTS}, rules: ${RULES}, rounds: ${ROUNDS}`);
console.log(
  `plain json-rules-engine (same rules, same facts): ${median(base).toFixed(0)} ms, ${firedBase} events`,
);
console.log(
  `culprit evaluate + correlate:                    ${median(ours).toFixed(0)} ms, ${firedOurs.fired} outcomes, ${firedOurs.hypotheses} hypotheses`,
);
console.log(
  `  of which evaluate ${median(split.evaluate).toFixed(0)} ms, correlate ${median(split.correlate).toFixed(0)} ms`,
);
console.log(`ratio culprit / baseline: ${(median(ours) / median(base)).toFixed(2)}x`);
console.log(`peak heap used: ${(peakHeap / 1024 / 1024).toFixed(0)} MiB`);
if (firedBase !== firedOurs.fired)
  console.log(`WARNING: outcome counts differ (${firedBase} vs ${firedOurs.fired})`);
