// AgentStore on the PostgreSQL store's pool (tables agent_tokens, agent_requests from migration 3), so
// cluster agents may poll any API replica and an investigation on any worker gets their answers.
// Leasing is one UPDATE over a FOR UPDATE SKIP LOCKED pick: two agents polling together never share one.
import type { Pool, QueryResultRow } from 'pg';
import {
  toToken,
  type AgentRequestLease,
  type AgentStore,
  type AnswerOutcome,
  type TokenRow,
} from './agent-store.js';

/** How long after its deadline a request (and its answer) is kept. */
const PRUNE_AFTER_MS = 10 * 60_000;

const TOKEN_COLUMNS = 'id, cluster, name, created_at, revoked_at, last_used_at';

export function createPostgresAgentStore(
  pool: Pick<Pool, 'query'>,
  run: <T>(fn: () => Promise<T>) => Promise<T>,
  clock: () => Date,
): AgentStore {
  const q = <R extends QueryResultRow>(sql: string, params: unknown[] = []) => pool.query<R>(sql, params);
  return {
    createToken: ({ id, cluster, name, hash }) =>
      run(async () => {
        const { rows } = await q<TokenRow>(
          `INSERT INTO agent_tokens (id, cluster, name, hash, created_at) VALUES ($1, $2, $3, $4, $5)
           RETURNING ${TOKEN_COLUMNS}`,
          [id, cluster, name ?? null, hash, clock().toISOString()],
        );
        return toToken(rows[0]!);
      }),
    listTokens: () =>
      run(async () =>
        (await q<TokenRow>(`SELECT ${TOKEN_COLUMNS} FROM agent_tokens ORDER BY created_at, id`)).rows.map(
          toToken,
        ),
      ),
    revokeToken: (id) =>
      run(
        async () =>
          (
            await q('UPDATE agent_tokens SET revoked_at = COALESCE(revoked_at, $1) WHERE id = $2', [
              clock().toISOString(),
              id,
            ])
          ).rowCount === 1,
      ),
    findToken: (hash) =>
      run(async () => {
        const { rows } = await q<TokenRow>(`SELECT ${TOKEN_COLUMNS} FROM agent_tokens WHERE hash = $1`, [
          hash,
        ]);
        return rows[0] ? toToken(rows[0]) : undefined;
      }),
    touchToken: (id) =>
      run(async () => {
        await q('UPDATE agent_tokens SET last_used_at = $1 WHERE id = $2', [clock().toISOString(), id]);
      }),
    // Requests long past their deadline (answered or not) are forgotten as new ones arrive.
    enqueueRequest: (r) =>
      run(async () => {
        const now = clock().getTime();
        await q('DELETE FROM agent_requests WHERE deadline < $1', [now - PRUNE_AFTER_MS]);
        await q(
          `INSERT INTO agent_requests (id, cluster, payload, deadline, lease_ms, created_at)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [r.id, r.cluster, JSON.stringify(r.payload), r.deadline, r.leaseMs, now],
        );
      }),
    leaseRequest: (cluster, agent) =>
      run(async (): Promise<AgentRequestLease | undefined> => {
        const now = clock().getTime();
        const { rows } = await q<{
          id: string;
          cluster: string;
          payload: string;
          deadline: string;
          lease_ms: string;
        }>(
          `UPDATE agent_requests r SET lease_owner = $2, lease_until = $3 + r.lease_ms
           WHERE r.id = (
             SELECT id FROM agent_requests
             WHERE cluster = $1 AND result IS NULL AND deadline > $3 AND lease_until < $3
             ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
           RETURNING r.id, r.cluster, r.payload, r.deadline, r.lease_ms`,
          [cluster, agent, now],
        );
        const row = rows[0];
        if (!row) return undefined;
        return {
          id: row.id,
          cluster: row.cluster,
          payload: JSON.parse(row.payload) as unknown,
          deadline: Number(row.deadline),
          leaseMs: Number(row.lease_ms),
        };
      }),
    answerRequest: (id, cluster, result) =>
      run(async (): Promise<AnswerOutcome> => {
        const answered = await q(
          'UPDATE agent_requests SET result = $1 WHERE id = $2 AND cluster = $3 AND result IS NULL',
          [JSON.stringify(result), id, cluster],
        );
        if (answered.rowCount === 1) return 'accepted';
        const { rows } = await q('SELECT 1 FROM agent_requests WHERE id = $1 AND cluster = $2', [
          id,
          cluster,
        ]);
        return rows.length ? 'already-answered' : 'unknown';
      }),
    requestResult: (id) =>
      run(async () => {
        const { rows } = await q<{ result: string | null }>(
          'SELECT result FROM agent_requests WHERE id = $1',
          [id],
        );
        const result = rows[0]?.result;
        return result ? { result: JSON.parse(result) as unknown } : undefined;
      }),
    deleteRequest: (id) =>
      run(async () => {
        await q('DELETE FROM agent_requests WHERE id = $1', [id]);
      }),
  };
}
