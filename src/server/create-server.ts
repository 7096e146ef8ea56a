// culprit/server: the fastify REST service. Accepts incidents (202 only once stored), runs them
// from the durable queue, streams progress over SSE, and exposes health, metrics and OpenAPI.
// This factory only builds the shared context and composes the route plugins in routes/.
import { randomUUID } from 'node:crypto';
import Fastify, { LogController, type FastifyInstance, type FastifyRequest } from 'fastify';
import { createError } from '../errors/index.js';
import { createQueueWorker, type QueueWorker } from '../store/index.js';
import { createKeyRing } from './api-keys.js';
import { installErrorHandlers } from './error-reply.js';
import { createEventHub } from './event-hub.js';
import { eventRoutes } from './routes/events.js';
import { incidentRoutes } from './routes/incidents.js';
import { opsRoutes, registerOpenApi } from './routes/ops.js';
import { slackRoutes } from './routes/slack.js';
import { webhookRoutes } from './routes/webhooks.js';
import type { ServerContext, ServerOptions } from './server-context.js';
import { createServerMetrics } from './server-metrics.js';

export type { ServerOptions } from './server-context.js';

export interface CulpritServer {
  app: FastifyInstance;
  worker: QueueWorker;
  /** Stops accepting, finishes or releases in-flight work, closes SSE streams. */
  close(options?: { timeoutMs?: number }): Promise<void>;
}

export async function createServer(options: ServerOptions): Promise<CulpritServer> {
  const { engine, store } = options;
  const hub = createEventHub(options.maxSubscribers ?? 500);
  const metrics = createServerMetrics(hub);

  const worker = createQueueWorker({
    store,
    workerId: options.workerId ?? `worker-${randomUUID()}`,
    concurrency: options.workers ?? 2,
    leaseMs: options.leaseMs ?? 30_000,
    run: async (record, ctx) => {
      const started = performance.now();
      try {
        const { report, tape } = await engine.investigate(record.incident, {
          signal: ctx.signal,
          onEvent: ctx.onEvent,
          ...(record.incident.requestId ? { logFields: { request_id: record.incident.requestId } } : {}),
        });
        return { report, tape };
      } finally {
        metrics.duration.observe((performance.now() - started) / 1000);
      }
    },
    onEvent: (event) => {
      if (event.type === 'collector.failed') {
        const d = event.data as { collector: string; status: string };
        metrics.collectorFailures.inc({ collector: d.collector, status: d.status });
      }
      hub.publish(event);
    },
  });

  const ctx: ServerContext = {
    options,
    engine,
    store,
    worker,
    hub,
    metrics,
    keys: createKeyRing(options.apiKeys ?? []),
    state: { shuttingDown: false },
  };

  const app = Fastify({
    logger: {
      level: options.logLevel ?? 'info',
      redact: ['req.headers.authorization', 'req.headers["x-api-key"]'],
    },
    genReqId: () => randomUUID(),
    logController: new LogController({ requestIdLogLabel: 'request_id' }),
    bodyLimit: options.bodyLimit ?? 64 * 1024,
  });

  // JSON only: anything else is 415, not a string body that fails validation. The raw bytes are
  // kept for webhook signatures, which must be checked over exactly what was sent.
  app.removeContentTypeParser('text/plain');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    (request as FastifyRequest & { rawBody?: Buffer }).rawBody = body as Buffer;
    try {
      done(null, (body as Buffer).length === 0 ? undefined : JSON.parse((body as Buffer).toString('utf8')));
    } catch {
      done(createError('ERR_SERVER_INVALID_BODY', { reason: 'the body is not valid JSON' }), undefined);
    }
  });

  // Slack sends slash commands form-encoded; the raw bytes are kept for its signature too.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'buffer' },
    (request, body, done) => {
      (request as FastifyRequest & { rawBody?: Buffer }).rawBody = body as Buffer;
      done(null, Object.fromEntries(new URLSearchParams((body as Buffer).toString('utf8'))));
    },
  );

  await registerOpenApi(app, ctx);
  installErrorHandlers(app, options.bodyLimit ?? 65536);

  // Load shedding: past `maxInFlight` concurrent requests, answer 429 at once rather than queue
  // without bound; health endpoints are never shed.
  let inFlight = 0;
  const maxInFlight = options.maxInFlight ?? 256;
  app.addHook('onRequest', async (request) => {
    if (request.url.startsWith('/healthz') || request.url.startsWith('/readyz')) return;
    if (inFlight >= maxInFlight) throw createError('ERR_SERVER_OVERLOADED');
    inFlight++;
    (request as FastifyRequest & { counted?: boolean }).counted = true;
  });
  app.addHook('onResponse', async (request) => {
    if ((request as FastifyRequest & { counted?: boolean }).counted) inFlight--;
  });

  const routes = { ctx };
  await app.register(incidentRoutes, routes);
  await app.register(eventRoutes, routes);
  await app.register(webhookRoutes, routes);
  await app.register(slackRoutes, routes);
  await app.register(opsRoutes, routes);

  worker.start();
  return {
    app,
    worker,
    async close({ timeoutMs = 10_000 } = {}) {
      ctx.state.shuttingDown = true;
      hub.closeAll();
      await app.close();
      await worker.stop({ timeoutMs });
    },
  };
}
