// IncidentStore on PostgreSQL (node-postgres), for many API replicas and workers on one database.
// Uniqueness (Idempotency-Key, webhook delivery ids, one open incident per dedup group) is enforced by
// constraints; jobs are leased with FOR UPDATE SKIP LOCKED and fenced by a token, so a worker that lost
// its lease cannot write a report. Events reach other processes by LISTEN/NOTIFY. `pg` is loaded only here,
// and only when a postgres:// store is opened: SQLite-only installs never need it.
import { createError, isCulpritError } from '../errors/index.js';
import type { EvidenceTape } from '../investigate/index.js';
import type { Incident, IncidentStatus, InvestigationEvent, Report } from '../sdk/index.js';
import type { CreateOptions, IncidentRecord, IncidentStore, Job, ListQuery } from './incident-store.js';
import { createGroupCommit } from './group-commit.js';
import { migratePostgres, quoteIdent } from './postgres-migrations.js';
import { createPostgresListener } from './postgres-listener.js';
import { createPostgresAgentStore } from './postgres-agent-store.js';
import { parsePostgresUrl, redactPostgresUrl, type PostgresStoreOptions } from './postgres-options.js';
import type * as PG from 'pg';
import type { Pool, PoolClient, QueryResultRow } from 'pg';

export type { PostgresStoreOptions } from './postgres-options.js';

type Accepted = Awaited<ReturnType<IncidentStore['create']>>;
type Outcome = { ok: true; value: Accepted } | { ok: false; error: unknown };
interface Accept {
  incident: Incident;
  opts: CreateOptions;
}

interface Row {
  id: string;
  status: IncidentStatus;
  source: string;
  incident: string;
  report: string | null;
  error: string | null;
  request_hash?: string | null;
  created_at: string;
  updated_at: string;
  started_at: string | null;
  completed_at: string | null;
  attempts: number;
  resolved_at: string | null;
  previous_incident_id: string | null;
  dedup_seen_at: string | null;
}

const COLUMNS = `id, status, source, incident, report, error, request_hash, created_at, updated_at, started_at,
  completed_at, attempts, resolved_at, previous_incident_id, dedup_seen_at`;

/** Advisory-lock namespaces (first key) of the per-key locks of webhook accepts. */
const LOCK_DEDUP = 0x6364_6431;
const LOCK_DELIVERY = 0x6364_6c31;

/** NOTIFY payloads are limited to 8000 bytes: larger events are sent as a reference and read back. */
const MAX_NOTIFY_BYTES = 7_000;
const PING_MS = 1_000;

