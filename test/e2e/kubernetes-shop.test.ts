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

  it('only reads: no write request ever reaches the API server', () => {
    expect(kube.requests.length).toBeGreaterThan(50);
    expect(kube.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(kube.requests.filter((r) => /\/(secrets|configmaps)/.test(r.path))).toEqual([]);
  });
});
