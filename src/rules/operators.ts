// Rule operators beyond json-rules-engine's built-ins: linear-time regex (re2js, compiled once at
// load; back-references and look-around are rejected because RE2 cannot run them in linear time).
import { RE2JS } from 're2js';
import type { OperatorDefinition } from '../sdk/index.js';

export const BUILTIN_OPERATORS = [
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
] as const;

const compiled = new Map<string, RE2JS>();

export class RegexError extends Error {
  constructor(
    readonly unsafe: boolean,
    message: string,
  ) {
    super(message);
  }
}

/** Compiles (and caches) a pattern; throws RegexError for syntax errors and unsafe constructs. */
export function compileRegex(pattern: unknown): RE2JS {
  if (typeof pattern !== 'string') throw new RegexError(false, 'the pattern must be a string');
  const cached = compiled.get(pattern);
  if (cached) return cached;
  if (/\\[1-9]|\\k<|\(\?<?[=!]/.test(pattern)) {
    throw new RegexError(true, 'back-references and look-around cannot run in linear time');
  }
  try {
    const re = RE2JS.compile(pattern);
    compiled.set(pattern, re);
    return re;
  } catch (err) {
    throw new RegexError(false, err instanceof Error ? err.message : String(err));
  }
}

const matches = (value: unknown, pattern: unknown) => {
  if (typeof value !== 'string') return false;
  return compileRegex(pattern).matcher(value).find();
};

export const EXTRA_OPERATORS: readonly OperatorDefinition[] = [
  { id: 'matches', evaluate: matches, validateValue: (v) => void compileRegex(v) },
  {
    id: 'notMatches',
    evaluate: (value, pattern) => typeof value === 'string' && !matches(value, pattern),
    validateValue: (v) => void compileRegex(v),
  },
  {
    id: 'exists',
    evaluate: (value, expected) => (value !== undefined && value !== null) === (expected !== false),
  },
];
