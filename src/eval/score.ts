// Scores investigation outcomes against their scenarios' expected causes: AC@1/AC@3, component-only
// AC@1, no-fault handling, high-band precision, calibration, breakdowns, timing. Pure: no I/O, no clock.
import type { ConfidenceBand } from '../sdk/index.js';
import type { Difficulty, ScenarioAnswer, Split } from './scenario.js';

/** The facts of a scenario the scorer groups by. */
export interface ScenarioFacts {
  id: string;
  system: string;
  split: Split;
  traits: readonly string[];
  difficulty: Difficulty;
  noFault: boolean;
  expected?: ScenarioAnswer;
}

/** What one scenario's investigation produced, with the scenario facts the scorer needs. */
export interface ScenarioOutcome extends ScenarioFacts {
  alsoAcceptable: readonly ScenarioAnswer[];
  /** Ranked hypotheses of the report (best first). */
  hypotheses: readonly RankedAnswer[];
  conclusive: boolean;
  durationMs: number;
  /** Set when the scenario could not be run; it then counts as wrong. */
  error?: { code: string; message: string };
}

export interface RankedAnswer {
  node: string;
  cause: string;
  confidence: number;
  band: ConfidenceBand;
}

/** Scores of a group of scenarios. A rate is null when its denominator is 0. */
export interface GroupScore {
  key: string;
  scenarios: number;
  /** Scenarios with an expected cause (AC@k's denominator). */
  faults: number;
  ac1: number | null;
  ac3: number | null;
  componentAc1: number | null;
  noFault: number;
  /** Share of no-fault scenarios answered with no conclusive cause (inconclusive, or top in the low band). */
  noFaultCorrect: number | null;
  /** Scenarios whose top answer is in the high band. */
  high: number;
  highPrecision: number | null;
  /** Expected calibration error of the top answers (10 equal-width bins). */
  ece: number | null;
  errors: number;
}

export interface ReliabilityRow {
  /** Band name, or the bin's range `0.7–0.8`. */
  key: string;
  lower: number;
  upper: number;
  count: number;
  meanConfidence: number | null;
  accuracy: number | null;
}

export interface ScenarioScore extends ScenarioFacts {
  top: readonly RankedAnswer[];
  conclusive: boolean;
  /** Top answer right (for a no-fault scenario: no conclusive cause was named). */
  correct1: boolean;
  correct3: boolean;
  componentCorrect1: boolean;
  durationMs: number;
  error?: { code: string; message: string };
}

export interface EvalScore {
  overall: GroupScore;
  bySplit: GroupScore[];
  byCause: GroupScore[];
  byTrait: GroupScore[];
  bySystem: GroupScore[];
  byDifficulty: GroupScore[];
  /** The reliability table per confidence band, and per 10 equal-width bins (the plot). */
  reliability: { bands: ReliabilityRow[]; bins: ReliabilityRow[] };
  timing: { medianMs: number | null; p95Ms: number | null; totalMs: number };
  scenarios: ScenarioScore[];
}

export interface ScoreOptions {
  /** Lower bounds of the high and medium bands (the correlation options; default 0.75 / 0.45). */
  bands?: { high: number; medium: number };
}

const DEFAULT_BANDS = { high: 0.75, medium: 0.45 };
const BINS = 10;
export const NO_FAULT_KEY = '(no fault)';

/** Does a hypothesis name this answer? A node-level answer also matches a hypothesis on its Node. */
export function answerMatches(h: Pick<RankedAnswer, 'node' | 'cause'>, a: ScenarioAnswer): boolean {
  return h.cause === a.cause && componentMatches(h.node, a);
}

export function componentMatches(node: string, a: ScenarioAnswer): boolean {
  if (node === a.component) return true;
  if (!a.node) return false;
  return node === a.node || node === `k8s-node-${a.node.toLowerCase().replace(/[^a-z0-9.-]/g, '-')}`;
}

export function scoreScenario(o: ScenarioOutcome): ScenarioScore {
  const answers = o.expected ? [o.expected, ...o.alsoAcceptable] : [];
  const top = o.hypotheses.slice(0, 3);
  const hit = (h: RankedAnswer | undefined) => !!h && answers.some((a) => answerMatches(h, a));
  const first = top[0];
  const noFaultRight = !o.error && (!o.conclusive || !first || first.band === 'low');
  return {
    id: o.id,
    system: o.system,
    split: o.split,
    traits: o.traits,
    difficulty: o.difficulty,
    noFault: o.noFault,
    ...(o.expected ? { expected: o.expected } : {}),
    top: top.map((h) => ({ node: h.node, cause: h.cause, confidence: h.confidence, band: h.band })),
    conclusive: o.conclusive,
    correct1: o.noFault ? noFaultRight : hit(first),
    correct3: o.noFault ? noFaultRight : top.some(hit),
    componentCorrect1: o.noFault
      ? noFaultRight
      : !!first && answers.some((a) => componentMatches(first.node, a)),
    durationMs: o.durationMs,
    ...(o.error ? { error: o.error } : {}),
  };
}

