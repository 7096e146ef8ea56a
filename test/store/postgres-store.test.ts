// The store contract on a real PostgreSQL server (test/helpers/postgres.ts), plus what only this store
// has: migrations under the advisory lock, events across processes by LISTEN/NOTIFY, URL settings.
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { migratePostgres, POSTGRES_MIGRATIONS } from '../../src/store/postgres-migrations.js';
import { parsePostgresUrl } from '../../src/store/postgres-options.js';
import { createPostgresStore } from '../../src/store/postgres-store.js';
import { openIncidentStore, type IncidentStore } from '../../src/store/index.js';
import type { InvestigationEvent } from '../../src/sdk/index.js';
import { createTestDatabase, uniqueSchema } from '../helpers/postgres.js';
import { describeStoreContract, incident, waitFor } from './store-contract.js';

const url = await createTestDatabase();
const opened: IncidentStore[] = [];
const open = async (schema: string) => {
  const store = await createPostgresStore({ url, schema, poolSize: 4 });
  opened.push(store);
  return store;
};
afterAll(async () => {
  for (const s of opened) await s.close().catch(() => undefined);
});

describeStoreContract('PostgreSQL', {
  location: async () => {
    const schema = uniqueSchema();
    return { open: (options) => createPostgresStore({ url, schema, poolSize: 4, ...options }) };
  },
});

async function withClient<T>(schema: string, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const pool = new pg.Pool({ connectionString: url, max: 1, options: `-c search_path="${schema}"` });
  const client = await pool.connect();
  try {
    return await fn(client);
  } finally {
    client.release();
    await pool.end();
  }
}

describe('PostgreSQL migrations', () => {
  it('start-up against an older schema migrates it and keeps its rows', async () => {
    const schema = uniqueSchema('old');
    await withClient(schema, async (c) => {
      expect(await migratePostgres(c, schema, 1)).toEqual([1]);
      await c.query(
        `INSERT INTO incidents (id, status, source, incident, created_at, updated_at, enqueued_at)
         VALUES ('before', 'pending', 'api', $1, '2026-11-22T10:00:00.000Z', '2026-11-22T10:00:00.000Z', 1)`,
        [JSON.stringify(incident('before'))],
      );
    });
    const store = await open(schema);
    expect((await store.get('before'))?.incident.id).toBe('before');
    await store.notificationLog('before').markDone('slack', 'report.ready');
    const versions = await withClient(
      schema,
      async (c) => (await c.query('SELECT version FROM schema_version ORDER BY version')).rows,
    );
    expect(versions.map((r: { version: number }) => r.version)).toEqual(
      POSTGRES_MIGRATIONS.map((_, i) => i + 1),
    );
  });

  it('replicas starting together migrate once', async () => {
    const schema = uniqueSchema('race');
    const applied = await Promise.all(
      Array.from({ length: 4 }, () => withClient(schema, (c) => migratePostgres(c, schema))),
    );
    expect(applied.flat().sort()).toEqual(POSTGRES_MIGRATIONS.map((_, i) => i + 1));
    expect(applied.filter((a) => a.length > 0)).toHaveLength(1);
    const stores = await Promise.all([open(schema), open(schema)]);
    expect((await stores[0]!.create(incident('x'))).created).toBe(true);
  });

  it('refuses a database it cannot write', async () => {
    const readOnly = await createTestDatabase('culprit_ro');
    const admin = new pg.Client({ connectionString: readOnly });
    await admin.connect();
    await admin.query(
      `ALTER DATABASE ${new URL(readOnly).pathname.slice(1)} SET default_transaction_read_only = on`,
    );
    await admin.end();
    await expect(createPostgresStore({ url: readOnly })).rejects.toMatchObject({
      code: 'ERR_STORE_READ_ONLY',
    });
  });

  it('an unreachable server is ERR_STORE_UNAVAILABLE, without the password in the message', async () => {
    const err = await createPostgresStore({
      url: 'postgres://culprit:s3cret-pass@127.0.0.1:1/culprit',
      connectTimeoutMs: 2_000,
    }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err).toMatchObject({ code: 'ERR_STORE_UNAVAILABLE' });
    expect(String(err?.message)).not.toContain('s3cret-pass');
  });
});

