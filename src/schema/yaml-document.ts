// Reads untrusted YAML safely: size cap, no aliases (no billion-laughs), no duplicate keys, no
// prototype keys, no tags beyond the JSON-compatible core ones, bounded nesting. Every failure is a coded Problem with file:line:col; nothing throws raw.
import { readFile, stat } from 'node:fs/promises';
import { isAlias, isMap, isScalar, isSeq, isPair, parseDocument, type Document } from 'yaml';
import { createError, isCulpritError } from '../errors/index.js';
import { createProblem, problemsError, type Problem } from './problem.js';
import { cachedYamlJson } from './yaml-cache.js';
import { readYamlFast } from './yaml-fast.js';

export const DEFAULT_MAX_YAML_BYTES = 1024 * 1024;
export const MAX_YAML_DEPTH = 64;
const MAX_REPORTED_ERRORS = 20;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
// Explicit tags that only restate a plain JSON type. Everything else (`!!js/function`, `!!binary`,
// `!!set`, `!!timestamp`, custom `!foo`) is refused rather than silently read as a string or object.
const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

export interface YamlSource {
  file: string;
  data: unknown;
  /** line/col (1-based) of the value at a JSON pointer, or of its nearest existing ancestor. */
  locate(pointer: string): { line: number; col: number };
}

export interface ParseYamlResult {
  source?: YamlSource;
  problems: Problem[];
}

export function parseYaml(text: string, file: string, maxBytes = DEFAULT_MAX_YAML_BYTES): ParseYamlResult {
  const size = Buffer.byteLength(text, 'utf8');
  if (size > maxBytes) {
    return {
      problems: [createProblem('ERR_FILE_TOO_LARGE', { file, line: 1, col: 1 }, { size, limit: maxBytes })],
    };
  }
  const cached = cachedYamlJson(text);
  if (cached !== undefined) {
    // A shipped file parsed at build time: its value from JSON; positions only if someone asks.
    return {
      problems: [],
      source: { file, data: JSON.parse(cached) as unknown, locate: lazyLocator(text, file) },
    };
  }
  return parseYamlText(text, file);
}

const PARSE_OPTIONS = { uniqueKeys: true, prettyErrors: false, strict: true } as const;

/**
 * Offset → file:line:col. Line starts are found only when something is located (a problem, or a
 * later lookup), so a file that is fine costs no per-line bookkeeping.
 */
function lineLocator(
  text: string,
  file: string,
): (offset: number | undefined) => { file: string; line: number; col: number } {
  let lineStarts: number[] | undefined;
  return (offset) => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    }
    const target = offset ?? 0;
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= target) lo = mid;
      else hi = mid - 1;
    }
    return { file, line: lo + 1, col: target - lineStarts[lo]! + 1 };
  };
}

/**
 * `locate` for a text whose values were already read: the parsed tree is not kept (it is as large as
 * the values and would stay live through the caller's validation and graph building), so positions
 * come from a fresh parse, made on the first lookup.
 */
function lazyLocator(text: string, file: string): YamlSource['locate'] {
  const at = lineLocator(text, file);
  let tree: Document | undefined;
  return (pointer) => locateIn((tree ??= parseDocument(text, PARSE_OPTIONS)), pointer, at);
}

function parseYamlText(text: string, file: string): ParseYamlResult {
  // The common subset straight from the CST; anything it does not read exactly goes the Document way.
  const fast = readYamlFast(text, MAX_YAML_DEPTH);
  if (fast) return { problems: [], source: { file, data: fast.data, locate: lazyLocator(text, file) } };
  const at = lineLocator(text, file);
  let doc: Document;
  try {
    doc = parseDocument(text, PARSE_OPTIONS);
  } catch (err) {
    return { problems: [deepOrSyntax(err, file)] };
  }
  const problems: Problem[] = [];
  if (doc.errors.some((e) => /call stack/i.test(e.message))) {
    return { problems: [createProblem('ERR_YAML_TOO_DEEP', at(0), { limit: MAX_YAML_DEPTH })] };
  }
  for (const e of doc.errors.slice(0, MAX_REPORTED_ERRORS)) {
    const where = at(e.pos[0]);
    if (e.code === 'DUPLICATE_KEY') {
      problems.push(createProblem('ERR_YAML_DUPLICATE_KEY', where, { key: duplicateKeyName(text, e.pos) }));
    } else {
      problems.push(createProblem('ERR_YAML_SYNTAX', where, { reason: firstLine(e.message) }));
    }
  }
  for (const w of doc.warnings) {
    if (w.code === 'TAG_RESOLVE_FAILED' && problems.length < MAX_REPORTED_ERRORS) {
      problems.push(createProblem('ERR_YAML_UNKNOWN_TAG', at(w.pos[0]), { tag: unresolvedTag(w.message) }));
    }
  }
  if (problems.length > 0) return { problems };
  // One walk both checks the tree and builds the plain values (no second pass through `toJS`).
  const read = readTree(doc, at);
  if (read.problems.length > 0) return { problems: read.problems };
  return { problems: [], source: { file, data: read.data, locate: lazyLocator(text, file) } };
}

function locateIn(
  doc: Document,
  pointer: string,
  at: (offset: number | undefined) => { line: number; col: number },
): { line: number; col: number } {
  const segments = pointerSegments(pointer);
  for (let n = segments.length; n >= 0; n--) {
    const node = doc.getIn(segments.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) {
      const { line, col } = at(node.range[0]);
      return { line, col };
    }
  }
  return { line: 1, col: 1 };
}

