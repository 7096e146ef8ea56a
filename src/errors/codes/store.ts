// Codes raised by src/store/. Every code here has a row in docs/errors.md (a test checks).
import { defineErrors } from '../error-definition.js';

export const storeErrors = defineErrors({});
