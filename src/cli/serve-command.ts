// `culprit serve`: the REST service on the embedded SQLite store (or PostgreSQL for many replicas).
// Config from --config (YAML, schema-checked), flags and CULPRIT_API_KEYS / CULPRIT_STORE_URL;
// SIGTERM stops accepting and releases in-flight work.
import { join, resolve } from 'node:path';
import { createEngine, createLogger } from '../engine/index.js';
import { createError } from '../errors/index.js';
import { packagePath } from '../schema/index.js';
import {
  createServer,
  parseApiKeys,
  type ApiKey,
  type ServerOptions,
  type SlackEntryOptions,
  type WebhookOptions,
} from '../server/index.js';
import {
  isPostgresUrl,
  openIncidentStore,
  type IncidentStore,
  type OpenStoreOptions,
} from '../store/index.js';
import { builtinPluginPath, withBuiltinPaths } from './builtin-plugin.js';
import { findConfigFile, readCulpritConfig } from './config-file.js';
import { llmFromEnv, type CliIo } from './io.js';

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

interface ServeConfig {
  topology: string[];
  rules?: string[];
  data: string;
  /** Resolved: --store, else CULPRIT_STORE_URL, else `store:` in culprit.yaml, else <data>/culprit.db. */
  store: string;
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
    store: storeOf(
      flags.store ?? io.env.CULPRIT_STORE_URL ?? config.store,
      resolve(io.cwd, flags.data ?? config.data),
      io.cwd,
    ),
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

/** A postgres:// URL as given; a SQLite path resolved against the working directory. */
function storeOf(spec: string | undefined, data: string, cwd: string): string {
  if (!spec) return join(data, 'culprit.db');
  return isPostgresUrl(spec) ? spec : resolve(cwd, spec);
}

/** The store URL's password, which must never reach a log line. */
function storeSecret(store: string): string[] {
  if (!isPostgresUrl(store)) return [];
  try {
    const password = decodeURIComponent(new URL(store).password);
    return password ? [password] : [];
  } catch {
    return [];
  }
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
  // The Slack plugin only delivers: a service with nothing else would answer every incident inconclusive.
  if (!config.plugins.some((p) => p.module !== builtinPluginPath('slack'))) {
    throw createError('ERR_CLI_NO_EVIDENCE_SOURCE', { command: 'culprit serve' });
  }
  const secrets = [
    ...config.apiKeys.map((k) => k.key),
    ...Object.values(config.webhooks).map((w) => w.secret),
    ...(config.slack ? [config.slack.signingSecret] : []),
    ...storeSecret(config.store),
  ];
  const logger = createLogger({ level: config.logLevel, secrets });
  const engine = await createEngine({
    topology: config.topology,
    ...(config.rules ? { rules: config.rules } : {}),
    plugins: config.plugins,
    cwd: io.cwd,
    ...llmFromEnv(io.env),
    logger,
  });
  // A store or server that cannot start must not leave the plugins (worker threads, agents) running:
  // the process would linger instead of exiting with the coded error.
  let store: IncidentStore;
  try {
    store = await openIncidentStore({
      store: config.store,
      ...(config.storeOptions ? { postgres: config.storeOptions } : {}),
    });
  } catch (err) {
    await engine.close();
    throw err;
  }
  let server: Awaited<ReturnType<typeof createServer>>;
  try {
    server = await createServer({
      engine,
      store,
      apiKeys: config.apiKeys,
      workers: config.workers,
      leaseMs: config.leaseMs,
      logLevel: config.logLevel,
      webhooks: config.webhooks,
      ...(config.slack ? { slack: config.slack } : {}),
      ...config.server,
    });
  } catch (err) {
    await engine.close();
    await store.close();
    throw err;
  }
  let address: string;
  try {
    address = await server.app.listen({ host: config.host, port: config.port });
  } catch (err) {
    // Whatever was started must stop, or the process lingers on its timers instead of exiting.
    await server.close({ timeoutMs: 1_000 });
    await engine.close();
    await store.close();
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw createError('ERR_CLI_PORT_IN_USE', { host: config.host, port: config.port }, { cause: err });
    }
    throw err;
  }
  if (config.apiKeys.length === 0)
    logger.warn('no API keys configured: the API accepts unauthenticated requests');
  io.stdout(`culprit listening on ${address}\n`);
  return new Promise<number>((resolveExit) => {
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info('shutting down', { signal });
      const timer = setTimeout(() => resolveExit(1), 20_000);
      try {
        await server.close({ timeoutMs: 10_000 });
        await engine.close();
        await store.close();
      } finally {
        clearTimeout(timer);
        resolveExit(0);
      }
    };
    process.once('SIGTERM', () => void stop('SIGTERM'));
    process.once('SIGINT', () => void stop('SIGINT'));
  });
}
