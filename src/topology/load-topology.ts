// Loads topology YAML (files or directories, merged in sorted order), validates it and builds the
// KnowledgeGraph. Every problem is collected with file:line:col; nothing half-built is returned.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  closestNames,
  createProblem,
  getValidator,
  problemsError,
  readYamlFileProblems,
  schemaProblems,
  suggestionText,
  type Problem,
} from '../schema/index.js';
import type { Component } from '../sdk/index.js';
import { KnowledgeGraph, type EdgeInput } from './knowledge-graph.js';
import { salvageTopology } from './salvage-topology.js';
import type { TopologyDocument } from './topology-document.js';

interface SourcedDocument {
  file: string;
  doc: TopologyDocument;
  locate(pointer: string): { line: number; col: number };
}

/**
 * The per-file size cap for topology YAML. Large topologies are real (10,000 components with
 * aliases, addresses and dependencies are ~3 MiB), so the default is well above that; aliases,
 * depth and prototype keys stay refused whatever the size.
 */
export const DEFAULT_MAX_TOPOLOGY_FILE_BYTES = 32 * 1024 * 1024;

export interface TopologyLoadOptions {
  /** Per-file size cap in bytes (default DEFAULT_MAX_TOPOLOGY_FILE_BYTES, 32 MiB). */
  maxFileBytes?: number;
}

export interface TopologyCheck {
  graph?: KnowledgeGraph;
  problems: Problem[];
  files: string[];
}

export async function expandYamlPaths(
  paths: string | readonly string[],
): Promise<{ files: string[]; problems: Problem[] }> {
  const files: string[] = [];
  const problems: Problem[] = [];
  for (const path of typeof paths === 'string' ? [paths] : paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      problems.push(createProblem('ERR_FILE_NOT_FOUND', { file: path, line: 1, col: 1 }));
      continue;
    }
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((n) => /\.ya?ml$/.test(n)).sort();
      files.push(...names.map((n) => join(path, n)));
    } else {
      files.push(path);
    }
  }
  return { files, problems };
}

export async function checkTopology(
  paths: string | readonly string[],
  options: TopologyLoadOptions = {},
): Promise<TopologyCheck> {
  const { files, problems } = await expandYamlPaths(paths);
  const validate = getValidator<TopologyDocument>('topology.schema.json');
  const docs: SourcedDocument[] = [];
  for (const file of files) {
    const parsed = await readYamlFileProblems(file, options.maxFileBytes ?? DEFAULT_MAX_TOPOLOGY_FILE_BYTES);
    problems.push(...parsed.problems);
    if (!parsed.source) continue;
    const data = parsed.source.data;
    if (!validate(data)) {
      problems.push(...schemaProblems(validate.errors, file, parsed.source));
      // Schema problems must not hide the graph problems of the same file: check what is usable.
      docs.push({ file, doc: salvageTopology(data), locate: parsed.source.locate });
      continue;
    }
    docs.push({ file, doc: data, locate: parsed.source.locate });
  }
  // Check the graph of the files that did parse too, so one run reports every problem; the graph
  // is returned only when nothing at all is wrong.
  const built = buildGraph(docs, files, problems.length > 0);
  const all = [...problems, ...built.problems];
  return all.length > 0 ? { problems: all, files } : { ...built, files };
}

export async function loadTopology(
  paths: string | readonly string[],
  options: TopologyLoadOptions = {},
): Promise<KnowledgeGraph> {
  const result = await checkTopology(paths, options);
  if (!result.graph) throw problemsError(result.problems);
  return result.graph;
}

/** Builds a graph from documents already in memory (tests, discovery). Throws on any problem. */
export function createKnowledgeGraph(docs: TopologyDocument | readonly TopologyDocument[]): KnowledgeGraph {
  const list = Array.isArray(docs) ? docs : [docs as TopologyDocument];
  const validate = getValidator<TopologyDocument>('topology.schema.json');
  const sourced: SourcedDocument[] = [];
  const problems: Problem[] = [];
  list.forEach((doc, i) => {
    const copy = structuredClone(doc);
    const file = `<document ${i}>`;
    if (!validate(copy)) problems.push(...schemaProblems(validate.errors, file));
    else sourced.push({ file, doc: copy, locate: () => ({ line: 1, col: 1 }) });
  });
  if (problems.length > 0) throw problemsError(problems);
  const built = buildGraph(
    sourced,
    sourced.map((s) => s.file),
  );
  if (!built.graph) throw problemsError(built.problems);
  return built.graph;
}

