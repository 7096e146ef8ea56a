// `npm run bench`: runs every benchmark in bench/ (each in its own process, one after the other) and
// writes their output, with the machine it ran on, into docs/benchmarks.md between the run-all
// markers. Sections other benchmarks write elsewhere in that file are left as they are.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, freemem, totalmem, release, type } from 'node:os';

const DOC = 'docs/benchmarks.md';
const START = '<!-- bench:run-all:start -->';
const END = '<!-- bench:run-all:end -->';
const benches = readdirSync('bench')
  // Shared modules of the benchmarks, not benchmarks themselves.
  .filter(
    (f) => f.endsWith('.ts') && !['run-all.ts', 'rules-fixture.ts', 'hand-compiled-rules.ts'].includes(f),
  )
  // BENCH_ONLY=http,cli-start runs a subset (the other sections are then left out of this run's block).
  .filter(
    (f) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(',').includes(f.replace(/\.ts$/, '')),
  )
  .sort();

const tsx = (file: string) => spawnSync(process.execPath, ['--import', 'tsx', file], { encoding: 'utf8' });
const sections: string[] = [];
for (const file of benches) {
  process.stderr.write(`bench/${file} … `);
  const started = performance.now();
  const run = tsx(`bench/${file}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(`${run.status === 0 ? 'ok' : `exit ${run.status}`} (${seconds} s)\n`);
  const output = (run.status === 0 ? run.stdout : `${run.stdout}\n${run.stderr}`).trim();
  sections.push(
    `### bench/${file} (${seconds} s${run.status === 0 ? '' : `, exit ${run.status}`})\n\n\`\`\`\n${output}\n\`\`\``,
  );
}

const cpu = cpus();
let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
} catch {
  // not a git checkout: the commit stays unknown
}
const machine = [
  `| Run | ${new Date().toISOString()} (commit ${commit}) |`,
  '| --- | --- |',
  `| CPU | ${cpu[0]?.model ?? 'unknown'} × ${cpu.length} |`,
  `| Memory | ${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(freemem() / 2 ** 30).toFixed(1)} GiB free) |`,
  `| OS | ${type()} ${release()} |`,
  `| Node | ${process.version} |`,
].join('\n');
const block = `${START}\n## All benchmarks — \`npm run bench\`\n\nWritten by \`bench/run-all.ts\`${process.env.BENCH_ONLY ? ` (subset: BENCH_ONLY=${process.env.BENCH_ONLY})` : ''}; every ratio is against a baseline measured in the same run on this machine.\n\n${machine}\n\n${sections.join('\n\n')}\n${END}`;

const doc = readFileSync(DOC, 'utf8');
const from = doc.indexOf(START);
const to = doc.indexOf(END);
writeFileSync(
  DOC,
  from >= 0 && to > from
    ? doc.slice(0, from) + block + doc.slice(to + END.length)
    : `${doc.trimEnd()}\n\n${block}\n`,
);
process.stderr.write(`wrote ${DOC}\n`);
