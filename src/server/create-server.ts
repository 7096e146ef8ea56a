// culprit/server: the fastify REST service. Accepts incidents (202 only once stored), runs them
// from the durable queue, streams progress over SSE, and exposes health, metrics and OpenAPI.
// Every error body is { error: { code, message, details? }, request_id }.
import { createHash, randomUUID } from 'node:crypto';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, {
  LogController,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { Counter, Histogram, Registry, Gauge } from 'prom-client';
import { createError, isCulpritError, type CulpritError } from '../errors/index.js';
import type { Engine } from '../engine/index.js';
import type { InvestigationEvent } from '../sdk/index.js';
import { createQueueWorker, type IncidentStore, type QueueWorker } from '../store/index.js';
import { createKeyRing, type ApiKey, type Scope } from './api-keys.js';
import { createEventHub } from './event-hub.js';
import { incidentView } from './incident-view.js';
import { registerSlackEntry, type SlackEntryOptions } from './slack-entry.js';
import { registerWebhooks, type WebhookOptions } from './webhooks.js';

export interface ServerOptions {
  engine: Engine;
  store: IncidentStore;
  apiKeys?: readonly ApiKey[];
  workers?: number;
  leaseMs?: number;
  workerId?: string;
  maxSubscribers?: number;
  heartbeatMs?: number;
  bodyLimit?: number;
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  webhooks?: WebhookOptions;
  /** The Slack slash command and app mentions (off without a signing secret). */
  slack?: SlackEntryOptions;
  /** Requests handled at once before new ones are shed with 429 (default 256). */
  maxInFlight?: number;
}

export interface CulpritServer {
  app: FastifyInstance;
  worker: QueueWorker;
  /** Stops accepting, finishes or releases in-flight work, closes SSE streams. */
  close(options?: { timeoutMs?: number }): Promise<void>;
}

const FINAL_EVENTS = new Set(['report.ready', 'investigation.failed']);

const incidentBody = {
  type: 'object',
  additionalProperties: false,
  required: ['description'],
  properties: {
    description: { type: 'string', minLength: 1, maxLength: 10000 },
    entities: { type: 'array', maxItems: 50, items: { type: 'string', minLength: 1, maxLength: 253 } },
    labels: { type: 'object', additionalProperties: { type: 'string', maxLength: 500 } },
    severity: { enum: ['critical', 'high', 'medium', 'low', 'info'] },
    source: { type: 'string', maxLength: 50 },
  },
} as const;

const errorBody = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        details: { type: 'object', additionalProperties: true },
      },
    },
    request_id: { type: 'string' },
  },
};

