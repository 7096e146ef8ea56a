// Build step (after tsc): emits the shipped JSON Schemas and the built-in plugins' config schemas as
// standalone Ajv validator code, so `culprit` neither imports Ajv nor compiles schemas at start-up.
// The runtime compiles as before when this output is missing or was built from other schemas
// (src/schema/shipped-schemas.ts).
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packagePath } from '../dist/src/schema/package-root.js';
import { PRECOMPILED_VALIDATORS, precompiledValidatorsCode } from '../dist/src/schema/shipped-schemas.js';

const configSchemas = [];
for (const id of readdirSync(packagePath('dist', 'plugins')).sort()) {
  const mod = await import(pathToFileURL(packagePath('dist', 'plugins', id, 'index.js')).href);
  if (mod.default?.configSchema) configSchemas.push(mod.default.configSchema);
}
const file = packagePath(...PRECOMPILED_VALIDATORS);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, precompiledValidatorsCode(configSchemas));
console.log(`compile-schemas: ${file} (shipped schemas + ${configSchemas.length} plugin config schemas)`);
