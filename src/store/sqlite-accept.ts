// The accept transaction of the SQLite store: one group of accepts (idempotency, dedupe, deliveries,
// insert + job) written in one transaction. Shared by the writer thread and the in-thread fallback;
// it holds no clock and no state of its own: each accept carries the time it was received.
import type Database from 'better-sqlite3';
import { createError, isCulpritError } from '../errors/index.js';
import type { Incident, IncidentStatus, Report } from '../sdk/index.js';
import type { CreateOptions, IncidentRecord, IncidentStore } from './incident-store.js';

export interface Accept {
  incident: Incident;
  opts: CreateOptions;
  /** When the accept was received (ms since the epoch), from the store's clock. */
  now: number;
}
export type Accepted = Awaited<ReturnType<IncidentStore['create']>>;
export type Outcome = { ok: true; value: Accepted } | { ok: false; error: unknown };

export interface Row {
  id: string;
  status: IncidentStatus;
  source: string;
  incident: string;
  report: string | null;
  error: string | null;
  created_at: string;
  updated_at: string;
  started_at: string | null;
  completed_at: string | null;
  attempts: number;
  resolved_at?: string | null;
  previous_incident_id?: string | null;
  dedup_seen_at?: string | null;
}

export interface GroupTransaction {
  /** Writes the group in one IMMEDIATE transaction; one outcome per accept, in order. */
  immediate(group: Accept[]): Outcome[];
}

