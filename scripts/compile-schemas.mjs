// Build step (after tsc): emits the shipped JSON Schemas and the built-in plugins' config schemas as
// standalone Ajv validator code, so `culprit` neither imports Ajv nor compiles schemas at start-up,
// and the shipped YAML (rules/, knowledge-graph/) parsed once, as JSON keyed by each file's hash.
// The runtime compiles as before when this output is missing or was built from other schemas
// (src/schema/shipped-schemas.ts).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packagePath } from '../dist/src/schema/package-root.js';
import { PRECOMPILED_VALIDATORS, precompiledValidatorsCode } from '../dist/src/schema/shipped-schemas.js';
import { YAML_CACHE, yamlCacheContent } from '../dist/src/schema/yaml-cache.js';

const configSchemas = [];
for (const id of readdirSync(packagePath('dist', 'plugins')).sort()) {
  const mod = await import(pathToFileURL(packagePath('dist', 'plugins', id, 'index.js')).href);
  if (mod.default?.configSchema) configSchemas.push(mod.default.configSchema);
}
const file = packagePath(...PRECOMPILED_VALIDATORS);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, precompiledValidatorsCode(configSchemas));
console.log(`compile-schemas: ${file} (shipped schemas + ${configSchemas.length} plugin config schemas)`);

// The cache is removed first: the texts must be parsed by this build's reader, not read back from it.
const yamlCache = packagePath(...YAML_CACHE);
rmSync(yamlCache, { force: true });
const { parseYaml } = await import('../dist/src/schema/yaml-document.js');
const yamlFiles = ['rules', 'knowledge-graph'].flatMap((dir) =>
  readdirSync(packagePath(dir), { recursive: true })
    .map(String)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(packagePath(dir), f)),
);
writeFileSync(
  yamlCache,
  yamlCacheContent(
    yamlFiles.map((f) => readFileSync(f, 'utf8')),
    (text) => {
      const parsed = parseYaml(text, '<build>', Infinity);
      return parsed.problems.length === 0 ? parsed.source.data : undefined;
    },
  ),
);
console.log(`compile-schemas: ${yamlCache} (${yamlFiles.length} shipped YAML files)`);
