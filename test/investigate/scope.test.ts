import { describe, expect, it } from 'vitest';
import { resolveScope } from '../../src/investigate/scope.js';
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
  ],
} as never);

describe('resolveScope', () => {
  it('holds the named components, their dependencies and their direct callers', () => {
    expect(resolveScope(graph, ['payment']).nodes).toEqual(['payment', 'queue', 'web']);
    expect(resolveScope(graph, ['queue']).nodes).toEqual(['dispatch', 'payment', 'queue']);
  });
  it('callers can be left out', () => {
    expect(resolveScope(graph, ['payment'], { callers: false }).nodes).toEqual(['payment', 'queue']);
  });
});
