// Benchmark: one investigation of each demo fault (the example shop served by the fake Kubernetes
// API, read by the real plugin and the bundled rules), with every API request delayed 10 ms by a
// proxy in front of the fake server, as a remote API server would answer. Prints per fault the
// median time of 3 investigations (extraction + investigation), the requests made and the top cause; then median and worst.
// Run: npx tsx bench/demo-faults.ts
import { createServer, request as httpRequest, type Server } from 'node:http';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadBuiltinPlugin } from '../src/cli/builtin-plugin.js';
import { createEngine } from '../src/engine/index.js';
import { incidentWindow } from '../src/investigate/index.js';
import { startFakeKubernetes } from '../src/testing/fake-kubernetes.js';
import { buildShopCluster, SHOP_FAULTS, type ShopFault } from '../src/testing/shop-cluster.js';

const LATENCY_MS = Number(process.env.BENCH_API_LATENCY_MS ?? 10);
const RUNS = Number(process.env.BENCH_DEMO_RUNS ?? 3);

/** A proxy that holds every request LATENCY_MS before forwarding it to `target`. */
async function delayingProxy(target: URL): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    setTimeout(() => {
      const upstream = httpRequest(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    }, LATENCY_MS);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address() as { port: number };
  return { url: `http://127.0.0.1:${address.port}`, server };
}

const kubernetes = await loadBuiltinPlugin('kubernetes');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows: { fault: string; ms: number; requests: number; top: string }[] = [];
for (const fault of Object.keys(SHOP_FAULTS) as ShopFault[]) {
  const now = new Date();
  const cluster = buildShopCluster({ fault, now });
  const kube = await startFakeKubernetes(cluster.objects, cluster.logs);
  const proxy = await delayingProxy(new URL(kube.url));
  const kubeconfig = kube.kubeconfig.replace(kube.url, proxy.url);
  const engine = await createEngine({
    topology: ['knowledge-graph'],
    rules: ['rules'],
    plugins: [{ plugin: kubernetes, config: { kubeconfig, requestTimeoutMs: 3000 } }],
  });
  try {
    const times: number[] = [];
    let requests = 0;
    let top = '';
    // One untimed run first: the first investigation of an engine builds its indexes.
    for (let i = 0; i <= RUNS; i++) {
      const since = kube.requests.length;
      const started = performance.now();
      const prepared = await engine.prepare({
        description: SHOP_FAULTS[fault].incident,
        createdAt: now.toISOString(),
        source: 'demo',
      });
      const { report } = await engine.investigate({ ...prepared, window: incidentWindow(prepared) });
      if (i === 0) continue;
      times.push(performance.now() - started);
      requests = kube.requests.length - since;
      const h = report.hypotheses[0];
      top = h ? `${h.node} ${h.cause}` : 'inconclusive';
    }
    rows.push({ fault, ms: median(times), requests, top });
  } finally {
    await engine.close();
    proxy.server.closeAllConnections();
    await new Promise((r) => proxy.server.close(r));
    await kube.close();
    rmSync(dirname(kube.kubeconfigPath), { recursive: true, force: true });
  }
}
console.log(
  `${LATENCY_MS} ms per API request, median of ${RUNS} investigations per fault (after one warm-up)`,
);
for (const r of rows)
  console.log(
    `${r.fault.padEnd(22)} ${r.ms.toFixed(0).padStart(5)} ms  ${String(r.requests).padStart(3)} requests  top: ${r.top}`,
  );
const ms = rows.map((r) => r.ms);
console.log(
  `all ${rows.length} faults: median ${median(ms).toFixed(0)} ms (target ≤ 150), worst ${Math.max(...ms).toFixed(0)} ms (target ≤ 250); requests median ${median(rows.map((r) => r.requests))}`,
);
