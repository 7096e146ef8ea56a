// Shared fixture of the rule and correlation benchmarks: a layered topology of N components, a pack of
// 200 generated rules (written to a temp dir and loaded as any pack is), and each component's evidence.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRulePack, type Candidate, type RulePack } from '../src/rules/index.js';
import type { Evidence, GraphView } from '../src/sdk/index.js';
import { createKnowledgeGraph } from '../src/topology/index.js';

export const RULES = 200;
const CAUSES = [
  'oom-killed',
  'crash-loop',
  'image-pull',
  'config-error',
  'probe-failure',
  'resource-exhaustion',
];

/** One rule's parameters: metric a above its threshold and (metric b above 0.5 or flag f set). */
export interface RuleSpec {
  id: string;
  a: string;
  threshold: number;
  b: string;
  flag: string;
  conditions: unknown;
}

export const ruleSpecs: RuleSpec[] = Array.from({ length: RULES }, (_, r) => {
  const a = `m${r % 20}`;
  const b = `m${(r * 3 + 1) % 20}`;
  const threshold = 0.9 + (r % 10) / 200;
  const flag = `f${r % 5}`;
  return {
    id: `rule-${r}`,
    a,
    threshold,
    b,
    flag,
    conditions: {
      all: [
        { fact: 'bench.metrics', path: a, operator: 'greaterThan', value: threshold },
        {
          any: [
            { fact: 'bench.metrics', path: b, operator: 'greaterThan', value: 0.5 },
            { fact: 'bench.flags', path: flag, operator: 'equal', value: true },
          ],
        },
      ],
    },
  };
});

export async function loadBenchPack(): Promise<RulePack> {
  const dir = mkdtempSync(join(tmpdir(), 'culprit-bench-'));
  for (const d of ['rules', 'tests', 'docs']) mkdirSync(join(dir, d));
  writeFileSync(join(dir, 'pack.yaml'), 'name: bench\nversion: 1.0.0\ndescription: benchmark pack\n');
  ruleSpecs.forEach((spec, r) => {
    const outcome =
      r % 2 === 0
        ? `finding: { cause: ${CAUSES[r % CAUSES.length]}, weight: ${(0.3 + (r % 6) / 10).toFixed(1)} }`
        : `symptom: { type: s${r % 7} }`;
    writeFileSync(
      join(dir, 'rules', `${spec.id}.yaml`),
      `id: ${spec.id}\ndescription: bench\nconditions: ${JSON.stringify(spec.conditions)}\noutcome:\n  ${outcome}\n  messageId: m\nmessages:\n  m: '{{node.id}} {{bench.metrics.${spec.a}}}'\n`,
    );
    writeFileSync(
      join(dir, 'tests', `${spec.id}.yaml`),
      `rule: ${spec.id}\nvalid: [{ name: quiet, facts: {} }]\n`,
    );
    writeFileSync(join(dir, 'docs', `${spec.id}.md`), `# ${spec.id}\n`);
  });
  return loadRulePack(dir);
}

export interface BenchWorld {
  graph: GraphView;
  ids: string[];
  candidates: Candidate[];
}

/** Ten layers; each component depends on up to three in the next layer. Seeded: same world every run. */
export function createBenchWorld(components: number): BenchWorld {
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const width = Math.max(1, Math.floor(components / 10));
  const list = Array.from({ length: components }, (_, i) => {
    const layer = Math.floor(i / width);
    const deps =
      layer < 9 ? [0, 1, 2].map((k) => `c${(layer + 1) * width + ((i * 7 + k * 31) % width)}`) : [];
    return {
      id: `c${i}`,
      kind: 'service' as const,
      dependsOn: [...new Set(deps)].filter((d) => d !== `c${i}`),
    };
  });
  const graph = createKnowledgeGraph({ apiVersion: 'culprit/v1', kind: 'Topology', components: list });
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
  const ids = list.map((c) => c.id);
  return {
    graph,
    ids,
    candidates: ids.map((id) => ({ node: graph.component(id)!, evidence: evidence(id) })),
  };
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function timeIt<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}
