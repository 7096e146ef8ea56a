// Benchmark: the PostgreSQL store against the SQLite store in one run. Accepts per second (store.create
// from many concurrent callers, as the API issues them; both stores durable: SQLite synchronous=FULL,
// PostgreSQL fsync + synchronous_commit on) and investigations per second with 1, 2 and 4 workers
// sharing one PostgreSQL queue, each worker with its own connection pool as a separate process would.
// An investigation here is the store's share of one: claim, renew, 6 events, a report and tape written
// once, around a fixed 25 ms wait that stands for the collectors' I/O. Rule evaluation's CPU is not in it
// (bench/rules.ts measures that). Run: npx tsx bench/store-pg.ts (CULPRIT_BENCH_PG_URL: existing server)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Report } from '../src/sdk/index.js';
import { createQueueWorker, createSqliteStore, type IncidentStore } from '../src/store/index.js';
import { createPostgresStore } from '../src/store/postgres-store.js';
import { startPostgres } from '../test/helpers/postgres.js';

const ACCEPTS = Number(process.env.BENCH_STORE_ACCEPTS ?? 10000);
const CONCURRENCY = 64;
const INVESTIGATIONS = Number(process.env.BENCH_STORE_INVESTIGATIONS ?? 400);
const COLLECT_MS = 25;

const incident = (id: string) => ({
  id,
  description: 'checkout is failing with 500s since 14:05',
  source: 'api',
  labels: { env: 'prod' },
  entities: [{ node: 'checkout', via: 'explicit' as const }],
  createdAt: new Date().toISOString(),
});
const report = (id: string): Report => ({
  incidentId: id,
  conclusive: false,
  hypotheses: [],
  symptoms: [],
  missingEvidence: [],
  scope: { named: ['checkout'], nodes: ['checkout'] },
  entities: [],
  generatedAt: new Date().toISOString(),
  rulePacks: [],
});

async function acceptsPerSecond(store: IncidentStore, prefix: string): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < ACCEPTS) {
        const i = next++;
        // Half with an Idempotency-Key, as API clients that retry send them.
        await store.create(
          incident(`${prefix}-${i}`),
          i % 2 ? { idempotencyKey: `${prefix}-k${i}`, requestHash: 'h' } : {},
        );
      }
    }),
  );
  return ACCEPTS / ((performance.now() - started) / 1000);
}

async function investigationsPerSecond(url: string, schema: string, workers: number): Promise<number> {
  const stores = await Promise.all(
    Array.from({ length: workers + 1 }, () => createPostgresStore({ url, schema, poolSize: 4 })),
  );
  const [feeder, ...own] = stores as [IncidentStore, ...IncidentStore[]];
  for (let i = 0; i < INVESTIGATIONS; i++) await feeder.create(incident(`w${workers}-${i}`));
  const started = performance.now();
  const running = own.map((store, w) =>
    createQueueWorker({
      store,
      workerId: `w${w}`,
      concurrency: 1,
      pollMs: 10,
      leaseMs: 10_000,
      run: async (record, { onEvent }) => {
        for (let seq = 1; seq <= 6; seq++) {
          onEvent({
            seq,
            type: 'collector.finished',
            incidentId: record.id,
            at: new Date().toISOString(),
            data: { collector: 'k8s', status: 'ok', evidence: 3 },
          } as never);
          if (seq === 3) await sleep(COLLECT_MS);
        }
        const tape = {
          version: 1 as const,
          incident: record.incident,
          scope: { named: [], nodes: [] },
          evidence: [],
          discovered: [],
          collectors: [],
        };
        return { report: report(record.id), tape };
      },
    }),
  );
  for (const w of running) w.start();
  while ((await feeder.counts()).completed < INVESTIGATIONS) await sleep(20);
  const rate = INVESTIGATIONS / ((performance.now() - started) / 1000);
  await Promise.all(running.map((w) => w.stop()));
  await Promise.all(stores.map((s) => s.close()));
  return rate;
}

const given = process.env.CULPRIT_BENCH_PG_URL;
const server = given ? undefined : await startPostgres({ durable: true });
const url = given ?? server!.url;
const dir = mkdtempSync(join(tmpdir(), 'culprit-bench-store-'));
try {
  const sqlite = createSqliteStore({ path: join(dir, 'culprit.db') });
  const sqliteRate = await acceptsPerSecond(sqlite, 'sq');
  await sqlite.close();
  const pgStore = await createPostgresStore({ url, schema: `bench_${process.pid}`, poolSize: 10 });
  const pgRate = await acceptsPerSecond(pgStore, 'pg');
  await pgStore.close();
  const rates: Record<number, number> = {};
  for (const workers of [1, 2, 4])
    rates[workers] = await investigationsPerSecond(url, `bench_w${workers}_${process.pid}`, workers);
  const fmt = (n: number) => n.toFixed(0).padStart(7);
  console.log(`accepts/s (${ACCEPTS} creates, ${CONCURRENCY} concurrent callers, half with Idempotency-Key)`);
  console.log(`  SQLite (synchronous=FULL, group commit) ${fmt(sqliteRate)}`);
  console.log(
    `  PostgreSQL (fsync on, pool 10)           ${fmt(pgRate)}   ratio PG/SQLite ${(pgRate / sqliteRate).toFixed(2)}`,
  );
  console.log(
    `investigations/s on PostgreSQL (${INVESTIGATIONS} jobs, ${COLLECT_MS} ms collector wait, 1 at a time per worker)`,
  );
  for (const w of [1, 2, 4])
    console.log(
      `  ${w} worker${w > 1 ? 's' : ' '}  ${fmt(rates[w]!)}   ×${(rates[w]! / rates[1]!).toFixed(2)} vs 1 worker`,
    );
} finally {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
}
