// RuleEvaluator that runs compiled conditions (compile-condition.ts) synchronously per candidate, without
// cloning rules; rules or facts it cannot reproduce exactly go to json-rules-engine, the reference.
import type { Component, FactDefinition, OperatorDefinition } from '../sdk/index.js';
import { buildFactsWithoutGraph, createGraphFactsIndex, type GraphFacts } from './candidate-facts.js';
import { compilableOperators, compileCondition, type CompiledCondition } from './compile-condition.js';
import { createPassRunner, type PassRunner } from './compiled-pass.js';
import {
  createJsonRulesRunner,
  outcomeEmitter,
  type EvaluatorOptions,
  type OutcomeEmitter,
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
  emit: OutcomeEmitter;
}

interface Pass {
  /** In canonical order (pack, rule id, message id), so that a candidate's outcomes come out sorted. */
  compiled: CompiledRule[];
  /** Every compiled rule of the pass as generated code: the indexes of those that hold. */
  run: PassRunner;
  /** Rules left to json-rules-engine, and the runner for a candidate whose facts it alone can read. */
  fallback: (nodeId: string, facts: Record<string, unknown>) => Promise<RuleOutcome[]>;
  everything: (nodeId: string, facts: Record<string, unknown>) => Promise<RuleOutcome[]>;
  hasFallback: boolean;
  /** Some rule of the pass reads the `graph` fact (conditions, message or target), or json-rules-engine may. */
  needsGraph: boolean;
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
        compiled.push({
          rule,
          condition,
          emit: outcomeEmitter(rule),
          ...(rule.appliesTo ? { appliesTo: rule.appliesTo } : {}),
        });
      } else rest.push(rule);
    }
    // Stable: rules with the same key keep their order, as the final stable sort would keep them.
    compiled.sort((a, b) => compareRules(a.rule, b.rule));
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
      needsGraph: rest.length > 0 || compiled.some((r) => readsGraph(r.rule)),
      size: set.length,
    };
  };
  const firstPass = preparePass(rules.filter((r) => !r.secondPass));
  const secondPass = preparePass(rules.filter((r) => r.secondPass));

  const runPass = async (
    pass: Pass,
    input: EvaluationInput,
    order: readonly number[] | undefined,
    prior: EvaluationOutput,
    signal?: AbortSignal,
  ): Promise<EvaluationOutput> => {
    const out: EvaluationOutput = { findings: [], symptoms: [] };
    if (pass.size === 0) return out;
    let graphFactsIndex: ((node: Component) => GraphFacts) | undefined;
    const graphFacts = (node: Component) =>
      (graphFactsIndex ??= createGraphFactsIndex(input.graph, prior.findings, prior.symptoms))(node);
    const { candidates } = input;
    // Where each candidate's outcomes start in out.findings / out.symptoms (generation order).
    const findingsAt = new Int32Array(candidates.length + 1);
    const symptomsAt = new Int32Array(candidates.length + 1);
    let i = 0;
    for (; i < candidates.length; i++) {
      findingsAt[i] = out.findings.length;
      symptomsAt[i] = out.symptoms.length;
      if (signal?.aborted) break;
      if (i > 0 && i % CHUNK === 0) await new Promise<void>((resolve) => setImmediate(resolve));
      const candidate = candidates[i]!;
      const node = candidate.node;
      const facts = buildFactsWithoutGraph(candidate, input.graph, pluginFacts);
      if (pass.needsGraph) facts.graph = graphFacts(node);
      if (!plainFacts(facts)) {
        if (!pass.needsGraph) facts.graph = graphFacts(node);
        append(await pass.everything(node.id, facts), out);
        continue;
      }
      runCompiled(pass, node, facts, out);
      if (pass.hasFallback) append(await pass.fallback(node.id, facts), out);
    }
    for (; i <= candidates.length; i++) {
      findingsAt[i] = out.findings.length;
      symptomsAt[i] = out.symptoms.length;
    }
    return {
      findings: canonical(out.findings, findingsAt, order),
      symptoms: canonical(out.symptoms, symptomsAt, order),
    };
  };

  return {
    stats,
    async evaluate(input, opts = {}) {
      const order = byNodeId(input.candidates);
      const first = await runPass(firstPass, input, order, { findings: [], symptoms: [] }, opts.signal);
      const second = await runPass(secondPass, input, order, first, opts.signal);
      return {
        findings: mergeSorted(first.findings, second.findings),
        symptoms: mergeSorted(first.symptoms, second.symptoms),
      };
    },
  };
}

