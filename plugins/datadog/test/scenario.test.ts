// The datadog plugin on the shop: checkout deployed ten minutes ago, its error rate went to 5× the
// baseline and a monitor alerts on it. Exact evidence, with the decoys (monitors in OK / No Data, a
// staging monitor, a deploy before the window, other services' data) left out.
import { afterAll, describe, expect, it } from 'vitest';
import { loadTestGraph, runCollector, startFakeDatadog, type FakeDatadog } from 'culprit/testing';
import type { Evidence, GraphView } from 'culprit/sdk';
import plugin from '../index.js';
import { CART_ERRORS, NOW, shopData } from './fixtures.js';

const dd: FakeDatadog = await startFakeDatadog(shopData());
const graph: GraphView = await loadTestGraph('knowledge-graph');
// The calls by service tag, counted: Kubernetes tag attribution has its own tests (kubernetes-tags.test.ts).
const config = {
  apiKey: dd.apiKey,
  appKey: dd.appKey,
  baseUrl: dd.url,
  requestTimeoutMs: 1000,
  kubernetesTags: false,
};
afterAll(() => dd.close());

const collect = (nodes: string[], extra: Record<string, unknown> = {}) =>
  runCollector(plugin as never, { ...config, ...extra }, { graph, nodes, at: NOW });
const find = (evidence: Evidence[] | undefined, node: string, kind: string) =>
  evidence?.find((e) => e.node === node && e.kind === kind)?.attributes;

