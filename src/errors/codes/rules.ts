// Codes raised by src/rules/ while loading, checking and testing rule packs.
import { defineErrors } from '../error-definition.js';

export const rulesErrors = defineErrors({
  ERR_RULES_NO_PACK: { message: 'no rule pack (pack.yaml) found at {{path}}', status: 400 },
  ERR_RULES_UNKNOWN_OPERATOR: { message: 'rule {{rule}} uses unknown operator {{operator}}', status: 400 },
  ERR_RULES_UNKNOWN_CAUSE: {
    message: 'rule {{rule}} names cause {{cause}}, which is neither built in nor declared by the pack',
    status: 400,
  },
  ERR_RULES_INVALID_PATH: {
    message: 'rule {{rule}}: {{path}} is not a plain dotted path (a.b.0.c)',
    status: 400,
  },
  ERR_RULES_UNFILLABLE_PLACEHOLDER: {
    message: 'rule {{rule}}: placeholder {{placeholder}} names no fact the rule reads',
    status: 400,
  },
  ERR_RULES_UNKNOWN_MESSAGE: {
    message: 'rule {{rule}}: messageId {{messageId}} is not in messages',
    status: 400,
  },
  ERR_RULES_INVALID_REGEX: { message: 'rule {{rule}}: invalid regular expression: {{reason}}', status: 400 },
  ERR_RULES_UNSAFE_REGEX: { message: 'rule {{rule}}: unsafe regular expression: {{reason}}', status: 400 },
  ERR_RULES_INVALID_VALUE: {
    message: 'rule {{rule}}: operator {{operator}} rejects its value: {{reason}}',
    status: 400,
  },
  ERR_RULES_DUPLICATE_ID: { message: 'rule id {{id}} is already used in pack {{pack}}', status: 400 },
  ERR_RULES_DUPLICATE_PACK: { message: 'rule pack {{pack}} is loaded twice', status: 400 },
  ERR_RULES_ID_MISMATCH: { message: 'file {{file}} holds rule {{id}}; name it {{id}}.yaml', status: 400 },
  ERR_RULES_ENGINE_MISMATCH: {
    message: 'pack {{pack}} needs Culprit {{range}}, this is {{version}}',
    status: 400,
  },
  ERR_RULES_MISSING_TEST: { message: 'rule {{rule}} has no tests/{{rule}}.yaml', status: 400 },
  ERR_RULES_MISSING_DOC: { message: 'rule {{rule}} has no docs/{{rule}}.md', status: 400 },
  ERR_RULES_ORPHAN_FILE: { message: '{{file}} belongs to no rule of the pack', status: 400 },
  ERR_RULES_TEST_FAILED: { message: '{{case}}: {{failure}}', status: 400 },
});
