// `culprit topology discover` drafts a topology from a Kubernetes cluster (workloads, Service
// addresses, dependencies named in container env/args); `culprit topology drift` compares a declared
// topology with the cluster. The Kubernetes plugin is loaded as a module, never imported by the core.
import { existsSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { createError, isCulpritError } from '../errors/index.js';
import { packagePath } from '../schema/package-root.js';
import type { ComponentDefinition, DriftReport, TopologyComponentLike } from '../topology/index.js';
import { defaultKubeconfig, type CliIo } from './io.js';
import { loadBuiltinPluginModule } from './builtin-plugin.js';

/** What the built-in Kubernetes plugin module exports for discovery (plugins/kubernetes/discover.ts). */
export interface DiscoveryModule {
  discoverTopology(options: {
    kubeconfigPath?: string;
    context?: string;
    namespaces?: string[];
    requestTimeoutMs?: number;
  }): Promise<{ components: ComponentDefinition[] }>;
  renderTopologyYaml(doc: {
    components: readonly ComponentDefinition[];
    metadata?: { name?: string; description?: string };
  }): string;
  DEFAULT_EXCLUDED_NAMESPACES?: readonly string[];
}

export interface ClusterFlags {
  kubeconfig?: string;
  context?: string;
  namespace?: string[];
}

export interface DiscoverFlags extends ClusterFlags {
  out?: string;
}

export interface DriftFlags extends ClusterFlags {
  topology?: string[];
  format: 'text' | 'json';
}

/** Workload kinds discovery lists; declared workloads of other kinds are not compared. */
const DISCOVERED_KINDS = ['Deployment', 'StatefulSet'];

export function registerTopologyCommands(program: Command, io: CliIo, setExit: (n: number) => void): void {
  const topology = program
    .command('topology')
    .description('draft a topology from a Kubernetes cluster, or compare one with it');
  const clusterOptions = (cmd: Command) =>
    cmd
      .option('--kubeconfig <path>', 'kubeconfig file (default: $KUBECONFIG or ~/.kube/config)')
      .option('--context <name>', 'kubeconfig context (default: the current context)')
      .option(
        '--namespace <ns...>',
        'only these namespaces (default: all but kube-system, kube-public, kube-node-lease)',
      );

  clusterOptions(
    topology
      .command('discover')
      .description(
        'print a starter topology: one component per Deployment/StatefulSet, its Service addresses, ' +
          'and dependsOn edges from addresses in container env values and args',
      ),
  )
    .option('--out <file>', 'write the YAML to this file instead of stdout')
    .action(async (flags: DiscoverFlags) => setExit(await runTopologyDiscover(flags, io)));

  clusterOptions(
    topology
      .command('drift')
      .description(
        'compare a topology with the cluster: exit 0 when they agree, 1 when they drift, 2 on error',
      ),
  )
    .option(
      '--topology <paths...>',
      "topology files or directories (default: culprit.yaml's topology, else the bundled example)",
    )
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (flags: DriftFlags) => setExit(await runTopologyDrift(flags, io)));
}

/** culprit.yaml's cluster fills the cluster flags left out (imported when run: --help stays light). */
async function withConfig<F extends ClusterFlags>(flags: F, io: CliIo) {
  const { loadCulpritConfig, withConfiguredCluster } = await import('./config-file.js');
  const config = await loadCulpritConfig(io);
  return { flags: withConfiguredCluster(flags, config, io), config };
}

