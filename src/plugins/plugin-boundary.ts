// Where a plugin's errors and log lines enter the core: they leave with every declared secret and
// every credential-shaped string scrubbed, whether the plugin ran in-process or in a worker. Results
// are scrubbed the same way (secrets.ts) by dispatch, once its caps have dropped what is not kept.
import { createError, CulpritError, isCulpritError } from '../errors/index.js';
import { PluginError, type Collector, type Notifier } from '../sdk/index.js';
import { redactingLogger, scrubText, scrubValue } from './secrets.js';

type Secrets = () => readonly string[];

export function guardCollector(collector: Collector, secrets: Secrets): Collector {
  const guarded: Collector = {
    id: collector.id,
    async collect(scope, ctx) {
      try {
        return await collector.collect(scope, { ...ctx, logger: redactingLogger(ctx.logger, secrets) });
      } catch (err) {
        throw scrubError(err, secrets());
      }
    },
  };
  if (collector.description !== undefined) guarded.description = collector.description;
  if (collector.timeoutMs !== undefined) guarded.timeoutMs = collector.timeoutMs;
  if (collector.appliesTo) guarded.appliesTo = (c) => collector.appliesTo!(c);
  return guarded;
}

export function guardNotifier(notifier: Notifier, secrets: Secrets): Notifier {
  return {
    id: notifier.id,
    ...(notifier.events ? { events: notifier.events } : {}),
    async notify(event, ctx) {
      try {
        await notifier.notify(event, { ...ctx, logger: redactingLogger(ctx.logger, secrets) });
      } catch (err) {
        throw scrubError(err, secrets());
      }
    },
  };
}

/**
 * A scrubbed copy of what a plugin threw. A PluginError keeps its retry and status semantics, a
 * coded error its code; anything else becomes ERR_PLUGIN_UNEXPECTED_ERROR (not a PluginError, so
 * the host still treats it as an unexpected failure).
 */
export function scrubError(err: unknown, secrets: readonly string[]): Error {
  const message = scrubText(err instanceof Error ? err.message : String(err), secrets);
  if (err instanceof PluginError) {
    return new PluginError(message, {
      retryable: err.retryable,
      status: err.collectorStatus,
      ...(err.retryAfterMs !== undefined ? { retryAfterMs: err.retryAfterMs } : {}),
      details: scrubValue(err.details ?? {}, secrets) as Record<string, unknown>,
    });
  }
  if (isCulpritError(err)) {
    return new CulpritError(err.code, message, {
      details: scrubValue(err.details, secrets) as Record<string, unknown>,
      status: err.status,
    });
  }
  return createError('ERR_PLUGIN_UNEXPECTED_ERROR', { reason: message });
}