/** Builds the group transaction over `db`; run it with `.immediate(group)`. */
export function createAcceptTransaction(
  db: Database.Database,
  translate: (err: unknown) => unknown,
): GroupTransaction {
  // Savepoints and statement rollbacks keep their undo journal in memory rather than in a temp
  // file (measured: 66 → 42 µs per accept). It is never used for crash recovery (the WAL is), so
  // durability is unchanged.
  db.pragma('temp_store = MEMORY');
  const s = {
    insert: db.prepare(
      `INSERT INTO incidents (id, status, source, incident, idempotency_key, request_hash, dedup_key, dedup_seen_at, previous_incident_id, created_at, updated_at)
       VALUES (@id, 'pending', @source, @incident, @key, @hash, @dedup, @seen, @previous, @created_at, @created_at)`,
    ),
    lastByDedup: db.prepare(
      `SELECT * FROM incidents WHERE dedup_key = ? ORDER BY created_at DESC, rowid DESC LIMIT 1`,
    ),
    seen: db.prepare(`UPDATE incidents SET dedup_seen_at = ? WHERE id = ?`),
    delivery: db.prepare(`SELECT incident_id FROM deliveries WHERE delivery_id = ?`),
    deliver: db.prepare(`INSERT OR IGNORE INTO deliveries (delivery_id, incident_id, at) VALUES (?, ?, ?)`),
    resolve: db.prepare(
      `UPDATE incidents SET resolved_at = COALESCE(resolved_at, ?), updated_at = ? WHERE id = ?`,
    ),
    enqueue: db.prepare(`INSERT INTO jobs (incident_id, state, enqueued_at) VALUES (?, 'pending', ?)`),
    byKey: db.prepare(`SELECT * FROM incidents WHERE idempotency_key = ?`),
    get: db.prepare(`SELECT * FROM incidents WHERE id = ?`),
  };

  /** One accept inside the group's transaction. */
  const acceptOne = ({ incident, opts, now }: Accept): Accepted => {
    if (opts.idempotencyKey) {
      const existing = s.byKey.get(opts.idempotencyKey) as
        | (Row & { request_hash: string | null })
        | undefined;
      if (existing) {
        if ((existing.request_hash ?? '') !== (opts.requestHash ?? '')) {
          throw createError('ERR_STORE_IDEMPOTENCY_CONFLICT', { key: opts.idempotencyKey });
        }
        return { record: toRecord(existing), created: false };
      }
    }
    const at = new Date(now).toISOString();
    if (opts.deliveryId) {
      const seen = s.delivery.get(opts.deliveryId) as { incident_id: string } | undefined;
      const record = seen && (s.get.get(seen.incident_id) as Row | undefined);
      if (record) return { record: toRecord(record), created: false, replayed: true };
    }
    const resolvedAt = opts.resolved ? (opts.resolvedAt ?? at) : undefined;
    const delivered = (id: string, isNew: boolean) => {
      if (resolvedAt !== undefined) s.resolve.run(resolvedAt, at, id);
      else if (!isNew) s.seen.run(at, id);
      if (opts.deliveryId) s.deliver.run(opts.deliveryId, id, at);
    };
    let previous: Row | undefined;
    if (opts.dedupKey) {
      const last = s.lastByDedup.get(opts.dedupKey) as Row | undefined;
      if (last && (opts.resolved || isOpen(last, now, opts.dedupWindowMs))) {
        delivered(last.id, false);
        return { record: toRecord(s.get.get(last.id) as Row), created: false };
      }
      previous = last;
    }
    const json = JSON.stringify(incident);
    s.insert.run({
      id: incident.id,
      source: incident.source,
      incident: json,
      key: opts.idempotencyKey ?? null,
      hash: opts.requestHash ?? null,
      dedup: opts.dedupKey ?? null,
      seen: opts.dedupKey || resolvedAt === undefined ? at : null,
      previous: previous?.id ?? null,
      created_at: incident.createdAt,
    });
    delivered(incident.id, true);
    s.enqueue.run(incident.id, now);
    // The row just written, without reading it back (nor parsing back the JSON just written).
    return {
      created: true,
      record: {
        id: incident.id,
        status: 'pending',
        source: incident.source,
        incident: JSON.parse(json) as Incident,
        createdAt: incident.createdAt,
        updatedAt: resolvedAt === undefined ? incident.createdAt : at,
        ...(resolvedAt !== undefined ? { resolvedAt } : {}),
        ...(previous ? { previousIncidentId: previous.id } : {}),
        attempts: 0,
      },
    };
  };
  /** The same in a savepoint, so that a refused accept leaves the rest of its group. */
  const acceptTx = db.transaction(acceptOne);

  /** Every accept in its own savepoint: a refused one fails alone. */
  const careful = db.transaction((group: Accept[]): Outcome[] =>
    group.map((accept): Outcome => {
      try {
        return { ok: true, value: acceptTx(accept) };
      } catch (err) {
        // SQLite may have rolled the whole transaction back (busy, full, I/O): then nothing of this
        // group is written, so no accept in it may succeed; the whole group is retried or refused.
        if (isBusy(err) || !db.inTransaction) throw err;
        return { ok: false, error: translate(err) };
      }
    }),
  );
  /** No savepoints (half the cost of an accept): right whenever no accept of the group is refused. */
  const optimistic = db.transaction((group: Accept[]): Outcome[] =>
    group.map((accept): Outcome => ({ ok: true, value: acceptOne(accept) })),
  );

  /**
   * A group of accepts in one transaction; each outcome is settled only once the group committed.
   * Tried without savepoints first; when any accept throws, that transaction is rolled back whole
   * and the group runs again with one savepoint per accept, so the outcomes are exactly those of
   * the careful way (each accept reads only the database and its own input).
   */
  return {
    immediate(group) {
      try {
        return optimistic.immediate(group);
      } catch (err) {
        if (isBusy(err)) throw err;
        return careful.immediate(group);
      }
    },
  };
}

export function toRecord(row: Row): IncidentRecord {
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

function sqliteCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

export function isBusy(err: unknown): boolean {
  return /^SQLITE_(BUSY|LOCKED)/.test(sqliteCode(err));
}

/** A SQLite or file-system failure as the store's coded error (coded errors pass through). */
export function storeError(err: unknown, at: { path: string; ms: number }) {
  if (isCulpritError(err)) return err;
  const code = sqliteCode(err);
  if (isBusy(err)) return createError('ERR_STORE_BUSY', { ms: at.ms }, { cause: err });
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS')
    return createError('ERR_STORE_READ_ONLY', { path: at.path }, { cause: err });
  if (code === 'SQLITE_FULL' || code === 'ENOSPC')
    return createError('ERR_STORE_DISK_FULL', { path: at.path, free: 0 }, { cause: err });
  return createError(
    'ERR_STORE_UNAVAILABLE',
    { reason: err instanceof Error ? err.message : String(err) },
    { cause: err },
  );
}
