// The datadog plugin against an API that fails: 500 then 200, 429 with Retry-After or
// X-RateLimit-Reset, calls that hang, 403 and wrong keys. Counts the attempts and times the waits;
// evidence still arrives where it can, and the keys never show.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  assertNoSecrets,
  describeCollectorContract,
  loadTestGraph,
  runCollector,
  startFakeDatadog,
  type FakeDatadog,
} from 'culprit/testing';
import type { Evidence, GraphView } from 'culprit/sdk';
import plugin from '../index.js';
import { NOW, shopData } from './fixtures.js';

const MONITORS = /^\/api\/v1\/monitor$/;
const EVENTS = /^\/api\/v1\/events$/;
const QUERY = /^\/api\/v1\/query$/;

const dd: FakeDatadog = await startFakeDatadog(shopData());
const graph: GraphView = await loadTestGraph('knowledge-graph');
// Retries and failures, counted per call: the namespace-wide pod lookups (kubernetesTags) are left out.
const config = {
  apiKey: dd.apiKey,
  appKey: dd.appKey,
  baseUrl: dd.url,
  requestTimeoutMs: 400,
  kubernetesTags: false,
};
const SECRETS = [dd.apiKey, dd.appKey];

const collect = (nodes: string[], extra: Record<string, unknown> = {}) =>
  runCollector(plugin as never, { ...config, ...extra }, { graph, nodes, at: NOW });
const calls = (path: RegExp, since: number) => dd.requests.slice(since).filter((r) => path.test(r.path));
const kinds = (evidence: Evidence[] | undefined, node: string) =>
  (evidence ?? []).filter((e) => e.node === node).map((e) => e.kind);
const statusOf = (err: unknown) => (err as { collectorStatus?: string } | undefined)?.collectorStatus;
const access = (evidence: Evidence[] | undefined) =>
  evidence?.find((e) => e.kind === 'datadog.access')?.attributes;

afterEach(() => dd.clearFaults());
afterAll(() => dd.close());

