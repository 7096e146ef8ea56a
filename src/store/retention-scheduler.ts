// Retention: every `intervalMinutes` prunes incidents finished more than `days` ago, through the
// store's batched prune. Any number of processes may run it on one store; it never touches live work.
import { silentLogger, type Logger } from '../sdk/index.js';
import type { IncidentStore } from './incident-store.js';

export interface RetentionOptions {
  /** Finished incidents are kept this many days (fractions allowed). */
  days: number;
  /** Minutes between runs. */
  intervalMinutes: number;
  /** Incidents deleted per transaction. */
  batchSize: number;
}

export interface RetentionScheduler {
  start(): void;
  /** One pass now; resolves to the number of incidents deleted. */
  runOnce(): Promise<number>;
  /** Stops the timer and waits for a pass in progress. */
  stop(): Promise<void>;
}

const DAY_MS = 86_400_000;

export function createRetentionScheduler(
  store: IncidentStore,
  retention: RetentionOptions,
  options: { logger?: Logger; clock?: () => Date } = {},
): RetentionScheduler {
  const logger = options.logger ?? silentLogger;
  const clock = options.clock ?? (() => new Date());
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = true;

  const runOnce = () => {
    running ??= store
      .prune({
        finishedBefore: new Date(clock().getTime() - retention.days * DAY_MS),
        batchSize: retention.batchSize,
      })
      .then(
        (deleted) => {
          if (deleted > 0)
            logger.info('retention pruned finished incidents', { deleted, days: retention.days });
          return deleted;
        },
        (err: unknown) => {
          // A busy or failing store is tried again at the next interval; nothing is lost by waiting.
          logger.warn('retention pass failed', { reason: err instanceof Error ? err.message : String(err) });
          return 0;
        },
      )
      .finally(() => {
        running = undefined;
      });
    return running;
  };

  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => void runOnce().then(() => schedule(retention.intervalMinutes * 60_000)), ms);
    // Retention alone never keeps a process alive.
    timer.unref();
  };

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      // Replicas started together spread their first pass over the first minute.
      schedule(Math.floor(Math.random() * Math.min(60_000, retention.intervalMinutes * 60_000)));
    },
    runOnce,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
