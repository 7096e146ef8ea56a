// Tunables of the scoring, with their defaults in one place (documented in docs/scoring.md).
import type { CalibrationModel } from './calibration.js';
import { FITTED_CALIBRATION } from './calibration-model.js';

export interface CorrelationOptions {
  /** Noisy-OR leak: the chance a cause is present with no finding at all. */
  leak?: number;
  /** Confidence thresholds of the bands. */
  bands?: { high: number; medium: number };
  /** Below this, the report is inconclusive. */
  minConfidence?: number;
  /** The top hypothesis must lead the best one at another node by this much. */
  minMargin?: number;
  /** Share of the remaining headroom (1 − evidence) that coverage and proximity can add. */
  weights?: { coverage: number; proximity: number; inhibition: number };
  /** Symptoms listed in each hypothesis's `explains` (all are counted in coverage; the rest are noted). */
  maxExplains?: number;
  /** Raw score → confidence (docs/scoring.md, "Calibration"); default: the map fitted on the corpus's dev split. */
  calibration?: CalibrationModel;
  /**
   * After the top three hypotheses, the causes their evidence also fits at the same component, low
   * (docs/scoring.md, "Neighbour readings"), and the one datastore below a component that does not answer in time
   * ("The datastore below"); default true.
   */
  neighbours?: boolean;
}

export type ResolvedCorrelationOptions = Required<Omit<CorrelationOptions, 'bands' | 'weights'>> & {
  bands: { high: number; medium: number };
  weights: { coverage: number; proximity: number; inhibition: number };
};

export const DEFAULT_CORRELATION_OPTIONS: ResolvedCorrelationOptions = Object.freeze({
  leak: 0.01,
  bands: Object.freeze({ high: 0.75, medium: 0.45 }),
  minConfidence: 0.45,
  minMargin: 0.1,
  weights: Object.freeze({ coverage: 0.35, proximity: 0.15, inhibition: 0.5 }),
  maxExplains: 200,
  calibration: FITTED_CALIBRATION,
  neighbours: true,
});

export function resolveCorrelationOptions(options: CorrelationOptions = {}): ResolvedCorrelationOptions {
  return {
    ...DEFAULT_CORRELATION_OPTIONS,
    ...options,
    bands: { ...DEFAULT_CORRELATION_OPTIONS.bands, ...options.bands },
    weights: { ...DEFAULT_CORRELATION_OPTIONS.weights, ...options.weights },
  };
}
