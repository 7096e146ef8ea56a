// Webhook receivers for Alertmanager (v4), Datadog and PagerDuty (v3). Each verifies its secret or
// HMAC over the raw body in constant time before anything is parsed into an incident; repeated
// deliveries coalesce onto one incident; "resolved" marks it resolved.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { createError } from '../../errors/index.js';
import type { Engine } from '../../engine/index.js';
import { labelEntities } from '../../extract/index.js';
import type { IncidentAlert, Severity } from '../../sdk/index.js';
import type { IncidentStore } from '../../store/index.js';
import type { RouteOptions } from '../server-context.js';

export interface WebhookOptions {
  alertmanager?: { secret: string };
  datadog?: { secret: string; fields?: Partial<DatadogFields> };
  pagerduty?: { secret: string; toleranceSeconds?: number };
}

export interface DatadogFields {
  id: string;
  title: string;
  body: string;
  transition: string;
  tags: string;
  priority: string;
}

const DATADOG_DEFAULTS: DatadogFields = {
  id: 'id',
  title: 'title',
  body: 'body',
  transition: 'alert_transition',
  tags: 'tags',
  priority: 'priority',
};

type Accepted = { incident_id: string; created: boolean; resolved: boolean };

export function registerWebhooks(
  app: FastifyInstance,
  deps: {
    engine: Engine;
    store: IncidentStore;
    wake: () => void;
    onReject: (source: string, reason: string) => void;
    options: WebhookOptions;
  },
): void {
  const { engine, store, options } = deps;
  const constantEqual = (a: string, b: string) =>
    timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
  const reject = (source: string, reason: string): never => {
    deps.onReject(source, reason);
    throw createError('ERR_WEBHOOK_UNAUTHORIZED', { source, reason });
  };
  const sharedSecret = (request: FastifyRequest, source: string, secret: string | undefined) => {
    if (!secret) throw createError('ERR_WEBHOOK_NOT_CONFIGURED', { source });
    const header = request.headers.authorization;
    const presented = header?.startsWith('Bearer ')
      ? header.slice(7)
      : (request.headers['x-culprit-webhook-secret'] as string | undefined);
    if (!presented || !constantEqual(presented, secret)) reject(source, 'bad or missing secret');
  };
  const componentOf = (labels: Record<string, string>) => labelEntities(labels, engine.graph)[0]?.node;
  const accept = async (
    request: FastifyRequest,
    input: {
      source: string;
      dedupKey: string;
      description: string;
      labels: Record<string, string>;
      alerts: IncidentAlert[];
      resolved: boolean;
      severity?: Severity;
    },
  ): Promise<Accepted> => {
    const incident = await engine.prepare(
      {
        description: input.description,
        labels: input.labels,
        source: input.source,
        ...(input.severity ? { severity: input.severity } : {}),
        entities: [...new Set(input.alerts.map((a) => a.node).filter((n): n is string => !!n))],
      },
      { extract: false },
    ); // extraction runs in the queue worker: accept first
    const { record, created } = await store.create(
      { ...incident, alerts: input.alerts, requestId: request.id },
      { dedupKey: input.dedupKey },
    );
    if (input.resolved) await store.markResolved(record.id);
    if (created) deps.wake();
    return { incident_id: record.id, created, resolved: input.resolved };
  };

  app.post(
    '/api/v1/webhooks/alertmanager',
    { schema: { summary: 'Alertmanager webhook (payload version 4)' } },
    async (request, reply) => {
      sharedSecret(request, 'alertmanager', options.alertmanager?.secret);
      const body = request.body as {
        version?: string;
        groupKey?: string;
        status?: string;
        commonLabels?: Record<string, string>;
        commonAnnotations?: Record<string, string>;
        alerts?: {
          status?: string;
          labels?: Record<string, string>;
          annotations?: Record<string, string>;
          startsAt?: string;
          fingerprint?: string;
        }[];
      };
      if (body?.version !== '4' || !body.groupKey || !Array.isArray(body.alerts)) {
        throw createError('ERR_SERVER_INVALID_BODY', {
          reason: 'expected an Alertmanager v4 payload (version "4", groupKey, alerts)',
        });
      }
      const alerts: IncidentAlert[] = body.alerts.map((a) => {
        const labels = { ...(body.commonLabels ?? {}), ...(a.labels ?? {}) };
        const node = componentOf(labels);
        return {
          name: labels.alertname ?? 'alert',
          status: a.status === 'resolved' ? 'resolved' : 'firing',
          ...(labels.severity ? { severity: labels.severity } : {}),
          ...(node ? { node } : {}),
          labels,
          ...(a.startsAt ? { startsAt: a.startsAt } : {}),
        };
      });
      const summary =
        body.commonAnnotations?.summary ??
        body.alerts[0]?.annotations?.summary ??
        alerts.map((a) => a.name).join(', ');
      const result = await accept(request, {
        source: 'alertmanager',
        dedupKey: `alertmanager:${body.groupKey}`,
        description: summary,
        labels: body.commonLabels ?? {},
        alerts,
        resolved: body.status === 'resolved',
      });
      return reply.code(202).send(result);
    },
  );

  app.post(
    '/api/v1/webhooks/datadog',
    { schema: { summary: 'Datadog webhook (shared secret; configurable field mapping)' } },
    async (request, reply) => {
      sharedSecret(request, 'datadog', options.datadog?.secret);
      const f = { ...DATADOG_DEFAULTS, ...options.datadog?.fields };
      const body = request.body as Record<string, unknown>;
      const id = body?.[f.id];
      if (id === undefined || id === null || typeof body[f.title] !== 'string') {
        throw createError('ERR_SERVER_INVALID_BODY', {
          reason: `expected the Datadog fields "${f.id}" and "${f.title}"`,
        });
      }
      const rawTags = body[f.tags];
      const tags = (Array.isArray(rawTags) ? rawTags.map(String) : String(rawTags ?? '').split(','))
        .map((t) => t.trim())
        .filter(Boolean);
      const labels = Object.fromEntries(
        tags
          .filter((t) => t.includes(':'))
          .map((t) => [t.slice(0, t.indexOf(':')), t.slice(t.indexOf(':') + 1)]),
      );
      const transition = String(body[f.transition] ?? 'Triggered');
      const resolved = /recovered|resolved/i.test(transition);
      const node = componentOf(labels);
      const title = body[f.title] as string;
      const result = await accept(request, {
        source: 'datadog',
        dedupKey: `datadog:${String(body.aggregate ?? body.alert_id ?? id)}`,
        description: title,
        labels,
        alerts: [
          {
            name: title,
            status: resolved ? 'resolved' : 'firing',
            ...(node ? { node } : {}),
            labels,
            ...(body[f.priority] ? { severity: String(body[f.priority]) } : {}),
          },
        ],
        resolved,
      });
      return reply.code(202).send(result);
    },
  );

  app.post(
    '/api/v1/webhooks/pagerduty',
    { schema: { summary: 'PagerDuty v3 webhook (X-PagerDuty-Signature HMAC-SHA256)' } },
    async (request, reply) => {
      const secret = options.pagerduty?.secret;
      if (!secret) throw createError('ERR_WEBHOOK_NOT_CONFIGURED', { source: 'pagerduty' });
      const raw = (request as FastifyRequest & { rawBody?: Buffer }).rawBody ?? Buffer.alloc(0);
      const expected = createHmac('sha256', secret).update(raw).digest('hex');
      const presented = String(request.headers['x-pagerduty-signature'] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.startsWith('v1='))
        .map((s) => s.slice(3));
      const ok = presented.some(
        (sig) => sig.length === expected.length && timingSafeEqual(Buffer.from(sig), Buffer.from(expected)),
      );
      if (!ok) reject('pagerduty', 'bad or missing signature');
      const body = request.body as {
        event?: {
          id?: string;
          event_type?: string;
          occurred_at?: string;
          data?: { id?: string; title?: string; urgency?: string; service?: { summary?: string } };
        };
      };
      const event = body?.event;
      if (!event?.id || !event.event_type || !event.data?.id)
        throw createError('ERR_SERVER_INVALID_BODY', { reason: 'expected a PagerDuty v3 event' });
      const tolerance = (options.pagerduty?.toleranceSeconds ?? 300) * 1000;
      if (event.occurred_at && Math.abs(Date.now() - Date.parse(event.occurred_at)) > tolerance)
        reject('pagerduty', 'stale event');
      const service = event.data.service?.summary ?? '';
      const node = service ? engine.graph.resolve(service)?.id : undefined;
      const resolved = event.event_type === 'incident.resolved';
      const labels: Record<string, string> = service ? { service } : {};
      const result = await accept(request, {
        source: 'pagerduty',
        dedupKey: `pagerduty:${event.data.id}`,
        description: event.data.title ?? 'PagerDuty incident',
        labels,
        alerts: [
          {
            name: event.data.title ?? 'incident',
            status: resolved ? 'resolved' : 'firing',
            ...(node ? { node } : {}),
            labels,
            ...(event.data.urgency ? { severity: event.data.urgency } : {}),
          },
        ],
        resolved,
        ...(event.data.urgency === 'high' ? { severity: 'high' as const } : {}),
      });
      return reply.code(202).send(result);
    },
  );
}

export const webhookRoutes: FastifyPluginAsync<RouteOptions> = async (app, { ctx }) =>
  registerWebhooks(app, {
    engine: ctx.engine,
    store: ctx.store,
    wake: () => ctx.worker.wake(),
    onReject: (source, reason) => ctx.metrics.webhookRejections.inc({ source, reason }),
    options: ctx.options.webhooks ?? {},
  });
