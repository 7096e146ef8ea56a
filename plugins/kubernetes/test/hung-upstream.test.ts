// The kubernetes plugin against an API server that never answers: every call cut by the timeout must
// really end its request, so twenty collections leave no socket open on the server behind them.
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildShopCluster,
  loadTestGraph,
  runCollector,
  startFakeKubernetes,
  type FakeKubernetes,
} from 'culprit/testing';
import type { GraphView } from 'culprit/sdk';
import plugin from '../index.js';

const NOW = new Date('2026-11-22T14:30:00Z');
const kube: FakeKubernetes = await startFakeKubernetes();
const graph: GraphView = await loadTestGraph('knowledge-graph');
const cluster = buildShopCluster({ fault: 'oom-killed', now: NOW });
kube.setObjects(cluster.objects, cluster.logs);
afterAll(() => kube.close());

/** Polls the server's open connections until at most `max` (the close of a socket is asynchronous). */
async function settledConnections(max: number): Promise<number> {
  let n = await kube.connections();
  for (let i = 0; i < 50 && n > max; i++) {
    await new Promise((r) => setTimeout(r, 50));
    n = await kube.connections();
  }
  return n;
}

describe('kubernetes plugin: hung API server', () => {
  it('20 collections whose calls all time out leave no connection open', { timeout: 60_000 }, async () => {
    const before = await kube.connections();
    kube.setFault(/./, { hang: true });
    const since = kube.requests.length;
    for (let i = 0; i < 20; i++) {
      const run = await runCollector(
        plugin as never,
        { kubeconfig: kube.kubeconfig, requestTimeoutMs: 100, maxRetries: 1 },
        { graph, nodes: ['cart', 'checkout', 'frontend', 'redis-cart'], at: NOW },
      );
      expect((run.error as { collectorStatus?: string }).collectorStatus).toBe('unavailable');
    }
    const hung = kube.requests.slice(since).filter((r) => r.status === 0).length;
    expect(hung).toBeGreaterThanOrEqual(20);
    expect(await settledConnections(before)).toBe(before);
    kube.clearFaults();
  });
});

describe('kubernetes client: bounded sockets, close ends everything', () => {
  it('each call cut by its timeout ends its request: one client, no close, no socket left', async () => {
    const { createKubeClient } = await import('../kube-client.js');
    kube.setFault(/./, { hang: true });
    const before = await kube.connections();
    const client = createKubeClient({ kubeconfig: kube.kubeconfig, requestTimeoutMs: 100, maxRetries: 0 });
    for (let i = 0; i < 20; i++) {
      const reader = client.reader(new AbortController().signal);
      expect(await reader.listPods('shop', `app=c${i}`)).toBeUndefined();
      expect(reader.failed).toEqual([`list pods in shop: timeout`]);
      reader.dispose();
    }
    expect(await settledConnections(before)).toBe(before);
    client.close();
    kube.clearFaults();
  });

  it('40 concurrent hung calls hold at most 16 sockets; close() ends them all at once', async () => {
    const { createKubeClient } = await import('../kube-client.js');
    kube.setFault(/./, { hang: true });
    const before = await kube.connections();
    const client = createKubeClient({ kubeconfig: kube.kubeconfig, requestTimeoutMs: 60_000, maxRetries: 0 });
    const reader = client.reader(new AbortController().signal);
    const since = kube.requests.length;
    const calls = Array.from({ length: 40 }, (_, i) =>
      reader.listPods('shop', `app=c${i}`).catch(() => 'ended'),
    );
    for (let i = 0; i < 100 && kube.requests.length - since < 16; i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(kube.requests.length - since).toBe(16);
    expect(await kube.connections()).toBeLessThanOrEqual(before + 16);
    client.close();
    const settled = await Promise.all(calls);
    expect(settled).toHaveLength(40);
    expect(await settledConnections(before)).toBe(before);
    kube.clearFaults();
  });
});
