// `culprit agent`: the outbound-only cluster agent. Loads the built-in Kubernetes plugin (read-only,
// its own kubeconfig or in-cluster ServiceAccount), then long-polls the service for its cluster's
// collection requests until SIGTERM. Opens no listening socket.
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { runAgent } from '../agent/index.js';
import { createLogger, ENGINE_VERSION } from '../engine/index.js';
import { createError } from '../errors/index.js';
import { createPluginHost } from '../plugins/index.js';
import { createKnowledgeGraph } from '../topology/index.js';
import { builtinPluginPath } from './builtin-plugin.js';
import type { CliIo } from './io.js';

export interface AgentFlags {
  server: string;
  cluster: string;
  tokenFile: string;
  kubeconfig?: string;
  context?: string;
  inCluster?: boolean;
  concurrency?: string;
  name?: string;
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

export async function runAgentCommand(flags: AgentFlags, io: CliIo): Promise<number> {
  const tokenPath = resolve(io.cwd, flags.tokenFile);
  let token: string;
  try {
    token = readFileSync(tokenPath, 'utf8').trim();
  } catch (err) {
    throw createError('ERR_CLI_AGENT_TOKEN_FILE', { path: tokenPath }, { cause: err });
  }
  if (!token) throw createError('ERR_CLI_AGENT_TOKEN_FILE', { path: tokenPath });
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(flags.cluster))
    throw createError('ERR_INVALID_ARGUMENT', { name: '--cluster', reason: 'must be a DNS label like east' });
  if (!/^https?:\/\//.test(flags.server))
    throw createError('ERR_INVALID_ARGUMENT', { name: '--server', reason: 'must be an http(s) URL' });
  const concurrency = flags.concurrency === undefined ? 2 : Number(flags.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16)
    throw createError('ERR_INVALID_ARGUMENT', { name: '--concurrency', reason: 'must be an integer 1..16' });

  const logger = createLogger({ level: flags.logLevel ?? 'info', secrets: [token] }).child({
    cluster: flags.cluster,
  });
  // The plugin host needs a graph for setup only (a placeholder); each request brings its own slice
  // of the topology.
  const host = createPluginHost({
    engineVersion: ENGINE_VERSION,
    graph: createKnowledgeGraph({
      apiVersion: 'culprit/v1',
      kind: 'Topology',
      components: [{ id: 'culprit-agent', kind: 'service' }],
    }),
    logger,
  });
  const abort = new AbortController();
  const onSignal = () => abort.abort();
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  try {
    await host.load({
      module: builtinPluginPath('kubernetes'),
      config: {
        ...(flags.kubeconfig ? { kubeconfigPath: resolve(io.cwd, flags.kubeconfig) } : {}),
        ...(flags.context ? { context: flags.context } : {}),
        ...(flags.inCluster ? { inCluster: true } : {}),
      },
    });
    io.stdout(`culprit agent for cluster ${flags.cluster} polling ${flags.server}\n`);
    await runAgent({
      server: flags.server,
      cluster: flags.cluster,
      token,
      name: flags.name ?? hostname(),
      collectors: host.collectors(),
      secrets: host.secrets(),
      concurrency,
      logger,
      signal: abort.signal,
    });
    return 0;
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    await host.close();
  }
}
