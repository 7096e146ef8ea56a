// 1,000 concurrent submissions over real HTTP on 127.0.0.1 (a bounded loop): every 2xx id is readable
// afterwards and rows = accepted; 1,000 with one Idempotency-Key → one incident.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/index.js';
import { createServer, type CulpritServer } from '../../src/server/index.js';
import { createSqliteStore, type IncidentStore } from '../../src/store/index.js';

let server: CulpritServer;
let store: IncidentStore;
let url: string;

beforeAll(async () => {
  const engine = await createEngine({ topology: 'knowledge-graph', rules: 'rules' });
  store = createSqliteStore({ path: join(mkdtempSync(join(tmpdir(), 'culprit-load-')), 'db.sqlite') });
  server = await createServer({ engine, store, logLevel: 'silent', workers: 1 });
  url = await server.app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => server?.close({ timeoutMs: 2_000 }));

const submit = (body: object, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/v1/incidents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('under load', () => {
  it(
    '1,000 concurrent submissions: every accepted id is stored and readable',
    { timeout: 120_000 },
    async () => {
      const responses = await Promise.all(
        Array.from({ length: 1000 }, (_, i) =>
          submit({ description: `cart is slow #${i}`, entities: ['cart'] }),
        ),
      );
      const accepted = await Promise.all(
        responses
          .filter((r) => r.status === 202)
          .map(async (r) => ((await r.json()) as { incident_id: string }).incident_id),
      );
      expect(responses.every((r) => r.status === 202 || r.status === 503)).toBe(true);
      expect(accepted.length).toBeGreaterThan(0);
      const counts = await store.counts();
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(accepted.length);
      const reads = await Promise.all(accepted.map((id) => fetch(`${url}/api/v1/incidents/${id}`)));
      expect(reads.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
    },
  );

  it(
    '1,000 concurrent submissions with one Idempotency-Key make one incident',
    { timeout: 120_000 },
    async () => {
      const before = Object.values(await store.counts()).reduce((a, b) => a + b, 0);
      const responses = await Promise.all(
        Array.from({ length: 1000 }, () =>
          submit({ description: 'checkout down' }, { 'idempotency-key': 'one-key' }),
        ),
      );
      const ids = new Set(
        await Promise.all(
          responses.map(async (r) => ((await r.json()) as { incident_id: string }).incident_id),
        ),
      );
      expect(responses.every((r) => r.status === 202)).toBe(true);
      expect(ids.size).toBe(1);
      expect(Object.values(await store.counts()).reduce((a, b) => a + b, 0)).toBe(before + 1);
    },
  );
});
