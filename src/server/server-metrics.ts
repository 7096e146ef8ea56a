// The Prometheus registry of the service and its instruments; /metrics renders it. Gauges that
// mirror live state read it when scraped rather than being kept in step by hand.
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { EventHub } from './event-hub.js';

export type ServerMetrics = ReturnType<typeof createServerMetrics>;

export function createServerMetrics(hub: EventHub) {
  const registry = new Registry();
  return {
    registry,
    accepted: new Counter({
      name: 'culprit_incidents_accepted_total',
      help: 'Incidents accepted',
      labelNames: ['source'],
      registers: [registry],
    }),
    byStatus: new Gauge({
      name: 'culprit_incidents',
      help: 'Incidents by status',
      labelNames: ['status'],
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'culprit_investigation_duration_seconds',
      help: 'Investigation duration',
      buckets: [0.1, 0.5, 1, 2, 5, 10, 30, 60, 120],
      registers: [registry],
    }),
    collectorFailures: new Counter({
      name: 'culprit_collector_failures_total',
      help: 'Collector failures',
      labelNames: ['collector', 'status'],
      registers: [registry],
    }),
    webhookRejections: new Counter({
      name: 'culprit_webhook_rejections_total',
      help: 'Rejected webhooks',
      labelNames: ['source', 'reason'],
      registers: [registry],
    }),
    subscribers: new Gauge({
      name: 'culprit_sse_subscribers',
      help: 'Open SSE subscribers',
      registers: [registry],
      collect() {
        this.set(hub.subscribers);
      },
    }),
  };
}
