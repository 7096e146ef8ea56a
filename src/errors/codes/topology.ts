// Codes raised by src/topology/ while loading and checking the knowledge graph.
import { defineErrors } from '../error-definition.js';

export const topologyErrors = defineErrors({
  ERR_TOPOLOGY_UNKNOWN_NODE: { message: '{{from}} refers to unknown component {{id}}{{hint}}', status: 400 },
  ERR_TOPOLOGY_DUPLICATE_ID: { message: 'component {{id}} is already defined at {{first}}', status: 400 },
  ERR_TOPOLOGY_DUPLICATE_ALIAS: {
    message: '{{name}} of {{id}} is already claimed by component {{owner}}',
    status: 400,
  },
  ERR_TOPOLOGY_SELF_DEPENDENCY: { message: 'component {{id}} depends on itself', status: 400 },
  ERR_TOPOLOGY_EMPTY: { message: 'no components found in {{files}}', status: 400 },
  ERR_TOPOLOGY_UNKNOWN_TEAM: { message: 'component {{id}} names unknown team {{team}}', status: 400 },
});
