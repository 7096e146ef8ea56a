// RuleEvaluator on json-rules-engine (the only file that imports it): the reference semantics, and the
// fallback of the compiled evaluator. One engine per pass holds every rule; a small pool of engines
// evaluates candidates (a json-rules-engine Engine is not re-entrant).
import { Engine, type RuleResult } from 'json-rules-engine';
import type { FactDefinition, FindingRef, OperatorDefinition, SymptomRef } from '../sdk/index.js';
import { buildFacts, graphFacts } from './candidate-facts.js';
import { resolvePath } from './fact-path.js';
import { factOfPlaceholder } from './load-rule-pack.js';
import { EXTRA_OPERATORS } from './operators.js';
import type { Condition, LoadedRule, RulePack } from './rule-pack.js';
import {
  compareOutcomes,
  type EvaluationInput,
  type EvaluationOutput,
  type RuleEvaluator,
} from './rule-evaluator.js';

export interface EvaluatorOptions {
  operators?: readonly OperatorDefinition[];
  facts?: readonly FactDefinition[];
  /** Engines evaluating candidates side by side (default 2; json-rules-engine only). */
  concurrency?: number;
  /**
   * Which evaluator runs the rules: `compiled` (default) compiles conditions to synchronous functions
   * and falls back to json-rules-engine for what it cannot compile; `json-rules-engine` runs every
   * rule on json-rules-engine, the reference semantics.
   */
  evaluator?: 'compiled' | 'json-rules-engine';
}

export type RuleOutcome = { finding: FindingRef } | { symptom: SymptomRef };
type Outcome = RuleOutcome;

export function createJsonRulesEvaluator(
  packs: readonly RulePack[],
  options: EvaluatorOptions = {},
): RuleEvaluator {
  const rules = packs.flatMap((p) => p.rules);
  const byId = new Map(rules.map((r) => [qualified(r), r]));
  const operators = [...EXTRA_OPERATORS, ...(options.operators ?? [])];
  const pluginFacts = options.facts ?? [];
  const firstPass = rules.filter((r) => !r.secondPass);
  const secondPass = rules.filter((r) => r.secondPass);
  const pools = new Map<LoadedRule[], Engine[]>();
  const pool = (set: LoadedRule[], size: number) => {
    let engines = pools.get(set);
    if (!engines) pools.set(set, (engines = []));
    while (engines.length < size) engines.push(createEngine(set, operators));
    return engines.slice(0, size);
  };

  const runPass = async (
    set: LoadedRule[],
    input: EvaluationInput,
    prior: EvaluationOutput,
    concurrency: number,
    signal?: AbortSignal,
  ): Promise<Outcome[]> => {
    if (set.length === 0) return [];
    const engines = pool(set, Math.max(1, Math.min(concurrency, input.candidates.length)));
    const outcomes: Outcome[] = [];
    let next = 0;
    await Promise.all(
      engines.map(async (engine) => {
        while (next < input.candidates.length) {
          if (signal?.aborted) return;
          const candidate = input.candidates[next++]!;
          const facts = buildFacts(
            candidate,
            input.graph,
            pluginFacts,
            graphFacts(candidate.node, input.graph, prior.findings, prior.symptoms),
          );
          const { results } = await engine.run(facts);
          for (const result of results) {
            const rule = byId.get(result.name as string);
            if (rule) outcomes.push(toOutcome(rule, candidate.node.id, facts, result));
          }
        }
      }),
    );
    return outcomes;
  };

  return {
    async evaluate(input, opts = {}) {
      const concurrency = opts.concurrency ?? options.concurrency ?? 2;
      // Canonical order before the second pass reads them: graph facts list them in this order.
      const first = sortOutcomes(
        splitOutcomes(
          await runPass(firstPass, input, { findings: [], symptoms: [] }, concurrency, opts.signal),
        ),
      );
      const second = splitOutcomes(await runPass(secondPass, input, first, concurrency, opts.signal));
      return {
        findings: [...first.findings, ...second.findings].sort(compareOutcomes),
        symptoms: [...first.symptoms, ...second.symptoms].sort(compareOutcomes),
      };
    },
  };
}

/** Evaluates one rule on hand-written facts (the authoring harness). */
export async function evaluateRuleOnFacts(
  rule: LoadedRule,
  nodeId: string,
  facts: Record<string, unknown>,
  operators: readonly OperatorDefinition[] = [],
): Promise<Outcome[]> {
  const engine = createEngine([rule], [...EXTRA_OPERATORS, ...operators]);
  const { results } = await engine.run(facts);
  return results.map((r) => toOutcome(rule, nodeId, facts, r));
}

