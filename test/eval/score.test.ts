// The scorer on hand-computed cases, and its invariants on arbitrary outcomes (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerMatches,
  scoreOutcomes,
  type RankedAnswer,
  type ScenarioOutcome,
} from '../../src/eval/index.js';

const h = (node: string, cause: string, confidence: number): RankedAnswer => ({
  node,
  cause,
  confidence,
  band: confidence >= 0.75 ? 'high' : confidence >= 0.45 ? 'medium' : 'low',
});

function outcome(id: string, over: Partial<ScenarioOutcome> = {}): ScenarioOutcome {
  return {
    id,
    system: 'shop',
    split: 'dev',
    traits: [],
    difficulty: 'easy',
    noFault: false,
    expected: { component: 'cart', cause: 'oom-killed' },
    alsoAcceptable: [],
    hypotheses: [],
    conclusive: true,
    durationMs: 100,
    ...over,
  };
}

describe('scoreOutcomes on hand-computed cases', () => {
  // a: right at rank 1 (high 0.9); b: right at rank 2 only (top medium 0.6, wrong component);
  // c: right component, wrong cause (high 0.8); d: alsoAcceptable at rank 1 (high 0.85);
  // e: no fault, inconclusive (top low 0.3) → handled; f: no fault, conclusive high 0.95 → wrong.
  const outcomes: ScenarioOutcome[] = [
    outcome('s/a', { hypotheses: [h('cart', 'oom-killed', 0.9)], traits: ['typo'], durationMs: 100 }),
    outcome('s/b', {
      hypotheses: [h('frontend', 'crash-loop', 0.6), h('cart', 'oom-killed', 0.5)],
      split: 'test',
      durationMs: 200,
    }),
    outcome('s/c', { hypotheses: [h('cart', 'crash-loop', 0.8)], traits: ['typo'], durationMs: 300 }),
    outcome('s/d', {
      expected: { component: 'redis', cause: 'oom-killed' },
      alsoAcceptable: [{ component: 'redis', cause: 'resource-exhaustion' }],
      hypotheses: [h('redis', 'resource-exhaustion', 0.85)],
      split: 'test',
      durationMs: 400,
    }),
    outcome('s/e', {
      noFault: true,
      hypotheses: [h('cart', 'oom-killed', 0.3)],
      conclusive: false,
      durationMs: 500,
    }),
    outcome('s/f', { noFault: true, hypotheses: [h('cart', 'oom-killed', 0.95)], durationMs: 1000 }),
  ].map((o) => (o.noFault ? { ...o, expected: undefined } : o)) as ScenarioOutcome[];
  const score = scoreOutcomes(outcomes);

  it('AC@1, AC@3 and component AC@1 count fault scenarios only; alsoAcceptable is right', () => {
    expect(score.overall).toMatchObject({ scenarios: 6, faults: 4, noFault: 2 });
    expect(score.overall.ac1).toBe(2 / 4); // a, d
    expect(score.overall.ac3).toBe(3 / 4); // a, b, d
    expect(score.overall.componentAc1).toBe(3 / 4); // a, c, d
  });

  it('no-fault: inconclusive or a low top answer is right; a conclusive high one is wrong', () => {
    expect(score.overall.noFaultCorrect).toBe(1 / 2);
  });

  it('high-band precision: right top answers among high ones (a no-fault high answer is wrong)', () => {
    // high tops: a (right), c (wrong), d (right), f (no fault: wrong)
    expect(score.overall.high).toBe(4);
    expect(score.overall.highPrecision).toBe(2 / 4);
  });

  it('reliability per band and the expected calibration error', () => {
    const [high, medium, low] = score.reliability.bands;
    expect(high).toMatchObject({ key: 'high', count: 4, accuracy: 0.5 });
    expect(high!.meanConfidence).toBeCloseTo((0.9 + 0.8 + 0.85 + 0.95) / 4, 12);
    expect(medium).toMatchObject({ key: 'medium', count: 1, accuracy: 0, meanConfidence: 0.6 });
    expect(low).toMatchObject({ key: 'low', count: 1, accuracy: 0, meanConfidence: 0.3 });
    // Bins of 0.1: [0.3] e wrong; [0.6] b wrong; [0.8] c wrong, d right (mean .825, acc .5);
    // [0.9] a right, f wrong (mean .925, acc .5).
    const ece =
      (1 / 6) * 0.3 + (1 / 6) * 0.6 + (2 / 6) * Math.abs(0.825 - 0.5) + (2 / 6) * Math.abs(0.925 - 0.5);
    expect(score.overall.ece).toBeCloseTo(ece, 12);
  });

  it('breakdowns per split, cause and trait', () => {
    const split = Object.fromEntries(score.bySplit.map((g) => [g.key, g]));
    expect(split.dev).toMatchObject({ scenarios: 4, faults: 2, ac1: 0.5 });
    expect(split.test).toMatchObject({ scenarios: 2, faults: 2, ac1: 0.5, ac3: 1 });
    expect(score.byCause.map((g) => g.key)).toEqual(['(no fault)', 'oom-killed']);
    expect(score.byTrait).toEqual([expect.objectContaining({ key: 'typo', scenarios: 2, ac1: 0.5 })]);
  });

  it('median and p95 investigation time (nearest rank)', () => {
    expect(score.timing).toEqual({ medianMs: 300, p95Ms: 1000, totalMs: 2500 });
  });

  it('a scenario that could not run counts as wrong, also when it has no fault', () => {
    const s = scoreOutcomes([
      outcome('x/1', { error: { code: 'ERR_EVAL_SCENARIO_FAILED', message: '' }, conclusive: false }),
      outcome('x/2', {
        noFault: true,
        expected: undefined,
        conclusive: false,
        error: { code: 'ERR_EVAL_SCENARIO_FAILED', message: '' },
      }),
    ]);
    expect(s.overall).toMatchObject({ ac1: 0, noFaultCorrect: 0, errors: 2, ece: null, highPrecision: null });
  });

  it('a node-level answer matches a hypothesis on its Node', () => {
    const a = { component: 'currency', cause: 'node-not-ready', node: 'Node_B' };
    expect(answerMatches({ node: 'k8s-node-node-b', cause: 'node-not-ready' }, a)).toBe(true);
    expect(answerMatches({ node: 'currency', cause: 'node-not-ready' }, a)).toBe(true);
    expect(answerMatches({ node: 'k8s-node-node-c', cause: 'node-not-ready' }, a)).toBe(false);
    expect(answerMatches({ node: 'k8s-node-node-b', cause: 'node-pressure' }, a)).toBe(false);
  });
});

