// The one catalogue of coded errors, joined from the per-area tables in codes/. createError() is the
// only way code in src/ builds a CulpritError, so every thrown code is documented and has a status.
import { CulpritError } from './culprit-error.js';
import { cliErrors } from './codes/cli.js';
import { coreErrors } from './codes/core.js';
import { correlateErrors } from './codes/correlate.js';
import { engineErrors } from './codes/engine.js';
import { evalErrors } from './codes/eval.js';
import { extractErrors } from './codes/extract.js';
import { mcpErrors } from './codes/mcp.js';
import { investigateErrors } from './codes/investigate.js';
import { pluginsErrors } from './codes/plugins.js';
import { rulesErrors } from './codes/rules.js';
import { serverErrors } from './codes/server.js';
import { snapshotErrors } from './codes/snapshot.js';
import { storeErrors } from './codes/store.js';
import { topologyErrors } from './codes/topology.js';
import { yamlErrors } from './codes/yaml.js';
import type { ErrorDefinition } from './error-definition.js';

export const errorCatalogue = {
  ...coreErrors,
  ...yamlErrors,
  ...topologyErrors,
  ...rulesErrors,
  ...correlateErrors,
  ...pluginsErrors,
  ...extractErrors,
  ...investigateErrors,
  ...storeErrors,
  ...engineErrors,
  ...serverErrors,
  ...cliErrors,
  ...snapshotErrors,
  ...evalErrors,
  ...mcpErrors,
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof errorCatalogue;

export function renderTemplate(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'string' ? value : JSON.stringify(value);
  });
}

export function createError(
  code: ErrorCode,
  details: Record<string, unknown> = {},
  options: { cause?: unknown } = {},
): CulpritError {
  const definition: ErrorDefinition = errorCatalogue[code];
  return new CulpritError(code, renderTemplate(definition.message, details), {
    details,
    cause: options.cause,
    status: definition.status ?? 500,
  });
}
