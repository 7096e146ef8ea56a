// Benchmark: small graph queries on a 20,000-node knowledge graph, against graphology-traversal's
// bfsFromNode (which allocates per graph size) on the same graph in the same process.
// Run: npx tsx bench/topology.ts
import { bfsFromNode } from 'graphology-traversal';
import { MultiDirectedGraph } from 'graphology';
import { createKnowledgeGraph } from '../src/topology/index.js';

const N = 20_000;
const QUERIES = 2_000;
// Many small clusters: each query touches ~10 nodes, whatever the graph's size.
const components = Array.from({ length: N }, (_, i) => ({
  id: `n${i}`,
  kind: 'service' as const,
  dependsOn: i % 10 < 9 ? [`n${i + 1}`] : [],
}));
const kg = createKnowledgeGraph({ apiVersion: 'culprit/v1', kind: 'Topology', components });
const raw = new MultiDirectedGraph();
for (const c of components) raw.addNode(c.id);
for (const c of components) for (const d of c.dependsOn) raw.addEdge(c.id, d);

function measure(label: string, fn: (start: string) => number): { ms: number } {
  for (let i = 0; i < 200; i++) fn(`n${(i * 10) % N}`);
  const start = performance.now();
  let visited = 0;
  for (let i = 0; i < QUERIES; i++) visited += fn(`n${(i * 10) % N}`);
  const ms = performance.now() - start;
  console.log(
    `${label.padEnd(44)} ${((ms / QUERIES) * 1000).toFixed(1).padStart(8)} µs/query  (${visited / QUERIES} nodes/query)`,
  );
  return { ms };
}

const ours = measure('KnowledgeGraph.dependencies (transitive)', (s) => kg.dependencies(s).length);
const theirs = measure('graphology-traversal bfsFromNode', (s) => {
  let n = 0;
  bfsFromNode(raw, s, () => void n++, { mode: 'outbound' });
  return n - 1;
});
measure('KnowledgeGraph.path (10 hops)', (s) => kg.path(s, `n${Number(s.slice(1)) + 9}`)?.length ?? 0);
console.log(`ratio graphology-traversal / culprit: ${(theirs.ms / ours.ms).toFixed(1)}x time`);
