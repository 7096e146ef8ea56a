// The single Ajv instance (JSON Schema 2020-12) and the validators of the shipped ../../schemas:
// precompiled at build time when that code matches the schemas on disk, else compiled here on first
// use. Schema errors become Problems located in the YAML source; secret-marked values never reach a message.
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { createError } from '../errors/index.js';
import { closestNames, suggestionText } from './closest-name.js';
import { createProblem, type Problem } from './problem.js';
import {
  createCulpritAjv,
  loadPrecompiledValidators,
  readShippedSchemas,
  schemaKey,
} from './shipped-schemas.js';
import type { YamlSource } from './yaml-document.js';

export const SCHEMA_BASE = 'https://culprit.dev/schemas/';

let instance: Ajv2020 | undefined;
let precompiled: Map<string, ValidateFunction> | undefined;

export function getAjv(): Ajv2020 {
  if (instance) return instance;
  const ajv = createCulpritAjv();
  for (const schema of readShippedSchemas().schemas) ajv.addSchema(schema);
  instance = ajv;
  return ajv;
}

/** Validator for a shipped schema, by file name (`topology.schema.json`) or full $id. */
export function getValidator<T = unknown>(name: string): ValidateFunction<T> {
  const id = name.startsWith('http') ? name : SCHEMA_BASE + name;
  // Compiling the shipped schemas (and importing Ajv to do it) was the largest single cost of
  // `culprit serve` start-up; the build emits the same validators as code (scripts/compile-schemas.mjs).
  precompiled ??= loadPrecompiledValidators();
  const ready = precompiled.get(id);
  if (ready) return ready as ValidateFunction<T>;
  const validate = getAjv().getSchema<T>(id);
  if (!validate) throw createError('ERR_SCHEMA_UNKNOWN', { id });
  return validate;
}

/** Compiles a schema that is not shipped in schemas/ (a plugin's config schema). */
export function compileSchema<T = unknown>(schema: object): ValidateFunction<T> {
  // The built-in plugins' config schemas are precompiled too, under a hash of their JSON.
  precompiled ??= loadPrecompiledValidators();
  const ready = precompiled.size > 0 ? precompiled.get(schemaKey(schema)) : undefined;
  if (ready) return ready as ValidateFunction<T>;
  return getAjv().compile<T>(schema);
}

/** Ajv errors → Problems located in a YAML source (or at 1:1 for non-YAML input). */
export function schemaProblems(
  errors: ErrorObject[] | null | undefined,
  file: string,
  source?: YamlSource,
): Problem[] {
  return (errors ?? []).map((e) => {
    const pointer = errorPointer(e);
    const pos = source ? source.locate(pointer) : { line: 1, col: 1 };
    const suggestions = schemaSuggestions(e);
    const hint = suggestions.length > 0 ? `; ${suggestionText(suggestions)}` : '';
    return createProblem(
      'ERR_SCHEMA_INVALID',
      { file, ...pos, pointer },
      { reason: describeAjvError(e) + hint },
      suggestions,
    );
  });
}

/** Close known names for an unknown property or a value outside an enum; none for other errors. */
export function schemaSuggestions(e: ErrorObject): string[] {
  if (e.keyword === 'additionalProperties') {
    const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
    return closestNames(String((e.params as { additionalProperty: string }).additionalProperty), known);
  }
  if (e.keyword === 'enum' && typeof e.data === 'string') {
    const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.filter(
      (v): v is string => typeof v === 'string',
    );
    return closestNames(e.data, allowed);
  }
  return [];
}

export function errorPointer(e: ErrorObject): string {
  if (e.keyword === 'additionalProperties') {
    return `${e.instancePath}/${String((e.params as { additionalProperty: string }).additionalProperty)}`;
  }
  return e.instancePath;
}

// Messages never echo the offending value: it might be a secret.
export function describeAjvError(e: ErrorObject): string {
  switch (e.keyword) {
    case 'additionalProperties':
      return `unknown property "${String((e.params as { additionalProperty: string }).additionalProperty)}"`;
    case 'required':
      return `missing required property "${String((e.params as { missingProperty: string }).missingProperty)}"`;
    case 'enum':
      return `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map(String).join(', ')}`;
    default:
      return e.message ?? e.keyword;
  }
}
