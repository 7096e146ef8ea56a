// Batch s42b held-out scenario for the OpenTelemetry demo (split: test), written blind: kit system definition
// scripts/kit-systems/otel-demo.mjs, expanded by scripts/s42b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

// ---------------------------------------------------------------------------------------------------------------
// s42b-checkout-oom-loadtest: a load test (load-generator rolled out with LOCUST_USERS=80) pushes checkout, a Go
// service with a 20Mi limit and GOMEMLIMIT=16MiB, past its limit; it is OOMKilled again and again.
const I = '2026-07-09T16:12:00Z';
const T = clock(I);
const [N0, N1, N2] = system.nodes.map((n) => n.name);

const lg = system.workloads.find((w) => w.name === 'load-generator');
const lgEnv = lg.containers[0].env.map((e) => (e.name === 'LOCUST_USERS' ? { name: 'LOCUST_USERS', value: '80' } : e));

const lr = (min, sev, msg) => JSON.stringify({ message: msg, severity: sev, timestamp: T.isoMs(min).replace('Z', '') + '417Z' });
const boot = (min) => [
  lr(min, 'info', 'service config: &{productCatalogSvcAddr:product-catalog:8080 cartSvcAddr:cart:8080 currencySvcAddr:currency:8080 shippingSvcAddr:http://shipping:8080 emailSvcAddr:http://email:8080 paymentSvcAddr:payment:8080 kafkaBrokerSvcAddr:kafka:9092 UnimplementedCheckoutServiceServer:{} KafkaProducerClient:0xc0001e2000 shippingSvcClient:0xc000126a40 productCatalogSvcClient:0xc000126a50 cartSvcClient:0xc000126a60 currencySvcClient:0xc000126a70 emailSvcClient:0xc000126a80 paymentSvcClient:0xc000126a90}'),
  lr(min + 0.001, 'info', 'starting to listen on tcp: "[::]:8080"'),
];
const USERS = ['2b4f1d3a-5c11-11f0-9a1e-0a580a300117', '2c0d9e71-5c11-11f0-9a1e-0a580a300117', '2d7a44b0-5c11-11f0-9a1e-0a580a300117', '2e51c8f2-5c11-11f0-9a1e-0a580a300117'];
const order = (min, k) => [
  lr(min, 'info', `[PlaceOrder] user_id="${USERS[k % 4]}" user_currency="USD"`),
  lr(min + 0.004, 'info', `payment went through (transaction_id: ${['8f1c2b9e', 'a41d77c0', '0c93e5d2', '5be0a8f4'][k % 4]}-7d2e-4b6a-9f31-${String(300000000000 + k * 7717).slice(0, 12)})`),
  lr(min + 0.006, 'info', `order confirmation email sent to "${['alice', 'bob', 'carol', 'dave'][k % 4]}@example.com"`),
  lr(min + 0.006, 'info', 'sending to postProcessor'),
];
const checkoutRun = (from, to, step) => {
  const out = [...boot(from)];
  let k = 0;
  for (let m = from + 0.1; m < to; m += step) out.push(...order(m, k++));
  return out;
};

const envoy = (min, method, path, code, flags, up, dur) =>
  `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${code} ${flags} via_upstream - "-" ${method === 'POST' ? 412 : 0} ${code === 200 ? 1932 : 86} ${dur} ${dur - 1} "-" "python-requests/2.32.3" "${(Math.round(min * 1e4) >>> 0).toString(16).padStart(8, '0')}-1c2d-4e5f-8a9b-0c1d2e3f4a5b" "frontend-proxy:8080" "${up}:8080"`;
const proxyLog = [];
for (let m = -45; m < -0.3; m += 1.4) {
  proxyLog.push(envoy(m, 'GET', '/api/products/OLJCESPC7Z?currencyCode=USD', 200, '-', '10.48.1.37', 41));
  proxyLog.push(envoy(m + 0.3, 'POST', '/api/cart?currencyCode=USD', 200, '-', '10.48.1.37', 23));
  const bad = m > -29 && Math.round(m * 10) % 3 !== 0;
  proxyLog.push(envoy(m + 0.6, 'POST', '/api/checkout?currencyCode=USD', bad ? 500 : 200, '-', '10.48.1.37', bad ? 7 : 388));
}

const frontLog = [];
for (let m = -28.5; m < -0.3; m += 2.2) // console.error of the API route, no timestamps
  frontLog.push(
    `Error: 14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED %SVCIP:checkout%:8080`,
    '    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)',
    '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)',
    '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client-interceptors.js:361:141)',
    '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client-interceptors.js:324:181)',
    '    at /app/node_modules/@grpc/grpc-js/build/src/resolving-call.js:135:78',
    'for call at',
    '    at ServiceClientImpl.makeUnaryRequest (/app/node_modules/@grpc/grpc-js/build/src/client.js:161:32)',
    '    at ServiceClientImpl.placeOrder (/app/node_modules/@grpc/grpc-js/build/src/make-client.js:105:19)',
    '    at /app/.next/server/pages/api/checkout.js:1:1203',
  );

