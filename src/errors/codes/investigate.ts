// Codes raised by src/investigate/ (the pipeline, evidence tapes and replays).
import { defineErrors } from '../error-definition.js';

export const investigateErrors = defineErrors({
  ERR_INVESTIGATION_FAILED: { message: 'Investigation failed: {{reason}}', status: 500 },
  ERR_TAPE_INVALID: { message: 'Evidence tape {{file}} is invalid: {{reason}}', status: 400 },
});
