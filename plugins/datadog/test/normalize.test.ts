// The pure mapping from Datadog objects to evidence attributes: tags, monitor categories, deploy
// detection, metric classification, the current value (peak span average) and the onset.
import { describe, expect, it } from 'vitest';
import type { Component } from 'culprit/sdk';
import {
  componentTags,
  eventsAttributes,
  fitsContext,
  isDeployEvent,
  metricAttributes,
  metricType,
  metricsAttributes,
  monitorCategories,
  peakSpanMean,
  renderTagTemplate,
  scopeTags,
} from '../normalize.js';

const MIN = 60_000;
const T = Date.parse('2026-11-22T14:30:00Z');
const window = { from: T - 60 * MIN, to: T };
const baseline = { from: window.from - 1440 * MIN, to: window.to - 1440 * MIN };
const opts = { deviationRatio: 2, spanMs: 10 * MIN, saturationThreshold: 90 };
const component = (id: string, tags: string[], extra: Partial<Component> = {}): Component => ({
  id,
  kind: 'service',
  aliases: [],
  addresses: [],
  tags,
  labels: {},
  ...extra,
});
const minutes = (end: number, values: number[]): [number, number][] =>
  values.map((v, i) => [end - (values.length - 1 - i) * MIN, v]);

describe('tags', () => {
  const checkout = component('checkout', ['service:checkout', 'env:prod', 'team:payments'], {
    team: 'payments',
    kubernetes: { namespace: 'shop', workload: { kind: 'Deployment', name: 'checkoutservice' } },
  });
  const payment = component('payment', ['service:payment', 'env:prod', 'team:payments']);
  const all = [checkout, payment];

  it('renders the template from the component', () => {
    expect(renderTagTemplate('service:{id}', checkout)).toBe('service:checkout');
    expect(renderTagTemplate('kube_deployment:{workload}', checkout)).toBe('kube_deployment:checkoutservice');
    expect(renderTagTemplate('kube_namespace:{namespace}', payment)).toBeUndefined();
  });

  it('identifies a component by its template tag and the tags only it carries; shared tags narrow', () => {
    expect(componentTags(checkout, all, 'service:{id}', { kubernetes: false })).toEqual({
      identity: ['service:checkout'],
      context: ['env:prod', 'team:payments'],
    });
    expect(componentTags(checkout, all, 'app:{id}', { kubernetes: false })).toEqual({
      identity: ['app:checkout', 'service:checkout'],
      context: ['env:prod', 'team:payments'],
    });
    // With the Agent's Kubernetes tags: the workload identifies, the namespace only narrows.
    expect(componentTags(checkout, all, 'service:{id}')).toEqual({
      identity: ['kube_deployment:checkoutservice', 'service:checkout'],
      context: ['env:prod', 'kube_namespace:shop', 'team:payments'],
    });
  });

  it('reads the scope of a monitor query and rejects another value of a context key', () => {
    expect(
      scopeTags('avg(last_5m):avg:system.cpu.user{service:checkout,env:prod,!host:a} by {host} > 90'),
    ).toEqual(['service:checkout', 'env:prod']);
    expect(scopeTags('avg:x{service:a AND env:prod}')).toEqual(['service:a', 'env:prod']);
    expect(fitsContext(['service:checkout'], ['env:prod'])).toBe(true);
    expect(fitsContext(['service:checkout', 'env:prod'], ['env:prod'])).toBe(true);
    expect(fitsContext(['service:checkout', 'env:staging'], ['env:prod'])).toBe(false);
  });
});

describe('monitors and events', () => {
  it('categorizes monitors by name, query and type', () => {
    const cat = (name: string, query = '', type = 'metric alert') => monitorCategories({ name, query, type });
    expect(cat('CPU throttling on checkout')).toEqual(['cpu']);
    expect(cat('Pods', 'avg:kubernetes.memory.usage_pct{service:cart} > 95')).toEqual(['memory']);
    expect(cat('DNS lookups failing')).toEqual(['dns', 'errors']);
    expect(cat('TCP retransmits', 'avg:system.net.tcp.retrans_segs{service:a} > 10')).toEqual(['network']);
    expect(cat('Connection refused to payment')).toEqual(['connections']);
    expect(cat('Checkout p99', 'p99:trace.http.request.duration{service:checkout} > 1')).toEqual(['latency']);
    expect(cat('Stripe API', 'check', 'synthetics alert')).toEqual(['availability']);
  });

  it('recognizes deployments', () => {
    const ev = (title: string, source = 'My Apps', tags: string[] = [], text = '') =>
      isDeployEvent({ title, source, tags, text });
    expect(ev('Deployed checkout v2.4.1')).toBe(true);
    expect(ev('checkout 2.4.1', 'deployment')).toBe(true);
    expect(ev('checkout 2.4.1', 'My Apps', ['deployment'])).toBe(true);
    expect(ev('checkout 2.4.1', 'My Apps', ['event_type:deploy'])).toBe(true);
    expect(ev('Build #42 finished', 'jenkins', [], 'deployed to production')).toBe(true);
    expect(ev('Build #42 failed', 'jenkins', [], 'unit tests failed')).toBe(false);
    expect(ev('[Triggered] Checkout error rate is high', 'Monitor Alert')).toBe(false);
  });

  it('counts events inside the window only and finds the deploy before the regression', () => {
    const e = (id: number, minutesAgo: number, title: string, alertType = 'info') => ({
      id,
      title,
      text: '',
      at: T - minutesAgo * MIN,
      tags: ['service:checkout'],
      alertType,
      source: 'My Apps',
    });
    const events = [
      e(1, 90, 'Deployed v1'), // before the window
      e(2, 30, 'Deployed v2'),
      e(3, 10, 'Deployed v3'),
      e(4, 5, 'Errors', 'error'),
    ];
    expect(eventsAttributes(events, window, T - 20 * MIN)).toEqual({
      total: 3,
      deploys: 2,
      errors: 1,
      warnings: 0,
      latestDeploy: { title: 'Deployed v3', at: '2026-11-22T14:20:00.000Z', source: 'My Apps' },
      deployBeforeRegression: true,
      regressionDeploy: { title: 'Deployed v2', at: '2026-11-22T14:00:00.000Z', source: 'My Apps' },
      titles: ['Errors', 'Deployed v3', 'Deployed v2'],
    });
    expect(eventsAttributes(events, window, T - 40 * MIN).deployBeforeRegression).toBe(false);
    expect(eventsAttributes(events, window, null).regressionDeploy).toBe(null);
  });
});

