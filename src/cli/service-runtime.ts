// What the long-running commands (`culprit serve`, `culprit worker`) share: the logger with the
// secrets redacted, the engine and its plugins, the store, retention, and the SIGTERM/SIGINT wait.
// Whatever started is closed again when a later step fails: the process must exit, not linger.
import { createEngine, createLogger, type Engine } from '../engine/index.js';
import { createError } from '../errors/index.js';
import type { Logger } from '../sdk/index.js';
import {
  createRetentionScheduler,
  isPostgresUrl,
  openIncidentStore,
  type IncidentStore,
  type RetentionScheduler,
} from '../store/index.js';
import { builtinPluginPath } from './builtin-plugin.js';
import { llmFromEnv, type CliIo } from './io.js';
import type { ServeConfig } from './serve-command.js';

export interface ServiceRuntime {
  engine: Engine;
  store: IncidentStore;
  logger: Logger;
  /** Starts the retention timer when `retention:` is configured (call once the process is up). */
  startRetention(): void;
  /** Stops retention, then closes the engine (plugins) and the store. */
  close(): Promise<void>;
}

/** Whether a store value is a URL (scheme://…) rather than a SQLite file path. */
export const isStoreUrl = (spec: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(spec);

/** Opens the store a `--store` / `store:` / CULPRIT_STORE_URL value names (postgres:// or a SQLite file). */
export async function openStore(config: Pick<ServeConfig, 'store' | 'storeOptions'>): Promise<IncidentStore> {
  if (isStoreUrl(config.store) && !isPostgresUrl(config.store)) {
    throw createError('ERR_INVALID_ARGUMENT', {
      name: '--store',
      reason: `${config.store.split(':')[0]}:// stores are not supported; give a postgres:// URL or a SQLite file path`,
    });
  }
  return openIncidentStore({
    store: config.store,
    ...(config.storeOptions ? { postgres: config.storeOptions } : {}),
  });
}

/** The store URL's password, which must never reach a log line. */
export function storeSecret(store: string): string[] {
  if (!isPostgresUrl(store)) return [];
  try {
    const password = decodeURIComponent(new URL(store).password);
    return password ? [password] : [];
  } catch {
    return [];
  }
}

export async function startServiceRuntime(
  config: ServeConfig,
  io: CliIo,
  command: string,
): Promise<ServiceRuntime> {
  // The Slack plugin only delivers: a service with nothing else would answer every incident inconclusive.
  if (!config.plugins.some((p) => p.module !== builtinPluginPath('slack'))) {
    throw createError('ERR_CLI_NO_EVIDENCE_SOURCE', { command });
  }
  const secrets = [
    ...config.apiKeys.map((k) => k.key),
    ...Object.values(config.webhooks).map((w) => w.secret),
    ...(config.slack ? [config.slack.signingSecret] : []),
    ...storeSecret(config.store),
  ];
  const logger = createLogger({ level: config.logLevel, secrets });
  // The store first: clusters read `via: agent` are collected through its agent queue.
  const store = await openStore(config);
  let engine: Engine;
  try {
    engine = await createEngine({
      topology: config.topology,
      ...(config.rules ? { rules: config.rules } : {}),
      plugins: [...config.plugins, ...(await agentCollectorPlugins(config.plugins, store))],
      cwd: io.cwd,
      ...llmFromEnv(io.env),
      logger,
    });
  } catch (err) {
    // A store or engine that cannot start must not leave the other running: the process would
    // linger instead of exiting with the coded error.
    await store.close();
    throw err;
  }
  let retention: RetentionScheduler | undefined;
  return {
    engine,
    store,
    logger,
    startRetention() {
      if (!config.retention || retention) return;
      retention = createRetentionScheduler(store, config.retention, {
        logger: logger.child({ task: 'retention' }),
      });
      retention.start();
    },
    async close() {
      await retention?.stop();
      await engine.close();
      await store.close();
    },
  };
}

/**
 * Resolves with the exit code once SIGTERM or SIGINT has run `stop`: 0, or 1 when stopping took
 * longer than `deadlineMs` (the process then exits without waiting further).
 */
export function untilStopped(
  logger: Logger,
  stop: () => Promise<void>,
  deadlineMs = 20_000,
): Promise<number> {
  return new Promise<number>((resolveExit) => {
    let stopping = false;
    const onSignal = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info('shutting down', { signal });
      const timer = setTimeout(() => resolveExit(1), deadlineMs);
      try {
        await stop();
      } finally {
        clearTimeout(timer);
        resolveExit(0);
      }
    };
    process.once('SIGTERM', () => void onSignal('SIGTERM'));
    process.once('SIGINT', () => void onSignal('SIGINT'));
  });
}

/** The engine's collector for clusters the kubernetes plugin config reads `via: agent` (none: no plugin). */
async function agentCollectorPlugins(plugins: ServeConfig['plugins'], store: IncidentStore) {
  const kubernetes = plugins.find((p) => p.module === builtinPluginPath('kubernetes'));
  if (!kubernetes?.config || !store.agents) return [];
  const { agentClusters, createAgentCollectorPlugin } = await import('../agent/index.js');
  const clusters = agentClusters(kubernetes.config);
  if (Object.keys(clusters).length === 0) return [];
  return [{ plugin: createAgentCollectorPlugin(store.agents, clusters) as never }];
}
