// Batch s41a (blind dev): one OpenTelemetry demo incident, built by scripts/s41a-build.mjs with the kit and the kit system
// definition scripts/kit-systems/otel-demo.mjs (demo 2.1.3 on GKE).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const T = clock('2026-07-21T14:36:00Z');
const N2 = 'gke-astro-prod-default-pool-5f2c1a7e-9xwl';
const pyLog = (min, lvl, line, msg, trace = null) => {
  const d = T.java(min).replace('.', ',');
  const [tid, sid, smp] = trace ?? ['0', '0', 'False'];
  return `${d} ${lvl} [main] [recommendation_server.py:${line}] [trace_id=${tid} span_id=${sid} resource.service.name=recommendation trace_sampled=${smp}] - ${msg}`;
};
const IDS = ['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0', 'LS4PSXUNUM', '9SIQT8TOJO', '6E92ZMYYFZ', 'HQTGWGPNH4'];
const hex = (i, n) => { let s = ''; let x = ((i + 1) * 2654435761) >>> 0; while (s.length < n) { x = (x * 1103515245 + 12345) >>> 0; s += x.toString(16).padStart(8, '0'); } return s.slice(0, n); };
// One container life: start, then requests with the leak's cache miss / hit lines, getting slower as cached_ids grows.
const recLife = (from, to, seed) => {
  const out = [pyLog(from, 'INFO', 205, 'Recommendation service started, listening on port 8080')];
  let k = 0;
  for (let m = from + 0.15; m < to; m += 0.21 + (k % 3) * 0.05, k++) {
    const tr = [hex(seed + k, 32), hex(seed + k + 7, 16), 'True'];
    out.push(pyLog(m, 'INFO', (seed + k) % 2 ? 74 : 81, (seed + k) % 2 ? 'get_product_list: cache miss' : 'get_product_list: cache hit', tr));
    const pick = [0, 1, 2, 3, 4].map((j) => IDS[(seed + k * 3 + j * 2) % IDS.length]);
    out.push(pyLog(m + 0.002 + k * 0.0004, 'INFO', 47, `Receive ListRecommendations for product ids:${JSON.stringify(pick).replaceAll('"', "'").replaceAll(',', ', ')}`, tr));
  }
  return out;
};
// Restarts: the flag was switched on at -47; each life lasts longer as the back-off grows, then the cgroup OOM kill.
const deaths = [-44.6, -42.1, -39.3, -36.2, -32.8, -29.0, -24.9, -20.1, -15.2, -10.1, -5.0];
const FE_STACK = [
  '    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)',
  '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)',
  '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client-interceptors.js:360:141)',
  '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client-interceptors.js:323:181)',
  '    at /app/node_modules/@grpc/grpc-js/build/src/resolving-call.js:129:78',
  '    at process.processTicksAndRejections (node:internal/process/task_queues:85:11)',
  'for call at',
  '    at ServiceClientImpl.makeUnaryRequest (/app/node_modules/@grpc/grpc-js/build/src/client.js:161:32)',
  '    at ServiceClientImpl.<anonymous> (/app/node_modules/@grpc/grpc-js/build/src/make-client.js:105:19)',
  '    at /app/.next/server/pages/api/recommendations.js:1:1377',
];
const feLog = [];
const proxyLog = [];
deaths.forEach((d, i) => {
  // while the new container starts (and during back-off) the Service has no ready endpoint: refused; at the kill: dropped.
  feLog.push(`Error: 14 UNAVAILABLE: Connection dropped`, ...FE_STACK);
  for (let j = 0; j < 3; j++) feLog.push(`Error: 14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED %SVCIP:recommendation%:8080 (${T.isoMs(d + 0.1 + j * 0.15)})`, ...FE_STACK);
  for (let j = 0; j < 4; j++) {
    const m = d + j * 0.12;
    proxyLog.push(`[${T.isoMs(m)}] "GET /api/recommendations?productIds=${IDS[(i + j) % IDS.length]} HTTP/1.1" 500 - via_upstream - "-" 0 21 ${j ? 3 : 2871} ${j ? 3 : 2870} "-" "python-requests/2.32.4" "${hex(i * 10 + j, 8)}-${hex(i, 4)}-4${hex(j, 3)}-8${hex(i + j, 3)}-${hex(i * j + 3, 12)}" "frontend-proxy:8080" "%IPOF:frontend#0%:8080" frontend - %PODIP%:8080 %IPOF:load-generator#0%:${38000 + i * 11 + j} - -`);
  }
});

