// The public shape of a running engine: what embedders, the REST service and the CLI call.
// createEngine() (engine/create-engine.ts) builds it; nothing here depends on tsyringe.
import type {
  DiscoveredNode,
  Evidence,
  GraphView,
  Incident,
  IncidentEntity,
  InvestigationEvent,
  Report,
  Severity,
  TimeWindow,
} from '../sdk/index.js';
import type { EvidenceTape } from '../investigate/index.js';
import type { NotificationLog } from '../plugins/index.js';

export interface IncidentInput {
  /** Free text from a person or an alert summary. */
  description: string;
  /** Component ids / aliases named explicitly by the caller. */
  entities?: string[];
  labels?: Record<string, string>;
  severity?: Severity;
  source?: string;
  window?: TimeWindow;
  /** Supply to make the investigation reproducible (otherwise a UUID). */
  id?: string;
  createdAt?: string;
}

export interface InvestigateOptions {
  signal?: AbortSignal;
  onEvent?: (event: InvestigationEvent) => void;
  /** Recorded evidence to use besides what collectors return (offline runs, scenario tests). */
  evidence?: readonly Evidence[];
  discovered?: readonly DiscoveredNode[];
  /** Extra fields on every log line of this investigation (e.g. `request_id`). */
  logFields?: Record<string, string>;
  /** What notifiers already did for this incident, so a resumed investigation does not repeat it. */
  notificationLog?: NotificationLog;
}

export interface InvestigationResult {
  incident: Incident;
  report: Report;
  tape: EvidenceTape;
}

export interface Engine {
  readonly graph: GraphView;
  /**
   * Turns an input into an Incident (id, entities, symptoms, window) without investigating it.
   * `extract: false` resolves only the explicit entities and skips the extractor (and its LLM).
   */
  prepare(input: IncidentInput, options?: { signal?: AbortSignal; extract?: boolean }): Promise<Incident>;
  investigate(input: IncidentInput | Incident, options?: InvestigateOptions): Promise<InvestigationResult>;
  /** A short paragraph for chat about a finished report (template, or the LLM when configured). */
  explain(report: Report, options?: { signal?: AbortSignal }): Promise<string>;
  /** Async iterator over one investigation's events (ends after report.ready / investigation.failed). */
  events(
    input: IncidentInput | Incident,
    options?: { signal?: AbortSignal },
  ): AsyncIterable<InvestigationEvent>;
  close(): Promise<void>;
}

export type { IncidentEntity };
