// Batch s43a (blind dev, split: dev): one OpenTelemetry demo incident on the kit system scripts/kit-systems/otel-demo.mjs
// (opentelemetry-demo 2.1.3 Helm render): a values override with a misspelt KAFKA_ADDR crash-loops checkout after the upgrade.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const T = clock('2026-05-19T14:52:00Z');
const base = (n) => system.workloads.find((w) => w.name === n).containers[0];
const checkoutEnv = base('checkout').env.map((e) => (e.name === 'KAFKA_ADDR' ? { name: 'KAFKA_ADDR', value: 'kakfa:9092' } : e));
const DNS = '34.118.224.10';
const co = (min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const startup = (min) => [
  co(min, 'info', 'Initializing new client'),
  co(min + 0.001, 'info', 'client/metadata fetching metadata for all topics from broker kakfa:9092'),
  co(min + 0.002, 'info', `Failed to connect to broker kakfa:9092: dial tcp: lookup kakfa on ${DNS}:53: no such host`),
  co(min + 0.0025, 'info', `client/metadata got error from broker -1 while fetching metadata: dial tcp: lookup kakfa on ${DNS}:53: no such host`),
  co(min + 0.006, 'info', 'client/metadata no available broker to send metadata request to'),
  co(min + 0.0062, 'info', 'client/brokers resurrecting 1 dead seed brokers'),
  co(min + 0.0064, 'info', 'Closing Client'),
  co(min + 0.0066, 'fatal', `kafka: client has run out of available brokers to talk to: dial tcp: lookup kakfa on ${DNS}:53: no such host`),
];
const fe = () => [
  'Error: 14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED %SVCIP:checkout%:8080',
  '    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)',
  '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)',
  '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client-interceptors.js:361:141)',
  '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client-interceptors.js:324:181)',
  '    at /app/node_modules/@grpc/grpc-js/build/src/resolving-call.js:135:78',
  'for call at',
  '    at ServiceClientImpl.makeUnaryRequest (/app/node_modules/@grpc/grpc-js/build/src/client.js:161:32)',
  `    at ServiceClientImpl.placeOrder (/app/node_modules/@grpc/grpc-js/build/src/make-client.js:105:19)`,
  `    at /app/.next/server/pages/api/checkout.js:1:1402 {`,
  '  code: 14,',
  `  details: 'No connection established. Last error: connect ECONNREFUSED %SVCIP:checkout%:8080',`,
  `  metadata: Metadata { internalRepr: Map(0) {}, options: {} }`,
  '}',
];
const envoy = (min, path, code, flags, dur, id, ua = 'python-requests/2.32.4') =>
  `[${T.isoMs(min)}] "${path.startsWith('POST') ? '' : 'GET '}${path} HTTP/1.1" ${code} ${flags} ${code === 200 ? 'via_upstream' : 'via_upstream'} - "-" ${path.startsWith('POST') ? 411 : 0} ${code === 200 ? 4183 : 52} ${dur} ${dur - 1} "-" "${ua}" "${id}" "frontend-proxy:8080" "%IPOF:frontend#0%:8080" frontend 10.48.1.37:58814 10.48.1.37:8080 10.48.2.19:41102 - -`;

const feLog = ['   ▲ Next.js 15.2.4', '   - Local:        http://localhost:8080', '   - Network:      http://0.0.0.0:8080', '', ' ✓ Starting...', ' ✓ Ready in 412ms'];
const proxyLog = [];
for (let i = 0; i < 11; i++) {
  const m = -24.6 + i * 2.2;
  feLog.push(...fe());
  proxyLog.push(envoy(m - 0.05, '/api/products?currencyCode=USD', 200, '-', 41, `5f0c${i}e1a-9b7d-4c2e-8a31-2d6f4b9e07c${i}`));
  proxyLog.push(envoy(m, 'POST /api/checkout?currencyCode=USD', 500, '-', 14, `a3e9${i}c7d-1f42-4b6a-9d58-7c0e2b1f94a${i}`));
}

export const scenarios = [
  {
    folder: 's43a-checkout-kafka-addr-typo',
    incidentTime: '2026-05-19T14:52:00Z',
    description: 'astronomy shop: place order fails with 500 for everyone since the 14:25 helm upgrade, cart and browsing fine',
    expected: { component: 'checkout', cause: 'config-error' },
    alsoAcceptable: [{ component: 'checkout', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      OpenTelemetry demo 2.1.3 checkout (Go): KAFKA_ADDR is read at start and, when set, the Sarama async producer is created
      before the gRPC server listens; an error there is fatal. The 14:25 Helm upgrade carried a values override for checkout
      meant to point it at a new broker alias and mistyped it as kakfa:9092. The wait-for-kafka init container still probes the
      chart's hard-coded kafka:9092 and passes, the container starts (no readiness probe upstream, so the rollout completes and
      the old pod is gone), then Sarama's client logs "Failed to connect to broker kakfa:9092: dial tcp: lookup kakfa on
      <kube-dns>:53: no such host" and "kafka: client has run out of available brokers to talk to" and the process exits 1:
      CrashLoopBackOff, 10 restarts. The frontend's grpc-js placeOrder calls fail with "14 UNAVAILABLE: No connection
      established ... connect ECONNREFUSED" and frontend-proxy answers POST /api/checkout with 500 (louder than checkout). The
      same upgrade rolled email (memory limit 100Mi to 150Mi), which is healthy: a decoy. kafka, accounting and fraud-detection
      keep the correct kafka:9092 and are unaffected.`,
    workloads: {
      checkout: {
        rollout: { at: -26.5, revision: 5, oldContainers: { checkout: { env: base('checkout').env } } },
        containers: { checkout: { env: checkoutEnv } },
        unavailableSince: -26,
        pods: [{
          created: T.iso(-26.5),
          containers: { checkout: cs.crashLoop({ restarts: 10, exitCode: 1, reason: 'Error', startedAt: T.iso(-2.6), finishedAt: T.iso(-2.59), container: 'checkout' }) },
        }],
      },
      email: {
        rollout: { at: -26.4, revision: 5, oldContainers: { email: { resources: { limits: { memory: '100Mi' } } } } },
        containers: { email: { resources: { limits: { memory: '150Mi' } } } },
      },
      kafka: {
        pods: [{ containers: { kafka: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 24 * 4 - 0.3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:checkout', reason: 'ScalingReplicaSet', message: 'Scaled up replica set checkout-%NEW% to 1', first: -26.5 },
      { on: 'deploy:checkout', reason: 'ScalingReplicaSet', message: 'Scaled down replica set checkout-%OLD% to 0 from 1', first: -26.2 },
      { on: 'deploy:email', reason: 'ScalingReplicaSet', message: 'Scaled up replica set email-%NEW% to 1', first: -26.4 },
      { on: 'deploy:email', reason: 'ScalingReplicaSet', message: 'Scaled down replica set email-%OLD% to 0 from 1', first: -26.0 },
      { on: 'pod:checkout#0', reason: 'Pulled', fieldPath: 'spec.containers{checkout}', message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-checkout" already present on machine', first: -26.1, last: -2.6, count: 11 },
      { on: 'pod:checkout#0', reason: 'Started', fieldPath: 'spec.containers{checkout}', message: 'Started container checkout', first: -26.1, last: -2.6, count: 11 },
      { on: 'pod:checkout#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{checkout}', message: 'Back-off restarting failed container checkout in pod %POD%_otel-demo(%PODUID%)', first: -25.9, last: -0.4, count: 112 },
    ],
    logs: {
      'checkout#0/checkout': startup(-2.6),
      'checkout#0/checkout/previous': startup(-7.6),
      'frontend#0/frontend': feLog,
      'frontend-proxy#0/frontend-proxy': proxyLog,
    },
  },
];
