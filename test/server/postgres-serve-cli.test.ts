// `culprit serve --store postgres://…` as a real process: it migrates, accepts, investigates with its
// worker, keeps the database password out of its output, and exits 0 on SIGTERM.
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, uniqueSchema } from '../helpers/postgres.js';
import { waitFor } from '../helpers/serve-child.js';

const url = await createTestDatabase();
const children: ReturnType<typeof spawn>[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
});

describe('culprit serve on PostgreSQL', () => {
  it('serves from a postgres:// store given by CULPRIT_STORE_URL and stops cleanly', async () => {
    const password = new URL(url).password;
    const child = spawn(
      process.execPath,
      [
        'dist/src/cli/main.js',
        'serve',
        '--port',
        '0',
        '--plugin',
        './test/fixtures/quiet-collector-plugin.mjs',
        '--log-level',
        'info',
      ],
      {
        env: { ...process.env, CULPRIT_STORE_URL: `${url}?schema=${uniqueSchema('cli')}&poolSize=3` },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    children.push(child);
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    const base = await waitFor(() => /listening on (http:\/\/\S+)/.exec(out)?.[1]);
    const res = await fetch(`${base}/api/v1/incidents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ description: 'cart is failing', entities: ['cart'] }),
    });
    expect(res.status).toBe(202);
    const { incident_id: id } = (await res.json()) as { incident_id: string };
    await waitFor(async () => {
      const r = (await (await fetch(`${base}/api/v1/incidents/${id}`)).json()) as { status: string };
      return r.status === 'completed' ? true : undefined;
    });
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const exited = new Promise<number | null>((r) => child.once('exit', r));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).not.toContain(password);
  });
});
