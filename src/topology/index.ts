// Barrel of the topology layer: loading, checking and querying the knowledge graph.
export { createGraphOverlay } from './graph-overlay.js';
export { topologyDrift, type DriftOptions, type DriftReport, type TopologyComponentLike } from './drift.js';
export { KnowledgeGraph, type EdgeInput } from './knowledge-graph.js';
export {
  checkTopology,
  createKnowledgeGraph,
  DEFAULT_MAX_TOPOLOGY_FILE_BYTES,
  expandYamlPaths,
  loadTopology,
  type TopologyCheck,
  type TopologyLoadOptions,
} from './load-topology.js';
export type {
  ComponentDefinition,
  DependencyRef,
  TeamDefinition,
  TopologyDocument,
} from './topology-document.js';
