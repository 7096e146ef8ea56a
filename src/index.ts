// The public API of `culprit` (named exports only): createEngine, the loaders, the error catalogue
// and the types embedders need. The list is under a snapshot test; internal modules stay internal.
export { createEngine, createLogger, ENGINE_VERSION, TOKENS } from './engine/index.js';
export type {
  Engine,
  EngineOptions,
  EngineToken,
  IncidentInput,
  InvestigateOptions,
  InvestigationResult,
  LoggerOptions,
  Provider,
} from './engine/index.js';
export { CulpritError, createError, errorCatalogue, isCulpritError, type ErrorCode } from './errors/index.js';
export { formatProblem, type Problem } from './schema/index.js';
export {
  checkTopology,
  createGraphOverlay,
  createKnowledgeGraph,
  KnowledgeGraph,
  loadTopology,
} from './topology/index.js';
export type { TopologyDocument } from './topology/index.js';
export {
  CAUSES,
  checkRulePacks,
  createRuleEvaluator,
  loadRulePack,
  loadRulePacks,
  runRulePackTests,
} from './rules/index.js';
export type { Candidate, RuleEvaluator, RulePack, RuleTestResult } from './rules/index.js';
export { correlate, DEFAULT_CORRELATION_OPTIONS } from './correlate/index.js';
export { calibrate, fitCalibration, IDENTITY_CALIBRATION } from './correlate/index.js';
export type {
  CalibrationModel,
  CorrelationInput,
  CorrelationOptions,
  CorrelationResult,
} from './correlate/index.js';
export { createPluginHost } from './plugins/index.js';
export type { PluginHost, PluginSpec } from './plugins/index.js';
export { createDefaultExtractor } from './extract/index.js';
export type { EntityExtractor, ExtractionResult } from './extract/index.js';
export { compareRankings, formatReportText, readTape, replayTape, writeTape } from './investigate/index.js';
export type { EvidenceTape, RankingChange, ReplayResult } from './investigate/index.js';
export type {
  Component,
  Evidence,
  GraphView,
  Hypothesis,
  Incident,
  InvestigationEvent,
  Logger,
  Report,
} from './sdk/index.js';
