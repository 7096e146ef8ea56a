// `culprit serve`: the REST service on the embedded SQLite store (or PostgreSQL for many replicas).
// Config from --config (YAML, schema-checked), flags and CULPRIT_API_KEYS / CULPRIT_STORE_URL;
// SIGTERM stops accepting and releases in-flight work.
import { join, resolve } from 'node:path';
import { createError } from '../errors/index.js';
import { packagePath } from '../schema/index.js';
import { parseApiKeys, type ApiKey } from '../server/api-keys.js';
import type { CulpritServer, ServerOptions, SlackEntryOptions, WebhookOptions } from '../server/index.js';
import type { OpenStoreOptions, RetentionOptions } from '../store/index.js';
import { withBuiltinPaths } from './builtin-plugin.js';
import { findConfigFile, readCulpritConfig } from './config-file.js';
import type { CliIo } from './io.js';
import { isStoreUrl, startServiceRuntime, untilStopped } from './service-runtime.js';

export interface ServeFlags {
  config?: string;
  data?: string;
  /** postgres://… or a SQLite file (default: culprit.db in the data directory). */
  store?: string;
  host?: string;
  port?: string;
  topology?: string[];
  rules?: string[];
  plugin?: string[];
  apiKey?: string[];
  workers?: string;
  leaseMs?: string;
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

export interface ServeConfig {
  topology: string[];
  rules?: string[];
  data: string;
  /** Resolved: --store, else $CULPRIT_STORE_URL, else `store:`, else <data>/culprit.db. */
  store: string;
  /** Absent: retention is off and nothing is deleted. */
  retention?: RetentionOptions;
  storeOptions?: OpenStoreOptions['postgres'];
  host: string;
  port: number;
  workers: number;
  leaseMs: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  plugins: {
    module: string;
    config?: Record<string, unknown>;
    isolation?: 'worker' | 'in-process';
    resourceLimits?: Record<string, number>;
  }[];
  apiKeys: ApiKey[];
  webhooks: WebhookOptions;
  slack?: SlackEntryOptions;
  /** HTTP limits; every field has its default in the schema. */
  server: Required<Pick<ServerOptions, 'maxInFlight' | 'maxSubscribers' | 'maxConnections' | 'publicOps'>> &
    Required<Pick<ServerOptions, 'timeouts' | 'pressure'>>;
}

export async function loadServeConfig(flags: ServeFlags, io: CliIo): Promise<ServeConfig> {
  const config = await readCulpritConfig<ServeConfig>(findConfigFile(io, flags.config));
  const int = (v: string | undefined, name: string) => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0)
      throw createError('ERR_INVALID_ARGUMENT', { name, reason: 'must be a non-negative integer' });
    return n;
  };
  const envKeys = io.env.CULPRIT_API_KEYS ? [io.env.CULPRIT_API_KEYS] : [];
  let parsedKeys: ApiKey[];
  try {
    parsedKeys = parseApiKeys([...(flags.apiKey ?? []), ...envKeys]);
  } catch (err) {
    throw createError('ERR_INVALID_ARGUMENT', {
      name: '--api-key',
      reason: err instanceof Error ? err.message : String(err),
    });
  }
  return {
    ...config,
    topology: (
      flags.topology ?? (config.topology.length ? config.topology : [packagePath('knowledge-graph')])
    ).map((p) => resolve(io.cwd, p)),
    ...(flags.rules || config.rules
      ? { rules: (flags.rules ?? config.rules)!.map((p) => resolve(io.cwd, p)) }
      : {}),
    data: resolve(io.cwd, flags.data ?? config.data),
    store:
      storeSpec(io.cwd, flags.store ?? io.env.CULPRIT_STORE_URL ?? config.store) ??
      join(resolve(io.cwd, flags.data ?? config.data), 'culprit.db'),
    host: flags.host ?? config.host,
    port: int(flags.port, '--port') ?? config.port,
    workers: int(flags.workers, '--workers') ?? config.workers,
    leaseMs: int(flags.leaseMs, '--lease-ms') ?? config.leaseMs,
    logLevel: flags.logLevel ?? config.logLevel,
    plugins: withBuiltinPaths([...config.plugins, ...(flags.plugin ?? []).map((module) => ({ module }))]),
    apiKeys: [
      ...config.apiKeys.map((k) => ({ ...k, scopes: k.scopes ?? ['incidents:read', 'incidents:write'] })),
      ...parsedKeys,
    ] as ApiKey[],
    webhooks: webhooksWithEnv(config.webhooks ?? {}, io.env),
    ...(io.env.CULPRIT_SLACK_SIGNING_SECRET
      ? { slack: { ...(config.slack ?? {}), signingSecret: io.env.CULPRIT_SLACK_SIGNING_SECRET } }
      : config.slack
        ? { slack: config.slack }
        : {}),
  };
}

/** A URL (scheme://…) is kept as given; a file path is taken relative to the working directory. */
function storeSpec(cwd: string, spec: string | undefined): string | undefined {
  if (!spec) return undefined;
  return isStoreUrl(spec) ? spec : resolve(cwd, spec);
}

/** Secrets from the environment override the file: CULPRIT_WEBHOOK_SECRET_<SOURCE>. */
function webhooksWithEnv(file: WebhookOptions, env: CliIo['env']): WebhookOptions {
  const out: WebhookOptions = { ...file };
  for (const source of ['alertmanager', 'datadog', 'pagerduty'] as const) {
    const secret = env[`CULPRIT_WEBHOOK_SECRET_${source.toUpperCase()}`];
    if (secret) out[source] = { ...(file[source] ?? {}), secret };
  }
  return out;
}

export async function runServe(flags: ServeFlags, io: CliIo): Promise<number> {
  const config = await loadServeConfig(flags, io);
  const runtime = await startServiceRuntime(config, io, 'culprit serve');
  const { engine, store, logger } = runtime;
  let server: CulpritServer;
  try {
    const { createServer } = await import('../server/index.js');
    server = await createServer({
      engine,
      store,
      ...(config.rules ? { rules: config.rules } : {}),
      apiKeys: config.apiKeys,
      workers: config.workers,
      leaseMs: config.leaseMs,
      logLevel: config.logLevel,
      webhooks: config.webhooks,
      ...(config.slack ? { slack: config.slack } : {}),
      ...config.server,
    });
  } catch (err) {
    await runtime.close();
    throw err;
  }
  let address: string;
  try {
    address = await server.app.listen({ host: config.host, port: config.port });
  } catch (err) {
    // Whatever was started must stop, or the process lingers on its timers instead of exiting.
    await server.close({ timeoutMs: 1_000 });
    await runtime.close();
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw createError('ERR_CLI_PORT_IN_USE', { host: config.host, port: config.port }, { cause: err });
    }
    throw err;
  }
  if (config.apiKeys.length === 0)
    logger.warn('no API keys configured: the API accepts unauthenticated requests');
  if (config.workers === 0)
    logger.info('API only (--workers 0): `culprit worker` processes run the investigations');
  runtime.startRetention();
  io.stdout(`culprit listening on ${address}\n`);
  return untilStopped(logger, async () => {
    await server.close({ timeoutMs: 10_000 });
    await runtime.close();
  });
}
