// Barrel of the correlation layer: outcomes + graph → ranked hypotheses.
export { correlate, type CorrelationInput, type CorrelationResult } from './correlate.js';
export {
  DEFAULT_CORRELATION_OPTIONS,
  resolveCorrelationOptions,
  type CorrelationOptions,
  type ResolvedCorrelationOptions,
} from './correlation-options.js';
export {
  calibrate,
  fitCalibration,
  IDENTITY_CALIBRATION,
  type CalibrationModel,
  type CalibrationPoint,
} from './calibration.js';
export { corroborated, evidenceKinds, requireCorroboration, UNCORROBORATED_MARGIN } from './corroboration.js';
