// Counts the Kubernetes API requests one investigation makes, per scenario of a corpus split, against
// the fake API server (which records every request). Reads only; no timing. Run:
//   npx tsx bench/kube-requests.ts test/scenarios dev
import { dirname } from 'node:path';
import { rmSync } from 'node:fs';
import { loadBuiltinPlugin } from '../src/cli/builtin-plugin.js';
import { createEngine } from '../src/engine/index.js';
import { loadCorpus } from '../src/eval/index.js';
import { incidentWindow } from '../src/investigate/index.js';
import { loadRulePacks } from '../src/rules/index.js';
import { startFakeKubernetes } from '../src/testing/fake-kubernetes.js';

const [root = 'test/scenarios', split = 'dev'] = process.argv.slice(2);
const corpus = await loadCorpus([root]);
const rules = await loadRulePacks(['rules']);
const kubernetes = await loadBuiltinPlugin('kubernetes');
const counts: { id: string; total: number; logs: number; lists: number }[] = [];
for (const scenario of corpus.scenarios.filter((s) => s.split === split)) {
  const now = new Date(scenario.incidentTime);
  const kube = await startFakeKubernetes({ snapshot: scenario.dir, now: () => now });
  const engine = await createEngine({
    topology: scenario.graph,
    rules,
    clock: () => now,
    plugins: [{ plugin: kubernetes, config: { kubeconfig: kube.kubeconfig, requestTimeoutMs: 5000 } }],
  });
  try {
    const prepared = await engine.prepare({
      id: `bench:${scenario.id}`,
      description: scenario.description,
      createdAt: scenario.incidentTime,
      source: 'eval',
    });
    const since = kube.requests.length;
    await engine.investigate({ ...prepared, window: incidentWindow(prepared) });
    const made = kube.requests.slice(since);
    counts.push({
      id: scenario.id,
      total: made.length,
      logs: made.filter((r) => r.path.endsWith('/log')).length,
      lists: made.filter((r) => !r.path.endsWith('/log')).length,
    });
  } finally {
    await engine.close();
    await kube.close();
    rmSync(dirname(kube.kubeconfigPath), { recursive: true, force: true });
  }
}
const sorted = (k: 'total' | 'logs' | 'lists') => counts.map((c) => c[k]).sort((a, b) => a - b);
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))] ?? 0;
for (const k of ['total', 'lists', 'logs'] as const) {
  const xs = sorted(k);
  console.log(
    `${k}: median ${pct(xs, 50)}, p95 ${pct(xs, 95)}, max ${xs[xs.length - 1] ?? 0}, sum ${xs.reduce((a, b) => a + b, 0)} over ${xs.length} scenarios`,
  );
}
