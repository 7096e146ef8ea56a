// Batch s136a (held out): Online Boutique scenarios, on the system of scripts/s2-scenarios/online-boutique.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const fl = (T, min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? 'f3c1a2b4-77de-4e0a-9a51-0c6b2d8e4f1a', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '4d0c2e7a-91b3-4f6e-8c2d-5a7e3f1b9c60', severity, timestamp: T.isoMs(min) });
const pino = (T, min, level, msg, name = 'paymentservice-charge') => JSON.stringify({ severity: level, time: Date.parse(T.isoMs(min)), pid: 1, hostname: '%POD%', name, message: msg });

// 1. paymentservice release whose pods stay Ready but reject every charge.
const T1 = clock('2026-04-21T14:27:00Z');
const s1 = {
  folder: 's136a-payments-failing-after-release',
  incidentTime: '2026-04-21T14:27:00Z',
  description: 'checkout broken on the boutique since ~14:10, users get "failed to charge card" on place order. paymnt team says nothing changed??',
  expected: { component: 'paymentservice', cause: 'bad-deploy-rollout' },
  difficulty: 'medium',
  traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'typo', 'time-expression'],
  grounding: `
    Online Boutique v0.10.6 manifests: checkoutservice calls paymentservice:50051 (PAYMENT_SERVICE_ADDR) for Charge, and
    frontend surfaces the checkout error as "failed to complete the order". paymentservice is the Node.js service whose
    charge.js validates the card with simple-card-validator and throws InvalidCreditCard / UnacceptedCreditCard errors.
    The fault follows a common release regression: a new image (v0.10.7-rc1, not an upstream tag) rolled out at 14:08
    and its charge handler throws on every request (TypeError reading the card type), returned as gRPC INTERNAL; the
    gRPC health check is answered by a separate handler so the pods stay Ready and the rollout completed.
    Decoy: adservice has one OOMKilled restart three days old. Deviations from upstream: the rc image tag and the
    error itself are invented; everything else follows the manifests.
  `,
  workloads: {
    paymentservice: {
      containers: { server: { image: `${REG}/paymentservice:v0.10.7-rc1` } },
      rollout: { at: -19, revision: 6, oldContainers: { server: { image: `${REG}/paymentservice:v0.10.6` } } },
    },
    adservice: {
      pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 24 * 3 - 0.2) } }) } }],
    },
  },
  events: [
    { on: 'deploy:paymentservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set paymentservice-%NEW% to 1', first: -19, last: -19 },
    { on: 'deploy:paymentservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set paymentservice-%OLD% to 0 from 1', first: -18, last: -18 },
    { on: 'pod:paymentservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -18.5 },
    { on: 'pod:paymentservice#0', reason: 'Pulling', message: `Pulling image "${REG}/paymentservice:v0.10.7-rc1"`, fieldPath: 'spec.containers{server}', first: -18.5 },
    { on: 'pod:paymentservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/paymentservice:v0.10.7-rc1" in 3.912s (3.912s including waiting). Image size: 52914310 bytes.`, fieldPath: 'spec.containers{server}', first: -18.4 },
    { on: 'pod:paymentservice#0', reason: 'Created', message: 'Created container server', fieldPath: 'spec.containers{server}', first: -18.4 },
    { on: 'pod:paymentservice#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -18.4 },
  ],
  logs: {
    'paymentservice#0/server': [
      pino(T1, -18.3, 'info', 'Listening on port 50051', 'paymentservice-server'),
      pino(T1, -16.2, 'info', 'PaymentService#Charge invoked with request {"amount":{"currency_code":"USD","units":"67","nanos":990000000},"credit_card":{"credit_card_number":"4432-8015-6152-0454","credit_card_cvv":672,"credit_card_expiration_year":2030,"credit_card_expiration_month":1}}', 'paymentservice-server'),
      JSON.stringify({ severity: 'error', time: Date.parse(T1.isoMs(-16.2)), pid: 1, hostname: '%POD%', name: 'paymentservice-server', message: "TypeError: Cannot read properties of undefined (reading 'toLowerCase')\n    at module.exports (/usr/src/app/charge.js:64:38)\n    at HipsterShopServer.ChargeServiceHandler (/usr/src/app/server.js:41:22)\n    at Object.onReceiveHalfClose (/usr/src/app/node_modules/@grpc/grpc-js/build/src/server.js:1461:25)" }),
      pino(T1, -9.8, 'info', 'PaymentService#Charge invoked with request {"amount":{"currency_code":"EUR","units":"123","nanos":450000000},"credit_card":{"credit_card_number":"4432-8015-6152-0454","credit_card_cvv":672,"credit_card_expiration_year":2030,"credit_card_expiration_month":1}}', 'paymentservice-server'),
      JSON.stringify({ severity: 'error', time: Date.parse(T1.isoMs(-9.8)), pid: 1, hostname: '%POD%', name: 'paymentservice-server', message: "TypeError: Cannot read properties of undefined (reading 'toLowerCase')\n    at module.exports (/usr/src/app/charge.js:64:38)\n    at HipsterShopServer.ChargeServiceHandler (/usr/src/app/server.js:41:22)\n    at Object.onReceiveHalfClose (/usr/src/app/node_modules/@grpc/grpc-js/build/src/server.js:1461:25)" }),
      pino(T1, -3.1, 'info', 'PaymentService#Charge invoked with request {"amount":{"currency_code":"USD","units":"30","nanos":990000000},"credit_card":{"credit_card_number":"4432-8015-6152-0454","credit_card_cvv":672,"credit_card_expiration_year":2030,"credit_card_expiration_month":1}}', 'paymentservice-server'),
      JSON.stringify({ severity: 'error', time: Date.parse(T1.isoMs(-3.1)), pid: 1, hostname: '%POD%', name: 'paymentservice-server', message: "TypeError: Cannot read properties of undefined (reading 'toLowerCase')\n    at module.exports (/usr/src/app/charge.js:64:38)\n    at HipsterShopServer.ChargeServiceHandler (/usr/src/app/server.js:41:22)\n    at Object.onReceiveHalfClose (/usr/src/app/node_modules/@grpc/grpc-js/build/src/server.js:1461:25)" }),
    ],
    'checkoutservice#0/server': [
      `{"message":"[PlaceOrder] user_id=\\"2a1c9e57-3f40-4d1b-8b6e-7c0f5e2d9a11\\" user_currency=\\"USD\\"","severity":"info","timestamp":"${T1.isoMs(-25)}"}`,
      `{"message":"payment went through (transaction_id: 8f2c0b7e-6a41-4d3e-9c15-2b7d0e4f9a36)","severity":"info","timestamp":"${T1.isoMs(-25)}"}`,
      `{"message":"order confirmation email sent to \\"someone@example.com\\"","severity":"info","timestamp":"${T1.isoMs(-25)}"}`,
      `{"message":"[PlaceOrder] user_id=\\"4d0c2e7a-91b3-4f6e-8c2d-5a7e3f1b9c60\\" user_currency=\\"USD\\"","severity":"info","timestamp":"${T1.isoMs(-16.2)}"}`,
      `{"message":"failed to charge card: could not charge the card: rpc error: code = Internal desc = Cannot read properties of undefined (reading 'toLowerCase')","severity":"warning","timestamp":"${T1.isoMs(-16.2)}"}`,
      `{"message":"[PlaceOrder] user_id=\\"9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0\\" user_currency=\\"EUR\\"","severity":"info","timestamp":"${T1.isoMs(-9.8)}"}`,
      `{"message":"failed to charge card: could not charge the card: rpc error: code = Internal desc = Cannot read properties of undefined (reading 'toLowerCase')","severity":"warning","timestamp":"${T1.isoMs(-9.8)}"}`,
      `{"message":"[PlaceOrder] user_id=\\"e1d7a3c5-2b9f-4e60-8d14-3c6a0f7b5e92\\" user_currency=\\"USD\\"","severity":"info","timestamp":"${T1.isoMs(-3.1)}"}`,
      `{"message":"failed to charge card: could not charge the card: rpc error: code = Internal desc = Cannot read properties of undefined (reading 'toLowerCase')","severity":"warning","timestamp":"${T1.isoMs(-3.1)}"}`,
    ],
    'frontend#0/server': [
      fl(T1, -25.1, 'info', 'request started', { path: '/cart' }),
      fl(T1, -25, 'info', 'order placed', { method: 'POST', path: '/cart/checkout' }),
      fl(T1, -16.2, 'error', 'request error', { method: 'POST', path: '/cart/checkout', error: "failed to complete the order: rpc error: code = Internal desc = failed to charge card: could not charge the card: rpc error: code = Internal desc = Cannot read properties of undefined (reading 'toLowerCase')" }),
      fl(T1, -12, 'debug', 'request complete', { path: '/product/OLJCESPC7Z' }),
      fl(T1, -9.8, 'error', 'request error', { method: 'POST', path: '/cart/checkout', error: "failed to complete the order: rpc error: code = Internal desc = failed to charge card: could not charge the card: rpc error: code = Internal desc = Cannot read properties of undefined (reading 'toLowerCase')" }),
      fl(T1, -3.1, 'error', 'request error', { method: 'POST', path: '/cart/checkout', error: "failed to complete the order: rpc error: code = Internal desc = failed to charge card: could not charge the card: rpc error: code = Internal desc = Cannot read properties of undefined (reading 'toLowerCase')" }),
      fl(T1, -1.2, 'debug', 'request complete', { path: '/' }),
    ],
  },
};

// 2. No fault: a healthy frontend rollout, a question about a latency blip.
const T2 = clock('2026-04-23T09:52:00Z');
const s2 = {
  folder: 's136a-frontend-blip-question',
  incidentTime: '2026-04-23T09:52:00Z',
  description: 'saw a short latency blip on the storefront around 09:35, dashboards look fine now — is anything actually broken in boutique?',
  expected: null,
  difficulty: 'medium',
  traits: ['no-fault', 'decoy', 'time-expression', 'team-name'],
  grounding: `
    Online Boutique v0.10.6 manifests. No fault: a routine frontend rollout (v0.10.6 -> v0.10.7, both upstream
    tag names) replaced the two frontend pods at 09:34-09:35; the new pods passed their /_healthz probes after one
    early readiness failure each, which is the blip the engineer saw. A currencyservice restart from last week
    (exit 137 OOMKilled, 6 days old) is a decoy. Deviations: the rollout time is invented.
  `,
  workloads: {
    frontend: {
      containers: { server: { image: `${REG}/frontend:v0.10.7` } },
      rollout: { at: -18, revision: 5, oldContainers: { server: { image: `${REG}/frontend:v0.10.6` } } },
    },
    currencyservice: {
      pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T2.iso(-60 * 24 * 6), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T2.iso(-60 * 24 * 9), finishedAt: T2.iso(-60 * 24 * 6 - 0.1) } }) } }],
    },
  },
  events: [
    { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -18, last: -18 },
    { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 1 from 2', first: -17.2, last: -17.2 },
    { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 2 from 1', first: -17.2, last: -17.2 },
    { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -16.5, last: -16.5 },
    { on: 'pod:frontend#0', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/_healthz": dial tcp %PODIP%:8080: connect: connection refused', type: 'Warning', fieldPath: 'spec.containers{server}', first: -17.4, last: -17.4 },
    { on: 'pod:frontend#1', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/_healthz": dial tcp %PODIP%:8080: connect: connection refused', type: 'Warning', fieldPath: 'spec.containers{server}', first: -16.9, last: -16.9 },
    { on: 'pod:frontend#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -17.5 },
    { on: 'pod:frontend#1', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -17 },
  ],
  logs: {
    'frontend#0/server': [
      JSON.stringify({ message: 'starting server on :8080', severity: 'info', timestamp: T2.isoMs(-17.4) }),
      fl(T2, -15, 'debug', 'request complete', { path: '/' }),
      fl(T2, -9, 'debug', 'request complete', { path: '/product/66VCHSJNUP' }),
      fl(T2, -4, 'info', 'order placed', { method: 'POST', path: '/cart/checkout' }),
      fl(T2, -1, 'debug', 'request complete', { path: '/cart' }),
    ],
    'checkoutservice#0/server': [
      `{"message":"[PlaceOrder] user_id=\\"4d0c2e7a-91b3-4f6e-8c2d-5a7e3f1b9c60\\" user_currency=\\"USD\\"","severity":"info","timestamp":"${T2.isoMs(-4)}"}`,
      `{"message":"payment went through (transaction_id: 1c5e9a0f-7b2d-4e38-a6c1-9d0f2b4e7a53)","severity":"info","timestamp":"${T2.isoMs(-4)}"}`,
    ],
  },
};

export const scenarios = [s1, s2];
