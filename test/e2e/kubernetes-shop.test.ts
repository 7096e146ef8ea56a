// End to end through the real @kubernetes/client-node against the fake API server: the shop cluster
// with each injected fault → the kubernetes plugin → the engine → the expected top root cause.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine/index.js';
import {
  buildShopCluster,
  SHOP_FAULTS,
  startFakeKubernetes,
  type FakeKubernetes,
  type ShopFault,
} from '../../src/testing/index.js';
import plugin from '../../plugins/kubernetes/index.js';
import { EXPECTED_ROOT_CAUSE } from '../helpers/shop-expectations.js';

const NOW = new Date('2026-11-22T14:30:00Z');
let kube: FakeKubernetes;
let engine: Engine;

beforeAll(async () => {
  kube = await startFakeKubernetes();
  engine = await createEngine({
    topology: 'knowledge-graph',
    rules: 'rules',
    clock: () => NOW,
    plugins: [{ plugin: plugin as never, config: { kubeconfig: kube.kubeconfig, requestTimeoutMs: 2000 } }],
  });
});
afterAll(async () => {
  await engine?.close();
  await kube?.close();
});

describe('the shop cluster through the kubernetes plugin', () => {
  it('a healthy cluster gives no conclusive cause', async () => {
    const cluster = buildShopCluster({ now: NOW });
    kube.setObjects(cluster.objects, cluster.logs);
    const { report } = await engine.investigate({
      description: 'checkout feels slow',
      createdAt: NOW.toISOString(),
    });
    expect(report.conclusive).toBe(false);
    expect(report.missingEvidence).toEqual([]);
  });

  it.each(Object.keys(SHOP_FAULTS) as ShopFault[])('%s', async (fault) => {
    const cluster = buildShopCluster({ fault, now: NOW });
    kube.setObjects(cluster.objects, cluster.logs);
    const e = EXPECTED_ROOT_CAUSE[fault];
    const { report } = await engine.investigate({
      description: SHOP_FAULTS[fault].incident,
      createdAt: NOW.toISOString(),
    });
    expect({
      node: report.hypotheses[0]?.node,
      cause: report.hypotheses[0]?.cause,
      conclusive: report.conclusive,
    }).toEqual({
      node: e.node,
      cause: e.cause,
      conclusive: true,
    });
  });

  it('decoys do not win: old OOM restarts, stale warnings, a healthy rollout in the window', async () => {
    // The healthy cluster carries them all: cart OOMKilled three days ago (restartCount 4, stale
    // BackOff/OOMKilling events), a week-old disk-pressure warning on node-c, and a frontend revision
    // rolled out twenty minutes ago whose pods are all ready.
    kube.setObjects(buildShopCluster({ now: NOW }).objects, buildShopCluster({ now: NOW }).logs);
    const { report } = await engine.investigate({
      description: 'cart and frontend look odd, node-c too',
      createdAt: NOW.toISOString(),
    });
    expect(report.conclusive).toBe(false);
    const named = report.hypotheses.map((h) => `${h.node}:${h.cause}`);
    expect(named).not.toContain('cart:oom-killed');
    // The rollout is a lead, never a verdict: named at most once, held in the low band.
    const rollout = report.hypotheses.filter((h) => `${h.node}:${h.cause}` === 'frontend:bad-deploy-rollout');
    expect(rollout.map((h) => h.band)).toEqual(['low']);
    expect(named.filter((n) => n.startsWith('k8s-node-node-c'))).toEqual([]);
  });

  it('an upstream cause outranks its louder dependents and explains their symptoms', async () => {
    // cart crash-loops with more restarts and far more error lines than redis-cart, which it needs.
    const cluster = buildShopCluster({ fault: 'oom-killed', now: NOW });
    kube.setObjects(cluster.objects, cluster.logs);
    const { report, tape } = await engine.investigate({
      description: 'cart is crash looping and checkout fails',
      createdAt: NOW.toISOString(),
    });
    const restarts = (node: string) =>
      tape.evidence.find((e) => e.node === node && e.kind === 'kubernetes.pods')?.attributes.restartsRecent;
    expect(Number(restarts('cart'))).toBeGreaterThan(Number(restarts('redis-cart')));
    const [top] = report.hypotheses;
    expect(`${top?.node}:${top?.cause}`).toBe('redis-cart:oom-killed');
    expect(top?.path).toEqual(['redis-cart', 'cart']);
    expect(top?.explains.map((x) => x.node)).toContain('cart');
    const cart = report.hypotheses.find((h) => h.node === 'cart');
    expect(cart === undefined || cart.confidence < top!.confidence).toBe(true);
  });

  it('a Kubernetes API that fails everything: the report still arrives and says what is missing', async () => {
    const cluster = buildShopCluster({ fault: 'crash-loop', now: NOW });
    kube.setObjects(cluster.objects, cluster.logs);
    kube.setFault(/./, { status: 503 });
    try {
      const { report } = await engine.investigate({
        description: 'payments are failing',
        createdAt: NOW.toISOString(),
      });
      expect(report.conclusive).toBe(false);
      // One entry per collection that failed: payment's, and its caller checkout's (a witness in scope).
      expect(report.missingEvidence.length).toBeGreaterThan(0);
      for (const missing of report.missingEvidence)
        expect(missing).toEqual(expect.objectContaining({ source: 'kubernetes', status: 'unavailable' }));
    } finally {
      kube.clearFaults();
    }
  });

  it('events forbidden (403): still diagnosed, and the report says what could not be read', async () => {
    const cluster = buildShopCluster({ fault: 'crash-loop', now: NOW });
    kube.setObjects(cluster.objects, cluster.logs);
    kube.setFault(/\/events$/, { status: 403 });
    try {
      const { report, tape } = await engine.investigate({
        description: 'payments are failing',
        createdAt: NOW.toISOString(),
      });
      expect(`${report.hypotheses[0]?.node}:${report.hypotheses[0]?.cause}`).toBe('payment:crash-loop');
      const access = tape.evidence.find((e) => e.node === 'payment' && e.kind === 'kubernetes.access');
      // Namespace events and the events of the nodes payment and its caller checkout run on were
      // refused; nothing else was.
      expect(access?.attributes.denied).toEqual([
        'list events in shop',
        'list events of node node-a',
        'list events of node node-c',
      ]);
    } finally {
      kube.clearFaults();
    }
  });

  it('only reads: no write request ever reaches the API server', () => {
    expect(kube.requests.length).toBeGreaterThan(50);
    expect(kube.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(kube.requests.filter((r) => /\/(secrets|configmaps)/.test(r.path))).toEqual([]);
  });
});
