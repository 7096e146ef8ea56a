// Blind dev batch s93a: one Online Boutique scenario (config-error: checkoutservice dials the wrong gRPC service) as a kit spec.
// System from scripts/s2-scenarios/online-boutique.mjs (system part only); built by scripts/s93a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const T = clock('2026-05-06T14:47:00Z');
const base = system.workloads.find((w) => w.name === 'checkoutservice').containers[0];
const wrongEnv = base.env.map((e) => (e.name === 'PAYMENT_SERVICE_ADDR' ? { name: 'PAYMENT_SERVICE_ADDR', value: 'shippingservice:50051' } : e));
const glog = (min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const front = (min, severity, message, extra = {}) => JSON.stringify({ ...(extra.error ? { error: extra.error } : {}), 'http.req.id': extra.id, 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', message, session: extra.session, severity, timestamp: T.isoMs(min) });
const ERR = 'failed to complete the order: rpc error: code = Internal desc = failed to charge card: could not charge the card: rpc error: code = Unimplemented desc = unknown service hipstershop.PaymentService';
const ids = ['0d6f3b7a-9c21-4e58-8a1f-2b7c94e6d310', '6a91e2c4-3f0b-47d8-b5e6-8c2d1a9f7043', 'b37c05d8-1e4a-4f92-a6c3-57d9e8b20f1c', 'e4f8a2c1-7b36-4d09-9e5a-0c1f63b8d2a7'];
const sess = ['3c7e9a10-58b2-4f6d-a1c4-9e2b7d05f836', 'a2d45f8e-0b17-4c63-9e8a-71f3c6b2d904', '5f0b8c3d-2e9a-4716-b8d4-c3a1e7f92056', '91e6d2a7-4c08-4b5f-a3e9-6d7c2b18f045'];

export const scenarios = [
  {
    folder: 's93a-checkout-payment-addr-points-at-shipping',
    incidentTime: '2026-05-06T14:47:00Z',
    description: 'place order fails for everyone since ~14:20, cart/browse fine. payments team says paymentsvc is healthy and sees zero errors',
    expected: { component: 'checkoutservice', cause: 'config-error' },
    alsoAcceptable: [{ component: 'checkoutservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'callers-only', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      Online Boutique (GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml at 34ffea9): checkoutservice reads
      PAYMENT_SERVICE_ADDR=paymentservice:50051 and dials it lazily with grpc.NewClient/DialContext (no WithBlock), so a wrong address
      is never rejected at start. paymentservice and shippingservice both listen on 50051.
      Fault: a kustomize overlay edit at 14:20 rolled checkoutservice (revision 4) with PAYMENT_SERVICE_ADDR=shippingservice:50051;
      the connection succeeds, shippingservice's gRPC server answers every /hipstershop.PaymentService/Charge with
      code = Unimplemented desc = unknown service hipstershop.PaymentService (grpc-go's unknown-service status), so checkout's
      PlaceOrder returns Internal "failed to charge card" and the frontend logs "request error". Checkout pods stay Ready
      (the gRPC health probe checks only its own server), paymentservice receives nothing and logs nothing.
      The old and new ReplicaSets differ only in that env value. Decoys: recommendationservice OOMKilled three days ago
      (Running since), the description points at payments.
      Deviations from upstream: none besides the edited env value.
    `,
    workloads: {
      checkoutservice: {
        rollout: { at: -27, oldContainers: { server: { env: base.env } } },
        containers: { server: { env: wrongEnv } },
      },
      recommendationservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set checkoutservice-%NEW% to 1', first: -27, last: -27 },
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set checkoutservice-%OLD% to 0 from 1', first: -26.2, last: -26.2 },
      { on: 'pod:checkoutservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -26.9 },
      { on: 'pod:checkoutservice#0', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/checkoutservice:v0.10.6" already present on machine', fieldPath: 'spec.containers{server}', first: -26.8 },
      { on: 'pod:checkoutservice#0', reason: 'Created', message: 'Created container server', fieldPath: 'spec.containers{server}', first: -26.8 },
      { on: 'pod:checkoutservice#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -26.8 },
    ],
    logs: {
      'checkoutservice#0/server': [
        glog(-26.7, 'info', 'service config: &{productCatalogSvcAddr:productcatalogservice:3550 productCatalogSvcConn:<nil> cartSvcAddr:cartservice:7070 cartSvcConn:<nil> currencySvcAddr:currencyservice:7000 currencySvcConn:<nil> shippingSvcAddr:shippingservice:50051 shippingSvcConn:<nil> emailSvcAddr:emailservice:5000 emailSvcConn:<nil> paymentSvcAddr:shippingservice:50051 paymentSvcConn:<nil>}'),
        glog(-26.7, 'info', 'starting to listen on tcp: "[::]:5050"'),
        glog(-19.4, 'info', '[PlaceOrder] user_id="3c7e9a10-58b2-4f6d-a1c4-9e2b7d05f836" user_currency="USD"'),
        glog(-11.2, 'info', '[PlaceOrder] user_id="a2d45f8e-0b17-4c63-9e8a-71f3c6b2d904" user_currency="EUR"'),
        glog(-6.0, 'info', '[PlaceOrder] user_id="5f0b8c3d-2e9a-4716-b8d4-c3a1e7f92056" user_currency="USD"'),
        glog(-1.3, 'info', '[PlaceOrder] user_id="91e6d2a7-4c08-4b5f-a3e9-6d7c2b18f045" user_currency="JPY"'),
      ],
      'frontend#0/server': [
        front(-19.4, 'debug', 'request started', { id: ids[0], session: sess[0], method: 'POST', path: '/cart/checkout' }),
        front(-19.4, 'error', 'request error', { id: ids[0], session: sess[0], method: 'POST', path: '/cart/checkout', error: ERR }),
        front(-11.2, 'error', 'request error', { id: ids[1], session: sess[1], method: 'POST', path: '/cart/checkout', error: ERR }),
        front(-8.5, 'debug', 'request complete', { id: '7c2e1b94-05da-4f3e-b6a8-d91f0c3e72b5', session: sess[2], path: '/product/OLJCESPC7Z' }),
      ],
      'frontend#1/server': [
        front(-6.0, 'error', 'request error', { id: ids[2], session: sess[2], method: 'POST', path: '/cart/checkout', error: ERR }),
        front(-3.1, 'debug', 'request complete', { id: '2f8d6a30-c4e1-49b7-a5d2-8e03b1f7c946', session: sess[3], method: 'POST', path: '/cart' }),
        front(-1.3, 'error', 'request error', { id: ids[3], session: sess[3], method: 'POST', path: '/cart/checkout', error: ERR }),
      ],
      'paymentservice#0/server': [
        `{"severity":"info","time":${Date.parse(T.isoMs(-34))},"pid":1,"hostname":"%POD%","name":"paymentservice-charge","message":"Transaction processed: visa ending 0454     Amount: USD118.43"}`,
        `{"severity":"info","time":${Date.parse(T.isoMs(-29.5))},"pid":1,"hostname":"%POD%","name":"paymentservice-charge","message":"Transaction processed: mastercard ending 4444     Amount: EUR37.98"}`,
      ],
      'shippingservice#0/server': [
        glog(-19.5, 'info', '[GetQuote] received request'),
        glog(-19.5, 'info', '[GetQuote] completed request'),
        glog(-6.1, 'info', '[GetQuote] received request'),
        glog(-6.1, 'info', '[GetQuote] completed request'),
      ],
      'recommendationservice#0/server': [
        JSON.stringify({ timestamp: T.isoMs(-2.2), severity: 'INFO', name: 'recommendationservice-server', message: '[Recv ListRecommendations] product_ids=[\'0PUK6V6EV0\', \'6E92ZMYYFZ\', \'L9ECAV7KIM\', \'2ZYFJ3GM2N\', \'LS4PSXUNUM\']' }),
      ],
    },
  },
];
