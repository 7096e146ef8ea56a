// `npm pack`, installed into an empty project on this Node (20) as a user would: no EBADENGINE
// warning, neither the Datadog SDK nor the optional `openai` pulled in, the install at most half of
// the 291 MB it was (docs/benchmarks.md), and acceptance 1 from the installed package alone:
// `culprit demo --serve-cluster`, then `culprit investigate --kubeconfig …` names the demo's cause.
// Part of `npm test`: the install reads npm's cache that `npm ci` filled (--prefer-offline), ~1 min.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** node_modules of the installed package before the Datadog client and openai left (docs/benchmarks.md). */
const BEFORE_BYTES = 291 * 1024 * 1024;

let dir: string;
let project: string;
let installLog: string;
const children: ChildProcess[] = [];

/** The `culprit` bin of the installed package, run from the project with a HOME without a kubeconfig. */
function culprit(args: string[]) {
  return [join(project, 'node_modules', '.bin', 'culprit'), args] as const;
}

beforeAll(() => {
  expect(existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js')), 'npm test builds dist/ first').toBe(true);
  dir = mkdtempSync(join(tmpdir(), 'culprit-pack-'));
  // dist/ is built by `pretest`; --ignore-scripts keeps pack from building again.
  const out = execFileSync(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const { filename } = (JSON.parse(out) as { filename: string }[])[0]!;
  project = join(dir, 'project');
  mkdirSync(project);
  mkdirSync(join(dir, 'home'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'probe', private: true }));
  // Native builds (better-sqlite3) are left out: they need a compiler, not the engine check; the
  // one-liner never opens the store.
  const install = spawnSync(
    NPM,
    ['install', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', join(dir, filename)],
    { cwd: project, encoding: 'utf8' },
  );
  installLog = `${install.stdout}\n${install.stderr}`;
  expect(install.status, installLog).toBe(0);
}, 240_000);

afterAll(() => {
  for (const c of children) c.kill('SIGTERM');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm pack installed into an empty project', () => {
  it('installs without an EBADENGINE warning', () => {
    expect(installLog).not.toMatch(/EBADENGINE/);
  });

  it('pulls in neither the Datadog SDK nor the optional openai, and weighs at most half of before', async ({
    annotate,
  }) => {
    const modules = join(project, 'node_modules');
    expect(existsSync(join(modules, '@datadog'))).toBe(false);
    expect(existsSync(join(modules, 'openai'))).toBe(false);
    expect(readdirSync(join(modules, 'culprit', 'dist'))).toContain('plugins');
    const kib = Number(execFileSync('du', ['-sk', modules], { encoding: 'utf8' }).split('\t')[0]);
    // Recorded in the test report; docs/benchmarks.md keeps the measured table.
    await annotate(`installed node_modules: ${Math.round(kib / 1024)} MB (before: 291 MB)`);
    expect(kib * 1024).toBeLessThanOrEqual(BEFORE_BYTES / 2);
  });

  it('npx culprit --help answers from the installed package', () => {
    const run = spawnSync(
      process.platform === 'win32' ? 'npx.cmd' : 'npx',
      ['--no-install', 'culprit', '--help'],
      { cwd: project, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Usage: culprit/m);
  }, 30_000);

  it(
    'the one-liner from the installed package: investigate --kubeconfig names the demo cause',
    { timeout: 90_000 },
    async () => {
      const env: NodeJS.ProcessEnv = { ...process.env, HOME: join(dir, 'home'), KUBECONFIG: '' };
      delete env.CULPRIT_CONFIG;
      const [bin, serveArgs] = culprit(['demo', '--serve-cluster']);
      const cluster = spawn(bin, serveArgs, { cwd: project, env, stdio: ['ignore', 'pipe', 'pipe'] });
      children.push(cluster);
      const kubeconfig = await new Promise<string>((done, fail) => {
        let out = '';
        cluster.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('\n')) done(out.split('\n')[0]!);
        });
        cluster.on('exit', (code) => fail(new Error(`demo --serve-cluster exited (${code})`)));
      });
      const [, args] = culprit([
        'investigate',
        '--kubeconfig',
        kubeconfig,
        '--progress',
        'checkout is failing',
      ]);
      const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
        const child = spawn(bin, args, { cwd: project, env, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('exit', (code) => done({ code, stdout, stderr }));
      });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^Root cause: redis-cart — oom-killed/m);
      expect(run.stderr).toMatch(/drafted \d+ components from the cluster/);
      expect(run.stderr).toMatch(/kubernetes: \d+ evidence in \d+ ms/);
    },
  );
});
