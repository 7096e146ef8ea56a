// The calibration map in use by default, fitted on the dev split of test/scenarios by
// scripts/fit-calibration.mjs (generated: regenerate after a rule change; docs/scoring.md).
import type { CalibrationModel } from './calibration.js';

export const FITTED_CALIBRATION: CalibrationModel = {
  method: 'platt-logit',
  a: 1.556626108725512,
  b: 1.3571073620763017,
  lowerOnly: true,
  fittedOn: {
    corpus: 'test/scenarios',
    split: 'dev',
    points: 68,
    right: 68,
    date: '2026-12-05',
  },
};
