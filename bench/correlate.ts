// Benchmark: evaluate (compiled evaluator) + correlate at 1,000 and 10,000 components × 200 rules, each
// in a fresh heap; prints times, peak heap, the growth exponent between the two sizes, and the ratio to
// the hand-compiled rule function (bench/rules.ts's baseline) measured in the same process.
// Run: npx tsx bench/correlate.ts   (record in docs/benchmarks.md)
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { correlate } from '../src/correlate/index.js';
import { createRuleEvaluator } from '../src/rules/index.js';
import { handCompiledRules } from './hand-compiled-rules.js';
import { createBenchWorld, loadBenchPack, median, timeIt } from './rules-fixture.js';

const SIZES = [1_000, 10_000];
const ROUNDS = Number(process.env.ROUNDS ?? 3);

async function measure(components: number): Promise<Record<string, number>> {
  const world = createBenchWorld(components);
  const pack = await loadBenchPack();
  const evaluator = createRuleEvaluator([pack]);
  const evaluate: number[] = [];
  const corr: number[] = [];
  const hand: number[] = [];
  let peak = 0;
  let outcomes = 0;
  let hypotheses = 0;
  for (let round = 0; round <= ROUNDS; round++) {
    const [th] = await timeIt(() => handCompiledRules(world));
    const [te, out] = await timeIt(() => evaluator.evaluate(world));
    const [tc, result] = await timeIt(() =>
      correlate({ graph: world.graph, ...out, named: ['c0'], scope: world.ids }),
    );
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    if (round === 0) continue; // warm-up
    evaluate.push(te);
    corr.push(tc);
    hand.push(th);
    outcomes = out.findings.length + out.symptoms.length;
    hypotheses = result.hypotheses.length;
  }
  const e = median(evaluate);
  const c = median(corr);
  return {
    components,
    evaluate: e,
    correlate: c,
    total: e + c,
    hand: median(hand),
    peakMiB: peak / 2 ** 20,
    outcomes,
    hypotheses,
  };
}

if (process.argv[2] === '--size') {
  console.log(JSON.stringify(await measure(Number(process.argv[3]))));
} else {
  const rows: Record<string, number>[] = [];
  for (const size of SIZES) {
    // Each size in its own process, so that one's heap does not count in the other's peak.
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), '--size', String(size)],
      { encoding: 'utf8', env: process.env },
    );
    if (child.status !== 0) throw new Error(child.stderr);
    rows.push(JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Record<string, number>);
  }
  console.log(
    `evaluate + correlate, 200 rules, median of ${ROUNDS} (load average ${loadavg()[0]!.toFixed(2)})`,
  );
  for (const r of rows) {
    console.log(
      `${String(r.components).padStart(6)} components: evaluate ${r.evaluate!.toFixed(0)} ms, correlate ${r.correlate!.toFixed(0)} ms, total ${r.total!.toFixed(0)} ms (${(r.total! / r.hand!).toFixed(1)}× the hand-compiled rule function's ${r.hand!.toFixed(1)} ms), peak heap ${r.peakMiB!.toFixed(0)} MiB (${r.outcomes} outcomes → ${r.hypotheses} hypotheses)`,
    );
  }
  const [a, b] = rows as [Record<string, number>, Record<string, number>];
  console.log(
    `targets: 1k total ≤ 10× hand-compiled (${(a.total! / a.hand!).toFixed(1)}×); 10k total ≤ 1000 ms (${b.total!.toFixed(0)} ms) and peak heap ≤ 512 MiB (${b.peakMiB!.toFixed(0)} MiB); exponent ≤ ≈ 1.12 (below)`,
  );
  const exponent = (x: string) => Math.log(b[x]! / a[x]!) / Math.log(b.components! / a.components!);
  console.log(
    `growth exponent 1k → 10k: total ${exponent('total').toFixed(2)} (evaluate ${exponent('evaluate').toFixed(2)}, correlate ${exponent('correlate').toFixed(2)}); N·log N would be ${(Math.log((b.components! * Math.log(b.components!)) / (a.components! * Math.log(a.components!))) / Math.log(10)).toFixed(2)}`,
  );
}
