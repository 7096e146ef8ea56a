// `pg` is an optional dependency: a SQLite-only `culprit serve` never loads it, and a postgres:// store
// without it installed fails with ERR_STORE_DRIVER_MISSING rather than a module-resolution crash.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { waitFor } from '../helpers/serve-child.js';

describe('the optional PostgreSQL driver', () => {
  it('culprit serve on SQLite does not load pg', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culprit-nopg-'));
    const record = join(dir, 'modules.txt');
    const env: NodeJS.ProcessEnv = { ...process.env, CULPRIT_RECORD_MODULES: record };
    delete env.CULPRIT_STORE_URL;
    const child = spawn(
      process.execPath,
      [
        '--import',
        './test/helpers/record-modules.mjs',
        'dist/src/cli/main.js',
        'serve',
        '--data',
        join(dir, 'data'),
        '--port',
        '0',
        '--plugin',
        './test/fixtures/quiet-collector-plugin.mjs',
        '--log-level',
        'warn',
      ],
      { env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    try {
      await waitFor(() => (/listening on/.test(out) ? true : undefined));
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    const urls = existsSync(record) ? readFileSync(record, 'utf8') : '';
    expect(urls).toContain('better-sqlite3');
    expect(urls).not.toMatch(/node_modules\/pg(-[a-z]+)?\//);
  });

  it('a postgres:// store without pg installed is ERR_STORE_DRIVER_MISSING', () => {
    // A resolution hook that makes `pg` missing, as in an install that skipped optional dependencies.
    const hook = `export async function resolve(s, c, next) {
      if (s === 'pg') { const e = new Error('Cannot find package pg'); e.code = 'ERR_MODULE_NOT_FOUND'; throw e; }
      return next(s, c);
    }`;
    const script = `
      import { register } from 'node:module';
      register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}));
      const { openIncidentStore } = await import('./dist/src/store/index.js');
      try { await openIncidentStore({ store: 'postgres://u:p@127.0.0.1:1/db' }); console.log('opened'); }
      catch (err) { console.log(err.code); }`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.stdout.trim()).toBe('ERR_STORE_DRIVER_MISSING');
  });
});
