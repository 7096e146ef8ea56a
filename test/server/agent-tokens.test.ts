// Agent tokens and the agents' queue through the real server and SQLite store: admin-only token
// API, tokens kept hashed, revoked tokens refused, one cluster per token, each request leased to one
// poller at a time and answered once.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/index.js';
import { createServer, type CulpritServer } from '../../src/server/index.js';
import { createSqliteStore, type AgentStore } from '../../src/store/index.js';

const ADMIN = 'admin-key-0123456789abcdef';
const WRITER = 'writer-key-0123456789abcdef';
let server: CulpritServer;
let agents: AgentStore;
let dbPath: string;

beforeAll(async () => {
  const engine = await createEngine({ topology: 'knowledge-graph', rules: 'rules' });
  dbPath = join(mkdtempSync(join(tmpdir(), 'culprit-agent-tokens-')), 'db.sqlite');
  const store = createSqliteStore({ path: dbPath });
  agents = store.agents!;
  server = await createServer({
    engine,
    store,
    logLevel: 'silent',
    apiKeys: [
      { name: 'admin', key: ADMIN, scopes: ['admin'] },
      { name: 'writer', key: WRITER, scopes: ['incidents:read', 'incidents:write'] },
    ],
  });
});
afterAll(async () => server?.close({ timeoutMs: 1000 }));

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const createToken = async (cluster: string, key = ADMIN) =>
  server.app.inject({
    method: 'POST',
    url: '/api/v1/agent-tokens',
    headers: { ...bearer(key), 'content-type': 'application/json' },
    payload: JSON.stringify({ cluster, name: `${cluster} agents` }),
  });
const poll = (cluster: string, token: string, agent = 'a1') =>
  server.app.inject({
    url: `/api/v1/agents/${cluster}/requests?wait=0`,
    headers: { ...bearer(token), 'x-culprit-agent': agent },
  });
const answer = (cluster: string, id: string, token: string) =>
  server.app.inject({
    method: 'POST',
    url: `/api/v1/agents/${cluster}/requests/${id}/result`,
    headers: { ...bearer(token), 'content-type': 'application/json' },
    payload: JSON.stringify({ evidence: [] }),
  });
const code = (res: { json(): unknown }) => (res.json() as { error: { code: string } }).error.code;

describe('agent tokens (admin API)', () => {
  it('only an admin key creates, lists and revokes tokens', async () => {
    const denied = await createToken('east', WRITER);
    expect(denied.statusCode).toBe(403);
    expect(code(denied)).toBe('ERR_SERVER_FORBIDDEN');
    expect(
      (await server.app.inject({ url: '/api/v1/agent-tokens', headers: bearer(WRITER) })).statusCode,
    ).toBe(403);
    expect((await server.app.inject({ url: '/api/v1/agent-tokens' })).statusCode).toBe(401);
  });

  it('shows the token once and keeps only its sha256', async () => {
    const created = await createToken('east');
    expect(created.statusCode).toBe(201);
    const { id, token, cluster } = created.json() as { id: string; token: string; cluster: string };
    expect(cluster).toBe('east');
    expect(token).toMatch(/^cpa_[\w-]{43}$/);
    const list = await server.app.inject({ url: '/api/v1/agent-tokens', headers: bearer(ADMIN) });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(token);
    expect((list.json() as { items: { id: string }[] }).items.map((t) => t.id)).toContain(id);
    const db = new Database(dbPath, { readonly: true });
    try {
      const row = db.prepare('SELECT * FROM agent_tokens WHERE id = ?').get(id) as Record<string, unknown>;
      expect(row.hash).toBe(createHash('sha256').update(token).digest('hex'));
      expect(Object.values(row)).not.toContain(token);
    } finally {
      db.close();
    }
    for (const file of [dbPath, `${dbPath}-wal`]) {
      let bytes = '';
      try {
        bytes = readFileSync(file, 'latin1');
      } catch {
        continue;
      }
      expect(bytes.includes(token)).toBe(false);
    }
  });

  it('a token for cluster A gets 403 on cluster B; unknown and missing tokens get 401', async () => {
    const { token } = (await createToken('east')).json() as { token: string };
    expect((await poll('east', token)).statusCode).toBe(200);
    const other = await poll('west', token);
    expect(other.statusCode).toBe(403);
    expect(code(other)).toBe('ERR_AGENT_WRONG_CLUSTER');
    expect(code(await poll('east', 'cpa_not-a-token'))).toBe('ERR_AGENT_TOKEN_INVALID');
    const bare = await server.app.inject({ url: '/api/v1/agents/east/requests?wait=0' });
    expect(bare.statusCode).toBe(401);
    // An API key, even an admin one, is not an agent token.
    expect(code(await poll('east', ADMIN))).toBe('ERR_AGENT_TOKEN_INVALID');
  });

  it('a revoked token is refused', async () => {
    const { id, token } = (await createToken('west')).json() as { id: string; token: string };
    expect((await poll('west', token)).statusCode).toBe(200);
    const revoked = await server.app.inject({
      method: 'DELETE',
      url: `/api/v1/agent-tokens/${id}`,
      headers: bearer(ADMIN),
    });
    expect(revoked.statusCode).toBe(200);
    expect((revoked.json() as { revokedAt?: string }).revokedAt).toBeTruthy();
    const refused = await poll('west', token);
    expect(refused.statusCode).toBe(401);
    expect(code(refused)).toBe('ERR_AGENT_TOKEN_REVOKED');
    const missing = await server.app.inject({
      method: 'DELETE',
      url: '/api/v1/agent-tokens/nope',
      headers: bearer(ADMIN),
    });
    expect(code(missing)).toBe('ERR_AGENT_TOKEN_NOT_FOUND');
  });
});

