// Webhook receivers for Alertmanager (v4), Datadog and PagerDuty (v3). Each verifies its secret or
// HMAC over the raw body in constant time before anything is parsed into an incident; deliveries of
// one alert group join its open incident, "resolved" resolves it, and the next firing (or one after
// a quiet window) opens a new incident linked to it. A sender's retry of an event id changes nothing.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { createError } from '../../errors/index.js';
import type { Engine } from '../../engine/index.js';
import { labelEntities } from '../../extract/index.js';
import type { IncidentAlert, Severity } from '../../sdk/index.js';
import type { IncidentStore } from '../../store/index.js';
import type { RouteOptions } from '../server-context.js';
import { errorResponses, TAGS, webhookAccepted } from './response-schemas.js';

const webhookSchema = { tags: [TAGS.webhooks], response: { 202: webhookAccepted, ...errorResponses } };

export interface WebhookOptions {
  alertmanager?: { secret: string; dedupWindowSeconds?: number };
  datadog?: { secret: string; fields?: Partial<DatadogFields>; dedupWindowSeconds?: number };
  /** `toleranceSeconds` is accepted and ignored: a signed retry of an old event is accepted. */
  pagerduty?: { secret: string; toleranceSeconds?: number; dedupWindowSeconds?: number };
}

/** A group quiet for this long starts a new incident on its next firing (default 24 h). */
const DEDUP_WINDOW_SECONDS = 24 * 60 * 60;

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

