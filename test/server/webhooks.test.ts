// Webhooks with real payload shapes: a good secret or signature makes an incident; a tampered body
// or a wrong signature is 401 with nothing stored; a repeated delivery coalesces. What senders do
// over time (re-firing, retries of old events) is in webhook-semantics.test.ts.
import { createHmac } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/index.js';
import { createServer, type CulpritServer } from '../../src/server/index.js';
import { createSqliteStore, type IncidentStore } from '../../src/store/index.js';

const AM_SECRET = 'alertmanager-shared-secret-0123';
const DD_SECRET = 'datadog-shared-secret-456789';
const PD_SECRET = 'pagerduty-signing-secret-abcdef';
let server: CulpritServer;
let store: IncidentStore;

beforeAll(async () => {
  const engine = await createEngine({ topology: 'knowledge-graph', rules: 'rules' });
  store = createSqliteStore({ path: join(mkdtempSync(join(tmpdir(), 'culprit-hooks-')), 'db.sqlite') });
  server = await createServer({
    engine,
    store,
    logLevel: 'silent',
    webhooks: {
      alertmanager: { secret: AM_SECRET },
      datadog: { secret: DD_SECRET },
      pagerduty: { secret: PD_SECRET },
    },
  });
});
afterAll(async () => server?.close({ timeoutMs: 2_000 }));

const total = async () => Object.values(await store.counts()).reduce((a, b) => a + b, 0);
const send = (path: string, payload: string, headers: Record<string, string>) =>
  server.app.inject({
    method: 'POST',
    url: `/api/v1/webhooks/${path}`,
    headers: { 'content-type': 'application/json', ...headers },
    payload,
  });

const alertmanager = (status: 'firing' | 'resolved') =>
  JSON.stringify({
    version: '4',
    groupKey: '{}/{}:{alertname="RedisDown"}',
    truncatedAlerts: 0,
    status,
    receiver: 'culprit',
    groupLabels: { alertname: 'RedisDown' },
    commonLabels: { alertname: 'RedisDown', namespace: 'shop', severity: 'critical' },
    commonAnnotations: { summary: 'redis-cart is down' },
    externalURL: 'http://alertmanager.local:9093',
    alerts: [
      {
        status,
        labels: {
          alertname: 'RedisDown',
          namespace: 'shop',
          statefulset: 'redis-cart',
          severity: 'critical',
        },
        annotations: { summary: 'redis-cart is down' },
        startsAt: '2026-11-22T14:05:00Z',
        endsAt: '0001-01-01T00:00:00Z',
        generatorURL: 'http://prometheus.local/graph',
        fingerprint: 'a1b2c3',
      },
    ],
  });

const datadog = (transition: string) =>
  JSON.stringify({
    id: '7306231870843521923',
    title: '[Triggered] High error rate on checkout',
    body: 'Error rate above 5% for 10 minutes',
    alert_transition: transition,
    alert_id: '12345678',
    aggregate: 'a8b9c0d1',
    priority: 'P1',
    tags: 'service:checkout,env:prod',
  });

const pagerduty = (eventType: string, occurredAt = new Date().toISOString()) =>
  JSON.stringify({
    event: {
      id: `01DEN${eventType.length}`,
      event_type: eventType,
      resource_type: 'incident',
      occurred_at: occurredAt,
      agent: null,
      client: null,
      data: {
        id: 'PGR0VU2',
        type: 'incident',
        self: 'https://api.pagerduty.com/incidents/PGR0VU2',
        html_url: 'https://acme.pagerduty.com/incidents/PGR0VU2',
        number: 2,
        status: eventType === 'incident.resolved' ? 'resolved' : 'triggered',
        title: 'Payments failing',
        urgency: 'high',
        service: { id: 'PF9KMXH', summary: 'payment', type: 'service_reference' },
      },
    },
  });
const sign = (body: string, secret = PD_SECRET) =>
  `v1=${createHmac('sha256', secret).update(body).digest('hex')}`;

