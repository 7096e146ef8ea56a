// Store faults against the real server factory and a spawned `culprit serve`: another connection
// holding the write lock, a read-only database or mount, a full disk, a final write that fails.
// The loop must stay free, readiness must say the truth, the server must refuse a store it cannot
// write, and an accepted incident must not be failed by a transient store error.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine/index.js';
import { createError } from '../../src/errors/index.js';
import { createServer, type CulpritServer } from '../../src/server/index.js';
import { createSqliteStore, type IncidentStore } from '../../src/store/index.js';

const cleanup: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

let engine: Engine | undefined;
async function serverOn(store: IncidentStore): Promise<CulpritServer> {
  engine ??= await createEngine({ topology: 'knowledge-graph', rules: 'rules' });
  const server = await createServer({ engine, store, logLevel: 'silent' });
  cleanup.push(() => server.close({ timeoutMs: 2_000 }));
  return server;
}

function tempDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'culprit-faults-')), 'culprit.db');
}

function lockFromAnotherConnection(path: string) {
  const other = new Database(path);
  other.exec('BEGIN IMMEDIATE');
  const release = () => {
    if (other.inTransaction) other.exec('COMMIT');
    if (other.open) other.close();
  };
  cleanup.push(release);
  return release;
}

const submit = (server: CulpritServer) =>
  server.app.inject({
    method: 'POST',
    url: '/api/v1/incidents',
    headers: { 'content-type': 'application/json' },
    payload: { description: 'cart is failing', entities: ['cart'] },
  });

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a write lock held by another connection', () => {
  it('keeps the event loop free: the submission waits off the loop and is stored once the lock goes', async () => {
    const path = tempDb();
    const store = createSqliteStore({ path });
    cleanup.push(() => store.close());
    const server = await serverOn(store);
    const release = lockFromAnotherConnection(path);

    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    let settled = false;
    const pending = submit(server).finally(() => (settled = true));
    // Ten short timers: if SQLite waited for the lock on the loop, they would fire only after it.
    for (let i = 0; i < 10; i++) await tick(30);
    const waitingWhileLocked = !settled;
    release();
    const res = await pending;
    delay.disable();

    expect(waitingWhileLocked).toBe(true);
    expect(res.statusCode).toBe(202);
    // The default wait for a lock is 5 s; the loop must never have been held for a large part of it.
    expect(delay.max / 1e6).toBeLessThan(2_500);
    const id = (res.json() as { incident_id: string }).incident_id;
    expect((await store.get(id))?.id).toBe(id);
  });

  it('a lock held past busyTimeoutMs is ERR_STORE_BUSY (503), not a frozen server', async () => {
    const path = tempDb();
    const store = createSqliteStore({ path, busyTimeoutMs: 200 });
    cleanup.push(() => store.close());
    const server = await serverOn(store);
    lockFromAnotherConnection(path);
    const res = await submit(server);
    expect(res.statusCode).toBe(503);
    expect((res.json() as { error: { code: string } }).error.code).toBe('ERR_STORE_BUSY');
  });

  it('/readyz is 503 while the lock is held and 200 once it is released', async () => {
    const path = tempDb();
    const store = createSqliteStore({ path });
    cleanup.push(() => store.close());
    const server = await serverOn(store);
    expect((await server.app.inject({ url: '/readyz' })).statusCode).toBe(200);
    const release = lockFromAnotherConnection(path);
    const locked = await server.app.inject({ url: '/readyz' });
    expect(locked.statusCode).toBe(503);
    await expect(store.ping()).rejects.toMatchObject({ code: 'ERR_STORE_BUSY' });
    release();
    expect((await server.app.inject({ url: '/readyz' })).statusCode).toBe(200);
  });
});

describe('a store that cannot be written', () => {
  it('a database opened read-only refuses to start with ERR_STORE_READ_ONLY', async () => {
    const path = tempDb();
    await createSqliteStore({ path }).close();
    let error: unknown;
    try {
      const store = createSqliteStore({ path, readonly: true });
      cleanup.push(() => store.close());
    } catch (err) {
      error = err;
    }
    expect(error).toMatchObject({ code: 'ERR_STORE_READ_ONLY' });
  });

  it('with less free disk than minFreeBytes, ping and /readyz say so', async () => {
    const path = tempDb();
    await createSqliteStore({ path }).close();
    const store = createSqliteStore({ path, minFreeBytes: 1 });
    cleanup.push(() => store.close());
    const full = createSqliteStore({ path, minFreeBytes: Number.MAX_SAFE_INTEGER, busyTimeoutMs: 0 });
    cleanup.push(() => full.close());
    await expect(full.ping()).rejects.toMatchObject({ code: 'ERR_STORE_DISK_FULL' });
    const server = await serverOn(full);
    expect((await server.app.inject({ url: '/readyz' })).statusCode).toBe(503);
    await expect(store.ping()).resolves.toBeUndefined();
  });
});

