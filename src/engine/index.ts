// Barrel of the composition root: createEngine, its tokens and the Engine types.
export { createEngine, ENGINE_VERSION, type EngineOptions } from './create-engine.js';
export type { Engine, IncidentInput, InvestigateOptions, InvestigationResult } from './engine-types.js';
export { createLogger, type LoggerOptions } from './logger.js';
export { TOKENS, type EngineToken, type Provider } from './tokens.js';
