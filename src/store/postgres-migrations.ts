// The PostgreSQL store's schema, as numbered migrations applied at start-up: one transaction under a
// transaction-scoped advisory lock, so replicas starting together migrate once and a failed step leaves
// the schema as it was. Only append: an applied migration is never edited.

/** The one connection migrations run on (a pg client; `pg` itself is imported only by the store). */
export interface MigrationClient {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

export const POSTGRES_MIGRATIONS: readonly string[] = [
  // 1: incidents carry their own job (state, lease, fencing token): accept = one row, one statement.
  `CREATE TABLE incidents (
     id text PRIMARY KEY,
     status text NOT NULL,
     source text NOT NULL,
     incident text NOT NULL,
     report text,
     error text,
     idempotency_key text UNIQUE,
     request_hash text,
     dedup_key text,
     dedup_open boolean NOT NULL DEFAULT false,
     dedup_seen_at text,
     previous_incident_id text,
     resolved_at text,
     created_at text NOT NULL,
     updated_at text NOT NULL,
     started_at text,
     completed_at text,
     attempts integer NOT NULL DEFAULT 0,
     job_state text NOT NULL DEFAULT 'pending',
     lease_owner text,
     lease_until bigint NOT NULL DEFAULT 0,
     token bigint NOT NULL DEFAULT 0,
     enqueued_at bigint NOT NULL,
     arrival bigint GENERATED ALWAYS AS IDENTITY
   );
   CREATE INDEX incidents_created ON incidents (created_at DESC, id DESC);
   CREATE INDEX incidents_status ON incidents (status, created_at DESC);
   CREATE INDEX incidents_queue ON incidents (arrival) WHERE job_state <> 'done';
   CREATE INDEX incidents_dedup ON incidents (dedup_key, created_at DESC, arrival DESC) WHERE dedup_key IS NOT NULL;
   CREATE UNIQUE INDEX incidents_dedup_open ON incidents (dedup_key) WHERE dedup_open;
   CREATE TABLE events (
     incident_id text NOT NULL,
     seq integer NOT NULL,
     type text NOT NULL,
     at text NOT NULL,
     data text NOT NULL,
     PRIMARY KEY (incident_id, seq)
   );
   CREATE TABLE tapes (incident_id text PRIMARY KEY, tape text NOT NULL);
   CREATE TABLE deliveries (delivery_id text PRIMARY KEY, incident_id text NOT NULL, at text NOT NULL);`,
  // 2: what notifiers delivered (across attempts and replicas), and retention's scan of finished work.
  `CREATE TABLE notification_steps (
     incident_id text NOT NULL, notifier text NOT NULL, step text NOT NULL, at text NOT NULL,
     PRIMARY KEY (incident_id, notifier, step)
   );
   CREATE TABLE notifier_state (
     incident_id text NOT NULL, notifier text NOT NULL, state text NOT NULL, updated_at text NOT NULL,
     PRIMARY KEY (incident_id, notifier)
   );
   CREATE INDEX incidents_finished ON incidents (completed_at) WHERE job_state = 'done';
   CREATE INDEX deliveries_incident ON deliveries (incident_id);`,
  // 3: cluster agents: tokens (sha256 only) and the collection requests they lease and answer.
  `CREATE TABLE agent_tokens (
     id text PRIMARY KEY, cluster text NOT NULL, name text, hash text NOT NULL UNIQUE,
     created_at text NOT NULL, revoked_at text, last_used_at text
   );
   CREATE TABLE agent_requests (
     id text PRIMARY KEY, cluster text NOT NULL, payload text NOT NULL, deadline bigint NOT NULL,
     lease_ms bigint NOT NULL, lease_owner text, lease_until bigint NOT NULL DEFAULT 0, result text,
     created_at bigint NOT NULL
   );
   CREATE INDEX agent_requests_ready ON agent_requests (cluster, created_at) WHERE result IS NULL;`,
];

/** Arbitrary constant key of the migration lock ('culprit' in ASCII). */
const LOCK_KEY = 0x63756c70726974;

/**
 * Brings `schema` (the client's search_path) up to `target` migrations, creating it if needed. Returns
 * the versions applied by this call (empty when another replica did it first).
 */
export async function migratePostgres(
  client: MigrationClient,
  schema: string,
  target = POSTGRES_MIGRATIONS.length,
): Promise<number[]> {
  const applied: number[] = [];
  await client.query('BEGIN');
  try {
    // Schema-scoped: stores in different schemas of one database migrate independently.
    await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_KEY % 2 ** 31, schema]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const { rows } = await client.query('SELECT max(version) AS v FROM schema_version');
    for (let v = ((rows[0] as { v: number | null } | undefined)?.v ?? 0) + 1; v <= target; v++) {
      await client.query(POSTGRES_MIGRATIONS[v - 1]!);
      await client.query('INSERT INTO schema_version (version) VALUES ($1)', [v]);
      applied.push(v);
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
  return applied;
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
