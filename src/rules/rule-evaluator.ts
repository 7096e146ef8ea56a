// The evaluator interface the pipeline calls. A faster implementation can replace the
// json-rules-engine one (json-rules-evaluator.ts) without touching anything else.
import type { FindingRef, GraphView, SymptomRef } from '../sdk/index.js';
import type { Candidate } from './candidate-facts.js';

export interface EvaluationInput {
  candidates: readonly Candidate[];
  graph: GraphView;
}

export interface EvaluationOutput {
  findings: FindingRef[];
  symptoms: SymptomRef[];
}

export interface RuleEvaluator {
  evaluate(
    input: EvaluationInput,
    options?: { signal?: AbortSignal; concurrency?: number },
  ): Promise<EvaluationOutput>;
}

export function compareOutcomes(
  a: { node: string; pack: string; ruleId: string; messageId: string },
  b: { node: string; pack: string; ruleId: string; messageId: string },
): number {
  if (a.node !== b.node) return a.node < b.node ? -1 : 1;
  if (a.pack !== b.pack) return a.pack < b.pack ? -1 : 1;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  if (a.messageId !== b.messageId) return a.messageId < b.messageId ? -1 : 1;
  return 0;
}
