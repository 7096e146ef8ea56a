// `culprit topology discover` and `culprit topology drift` against the fake Kubernetes API server with
// a small cluster whose containers name their dependencies in env values and args; and topologyDrift.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findAddresses } from '../../plugins/kubernetes/discover.js';
import { runCli } from '../helpers/run-cli.js';
import { startFakeKubernetes, type FakeKubernetes } from '../../src/testing/fake-kubernetes.js';
import { topologyDrift, type TopologyComponentLike } from '../../src/topology/index.js';

const run = runCli;

type Container = { name: string; image: string; env?: unknown[]; args?: string[]; command?: string[] };

function workload(
  kind: 'Deployment' | 'StatefulSet',
  name: string,
  containers: Container[],
  namespace = 'shop',
) {
  const labels = { app: name };
  return {
    apiVersion: 'apps/v1',
    kind,
    metadata: { name, namespace, uid: `uid-${kind}-${name}`, labels },
    spec: {
      replicas: 1,
      ...(kind === 'StatefulSet' ? { serviceName: name } : {}),
      selector: { matchLabels: labels },
      template: { metadata: { labels: { ...labels, tier: 'x' } }, spec: { containers } },
    },
    status: { replicas: 1, readyReplicas: 1 },
  };
}

function service(
  name: string,
  selector: Record<string, string> | undefined,
  ports: number[],
  namespace = 'shop',
) {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace, uid: `uid-svc-${namespace}-${name}` },
    spec: {
      ...(selector ? { selector } : {}),
      ports: ports.map((port, i) => ({ name: `p${i}`, port, targetPort: port, protocol: 'TCP' })),
      type: 'ClusterIP',
    },
  };
}

/** web → api (env URL), api → db (postgres URL, FQDN) and → cache (args, Service named redis), worker → queue. */
function smallCluster() {
  return [
    workload('Deployment', 'web', [
      {
        name: 'web',
        image: 'shop/web:2.1',
        env: [
          { name: 'API_URL', value: 'http://api:8080/v1' },
          { name: 'LOG_LEVEL', value: 'info' },
          { name: 'WRONG_PORT', value: 'db:9999' },
        ],
      },
    ]),
    workload('Deployment', 'api', [
      {
        name: 'api',
        image: 'shop/api:3.0',
        env: [
          { name: 'DATABASE_URL', value: 'postgres://app@db.shop.svc.cluster.local:5432/app' },
          { name: 'SELF', value: 'api:8080' },
          { name: 'STRIPE', value: 'https://api.stripe.com:443' },
          { name: 'PASSWORD', valueFrom: { secretKeyRef: { name: 'api', key: 'password' } } },
        ],
        args: ['--cache', 'redis:6379'],
      },
    ]),
    workload('Deployment', 'worker', [
      { name: 'worker', image: 'shop/worker:1.0', command: ['/worker', '--broker=nats://queue:4222'] },
    ]),
    workload('StatefulSet', 'db', [{ name: 'postgres', image: 'postgres:16.2' }]),
    workload('StatefulSet', 'cache', [{ name: 'server', image: 'docker.io/bitnami/redis:7.2@sha256:abc' }]),
    workload('StatefulSet', 'queue', [{ name: 'nats', image: 'nats:2.10' }]),
    workload('Deployment', 'coredns', [{ name: 'coredns', image: 'coredns/coredns:1.11' }], 'kube-system'),
    service('web', { app: 'web' }, [80]),
    service('api', { app: 'api' }, [8080]),
    service('db', { app: 'db' }, [5432]),
    service('redis', { app: 'cache' }, [6379]),
    service('queue', { app: 'queue' }, [4222, 8222]),
    service('external-payments', undefined, [443]),
    service('kube-dns', { app: 'coredns' }, [53], 'kube-system'),
  ];
}

const HEADER = 'apiVersion: culprit/v1\nkind: Topology\ncomponents:\n';

