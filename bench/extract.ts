// Benchmark: default extraction per request at 1k and 10k components (indexed lookup), against a
// full scan of every name with edit distance (the pre-index matcher) in the same run.
// Run: npx tsx bench/extract.ts   (prints µs per request and ratios; record in docs/benchmarks.md)
import { performance } from 'node:perf_hooks';
import { createDefaultExtractor, editDistance } from '../src/extract/index.js';
import { createKnowledgeGraph } from '../src/topology/index.js';

const SIZES = [1_000, 10_000];
const REQUESTS = 400;

let seed = 7;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const SYLLABLES = [
  'led',
  'ger',
  'bas',
  'ket',
  'pay',
  'ment',
  'or',
  'der',
  'his',
  'to',
  'ry',
  'cat',
  'a',
  'log',
  'user',
  'ship',
  'ping',
  'quo',
  'te',
  'fraud',
  'ac',
  'count',
  'mail',
  'rec',
  'om',
  'mend',
  'in',
  'vent',
  'ory',
];
const word = () => Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(SYLLABLES)).join('');

function topology(n: number) {
  const ids = new Set<string>();
  while (ids.size < n) ids.add(`${word()}-${word()}${ids.size}`);
  const list = [...ids];
  return createKnowledgeGraph({
    apiVersion: 'culprit/v1',
    kind: 'Topology',
    components: list.map((id, i) => ({
      id,
      kind: 'service' as const,
      aliases: [`${id}-svc`],
      dependsOn: i + 1 < list.length ? [list[i + 1]!] : [],
    })),
  });
}

function typo(s: string): string {
  const i = 1 + Math.floor(rand() * (s.length - 2));
  return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
}

/** The pre-index matcher: every word of five letters or more against every name of the graph. */
function scanBaseline(text: string, names: string[]): number {
  let hits = 0;
  for (const token of text.toLowerCase().split(/[^a-z0-9-]+/)) {
    if (token.length < 5) continue;
    for (const name of names) {
      if (Math.abs(name.length - token.length) > 2) continue;
      if (editDistance(token, name, 2) <= 2) hits++;
    }
  }
  return hits;
}

const now = new Date('2026-03-14T14:31:00Z');
const rows: string[] = [];
for (const n of SIZES) {
  const graph = topology(n);
  const ids = [...graph.components()].map((c) => c.id);
  const names = ids.flatMap((id) => [id, `${id}-svc`]);
  const texts = Array.from({ length: REQUESTS }, (_, i) =>
    i % 2 === 0
      ? `${typo(pick(ids))} throwing 500s since ~14:05, ${pick(ids)} looks fine`
      : `the ${pick(SYLLABLES)}${pick(SYLLABLES)} svc is broken for the past 20 minutes, users see errors`,
  );
  const extractor = createDefaultExtractor();
  const t0 = performance.now();
  await extractor.extract({ description: 'warm-up', now }, graph);
  const build = performance.now() - t0;
  for (const description of texts.slice(0, 100)) await extractor.extract({ description, now }, graph); // JIT warm-up
  for (const description of texts.slice(0, 20)) scanBaseline(description, names);
  const t1 = performance.now();
  for (const description of texts) await extractor.extract({ description, now }, graph);
  const indexed = ((performance.now() - t1) * 1000) / REQUESTS;
  const t2 = performance.now();
  for (const description of texts) scanBaseline(description, names);
  const scan = ((performance.now() - t2) * 1000) / REQUESTS;
  rows.push(
    `| ${n.toLocaleString('en')} | ${build.toFixed(0)} ms | ${indexed.toFixed(0)} µs | ${scan.toFixed(0)} µs | ${(scan / indexed).toFixed(1)}× |`,
  );
}
console.log(`requests per size: ${REQUESTS}`);
console.log(
  '| components | index build (once) | indexed extraction / request | full scan / request | scan ÷ indexed |',
);
console.log('| --- | --- | --- | --- | --- |');
for (const r of rows) console.log(r);
