// Codes shared by every area: internal faults, bad arguments, cancellation.
import { defineErrors } from '../error-definition.js';

export const coreErrors = defineErrors({
  ERR_INTERNAL: { message: 'Internal error: {{reason}}', status: 500 },
  ERR_INVALID_ARGUMENT: { message: 'Invalid argument {{name}}: {{reason}}', status: 400 },
  ERR_ABORTED: { message: 'Operation aborted: {{reason}}', status: 499 },
  ERR_FILE_NOT_FOUND: { message: 'File not found: {{file}}', status: 400 },
  ERR_FILE_TOO_LARGE: { message: '{{file}} is {{size}} bytes; the limit is {{limit}} bytes', status: 413 },
});
