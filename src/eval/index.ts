// Barrel of the eval layer: scenario corpora (API-level snapshots + expected cause) → scores.
export { evaluateScenarios, type EvaluateOptions } from './evaluate.js';
export {
  EVAL_REPORT_VERSION,
  formatEvalHtml,
  formatEvalJson,
  formatEvalMarkdown,
  formatEvalText,
  reliabilitySvg,
  type EvalReport,
} from './eval-report.js';
export {
  CORPUS_FILE,
  findScenarioDirs,
  loadCorpus,
  readCorpusConfig,
  type Corpus,
  type CorpusConfig,
  type Floor,
} from './load-corpus.js';
export {
  checkScenario,
  loadScenario,
  SCENARIO_FILE,
  type ScenarioCheck,
  type TopologyCache,
} from './load-scenario.js';
export {
  runScenario,
  type RunScenarioOptions,
  type ScenarioPlugins,
  type ScenarioRun,
} from './run-scenario.js';
export {
  scenarioCauses,
  scenarioTraits,
  type Difficulty,
  type Scenario,
  type ScenarioAnswer,
  type ScenarioDocument,
  type Split,
} from './scenario.js';
export {
  answerMatches,
  componentMatches,
  expectedCalibrationError,
  NO_FAULT_KEY,
  scoreOutcomes,
  scoreScenario,
  type EvalScore,
  type GroupScore,
  type RankedAnswer,
  type ReliabilityRow,
  type ScenarioFacts,
  type ScenarioOutcome,
  type ScenarioScore,
  type ScoreOptions,
} from './score.js';
export { checkThresholds, flagFloors, type FloorSource, type ThresholdCheck } from './thresholds.js';
