// Several clusters through the real client: each component is read from its own cluster's API server,
// its evidence names that cluster, and a cluster that cannot be read leaves evidence naming it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine/index.js';
import { secretValues } from '../../src/plugins/secrets.js';
import { buildShopCluster, startFakeKubernetes, type FakeKubernetes } from '../../src/testing/index.js';
import { writeTwoClusterShop } from '../helpers/two-cluster-shop.js';
import plugin, { configSchema } from '../../plugins/kubernetes/index.js';

const NOW = new Date('2026-11-22T14:30:00Z');
let east: FakeKubernetes;
let west: FakeKubernetes;
let topology: string;
const engines: Engine[] = [];

beforeAll(async () => {
  const shop = buildShopCluster({ fault: 'storage-unavailable', now: NOW });
  east = await startFakeKubernetes(shop.objects, shop.logs);
  west = await startFakeKubernetes(shop.objects, shop.logs);
  topology = writeTwoClusterShop();
});
afterAll(async () => {
  for (const e of engines) await e.close();
  await east?.close();
  await west?.close();
});

async function engineWith(config: Record<string, unknown>) {
  const engine = await createEngine({
    topology,
    rules: 'rules',
    clock: () => NOW,
    plugins: [{ plugin: plugin as never, config: { requestTimeoutMs: 2000, ...config } }],
  });
  engines.push(engine);
  return engine;
}

const incident = {
  description: 'orders cannot be placed, checkout fails at the last step',
  createdAt: NOW.toISOString(),
};

describe('kubernetes plugin with several clusters', () => {
  it('reads each component from its cluster and stamps the cluster on its evidence', async () => {
    const engine = await engineWith({
      clusters: { east: { kubeconfig: east.kubeconfig }, west: { kubeconfig: west.kubeconfig } },
    });
    east.requests.length = 0;
    west.requests.length = 0;
    const { report, tape } = await engine.investigate(incident);
    const clusterOf = (node: string) =>
      new Set(
        tape.evidence.filter((e) => e.node === node && e.kind === 'kubernetes.pods').map((e) => e.cluster),
      );
    expect(clusterOf('checkout')).toEqual(new Set(['east']));
    expect(clusterOf('orders-db')).toEqual(new Set(['west']));
    // West was asked about orders-db's namespace, and only east read the callers' logs.
    expect(west.requests.some((r) => r.path.includes('/namespaces/shop/pods'))).toBe(true);
    expect(east.requests.some((r) => r.path.includes('/namespaces/shop/pods'))).toBe(true);
    expect(west.requests.some((r) => r.path.includes('checkoutservice') && r.path.endsWith('/log'))).toBe(
      false,
    );
    expect(report.hypotheses[0]).toMatchObject({ node: 'orders-db', cause: 'storage-unavailable' });
    expect(report.missingEvidence).toEqual([]);
  });

  it('a cluster that is not configured is missing evidence naming it; the other still counts', async () => {
    const engine = await engineWith({ clusters: { east: { kubeconfig: east.kubeconfig } } });
    const { tape, report } = await engine.investigate(incident);
    expect(report.missingEvidence).toContainEqual(
      expect.objectContaining({ node: 'orders-db', status: 'unavailable', cluster: 'west' }),
    );
    const status = tape.evidence.find((e) => e.node === 'orders-db' && e.kind === 'collector.status');
    expect(status).toMatchObject({ cluster: 'west', attributes: { status: 'unavailable', cluster: 'west' } });
    expect(tape.evidence.some((e) => e.node === 'checkout' && e.kind === 'kubernetes.pods')).toBe(true);
  });

  it('a cluster served by agents is not read by the plugin', async () => {
    const engine = await engineWith({
      clusters: { east: { kubeconfig: east.kubeconfig }, west: { via: 'agent' } },
    });
    west.requests.length = 0;
    const { tape } = await engine.investigate(incident);
    expect(tape.evidence.some((e) => e.node === 'orders-db')).toBe(false);
    expect(west.requests).toEqual([]);
  });

  it('without clusters, one connection reads every component, cluster names or not', async () => {
    const engine = await engineWith({ kubeconfig: east.kubeconfig });
    const { tape } = await engine.investigate(incident);
    const pods = tape.evidence.filter((e) => e.kind === 'kubernetes.pods');
    expect(pods.find((e) => e.node === 'orders-db')?.cluster).toBe('west');
    expect(pods.find((e) => e.node === 'checkout')?.cluster).toBe('east');
  });

  it("a cluster's kubeconfig is a secret like the top-level one", () => {
    const found = secretValues(configSchema, { clusters: { east: { kubeconfig: 'apiVersion: v1 # east' } } });
    expect(found).toEqual(['apiVersion: v1 # east']);
  });
});
