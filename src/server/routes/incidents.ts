// POST /api/v1/incidents (202 once stored), GET one incident, and the paginated list.
import { createHash } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { createError } from '../../errors/index.js';
import type { ClusterNames } from '../../report/index.js';
import type { IncidentRecord } from '../../store/index.js';
import { callerOf } from '../authorize.js';
import type { ApiKey } from '../api-keys.js';
import { incidentView } from '../incident-view.js';
import { logOnCompletion } from '../request-log.js';
import type { RouteOptions } from '../server-context.js';
import { acceptedIncident, errorResponses, incident, incidentList, TAGS } from './response-schemas.js';

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

export const incidentRoutes: FastifyPluginAsync<RouteOptions> = async (app, { ctx }) => {
  const { engine, store, worker, metrics } = ctx;
  /** The topology's names, and the tape's discovered nodes when a cause sits on one (a Kubernetes Node). */
  const clusterNames = async (record: IncidentRecord): Promise<ClusterNames> => {
    const offGraph = record.report?.hypotheses.some((h) => !engine.graph.has(h.node));
    const tape = offGraph ? await store.getTape(record.id) : undefined;
    return { graph: engine.graph, ...(tape ? { discovered: tape.discovered } : {}) };
  };

  app.post(
    '/api/v1/incidents',
    {
      config: { auth: 'incidents:write' },
      schema: {
        summary: 'Submit an incident',
        tags: [TAGS.incidents],
        body: incidentBody,
        headers: { type: 'object', properties: { 'idempotency-key': { type: 'string', maxLength: 200 } } },
        response: { 202: acceptedIncident, ...errorResponses },
      },
    },
    async (request, reply) => {
      if (ctx.state.shuttingDown) throw createError('ERR_SERVER_SHUTTING_DOWN');
      const body = request.body as {
        description: string;
        entities?: string[];
        labels?: Record<string, string>;
        severity?: never;
        source?: string;
      };
      const key = request.headers['idempotency-key'] as string | undefined;
      // Where Culprit answers in Slack is set only by a signed Slack request (routes/slack.ts): an API
      // client cannot make the notifier post into a channel of its choosing.
      const labels = Object.fromEntries(
        Object.entries(body.labels ?? {}).filter(([k]) => !k.startsWith('slack_')),
      );
      // Accept first: entities named explicitly are checked now (400 on an unknown one), but the
      // extractor (maybe an LLM) runs in the queue worker, so a slow model never delays the 202.
      const incident = await engine.prepare(
        { ...body, labels, source: !body.source || body.source === 'slack' ? 'api' : body.source },
        { extract: false },
      );
      const { record, created } = await store.create(
        { ...incident, requestId: request.id },
        {
          ...(key
            ? {
                // Scoped to the caller: the same key sent with two API keys names two requests.
                idempotencyKey: scopedIdempotencyKey(callerOf(request), key),
                requestHash: createHash('sha256').update(JSON.stringify(request.body)).digest('hex'),
              }
            : {}),
        },
      );
      if (created) {
        metrics.accepted.inc({ source: record.source });
        worker.wake();
      }
      logOnCompletion(request, { incident_id: record.id, created });
      return reply
        .code(202)
        .send({ incident_id: record.id, status_url: `/api/v1/incidents/${record.id}`, created });
    },
  );

  app.get(
    '/api/v1/incidents/:id',
    {
      config: { auth: 'incidents:read' },
      schema: {
        summary: 'One incident with its ranked root causes',
        tags: [TAGS.incidents],
        params: { type: 'object', properties: { id: { type: 'string' } } },
        response: { 200: incident, ...errorResponses },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      const record = await store.get(id);
      if (!record) throw createError('ERR_STORE_NOT_FOUND', { id });
      return incidentView(record, await clusterNames(record));
    },
  );

  app.get(
    '/api/v1/incidents',
    {
      config: { auth: 'incidents:read' },
      schema: {
        summary: 'List incidents, newest first',
        tags: [TAGS.incidents],
        response: { 200: incidentList, ...errorResponses },
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
      const items = await Promise.all(page.items.map(async (r) => incidentView(r, await clusterNames(r))));
      return { items, next_cursor: page.nextCursor ?? null };
    },
  );
};

/** Keys stored before scoping (and all keys when the API is open) keep their plain form. */
function scopedIdempotencyKey(caller: ApiKey | undefined, key: string): string {
  // A header value cannot hold a line feed, so it cannot forge another caller's prefix.
  return caller ? `${caller.name}\n${key}` : key;
}
