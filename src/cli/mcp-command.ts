// `culprit mcp`: the MCP server on stdio for an AI assistant, over the same engine as `culprit
// investigate` (same topology, rules, plugin and cluster flags) and an incident store with its queue
// worker. stdout is the protocol: logs and messages go to stderr only.
import { join, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { createEngine, createLogger } from '../engine/index.js';
import { createError } from '../errors/index.js';
import { serveMcpStdio } from '../mcp/index.js';
import { packagePath } from '../schema/index.js';
import type { GraphView } from '../sdk/index.js';
import { createQueueWorker, createSqliteStore } from '../store/index.js';
import { withBuiltinPaths } from './builtin-plugin.js';
import { findConfigFile, readCulpritConfig } from './config-file.js';
import { draftTopology, evidenceSources, type InvestigateFlags } from './investigate-command.js';
import { llmFromEnv, type CliIo } from './io.js';

export interface McpFlags
  extends Pick<InvestigateFlags, 'topology' | 'rules' | 'config' | 'kubeconfig' | 'context' | 'namespace'> {
  plugin?: string[];
  data?: string;
  investigateWait?: string;
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

const NO_PROGRESS = { event: () => undefined, step: () => undefined };

export async function runMcp(
  flags: McpFlags,
  io: CliIo,
  streams: { stdin: Readable; stdout: Writable } = { stdin: process.stdin, stdout: process.stdout },
): Promise<number> {
  const config = await readCulpritConfig(findConfigFile(io, flags.config));
  const waitSeconds = flags.investigateWait === undefined ? 120 : Number(flags.investigateWait);
  if (!Number.isFinite(waitSeconds) || waitSeconds < 0 || waitSeconds > 3600)
    throw createError('ERR_INVALID_ARGUMENT', {
      name: '--investigate-wait',
      reason: 'must be 0..3600 seconds',
    });
  const sources = await evidenceSources({ ...flags, format: 'json' }, config.plugins, io);
  const plugins = [
    ...sources.map((s) => s.spec),
    ...withBuiltinPaths((flags.plugin ?? []).map((module) => ({ module }))),
  ];
  if (plugins.length === 0) throw createError('ERR_CLI_NO_EVIDENCE_SOURCE', { command: 'culprit mcp' });
  // As `culprit investigate`: without a topology, a draft from the cluster (said on stderr).
  const topologyPaths = flags.topology ?? (config.topology.length ? config.topology : undefined);
  const cluster = sources.find((s) => s.cluster)?.cluster;
  let topology: string[] | GraphView;
  if (topologyPaths) topology = topologyPaths.map((p) => resolve(io.cwd, p));
  else if (cluster) topology = await draftTopology(cluster, { ...flags, format: 'json' }, io, NO_PROGRESS);
  else topology = [packagePath('knowledge-graph')];
  const rulesFlag = flags.rules ?? config.rules;
  const rules = rulesFlag?.map((p) => resolve(io.cwd, p));
  const logger = createLogger({ level: flags.logLevel ?? 'warn' });
  const engine = await createEngine({
    topology,
    ...(rules ? { rules } : {}),
    plugins,
    cwd: io.cwd,
    ...llmFromEnv(io.env),
    logger,
  });
  // Without --data the incidents live as long as the session: an assistant's working directory is
  // rarely where anyone wants a database file.
  const store = createSqliteStore({
    path: flags.data ? join(resolve(io.cwd, flags.data), 'culprit.db') : ':memory:',
  });
  const worker = createQueueWorker({
    store,
    workerId: `mcp-${process.pid}`,
    logger,
    run: (record, ctx) =>
      engine.investigate(record.incident, {
        signal: ctx.signal,
        onEvent: ctx.onEvent,
        notificationLog: ctx.notificationLog,
      }),
  });
  worker.start();
  try {
    const session = await serveMcpStdio(
      {
        engine,
        store,
        wake: () => worker.wake(),
        ...(rules ? { rules } : {}),
        investigateWaitMs: waitSeconds * 1000,
      },
      streams,
    );
    io.stderr(`culprit mcp: serving ${engine.graph.size} components on stdio\n`);
    const stop = () => void session.close();
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    await session.closed;
    process.off('SIGTERM', stop);
    process.off('SIGINT', stop);
    return 0;
  } finally {
    await worker.stop({ timeoutMs: 2_000 });
    await engine.close();
    await store.close();
  }
}
