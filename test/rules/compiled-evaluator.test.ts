// Differential test (fast-check): generated rule packs and facts through the compiled evaluator and
// json-rules-engine (the reference) must fire the same (component, rule) pairs with the same facts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createCompiledRuleEvaluator,
  createJsonRulesEvaluator,
  createRuleEvaluator,
  type Candidate,
  type LoadedRule,
  type RulePack,
} from '../../src/rules/index.js';
import type { ComponentKind, Evidence, OperatorDefinition } from '../../src/sdk/index.js';
import { createKnowledgeGraph } from '../../src/topology/index.js';

const KINDS: ComponentKind[] = ['service', 'database', 'cache', 'node'];
const FACTS = ['metrics', 'pod', 'flags', 'node', 'graph', 'absent', 'plug'];
const PATHS = [
  '',
  'a',
  'b',
  'a.b',
  'items',
  'items.0',
  'items.1.a',
  'kind',
  'id',
  'tags',
  'tags.0',
  'status',
];
const GRAPH_PATHS = ['dependencies', 'dependents', 'dependencyFindings.0.cause', 'dependencySymptoms.0.node'];
const OPERATORS = [
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
  'matches',
  'notMatches',
  'exists',
  'plugin-odd',
];
const CAUSES = ['oom-killed', 'crash-loop', 'dependency-down'];

// Small domains so that conditions hold often enough to matter.
const scalar = fc.oneof(
  fc.integer({ min: -2, max: 3 }),
  fc.constantFrom(0.5, 1.5, '1', '2x', 'x', 'up', 'down', '', 'oom-killed', 'service', 'n1'),
  fc.boolean(),
  fc.constant(null),
);
const value: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('v'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'items', 'status'), tie('v'), {
      maxKeys: 3,
      noNullPrototype: true,
    }),
  ),
})).v;

const conditionValue = (operator: string): fc.Arbitrary<unknown> => {
  switch (operator) {
    case 'in':
    case 'notIn':
      return fc.oneof(fc.array(scalar, { maxLength: 4 }), fc.constantFrom('up-down', 'service'));
    case 'matches':
    case 'notMatches':
      return fc.constantFrom('^u', 'o+', '^$', '\\d', 'service|node');
    case 'exists':
      return fc.boolean();
    default:
      return scalar;
  }
};

const leaf = fc
  .record({
    fact: fc.constantFrom(...FACTS),
    path: fc.constantFrom(...PATHS, ...GRAPH_PATHS),
    operator: fc.constantFrom(...OPERATORS),
  })
  .chain(({ fact, path, operator }) =>
    conditionValue(operator).map((v) => ({
      fact,
      ...(path ? { path } : {}),
      operator,
      value: v,
    })),
  );

// Mostly compilable conditions; a few shapes json-rules-engine alone handles (priority, fact reference).
const odd = fc.oneof(
  leaf.map((l) => ({ ...l, priority: 2 })),
  leaf.map((l) => ({ ...l, value: { fact: 'metrics', path: 'a' } })),
);
const condition: fc.Arbitrary<unknown> = fc.letrec<{ c: unknown }>((tie) => ({
  c: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    leaf,
    fc.array(tie('c'), { maxLength: 3 }).map((all) => ({ all })),
    fc.array(tie('c'), { maxLength: 3 }).map((any) => ({ any })),
    tie('c').map((not) => ({ not })),
  ),
})).c;
const top = fc.oneof(
  fc
    .array(fc.oneof({ weight: 12, arbitrary: condition }, { weight: 1, arbitrary: odd }), { maxLength: 4 })
    .map((all) => ({ all })),
  fc.array(condition, { maxLength: 4 }).map((any) => ({ any })),
  condition.map((not) => ({ not })),
);

function factsOf(c: unknown, out = new Set<string>()): Set<string> {
  const o = c as Record<string, unknown>;
  if (Array.isArray(o.all)) for (const x of o.all) factsOf(x, out);
  else if (Array.isArray(o.any)) for (const x of o.any) factsOf(x, out);
  else if (o.not) factsOf(o.not, out);
  else if (typeof o.fact === 'string') out.add(o.fact);
  return out;
}

const rule = (i: number) =>
  fc
    .record({
      conditions: top,
      appliesTo: fc.option(fc.subarray(KINDS, { minLength: 1 }), { nil: undefined }),
      finding: fc.boolean(),
      cause: fc.constantFrom(...CAUSES),
      weight: fc.double({ min: 0.1, max: 0.9, noNaN: true }),
      second: fc.boolean(),
      message: fc.constantFrom(
        '{{node.id}}: {{metrics.a}}',
        '{{pod.status}} / {{graph.dependencies}}',
        'plain',
      ),
    })
    .map((r): LoadedRule => {
      const facts = [...factsOf(r.conditions)];
      return {
        id: `r${i}`,
        pack: 'gen',
        file: `r${i}.yaml`,
        description: 'generated',
        ...(r.appliesTo ? { appliesTo: r.appliesTo } : {}),
        conditions: r.conditions as LoadedRule['conditions'],
        outcome: {
          messageId: 'm',
          ...(r.finding
            ? { finding: { cause: r.cause, weight: r.weight } }
            : { symptom: { type: 'sym', target: { fact: 'pod', path: 'status' } } }),
        },
        messages: { m: r.message },
        facts,
        secondPass: r.second && facts.includes('graph'),
      };
    });

