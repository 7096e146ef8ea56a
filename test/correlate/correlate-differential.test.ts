// Differential test (fast-check): correlate() with closures computed once per investigation gives the
// same result as the per-hypothesis version it replaced (reference-correlate.ts), cycles and hosts included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correlate } from '../../src/correlate/index.js';
import type { FindingRef, SymptomRef } from '../../src/sdk/index.js';
import { createKnowledgeGraph } from '../../src/topology/index.js';
import { referenceCorrelate } from './reference-correlate.js';

const CAUSES = ['oom-killed', 'crash-loop', 'node-not-ready'];

const world = fc.integer({ min: 1, max: 10 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.boolean()), { maxLength: n * 2 }),
    findings: fc.array(
      fc.record({
        node: fc.nat(n),
        cause: fc.nat(CAUSES.length - 1),
        weight: fc.constantFrom(0.2, 0.5, 0.5, 0.8, 0.95),
        rule: fc.nat(2),
      }),
      { maxLength: 10 },
    ),
    symptoms: fc.array(
      fc.record({
        node: fc.nat(n),
        kind: fc.nat(2),
        target: fc.option(fc.nat(n), { nil: undefined }),
      }),
      { maxLength: 12 },
    ),
    named: fc.uniqueArray(fc.nat(n), { maxLength: 3 }),
    scopeOut: fc.option(fc.nat(n), { nil: undefined }),
  }),
);
type World = typeof world extends fc.Arbitrary<infer T> ? T : never;

// Node n (one past the topology) is a name the graph does not know: outcomes may still name it.
function build(w: World) {
  const name = (i: number) => `c${i}`;
  const deps = new Map<number, Map<number, 'depends-on' | 'runs-on'>>();
  for (const [a, b, runsOn] of w.edges) {
    if (a === b) continue;
    const m = deps.get(a) ?? new Map<number, 'depends-on' | 'runs-on'>();
    if (!m.has(b)) m.set(b, runsOn ? 'runs-on' : 'depends-on');
    deps.set(a, m);
  }
  const graph = createKnowledgeGraph({
    apiVersion: 'culprit/v1',
    kind: 'Topology',
    components: Array.from({ length: w.n }, (_, i) => ({
      id: name(i),
      kind: 'service' as const,
      dependsOn: [...(deps.get(i) ?? new Map<number, string>())].map(([b, type]) =>
        type === 'depends-on' ? name(b) : { id: name(b), type: 'runs-on' as const },
      ),
    })),
  });
  const findings: FindingRef[] = w.findings.map((f, i) => ({
    ruleId: `r${f.rule}`,
    pack: 'p',
    node: name(f.node),
    cause: CAUSES[f.cause]!,
    weight: f.weight,
    messageId: 'm',
    message: `finding ${i % 3}`,
    facts: {},
  }));
  const symptoms: SymptomRef[] = w.symptoms.map((s, i) => ({
    ruleId: `s${s.kind}`,
    pack: 'p',
    node: name(s.node),
    symptom: `sym${s.kind}`,
    ...(s.target !== undefined ? { target: name(s.target) } : {}),
    messageId: 'm',
    message: `symptom ${i % 4}`,
    facts: {},
  }));
  const scope = Array.from({ length: w.n + 1 }, (_, i) => i)
    .filter((i) => i !== w.scopeOut)
    .map(name);
  return { graph, findings, symptoms, named: w.named.map(name), scope };
}

describe('correlate, closures once per investigation', () => {
  it('gives the same result as the per-hypothesis reference', () => {
    fc.assert(
      fc.property(world, (w) => {
        const input = build(w);
        expect(correlate(input)).toEqual(referenceCorrelate(input));
      }),
      { numRuns: 800 },
    );
  });

  it('also with no named component (the path falls back to the farthest explained dependent)', () => {
    fc.assert(
      fc.property(world, (w) => {
        const input = { ...build(w), named: [] };
        expect(correlate(input)).toEqual(referenceCorrelate(input));
      }),
      { numRuns: 300 },
    );
  });

  it('counts every explained symptom and lists the first maxExplains', () => {
    const graph = createKnowledgeGraph({
      apiVersion: 'culprit/v1',
      kind: 'Topology',
      components: [
        { id: 'db', kind: 'database' },
        ...Array.from({ length: 5 }, (_, i) => ({
          id: `api${i}`,
          kind: 'service' as const,
          dependsOn: ['db'],
        })),
      ],
    });
    const symptoms: SymptomRef[] = Array.from({ length: 5 }, (_, i) => ({
      ruleId: 's',
      pack: 'p',
      node: `api${i}`,
      symptom: 'errors',
      messageId: 'm',
      message: 'errors',
      facts: {},
    }));
    const findings: FindingRef[] = [
      {
        ruleId: 'f',
        pack: 'p',
        node: 'db',
        cause: 'oom-killed',
        weight: 0.8,
        messageId: 'm',
        message: 'oom',
        facts: {},
      },
    ];
    const input = { graph, findings, symptoms, named: [], scope: ['db', ...symptoms.map((s) => s.node)] };
    const full = correlate(input);
    const short = correlate(input, { maxExplains: 2 });
    expect(short.hypotheses[0]!.confidence).toBe(full.hypotheses[0]!.confidence);
    expect(full.hypotheses[0]!.explains).toHaveLength(5);
    expect(short.hypotheses[0]!.explains).toEqual(full.hypotheses[0]!.explains.slice(0, 2));
    const coverage = short.hypotheses[0]!.factors.find((f) => f.name === 'coverage')!;
    expect(coverage.value).toBe(1);
    expect(coverage.note).toMatch(/\b5\b/);
    expect(full.hypotheses[0]!.factors.find((f) => f.name === 'coverage')!.note).toBeUndefined();
  });
});
