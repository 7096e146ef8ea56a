// README "Investigate your own cluster", steps 2 to 4, as written, against the demo cluster as the
// current kubeconfig: the one-liner, keeping the drafted topology, validate and drift on it, then
// culprit.yaml in the working directory so the one-liner needs no flags.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { startFakeKubernetes, type FakeKubernetes } from '../../src/testing/fake-kubernetes.js';
import { buildShopCluster } from '../../src/testing/shop-cluster.js';

const dir = mkdtempSync(join(tmpdir(), 'culprit-readme-'));
let kube: FakeKubernetes;

beforeAll(async () => {
  mkdirSync(join(dir, 'home'));
  const cluster = buildShopCluster({ fault: 'oom-killed', now: new Date() });
  kube = await startFakeKubernetes(cluster.objects, cluster.logs);
});

afterAll(async () => {
  await kube?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** `culprit …` in the project directory, the demo cluster being the current kubeconfig. */
async function culprit(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: dir,
    env: { HOME: join(dir, 'home'), KUBECONFIG: kube.kubeconfigPath },
  });
  return { code, stdout, stderr };
}

describe('README: Investigate your own cluster', () => {
  it('steps 2–4 work as written', { timeout: 90_000 }, async () => {
    const first = await culprit('investigate', 'checkout is failing', '--save-topology', 'topology.yaml');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^Root cause: redis-cart — oom-killed/m);
    expect(first.stdout).toMatch(/^ {2}Run: kubectl -n shop describe statefulset\/redis-cart$/m);

    const valid = await culprit('validate', 'topology.yaml');
    expect(valid.code, valid.stdout).toBe(0);
    const drift = await culprit('topology', 'drift', '--topology', 'topology.yaml');
    expect(drift.code, drift.stdout).toBe(0);
    const withTopology = await culprit('investigate', 'checkout is failing', '--topology', 'topology.yaml');
    expect(withTopology.code, withTopology.stderr).toBe(0);
    expect(withTopology.stderr).not.toMatch(/drafted/);

    writeFileSync(
      join(dir, 'culprit.yaml'),
      'topology: [topology.yaml]\nplugins:\n  - module: culprit/plugins/kubernetes\n    config: { namespaces: [shop] }\n',
    );
    const configured = await culprit('investigate', 'checkout is failing');
    expect(configured.code, configured.stderr).toBe(0);
    expect(configured.stdout).toMatch(/^Root cause: redis-cart — oom-killed/m);
    expect(configured.stderr).not.toMatch(/drafted/);
    expect((await culprit('validate')).code).toBe(0);
  });
});
