import { describe, expect, it } from 'vitest';
import { resolveScope, widenScope } from '../../src/investigate/scope.js';
import { createKnowledgeGraph } from '../../src/topology/index.js';

const graph = createKnowledgeGraph({
  apiVersion: 'culprit/v1',
  kind: 'Topology',
  metadata: { name: 'shop' },
  components: [
    { id: 'web', kind: 'frontend', dependsOn: ['payment'] },
    { id: 'payment', kind: 'service', dependsOn: ['queue'] },
    { id: 'dispatch', kind: 'service', dependsOn: ['queue'] },
    { id: 'queue', kind: 'queue' },
    { id: 'mobile', kind: 'frontend', dependsOn: ['payment', 'profile'] },
    { id: 'profile', kind: 'service', dependsOn: ['profile-db'] },
    { id: 'profile-db', kind: 'database' },
  ],
} as never);

describe('resolveScope', () => {
  it('holds the named components, their dependencies and their direct callers', () => {
    expect(resolveScope(graph, ['payment']).nodes).toEqual(['mobile', 'payment', 'queue', 'web']);
    expect(resolveScope(graph, ['queue']).nodes).toEqual(['dispatch', 'payment', 'queue']);
  });
  it('callers can be left out', () => {
    expect(resolveScope(graph, ['payment'], { callers: false }).nodes).toEqual(['payment', 'queue']);
  });
});

describe('widenScope (the second look of an inconclusive investigation)', () => {
  it("adds the named components' callers' other dependencies, with their own dependencies", () => {
    const first = resolveScope(graph, ['payment']);
    expect(first.nodes).not.toContain('profile');
    expect(widenScope(graph, first)).toEqual({
      named: ['payment'],
      nodes: ['mobile', 'payment', 'profile', 'profile-db', 'queue', 'web'],
    });
  });
  it("the dependency depth bounds the siblings' dependencies too", () => {
    const first = resolveScope(graph, ['payment'], { dependencyDepth: 1 });
    expect(widenScope(graph, first, { dependencyDepth: 0 })?.nodes).toEqual([
      'mobile',
      'payment',
      'profile',
      'queue',
      'web',
    ]);
  });
  it('with nothing named, looks from the front door: the frontends become the named components', () => {
    const first = resolveScope(graph, []);
    expect(first.named).toEqual([]);
    expect(widenScope(graph, first)).toEqual({ named: ['mobile', 'web'], nodes: first.nodes });
    const backOnly = createKnowledgeGraph({
      apiVersion: 'culprit/v1',
      kind: 'Topology',
      metadata: { name: 'back' },
      components: [
        { id: 'api', kind: 'service', dependsOn: ['db'] },
        { id: 'db', kind: 'database' },
      ],
    } as never);
    expect(widenScope(backOnly, resolveScope(backOnly, []))).toBeUndefined();
  });
  it('adds nothing when callers are left out, or every sibling is already in scope', () => {
    expect(widenScope(graph, resolveScope(graph, []), { callers: false })).toBeUndefined();
    expect(
      widenScope(graph, resolveScope(graph, ['payment'], { callers: false }), { callers: false }),
    ).toBeUndefined();
    // queue's callers (payment, dispatch) depend on nothing else.
    expect(widenScope(graph, resolveScope(graph, ['queue']))).toBeUndefined();
  });
});
