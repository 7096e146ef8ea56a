// IncidentStore on embedded SQLite (better-sqlite3, WAL). Every accepted incident and its job are
// committed (synchronous=FULL) before the API answers; accepts arriving together share one
// transaction (group commit). Leases with fencing tokens make sure a crashed or slow worker can
// never write a second final report. better-sqlite3 is synchronous, so a lock held
// by another connection is never waited for inside SQLite (that would freeze the event loop): each
// call fails fast and is retried on a timer until `busyTimeoutMs` has passed.
import Database from 'better-sqlite3';
import { mkdirSync, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createError } from '../errors/index.js';
import type { EvidenceTape } from '../investigate/index.js';
import type { IncidentStatus, InvestigationEvent, Report } from '../sdk/index.js';
import { createGroupCommit } from './group-commit.js';
import { AGENT_TABLES, createSqliteAgentStore } from './sqlite-agent-store.js';
import type { CreateOptions, IncidentStore, Job, ListQuery } from './incident-store.js';
import {
  createAcceptTransaction,
  isBusy,
  storeError,
  toRecord,
  type Accept,
  type Accepted,
  type Row,
} from './sqlite-accept.js';
import { startWriterThread } from './sqlite-writer-thread.js';

export interface SqliteStoreOptions {
  /** Database file, or ':memory:'. */
  path: string;
  /** How long a call waits, off the event loop, for a lock another connection holds (default 5000). */
  busyTimeoutMs?: number;
  /** Open the file read-only (the store then refuses to start: it must be able to write). */
  readonly?: boolean;
  /** Readiness fails when the disk holding the database has less free space (default 4 MiB). */
  minFreeBytes?: number;
  /** Attempts before a job is failed for good (default 3). */
  maxAttempts?: number;
  clock?: () => Date;
  /**
   * Accepts are written together: one transaction (one fsync) per group of at most `maxItems`
   * (default 64), committed at the end of the event-loop turn its first accept arrived in, or
   * `maxDelayMs` later when positive (default 0: lone requests wait for nobody).
   * `onCommit` hears each committed group's size (metrics, tests).
   */
  groupCommit?: { maxItems?: number; maxDelayMs?: number; onCommit?: (size: number) => void };
  /**
   * Commit accepts on a writer thread with its own connection (default false): the fsync of a group
   * then blocks that thread, not the event loop, which keeps reading requests into the next group.
   * Off by default because it changes load shedding: the loop no longer stalls during an fsync, so a
   * burst reaches the server's in-flight limit (429) where it used to queue in the kernel. A
   * ':memory:' database has one connection, so it always commits in-thread.
   */
  writerThread?: boolean;
}

