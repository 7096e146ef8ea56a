// Blind dev batch s123c: one Online Boutique scenario (system part re-exported from scripts/s2-scenarios/online-boutique.mjs).
// checkoutservice given SHIPPING_SERVICE_ADDR with an http:// prefix; frontend is the loud one.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const I = '2026-05-12T15:40:00Z';
const T = clock(I);
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const fl = (min, sev, msg, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? '4be1d0a2-77c3-4f5e-9a1b-0c2d3e4f5a6b', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message: msg, session: 'a7e3c1d9-2b4f-4e6a-8c0d-1f2e3a4b5c6d', severity: sev, timestamp: T.isoMs(min) });
const dialErr = 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp: address http://shippingservice:50051: too many colons in address"';
const coEnv = [
  { name: 'PORT', value: '5050' },
  { name: 'PRODUCT_CATALOG_SERVICE_ADDR', value: 'productcatalogservice:3550' },
  { name: 'SHIPPING_SERVICE_ADDR', value: 'http://shippingservice:50051' },
  { name: 'PAYMENT_SERVICE_ADDR', value: 'paymentservice:50051' },
  { name: 'EMAIL_SERVICE_ADDR', value: 'emailservice:5000' },
  { name: 'CURRENCY_SERVICE_ADDR', value: 'currencyservice:7000' },
  { name: 'CART_SERVICE_ADDR', value: 'cartservice:7070' },
];
const oldEnv = coEnv.map((e) => (e.name === 'SHIPPING_SERVICE_ADDR' ? { ...e, value: 'shippingservice:50051' } : e));

export const scenarios = [
  {
    folder: 's123c-checkout-shipping-addr-http-prefix',
    description: 'placing an order fails with an error page since about 15:20, browsing + cart still work. payments team says nothing reached them',
    incidentTime: I,
    expected: { component: 'checkoutservice', cause: 'config-error' },
    alsoAcceptable: [{ component: 'checkoutservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'rollout-regression', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Manifest: release/kubernetes-manifests.yaml at 34ffea9 sets SHIPPING_SERVICE_ADDR=shippingservice:50051 on checkoutservice.
      Fault: a values change (revision 4, 22 minutes before) rewrote it as http://shippingservice:50051. grpc-go's
      Dial with an unregistered scheme "http" falls back to the passthrough resolver with the whole string as the
      address, and net.Dial rejects it ("too many colons in address") — public grpc-go issue reports of URL-shaped
      targets. The gRPC health probe is served by checkoutservice itself, so its pods stay Ready; only PlaceOrder fails,
      before payment is charged. The frontend logs the 500s loudly. Decoys: a recommendationservice OOMKill three days
      ago (restartCount 1) and a healthy adservice restart two hours ago. Deviation: only the env var differs between
      the two checkoutservice ReplicaSets.`,
    workloads: {
      checkoutservice: { rollout: { at: -22, oldReplicas: 0, oldContainers: { server: { env: oldEnv } } }, containers: { server: { env: coEnv } } },
      recommendationservice: { pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 72), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 72 - 0.1) } }) } }] },
      adservice: { since: -120 },
    },
    events: [
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set checkoutservice-%NEW% to 1', first: -22 },
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set checkoutservice-%OLD% to 0 from 1', first: -21 },
      { on: 'pod:checkoutservice#0', reason: 'Started', message: 'Started container server', first: -21.5, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'checkoutservice#0/server': [
        JSON.stringify({ message: 'service config: &{productCatalogSvcAddr:productcatalogservice:3550 cartSvcAddr:cartservice:7070 currencySvcAddr:currencyservice:7000 shippingSvcAddr:http://shippingservice:50051 emailSvcAddr:emailservice:5000 paymentSvcAddr:paymentservice:50051}', severity: 'info', timestamp: T.isoMs(-21.4) }),
        JSON.stringify({ message: 'starting to listen on tcp: "[::]:5050"', severity: 'info', timestamp: T.isoMs(-21.4) }),
        JSON.stringify({ message: '[PlaceOrder] user_id="8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f" user_currency="USD"', severity: 'info', timestamp: T.isoMs(-19.2) }),
        JSON.stringify({ message: '[PlaceOrder] user_id="d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70" user_currency="EUR"', severity: 'info', timestamp: T.isoMs(-9.7) }),
        JSON.stringify({ message: '[PlaceOrder] user_id="0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0" user_currency="USD"', severity: 'info', timestamp: T.isoMs(-2.1) }),
      ],
      'frontend#0/server': [
        fl(-20, 'debug', 'request started', { path: '/product/OLJCESPC7Z' }),
        fl(-19.99, 'debug', 'request complete', { path: '/product/OLJCESPC7Z' }),
        fl(-19.2, 'debug', 'request started', { path: '/cart/checkout', method: 'POST' }),
        fl(-19.19, 'error', 'request error', { path: '/cart/checkout', method: 'POST', error: `failed to complete the order: rpc error: code = Internal desc = shipping quote failure: failed to get shipping quote: ${dialErr}` }),
        fl(-9.7, 'debug', 'request started', { path: '/cart/checkout', method: 'POST', id: '91ab2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' }),
        fl(-9.69, 'error', 'request error', { path: '/cart/checkout', method: 'POST', id: '91ab2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', error: `failed to complete the order: rpc error: code = Internal desc = shipping quote failure: failed to get shipping quote: ${dialErr}` }),
        fl(-3, 'debug', 'request started', { path: '/cart', id: '5d6e7f80-9a1b-4c2d-8e3f-40516273849a' }),
        fl(-2.99, 'debug', 'request complete', { path: '/cart', id: '5d6e7f80-9a1b-4c2d-8e3f-40516273849a' }),
      ],
      'shippingservice#0/server': [
        JSON.stringify({ message: '[GetQuote] received request', severity: 'info', timestamp: T.isoMs(-30) }),
        JSON.stringify({ message: '[GetQuote] completed request', severity: 'info', timestamp: T.isoMs(-30) }),
        JSON.stringify({ message: '[GetQuote] received request', severity: 'info', timestamp: T.isoMs(-3) }),
        JSON.stringify({ message: '[GetQuote] completed request', severity: 'info', timestamp: T.isoMs(-3) }),
      ],
      'paymentservice#0/server': [
        JSON.stringify({ severity: 'info', time: Date.parse(T.isoMs(-26)), pid: 1, hostname: 'paymentservice', name: 'paymentservice-charge', message: 'Transaction processed: visa ending 0454     Amount: USD30.29' }),
      ],
    },
  },
];
void REG;
