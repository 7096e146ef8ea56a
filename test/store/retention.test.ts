// Retention on the SQLite store: prune deletes finished incidents older than the cutoff with all
// their rows, in batches, and nothing else; the scheduler prunes by `days` against its clock.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/sdk/index.js';
import { createRetentionScheduler, createSqliteStore, type IncidentStore } from '../../src/store/index.js';

const path = () => join(mkdtempSync(join(tmpdir(), 'culprit-retention-')), 'culprit.db');
const incident = (id: string) => ({
  id,
  description: `incident ${id}`,
  source: 'api',
  labels: {},
  entities: [],
  createdAt: '2026-01-01T00:00:00.000Z',
});
const report = (id: string): Report => ({
  incidentId: id,
  conclusive: false,
  hypotheses: [],
  symptoms: [],
  missingEvidence: [],
  scope: { named: [], nodes: [] },
  entities: [],
  generatedAt: '2026-01-01T00:00:01.000Z',
  rulePacks: [],
});
const tape = (id: string) => ({
  version: 1 as const,
  incident: incident(id),
  scope: { named: [], nodes: [] },
  evidence: [],
  discovered: [],
  collectors: [],
});

/** A store whose clock the test moves: incidents finish at the time it says. */
function clockedStore(file: string) {
  const now = { t: Date.parse('2026-01-01T00:00:00.000Z') };
  const store = createSqliteStore({ path: file, clock: () => new Date(now.t) });
  return { store, now };
}

/** Creates, claims and finishes one incident with an event, a tape and notifier rows. */
async function finish(store: IncidentStore, id: string, how: 'complete' | 'fail', extra: object = {}) {
  await store.create(incident(id), extra);
  const job = await store.claim('w', 60_000);
  expect(job?.incidentId).toBe(id);
  await store.appendEvent({
    seq: 1,
    type: 'investigation.started',
    incidentId: id,
    at: 'x',
    data: {},
  } as never);
  const log = store.notificationLog(id);
  await log.markDone('slack', 'posted');
  await log.saveState('slack', { ts: '1' });
  if (how === 'complete') await store.complete(job!, report(id), tape(id));
  else await store.fail(job!, { code: 'ERR_X', message: 'x' });
}

const rowsFor = (file: string, id: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(
      ['jobs', 'events', 'tapes', 'notification_steps', 'notifier_state', 'deliveries'].map((t) => [
        t,
        (db.prepare(`SELECT COUNT(*) AS n FROM ${t} WHERE incident_id = ?`).get(id) as { n: number }).n,
      ]),
    );
  } finally {
    db.close();
  }
};

describe('retention (SQLite)', () => {
  it('prunes finished incidents older than the cutoff with all their rows, and nothing else', async () => {
    const file = path();
    const { store, now } = clockedStore(file);
    await finish(store, 'old-done', 'complete', { deliveryId: 'd-1', idempotencyKey: 'k-old' });
    await finish(store, 'old-failed', 'fail');
    await store.create(incident('running'));
    await store.claim('w', 30 * 86_400_000);
    now.t += 10 * 86_400_000;
    await store.create(incident('recent-done'));
    await store.complete((await store.claim('w', 60_000))!, report('recent-done'), tape('recent-done'));
    await store.create(incident('waiting'));
    expect(rowsFor(file, 'old-done')).toMatchObject({
      events: 1,
      tapes: 1,
      notification_steps: 1,
      deliveries: 1,
    });

    const deleted = await store.prune({ finishedBefore: new Date(now.t - 86_400_000), batchSize: 500 });
    expect(deleted).toBe(2);
    expect(await store.get('old-done')).toBeUndefined();
    expect(await store.get('old-failed')).toBeUndefined();
    for (const id of ['old-done', 'old-failed'])
      expect(rowsFor(file, id)).toEqual({
        jobs: 0,
        events: 0,
        tapes: 0,
        notification_steps: 0,
        notifier_state: 0,
        deliveries: 0,
      });
    expect((await store.get('waiting'))?.status).toBe('pending');
    expect((await store.get('running'))?.status).toBe('investigating');
    expect((await store.get('recent-done'))?.status).toBe('completed');
    expect(await store.getTape('recent-done')).toBeDefined();
    // The pruned incident's idempotency key and delivery id no longer point anywhere.
    const again = await store.create(incident('new-one'), { idempotencyKey: 'k-old', deliveryId: 'd-1' });
    expect(again.created).toBe(true);
    expect(await store.prune({ finishedBefore: new Date(now.t - 86_400_000), batchSize: 500 })).toBe(0);
    await store.close();
  });

  it('deletes in batches until none is left (batch boundaries included)', async () => {
    const { store, now } = clockedStore(path());
    for (let i = 0; i < 7; i++) await finish(store, `i${i}`, 'complete');
    now.t += 86_400_000;
    expect(await store.prune({ finishedBefore: new Date(now.t), batchSize: 2 })).toBe(7);
    for (let i = 0; i < 4; i++) await finish(store, `j${i}`, 'complete');
    now.t += 86_400_000;
    expect(await store.prune({ finishedBefore: new Date(now.t), batchSize: 4 })).toBe(4);
    expect((await store.list()).items).toEqual([]);
    await store.close();
  });

  it('two connections pruning one file at once delete each incident once', async () => {
    const file = path();
    const { store, now } = clockedStore(file);
    for (let i = 0; i < 30; i++) await finish(store, `i${i}`, 'complete');
    now.t += 86_400_000;
    const other = createSqliteStore({ path: file });
    const cutoff = new Date(now.t);
    const [a, b] = await Promise.all([
      store.prune({ finishedBefore: cutoff, batchSize: 3 }),
      other.prune({ finishedBefore: cutoff, batchSize: 3 }),
    ]);
    expect(a + b).toBe(30);
    await other.close();
    await store.close();
  });

  it('refuses a batch size that is not a positive integer', async () => {
    const store = createSqliteStore({ path: ':memory:' });
    await expect(store.prune({ finishedBefore: new Date(), batchSize: 0 })).rejects.toMatchObject({
      code: 'ERR_INVALID_ARGUMENT',
    });
    await store.close();
  });

  it('the scheduler prunes what finished more than `days` before its clock', async () => {
    const { store, now } = clockedStore(path());
    await finish(store, 'a', 'complete');
    now.t += 2 * 86_400_000;
    await finish(store, 'b', 'complete');
    const clock = () => new Date(now.t + 3_600_000);
    const retention = createRetentionScheduler(
      store,
      { days: 1, intervalMinutes: 60, batchSize: 10 },
      { clock },
    );
    expect(await retention.runOnce()).toBe(1);
    expect(await store.get('a')).toBeUndefined();
    expect((await store.get('b'))?.status).toBe('completed');
    retention.start();
    await retention.stop();
    await store.close();
  });

  it('a failing pass is logged and retried later, never thrown', async () => {
    const store = createSqliteStore({ path: ':memory:' });
    const warnings: string[] = [];
    const logger = {
      debug() {},
      info() {},
      warn: (msg: string) => void warnings.push(msg),
      error() {},
      child() {
        return logger;
      },
    };
    await store.close();
    const retention = createRetentionScheduler(
      store,
      { days: 1, intervalMinutes: 1, batchSize: 1 },
      { logger },
    );
    expect(await retention.runOnce()).toBe(0);
    expect(warnings).toHaveLength(1);
  });
});
