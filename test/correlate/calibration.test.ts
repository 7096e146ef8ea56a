// The calibration map: monotone (rankings never change), the identity when unfitted, and a fit
// that moves over-confident scores down and under-confident ones up.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calibrate,
  fitCalibration,
  IDENTITY_CALIBRATION,
  type CalibrationPoint,
} from '../../src/correlate/calibration.js';

const unit = fc.double({ min: 0, max: 1, noNaN: true });

describe('calibration', () => {
  it('is monotone for every fitted model and stays in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ raw: unit, right: fc.boolean() }), { minLength: 1, maxLength: 60 }),
        unit,
        unit,
        (points, x, y) => {
          const model = fitCalibration(points);
          expect(model.a).toBeGreaterThan(0);
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          const cl = calibrate(lo, model);
          const ch = calibrate(hi, model);
          expect(cl).toBeLessThanOrEqual(ch + 1e-12);
          expect(cl).toBeGreaterThanOrEqual(0);
          expect(ch).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('the identity model leaves a score unchanged, and nothing to fit gives the identity', () => {
    fc.assert(
      fc.property(unit, (x) => {
        expect(calibrate(x, IDENTITY_CALIBRATION)).toBe(x);
      }),
    );
    expect(fitCalibration([])).toEqual(IDENTITY_CALIBRATION);
  });

  it('pulls an over-confident score down to the rate at which it is right', () => {
    // 0.9 raw, right 6 times in 10
    const points: CalibrationPoint[] = Array.from({ length: 10 }, (_, i) => ({ raw: 0.9, right: i < 6 }));
    const p = calibrate(0.9, fitCalibration(points));
    expect(p).toBeLessThan(0.75);
    expect(p).toBeGreaterThan(0.5);
  });

  it('a lower-only model never raises a score', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ raw: unit, right: fc.boolean() }), { minLength: 1, maxLength: 60 }),
        unit,
        (points, x) => {
          const model = { ...fitCalibration(points), lowerOnly: true };
          expect(calibrate(x, model)).toBeLessThanOrEqual(x);
        },
      ),
    );
  });

  it('raises an under-confident score that is nearly always right', () => {
    const points: CalibrationPoint[] = [
      ...Array.from({ length: 30 }, () => ({ raw: 0.7, right: true })),
      ...Array.from({ length: 10 }, () => ({ raw: 0.3, right: false })),
    ];
    const model = fitCalibration(points);
    expect(calibrate(0.7, model)).toBeGreaterThan(0.85);
    expect(calibrate(0.3, model)).toBeLessThan(0.3);
  });
});
