// culprit/server: the fastify REST service. Accepts incidents (202 only once stored), runs them
// from the durable queue, streams progress over SSE, and exposes health, metrics and OpenAPI.
// This factory only builds the shared context and composes the route plugins in routes/.
import { randomUUID } from 'node:crypto';
import Fastify, { LogController, type FastifyInstance, type FastifyRequest } from 'fastify';
import { createError } from '../errors/index.js';
import type { QueueWorker } from '../store/index.js';
import { createKeyRing } from './api-keys.js';
import { installAuthorization } from './authorize.js';
import { installErrorHandlers } from './error-reply.js';
import { createEventHub } from './event-hub.js';
import { createInvestigationWorker } from './investigation-worker.js';
import { installLoadShedding, type LoadGauge } from './load-shedding.js';
import { installRequestLog, serializeRequest } from './request-log.js';
import { agentRoutes } from './routes/agents.js';
import { eventRoutes } from './routes/events.js';
import { incidentRoutes } from './routes/incidents.js';
import { mcpRoutes } from './routes/mcp.js';
import { opsRoutes, registerOpenApi } from './routes/ops.js';
import { slackRoutes } from './routes/slack.js';
import { webhookRoutes } from './routes/webhooks.js';
import type { ServerContext, ServerOptions, ServerTimeouts } from './server-context.js';
import { createServerMetrics } from './server-metrics.js';

export type { ServerOptions } from './server-context.js';

export interface CulpritServer {
  app: FastifyInstance;
  worker: QueueWorker;
  /** Stops accepting, finishes or releases in-flight work, closes SSE streams. */
  close(options?: { timeoutMs?: number }): Promise<void>;
}

const DEFAULT_TIMEOUTS: Required<ServerTimeouts> = {
  headersMs: 10_000,
  requestMs: 30_000,
  idleMs: 60_000,
  keepAliveMs: 72_000,
};

export async function createServer(options: ServerOptions): Promise<CulpritServer> {
  const { engine, store } = options;
  const hub = createEventHub(options.maxSubscribers ?? 500);
  const metrics = createServerMetrics(hub);
  // A store shared by several processes (PostgreSQL) feeds the hub every committed event, those of
  // workers in other processes included; otherwise this process's worker is the only source.
  const storeFeed = store.subscribeEvents ? await store.subscribeEvents((e) => hub.publish(e)) : undefined;

  const worker = createInvestigationWorker({
    engine,
    store,
    workerId: options.workerId ?? `worker-${randomUUID()}`,
    concurrency: options.workers ?? 2,
    leaseMs: options.leaseMs ?? 30_000,
    metrics,
    onEvent: (event) => {
      if (!storeFeed) hub.publish(event);
    },
  });

  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  // Node refuses a header deadline later than the whole-request one.
  timeouts.headersMs = Math.min(timeouts.headersMs, timeouts.requestMs);
  const app = Fastify({
    logger: {
      level: options.logLevel ?? 'info',
      redact: ['req.headers.authorization', 'req.headers["x-api-key"]'],
      serializers: { req: serializeRequest as never },
    },
    genReqId: () => randomUUID(),
    // The route schemas are this project's own, fixed and exercised by the tests: checking them
    // against the JSON Schema meta-schema at every start compiled that meta-schema (≈20 ms).
    ajv: { customOptions: { validateSchema: false } },
    // One line per request, written by installRequestLog when the response is done.
    logController: new LogController({ requestIdLogLabel: 'request_id', disableRequestLogging: true }),
    bodyLimit: options.bodyLimit ?? 64 * 1024,
    connectionTimeout: timeouts.idleMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    requestTimeout: timeouts.requestMs,
    http: {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      keepAliveTimeout: timeouts.keepAliveMs,
      // Node enforces the header and request deadlines on this tick (30 s by default, which
      // would let a slow client keep its socket far past the deadline).
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(timeouts.headersMs / 4))),
    },
  });
  app.server.maxConnections = options.maxConnections ?? 1024;

  // JSON only: anything else is 415, not a string body that fails validation (the Slack routes
  // add form-encoding for themselves). The raw bytes are kept for webhook signatures, which must
  // be checked over exactly what was sent.
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

  const keys = createKeyRing(options.apiKeys ?? []);
  installErrorHandlers(app, options.bodyLimit ?? 65536);
  installRequestLog(app);
  installAuthorization(app, keys);
  const load: LoadGauge = await installLoadShedding(app, options);
  const ctx: ServerContext = {
    options,
    engine,
    store,
    worker,
    hub,
    metrics,
    keys,
    state: { shuttingDown: false },
    load,
  };
  await registerOpenApi(app, ctx);

  const routes = { ctx };
  await app.register(incidentRoutes, routes);
  await app.register(eventRoutes, routes);
  await app.register(webhookRoutes, routes);
  await app.register(slackRoutes, routes);
  await app.register(opsRoutes, routes);
  await app.register(mcpRoutes, routes);
  await app.register(agentRoutes, routes);
  await app.register((await import('./routes/pages.js')).pageRoutes, routes);

  // --workers 0: this process only serves the API; `culprit worker` processes run the queue.
  if ((options.workers ?? 2) > 0) worker.start();
  return {
    app,
    worker,
    async close({ timeoutMs = 10_000 } = {}) {
      ctx.state.shuttingDown = true;
      hub.closeAll();
      await app.close();
      // An idle worker has nothing to wait for; a grace timer left pending would hold the process
      // open for the whole grace period after SIGTERM.
      await worker.stop({ timeoutMs: worker.running > 0 ? timeoutMs : 0 });
      storeFeed?.();
    },
  };
}
