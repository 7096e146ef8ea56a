// The single Ajv instance (JSON Schema 2020-12) and the validators compiled from ../../schemas.
// Schema errors become Problems located in the YAML source; secret-marked values never reach a message.
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { createError } from '../errors/index.js';
import { packagePath } from './package-root.js';
import { closestNames, suggestionText } from './closest-name.js';
import { createProblem, type Problem } from './problem.js';
import type { YamlSource } from './yaml-document.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export const SCHEMA_BASE = 'https://culprit.dev/schemas/';

let instance: Ajv2020 | undefined;

export function getAjv(): Ajv2020 {
  if (instance) return instance;
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    useDefaults: true,
    allowUnionTypes: true,
    // Errors carry their schema and value so a typo gets a did-you-mean (messages still never echo
    // the value: see describeAjvError).
    verbose: true,
  });
  addFormats(ajv);
  // Annotations: a secret-marked field is redacted in every error and log; docs text is informational.
  ajv.addKeyword({ keyword: 'x-secret', schemaType: 'boolean' });
  ajv.addKeyword({ keyword: 'x-docs', schemaType: 'string' });
  for (const name of readdirSync(packagePath('schemas'))
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    ajv.addSchema(JSON.parse(readFileSync(packagePath('schemas', name), 'utf8')) as object);
  }
  instance = ajv;
  return ajv;
}

/** Validator for a shipped schema, by file name (`topology.schema.json`) or full $id. */
export function getValidator<T = unknown>(name: string): ValidateFunction<T> {
  const id = name.startsWith('http') ? name : SCHEMA_BASE + name;
  const validate = getAjv().getSchema<T>(id);
  if (!validate) throw createError('ERR_SCHEMA_UNKNOWN', { id });
  return validate;
}

/** Compiles a schema that is not shipped in schemas/ (a plugin's config schema). */
export function compileSchema<T = unknown>(schema: object): ValidateFunction<T> {
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
