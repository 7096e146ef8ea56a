import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/sdk/index.js';
import { createQueueWorker, createSqliteStore } from '../../src/store/index.js';

const path = () => join(mkdtempSync(join(tmpdir(), 'culprit-store-')), 'culprit.db');
const incident = (id: string, createdAt = '2026-11-22T10:00:00.000Z') => ({
  id,
  description: `incident ${id}`,
  source: 'api',
  labels: {},
  entities: [],
  createdAt,
});
const report = (id: string): Report => ({
  incidentId: id,
  conclusive: false,
  hypotheses: [],
  symptoms: [],
  missingEvidence: [],
  scope: { named: [], nodes: [] },
  entities: [],
  generatedAt: '2026-11-22T10:00:01.000Z',
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

describe('SQLite incident store', () => {
  it('stores an incident and its job in one step, survives reopening', async () => {
    const file = path();
    const store = createSqliteStore({ path: file });
    const { record, created } = await store.create(incident('a'));
    expect(created).toBe(true);
    expect(record.status).toBe('pending');
    await store.close();
    const again = createSqliteStore({ path: file });
    expect((await again.get('a'))?.incident.description).toBe('incident a');
    expect(await again.claim('w', 1000)).toMatchObject({ incidentId: 'a', token: 1, attempts: 1 });
    await again.close();
  });

  it('idempotency: same key and body → same incident; different body → 422 code', async () => {
    const store = createSqliteStore({ path: path() });
    const first = await store.create(incident('a'), { idempotencyKey: 'k1', requestHash: 'h1' });
    const second = await store.create(incident('b'), { idempotencyKey: 'k1', requestHash: 'h1' });
    expect([first.created, second.created, second.record.id]).toEqual([true, false, 'a']);
    await expect(
      store.create(incident('c'), { idempotencyKey: 'k1', requestHash: 'h2' }),
    ).rejects.toMatchObject({
      code: 'ERR_STORE_IDEMPOTENCY_CONFLICT',
      status: 422,
    });
    expect((await store.list()).items.map((r) => r.id)).toEqual(['a']);
  });

  it('lists newest first with filters and stable cursors', async () => {
    const store = createSqliteStore({ path: path() });
    for (let i = 0; i < 7; i++)
      await store.create({
        ...incident(`i${i}`, `2026-11-22T10:0${i}:00.000Z`),
        source: i % 2 ? 'alertmanager' : 'api',
      });
    const page1 = await store.list({ limit: 3 });
    const page2 = await store.list({ limit: 3, cursor: page1.nextCursor! });
    const page3 = await store.list({ limit: 3, cursor: page2.nextCursor! });
    expect([...page1.items, ...page2.items, ...page3.items].map((r) => r.id)).toEqual([
      'i6',
      'i5',
      'i4',
      'i3',
      'i2',
      'i1',
      'i0',
    ]);
    expect(page3.nextCursor).toBeUndefined();
    expect((await store.list({ source: 'alertmanager' })).items.map((r) => r.id)).toEqual(['i5', 'i3', 'i1']);
    await expect(store.list({ cursor: 'garbage' })).rejects.toMatchObject({
      code: 'ERR_STORE_INVALID_CURSOR',
    });
  });

  it('appends events idempotently and replays them after a sequence number', async () => {
    const store = createSqliteStore({ path: path() });
    await store.create(incident('a'));
    for (const seq of [1, 2, 3, 2]) {
      await store.appendEvent({
        seq,
        type: 'collector.started',
        incidentId: 'a',
        at: '2026-11-22T10:00:00.000Z',
        data: { collector: `c${seq}`, nodes: [] },
      });
    }
    expect((await store.listEvents('a')).map((e) => e.seq)).toEqual([1, 2, 3]);
    expect((await store.listEvents('a', 2)).map((e) => (e.data as { collector: string }).collector)).toEqual([
      'c3',
    ]);
  });

  it('fencing: after a lease expires and another worker claims, the old holder cannot finish', async () => {
    let now = 1_000_000;
    const store = createSqliteStore({ path: path(), clock: () => new Date(now) });
    await store.create(incident('a'));
    const old = (await store.claim('w1', 1000))!;
    expect(await store.claim('w2', 1000)).toBeUndefined();
    now += 1500;
    const fresh = (await store.claim('w2', 1000))!;
    expect(fresh.token).toBe(old.token + 1);
    expect(await store.renew(old, 1000)).toBe(false);
    await expect(store.complete(old, report('a'), tape('a'))).rejects.toMatchObject({
      code: 'ERR_STORE_LEASE_LOST',
    });
    await store.complete(fresh, report('a'), tape('a'));
    await expect(store.complete(fresh, report('a'), tape('a'))).rejects.toMatchObject({
      code: 'ERR_STORE_LEASE_LOST',
    });
    const record = await store.get('a');
    expect([record?.status, record?.attempts]).toEqual(['completed', 2]);
    expect((await store.getTape('a'))?.incident.id).toBe('a');
  });

  it('fails a job for good after too many attempts', async () => {
    let now = 1_000_000;
    const store = createSqliteStore({ path: path(), clock: () => new Date(now), maxAttempts: 2 });
    await store.create(incident('a'));
    for (let i = 0; i < 2; i++) {
      expect(await store.claim('w', 10)).toBeDefined();
      now += 100;
    }
    expect(await store.claim('w', 10)).toBeUndefined();
    expect(await store.get('a')).toMatchObject({
      status: 'failed',
      error: { code: 'ERR_STORE_TOO_MANY_ATTEMPTS' },
    });
  });

  it('1,000 concurrent creates: every accepted id is readable and rows = accepted', async () => {
    const store = createSqliteStore({ path: path() });
    const results = await Promise.allSettled(
      Array.from({ length: 1000 }, (_, i) => store.create(incident(`c${i}`))),
    );
    const accepted = results.filter((r) => r.status === 'fulfilled');
    expect(accepted).toHaveLength(1000);
    expect((await store.counts()).pending).toBe(1000);
    for (const r of accepted.slice(0, 50)) expect(await store.get(r.value.record.id)).toBeDefined();
  });
});

describe('queue worker', () => {
  it('runs each job once, stores its events and report; a graceful stop releases unfinished work', async () => {
    const store = createSqliteStore({ path: path() });
    for (const id of ['a', 'b', 'c']) await store.create(incident(id));
    let gate: () => void = () => undefined;
    const blocked = new Promise<void>((r) => (gate = r));
    const runs: string[] = [];
    const worker = createQueueWorker({
      store,
      workerId: 'w1',
      concurrency: 3,
      leaseMs: 500,
      pollMs: 20,
      run: async (record, { onEvent, signal }) => {
        runs.push(record.id);
        onEvent({
          seq: 1,
          type: 'investigation.started',
          incidentId: record.id,
          at: record.createdAt,
          data: { incident: record.incident },
        });
        if (record.id === 'c')
          await Promise.race([
            blocked,
            new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')))),
          ]);
        return { report: report(record.id), tape: tape(record.id) };
      },
    });
    worker.start();
    await waitFor(async () => (await store.counts()).completed === 2 && runs.includes('c'));
    expect(worker.running).toBe(1);
    await worker.stop({ timeoutMs: 100 });
    expect(await store.get('c')).toMatchObject({ status: 'pending' });
    expect((await store.listEvents('a')).map((e) => e.type)).toEqual(['investigation.started']);

    const second = createQueueWorker({
      store,
      workerId: 'w2',
      pollMs: 20,
      run: async (r) => (runs.push(`again:${r.id}`), { report: report(r.id), tape: tape(r.id) }),
    });
    second.start();
    await waitFor(async () => (await store.counts()).completed === 3);
    await second.stop();
    gate();
    expect(runs.sort()).toEqual(['a', 'again:c', 'b', 'c']);
    expect(await store.get('c')).toMatchObject({ status: 'completed', attempts: 2 });
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}