describe('PostgreSQL events across processes', () => {
  it('a subscriber on one store sees events another store appended, large ones read back, repeats not re-sent', async () => {
    const schema = uniqueSchema('ev');
    const api = await open(schema);
    const worker = await open(schema);
    const other = await open(uniqueSchema('ev'));
    const seen: InvestigationEvent[] = [];
    const stranger: InvestigationEvent[] = [];
    const unsubscribe = await api.subscribeEvents!((e) => seen.push(e));
    await other.subscribeEvents!((e) => stranger.push(e));
    await worker.create(incident('a'));
    const event = (seq: number, size = 10) =>
      ({
        seq,
        type: 'collector.started',
        incidentId: 'a',
        at: '2026-11-22T10:00:00.000Z',
        data: { collector: 'x'.repeat(size), nodes: [] },
      }) as InvestigationEvent;
    await worker.appendEvent(event(1));
    await worker.appendEvent(event(2, 20_000));
    await worker.appendEvent(event(2));
    await worker.appendEvent(event(3));
    await waitFor(async () => seen.length >= 3);
    expect(seen.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect((seen[1]!.data as { collector: string }).collector).toHaveLength(20_000);
    unsubscribe();
    await worker.appendEvent(event(4));
    await new Promise((r) => setTimeout(r, 200));
    expect(seen).toHaveLength(3);
    expect(stranger).toEqual([]);
  });
});

describe('PostgreSQL listener', () => {
  it('reconnects after its connection is killed and keeps delivering', async () => {
    const schema = uniqueSchema('re');
    const api = await open(schema);
    const worker = await open(schema);
    const seen: number[] = [];
    await api.subscribeEvents!((e) => seen.push(e.seq));
    await worker.create(incident('r'));
    const event = (seq: number) =>
      ({
        seq,
        type: 'collector.started',
        incidentId: 'r',
        at: 'x',
        data: {},
      }) as unknown as InvestigationEvent;
    await worker.appendEvent(event(1));
    await waitFor(async () => seen.length === 1);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const { rowCount } = await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = $1`,
      [`LISTEN "culprit_events_${schema}"`],
    );
    await admin.end();
    expect(rowCount).toBe(1);
    // Appended while nobody listens: the SSE route replays it from the table, not from the listener.
    await worker.appendEvent(event(2));
    let seq = 10;
    await waitFor(async () => {
      await worker.appendEvent(event(seq++));
      return seen.length > 1;
    }, 10_000);
    expect(seen.at(-1)).toBeGreaterThanOrEqual(10);
  });
});

describe('PostgreSQL store selection and settings', () => {
  it('openIncidentStore opens PostgreSQL for a postgres:// URL, with settings from its query', async () => {
    const schema = uniqueSchema('sel');
    const store = await openIncidentStore({
      store: `${url}?schema=${schema}&poolSize=2&statementTimeoutMs=5000`,
    });
    opened.push(store);
    expect((await store.create(incident('s'))).created).toBe(true);
    expect(
      parsePostgresUrl({ url: `${url}?schema=${schema}&poolSize=2&statementTimeoutMs=5000` }),
    ).toMatchObject({
      schema,
      poolSize: 2,
      statementTimeoutMs: 5000,
    });
    expect(parsePostgresUrl({ url: `${url}?poolSize=2` }).connectionString).not.toContain('poolSize');
    expect(() => parsePostgresUrl({ url: `${url}?poolSize=zero` })).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
    );
    expect(() => parsePostgresUrl({ url, schema: 'bad;drop' })).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
    );
  });
});