/** The cluster above, declared with ids other than the workload names (pairing goes by workload). */
function declaredYaml(options: { withoutWorker?: boolean; extraEdge?: boolean } = {}) {
  const c = (id: string, kind: string, wk: string, name: string, deps: string[]) =>
    `  - id: ${id}\n    kind: ${kind}\n    kubernetes: { namespace: shop, workload: { kind: ${wk}, name: ${name} } }\n` +
    (deps.length ? `    dependsOn: [${deps.join(', ')}]\n` : '');
  return (
    HEADER +
    c(
      'storefront',
      'frontend',
      'Deployment',
      'web',
      options.extraEdge ? ['backend', 'orders-db'] : ['backend'],
    ) +
    c('backend', 'service', 'Deployment', 'api', ['orders-db', 'cache', 'stripe']) +
    (options.withoutWorker ? '' : c('worker', 'service', 'Deployment', 'worker', ['queue'])) +
    c('orders-db', 'database', 'StatefulSet', 'db', []) +
    c('cache', 'cache', 'StatefulSet', 'cache', []) +
    c('queue', 'queue', 'StatefulSet', 'queue', []) +
    '  - id: stripe\n    kind: external\n    addresses: [api.stripe.com:443]\n'
  );
}

interface Discovered {
  id: string;
  kind: string;
  addresses?: string[];
  kubernetes: {
    namespace: string;
    workload: { kind: string; name: string };
    selector?: Record<string, string>;
  };
  dependsOn?: string[];
}

describe('culprit topology discover / drift', () => {
  let kube: FakeKubernetes;
  let dir: string;
  beforeAll(async () => {
    kube = await startFakeKubernetes(smallCluster());
    dir = mkdtempSync(join(tmpdir(), 'culprit-topology-'));
  });
  afterAll(async () => {
    await kube.close();
  });

  it('drafts a topology that validates, with the edges the env and args imply', async () => {
    const out = join(dir, 'topo.yaml');
    const r = await run('topology', 'discover', '--kubeconfig', kube.kubeconfigPath, '--out', out);
    expect(r.stderr).toContain('wrote 6 component(s) and 4 dependency edge(s)');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');

    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('# Generated by `culprit topology discover`')).toBe(true);
    expect(text).toMatch(/team/);
    expect(text).toMatch(/aliases/);

    const v = await run('validate', out);
    expect(v.stdout).toContain('topology: 6 components in 1 file(s)');
    expect(v.code).toBe(0);

    const doc = parse(text) as { apiVersion: string; kind: string; components: Discovered[] };
    expect(doc.apiVersion).toBe('culprit/v1');
    expect(doc.kind).toBe('Topology');
    const byId = new Map(doc.components.map((c) => [c.id, c]));
    expect([...byId.keys()].sort()).toEqual(['api', 'cache', 'db', 'queue', 'web', 'worker']);
    const edges = doc.components.flatMap((c) => (c.dependsOn ?? []).map((d) => `${c.id}->${d}`)).sort();
    expect(edges).toEqual(['api->cache', 'api->db', 'web->api', 'worker->queue']);
    expect(Object.fromEntries(doc.components.map((c) => [c.id, c.kind]))).toEqual({
      api: 'service',
      cache: 'cache',
      db: 'database',
      queue: 'queue',
      web: 'service',
      worker: 'service',
    });
    expect(byId.get('cache')).toEqual({
      id: 'cache',
      kind: 'cache',
      addresses: ['redis:6379', 'redis.shop:6379', 'redis.shop.svc.cluster.local:6379'],
      kubernetes: {
        namespace: 'shop',
        workload: { kind: 'StatefulSet', name: 'cache' },
        selector: { app: 'cache' },
      },
    });
    expect(byId.get('queue')?.addresses).toEqual([
      'queue:4222',
      'queue.shop:4222',
      'queue.shop.svc.cluster.local:4222',
      'queue:8222',
      'queue.shop:8222',
      'queue.shop.svc.cluster.local:8222',
    ]);
    expect(byId.get('worker')?.addresses).toBeUndefined();
    expect(byId.get('web')?.kubernetes).toEqual({
      namespace: 'shop',
      workload: { kind: 'Deployment', name: 'web' },
      selector: { app: 'web' },
    });
  });

  it('prints to stdout without --out, and --namespace limits what is read', async () => {
    const r = await run(
      'topology',
      'discover',
      '--kubeconfig',
      kube.kubeconfigPath,
      '--namespace',
      'kube-system',
    );
    expect(r.code).toBe(0);
    const doc = parse(r.stdout) as { components: Discovered[] };
    expect(doc.components).toEqual([
      {
        id: 'coredns',
        kind: 'service',
        addresses: ['kube-dns:53', 'kube-dns.kube-system:53', 'kube-dns.kube-system.svc.cluster.local:53'],
        kubernetes: {
          namespace: 'kube-system',
          workload: { kind: 'Deployment', name: 'coredns' },
          selector: { app: 'coredns' },
        },
      },
    ]);
  });

  it('drift: exit 0 when the declared topology matches the cluster', async () => {
    const file = join(dir, 'declared-same.yaml');
    writeFileSync(file, declaredYaml());
    const r = await run('topology', 'drift', '--kubeconfig', kube.kubeconfigPath, '--topology', file);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No drift: 6 component(s)');

    const json = await run(
      'topology',
      'drift',
      '--kubeconfig',
      kube.kubeconfigPath,
      '--topology',
      file,
      '--format',
      'json',
    );
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      drift: false,
      missingInCluster: [],
      notInTopology: [],
      edgesOnlyInTopology: [],
      edgesOnlyInCluster: [],
    });
    expect(report.matched).toEqual([
      { declared: 'backend', discovered: 'api' },
      { declared: 'cache', discovered: 'cache' },
      { declared: 'orders-db', discovered: 'db' },
      { declared: 'queue', discovered: 'queue' },
      { declared: 'storefront', discovered: 'web' },
      { declared: 'worker', discovered: 'worker' },
    ]);
  });

  it('drift: exit 1 listing exactly the missing workload and the extra edge', async () => {
    const file = join(dir, 'declared-drift.yaml');
    writeFileSync(file, declaredYaml({ withoutWorker: true, extraEdge: true }));
    const args = ['topology', 'drift', '--kubeconfig', kube.kubeconfigPath, '--topology', file];
    const json = await run(...args, '--format', 'json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      drift: true,
      missingInCluster: [],
      notInTopology: [{ id: 'worker', namespace: 'shop', workload: { kind: 'Deployment', name: 'worker' } }],
      edgesOnlyInTopology: [{ from: 'storefront', to: 'orders-db' }],
      edgesOnlyInCluster: [],
    });

    const text = await run(...args);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('Not in topology — running workloads no component maps (1):');
    expect(text.stdout).toMatch(/^ {2}worker\s+Deployment shop\/worker$/m);
    expect(text.stdout).toContain('Edges only in topology — declared, not seen in container env/args (1):');
    expect(text.stdout).toContain('  storefront -> orders-db');
    expect(text.stdout).not.toContain('Missing in cluster');
    expect(text.stdout).not.toContain('Edges only in cluster');
    expect(text.stdout).toContain('Drift: 2 difference(s); 5 component(s) matched.');
  });

  it('exits 2 with a coded error when the cluster refuses to list, without leaking the token', async () => {
    kube.setFault(/\/deployments$/, { status: 403, times: 1 });
    try {
      const r = await run('topology', 'discover', '--kubeconfig', kube.kubeconfigPath);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^error ERR_TOPOLOGY_DISCOVERY_FAILED: .*forbidden: list deployments/);
      expect(r.stderr).not.toContain('fake-token');
    } finally {
      kube.clearFaults();
    }
    const file = join(dir, 'declared-for-error.yaml');
    writeFileSync(file, declaredYaml());
    const missing = await run('topology', 'drift', '--kubeconfig', join(dir, 'nope'), '--topology', file);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('ERR_FILE_NOT_FOUND');
  });
});

