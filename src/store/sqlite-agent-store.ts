// AgentStore on the incident store's SQLite connection (tables agent_tokens, agent_requests, made by
// its migrations). Every call goes through the store's lock guard; leasing is one IMMEDIATE
// transaction, so two agents polling together never get the same request.
import type Database from 'better-sqlite3';
import {
  toToken,
  type AgentRequestLease,
  type AgentStore,
  type AnswerOutcome,
  type TokenRow,
} from './agent-store.js';

/** Appended to the store's migrations. */
export const AGENT_TABLES = `CREATE TABLE agent_tokens (
     id TEXT PRIMARY KEY, cluster TEXT NOT NULL, name TEXT, hash TEXT NOT NULL UNIQUE,
     created_at TEXT NOT NULL, revoked_at TEXT, last_used_at TEXT
   );
   CREATE TABLE agent_requests (
     id TEXT PRIMARY KEY, cluster TEXT NOT NULL, payload TEXT NOT NULL, deadline INTEGER NOT NULL,
     lease_ms INTEGER NOT NULL, lease_owner TEXT, lease_until INTEGER NOT NULL DEFAULT 0, result TEXT, created_at INTEGER NOT NULL
   );
   CREATE INDEX agent_requests_ready ON agent_requests (cluster, created_at) WHERE result IS NULL;`;

/** How long after its deadline a request (and its answer) is kept. */
const PRUNE_AFTER_MS = 10 * 60_000;

export function createSqliteAgentStore(
  db: Database.Database,
  guard: <T>(fn: () => T) => Promise<T>,
  clock: () => Date,
): AgentStore {
  const s = {
    insertToken: db.prepare(
      `INSERT INTO agent_tokens (id, cluster, name, hash, created_at) VALUES (?, ?, ?, ?, ?)`,
    ),
    tokens: db.prepare(
      `SELECT id, cluster, name, created_at, revoked_at, last_used_at FROM agent_tokens ORDER BY created_at, id`,
    ),
    token: db.prepare(
      `SELECT id, cluster, name, created_at, revoked_at, last_used_at FROM agent_tokens WHERE id = ?`,
    ),
    byHash: db.prepare(
      `SELECT id, cluster, name, created_at, revoked_at, last_used_at FROM agent_tokens WHERE hash = ?`,
    ),
    revoke: db.prepare(`UPDATE agent_tokens SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?`),
    touch: db.prepare(`UPDATE agent_tokens SET last_used_at = ? WHERE id = ?`),
    enqueue: db.prepare(
      `INSERT INTO agent_requests (id, cluster, payload, deadline, lease_ms, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    next: db.prepare(
      `SELECT id, cluster, payload, deadline, lease_ms FROM agent_requests
       WHERE cluster = ? AND result IS NULL AND deadline > ? AND lease_until < ?
       ORDER BY created_at, id LIMIT 1`,
    ),
    lease: db.prepare(`UPDATE agent_requests SET lease_owner = ?, lease_until = ? WHERE id = ?`),
    answer: db.prepare(
      `UPDATE agent_requests SET result = ? WHERE id = ? AND cluster = ? AND result IS NULL`,
    ),
    exists: db.prepare(`SELECT 1 FROM agent_requests WHERE id = ? AND cluster = ?`),
    result: db.prepare(`SELECT result FROM agent_requests WHERE id = ?`),
    remove: db.prepare(`DELETE FROM agent_requests WHERE id = ?`),
    prune: db.prepare(`DELETE FROM agent_requests WHERE deadline < ?`),
  };
  const leaseTx = db.transaction((cluster: string, agent: string) => {
    const now = clock().getTime();
    const row = s.next.get(cluster, now, now) as
      | { id: string; cluster: string; payload: string; deadline: number; lease_ms: number }
      | undefined;
    if (!row) return undefined;
    s.lease.run(agent, now + row.lease_ms, row.id);
    return {
      id: row.id,
      cluster: row.cluster,
      payload: JSON.parse(row.payload) as unknown,
      deadline: row.deadline,
      leaseMs: row.lease_ms,
    };
  });
  return {
    createToken: ({ id, cluster, name, hash }) =>
      guard(() => {
        s.insertToken.run(id, cluster, name ?? null, hash, clock().toISOString());
        return toToken(s.token.get(id) as TokenRow);
      }),
    listTokens: () => guard(() => (s.tokens.all() as TokenRow[]).map(toToken)),
    revokeToken: (id) => guard(() => s.revoke.run(clock().toISOString(), id).changes === 1),
    findToken: (hash) =>
      guard(() => {
        const row = s.byHash.get(hash) as TokenRow | undefined;
        return row ? toToken(row) : undefined;
      }),
    touchToken: (id) => guard(() => void s.touch.run(clock().toISOString(), id)),
    // Requests long past their deadline (answered or not) are forgotten as new ones arrive.
    enqueueRequest: (r) =>
      guard(() => {
        const now = clock().getTime();
        s.prune.run(now - PRUNE_AFTER_MS);
        s.enqueue.run(r.id, r.cluster, JSON.stringify(r.payload), r.deadline, r.leaseMs, now);
      }),
    leaseRequest: (cluster, agent): Promise<AgentRequestLease | undefined> =>
      guard(() => leaseTx.immediate(cluster, agent)),
    answerRequest: (id, cluster, result) =>
      guard((): AnswerOutcome => {
        if (s.answer.run(JSON.stringify(result), id, cluster).changes === 1) return 'accepted';
        return s.exists.get(id, cluster) ? 'already-answered' : 'unknown';
      }),
    requestResult: (id) =>
      guard(() => {
        const row = s.result.get(id) as { result: string | null } | undefined;
        return row?.result ? { result: JSON.parse(row.result) as unknown } : undefined;
      }),
    deleteRequest: (id) => guard(() => void s.remove.run(id)),
  };
}