describe('the final write of an investigation', () => {
  it('a transient store error while writing the report is retried: the incident completes', async () => {
    const path = tempDb();
    const real = createSqliteStore({ path });
    cleanup.push(() => real.close());
    let failures = 2;
    const store: IncidentStore = {
      ...real,
      complete: (job, report, tape) =>
        failures-- > 0
          ? Promise.reject(createError('ERR_STORE_UNAVAILABLE', { reason: 'disk I/O error' }))
          : real.complete(job, report, tape),
    };
    engine ??= await createEngine({ topology: 'knowledge-graph', rules: 'rules' });
    const server = await createServer({ engine, store, logLevel: 'silent' });
    cleanup.push(() => server.close({ timeoutMs: 2_000 }));
    const res = await submit(server);
    expect(res.statusCode).toBe(202);
    const id = (res.json() as { incident_id: string }).incident_id;
    let record = await real.get(id);
    for (let i = 0; i < 200 && record?.status !== 'completed' && record?.status !== 'failed'; i++) {
      await tick(50);
      record = await real.get(id);
    }
    expect(record?.error?.code).toBeUndefined();
    expect(record?.status).toBe('completed');
    expect(record?.attempts).toBe(1);
    expect(failures).toBeLessThan(0);
  });
});

// A real read-only mount and a real full disk need a private mount namespace: `unshare -rm`
// (user + mount namespaces) gives one without privileges where the kernel allows it.
const canUnshare =
  process.platform === 'linux' &&
  spawnSync('unshare', [
    '-rm',
    'sh',
    '-c',
    'mount -t tmpfs tmpfs "$1"',
    'sh',
    mkdtempSync(join(tmpdir(), 'ns-')),
  ]).status === 0;

function inNamespace(script: string, env: Record<string, string>): ChildProcess {
  const child = spawn('unshare', ['-rm', 'sh', '-c', script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanup.push(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  return child;
}

// The quiet fixture plugin is the evidence source serve requires; the store is what is tested here.
const SERVE =
  'node dist/src/cli/main.js serve --port 0 --log-level warn --plugin "$PWD/test/fixtures/quiet-collector-plugin.mjs" --data "$MNT/data"';

describe.skipIf(!canUnshare)('`culprit serve` on a real read-only mount and a real full disk', () => {
  it('refuses to start on a read-only mount (left by a crash, -wal and -shm present): ERR_STORE_READ_ONLY, exit ≠ 0', async () => {
    expect(existsSync('dist/src/cli/main.js'), 'npm test builds dist/ first').toBe(true);
    const mnt = mkdtempSync(join(tmpdir(), 'culprit-ro-'));
    const child = inNamespace(
      [
        'set -e',
        'mount -t tmpfs -o size=16m tmpfs "$MNT"',
        // A store opened and killed: the WAL files stay, which is what lets SQLite open a read-only mount.
        `node --input-type=module -e "import { createSqliteStore } from './dist/src/store/index.js'; createSqliteStore({ path: process.env.MNT + '/data/culprit.db' }); process.exit(0);"`,
        'mount -o remount,ro "$MNT"',
        `exec ${SERVE}`,
      ].join('\n'),
      { MNT: mnt },
    );
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    const listening = new Promise<'listening'>((resolve) =>
      child.stdout!.on('data', () => /listening on/.test(out) && resolve('listening')),
    );
    const exited = new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? -1)));
    const outcome = await Promise.race([listening, exited]);
    expect(outcome).not.toBe('listening');
    expect(outcome).not.toBe(0);
    expect(out).toContain('ERR_STORE_READ_ONLY');
  }, 30_000);

  it('/readyz turns 503 when the disk fills up under a running server', async () => {
    const mnt = mkdtempSync(join(tmpdir(), 'culprit-full-'));
    const child = inNamespace(
      ['set -e', 'mount -t tmpfs -o size=8m tmpfs "$MNT"', `exec ${SERVE}`].join('\n'),
      {
        MNT: mnt,
      },
    );
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /listening on (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`serve exited early (${code})`)));
    });
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    // The mount lives in the child's namespace; its root is reachable through /proc.
    const inside = `/proc/${child.pid}/root${mnt}`;
    mkdirSync(join(inside, 'fill'), { recursive: true });
    try {
      for (let i = 0; i < 1024; i++) writeFileSync(join(inside, 'fill', `f${i}`), Buffer.alloc(64 * 1024));
    } catch (err) {
      expect((err as NodeJS.ErrnoException).code).toBe('ENOSPC');
    }
    const res = await fetch(`${url}/readyz`);
    expect(res.status).toBe(503);
  }, 30_000);
});