describe('findAddresses', () => {
  it('reads host:port from URLs (user@, several hosts, default ports) and bare pairs', () => {
    expect(findAddresses('postgres://app:pw@db.shop.svc.cluster.local:5432/app?sslmode=off')).toEqual([
      { host: 'db.shop.svc.cluster.local', port: 5432 },
    ]);
    expect(findAddresses('mongodb://m-0.mongo:27017,m-1.mongo/app')).toEqual([
      { host: 'm-0.mongo', port: 27017 },
      { host: 'm-1.mongo', port: 27017 },
    ]);
    expect(findAddresses('--cache=Redis:6379,kafka:9092 ignored:port')).toEqual([
      { host: 'redis', port: 6379 },
      { host: 'kafka', port: 9092 },
    ]);
    expect(findAddresses('http://api/v1')).toEqual([{ host: 'api', port: 80 }]);
    expect(findAddresses('info')).toEqual([]);
  });
});

describe('topologyDrift', () => {
  const k = (name: string, kind = 'Deployment', namespace = 'shop') => ({
    namespace,
    workload: { kind, name },
  });
  const declared: TopologyComponentLike[] = [
    {
      id: 'checkout',
      kubernetes: k('checkoutservice'),
      dependsOn: ['payment', { id: 'db', critical: true } as never],
    },
    { id: 'payment', kubernetes: k('paymentservice'), dependsOn: ['stripe'] },
    { id: 'db', kubernetes: k('orders-db', 'StatefulSet') },
    { id: 'gone', kubernetes: k('legacy') },
    { id: 'nightly', kubernetes: k('report', 'CronJob') },
    { id: 'elsewhere', kubernetes: k('tool', 'Deployment', 'ops') },
    { id: 'stripe' },
    { id: 'by-id', dependsOn: [{ id: 'payment', type: 'runs-on' }] },
  ];
  const discovered: TopologyComponentLike[] = [
    { id: 'checkoutservice', kubernetes: k('checkoutservice'), dependsOn: ['orders-db', 'cartservice'] },
    { id: 'paymentservice', kubernetes: k('paymentservice'), dependsOn: ['checkoutservice'] },
    { id: 'orders-db', kubernetes: k('orders-db', 'StatefulSet') },
    { id: 'cartservice', kubernetes: k('cartservice'), dependsOn: ['orders-db'] },
    { id: 'by-id', kubernetes: k('by-id-workload') },
  ];

  it('pairs by workload then id, and compares edges only between paired components', () => {
    const report = topologyDrift(declared, discovered, {
      excludeNamespaces: ['ops'],
      workloadKinds: ['Deployment', 'StatefulSet'],
    });
    expect(report).toEqual({
      missingInCluster: [{ id: 'gone', namespace: 'shop', workload: { kind: 'Deployment', name: 'legacy' } }],
      notInTopology: [
        { id: 'cartservice', namespace: 'shop', workload: { kind: 'Deployment', name: 'cartservice' } },
      ],
      edgesOnlyInTopology: [{ from: 'checkout', to: 'payment' }],
      edgesOnlyInCluster: [{ from: 'payment', to: 'checkout' }],
      matched: [
        { declared: 'by-id', discovered: 'by-id' },
        { declared: 'checkout', discovered: 'checkoutservice' },
        { declared: 'db', discovered: 'orders-db' },
        { declared: 'payment', discovered: 'paymentservice' },
      ],
      drift: true,
    });
  });

  it('without options every declared workload counts, and identical sides show no drift', () => {
    const report = topologyDrift(declared, discovered);
    expect(report.missingInCluster.map((c) => c.id)).toEqual(['elsewhere', 'gone', 'nightly']);
    const same = topologyDrift(discovered, discovered);
    expect(same.drift).toBe(false);
    expect(same.matched).toHaveLength(5);
    expect(same.edgesOnlyInCluster).toEqual([]);
    expect(same.edgesOnlyInTopology).toEqual([]);
  });
});

