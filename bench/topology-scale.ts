// Benchmark: loading a 10,000-component topology (parse, safety checks, schema, graph) against
// parsing the same YAML with the `yaml` package alone, as one file and split across 10 files.
// Run: npx tsx bench/topology-scale.ts [--json]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadTopology } from '../src/topology/index.js';

const N = Number(process.env.BENCH_N ?? 10_000);
const PARTS = 10;
// Interleaved (yaml, load, yaml, load, …) so both sides see the same machine state; GC pauses make
// single runs move by ±10 %, hence the median of several.
const RUNS = Number(process.env.BENCH_TOPOLOGY_RUNS ?? 7);

function component(i: number): string {
  const deps = [1, 7, 31].map((k) => i + k).filter((j) => j < N);
  return [
    `  - id: svc-${i}`,
    `    kind: service`,
    `    team: team-${i % 50}`,
    `    aliases: [service-${i}, s${i}]`,
    `    addresses: [svc-${i}.prod.svc.cluster.local]`,
    `    kubernetes: { namespace: ns-${i % 20}, workload: { kind: Deployment, name: svc-${i} } }`,
    `    tags: [tier-${i % 3}]`,
    ...(deps.length ? [`    dependsOn: [${deps.map((d) => `svc-${d}`).join(', ')}]`] : []),
  ].join('\n');
}

const header = (name: string) => `apiVersion: culprit/v1\nkind: Topology\nmetadata: { name: ${name} }\n`;
const dir = mkdtempSync(join(tmpdir(), 'culprit-bench-topology-'));
const one = join(dir, 'one.yaml');
writeFileSync(
  one,
  `${header('one')}components:\n${Array.from({ length: N }, (_, i) => component(i)).join('\n')}\n`,
);
const split = join(dir, 'split');
mkdirSync(split);
for (let p = 0; p < PARTS; p++) {
  const ids = Array.from({ length: N / PARTS }, (_, k) => p * (N / PARTS) + k);
  writeFileSync(
    join(split, `part-${String(p).padStart(2, '0')}.yaml`),
    `${header(`part-${p}`)}components:\n${ids.map(component).join('\n')}\n`,
  );
}
const splitFiles = Array.from({ length: PARTS }, (_, p) =>
  join(split, `part-${String(p).padStart(2, '0')}.yaml`),
);

async function medians(a: () => unknown, b: () => unknown): Promise<[number, number]> {
  await a();
  await b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    for (const [fn, into] of [
      [a, ta],
      [b, tb],
    ] as const) {
      const start = performance.now();
      await fn();
      into.push(performance.now() - start);
    }
  }
  const mid = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(RUNS / 2)]!;
  return [mid(ta), mid(tb)];
}

const rows: { case: string; yamlMs: number; loadMs: number; ratio: number }[] = [];
for (const [name, files] of [
  ['one file', [one]],
  [`${PARTS} files`, splitFiles],
] as const) {
  const [yamlMs, loadMs] = await medians(
    () => files.map((f) => parse(readFileSync(f, 'utf8'))),
    async () => {
      const graph = await loadTopology([...files]);
      if (graph.size !== N) throw new Error('bench: wrong component count');
    },
  );
  rows.push({ case: name, yamlMs, loadMs, ratio: loadMs / yamlMs });
}
const bytes = readFileSync(one).length;
rmSync(dir, { recursive: true, force: true });

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ components: N, bytes, rows }));
} else {
  console.log(`${N} components, ${(bytes / 1024 / 1024).toFixed(1)} MiB of YAML, median of ${RUNS}`);
  for (const r of rows)
    console.log(
      `${r.case.padEnd(10)} yaml.parse ${r.yamlMs.toFixed(0).padStart(5)} ms   loadTopology ${r.loadMs.toFixed(0).padStart(5)} ms   ratio ${r.ratio.toFixed(2)}×`,
    );
}
