// `culprit validate <paths…>`: checks topology and rule-pack files and prints every problem as
// `file:line:col code message`. It reads files only and exits non-zero when anything is wrong.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createError } from '../errors/index.js';
import { checkRulePacks } from '../rules/index.js';
import { formatProblem, type Problem } from '../schema/index.js';
import { checkTopology } from '../topology/index.js';
import { findConfigFile, readCulpritConfig } from './config-file.js';
import type { CliIo } from './io.js';

export type PathKind = 'rules' | 'topology';

/** A directory with pack.yaml (or sub-directories with one) holds rules; anything else is topology. */
export function classifyPath(path: string): PathKind {
  if (!existsSync(path)) return 'topology';
  if (statSync(path).isFile()) {
    if (basename(path) === 'pack.yaml') return 'rules';
    const packDir = dirname(dirname(path));
    return existsSync(join(packDir, 'pack.yaml')) ? 'rules' : 'topology';
  }
  if (existsSync(join(path, 'pack.yaml'))) return 'rules';
  const subPacks = readdirSync(path).some((d) => existsSync(join(path, d, 'pack.yaml')));
  return subPacks ? 'rules' : 'topology';
}

function packDirOf(path: string): string {
  if (statSync(path).isFile()) return basename(path) === 'pack.yaml' ? dirname(path) : dirname(dirname(path));
  return path;
}

export type ProblemFormat = 'text' | 'json';

/** A problem as `--format json` prints it: the file relative to the working directory. */
export function problemRecord(cwd: string, p: Problem): ProblemRecord {
  const at = { code: p.code, file: relativeTo(cwd, p.file), line: p.line, col: p.col, message: p.message };
  return p.suggestions ? { ...at, suggestions: p.suggestions } : at;
}

export interface ProblemRecord {
  code: string;
  file: string;
  line: number;
  col: number;
  message: string;
  suggestions?: string[];
}

/** The topology and rule packs culprit.yaml names; a usage error without culprit.yaml or paths. */
async function configuredPaths(io: CliIo): Promise<{ file: string; paths: string[] }> {
  const file = findConfigFile(io);
  if (!file) {
    throw createError('ERR_INVALID_ARGUMENT', {
      name: 'paths',
      reason:
        'name topology files or rule-pack directories, or run where culprit.yaml is (or set CULPRIT_CONFIG)',
    });
  }
  const config = await readCulpritConfig(file);
  return { file, paths: [...config.topology, ...(config.rules ?? [])] };
}

export async function runValidate(
  paths: readonly string[],
  io: CliIo,
  options: { format?: ProblemFormat } = {},
): Promise<number> {
  // No paths: culprit.yaml (checked against its schema as it loads) and the files it names.
  const configured = paths.length ? undefined : await configuredPaths(io);
  const abs = (configured?.paths ?? paths).map((p) => resolve(io.cwd, p));
  const topology = abs.filter((p) => classifyPath(p) === 'topology');
  const rules = [...new Set(abs.filter((p) => classifyPath(p) === 'rules').map(packDirOf))];
  const problems: Problem[] = [];
  let summary = configured ? `${relativeTo(io.cwd, configured.file)}: valid\n` : '';
  const checked: {
    topology?: { components: number; files: number };
    rules?: { packs: number; rules: number };
  } = {};
  if (topology.length > 0) {
    const result = await checkTopology(topology);
    problems.push(...result.problems);
    if (result.graph) {
      summary += `topology: ${result.graph.size} components in ${result.files.length} file(s)\n`;
      checked.topology = { components: result.graph.size, files: result.files.length };
    }
  }
  if (rules.length > 0) {
    const result = await checkRulePacks(rules);
    problems.push(...result.problems);
    const count = result.packs.reduce((n, p) => n + p.rules.length, 0);
    summary += `rules: ${result.packs.length} pack(s), ${count} rule(s)\n`;
    checked.rules = { packs: result.packs.length, rules: count };
  }
  if (options.format === 'json') {
    const records = problems.map((p) => problemRecord(io.cwd, p));
    io.stdout(`${JSON.stringify({ ok: problems.length === 0, problems: records, ...checked }, null, 2)}\n`);
    return problems.length > 0 ? 1 : 0;
  }
  for (const p of problems) io.stdout(`${relativeTo(io.cwd, formatProblem(p))}\n`);
  if (problems.length > 0) {
    io.stderr(`${problems.length} problem(s) found\n`);
    return 1;
  }
  io.stdout(summary);
  return 0;
}

export function relativeTo(cwd: string, line: string): string {
  return line.startsWith(`${cwd}/`) ? line.slice(cwd.length + 1) : line;
}