describe('datadog plugin: a bad deploy of checkout', () => {
  it('reports the alerting monitors, the deploy in the window and the error rate against its baseline', async () => {
    const run = await collect(['checkout']);
    expect(run.error).toBeUndefined();
    const evidence = run.result!.evidence;
    expect(evidence.map((e) => `${e.node} ${e.kind} ${e.source}`).sort()).toEqual([
      'checkout datadog.events datadog',
      'checkout datadog.metrics datadog',
      'checkout datadog.monitors datadog',
    ]);

    expect(find(evidence, 'checkout', 'datadog.monitors')).toEqual({
      total: 4, // 101 (Alert), 102 (OK), 103 (No Data), 106 (Warn, by scope); 104 is staging, 105 is cart
      alert: 1,
      warn: 1,
      noData: 1,
      names: ['Checkout error rate is high', 'High 5xx on the checkout ingress'],
      ids: [101, 106],
      types: ['query alert'],
      categories: ['errors'],
    });

    expect(find(evidence, 'checkout', 'datadog.events')).toEqual({
      total: 2, // the deploy and the monitor alert; the older deploy and the staging one are left out
      deploys: 1,
      errors: 1,
      warnings: 0,
      latestDeploy: {
        title: 'Deployed checkout v2.4.1 to prod',
        at: '2026-11-22T14:20:00.000Z',
        source: 'github',
      },
      deployBeforeRegression: true,
      regressionDeploy: {
        title: 'Deployed checkout v2.4.1 to prod',
        at: '2026-11-22T14:20:00.000Z',
        source: 'github',
      },
      titles: [
        '[Triggered on {service:checkout}] Checkout error rate is high',
        'Deployed checkout v2.4.1 to prod',
      ],
    });

    expect(find(evidence, 'checkout', 'datadog.metrics')).toEqual({
      'error-rate': {
        type: 'error-rate',
        current: 10,
        baseline: 2,
        ratio: 5,
        up: true,
        since: '2026-11-22T14:21:00.000Z',
      },
      latency: { type: 'latency', current: 0.25, baseline: 0.25, ratio: 1, up: false, since: null },
      names: ['error-rate', 'latency'],
      errorRateUp: true,
      errorRateRatio: 5,
      latencyUp: false,
      latencyRatio: 1,
      saturationHigh: false,
      saturationLevel: null,
      networkUp: false,
      networkRatio: null,
      regressionSince: '2026-11-22T14:21:00.000Z',
    });
  });

  it('queries the incident window and the same window a day earlier, with the keys in headers only', async () => {
    const since = dd.requests.length;
    await collect(['checkout']);
    const queries = dd.requests.slice(since).filter((r) => r.path === '/api/v1/query');
    const ranges = queries.map((r) => {
      const q = new URLSearchParams(r.query);
      return `${q.get('from')}-${q.get('to')}`;
    });
    const to = NOW.getTime() / 1000;
    expect([...new Set(ranges)].sort()).toEqual(
      [`${to - 3600}-${to}`, `${to - 3600 - 86400}-${to - 86400}`].sort(),
    );
    const events = dd.requests.slice(since).find((r) => r.path === '/api/v1/events')!;
    expect(Object.fromEntries(new URLSearchParams(events.query))).toMatchObject({
      start: String(to - 3600),
      end: String(to),
      tags: 'service:checkout',
    });
    for (const r of dd.requests.slice(since)) {
      expect(r.status).toBe(200);
      expect(r.query).not.toContain(dd.apiKey);
      expect(r.query).not.toContain(dd.appKey);
    }
  });

  it('a healthy service: nothing alerting, no deploy, metrics flat', async () => {
    const run = await collect(['cart']);
    const monitors = find(run.result?.evidence, 'cart', 'datadog.monitors');
    // Cart's memory monitor alerts; nothing else about cart is abnormal.
    expect(monitors).toMatchObject({ alert: 1, names: ['Cart memory high'], categories: ['memory'] });
    expect(find(run.result?.evidence, 'cart', 'datadog.events')).toMatchObject({
      deploys: 1,
      deployBeforeRegression: false,
    });
    expect(find(run.result?.evidence, 'cart', 'datadog.metrics')).toMatchObject({
      errorRateUp: false,
      errorRateRatio: 1,
      latencyUp: false,
      regressionSince: null,
    });
  });

  it('a deploy after the error rate went up does not precede the regression', async () => {
    const data = shopData();
    data.events = data.events!.map((e) =>
      e.id === 1001 ? { ...e, date_happened: Math.floor(NOW.getTime() / 1000) - 5 * 60 } : e,
    );
    dd.setData(data);
    try {
      const run = await collect(['checkout']);
      expect(find(run.result?.evidence, 'checkout', 'datadog.events')).toMatchObject({
        deploys: 1,
        deployBeforeRegression: false,
        regressionDeploy: null,
      });
    } finally {
      dd.setData(shopData());
    }
  });

  it('a component without metrics gets monitors and events only; one without data gets zeros', async () => {
    const run = await collect(['stripe', 'orders-db']);
    const kinds = run.result!.evidence.map((e) => `${e.node} ${e.kind}`).sort();
    expect(kinds).toEqual([
      'orders-db datadog.events',
      'orders-db datadog.monitors',
      'stripe datadog.events',
      'stripe datadog.monitors',
    ]);
    expect(find(run.result?.evidence, 'stripe', 'datadog.monitors')).toEqual({
      total: 0,
      alert: 0,
      warn: 0,
      noData: 0,
      names: [],
      ids: [],
      types: [],
      categories: [],
    });
  });

  it('a metric that was zero the day before and is not now is up, with no ratio', async () => {
    const data = shopData();
    data.series = data.series!.map((s) =>
      s.query === CART_ERRORS
        ? {
            ...s,
            points: s.points.map(([t, v]) => [t, t < NOW.getTime() - 3600_000 ? 0 : v] as [number, number]),
          }
        : s,
    );
    dd.setData(data);
    try {
      const run = await collect(['cart']);
      expect(find(run.result?.evidence, 'cart', 'datadog.metrics')).toMatchObject({
        'error-rate': { current: 1, baseline: 0, ratio: null, up: true, since: '2026-11-22T13:30:00.000Z' },
        errorRateUp: true,
        errorRateRatio: null,
      });
    } finally {
      dd.setData(shopData());
    }
  });

  it('honours tagTemplate and baselineMinutes', async () => {
    const since = dd.requests.length;
    await collect(['checkout'], { tagTemplate: 'app:{id}', baselineMinutes: 60 });
    const sent = dd.requests.slice(since);
    const tags = sent
      .filter((r) => r.path === '/api/v1/monitor' || r.path === '/api/v1/events')
      .map((r) => {
        const q = new URLSearchParams(r.query);
        return q.get('monitor_tags') ?? q.get('tags');
      });
    // The template tag, and service:checkout: a topology tag no other component carries.
    expect([...new Set(tags)].sort()).toEqual(['app:checkout', 'service:checkout']);
    const to = NOW.getTime() / 1000;
    const baselines = sent
      .filter((r) => r.path === '/api/v1/query')
      .map((r) => new URLSearchParams(r.query).get('to'));
    expect([...new Set(baselines)].sort()).toEqual([String(to - 3600), String(to)]);
  });
});
