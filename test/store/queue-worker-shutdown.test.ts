// Graceful stop of the queue worker: no timer of its own outlives stop() (a pending grace timer holds
// an otherwise finished process open), and an attempt cut short by the stop is released for the next
// start without an `investigation.failed` in its stored or streamed events.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InvestigationEvent, Report } from '../../src/sdk/index.js';
import { createQueueWorker, createSqliteStore } from '../../src/store/index.js';

const path = () => join(mkdtempSync(join(tmpdir(), 'culprit-qw-')), 'culprit.db');
const incident = (id: string) => ({
  id,
  description: `incident ${id}`,
  source: 'api',
  labels: {},
  entities: [],
  createdAt: '2026-12-05T08:00:00.000Z',
});
const report = (id: string): Report => ({
  incidentId: id,
  conclusive: false,
  hypotheses: [],
  symptoms: [],
  missingEvidence: [],
  scope: { named: [], nodes: [] },
  entities: [],
  generatedAt: '2026-12-05T08:00:01.000Z',
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
const event = (id: string, seq: number, type: string, data: object): InvestigationEvent =>
  ({ seq, type, incidentId: id, at: '2026-12-05T08:00:00.500Z', data }) as InvestigationEvent;

const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('queue worker stop', () => {
  it('leaves no timer behind, idle or after its last job finished within the grace period', async () => {
    const store = createSqliteStore({ path: path() });
    const idle = createQueueWorker({ store, workerId: 'idle', pollMs: 20, run: async () => never() });
    const before = timers();
    idle.start();
    await new Promise((r) => setTimeout(r, 50));
    await idle.stop();
    expect(timers()).toBeLessThanOrEqual(before);

    await store.create(incident('a'));
    let finishJob: () => void = () => undefined;
    const busy = createQueueWorker({
      store,
      workerId: 'busy',
      pollMs: 20,
      leaseMs: 60_000,
      run: async (record) => {
        await new Promise<void>((r) => (finishJob = r));
        return { report: report(record.id), tape: tape(record.id) };
      },
    });
    busy.start();
    await waitFor(() => busy.running === 1);
    const stopping = busy.stop({ timeoutMs: 10_000 });
    finishJob();
    await stopping;
    expect(await store.get('a')).toMatchObject({ status: 'completed' });
    // The 10 s grace timer used to stay armed here, holding the process open after SIGTERM.
    expect(timers()).toBeLessThanOrEqual(before);
    await store.close();
  });

  it('an attempt aborted by the stop is released, and its failure is neither stored nor streamed', async () => {
    const store = createSqliteStore({ path: path() });
    await store.create(incident('b'));
    const streamed: string[] = [];
    const worker = createQueueWorker({
      store,
      workerId: 'w1',
      pollMs: 20,
      leaseMs: 60_000,
      onEvent: (e) => streamed.push(e.type),
      run: async (record, { onEvent, signal }) => {
        onEvent(event(record.id, 1, 'investigation.started', { incident: record.incident }));
        await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
        // What the pipeline does when its signal aborts.
        onEvent(event(record.id, 2, 'investigation.failed', { code: 'ERR_ABORTED', message: 'cancelled' }));
        throw Object.assign(new Error('cancelled'), { code: 'ERR_ABORTED' });
      },
    });
    worker.start();
    await waitFor(() => streamed.includes('investigation.started'));
    await worker.stop({ timeoutMs: 10 });
    expect(await store.get('b')).toMatchObject({ status: 'pending' });
    expect((await store.listEvents('b')).map((e) => e.type)).toEqual(['investigation.started']);
    expect(streamed).toEqual(['investigation.started']);
    await store.close();
  });
});

function never(): Promise<never> {
  return new Promise(() => undefined);
}