export function scoreOutcomes(outcomes: readonly ScenarioOutcome[], options: ScoreOptions = {}): EvalScore {
  const bands = options.bands ?? DEFAULT_BANDS;
  const scored = outcomes.map(scoreScenario).sort((a, b) => compare(a.id, b.id));
  const group = (keyOf: (s: ScenarioScore) => readonly string[]) => {
    const groups = new Map<string, ScenarioScore[]>();
    for (const s of scored) for (const k of keyOf(s)) groups.set(k, [...(groups.get(k) ?? []), s]);
    return [...groups.entries()].sort(([a], [b]) => compare(a, b)).map(([k, ss]) => groupScore(k, ss));
  };
  const durations = scored.map((s) => s.durationMs).sort((a, b) => a - b);
  return {
    overall: groupScore('all', scored),
    bySplit: group((s) => [s.split]),
    byCause: group((s) => [s.expected?.cause ?? NO_FAULT_KEY]),
    byTrait: group((s) => s.traits),
    bySystem: group((s) => [s.system]),
    byDifficulty: group((s) => [s.difficulty]),
    reliability: { bands: bandRows(scored, bands), bins: binRows(scored) },
    timing: {
      medianMs: quantile(durations, 0.5),
      p95Ms: quantile(durations, 0.95),
      totalMs: durations.reduce((a, b) => a + b, 0),
    },
    scenarios: scored,
  };
}

function groupScore(key: string, ss: readonly ScenarioScore[]): GroupScore {
  const faults = ss.filter((s) => !s.noFault);
  const noFault = ss.filter((s) => s.noFault);
  const high = ss.filter((s) => s.top[0]?.band === 'high');
  return {
    key,
    scenarios: ss.length,
    faults: faults.length,
    ac1: rate(faults, (s) => s.correct1),
    ac3: rate(faults, (s) => s.correct3),
    componentAc1: rate(faults, (s) => s.componentCorrect1),
    noFault: noFault.length,
    noFaultCorrect: rate(noFault, (s) => s.correct1),
    high: high.length,
    highPrecision: rate(high, answerRight),
    ece: expectedCalibrationError(ss),
    errors: ss.filter((s) => s.error).length,
  };
}

/** Whether the top answer names a right cause (always false on a no-fault scenario). */
function answerRight(s: ScenarioScore): boolean {
  return !s.noFault && s.correct1;
}

/** The top answers as (confidence, right?) pairs; scenarios with no answer make no prediction. */
function predictions(ss: readonly ScenarioScore[]): { confidence: number; right: boolean }[] {
  return ss.flatMap((s) => (s.top[0] ? [{ confidence: s.top[0].confidence, right: answerRight(s) }] : []));
}

export function expectedCalibrationError(ss: readonly ScenarioScore[]): number | null {
  const rows = binRows(ss);
  const n = rows.reduce((sum, r) => sum + r.count, 0);
  if (n === 0) return null;
  return rows.reduce(
    (sum, r) => (r.count === 0 ? sum : sum + (r.count / n) * Math.abs(r.accuracy! - r.meanConfidence!)),
    0,
  );
}

function binRows(ss: readonly ScenarioScore[]): ReliabilityRow[] {
  const preds = predictions(ss);
  return Array.from({ length: BINS }, (_, i) => {
    const lower = i / BINS;
    const upper = (i + 1) / BINS;
    const inBin = preds.filter((p) => binOf(p.confidence) === i);
    return reliabilityRow(`${lower.toFixed(1)}–${upper.toFixed(1)}`, lower, upper, inBin);
  });
}

function bandRows(ss: readonly ScenarioScore[], bands: { high: number; medium: number }): ReliabilityRow[] {
  const preds = predictions(ss);
  const ranges: [ConfidenceBand, number, number][] = [
    ['high', bands.high, 1],
    ['medium', bands.medium, bands.high],
    ['low', 0, bands.medium],
  ];
  return ranges.map(([name, lower, upper]) =>
    reliabilityRow(
      name,
      lower,
      upper,
      preds.filter((p) => p.confidence >= lower && (name === 'high' || p.confidence < upper)),
    ),
  );
}

function reliabilityRow(
  key: string,
  lower: number,
  upper: number,
  preds: { confidence: number; right: boolean }[],
): ReliabilityRow {
  const count = preds.length;
  return {
    key,
    lower,
    upper,
    count,
    meanConfidence: count === 0 ? null : preds.reduce((s, p) => s + p.confidence, 0) / count,
    accuracy: count === 0 ? null : preds.filter((p) => p.right).length / count,
  };
}

function binOf(confidence: number): number {
  return Math.min(BINS - 1, Math.max(0, Math.floor(confidence * BINS)));
}

function rate<T>(items: readonly T[], ok: (t: T) => boolean): number | null {
  return items.length === 0 ? null : items.filter(ok).length / items.length;
}

/** Nearest-rank quantile of sorted values. */
function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