describe('Alertmanager webhook', () => {
  it('good secret → incident mapped to the component; repeated delivery → same incident; resolved updates it', async () => {
    const first = await send('alertmanager', alertmanager('firing'), {
      authorization: `Bearer ${AM_SECRET}`,
    });
    expect(first.statusCode).toBe(202);
    const { incident_id: id, created } = first.json() as { incident_id: string; created: boolean };
    expect(created).toBe(true);
    const again = await send('alertmanager', alertmanager('firing'), {
      'x-culprit-webhook-secret': AM_SECRET,
    });
    expect(again.json()).toMatchObject({ incident_id: id, created: false });
    const resolved = await send('alertmanager', alertmanager('resolved'), {
      authorization: `Bearer ${AM_SECRET}`,
    });
    expect(resolved.json()).toMatchObject({ incident_id: id, resolved: true });
    const record = await store.get(id);
    expect(record?.resolvedAt).toBeDefined();
    expect(record?.incident.entities.map((e) => e.node)).toContain('redis-cart');
    expect(record?.incident.alerts?.[0]).toMatchObject({
      name: 'RedisDown',
      node: 'redis-cart',
      status: 'firing',
    });
  });

  it('wrong or missing secret → 401, nothing stored', async () => {
    const before = await total();
    for (const [headers, code] of [
      [{ authorization: 'Bearer nope' }, 'ERR_WEBHOOK_UNAUTHORIZED'],
      [{}, 'ERR_WEBHOOK_CREDENTIALS_MISSING'],
    ] as [Record<string, string>, string][]) {
      const res = await send('alertmanager', alertmanager('firing').replace('RedisDown', 'Other'), headers);
      expect(res.statusCode).toBe(401);
      expect((res.json() as { error: { code: string } }).error.code).toBe(code);
    }
    expect(await total()).toBe(before);
  });
});

describe('Datadog webhook', () => {
  it('good secret → incident from tags; duplicate delivery → one incident', async () => {
    const a = await send('datadog', datadog('Triggered'), { 'x-culprit-webhook-secret': DD_SECRET });
    const b = await send('datadog', datadog('Triggered'), { 'x-culprit-webhook-secret': DD_SECRET });
    expect([a.statusCode, b.statusCode]).toEqual([202, 202]);
    const id = (a.json() as { incident_id: string }).incident_id;
    expect((b.json() as { incident_id: string }).incident_id).toBe(id);
    expect((await store.get(id))?.incident.entities.map((e) => e.node)).toContain('checkout');
  });

  it('wrong secret → 401, nothing stored', async () => {
    const before = await total();
    const res = await send('datadog', datadog('Triggered').replace('a8b9c0d1', 'other'), {
      'x-culprit-webhook-secret': 'guess',
    });
    expect(res.statusCode).toBe(401);
    expect(await total()).toBe(before);
  });
});

describe('PagerDuty v3 webhook', () => {
  it('valid signature (one of several) → incident; duplicate → same incident', async () => {
    const body = pagerduty('incident.triggered');
    const res = await send('pagerduty', body, { 'x-pagerduty-signature': `v1=deadbeef, ${sign(body)}` });
    expect(res.statusCode).toBe(202);
    const dup = await send('pagerduty', body, { 'x-pagerduty-signature': sign(body) });
    expect((dup.json() as { incident_id: string }).incident_id).toBe(
      (res.json() as { incident_id: string }).incident_id,
    );
    const record = await store.get((res.json() as { incident_id: string }).incident_id);
    expect(record?.incident.entities.map((e) => e.node)).toContain('payment');
  });

  it.each([
    [
      'tampered body',
      () => {
        const body = pagerduty('incident.triggered');
        return send('pagerduty', body.replace('Payments failing', 'Payments failing!!'), {
          'x-pagerduty-signature': sign(body),
        });
      },
    ],
    [
      'wrong secret',
      () => {
        const body = pagerduty('incident.acknowledged');
        return send('pagerduty', body, { 'x-pagerduty-signature': sign(body, 'not-the-secret') });
      },
    ],
  ])('%s → 401 and nothing stored', async (_name, call) => {
    const before = await total();
    const res = await call();
    expect(res.statusCode).toBe(401);
    expect((res.json() as { error: { code: string } }).error.code).toBe('ERR_WEBHOOK_UNAUTHORIZED');
    expect(await total()).toBe(before);
  });

  it('counts rejections in the metrics', async () => {
    const metrics = (await server.app.inject({ url: '/metrics' })).body;
    expect(metrics).toMatch(
      /culprit_webhook_rejections_total\{source="pagerduty",reason="bad signature"\} [1-9]/,
    );
  });
});
