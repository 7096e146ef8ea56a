// Loads a scenario corpus: finds every scenario folder under the paths given, loads each (one
// topology load per file), and reads the corpus.yaml floors. Reports every problem at once.
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import {
  createProblem,
  getValidator,
  problemsError,
  readYamlFileProblems,
  schemaProblems,
  type Problem,
} from '../schema/index.js';
import { checkScenario, SCENARIO_FILE, type TopologyCache } from './load-scenario.js';
import type { Scenario, Split } from './scenario.js';

export const CORPUS_FILE = 'corpus.yaml';
/** Folders of a scenario's snapshot: never searched for further scenarios. */
const SNAPSHOT_FOLDERS = new Set(['cluster', 'logs', 'datadog', 'node_modules']);
const MAX_DEPTH = 6;

export interface Floor {
  ac1?: number;
  highPrecision?: number;
}

export interface CorpusConfig {
  description?: string;
  systems?: string[];
  thresholds?: Partial<Record<Split | 'all', Floor>>;
}

export interface Corpus {
  scenarios: Scenario[];
  /** corpus.yaml of each path given that has one, merged (the strictest floor wins). */
  config: CorpusConfig;
  /** The corpus.yaml files read. */
  configFiles: string[];
}

export async function loadCorpus(paths: readonly string[]): Promise<Corpus> {
  const problems: Problem[] = [];
  const configs: { file: string; config: CorpusConfig }[] = [];
  const dirs: string[] = [];
  for (const path of paths) {
    const root = resolve(path);
    if (!existsSync(root)) {
      problems.push(createProblem('ERR_FILE_NOT_FOUND', { file: path, line: 1, col: 1 }));
      continue;
    }
    const configFile = join(root, CORPUS_FILE);
    if (existsSync(configFile)) {
      const config = await readCorpusConfig(configFile, problems);
      if (config) configs.push({ file: configFile, config });
    }
    dirs.push(...(await findScenarioDirs(root)));
  }
  if (problems.length === 0 && dirs.length === 0) {
    problems.push(
      createProblem(
        'ERR_EVAL_NO_SCENARIOS',
        { file: paths[0] ?? '.', line: 1, col: 1 },
        { paths: paths.join(', ') },
      ),
    );
  }
  const cache: TopologyCache = new Map();
  const scenarios: Scenario[] = [];
  const seen = new Map<string, string>();
  for (const dir of [...new Set(dirs)]) {
    const check = await checkScenario(dir, cache);
    problems.push(...check.problems);
    const s = check.scenario;
    if (!s) continue;
    const first = seen.get(s.id);
    if (first) {
      problems.push(
        createProblem('ERR_EVAL_DUPLICATE_ID', { file: s.file, line: 1, col: 1 }, { id: s.id, first }),
      );
      continue;
    }
    seen.set(s.id, relative(process.cwd(), s.file));
    scenarios.push(s);
  }
  if (problems.length > 0) throw problemsError(problems);
  scenarios.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    scenarios,
    config: mergeConfigs(configs.map((c) => c.config)),
    configFiles: configs.map((c) => c.file),
  };
}

/** Every folder holding a scenario.yaml at or under `root`, sorted. */
export async function findScenarioDirs(root: string, depth = 0): Promise<string[]> {
  if ((await stat(root)).isFile()) return root.endsWith(SCENARIO_FILE) ? [resolve(root, '..')] : [];
  const names = (await readdir(root, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  if (names.some((d) => d.isFile() && d.name === SCENARIO_FILE)) return [root];
  if (depth >= MAX_DEPTH) return [];
  const out: string[] = [];
  for (const d of names) {
    if (!d.isDirectory() || d.name.startsWith('.') || SNAPSHOT_FOLDERS.has(d.name)) continue;
    out.push(...(await findScenarioDirs(join(root, d.name), depth + 1)));
  }
  return out;
}

export async function readCorpusConfig(file: string, problems: Problem[]): Promise<CorpusConfig | undefined> {
  const parsed = await readYamlFileProblems(file);
  if (!parsed.source) {
    problems.push(...parsed.problems);
    return undefined;
  }
  const validate = getValidator<CorpusConfig>('corpus.schema.json');
  const data = parsed.source.data ?? {};
  if (!validate(data)) {
    problems.push(...schemaProblems(validate.errors, file, parsed.source));
    return undefined;
  }
  return data;
}

function mergeConfigs(configs: CorpusConfig[]): CorpusConfig {
  if (configs.length === 1) return configs[0]!;
  const thresholds: NonNullable<CorpusConfig['thresholds']> = {};
  for (const c of configs) {
    for (const [split, floor] of Object.entries(c.thresholds ?? {}) as [Split | 'all', Floor][]) {
      const merged = (thresholds[split] ??= {});
      for (const key of ['ac1', 'highPrecision'] as const) {
        const v = floor[key];
        if (v !== undefined) merged[key] = Math.max(merged[key] ?? 0, v);
      }
    }
  }
  return {
    systems: [...new Set(configs.flatMap((c) => c.systems ?? []))],
    ...(Object.keys(thresholds).length > 0 ? { thresholds } : {}),
  };
}
