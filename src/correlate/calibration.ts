// Maps a hypothesis's raw score (noisy-OR evidence plus graph factors) to a calibrated confidence:
// a monotone logistic map fitted on the corpus's dev split (Platt scaling on the score's logit).
/** σ(a·logit(raw) + b); a = 1, b = 0 is the identity. Monotone for a > 0, so rankings never change. */
export interface CalibrationModel {
  method: 'platt-logit';
  a: number;
  b: number;
  /**
   * Only ever lower a score (min(raw, map)). The dev split is the one the rules were tuned on, so
   * its accuracy is optimistic: a map fitted there may say "be less sure", never "be surer".
   */
  lowerOnly?: boolean;
  /** What it was fitted on, for the reader of docs/scoring.md. */
  fittedOn?: { corpus: string; split: string; points: number; right: number; date: string };
}

export const IDENTITY_CALIBRATION: CalibrationModel = Object.freeze({ method: 'platt-logit', a: 1, b: 0 });

const EPS = 1e-4;
const logit = (p: number) => {
  const q = Math.min(1 - EPS, Math.max(EPS, p));
  return Math.log(q / (1 - q));
};
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export function calibrate(raw: number, model: CalibrationModel): number {
  if (model.a === 1 && model.b === 0) return raw;
  const mapped = sigmoid(model.a * logit(raw) + model.b);
  return model.lowerOnly ? Math.min(raw, mapped) : mapped;
}

export interface CalibrationPoint {
  /** The raw score of a top answer. */
  raw: number;
  /** Whether that answer was right. */
  right: boolean;
}

/**
 * Fits (a, b) by Newton's method on the log-loss, with Platt's smoothed targets
 * ((N₊+1)/(N₊+2) and 1/(N₋+2)) and a weak Gaussian prior pulling toward the identity, so a small
 * dev split cannot produce an extreme map. Returns the identity when there is nothing to fit.
 */
export function fitCalibration(points: readonly CalibrationPoint[], prior = 1): CalibrationModel {
  const pos = points.filter((p) => p.right).length;
  const neg = points.length - pos;
  if (points.length === 0) return IDENTITY_CALIBRATION;
  const tPos = (pos + 1) / (pos + 2);
  const tNeg = 1 / (neg + 2);
  const xs = points.map((p) => logit(p.raw));
  const ts = points.map((p) => (p.right ? tPos : tNeg));
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 100; iter++) {
    // gradient and Hessian of Σ logloss + prior/2·((a−1)² + b²)
    let ga = prior * (a - 1);
    let gb = prior * b;
    let haa = prior;
    let hab = 0;
    let hbb = prior;
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i]!;
      const p = sigmoid(a * x + b);
      const d = p - ts[i]!;
      const w = p * (1 - p);
      ga += d * x;
      gb += d;
      haa += w * x * x;
      hab += w * x;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (!(det > 1e-12)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  // A map that reverses the order would be worse than none.
  return a > 0 ? { method: 'platt-logit', a, b } : IDENTITY_CALIBRATION;
}
