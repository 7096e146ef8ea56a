// The calibration map in use by default, fitted on the dev split of test/scenarios by
// scripts/fit-calibration.mjs (generated: regenerate after a rule change; docs/scoring.md).
import type { CalibrationModel } from './calibration.js';

export const FITTED_CALIBRATION: CalibrationModel = {
  method: 'platt-logit',
  a: 1.4583862103860918,
  b: 1.1236743695043576,
  lowerOnly: true,
  fittedOn: {
    corpus: 'test/scenarios',
    split: 'dev',
    points: 48,
    right: 48,
    date: '2026-12-05',
  },
};
