// Fast path of the safe YAML reader: plain values straight from the `yaml` CST (Lexer + Parser, no
// Composer or Document) for a common subset; anything else gives undefined and the Document path decides.
import { CST, Parser } from 'yaml';

/** Thrown inside the walk to give up; caught in readYamlFast, never escapes. */
const BAIL: unique symbol = Symbol('bail');
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype', '<<']);
/** An implicit key's `:` must be within 1024 chars of its start (strict mode); stay well inside. */
const MAX_KEY_SPAN = 1000;

type Slot = Record<string, unknown> | unknown[];
type Collection = CST.BlockMap | CST.BlockSequence | CST.FlowCollection;

function bail(): never {
  throw BAIL;
}

const onScalarError = (): void => bail();

/**
 * The plain values of `text` when it stays inside the subset this path reads exactly as
 * `yaml.parse` (core schema, default options) does, and exactly as the Document path would accept
 * it: one document; block and flow maps and sequences; plain, quoted and block scalars; comments.
 * Undefined for anything else (anchors, aliases, tags, explicit or non-string keys, `<<`, duplicate
 * or prototype keys, tabs, CR, several documents, directives, error tokens, nesting deeper than
 * maxDepth): the caller then takes the Document path, which reports problems with positions.
 */
export function readYamlFast(text: string, maxDepth: number): { data: unknown } | undefined {
  // Tabs (indentation rules) and CR line ends are rare in these files: not worth the cases.
  if (text.includes('\t') || text.includes('\r')) return undefined;
  try {
    let doc: CST.Document | undefined;
    for (const token of new Parser().parse(text)) {
      if (token.type !== 'document' || doc) return undefined;
      doc = token;
    }
    if (!doc) return undefined;
    return { data: readDocument(doc, maxDepth) };
  } catch {
    // BAIL, or anything unexpected from the parser: the Document path gives the real diagnosis.
    return undefined;
  } finally {
    stack.length = 0;
  }
}

function readDocument(doc: CST.Document, maxDepth: number): unknown {
  const props = scanProps(doc.start, 'doc-start', false, true);
  const value = doc.value;
  if (props.found && value && (value.type === 'block-map' || value.type === 'block-seq') && !props.newline) {
    bail(); // a block collection on the `---` line
  }
  if (doc.end) scanEnd(doc.end, false);
  const root: unknown[] = [null];
  if (value) place(value, root, 0, 0, maxDepth, stack);
  while (stack.length > 0) {
    const job = stack.pop()!;
    readCollection(job.token, job.out, job.depth, maxDepth);
  }
  return root[0];
}

interface Job {
  token: Collection;
  out: Slot;
  depth: number;
}
// Reused across calls (the walk is synchronous and never re-entered); emptied when each read ends.
const stack: Job[] = [];

/** Writes the value of `token` into `into[slot]`: scalars now, collections as an empty shell filled later. */
function place(
  token: CST.Token,
  into: Slot,
  slot: string | number,
  depth: number,
  maxDepth: number,
  jobs: Job[],
): void {
  if (depth > maxDepth) bail();
  switch (token.type) {
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'block-scalar':
      (into as Record<string, unknown>)[slot] = scalarValue(token);
      return;
    case 'block-map':
      (into as Record<string, unknown>)[slot] = pushJob(jobs, token, {}, depth);
      return;
    case 'block-seq':
      (into as Record<string, unknown>)[slot] = pushJob(jobs, token, [], depth);
      return;
    case 'flow-collection': {
      const open = token.start.source;
      if (open !== '{' && open !== '[') bail();
      (into as Record<string, unknown>)[slot] = pushJob(jobs, token, open === '{' ? {} : [], depth);
      return;
    }
    default:
      bail(); // alias, error tokens, anything else
  }
}

function pushJob(jobs: Job[], token: Collection, out: Slot, depth: number): Slot {
  jobs.push({ token, out, depth });
  return out;
}

