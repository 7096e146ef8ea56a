// `culprit serve` as a child process with the Kubernetes, Datadog and Slack plugins pointed at fakes
// that never answer: an investigation is in flight, every upstream call hangs, and SIGTERM must
// still end the process within the service's shutdown deadline, its sockets to the fakes closed.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  startFakeDatadog,
  startFakeKubernetes,
  startFakeSlack,
  type FakeDatadog,
  type FakeKubernetes,
  type FakeSlack,
} from '../../src/testing/index.js';

/** serve's own deadline (src/cli/serve-command.ts): past it, it gives up waiting and exits 1. */
const SHUTDOWN_DEADLINE_MS = 20_000;
const SLACK_TOKEN = 'xoxb-test-0000-do-not-log-abcdef0123456789';

const children: ChildProcess[] = [];
const fakes: { close(): Promise<void> }[] = [];
afterEach(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});
afterAll(async () => {
  for (const f of fakes) await f.close();
});

function serve(configPath: string, dir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['dist/src/cli/main.js', 'serve', '--config', configPath, '--data', join(dir, 'data'), '--port', '0'],
    { env: { ...process.env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ child, url: m[1]! });
    });
    child.on('exit', (code) => reject(new Error(`serve exited early (${code})`)));
  });
}

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('culprit serve with hung upstreams', () => {
  it(
    'exits on SIGTERM within its shutdown deadline while Kubernetes, Datadog and Slack all hang',
    { timeout: 90_000 },
    async () => {
      expect(existsSync('dist/src/cli/main.js'), 'npm test builds dist/ first').toBe(true);
      const kube: FakeKubernetes = await startFakeKubernetes();
      const dd: FakeDatadog = await startFakeDatadog();
      const slack: FakeSlack = await startFakeSlack({ token: SLACK_TOKEN });
      fakes.push(kube, dd, slack);
      kube.setFault(/./, { hang: true });
      dd.setFault(/./, { hang: true });
      slack.setFault(/./, { hang: true });

      const dir = mkdtempSync(join(tmpdir(), 'culprit-hung-'));
      const configPath = join(dir, 'serve.yaml');
      // Upstream timeouts far beyond the shutdown deadline: only a real abort can end the calls.
      writeFileSync(
        configPath,
        JSON.stringify({
          logLevel: 'warn',
          plugins: [
            {
              module: 'culprit/plugins/kubernetes',
              config: { kubeconfig: kube.kubeconfig, requestTimeoutMs: 60_000, maxRetries: 0 },
            },
            {
              module: 'culprit/plugins/datadog',
              config: {
                apiKey: dd.apiKey,
                appKey: dd.appKey,
                baseUrl: dd.url,
                requestTimeoutMs: 60_000,
                maxRetries: 0,
              },
            },
            {
              module: 'culprit/plugins/slack',
              config: { token: SLACK_TOKEN, apiUrl: slack.url, requestTimeoutMs: 60_000, maxRetries: 0 },
            },
          ],
        }),
      );
      const { child, url } = await serve(configPath, dir);
      const res = await fetch(`${url}/api/v1/incidents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ description: 'cart is failing', entities: ['cart'] }),
      });
      expect(res.status).toBe(202);
      // Every upstream has a call hanging on it.
      await waitFor(
        async () =>
          (await kube.connections()) > 0 && (await dd.connections()) > 0 && (await slack.connections()) > 0,
      );

      const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
      const sent = Date.now();
      child.kill('SIGTERM');
      const code = await Promise.race([
        exited,
        new Promise<'still running'>((r) =>
          setTimeout(() => r('still running'), SHUTDOWN_DEADLINE_MS + 5_000),
        ),
      ]);
      const tookMs = Date.now() - sent;
      console.info(`serve exited ${code} ${tookMs} ms after SIGTERM`);
      expect(code).toBe(0);
      expect(tookMs).toBeLessThan(SHUTDOWN_DEADLINE_MS + 5_000);
      await waitFor(
        async () => (await kube.connections()) + (await dd.connections()) + (await slack.connections()) === 0,
        5_000,
      );
    },
  );
});
