// Evidence: one observed fact about one graph node, as collectors produce it and rules read it.
// A collector failure is evidence too (kind `collector.status`), never an exception that ends an investigation.
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export type CollectorStatus =
  | 'ok'
  | 'timeout'
  | 'error'
  | 'invalid'
  | 'truncated'
  | 'unavailable'
  | 'permission-denied';

export interface Evidence {
  /** Graph node id the fact is about. */
  node: string;
  /** Collector id that produced it (`<plugin>` or `<plugin>.<name>`). */
  source: string;
  /** Namespaced kind, e.g. `kubernetes.pods`, `kubernetes.node`, `datadog.monitors`. One item per (node, kind) is the norm. */
  kind: string;
  attributes: Record<string, JsonValue>;
  /** ISO-8601 time the fact was observed. */
  observedAt: string;
  /** The Kubernetes cluster the fact was read from, when the component names one. */
  cluster?: string;
}

/** Kind of the evidence the host records when a collector could not deliver. */
export const COLLECTOR_STATUS_KIND = 'collector.status';

export interface DiscoveredNode {
  id: string;
  kind: 'node' | 'storage' | 'external';
  name?: string;
  /** Components in scope that run on (or use) this node. */
  usedBy: string[];
  edgeType: 'runs-on' | 'depends-on';
}

export interface CollectorResult {
  evidence: Evidence[];
  /** Infrastructure found while collecting (e.g. the Kubernetes Nodes a workload's pods run on). */
  discovered?: DiscoveredNode[];
}
