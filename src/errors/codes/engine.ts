// Codes raised by src/engine/ (the composition root and the Engine API).
import { defineErrors } from '../error-definition.js';

export const engineErrors = defineErrors({
  ERR_ENGINE_UNKNOWN_COMPONENT: { message: 'No component named {{name}} in the topology', status: 400 },
  ERR_ENGINE_CLOSED: { message: 'The engine is closed', status: 503 },
});