describe('datadog plugin: retries, timeouts and permissions', () => {
  it('500 twice then 200: three attempts with exponential backoff, then the evidence', async () => {
    dd.setFault(EVENTS, { status: 500, times: 2 });
    const since = dd.requests.length;
    const run = await collect(['checkout']);
    expect(calls(EVENTS, since).map((r) => r.status)).toEqual([500, 500, 200]);
    // Backoff 200 ms then 400 ms, each with equal jitter (at least half of it).
    expect(run.elapsedMs).toBeGreaterThanOrEqual(100 + 200);
    expect(kinds(run.result?.evidence, 'checkout')).toContain('datadog.events');
    expect(kinds(run.result?.evidence, 'checkout')).not.toContain('datadog.access');
  });

  it('503 for good: gives up after maxRetries + 1 attempts and names the failed call', async () => {
    dd.setFault(EVENTS, { status: 503 });
    const since = dd.requests.length;
    const run = await collect(['checkout'], { maxRetries: 1 });
    expect(calls(EVENTS, since).map((r) => r.status)).toEqual([503, 503]);
    expect(access(run.result?.evidence)).toEqual({
      denied: [],
      failed: ['list events tagged service:checkout: HTTP 503'],
    });
    expect(kinds(run.result?.evidence, 'checkout').sort()).toEqual([
      'datadog.access',
      'datadog.metrics',
      'datadog.monitors',
    ]);
  });

  it('429 with Retry-After: 1 waits the second the server asked for, once', async () => {
    // the same collection without the fault, just before: what the machine takes without any wait (a loaded CI
    // machine takes seconds), so that the bound below is on the wait itself
    const baseline = await collect(['checkout']);
    dd.setFault(EVENTS, { status: 429, times: 1, retryAfterSeconds: 1 });
    const since = dd.requests.length;
    const run = await collect(['checkout']);
    expect(calls(EVENTS, since).map((r) => r.status)).toEqual([429, 200]);
    expect(run.elapsedMs).toBeGreaterThanOrEqual(1000);
    // one wait of about a second: not two, not a default back-off of its own
    expect(run.elapsedMs - baseline.elapsedMs).toBeLessThan(1000 + 1500);
    expect(kinds(run.result?.evidence, 'checkout')).toContain('datadog.events');
  });

  it('429 with only X-RateLimit-Reset (what Datadog sends) waits until the reset', async () => {
    dd.setFault(EVENTS, { status: 429, times: 1, rateLimitResetSeconds: 1 });
    const since = dd.requests.length;
    const run = await collect(['checkout']);
    expect(calls(EVENTS, since).map((r) => r.status)).toEqual([429, 200]);
    expect(run.elapsedMs).toBeGreaterThanOrEqual(1000);
    expect(kinds(run.result?.evidence, 'checkout')).toContain('datadog.events');
  });

  it('a call that hangs is cut at requestTimeoutMs and tried again once', async () => {
    dd.setFault(EVENTS, { hang: true, times: 1 });
    const since = dd.requests.length;
    const run = await collect(['checkout']);
    expect(calls(EVENTS, since).map((r) => r.status)).toEqual([0, 200]); // 0: never answered
    expect(run.elapsedMs).toBeGreaterThanOrEqual(400);
    expect(kinds(run.result?.evidence, 'checkout')).toContain('datadog.events');
  });

  it('a call that keeps hanging is tried twice, then reported as a timeout', async () => {
    dd.setFault(QUERY, { hang: true });
    const since = dd.requests.length;
    const run = await collect(['checkout']);
    // Two attempts for each of the first queries; once three calls in a row failed, the breaker
    // skips the rest without a request.
    expect(calls(QUERY, since).every((r) => r.status === 0)).toBe(true);
    expect(calls(QUERY, since).length).toBeLessThanOrEqual(4 * 2);
    const failed = access(run.result?.evidence)?.failed as string[];
    expect(failed[0]).toMatch(/^query .*: timeout$/);
    expect(kinds(run.result?.evidence, 'checkout').sort()).toEqual([
      'datadog.access',
      'datadog.events',
      'datadog.monitors',
    ]);
  });

  it('an API that hangs on everything: the collector ends, bounded, as unavailable', async () => {
    dd.setFault(/./, { hang: true });
    const since = dd.requests.length;
    const run = await collect(['checkout', 'cart', 'frontend', 'payment', 'email', 'redis-cart']);
    expect(statusOf(run.error)).toBe('unavailable');
    expect(String((run.error as Error).message)).toMatch(/timeout/);
    // Four components at a time with two calls each in flight, two attempts per call: the monitor
    // calls fail, then the metric queries (a worker whose pair failed first may start one more pair
    // before the breaker opens); two endpoints down means the API is down: no request after that.
    expect(calls(/./, since).length).toBeLessThanOrEqual(4 * 2 * 2 * 2 + 2 * 2);
    expect(calls(EVENTS, since)).toEqual([]);
    expect(run.elapsedMs).toBeLessThan(5_000);
  });

  it('403 is recorded as permission-denied evidence and never retried', async () => {
    dd.setFault(EVENTS, { status: 403 });
    const since = dd.requests.length;
    const run = await collect(['checkout']);
    expect(calls(EVENTS, since).map((r) => r.status)).toEqual([403]);
    expect(access(run.result?.evidence)).toEqual({
      denied: ['list events tagged service:checkout'],
      failed: [],
    });
    expect(kinds(run.result?.evidence, 'checkout')).toEqual(
      expect.arrayContaining(['datadog.monitors', 'datadog.metrics']),
    );
    expect(kinds(run.result?.evidence, 'checkout')).not.toContain('datadog.events');
  });

  it('a key without timeseries_query: metrics are denied once, the rest is collected', async () => {
    dd.setFault(QUERY, { status: 403 });
    const since = dd.requests.length;
    const run = await collect(['checkout', 'cart']);
    // The first queries are refused; after that the plugin knows and asks no more.
    expect(calls(QUERY, since).length).toBeLessThanOrEqual(4);
    expect(new Set((access(run.result?.evidence)?.denied as string[]).map((d) => d.split(' ')[0]))).toEqual(
      new Set(['query']),
    );
    expect(kinds(run.result?.evidence, 'cart')).toEqual(
      expect.arrayContaining(['datadog.monitors', 'datadog.events']),
    );
    expect(kinds(run.result?.evidence, 'cart')).not.toContain('datadog.metrics');
  });

  it('403 on everything: the collector fails as permission-denied after one request per call', async () => {
    dd.setFault(/./, { status: 403 });
    const since = dd.requests.length;
    const run = await collect(['checkout', 'cart']);
    expect(statusOf(run.error)).toBe('permission-denied');
    const paths = calls(/./, since).map((r) => `${r.path}${r.query}`);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('wrong keys: Datadog answers 403 Forbidden, the collector fails as permission-denied', async () => {
    const since = dd.requests.length;
    const run = await collect(['checkout'], { appKey: 'not-the-application-key-0000' });
    expect(statusOf(run.error)).toBe('permission-denied');
    expect(calls(MONITORS, since).map((r) => r.status)).toEqual([403, 403]);
    assertNoSecrets(
      ['not-the-application-key-0000', dd.apiKey],
      [String((run.error as Error).message), String((run.error as Error).stack), ...run.logs],
    );
  });

  it('an aborted investigation stops promptly', async () => {
    dd.setFault(/./, { hang: true });
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 100);
    const run = await runCollector(
      plugin as never,
      { ...config, requestTimeoutMs: 5000 },
      { graph, nodes: ['checkout'], at: NOW, signal: controller.signal },
    );
    expect(Date.now() - started).toBeLessThan(1000);
    expect(statusOf(run.error)).toBe('unavailable');
  });

  it('keeps the API and application keys out of every error, log line and evidence item', async () => {
    const runs = [await collect(['checkout'])];
    dd.setFault(/./, { status: 500 });
    runs.push(await collect(['checkout'], { maxRetries: 0 }));
    dd.clearFaults();
    dd.setFault(/./, { status: 403 });
    runs.push(await collect(['checkout']));
    for (const run of runs) {
      assertNoSecrets(SECRETS, [
        JSON.stringify(run.result ?? {}),
        ...run.logs,
        run.error instanceof Error ? `${run.error.message} ${run.error.stack}` : '',
        JSON.stringify((run.error as { details?: unknown } | undefined)?.details ?? {}),
      ]);
    }
    expect(runs.map((r) => statusOf(r.error) ?? 'ok')).toEqual(['ok', 'unavailable', 'permission-denied']);
  });
});

describeCollectorContract(plugin as never, {
  config,
  graph,
  secrets: SECRETS,
  scope: (g) => ({
    incident: {
      id: 'contract',
      description: 'checkout is failing',
      source: 'test',
      labels: {},
      entities: [],
      createdAt: NOW.toISOString(),
    },
    nodes: ['checkout', 'cart', 'stripe'].map((id) => g.component(id)!),
    window: { from: new Date(NOW.getTime() - 3_600_000).toISOString(), to: NOW.toISOString() },
  }),
});
