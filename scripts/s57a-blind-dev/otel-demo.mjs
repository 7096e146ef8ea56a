// Blind dev batch s57a: one OpenTelemetry demo scenario for the scenario kit (scripts/s2-scenario-kit.mjs), built by
// scripts/s57a-build.mjs — shipping redeployed with the docker-compose quote port (8090) in QUOTE_ADDR (config-error).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/otel-demo.mjs';

export const system = base;

const INC = '2026-08-11T14:37:00Z';
const T = clock(INC);
const ROLL = -27.4; // 14:09:36 shipping revision 2 (values refactor)

const shippingBase = base.workloads.find((w) => w.name === 'shipping').containers[0];
const envWith = (addr) => shippingBase.env.map((v) => (v.name === 'QUOTE_ADDR' ? { ...v, value: addr } : v));
const reactTs = (min) => `[${T.java(min).slice(0, 19).replace(' ', ' ')}+00:00]`;
const goTs = (min) => T.go(min);
const USERS = ['0c2a5b7e-61f4-4e3a-9d8b-2b5e7f1c9a40', '7f4e9a12-3c5d-4b6e-8a1f-9d2c3b4a5e6f', 'b1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f', 'e9f8d7c6-b5a4-4392-8170-6f5e4d3c2b1a'];

const quoteLog = [`Listening on: 0.0.0.0:8080`];
const checkoutLog = [];
const frontendLog = [];
for (let m = -50, i = 0; m < -0.2; m += 0.7, i++) {
  const broken = m > ROLL + 0.4;
  const u = USERS[i % 4];
  if (!broken) {
    quoteLog.push(`${reactTs(m)} "POST /getquote HTTP/1.1" 200 ${4 + (i % 2)} `);
    if (i % 3 === 0) {
      checkoutLog.push(`${goTs(m)} INFO [PlaceOrder] user_id="${u}" user_currency="${i % 2 ? 'EUR' : 'USD'}"`);
      checkoutLog.push(`${goTs(m + 0.005)} INFO payment went through transaction_id=${(0x5f3c2a10 + i * 7919).toString(16)}-2c4d-4e8f-9a1b-3c5d7e9f1a2b`);
      checkoutLog.push(`${goTs(m + 0.006)} INFO order confirmation email sent to "${['larry_sergei@example.com', 'elon@example.com', 'mars@example.com'][i % 3]}"`);
    }
  } else {
    if (i % 3 === 0) {
      checkoutLog.push(`${goTs(m)} INFO [PlaceOrder] user_id="${u}" user_currency="${i % 2 ? 'EUR' : 'USD'}"`);
      frontendLog.push(
        `Error: 13 INTERNAL: shipping quote failure: failed POST to shipping service: expected 200 response, got 500`,
        '    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)',
        '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)',
        '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client-interceptors.js:367:141)',
        '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client-interceptors.js:327:181)',
        '    at /app/node_modules/@grpc/grpc-js/build/src/resolving-call.js:135:78',
        '    at process.processTicksAndRejections (node:internal/process/task_queues:85:11)',
        'for call at',
        '    at ServiceClientImpl.makeUnaryRequest (/app/node_modules/@grpc/grpc-js/build/src/client.js:161:32)',
        '    at ServiceClientImpl.placeOrder (/app/node_modules/@grpc/grpc-js/build/src/make-client.js:105:19)',
        '    at /app/.next/server/pages/api/checkout.js:1:2087 {',
        '  code: 13,',
        "  details: 'shipping quote failure: failed POST to shipping service: expected 200 response, got 500',",
        '  metadata: Metadata { internalRepr: Map(1) { \'content-type\' => [Array] }, options: {} }',
        '}',
      );
    }
  }
}

export const scenarios = [
  {
    folder: 's57a-shipping-quote-addr-compose-port',
    incidentTime: INC,
    description: 'astronomy shop: place order -> 500 for everyone, cart page shipping estimate blank. started ~14:10. payments team says the payment svc is fine',
    expected: { component: 'shipping', cause: 'config-error' },
    alsoAcceptable: [{ component: 'shipping', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'time-expression', 'team-name', 'decoy'],
    grounding: `
      Manifests: open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml at a8a3ea2 (2.1.3, SOURCES.md): shipping
      (Rust, SHIPPING_PORT 8080, QUOTE_ADDR http://quote:8080, no probes), quote (PHP/ReactPHP, Service quote:8080 only),
      checkout -> SHIPPING_ADDR http://shipping:8080, frontend -> checkout (gRPC) and shipping.
      Fault: the platform team's values refactor at 14:09 copied QUOTE_ADDR from the repository's docker-compose .env
      (QUOTE_PORT=8090, QUOTE_ADDR=http://quote:8090) into the shipping Deployment. Shipping reads QUOTE_ADDR per request
      (src/shipping/src/shipping_service/quote.rs builds "<QUOTE_ADDR>/getquote"), so it starts and listens normally; the
      Service quote exposes only 8080, so every quote call to the ClusterIP on 8090 hangs and times out, and get-quote answers
      500 "Failed to get quote: ..." (shipping_service.rs returns the body without logging). checkout's quoteShipping gets the 500
      ("shipping quote failure: failed POST to shipping service: expected 200 response, got 500") and PlaceOrder returns gRPC
      INTERNAL, which the frontend (Next.js, @grpc/grpc-js) prints; the cart page's quote fails the same way.
      What stays quiet: shipping (Running, Ready, no restarts, only start-up lines), quote (Ready, its ReactPHP access lines simply
      stop at 14:10 because nothing reaches it), payment (never called).
      Decoys: email was OOMKilled three days ago (emailMemoryLeak flag test, restartCount 1); the ScalingReplicaSet Events of the
      shipping rollout look like a routine deploy. Deviations: the values refactor is invented; checkout's line format is Go's
      default slog text through the standard logger, the frontend stack frames are illustrative.
    `,
    workloads: {
      shipping: {
        rollout: { at: ROLL, revision: 2, oldContainers: { shipping: { env: envWith('http://quote:8080') } } },
        containers: { shipping: { env: envWith('http://quote:8090') } },
      },
      email: {
        pods: [{ containers: { email: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 + 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shipping-%NEW% to 1', first: ROLL, last: ROLL },
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled down replica set shipping-%OLD% to 0 from 1', first: ROLL + 0.35, last: ROLL + 0.35 },
      { on: 'pod:shipping#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned otel-demo/%POD% to %NODE%', first: ROLL + 0.01 },
      { on: 'pod:shipping#0', reason: 'Pulled', fieldPath: 'spec.containers{shipping}', message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-shipping" already present on machine', first: ROLL + 0.05 },
      { on: 'pod:shipping#0', reason: 'Created', fieldPath: 'spec.containers{shipping}', message: 'Created container: shipping', first: ROLL + 0.06 },
      { on: 'pod:shipping#0', reason: 'Started', fieldPath: 'spec.containers{shipping}', message: 'Started container shipping', first: ROLL + 0.07 },
    ],
    logs: {
      'shipping#0/shipping': [
        `${T.isoMs(ROLL + 0.1).replace('Z', '')}412Z  INFO shipping: OTel pipeline created`,
        `${T.isoMs(ROLL + 0.1).replace('Z', '')}598Z  INFO shipping: listening on 0.0.0.0:8080`,
      ],
      'quote#0/quote': quoteLog,
      'checkout#0/checkout': checkoutLog,
      'frontend#0/frontend': frontendLog,
    },
  },
];
