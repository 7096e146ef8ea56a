// Barrel of the agent layer: the outbound cluster agent and the engine's collector for its clusters.
export {
  AGENT_COLLECTOR_ID,
  agentClusters,
  createAgentCollectorPlugin,
  type AgentClusterOptions,
} from './agent-collector.js';
export {
  buildCollectionRequest,
  readCollectionRequest,
  type CollectionRequest,
} from './collection-request.js';
export { backoffMs, runAgent, type AgentOptions } from './run-agent.js';
