// Benchmark: rule evaluation, 1,000 components × 200 rules — Culprit's compiled evaluator and its
// json-rules-engine evaluator against a hand-compiled JS function and raw json-rules-engine, one run.
// Run: npx tsx bench/rules.ts   (prints medians and ratios; record in docs/benchmarks.md)
import { Engine } from 'json-rules-engine';
import { createCompiledRuleEvaluator, createJsonRulesEvaluator, resolvePath } from '../src/rules/index.js';
import { handCompiledRules } from './hand-compiled-rules.js';
import { createBenchWorld, loadBenchPack, median, ruleSpecs, timeIt } from './rules-fixture.js';

const COMPONENTS = 1_000;
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const world = createBenchWorld(COMPONENTS);
const pack = await loadBenchPack();

const rawEngine = new Engine([], { allowUndefinedFacts: true, pathResolver: resolvePath });
for (const r of ruleSpecs)
  rawEngine.addRule({ name: r.id, conditions: r.conditions as never, event: { type: r.id } });
async function rawJsonRulesEngine(): Promise<number> {
  let fired = 0;
  for (const c of world.candidates) {
    const facts: Record<string, unknown> = { node: { id: c.node.id, kind: c.node.kind } };
    for (const e of c.evidence) facts[e.kind] = e.attributes;
    fired += (await rawEngine.run(facts)).events.length;
  }
  return fired;
}

const compiled = createCompiledRuleEvaluator([pack], { concurrency: 1 });
const reference = createJsonRulesEvaluator([pack], { concurrency: 1 });
const count = (o: { findings: unknown[]; symptoms: unknown[] }) => o.findings.length + o.symptoms.length;
const runs = {
  'hand-compiled JS function': async () => handCompiledRules(world),
  'raw json-rules-engine': rawJsonRulesEngine,
  'Culprit compiled evaluator': async () => count(await compiled.evaluate(world)),
  'Culprit json-rules-engine evaluator': async () => count(await reference.evaluate(world)),
};
const times: Record<string, number[]> = {};
const fired: Record<string, number> = {};
for (let round = 0; round <= ROUNDS; round++) {
  for (const [name, fn] of Object.entries(runs)) {
    const [ms, n] = await timeIt(fn);
    if (round > 0) (times[name] ??= []).push(ms); // round 0 warms up
    fired[name] = n;
  }
}
const hand = median(times['hand-compiled JS function']!);
console.log(`rule evaluation: ${COMPONENTS} components × ${ruleSpecs.length} rules, median of ${ROUNDS}`);
console.log(
  `(compiled: ${compiled.stats.compiled} rules compiled, ${compiled.stats.fallback} on json-rules-engine)`,
);
for (const name of Object.keys(runs)) {
  const t = median(times[name]!);
  console.log(
    `${name.padEnd(38)} ${t.toFixed(1).padStart(8)} ms  ${(t / hand).toFixed(1).padStart(6)}× hand-compiled  ${fired[name]} fired`,
  );
}
const ratio = median(times['Culprit compiled evaluator']!) / hand;
console.log(`compiled / hand-compiled: ${ratio.toFixed(2)}× (target ≤ 5×)`);
if (new Set(Object.values(fired)).size !== 1) console.log('WARNING: the runs fired different counts');
