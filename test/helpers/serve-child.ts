// `culprit serve` as a child process on 127.0.0.1 with the blocking collector fixture (its started
// and release files in `dir`), for the tests that kill -9 and restart a real server.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export function serveChild(
  dir: string,
  children: ChildProcess[],
  extraArgs: string[] = [],
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [
      'dist/src/cli/main.js',
      'serve',
      ...extraArgs,
      '--data',
      join(dir, 'data'),
      '--port',
      '0',
      '--plugin',
      './test/fixtures/blocking-plugin.mjs',
      '--lease-ms',
      '1500',
      '--log-level',
      'warn',
    ],
    {
      env: {
        ...process.env,
        CULPRIT_TEST_STARTED: join(dir, 'started'),
        CULPRIT_TEST_RELEASE: join(dir, 'release'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
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

/** Polls `fn` every 100 ms until it returns something other than undefined. */
export async function waitFor<T>(
  fn: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 30_000,
): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}
