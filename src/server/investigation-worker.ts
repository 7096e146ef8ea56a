// The queue worker wired to the engine: claims stored incidents, extracts what the API did not,
// investigates, and counts durations and collector failures. Shared by `culprit serve` and
// `culprit worker`; it imports no HTTP framework, so a worker process never loads one.
import type { Engine } from '../engine/index.js';
import type { Incident, InvestigationEvent, Logger } from '../sdk/index.js';
import { createQueueWorker, type IncidentStore, type QueueWorker } from '../store/index.js';
import type { ServerMetrics } from './server-metrics.js';

export interface InvestigationWorkerOptions {
  engine: Engine;
  store: IncidentStore;
  workerId: string;
  concurrency: number;
  leaseMs: number;
  metrics: Pick<ServerMetrics, 'duration' | 'collectorFailures'>;
  logger?: Logger;
  /** Each event once stored (SSE fan-out in the API process). */
  onEvent?: (event: InvestigationEvent) => void;
}

export function createInvestigationWorker(options: InvestigationWorkerOptions): QueueWorker {
  const { engine, metrics } = options;
  return createQueueWorker({
    store: options.store,
    workerId: options.workerId,
    concurrency: options.concurrency,
    leaseMs: options.leaseMs,
    ...(options.logger ? { logger: options.logger } : {}),
    run: async (record, ctx) => {
      const started = performance.now();
      try {
        const incident = await withExtraction(engine, record.incident, ctx.signal);
        const { report, tape } = await engine.investigate(incident, {
          signal: ctx.signal,
          onEvent: ctx.onEvent,
          notificationLog: ctx.notificationLog,
          ...(record.incident.requestId ? { logFields: { request_id: record.incident.requestId } } : {}),
        });
        return { report, tape };
      } finally {
        metrics.duration.observe((performance.now() - started) / 1000);
      }
    },
    onEvent: (event) => {
      if (event.type === 'collector.failed') {
        const d = event.data as { collector: string; status: string };
        metrics.collectorFailures.inc({ collector: d.collector, status: d.status });
      }
      options.onEvent?.(event);
    },
  });
}

/**
 * Accept first, extract in the worker: the entities and symptoms of an incident stored without
 * extraction are found here, before investigating. Entities given explicitly are kept as stored.
 */
async function withExtraction(engine: Engine, incident: Incident, signal: AbortSignal): Promise<Incident> {
  if ((incident.symptoms?.length ?? 0) > 0 || incident.entities.some((e) => e.via !== 'explicit'))
    return incident;
  const extracted = await engine.prepare(
    {
      description: incident.description,
      labels: incident.labels,
      source: incident.source,
      id: incident.id,
      createdAt: incident.createdAt,
    },
    { signal },
  );
  const seen = new Set(incident.entities.map((e) => e.node));
  const window = incident.window ?? extracted.window;
  return {
    ...incident,
    entities: [...incident.entities, ...extracted.entities.filter((e) => !seen.has(e.node))],
    symptoms: extracted.symptoms,
    ...(window ? { window } : {}),
  };
}
