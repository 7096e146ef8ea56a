// The calibration map in use by default, fitted on the dev split of test/scenarios by
// scripts/fit-calibration.mjs (generated: regenerate after a rule change; docs/scoring.md).
import type { CalibrationModel } from './calibration.js';

export const FITTED_CALIBRATION: CalibrationModel = {
  method: 'platt-logit',
  a: 1.5121806536142222,
  b: 1.4485646564358108,
  lowerOnly: true,
  fittedOn: {
    corpus: 'test/scenarios',
    split: 'dev',
    points: 69,
    right: 69,
    date: '2026-12-05',
  },
};
