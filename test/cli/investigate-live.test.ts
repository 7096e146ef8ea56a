// `culprit investigate` against a live (fake) cluster, as a new user runs it: `culprit demo
// --serve-cluster` serves the example shop, investigate drafts a topology from it and names the cause.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { AT, healthyShop, logs, pods, withFaults } from '../helpers/shop-evidence.js';

const BIN = resolve('dist/src/cli/main.js');
const children: ChildProcess[] = [];
let kubeconfig = '';

async function cli(argv: string[], env: Record<string, string> = {}, cwd = process.cwd()) {
  let stdout = '';
  let stderr = '';
  const empty = mkdtempSync(join(tmpdir(), 'culprit-home-'));
  const code = await main(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd,
    // A HOME without ~/.kube/config: only what the test passes is a cluster.
    env: { HOME: empty, ...env },
  });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  expect(existsSync(BIN), 'npm test builds dist/ first').toBe(true);
  const child = spawn(process.execPath, [BIN, 'demo', '--serve-cluster'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  kubeconfig = await new Promise<string>((done, fail) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) done(out.split('\n')[0]!);
    });
    child.on('exit', (code) => fail(new Error(`demo --serve-cluster exited (${code})`)));
  });
}, 60_000);

afterAll(() => {
  for (const c of children) c.kill('SIGTERM');
});

describe('culprit investigate against a cluster', () => {
  it(
    'names the demo cause without a topology file, printing progress (exit 0)',
    { timeout: 60_000 },
    async () => {
      const r = await cli([
        'investigate',
        '--kubeconfig',
        kubeconfig,
        '--progress',
        '--format',
        'json',
        'checkout is failing',
      ]);
      expect(r.code).toBe(0);
      const report = JSON.parse(r.stdout) as {
        conclusive: boolean;
        hypotheses: { node: string; cause: string }[];
      };
      expect(report.hypotheses[0]).toMatchObject({ node: 'redis-cart', cause: 'oom-killed' });
      expect(report.conclusive).toBe(true);
      expect(r.stderr).toMatch(/drafted \d+ components from the cluster/);
      expect(r.stderr).toMatch(/kubernetes: \d+ evidence in \d+ ms/);
      expect(r.stderr).toMatch(/report ready/);
    },
  );

  it(
    'is quiet on a non-terminal stderr unless --progress, and --save-topology keeps the draft',
    { timeout: 60_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'culprit-draft-'));
      const r = await cli(
        ['investigate', '--kubeconfig', kubeconfig, '--save-topology', 'draft.yaml', 'checkout is failing'],
        {},
        dir,
      );
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Root cause: redis-cart — oom-killed/);
      expect(r.stderr).not.toMatch(/\[\d+\.\ds\]/);
      expect(readFileSync(join(dir, 'draft.yaml'), 'utf8')).toMatch(/id: redis-cart/);
      // The saved draft is a topology `investigate --topology` takes as it is.
      const again = await cli(
        [
          'investigate',
          '--kubeconfig',
          kubeconfig,
          '--topology',
          'draft.yaml',
          '--format',
          'mermaid',
          'checkout is failing',
        ],
        {},
        dir,
      );
      expect(again.code).toBe(0);
      expect(again.stdout).toMatch(/^flowchart LR/);
      expect(again.stdout).toMatch(/redis-cart<br\/>oom-killed [\d.]+"\]:::cause/);
    },
  );

  it(
    'finds culprit.yaml through CULPRIT_CONFIG and loads the built-in plugin it names',
    { timeout: 60_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'culprit-config-'));
      const file = join(dir, 'culprit.yaml');
      writeFileSync(
        file,
        `plugins:\n  - module: culprit/plugins/kubernetes\n    config: { kubeconfigPath: ${JSON.stringify(kubeconfig)} }\n`,
      );
      const r = await cli(['investigate', '--format', 'json', 'checkout is failing'], {
        CULPRIT_CONFIG: file,
      });
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).hypotheses[0]).toMatchObject({ node: 'redis-cart', cause: 'oom-killed' });
      // ./culprit.yaml in the working directory is found the same way.
      const local = await cli(['investigate', '--format', 'json', 'checkout is failing'], {}, dir);
      expect(local.code).toBe(0);
    },
  );

  it('the built binary finds its built-in plugins from any directory', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culprit-elsewhere-'));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [BIN, 'investigate', '--kubeconfig', kubeconfig, '--quiet', 'checkout is failing'],
      { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: dir } },
    );
    expect(stdout).toMatch(/Root cause: redis-cart — oom-killed/);
  });

  it('with no evidence source at all: a coded error saying how to add one (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culprit-none-'));
    const r = await cli(['investigate', 'checkout is failing'], {}, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error ERR_CLI_NO_EVIDENCE_SOURCE: .*--kubeconfig/);
  });

  it('a kubeconfig that does not exist is a usage error (exit 2)', async () => {
    const r = await cli(['investigate', '--kubeconfig', '/nonexistent/kubeconfig', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error ERR_FILE_NOT_FOUND: /);
  });

  it('an inconclusive answer exits 3 (a healthy shop from a tape)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culprit-quiet-'));
    const ev = healthyShop();
    const tape = join(dir, 'healthy.json');
    writeFileSync(
      tape,
      JSON.stringify({
        version: 1,
        incident: { id: 'inc-healthy', description: 'cart is failing', createdAt: AT },
        scope: { named: [], nodes: [] },
        evidence: ev.evidence,
        discovered: ev.discovered,
      }),
    );
    const r = await cli(['investigate', '--evidence', tape, '--format', 'json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ conclusive: false });
    expect(r.code).toBe(3);
  });

  it('replay takes its rule packs from culprit.yaml in the working directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culprit-replay-config-'));
    const ev = withFaults(
      healthyShop(),
      pods('redis-cart', { oomKilledRecent: 1, notReady: 1, ready: 0, total: 1 }),
      logs('cart', { errorLines: 40, unreachable: ['redis-cart'] }),
    );
    const input = join(dir, 'in.json');
    writeFileSync(
      input,
      JSON.stringify({
        version: 1,
        incident: { id: 'inc-2', description: 'cart is failing', createdAt: AT },
        scope: { named: [], nodes: [] },
        evidence: ev.evidence,
        discovered: ev.discovered,
      }),
    );
    const saved = join(dir, 'saved.json');
    expect((await cli(['investigate', '--evidence', input, '--save', saved])).code).toBe(0);
    writeFileSync(join(dir, 'culprit.yaml'), `rules: [${JSON.stringify(resolve('rules/core'))}]\n`);
    const r = await cli(['replay', saved], {}, dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/dropped\s+redis-cart — oom-killed/);
  });
});
