// Investigation events: what the pipeline emits at each stage, what SSE streams and notifiers consume.
import type { Evidence } from './evidence.js';
import type { Incident, Report } from './incident.js';

export interface EventPayloads {
  'investigation.started': { incident: Incident };
  /** Emitted again, with `widened` (the nodes added), when an inconclusive first look widens the scope. */
  'scope.resolved': { named: string[]; nodes: string[]; widened?: string[] };
  'collector.started': { collector: string; nodes: string[] };
  'collector.finished': { collector: string; evidence: number; durationMs: number };
  'collector.failed': {
    collector: string;
    status: string;
    reason: string;
    code?: string;
    durationMs: number;
  };
  'evidence.added': { evidence: Evidence };
  'report.ready': { report: Report };
  'investigation.failed': { code: string; message: string };
  'notification.sent': { notifier: string; event: string };
  'notification.failed': { notifier: string; event: string; reason: string };
}

export type InvestigationEventType = keyof EventPayloads;

export interface InvestigationEvent<T extends InvestigationEventType = InvestigationEventType> {
  /** 1-based, strictly increasing within one investigation. */
  seq: number;
  type: T;
  incidentId: string;
  at: string;
  data: EventPayloads[T];
}