export async function createServer(options: ServerOptions): Promise<CulpritServer> {
  const { engine, store } = options;
  const keys = createKeyRing(options.apiKeys ?? []);
  const hub = createEventHub(options.maxSubscribers ?? 500);
  const registry = new Registry();
  const metrics = {
    accepted: new Counter({
      name: 'culprit_incidents_accepted_total',
      help: 'Incidents accepted',
      labelNames: ['source'],
      registers: [registry],
    }),
    byStatus: new Gauge({
      name: 'culprit_incidents',
      help: 'Incidents by status',
      labelNames: ['status'],
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'culprit_investigation_duration_seconds',
      help: 'Investigation duration',
      buckets: [0.1, 0.5, 1, 2, 5, 10, 30, 60, 120],
      registers: [registry],
    }),
    collectorFailures: new Counter({
      name: 'culprit_collector_failures_total',
      help: 'Collector failures',
      labelNames: ['collector', 'status'],
      registers: [registry],
    }),
    webhookRejections: new Counter({
      name: 'culprit_webhook_rejections_total',
      help: 'Rejected webhooks',
      labelNames: ['source', 'reason'],
      registers: [registry],
    }),
    subscribers: new Gauge({
      name: 'culprit_sse_subscribers',
      help: 'Open SSE subscribers',
      registers: [registry],
      collect() {
        this.set(hub.subscribers);
      },
    }),
  };
  let shuttingDown = false;

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
          notificationLog: ctx.notificationLog,
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

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Culprit', description: 'Root-cause engine for incidents', version: '1' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: keys.open ? [] : [{ bearer: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  app.setErrorHandler(
    (err: Error & { code?: string; statusCode?: number; validation?: unknown }, request, reply) => {
      let error: CulpritError;
      if (isCulpritError(err)) error = err;
      else if (err.validation) error = createError('ERR_SERVER_INVALID_BODY', { reason: err.message });
      else if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
        error = createError('ERR_SERVER_TOO_LARGE', { limit: options.bodyLimit ?? 65536 });
      else if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
        error = createError('ERR_SERVER_UNSUPPORTED_MEDIA_TYPE');
      else if (err.code?.startsWith('FST_ERR_CTP') || err.statusCode === 400)
        error = createError('ERR_SERVER_INVALID_BODY', { reason: 'the body is not valid JSON' });
      else {
        request.log.error({ err }, 'unhandled error');
        error = createError('ERR_INTERNAL', { reason: 'unexpected error' });
      }
      sendError(reply, request, error);
    },
  );
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

  app.setNotFoundHandler((request, reply) =>
    sendError(
      reply,
      request,
      createError('ERR_SERVER_NOT_FOUND', { method: request.method, url: request.url.split('?')[0] }),
    ),
  );

  const authorize = (scope: Scope) => async (request: FastifyRequest) => {
    if (keys.open) return;
    const header = request.headers.authorization;
    const presented = header?.startsWith('Bearer ')
      ? header.slice(7)
      : (request.headers['x-api-key'] as string | undefined);
    const key = keys.find(presented);
    if (!key) throw createError('ERR_SERVER_UNAUTHORIZED');
    if (!key.scopes.includes(scope) && !key.scopes.includes('admin'))
      throw createError('ERR_SERVER_FORBIDDEN', { scope });
  };

  app.post(
    '/api/v1/incidents',
    {
      preHandler: authorize('incidents:write'),
      schema: {
        summary: 'Submit an incident',
        body: incidentBody,
        headers: { type: 'object', properties: { 'idempotency-key': { type: 'string', maxLength: 200 } } },
        response: {
          202: {
            type: 'object',
            properties: {
              incident_id: { type: 'string' },
              status_url: { type: 'string' },
              created: { type: 'boolean' },
            },
          },
          '4xx': errorBody,
          '5xx': errorBody,
        },
      },
    },
    async (request, reply) => {
      if (shuttingDown) throw createError('ERR_SERVER_SHUTTING_DOWN');
      const body = request.body as {
        description: string;
        entities?: string[];
        labels?: Record<string, string>;
        severity?: never;
        source?: string;
      };
      const key = request.headers['idempotency-key'] as string | undefined;
      // Where Culprit answers in Slack is set only by a signed Slack request (slack-entry.ts): an API
      // client cannot make the notifier post into a channel of its choosing.
      const labels = Object.fromEntries(
        Object.entries(body.labels ?? {}).filter(([k]) => !k.startsWith('slack_')),
      );
      const incident = await engine.prepare({
        ...body,
        labels,
        source: !body.source || body.source === 'slack' ? 'api' : body.source,
      });
      const { record, created } = await store.create(
        { ...incident, requestId: request.id },
        {
          ...(key
            ? {
                idempotencyKey: key,
                requestHash: createHash('sha256').update(JSON.stringify(request.body)).digest('hex'),
              }
            : {}),
        },
      );
      if (created) {
        metrics.accepted.inc({ source: record.source });
        worker.wake();
      }
      request.log.info({ incident_id: record.id, created }, 'incident accepted');
      return reply
        .code(202)
        .send({ incident_id: record.id, status_url: `/api/v1/incidents/${record.id}`, created });
    },
  );

  app.get(
    '/api/v1/incidents/:id',
    {
      preHandler: authorize('incidents:read'),
      schema: {
        summary: 'One incident with its ranked root causes',
        params: { type: 'object', properties: { id: { type: 'string' } } },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      const record = await store.get(id);
      if (!record) throw createError('ERR_STORE_NOT_FOUND', { id });
      return incidentView(record);
    },
  );

  app.get(
    '/api/v1/incidents',
    {
      preHandler: authorize('incidents:read'),
      schema: {
        summary: 'List incidents, newest first',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            status: { enum: ['pending', 'investigating', 'completed', 'failed'] },
            source: { type: 'string' },
            created_after: { type: 'string', format: 'date-time' },
            created_before: { type: 'string', format: 'date-time' },
            limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
            cursor: { type: 'string' },
          },
        },
      },
    },
    async (request) => {
      const q = request.query as {
        status?: never;
        source?: string;
        created_after?: string;
        created_before?: string;
        limit?: number;
        cursor?: string;
      };
      const page = await store.list({
        ...(q.status ? { status: q.status } : {}),
        ...(q.source ? { source: q.source } : {}),
        ...(q.created_after ? { createdAfter: q.created_after } : {}),
        ...(q.created_before ? { createdBefore: q.created_before } : {}),
        ...(q.limit ? { limit: q.limit } : {}),
        ...(q.cursor ? { cursor: q.cursor } : {}),
      });
      return { items: page.items.map(incidentView), next_cursor: page.nextCursor ?? null };
    },
  );

  app.get(
    '/api/v1/incidents/:id/events',
    {
      preHandler: authorize('incidents:read'),
      schema: {
        summary: 'Server-Sent Events of one investigation (Last-Event-ID resumes)',
        params: { type: 'object', properties: { id: { type: 'string' } } },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const record = await store.get(id);
      if (!record) throw createError('ERR_STORE_NOT_FOUND', { id });
      const lastId =
        Number(
          request.headers['last-event-id'] ??
            (request.query as { last_event_id?: string }).last_event_id ??
            0,
        ) || 0;
      const queue: InvestigationEvent[] = [];
      let replaying = true;
      const unsubscribe = hub.subscribe(id, (e) => (replaying ? queue.push(e) : write(e)));
      if (!unsubscribe) throw createError('ERR_SERVER_TOO_MANY_SUBSCRIBERS');
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
        'x-request-id': String(request.id),
      });
      let sent = lastId;
      let ended = false;
      const end = (reason: string) => {
        if (ended) return;
        ended = true;
        clearInterval(heartbeat);
        unsubscribe();
        stopOnClose();
        if (!raw.destroyed) raw.end(`event: end\ndata: ${JSON.stringify({ reason })}\n\n`);
      };
      function write(e: InvestigationEvent) {
        if (ended || e.seq <= sent) return;
        sent = e.seq;
        raw.write(`id: ${e.seq}\nevent: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`);
        if (FINAL_EVENTS.has(e.type)) end('completed');
      }
      const heartbeat = setInterval(() => raw.write(': heartbeat\n\n'), options.heartbeatMs ?? 15_000);
      const stopOnClose = hub.onCloseAll(() => end('shutdown'));
      raw.on('close', () => end('client closed'));
      for (const e of await store.listEvents(id, lastId)) write(e);
      replaying = false;
      for (const e of queue.splice(0)) write(e);
      const now = await store.get(id);
      if (!ended && now && (now.status === 'completed' || now.status === 'failed')) {
        for (const e of await store.listEvents(id, sent)) write(e);
        end('completed');
      }
    },
  );

  registerWebhooks(app, {
    engine,
    store,
    wake: () => worker.wake(),
    onReject: (source, reason) => metrics.webhookRejections.inc({ source, reason }),
    options: options.webhooks ?? {},
  });

  registerSlackEntry(app, {
    engine,
    store,
    wake: () => worker.wake(),
    onReject: (source, reason) => metrics.webhookRejections.inc({ source, reason }),
    options: options.slack,
    log: (message, fields) => app.log.error(fields, message),
  });

  app.get('/healthz', { schema: { summary: 'Liveness' } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { summary: 'Readiness: the store answers' } }, async (_request, reply) => {
    if (shuttingDown) return reply.code(503).header('retry-after', '5').send({ status: 'shutting-down' });
    try {
      await store.ping();
      return { status: 'ready' };
    } catch {
      return reply.code(503).header('retry-after', '5').send({ status: 'store-unavailable' });
    }
  });
  app.get('/metrics', { schema: { summary: 'Prometheus metrics' } }, async (_request, reply) => {
    const counts = await store.counts();
    for (const [status, n] of Object.entries(counts)) metrics.byStatus.set({ status }, n);
    return reply.header('content-type', registry.contentType).send(await registry.metrics());
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  worker.start();
  return {
    app,
    worker,
    async close({ timeoutMs = 10_000 } = {}) {
      shuttingDown = true;
      hub.closeAll();
      await app.close();
      await worker.stop({ timeoutMs });
    },
  };
}

function sendError(reply: FastifyReply, request: FastifyRequest, error: CulpritError): void {
  if (error.status === 503 || error.status === 429)
    void reply.header('retry-after', error.status === 429 ? '1' : '5');
  const details = Object.fromEntries(Object.entries(error.details).filter(([k]) => k !== 'cause'));
  void reply.code(error.status).send({
    error: { code: error.code, message: error.message, ...(Object.keys(details).length ? { details } : {}) },
    request_id: String(request.id),
  });
}