function readCollection(token: Collection, out: Slot, depth: number, maxDepth: number): void {
  if (token.type === 'block-map') readBlockMap(token, out as Record<string, unknown>, depth, maxDepth);
  else if (token.type === 'block-seq') readBlockSeq(token, out as unknown[], depth, maxDepth);
  else readFlow(token, out, depth, maxDepth);
}

function readBlockMap(bm: CST.BlockMap, out: Record<string, unknown>, depth: number, maxDepth: number): void {
  const items = bm.items;
  for (let i = 0; i < items.length; i++) {
    const { start, key, sep, value } = items[i]!;
    scanProps(start, undefined, false, true);
    if (!key && !sep) {
      // Comment lines after the last pair; anything else here is not ours to judge.
      if (value || i !== items.length - 1) bail();
      continue;
    }
    if (!key || !sep || !isSingleLineFlowScalar(key) || key.indent !== bm.indent) bail();
    const props = scanProps(sep, 'map-value-ind', false, false);
    const found = props.found;
    if (!found || found.offset - key.offset > MAX_KEY_SPAN) bail();
    if (value?.type === 'block-map' && !props.newline) bail(); // `a: b: c`
    const name = keyName(key, out);
    if (value) place(value, out, name, depth + 1, maxDepth, stack);
    else if (depth + 1 > maxDepth) bail();
    else out[name] = null;
  }
}

function readBlockSeq(bs: CST.BlockSequence, out: unknown[], depth: number, maxDepth: number): void {
  const items = bs.items;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const props = scanProps(item.start, 'seq-item-ind', false, true);
    if ((item as CST.CollectionItem).key || (item as CST.CollectionItem).sep) bail();
    if (!props.found) {
      if (item.value || i !== items.length - 1) bail();
      continue;
    }
    const n = out.length;
    if (item.value) place(item.value, out, n, depth + 1, maxDepth, stack);
    else if (depth + 1 > maxDepth) bail();
    else out.push(null);
  }
}

function readFlow(fc: CST.FlowCollection, out: Slot, depth: number, maxDepth: number): void {
  const isMap = fc.start.source === '{';
  const items = fc.items;
  for (let i = 0; i < items.length; i++) {
    const { start, key, sep, value } = items[i]!;
    const props = scanProps(start, undefined, true, false);
    if (!key && !sep && !value) {
      // Only a trailing `,` (or nothing) may leave an empty item, and never as the first one.
      if (i !== items.length - 1 || (i === 0 && props.comma)) bail();
      continue;
    }
    if (i === 0 ? props.comma : !props.comma) bail();
    if (value && !isFlowValue(value)) bail();
    if (!isMap) {
      if (key || sep || !value) bail(); // `[a: b]` makes a one-pair map: not ours
      place(value, out, (out as unknown[]).length, depth + 1, maxDepth, stack);
      continue;
    }
    if (!key || !sep || !isSingleLineFlowScalar(key)) bail();
    if (!scanProps(sep, 'map-value-ind', true, false).found) bail();
    const name = keyName(key, out as Record<string, unknown>);
    if (value) place(value, out, name, depth + 1, maxDepth, stack);
    else if (depth + 1 > maxDepth) bail();
    else (out as Record<string, unknown>)[name] = null;
  }
  const [close, ...rest] = fc.end;
  if (close?.source !== (isMap ? '}' : ']')) bail();
  scanEnd(rest, true);
}

function isFlowValue(token: CST.Token): boolean {
  return (
    token.type === 'scalar' ||
    token.type === 'single-quoted-scalar' ||
    token.type === 'double-quoted-scalar' ||
    token.type === 'flow-collection'
  );
}

function isSingleLineFlowScalar(token: CST.Token): token is CST.FlowScalar {
  if (
    token.type !== 'scalar' &&
    token.type !== 'single-quoted-scalar' &&
    token.type !== 'double-quoted-scalar'
  ) {
    return false;
  }
  if (token.source.includes('\n')) return false;
  if (token.end) for (const t of token.end) if (t.type !== 'space') return false;
  return true;
}

