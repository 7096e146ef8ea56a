// `npm pack`, installed into an empty project on this Node (20): no EBADENGINE warning, the `culprit`
// bin answers --help, and neither the Datadog SDK nor the optional `openai` is pulled in. Slow (an
// npm install, ~40 s warm): it runs with `npm run check:pack` (CULPRIT_PACK_TEST=1), not in `npm test`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe.skipIf(!process.env.CULPRIT_PACK_TEST)('npm pack installed into an empty project', () => {
  let dir: string;
  let project: string;
  let installLog: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'culprit-pack-'));
    // dist/ is built by `pretest` / `check:pack`; --ignore-scripts keeps pack from building again.
    const out = execFileSync(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const { filename } = (JSON.parse(out) as { filename: string }[])[0]!;
    project = join(dir, 'project');
    execFileSync('mkdir', [project]);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'probe', private: true }));
    // Native builds (better-sqlite3) are left out: they need a compiler, not the engine check.
    const install = spawnSync(
      NPM,
      ['install', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', join(dir, filename)],
      { cwd: project, encoding: 'utf8' },
    );
    installLog = `${install.stdout}\n${install.stderr}`;
    expect(install.status, installLog).toBe(0);
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('installs without an EBADENGINE warning', () => {
    expect(installLog).not.toMatch(/EBADENGINE/);
  });

  it('npx culprit --help answers from the installed package', () => {
    const run = spawnSync(
      process.platform === 'win32' ? 'npx.cmd' : 'npx',
      ['--no-install', 'culprit', '--help'],
      {
        cwd: project,
        encoding: 'utf8',
      },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Usage: culprit/m);
  }, 30_000);

  it('pulls in neither the Datadog SDK nor the optional openai', () => {
    const modules = join(project, 'node_modules');
    expect(existsSync(join(modules, '@datadog'))).toBe(false);
    expect(existsSync(join(modules, 'openai'))).toBe(false);
    expect(readdirSync(join(modules, 'culprit', 'dist'))).toContain('plugins');
  });
});
