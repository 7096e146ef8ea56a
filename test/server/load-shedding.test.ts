// Load shedding against the real server on 127.0.0.1 with real sockets: requests aborted halfway
// through their body, unauthenticated ones and SSE streams opened and closed must all give their
// slot back, SSE has its own pool, and /readyz tells the truth about overload.
import { connect } from 'node:net';
import { request as httpRequest } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine/index.js';
import { createServer, type CulpritServer } from '../../src/server/index.js';
import { createSqliteStore, type IncidentStore } from '../../src/store/index.js';

const KEY = 'kkkkkkkkkkkkkkkkkkkkkkkk';
const auth = { authorization: `Bearer ${KEY}` };
const MAX_IN_FLIGHT = 8;
const MAX_SUBSCRIBERS = 8;

let engine: Engine;
let store: IncidentStore;
let server: CulpritServer;
let url: string;
let port: number;
let gate: Promise<void> | undefined;

/** The real store, except that `create` can be held at a gate to keep handlers busy. */
function gatedStore(real: IncidentStore): IncidentStore {
  return new Proxy(real, {
    get(target, prop, receiver) {
      if (prop === 'create')
        return async (...args: Parameters<IncidentStore['create']>) => {
          await gate;
          return target.create(...args);
        };
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

beforeAll(async () => {
  engine = await createEngine({ topology: 'knowledge-graph', rules: 'rules' });
  store = createSqliteStore({ path: join(mkdtempSync(join(tmpdir(), 'culprit-shed-')), 'db.sqlite') });
  server = await createServer({
    engine,
    store: gatedStore(store),
    apiKeys: [{ name: 'writer', key: KEY, scopes: ['incidents:read', 'incidents:write'] }],
    logLevel: 'silent',
    workers: 1,
    heartbeatMs: 100,
    maxInFlight: MAX_IN_FLIGHT,
    maxSubscribers: MAX_SUBSCRIBERS,
    webhooks: { alertmanager: { secret: 'ssssssssssssssssssssssss' } },
  });
  url = await server.app.listen({ host: '127.0.0.1', port: 0 });
  port = Number(new URL(url).port);
});
afterAll(async () => {
  await server?.close({ timeoutMs: 2_000 });
  await engine?.close();
});

const submit = (description: string, headers: Record<string, string> = auth) =>
  fetch(`${url}/api/v1/incidents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ description }),
  });

let requestsSeen = 0;
beforeAll(() => {
  server.app.server.on('request', () => requestsSeen++);
});

/** Opens `n` sockets that each send headers and half a body, waits until the server handles them, then drops them all. */
async function abortHalfway(n: number, path: string, headers: string): Promise<void> {
  const before = requestsSeen;
  const closed: Promise<void>[] = [];
  const sockets = Array.from({ length: n }, () => {
    const socket = connect(port, '127.0.0.1');
    closed.push(new Promise((resolve) => socket.on('close', () => resolve())));
    socket.on('error', () => undefined);
    socket.write(
      `POST ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 400\r\n${headers}\r\n` +
        `{"description":"${'x'.repeat(100)}`,
    );
    return socket;
  });
  while (requestsSeen < before + n) await new Promise((r) => setTimeout(r, 5));
  // Let the server's hooks run for each before the clients vanish.
  await new Promise((r) => setTimeout(r, 20));
  for (const s of sockets) s.destroy();
  await Promise.all(closed);
}

/** Opens an SSE stream, reads its first bytes, and returns a function that drops it. */
function openStream(id: string): Promise<{ status: number; drop: () => void }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${url}/api/v1/incidents/${id}/events`, { headers: auth }, (res) => {
      res.once('data', () => resolve({ status: res.statusCode ?? 0, drop: () => req.destroy() }));
      res.on('error', () => undefined);
    });
    req.on('error', reject);
    req.end();
  });
}

async function readyz(): Promise<{ status: number; body: { status: string } }> {
  const res = await fetch(`${url}/readyz`);
  return { status: res.status, body: (await res.json()) as { status: string } };
}

describe('load shedding', () => {
  it(
    'thousands of requests aborted halfway through their body leave no slot behind',
    { timeout: 120_000 },
    async () => {
      for (let batch = 0; batch < 40; batch++) {
        await abortHalfway(25, '/api/v1/incidents', `authorization: Bearer ${KEY}\r\n`);
        await abortHalfway(15, '/api/v1/incidents', 'authorization: Bearer not-a-key-at-all-xxxxxxx\r\n');
        await abortHalfway(10, '/api/v1/webhooks/alertmanager', '');
      }
      const responses = await Promise.all(
        Array.from({ length: MAX_IN_FLIGHT }, (_, i) => submit(`cart is slow #${i}`)),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(MAX_IN_FLIGHT).fill(202));
      expect(await readyz()).toMatchObject({ status: 200 });
    },
  );

  it('unauthenticated requests are refused with 401 before they take a slot', async () => {
    let open!: () => void;
    gate = new Promise((resolve) => (open = resolve));
    const held = Array.from({ length: MAX_IN_FLIGHT }, (_, i) => submit(`held #${i}`));
    try {
      while ((await readyz()).status === 200) await new Promise((r) => setTimeout(r, 10));
      const res = await submit('no key', { authorization: 'Bearer wrong-key-wrong-key-wrong' });
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('ERR_SERVER_UNAUTHORIZED');
    } finally {
      open();
      gate = undefined;
      await Promise.all(held);
    }
  });

  it(
    'SSE streams opened and closed by the thousand give back their slots and subscribers',
    { timeout: 120_000 },
    async () => {
      // With the worker paused the incident stays pending, so every stream stays live until dropped.
      await server.worker.stop({ timeoutMs: 1_000 });
      const { incident_id: id } = (await (await submit('checkout is failing')).json()) as {
        incident_id: string;
      };
      try {
        for (let batch = 0; batch < 150; batch++) {
          const streams = await Promise.all(Array.from({ length: MAX_SUBSCRIBERS }, () => openStream(id)));
          for (const s of streams) s.drop();
        }
      } finally {
        server.worker.start();
      }
      for (let i = 0; ; i++) {
        const metrics = await (await fetch(`${url}/metrics`, { headers: auth })).text();
        if (/culprit_sse_subscribers 0\b/.test(metrics)) break;
        if (i > 200) throw new Error('subscribers were left behind');
        await new Promise((r) => setTimeout(r, 20));
      }
      const responses = await Promise.all(
        Array.from({ length: MAX_IN_FLIGHT }, (_, i) => submit(`after SSE churn #${i}`)),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(MAX_IN_FLIGHT).fill(202));
    },
  );

  it('a full SSE pool refuses the next stream with a code and never starves the API', async () => {
    await server.worker.stop({ timeoutMs: 1_000 });
    const { incident_id: id } = (await (await submit('payments are down')).json()) as { incident_id: string };
    const streams = await Promise.all(Array.from({ length: MAX_SUBSCRIBERS }, () => openStream(id)));
    try {
      expect(streams.every((s) => s.status === 200)).toBe(true);
      const refused = await fetch(`${url}/api/v1/incidents/${id}/events`, { headers: auth });
      expect(refused.status).toBe(429);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe(
        'ERR_SERVER_TOO_MANY_SUBSCRIBERS',
      );
      const responses = await Promise.all(
        Array.from({ length: MAX_IN_FLIGHT }, (_, i) => submit(`while streams are open #${i}`)),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(MAX_IN_FLIGHT).fill(202));
      expect(await readyz()).toMatchObject({ status: 200 });
    } finally {
      for (const s of streams) s.drop();
      server.worker.start();
    }
  });

  it('/readyz is 503 while requests are being shed and 200 once they drain', async () => {
    let open!: () => void;
    gate = new Promise((resolve) => (open = resolve));
    const held = Array.from({ length: MAX_IN_FLIGHT }, (_, i) => submit(`held again #${i}`));
    let ready = await readyz();
    while (ready.status === 200) {
      await new Promise((r) => setTimeout(r, 10));
      ready = await readyz();
    }
    expect(ready).toMatchObject({ status: 503, body: { status: 'overloaded' } });
    const shed = await submit('one too many');
    expect(shed.status).toBe(429);
    expect(((await shed.json()) as { error: { code: string } }).error.code).toBe('ERR_SERVER_OVERLOADED');
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    open();
    gate = undefined;
    expect((await Promise.all(held)).map((r) => r.status)).toEqual(Array(MAX_IN_FLIGHT).fill(202));
    while ((await readyz()).status !== 200) await new Promise((r) => setTimeout(r, 10));
  });
});

describe('under pressure', () => {
  it('readiness and submissions turn 503 with a code when the process is over its memory budget', async () => {
    const pressured = await createServer({
      engine,
      store,
      logLevel: 'silent',
      workers: 1,
      pressure: { maxHeapUsedBytes: 1, sampleIntervalMs: 10 },
    });
    try {
      let res = await pressured.app.inject({ url: '/readyz' });
      while (res.statusCode === 200) {
        await new Promise((r) => setTimeout(r, 10));
        res = await pressured.app.inject({ url: '/readyz' });
      }
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ status: 'overloaded' });
      const post = await pressured.app.inject({
        method: 'POST',
        url: '/api/v1/incidents',
        headers: { 'content-type': 'application/json' },
        payload: { description: 'cart is slow' },
      });
      expect(post.statusCode).toBe(503);
      expect(post.json().error.code).toBe('ERR_SERVER_UNDER_PRESSURE');
      expect((await pressured.app.inject({ url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await pressured.close({ timeoutMs: 1_000 });
    }
  });
});
