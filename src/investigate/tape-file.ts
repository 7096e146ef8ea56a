// Reads and writes evidence tapes as JSON files, checked against schemas/evidence-tape.schema.json.
// A tape is data from a past investigation: it is validated, never trusted.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { createError } from '../errors/index.js';
import { describeAjvError, errorPointer, getValidator } from '../schema/index.js';
import type { EvidenceTape } from './evidence-tape.js';

export const MAX_TAPE_BYTES = 64 * 1024 * 1024;

export function parseTape(value: unknown, file = '<tape>'): EvidenceTape {
  const validate = getValidator<EvidenceTape>('evidence-tape.schema.json');
  if (!validate(value)) {
    const first = validate.errors?.[0];
    const reason = first
      ? `${errorPointer(first) || '/'} ${describeAjvError(first)}`
      : 'does not match the schema';
    throw createError('ERR_TAPE_INVALID', { file, reason, errors: validate.errors?.length ?? 0 });
  }
  const tape = value;
  return {
    ...tape,
    incident: {
      ...tape.incident,
      labels: tape.incident.labels ?? {},
      entities: tape.incident.entities ?? [],
      source: tape.incident.source ?? 'tape',
    },
    discovered: tape.discovered ?? [],
    collectors: tape.collectors ?? [],
  };
}

export async function readTape(file: string): Promise<EvidenceTape> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (err) {
    throw createError('ERR_FILE_NOT_FOUND', { file }, { cause: err });
  }
  if (size > MAX_TAPE_BYTES) throw createError('ERR_FILE_TOO_LARGE', { file, size, limit: MAX_TAPE_BYTES });
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw createError('ERR_TAPE_INVALID', { file, reason: 'not valid JSON' }, { cause: err });
  }
  return parseTape(json, file);
}

export async function writeTape(file: string, tape: EvidenceTape): Promise<void> {
  await writeFile(file, `${JSON.stringify(tape, null, 2)}\n`, 'utf8');
}
