// The OpenAPI document describes what the service really answers: it validates as OpenAPI 3, every
// operation has a tag, a summary and documented responses with examples, and real responses of every
// route (success and error, through fastify's inject) validate against the documented schema.
import { createHmac } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv } from 'ajv';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine/index.js';
import { definePlugin } from '../../src/sdk/index.js';
import { createServer, type CulpritServer } from '../../src/server/index.js';
import { incidentView } from '../../src/server/incident-view.js';
import { createSqliteStore, type IncidentStore } from '../../src/store/index.js';
import { healthyShop, logs, pods, withFaults } from '../helpers/shop-evidence.js';

// Evidence of the shop demo's fault, so the incident gets ranked hypotheses to document.
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

const KEY = 'wwwwwwwwwwwwwwwwwwww';
const AM_SECRET = 'alertmanager-shared-secret-0123';
const SLACK_SECRET = 'slack-signing-secret-for-openapi';
const auth = { authorization: `Bearer ${KEY}` };
const ADMIN_KEY = 'aaaaaaaaaaaaaaaaaaaaaaaa';

type Schema = Record<string, unknown>;
interface Operation {
  tags?: string[];
  summary?: string;
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
}
let server: CulpritServer;
let store: IncidentStore;
let engine: Engine;
let spec: { openapi: string; tags?: { name: string }[]; paths: Record<string, Record<string, Operation>> };
const checked = new Set<string>();

beforeAll(async () => {
  engine = await createEngine({
    topology: 'knowledge-graph',
    rules: 'rules',
    plugins: [{ plugin: tapePlugin as never }],
  });
  store = createSqliteStore({
    path: join(mkdtempSync(join(tmpdir(), 'culprit-openapi-')), 'db.sqlite'),
  });
  server = await createServer({
    engine,
    store,
    logLevel: 'silent',
    apiKeys: [
      { name: 'writer', key: KEY, scopes: ['incidents:read', 'incidents:write'] },
      { name: 'admin', key: ADMIN_KEY, scopes: ['admin'] },
    ],
    webhooks: { alertmanager: { secret: AM_SECRET } },
    slack: { signingSecret: SLACK_SECRET },
  });
  spec = (await server.app.inject({ url: '/openapi.json', headers: auth })).json();
});
afterAll(async () => server?.close({ timeoutMs: 2_000 }));

/** OpenAPI 3.0 schema → JSON Schema for Ajv: `nullable` becomes a null type; `example` is dropped. */
function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Schema = {};
  for (const [k, v] of Object.entries(schema))
    if (k !== 'example' && k !== 'nullable') out[k] = toJsonSchema(v);
  if ((schema as Schema).nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
  }
  return out;
}
const ajv = new Ajv({ strict: false, allErrors: true });

/** Validates one real response against the document: path template, method, status (or NXX). */
function expectDocumented(path: string, method: string, res: LightMyRequestResponse) {
  const op = spec.paths[path]?.[method];
  expect(op, `${method} ${path} is documented`).toBeDefined();
  const status = String(res.statusCode);
  const documented = op!.responses[status] ?? op!.responses[`${status[0]}XX`];
  expect(documented, `${method} ${path} documents ${status}`).toBeDefined();
  const type = String(res.headers['content-type'] ?? '').split(';')[0]!;
  const media = documented!.content?.[type];
  expect(media, `${method} ${path} ${status} documents ${type}`).toBeDefined();
  const body = type === 'application/json' ? res.json() : res.body;
  const validate = ajv.compile(toJsonSchema(media!.schema) as Schema);
  expect(validate(body), `${method} ${path} ${status}: ${JSON.stringify(validate.errors)}`).toBe(true);
  checked.add(`${method} ${path} ${status[0]}xx`);
}

const json = { 'content-type': 'application/json' };
const alertmanager = JSON.stringify({
  version: '4',
  groupKey: '{}/{}:{alertname="RedisDown"}',
  truncatedAlerts: 0,
  status: 'firing',
  receiver: 'culprit',
  groupLabels: { alertname: 'RedisDown' },
  commonLabels: { alertname: 'RedisDown', namespace: 'shop', severity: 'critical' },
  commonAnnotations: { summary: 'redis-cart is down' },
  externalURL: 'http://alertmanager.local:9093',
  alerts: [
    {
      status: 'firing',
      labels: { alertname: 'RedisDown', namespace: 'shop', statefulset: 'redis-cart' },
      annotations: { summary: 'redis-cart is down' },
      startsAt: '2026-11-22T14:05:00Z',
      endsAt: '0001-01-01T00:00:00Z',
      fingerprint: 'a1b2c3',
    },
  ],
});
const slackSigned = (body: string) => {
  const ts = Math.floor(Date.now() / 1000);
  return {
    'x-slack-request-timestamp': String(ts),
    'x-slack-signature': `v0=${createHmac('sha256', SLACK_SECRET).update(`v0:${ts}:${body}`).digest('hex')}`,
  };
};

