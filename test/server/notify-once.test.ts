// Exactly once toward people: `culprit serve` with the Slack plugin against the fake Slack API, an
// investigation whose collector blocks, kill -9 once Slack has been told, restart. The resumed
// investigation must continue the same thread: one "Investigating" message, updated into the
// report, with the report reply threaded under it.
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../../src/testing/index.js';
import { serveChild, waitFor } from '../helpers/serve-child.js';

const children: ChildProcess[] = [];
let slack: FakeSlack;
beforeAll(async () => {
  slack = await startFakeSlack({ channels: [{ name: 'incidents' }] });
});
afterAll(async () => slack?.close());
afterEach(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
});

const serve = (dir: string) => serveChild(dir, children, ['--config', join(dir, 'culprit.yaml')]);

/** Whether the server recorded that Slack was told of `event` (read from its database, read-only). */
function told(db: string, incidentId: string, event: string): true | undefined {
  if (!existsSync(db)) return undefined;
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    const rows = conn
      .prepare(`SELECT data FROM events WHERE incident_id = ? AND type = 'notification.sent'`)
      .all(incidentId) as { data: string }[];
    const sent = rows.map((r) => JSON.parse(r.data) as { notifier: string; event: string });
    return sent.some((d) => d.notifier === 'slack' && d.event === event) ? true : undefined;
  } catch {
    return undefined;
  } finally {
    conn.close();
  }
}

describe('notifications after a crash', () => {
  it(
    'kill -9 after Slack was told, restart: one "Investigating" message, the report threaded under it',
    { timeout: 120_000 },
    async () => {
      expect(existsSync('dist/src/cli/main.js'), 'npm test builds dist/ first').toBe(true);
      const dir = mkdtempSync(join(tmpdir(), 'culprit-notify-once-'));
      writeFileSync(
        join(dir, 'culprit.yaml'),
        [
          'plugins:',
          '  - module: culprit/plugins/slack',
          '    config:',
          `      token: ${slack.token}`,
          `      apiUrl: ${slack.url}`,
          '      defaultSeverity: high',
          '      progressUpdates: false',
          '      severity:',
          '        high: { createChannel: false, invite: false, notifyChannel: incidents }',
          '',
        ].join('\n'),
      );
      const first = await serve(dir);
      const res = await fetch(`${first.url}/api/v1/incidents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ description: 'cart is failing', entities: ['cart'] }),
      });
      expect(res.status).toBe(202);
      const { incident_id: id } = (await res.json()) as { incident_id: string };
      await waitFor(() => (existsSync(join(dir, 'started')) ? true : undefined));
      await waitFor(() => (slack.state.history('incidents').length > 0 ? true : undefined));
      await waitFor(() => told(join(dir, 'data', 'culprit.db'), id, 'investigation.started'));

      first.child.kill('SIGKILL');
      await new Promise((r) => first.child.once('exit', r));

      const second = await serve(dir);
      await waitFor(() =>
        readFileSync(join(dir, 'started'), 'utf8').trim().split('\n').length >= 2 ? true : undefined,
      );
      writeFileSync(join(dir, 'release'), 'go');
      const done = await waitFor(async () => {
        const body = (await (await fetch(`${second.url}/api/v1/incidents/${id}`)).json()) as {
          status: string;
          attempts: number;
        };
        return body.status === 'completed' ? body : undefined;
      });
      expect(done.attempts).toBe(2);
      await waitFor(() => told(join(dir, 'data', 'culprit.db'), id, 'report.ready'));
      const top = slack.state.history('incidents');

      // One top-level message: the "Investigating" one, updated into the report in place.
      expect(top).toHaveLength(1);
      const [message] = top;
      expect(message!.edits[0]?.text).toMatch(/^Investigating/);
      expect(message!.text).not.toMatch(/^Investigating/);
      // The report reply is in its thread, and nothing else was posted at the top of the channel.
      expect(message!.replies.length).toBeGreaterThan(0);
      expect(message!.replies.every((r) => r.thread_ts === message!.ts)).toBe(true);
      const topLevelPosts = slack.requests.filter(
        (r) => r.method === 'chat.postMessage' && r.ok && !r.params.thread_ts,
      );
      expect(topLevelPosts).toHaveLength(1);

      second.child.kill('SIGTERM');
      expect(await new Promise((r) => second.child.once('exit', r))).toBe(0);
    },
  );
});
