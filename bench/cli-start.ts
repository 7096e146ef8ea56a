// Benchmark: start-up of `culprit --help` and `culprit validate` (built CLI, dist/) against
// `node -e 0`, each spawned several times in the same run; prints medians and ratios.
// Run: npm run build && npx tsx bench/cli-start.ts
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 9);
const CLI = 'dist/src/cli/main.js';
if (!existsSync(CLI)) throw new Error(`bench: ${CLI} is missing, run npm run build first`);

function median(args: string[]): number {
  spawnSync(process.execPath, args);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const run = spawnSync(process.execPath, args, { stdio: 'ignore' });
    if (run.status !== 0) throw new Error(`bench: node ${args.join(' ')} exited ${run.status}`);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

const node = median(['-e', '0']);
const help = median([CLI, '--help']);
const validate = median([CLI, 'validate', 'knowledge-graph', 'rules']);
console.log(`median of ${RUNS} spawns`);
console.log(`node -e 0                          ${node.toFixed(0).padStart(5)} ms`);
console.log(
  `culprit --help                     ${help.toFixed(0).padStart(5)} ms   ${(help / node).toFixed(2)}× node -e 0`,
);
console.log(
  `culprit validate knowledge-graph rules ${validate.toFixed(0).padStart(5)} ms   ${(validate / node).toFixed(2)}× node -e 0`,
);