function buildGraph(
  docs: readonly SourcedDocument[],
  files: readonly string[],
  partial = false,
): { graph?: KnowledgeGraph; problems: Problem[] } {
  const problems: Problem[] = [];
  const where = (d: SourcedDocument, pointer: string) => ({ file: d.file, ...d.locate(pointer), pointer });
  // Where each id was first declared, located only if a duplicate needs it: locating every component
  // (a walk of the YAML tree and a line lookup each) was most of the loader's own time at 10k.
  const firstAt = new Map<string, () => string>();
  const components: Component[] = [];
  const teams = docs.flatMap((d) => d.doc.teams ?? []);
  const teamIds = new Set(teams.map((t) => t.id));
  const names = new Map<string, string>();
  const duplicates = new Set<string>();

  docs.forEach((d, n) => {
    d.doc.components.forEach((c, i) => {
      const first = firstAt.get(c.id);
      if (first) {
        problems.push(
          createProblem('ERR_TOPOLOGY_DUPLICATE_ID', where(d, `/components/${i}/id`), {
            id: c.id,
            first: first(),
          }),
        );
        duplicates.add(`${n}:${i}`);
        return;
      }
      firstAt.set(c.id, () => {
        const at = where(d, `/components/${i}/id`);
        return `${at.file}:${at.line}:${at.col}`;
      });
      components.push({
        id: c.id,
        kind: c.kind,
        ...(c.name ? { name: c.name } : {}),
        ...(c.team ? { team: c.team } : {}),
        ...(c.description ? { description: c.description } : {}),
        aliases: c.aliases ?? [],
        addresses: c.addresses ?? [],
        ...(c.kubernetes ? { kubernetes: c.kubernetes } : {}),
        tags: c.tags ?? [],
        ...(c.metrics ? { metrics: c.metrics } : {}),
        labels: c.labels ?? {},
      });
      if (c.team && teamIds.size > 0 && !teamIds.has(c.team)) {
        problems.push(
          createProblem('ERR_TOPOLOGY_UNKNOWN_TEAM', where(d, `/components/${i}/team`), {
            id: c.id,
            team: c.team,
          }),
        );
      }
    });
  });
  for (const c of components) names.set(c.id.toLowerCase(), c.id);

  const edges: EdgeInput[] = [];
  docs.forEach((d, n) => {
    d.doc.components.forEach((c, i) => {
      if (duplicates.has(`${n}:${i}`)) return;
      const claim = (name: string, pointer: string) => {
        const key = name.toLowerCase();
        const owner = names.get(key);
        if (owner !== undefined && owner !== c.id) {
          problems.push(
            createProblem('ERR_TOPOLOGY_DUPLICATE_ALIAS', where(d, pointer), { name, id: c.id, owner }),
          );
        } else names.set(key, c.id);
      };
      (c.aliases ?? []).forEach((a, j) => claim(a, `/components/${i}/aliases/${j}`));
      (c.addresses ?? []).forEach((a, j) => claim(a, `/components/${i}/addresses/${j}`));
      const refs: {
        id: string;
        type: 'depends-on' | 'runs-on';
        attributes: Record<string, unknown>;
        pointer: string;
      }[] = [];
      (c.dependsOn ?? []).forEach((dep, j) => {
        const ref = typeof dep === 'string' ? { id: dep } : dep;
        const { id, type, ...attributes } = ref;
        refs.push({ id, type: type ?? 'depends-on', attributes, pointer: `/components/${i}/dependsOn/${j}` });
      });
      (c.runsOn ?? []).forEach((id, j) =>
        refs.push({ id, type: 'runs-on', attributes: {}, pointer: `/components/${i}/runsOn/${j}` }),
      );
      for (const ref of refs) {
        if (ref.id === c.id) {
          problems.push(createProblem('ERR_TOPOLOGY_SELF_DEPENDENCY', where(d, ref.pointer), { id: c.id }));
        } else if (!firstAt.has(ref.id)) {
          const close = closestNames(ref.id, firstAt.keys());
          const hint = close.length > 0 ? `; ${suggestionText(close)}` : '';
          problems.push(
            createProblem(
              'ERR_TOPOLOGY_UNKNOWN_NODE',
              where(d, ref.pointer),
              { from: c.id, id: ref.id, hint },
              close,
            ),
          );
        } else {
          edges.push({ from: c.id, to: ref.id, type: ref.type, attributes: ref.attributes });
        }
      }
    });
  });
  if (components.length === 0 && problems.length === 0 && !partial) {
    problems.push(
      createProblem(
        'ERR_TOPOLOGY_EMPTY',
        { file: files[0] ?? '<none>', line: 1, col: 1 },
        { files: files.join(', ') || '(no files)' },
      ),
    );
  }
  if (problems.length > 0) return { problems };
  const metadata = docs.find((d) => d.doc.metadata)?.doc.metadata ?? {};
  return { graph: new KnowledgeGraph(components, edges, teams, metadata), problems };
}
