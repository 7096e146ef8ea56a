// The incident store contract as a reusable suite: every store (SQLite, PostgreSQL) must pass the same
// tests, so the server, the queue worker and the webhooks behave alike on either. A harness gives empty
// locations; opening one twice is a reopen (a restart of the process).
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/sdk/index.js';
import { createQueueWorker, type IncidentStore } from '../../src/store/index.js';

export interface StoreLocation {
  open(options?: { clock?: () => Date; maxAttempts?: number }): Promise<IncidentStore>;
}
export interface StoreHarness {
  location(): Promise<StoreLocation>;
}

export const incident = (id: string, createdAt = '2026-11-22T10:00:00.000Z') => ({
  id,
  description: `incident ${id}`,
  source: 'api',
  labels: {},
  entities: [],
  createdAt,
});
export const report = (id: string): Report => ({
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
export const tape = (id: string) => ({
  version: 1 as const,
  incident: incident(id),
  scope: { named: [], nodes: [] },
  evidence: [],
  discovered: [],
  collectors: [],
});

export async function waitFor(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

export function describeStoreContract(name: string, harness: StoreHarness): void {
  const stores: IncidentStore[] = [];
  const open = async (options?: Parameters<StoreLocation['open']>[0]) => {
    const store = await (await harness.location()).open(options);
    stores.push(store);
    return store;
  };

  describe(`${name} incident store (contract)`, () => {
    it('stores an incident and its job in one step, survives reopening', async () => {
      const location = await harness.location();
      const store = await location.open();
      const { record, created } = await store.create(incident('a'));
      expect(created).toBe(true);
      expect(record.status).toBe('pending');
      await store.close();
      const again = await location.open();
      expect((await again.get('a'))?.incident.description).toBe('incident a');
      expect(await again.claim('w', 1000)).toMatchObject({ incidentId: 'a', token: 1, attempts: 1 });
      await again.close();
    });

    it('accepts arriving together keep every incident exactly as given (quotes, unicode, nesting)', async () => {
      const store = await open();
      const odd = (i: number) => ({
        ...incident(`u${i}`),
        description: `"quoted" \\ back\\slash, ünïcødé ✓, tab\t, newline\n #${i}`,
        labels: { 'team/name': `a"b${i}`, empty: '' },
        entities: [{ node: `svc-${i}`, via: 'explicit' as const }],
      });
      const given = Array.from({ length: 20 }, (_, i) => odd(i));
      const accepted = await Promise.all(
        given.map((g, i) => store.create(g, i % 2 ? { idempotencyKey: `uk${i}`, requestHash: 'h' } : {})),
      );
      expect(accepted.map((a) => a.record.incident)).toEqual(given);
      for (const g of given) expect((await store.get(g.id))?.incident).toEqual(g);
    });

    it('idempotency: same key and body → same incident; different body → 422 code', async () => {
      const store = await open();
      const first = await store.create(incident('a'), { idempotencyKey: 'k1', requestHash: 'h1' });
      const second = await store.create(incident('b'), { idempotencyKey: 'k1', requestHash: 'h1' });
      expect([first.created, second.created, second.record.id]).toEqual([true, false, 'a']);
      await expect(
        store.create(incident('c'), { idempotencyKey: 'k1', requestHash: 'h2' }),
      ).rejects.toMatchObject({ code: 'ERR_STORE_IDEMPOTENCY_CONFLICT', status: 422 });
      expect((await store.list()).items.map((r) => r.id)).toEqual(['a']);
    });

    it('idempotency holds for concurrent creates with one key, also from a second store on the same data', async () => {
      const location = await harness.location();
      const one = await location.open();
      const two = await location.open();
      stores.push(one, two);
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 ? two : one).create(incident(`k${i}`), { idempotencyKey: 'same', requestHash: 'h' }),
        ),
      );
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.record.id)).size).toBe(1);
      expect((await one.counts()).pending).toBe(1);
    });

    it('lists newest first with filters and stable cursors', async () => {
      const store = await open();
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
      expect((await store.list({ source: 'alertmanager' })).items.map((r) => r.id)).toEqual([
        'i5',
        'i3',
        'i1',
      ]);
      expect(
        (
          await store.list({
            createdAfter: '2026-11-22T10:01:00.000Z',
            createdBefore: '2026-11-22T10:04:00.000Z',
          })
        ).items.map((r) => r.id),
      ).toEqual(['i3', 'i2']);
      expect((await store.list({ status: 'completed' })).items).toEqual([]);
      await expect(store.list({ cursor: 'garbage' })).rejects.toMatchObject({
        code: 'ERR_STORE_INVALID_CURSOR',
      });
    });

    it('appends events idempotently and replays them after a sequence number', async () => {
      const store = await open();
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
      expect(
        (await store.listEvents('a', 2)).map((e) => (e.data as { collector: string }).collector),
      ).toEqual(['c3']);
    });

    it('fencing: after a lease expires and another worker claims, the old holder cannot finish', async () => {
      let now = 1_000_000;
      const store = await open({ clock: () => new Date(now) });
      await store.create(incident('a'));
      const old = (await store.claim('w1', 1000))!;
      expect(await store.claim('w2', 1000)).toBeUndefined();
      now += 1500;
      const fresh = (await store.claim('w2', 1000))!;
      expect(fresh.token).toBe(old.token + 1);
      expect(await store.renew(old, 1000)).toBe(false);
      expect(await store.renew(fresh, 1000)).toBe(true);
      await expect(store.complete(old, report('a'), tape('a'))).rejects.toMatchObject({
        code: 'ERR_STORE_LEASE_LOST',
      });
      await store.release(old);
      expect(await store.get('a')).toMatchObject({ status: 'investigating' });
      await store.complete(fresh, report('a'), tape('a'));
      await expect(store.complete(fresh, report('a'), tape('a'))).rejects.toMatchObject({
        code: 'ERR_STORE_LEASE_LOST',
      });
      await expect(store.fail(fresh, { code: 'X', message: 'x' })).rejects.toMatchObject({
        code: 'ERR_STORE_LEASE_LOST',
      });
      const record = await store.get('a');
      expect([record?.status, record?.attempts, record?.report?.incidentId]).toEqual(['completed', 2, 'a']);
      expect((await store.getTape('a'))?.incident.id).toBe('a');
      expect(await store.getTape('missing')).toBeUndefined();
    });

    it('a released job goes back to pending and is claimed again; a failed one keeps its error', async () => {
      let now = 1_000_000;
      const store = await open({ clock: () => new Date((now += 10)) });
      await store.create(incident('a'));
      await store.create(incident('b'));
      const a = (await store.claim('w', 10_000))!;
      expect(a.incidentId).toBe('a');
      await store.release(a);
      expect(await store.get('a')).toMatchObject({ status: 'pending', attempts: 1 });
      const again = (await store.claim('w', 10_000))!;
      expect([again.incidentId, again.attempts]).toEqual(['a', 2]);
      const b = (await store.claim('w', 10_000))!;
      await store.fail(b, { code: 'ERR_INVESTIGATION_FAILED', message: 'boom' });
      expect(await store.get('b')).toMatchObject({
        status: 'failed',
        error: { code: 'ERR_INVESTIGATION_FAILED' },
      });
      expect(await store.counts()).toEqual({ pending: 0, investigating: 1, completed: 0, failed: 1 });
    });

    it('fails a job for good after too many attempts', async () => {
      let now = 1_000_000;
      const store = await open({ clock: () => new Date(now), maxAttempts: 2 });
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

    it('concurrent claims from two stores on the same data never lease one job twice', async () => {
      const location = await harness.location();
      const one = await location.open();
      const two = await location.open();
      stores.push(one, two);
      for (let i = 0; i < 20; i++) await one.create(incident(`j${i}`));
      const claimed = (
        await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? two : one).claim(`w${i}`, 60_000)))
      ).filter((j) => j !== undefined);
      expect(claimed).toHaveLength(20);
      expect(new Set(claimed.map((j) => j.incidentId)).size).toBe(20);
    });

    it('webhook groups: a delivery joins the open incident, a replayed delivery id changes nothing, resolution opens the next', async () => {
      const store = await open();
      const first = await store.create(incident('w1'), { dedupKey: 'g', deliveryId: 'd1' });
      const joined = await store.create(incident('w2'), { dedupKey: 'g', deliveryId: 'd2' });
      const replay = await store.create(incident('w3'), { dedupKey: 'g', deliveryId: 'd2' });
      expect([first.created, joined.created, joined.record.id]).toEqual([true, false, 'w1']);
      expect([replay.created, replay.replayed, replay.record.id]).toEqual([false, true, 'w1']);
      const resolved = await store.create(incident('w4'), {
        dedupKey: 'g',
        resolved: true,
        resolvedAt: '2026-11-22T11:00:00.000Z',
      });
      expect([resolved.created, resolved.record.id, resolved.record.resolvedAt]).toEqual([
        false,
        'w1',
        '2026-11-22T11:00:00.000Z',
      ]);
      const next = await store.create(incident('w5'), { dedupKey: 'g' });
      expect([next.created, next.record.previousIncidentId]).toEqual([true, 'w1']);
      await store.markResolved('w5');
      expect((await store.get('w5'))?.resolvedAt).toBeDefined();
      await expect(store.markResolved('nope')).rejects.toMatchObject({ code: 'ERR_STORE_NOT_FOUND' });
    });

    it('webhook groups: past the quiet window the next firing is a new incident linked to the last', async () => {
      let now = Date.parse('2026-11-22T10:00:00.000Z');
      const store = await open({ clock: () => new Date(now) });
      await store.create(incident('q1'), { dedupKey: 'g', dedupWindowMs: 60_000 });
      now += 30_000;
      expect((await store.create(incident('q2'), { dedupKey: 'g', dedupWindowMs: 60_000 })).created).toBe(
        false,
      );
      now += 61_000;
      const next = await store.create(incident('q3', '2026-11-22T10:01:31.000Z'), {
        dedupKey: 'g',
        dedupWindowMs: 60_000,
      });
      expect([next.created, next.record.previousIncidentId]).toEqual([true, 'q1']);
    });

    it('webhook groups: concurrent deliveries of one group open one incident', async () => {
      const location = await harness.location();
      const one = await location.open();
      const two = await location.open();
      stores.push(one, two);
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          (i % 2 ? two : one).create(incident(`g${i}`), { dedupKey: 'storm' }),
        ),
      );
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.record.id)).size).toBe(1);
    });

    it('keeps the notification log per incident and notifier across a reopen', async () => {
      const location = await harness.location();
      const first = await location.open();
      const log = first.notificationLog('inc-1');
      expect(await log.isDone('slack', 'investigation.started')).toBe(false);
      await log.markDone('slack', 'investigation.started');
      await log.markDone('slack', 'investigation.started');
      await log.saveState('slack', { channel: 'C0000001', topTs: '1.000001' });
      await log.saveState('slack', { channel: 'C0000001', topTs: '1.000002' });
      await first.close();
      const second = await location.open();
      stores.push(second);
      const again = second.notificationLog('inc-1');
      expect(await again.isDone('slack', 'investigation.started')).toBe(true);
      expect(await again.isDone('slack', 'report.ready')).toBe(false);
      expect(await again.isDone('webhook', 'investigation.started')).toBe(false);
      expect(await again.loadState('slack')).toEqual({ channel: 'C0000001', topTs: '1.000002' });
      expect(await second.notificationLog('inc-2').loadState('slack')).toBeUndefined();
    });

    it('1,000 concurrent creates: every accepted id is readable and rows = accepted', async () => {
      const store = await open();
      const results = await Promise.allSettled(
        Array.from({ length: 1000 }, (_, i) => store.create(incident(`c${i}`))),
      );
      const accepted = results.filter((r) => r.status === 'fulfilled');
      expect(accepted).toHaveLength(1000);
      expect((await store.counts()).pending).toBe(1000);
      for (const r of accepted.slice(0, 50)) expect(await store.get(r.value.record.id)).toBeDefined();
    });

    it('accepts arriving together: one whose id is already stored fails alone, the others are stored', async () => {
      const store = await open();
      await store.create(incident('dup'));
      const results = await Promise.allSettled([
        store.create(incident('t1')),
        store.create(incident('dup')),
        store.create(incident('t2'), { idempotencyKey: 'kk', requestHash: 'h' }),
        store.create(incident('t3'), { idempotencyKey: 'kk', requestHash: 'h' }),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
      expect((results[1] as PromiseRejectedResult).reason).toMatchObject({
        code: expect.stringMatching(/^ERR_STORE_/),
      });
      const ids = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.record.id] : []));
      expect(ids).toEqual(['t1', 't2', 't2']);
      expect((await store.counts()).pending).toBe(3);
    });

    it('ping succeeds on a writable store', async () => {
      const store = await open();
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });

  describe(`${name} queue worker (contract)`, () => {
    it('runs each job once, stores its events and report; a graceful stop releases unfinished work', async () => {
      const store = await open();
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
              new Promise((_, reject) =>
                signal.addEventListener('abort', () => reject(new Error('aborted'))),
              ),
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

  describe(`${name} cluster agents (contract)`, () => {
    it('keeps tokens by hash: created, listed, found, touched, revoked once', async () => {
      let now = Date.parse('2026-11-22T10:00:00.000Z');
      const store = await open({ clock: () => new Date(now) });
      const agents = store.agents!;
      expect(agents).toBeDefined();
      const made = await agents.createToken({ id: 't1', cluster: 'east', name: 'east agents', hash: 'h1' });
      expect(made).toEqual({
        id: 't1',
        cluster: 'east',
        name: 'east agents',
        createdAt: '2026-11-22T10:00:00.000Z',
      });
      await agents.createToken({ id: 't2', cluster: 'west', hash: 'h2' });
      await expect(agents.createToken({ id: 't3', cluster: 'west', hash: 'h2' })).rejects.toThrow();
      expect((await agents.listTokens()).map((t) => t.id)).toEqual(['t1', 't2']);
      expect((await agents.findToken('h2'))?.cluster).toBe('west');
      expect(await agents.findToken('nope')).toBeUndefined();
      now += 1_000;
      await agents.touchToken('t1');
      expect((await agents.findToken('h1'))?.lastUsedAt).toBe('2026-11-22T10:00:01.000Z');
      expect(await agents.revokeToken('t1')).toBe(true);
      now += 1_000;
      expect(await agents.revokeToken('t1')).toBe(true);
      expect((await agents.findToken('h1'))?.revokedAt).toBe('2026-11-22T10:00:01.000Z');
      expect(await agents.revokeToken('missing')).toBe(false);
    });

    it("leases a cluster's requests only, one holder at a time, answered once", async () => {
      let now = Date.parse('2026-11-22T10:00:00.000Z');
      const store = await open({ clock: () => new Date(now) });
      const agents = store.agents!;
      const request = (id: string, cluster: string, deadline = now + 60_000) => ({
        id,
        cluster,
        payload: { components: [id] },
        deadline,
        leaseMs: 5_000,
      });
      await agents.enqueueRequest(request('r1', 'east'));
      now += 1;
      await agents.enqueueRequest(request('r2', 'west'));
      now += 1;
      await agents.enqueueRequest(request('late', 'east', now + 10));
      const first = await agents.leaseRequest('east', 'agent-a');
      expect(first).toEqual({
        id: 'r1',
        cluster: 'east',
        payload: { components: ['r1'] },
        deadline: now - 2 + 60_000,
        leaseMs: 5_000,
      });
      now += 20; // past the deadline of `late`: never handed out
      expect(await agents.leaseRequest('east', 'agent-b')).toBeUndefined();
      now += 5_000; // agent-a's lease ran out: another agent may take r1
      expect((await agents.leaseRequest('east', 'agent-b'))?.id).toBe('r1');
      expect(await agents.answerRequest('r1', 'west', { evidence: [] })).toBe('unknown');
      expect(await agents.answerRequest('nope', 'east', { evidence: [] })).toBe('unknown');
      expect(await agents.requestResult('r1')).toBeUndefined();
      expect(await agents.answerRequest('r1', 'east', { evidence: ['b'] })).toBe('accepted');
      expect(await agents.answerRequest('r1', 'east', { evidence: ['a'] })).toBe('already-answered');
      expect(await agents.requestResult('r1')).toEqual({ result: { evidence: ['b'] } });
      now += 10_000;
      expect(await agents.leaseRequest('east', 'agent-c')).toBeUndefined();
      expect((await agents.leaseRequest('west', 'agent-w'))?.id).toBe('r2');
      await agents.deleteRequest('r1');
      expect(await agents.requestResult('r1')).toBeUndefined();
    });

    it('agents polling together never get the same request', async () => {
      const store = await open();
      const agents = store.agents!;
      for (let i = 0; i < 6; i++)
        await agents.enqueueRequest({
          id: `q${i}`,
          cluster: 'east',
          payload: {},
          deadline: Date.now() + 60_000,
          leaseMs: 60_000,
        });
      const leased = await Promise.all(
        Array.from({ length: 12 }, (_, i) => agents.leaseRequest('east', `agent-${i}`)),
      );
      const ids = leased.filter((l) => l !== undefined).map((l) => l.id);
      expect(ids.sort()).toEqual(['q0', 'q1', 'q2', 'q3', 'q4', 'q5']);
    });
  });

  describe(`${name} retention (contract)`, () => {
    it('prunes finished incidents older than the cutoff with their events, tapes and notification log, in batches', async () => {
      let now = Date.parse('2026-11-01T00:00:00.000Z');
      const store = await open({ clock: () => new Date(now) });
      for (let i = 0; i < 5; i++) await store.create(incident(`old${i}`));
      for (let i = 0; i < 5; i++) {
        const job = (await store.claim('w', 60_000))!;
        await store.appendEvent({
          seq: 1,
          type: 'investigation.started',
          incidentId: job.incidentId,
          at: 'x',
          data: {},
        } as never);
        await store.notificationLog(job.incidentId).markDone('slack', 'report.ready');
        await store.complete(job, report(job.incidentId), tape(job.incidentId));
      }
      now = Date.parse('2026-11-20T00:00:00.000Z');
      await store.create(incident('pending'));
      await store.create(incident('recent'));
      const recent = (await store.claim('w', 60_000))!;
      await store.complete(recent, report(recent.incidentId), tape(recent.incidentId));
      const deleted = await store.prune({
        finishedBefore: new Date('2026-11-10T00:00:00.000Z'),
        batchSize: 2,
      });
      expect(deleted).toBe(5);
      expect(await store.get('old0')).toBeUndefined();
      expect(await store.listEvents('old1')).toEqual([]);
      expect(await store.getTape('old2')).toBeUndefined();
      expect(await store.notificationLog('old3').isDone('slack', 'report.ready')).toBe(false);
      expect((await store.list()).items.map((r) => r.id).sort()).toEqual(['pending', 'recent']);
      expect(await store.prune({ finishedBefore: new Date('2026-11-10T00:00:00.000Z'), batchSize: 2 })).toBe(
        0,
      );
    });
  });

  afterAll(async () => {
    // Stores a test left open: pools and listeners would hold the process.
    for (const store of stores.splice(0)) await store.close().catch(() => undefined);
  });
}
