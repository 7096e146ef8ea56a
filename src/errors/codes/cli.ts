// Codes raised by src/cli/. Every code here has a row in docs/errors.md (a test checks).
import { defineErrors } from '../error-definition.js';

export const cliErrors = defineErrors({
  ERR_TOPOLOGY_DISCOVERY_FAILED: {
    message: 'Topology discovery from Kubernetes failed: {{reason}}',
    status: 502,
  },
});
