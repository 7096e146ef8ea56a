// Two servers on one PostgreSQL database, as two replicas would be: an SSE client on the replica that
// runs no worker sees, live, the events of the investigation another replica's worker runs (LISTEN/
// NOTIFY), and an Idempotency-Key sent to both replicas names one incident.
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/index.js';
import { createServer, type CulpritServer } from '../../src/server/index.js';
import type { IncidentStore } from '../../src/store/index.js';
import { createPostgresStore } from '../../src/store/postgres-store.js';
import { createTestDatabase, uniqueSchema } from '../helpers/postgres.js';

const url = await createTestDatabase();
const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn().catch(() => undefined);
});

const engine = await createEngine({ topology: 'knowledge-graph', rules: 'rules' });
cleanup.push(() => engine.close());

async function replica(
  schema: string,
  workers: number,
): Promise<{ server: CulpritServer; store: IncidentStore }> {
  const store = await createPostgresStore({ url, schema, poolSize: 4 });
  cleanup.push(() => store.close());
  const server = await createServer({ engine, store, workers, logLevel: 'silent', leaseMs: 2_000 });
  cleanup.push(() => server.close({ timeoutMs: 2_000 }));
  return { server, store };
}

const submit = (server: CulpritServer, key?: string) =>
  server.app.inject({
    method: 'POST',
    url: '/api/v1/incidents',
    headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
    payload: { description: 'cart is failing', entities: ['cart'] },
  });

describe('replicas on one PostgreSQL database', () => {
  it('SSE on an API-only replica streams live the events of a worker on another replica', async () => {
    const schema = uniqueSchema('rep');
    const api = await replica(schema, 0);
    const res = await submit(api.server);
    expect(res.statusCode).toBe(202);
    const id = (res.json() as { incident_id: string }).incident_id;
    // Subscribed while the incident is still pending: nothing is stored yet to replay.
    const stream = api.server.app.inject({ url: `/api/v1/incidents/${id}/events` });
    await new Promise((r) => setTimeout(r, 200));
    expect((await api.store.listEvents(id)).length).toBe(0);
    const worker = await replica(schema, 1);
    const body = (await stream).body;
    const types = [...body.matchAll(/^event: (\S+)$/gm)].map((m) => m[1]);
    expect(types[0]).toBe('investigation.started');
    expect(types).toContain('report.ready');
    const ids = [...body.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect((await worker.store.get(id))?.status).toBe('completed');
    // Last-Event-ID resumes on any replica from the stored events.
    const resumed = await api.server.app.inject({
      url: `/api/v1/incidents/${id}/events`,
      headers: { 'last-event-id': String(ids[1]) },
    });
    expect([...resumed.body.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]))).toEqual(ids.slice(2));
  });

  it('one Idempotency-Key sent to two replicas at once names one incident', async () => {
    const schema = uniqueSchema('idem');
    const [a, b] = await Promise.all([replica(schema, 0), replica(schema, 0)]);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => submit((i % 2 ? a : b).server, 'key-1')),
    );
    expect(answers.every((r) => r.statusCode === 202 || r.statusCode === 200)).toBe(true);
    const ids = new Set(answers.map((r) => (r.json() as { incident_id: string }).incident_id));
    expect(ids.size).toBe(1);
    expect((await a.store.counts()).pending).toBe(1);
  });
});
