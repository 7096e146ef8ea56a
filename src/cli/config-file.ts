// Finds and reads culprit.yaml for every command: --config, else $CULPRIT_CONFIG, else ./culprit.yaml.
// Validated against schemas/serve-config.schema.json; commands take what concerns them from it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createError } from '../errors/index.js';
import { getValidator, problemsError, readYamlFile, schemaProblems } from '../schema/index.js';
import type { CliIo } from './io.js';

export const CONFIG_FILE_NAME = 'culprit.yaml';

/** The config file a command uses, or undefined when there is none (an explicit one must exist). */
export function findConfigFile(io: CliIo, explicit?: string): string | undefined {
  const named = explicit ?? io.env.CULPRIT_CONFIG;
  if (named) {
    const path = resolve(io.cwd, named);
    if (!existsSync(path)) throw createError('ERR_FILE_NOT_FOUND', { file: named });
    return path;
  }
  const local = resolve(io.cwd, CONFIG_FILE_NAME);
  return existsSync(local) ? local : undefined;
}

/** The parts of culprit.yaml that commands other than `serve` read. */
export interface CulpritConfig {
  topology: string[];
  rules?: string[];
  plugins: { module: string; config?: Record<string, unknown> }[];
}

/** Reads and checks a config file (defaults from the schema), or the defaults when there is none. */
export async function readCulpritConfig<T extends object = CulpritConfig>(
  file: string | undefined,
): Promise<T> {
  const validate = getValidator<T>('serve-config.schema.json');
  if (!file) {
    const data = {};
    if (!validate(data)) throw createError('ERR_INTERNAL', { reason: 'default config does not validate' });
    return data as T;
  }
  const source = await readYamlFile(file);
  const data = source.data ?? {};
  if (!validate(data)) throw problemsError(schemaProblems(validate.errors, source.file, source));
  return data as T;
}
