// `culprit worker` as a child process beside `culprit serve --workers 0` on one SQLite file: the API
// process runs nothing, the worker answers health/readiness/metrics on its side port, and SIGTERM
// releases a running investigation (exit 0) for the next worker, which completes it.
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { workerChild } from '../helpers/multi-process.js';
import { runCli } from '../helpers/run-cli.js';
import { serveChild, waitFor } from '../helpers/serve-child.js';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

describe('culprit worker', () => {
  it(
    'serve --workers 0 only accepts; the worker investigates, and on SIGTERM releases its job',
    { timeout: 90_000 },
    async () => {
      expect(existsSync('dist/src/cli/main.js'), 'npm test builds dist/ first').toBe(true);
      const dir = mkdtempSync(join(tmpdir(), 'culprit-worker-'));
      const store = join(dir, 'shared', 'culprit.db');
      const api = await serveChild(dir, children, ['--workers', '0', '--store', store]);
      const res = await fetch(`${api.url}/api/v1/incidents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ description: 'cart is failing', entities: ['cart'] }),
      });
      expect(res.status).toBe(202);
      const { incident_id: id } = (await res.json()) as { incident_id: string };
      const status = async () =>
        (await (await fetch(`${api.url}/api/v1/incidents/${id}`)).json()) as {
          status: string;
          attempts: number;
          suggested_root_cause?: unknown;
        };
      // The API process has no queue worker: the incident waits.
      await new Promise((r) => setTimeout(r, 1_000));
      expect(await status()).toMatchObject({ status: 'pending', attempts: 0 });

      const blocking = {
        plugin: './test/fixtures/blocking-plugin.mjs',
        env: { CULPRIT_TEST_STARTED: join(dir, 'started'), CULPRIT_TEST_RELEASE: join(dir, 'release') },
        args: ['--shutdown-ms', '300'],
      };
      const worker = await workerChild(store, children, blocking);
      expect(await (await fetch(`${worker.health}/healthz`)).json()).toEqual({ status: 'ok' });
      expect(await (await fetch(`${worker.health}/readyz`)).json()).toEqual({ status: 'ready' });
      const metrics = await (await fetch(`${worker.health}/metrics`)).text();
      expect(metrics).toMatch(/^culprit_incidents\{status="pending"\} \d+$/m);
      expect(metrics).toMatch(/culprit_investigation_duration_seconds/);
      const missing = await fetch(`${worker.health}/api/v1/incidents`);
      expect(missing.status).toBe(404);
      expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('ERR_SERVER_NOT_FOUND');

      await waitFor(async () => (existsSync(join(dir, 'started')) ? true : undefined));
      expect((await status()).status).toBe('investigating');
      worker.child.kill('SIGTERM');
      const code = await new Promise((r) => worker.child.once('exit', r));
      expect(code).toBe(0);
      // Released, not failed: pending again for the next worker, well before its lease would expire.
      expect(await status()).toMatchObject({ status: 'pending', attempts: 1 });

      writeFileSync(join(dir, 'release'), 'go');
      await workerChild(store, children, blocking);
      const done = await waitFor(async () => {
        const s = await status();
        return s.status === 'completed' ? s : undefined;
      });
      expect(done).toMatchObject({
        attempts: 2,
        suggested_root_cause: { component: 'redis-cart', cause: 'oom-killed' },
      });
      expect(readFileSync(join(dir, 'started'), 'utf8').trim().split('\n')).toHaveLength(2);
    },
  );

  it('refuses --workers 0 with a coded error', async () => {
    const zero = await runCli('worker', '--workers', '0', '--plugin', './test/fixtures/slow-plugin.mjs');
    expect(zero.stderr).toContain('ERR_INVALID_ARGUMENT');
    expect(zero.code).not.toBe(0);
  });
});
