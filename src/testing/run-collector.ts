// Runs one plugin's collectors the way the host does (manifest and config checked, setup run), for a
// plugin's own tests: evidence for a scope built from component ids, the log lines, and the time taken.
import { ENGINE_VERSION } from '../engine/index.js';
import { createPluginHost } from '../plugins/index.js';
import type { CollectorResult, GraphView, PluginDefinition } from '../sdk/index.js';
import { loadTopology } from '../topology/index.js';
import { captureLogger } from './collector-contract.js';

/** A knowledge graph from topology files or directories, as the engine would load it. */
export async function loadTestGraph(paths: string | string[]): Promise<GraphView> {
  return loadTopology(paths);
}

export interface RunCollectorOptions {
  graph: GraphView;
  /** Component ids in scope. */
  nodes: string[];
  /** The incident window (default: the hour before `at`). */
  window?: { from: string; to: string };
  at?: Date;
  description?: string;
  /** Component ids the incident names (its entities; default none). */
  named?: string[];
  signal?: AbortSignal;
  /** Which collector of the plugin (default: its first). */
  collector?: string;
}

export interface CollectorRun {
  /** The collector's result, or undefined when it threw. */
  result?: CollectorResult;
  /** What it threw, if it did. */
  error?: unknown;
  /** Every line the plugin logged (setup and collection), with its fields as JSON. */
  logs: string[];
  elapsedMs: number;
}

export async function runCollector(
  plugin: PluginDefinition<never>,
  config: unknown,
  options: RunCollectorOptions,
): Promise<CollectorRun> {
  const logs: string[] = [];
  const logger = captureLogger(logs);
  const host = createPluginHost({ engineVersion: ENGINE_VERSION, graph: options.graph, logger });
  await host.load({ plugin, config });
  try {
    const registered = host
      .collectors()
      .find((c) => !options.collector || c.collector.id === options.collector);
    if (!registered) throw new Error(`plugin ${plugin.manifest.id} has no collector ${options.collector}`);
    const at = options.at ?? new Date();
    const window = options.window ?? {
      from: new Date(at.getTime() - 3_600_000).toISOString(),
      to: at.toISOString(),
    };
    const nodes = options.nodes.map((id) => {
      const c = options.graph.component(id);
      if (!c) throw new Error(`no component ${id} in the graph`);
      return c;
    });
    const started = Date.now();
    try {
      const result = await registered.collector.collect(
        {
          incident: {
            id: 'test-incident',
            description: options.description ?? '',
            source: 'test',
            labels: {},
            entities: (options.named ?? []).map((node) => ({ node, via: 'explicit' as const })),
            createdAt: at.toISOString(),
          },
          nodes,
          window,
        },
        { signal: options.signal ?? new AbortController().signal, logger, graph: options.graph },
      );
      return { result, logs, elapsedMs: Date.now() - started };
    } catch (error) {
      return { error, logs, elapsedMs: Date.now() - started };
    }
  } finally {
    await host.close();
  }
}
