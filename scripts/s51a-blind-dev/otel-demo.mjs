// Batch s51a blind dev scenario for the OpenTelemetry demo (kit system definition): a bulk catalogue import grows the
// product-catalog-products ConfigMap; product-catalog (20Mi limit, GOMEMLIMIT 16MiB) is OOMKilled at every (re)load.
import { system } from '../kit-systems/otel-demo.mjs';
import { clock, cs } from '../s2-scenario-kit.mjs';

export { system };

const INCIDENT = '2026-08-21T13:47:00Z';
const T = clock(INCIDENT);
const EDIT = -38;
const IMG = 'ghcr.io/open-telemetry/demo:2.1.3-product-catalog';
const NODE = 'gke-astro-prod-default-pool-5f2c1a7e-9xwl';
const pc = (min, message, severity = 'info') => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const pcPrevious = [
  pc(-2.05, 'Loading products from /usr/src/app/products'),
  pc(-2.02, 'Product Catalog gRPC server started on port: 8080'),
];
const grpcStack = [
  '    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)',
  '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)',
  '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client-interceptors.js:361:141)',
  '    at /app/node_modules/@grpc/grpc-js/build/src/resolving-call.js:129:78',
  '    at process.processTicksAndRejections (node:internal/process/task_queues:77:11)',
  'for call at',
  '    at ServiceClientImpl.makeUnaryRequest (/app/node_modules/@grpc/grpc-js/build/src/client.js:161:32)',
  '    at ServiceClientImpl.<anonymous> (/app/node_modules/@grpc/grpc-js/build/src/make-client.js:105:19)',
  '    at /app/.next/server/pages/api/products.js:1:1832 {',
];
const FE = [-35.6, -33.9, -31.2, -28.4, -25.7, -22.1, -19.8, -16.3, -13.5, -10.9, -7.6, -4.8, -2.0, -0.6];
const frontend = [
  '  ▲ Next.js 14.2.28',
  '  - Local:        http://localhost:8080',
  '  - Network:      http://0.0.0.0:8080',
  '',
  ' ✓ Starting...',
  ' ✓ Ready in 412ms',
  ...FE.flatMap((m, i) => {
    const dropped = i % 3 === 2;
    const msg = dropped ? '14 UNAVAILABLE: Connection dropped' : `14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED %SVCIP:product-catalog%:8080 (${T.isoMs(m - 0.01)})`;
    return [` ⨯ Error: ${msg}`, ...grpcStack, '  code: 14,', `  details: '${msg.slice(17)}',`, "  metadata: Metadata { internalRepr: Map(0) {}, options: {} }", '}'];
  }),
];
const envoy = FE.map((m, i) => `[${T.isoMs(m + 0.005)}] "GET ${i % 2 ? '/api/products' : '/api/recommendations?productIds='} HTTP/1.1" 500 - via_upstream - "-" 0 ${i % 2 ? 21 : 62} ${12 + i} ${11 + i} "-" "python-requests/2.32.3" "${['a71f3c2e', '0e94b5d1', '5c2d8f7a', 'd13e6b09'][i % 4]}-6b2a-4c7e-9f1d-${String(318204771 + i * 7).padStart(12, '0')}" "frontend-proxy:8080" "%IPOF:frontend#0%:8080" frontend 10.48.1.${30 + (i % 5)}:${40210 + i} %PODIP%:8080 10.48.2.17:${51022 + i} - -`);
const checkout = [
  JSON.stringify({ time: T.isoMs(-50), level: 'INFO', msg: 'payment went through', transaction_id: '6f1e2a9c-3b7d-4c05-8e41-d2a9b7c3f018' }),
  ...[-29.9, -17.2, -5.5].map((m) => JSON.stringify({ time: T.isoMs(m), level: 'ERROR', msg: `failed to prepare order: failed to get product #"OLJCESPC7Z": rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:product-catalog%:8080: connect: connection refused"` })),
];
const accountingPrevious = [
  'info: Microsoft.Hosting.Lifetime[0]',
  '      Application started. Press Ctrl+C to shut down.',
];

export const configMapEdits = { 's51a-product-catalog-oom-catalogue-import': [['product-catalog-products', 'kubectl-edit', EDIT, INCIDENT, ['products.json']]] };

