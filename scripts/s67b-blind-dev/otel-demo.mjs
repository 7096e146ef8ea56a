// Blind dev batch s67b: an OpenTelemetry demo scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// shipping rolled out with QUOTE_ADDR pointing at quote:8090 (the code's fallback port): Ready, every quote refused.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/otel-demo.mjs';

export const system = base;

const INCIDENT = '2026-04-08T11:20:00Z';
const T = clock(INCIDENT);
const R = -34; // 10:46, shipping rollout

const shippingBase = base.workloads.find((w) => w.name === 'shipping').containers[0];
const envWith = (addr) => shippingBase.env.map((e) => (e.name === 'QUOTE_ADDR' ? { ...e, value: addr } : e));

const ISO6 = (min) => T.isoMs(min).replace('Z', `${String(Math.round(Math.abs(min) * 997) % 1000).padStart(3, '0')}Z`);
const shippingLog = [
  `${ISO6(R + 0.6)}  INFO shipping: Shipping service is starting on port 8080`,
  `${ISO6(R + 0.6)}  INFO actix_server::builder: starting 4 workers`,
  `${ISO6(R + 0.6)}  INFO actix_server::server: Actix runtime found; starting in Actix runtime`,
];
// quote (PHP, ReactPHP + Slim, Monolog to stdout): steady traffic until the rollout, then nothing.
const quoteLog = [];
for (let m = -60; m < R; m += 0.7) {
  const items = 1 + (Math.round(-m) % 5);
  quoteLog.push(`[${T.isoMs(m).replace('Z', '+00:00').replace(/\.(\d{3})/, '.$1412')}] quote.INFO: Calculated quote {"total":${(items * 8.9).toFixed(2)}} []`);
}

// checkout (Go, slog JSON): every PlaceOrder now fails at the shipping quote, before payment.
const checkoutLog = [];
const frontendLog = [];
let n = 0;
for (let m = -60; m < -0.3; m += 0.75) {
  n++;
  const uid = `${(0x7c1e0a00 + n * 977).toString(16)}-2f3b-11f1-9a4e-6a2d${String(n).padStart(8, '0')}`;
  checkoutLog.push(`{"time":"${T.isoMs(m)}","level":"INFO","msg":"[PlaceOrder] user_id=\\"${uid}\\" user_currency=\\"USD\\""}`);
  if (m < R + 0.5) {
    checkoutLog.push(`{"time":"${T.isoMs(m + 0.01)}","level":"INFO","msg":"payment went through","transaction_id":"${(0x1b9e4c00 + n * 131).toString(16)}-84a2-4c8e-b7c1-2e9f${String(n).padStart(8, '0')}"}`);
  } else {
    frontendLog.push(
      `Error: 13 INTERNAL: shipping quote failure: failed POST to shipping service: expected 200, got 500`,
      '    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)',
      '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)',
      '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client-interceptors.js:360:141)',
      '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client-interceptors.js:323:181)',
      '    at /app/node_modules/@grpc/grpc-js/build/src/resolving-call.js:129:78',
      '    at process.processTicksAndRejections (node:internal/process/task_queues:85:11)',
      'for call at',
      '    at ServiceClientImpl.makeUnaryRequest (/app/node_modules/@grpc/grpc-js/build/src/client.js:161:32)',
      '    at ServiceClientImpl.placeOrder (/app/node_modules/@grpc/grpc-js/build/src/make-client.js:105:19)',
      '    at /app/.next/server/pages/api/checkout.js:1:2206',
      `    at new Promise (<anonymous>) {`,
      '  code: 13,',
      "  details: 'shipping quote failure: failed POST to shipping service: expected 200, got 500',",
      '  metadata: Metadata { internalRepr: Map(0) {}, options: {} }',
      '}',
    );
  }
}

export const scenarios = [
  {
    folder: 's67b-shipping-quote-port',
    incidentTime: INCIDENT,
    description: 'astronomy shop: checkout fails for everyone and cart page shows no shipping cost, since around 10:45. quote dashboards are flat/green, nobody touched quote',
    expected: { component: 'shipping', cause: 'config-error' },
    alsoAcceptable: [{ component: 'shipping', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    workloads: {
      shipping: {
        containers: { shipping: { env: envWith('http://quote:8090') } },
        rollout: { at: R, oldContainers: { shipping: { env: envWith('http://quote:8080') } } },
      },
      checkout: {
        since: -60 * 24 * 5,
        pods: [{
          containers: {
            checkout: cs.restartedRunning({
              restarts: 1,
              startedAt: T.iso(-60 * 51),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 5), finishedAt: T.iso(-60 * 51 - 0.1) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shipping-%NEW% from 0 to 1', first: R },
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled down replica set shipping-%OLD% from 1 to 0', first: R + 0.4 },
      { on: 'pod:shipping#0', reason: 'Scheduled', message: 'Successfully assigned otel-demo/%POD% to %NODE%', source: 'default-scheduler', first: R },
      { on: 'pod:shipping#0', reason: 'Pulled', message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-shipping" already present on machine', first: R + 0.1, fieldPath: 'spec.containers{shipping}' },
      { on: 'pod:shipping#0', reason: 'Created', message: 'Created container: shipping', first: R + 0.1, fieldPath: 'spec.containers{shipping}' },
      { on: 'pod:shipping#0', reason: 'Started', message: 'Started container shipping', first: R + 0.1, fieldPath: 'spec.containers{shipping}' },
    ],
    logs: {
      'shipping#0/shipping': shippingLog,
      'quote#0/quote': quoteLog,
      'checkout#0/checkout': checkoutLog,
      'frontend#0/frontend': frontendLog,
    },
    grounding: `
      Manifest facts (open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml at a8a3ea2, 2.1.3): shipping (Rust,
      actix-web) gets QUOTE_ADDR=http://quote:8080 and quote listens on QUOTE_PORT=8080 (Service quote:8080); no service has
      probes. src/shipping/src/shipping_service/quote.rs falls back to "http://quote:8090" when QUOTE_ADDR is unset, maps a
      failed awc call to a 500 "Failed to get quote: Failed to call quote service: ..." and logs nothing for it; checkout's
      quoteShipping returns "failed POST to shipping service: expected 200, got %d" and PlaceOrder answers gRPC INTERNAL
      "shipping quote failure: ...", which the Next.js frontend prints as "Error: 13 INTERNAL: ..."; the frontend's cart page
      asks shipping /get-quote for the cost.
      Fault: a values change re-rendered shipping with QUOTE_ADDR=http://quote:8090 (the port older docker-compose .env files
      used for the quote service). Nothing rejects it at start: the pod is Ready and serves, but the quote Service has no port 8090,
      so connects to its ClusterIP on 8090 match no kube-proxy rule and go unanswered; awc gives up after its 5 s connect
      timeout and shipping answers 500, so checkout fails before payment and the cart shows no shipping cost. The old and new ReplicaSets differ only in that env value. quote's log simply stops receiving
      requests; shipping's own log is quiet.
      Decoy: checkout (20Mi limit) was OOMKilled 51 hours ago and restarted (restartCount 1).
      Deviations from upstream: the QUOTE_ADDR value; the shipping startup lines and the quote Monolog wording are
      approximations; log volumes are sampled.`,
  },
];
