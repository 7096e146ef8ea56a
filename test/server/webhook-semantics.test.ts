// Webhooks as the senders behave: an Alertmanager group fires, resolves and fires again (a new
// incident linked to the last), a quiet window ends a group's incident, PagerDuty retries old events
// for hours with the same signature (accepted once, then a no-op), and malformed credentials or
// payloads are 4xx with a code — never a 500 a sender would retry. Payloads are recorded files.
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine/index.js';
import { createServer, type CulpritServer, type WebhookOptions } from '../../src/server/index.js';
import { createSqliteStore, type IncidentStore } from '../../src/store/index.js';

const AM_SECRET = 'alertmanager-shared-secret-0123';
const DD_SECRET = 'datadog-shared-secret-456789';
const PD_SECRET = 'pagerduty-signing-secret-abcdef';
const SECRETS: WebhookOptions = {
  alertmanager: { secret: AM_SECRET },
  datadog: { secret: DD_SECRET },
  pagerduty: { secret: PD_SECRET },
};

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({ topology: 'knowledge-graph', rules: 'rules' });
});
const open: CulpritServer[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close({ timeoutMs: 2_000 });
});

async function start(webhooks: WebhookOptions = SECRETS, clock?: () => Date) {
  const store = createSqliteStore({
    path: join(mkdtempSync(join(tmpdir(), 'culprit-semantics-')), 'db.sqlite'),
    ...(clock ? { clock } : {}),
  });
  // No workers: these tests are about what is stored, not about investigations.
  const server = await createServer({ engine, store, logLevel: 'silent', webhooks, workers: 0 });
  open.push(server);
  return { server, store };
}

const fixture = (name: string) => readFileSync(`test/fixtures/webhooks/${name}.json`, 'utf8');
const sign = (body: string, secret = PD_SECRET) =>
  `v1=${createHmac('sha256', secret).update(body).digest('hex')}`;
const post = (server: CulpritServer, source: string, payload: string, headers: Record<string, string>) =>
  server.app.inject({
    method: 'POST',
    url: `/api/v1/webhooks/${source}`,
    headers: { 'content-type': 'application/json', ...headers },
    payload,
  });
const am = (server: CulpritServer, payload: string) =>
  post(server, 'alertmanager', payload, { authorization: `Bearer ${AM_SECRET}` });
const total = async (store: IncidentStore) => Object.values(await store.counts()).reduce((a, b) => a + b, 0);
const view = async (server: CulpritServer, id: string) =>
  (await server.app.inject({ url: `/api/v1/incidents/${id}` })).json() as Record<string, unknown>;
const codeOf = (res: { json: () => unknown }) => (res.json() as { error: { code: string } }).error.code;

describe('Alertmanager: dedupe per alert group expires', () => {
  it('firing → resolved → firing again is a new incident linked to the previous one', async () => {
    const { server } = await start();
    const first = await am(server, fixture('alertmanager-firing'));
    expect(first.statusCode).toBe(202);
    const a = first.json() as { incident_id: string; created: boolean };
    expect(a.created).toBe(true);
    const repeat = await am(server, fixture('alertmanager-firing'));
    expect(repeat.json()).toMatchObject({ incident_id: a.incident_id, created: false, resolved: false });

    const resolved = await am(server, fixture('alertmanager-resolved'));
    expect(resolved.json()).toMatchObject({ incident_id: a.incident_id, created: false, resolved: true });

    const again = await am(server, fixture('alertmanager-firing'));
    expect(again.statusCode).toBe(202);
    const b = again.json() as { incident_id: string; created: boolean; previous_incident_id: string };
    expect(b.created).toBe(true);
    expect(b.incident_id).not.toBe(a.incident_id);
    expect(b.previous_incident_id).toBe(a.incident_id);

    expect(await view(server, b.incident_id)).toMatchObject({
      previous_incident_id: a.incident_id,
      resolved_at: null,
    });
    // resolved_at is when Alertmanager says the group ended (the alerts' endsAt).
    expect(await view(server, a.incident_id)).toMatchObject({ resolved_at: '2026-11-22T14:35:00.000Z' });
  });

  it('a firing after the group was quiet for dedupWindowSeconds is a new incident linked to the last', async () => {
    let now = Date.parse('2026-11-22T15:00:00Z');
    const { server } = await start(
      { ...SECRETS, alertmanager: { secret: AM_SECRET, dedupWindowSeconds: 600 } },
      () => new Date(now),
    );
    const a = (await am(server, fixture('alertmanager-firing'))).json() as { incident_id: string };
    now += 9 * 60_000; // within the window: a repeat notification of the same problem
    expect((await am(server, fixture('alertmanager-firing'))).json()).toMatchObject({
      incident_id: a.incident_id,
      created: false,
    });
    now += 9 * 60_000; // the window counts from the last delivery, not from the first
    expect((await am(server, fixture('alertmanager-firing'))).json()).toMatchObject({
      incident_id: a.incident_id,
      created: false,
    });
    now += 11 * 60_000;
    const b = (await am(server, fixture('alertmanager-firing'))).json() as {
      incident_id: string;
      created: boolean;
      previous_incident_id: string;
    };
    expect(b.created).toBe(true);
    expect(b.previous_incident_id).toBe(a.incident_id);
  });

  it('truncatedAlerts is stored and shown', async () => {
    const { server, store } = await start();
    const payload = JSON.parse(fixture('alertmanager-firing')) as Record<string, unknown>;
    payload.truncatedAlerts = 12;
    const res = await am(server, JSON.stringify(payload));
    const id = (res.json() as { incident_id: string }).incident_id;
    expect((await store.get(id))?.incident.truncatedAlerts).toBe(12);
    expect(await view(server, id)).toMatchObject({ truncated_alerts: 12 });
  });

  it('object-valued labels or annotations are 400 ERR_SERVER_INVALID_BODY, nothing stored', async () => {
    const { server, store } = await start();
    const cases: ((p: {
      commonLabels: object;
      alerts: { labels: object; annotations: object }[];
    }) => void)[] = [
      (p) => (p.alerts[0]!.labels = { ...p.alerts[0]!.labels, statefulset: { name: 'redis-cart' } }),
      (p) => (p.commonLabels = { alertname: ['RedisDown'] }),
      (p) => (p.alerts[0]!.annotations = { summary: { text: 'down' } }),
    ];
    for (const mutate of cases) {
      const payload = JSON.parse(fixture('alertmanager-firing'));
      mutate(payload);
      const res = await am(server, JSON.stringify(payload));
      expect(res.statusCode).toBe(400);
      expect(codeOf(res)).toBe('ERR_SERVER_INVALID_BODY');
    }
    expect(await total(store)).toBe(0);
  });

  it('a missing secret is 401 ERR_WEBHOOK_CREDENTIALS_MISSING', async () => {
    const { server, store } = await start();
    const res = await post(server, 'alertmanager', fixture('alertmanager-firing'), {});
    expect(res.statusCode).toBe(401);
    expect(codeOf(res)).toBe('ERR_WEBHOOK_CREDENTIALS_MISSING');
    expect(await total(store)).toBe(0);
  });
});