export const scenarios = [
  {
    folder: 's51a-product-catalog-oom-catalogue-import',
    incidentTime: INCIDENT,
    description: 'astronomy shop homepage shows no products and checkout errors out, since roughly 13:10',
    expected: { component: 'product-catalog', cause: 'oom-killed' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      The merchandising team pasted a bulk catalogue import (several hundred products with long descriptions) into the
      product-catalog-products ConfigMap with \`kubectl edit\` (its managedFields carry the edit). product-catalog mounts that
      ConfigMap at /usr/src/app/products and re-reads it every PRODUCT_CATALOG_RELOAD_INTERVAL=10 seconds; decoding the much
      larger JSON pushes the Go heap past the container's 20Mi limit (GOMEMLIMIT=16MiB is only a soft goal), so the kernel
      OOM-kills it seconds after each start: lastState OOMKilled / exit 137, CrashLoopBackOff, the GKE node-problem-detector's
      "OOMKilling" Node event with "Memory cgroup out of memory: Killed process ... (product-catalog)". Its previous log just
      stops after startup (an OOM kill leaves nothing). Values as rendered in opentelemetry-demo.yaml 2.1.3: product-catalog
      port 8080, limit 20Mi, GOMEMLIMIT 16MiB, the products ConfigMap volume; frontend, checkout and recommendation reach it at
      product-catalog:8080. Callers are louder: the Next.js frontend prints grpc-js "14 UNAVAILABLE: No connection established
      ... ECONNREFUSED" (no endpoints between restarts) and "Connection dropped" (killed mid-call), frontend-proxy's Envoy access
      log 500s, checkout's "failed to prepare order". Decoy: accounting OOMKilled once three days ago (Entity Framework batch
      on a 120Mi limit), running since.`,
    workloads: {
      'product-catalog': {
        pods: [{
          node: NODE,
          containers: { 'product-catalog': cs.crashLoop({ restarts: 9, exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-2.05), finishedAt: T.iso(-1.95), container: 'product-catalog' }) },
          readyTransition: T.iso(EDIT + 1.7),
        }],
        endpointsChanged: -1.95,
      },
      accounting: { pods: [{ containers: { accounting: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }] },
    },
    configMaps: [
      { name: 'flagd-config', keys: ['demo.flagd.json'] },
      { name: 'otel-collector', keys: ['relay'] },
      { name: 'product-catalog-products', keys: ['products.json'] },
    ],
    events: [
      { on: `node:${NODE}`, reason: 'OOMKilling', type: 'Warning', source: 'kernel-monitor', message: 'Memory cgroup out of memory: Killed process 2184617 (product-catalog) total-vm:1262144kB, anon-rss:19876kB, file-rss:9216kB, shmem-rss:0kB, UID:65532 pgtables:212kB oom_score_adj:999', first: EDIT + 1.6, last: -1.95, count: 10 },
      { on: 'pod:product-catalog#0', reason: 'Pulled', fieldPath: 'spec.containers{product-catalog}', message: `Container image "${IMG}" already present on machine`, first: EDIT + 1.7, last: -2.1, count: 10 },
      { on: 'pod:product-catalog#0', reason: 'Created', fieldPath: 'spec.containers{product-catalog}', message: 'Created container product-catalog', first: EDIT + 1.7, last: -2.08, count: 10 },
      { on: 'pod:product-catalog#0', reason: 'Started', fieldPath: 'spec.containers{product-catalog}', message: 'Started container product-catalog', first: EDIT + 1.7, last: -2.06, count: 10 },
      { on: 'pod:product-catalog#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{product-catalog}', message: 'Back-off restarting failed container product-catalog in pod %POD%_otel-demo(%PODUID%)', first: EDIT + 2.4, last: -0.4, count: 147 },
    ],
    logs: {
      'product-catalog#0/product-catalog/previous': pcPrevious,
      'frontend#0/frontend': frontend,
      'frontend-proxy#0/frontend-proxy': envoy,
      'checkout#0/checkout': checkout,
      'accounting#0/accounting/previous': accountingPrevious,
    },
  },
];
