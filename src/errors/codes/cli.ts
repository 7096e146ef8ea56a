// Codes raised by src/cli/. Every code here has a row in docs/errors.md (a test checks).
import { defineErrors } from '../error-definition.js';

export const cliErrors = defineErrors({
  ERR_TOPOLOGY_DISCOVERY_FAILED: {
    message: 'Topology discovery from Kubernetes failed: {{reason}}',
    status: 502,
  },
  ERR_CLI_NO_EVIDENCE_SOURCE: {
    message:
      '{{command}} has no evidence source: pass --kubeconfig <file> (or set KUBECONFIG), list plugins in culprit.yaml (plugins: [{ module: culprit/plugins/kubernetes }]), set DD_API_KEY and DD_APP_KEY for Datadog, or replay a tape with --evidence <tape.json>',
    status: 400,
  },
  ERR_CLI_PORT_IN_USE: {
    message: 'Port {{port}} on {{host}} is already in use: stop what holds it, or pass --port 0 for any free port',
    status: 500,
  },
  ERR_CLI_AGENT_TOKEN_FILE: { message: 'Cannot read an agent token from {{path}}', status: 400 },
});
