// Barrel of the rules layer: loading and checking packs, the evaluator and the test runner.
export {
  buildFacts,
  createGraphFactsIndex,
  evidenceFacts,
  graphFacts,
  nodeFact,
  type Candidate,
  type GraphFacts,
} from './candidate-facts.js';
export { CAUSES, isKnownCause, type Cause } from './causes.js';
export { isValidPath, resolvePath } from './fact-path.js';
export {
  createJsonRulesEvaluator,
  evaluateRuleOnFacts,
  renderMessage,
  type EvaluatorOptions,
} from './json-rules-evaluator.js';
export { createCompiledRuleEvaluator, type CompiledEvaluatorStats } from './compiled-evaluator.js';
export { createRuleEvaluator } from './create-rule-evaluator.js';
export {
  checkRulePacks,
  findPackDirs,
  loadRulePack,
  loadRulePacks,
  type CheckOptions,
  type RulePackCheck,
} from './load-rule-pack.js';
export { BUILTIN_OPERATORS, compileRegex, EXTRA_OPERATORS } from './operators.js';
export type {
  Condition,
  LoadedRule,
  RuleDefinition,
  RulePack,
  RuleTestCase,
  RuleTests,
} from './rule-pack.js';
export type { EvaluationInput, EvaluationOutput, RuleEvaluator } from './rule-evaluator.js';
export { describeCase, runRulePackTests, runRuleTests, type RuleTestResult } from './run-rule-tests.js';
export { stableStringify } from './stable-stringify.js';
