// Benchmark: how long `culprit serve` (built CLI, example topology, bundled rules, the Kubernetes
// plugin against a fake API) takes from spawn until /readyz answers 200, against `node -e 0` in the
// same run. Each spawn gets a fresh data directory. Run: npm run build && npx tsx bench/serve-ready.ts
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeKubernetes } from '../src/testing/fake-kubernetes.js';
import { buildShopCluster } from '../src/testing/shop-cluster.js';

const RUNS = Number(process.env.BENCH_SERVE_RUNS ?? 5);
const CLI = 'dist/src/cli/main.js';
if (!existsSync(CLI)) throw new Error(`bench: ${CLI} is missing, run npm run build first`);

const cluster = buildShopCluster({ fault: 'oom-killed', now: new Date() });
const kube = await startFakeKubernetes(cluster.objects, cluster.logs);

/** Spawn → first 200 from /readyz (polled every 5 ms once the listening line is printed). */
async function readyOnce(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'culprit-bench-serve-'));
  const config = join(dir, 'culprit.yaml');
  writeFileSync(
    config,
    `plugins:\n  - module: culprit/plugins/kubernetes\n    config: { kubeconfig: ${JSON.stringify(kube.kubeconfigPath)} }\n`,
  );
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [CLI, 'serve', '--config', config, '--data', join(dir, 'data'), '--port', '0', '--log-level', 'warn'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /listening on (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
    });
    for (;;) {
      const res = await fetch(`${url}/readyz`).catch(() => undefined);
      if (res?.status === 200) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 5));
    }
  } finally {
    child.kill('SIGKILL');
    await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r(undefined)));
    rmSync(dir, { recursive: true, force: true });
  }
}

function nodeOnce(): number {
  const started = performance.now();
  spawnSync(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  return performance.now() - started;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
await readyOnce(); // warm the file-system cache
const ready: number[] = [];
const node: number[] = [];
for (let i = 0; i < RUNS; i++) {
  node.push(nodeOnce());
  ready.push(await readyOnce());
}
await kube.close();
rmSync(join(kube.kubeconfigPath, '..'), { recursive: true, force: true });
console.log(`median of ${RUNS} spawns, example topology, bundled rules, kubernetes plugin (fake API)`);
console.log(`node -e 0                           ${median(node).toFixed(0).padStart(5)} ms`);
console.log(
  `culprit serve → /readyz 200         ${median(ready).toFixed(0).padStart(5)} ms   (target ≤ 500 ms; worst ${Math.max(...ready).toFixed(0)} ms)`,
);