/** Reads and parses a YAML file; throws one CulpritError carrying every Problem found. */
export async function readYamlFile(file: string, maxBytes = DEFAULT_MAX_YAML_BYTES): Promise<YamlSource> {
  const result = await readYamlFileProblems(file, maxBytes);
  if (!result.source) throw problemsError(result.problems);
  return result.source;
}

export async function readYamlFileProblems(
  file: string,
  maxBytes = DEFAULT_MAX_YAML_BYTES,
): Promise<ParseYamlResult> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (err) {
    const e = createError('ERR_FILE_NOT_FOUND', { file }, { cause: err });
    return { problems: [{ file, line: 1, col: 1, code: 'ERR_FILE_NOT_FOUND', message: e.message }] };
  }
  if (size > maxBytes) {
    return {
      problems: [createProblem('ERR_FILE_TOO_LARGE', { file, line: 1, col: 1 }, { size, limit: maxBytes })],
    };
  }
  return parseYaml(await readFile(file, 'utf8'), file, maxBytes);
}

export function pointerSegments(pointer: string): (string | number)[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

// Walks the parsed tree with an explicit stack (no recursion), rejecting aliases, prototype keys,
// unknown tags and excessive depth, and builds the JSON-compatible value as it goes: the same value
// `doc.toJS()` gives for a tree that passes, in one pass instead of two. Values are written into
// slots laid out in source order, so key order is the document's.
function readTree(
  doc: Document,
  at: (offset: number | undefined) => { file: string; line: number; col: number },
): { data: unknown; problems: Problem[] } {
  const problems: Problem[] = [];
  const root: { value: unknown } = { value: null };
  const stack: {
    node: unknown;
    depth: number;
    into: Record<string, unknown> | unknown[];
    key: string | number;
  }[] = [{ node: doc.contents, depth: 0, into: root as unknown as Record<string, unknown>, key: 'value' }];
  while (stack.length > 0) {
    const { node, depth, into, key: slot } = stack.pop()!;
    if (!node) continue; // an empty value: its slot already holds null
    if (depth > MAX_YAML_DEPTH) {
      const range = (node as { range?: number[] }).range;
      problems.push(createProblem('ERR_YAML_TOO_DEEP', at(range?.[0]), { limit: MAX_YAML_DEPTH }));
      break;
    }
    if (isAlias(node)) {
      problems.push(createProblem('ERR_YAML_ALIAS', at(node.range?.[0])));
      continue;
    }
    const tagProblem = unknownTag(node, at);
    if (tagProblem) {
      problems.push(tagProblem);
      continue;
    }
    if (isScalar(node)) {
      (into as Record<string, unknown>)[slot] = node.value;
    } else if (isMap(node)) {
      const out: Record<string, unknown> = {};
      (into as Record<string, unknown>)[slot] = out;
      const children: (typeof stack)[number][] = [];
      for (const item of node.items) {
        if (!isPair(item)) continue;
        const key = item.key;
        let name = '';
        if (isAlias(key)) {
          problems.push(createProblem('ERR_YAML_ALIAS', at(key.range?.[0])));
        } else if (unknownTag(key, at)) {
          problems.push(unknownTag(key, at)!);
        } else if (isScalar(key)) {
          name = key.value === null || key.value === undefined ? '' : String(key.value);
          if (FORBIDDEN_KEYS.has(name)) {
            problems.push(createProblem('ERR_YAML_FORBIDDEN_KEY', at(key.range?.[0]), { key: name }));
            continue;
          }
        } else if (key) {
          problems.push(
            createProblem('ERR_YAML_SYNTAX', at((key as { range?: number[] }).range?.[0]), {
              reason: 'complex (non-scalar) mapping keys are not supported',
            }),
          );
        }
        out[name] = null;
        children.push({ node: item.value, depth: depth + 1, into: out, key: name });
      }
      for (let c = children.length - 1; c >= 0; c--) stack.push(children[c]!);
    } else if (isSeq(node)) {
      const out: unknown[] = new Array<unknown>(node.items.length).fill(null);
      (into as Record<string, unknown>)[slot] = out;
      for (let c = node.items.length - 1; c >= 0; c--)
        stack.push({ node: node.items[c], depth: depth + 1, into: out, key: c });
    }
  }
  problems.sort((a, b) => a.line - b.line || a.col - b.col);
  return { data: root.value, problems };
}

function unknownTag(
  node: unknown,
  at: (offset: number | undefined) => { file: string; line: number; col: number },
): Problem | undefined {
  const { tag, range } = node as { tag?: string; range?: number[] };
  if (!tag || tag === '!' || CORE_TAGS.has(tag)) return undefined;
  return createProblem('ERR_YAML_UNKNOWN_TAG', at(range?.[0]), { tag: shortTag(tag) });
}

function shortTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}

function unresolvedTag(message: string): string {
  return shortTag(/Unresolved tag: (\S+)/.exec(message)?.[1] ?? '?');
}

function deepOrSyntax(err: unknown, file: string): Problem {
  if (isCulpritError(err)) {
    return { file, line: 1, col: 1, code: err.code as Problem['code'], message: err.message };
  }
  if (err instanceof RangeError) {
    return createProblem('ERR_YAML_TOO_DEEP', { file, line: 1, col: 1 }, { limit: MAX_YAML_DEPTH });
  }
  const reason = err instanceof Error ? firstLine(err.message) : String(err);
  if (/alias/i.test(reason)) return createProblem('ERR_YAML_ALIAS', { file, line: 1, col: 1 });
  return createProblem('ERR_YAML_SYNTAX', { file, line: 1, col: 1 }, { reason });
}

function duplicateKeyName(text: string, pos: [number, number]): string {
  return (
    text
      .slice(pos[0], Math.min(pos[1], pos[0] + 80))
      .split(/[:\n]/)[0]
      ?.trim() || '?'
  );
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
