// The SQLite store with its accepts committed on a writer thread (writerThread: true): same outcomes
// as in-thread commits — refused accepts fail alone with their codes, every acknowledged accept is
// on disk, even after kill -9, and close() ends the thread.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/store/index.js';

const path = () => join(mkdtempSync(join(tmpdir(), 'culprit-writer-')), 'culprit.db');
const incident = (id: string) => ({
  id,
  description: `incident ${id}`,
  source: 'api',
  labels: {},
  entities: [],
  createdAt: '2026-11-22T10:00:00.000Z',
});

describe('writer thread', () => {
  it('500 concurrent accepts share groups of at most 64 and are readable at once', async () => {
    const groups: number[] = [];
    const store = createSqliteStore({
      path: path(),
      writerThread: true,
      groupCommit: { onCommit: (n) => groups.push(n) },
    });
    const results = await Promise.all(Array.from({ length: 500 }, (_, i) => store.create(incident(`w${i}`))));
    expect(results.every((r) => r.created)).toBe(true);
    expect(groups.reduce((a, b) => a + b, 0)).toBe(500);
    expect(Math.max(...groups)).toBeLessThanOrEqual(64);
    expect((await store.counts()).pending).toBe(500);
    expect(await store.get('w7')).toEqual(results[7]!.record);
    await store.close();
  });

  it('a refused accept fails alone with its code; idempotency and dedupe behave as in-thread', async () => {
    const store = createSqliteStore({ path: path(), writerThread: true });
    const settled = await Promise.allSettled([
      store.create(incident('k1'), { idempotencyKey: 'key', requestHash: 'h1' }),
      store.create(incident('k2'), { idempotencyKey: 'key', requestHash: 'h2' }),
      store.create(incident('k3'), { idempotencyKey: 'key', requestHash: 'h1' }),
      store.create(incident('d1'), { dedupKey: 'grp' }),
      store.create(incident('d2'), { dedupKey: 'grp' }),
      store.create(incident('dup'), {}),
      store.create(incident('dup'), {}),
    ]);
    const [k1, k2, k3, d1, d2, dup1, dup2] = settled;
    expect(k1).toMatchObject({ status: 'fulfilled', value: { created: true, record: { id: 'k1' } } });
    expect(k2).toMatchObject({ status: 'rejected', reason: { code: 'ERR_STORE_IDEMPOTENCY_CONFLICT' } });
    expect(k3).toMatchObject({ status: 'fulfilled', value: { created: false, record: { id: 'k1' } } });
    expect(d1).toMatchObject({ status: 'fulfilled', value: { created: true, record: { id: 'd1' } } });
    expect(d2).toMatchObject({ status: 'fulfilled', value: { created: false, record: { id: 'd1' } } });
    expect(dup1).toMatchObject({ status: 'fulfilled', value: { created: true } });
    expect(dup2).toMatchObject({ status: 'rejected', reason: { code: 'ERR_STORE_UNAVAILABLE' } });
    await store.close();
  });

  it(
    'kill -9 while accepts stream in: every acknowledged accept is on disk (built store)',
    { timeout: 60_000 },
    async () => {
      expect(existsSync('dist/src/store/index.js'), 'npm test builds dist/ first').toBe(true);
      const file = path();
      const script = `
      import { createSqliteStore } from './dist/src/store/index.js';
      const store = createSqliteStore({ path: process.env.DB, writerThread: true });
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