/**
 * Runs rules on json-rules-engine one candidate's facts at a time (the compiled evaluator's fallback
 * for what it does not compile). The engine is built on first use, as the evaluator's pool is.
 */
export function createJsonRulesRunner(
  rules: readonly LoadedRule[],
  operators: readonly OperatorDefinition[],
): (nodeId: string, facts: Record<string, unknown>) => Promise<RuleOutcome[]> {
  const byId = new Map(rules.map((r) => [qualified(r), r]));
  let engine: Engine | undefined;
  return async (nodeId, facts) => {
    if (rules.length === 0) return [];
    engine ??= createEngine(rules, [...EXTRA_OPERATORS, ...operators]);
    const { results } = await engine.run(facts);
    const outcomes: RuleOutcome[] = [];
    for (const result of results) {
      const rule = byId.get(result.name as string);
      if (rule) outcomes.push(toOutcome(rule, nodeId, facts, result));
    }
    return outcomes;
  };
}

function qualified(rule: LoadedRule): string {
  return `${rule.pack}/${rule.id}`;
}

function createEngine(rules: readonly LoadedRule[], operators: readonly OperatorDefinition[]): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: resolvePath });
  for (const op of operators)
    engine.addOperator(op.id, (fact: unknown, value: unknown) => op.evaluate(fact, value));
  for (const rule of rules) {
    const conditions = rule.appliesTo
      ? { all: [{ fact: 'node', path: 'kind', operator: 'in', value: rule.appliesTo }, rule.conditions] }
      : rule.conditions;
    engine.addRule({
      name: qualified(rule),
      conditions: conditions as never,
      event: { type: qualified(rule) },
    });
  }
  return engine;
}

function toOutcome(
  rule: LoadedRule,
  node: string,
  facts: Record<string, unknown>,
  result: RuleResult,
): Outcome {
  const satisfied: Record<string, unknown> = {};
  collectFacts(result.conditions as unknown as Condition, satisfied);
  return outcomeFor(rule, node, facts, satisfied);
}

/** The finding or symptom a rule that held emits, with the facts its satisfied conditions read. */
export function outcomeFor(
  rule: LoadedRule,
  node: string,
  facts: Record<string, unknown>,
  satisfied: Record<string, unknown>,
): RuleOutcome {
  const out: EvaluationOutput = { findings: [], symptoms: [] };
  outcomeEmitter(rule)(node, facts, satisfied, out);
  return out.findings.length > 0 ? { finding: out.findings[0]! } : { symptom: out.symptoms[0]! };
}

/** Appends the finding or symptom of a rule that held to `out`. */
export type OutcomeEmitter = (
  node: string,
  facts: Record<string, unknown>,
  satisfied: Record<string, unknown>,
  out: EvaluationOutput,
) => void;

const emitters = new WeakMap<LoadedRule, OutcomeEmitter>();

/** outcomeFor() with the rule's message and target parsed once (cached per rule). */
export function outcomeEmitter(rule: LoadedRule): OutcomeEmitter {
  const cached = emitters.get(rule);
  if (cached) return cached;
  const emitter = createOutcomeEmitter(rule);
  emitters.set(rule, emitter);
  return emitter;
}

function createOutcomeEmitter(rule: LoadedRule): OutcomeEmitter {
  const { id: ruleId, pack } = rule;
  const messageId = rule.outcome.messageId;
  const render = compileMessage(rule.messages[messageId] ?? messageId, rule.facts);
  // Literal objects (no spreads): this runs once per outcome; key order as the reports have always had.
  const finding = rule.outcome.finding;
  if (finding) {
    const { cause, weight } = finding;
    const remediation = rule.remediation;
    return (node, facts, satisfied, out) => {
      const f: FindingRef = {
        ruleId,
        pack,
        node,
        messageId,
        message: render(facts),
        facts: satisfied,
        cause,
        weight,
      };
      if (remediation) f.remediation = remediation;
      out.findings.push(f);
    };
  }
  const outcome = rule.outcome.symptom!;
  const target = outcome.target;
  const targetFact = target?.fact;
  const targetPath = target?.path;
  const type = outcome.type;
  return (node, facts, satisfied, out) => {
    const message = render(facts);
    const at = target ? resolvePath(facts[targetFact!], targetPath) : undefined;
    const symptom: SymptomRef = {
      ruleId,
      pack,
      node,
      messageId,
      message,
      facts: satisfied,
      symptom: type,
    };
    if (typeof at === 'string' && at !== node) symptom.target = at;
    out.symptoms.push(symptom);
  };
}

