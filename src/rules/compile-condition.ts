// Compiles one rule's conditions (all/any/not, built-in and project operators, plain dotted paths) to
// synchronous functions with json-rules-engine's semantics; anything else is left to the engine itself.
import { compileRegex, EXTRA_OPERATORS } from './operators.js';

type Facts = Record<string, unknown>;
type Compare = (factValue: unknown, value: unknown) => boolean;

/** A compiled condition tree: `test` decides, `collect` records the facts its true leaves read. */
export interface CompiledCondition {
  test(facts: Facts): boolean;
  collect(facts: Facts, out: Record<string, unknown>): void;
}

type Test = (facts: Facts) => boolean;
type Node =
  | { kind: 'all' | 'any'; children: Node[]; test: Test }
  | { kind: 'not'; child: Node; test: Test }
  | {
      kind: 'leaf';
      fact: string;
      key: string;
      read: (facts: Facts) => unknown;
      holds: (v: unknown) => boolean;
      test: Test;
    };

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
// json-rules-engine's numberValidator; a number passes unless NaN, without the string round trip.
const isNumeric = (v: unknown) =>
  typeof v === 'number' ? v === v : Number.parseFloat(v as string).toString() !== 'NaN';

// json-rules-engine's default operators, validator included (engine-default-operators.js).
const BUILTIN: Record<string, Compare> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => (b as unknown[]).indexOf(a) > -1,
  notIn: (a, b) => (b as unknown[]).indexOf(a) === -1,
  contains: (a, b) => Array.isArray(a) && a.indexOf(b) > -1,
  doesNotContain: (a, b) => Array.isArray(a) && a.indexOf(b) === -1,
  lessThan: (a, b) => isNumeric(a) && (a as number) < (b as number),
  lessThanInclusive: (a, b) => isNumeric(a) && (a as number) <= (b as number),
  greaterThan: (a, b) => isNumeric(a) && (a as number) > (b as number),
  greaterThanInclusive: (a, b) => isNumeric(a) && (a as number) >= (b as number),
};

/**
 * The operators the compiler may inline: the engine's defaults and the project's own (operators.ts),
 * minus any id a plugin registers (a plugin operator overrides and is left to json-rules-engine).
 */
export function compilableOperators(pluginOperatorIds: Iterable<string>): Map<string, Compare> {
  const ops = new Map<string, Compare>(Object.entries(BUILTIN));
  for (const op of EXTRA_OPERATORS) ops.set(op.id, (a, b) => op.evaluate(a, b));
  for (const id of pluginOperatorIds) ops.delete(id);
  return ops;
}

/** Undefined when some part of the condition is outside what the compiler reproduces exactly. */
export function compileCondition(
  condition: unknown,
  operators: ReadonlyMap<string, Compare>,
): CompiledCondition | undefined {
  const root = compileNode(condition, operators, 0);
  if (!root) return undefined;
  const leaves = collectOrder(root);
  return {
    test: root.test,
    collect: (facts, out) => {
      for (const leaf of leaves) {
        const value = leaf.read(facts);
        if (leaf.holds(value) === true) out[leaf.key] = value;
      }
    },
  };
}

const BOOLEAN_KEYS = ['all', 'any', 'not'] as const;
const MAX_DEPTH = 64;

function compileNode(c: unknown, operators: ReadonlyMap<string, Compare>, depth: number): Node | undefined {
  if (depth > MAX_DEPTH || c === null || typeof c !== 'object' || Array.isArray(c)) return undefined;
  const o = c as Record<string, unknown>;
  // Condition references, fact params and priorities change evaluation order or lookups: not compiled.
  if (hasOwn(o, 'condition') || hasOwn(o, 'params') || hasOwn(o, 'priority')) return undefined;
  const booleans = BOOLEAN_KEYS.filter((k) => hasOwn(o, k));
  if (booleans.length > 1) return undefined;
  const op = booleans[0];
  if (op !== undefined) {
    if (op === 'not') {
      if (Array.isArray(o.not)) return undefined;
      const child = compileNode(o.not, operators, depth + 1);
      if (!child) return undefined;
      const inner = child.test;
      return { kind: 'not', child, test: (facts) => !inner(facts) };
    }
    const list = o[op];
    if (!Array.isArray(list)) return undefined;
    const children: Node[] = [];
    for (const item of list) {
      const child = compileNode(item, operators, depth + 1);
      if (!child) return undefined;
      children.push(child);
    }
    return { kind: op, children, test: booleanTest(op, children) };
  }
  return compileLeaf(o, operators);
}

