// Runs investigations from the durable queue: claims jobs, renews their leases while they run,
// persists every event, and finishes each job exactly once. It gets `run` and never imports the engine.
// A finished investigation whose final write meets a store fault is written again with backoff while
// the lease is held: an accepted incident is never failed because the disk hiccuped.
import { setTimeout as sleep } from 'node:timers/promises';
import type { EvidenceTape } from '../investigate/index.js';
import type { NotificationLog } from '../plugins/index.js';
import { silentLogger, type InvestigationEvent, type Logger, type Report } from '../sdk/index.js';
import { isCulpritError } from '../errors/index.js';
import type { IncidentRecord, IncidentStore, Job } from './incident-store.js';

export interface QueueWorkerOptions {
  store: IncidentStore;
  run: (
    record: IncidentRecord,
    ctx: {
      signal: AbortSignal;
      onEvent: (e: InvestigationEvent) => void;
      /** What notifiers already did for this incident in earlier attempts. */
      notificationLog: NotificationLog;
    },
  ) => Promise<{ report: Report; tape: EvidenceTape }>;
  workerId: string;
  concurrency?: number;
  leaseMs?: number;
  pollMs?: number;
  logger?: Logger;
  /** Live events (after they are stored), e.g. for SSE subscribers. */
  onEvent?: (event: InvestigationEvent) => void;
  /** First and largest pause between attempts at the final write (default 100 ms and 5 s). */
  finishBackoffMs?: { initial: number; max: number };
}

const STORE_FAULTS = new Set([
  'ERR_STORE_UNAVAILABLE',
  'ERR_STORE_BUSY',
  'ERR_STORE_DISK_FULL',
  'ERR_STORE_READ_ONLY',
]);

export interface QueueWorker {
  start(): void;
  /** Wakes the poller now (after a new incident was accepted). */
  wake(): void;
  /** graceful: abort running investigations within `timeoutMs`, release their jobs. */
  stop(options?: { timeoutMs?: number }): Promise<void>;
  readonly running: number;
}