const fired: number[] = [];
function runCompiled(pass: Pass, node: Component, facts: Record<string, unknown>, out: EvaluationOutput): void {
  fired.length = 0;
  pass.run(facts, node.kind as string, fired);
  for (const i of fired) {
    const r = pass.compiled[i]!;
    const satisfied: Record<string, unknown> = {};
    r.condition.collect(facts, satisfied);
    r.emit(node.id, facts, satisfied, out);
  }
}

function append(outcomes: readonly RuleOutcome[], out: EvaluationOutput): void {
  for (const o of outcomes) {
    if ('finding' in o) out.findings.push(o.finding);
    else out.symptoms.push(o.symptom);
  }
}

function compareRules(a: LoadedRule, b: LoadedRule): number {
  return compareOutcomes(
    { node: '', pack: a.pack, ruleId: a.id, messageId: a.outcome.messageId },
    { node: '', pack: b.pack, ruleId: b.id, messageId: b.outcome.messageId },
  );
}

/**
 * The candidates' indexes sorted by node id (stable), or undefined when they already are in that order.
 * Outcomes gathered candidate by candidate in this order, each candidate's in rule order, are sorted
 * unless ids repeat or json-rules-engine added some; canonical() checks, and sorts only then.
 */
function byNodeId(candidates: EvaluationInput['candidates']): number[] | undefined {
  let sorted = true;
  for (let i = 1; i < candidates.length && sorted; i++)
    if (candidates[i - 1]!.node.id > candidates[i]!.node.id) sorted = false;
  if (sorted) return undefined;
  const ids = candidates.map((c) => c.node.id);
  return ids.map((_, i) => i).sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : a - b));
}

/**
 * `list` (generation order) in canonical order: what `list.sort(compareOutcomes)` gives. Regrouping by
 * candidate keeps equal outcomes in generation order, so the stable sort, when still needed, agrees.
 */
function canonical<T extends Parameters<typeof compareOutcomes>[0]>(
  list: T[],
  starts: Int32Array,
  order: readonly number[] | undefined,
): T[] {
  let result = list;
  if (order) {
    result = new Array<T>(list.length);
    let k = 0;
    for (const c of order) for (let j = starts[c]!; j < starts[c + 1]!; j++) result[k++] = list[j]!;
  }
  for (let j = 1; j < result.length; j++) {
    if (compareOutcomes(result[j - 1]!, result[j]!) > 0) return result.sort(compareOutcomes);
  }
  return result;
}

/** `[...a, ...b].sort(compareOutcomes)` for sorted `a` and `b`: on ties `a` comes first, as there. */
function mergeSorted<T extends Parameters<typeof compareOutcomes>[0]>(a: T[], b: T[]): T[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out = new Array<T>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = compareOutcomes(b[j]!, a[i]!) < 0 ? b[j++]! : a[i++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

function skipFor(appliesTo: readonly string[]): (kind: string) => boolean {
  return (kind) => appliesTo.indexOf(kind) === -1;
}

/** The rule may read `graph`: in a condition (anywhere in it), a placeholder or its symptom's target. */
function readsGraph(rule: LoadedRule): boolean {
  if (rule.facts.includes('graph') || rule.outcome.symptom?.target?.fact === 'graph') return true;
  const stack: unknown[] = [rule.conditions];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const c = stack.pop();
    if (c === null || typeof c !== 'object' || seen.has(c)) continue;
    seen.add(c);
    if ((c as { fact?: unknown }).fact === 'graph') return true;
    stack.push(...Object.values(c));
  }
  return false;
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
