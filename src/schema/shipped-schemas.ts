// The shipped JSON Schemas (../../schemas) and the one way an Ajv for them is configured, shared by
// the runtime and the build step that emits them as standalone validator code (scripts/compile-schemas.mjs).
// Ajv is required lazily: a process served by the precompiled validators never loads it.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Ajv2020Module from 'ajv/dist/2020.js';
import type { Ajv2020, Options, ValidateFunction } from 'ajv/dist/2020.js';
import type standaloneCodeModule from 'ajv/dist/standalone/index.js';
import { packagePath } from './package-root.js';

const require = createRequire(import.meta.url);

/** Where `npm run build` writes the precompiled validators (CommonJS: Ajv's runtime helpers are required). */
export const PRECOMPILED_VALIDATORS = ['dist', 'schemas', 'validators.cjs'] as const;

const AJV_OPTIONS: Options = {
  allErrors: true,
  strict: true,
  strictRequired: false,
  useDefaults: true,
  allowUnionTypes: true,
  // Errors carry their schema and value so a typo gets a did-you-mean (messages still never echo
  // the value: see describeAjvError).
  verbose: true,
};

export interface ShippedSchemas {
  schemas: ({ $id: string } & Record<string, unknown>)[];
  /** Of the schema files, the Ajv options and Ajv's version: precompiled code is used only when it matches. */
  hash: string;
}

export function readShippedSchemas(): ShippedSchemas {
  const digest = createHash('sha256');
  digest.update(JSON.stringify(AJV_OPTIONS));
  digest.update((require('ajv/package.json') as { version: string }).version);
  const schemas = readdirSync(packagePath('schemas'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => {
      const text = readFileSync(packagePath('schemas', name), 'utf8');
      digest.update(name).update('\0').update(text);
      return JSON.parse(text) as ShippedSchemas['schemas'][number];
    });
  return { schemas, hash: digest.digest('hex') };
}

/** A new Ajv configured for the shipped schemas (`source: true` keeps the code for the build step). */
export function createCulpritAjv(code: { source?: boolean } = {}): Ajv2020 {
  const { Ajv2020: AjvClass } = require('ajv/dist/2020.js') as typeof Ajv2020Module;
  const addFormats = require('ajv-formats') as (ajv: Ajv2020) => Ajv2020;
  const ajv = new AjvClass({ ...AJV_OPTIONS, ...(code.source ? { code: { source: true } } : {}) });
  addFormats(ajv);
  // Annotations: a secret-marked field is redacted in every error and log; docs text is informational.
  ajv.addKeyword({ keyword: 'x-secret', schemaType: 'boolean' });
  ajv.addKeyword({ keyword: 'x-docs', schemaType: 'string' });
  return ajv;
}

/** The key a schema without a shipped $id (a built-in plugin's configSchema) is precompiled under. */
export function schemaKey(schema: object): string {
  return `culprit:schema:${createHash('sha256').update(JSON.stringify(schema)).digest('hex')}`;
}

/**
 * Standalone CommonJS for every shipped schema (keyed by $id) and for `extra` schemas (keyed by
 * schemaKey: the built-in plugins' config schemas), stamped with the shipped schemas' hash.
 */
export function precompiledValidatorsCode(extra: readonly object[] = []): string {
  const { schemas, hash } = readShippedSchemas();
  const ajv = createCulpritAjv({ source: true });
  for (const schema of schemas) ajv.addSchema(schema);
  const keys = schemas.map((s) => s.$id);
  for (const schema of extra) {
    const key = schemaKey(schema);
    if (keys.includes(key)) continue;
    ajv.addSchema(schema, key);
    keys.push(key);
  }
  const standaloneCode = (
    require('ajv/dist/standalone/index.js') as { default: typeof standaloneCodeModule.default }
  ).default;
  const code = standaloneCode(ajv, Object.fromEntries(keys.map((k) => [k, k])));
  return `${code}\nexports[${JSON.stringify(HASH_EXPORT)}] = ${JSON.stringify(hash)};\n`;
}

const HASH_EXPORT = '@culprit/schemas-hash';

/**
 * The build's validators by $id, or an empty map when there is no build output or it was built from
 * other schemas (then the caller compiles at run time, as before).
 */
export function loadPrecompiledValidators(): Map<string, ValidateFunction> {
  const file = packagePath(...PRECOMPILED_VALIDATORS);
  if (!existsSync(file)) return new Map();
  const { hash } = readShippedSchemas();
  const mod = require(file) as Record<string, unknown>;
  if (mod[HASH_EXPORT] !== hash) return new Map();
  return new Map(
    Object.entries(mod).filter((e): e is [string, ValidateFunction] => typeof e[1] === 'function'),
  );
}
