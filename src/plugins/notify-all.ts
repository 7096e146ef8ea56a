// Delivers one investigation event to the notifiers that want it, each under a timeout. A notifier
// that fails or hangs is reported, never thrown: notifications must not block or lose an incident.
import type { GraphView, InvestigationEvent, Logger } from '../sdk/index.js';
import type { RegisteredNotifier } from './plugin-host.js';
import { scrubText } from './secrets.js';

export interface NotifyResult {
  notifier: string;
  ok: boolean;
  reason?: string;
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
  },
): Promise<NotifyResult[]> {
  const wanted = notifiers.filter((n) => !n.notifier.events || n.notifier.events.includes(event.type));
  return Promise.all(
    wanted.map(async ({ notifier }) => {
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
            }),
          ),
          new Promise((_, reject) => {
            timer = setTimeout(
              () => reject(new Error(`no answer within ${ctx.timeoutMs ?? 10_000} ms`)),
              ctx.timeoutMs ?? 10_000,
            );
          }),
        ]);
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
