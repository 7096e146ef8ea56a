// The kubernetes plugin against an API server that fails: 500 then 200, 429 with Retry-After, calls
// that hang, 403. Counts the attempts and times the waits; evidence still arrives where it can.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  assertNoSecrets,
  buildShopCluster,
  describeCollectorContract,
  loadTestGraph,
  runCollector,
  startFakeKubernetes,
  type FakeKubernetes,
} from 'culprit/testing';
import type { Evidence, GraphView } from 'culprit/sdk';
import plugin from '../index.js';

const NOW = new Date('2026-11-22T14:30:00Z');
const TOKEN = 'fake-token-do-not-log-0123456789';
const PODS = /\/api\/v1\/namespaces\/shop\/pods$/;
const EVENTS = /\/api\/v1\/namespaces\/shop\/events$/;

const kube: FakeKubernetes = await startFakeKubernetes();
const graph: GraphView = await loadTestGraph('knowledge-graph');
const cluster = buildShopCluster({ fault: 'oom-killed', now: NOW });
kube.setObjects(cluster.objects, cluster.logs);
const config = { kubeconfig: kube.kubeconfig, requestTimeoutMs: 400 };

const collect = (nodes: string[], extra: Record<string, unknown> = {}) =>
  runCollector(plugin as never, { ...config, ...extra }, { graph, nodes, at: NOW });
const calls = (path: RegExp, since: number) => kube.requests.slice(since).filter((r) => path.test(r.path));
const kinds = (evidence: Evidence[] | undefined, node: string) =>
  (evidence ?? []).filter((e) => e.node === node).map((e) => e.kind);
const statusOf = (err: unknown) => (err as { collectorStatus?: string } | undefined)?.collectorStatus;

afterEach(() => kube.clearFaults());
afterAll(() => kube.close());

