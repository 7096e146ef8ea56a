// Delivers one investigation event to the notifiers that want it, each under a timeout. A notifier
// that fails or hangs is reported, never thrown: notifications must not block or lose an incident.
// A step a notifier already delivered for this incident (before a crash or restart) is skipped.
import type { GraphView, InvestigationEvent, Logger } from '../sdk/index.js';
import { notificationStep, notifierState, type NotificationLog } from './notification-log.js';
import type { RegisteredNotifier } from './plugin-host.js';
import { scrubText } from './secrets.js';

export interface NotifyResult {
  notifier: string;
  ok: boolean;
  reason?: string;
  /** Delivered by an earlier attempt: not sent again. */
  skipped?: boolean;
}

export async function notifyAll(
  notifiers: readonly RegisteredNotifier[],
  event: InvestigationEvent,
  ctx: {
    graph: GraphView;
    logger: Logger;
    signal?: AbortSignal;
    timeoutMs?: number;
    secrets?: readonly string[];
    /** This incident's notification log; each delivered step is recorded there. */
    log: NotificationLog;
  },
): Promise<NotifyResult[]> {
  const step = notificationStep(event);
  const wanted = notifiers.filter((n) => !n.notifier.events || n.notifier.events.includes(event.type));
  return Promise.all(
    wanted.map(async ({ notifier }) => {
      // A log that cannot be read means "not done": telling twice beats not telling at all.
      if (await ctx.log.isDone(notifier.id, step).catch(() => false))
        return { notifier: notifier.id, ok: true, skipped: true };
      const controller = new AbortController();
      const onAbort = () => controller.abort();
      ctx.signal?.addEventListener('abort', onAbort, { once: true });
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          Promise.resolve().then(() =>
            notifier.notify(event, {
              signal: controller.signal,
              logger: ctx.logger.child({ notifier: notifier.id }),
              graph: ctx.graph,
              state: notifierState(ctx.log, notifier.id),
            }),
          ),
          new Promise((_, reject) => {
            timer = setTimeout(
              () => reject(new Error(`no answer within ${ctx.timeoutMs ?? 10_000} ms`)),
              ctx.timeoutMs ?? 10_000,
            );
          }),
        ]);
        await ctx.log.markDone(notifier.id, step).catch((err: unknown) =>
          ctx.logger.warn('notification step not recorded', {
            notifier: notifier.id,
            step,
            reason: err instanceof Error ? err.message : String(err),
          }),
        );
        return { notifier: notifier.id, ok: true };
      } catch (err) {
        controller.abort();
        const reason = scrubText(err instanceof Error ? err.message : String(err), ctx.secrets ?? []);
        ctx.logger.warn('notification failed', { notifier: notifier.id, event: event.type, reason });
        return { notifier: notifier.id, ok: false, reason };
      } finally {
        clearTimeout(timer);
        ctx.signal?.removeEventListener('abort', onAbort);
      }
    }),
  );
}
