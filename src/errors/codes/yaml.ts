// Codes for reading YAML and checking documents against JSON Schemas.
import { defineErrors } from '../error-definition.js';

export const yamlErrors = defineErrors({
  ERR_YAML_SYNTAX: { message: 'YAML syntax error: {{reason}}', status: 400 },
  ERR_YAML_ALIAS: {
    message: 'YAML aliases are not allowed (alias expansion is off)',
    status: 400,
  },
  ERR_YAML_DUPLICATE_KEY: { message: 'duplicate key {{key}}', status: 400 },
  ERR_YAML_FORBIDDEN_KEY: {
    message: 'key {{key}} is not allowed',
    status: 400,
  },
  ERR_YAML_TOO_DEEP: { message: 'document nests deeper than {{limit}} levels', status: 400 },
  ERR_YAML_UNKNOWN_TAG: {
    message: 'YAML tag {{tag}} is not allowed (only plain JSON-compatible values are read)',
    status: 400,
  },
  ERR_SCHEMA_INVALID: { message: '{{pointer}} {{reason}}', status: 400 },
  ERR_SCHEMA_UNKNOWN: { message: 'No JSON Schema with id {{id}}', status: 500 },
});