const MIGRATIONS = [
  `CREATE TABLE incidents (
     id TEXT PRIMARY KEY,
     status TEXT NOT NULL,
     source TEXT NOT NULL,
     incident TEXT NOT NULL,
     report TEXT,
     error TEXT,
     idempotency_key TEXT UNIQUE,
     request_hash TEXT,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     started_at TEXT,
     completed_at TEXT,
     attempts INTEGER NOT NULL DEFAULT 0
   );
   CREATE INDEX incidents_created ON incidents (created_at DESC, id DESC);
   CREATE INDEX incidents_status ON incidents (status, created_at DESC);
   CREATE TABLE jobs (
     incident_id TEXT PRIMARY KEY REFERENCES incidents (id),
     state TEXT NOT NULL,
     lease_owner TEXT,
     lease_until INTEGER NOT NULL DEFAULT 0,
     token INTEGER NOT NULL DEFAULT 0,
     enqueued_at INTEGER NOT NULL
   );
   CREATE INDEX jobs_ready ON jobs (state, lease_until, enqueued_at);
   CREATE TABLE events (
     incident_id TEXT NOT NULL,
     seq INTEGER NOT NULL,
     type TEXT NOT NULL,
     at TEXT NOT NULL,
     data TEXT NOT NULL,
     PRIMARY KEY (incident_id, seq)
   );
   CREATE TABLE tapes (incident_id TEXT PRIMARY KEY, tape TEXT NOT NULL);`,
  `ALTER TABLE incidents ADD COLUMN dedup_key TEXT;
   ALTER TABLE incidents ADD COLUMN resolved_at TEXT;
   CREATE UNIQUE INDEX incidents_dedup ON incidents (dedup_key) WHERE dedup_key IS NOT NULL;`,
  // The write probe of readiness and start-up. Webhook groups: one open incident per group at a time,
  // a new one (linked to the last) after resolution or a quiet window; sender event ids seen.
  `CREATE TABLE heartbeat (id INTEGER PRIMARY KEY CHECK (id = 1), at TEXT NOT NULL);
   ALTER TABLE incidents ADD COLUMN previous_incident_id TEXT;
   ALTER TABLE incidents ADD COLUMN dedup_seen_at TEXT;
   DROP INDEX incidents_dedup;
   CREATE INDEX incidents_dedup ON incidents (dedup_key, created_at DESC) WHERE dedup_key IS NOT NULL;
   CREATE TABLE deliveries (delivery_id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, at TEXT NOT NULL);
   CREATE TABLE notification_steps (
     incident_id TEXT NOT NULL, notifier TEXT NOT NULL, step TEXT NOT NULL, at TEXT NOT NULL,
     PRIMARY KEY (incident_id, notifier, step)
   );
   CREATE TABLE notifier_state (
     incident_id TEXT NOT NULL, notifier TEXT NOT NULL, state TEXT NOT NULL, updated_at TEXT NOT NULL,
     PRIMARY KEY (incident_id, notifier)
   );`,
  // Retention finds finished incidents by completion time and removes their delivery ids.
  `CREATE INDEX incidents_finished ON incidents (completed_at) WHERE status IN ('completed', 'failed');
   CREATE INDEX deliveries_incident ON deliveries (incident_id);`,
  // Cluster agents: hashed tokens and collection requests (sqlite-agent-store.ts).
  AGENT_TABLES,
];

