// The smaller hardening promises of the REST service, each against the real server on 127.0.0.1
// (or a spawned `culprit serve`): JSON only outside Slack, Idempotency-Keys per caller, no library
// text in 5xx bodies, any-case bearer, keyed /metrics and /docs, credentials in URLs never
// logged, a prompt exit on SIGTERM, and a 202 that never waits for the extractor.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine/index.js';
import { createServer, type CulpritServer } from '../../src/server/index.js';
import { createSqliteStore, type IncidentStore } from '../../src/store/index.js';
import { startFakeOpenAI, type FakeOpenAI } from '../../src/testing/index.js';

const ALICE = 'alice-key-aaaaaaaaaaaaaaaa';
const BOB = 'bob-key-bbbbbbbbbbbbbbbbbbbb';
let engine: Engine;
let store: IncidentStore;
let dbPath: string;
let server: CulpritServer;
let url: string;

beforeAll(async () => {
  engine = await createEngine({ topology: 'knowledge-graph', rules: 'rules' });
  dbPath = join(mkdtempSync(join(tmpdir(), 'culprit-hard-')), 'db.sqlite');
  store = createSqliteStore({ path: dbPath, busyTimeoutMs: 50 });
  server = await createServer({
    engine,
    store,
    logLevel: 'silent',
    workers: 1,
    apiKeys: [
      { name: 'alice', key: ALICE, scopes: ['incidents:read', 'incidents:write'] },
      { name: 'bob', key: BOB, scopes: ['incidents:read', 'incidents:write'] },
    ],
  });
  url = await server.app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await server?.close({ timeoutMs: 2_000 });
  await engine?.close();
});