/** A map key as the object property name; bails on non-string, forbidden, merge and repeated keys. */
function keyName(key: CST.FlowScalar, out: Record<string, unknown>): string {
  const name = scalarValue(key);
  if (
    typeof name !== 'string' ||
    FORBIDDEN_KEYS.has(name) ||
    Object.prototype.hasOwnProperty.call(out, name)
  ) {
    bail();
  }
  return name;
}

function scalarValue(token: CST.FlowScalar | CST.BlockScalar): unknown {
  const { value, type } = CST.resolveAsScalar(token, true, onScalarError);
  return type === 'PLAIN' ? resolvePlain(value) : value;
}

// The YAML 1.2 core schema as `yaml` v2 resolves an untagged plain scalar (schema/core and
// schema/common in its dist): the first of null, bool, int (octal, decimal, hex), float (.inf/.nan,
// exponent, fraction) whose test matches, else the string itself. Same tests, same conversions.
const NULL_RE = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL_RE = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCT_RE = /^0o[0-7]+$/;
const INT_RE = /^[-+]?[0-9]+$/;
const HEX_RE = /^0x[0-9a-fA-F]+$/;
const NAN_RE = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXP_RE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // Letters other than n/N/t/T/f/F start only strings: skip the tests for most names and ids.
  if (
    ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) &&
    c !== 110 &&
    c !== 78 &&
    c !== 116 &&
    c !== 84 &&
    c !== 102 &&
    c !== 70
  ) {
    return s;
  }
  if (NULL_RE.test(s)) return null;
  if (BOOL_RE.test(s)) return c === 116 || c === 84;
  if (OCT_RE.test(s)) return parseInt(s.substring(2), 8);
  if (INT_RE.test(s)) return parseInt(s, 10);
  if (HEX_RE.test(s)) return parseInt(s.substring(2), 16);
  if (NAN_RE.test(s)) {
    return s.slice(-3).toLowerCase() === 'nan'
      ? NaN
      : s[0] === '-'
        ? Number.NEGATIVE_INFINITY
        : Number.POSITIVE_INFINITY;
  }
  if (EXP_RE.test(s) || FLOAT_RE.test(s)) return parseFloat(s);
  return s;
}

/**
 * The separator tokens before a node or after a key: only spaces, newlines, comments (each after
 * white space), at most one `indicator` and, in flow, at most one comma. Anchors, tags, `?` and
 * anything else bail, as does what the Composer would flag.
 */
function scanProps(
  tokens: readonly CST.SourceToken[] | readonly CST.Token[],
  indicator: 'doc-start' | 'map-value-ind' | 'seq-item-ind' | undefined,
  flow: boolean,
  startOnNewline: boolean,
): { found: CST.SourceToken | undefined; comma: boolean; newline: boolean } {
  let hasSpace = startOnNewline;
  let found: CST.SourceToken | undefined;
  let comma = false;
  let newline = false;
  for (const token of tokens as readonly CST.Token[]) {
    switch (token.type) {
      case 'space':
      case 'newline':
        hasSpace = true;
        if (token.type === 'newline') newline = true;
        break;
      case 'comment':
        if (!hasSpace) bail();
        break;
      case 'comma':
        if (!flow || comma || found) bail();
        comma = true;
        hasSpace = false;
        break;
      default:
        if (token.type !== indicator || found) bail();
        found = token as CST.SourceToken;
        hasSpace = false;
    }
  }
  return { found, comma, newline };
}

/** Tokens after a node's end (`]`, `}`, the document): white space and comments only. */
function scanEnd(tokens: readonly CST.SourceToken[], reqSpace: boolean): void {
  let hasSpace = !reqSpace;
  for (const token of tokens) {
    if (token.type === 'space' || token.type === 'newline') hasSpace = true;
    else if (token.type !== 'comment' || !hasSpace) bail();
  }
}
