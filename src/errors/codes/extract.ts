// Codes raised by src/extract/. Every code here has a row in docs/errors.md (a test checks).
import { defineErrors } from '../error-definition.js';

export const extractErrors = defineErrors({
  ERR_EXTRACT_LLM_NOT_INSTALLED: {
    message: 'An LLM is configured but the optional package {{module}} is not installed: {{reason}}',
    status: 500,
  },
});