const oomKill = (pid, rss) =>
  `Memory cgroup out of memory: Killed process ${pid} (checkout) total-vm:1263644kB, anon-rss:${rss}kB, file-rss:6212kB, shmem-rss:0kB, UID:0 pgtables:188kB oom_score_adj:999`;

export const scenarios = [
  {
    folder: 's42b-checkout-oom-loadtest',
    description: 'astronomy shop: place order failing for ~half the attempts since about 15:45, frontend shows "failed to place order". cart + browsing ok',
    incidentTime: I,
    expected: { component: 'checkout', cause: 'oom-killed' },
    difficulty: 'easy',
    traits: ['time-expression', 'louder-dependents', 'decoy'],
    grounding: `
      open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml (2.1.3): checkout is a Go service with only a
      memory limit of 20Mi and GOMEMLIMIT=16MiB (a soft limit, so the heap can still go past the cgroup limit); the
      demo's own PR #1931 measured checkout at 12.45MiB of 20MiB at the default load of 10 locust users, and issue
      #3034 lists demo services OOMKilled at their manifest limits. A perf-test rollout of load-generator sets
      LOCUST_USERS=80; from ~15:43 checkout is OOMKilled (exit 137, reason OOMKilled) six times, with GKE's
      node-problem-detector "OOMKilling" events ("Memory cgroup out of memory: Killed process ... (checkout)") and
      kubelet BackOff; the Go runtime writes nothing when the kernel kills it, so the previous log just stops after
      logrus JSON lines (main.go: JSONFormatter with timestamp/severity/message). The frontend's grpc-js client logs
      "14 UNAVAILABLE: No connection established ... ECONNREFUSED" and frontend-proxy's Envoy access log shows 500 on
      POST /api/checkout while the pod restarts. Decoys: the load-generator rollout itself (healthy) and a four-day-old
      kafka OOMKill.
    `,
    workloads: {
      'load-generator': {
        rollout: { at: -38, revision: 5, oldContainers: { 'load-generator': { env: lg.containers[0].env } } },
        containers: { 'load-generator': { env: lgEnv } },
        pods: [{ node: N2 }],
      },
      checkout: {
        pods: [{
          node: N1,
          created: T.iso(-60 * 24 * 5),
          containers: {
            checkout: cs.restartedRunning({
              restarts: 6, startedAt: T.iso(-1.6),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-5.9), finishedAt: T.iso(-4.3) },
            }),
          },
        }],
      },
      frontend: { pods: [{ node: N1 }] },
      'frontend-proxy': { pods: [{ node: N0 }] },
      kafka: {
        pods: [{
          node: N0,
          containers: {
            kafka: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 4),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 7), finishedAt: T.iso(-60 * 24 * 4 - 0.2) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:load-generator', reason: 'ScalingReplicaSet', message: 'Scaled up replica set load-generator-%NEW% to 1', first: -38, last: -38 },
      { on: 'deploy:load-generator', reason: 'ScalingReplicaSet', message: 'Scaled down replica set load-generator-%OLD% to 0 from 1', first: -37.4, last: -37.4 },
      { on: `node:${N1}`, type: 'Warning', reason: 'OOMKilling', source: 'kernel-monitor', message: oomKill(2417736, 19948), first: -26.8, last: -26.8 },
      { on: `node:${N1}`, type: 'Warning', reason: 'OOMKilling', source: 'kernel-monitor', message: oomKill(2453190, 20012), first: -4.3, last: -4.3 },
      { on: 'pod:checkout#0', reason: 'Pulled', message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-checkout" already present on machine', fieldPath: 'spec.containers{checkout}', first: -26.7, last: -1.6, count: 6 },
      { on: 'pod:checkout#0', reason: 'Created', message: 'Created container: checkout', fieldPath: 'spec.containers{checkout}', first: -26.7, last: -1.6, count: 6 },
      { on: 'pod:checkout#0', reason: 'Started', message: 'Started container checkout', fieldPath: 'spec.containers{checkout}', first: -26.7, last: -1.6, count: 6 },
      { on: 'pod:checkout#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container checkout in pod %POD%_otel-demo(%PODUID%)', fieldPath: 'spec.containers{checkout}', first: -20.5, last: -2.1, count: 9 },
    ],
    logs: {
      'checkout#0/checkout': checkoutRun(-1.6, -0.2, 0.35),
      'checkout#0/checkout/previous': checkoutRun(-5.9, -4.35, 0.3),
      'frontend-proxy#0/frontend-proxy': proxyLog,
      'frontend#0/frontend': frontLog,
    },
  },
];
