// Mistakes a new user makes, answered kindly: each gets a catalogue code and exit code 2, never a
// hang or a stack trace.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { AT, healthyShop } from '../helpers/shop-evidence.js';

const BIN = resolve('dist/src/cli/main.js');

describe('culprit serve mistakes', () => {
  it(
    'a port in use exits 2 with ERR_CLI_PORT_IN_USE and the --port 0 hint, promptly',
    { timeout: 60_000 },
    async () => {
      expect(existsSync(BIN), 'npm test builds dist/ first').toBe(true);
      const holder = createServer();
      await new Promise<void>((done) => holder.listen(0, '127.0.0.1', done));
      const port = (holder.address() as { port: number }).port;
      try {
        const dir = mkdtempSync(join(tmpdir(), 'culprit-port-'));
        const child = spawn(
          process.execPath,
          [
            BIN,
            'serve',
            '--plugin',
            './test/fixtures/quiet-collector-plugin.mjs',
            '--data',
            dir,
            '--port',
            String(port),
            '--log-level',
            'silent',
          ],
          { stdio: ['ignore', 'pipe', 'pipe'] },
        );
        let stderr = '';
        child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
        const code = await new Promise<number | null>((done) => {
          const timer = setTimeout(() => {
            child.kill('SIGKILL');
            done(null);
          }, 30_000);
          child.on('exit', (c) => {
            clearTimeout(timer);
            done(c);
          });
        });
        expect(code).toBe(2);
        expect(stderr).toMatch(/^error ERR_CLI_PORT_IN_USE: .*--port 0/);
      } finally {
        holder.close();
      }
    },
  );

  it('no evidence source at all is refused at start-up (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culprit-none-'));
    const r = await runCli('serve', '--data', dir, '--port', '0');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error ERR_CLI_NO_EVIDENCE_SOURCE: culprit serve .*culprit\.yaml/);
  });
});

describe('names with a typo get a did-you-mean', () => {
  it('an unknown demo fault suggests the closest one (exit 2)', async () => {
    const r = await runCli('demo', '--fault', 'oom-kiled');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error ERR_INVALID_ARGUMENT: .*--fault.*"oom-killed"/);
  });

  it('an unknown --entity suggests the closest component (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culprit-entity-'));
    const ev = healthyShop();
    const tape = join(dir, 'tape.json');
    writeFileSync(
      tape,
      JSON.stringify({
        version: 1,
        incident: { id: 'inc-typo', description: 'x', createdAt: AT },
        scope: { named: [], nodes: [] },
        evidence: ev.evidence,
        discovered: ev.discovered,
      }),
    );
    const r = await runCli('investigate', '--evidence', tape, '--entity', 'redis-crat');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error ERR_INVALID_ARGUMENT: .*--entity.*"redis-cart"/);
  });
});