describe('the example shop', () => {
  it('discovery finds the dependency edges knowledge-graph/ declares: drift is clean', async () => {
    const { buildShopCluster } = await import('../../src/testing/shop-cluster.js');
    const cluster = buildShopCluster({ now: new Date('2026-11-22T14:30:00Z') });
    const shop = await startFakeKubernetes(cluster.objects, cluster.logs);
    try {
      const dir = mkdtempSync(join(tmpdir(), 'culprit-shop-discover-'));
      const out = join(dir, 'shop.yaml');
      expect(
        (await run('topology', 'discover', '--kubeconfig', shop.kubeconfigPath, '--out', out)).code,
      ).toBe(0);
      const doc = parse(readFileSync(out, 'utf8')) as {
        components: { id: string; dependsOn?: (string | { id: string })[] }[];
      };
      const edges = doc.components.flatMap((c) =>
        (c.dependsOn ?? []).map((d) => `${c.id}->${typeof d === 'string' ? d : d.id}`),
      );
      expect(edges).toEqual(
        expect.arrayContaining([
          'cartservice->redis-cart',
          'checkoutservice->orders-db',
          'checkoutservice->kafka',
        ]),
      );
      expect((await run('validate', out)).code).toBe(0);
      const drift = await run('topology', 'drift', '--kubeconfig', shop.kubeconfigPath, '--format', 'json');
      expect(drift.code).toBe(0);
    } finally {
      await shop.close();
    }
  });
});
