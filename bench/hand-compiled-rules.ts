// The 200 benchmark rules written by hand as one plain JS function (bench/rules.ts's baseline): one facts
// map per component, the conditions as plain JS, each firing recorded with the value that satisfied it.
import { ruleSpecs, type BenchWorld } from './rules-fixture.js';

export function handCompiledRules(world: BenchWorld): number {
  let fired = 0;
  for (const c of world.candidates) {
    const facts: Record<string, Record<string, unknown>> = {};
    for (const e of c.evidence) facts[e.kind] = e.attributes;
    const m = facts['bench.metrics'] as Record<string, number>;
    const f = facts['bench.flags'] as Record<string, boolean>;
    const out: { node: string; rule: string; value: number }[] = [];
    for (const r of ruleSpecs) {
      if (m[r.a]! > r.threshold && (m[r.b]! > 0.5 || f[r.flag] === true))
        out.push({ node: c.node.id, rule: r.id, value: m[r.a]! });
    }
    fired += out.length;
  }
  return fired;
}