/** Opens the store: connects, migrates under the advisory lock, and refuses a database it cannot write. */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<IncidentStore> {
  const settings = parsePostgresUrl(options);
  const clock = options.clock ?? (() => new Date());
  const maxAttempts = options.maxAttempts ?? 3;
  const where = redactPostgresUrl(settings.connectionString);
  const translate = (err: unknown) => postgresError(err, { where, ms: settings.statementTimeoutMs });
  let pg: typeof PG;
  try {
    pg = (await import('pg')).default as unknown as typeof PG;
  } catch (err) {
    throw createError('ERR_STORE_DRIVER_MISSING', { driver: 'pg' }, { cause: err });
  }
  const connection = {
    connectionString: settings.connectionString,
    connectionTimeoutMillis: settings.connectTimeoutMs,
    statement_timeout: settings.statementTimeoutMs,
    application_name: settings.applicationName,
    options: `-c search_path=${quoteIdent(settings.schema)}`,
  };
  const pool: Pool = new pg.Pool({ ...connection, max: settings.poolSize });
  // An idle client's error (the server restarted) must not crash the process: the next query reconnects.
  pool.on('error', () => undefined);
  const channel = `culprit_events_${settings.schema}`.slice(0, 63);

  const run = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      throw translate(err);
    }
  };
  const q = <R extends QueryResultRow>(sql: string, params: unknown[] = []) => pool.query<R>(sql, params);

  /** One transaction on one pooled connection, retried when a concurrent accept won a constraint race. */
  const tx = async <T>(fn: (c: PoolClient) => Promise<T>, retries = 5): Promise<T> => {
    for (let attempt = 0; ; attempt++) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const value = await fn(client);
        await client.query('COMMIT');
        return value;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        if (!(err instanceof Retry || pgCode(err) === '23505') || attempt >= retries) throw err;
      } finally {
        client.release();
      }
    }
  };

  try {
    const client = await pool.connect();
    try {
      await migratePostgres(client, settings.schema);
      await assertWritable(client);
    } finally {
      client.release();
    }
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw translate(err);
  }

  const listener = createPostgresListener({
    connect: () => new pg.Client(connection),
    channel,
    resolve: async (incidentId, seq) => (await listEvents(incidentId, seq - 1)).find((e) => e.seq === seq),
  });

  const get = async (id: string, c: Pick<Pool, 'query'> = pool) => {
    const { rows } = await c.query<Row>(`SELECT ${COLUMNS} FROM incidents WHERE id = $1`, [id]);
    return rows[0];
  };

  const listEvents = async (id: string, afterSeq = 0): Promise<InvestigationEvent[]> => {
    const { rows } = await q<{ seq: number; type: string; at: string; data: string }>(
      'SELECT seq, type, at, data FROM events WHERE incident_id = $1 AND seq > $2 ORDER BY seq',
      [id, afterSeq],
    );
    return rows.map(
      (r) =>
        ({
          seq: r.seq,
          type: r.type,
          incidentId: id,
          at: r.at,
          data: JSON.parse(r.data),
        }) as InvestigationEvent,
    );
  };

  const INSERT_COLUMNS = `INSERT INTO incidents (id, status, source, incident, idempotency_key, request_hash,
    dedup_key, dedup_open, dedup_seen_at, previous_incident_id, resolved_at, created_at, updated_at, enqueued_at)`;
  const PER_ROW = 13;
  const valuesSql = (rows: number) =>
    Array.from(
      { length: rows },
      (_, r) =>
        `(${Array.from({ length: PER_ROW }, (_, i) => `$${r * PER_ROW + i + 1}`)
          .join(', ')
          .replace(/^(\$\d+), /, "$1, 'pending', ")})`,
    ).join(', ');

  /** A new incident's row (its job included) as statement parameters, and the record it reads back as. */
  const rowOf = (
    incident: Incident,
    opts: CreateOptions,
    extra: { at: string; now: number; resolvedAt?: string; previous?: string },
  ) => {
    const json = JSON.stringify(incident);
    const updatedAt = extra.resolvedAt === undefined ? incident.createdAt : extra.at;
    const seen = opts.dedupKey || extra.resolvedAt === undefined ? extra.at : null;
    const params = [
      incident.id,
      incident.source,
      json,
      opts.idempotencyKey ?? null,
      opts.requestHash ?? null,
      opts.dedupKey ?? null,
      Boolean(opts.dedupKey) && extra.resolvedAt === undefined,
      seen,
      extra.previous ?? null,
      extra.resolvedAt ?? null,
      incident.createdAt,
      updatedAt,
      extra.now,
    ];
    const accepted: Accepted = {
      created: true,
      record: toRecord({
        id: incident.id,
        status: 'pending',
        source: incident.source,
        incident: json,
        report: null,
        error: null,
        created_at: incident.createdAt,
        updated_at: updatedAt,
        started_at: null,
        completed_at: null,
        attempts: 0,
        resolved_at: extra.resolvedAt ?? null,
        previous_incident_id: extra.previous ?? null,
        dedup_seen_at: seen,
      }),
    };
    return { params, accepted };
  };

  /** Writes a new incident (and so its job); undefined when its Idempotency-Key was taken meanwhile. */
  const insert = async (
    c: Pick<Pool, 'query'>,
    incident: Incident,
    opts: CreateOptions,
    extra: { at: string; now: number; resolvedAt?: string; previous?: string },
  ): Promise<Accepted | undefined> => {
    const { params, accepted } = rowOf(incident, opts, extra);
    const conflict = opts.idempotencyKey ? 'ON CONFLICT (idempotency_key) DO NOTHING' : '';
    const { rowCount } = await c.query(`${INSERT_COLUMNS} VALUES ${valuesSql(1)} ${conflict}`, params);
    return rowCount === 1 ? accepted : undefined;
  };

  const byKey = async (c: Pick<Pool, 'query'>, opts: CreateOptions): Promise<Accepted | undefined> => {
    const { rows } = await c.query<Row>(`SELECT ${COLUMNS} FROM incidents WHERE idempotency_key = $1`, [
      opts.idempotencyKey,
    ]);
    const existing = rows[0];
    if (!existing) return undefined;
    if ((existing.request_hash ?? '') !== (opts.requestHash ?? ''))
      throw createError('ERR_STORE_IDEMPOTENCY_CONFLICT', { key: opts.idempotencyKey });
    return { record: toRecord(existing), created: false };
  };

  /** API accepts: one statement (the key's uniqueness is the constraint's). */
  const acceptPlain = async (incident: Incident, opts: CreateOptions): Promise<Accepted> => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const now = clock();
      const done = await insert(pool, incident, opts, { at: now.toISOString(), now: now.getTime() });
      if (done) return done;
      // The key is taken: its incident (unless it was pruned meanwhile, then this one is written).
      const existing = await byKey(pool, opts);
      if (existing) return existing;
    }
    throw createError('ERR_STORE_BUSY', { ms: settings.statementTimeoutMs });
  };

  /**
   * API accepts arriving together, as one INSERT (one commit, one WAL flush). The rows travel as one
   * JSON parameter of a statement whose text never changes, so each connection parses and plans it
   * once (a named prepared statement) whatever the group's size. A row skipped by ON CONFLICT had its
   * key taken (earlier, or by an item of this group). Should the statement fail (an id already
   * stored), each item is accepted on its own so one bad item sinks no other.
   */
  const GROUP_INSERT = {
    name: 'culprit_accept_group',
    text: `${INSERT_COLUMNS}
      SELECT e->>0, 'pending', e->>1, (e->2)::text, e->>3, e->>4, NULL, false, $2, NULL, NULL, e->>5, e->>5, $3
      FROM json_array_elements($1::json) WITH ORDINALITY AS t(e, n) ORDER BY n
      ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
  };
  const acceptGroup = async (group: Accept[]): Promise<Outcome[]> => {
    const now = clock();
    const at = now.toISOString();
    const rows = group.map(({ incident, opts }) => rowOf(incident, opts, { at, now: now.getTime() }));
    let inserted: Set<string> | undefined;
    try {
      // The incident's JSON text goes in as it is (not re-escaped as a string): `(e->2)::text` reads it back verbatim.
      const s = (v: string | undefined) => (v === undefined ? 'null' : JSON.stringify(v));
      const values = group.map(
        ({ incident, opts }, i) =>
          `[${s(incident.id)},${s(incident.source)},${rows[i]!.params[2] as string},${s(opts.idempotencyKey)},${s(opts.requestHash)},${s(incident.createdAt)}]`,
      );
      const { rows: ids } = await pool.query<{ id: string }>({
        ...GROUP_INSERT,
        values: [`[${values.join(',')}]`, at, now.getTime()],
      });
      inserted = new Set(ids.map((r) => r.id));
    } catch {
      inserted = undefined;
    }
    // In arrival order: of two items with one key, the first one's incident is the key's.
    const outcomes: Outcome[] = [];
    for (const [i, { incident, opts }] of group.entries()) {
      try {
        const value = inserted?.has(incident.id) ? rows[i]!.accepted : await acceptPlain(incident, opts);
        outcomes.push({ ok: true, value });
      } catch (err) {
        outcomes.push({ ok: false, error: translate(err) });
      }
    }
    return outcomes;
  };
  const commits = createGroupCommit<Accept, Accepted>({
    maxItems: settings.groupCommitMaxItems,
    maxDelayMs: 0,
    commit: acceptGroup,
  });

  /** Webhook accepts: group and delivery decisions under per-key advisory locks, in one transaction. */
  const acceptWebhook = (incident: Incident, opts: CreateOptions): Promise<Accepted> =>
    tx(async (c) => {
      // Always in this order (group, then delivery): two accepts never wait on each other in a cycle.
      if (opts.dedupKey)
        await c.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_DEDUP, opts.dedupKey]);
      if (opts.deliveryId)
        await c.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_DELIVERY, opts.deliveryId]);
      if (opts.idempotencyKey) {
        const existing = await byKey(c, opts);
        if (existing) return existing;
      }
      const now = clock();
      const at = now.toISOString();
      if (opts.deliveryId) {
        const { rows } = await c.query<{ incident_id: string }>(
          'SELECT incident_id FROM deliveries WHERE delivery_id = $1',
          [opts.deliveryId],
        );
        const record = rows[0] && (await get(rows[0].incident_id, c));
        if (record) return { record: toRecord(record), created: false, replayed: true };
      }
      const resolvedAt = opts.resolved ? (opts.resolvedAt ?? at) : undefined;
      const delivered = async (id: string, isNew: boolean) => {
        if (resolvedAt !== undefined) await resolve(c, id, resolvedAt, at);
        else if (!isNew) await c.query('UPDATE incidents SET dedup_seen_at = $1 WHERE id = $2', [at, id]);
        if (opts.deliveryId)
          await c.query(
            'INSERT INTO deliveries (delivery_id, incident_id, at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
            [opts.deliveryId, id, at],
          );
      };
      let previous: Row | undefined;
      if (opts.dedupKey) {
        const { rows } = await c.query<Row>(
          `SELECT ${COLUMNS} FROM incidents WHERE dedup_key = $1 ORDER BY created_at DESC, arrival DESC LIMIT 1`,
          [opts.dedupKey],
        );
        const last = rows[0];
        if (last && (opts.resolved || isOpen(last, now.getTime(), opts.dedupWindowMs))) {
          await delivered(last.id, false);
          return { record: toRecord((await get(last.id, c))!), created: false };
        }
        previous = last;
        // The group's earlier incident (quiet past the window) stops taking deliveries.
        await c.query('UPDATE incidents SET dedup_open = false WHERE dedup_key = $1 AND dedup_open', [
          opts.dedupKey,
        ]);
      }
      const done = await insert(c, incident, opts, {
        at,
        now: now.getTime(),
        ...(resolvedAt !== undefined ? { resolvedAt } : {}),
        ...(previous ? { previous: previous.id } : {}),
      });
      if (!done) throw new Retry();
      await delivered(incident.id, true);
      return done;
    });

  const resolve = (c: Pick<Pool, 'query'>, id: string, resolvedAt: string, at: string) =>
    c.query(
      `UPDATE incidents SET resolved_at = COALESCE(resolved_at, $1), dedup_open = false, updated_at = $2 WHERE id = $3`,
      [resolvedAt, at, id],
    );

  /** The final write: only the holder of the current token, and only once. */
  const finish = (
    job: Job,
    status: 'completed' | 'failed',
    report: Report | null,
    error: object | null,
    tape: EvidenceTape | null,
  ) =>
    tx(async (c) => {
      const at = clock().toISOString();
      const { rowCount } = await c.query(
        `UPDATE incidents SET job_state = 'done', lease_owner = NULL, status = $3, report = $4, error = $5,
           completed_at = $6, updated_at = $6
         WHERE id = $1 AND token = $2 AND job_state = 'leased' AND status NOT IN ('completed', 'failed')`,
        [
          job.incidentId,
          job.token,
          status,
          report ? JSON.stringify(report) : null,
          error ? JSON.stringify(error) : null,
          at,
        ],
      );
      if (rowCount !== 1) throw createError('ERR_STORE_LEASE_LOST', { id: job.incidentId });
      if (tape)
        await c.query(
          `INSERT INTO tapes (incident_id, tape) VALUES ($1, $2) ON CONFLICT (incident_id) DO UPDATE SET tape = excluded.tape`,
          [job.incidentId, JSON.stringify(tape)],
        );
    }, 0);

  const claim = async (workerId: string, leaseMs: number): Promise<Job | undefined> => {
    for (;;) {
      const now = clock();
      const at = now.toISOString();
      const { rows } = await q<{ id: string; token: string; attempts: number }>(
        `WITH next AS (
           SELECT id FROM incidents
           WHERE job_state <> 'done' AND (job_state = 'pending' OR lease_until < $1)
           ORDER BY arrival LIMIT 1 FOR UPDATE SKIP LOCKED)
         UPDATE incidents i SET job_state = 'leased', lease_owner = $2, lease_until = $3, token = i.token + 1,
           status = 'investigating', attempts = i.attempts + 1, started_at = COALESCE(i.started_at, $4), updated_at = $4
         FROM next WHERE i.id = next.id
         RETURNING i.id, i.token, i.attempts`,
        [now.getTime(), workerId, now.getTime() + leaseMs, at],
      );
      const row = rows[0];
      if (!row) return undefined;
      const job = { incidentId: row.id, token: Number(row.token), attempts: row.attempts, workerId };
      if (row.attempts <= maxAttempts) return job;
      const error = createError('ERR_STORE_TOO_MANY_ATTEMPTS', { id: row.id, attempts: row.attempts - 1 });
      await finish(job, 'failed', null, { code: error.code, message: error.message }, null).catch(
        (err: unknown) => {
          if (!(isCulpritError(err) && err.code === 'ERR_STORE_LEASE_LOST')) throw err;
        },
      );
    }
  };

  const store: IncidentStore = {
    agents: createPostgresAgentStore(pool, run, clock),
    create: (incident, opts: CreateOptions = {}) =>
      run(() =>
        opts.dedupKey || opts.deliveryId || opts.resolved
          ? acceptWebhook(incident, opts)
          : commits.add({ incident, opts }),
      ),
    markResolved: (id) =>
      run(async () => {
        const at = clock().toISOString();
        if ((await resolve(pool, id, at, at)).rowCount !== 1)
          throw createError('ERR_STORE_NOT_FOUND', { id });
      }),
    get: (id) => run(async () => ((row) => (row ? toRecord(row) : undefined))(await get(id))),
    list: (query: ListQuery = {}) =>
      run(async () => {
        const limit = Math.min(Math.max(query.limit ?? 50, 1), 200);
        const where: string[] = [];
        const params: unknown[] = [];
        const p = (value: unknown) => `$${params.push(value)}`;
        if (query.status !== undefined) where.push(`status = ${p(query.status)}`);
        if (query.source !== undefined) where.push(`source = ${p(query.source)}`);
        if (query.createdAfter !== undefined) where.push(`created_at > ${p(query.createdAfter)}`);
        if (query.createdBefore !== undefined) where.push(`created_at < ${p(query.createdBefore)}`);
        if (query.cursor) {
          const [createdAt, id] = decodeCursor(query.cursor);
          const c = p(createdAt);
          where.push(`(created_at < ${c} OR (created_at = ${c} AND id < ${p(id)}))`);
        }
        const sql = `SELECT ${COLUMNS} FROM incidents ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
          ORDER BY created_at DESC, id DESC LIMIT $${params.push(limit + 1)}`;
        const { rows } = await q<Row>(sql, params);
        const items = rows.slice(0, limit).map(toRecord);
        const last = items.at(-1);
        return rows.length > limit && last
          ? { items, nextCursor: encodeCursor(last.createdAt, last.id) }
          : { items };
      }),
    appendEvent: (event) =>
      run(async () => {
        const full = JSON.stringify(event);
        const payload =
          Buffer.byteLength(full) <= MAX_NOTIFY_BYTES
            ? full
            : JSON.stringify({ ref: { incidentId: event.incidentId, seq: event.seq } });
        // Notified only when stored (a repeated append changes nothing), on commit, in append order.
        await q(
          `WITH ins AS (
             INSERT INTO events (incident_id, seq, type, at, data) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT DO NOTHING RETURNING 1)
           SELECT pg_notify($6, $7) FROM ins`,
          [event.incidentId, event.seq, event.type, event.at, JSON.stringify(event.data), channel, payload],
        );
      }),
    listEvents: (id, afterSeq = 0) => run(() => listEvents(id, afterSeq)),
    claim: (workerId, leaseMs) => run(() => claim(workerId, leaseMs)),
    renew: (job, leaseMs) =>
      run(async () => {
        const { rowCount } = await q(
          `UPDATE incidents SET lease_until = $1 WHERE id = $2 AND token = $3 AND job_state = 'leased'`,
          [clock().getTime() + leaseMs, job.incidentId, job.token],
        );
        return rowCount === 1;
      }),
    release: (job) =>
      run(async () => {
        await q(
          `UPDATE incidents SET job_state = 'pending', lease_owner = NULL, lease_until = 0,
             status = CASE WHEN status = 'investigating' THEN 'pending' ELSE status END,
             updated_at = CASE WHEN status = 'investigating' THEN $3 ELSE updated_at END
           WHERE id = $1 AND token = $2 AND job_state = 'leased'`,
          [job.incidentId, job.token, clock().toISOString()],
        );
      }),
    complete: (job, report, tape) => run(() => finish(job, 'completed', report, null, tape)),
    fail: (job, error) => run(() => finish(job, 'failed', null, error, null)),
    getTape: (id) =>
      run(async () => {
        const { rows } = await q<{ tape: string }>('SELECT tape FROM tapes WHERE incident_id = $1', [id]);
        return rows[0] ? (JSON.parse(rows[0].tape) as EvidenceTape) : undefined;
      }),
    notificationLog: (id) => ({
      isDone: (notifier, step) =>
        run(async () => {
          const { rowCount } = await q(
            'SELECT 1 FROM notification_steps WHERE incident_id = $1 AND notifier = $2 AND step = $3',
            [id, notifier, step],
          );
          return rowCount === 1;
        }),
      markDone: (notifier, step) =>
        run(async () => {
          await q(
            `INSERT INTO notification_steps (incident_id, notifier, step, at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
            [id, notifier, step, clock().toISOString()],
          );
        }),
      loadState: (notifier) =>
        run(async () => {
          const { rows } = await q<{ state: string }>(
            'SELECT state FROM notifier_state WHERE incident_id = $1 AND notifier = $2',
            [id, notifier],
          );
          return rows[0] ? (JSON.parse(rows[0].state) as unknown) : undefined;
        }),
      saveState: (notifier, state) =>
        run(async () => {
          await q(
            `INSERT INTO notifier_state (incident_id, notifier, state, updated_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (incident_id, notifier) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
            [id, notifier, JSON.stringify(state), clock().toISOString()],
          );
        }),
    }),
    counts: () =>
      run(async () => {
        const out: Record<IncidentStatus, number> = { pending: 0, investigating: 0, completed: 0, failed: 0 };
        const { rows } = await q<{ status: IncidentStatus; n: number }>(
          'SELECT status, count(*)::int AS n FROM incidents GROUP BY status',
        );
        for (const r of rows) out[r.status] = r.n;
        return out;
      }),
    // Readiness answers within a second: a database that slow (or a pool that busy) is not ready.
    ping: () =>
      run(async () => {
        let timer: NodeJS.Timeout | undefined;
        const probe = (async () => {
          const client = await pool.connect();
          try {
            await assertWritable(client);
          } finally {
            client.release();
          }
        })();
        try {
          await Promise.race([
            probe,
            new Promise<never>((_, reject) => {
              timer = setTimeout(() => reject(createError('ERR_STORE_BUSY', { ms: PING_MS })), PING_MS);
            }),
          ]);
        } finally {
          clearTimeout(timer);
          probe.catch(() => undefined);
        }
      }),
    prune: ({ finishedBefore, batchSize }) =>
      run(async () => {
        let total = 0;
        // Each batch its own short statement: rows being finished or read are skipped, not waited for.
        for (;;) {
          const { rows } = await q<{ n: number }>(
            `WITH doomed AS (
               SELECT id FROM incidents
               WHERE job_state = 'done' AND completed_at < $1
               ORDER BY completed_at LIMIT $2 FOR UPDATE SKIP LOCKED),
             e AS (DELETE FROM events WHERE incident_id IN (SELECT id FROM doomed)),
             t AS (DELETE FROM tapes WHERE incident_id IN (SELECT id FROM doomed)),
             s AS (DELETE FROM notification_steps WHERE incident_id IN (SELECT id FROM doomed)),
             n AS (DELETE FROM notifier_state WHERE incident_id IN (SELECT id FROM doomed)),
             d AS (DELETE FROM deliveries WHERE incident_id IN (SELECT id FROM doomed)),
             gone AS (DELETE FROM incidents WHERE id IN (SELECT id FROM doomed) RETURNING 1)
             SELECT count(*)::int AS n FROM gone`,
            [finishedBefore.toISOString(), Math.max(1, batchSize)],
          );
          const n = rows[0]?.n ?? 0;
          total += n;
          if (n < batchSize) return total;
        }
      }),
    subscribeEvents: (fn) => run(() => listener.subscribe(fn)),
    close: async () => {
      await commits.drain();
      await listener.close();
      await pool.end();
    },
  };
  return store;
}

/** Thrown inside an accept's transaction when a concurrent one won a race: the accept is redone. */
class Retry extends Error {}

/** A database that is a standby (or set read-only) must not be used: the store could not accept. */
async function assertWritable(client: PoolClient): Promise<void> {
  const { rows } = await client.query<{ ro: string }>('SHOW transaction_read_only');
  if (rows[0]?.ro === 'on') {
    const err = new Error('the database is read-only') as Error & { code: string };
    err.code = '25006';
    throw err;
  }
}

function toRecord(row: Row): IncidentRecord {
  return {
    id: row.id,
    status: row.status,
    source: row.source,
    incident: JSON.parse(row.incident) as Incident,
    ...(row.report ? { report: JSON.parse(row.report) as Report } : {}),
    ...(row.error ? { error: JSON.parse(row.error) as { code: string; message: string } } : {}),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...(row.started_at ? { startedAt: row.started_at } : {}),
    ...(row.completed_at ? { completedAt: row.completed_at } : {}),
    ...(row.resolved_at ? { resolvedAt: row.resolved_at } : {}),
    ...(row.previous_incident_id ? { previousIncidentId: row.previous_incident_id } : {}),
    attempts: row.attempts,
  };
}

/** A group's last incident still takes its deliveries: not resolved, and heard of within the window. */
function isOpen(last: Row, now: number, windowMs: number | undefined): boolean {
  if (last.resolved_at) return false;
  if (windowMs === undefined) return true;
  return now - Date.parse(last.dedup_seen_at ?? last.created_at) <= windowMs;
}

function encodeCursor(createdAt: string, id: string): string {
  return Buffer.from(JSON.stringify([createdAt, id])).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string'))
      return value as [string, string];
  } catch {
    // fall through to the coded error
  }
  throw createError('ERR_STORE_INVALID_CURSOR');
}

function pgCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** A PostgreSQL or connection failure as the store's coded error (coded errors pass through). */
function postgresError(err: unknown, at: { where: string; ms: number }) {
  if (isCulpritError(err)) return err;
  const code = pgCode(err);
  // statement_timeout, lock_timeout, serialization failure, deadlock: the database was busy.
  if (code === '57014' || code === '55P03' || code === '40001' || code === '40P01')
    return createError('ERR_STORE_BUSY', { ms: at.ms }, { cause: err });
  if (code === '25006') return createError('ERR_STORE_READ_ONLY', { path: at.where }, { cause: err });
  if (code === '53100')
    return createError('ERR_STORE_DISK_FULL', { path: at.where, free: 0 }, { cause: err });
  return createError(
    'ERR_STORE_UNAVAILABLE',
    { reason: `${at.where}: ${err instanceof Error ? err.message : String(err)}` },
    { cause: err },
  );
}
