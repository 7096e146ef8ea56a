// Types of a loaded rule pack: metadata from pack.yaml, its rules, tests and docs, each rule with
// the file locations used in problems. Produced by loadRulePack(); treated as immutable afterwards.
import type { ComponentKind } from '../sdk/index.js';

export interface LeafCondition {
  fact: string;
  path?: string;
  operator: string;
  value?: unknown;
}

export type Condition = TopCondition | LeafCondition;

export type TopCondition = { all: Condition[] } | { any: Condition[] } | { not: Condition };

export interface RuleDefinition {
  id: string;
  description: string;
  appliesTo?: ComponentKind[];
  conditions: TopCondition;
  outcome: {
    messageId: string;
    finding?: { cause: string; weight: number };
    symptom?: { type: string; target?: { fact: string; path?: string } };
  };
  messages: Record<string, string>;
  remediation?: string;
}

export interface RuleTestCase {
  name: string;
  node?: { id?: string; kind?: string; team?: string };
  facts: Record<string, unknown>;
  outcomes?: { messageId: string; cause?: string; symptom?: string; target?: string }[];
}

export interface RuleTests {
  rule: string;
  valid?: RuleTestCase[];
  invalid?: RuleTestCase[];
}

export interface LoadedRule extends RuleDefinition {
  pack: string;
  file: string;
  /** Facts its conditions read (for placeholders and second-pass detection). */
  facts: string[];
  /** Reads graph.dependencyFindings / graph.dependencySymptoms: evaluated in the second pass. */
  secondPass: boolean;
  tests?: { file: string; cases: RuleTests };
  doc?: string;
}

export interface RulePack {
  name: string;
  version: string;
  description: string;
  engine: string;
  requires: { plugins: string[] };
  causes: { id: string; description: string }[];
  dir: string;
  rules: LoadedRule[];
}
