// `culprit snapshot` against the fake Kubernetes API server: writes a scenario folder the snapshot
// reader accepts, with read calls only (never Secrets or ConfigMaps), bounded logs, secret-looking
// values scrubbed, and a printed summary; bad flags and unreachable clusters are coded errors.
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readClusterSnapshot } from '../../src/testing/cluster-snapshot.js';
import { startFakeKubernetes, type FakeKubernetes } from '../../src/testing/fake-kubernetes.js';
import { buildShopCluster } from '../../src/testing/shop-cluster.js';
import { runCli } from '../helpers/run-cli.js';

const NOW = new Date('2026-11-22T14:30:00Z');
const SECRET = 'hunter2-Zq9xV7';
const TOKEN_IN_LOG = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

function cluster() {
  const shop = buildShopCluster({ fault: 'crash-loop', now: NOW });
  const objects = structuredClone(shop.objects) as Any[];
  // A secret-ish env value in a Deployment and its pods, a credential-bearing URL, and a Secret.
  for (const o of objects) {
    const spec = o.kind === 'Pod' ? o.spec : o.spec?.template?.spec;
    if (o.metadata?.name?.startsWith('checkoutservice') && spec?.containers)
      spec.containers[0].env = [
        { name: 'DB_PASSWORD', value: SECRET },
        { name: 'ORDERS_URL', value: `postgres://app:${SECRET}@orders-db:5432/orders` },
        { name: 'PORT', value: '5050' },
        { name: 'API_TOKEN', valueFrom: { secretKeyRef: { name: 'checkout', key: 'token' } } },
      ];
    if (o.kind === 'Deployment' && o.metadata.name === 'checkoutservice')
      o.metadata.annotations = {
        'kubectl.kubernetes.io/last-applied-configuration': JSON.stringify({ env: SECRET }),
        'deployment.kubernetes.io/revision': '3',
      };
  }
  objects.push(
    { kind: 'Secret', metadata: { name: 'checkout', namespace: 'shop' }, data: { token: 'aHVudGVyMg==' } },
    { kind: 'ConfigMap', metadata: { name: 'checkout', namespace: 'shop' }, data: { 'app.yaml': SECRET } },
    {
      kind: 'NetworkPolicy',
      metadata: { name: 'default-deny', namespace: 'shop' },
      spec: { podSelector: {}, policyTypes: ['Ingress'] },
    },
  );
  const logs = { ...shop.logs };
  const checkout = Object.keys(logs).find((k) => k.startsWith('shop/checkoutservice-'))!;
  logs[checkout] =
    `${logs[checkout]}\n${NOW.toISOString()} INFO connecting with password=${SECRET} token ${TOKEN_IN_LOG}\n` +
    Array.from({ length: 50 }, (_, i) => `${NOW.toISOString()} INFO line ${i}`).join('\n');
  return { objects, logs, checkout };
}

let kube: FakeKubernetes;
let fixture: ReturnType<typeof cluster>;
const work = mkdtempSync(join(tmpdir(), 'culprit-snapshot-cli-'));

beforeAll(async () => {
  fixture = cluster();
  kube = await startFakeKubernetes(fixture.objects, fixture.logs, { now: () => NOW });
});
afterAll(() => kube?.close());

const files = (dir: string, base = dir): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), base) : [join(dir, e.name).slice(base.length + 1)],
  );