export function createQueueWorker(options: QueueWorkerOptions): QueueWorker {
  const { store } = options;
  const concurrency = options.concurrency ?? 2;
  const leaseMs = options.leaseMs ?? 30_000;
  const pollMs = options.pollMs ?? 250;
  const logger = options.logger ?? silentLogger;
  const active = new Map<string, { controller: AbortController; done: Promise<void> }>();
  let stopped = true;
  let timer: NodeJS.Timeout | undefined;
  let polling = false;
  const backoff = options.finishBackoffMs ?? { initial: 100, max: 5_000 };

  /**
   * The final write (report or failure), retried on store faults until it lands, the lease is lost
   * or the worker stops; in the last two cases the job is left for its next owner.
   */
  const finish = async (job: Job, controller: AbortController, write: () => Promise<void>, log: Logger) => {
    for (let pause = backoff.initial, attempt = 1; ; pause = Math.min(pause * 2, backoff.max), attempt++) {
      try {
        await write();
        return true;
      } catch (err) {
        const code = isCulpritError(err) ? err.code : 'ERR_STORE_UNAVAILABLE';
        if (code === 'ERR_STORE_LEASE_LOST') throw err;
        log.warn('final write failed; retrying', { code, attempt, retry_in_ms: pause });
      }
      if (stopped || controller.signal.aborted) return false;
      await sleep(pause, undefined, { signal: controller.signal }).catch(() => undefined);
      if (controller.signal.aborted) return false;
    }
  };

  const runJob = async (job: Job, controller: AbortController) => {
    const renew = setInterval(
      () => {
        store.renew(job, leaseMs).then(
          (held) => {
            if (!held) controller.abort(new Error('lease lost'));
          },
          () => undefined,
        );
      },
      Math.max(50, Math.floor(leaseMs / 3)),
    );
    const log = logger.child({ incident_id: job.incidentId, attempt: job.attempts });
    let pending: Promise<unknown> = Promise.resolve();
    try {
      const record = await store.get(job.incidentId);
      if (!record) return;
      log.info('investigation started');
      // A resumed attempt numbers its events after the ones already stored, so an SSE client
      // resuming with Last-Event-ID sees one continuous stream across attempts.
      const base = (await store.listEvents(job.incidentId)).at(-1)?.seq ?? 0;
      const result = await options.run(record, {
        signal: controller.signal,
        notificationLog: store.notificationLog(job.incidentId),
        onEvent: (original) => {
          // An attempt cut short by shutdown or a lost lease is resumed, not failed: its
          // `investigation.failed` would tell SSE viewers a lie, so it is neither stored nor streamed.
          if (original.type === 'investigation.failed' && (stopped || controller.signal.aborted)) return;
          const event = base === 0 ? original : { ...original, seq: original.seq + base };
          pending = pending
            .then(() => store.appendEvent(event))
            .then(
              () => options.onEvent?.(event),
              (err: unknown) => log.warn('event not stored', { reason: String(err) }),
            );
        },
      });
      await pending;
      if (controller.signal.aborted) throw new Error('aborted');
      if (!(await finish(job, controller, () => store.complete(job, result.report, result.tape), log))) {
        await store.release(job).catch(() => undefined);
        log.info('investigation released', { reason: 'final write not done before stop' });
        return;
      }
      log.info('investigation completed', { conclusive: result.report.conclusive });
    } catch (err) {
      await pending.catch(() => undefined);
      if (stopped || controller.signal.aborted) {
        // Shutting down or lease lost: leave the job for the next owner (release is fenced).
        await store.release(job).catch(() => undefined);
        log.info('investigation released', { reason: err instanceof Error ? err.message : String(err) });
        return;
      }
      const code = isCulpritError(err) ? err.code : 'ERR_INVESTIGATION_FAILED';
      if (code === 'ERR_STORE_LEASE_LOST') return;
      if (STORE_FAULTS.has(code)) {
        // The store failed, not the investigation: the job runs again once the store is back.
        await store.release(job).catch(() => undefined);
        log.warn('investigation released after a store fault', { code });
        return;
      }
      const error = { code, message: err instanceof Error ? err.message : String(err) };
      await finish(job, controller, () => store.fail(job, error), log).catch(() => undefined);
      log.error('investigation failed', { code });
    } finally {
      clearInterval(renew);
    }
  };

  const poll = async () => {
    if (polling || stopped) return;
    polling = true;
    try {
      while (!stopped && active.size < concurrency) {
        const job = await store.claim(options.workerId, leaseMs);
        if (!job) break;
        const controller = new AbortController();
        const done = runJob(job, controller).finally(() => {
          active.delete(job.incidentId);
          schedule(0);
        });
        active.set(job.incidentId, { controller, done });
      }
    } catch (err) {
      logger.warn('queue poll failed', { reason: err instanceof Error ? err.message : String(err) });
    } finally {
      polling = false;
    }
    schedule(pollMs);
  };

  const schedule = (ms: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void poll(), ms);
  };

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      schedule(0);
    },
    wake: () => schedule(0),
    get running() {
      return active.size;
    },
    async stop({ timeoutMs = 10_000 } = {}) {
      stopped = true;
      clearTimeout(timer);
      const all = Promise.all([...active.values()].map((a) => a.done));
      // Each wait clears its timer: an idle worker must not hold the process open past stop().
      if (await within(all, timeoutMs)) return;
      // Past the grace period: abort what still runs; each releases its job for the next start.
      for (const a of active.values()) a.controller.abort(new Error('shutting down'));
      await within(all, 2_000);
      if (active.size > 0)
        logger.warn('investigations ignored the abort; their leases will expire', { running: active.size });
    },
  };
}

/** Whether `work` settles within `ms`; the timer is cleared either way. */
async function within(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work.then(() => true),
      new Promise<boolean>((r) => {
        timer = setTimeout(() => r(false), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
