// Codes raised by src/eval/ (scenario corpora, `culprit eval`). Every code here has a row in
// docs/errors.md (a test checks).
import { defineErrors } from '../error-definition.js';

export const evalErrors = defineErrors({
  ERR_EVAL_UNKNOWN_COMPONENT: {
    message: 'scenario {{scenario}}: {{field}} names component {{component}}, which topology {{topology}} does not have',
    status: 400,
  },
  ERR_EVAL_ID_MISMATCH: {
    message: 'scenario id {{id}} does not match its folder {{expected}} (<system>/<folder>)',
    status: 400,
  },
  ERR_EVAL_NO_SCENARIOS: { message: 'no scenario.yaml found under {{paths}}', status: 400 },
  ERR_EVAL_DUPLICATE_ID: { message: 'scenario id {{id}} is already used by {{first}}', status: 400 },
  ERR_EVAL_SCENARIO_FAILED: { message: 'scenario {{scenario}} could not be run: {{reason}}', status: 500 },
  ERR_EVAL_BELOW_THRESHOLD: {
    message: '{{metric}} of split {{split}} is {{value}}, below the threshold {{threshold}} ({{source}})',
    status: 500,
  },
});