const world = fc.record({
  kinds: fc.array(fc.constantFrom(...KINDS), { minLength: 1, maxLength: 5 }),
  edges: fc.array(fc.tuple(fc.nat(4), fc.nat(4)), { maxLength: 6 }),
  evidence: fc.array(
    fc.record({
      node: fc.nat(4),
      kind: fc.constantFrom('metrics', 'pod', 'flags'),
      attributes: fc.dictionary(fc.constantFrom('a', 'b', 'items', 'status', 'tags'), value, {
        maxKeys: 4,
        noNullPrototype: true,
      }),
      at: fc.constantFrom('2026-01-01T00:00:00Z', '2026-01-01T00:00:01Z'),
    }),
    { maxLength: 8 },
  ),
  // Candidates in any order, sometimes one node twice: outcomes still come out in canonical order.
  order: fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
  duplicate: fc.option(fc.nat(4), { nil: undefined }),
  rules: fc
    .integer({ min: 1, max: 6 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => rule(i)))),
});

// A plugin operator overrides and is left to json-rules-engine by the compiled evaluator.
const pluginOperators: OperatorDefinition[] = [
  { id: 'plugin-odd', evaluate: (v) => typeof v === 'number' && Math.abs(v % 2) === 1 },
];
const pluginFacts = [
  { id: 'plug', compute: ({ node }: { node: { id: string } }) => ({ a: node.id.length }) },
];

type World = typeof world extends fc.Arbitrary<infer T> ? T : never;

function build(w: World) {
  const n = w.kinds.length;
  const components = w.kinds.map((kind, i) => ({
    id: `n${i}`,
    kind,
    dependsOn: [...new Set(w.edges.filter(([a, b]) => a === i && b < n && a !== b).map(([, b]) => `n${b}`))],
  }));
  const graph = createKnowledgeGraph({ apiVersion: 'culprit/v1', kind: 'Topology', components });
  const inOrder: Candidate[] = components.map((c, i) => ({
    node: graph.component(c.id)!,
    evidence: w.evidence
      .filter((e) => e.node % n === i)
      .map(
        (e): Evidence => ({
          node: c.id,
          source: 'gen',
          kind: e.kind,
          attributes: e.attributes as Evidence['attributes'],
          observedAt: e.at,
        }),
      ),
  }));
  const candidates = inOrder
    .map((c, i) => [w.order[i]!, c] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, c]) => c);
  if (w.duplicate !== undefined) {
    const again = inOrder[w.duplicate % n]!;
    candidates.splice(w.duplicate % (n + 1), 0, { node: again.node, evidence: again.evidence.slice(1) });
  }
  const pack: RulePack = {
    name: 'gen',
    version: '1.0.0',
    description: 'generated',
    engine: '*',
    requires: { plugins: [] },
    causes: [],
    dir: '.',
    rules: w.rules,
  };
  return { graph, candidates, pack };
}

describe('compiled rule evaluator', () => {
  it('fires exactly what json-rules-engine fires, with the same facts and messages', async () => {
    let compiledRules = 0;
    let fired = 0;
    await fc.assert(
      fc.asyncProperty(world, async (w) => {
        const { graph, candidates, pack } = build(w);
        const options = { operators: pluginOperators, facts: pluginFacts };
        const settle = (p: Promise<unknown>) =>
          p.then(
            (value) => ({ value }),
            (err: unknown) => ({ error: err instanceof Error ? err.constructor.name : 'thrown' }),
          );
        const reference = await settle(
          createJsonRulesEvaluator([pack], { ...options, concurrency: 1 }).evaluate({ graph, candidates }),
        );
        const compiled = createCompiledRuleEvaluator([pack], options);
        const ours = await settle(compiled.evaluate({ graph, candidates }));
        compiledRules += compiled.stats.compiled;
        if ('value' in ours) {
          const out = ours.value as { findings: unknown[]; symptoms: unknown[] };
          fired += out.findings.length + out.symptoms.length;
        }
        // Same outcomes, or both refuse (a condition json-rules-engine itself cannot evaluate).
        expect(ours).toEqual(reference);
      }),
      { numRuns: 2000 },
    );
    // The generator exercises the compiler, not only the fallback, and rules do fire.
    expect(compiledRules).toBeGreaterThan(2000);
    expect(fired).toBeGreaterThan(1000);
  }, 60_000);

  it('is the default; json-rules-engine is selectable', async () => {
    const [w] = fc.sample(world, { numRuns: 1, seed: 7 });
    const { graph, candidates, pack } = build(w!);
    const a = await createRuleEvaluator([pack]).evaluate({ graph, candidates });
    const b = await createRuleEvaluator([pack], { evaluator: 'json-rules-engine' }).evaluate({
      graph,
      candidates,
    });
    expect(a).toEqual(b);
    expect(createRuleEvaluator([pack])).toHaveProperty('stats');
    expect(createRuleEvaluator([pack], { evaluator: 'json-rules-engine' })).not.toHaveProperty('stats');
  });

  it('leaves candidates whose facts are promises or functions to json-rules-engine', async () => {
    const [w] = fc.sample(world, { numRuns: 1, seed: 11 });
    const { graph, candidates, pack } = build(w!);
    const asyncFacts = [{ id: 'plug', compute: () => Promise.resolve({ a: 1 }) }];
    const ruleOnPlug: LoadedRule = {
      ...pack.rules[0]!,
      id: 'async',
      appliesTo: undefined,
      conditions: { all: [{ fact: 'plug', path: 'a', operator: 'equal', value: 1 }] },
      facts: ['plug'],
      secondPass: false,
    };
    const p = { ...pack, rules: [ruleOnPlug] };
    const ours = await createCompiledRuleEvaluator([p], { facts: asyncFacts }).evaluate({
      graph,
      candidates,
    });
    const ref = await createJsonRulesEvaluator([p], { facts: asyncFacts }).evaluate({ graph, candidates });
    expect(ours).toEqual(ref);
    expect(ours.findings.length + ours.symptoms.length).toBe(candidates.length);
  });
});
