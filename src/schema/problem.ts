// A located problem in an input file: what `culprit validate` prints as `file:line:col code message`.
// Loaders collect Problems so one run reports everything wrong, then throw them as one CulpritError.
import { createError, type CulpritError, type ErrorCode } from '../errors/index.js';

export interface Problem {
  file: string;
  line: number;
  col: number;
  code: ErrorCode;
  message: string;
  pointer?: string;
  /** Known names close to the one that is wrong (a did-you-mean), best first. */
  suggestions?: string[];
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col} ${p.code} ${p.message}`;
}

export function problemFromError(err: CulpritError, file: string): Problem {
  const d = err.details;
  return {
    file: typeof d.file === 'string' ? d.file : file,
    line: typeof d.line === 'number' ? d.line : 1,
    col: typeof d.col === 'number' ? d.col : 1,
    code: err.code as ErrorCode,
    message: err.message,
    ...(typeof d.pointer === 'string' ? { pointer: d.pointer } : {}),
  };
}

/** Builds a Problem whose message is the catalogue message for `code` with these details. */
export function createProblem(
  code: ErrorCode,
  where: { file: string; line: number; col: number; pointer?: string },
  details: Record<string, unknown> = {},
  suggestions: readonly string[] = [],
): Problem {
  const err = createError(code, { ...details, ...where });
  return {
    ...where,
    code,
    message: err.message,
    ...(suggestions.length > 0 ? { suggestions: [...suggestions] } : {}),
  };
}

/** One error for a list of problems: its code is the first problem's, all of them are in details. */
export function problemsError(problems: Problem[]): CulpritError {
  const first = problems[0];
  if (!first) throw new Error('problemsError needs at least one problem');
  const err = createError(first.code, { ...first, reason: first.message, problems });
  const more = problems.length === 1 ? '' : ` (and ${problems.length - 1} more)`;
  Object.defineProperty(err, 'message', {
    value: `${first.file}:${first.line}:${first.col} ${first.message}${more}`,
  });
  return err;
}