function compileLeaf(o: Record<string, unknown>, operators: ReadonlyMap<string, Compare>): Node | undefined {
  const { fact, path, operator, value } = o;
  if (typeof fact !== 'string' || fact === '' || typeof operator !== 'string') return undefined;
  if (!hasOwn(o, 'operator') || !hasOwn(o, 'value')) return undefined;
  if (path !== undefined && typeof path !== 'string') return undefined;
  // `{ fact: … }` as a value is a fact reference in json-rules-engine.
  if (value !== null && typeof value === 'object' && hasOwn(value, 'fact')) return undefined;
  const compare = operators.get(operator);
  if (!compare) return undefined;
  if ((operator === 'in' || operator === 'notIn') && !Array.isArray(value) && typeof value !== 'string')
    return undefined;
  if (operator === 'matches' || operator === 'notMatches') {
    try {
      compileRegex(value);
    } catch {
      return undefined;
    }
  }
  const read = factReader(fact, path);
  const holds = (v: unknown) => compare(v, value);
  return {
    kind: 'leaf',
    fact,
    key: path ? `${fact}.${path}` : fact,
    read,
    holds,
    test: (facts) => holds(read(facts)) === true,
  };
}

/** The almanac's lookup: own facts only; a path applies to objects, other values pass through. */
function factReader(fact: string, path: string | undefined): (facts: Facts) => unknown {
  if (!path) return (facts) => (hasOwn(facts, fact) ? facts[fact] : undefined);
  const segments = path.split('.');
  if (segments.length === 1) {
    const segment = segments[0]!;
    return (facts) => {
      const value = hasOwn(facts, fact) ? facts[fact] : undefined;
      if (value === null || typeof value !== 'object') return value;
      return hasOwn(value, segment) ? (value as Record<string, unknown>)[segment] : undefined;
    };
  }
  return (facts) => {
    const value = hasOwn(facts, fact) ? facts[fact] : undefined;
    if (value === null || typeof value !== 'object') return value;
    let current: unknown = value;
    for (const segment of segments) {
      if (current === null || typeof current !== 'object' || !hasOwn(current, segment)) return undefined;
      current = (current as Record<string, unknown>)[segment];
    }
    return current;
  };
}

// json-rules-engine: an empty `all` or `any` holds; `not` negates its one condition.
function booleanTest(op: 'all' | 'any', children: readonly Node[]): Test {
  const tests = children.map((c) => c.test);
  if (tests.length === 0) return () => true;
  if (tests.length === 1) return tests[0]!;
  if (tests.length === 2) {
    const [a, b] = tests as [Test, Test];
    return op === 'all' ? (facts) => a(facts) && b(facts) : (facts) => a(facts) || b(facts);
  }
  return op === 'all'
    ? (facts) => {
        for (const t of tests) if (!t(facts)) return false;
        return true;
      }
    : (facts) => {
        for (const t of tests) if (t(facts)) return true;
        return false;
      };
}

type Leaf = Extract<Node, { kind: 'leaf' }>;

// Same walk and write order as the json-rules-engine evaluator's collectFacts(): json-rules-engine
// evaluates every leaf (one priority), so each leaf that holds contributes, even under a failed `not`.
// The walk does not depend on the facts, so it is done once: `collect` replays its leaves in order.
function collectOrder(root: Node): Leaf[] {
  const leaves: Leaf[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind === 'leaf') {
      if (node.fact !== 'node') leaves.push(node);
    } else if (node.kind === 'not') stack.push(node.child);
    else stack.push(...node.children);
  }
  return leaves;
}