function collectFacts(condition: unknown, out: Record<string, unknown>): void {
  const stack = [condition];
  while (stack.length > 0) {
    const c = stack.pop() as Record<string, unknown> | undefined;
    if (!c || typeof c !== 'object') continue;
    if (Array.isArray(c.all)) stack.push(...(c.all as unknown[]));
    else if (Array.isArray(c.any)) stack.push(...(c.any as unknown[]));
    else if (c.not) stack.push(c.not);
    else if (typeof c.fact === 'string' && c.result === true && c.fact !== 'node') {
      out[c.path ? `${c.fact}.${String(c.path)}` : c.fact] = c.factResult;
    }
  }
}

export function renderMessage(
  template: string,
  facts: Record<string, unknown>,
  ruleFacts: readonly string[],
): string {
  return compileMessage(template, ruleFacts)(facts);
}

const PLACEHOLDER = /\{\{\s*([^}\s]+)\s*\}\}/g;
const messageCache = new WeakMap<
  readonly string[],
  Map<string, (facts: Record<string, unknown>) => string>
>();

/** A template parsed once (per rule's fact list): literal parts and the fact path of each placeholder. */
export function compileMessage(
  template: string,
  ruleFacts: readonly string[],
): (facts: Record<string, unknown>) => string {
  let byTemplate = messageCache.get(ruleFacts);
  if (!byTemplate) messageCache.set(ruleFacts, (byTemplate = new Map()));
  const cached = byTemplate.get(template);
  if (cached) return cached;
  const literals: string[] = [];
  const reads: { fact: string; segments: string[] }[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const placeholder = match[1]!;
    const fact = factOfPlaceholder(placeholder, ruleFacts);
    const literal = template.slice(last, match.index);
    last = match.index + match[0].length;
    if (fact === undefined) {
      // An unfillable placeholder stays as written: part of the literal text around it.
      if (literals.length > reads.length) literals[literals.length - 1] += literal + match[0];
      else literals.push(literal + match[0]);
      continue;
    }
    if (literals.length > reads.length) literals[literals.length - 1] += literal;
    else literals.push(literal);
    const path = placeholder.slice(fact.length + 1);
    reads.push({ fact, segments: path === '' ? [] : path.split('.') });
  }
  const tail = template.slice(last);
  if (literals.length > reads.length) literals[literals.length - 1] += tail;
  else literals.push(tail);
  // literals.length === reads.length + 1: text, value, text, …, value, text.
  const render =
    reads.length === 0
      ? () => literals[0]!
      : (facts: Record<string, unknown>) => {
          let out = literals[0]!;
          for (let i = 0; i < reads.length; i++) {
            const read = reads[i]!;
            out += showValue(resolveSegments(facts[read.fact], read.segments)) + literals[i + 1]!;
          }
          return out;
        };
  byTemplate.set(template, render);
  return render;
}

/** resolvePath() over a path split once. */
function resolveSegments(value: unknown, segments: readonly string[]): unknown {
  let current = value;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function showValue(value: unknown): string {
  if (value === undefined || value === null) return '?';
  if (typeof value === 'string') return value;
  // A finite number prints as JSON.stringify prints it (both use Number::toString).
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  // Lists of scalars read as prose ("MemoryPressure, DiskPressure"); objects stay JSON.
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object'))
    return value.length > 0 ? value.map(String).join(', ') : '(none)';
  return String(JSON.stringify(value));
}

export function sortOutcomes(output: EvaluationOutput): EvaluationOutput {
  return { findings: output.findings.sort(compareOutcomes), symptoms: output.symptoms.sort(compareOutcomes) };
}

export function splitOutcomes(outcomes: readonly RuleOutcome[]): EvaluationOutput {
  const findings: FindingRef[] = [];
  const symptoms: SymptomRef[] = [];
  for (const o of outcomes) {
    if ('finding' in o) findings.push(o.finding);
    else symptoms.push(o.symptom);
  }
  return { findings, symptoms };
}
