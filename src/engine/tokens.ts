// Injection tokens of the composition root. Callers override a service by token
// (`providers: [{ token: TOKENS.clock, useValue: () => fixed }]`); tokens are explicit symbols
// because vitest's transform emits no decorator metadata.
export const TOKENS = {
  clock: Symbol.for('culprit.clock'),
  logger: Symbol.for('culprit.logger'),
  extractor: Symbol.for('culprit.extractor'),
  explainer: Symbol.for('culprit.explainer'),
  graph: Symbol.for('culprit.graph'),
  evaluator: Symbol.for('culprit.evaluator'),
  pluginHost: Symbol.for('culprit.pluginHost'),
} as const;

export type EngineToken = (typeof TOKENS)[keyof typeof TOKENS];

export interface Provider {
  token: EngineToken;
  useValue: unknown;
}
