// Codes raised by src/server/. Every code here has a row in docs/errors.md (a test checks).
import { defineErrors } from '../error-definition.js';

export const serverErrors = defineErrors({});