describe("the agents' queue", () => {
  it('leases a request to one poller, then to another once the lease ran out; answered once', async () => {
    const { token } = (await createToken('north')).json() as { token: string };
    await agents.enqueueRequest({
      id: 'req-1',
      cluster: 'north',
      payload: { scope: ['orders-db'] },
      deadline: Date.now() + 60_000,
      leaseMs: 300,
    });
    const first = (await poll('north', token, 'a1')).json() as { request: { id: string } | null };
    expect(first.request?.id).toBe('req-1');
    expect(((await poll('north', token, 'a2')).json() as { request: unknown }).request).toBeNull();
    await new Promise((r) => setTimeout(r, 400));
    const second = (await poll('north', token, 'a2')).json() as { request: { id: string } | null };
    expect(second.request?.id).toBe('req-1');
    expect((await answer('north', 'req-1', token)).statusCode).toBe(200);
    const late = await answer('north', 'req-1', token);
    expect(late.statusCode).toBe(409);
    expect(code(late)).toBe('ERR_AGENT_REQUEST_ANSWERED');
    expect(await agents.requestResult('req-1')).toEqual({ result: { evidence: [] } });
    // Answered: nobody gets it again.
    await new Promise((r) => setTimeout(r, 400));
    expect(((await poll('north', token, 'a3')).json() as { request: unknown }).request).toBeNull();
  });

  it("an agent cannot answer another cluster's request, nor one that does not exist", async () => {
    const east = ((await createToken('east')).json() as { token: string }).token;
    await agents.enqueueRequest({
      id: 'req-2',
      cluster: 'south',
      payload: {},
      deadline: Date.now() + 60_000,
      leaseMs: 1000,
    });
    expect(code(await answer('south', 'req-2', east))).toBe('ERR_AGENT_WRONG_CLUSTER');
    expect(code(await answer('east', 'req-2', east))).toBe('ERR_AGENT_REQUEST_NOT_FOUND');
  });

  it('a request past its deadline is not handed out', async () => {
    const { token } = (await createToken('late')).json() as { token: string };
    await agents.enqueueRequest({
      id: 'req-3',
      cluster: 'late',
      payload: {},
      deadline: Date.now() - 1,
      leaseMs: 1000,
    });
    expect(((await poll('late', token)).json() as { request: unknown }).request).toBeNull();
  });
});
