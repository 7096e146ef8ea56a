// The shape of one evaluation scenario (schemas/scenario.schema.json, docs/scenarios.md) and the
// closed trait and cause lists, read from the schema so the lists live in one place.
import { readFileSync } from 'node:fs';
import { packagePath } from '../schema/index.js';
import type { KnowledgeGraph } from '../topology/index.js';

export type Split = 'dev' | 'test';
export type Difficulty = 'easy' | 'medium' | 'hard';

/** A root cause as a scenario states it: a topology component, a cause, and for node-level faults the Node. */
export interface ScenarioAnswer {
  component: string;
  cause: string;
  node?: string;
}

/** scenario.yaml as written (after schema defaults). */
export interface ScenarioDocument {
  id: string;
  system: string;
  split: Split;
  description: string;
  incidentTime: string;
  topology: string;
  expected?: ScenarioAnswer | null;
  alsoAcceptable?: ScenarioAnswer[];
  noFault: boolean;
  difficulty: Difficulty;
  traits: string[];
  grounding?: string;
}

/** A loaded scenario: its document, where it lives, and its topology's graph. */
export interface Scenario {
  id: string;
  system: string;
  split: Split;
  description: string;
  incidentTime: string;
  expected?: ScenarioAnswer;
  alsoAcceptable: ScenarioAnswer[];
  noFault: boolean;
  difficulty: Difficulty;
  traits: string[];
  grounding?: string;
  /** The scenario folder (absolute): cluster/, logs/, datadog/ live here. */
  dir: string;
  /** Its scenario.yaml (absolute). */
  file: string;
  /** The topology file or directory (absolute). */
  topology: string;
  graph: KnowledgeGraph;
}

interface SchemaEnums {
  $defs: { trait: { enum: string[] }; cause: { enum: string[] } };
}

let enums: SchemaEnums['$defs'] | undefined;
function schemaEnums(): SchemaEnums['$defs'] {
  enums ??= (JSON.parse(readFileSync(packagePath('schemas', 'scenario.schema.json'), 'utf8')) as SchemaEnums)
    .$defs;
  return enums;
}

/** The closed trait list, in the schema's order. */
export function scenarioTraits(): readonly string[] {
  return schemaEnums().trait.enum;
}

/** The causes a scenario may expect: the closed vocabulary without `unknown`. */
export function scenarioCauses(): readonly string[] {
  return schemaEnums().cause.enum;
}
