// Two `culprit serve` processes on one PostgreSQL database, one SIGKILLed mid-run and restarted:
// every accepted incident finishes exactly once, an Idempotency-Key sent to both replicas names one
// incident, and nothing accepted is lost. Then the issue's shape: 2 `serve --workers 0` + 3 `culprit
// worker` processes on one database, workers SIGKILLed and restarted (test/helpers/multi-process.ts,
// the same scenario the SQLite store runs). CULPRIT_PG_MULTI_COUNT sets the size of both
// (defaults: 240 for the first, the 2,000 for the second).
import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { expectExactlyOnce, runMultiProcessScenario } from '../helpers/multi-process.js';
import { createTestDatabase, uniqueSchema } from '../helpers/postgres.js';
import { waitFor } from '../helpers/serve-child.js';

const COUNT = Number(process.env.CULPRIT_PG_MULTI_COUNT ?? 240);
// The size for the APIs + workers run: about a minute on a busy 2-core machine.
const WORKERS_COUNT = Number(process.env.CULPRIT_PG_MULTI_COUNT ?? 2000);
const url = await createTestDatabase();
const schema = uniqueSchema('multi');
const storeUrl = `${url}?schema=${schema}&poolSize=4`;
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

async function serve(): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(
    process.execPath,
    [
      'dist/src/cli/main.js',
      'serve',
      '--store',
      storeUrl,
      '--port',
      '0',
      '--workers',
      '4',
      '--lease-ms',
      '1500',
      '--plugin',
      './test/fixtures/quiet-collector-plugin.mjs',
      '--log-level',
      'warn',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', () => undefined);
  const base = await waitFor(() => /listening on (http:\/\/\S+)/.exec(out)?.[1]);
  return { child, base };
}

async function submit(base: string, i: number): Promise<{ id: string; key?: string } | undefined> {
  // Every other incident has a key that is also sent to the other replica.
  const key = i % 2 === 0 ? `key-${Math.floor(i / 4)}` : undefined;
  try {
    const res = await fetch(`${base}/api/v1/incidents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
      body: JSON.stringify({ description: `cart is failing ${key ?? i}`, entities: ['cart'] }),
    });
    if (res.status !== 202 && res.status !== 200) return undefined;
    return { id: ((await res.json()) as { incident_id: string }).incident_id, ...(key ? { key } : {}) };
  } catch {
    return undefined; // the replica was killed: not accepted
  }
}

describe('two serve processes on one PostgreSQL database, one killed', () => {
  it('every accepted incident finishes exactly once; nothing duplicated or lost', async () => {
    let a = await serve();
    const b = await serve();
    const accepted: { id: string; key?: string }[] = [];
    for (let i = 0; i < COUNT; i += 8) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(8, COUNT - i) }, (_, j) => submit(j % 2 ? b.base : a.base, i + j)),
      );
      for (const r of batch) if (r) accepted.push(r);
      if (i === Math.floor(COUNT / 3 / 8) * 8) {
        a.child.kill('SIGKILL');
        a = await serve();
      }
    }
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await waitFor(async () => {
        const { rows } = await client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "${schema}".incidents WHERE status NOT IN ('completed', 'failed')`,
        );
        return rows[0]!.n === 0 ? true : undefined;
      }, 120_000);
      const { rows } = await client.query<{
        id: string;
        status: string;
        idempotency_key: string | null;
        report: string | null;
      }>(`SELECT id, status, idempotency_key, report FROM "${schema}".incidents`);
      const byId = new Map(rows.map((r) => [r.id, r]));
      // Nothing lost: every accepted id is stored and completed, with its report.
      for (const { id } of accepted) expect(byId.get(id)).toMatchObject({ status: 'completed' });
      expect(rows.every((r) => r.status === 'completed' && r.report !== null)).toBe(true);
      // Nothing duplicated: one incident per key, whichever replica got it; no stored incident unaccounted for
      // (an accept whose answer was lost with the killed process may exist without being in `accepted`).
      const keyed = accepted.filter((r) => r.key);
      for (const key of new Set(keyed.map((r) => r.key))) {
        expect(new Set(keyed.filter((r) => r.key === key).map((r) => r.id)).size).toBe(1);
        expect(rows.filter((r) => r.idempotency_key === key)).toHaveLength(1);
      }
      expect(accepted.length).toBeGreaterThan(COUNT * 0.8);
      // A second report.ready only where a killed attempt got as far as emitting its own before the
      // final write (the queue worker stores events before `complete`); the fenced write happened once.
      const { rows: ready } = await client.query<{ incident_id: string; n: number; attempts: number }>(
        `SELECT e.incident_id, count(*)::int AS n, max(i.attempts) AS attempts
         FROM "${schema}".events e JOIN "${schema}".incidents i ON i.id = e.incident_id
         WHERE e.type = 'report.ready' GROUP BY e.incident_id`,
      );
      expect(ready.filter((r) => r.n > r.attempts)).toEqual([]);
      expect(ready).toHaveLength(rows.length);
    } finally {
      await client.end();
    }
    for (const c of [a.child, b.child]) {
      const exited = new Promise((r) => c.once('exit', r));
      c.kill('SIGTERM');
      await exited;
    }
  }, 180_000);
});

describe('2 APIs + 3 workers on one PostgreSQL database, workers killed', () => {
  it('every accepted incident finishes exactly once; keyed submissions to both APIs name one incident', async () => {
    const store = `${url}?schema=${uniqueSchema('apis_workers')}&poolSize=4`;
    const result = await runMultiProcessScenario({ store, count: WORKERS_COUNT, children });
    expectExactlyOnce(result);
  }, 180_000 + WORKERS_COUNT * 300);
});
