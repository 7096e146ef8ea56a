// `culprit investigate` and `culprit replay`: an investigation from the command line, live against a
// cluster (the built-in Kubernetes plugin, Datadog when configured, plugins from culprit.yaml) or
// offline from a recorded tape. Exit 0 conclusive, 3 inconclusive, 2 usage or config error.
import { existsSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { createEngine } from '../engine/index.js';
import { createError } from '../errors/index.js';
import { compareRankings, formatReportText, readTape, replayTape, writeTape } from '../investigate/index.js';
import type { PluginSpec } from '../plugins/index.js';
import { renderReport, type ReportFormat } from '../report/index.js';
import { createRuleEvaluator, loadRulePacks } from '../rules/index.js';
import { packagePath } from '../schema/index.js';
import type { GraphView, InvestigationEvent } from '../sdk/index.js';
import { createKnowledgeGraph, loadTopology, type ComponentDefinition } from '../topology/index.js';
import { loadBuiltinPlugin, withBuiltinPaths } from './builtin-plugin.js';
import { clusterOf, findConfigFile, readCulpritConfig, type ClusterTarget } from './config-file.js';
import { unknownNameReason } from './did-you-mean.js';
import { defaultKubeconfig, llmFromEnv, type CliIo } from './io.js';
import { discover, loadDiscoveryModule, scopeText } from './topology-command.js';

export const EXIT_CONCLUSIVE = 0;
export const EXIT_USAGE = 2;
export const EXIT_INCONCLUSIVE = 3;

export interface InvestigateFlags {
  topology?: string[];
  rules?: string[];
  evidence?: string;
  entity?: string[];
  format: ReportFormat;
  save?: string;
  at?: string;
  config?: string;
  kubeconfig?: string;
  context?: string;
  namespace?: string[];
  saveTopology?: string;
  quiet?: boolean;
  progress?: boolean;
}

export async function runInvestigate(
  description: string | undefined,
  flags: InvestigateFlags,
  io: CliIo,
): Promise<number> {
  if (description === undefined) checkSwallowedDescription(flags, io);
  const config = await readCulpritConfig(findConfigFile(io, flags.config));
  const tape = flags.evidence ? await readTape(resolve(io.cwd, flags.evidence)) : undefined;
  const progress = createProgress(io, flags);
  // A tape is the evidence of an offline run; otherwise the sources are the configured plugins.
  const plugins = tape ? [] : await evidenceSources(flags, config.plugins, io);
  const cluster = plugins.find((p) => p.cluster)?.cluster;
  if (!tape && plugins.length === 0) {
    throw createError('ERR_CLI_NO_EVIDENCE_SOURCE', { command: 'culprit investigate' });
  }
  const topologyPaths = flags.topology ?? (config.topology.length ? config.topology : undefined);
  let topology: string[] | GraphView;
  if (topologyPaths) topology = topologyPaths.map((p) => resolve(io.cwd, p));
  else if (cluster) topology = await draftTopology(cluster, flags, io, progress);
  else topology = [packagePath('knowledge-graph')];

  const rules = flags.rules ?? config.rules;
  const engine = await createEngine({
    topology,
    ...(rules ? { rules: rules.map((p) => resolve(io.cwd, p)) } : {}),
    plugins: plugins.map((p) => p.spec),
    cwd: io.cwd,
    ...llmFromEnv(io.env),
  });
  try {
    checkEntities(flags.entity ?? [], engine.graph);
    const createdAt = flags.at ?? tape?.incident.createdAt;
    const result = await engine.investigate(
      {
        description: description ?? tape?.incident.description ?? '',
        ...(flags.entity ? { entities: flags.entity } : {}),
        ...(createdAt ? { createdAt } : {}),
        ...(tape?.incident.window ? { window: tape.incident.window } : {}),
        ...(tape ? { id: tape.incident.id, labels: tape.incident.labels } : {}),
        source: 'cli',
      },
      {
        ...(tape ? { evidence: tape.evidence, discovered: tape.discovered } : {}),
        onEvent: progress.event,
      },
    );
    if (flags.save) await writeTape(resolve(io.cwd, flags.save), result.tape);
    io.stdout(
      renderReport(result.report, flags.format, {
        graph: engine.graph,
        incident: result.incident,
        evidence: result.tape.evidence,
        discovered: result.tape.discovered,
      }),
    );
    return result.report.conclusive ? EXIT_CONCLUSIVE : EXIT_INCONCLUSIVE;
  } finally {
    await engine.close();
  }
}

/**
 * `--topology`, `--rules`, `--namespace` and `--entity` take every value that follows them, so
 * `--topology t.yaml "checkout is failing"` leaves no description: say so rather than look for a
 * file, a namespace or a component called "checkout is failing".
 */
function checkSwallowedDescription(flags: InvestigateFlags, io: CliIo): void {
  const options = [
    ['--topology', flags.topology, true],
    ['--rules', flags.rules, true],
    ['--namespace', flags.namespace, false],
    ['--entity', flags.entity, false],
  ] as const;
  for (const [name, values, paths] of options) {
    const last = values?.at(-1);
    if (!last || !/\s/.test(last.trim()) || (paths && existsSync(resolve(io.cwd, last)))) continue;
    throw createError('ERR_INVALID_ARGUMENT', {
      name,
      reason: `"${last}" looks like the description: put it before ${name}, which takes every value that follows it`,
    });
  }
}

/** A component named with --entity must exist; a typo gets the closest ids and aliases. */
function checkEntities(names: readonly string[], graph: GraphView): void {
  for (const name of names) {
    if (graph.resolve(name)) continue;
    const known = [...graph.components()].flatMap((c) => [c.id, ...c.aliases]);
    throw createError('ERR_INVALID_ARGUMENT', {
      name: '--entity',
      reason: unknownNameReason('component', name, known),
    });
  }
}

export interface SourceSpec {
  spec: PluginSpec;
  /** Set on the Kubernetes source: where discovery drafts a topology from. */
  cluster?: ClusterTarget;
}

/**
 * The evidence sources of a live run: culprit.yaml's plugins (built-ins found in this install), the
 * built-in Kubernetes plugin when a cluster is reachable by kubeconfig, Datadog when its keys are set.
 */
export async function evidenceSources(
  flags: InvestigateFlags,
  configured: readonly { module: string; config?: Record<string, unknown> }[],
  io: CliIo,
): Promise<SourceSpec[]> {
  const sources: SourceSpec[] = [];
  const isBuiltin = (id: string) => (m: { module: string }) => m.module === `culprit/plugins/${id}`;
  const fromFile = configured.filter((m) => !isBuiltin('kubernetes')(m) || !hasClusterFlags(flags));
  for (const configuredEntry of fromFile) {
    const entry = isBuiltin('kubernetes')(configuredEntry)
      ? withDefaultKubeconfig(configuredEntry, io)
      : configuredEntry;
    const [spec] = withBuiltinPaths([entry]);
    const cluster = isBuiltin('kubernetes')(entry) ? { cluster: clusterOf(entry.config ?? {}, io) } : {};
    sources.push({ spec: spec!, ...cluster });
  }
  if (!configured.some(isBuiltin('kubernetes')) || hasClusterFlags(flags)) {
    const cluster = clusterTarget(flags, io);
    if (cluster) {
      sources.push({
        spec: { plugin: await loadBuiltinPlugin('kubernetes'), config: cluster },
        cluster,
      });
    }
  }
  if (!configured.some(isBuiltin('datadog')) && io.env.DD_API_KEY && io.env.DD_APP_KEY) {
    sources.push({
      spec: {
        plugin: await loadBuiltinPlugin('datadog'),
        config: {
          apiKey: io.env.DD_API_KEY,
          appKey: io.env.DD_APP_KEY,
          ...(io.env.DD_SITE ? { site: io.env.DD_SITE } : {}),
        },
      },
    });
  }
  return sources;
}

/** A Kubernetes entry that names no cluster reads the kubeconfig kubectl would, from this command's env. */
function withDefaultKubeconfig<E extends { module: string; config?: Record<string, unknown> }>(
  entry: E,
  io: CliIo,
): E {
  const config = entry.config ?? {};
  if (config.kubeconfigPath || config.kubeconfig || config.inCluster) return entry;
  const kubeconfigPath = defaultKubeconfig(io);
  return kubeconfigPath ? { ...entry, config: { ...config, kubeconfigPath } } : entry;
}

function hasClusterFlags(flags: InvestigateFlags): boolean {
  return Boolean(flags.kubeconfig || flags.context || flags.namespace?.length);
}

/** The cluster the flags or the environment name, as kubectl would find it; undefined when none. */
function clusterTarget(flags: InvestigateFlags, io: CliIo): ClusterTarget | undefined {
  const namespaces = flags.namespace?.length ? { namespaces: flags.namespace } : {};
  const context = flags.context ? { context: flags.context } : {};
  if (flags.kubeconfig) {
    const kubeconfigPath = resolve(io.cwd, flags.kubeconfig);
    if (!existsSync(kubeconfigPath)) throw createError('ERR_FILE_NOT_FOUND', { file: flags.kubeconfig });
    return { kubeconfigPath, ...context, ...namespaces };
  }
  const kubeconfigPath = defaultKubeconfig(io);
  if (kubeconfigPath) return { kubeconfigPath, ...context, ...namespaces };
  if (io.env.KUBERNETES_SERVICE_HOST) return { inCluster: true, ...namespaces };
  if (flags.context)
    throw createError('ERR_FILE_NOT_FOUND', { file: join(io.env.HOME ?? homedir(), '.kube', 'config') });
  return undefined;
}

/** Without a topology, a draft from the cluster (the same discovery as `culprit topology discover`). */
export async function draftTopology(
  cluster: ClusterTarget,
  flags: InvestigateFlags,
  io: CliIo,
  progress: Progress,
): Promise<GraphView> {
  const mod = await loadDiscoveryModule();
  const scope = { ...(cluster.namespaces ? { namespace: cluster.namespaces } : {}) };
  const components = await discover(
    mod,
    {
      ...(cluster.kubeconfigPath ? { kubeconfig: cluster.kubeconfigPath } : {}),
      ...(cluster.context ? { context: cluster.context } : {}),
      ...scope,
    },
    io,
  );
  if (components.length === 0) {
    throw createError('ERR_TOPOLOGY_DISCOVERY_FAILED', {
      reason: `no Deployment or StatefulSet found in ${scopeText(mod, scope)}`,
    });
  }
  const doc = {
    metadata: { name: 'discovered', description: `Drafted from Kubernetes (${scopeText(mod, scope)})` },
    components: withShortAliases(components),
  };
  const graph = createKnowledgeGraph({ apiVersion: 'culprit/v1', kind: 'Topology', ...doc });
  if (flags.saveTopology) {
    const out = resolve(io.cwd, flags.saveTopology);
    writeFileSync(out, mod.renderTopologyYaml(doc));
    io.stderr(
      `culprit: no --topology; drafted ${components.length} components from the cluster, saved to ${out}\n`,
    );
  } else if (!flags.quiet) {
    // Always said, TTY or not: the answer rests on a draft the user has not reviewed.
    io.stderr(
      `culprit: no --topology; drafted ${components.length} components from the cluster ` +
        '(keep it with --save-topology <file>, review it, then pass --topology)\n',
    );
  }
  progress.step(`topology drafted: ${components.length} components`);
  return graph;
}

/**
 * People say "checkout" for the workload `checkoutservice` or `checkout-svc`: a drafted component
 * gets its name without such a suffix as an alias, unless that names another component.
 */
function withShortAliases<C extends ComponentDefinition>(components: readonly C[]): C[] {
  const short = (id: string) => /^(.{3,}?)[-_]?(service|svc|server|api|app|deployment)$/.exec(id)?.[1];
  const taken = new Set(components.flatMap((c) => [c.id, ...(c.aliases ?? [])]));
  const counts = new Map<string, number>();
  for (const c of components) {
    const s = short(c.id);
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return components.map((c) => {
    const s = short(c.id);
    if (!s || taken.has(s) || counts.get(s) !== 1) return c;
    return { ...c, aliases: [...(c.aliases ?? []), s] };
  });
}

interface Progress {
  event: (e: InvestigationEvent) => void;
  step: (text: string) => void;
}

/** Steps and collectors as they finish, on stderr; quiet when stderr is not a terminal or --quiet. */
function createProgress(io: CliIo, flags: InvestigateFlags): Progress {
  const on = flags.progress === true || (flags.quiet !== true && io.stderrIsTTY === true);
  const start = Date.now();
  const line = (text: string) => {
    if (on) io.stderr(`[${((Date.now() - start) / 1000).toFixed(1)}s] ${text}\n`);
  };
  return {
    step: line,
    event(e) {
      switch (e.type) {
        case 'investigation.started':
          return line('investigation started');
        case 'scope.resolved': {
          const d = e.data as { named: string[]; nodes: string[]; widened?: string[] };
          if (d.widened)
            return line(
              `inconclusive: looking again with ${d.widened.length} more components (${d.widened.slice(0, 5).join(', ')}${d.widened.length > 5 ? ', …' : ''})`,
            );
          return line(`scope: ${d.named.join(', ') || '(nothing named)'}; ${d.nodes.length} components`);
        }
        case 'collector.started': {
          const d = e.data as { collector: string; nodes: string[] };
          return line(`${d.collector}: collecting on ${d.nodes.length} components`);
        }
        case 'collector.finished': {
          const d = e.data as { collector: string; evidence: number; durationMs: number };
          return line(`${d.collector}: ${d.evidence} evidence in ${d.durationMs} ms`);
        }
        case 'collector.failed': {
          const d = e.data as { collector: string; status: string; reason: string };
          return line(`${d.collector}: ${d.status} (${d.reason})`);
        }
        case 'report.ready':
          return line('report ready');
        default:
          return undefined;
      }
    },
  };
}

export interface ReplayFlags {
  rules?: string[];
  topology?: string[];
  format: 'text' | 'json';
}

export async function runReplay(tapeFile: string, flags: ReplayFlags, io: CliIo): Promise<number> {
  const config = await readCulpritConfig(findConfigFile(io));
  const tape = await readTape(resolve(io.cwd, tapeFile));
  const topology = flags.topology ?? (config.topology.length ? config.topology : undefined);
  const graph = await loadTopology(
    (topology ?? [packagePath('knowledge-graph')]).map((p) => resolve(io.cwd, p)),
  );
  const rules = flags.rules ?? config.rules ?? [packagePath('rules')];
  const packs = await loadRulePacks(rules.map((p) => resolve(io.cwd, p)));
  const { report } = await replayTape(tape, {
    graph,
    evaluator: createRuleEvaluator(packs),
    rulePacks: packs.map((p) => ({ name: p.name, version: p.version })),
    clock: () => new Date(tape.recordedAt ?? tape.incident.createdAt),
  });
  const changes = compareRankings(tape.report, report);
  if (flags.format === 'json') {
    io.stdout(`${JSON.stringify({ report, changes }, null, 2)}\n`);
    return 0;
  }
  io.stdout(formatReportText(report));
  io.stdout('\nRanking changes against the recorded report:\n');
  if (!tape.report) io.stdout('  (the tape has no recorded report: every hypothesis is new)\n');
  for (const c of changes) {
    const was = c.before ? `#${c.before.rank} ${c.before.confidence.toFixed(2)}` : '—';
    const now = c.after ? `#${c.after.rank} ${c.after.confidence.toFixed(2)}` : '—';
    io.stdout(`  ${c.change.padEnd(7)} ${c.node} — ${c.cause}: ${was} → ${now}\n`);
  }
  return 0;
}