type Accepted = {
  incident_id: string;
  created: boolean;
  resolved: boolean;
  previous_incident_id: string | null;
};

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
    if (!presented) missing(source, 'Authorization: Bearer or X-Culprit-Webhook-Secret');
    if (!constantEqual(presented!, secret)) reject(source, 'bad secret');
  };
  const missing = (source: string, header: string): never => {
    deps.onReject(source, 'missing credentials');
    throw createError('ERR_WEBHOOK_CREDENTIALS_MISSING', { source, header });
  };
  /** Labels, annotations and tags are strings in every sender's format; anything else is a 400. */
  const strings = (value: unknown, field: string): Record<string, string> => {
    if (value === undefined || value === null) return {};
    if (
      typeof value !== 'object' ||
      Array.isArray(value) ||
      Object.values(value).some((v) => typeof v !== 'string')
    )
      throw createError('ERR_SERVER_INVALID_BODY', { reason: `${field} must be an object of strings` });
    return value as Record<string, string>;
  };
  const text = (value: unknown, field: string): string | undefined => {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string' && typeof value !== 'number')
      throw createError('ERR_SERVER_INVALID_BODY', { reason: `${field} must be a string` });
    return String(value);
  };
  const windowMs = (source: keyof WebhookOptions) =>
    (options[source]?.dedupWindowSeconds ?? DEDUP_WINDOW_SECONDS) * 1000;
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
      deliveryId?: string;
      resolvedAt?: string;
      truncatedAlerts?: number;
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
      {
        ...incident,
        alerts: input.alerts,
        ...(input.truncatedAlerts ? { truncatedAlerts: input.truncatedAlerts } : {}),
        requestId: request.id,
      },
      {
        dedupKey: input.dedupKey,
        dedupWindowMs: windowMs(input.source as keyof WebhookOptions),
        resolved: input.resolved,
        ...(input.resolvedAt ? { resolvedAt: input.resolvedAt } : {}),
        ...(input.deliveryId ? { deliveryId: input.deliveryId } : {}),
      },
    );
    if (created) deps.wake();
    return {
      incident_id: record.id,
      created,
      resolved: !!record.resolvedAt,
      previous_incident_id: record.previousIncidentId ?? null,
    };
  };

  app.post(
    '/api/v1/webhooks/alertmanager',
    { schema: { summary: 'Alertmanager webhook (payload version 4)', ...webhookSchema } },
    async (request, reply) => {
      sharedSecret(request, 'alertmanager', options.alertmanager?.secret);
      const body = request.body as {
        version?: string;
        groupKey?: string;
        status?: string;
        truncatedAlerts?: number;
        commonLabels?: Record<string, string>;
        commonAnnotations?: Record<string, string>;
        alerts?: {
          status?: string;
          labels?: Record<string, string>;
          annotations?: Record<string, string>;
          startsAt?: string;
          endsAt?: string;
          fingerprint?: string;
        }[];
      };
      if (
        body?.version !== '4' ||
        typeof body.groupKey !== 'string' ||
        !body.groupKey ||
        !Array.isArray(body.alerts) ||
        body.alerts.some((a) => typeof a !== 'object' || a === null)
      ) {
        throw createError('ERR_SERVER_INVALID_BODY', {
          reason: 'expected an Alertmanager v4 payload (version "4", groupKey, alerts)',
        });
      }
      const commonLabels = strings(body.commonLabels, 'commonLabels');
      strings(body.commonAnnotations, 'commonAnnotations');
      const alerts: IncidentAlert[] = body.alerts.map((a, i) => {
        strings(a.annotations, `alerts[${i}].annotations`);
        const labels = { ...commonLabels, ...strings(a.labels, `alerts[${i}].labels`) };
        const node = componentOf(labels);
        return {
          name: labels.alertname ?? 'alert',
          status: a.status === 'resolved' ? 'resolved' : 'firing',
          ...(labels.severity ? { severity: labels.severity } : {}),
          ...(node ? { node } : {}),
          labels,
          ...(a.startsAt ? { startsAt: text(a.startsAt, `alerts[${i}].startsAt`)! } : {}),
        };
      });
      const summary =
        body.commonAnnotations?.summary ??
        body.alerts[0]?.annotations?.summary ??
        alerts.map((a) => a.name).join(', ');
      const resolved = body.status === 'resolved';
      // Alertmanager's zero time (0001-01-01) means "not ended"; a resolved group ends at its last alert.
      const endsAt = body.alerts
        .map((a) => (typeof a.endsAt === 'string' ? Date.parse(a.endsAt) : NaN))
        .filter((t) => t > 0)
        .sort((x, y) => y - x)[0];
      const truncated = Number.isInteger(body.truncatedAlerts) ? body.truncatedAlerts! : 0;
      const result = await accept(request, {
        source: 'alertmanager',
        dedupKey: `alertmanager:${body.groupKey}`,
        description: summary,
        labels: commonLabels,
        alerts,
        resolved,
        ...(resolved && endsAt ? { resolvedAt: new Date(endsAt).toISOString() } : {}),
        ...(truncated > 0 ? { truncatedAlerts: truncated } : {}),
      });
      return reply.code(202).send(result);
    },
  );

  app.post(
    '/api/v1/webhooks/datadog',
    { schema: { summary: 'Datadog webhook (shared secret; configurable field mapping)', ...webhookSchema } },
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
      if (
        rawTags !== undefined &&
        rawTags !== null &&
        typeof rawTags !== 'string' &&
        !(Array.isArray(rawTags) && rawTags.every((t) => typeof t === 'string'))
      )
        throw createError('ERR_SERVER_INVALID_BODY', {
          reason: `"${f.tags}" must be a comma-separated string or an array of strings`,
        });
      const tags = (Array.isArray(rawTags) ? (rawTags as string[]) : String(rawTags ?? '').split(','))
        .map((t) => t.trim())
        .filter(Boolean);
      const labels = Object.fromEntries(
        tags
          .filter((t) => t.includes(':'))
          .map((t) => [t.slice(0, t.indexOf(':')), t.slice(t.indexOf(':') + 1)]),
      );
      const transition = text(body[f.transition], `"${f.transition}"`) ?? 'Triggered';
      const resolved = /recovered|resolved/i.test(transition);
      const node = componentOf(labels);
      const title = body[f.title] as string;
      const priority = text(body[f.priority], `"${f.priority}"`);
      const result = await accept(request, {
        source: 'datadog',
        dedupKey: `datadog:${text(body.aggregate, '"aggregate"') ?? text(body.alert_id, '"alert_id"') ?? text(id, `"${f.id}"`)}`,
        deliveryId: `datadog:${text(id, `"${f.id}"`)}`,
        description: title,
        labels,
        alerts: [
          {
            name: title,
            status: resolved ? 'resolved' : 'firing',
            ...(node ? { node } : {}),
            labels,
            ...(priority ? { severity: priority } : {}),
          },
        ],
        resolved,
      });
      return reply.code(202).send(result);
    },
  );

  app.post(
    '/api/v1/webhooks/pagerduty',
    { schema: { summary: 'PagerDuty v3 webhook (X-PagerDuty-Signature HMAC-SHA256)', ...webhookSchema } },
    async (request, reply) => {
      const secret = options.pagerduty?.secret;
      if (!secret) throw createError('ERR_WEBHOOK_NOT_CONFIGURED', { source: 'pagerduty' });
      const raw = (request as FastifyRequest & { rawBody?: Buffer }).rawBody ?? Buffer.alloc(0);
      const expected = Buffer.from(createHmac('sha256', secret).update(raw).digest('hex'));
      const header = request.headers['x-pagerduty-signature'];
      if (!header) missing('pagerduty', 'X-PagerDuty-Signature');
      const presented = String(header)
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.startsWith('v1='))
        .map((s) => Buffer.from(s.slice(3)));
      // Compared as bytes: a non-ASCII character has as many chars as the hex digest but more bytes.
      const ok = presented.some((sig) => sig.length === expected.length && timingSafeEqual(sig, expected));
      if (!ok) reject('pagerduty', 'bad signature');
      const body = request.body as {
        event?: {
          id?: string;
          event_type?: string;
          occurred_at?: string;
          data?: { id?: string; title?: string; urgency?: string; service?: { summary?: string } };
        };
      };
      const event = body?.event;
      if (
        typeof event?.id !== 'string' ||
        typeof event.event_type !== 'string' ||
        typeof event.data?.id !== 'string'
      )
        throw createError('ERR_SERVER_INVALID_BODY', { reason: 'expected a PagerDuty v3 event' });
      // No freshness check: PagerDuty retries a failed delivery for hours with the same signed body,
      // so an old occurred_at is normal; the event id makes a retry or a replay a no-op.
      text(event.data.title, 'event.data.title');
      text(event.data.urgency, 'event.data.urgency');
      const service = text(event.data.service?.summary, 'event.data.service.summary') ?? '';
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
        deliveryId: `pagerduty:${event.id}`,
        ...(resolved && event.occurred_at && Date.parse(event.occurred_at) > 0
          ? { resolvedAt: new Date(event.occurred_at).toISOString() }
          : {}),
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