export async function runTopologyDiscover(given: DiscoverFlags, io: CliIo): Promise<number> {
  const { flags } = await withConfig(given, io);
  const mod = await loadDiscoveryModule();
  const components = await discover(mod, flags, io);
  if (components.length === 0) {
    throw createError('ERR_TOPOLOGY_DISCOVERY_FAILED', {
      reason: `no Deployment or StatefulSet found in ${scopeText(mod, flags)}`,
    });
  }
  const doc = {
    metadata: {
      name: 'discovered',
      description: `Discovered from Kubernetes (${scopeText(mod, flags)}); review before use`,
    },
    components,
  };
  // What discovery drafts must load as it is; a failure here is a bug and is reported as one.
  const { createKnowledgeGraph } = await import('../topology/index.js');
  createKnowledgeGraph({ apiVersion: 'culprit/v1', kind: 'Topology', ...doc });
  const yaml = mod.renderTopologyYaml(doc);
  if (!flags.out) {
    io.stdout(yaml);
    return 0;
  }
  const out = resolve(io.cwd, flags.out);
  try {
    writeFileSync(out, yaml);
  } catch (err) {
    throw createError(
      'ERR_INVALID_ARGUMENT',
      {
        name: '--out',
        reason: `cannot write ${flags.out} (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
      },
      { cause: err },
    );
  }
  const edges = components.reduce((n, c) => n + (c.dependsOn?.length ?? 0), 0);
  io.stderr(
    `wrote ${components.length} component(s) and ${edges} dependency edge(s) to ${relativeTo(io.cwd, out)}; ` +
      'fill in teams and aliases, then run culprit validate on it\n',
  );
  return 0;
}

export async function runTopologyDrift(given: DriftFlags, io: CliIo): Promise<number> {
  const { flags, config } = await withConfig(given, io);
  const { loadTopology, topologyDrift } = await import('../topology/index.js');
  const topologyPaths = flags.topology?.length ? flags.topology : config.topology;
  const paths = topologyPaths.length
    ? topologyPaths.map((p) => resolve(io.cwd, p))
    : [packagePath('knowledge-graph')];
  const declared = (await loadTopology(paths)).toDocument().components;
  const mod = await loadDiscoveryModule();
  const discovered = await discover(mod, flags, io);
  const report = topologyDrift(declared, discovered, {
    ...(flags.namespace?.length
      ? { namespaces: flags.namespace }
      : { excludeNamespaces: mod.DEFAULT_EXCLUDED_NAMESPACES ?? [] }),
    workloadKinds: DISCOVERED_KINDS,
  });
  if (flags.format === 'json') {
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    io.stdout(formatDrift(report, paths.map((p) => relativeTo(io.cwd, p)).join(', '), scopeText(mod, flags)));
  }
  return report.drift ? 1 : 0;
}

/** The drift report for people: one section per kind of difference, nothing when there is none. */
export function formatDrift(report: DriftReport, topology: string, scope: string): string {
  const lines = [`Topology drift: ${topology} vs the cluster (${scope})`, ''];
  const where = (c: DriftReport['missingInCluster'][number]) =>
    c.workload ? `${c.workload.kind} ${c.namespace}/${c.workload.name}` : (c.namespace ?? '');
  const width = Math.max(8, ...[...report.missingInCluster, ...report.notInTopology].map((c) => c.id.length));
  const section = (title: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push(`${title} (${items.length}):`, ...items.map((i) => `  ${i}`), '');
  };
  section(
    'Missing in cluster — declared with a workload the cluster does not run',
    report.missingInCluster.map((c) => `${c.id.padEnd(width)}  ${where(c)}`),
  );
  section(
    'Not in topology — running workloads no component maps',
    report.notInTopology.map((c) => `${c.id.padEnd(width)}  ${where(c)}`),
  );
  section(
    'Edges only in topology — declared, not seen in container env/args',
    report.edgesOnlyInTopology.map((e) => `${e.from} -> ${e.to}`),
  );
  section(
    'Edges only in cluster — seen in container env/args, not declared',
    report.edgesOnlyInCluster.map((e) => `${e.from} -> ${e.to}`),
  );
  const differences =
    report.missingInCluster.length +
    report.notInTopology.length +
    report.edgesOnlyInTopology.length +
    report.edgesOnlyInCluster.length;
  lines.push(
    report.drift
      ? `Drift: ${differences} difference(s); ${report.matched.length} component(s) matched.`
      : `No drift: ${report.matched.length} component(s) and the edges between them match the cluster.`,
  );
  return `${lines.join('\n')}\n`;
}

export async function discover(
  mod: DiscoveryModule,
  flags: ClusterFlags,
  io: CliIo,
): Promise<(ComponentDefinition & TopologyComponentLike)[]> {
  // As kubectl finds it, from this command's environment (not only the process's).
  let kubeconfigPath = defaultKubeconfig(io);
  if (flags.kubeconfig) {
    kubeconfigPath = resolve(io.cwd, flags.kubeconfig);
    if (!existsSync(kubeconfigPath)) throw createError('ERR_FILE_NOT_FOUND', { file: flags.kubeconfig });
  }
  try {
    const { components } = await mod.discoverTopology({
      ...(kubeconfigPath ? { kubeconfigPath } : {}),
      ...(flags.context ? { context: flags.context } : {}),
      ...(flags.namespace?.length ? { namespaces: flags.namespace } : {}),
    });
    return components;
  } catch (err) {
    if (isCulpritError(err) && err.code === 'ERR_TOPOLOGY_DISCOVERY_FAILED') throw err;
    const message = err instanceof Error ? err.message : String(err);
    const reason =
      flags.context && /no active cluster/i.test(message)
        ? `context "${flags.context}" is not in the kubeconfig, or names no cluster`
        : message;
    throw createError('ERR_TOPOLOGY_DISCOVERY_FAILED', { reason }, { cause: err });
  }
}

export function loadDiscoveryModule(): Promise<DiscoveryModule> {
  return loadBuiltinPluginModule<DiscoveryModule>('kubernetes', ['discoverTopology', 'renderTopologyYaml']);
}

export function scopeText(mod: DiscoveryModule, flags: ClusterFlags): string {
  if (flags.namespace?.length) return `namespace ${flags.namespace.join(', ')}`;
  const skipped = mod.DEFAULT_EXCLUDED_NAMESPACES ?? [];
  return skipped.length ? `all namespaces but ${skipped.join(', ')}` : 'all namespaces';
}

function relativeTo(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}