describe('OpenAPI document', () => {
  it('is a valid OpenAPI 3 document', async () => {
    const validation = await new Validator().validate(spec as never);
    expect(validation.errors ?? []).toEqual([]);
    expect(validation.valid).toBe(true);
  });

  it('every operation has a declared tag, a summary, and response schemas with examples', () => {
    const declared = new Set((spec.tags ?? []).map((t) => t.name));
    for (const [path, methods] of Object.entries(spec.paths))
      for (const [method, op] of Object.entries(methods)) {
        const where = `${method} ${path}`;
        expect(op.tags?.length, where).toBeGreaterThan(0);
        for (const tag of op.tags!) expect(declared.has(tag), `${where} tag ${tag}`).toBe(true);
        expect(op.summary, where).toBeTruthy();
        const success = Object.keys(op.responses).filter((s) => /^2/.test(s));
        expect(success.length, `${where} documents its success`).toBeGreaterThan(0);
        for (const [status, response] of Object.entries(op.responses)) {
          const media = Object.values(response.content ?? {});
          expect(media.length, `${where} ${status} has content`).toBeGreaterThan(0);
          for (const m of media) expect(m.schema.example, `${where} ${status} example`).toBeDefined();
        }
      }
  });

  it('each documented example validates against its own schema', () => {
    for (const [path, methods] of Object.entries(spec.paths))
      for (const [method, op] of Object.entries(methods))
        for (const [status, response] of Object.entries(op.responses))
          for (const m of Object.values(response.content ?? {})) {
            const validate = ajv.compile(toJsonSchema(m.schema) as Schema);
            expect(
              validate(m.schema.example),
              `${method} ${path} ${status}: ${JSON.stringify(validate.errors)}`,
            ).toBe(true);
          }
  });
});

