// What came in (description, source, labels, alerts, entities) and what came out (the Report):
// the shapes plugins, the REST API, the store and the evidence tape all share.
export type IncidentStatus = 'pending' | 'investigating' | 'completed' | 'failed';
export type IncidentSource =
  | 'api'
  | 'cli'
  | 'library'
  | 'alertmanager'
  | 'datadog'
  | 'pagerduty'
  | 'slack'
  | string;
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

export interface IncidentEntity {
  /** Graph node id. */
  node: string;
  /** Text that mapped to it (or `explicit` / a label name). */
  text?: string;
  span?: [number, number];
  score?: number;
  via?:
    | 'explicit'
    | 'id'
    | 'alias'
    | 'address'
    | 'workload'
    | 'pod'
    | 'namespace'
    | 'team'
    | 'fuzzy'
    | 'label'
    | 'llm'
    /** Not named: a frontend looked at in an investigation's second look when the incident named nothing. */
    | 'frontend';
}

export interface SymptomHint {
  /** errors | latency | crash | memory | down | deploy | disk | dns | certificate | … */
  type: string;
  negated?: boolean;
  text?: string;
  span?: [number, number];
}

export interface TimeWindow {
  from: string;
  to: string;
}

/** An alert that came with the incident (webhooks), mapped to a graph node where possible. */
export interface IncidentAlert {
  name: string;
  status: 'firing' | 'resolved';
  severity?: string;
  node?: string;
  labels: Record<string, string>;
  startsAt?: string;
}

export interface Incident {
  id: string;
  description: string;
  source: IncidentSource;
  severity?: Severity;
  labels: Record<string, string>;
  /** Components named by the caller or resolved from the description/alerts. */
  entities: IncidentEntity[];
  symptoms?: SymptomHint[];
  window?: TimeWindow;
  alerts?: IncidentAlert[];
  /** Alerts the sender left out of its payload (Alertmanager `truncatedAlerts`, `max_alerts`). */
  truncatedAlerts?: number;
  createdAt: string;
  /** The id of the HTTP request that submitted it (REST, webhook, Slack), for log correlation. */
  requestId?: string;
}

export type ConfidenceBand = 'high' | 'medium' | 'low';

export interface FindingRef {
  ruleId: string;
  pack: string;
  node: string;
  cause: string;
  weight: number;
  messageId: string;
  message: string;
  /** The fact values that satisfied the rule's conditions (path → value). */
  facts: Record<string, unknown>;
  remediation?: string;
}

export interface SymptomRef {
  ruleId: string;
  pack: string;
  node: string;
  symptom: string;
  /** Node the symptom points at, when the evidence names one (e.g. connection refused to redis-cart). */
  target?: string;
  messageId: string;
  message: string;
  facts: Record<string, unknown>;
}

export interface Factor {
  name: 'evidence' | 'coverage' | 'proximity' | 'inhibition' | string;
  /** Raw value of the factor (e.g. fraction of symptoms explained). */
  value: number;
  /** What it added to (or, negative, took from) the confidence. */
  contribution: number;
  note?: string;
}

export interface Hypothesis {
  rank: number;
  node: string;
  cause: string;
  confidence: number;
  band: ConfidenceBand;
  findings: FindingRef[];
  explains: SymptomRef[];
  /** Graph path from this node to the component the incident names (this node first). */
  path: string[];
  factors: Factor[];
  remediation: string[];
}

export interface MissingEvidence {
  node?: string;
  source: string;
  status: string;
  reason: string;
  /** Catalogue code of the collector's failure, when it has one (e.g. ERR_PLUGIN_WORKER_OUT_OF_MEMORY). */
  code?: string;
  /** The Kubernetes cluster that could not be read, when the failure is one cluster's. */
  cluster?: string;
}

export interface Report {
  incidentId: string;
  conclusive: boolean;
  /** Why the report is inconclusive, when it is. */
  inconclusiveReason?: string;
  hypotheses: Hypothesis[];
  symptoms: SymptomRef[];
  missingEvidence: MissingEvidence[];
  scope: { named: string[]; nodes: string[] };
  entities: IncidentEntity[];
  generatedAt: string;
  rulePacks: { name: string; version: string }[];
}
