// Datadog data for the shop at a fixed instant: checkout deployed ten minutes ago and its error
// rate went to 5× its baseline a minute later; a monitor alerts on it. With decoys around: monitors
// in OK and No Data, a staging monitor, an older deploy before the window, other services' data.
import type { FakeDatadogData, FakeDatadogSeries } from 'culprit/testing';

export const NOW = new Date('2026-11-22T14:30:00Z');
export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;
const at = (minutesAgo: number) => NOW.getTime() - minutesAgo * MINUTE;
const seconds = (minutesAgo: number) => Math.floor(at(minutesAgo) / 1000);

export const ERROR_RATE = 'sum:trace.http.request.errors{service:checkout}.as_rate()';
export const LATENCY = 'p99:trace.http.request.duration{service:checkout}';
export const CART_ERRORS = 'sum:trace.http.request.errors{service:cart}.as_rate()';
export const CART_LATENCY = 'p99:trace.http.request.duration{service:cart}';

/** One point a minute over the hour before `end` (ms), inclusive: value(minutesBeforeEnd). */
export function hour(end: number, value: (minutesBeforeEnd: number) => number): [number, number][] {
  return Array.from({ length: 61 }, (_, i) => [end - (60 - i) * MINUTE, value(60 - i)] as [number, number]);
}

/** The same series yesterday (the baseline) and today. */
export function dayOverDay(
  query: string,
  today: (m: number) => number,
  yesterday: (m: number) => number,
): FakeDatadogSeries {
  return { query, points: [...hour(NOW.getTime() - DAY, yesterday), ...hour(NOW.getTime(), today)] };
}

export function shopData(): FakeDatadogData {
  return {
    monitors: [
      {
        id: 101,
        name: 'Checkout error rate is high',
        type: 'query alert',
        query: `sum(last_5m):${ERROR_RATE} > 5`,
        overall_state: 'Alert',
        tags: ['service:checkout', 'env:prod', 'team:payments'],
        modified: '2026-10-01T09:00:00.000Z',
      },
      {
        id: 102,
        name: 'Checkout p99 latency',
        type: 'query alert',
        query: `avg(last_10m):${LATENCY} > 1`,
        overall_state: 'OK',
        tags: ['service:checkout', 'env:prod'],
      },
      {
        id: 103,
        name: 'Checkout pods reporting',
        type: 'metric alert',
        query: 'avg(last_5m):sum:kubernetes.pods.running{service:checkout} < 1',
        overall_state: 'No Data',
        tags: ['service:checkout'],
      },
      {
        id: 104,
        name: 'Checkout CPU (staging)',
        type: 'metric alert',
        query: 'avg(last_5m):avg:system.cpu.user{service:checkout,env:staging} > 90',
        overall_state: 'Alert',
        tags: ['service:checkout', 'env:staging'],
      },
      {
        id: 105,
        name: 'Cart memory high',
        type: 'metric alert',
        query: 'avg(last_5m):avg:kubernetes.memory.usage_pct{service:cart} > 95',
        overall_state: 'Alert',
        tags: ['service:cart', 'env:prod'],
      },
      {
        // No monitor tags: found through its query scope.
        id: 106,
        name: 'High 5xx on the checkout ingress',
        type: 'query alert',
        query: 'avg(last_5m):sum:nginx.ingress.requests_5xx{service:checkout,env:prod} > 10',
        overall_state: 'Warn',
      },
    ],
    events: [
      {
        id: 1001,
        title: 'Deployed checkout v2.4.1 to prod',
        text: 'Rolled out by the pipeline',
        date_happened: seconds(10),
        tags: ['service:checkout', 'env:prod', 'deployment'],
        alert_type: 'info',
        source_type_name: 'github',
      },
      {
        id: 1002,
        title: 'Deployed checkout v2.4.0 to prod',
        date_happened: seconds(180),
        tags: ['service:checkout', 'env:prod', 'deployment'],
        alert_type: 'info',
        source_type_name: 'github',
      },
      {
        id: 1003,
        title: '[Triggered on {service:checkout}] Checkout error rate is high',
        date_happened: seconds(5),
        tags: ['service:checkout', 'env:prod', 'monitor'],
        alert_type: 'error',
        source_type_name: 'Monitor Alert',
      },
      {
        id: 1004,
        title: 'Deployed cart v1.9.0',
        date_happened: seconds(15),
        tags: ['service:cart', 'env:prod'],
        alert_type: 'info',
        source_type_name: 'deployment',
      },
      {
        id: 1005,
        title: 'Deployed checkout v2.5.0-rc1 to staging',
        date_happened: seconds(20),
        tags: ['service:checkout', 'env:staging'],
        alert_type: 'info',
        source_type_name: 'deployment',
      },
    ],
    series: [
      // Errors: 2/s yesterday and until the deploy; 10/s from a minute after it.
      dayOverDay(
        ERROR_RATE,
        (m) => (m <= 9 ? 10 : 2),
        () => 2,
      ),
      dayOverDay(
        LATENCY,
        () => 0.25,
        () => 0.25,
      ),
      dayOverDay(
        CART_ERRORS,
        () => 1,
        () => 1,
      ),
      dayOverDay(
        CART_LATENCY,
        () => 0.1,
        () => 0.1,
      ),
    ],
  };
}
