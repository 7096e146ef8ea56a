// Generates the JavaScript of a pass of compiled rules: chunks of rules in one function each, every
// distinct (fact, path) read once per candidate, then one `if` per rule. Only generated code is
// compiled — fact names, paths and values enter as JSON string literals or as references to the rule
// pack's own values, never as source text — and conditions stay within what compile-condition.ts accepts.

type Facts = Record<string, unknown>;
type Compare = (factValue: unknown, value: unknown) => boolean;

/** Rules per generated function: small enough for the optimizing compiler to take each one. */
const RULES_PER_FUNCTION = 64;

export interface PassRule {
  conditions: unknown;
  /** The rule does not apply to this candidate (its `appliesTo` leaves the kind out). */
  skip?: (kind: string) => boolean;
}

/** Runs every rule of the pass on one candidate; `fired` receives the indexes of rules that held. */
export type PassRunner = (facts: Facts, kind: string, fired: number[]) => void;

const INLINE: Record<string, (v: string, k: string) => string> = {
  equal: (v, k) => `${v} === ${k}`,
  notEqual: (v, k) => `${v} !== ${k}`,
  in: (v, k) => `${k}.indexOf(${v}) > -1`,
  notIn: (v, k) => `${k}.indexOf(${v}) === -1`,
  contains: (v, k) => `(Array.isArray(${v}) && ${v}.indexOf(${k}) > -1)`,
  doesNotContain: (v, k) => `(Array.isArray(${v}) && ${v}.indexOf(${k}) === -1)`,
  lessThan: (v, k) => `(${numeric(v)} && ${v} < ${k})`,
  lessThanInclusive: (v, k) => `(${numeric(v)} && ${v} <= ${k})`,
  greaterThan: (v, k) => `(${numeric(v)} && ${v} > ${k})`,
  greaterThanInclusive: (v, k) => `(${numeric(v)} && ${v} >= ${k})`,
};

/** isNum(v), its common case (a number) written out so that no call is left in the generated code. */
function numeric(v: string): string {
  return `(typeof ${v} === "number" ? ${v} === ${v} : isNum(${v}))`;
}

const hasOwnProperty = Object.prototype.hasOwnProperty;
const isNum = (v: unknown) =>
  typeof v === 'number' ? v === v : Number.parseFloat(v as string).toString() !== 'NaN';
/**
 * The almanac's path lookup as straight-line code over `name`, which holds the fact's value: a path
 * applies to objects, other values pass through; each segment is read only when own (HOP is
 * Object.prototype.hasOwnProperty). Segments enter as JSON string literals.
 */
function lookup(name: string, segments: readonly string[]): string[] {
  const lines = [`if (${name} !== null && typeof ${name} === "object") {`];
  segments.forEach((segment, i) => {
    const key = JSON.stringify(segment);
    if (i > 0) lines.push(`if (${name} === null || typeof ${name} !== "object") ${name} = undefined; else`);
    lines.push(`${name} = HOP.call(${name}, ${key}) ? ${name}[${key}] : undefined;`);
  });
  lines.push('}');
  return lines;
}

/**
 * Builds the runner of `rules`, whose conditions compileCondition() accepted with `operators` (the
 * same map). Built-in operators are inlined; project operators are called through `operators`.
 */
export function createPassRunner(
  rules: readonly PassRule[],
  operators: ReadonlyMap<string, Compare>,
): PassRunner {
  const chunks: PassRunner[] = [];
  for (let start = 0; start < rules.length; start += RULES_PER_FUNCTION) {
    chunks.push(generateChunk(rules.slice(start, start + RULES_PER_FUNCTION), start, operators));
  }
  if (chunks.length === 1) return chunks[0]!;
  return (facts, kind, fired) => {
    for (const run of chunks) run(facts, kind, fired);
  };
}

function generateChunk(rules: readonly PassRule[], offset: number, operators: ReadonlyMap<string, Compare>) {
  const gen = createCodegen(operators);
  const tests = rules.map((r, i) => {
    const skip = r.skip ? `!${gen.ref(r.skip)}(kind) && ` : '';
    return `if (${skip}${gen.expr(r.conditions as Record<string, unknown>)}) fired.push(${offset + i});`;
  });
  return gen.compile('facts, kind, fired', tests) as PassRunner;
}

/** Code generation over one function: reads of facts and paths shared, values as literals or refs. */
function createCodegen(operators: ReadonlyMap<string, Compare>) {
  const refs: unknown[] = [];
  const ref = (value: unknown) => {
    refs.push(value);
    return `K[${refs.length - 1}]`;
  };
  const literal = (value: unknown) =>
    typeof value === 'string' || typeof value === 'boolean' || value === null
      ? JSON.stringify(value)
      : typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0)
        ? JSON.stringify(value)
        : ref(value);
  const facts = new Map<string, string>();
  const reads = new Map<string, string>();
  const lines: string[] = [];
  const factVar = (fact: string) => {
    let name = facts.get(fact);
    if (!name) {
      name = `f${facts.size}`;
      facts.set(fact, name);
      const key = JSON.stringify(fact);
      lines.push(`const ${name} = HOP.call(facts, ${key}) ? facts[${key}] : undefined;`);
    }
    return name;
  };
  const valueVar = (fact: string, path: string | undefined) => {
    const key = JSON.stringify([fact, path ?? null]);
    let name = reads.get(key);
    if (!name) {
      const base = factVar(fact);
      if (!path) return base;
      name = `v${reads.size}`;
      reads.set(key, name);
      lines.push(`let ${name} = ${base};`, ...lookup(name, path.split('.')));
    }
    return name;
  };
  const expr = (c: Record<string, unknown>): string => {
    if (Array.isArray(c.all) || Array.isArray(c.any)) {
      const list = (c.all ?? c.any) as Record<string, unknown>[];
      if (list.length === 0) return 'true';
      return `(${list.map(expr).join(Array.isArray(c.all) ? ' && ' : ' || ')})`;
    }
    if (c.not !== undefined) return `!${expr(c.not as Record<string, unknown>)}`;
    const v = valueVar(c.fact as string, c.path as string | undefined);
    const operator = c.operator as string;
    const inline = INLINE[operator];
    // compilableOperators() never maps a built-in id to anything else: a plugin's takes it out.
    if (inline && operators.has(operator)) return `(${inline(v, literal(c.value))})`;
    return `(${ref(operators.get(operator))}(${v}, ${literal(c.value)}) === true)`;
  };
  /** The function of `params` whose body is the reads so far, then `body`. */
  const compile = (params: string, body: readonly string[]): unknown => {
    const source = `"use strict";\nreturn function (${params}) {\n${[...lines, ...body].join('\n')}\n};`;
    return new Function('K', 'HOP', 'isNum', source)(refs, hasOwnProperty, isNum);
  };
  return { ref, expr, compile };
}
