// Slow clients against the real server on 127.0.0.1: sockets that trickle their headers or body
// are closed at the deadline, past the connection cap new sockets are refused, and the server
// serves normally afterwards.
import { mkdtempSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine/index.js';
import { createServer } from '../../src/server/index.js';
import { createSqliteStore, type IncidentStore } from '../../src/store/index.js';

let engine: Engine;
let store: IncidentStore;

beforeAll(async () => {
  engine = await createEngine({ topology: 'knowledge-graph', rules: 'rules' });
  store = createSqliteStore({ path: join(mkdtempSync(join(tmpdir(), 'culprit-slow-')), 'db.sqlite') });
});
afterAll(async () => engine?.close());

async function serve(options: Partial<Parameters<typeof createServer>[0]>) {
  const server = await createServer({ engine, store, logLevel: 'silent', workers: 1, ...options });
  const url = await server.app.listen({ host: '127.0.0.1', port: 0 });
  return { server, url, port: Number(new URL(url).port) };
}

/** A socket that sends `head` then one byte of `drip` every 50 ms until the server closes it; resolves with what the server answered. */
function trickle(port: number, head: string, drip: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (d: Buffer) => (answer += d.toString()));
    socket.on('error', () => undefined);
    socket.write(head);
    const timer = setInterval(() => {
      if (!socket.destroyed && socket.writable) socket.write(drip);
    }, 50);
    socket.on('close', () => {
      clearInterval(timer);
      resolve(answer);
    });
  });
}

const post = (url: string) =>
  fetch(`${url}/api/v1/incidents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ description: 'cart is slow' }),
  });

describe('slow clients', () => {
  let slow: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    slow = await serve({ timeouts: { headersMs: 300, requestMs: 600, idleMs: 5_000 } });
  });
  afterAll(async () => slow?.server.close({ timeoutMs: 1_000 }));

  it(
    'sockets trickling a body are closed at the request deadline, then the server serves',
    { timeout: 30_000 },
    async () => {
      const head =
        'POST /api/v1/incidents HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 10000\r\n\r\n{"description":"';
      const answers = await Promise.all(Array.from({ length: 100 }, () => trickle(slow.port, head, 'x')));
      for (const answer of answers) expect(answer === '' || answer.startsWith('HTTP/1.1 408')).toBe(true);
      expect((await post(slow.url)).status).toBe(202);
    },
  );

  it('sockets trickling their headers are closed at the header deadline', { timeout: 30_000 }, async () => {
    const answers = await Promise.all(
      Array.from({ length: 100 }, () =>
        trickle(slow.port, 'GET /healthz HTTP/1.1\r\nhost: 127.0.0.1\r\nx-slow: ', 'y'),
      ),
    );
    for (const answer of answers) expect(answer === '' || answer.startsWith('HTTP/1.1 408')).toBe(true);
    expect((await fetch(`${slow.url}/healthz`)).status).toBe(200);
  });
});

describe('connection cap', () => {
  it(
    'past maxConnections new sockets are refused; once they go the server serves again',
    { timeout: 30_000 },
    async () => {
      const capped = await serve({ maxConnections: 20 });
      const held: Socket[] = [];
      try {
        for (let i = 0; i < 20; i++) {
          const s = connect(capped.port, '127.0.0.1');
          s.on('error', () => undefined);
          held.push(s);
        }
        const connections = () =>
          new Promise<number>((resolve, reject) =>
            capped.server.app.server.getConnections((err, n) => (err ? reject(err) : resolve(n))),
          );
        while ((await connections()) < 20) await new Promise((r) => setTimeout(r, 10));
        const refused = await trickle(capped.port, 'GET /healthz HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n', '');
        expect(refused).toBe('');
        for (const s of held) s.destroy();
        while ((await connections()) > 0) await new Promise((r) => setTimeout(r, 10));
        expect((await post(capped.url)).status).toBe(202);
      } finally {
        for (const s of held) s.destroy();
        await capped.server.close({ timeoutMs: 1_000 });
      }
    },
  );
});
