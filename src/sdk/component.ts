// The read-only view of the knowledge graph that plugins, rules and the pipeline see. The topology
// layer implements it; nothing outside src/topology/ touches graphology directly.
export type ComponentKind =
  | 'service'
  | 'database'
  | 'cache'
  | 'queue'
  | 'external'
  | 'node'
  | 'gateway'
  | 'storage'
  | 'job'
  | 'frontend';

export const COMPONENT_KINDS: readonly ComponentKind[] = [
  'service',
  'database',
  'cache',
  'queue',
  'external',
  'node',
  'gateway',
  'storage',
  'job',
  'frontend',
];

export interface KubernetesMapping {
  namespace: string;
  /** The cluster the workload runs in (a key of the kubernetes plugin's `clusters`); absent: the default one. */
  cluster?: string;
  workload?: { kind: 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'Job' | 'CronJob'; name: string };
  /** Pod label selector (matchLabels). */
  selector?: Record<string, string>;
  /** For kind: node — the Kubernetes Node name. */
  nodeName?: string;
}

export interface Component {
  id: string;
  kind: ComponentKind;
  name?: string;
  team?: string;
  description?: string;
  aliases: string[];
  /** host:port (or host) names that callers use to reach this component. */
  addresses: string[];
  kubernetes?: KubernetesMapping;
  /** Tags for monitoring systems, e.g. `service:checkout` for Datadog. */
  tags: string[];
  /** Metric queries attached to the component by name (error-rate, latency, saturation …). */
  metrics?: Record<string, string>;
  labels: Record<string, string>;
  /** Set on nodes added during an investigation (e.g. a Kubernetes Node found by a collector). */
  discovered?: boolean;
}

export type EdgeType = 'depends-on' | 'runs-on' | 'owned-by';

export interface Edge {
  from: string;
  to: string;
  type: EdgeType;
  /** e.g. `critical: true`, protocol, free-form notes from the topology. */
  attributes: Record<string, unknown>;
}

export interface TraversalOptions {
  /** Maximum number of hops (default: unlimited, bounded by the graph). */
  depth?: number;
}

export interface GraphView {
  readonly size: number;
  has(id: string): boolean;
  component(id: string): Component | undefined;
  components(): IterableIterator<Component>;
  /** Resolves an id, alias, address (host or host:port) or Kubernetes workload name. */
  resolve(name: string): Component | undefined;
  findByAddress(address: string): Component | undefined;
  findByWorkload(namespace: string, name: string): Component | undefined;
  /** Direct edges out of / into a node. */
  outEdges(id: string, type?: EdgeType): Edge[];
  inEdges(id: string, type?: EdgeType): Edge[];
  /** What `id` depends on (depends-on edges), breadth-first, nearest first, without `id` itself. */
  dependencies(id: string, options?: TraversalOptions): string[];
  /** What depends on `id`, breadth-first, nearest first, without `id` itself. */
  dependents(id: string, options?: TraversalOptions): string[];
  /** Nodes `id` runs on (runs-on edges). */
  runsOn(id: string): string[];
  /** Shortest path from → to following depends-on and runs-on edges; undefined when none. */
  path(from: string, to: string): string[] | undefined;
  /** Nodes within `depth` hops in either direction, over all edge types. */
  neighbourhood(id: string, depth: number): string[];
  /** An owning team as the topology declares it. */
  team(id: string): Team | undefined;
}

/** An owning team as the topology declares it: who to pull into a war room. */
export interface Team {
  id: string;
  name: string;
  slack?: { channel?: string; users?: string[] };
  members: { name?: string; email?: string; slack?: string }[];
}
