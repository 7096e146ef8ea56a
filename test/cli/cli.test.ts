// The culprit command in-process (main(argv, io)) and, once, as the built binary a user runs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, cpSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { GOOD_RULE, GOOD_TESTS, writePack } from '../helpers/temp-pack.js';
import { AT, healthyShop, logs, pods, withFaults } from '../helpers/shop-evidence.js';

const run = runCli;

const HEADER = 'apiVersion: culprit/v1\nkind: Topology\n';

describe('culprit validate', () => {
  it('accepts the bundled topology and rule packs', async () => {
    const r = await run('validate', 'knowledge-graph', 'rules');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/topology: 15 components/);
  });

  it('prints file:line:col code for each problem and exits non-zero', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culprit-validate-'));
    writeFileSync(
      join(dir, 'a-unknown.yaml'),
      `${HEADER}components:\n  - id: web\n    kind: service\n    dependsOn: [ghost]\n`,
    );
    writeFileSync(join(dir, 'b-dup.yaml'), `${HEADER}components:\n  - id: web\n    kind: service\n`);
    writeFileSync(join(dir, 'c-syntax.yaml'), `${HEADER}components: [\n  - id: x\n`);
    writeFileSync(
      join(dir, 'd-bomb.yaml'),
      `${HEADER}a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\ncomponents: []\n`,
    );
    const r = await run('validate', dir);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    const codes = lines.map((l) => /^(.+?):(\d+):(\d+) (ERR_[A-Z_]+) /.exec(l)?.slice(1, 5));
    expect(codes.every(Boolean)).toBe(true);
    const byCode = new Map(codes.map((c) => [c![3], c]));
    expect(byCode.get('ERR_YAML_SYNTAX')?.[0]).toMatch(/c-syntax\.yaml$/);
    expect(byCode.get('ERR_YAML_ALIAS')?.[0]).toMatch(/d-bomb\.yaml$/);
    expect(byCode.get('ERR_TOPOLOGY_UNKNOWN_NODE')?.slice(0, 3)).toEqual([
      expect.stringMatching(/a-unknown\.yaml$/),
      '6',
      '17',
    ]);
    expect(byCode.get('ERR_TOPOLOGY_DUPLICATE_ID')?.slice(0, 3)).toEqual([
      expect.stringMatching(/b-dup\.yaml$/),
      '4',
      '9',
    ]);
  });

  it('reports the topology-level problems once syntax is fixed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culprit-validate-'));
    writeFileSync(
      join(dir, 'a.yaml'),
      `${HEADER}components:\n  - id: web\n    kind: service\n    dependsOn: [ghost]\n`,
    );
    writeFileSync(join(dir, 'b.yaml'), `${HEADER}components:\n  - id: web\n    kind: service\n`);
    const r = await run('validate', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/a\.yaml:6:17 ERR_TOPOLOGY_UNKNOWN_NODE /);
    expect(r.stdout).toMatch(/b\.yaml:4:9 ERR_TOPOLOGY_DUPLICATE_ID /);
  });
});

describe('culprit rules test', () => {
  it('runs every bundled case and exits 0', async () => {
    const r = await run('rules', 'test', 'rules');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/rule tests: \d+ passed, 0 failed/);
  });

  it('exits non-zero and names the case when an expected outcome is broken', async () => {
    const dir = writePack([
      { id: 'high-errors', rule: GOOD_RULE, tests: GOOD_TESTS.replace('errors: 50', 'errors: 5') },
    ]);
    const r = await run('rules', 'test', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('demo/high-errors › invalid[0] "noisy"');
  });

  it('fails on a copy of a bundled pack with one broken case', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culprit-k8s-'));
    cpSync('rules/kubernetes', dir, { recursive: true });
    const file = join(dir, 'tests', 'oom-killed.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('cause: oom-killed', 'cause: crash-loop'));
    const r = await run('rules', 'test', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('kubernetes/oom-killed › invalid[0] "one container OOMKilled"');
  });
});

describe('culprit investigate and replay', () => {
  it('investigates offline from an evidence tape, saves the tape and replays it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culprit-tape-'));
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
        incident: { id: 'inc-1', description: 'cart is failing', createdAt: AT },
        scope: { named: [], nodes: [] },
        evidence: ev.evidence,
        discovered: ev.discovered,
      }),
    );
    const saved = join(dir, 'saved.json');
    const r = await run('investigate', '--evidence', input, '--save', saved, '--format', 'json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { hypotheses: { node: string; cause: string }[] };
    expect(report.hypotheses[0]).toMatchObject({ node: 'redis-cart', cause: 'oom-killed' });
    expect(existsSync(saved)).toBe(true);

    const same = await run('replay', saved, '--format', 'json');
    expect(same.code).toBe(0);
    const replayed = JSON.parse(same.stdout) as { changes: { change: string }[] };
    expect(replayed.changes.every((c) => c.change === 'same')).toBe(true);

    const coreOnly = await run('replay', saved, '--rules', 'rules/core');
    expect(coreOnly.code).toBe(0);
    expect(coreOnly.stdout).toMatch(/dropped\s+redis-cart — oom-killed/);
  });

  it('prints a coded error for a bad tape', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culprit-tape-'));
    writeFileSync(join(dir, 'bad.json'), '{"version": 2}');
    const r = await run('replay', join(dir, 'bad.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error ERR_TAPE_INVALID: /);
  });

  it('the built binary runs (npx culprit)', () => {
    expect(existsSync('dist/src/cli/main.js'), 'dist/ is built by npm test (pretest)').toBe(true);
    const out = execFileSync(
      process.execPath,
      ['dist/src/cli/main.js', 'validate', 'knowledge-graph', 'rules'],
      { encoding: 'utf8' },
    );
    expect(out).toMatch(/rules: 3 pack\(s\)/);
  });
});