describe('real responses match the documented schemas', () => {
  const inject = (opts: InjectOptions) => server.app.inject(opts);

  it('incidents: submit, read, list, and their errors', async () => {
    const accepted = await inject({
      method: 'POST',
      url: '/api/v1/incidents',
      headers: { ...auth, ...json },
      payload: JSON.stringify({ description: 'cart is failing, redis-cart restarting', severity: 'high' }),
    });
    expect(accepted.statusCode).toBe(202);
    expectDocumented('/api/v1/incidents', 'post', accepted);
    const id = (accepted.json() as { incident_id: string }).incident_id;
    let one: LightMyRequestResponse | undefined;
    for (let i = 0; i < 400; i++) {
      one = await inject({ url: `/api/v1/incidents/${id}`, headers: auth });
      if (['completed', 'failed'].includes((one.json() as { status: string }).status)) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    expect((one!.json() as { status: string }).status).toBe('completed');
    expectDocumented('/api/v1/incidents/{id}', 'get', one!);
    // The response schema documents; it never drops or coerces a field of the view.
    const tape = await store.getTape(id);
    const names = { graph: engine.graph, ...(tape ? { discovered: tape.discovered } : {}) };
    expect(one!.json()).toEqual(JSON.parse(JSON.stringify(incidentView((await store.get(id))!, names))));
    expect((one!.json() as { hypotheses: unknown[] }).hypotheses.length).toBeGreaterThan(0);
    expectDocumented(
      '/api/v1/incidents',
      'get',
      await inject({ url: '/api/v1/incidents?limit=5', headers: auth }),
    );

    const invalid = await inject({
      method: 'POST',
      url: '/api/v1/incidents',
      headers: { ...auth, ...json },
      payload: '{}',
    });
    expect(invalid.statusCode).toBe(400);
    expectDocumented('/api/v1/incidents', 'post', invalid);
    const missing = await inject({ url: '/api/v1/incidents/nope', headers: auth });
    expect(missing.statusCode).toBe(404);
    expectDocumented('/api/v1/incidents/{id}', 'get', missing);
    const badQuery = await inject({ url: '/api/v1/incidents?limit=0', headers: auth });
    expect(badQuery.statusCode).toBe(400);
    expectDocumented('/api/v1/incidents', 'get', badQuery);
    const noEvents = await inject({ url: '/api/v1/incidents/nope/events', headers: auth });
    expect(noEvents.statusCode).toBe(404);
    expectDocumented('/api/v1/incidents/{id}/events', 'get', noEvents);
    const unauthorized = await inject({ url: '/api/v1/incidents' });
    expect(unauthorized.statusCode).toBe(401);
    expectDocumented('/api/v1/incidents', 'get', unauthorized);
  }, 30_000);

  it('webhooks: accepted, and refused without the secret', async () => {
    const ok = await inject({
      method: 'POST',
      url: '/api/v1/webhooks/alertmanager',
      headers: { ...json, 'x-culprit-webhook-secret': AM_SECRET },
      payload: alertmanager,
    });
    expect(ok.statusCode).toBe(202);
    expectDocumented('/api/v1/webhooks/alertmanager', 'post', ok);
    const refused = await inject({
      method: 'POST',
      url: '/api/v1/webhooks/alertmanager',
      headers: json,
      payload: alertmanager,
    });
    expect(refused.statusCode).toBe(401);
    expectDocumented('/api/v1/webhooks/alertmanager', 'post', refused);
    const off = await inject({
      method: 'POST',
      url: '/api/v1/webhooks/datadog',
      headers: json,
      payload: '{}',
    });
    expect(off.statusCode).toBe(404);
    expectDocumented('/api/v1/webhooks/datadog', 'post', off);
    const offPd = await inject({
      method: 'POST',
      url: '/api/v1/webhooks/pagerduty',
      headers: json,
      payload: '{}',
    });
    expectDocumented('/api/v1/webhooks/pagerduty', 'post', offPd);
  });

  it('slack: the command ack, the url_verification challenge, a bad signature', async () => {
    const form = new URLSearchParams({
      text: 'checkout is failing',
      channel_id: 'C1',
      user_id: 'U1',
      trigger_id: 't1',
    }).toString();
    const command = await inject({
      method: 'POST',
      url: '/api/v1/slack/commands',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...slackSigned(form) },
      payload: form,
    });
    expect(command.statusCode).toBe(200);
    expectDocumented('/api/v1/slack/commands', 'post', command);
    const challenge = JSON.stringify({ type: 'url_verification', challenge: 'c-123' });
    const events = await inject({
      method: 'POST',
      url: '/api/v1/slack/events',
      headers: { ...json, ...slackSigned(challenge) },
      payload: challenge,
    });
    expect(events.json()).toEqual({ challenge: 'c-123' });
    expectDocumented('/api/v1/slack/events', 'post', events);
    const forged = await inject({
      method: 'POST',
      url: '/api/v1/slack/events',
      headers: {
        ...json,
        'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)),
        'x-slack-signature': 'v0=00',
      },
      payload: challenge,
    });
    expect(forged.statusCode).toBe(401);
    expectDocumented('/api/v1/slack/events', 'post', forged);
  });

  it('operations: liveness, readiness, metrics', async () => {
    expectDocumented('/healthz', 'get', await inject({ url: '/healthz' }));
    expectDocumented('/readyz', 'get', await inject({ url: '/readyz' }));
    expectDocumented('/metrics', 'get', await inject({ url: '/metrics', headers: auth }));
  });

  it('agents: tokens (admin), the long poll and an answer, and their errors', async () => {
    const admin = { authorization: `Bearer ${ADMIN_KEY}` };
    const created = await inject({
      method: 'POST',
      url: '/api/v1/agent-tokens',
      headers: { ...admin, ...json },
      payload: JSON.stringify({ cluster: 'west' }),
    });
    expectDocumented('/api/v1/agent-tokens', 'post', created);
    const { id, token } = created.json() as { id: string; token: string };
    expectDocumented(
      '/api/v1/agent-tokens',
      'get',
      await inject({ url: '/api/v1/agent-tokens', headers: admin }),
    );
    expectDocumented(
      '/api/v1/agent-tokens',
      'get',
      await inject({ url: '/api/v1/agent-tokens', headers: auth }),
    );
    await store.agents!.enqueueRequest({
      id: 'openapi-req',
      cluster: 'west',
      payload: { scope: [] },
      deadline: Date.now() + 60_000,
      leaseMs: 1000,
    });
    const agent = { authorization: `Bearer ${token}` };
    const url = '/api/v1/agents/{cluster}/requests';
    expectDocumented(
      url,
      'get',
      await inject({ url: '/api/v1/agents/west/requests?wait=0', headers: agent }),
    );
    expectDocumented(
      url,
      'get',
      await inject({ url: '/api/v1/agents/west/requests?wait=0', headers: agent }),
    );
    expectDocumented(
      url,
      'get',
      await inject({ url: '/api/v1/agents/east/requests?wait=0', headers: agent }),
    );
    const result = (id: string) =>
      inject({
        method: 'POST',
        url: `/api/v1/agents/west/requests/${id}/result`,
        headers: { ...agent, ...json },
        payload: JSON.stringify({ evidence: [] }),
      });
    expectDocumented('/api/v1/agents/{cluster}/requests/{id}/result', 'post', await result('openapi-req'));
    expectDocumented('/api/v1/agents/{cluster}/requests/{id}/result', 'post', await result('openapi-req'));
    const revoked = await inject({ method: 'DELETE', url: `/api/v1/agent-tokens/${id}`, headers: admin });
    expectDocumented('/api/v1/agent-tokens/{id}', 'delete', revoked);
    expectDocumented(
      '/api/v1/agent-tokens/{id}',
      'delete',
      await inject({ method: 'DELETE', url: `/api/v1/agent-tokens/${id}x`, headers: admin }),
    );
  });

  it('every operation was checked with a real success response', () => {
    const operations = Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m} ${path}`),
    );
    // The SSE stream is hijacked (no serializer): its 200 is documented as text/event-stream and
    // exercised by test/server/api.test.ts over real HTTP. Datadog and PagerDuty answer with the
    // Alertmanager route's schema (one webhookSchema); their 4xx were checked above.
    const notExercised = new Set([
      'get /api/v1/incidents/{id}/events',
      'post /api/v1/webhooks/datadog',
      'post /api/v1/webhooks/pagerduty',
    ]);
    const unchecked = operations.filter((op) => !notExercised.has(op) && !checked.has(`${op} 2xx`));
    expect(unchecked).toEqual([]);
  });
});