const COMPONENTS = ['a', 'b', 'c', 'd'];
const CAUSES = ['oom-killed', 'crash-loop', 'image-pull'];
const answerArb = fc.record({ component: fc.constantFrom(...COMPONENTS), cause: fc.constantFrom(...CAUSES) });
const outcomeArb = fc
  .record({
    split: fc.constantFrom('dev' as const, 'test' as const),
    noFault: fc.boolean(),
    expected: answerArb,
    alsoAcceptable: fc.array(answerArb, { maxLength: 2 }),
    hypotheses: fc.array(
      fc.record({
        node: fc.constantFrom(...COMPONENTS),
        cause: fc.constantFrom(...CAUSES),
        confidence: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { maxLength: 5 },
    ),
    conclusive: fc.boolean(),
    durationMs: fc.nat(10_000),
    traits: fc.subarray(['typo', 'decoy', 'node-level']),
    failed: fc.boolean(),
  })
  .map(
    (r): Omit<ScenarioOutcome, 'id'> => ({
      system: 'sys',
      split: r.split,
      traits: r.traits,
      difficulty: 'medium',
      noFault: r.noFault,
      ...(r.noFault ? {} : { expected: r.expected }),
      alsoAcceptable: r.noFault ? [] : r.alsoAcceptable,
      hypotheses: r.hypotheses
        .sort((x, y) => y.confidence - x.confidence)
        .map((x) => h(x.node, x.cause, x.confidence)),
      conclusive: r.conclusive,
      durationMs: r.durationMs,
      ...(r.failed ? { error: { code: 'ERR_EVAL_SCENARIO_FAILED', message: 'x' } } : {}),
    }),
  );
const corpusArb = fc
  .array(outcomeArb, { minLength: 1, maxLength: 30 })
  .map((os) => os.map((o, i): ScenarioOutcome => ({ ...o, id: `sys/s${i}` })));

describe('scoreOutcomes properties', () => {
  const rates = (s: ReturnType<typeof scoreOutcomes>) =>
    [s.overall, ...s.bySplit, ...s.byCause, ...s.byTrait].flatMap((g) => [
      g.ac1,
      g.ac3,
      g.componentAc1,
      g.noFaultCorrect,
      g.highPrecision,
      g.ece,
    ]);

  it('AC@1 ≤ AC@3 and AC@1 ≤ component AC@1 in every group', () => {
    fc.assert(
      fc.property(corpusArb, (os) => {
        const s = scoreOutcomes(os);
        for (const g of [s.overall, ...s.bySplit, ...s.byCause, ...s.byTrait]) {
          if (g.ac1 === null) continue;
          expect(g.ac1).toBeLessThanOrEqual(g.ac3!);
          expect(g.ac1).toBeLessThanOrEqual(g.componentAc1!);
        }
      }),
    );
  });

  it('every rate, precision and ECE is in [0, 1] (or null when undefined)', () => {
    fc.assert(
      fc.property(corpusArb, (os) => {
        for (const v of rates(scoreOutcomes(os))) {
          if (v === null) continue;
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('the order of the scenarios does not change the score', () => {
    fc.assert(
      fc.property(
        corpusArb.chain((os) => fc.tuple(fc.constant(os), fc.shuffledSubarray(os, { minLength: os.length }))),
        ([os, shuffled]) => {
          expect(scoreOutcomes(shuffled)).toEqual(scoreOutcomes(os));
        },
      ),
    );
  });

  it('the per-band reliability counts every scenario that has a top answer once', () => {
    fc.assert(
      fc.property(corpusArb, (os) => {
        const s = scoreOutcomes(os);
        const answered = os.filter((o) => o.hypotheses.length > 0).length;
        expect(s.reliability.bands.reduce((n, r) => n + r.count, 0)).toBe(answered);
        expect(s.reliability.bins.reduce((n, r) => n + r.count, 0)).toBe(answered);
      }),
    );
  });
});