export function createSqliteStore(options: SqliteStoreOptions): IncidentStore {
  const clock = options.clock ?? (() => new Date());
  const maxAttempts = options.maxAttempts ?? 3;
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  const minFreeBytes = options.minFreeBytes ?? 4 * 1024 * 1024;
  const onDisk = options.path !== ':memory:';
  const translate = (err: unknown) => storeError(err, { path: options.path, ms: busyTimeoutMs });
  let db: Database.Database;
  let probe: (withFreeSpace: boolean) => void;
  try {
    if (onDisk && !options.readonly) mkdirSync(dirname(options.path), { recursive: true });
    // Start-up may block: nothing else runs yet. Afterwards SQLite never waits for a lock itself.
    db = new Database(options.path, { readonly: options.readonly ?? false, timeout: busyTimeoutMs });
    db.pragma('journal_mode = WAL');
    // FULL: a committed incident survives not only a process crash (NORMAL would) but power loss too.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    const beat = db.prepare(
      `INSERT INTO heartbeat (id, at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET at = excluded.at`,
    );
    // A real write (a database opened read-only, or on a read-only mount, reads fine) plus the free
    // space: SQLite reuses its WAL file, so a full disk does not always fail a small write.
    probe = (withFreeSpace) => {
      beat.run(clock().toISOString());
      if (!onDisk || !withFreeSpace) return;
      const fs = statfsSync(dirname(options.path));
      const free = fs.bavail * fs.bsize;
      if (free < minFreeBytes) throw createError('ERR_STORE_DISK_FULL', { path: options.path, free });
    };
    // Refuse to start on a store that cannot be written; low free space only makes it not ready.
    probe(false);
    db.pragma('busy_timeout = 0');
  } catch (err) {
    throw translate(err);
  }

  /** Runs `fn` now; while another connection holds the lock, again after a growing pause. */
  const guard = async <T>(fn: () => T, budgetMs = busyTimeoutMs): Promise<T> => {
    const deadline = performance.now() + budgetMs;
    for (let pause = 2; ; pause = Math.min(pause * 2, 100)) {
      try {
        return fn();
      } catch (err) {
        if (!isBusy(err) || performance.now() + pause > deadline)
          throw storeError(err, { path: options.path, ms: budgetMs });
      }
      await sleep(pause);
    }
  };

  const s = {
    resolve: db.prepare(
      `UPDATE incidents SET resolved_at = COALESCE(resolved_at, ?), updated_at = ? WHERE id = ?`,
    ),
    get: db.prepare(`SELECT * FROM incidents WHERE id = ?`),
    event: db.prepare(
      `INSERT OR IGNORE INTO events (incident_id, seq, type, at, data) VALUES (?, ?, ?, ?, ?)`,
    ),
    events: db.prepare(`SELECT * FROM events WHERE incident_id = ? AND seq > ? ORDER BY seq`),
    next: db.prepare(
      `SELECT incident_id FROM jobs WHERE (state = 'pending') OR (state = 'leased' AND lease_until < ?)
       ORDER BY enqueued_at LIMIT 1`,
    ),
    lease: db.prepare(
      `UPDATE jobs SET state = 'leased', lease_owner = ?, lease_until = ?, token = token + 1 WHERE incident_id = ?`,
    ),
    job: db.prepare(`SELECT * FROM jobs WHERE incident_id = ?`),
    start: db.prepare(
      `UPDATE incidents SET status = 'investigating', attempts = attempts + 1, started_at = COALESCE(started_at, ?), updated_at = ? WHERE id = ?`,
    ),
    renew: db.prepare(
      `UPDATE jobs SET lease_until = ? WHERE incident_id = ? AND token = ? AND state = 'leased'`,
    ),
    release: db.prepare(
      `UPDATE jobs SET state = 'pending', lease_owner = NULL, lease_until = 0 WHERE incident_id = ? AND token = ? AND state = 'leased'`,
    ),
    requeue: db.prepare(
      `UPDATE incidents SET status = 'pending', updated_at = ? WHERE id = ? AND status = 'investigating'`,
    ),
    finishJob: db.prepare(
      `UPDATE jobs SET state = 'done', lease_owner = NULL WHERE incident_id = ? AND token = ? AND state = 'leased'`,
    ),
    finish: db.prepare(
      `UPDATE incidents SET status = @status, report = @report, error = @error, completed_at = @at, updated_at = @at
       WHERE id = @id AND status NOT IN ('completed', 'failed')`,
    ),
    tape: db.prepare(`INSERT OR REPLACE INTO tapes (incident_id, tape) VALUES (?, ?)`),
    getTape: db.prepare(`SELECT tape FROM tapes WHERE incident_id = ?`),
    counts: db.prepare(`SELECT status, COUNT(*) AS n FROM incidents GROUP BY status`),
    stepDone: db.prepare(
      `SELECT 1 FROM notification_steps WHERE incident_id = ? AND notifier = ? AND step = ?`,
    ),
    markStep: db.prepare(
      `INSERT OR IGNORE INTO notification_steps (incident_id, notifier, step, at) VALUES (?, ?, ?, ?)`,
    ),
    loadState: db.prepare(`SELECT state FROM notifier_state WHERE incident_id = ? AND notifier = ?`),
    saveState: db.prepare(
      `INSERT INTO notifier_state (incident_id, notifier, state, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (incident_id, notifier) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
    ),
  };

  const finishTx = db.transaction(
    (
      job: Job,
      status: 'completed' | 'failed',
      report: Report | null,
      error: object | null,
      tape: EvidenceTape | null,
    ) => {
      const moved = s.finishJob.run(job.incidentId, job.token);
      if (moved.changes !== 1) throw createError('ERR_STORE_LEASE_LOST', { id: job.incidentId });
      const at = clock().toISOString();
      const done = s.finish.run({
        id: job.incidentId,
        status,
        report: report ? JSON.stringify(report) : null,
        error: error ? JSON.stringify(error) : null,
        at,
      });
      if (done.changes !== 1) throw createError('ERR_STORE_LEASE_LOST', { id: job.incidentId });
      if (tape) s.tape.run(job.incidentId, JSON.stringify(tape));
    },
  );

  const claimTx = db.transaction((workerId: string, leaseMs: number): Job | undefined => {
    for (;;) {
      const now = clock().getTime();
      const next = s.next.get(now) as { incident_id: string } | undefined;
      if (!next) return undefined;
      s.lease.run(workerId, now + leaseMs, next.incident_id);
      const at = clock().toISOString();
      s.start.run(at, at, next.incident_id);
      const row = s.get.get(next.incident_id) as Row;
      const job = s.job.get(next.incident_id) as { token: number };
      const claimed = { incidentId: next.incident_id, token: job.token, attempts: row.attempts, workerId };
      if (row.attempts <= maxAttempts) return claimed;
      const error = createError('ERR_STORE_TOO_MANY_ATTEMPTS', { id: row.id, attempts: row.attempts - 1 });
      finishTx(claimed, 'failed', null, { code: error.code, message: error.message }, null);
    }
  });

  const pruneSql = {
    pick: db.prepare(
      `SELECT id FROM incidents WHERE status IN ('completed', 'failed') AND completed_at < ?
       ORDER BY completed_at LIMIT ?`,
    ),
    // Children first: jobs reference incidents (foreign keys are on).
    deletes: ['jobs', 'events', 'tapes', 'notification_steps', 'notifier_state', 'deliveries'].map((table) =>
      db.prepare(`DELETE FROM ${table} WHERE incident_id = ?`),
    ),
    incident: db.prepare(
      `DELETE FROM incidents WHERE id = ? AND status IN ('completed', 'failed') AND completed_at < ?`,
    ),
  };
  /** One batch of retention in its own short transaction: the write lock is held for one batch only. */
  const pruneTx = db.transaction((before: string, limit: number): { picked: number; deleted: number } => {
    const ids = (pruneSql.pick.all(before, limit) as { id: string }[]).map((r) => r.id);
    let deleted = 0;
    for (const id of ids) {
      for (const del of pruneSql.deletes) del.run(id);
      deleted += pruneSql.incident.run(id, before).changes;
    }
    return { picked: ids.length, deleted };
  });

  const writer =
    onDisk && options.writerThread === true
      ? startWriterThread({ path: options.path, busyTimeoutMs })
      : undefined;
  const groupTx = writer ? undefined : createAcceptTransaction(db, translate);
  const commits = createGroupCommit<Accept, Accepted>({
    maxItems: options.groupCommit?.maxItems ?? 64,
    maxDelayMs: options.groupCommit?.maxDelayMs ?? 0,
    commit: async (group) => {
      const outcomes = writer ? await writer.commit(group) : await guard(() => groupTx!.immediate(group));
      options.groupCommit?.onCommit?.(group.length);
      return outcomes;
    },
  });

  return {
    create: (incident, opts: CreateOptions = {}) => commits.add({ incident, opts, now: clock().getTime() }),
    markResolved: (id) =>
      guard(() => {
        const at = clock().toISOString();
        if (s.resolve.run(at, at, id).changes !== 1) throw createError('ERR_STORE_NOT_FOUND', { id });
      }),
    get: (id) =>
      guard(() => {
        const row = s.get.get(id) as Row | undefined;
        return row ? toRecord(row) : undefined;
      }),
    list: (query: ListQuery = {}) =>
      guard(() => {
        const limit = Math.min(Math.max(query.limit ?? 50, 1), 200);
        const where: string[] = [];
        const params: unknown[] = [];
        const filters: [string, unknown][] = [
          ['status = ?', query.status],
          ['source = ?', query.source],
          ['created_at > ?', query.createdAfter],
          ['created_at < ?', query.createdBefore],
        ];
        for (const [clause, value] of filters) {
          if (value === undefined) continue;
          where.push(clause);
          params.push(value);
        }
        if (query.cursor) {
          const [createdAt, id] = decodeCursor(query.cursor);
          where.push('(created_at < ? OR (created_at = ? AND id < ?))');
          params.push(createdAt, createdAt, id);
        }
        const sql = `SELECT * FROM incidents ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC, id DESC LIMIT ?`;
        const rows = db.prepare(sql).all(...params, limit + 1) as Row[];
        const items = rows.slice(0, limit).map(toRecord);
        const last = items.at(-1);
        return rows.length > limit && last
          ? { items, nextCursor: encodeCursor(last.createdAt, last.id) }
          : { items };
      }),
    appendEvent: (event) =>
      guard(
        () => void s.event.run(event.incidentId, event.seq, event.type, event.at, JSON.stringify(event.data)),
      ),
    listEvents: (id, afterSeq = 0) =>
      guard(() =>
        (
          s.events.all(id, afterSeq) as {
            incident_id: string;
            seq: number;
            type: string;
            at: string;
            data: string;
          }[]
        ).map(
          (r) =>
            ({
              seq: r.seq,
              type: r.type,
              incidentId: r.incident_id,
              at: r.at,
              data: JSON.parse(r.data),
            }) as InvestigationEvent,
        ),
      ),
    claim: (workerId, leaseMs) => guard(() => claimTx.immediate(workerId, leaseMs)),
    renew: (job, leaseMs) =>
      guard(() => s.renew.run(clock().getTime() + leaseMs, job.incidentId, job.token).changes === 1),
    release: (job) =>
      guard(() => {
        db.transaction(() => {
          if (s.release.run(job.incidentId, job.token).changes === 1)
            s.requeue.run(clock().toISOString(), job.incidentId);
        }).immediate();
      }),
    complete: (job, report, tape) => guard(() => finishTx.immediate(job, 'completed', report, null, tape)),
    fail: (job, error) => guard(() => finishTx.immediate(job, 'failed', null, error, null)),
    getTape: (id) =>
      guard(() => {
        const row = s.getTape.get(id) as { tape: string } | undefined;
        return row ? (JSON.parse(row.tape) as EvidenceTape) : undefined;
      }),
    notificationLog: (id) => ({
      isDone: (notifier, step) => guard(() => s.stepDone.get(id, notifier, step) !== undefined),
      markDone: (notifier, step) =>
        guard(() => void s.markStep.run(id, notifier, step, clock().toISOString())),
      loadState: (notifier) =>
        guard(() => {
          const row = s.loadState.get(id, notifier) as { state: string } | undefined;
          return row ? (JSON.parse(row.state) as unknown) : undefined;
        }),
      saveState: (notifier, state) =>
        guard(() => void s.saveState.run(id, notifier, JSON.stringify(state), clock().toISOString())),
    }),
    counts: () =>
      guard(() => {
        const out: Record<IncidentStatus, number> = { pending: 0, investigating: 0, completed: 0, failed: 0 };
        for (const r of s.counts.all() as { status: IncidentStatus; n: number }[]) out[r.status] = r.n;
        return out;
      }),
    prune: async ({ finishedBefore, batchSize }) => {
      if (!Number.isInteger(batchSize) || batchSize < 1)
        throw createError('ERR_INVALID_ARGUMENT', {
          name: 'batchSize',
          reason: 'must be a positive integer',
        });
      const before = finishedBefore.toISOString();
      let total = 0;
      for (;;) {
        const { picked, deleted } = await guard(() => pruneTx.immediate(before, batchSize));
        total += deleted;
        if (picked < batchSize) return total;
        // Between batches other connections (and this process's requests) take their turn.
        await new Promise((r) => setImmediate(r));
      }
    },
    agents: createSqliteAgentStore(db, guard, clock),
    // Readiness waits for a lock only briefly: a store locked for longer is not ready.
    ping: () => guard(() => probe(true), Math.min(busyTimeoutMs, 250)),
    close: async () => {
      await commits.drain();
      await writer?.close();
      await guard(() => void (db.open && db.close()));
    },
  };
}

function migrate(db: Database.Database): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
  );
  const applied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?');
  // Several processes may open one new file together: each step takes the write lock first (waiting
  // for it, start-up may block) and looks again, so every migration runs exactly once.
  MIGRATIONS.forEach((sql, i) => {
    if (applied.get(i + 1)) return;
    db.transaction(() => {
      if (applied.get(i + 1)) return;
      db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
        i + 1,
        new Date().toISOString(),
      );
    }).immediate();
  });
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
