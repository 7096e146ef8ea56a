// Loads one scenario folder: scenario.yaml checked against schemas/scenario.schema.json, its id
// against its folder, its topology loaded (cached per corpus) and its expected components resolved in it.
import { basename, dirname, join, resolve } from 'node:path';
import { isCulpritError } from '../errors/index.js';
import {
  createProblem,
  getValidator,
  problemFromError,
  problemsError,
  readYamlFileProblems,
  schemaProblems,
  type Problem,
} from '../schema/index.js';
import { loadTopology, type KnowledgeGraph } from '../topology/index.js';
import type { Scenario, ScenarioAnswer, ScenarioDocument } from './scenario.js';

export const SCENARIO_FILE = 'scenario.yaml';

/** Topologies already loaded in this run, by absolute path (systems share one topology file). */
export type TopologyCache = Map<string, Promise<KnowledgeGraph>>;

export interface ScenarioCheck {
  scenario?: Scenario;
  problems: Problem[];
}

export async function checkScenario(dir: string, cache: TopologyCache = new Map()): Promise<ScenarioCheck> {
  const folder = resolve(dir);
  const file = join(folder, SCENARIO_FILE);
  const parsed = await readYamlFileProblems(file);
  if (!parsed.source) return { problems: parsed.problems };
  const source = parsed.source;
  const validate = getValidator<ScenarioDocument>('scenario.schema.json');
  if (!validate(source.data)) return { problems: schemaProblems(validate.errors, file, source) };
  const doc = source.data;
  const at = (pointer: string) => ({ file, ...source.locate(pointer), pointer });

  const problems: Problem[] = [];
  const expectedId = `${doc.system}/${basename(folder)}`;
  if (doc.id !== expectedId) {
    problems.push(createProblem('ERR_EVAL_ID_MISMATCH', at('/id'), { id: doc.id, expected: expectedId }));
  }

  const topology = resolve(folder, doc.topology);
  let graph: KnowledgeGraph | undefined;
  try {
    graph = await loadCached(topology, cache);
  } catch (err) {
    if (!isCulpritError(err)) throw err;
    const inner = err.details.problems;
    problems.push(...(Array.isArray(inner) ? (inner as Problem[]) : [problemFromError(err, topology)]));
  }

  const expected = doc.expected ?? undefined;
  const alsoAcceptable = doc.alsoAcceptable ?? [];
  if (graph) {
    const answers: [string, ScenarioAnswer][] = [
      ...(expected ? [['/expected', expected] as [string, ScenarioAnswer]] : []),
      ...alsoAcceptable.map((a, i) => [`/alsoAcceptable/${i}`, a] as [string, ScenarioAnswer]),
    ];
    for (const [pointer, answer] of answers) {
      if (graph.has(answer.component)) continue;
      problems.push(
        createProblem('ERR_EVAL_UNKNOWN_COMPONENT', at(`${pointer}/component`), {
          scenario: doc.id,
          field: pointer.slice(1),
          component: answer.component,
          topology: doc.topology,
        }),
      );
    }
  }
  if (problems.length > 0 || !graph) return { problems };
  return {
    problems: [],
    scenario: {
      id: doc.id,
      system: doc.system,
      split: doc.split,
      description: doc.description,
      incidentTime: new Date(doc.incidentTime).toISOString(),
      ...(expected ? { expected } : {}),
      alsoAcceptable,
      noFault: doc.noFault,
      difficulty: doc.difficulty,
      traits: doc.traits,
      ...(doc.grounding !== undefined ? { grounding: doc.grounding } : {}),
      dir: folder,
      file,
      topology,
      graph,
    },
  };
}

/** Loads one scenario folder; throws one CulpritError carrying every problem (file:line:col). */
export async function loadScenario(dir: string, cache?: TopologyCache): Promise<Scenario> {
  const { scenario, problems } = await checkScenario(dir, cache);
  if (!scenario) throw problemsError(problems);
  return scenario;
}

function loadCached(path: string, cache: TopologyCache): Promise<KnowledgeGraph> {
  let graph = cache.get(path);
  if (!graph) {
    graph = loadTopology(path);
    cache.set(path, graph);
  }
  return graph;
}

/** The scenario folder a scenario.yaml path or folder path names. */
export function scenarioDir(path: string): string {
  return basename(path) === SCENARIO_FILE ? dirname(path) : path;
}
