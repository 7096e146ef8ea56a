// Picks the rule evaluator: the compiled one by default, json-rules-engine (the reference semantics)
// when asked for; both implement the same RuleEvaluator interface.
import type { RulePack } from './rule-pack.js';
import type { RuleEvaluator } from './rule-evaluator.js';
import { createCompiledRuleEvaluator } from './compiled-evaluator.js';
import { createJsonRulesEvaluator, type EvaluatorOptions } from './json-rules-evaluator.js';

export function createRuleEvaluator(
  packs: readonly RulePack[],
  options: EvaluatorOptions = {},
): RuleEvaluator {
  return options.evaluator === 'json-rules-engine'
    ? createJsonRulesEvaluator(packs, options)
    : createCompiledRuleEvaluator(packs, options);
}