export const scenarios = [
  {
    folder: 's41a-recommendation-cache-leak-oom',
    incidentTime: '2026-07-21T14:36:00Z',
    description: 'astro shop: product pages erroring, "you may also like" section blank half the time, frontend logs full of UNAVAILABLE',
    expected: { component: 'recommendation', cause: 'oom-killed' },
    difficulty: 'easy',
    traits: ['louder-dependents', 'decoy'],
    grounding: `
      Manifest and source facts (open-telemetry/opentelemetry-demo 2.1.3, kubernetes/opentelemetry-demo.yaml): recommendation
      is a Python gRPC server with a 500Mi memory limit and no request, listening on 8080; the frontend's
      /api/recommendations route calls it with @grpc/grpc-js and frontend-proxy (Envoy) fronts the frontend. The demo's
      flagd flag recommendationCacheFailure turns on a deliberate leak in get_product_list (recommendation_server.py): on
      each "cache miss" it appends the catalogue's ids to the module-level cached_ids and then a quarter of the list again,
      so the list grows geometrically; the service logs "get_product_list: cache miss" / "cache hit" only while the flag is on.
      Someone enabled the flag in the flagd UI at about 13:49 (a game-day toggle left on). The process then grows to its
      500Mi limit in a few minutes and the kernel's memory cgroup kills it (OOMKilled, exit 137, node-problem-detector's
      OOMKilling event on the node); eleven restarts in 45 minutes, back-off between them. The frontend logs grpc-js
      "14 UNAVAILABLE: Connection dropped" at each kill and "No connection established ... ECONNREFUSED" while the
      Service has no ready endpoint, and frontend-proxy logs 500s on /api/recommendations: the callers are louder.
      Decoys: a healthy currency rollout an hour earlier, an old kafka restart.`,
    workloads: {
      recommendation: {
        pods: [{
          node: N2,
          containers: {
            recommendation: cs.restartedRunning({ restarts: 11, startedAt: T.iso(-4.6), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-9.6), finishedAt: T.iso(-5.0) } }),
          },
        }],
      },
      currency: { rollout: { at: -61, oldContainers: { currency: { image: 'ghcr.io/open-telemetry/demo:2.1.2-currency' } } } },
      kafka: {
        pods: [{ containers: { kafka: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 41), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 41) } }) } }],
      },
    },
    events: [
      ...deaths.map((d, i) => ({ on: `node:${N2}`, source: 'kernel-monitor', type: 'Warning', reason: 'OOMKilling', message: `Memory cgroup out of memory: Killed process ${28441 + i * 613} (python) total-vm:${1021844 + i * 911}kB, anon-rss:${508212 + (i % 4) * 377}kB, file-rss:${31516 - i * 9}kB, shmem-rss:0kB, UID:0 pgtables:1204kB oom_score_adj:969`, first: d, last: d })),
      { on: 'pod:recommendation#0', reason: 'Pulled', message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-recommendation" already present on machine', first: -44.5, last: -4.6, count: 11, fieldPath: 'spec.containers{recommendation}' },
      { on: 'pod:recommendation#0', reason: 'Created', message: 'Created container: recommendation', first: -44.5, last: -4.6, count: 11, fieldPath: 'spec.containers{recommendation}' },
      { on: 'pod:recommendation#0', reason: 'Started', message: 'Started container recommendation', first: -44.5, last: -4.6, count: 11, fieldPath: 'spec.containers{recommendation}' },
      { on: 'pod:recommendation#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container recommendation in pod %POD%_otel-demo(%PODUID%)', first: -36.1, last: -4.7, count: 19, fieldPath: 'spec.containers{recommendation}' },
      { on: 'deploy:currency', reason: 'ScalingReplicaSet', message: 'Scaled up replica set currency-%NEW% to 1', first: -61, last: -61 },
      { on: 'deploy:currency', reason: 'ScalingReplicaSet', message: 'Scaled down replica set currency-%OLD% to 0 from 1', first: -60.5, last: -60.5 },
    ],
    logs: {
      'recommendation#0/recommendation': recLife(-4.55, -0.1, 911),
      'recommendation#0/recommendation/previous': recLife(-9.55, -5.01, 517),
      'frontend#0/frontend': feLog,
      'frontend-proxy#0/frontend-proxy': proxyLog,
      'currency#0/currency': [
        `Currency service listening on port: 8080`,
      ],
    },
  },
];
