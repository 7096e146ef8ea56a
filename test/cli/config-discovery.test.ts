// culprit.yaml is found in the working directory or through CULPRIT_CONFIG by every command that
// reads configuration, and each takes what concerns it: validate and rules test their files and
// packs, demo and eval the rule packs, topology and snapshot the Kubernetes plugin entry's cluster.
// A culprit.yaml that fails its schema stops any of them with the same coded error (exit 2).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { startFakeKubernetes, type FakeKubernetes } from '../../src/testing/fake-kubernetes.js';
import { buildShopCluster } from '../../src/testing/shop-cluster.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'culprit-config-'));
const home = join(tmp, 'home');
let kube: FakeKubernetes;

beforeAll(async () => {
  mkdirSync(home);
  const cluster = buildShopCluster({ fault: 'oom-killed', now: new Date() });
  kube = await startFakeKubernetes(cluster.objects, cluster.logs);
});

afterAll(async () => {
  await kube?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** A fresh directory holding `culprit.yaml` (when given). */
function project(name: string, yaml?: string): string {
  const dir = join(tmp, name);
  mkdirSync(dir);
  if (yaml !== undefined) writeFileSync(join(dir, 'culprit.yaml'), yaml);
  return dir;
}

/** The CLI in-process; a HOME without ~/.kube/config, so only culprit.yaml names a cluster. */
async function cli(argv: string[], cwd: string, env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd,
    env: { HOME: home, ...env },
  });
  return { code, stdout, stderr };
}

const clusterYaml = () =>
  [
    'plugins:',
    '  - module: culprit/plugins/kubernetes',
    `    config: { kubeconfigPath: ${JSON.stringify(kube.kubeconfigPath)}, namespaces: [shop] }`,
    '',
  ].join('\n');

describe('validate with no paths checks culprit.yaml and the files it names', () => {
  it('from the working directory (exit 0, counts of what it named)', async () => {
    const dir = project('validate-cwd', `topology: [${ROOT}/knowledge-graph]\nrules: [${ROOT}/rules/core]\n`);
    const r = await cli(['validate', '--format', 'json'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      ok: true,
      topology: { components: 15 },
      rules: { packs: 1 },
    });
  });

  it('through CULPRIT_CONFIG from anywhere; a problem in a named file exits 1 with its code', async () => {
    const conf = project('validate-env');
    writeFileSync(
      join(conf, 'broken.yaml'),
      'apiVersion: culprit/v1\nkind: Topology\ncomponents:\n  - id: a\n    kind: service\n    dependsOn: [nowhere]\n',
    );
    writeFileSync(join(conf, 'settings.yaml'), `topology: [${join(conf, 'broken.yaml')}]\n`);
    const r = await cli(['validate', '--format', 'json'], project('validate-elsewhere'), {
      CULPRIT_CONFIG: join(conf, 'settings.yaml'),
    });
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { problems: { code: string }[] }).problems.map((p) => p.code)).toEqual([
      'ERR_TOPOLOGY_UNKNOWN_NODE',
    ]);
  });

  it('without culprit.yaml and without paths: a usage error (exit 2)', async () => {
    const r = await cli(['validate'], project('validate-none'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error ERR_INVALID_ARGUMENT: .*culprit\.yaml/);
  });
});

describe('rule packs from culprit.yaml', () => {
  it('rules test with no paths runs the packs culprit.yaml lists', async () => {
    const dir = project('rules-test', `rules: [${ROOT}/rules/core]\n`);
    const r = await cli(['rules', 'test', '--format', 'json'], dir);
    expect(r.code, r.stdout).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, packs: 1 });
  });

  it('demo judges the example shop with the packs culprit.yaml lists', async () => {
    const dir = project('demo', `rules: [${ROOT}/rules/core, ${ROOT}/rules/kubernetes]\n`);
    const r = await cli(['demo', '--format', 'json'], dir);
    expect(r.code, r.stderr).toBe(0);
    const { report } = JSON.parse(r.stdout) as { report: { rulePacks: { name: string }[] } };
    expect(report.rulePacks.map((p) => p.name).sort()).toEqual(['core', 'kubernetes']);
  });

  it('eval loads the packs culprit.yaml lists (a missing one is named, exit 2)', async () => {
    const dir = project('eval', 'rules: [./no-such-pack]\n');
    const scenario = join(ROOT, 'test', 'scenarios', 'bookinfo', 'details-google-books-503');
    const r = await cli(['eval', scenario], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error ERR_\w+: .*no-such-pack/);
  });
});

describe("the cluster of culprit.yaml's Kubernetes plugin entry", () => {
  it('topology discover drafts from it with no cluster flags', { timeout: 30_000 }, async () => {
    const r = await cli(['topology', 'discover'], project('discover', clusterYaml()));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ {2}- id: redis-cart$/m);
  });

  it("topology drift compares culprit.yaml's topology with it", { timeout: 30_000 }, async () => {
    const yaml = `topology: [${ROOT}/knowledge-graph]\n${clusterYaml()}`;
    const r = await cli(['topology', 'drift', '--format', 'json'], project('drift', yaml));
    expect([0, 1], r.stderr).toContain(r.code);
    expect(JSON.parse(r.stdout)).toHaveProperty('drift');
  });

  it('snapshot records it with no cluster flags', { timeout: 30_000 }, async () => {
    const dir = project('snapshot', clusterYaml());
    const r = await cli(['snapshot', '--out', 'snap'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(dir, 'snap', 'scenario.yaml'))).toBe(true);
    expect(readdirSync(join(dir, 'snap', 'cluster')).length).toBeGreaterThan(0);
  });
});

describe('a culprit.yaml that fails its schema stops every command that reads it', () => {
  it.each([
    ['validate', ['validate']],
    ['rules test', ['rules', 'test']],
    ['demo', ['demo']],
    ['topology discover', ['topology', 'discover']],
    ['snapshot', ['snapshot', '--out', 'snap']],
    ['investigate', ['investigate', 'checkout is failing']],
  ])('%s: ERR_SCHEMA_INVALID with the file and line (exit 2)', async (name, argv) => {
    const dir = project(`bad-${name.replace(' ', '-')}`, 'topology: []\nrulez: [rules]\n');
    const r = await cli(argv, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error ERR_SCHEMA_INVALID: .*culprit\.yaml:2:\d+ .*"rulez".*"rules"/);
  });
});