describe('culprit snapshot', () => {
  let out: string;
  let run: Awaited<ReturnType<typeof runCli>>;
  let since: number;
  beforeAll(async () => {
    out = join(work, 'crash-loop');
    since = kube.requests.length;
    run = await runCli(
      'snapshot',
      '--kubeconfig',
      kube.kubeconfigPath,
      '--namespace',
      'shop',
      '--out',
      out,
      '--tail-lines',
      '20',
      '--limit-bytes',
      '4096',
      '--at',
      NOW.toISOString(),
      '--topology',
      '../topology.yaml',
    );
  });

  it('writes one List per kind, the logs and a scenario.yaml, and prints what it wrote', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const written = files(out);
    expect(written).toEqual(
      expect.arrayContaining([
        'cluster/pods.json',
        'cluster/events.json',
        'cluster/deployments.json',
        'cluster/replicasets.json',
        'cluster/services.json',
        'cluster/endpoints.json',
        'cluster/nodes.json',
        'cluster/networkpolicies.json',
        'scenario.yaml',
      ]),
    );
    expect(written.some((f) => /^logs\/shop\/paymentservice-[^/]+\/server\.previous\.log$/.test(f))).toBe(
      true,
    );
    expect(written).not.toContain('cluster/secrets.json');
    expect(written).not.toContain('cluster/configmaps.json');
    expect(run.stdout).toMatch(/cluster\/pods\.json\s+\d+ objects\s+\d+ bytes/);
    expect(run.stdout).toMatch(/\d+ files, \d+ bytes; \d+ secret-looking value\(s\) redacted/);

    const scenario = parse(readFileSync(join(out, 'scenario.yaml'), 'utf8'));
    expect(scenario).toMatchObject({
      incidentTime: '2026-11-22T14:30:00Z',
      topology: '../topology.yaml',
      split: 'dev',
    });
  });

  it('the Lists are as the API returns them, and the snapshot reader accepts the folder', () => {
    const pods = JSON.parse(readFileSync(join(out, 'cluster/pods.json'), 'utf8'));
    expect(pods).toMatchObject({
      kind: 'PodList',
      apiVersion: 'v1',
      metadata: { resourceVersion: expect.any(String) },
    });
    expect(pods.items[0]).not.toHaveProperty('kind');
    expect(pods.items[0].metadata.creationTimestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const snapshot = readClusterSnapshot(out);
    const served = kube.requests.length;
    expect(snapshot.objects.filter((o) => o.kind === 'Pod').length).toBe(
      fixture.objects.filter((o) => o.kind === 'Pod').length,
    );
    expect(snapshot.objects.filter((o) => o.kind === 'NetworkPolicy').map((o) => o.metadata?.name)).toEqual([
      'default-deny',
    ]);
    expect(snapshot.incidentTime).toBe('2026-11-22T14:30:00Z');
    expect(kube.requests.length).toBe(served);
  });

  it('reads only: GET list and log calls, never Secrets or ConfigMaps', () => {
    const calls = kube.requests.slice(since);
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(calls.filter((r) => /secrets|configmaps/.test(r.path))).toEqual([]);
    const logCalls = calls.filter((r) => r.path.endsWith('/log'));
    expect(logCalls.length).toBeGreaterThan(0);
    for (const r of logCalls) expect(r.query).toMatch(/tailLines=20/);
    for (const r of logCalls) expect(r.query).toMatch(/limitBytes=4096/);
  });

  it('no secret value reaches the folder or the output; references to Secrets stay', () => {
    const all = files(out).map((f) => readFileSync(join(out, f), 'utf8'));
    for (const text of [...all, run.stdout, run.stderr]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(TOKEN_IN_LOG);
    }
    const deployments = JSON.parse(readFileSync(join(out, 'cluster/deployments.json'), 'utf8'));
    const checkout = deployments.items.find((d: Any) => d.metadata.name === 'checkoutservice');
    expect(checkout.metadata.annotations).toEqual({ 'deployment.kubernetes.io/revision': '3' });
    expect(checkout.spec.template.spec.containers[0].env).toEqual([
      { name: 'DB_PASSWORD', value: '[redacted]' },
      { name: 'ORDERS_URL', value: 'postgres://app:[redacted]@orders-db:5432/orders' },
      { name: 'PORT', value: '5050' },
      { name: 'API_TOKEN', valueFrom: { secretKeyRef: { name: 'checkout', key: 'token' } } },
    ]);
  });

  it('logs are bounded by --tail-lines', () => {
    const [ns, pod, container] = fixture.checkout.split('/');
    const text = readFileSync(join(out, 'logs', ns!, pod!, `${container}.log`), 'utf8');
    expect(text.split('\n').filter(Boolean)).toHaveLength(20);
  });

  it('a folder that is not empty, a bad flag, a missing kubeconfig: coded errors, exit 2', async () => {
    const full = join(work, 'full');
    await runCli('snapshot', '--kubeconfig', kube.kubeconfigPath, '--out', full, '--at', NOW.toISOString());
    for (const args of [
      ['--kubeconfig', kube.kubeconfigPath, '--out', full],
      ['--kubeconfig', kube.kubeconfigPath, '--out', join(work, 'x'), '--since', 'two hours'],
      ['--kubeconfig', kube.kubeconfigPath, '--out', join(work, 'y'), '--tail-lines', '0'],
    ]) {
      const r = await runCli('snapshot', ...args);
      expect([r.code, r.stderr.split(':')[0]]).toEqual([2, 'error ERR_INVALID_ARGUMENT']);
    }
    const missing = await runCli('snapshot', '--kubeconfig', join(work, 'nope'), '--out', join(work, 'z'));
    expect([missing.code, missing.stderr.split(':')[0]]).toEqual([2, 'error ERR_FILE_NOT_FOUND']);
  });

  it('an API server that refuses every read: ERR_SNAPSHOT_FAILED, nothing written', async () => {
    kube.setFault(/.*/, { status: 403 });
    try {
      const out2 = join(work, 'refused');
      const r = await runCli(
        'snapshot',
        '--kubeconfig',
        kube.kubeconfigPath,
        '--out',
        out2,
        '--namespace',
        'shop',
      );
      expect([r.code, r.stderr.split(':')[0]]).toEqual([2, 'error ERR_SNAPSHOT_FAILED']);
      expect(existsSync(join(out2, 'cluster'))).toBe(false);
      expect(r.stderr).not.toContain('fake-token');
    } finally {
      kube.clearFaults();
    }
  });
});

// Keeps a written kubeconfig from being mistaken for a fixture of another test.
writeFileSync(join(work, 'README'), 'culprit snapshot CLI test scratch\n');