const submit = (headers: Record<string, string>, body = '{"description":"cart is slow"}') =>
  fetch(`${url}/api/v1/incidents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
const codeOf = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;
const total = async () => Object.values(await store.counts()).reduce((a, b) => a + b, 0);

describe('hardening', () => {
  it('a form-encoded POST outside the Slack routes is 415 and stores nothing', async () => {
    const open = await createServer({ engine, store, logLevel: 'silent', workers: 1 });
    try {
      const before = await total();
      const res = await open.app.inject({
        method: 'POST',
        url: '/api/v1/incidents',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'description=checkout+is+down',
      });
      expect(res.statusCode).toBe(415);
      expect(res.json().error.code).toBe('ERR_SERVER_UNSUPPORTED_MEDIA_TYPE');
      expect(await total()).toBe(before);
    } finally {
      await open.close({ timeoutMs: 1_000 });
    }
  });

  it('one Idempotency-Key from two API keys makes two incidents; from one key, one', async () => {
    const key = { 'idempotency-key': 'deploy-42' };
    const a1 = (await (await submit({ authorization: `Bearer ${ALICE}`, ...key })).json()) as {
      incident_id: string;
    };
    const a2 = (await (await submit({ authorization: `Bearer ${ALICE}`, ...key })).json()) as {
      incident_id: string;
    };
    const b1 = (await (await submit({ authorization: `Bearer ${BOB}`, ...key })).json()) as {
      incident_id: string;
    };
    expect(a2.incident_id).toBe(a1.incident_id);
    expect(b1.incident_id).not.toBe(a1.incident_id);
  });

  it('the bearer scheme is matched in any case (RFC 7235)', async () => {
    for (const scheme of ['bearer', 'BEARER', 'Bearer'])
      expect((await submit({ authorization: `${scheme} ${ALICE}` })).status).toBe(202);
    expect(await codeOf(await submit({ authorization: `Basic ${ALICE}` }))).toBe('ERR_SERVER_UNAUTHORIZED');
  });

  it('/metrics, /openapi.json and /docs need a key when keys are configured', async () => {
    for (const path of ['/metrics', '/openapi.json', '/docs', '/docs/json']) {
      const anonymous = await fetch(`${url}${path}`);
      expect([path, anonymous.status]).toEqual([path, 401]);
      expect(await codeOf(anonymous)).toBe('ERR_SERVER_UNAUTHORIZED');
      const keyed = await fetch(`${url}${path}`, { headers: { 'x-api-key': BOB } });
      expect([path, keyed.status]).toEqual([path, 200]);
    }
  });

  it('publicOps opens /metrics and /docs explicitly', async () => {
    const ops = await createServer({
      engine,
      store,
      logLevel: 'silent',
      workers: 1,
      apiKeys: [{ name: 'alice', key: ALICE, scopes: ['incidents:read'] }],
      publicOps: ['metrics', 'docs'],
    });
    try {
      for (const path of ['/metrics', '/openapi.json', '/docs'])
        expect([path, (await ops.app.inject({ url: path })).statusCode]).toEqual([path, 200]);
      expect((await ops.app.inject({ url: '/api/v1/incidents' })).statusCode).toBe(401);
    } finally {
      await ops.close({ timeoutMs: 1_000 });
    }
  });

  it('a store fault answers a coded 503 without the SQLite text', async () => {
    const locker = new Database(dbPath);
    locker.exec('BEGIN EXCLUSIVE');
    try {
      const res = await submit({ authorization: `Bearer ${ALICE}` }, '{"description":"while locked"}');
      const text = await res.text();
      expect(res.status).toBe(503);
      expect(JSON.parse(text).error.code).toMatch(/^ERR_STORE_(BUSY|UNAVAILABLE)$/);
      expect(JSON.parse(text).error.message).not.toMatch(/sqlite|SQLITE_|database is locked/i);
    } finally {
      locker.exec('ROLLBACK');
      locker.close();
    }
  });
});

describe('accept first, extract in the worker', () => {
  let fake: FakeOpenAI;
  let llmEngine: Engine;
  let llmServer: CulpritServer;
  beforeAll(async () => {
    fake = await startFakeOpenAI(() => ({ hang: true }));
    llmEngine = await createEngine({
      topology: 'knowledge-graph',
      rules: 'rules',
      llm: { model: 'gpt-test', apiKey: 'sk-test', baseURL: fake.url, timeoutMs: 120_000 },
    });
    llmServer = await createServer({
      engine: llmEngine,
      store: createSqliteStore({ path: join(mkdtempSync(join(tmpdir(), 'culprit-llm-')), 'db.sqlite') }),
      logLevel: 'silent',
      workers: 1,
      webhooks: { alertmanager: { secret: 'am-secret-aaaaaaaaaaaaaaaa' } },
    });
  });
  afterAll(async () => {
    await llmServer?.close({ timeoutMs: 1_000 });
    await llmEngine?.close();
    await fake?.close();
  });

  it(
    'POST answers 202 while the language model hangs; the worker extracts afterwards',
    { timeout: 30_000 },
    async () => {
      const res = await llmServer.app.inject({
        method: 'POST',
        url: '/api/v1/incidents',
        headers: { 'content-type': 'application/json' },
        payload: { description: 'checkout is failing with 500s' },
      });
      expect(res.statusCode).toBe(202);
      const webhook = await llmServer.app.inject({
        method: 'POST',
        url: '/api/v1/webhooks/alertmanager',
        headers: { 'content-type': 'application/json', authorization: 'Bearer am-secret-aaaaaaaaaaaaaaaa' },
        payload: {
          version: '4',
          groupKey: 'g1',
          status: 'firing',
          commonLabels: { alertname: 'HighErrorRate', service: 'checkout' },
          commonAnnotations: { summary: 'checkout errors' },
          alerts: [{ status: 'firing', labels: { alertname: 'HighErrorRate' } }],
        },
      });
      expect(webhook.statusCode).toBe(202);
      // The extractor is asked only now, by the worker, and the request is still hanging there.
      while (fake.requests.length === 0) await new Promise((r) => setTimeout(r, 20));
    },
  );
});

describe('culprit serve', () => {
  it(
    'never logs a credential from the URL, and an idle server exits promptly on SIGTERM',
    { timeout: 60_000 },
    async () => {
      expect(existsSync('dist/src/cli/main.js'), 'npm test builds dist/ first').toBe(true);
      const secret = 'url-secret-zzzzzzzzzzzzzzzz';
      const child = spawn(
        process.execPath,
        [
          'dist/src/cli/main.js',
          'serve',
          '--plugin',
          './test/fixtures/quiet-collector-plugin.mjs',
          '--data',
          join(mkdtempSync(join(tmpdir(), 'culprit-term-')), 'data'),
          '--port',
          '0',
          '--api-key',
          `ops:${ALICE}:incidents:read`,
          '--log-level',
          'info',
        ],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let out = '';
      child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      try {
        while (!/listening on (http:\/\/\S+)/.test(out)) await new Promise((r) => setTimeout(r, 50));
        const base = /listening on (http:\/\/\S+)/.exec(out)![1]!;
        const res = await fetch(`${base}/api/v1/incidents?api_key=${secret}&limit=1&access_token=${secret}`, {
          headers: { authorization: `Bearer ${ALICE}` },
        });
        expect(res.status).toBe(200);
        // Keys are read from headers only: one in the URL is no credential.
        expect((await fetch(`${base}/api/v1/incidents?api_key=${ALICE}`)).status).toBe(401);
        while (!out.includes('request completed')) await new Promise((r) => setTimeout(r, 50));
        const started = Date.now();
        child.kill('SIGTERM');
        expect(await exited).toBe(0);
        const took = Date.now() - started;
        expect(out).not.toContain(secret);
        expect(out).not.toContain(ALICE);
        // The old grace timer held an idle process for its full 10 s; bounded loosely for busy machines.
        expect(took).toBeLessThan(5_000);
      } finally {
        if (child.exitCode === null) child.kill('SIGKILL');
      }
    },
  );
});
