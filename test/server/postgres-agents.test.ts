// Cluster agents against two API replicas on one PostgreSQL database: a token created through one
// replica works on the other, is kept only as its sha256, a request enqueued by one process is leased
// through the other and its answer is read back where it was asked, once.
import { createHash } from 'node:crypto';
import pg from 'pg';
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

const ADMIN = 'admin-key-0123456789abcdef';
const engine = await createEngine({ topology: 'knowledge-graph', rules: 'rules' });
cleanup.push(() => engine.close());

async function replica(schema: string): Promise<{ server: CulpritServer; store: IncidentStore }> {
  const store = await createPostgresStore({ url, schema, poolSize: 4 });
  cleanup.push(() => store.close());
  const server = await createServer({
    engine,
    store,
    workers: 0,
    logLevel: 'silent',
    apiKeys: [{ name: 'admin', key: ADMIN, scopes: ['admin'] }],
  });
  cleanup.push(() => server.close({ timeoutMs: 2_000 }));
  return { server, store };
}

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

describe('cluster agents on PostgreSQL replicas', () => {
  it('a token made on one replica serves on the other; a request is leased and answered once across them', async () => {
    const schema = uniqueSchema();
    const a = await replica(schema);
    const b = await replica(schema);
    const created = await a.server.app.inject({
      method: 'POST',
      url: '/api/v1/agent-tokens',
      headers: { ...bearer(ADMIN), 'content-type': 'application/json' },
      payload: JSON.stringify({ cluster: 'east', name: 'east agents' }),
    });
    expect(created.statusCode).toBe(201);
    const { id, token } = created.json() as { id: string; token: string };

    // Only the hash is at rest.
    const client = new pg.Client({ connectionString: url, options: `-c search_path="${schema}"` });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT * FROM agent_tokens WHERE id = $1', [id]);
      expect(rows[0].hash).toBe(createHash('sha256').update(token).digest('hex'));
      expect(JSON.stringify(rows)).not.toContain(token);
    } finally {
      await client.end();
    }

    await a.store.agents!.enqueueRequest({
      id: 'req-east-1',
      cluster: 'east',
      payload: { components: ['cart'] },
      deadline: Date.now() + 60_000,
      leaseMs: 30_000,
    });
    const poll = (server: CulpritServer, cluster: string, agent: string) =>
      server.app.inject({
        url: `/api/v1/agents/${cluster}/requests?wait=0`,
        headers: { ...bearer(token), 'x-culprit-agent': agent },
      });
    expect((await poll(b.server, 'west', 'b1')).statusCode).toBe(403);
    const leased = await poll(b.server, 'east', 'b1');
    expect(leased.statusCode).toBe(200);
    expect(JSON.stringify(leased.json())).toContain('req-east-1');
    // Leased to b1: the other replica hands it to nobody else.
    const again = await poll(a.server, 'east', 'a1');
    expect(JSON.stringify(again.json() ?? null)).not.toContain('req-east-1');

    const answer = (server: CulpritServer, evidence: unknown[]) =>
      server.app.inject({
        method: 'POST',
        url: '/api/v1/agents/east/requests/req-east-1/result',
        headers: { ...bearer(token), 'content-type': 'application/json' },
        payload: JSON.stringify({ evidence }),
      });
    const first = await answer(b.server, []);
    expect(first.statusCode).toBeLessThan(300);
    const second = await answer(a.server, []);
    expect(second.statusCode).toBe(409);
    expect((second.json() as { error: { code: string } }).error.code).toBe('ERR_AGENT_REQUEST_ANSWERED');
    expect(await a.store.agents!.requestResult('req-east-1')).toEqual({ result: { evidence: [] } });

    // Revoked through replica B, refused on replica A.
    const revoked = await b.server.app.inject({
      method: 'DELETE',
      url: `/api/v1/agent-tokens/${id}`,
      headers: bearer(ADMIN),
    });
    expect(revoked.statusCode).toBe(200);
    const refused = await poll(a.server, 'east', 'a1');
    expect(refused.statusCode).toBe(401);
    expect((refused.json() as { error: { code: string } }).error.code).toBe('ERR_AGENT_TOKEN_REVOKED');
  });
});
