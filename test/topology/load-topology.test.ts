import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCulpritError } from '../../src/errors/index.js';
import type { Problem } from '../../src/schema/index.js';
import {
  checkTopology,
  createGraphOverlay,
  createKnowledgeGraph,
  DEFAULT_MAX_TOPOLOGY_FILE_BYTES,
  loadTopology,
  type TopologyDocument,
} from '../../src/topology/index.js';

const dir = () => mkdtempSync(join(tmpdir(), 'culprit-topology-'));
const write = (d: string, name: string, text: string) => {
  writeFileSync(join(d, name), text);
  return join(d, name);
};
const codesAt = (problems: Problem[]) => problems.map((p) => `${p.line}:${p.col} ${p.code}`);

const HEADER = 'apiVersion: culprit/v1\nkind: Topology\n';

describe('loading topology files', () => {
  it('loads the bundled shop topology', async () => {
    const graph = await loadTopology('knowledge-graph');
    expect(graph.size).toBeGreaterThanOrEqual(10);
    expect(graph.component('checkout')?.team).toBe('payments');
  });

  it('reports an unknown dependency at the reference', async () => {
    const d = dir();
    const f = write(
      d,
      'a.yaml',
      `${HEADER}components:\n  - id: web\n    kind: service\n    dependsOn: [api, ghost]\n  - id: api\n    kind: service\n`,
    );
    const { problems, graph } = await checkTopology(f);
    expect(graph).toBeUndefined();
    expect(codesAt(problems)).toEqual(['6:22 ERR_TOPOLOGY_UNKNOWN_NODE']);
    expect(problems[0]!.file).toBe(f);
  });

  it('reports a duplicate id across files at the second definition', async () => {
    const d = dir();
    write(d, 'a.yaml', `${HEADER}components:\n  - id: web\n    kind: service\n`);
    const b = write(
      d,
      'b.yaml',
      `${HEADER}components:\n  - id: db\n    kind: database\n  - id: web\n    kind: frontend\n`,
    );
    const { problems } = await checkTopology(d);
    expect(problems.map((p) => [p.file, p.line, p.col, p.code])).toEqual([
      [b, 6, 9, 'ERR_TOPOLOGY_DUPLICATE_ID'],
    ]);
  });

  it('merges several files into one graph, edges across files', async () => {
    const d = dir();
    write(d, 'a.yaml', `${HEADER}components:\n  - id: web\n    kind: service\n    dependsOn: [db]\n`);
    write(d, 'b.yaml', `${HEADER}components:\n  - id: db\n    kind: database\n`);
    const graph = await loadTopology(d);
    expect(graph.dependencies('web')).toEqual(['db']);
  });

  it.each([
    ['syntax error', `${HEADER}components:\n  - id: web\n    kind: [service\n`, 'ERR_YAML_SYNTAX'],
    [
      'alias bomb',
      `${HEADER}x: &a [1,1,1,1,1,1,1,1]\ny: &b [*a,*a,*a,*a,*a,*a,*a,*a]\ncomponents: *b\n`,
      'ERR_YAML_ALIAS',
    ],
    ['duplicate key', `${HEADER}components: []\ncomponents: []\n`, 'ERR_YAML_DUPLICATE_KEY'],
    [
      'unknown property',
      `${HEADER}components:\n  - id: web\n    kind: service\n    colour: blue\n`,
      'ERR_SCHEMA_INVALID',
    ],
    [
      'prototype key',
      `${HEADER}components:\n  - id: web\n    kind: service\n    labels: { __proto__: { polluted: "yes" } }\n`,
      'ERR_YAML_FORBIDDEN_KEY',
    ],
    [
      'self dependency',
      `${HEADER}components:\n  - id: web\n    kind: service\n    dependsOn: [web]\n`,
      'ERR_TOPOLOGY_SELF_DEPENDENCY',
    ],
    [
      'alias claimed twice',
      `${HEADER}components:\n  - id: a\n    kind: service\n    aliases: [x]\n  - id: b\n    kind: service\n    aliases: [x]\n`,
      'ERR_TOPOLOGY_DUPLICATE_ALIAS',
    ],
    ['empty', `${HEADER}components: []\n`, 'ERR_TOPOLOGY_EMPTY'],
    [
      'unknown team',
      `${HEADER}teams: [{ id: core }]\ncomponents:\n  - id: a\n    kind: service\n    team: ghost\n`,
      'ERR_TOPOLOGY_UNKNOWN_TEAM',
    ],
  ])('rejects %s with %s', async (_n, text, code) => {
    const f = write(dir(), 't.yaml', text);
    const { problems } = await checkTopology(f);
    expect(problems.map((p) => p.code)).toContain(code);
    expect(problems.every((p) => p.line >= 1 && p.col >= 1 && p.file === f)).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['!!js/function', `description: !!js/function "function () { return process.exit(1) }"`],
    ['a custom tag', `description: !shell "rm -rf /"`],
    ['!!binary', `description: !!binary aGVsbG8=`],
    ['!!set', `labels: !!set { a, b }`],
    ['!!timestamp', `description: !!timestamp 2001-12-14`],
    ['a verbatim tag', `description: !<tag:yaml.org,2002:js/undefined> x`],
  ])('refuses %s with ERR_YAML_UNKNOWN_TAG at its line', async (_n, line) => {
    const f = write(dir(), 't.yaml', `${HEADER}components:\n  - id: web\n    kind: service\n    ${line}\n`);
    const { problems } = await checkTopology(f);
    const tagged = problems.filter((p) => p.code === 'ERR_YAML_UNKNOWN_TAG');
    expect(tagged).toHaveLength(1);
    expect(tagged[0]!.line).toBe(6);
  });

  it('accepts explicit core tags that only restate a JSON type', async () => {
    const f = write(
      dir(),
      't.yaml',
      `${HEADER}components:\n  - id: web\n    kind: !!str service\n    description: !!str 42\n`,
    );
    expect((await checkTopology(f)).problems).toEqual([]);
  });

  it('rejects 5,000-deep nesting cleanly and files above the size cap', async () => {
    const d = dir();
    const deep = write(d, 'deep.yaml', `${HEADER}components: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    expect((await checkTopology(deep)).problems.map((p) => p.code)).toEqual(['ERR_YAML_TOO_DEEP']);
    const big = write(d, 'big.yaml', `${HEADER}# ${'x'.repeat(1024 * 1024 + 10)}\ncomponents: []\n`);
    const capped = await checkTopology(big, { maxFileBytes: 1024 * 1024 });
    expect(capped.problems.map((p) => p.code)).toEqual(['ERR_FILE_TOO_LARGE']);
  });

  it('the size cap is a configurable default large enough for 10,000 components', async () => {
    expect(DEFAULT_MAX_TOPOLOGY_FILE_BYTES).toBeGreaterThanOrEqual(16 * 1024 * 1024);
    const d = dir();
    const big = write(
      d,
      'big.yaml',
      `${HEADER}# ${'x'.repeat(1024 * 1024 + 10)}\ncomponents:\n  - id: a\n    kind: service\n`,
    );
    expect((await checkTopology(big)).problems).toEqual([]);
    const small = await checkTopology(big, { maxFileBytes: 4096 });
    expect(small.problems.map((p) => p.code)).toEqual(['ERR_FILE_TOO_LARGE']);
  });

  it('loadTopology throws one coded error carrying every problem', async () => {
    const f = write(
      dir(),
      't.yaml',
      `${HEADER}components:\n  - id: a\n    kind: service\n    dependsOn: [x, y]\n`,
    );
    const err = await loadTopology(f).catch((e: unknown) => e);
    expect(isCulpritError(err) && err.code).toBe('ERR_TOPOLOGY_UNKNOWN_NODE');
    expect(isCulpritError(err) && (err.details.problems as unknown[]).length).toBe(2);
  });

  it('a missing path is a coded problem', async () => {
    expect((await checkTopology('/nonexistent/culprit.yaml')).problems.map((p) => p.code)).toEqual([
      'ERR_FILE_NOT_FOUND',
    ]);
  });
});

describe('graph queries', () => {
  const doc: TopologyDocument = {
    apiVersion: 'culprit/v1',
    kind: 'Topology',
    components: [
      { id: 'web', kind: 'frontend', aliases: ['www'], addresses: ['web:80'], dependsOn: ['api'] },
      {
        id: 'api',
        kind: 'service',
        dependsOn: ['db', 'cache'],
        kubernetes: { namespace: 'prod', workload: { kind: 'Deployment', name: 'api-server' } },
      },
      { id: 'db', kind: 'database', addresses: ['db.internal:5432'], dependsOn: ['api'] },
      { id: 'cache', kind: 'cache', runsOn: ['host1'] },
      { id: 'host1', kind: 'node' },
    ],
  };
  const graph = createKnowledgeGraph(doc);

  it('resolves ids, aliases, addresses and workloads', () => {
    expect(graph.resolve('WWW')?.id).toBe('web');
    expect(graph.resolve('db.internal:5432')?.id).toBe('db');
    expect(graph.findByAddress('db.internal')?.id).toBe('db');
    expect(graph.findByWorkload('prod', 'api-server')?.id).toBe('api');
    expect(graph.resolve('nothing')).toBeUndefined();
  });

  it('walks dependencies and dependents breadth-first, with cycles and depth caps', () => {
    expect(graph.dependencies('web')).toEqual(['api', 'db', 'cache']);
    expect(graph.dependencies('web', { depth: 1 })).toEqual(['api']);
    expect(graph.dependents('api')).toEqual(['web', 'db']);
    expect(graph.dependencies('db')).toEqual(['api', 'cache']);
    expect(graph.runsOn('cache')).toEqual(['host1']);
  });

  it('finds shortest paths over depends-on and runs-on edges', () => {
    expect(graph.path('web', 'host1')).toEqual(['web', 'api', 'cache', 'host1']);
    expect(graph.path('host1', 'web')).toBeUndefined();
    expect(graph.neighbourhood('cache', 1).sort()).toEqual(['api', 'host1']);
  });

  it('an overlay adds discovered nodes without touching the base graph', () => {
    const overlay = createGraphOverlay(graph, [
      { id: 'k8s-node-x', kind: 'node', usedBy: ['api'], edgeType: 'runs-on' },
    ]);
    expect(overlay.runsOn('api')).toEqual(['k8s-node-x']);
    expect(overlay.path('web', 'k8s-node-x')).toEqual(['web', 'api', 'k8s-node-x']);
    expect(overlay.component('k8s-node-x')?.discovered).toBe(true);
    expect(graph.has('k8s-node-x')).toBe(false);
    expect(overlay.size).toBe(graph.size + 1);
  });

  it('round-trips through toDocument', () => {
    const again = createKnowledgeGraph(graph.toDocument());
    expect([...again.components()].map((c) => c.id)).toEqual([...graph.components()].map((c) => c.id));
    expect(again.dependencies('web')).toEqual(graph.dependencies('web'));
  });
});

describe('properties', () => {
  it('arbitrary YAML never fails with anything but coded problems', async () => {
    const d = dir();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.stringMatching(/^[\s\S]{0,300}$/), yamlish()),
        async (text) => {
          const f = write(d, 'p.yaml', text);
          const result = await checkTopology(f);
          for (const p of result.problems) expect(p.code).toMatch(/^ERR_[A-Z_]+$/);
          expect(result.graph !== undefined || result.problems.length > 0).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('dependencies and dependents are inverse relations; paths are real edge walks', () => {
    fc.assert(
      fc.property(randomTopology(), (doc) => {
        const g = createKnowledgeGraph(doc);
        const ids = doc.components.map((c) => c.id);
        for (const a of ids) {
          for (const b of g.dependencies(a)) expect(g.dependents(b)).toContain(a);
          for (const b of g.dependents(a, { depth: 1 })) expect(g.dependencies(b, { depth: 1 })).toContain(a);
          expect(g.dependencies(a, { depth: 1 }).length).toBeLessThanOrEqual(g.dependencies(a).length);
          for (const b of ids) {
            const p = g.path(a, b);
            if (!p) continue;
            expect(p[0]).toBe(a);
            expect(p.at(-1)).toBe(b);
            for (let i = 0; i + 1 < p.length; i++)
              expect(g.outEdges(p[i]!).some((e) => e.to === p[i + 1])).toBe(true);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

function yamlish() {
  const scalar = fc.oneof(
    fc.string({ maxLength: 10 }),
    fc.integer(),
    fc.constant('&a'),
    fc.constant('*a'),
    fc.constant('__proto__'),
  );
  return fc
    .array(fc.tuple(fc.stringMatching(/^[a-z_]{1,8}$/), scalar, fc.nat(4)), { maxLength: 15 })
    .map(
      (lines) =>
        `${HEADER}${lines.map(([k, v, indent]) => `${' '.repeat(indent)}${k}: ${String(v)}`).join('\n')}\n`,
    );
}

function randomTopology() {
  return fc.integer({ min: 1, max: 12 }).chain((n) =>
    fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * 3 }).map((pairs): TopologyDocument => {
      const deps = new Map<number, Set<number>>();
      for (const [a, b] of pairs) if (a !== b) deps.set(a, (deps.get(a) ?? new Set()).add(b));
      return {
        apiVersion: 'culprit/v1',
        kind: 'Topology',
        components: Array.from({ length: n }, (_, i) => ({
          id: `c${i}`,
          kind: 'service' as const,
          dependsOn: [...(deps.get(i) ?? [])].map((j) => `c${j}`),
        })),
      };
    }),
  );
}