describe('metrics', () => {
  it('classifies metrics by name, then by the metric in the query', () => {
    expect(metricType('error-rate', '')).toBe('error-rate');
    expect(metricType('error_rate', '')).toBe('error-rate');
    expect(metricType('latency_p99', '')).toBe('latency');
    expect(metricType('latency', '')).toBe('latency');
    expect(metricType('saturation', '')).toBe('saturation');
    expect(metricType('cpu', '')).toBe('saturation');
    expect(metricType('connection-errors', '')).toBe('network');
    expect(metricType('tcp_retransmits', '')).toBe('network');
    expect(metricType('m1', 'sum:trace.http.request.errors{service:a}.as_rate()')).toBe('error-rate');
    expect(metricType('m2', 'avg:system.net.tcp.retrans_segs{service:a}')).toBe('network');
    expect(metricType('throughput', 'sum:trace.http.request.hits{service:a}')).toBe('other');
  });

  it('current is the highest average over a span inside the window; short windows average all', () => {
    const points = minutes(T, [...Array<number>(51).fill(1), ...Array<number>(10).fill(7)]);
    expect(peakSpanMean(points, window, 10 * MIN)).toBe(7);
    // One spike does not make a span: 9 × 1 and one 11 average to 2.
    const spike = minutes(T, [...Array<number>(55).fill(1), 11, ...Array<number>(5).fill(1)]);
    expect(peakSpanMean(spike, window, 10 * MIN)).toBe(2);
    expect(peakSpanMean(minutes(T, [1, 2, 3]), { from: T - 2 * MIN, to: T }, 10 * MIN)).toBe(2);
    expect(peakSpanMean([], window, 10 * MIN)).toBe(null);
  });

  it('up against the baseline, with the onset where the metric stays up (an early lone spike is not it)', () => {
    const today = minutes(T, [
      ...Array<number>(20).fill(2),
      9,
      ...Array<number>(30).fill(2),
      ...Array<number>(10).fill(10),
    ]);
    const yesterday = minutes(T - 1440 * MIN, Array<number>(61).fill(2));
    const series = (points: [number, number][]) => [{ metric: 'm', scope: 's', points }];
    const m = metricAttributes(
      { name: 'error-rate', query: '', current: series(today), baseline: series(yesterday) },
      window,
      baseline,
      opts,
    );
    expect(m).toEqual({
      type: 'error-rate',
      current: 10,
      baseline: 2,
      ratio: 5,
      up: true,
      since: T - 9 * MIN,
    });
    const flat = metricAttributes(
      {
        name: 'latency',
        query: '',
        current: series(yesterday.map(([t, v]) => [t + 1440 * MIN, v * 1.5])),
        baseline: series(yesterday),
      },
      window,
      baseline,
      opts,
    );
    expect(flat).toEqual({ type: 'latency', current: 3, baseline: 2, ratio: 1.5, up: false, since: null });
    const nothing = metricAttributes(
      { name: 'x', query: '', current: [], baseline: [] },
      window,
      baseline,
      opts,
    );
    expect(nothing).toEqual({
      type: 'other',
      current: null,
      baseline: null,
      ratio: null,
      up: false,
      since: null,
    });
  });

  it('flags saturation against the threshold and skips metric names that clash with a flag', () => {
    const at = (value: number, end: number) => [
      { metric: 'm', scope: 's', points: minutes(end, Array<number>(61).fill(value)) },
    ];
    const { attributes, regressionSince } = metricsAttributes(
      [
        { name: 'saturation', query: '', current: at(95, T), baseline: at(60, T - 1440 * MIN) },
        { name: 'errorRateUp', query: '', current: at(1, T), baseline: at(1, T - 1440 * MIN) },
      ],
      window,
      baseline,
      opts,
    );
    expect(regressionSince).toBe(null);
    expect(attributes).toEqual({
      saturation: { type: 'saturation', current: 95, baseline: 60, ratio: 1.58, up: false, since: null },
      names: ['saturation'],
      errorRateUp: false,
      errorRateRatio: null,
      latencyUp: false,
      latencyRatio: null,
      saturationHigh: true,
      saturationLevel: 95,
      networkUp: false,
      networkRatio: null,
      regressionSince: null,
    });
  });
});
