// `culprit serve` as a child process on 127.0.0.1 with SQLite: an incident whose collector blocks,
// kill -9, restart, release — exactly one completed report, nothing accepted is lost.
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serveChild, waitFor } from '../helpers/serve-child.js';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
});

const serve = (dir: string) => serveChild(dir, children);

describe('crash recovery', () => {
  it(
    'kill -9 mid-investigation, restart: the incident completes exactly once',
    { timeout: 90_000 },
    async () => {
      expect(existsSync('dist/src/cli/main.js'), 'npm test builds dist/ first').toBe(true);
      const dir = mkdtempSync(join(tmpdir(), 'culprit-crash-'));
      const first = await serve(dir);
      const res = await fetch(`${first.url}/api/v1/incidents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ description: 'cart is failing', entities: ['cart'] }),
      });
      expect(res.status).toBe(202);
      const { incident_id: id } = (await res.json()) as { incident_id: string };
      await waitFor(async () => (existsSync(join(dir, 'started')) ? true : undefined));
      const status = (await (await fetch(`${first.url}/api/v1/incidents/${id}`)).json()) as {
        status: string;
      };
      expect(status.status).toBe('investigating');

      first.child.kill('SIGKILL');
      await new Promise((r) => first.child.once('exit', r));

      const second = await serve(dir);
      expect(
        ((await (await fetch(`${second.url}/api/v1/incidents/${id}`)).json()) as { status: string }).status,
      ).not.toBe('completed');
      // The dead worker's lease expires, the new one claims the job and its collector starts again.
      await waitFor(async () =>
        readFileSync(join(dir, 'started'), 'utf8').trim().split('\n').length >= 2 ? true : undefined,
      );
      writeFileSync(join(dir, 'release'), 'go');
      const done = await waitFor(async () => {
        const body = (await (await fetch(`${second.url}/api/v1/incidents/${id}`)).json()) as {
          status: string;
          attempts: number;
          suggested_root_cause: unknown;
        };
        return body.status === 'completed' ? body : undefined;
      });
      expect(done.suggested_root_cause).toEqual({ component: 'redis-cart', cause: 'oom-killed' });
      expect(done.attempts).toBe(2);

      const list = (await (await fetch(`${second.url}/api/v1/incidents`)).json()) as {
        items: { incident_id: string }[];
      };
      expect(list.items.map((i) => i.incident_id)).toEqual([id]);
      const events = await (await fetch(`${second.url}/api/v1/incidents/${id}/events`)).text();
      expect(events.match(/event: report\.ready/g)).toHaveLength(1);
      expect(events.match(/event: investigation\.started/g)).toHaveLength(2);
      const ids = [...events.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));
      expect(ids).toEqual(ids.map((_, i) => i + 1));

      second.child.kill('SIGTERM');
      const code = await new Promise((r) => second.child.once('exit', r));
      expect(code).toBe(0);
    },
  );
});
