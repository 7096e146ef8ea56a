// Group commit in the SQLite store: accepts arriving together share a transaction, each settles only
// after its group committed, a refused accept does not sink its group, and every accept survives.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/store/index.js';

const path = () => join(mkdtempSync(join(tmpdir(), 'culprit-group-')), 'culprit.db');
const incident = (id: string) => ({
  id,
  description: `incident ${id}`,
  source: 'api',
  labels: {},
  entities: [],
  createdAt: '2026-11-22T10:00:00.000Z',
});

describe('group commit', () => {
  it('500 concurrent accepts share few transactions of at most 64, and all survive a reopen', async () => {
    const file = path();
    const groups: number[] = [];
    const store = createSqliteStore({ path: file, groupCommit: { onCommit: (n) => groups.push(n) } });
    const results = await Promise.all(Array.from({ length: 500 }, (_, i) => store.create(incident(`g${i}`))));
    expect(results.every((r) => r.created)).toBe(true);
    expect(groups.reduce((a, b) => a + b, 0)).toBe(500);
    expect(groups.length).toBeLessThanOrEqual(Math.ceil(500 / 64) + 1);
    expect(Math.max(...groups)).toBeLessThanOrEqual(64);
    await store.close();

    const other = new Database(file, { readonly: true });
    const rows = other.prepare('SELECT COUNT(*) AS n FROM incidents').get() as { n: number };
    const jobs = other.prepare('SELECT COUNT(*) AS n FROM jobs').get() as { n: number };
    other.close();
    expect(rows.n).toBe(500);
    expect(jobs.n).toBe(500);
  });

  it('an accept settles only after its group committed: another connection already reads it', async () => {
    const file = path();
    const store = createSqliteStore({ path: file });
    const other = new Database(file, { readonly: true });
    const read = other.prepare('SELECT status FROM incidents WHERE id = ?');
    const seen = await Promise.all(
      ['a', 'b', 'c'].map((id) => store.create(incident(id)).then(() => read.get(id))),
    );
    other.close();
    await store.close();
    expect(seen).toEqual([{ status: 'pending' }, { status: 'pending' }, { status: 'pending' }]);
  });

  it('a refused accept fails alone; the rest of its group is stored, keys and dedupe stay per caller', async () => {
    const store = createSqliteStore({ path: path() });
    const settled = await Promise.allSettled([
      store.create(incident('k1'), { idempotencyKey: 'key', requestHash: 'h1' }),
      store.create(incident('k2'), { idempotencyKey: 'key', requestHash: 'h2' }),
      store.create(incident('k3'), { idempotencyKey: 'key', requestHash: 'h1' }),
      store.create(incident('d1'), { dedupKey: 'grp' }),
      store.create(incident('d2'), { dedupKey: 'grp' }),
      store.create(incident('dup'), {}),
      store.create(incident('dup'), {}),
      store.create(incident('plain'), {}),
    ]);
    const [k1, k2, k3, d1, d2, dup1, dup2, plain] = settled;
    expect(k1).toMatchObject({ status: 'fulfilled', value: { created: true, record: { id: 'k1' } } });
    expect(k2).toMatchObject({ status: 'rejected', reason: { code: 'ERR_STORE_IDEMPOTENCY_CONFLICT' } });
    expect(k3).toMatchObject({ status: 'fulfilled', value: { created: false, record: { id: 'k1' } } });
    expect(d1).toMatchObject({ status: 'fulfilled', value: { created: true, record: { id: 'd1' } } });
    expect(d2).toMatchObject({ status: 'fulfilled', value: { created: false, record: { id: 'd1' } } });
    expect(dup1).toMatchObject({ status: 'fulfilled', value: { created: true } });
    expect(dup2).toMatchObject({ status: 'rejected', reason: { code: 'ERR_STORE_UNAVAILABLE' } });
    expect(plain).toMatchObject({ status: 'fulfilled', value: { created: true } });
    expect((await store.counts()).pending).toBe(4);
    // The record returned without a re-read equals what a read gives.
    if (plain.status === 'fulfilled') expect(await store.get('plain')).toEqual(plain.value.record);
    await store.close();
  });

  it('close() waits for accepts still in their group', async () => {
    const file = path();
    const store = createSqliteStore({ path: file, groupCommit: { maxDelayMs: 50 } });
    const pending = store.create(incident('late'));
    await store.close();
    await expect(pending).resolves.toMatchObject({ created: true });
    const reopened = createSqliteStore({ path: file });
    expect(await reopened.get('late')).toMatchObject({ status: 'pending' });
    await reopened.close();
  });

  it(
    'kill -9 while accepts stream in: every accept that was acknowledged is on disk',
    { timeout: 60_000 },
    async () => {
      expect(existsSync('dist/src/store/index.js'), 'npm test builds dist/ first').toBe(true);
      const file = path();
      // The child acknowledges each accept on stdout the moment its promise resolves, as the API's 202 does.
      const script = `
      import { createSqliteStore } from './dist/src/store/index.js';
      const store = createSqliteStore({ path: process.env.DB });
      let n = 0;
      const one = () => {
        const id = 'k' + n++;
        store.create({ id, description: id, source: 'api', labels: {}, entities: [], createdAt: new Date().toISOString() })
          .then(() => { process.stdout.write(id + '\\n'); one(); });
      };
      for (let i = 0; i < 32; i++) one();`;
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
        env: { ...process.env, DB: file },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const acked: string[] = [];
      let buffer = '';
      await new Promise<void>((resolve) => {
        child.stdout.on('data', (chunk: Buffer) => {
          buffer += chunk.toString('utf8');
          const lines = buffer.split('\n');
          buffer = lines.pop() ?? '';
          acked.push(...lines);
          if (acked.length >= 300 && child.exitCode === null) {
            child.kill('SIGKILL');
            resolve();
          }
        });
      });
      await new Promise((r) => child.once('exit', r));
      const db = new Database(file);
      const has = db.prepare('SELECT 1 FROM incidents i JOIN jobs j ON j.incident_id = i.id WHERE i.id = ?');
      const missing = acked.filter((id) => has.get(id) === undefined);
      db.close();
      expect(acked.length).toBeGreaterThanOrEqual(300);
      expect(missing).toEqual([]);
    },
  );
});
