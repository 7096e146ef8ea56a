// The REST API through fastify's inject and, for SSE, real HTTP on 127.0.0.1 — with the real
// engine, rules and SQLite store.
import { mkdtempSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/index.js';
import { definePlugin } from '../../src/sdk/index.js';
import { createServer, type CulpritServer } from '../../src/server/index.js';
import { createSqliteStore } from '../../src/store/index.js';
import { healthyShop, logs, pods, withFaults } from '../helpers/shop-evidence.js';

const READ = 'reader:rrrrrrrrrrrrrrrrrrrr:incidents:read';
const WRITE_KEY = 'wwwwwwwwwwwwwwwwwwww';
let server: CulpritServer;
let url: string;

const faults = withFaults(
  healthyShop(),
  pods('redis-cart', { oomKilledRecent: 2, notReady: 1, ready: 0, total: 1 }),
  logs('cart', { errorLines: 40, unreachable: ['redis-cart'] }),
);
const tapePlugin = definePlugin({
  manifest: {
    id: 'tape',
    name: 'culprit-plugin-tape',
    version: '1.0.0',
    engine: '*',
    provides: { collectors: ['tape'] },
  },
  setup(ctx) {
    ctx.registerCollector({
      id: 'tape',
      async collect(scope) {
        await new Promise((r) => setTimeout(r, 30));
        const inScope = new Set(scope.nodes.map((n) => n.id));
        return {
          evidence: faults.evidence.filter((e) => inScope.has(e.node)),
          discovered: faults.discovered
            .map((d) => ({ ...d, usedBy: d.usedBy.filter((u) => inScope.has(u)) }))
            .filter((d) => d.usedBy.length),
        };
      },
    });
  },
});

beforeAll(async () => {
  const engine = await createEngine({
    topology: 'knowledge-graph',
    rules: 'rules',
    plugins: [{ plugin: tapePlugin as never }],
  });
  const store = createSqliteStore({ path: join(mkdtempSync(join(tmpdir(), 'culprit-api-')), 'db.sqlite') });
  server = await createServer({
    engine,
    store,
    apiKeys: [
      { name: 'writer', key: WRITE_KEY, scopes: ['incidents:read', 'incidents:write'] },
      { name: 'reader', key: READ.split(':')[1]!, scopes: ['incidents:read'] },
    ],
    logLevel: 'silent',
    heartbeatMs: 200,
  });
  url = await server.app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => server?.close({ timeoutMs: 2_000 }));

const auth = { authorization: `Bearer ${WRITE_KEY}` };
const post = (body: unknown, headers: Record<string, string> = {}) =>
  server.app.inject({
    method: 'POST',
    url: '/api/v1/incidents',
    headers: { ...auth, 'content-type': 'application/json', ...headers },
    payload: JSON.stringify(body),
  });

async function waitDone(id: string) {
  for (let i = 0; i < 200; i++) {
    const r = await server.app.inject({ url: `/api/v1/incidents/${id}`, headers: auth });
    const body = r.json() as { status: string };
    if (body.status === 'completed' || body.status === 'failed') return r.json() as Record<string, unknown>;
    await new Promise((res) => setTimeout(res, 25));
  }
  throw new Error('not done');
}

describe('incidents API', () => {
  it('accepts an incident (202 once stored) and serves its ranked root causes', async () => {
    const res = await post({ description: 'checkout is failing, cart keeps restarting' });
    expect(res.statusCode).toBe(202);
    const { incident_id, status_url } = res.json() as { incident_id: string; status_url: string };
    expect(status_url).toBe(`/api/v1/incidents/${incident_id}`);
    const done = await waitDone(incident_id);
    expect(done).toMatchObject({
      status: 'completed',
      suggested_root_cause: { component: 'redis-cart', cause: 'oom-killed' },
      confidence_band: 'high',
    });
    expect(done.confidence_score).toEqual(expect.any(Number));
    expect((done.entities as { component: string }[]).map((e) => e.component).sort()).toEqual([
      'cart',
      'checkout',
    ]);
    const list = await server.app.inject({
      url: '/api/v1/incidents?status=completed&limit=1',
      headers: auth,
    });
    expect((list.json() as { items: unknown[] }).items).toHaveLength(1);
  });

  it('Idempotency-Key: same body → same incident, different body → 422', async () => {
    const a = await post({ description: 'payments down' }, { 'idempotency-key': 'key-1' });
    const b = await post({ description: 'payments down' }, { 'idempotency-key': 'key-1' });
    const c = await post({ description: 'something else' }, { 'idempotency-key': 'key-1' });
    expect([a.statusCode, b.statusCode, c.statusCode]).toEqual([202, 202, 422]);
    expect((b.json() as { incident_id: string }).incident_id).toBe(
      (a.json() as { incident_id: string }).incident_id,
    );
    expect(c.json()).toMatchObject({
      error: { code: 'ERR_STORE_IDEMPOTENCY_CONFLICT' },
      request_id: expect.any(String),
    });
  });

  it.each([
    ['invalid body', () => post({ nope: true }), 400, 'ERR_SERVER_INVALID_BODY'],
    [
      'unknown component named',
      () => post({ description: 'x', entities: ['ghost'] }),
      400,
      'ERR_ENGINE_UNKNOWN_COMPONENT',
    ],
    [
      'malformed JSON',
      () =>
        server.app.inject({
          method: 'POST',
          url: '/api/v1/incidents',
          headers: { ...auth, 'content-type': 'application/json' },
          payload: '{',
        }),
      400,
      'ERR_SERVER_INVALID_BODY',
    ],
    [
      'wrong media type',
      () =>
        server.app.inject({
          method: 'POST',
          url: '/api/v1/incidents',
          headers: { ...auth, 'content-type': 'text/plain' },
          payload: 'hi',
        }),
      415,
      'ERR_SERVER_UNSUPPORTED_MEDIA_TYPE',
    ],
    ['too large', () => post({ description: 'x'.repeat(70_000) }), 413, 'ERR_SERVER_TOO_LARGE'],
    [
      'no key',
      () => server.app.inject({ method: 'GET', url: '/api/v1/incidents' }),
      401,
      'ERR_SERVER_UNAUTHORIZED',
    ],
    [
      'wrong key',
      () =>
        server.app.inject({
          method: 'GET',
          url: '/api/v1/incidents',
          headers: { authorization: 'Bearer wrong-key-wrong-key' },
        }),
      401,
      'ERR_SERVER_UNAUTHORIZED',
    ],
    [
      'read-only key writing',
      () => post({ description: 'x' }, { authorization: `Bearer ${READ.split(':')[1]}` }),
      403,
      'ERR_SERVER_FORBIDDEN',
    ],
    [
      'unknown incident',
      () => server.app.inject({ url: '/api/v1/incidents/nope', headers: auth }),
      404,
      'ERR_STORE_NOT_FOUND',
    ],
    [
      'unknown route',
      () => server.app.inject({ url: '/api/v2/whatever', headers: auth }),
      404,
      'ERR_SERVER_NOT_FOUND',
    ],
    [
      'bad cursor',
      () => server.app.inject({ url: '/api/v1/incidents?cursor=zzz', headers: auth }),
      400,
      'ERR_STORE_INVALID_CURSOR',
    ],
  ])('%s → %i %s with the error body shape', async (_name, call, status, code) => {
    const res = await call();
    expect(res.statusCode).toBe(status);
    const body = res.json() as { error: { code: string; message: string }; request_id: string };
    expect(body.error.code).toBe(code);
    expect(body.request_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body).not.toContain(WRITE_KEY);
    expect(res.body).not.toMatch(/\n\s+at /);
  });

  it('health, readiness, metrics and OpenAPI', async () => {
    expect((await server.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await server.app.inject({ url: '/readyz' })).statusCode).toBe(200);
    const metrics = (await server.app.inject({ url: '/metrics', headers: auth })).body;
    expect(metrics).toMatch(/culprit_incidents_accepted_total\{source="api"\} \d+/);
    expect(metrics).toMatch(/culprit_investigation_duration_seconds_bucket/);
    const spec = (await server.app.inject({ url: '/openapi.json', headers: auth })).json() as {
      openapi: string;
      paths: Record<string, object>;
    };
    expect(spec.openapi).toMatch(/^3\./);
    const validation = await new Validator().validate(spec as never);
    expect(validation.errors ?? []).toEqual([]);
    expect(validation.valid).toBe(true);
    expect(Object.keys(spec.paths).sort()).toEqual(
      [
        '/api/v1/incidents',
        '/api/v1/incidents/{id}',
        '/api/v1/incidents/{id}/events',
        '/api/v1/slack/commands',
        '/api/v1/slack/events',
        '/api/v1/webhooks/alertmanager',
        '/api/v1/webhooks/datadog',
        '/api/v1/webhooks/pagerduty',
        '/healthz',
        '/metrics',
        '/readyz',
        '/api/v1/agent-tokens',
        '/api/v1/agent-tokens/{id}',
        '/api/v1/agents/{cluster}/requests',
        '/api/v1/agents/{cluster}/requests/{id}/result',
      ].sort(),
    );
    expect((await server.app.inject({ url: '/docs', headers: auth })).statusCode).toBeLessThan(400);
    const css = await server.app.inject({ url: '/docs/static/swagger-ui.css', headers: auth });
    expect([css.statusCode, css.headers['content-type']]).toEqual([200, 'text/css; charset=utf-8']);
  });
});

function sse(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ events: { id: number; type: string }[]; raw: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${url}${path}`, { headers: { ...auth, ...headers } }, (res) => {
      let raw = '';
      res.on('data', (d: Buffer) => (raw += d.toString()));
      res.on('end', () => {
        const events = [...raw.matchAll(/^id: (\d+)\nevent: ([\w.]+)$/gm)].map((m) => ({
          id: Number(m[1]),
          type: m[2]!,
        }));
        resolve({ events, raw });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('load shedding', () => {
  it('answers 429 with Retry-After past the in-flight limit and stores nothing for those', async () => {
    const engine = await createEngine({ topology: 'knowledge-graph', rules: 'rules' });
    const store = createSqliteStore({
      path: join(mkdtempSync(join(tmpdir(), 'culprit-shed-')), 'db.sqlite'),
    });
    // A slow store write keeps requests in flight long enough to pile up.
    const slowStore = new Proxy(store, {
      get(target, prop, receiver) {
        if (prop === 'create')
          return async (...args: Parameters<typeof store.create>) => {
            await new Promise((r) => setTimeout(r, 100));
            return target.create(...args);
          };
        const value = Reflect.get(target, prop, receiver) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const small = await createServer({ engine, store: slowStore, logLevel: 'silent', maxInFlight: 2 });
    try {
      const slowUrl = await small.app.listen({ host: '127.0.0.1', port: 0 });
      const responses = await Promise.all(
        Array.from({ length: 40 }, () =>
          fetch(`${slowUrl}/api/v1/incidents`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ description: 'cart slow' }),
          }),
        ),
      );
      const shed = responses.filter((r) => r.status === 429);
      expect(shed.length).toBeGreaterThan(0);
      expect(shed[0]!.headers.get('retry-after')).toBe('1');
      expect(((await shed[0]!.json()) as { error: { code: string } }).error.code).toBe(
        'ERR_SERVER_OVERLOADED',
      );
      const accepted = responses.filter((r) => r.status === 202).length;
      expect(Object.values(await store.counts()).reduce((a, b) => a + b, 0)).toBe(accepted);
      expect((await fetch(`${slowUrl}/healthz`)).status).toBe(200);
    } finally {
      await small.close({ timeoutMs: 1_000 });
    }
  });
});

describe('live progress over SSE', () => {
  it('streams every event in order; Last-Event-ID resumes without a gap', async () => {
    const { incident_id: id } = (await post({ description: 'cart keeps restarting' })).json() as {
      incident_id: string;
    };
    const live = await sse(`/api/v1/incidents/${id}/events`);
    expect(live.events.map((e) => e.id)).toEqual(live.events.map((_, i) => i + 1));
    expect(live.events[0]!.type).toBe('investigation.started');
    expect(live.events.at(-1)!.type).toBe('report.ready');
    expect(live.raw).toMatch(/event: end\n/);

    const cut = Math.floor(live.events.length / 2);
    const resumed = await sse(`/api/v1/incidents/${id}/events`, { 'last-event-id': String(cut) });
    expect(resumed.events.map((e) => e.id)).toEqual(live.events.slice(cut).map((e) => e.id));
  });

  it('500 connections opened and dropped leave no subscriber behind', async () => {
    const { incident_id: id } = (await post({ description: 'slow checkout' })).json() as {
      incident_id: string;
    };
    await waitDone(id);
    const { incident_id: open } = (await post({ description: 'another one' })).json() as {
      incident_id: string;
    };
    const drops: Promise<void>[] = [];
    for (let i = 0; i < 500; i++) {
      drops.push(
        new Promise<void>((resolve) => {
          const req = httpRequest(`${url}/api/v1/incidents/${open}/events`, { headers: auth }, (res) => {
            res.once('data', () => {
              req.destroy();
              resolve();
            });
          });
          req.on('error', () => resolve());
          req.end();
        }),
      );
    }
    await Promise.all(drops);
    await waitDone(open);
    for (let i = 0; i < 50; i++) {
      const metrics = (await server.app.inject({ url: '/metrics', headers: auth })).body;
      if (/culprit_sse_subscribers 0\b/.test(metrics)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('subscribers were left behind');
  });
});
