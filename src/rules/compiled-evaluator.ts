// RuleEvaluator that runs compiled conditions (compile-condition.ts) synchronously per candidate, without
// cloning rules; rules or facts it cannot reproduce exactly go to json-rules-engine, the reference.
import type { Component, FactDefinition, OperatorDefinition } from '../sdk/index.js';
import { buildFacts, createGraphFactsIndex } from './candidate-facts.js';
import { compilableOperators, compileCondition, type CompiledCondition } from './compile-condition.js';
import { createPassRunner, type PassRunner } from './compiled-pass.js';
import {
  createJsonRulesRunner,
  outcomeFor,
  sortOutcomes,
  splitOutcomes,
  type EvaluatorOptions,
  type RuleOutcome,
} from './json-rules-evaluator.js';
import type { LoadedRule, RulePack } from './rule-pack.js';
import {
  compareOutcomes,
  type EvaluationInput,
  type EvaluationOutput,
  type RuleEvaluator,
} from './rule-evaluator.js';

interface CompiledRule {
  rule: LoadedRule;
  appliesTo?: readonly string[];
  condition: CompiledCondition;
}

interface Pass {
  compiled: CompiledRule[];
  /** Every compiled rule of the pass as generated code: the indexes of those that hold. */
  run: PassRunner;
  /** Rules left to json-rules-engine, and the runner for a candidate whose facts it alone can read. */
  fallback: (nodeId: string, facts: Record<string, unknown>) => Promise<RuleOutcome[]>;
  everything: (nodeId: string, facts: Record<string, unknown>) => Promise<RuleOutcome[]>;
  hasFallback: boolean;
  size: number;
}

/** Candidates evaluated between two yields to the event loop. */
const CHUNK = 256;

export interface CompiledEvaluatorStats {
  compiled: number;
  fallback: number;
}

export function createCompiledRuleEvaluator(
  packs: readonly RulePack[],
  options: EvaluatorOptions = {},
): RuleEvaluator & { stats: CompiledEvaluatorStats } {
  const rules = packs.flatMap((p) => p.rules);
  const pluginOperators: readonly OperatorDefinition[] = options.operators ?? [];
  const pluginFacts: readonly FactDefinition[] = options.facts ?? [];
  const operators = compilableOperators(pluginOperators.map((o) => o.id));
  const stats: CompiledEvaluatorStats = { compiled: 0, fallback: 0 };

  const preparePass = (set: LoadedRule[]): Pass => {
    const compiled: CompiledRule[] = [];
    const rest: LoadedRule[] = [];
    for (const rule of set) {
      const condition = compileCondition(rule.conditions, operators);
      const appliesOk = rule.appliesTo === undefined || Array.isArray(rule.appliesTo);
      if (condition && appliesOk) {
        compiled.push({ rule, condition, ...(rule.appliesTo ? { appliesTo: rule.appliesTo } : {}) });
      } else rest.push(rule);
    }
    stats.compiled += compiled.length;
    stats.fallback += rest.length;
    const run = createPassRunner(
      compiled.map((r) => ({
        conditions: r.rule.conditions,
        ...(r.appliesTo ? { skip: skipFor(r.appliesTo) } : {}),
      })),
      operators,
    );
    return {
      compiled,
      run,
      fallback: createJsonRulesRunner(rest, pluginOperators),
      everything: createJsonRulesRunner(set, pluginOperators),
      hasFallback: rest.length > 0,
      size: set.length,
    };
  };
  const firstPass = preparePass(rules.filter((r) => !r.secondPass));
  const secondPass = preparePass(rules.filter((r) => r.secondPass));

  const runPass = async (
    pass: Pass,
    input: EvaluationInput,
    prior: EvaluationOutput,
    signal?: AbortSignal,
  ): Promise<RuleOutcome[]> => {
    if (pass.size === 0) return [];
    const graphFacts = createGraphFactsIndex(input.graph, prior.findings, prior.symptoms);
    const outcomes: RuleOutcome[] = [];
    const { candidates } = input;
    for (let i = 0; i < candidates.length; i++) {
      if (signal?.aborted) break;
      if (i > 0 && i % CHUNK === 0) await new Promise<void>((resolve) => setImmediate(resolve));
      const candidate = candidates[i]!;
      const node = candidate.node;
      const facts = buildFacts(candidate, input.graph, pluginFacts, graphFacts(node));
      if (!plainFacts(facts)) {
        outcomes.push(...(await pass.everything(node.id, facts)));
        continue;
      }
      runCompiled(pass, node, facts, outcomes);
      if (pass.hasFallback) outcomes.push(...(await pass.fallback(node.id, facts)));
    }
    return outcomes;
  };

  return {
    stats,
    async evaluate(input, opts = {}) {
      const first = sortOutcomes(
        splitOutcomes(await runPass(firstPass, input, { findings: [], symptoms: [] }, opts.signal)),
      );
      const second = splitOutcomes(await runPass(secondPass, input, first, opts.signal));
      return {
        findings: [...first.findings, ...second.findings].sort(compareOutcomes),
        symptoms: [...first.symptoms, ...second.symptoms].sort(compareOutcomes),
      };
    },
  };
}

const fired: number[] = [];
function runCompiled(pass: Pass, node: Component, facts: Record<string, unknown>, out: RuleOutcome[]): void {
  fired.length = 0;
  pass.run(facts, node.kind as string, fired);
  for (const i of fired) {
    const r = pass.compiled[i]!;
    const satisfied: Record<string, unknown> = {};
    r.condition.collect(facts, satisfied);
    out.push(outcomeFor(r.rule, node.id, facts, satisfied));
  }
}

function skipFor(appliesTo: readonly string[]): (kind: string) => boolean {
  return (kind) => appliesTo.indexOf(kind) === -1;
}

/**
 * Facts json-rules-engine reads as plain values: functions (dynamic facts), promises (awaited by the
 * almanac), an empty id or an odd prototype take the engine's own path for that candidate.
 */
function plainFacts(facts: Record<string, unknown>): boolean {
  if (Object.getPrototypeOf(facts) !== Object.prototype) return false;
  for (const key in facts) {
    if (key === '') return false;
    const value = facts[key];
    if (typeof value === 'function') return false;
    if (
      value !== null &&
      typeof value === 'object' &&
      typeof (value as { then?: unknown }).then === 'function'
    )
      return false;
  }
  return true;
}
