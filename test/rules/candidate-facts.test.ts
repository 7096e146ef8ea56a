// Property tests of the pieces both evaluators share: a candidate's facts (fast path for evidence kinds
// that occur once) and message rendering (parsed once) against their plain definitions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildFacts,
  evidenceFacts,
  nodeFact,
  renderMessage,
  resolvePath,
  type GraphFacts,
} from '../../src/rules/index.js';
import { factOfPlaceholder } from '../../src/rules/load-rule-pack.js';
import type { Component, Evidence } from '../../src/sdk/index.js';
import { createKnowledgeGraph } from '../../src/topology/index.js';

const graph = createKnowledgeGraph({
  apiVersion: 'culprit/v1',
  kind: 'Topology',
  components: [{ id: 'api', kind: 'service', team: 'web', tags: ['edge'] }],
});
const node = graph.component('api') as Component;
const graphFact: GraphFacts = { dependencies: 0, dependents: 0, dependencyFindings: [], dependencySymptoms: [] };

const attributes = fc.dictionary(fc.constantFrom('a', 'b', 'items'), fc.oneof(fc.integer(), fc.string()), {
  maxKeys: 3,
  noNullPrototype: true,
});
const evidence = fc.array(
  fc.record({
    kind: fc.constantFrom('pod', 'metrics', 'graph', 'node', '__proto__', 'plug'),
    source: fc.constantFrom('k8s', 'dd'),
    observedAt: fc.constantFrom('2026-01-01T00:00:00Z', '2026-01-01T00:00:01Z'),
    attributes,
  }),
  { maxLength: 12 },
);

describe('buildFacts', () => {
  it('is evidenceFacts(), then plugin facts, node and graph, with the same keys in the same order', () => {
    const pluginFacts = [{ id: 'plug', compute: () => ({ a: 1 }) }];
    fc.assert(
      fc.property(evidence, (items) => {
        const ev = items.map((e): Evidence => ({ node: 'api', ...e }) as Evidence);
        const facts = buildFacts({ node, evidence: ev }, graph, pluginFacts, graphFact);
        const expected: Record<string, unknown> = { ...evidenceFacts(ev) };
        expected.plug = { a: 1 };
        expected.node = nodeFact(node);
        expected.graph = graphFact;
        expect(Object.getPrototypeOf(facts)).toBe(Object.prototype);
        expect(Object.keys(facts)).toEqual(Object.keys(expected));
        expect(facts).toStrictEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

// The rendering as first written: one regex replace, resolvePath per placeholder, JSON for non-strings.
function renderPlainly(template: string, facts: Record<string, unknown>, ruleFacts: string[]): string {
  return template.replace(/\{\{\s*([^}\s]+)\s*\}\}/g, (match, placeholder: string) => {
    const fact = factOfPlaceholder(placeholder, ruleFacts);
    if (fact === undefined) return match;
    const value = resolvePath(facts[fact], placeholder.slice(fact.length + 1));
    if (value === undefined || value === null) return '?';
    if (typeof value === 'string') return value;
    if (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object'))
      return value.length > 0 ? value.map(String).join(', ') : '(none)';
    return String(JSON.stringify(value));
  });
}

describe('renderMessage', () => {
  it('renders as the plain definition does, for any template and values', () => {
    const scalar = fc.oneof(
      fc.double(),
      fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 1e21, 1e-7, 0.1 + 0.2),
      fc.integer(),
      fc.string(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
    );
    const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(fc.string(), scalar));
    const part = fc.oneof(
      fc.string(),
      fc.constantFrom('{{', '}}', '{{ }}', '{{x}', ' '),
      fc
        .tuple(
          fc.constantFrom('node', 'metrics', 'metrics.rate', 'pod', 'unknown'),
          fc.constantFrom('', '.a', '.b.c', '.0', '.id', '.tags', '.tags.0'),
          fc.constantFrom('', ' ', '  '),
        )
        .map(([f, p, space]) => `{{${space}${f}${p}${space}}}`),
    );
    const template = fc.array(part, { maxLength: 6 }).map((parts) => parts.join(''));
    const facts = fc.record({
      node: fc.constant(nodeFact(node) as unknown),
      metrics: fc.oneof(value, fc.record({ a: value, b: fc.record({ c: value }) })),
      'metrics.rate': value,
      pod: fc.record({ a: value, '0': value }),
    });
    const ruleFacts = fc.subarray(['metrics', 'metrics.rate', 'pod']);
    fc.assert(
      fc.property(template, facts, ruleFacts, (t, f, rf) => {
        expect(renderMessage(t, f, rf)).toBe(renderPlainly(t, f, rf));
      }),
      { numRuns: 2000 },
    );
  });
});