describe('Datadog', () => {
  it('object-valued tags are 400 ERR_SERVER_INVALID_BODY, nothing stored', async () => {
    const { server, store } = await start();
    for (const tags of [[{ service: 'checkout' }], { service: 'checkout' }]) {
      const payload = { ...JSON.parse(fixture('datadog-triggered')), tags };
      const res = await post(server, 'datadog', JSON.stringify(payload), {
        'x-culprit-webhook-secret': DD_SECRET,
      });
      expect(res.statusCode).toBe(400);
      expect(codeOf(res)).toBe('ERR_SERVER_INVALID_BODY');
    }
    expect(await total(store)).toBe(0);
  });
});

describe('PagerDuty v3: retries of old events', () => {
  it('a correctly signed event with an old occurred_at is accepted; its retry (same event id) changes nothing', async () => {
    const { server, store } = await start();
    const triggered = fixture('pagerduty-triggered'); // occurred_at is days before now
    const first = await post(server, 'pagerduty', triggered, { 'x-pagerduty-signature': sign(triggered) });
    expect(first.statusCode).toBe(202);
    const a = first.json() as { incident_id: string; created: boolean };
    expect(a.created).toBe(true);

    const resolved = fixture('pagerduty-resolved');
    expect(
      (await post(server, 'pagerduty', resolved, { 'x-pagerduty-signature': sign(resolved) })).json(),
    ).toMatchObject({ incident_id: a.incident_id, resolved: true });

    // A late retry (or a replay) of the triggered event: the same incident, still resolved, nothing new.
    const retry = await post(server, 'pagerduty', triggered, { 'x-pagerduty-signature': sign(triggered) });
    expect(retry.statusCode).toBe(202);
    expect(retry.json()).toMatchObject({ incident_id: a.incident_id, created: false, resolved: true });
    expect(await total(store)).toBe(1);
    expect(await view(server, a.incident_id)).toMatchObject({ resolved_at: '2026-11-20T09:30:00.000Z' });
  });

  it('a missing signature header is 401 ERR_WEBHOOK_CREDENTIALS_MISSING', async () => {
    const { server, store } = await start();
    const res = await post(server, 'pagerduty', fixture('pagerduty-triggered'), {});
    expect(res.statusCode).toBe(401);
    expect(codeOf(res)).toBe('ERR_WEBHOOK_CREDENTIALS_MISSING');
    expect(await total(store)).toBe(0);
  });

  it('a non-ASCII byte in the signature header is 401 ERR_WEBHOOK_UNAUTHORIZED, not a 500', async () => {
    const { server, store } = await start();
    const address = new URL(await server.app.listen({ host: '127.0.0.1', port: 0 }));
    const body = Buffer.from(fixture('pagerduty-triggered'));
    // As many characters as a real signature but one byte 0xE9 (é in Latin-1, as Node reads header
    // bytes): more bytes than characters once re-encoded, the shape that broke timingSafeEqual.
    const forged = Buffer.concat([Buffer.from(sign(body.toString()).slice(0, -1)), Buffer.from([0xe9])]);
    const head = Buffer.from(
      `POST /api/v1/webhooks/pagerduty HTTP/1.1\r\nhost: ${address.host}\r\ncontent-type: application/json\r\n` +
        `content-length: ${body.length}\r\nconnection: close\r\nx-pagerduty-signature: `,
    );
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(address.port), address.hostname);
      let text = '';
      socket.on('data', (d: Buffer) => (text += d.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
      socket.end(Buffer.concat([head, forged, Buffer.from('\r\n\r\n'), body]));
    });
    const status = {
      status: Number(/^HTTP\/1\.1 (\d{3})/.exec(raw)?.[1]),
      body: raw.slice(raw.indexOf('\r\n\r\n') + 4),
    };
    expect(status.status).toBe(401);
    expect((JSON.parse(status.body) as { error: { code: string } }).error.code).toBe(
      'ERR_WEBHOOK_UNAUTHORIZED',
    );
    expect(await total(store)).toBe(0);
  });
});
