// Compares a score with accuracy floors (from corpus.yaml and from command flags): one check per
// split, metric and source, so a CI log says exactly which floor a change broke.
import type { Floor } from './load-corpus.js';
import type { EvalScore, GroupScore } from './score.js';

export interface ThresholdCheck {
  /** dev, test, or all. */
  split: string;
  metric: 'ac1' | 'highPrecision';
  /** null when the split has nothing to measure (no fault scenario, no high answer): never a failure. */
  value: number | null;
  threshold: number;
  /** Where the floor came from: `corpus.yaml` or the flag. */
  source: string;
  ok: boolean;
}

export interface FloorSource {
  floors: Partial<Record<string, Floor>>;
  source: string;
}

/** Flags' floors apply to every split the run scored. */
export function flagFloors(score: EvalScore, flags: Floor): FloorSource[] {
  const floors: Partial<Record<string, Floor>> = {};
  if (flags.ac1 === undefined && flags.highPrecision === undefined) return [];
  for (const g of score.bySplit) floors[g.key] = flags;
  return [{ floors, source: 'flags' }];
}

export function checkThresholds(score: EvalScore, sources: readonly FloorSource[]): ThresholdCheck[] {
  const checks: ThresholdCheck[] = [];
  for (const { floors, source } of sources) {
    for (const [split, floor] of Object.entries(floors)) {
      const group: GroupScore | undefined =
        split === 'all' ? score.overall : score.bySplit.find((g) => g.key === split);
      if (!group || !floor) continue;
      for (const metric of ['ac1', 'highPrecision'] as const) {
        const threshold = floor[metric];
        if (threshold === undefined) continue;
        const value = group[metric];
        checks.push({ split, metric, value, threshold, source, ok: value === null || value >= threshold });
      }
    }
  }
  return checks;
}