describe('kubernetes plugin: retries, timeouts and permissions', () => {
  it('500 twice then 200: three attempts with exponential backoff, then the evidence', async () => {
    kube.setFault(PODS, { status: 500, times: 2 });
    const since = kube.requests.length;
    const run = await collect(['cart']);
    expect(calls(PODS, since).map((r) => r.status)).toEqual([500, 500, 200]);
    // Backoff 200 ms then 400 ms, each with equal jitter (at least half of it).
    expect(run.elapsedMs).toBeGreaterThanOrEqual(100 + 200);
    expect(kinds(run.result?.evidence, 'cart')).toContain('kubernetes.pods');
    expect(kinds(run.result?.evidence, 'cart')).not.toContain('kubernetes.access');
  });

  it('500 for good: gives up after maxRetries + 1 attempts and names the failed call', async () => {
    kube.setFault(EVENTS, { status: 500 });
    const since = kube.requests.length;
    const run = await collect(['cart'], { maxRetries: 1 });
    expect(calls(EVENTS, since).map((r) => r.status)).toEqual([500, 500]);
    const access = run.result?.evidence.find((e) => e.kind === 'kubernetes.access');
    expect(access?.attributes.failed).toEqual(['list events in shop: HTTP 500']);
    expect(kinds(run.result?.evidence, 'cart')).toEqual(expect.arrayContaining(['kubernetes.pods']));
    expect(kinds(run.result?.evidence, 'cart')).not.toContain('kubernetes.events');
  });

  it('429 with Retry-After: 1 waits the second the server asked for, once', async () => {
    kube.setFault(PODS, { status: 429, times: 1, retryAfterSeconds: 1 });
    const since = kube.requests.length;
    const run = await collect(['cart']);
    expect(calls(PODS, since).map((r) => r.status)).toEqual([429, 200]);
    expect(run.elapsedMs).toBeGreaterThanOrEqual(1000);
    expect(run.elapsedMs).toBeLessThan(1000 + 2000);
    expect(kinds(run.result?.evidence, 'cart')).toContain('kubernetes.pods');
  });

  it('a call that hangs is cut at requestTimeoutMs and tried again once', async () => {
    kube.setFault(PODS, { hang: true, times: 1 });
    const since = kube.requests.length;
    const run = await collect(['cart']);
    expect(calls(PODS, since).map((r) => r.status)).toEqual([0, 200]); // 0: never answered
    expect(run.elapsedMs).toBeGreaterThanOrEqual(400);
    expect(kinds(run.result?.evidence, 'cart')).toContain('kubernetes.pods');
  });

  it('an API server that hangs on everything: the collector ends, bounded, as unavailable', async () => {
    kube.setFault(/./, { hang: true });
    const since = kube.requests.length;
    const run = await collect(['cart', 'checkout', 'frontend', 'redis-cart', 'payment', 'email']);
    expect(statusOf(run.error)).toBe('unavailable');
    expect(String((run.error as Error).message)).toMatch(/timeout/);
    // Two attempts per call until the breaker opens after three failed calls (up to three more were
    // already in flight: four components are read at a time); after that, no request at all.
    expect(calls(/./, since).length).toBeLessThanOrEqual((3 + 3) * 2);
    expect(run.elapsedMs).toBeLessThan(5_000);
  });

  it('403 is recorded as permission-denied evidence and never retried', async () => {
    kube.setFault(EVENTS, { status: 403 });
    const since = kube.requests.length;
    const run = await collect(['cart']);
    expect(calls(EVENTS, since).map((r) => r.status)).toEqual([403]);
    const access = run.result?.evidence.find((e) => e.kind === 'kubernetes.access');
    expect(access?.attributes.denied).toEqual(['list events in shop']);
    expect(kinds(run.result?.evidence, 'cart')).toContain('kubernetes.pods');
  });

  it('403 on everything: the collector fails as permission-denied after one request per call', async () => {
    kube.setFault(/./, { status: 403 });
    const since = kube.requests.length;
    const run = await collect(['cart', 'redis-cart']);
    expect(statusOf(run.error)).toBe('permission-denied');
    const paths = calls(/./, since).map((r) => `${r.path}${r.query}`);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('keeps the kubeconfig token out of every error, log line and evidence item', async () => {
    const runs = [await collect(['cart'])];
    kube.setFault(/./, { status: 500 });
    runs.push(await collect(['cart'], { maxRetries: 0 }));
    kube.clearFaults();
    kube.setFault(/./, { status: 403 });
    runs.push(await collect(['cart']));
    for (const run of runs) {
      assertNoSecrets(
        [TOKEN],
        [
          JSON.stringify(run.result ?? {}),
          ...run.logs,
          run.error instanceof Error ? `${run.error.message} ${run.error.stack}` : '',
        ],
      );
    }
    expect(runs.map((r) => statusOf(r.error) ?? 'ok')).toEqual(['ok', 'unavailable', 'permission-denied']);
  });

  it('caps log reads by lines and bytes', async () => {
    const since = kube.requests.length;
    await collect(['cart'], { logTailLines: 7, logLimitBytes: 2048 });
    const logCalls = kube.requests.slice(since).filter((r) => r.path.endsWith('/log'));
    expect(logCalls.length).toBeGreaterThan(0);
    for (const r of logCalls)
      expect(r.query).toMatch(/tailLines=7.*limitBytes=2048|limitBytes=2048.*tailLines=7/);
  });

  it('a 400 for a waiting container’s log is an answer, not an outage: later calls still run', async () => {
    // Containers that never started (ImagePullBackOff) have no log: kube-apiserver answers 400.
    const pulling = buildShopCluster({ fault: 'image-pull', now: NOW });
    kube.setObjects(pulling.objects, pulling.logs);
    try {
      const since = kube.requests.length;
      const run = await collect(['product-catalog', 'cart', 'checkout'], { maxRetries: 0 });
      const logCalls = kube.requests.slice(since).filter((r) => r.path.endsWith('/log'));
      expect(logCalls.map((r) => r.status)).toContain(400);
      const access = run.result?.evidence.find((e) => e.kind === 'kubernetes.access');
      expect(access?.attributes.failed ?? []).toEqual([]);
      expect(kinds(run.result?.evidence, 'checkout')).toContain('kubernetes.pods');
    } finally {
      kube.setObjects(cluster.objects, cluster.logs);
    }
  });
});

describeCollectorContract(plugin as never, {
  config,
  graph,
  secrets: [TOKEN],
  scope: (g) => ({
    incident: {
      id: 'contract',
      description: 'checkout is failing',
      source: 'test',
      labels: {},
      entities: [],
      createdAt: NOW.toISOString(),
    },
    nodes: ['cart', 'redis-cart', 'checkout'].map((id) => g.component(id)!),
    window: { from: new Date(NOW.getTime() - 3_600_000).toISOString(), to: NOW.toISOString() },
  }),
});
