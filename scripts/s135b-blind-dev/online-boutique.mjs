// Batch s135b (blind dev): Online Boutique scenario on the kit system of scripts/s2-scenarios/online-boutique.mjs (system only).
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const T = clock('2026-06-17T13:48:00Z');
const fl = (min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? '4d1e7a2c-90b3-4f61-a8c5-1e2f3b4c5d6e', 'http.req.method': extra.method ?? 'POST', 'http.req.path': extra.path ?? '/cart/checkout', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '0c7d2e9a-5b41-4f3e-9a8d-7e6f5c4b3a21', severity, timestamp: T.isoMs(min) });
const gl = (min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const CO_ENV = [
  { name: 'PORT', value: '5050' },
  { name: 'PRODUCT_CATALOG_SERVICE_ADDR', value: 'productcatalogservice:3550' },
  { name: 'SHIPPING_SERVICE_ADDR', value: 'shippingservice:50051' },
  { name: 'PAYMENT_SERVICE_ADDR', value: 'paymentservice:50051' },
  { name: 'EMAIL_SERVICE_ADDR', value: 'emailservice:5000' },
  { name: 'CURRENCY_SERVICE_ADDR', value: 'currencyservice:7000' },
  { name: 'CART_SERVICE_ADDR', value: 'cartservice:7070' },
];
// The release moved the payment address to the mesh-style FQDN with the container port 50052 of a planned payment v2.
const NEW_ENV = CO_ENV.map((e) => (e.name === 'PAYMENT_SERVICE_ADDR' ? { name: e.name, value: 'paymentservice.boutique.svc.cluster.local:50052' } : e));

const s5 = {
  folder: 's135b-checkout-release-payment-port',
  incidentTime: '2026-06-17T13:48:00Z',
  description: 'checkout failing for everyone since the 13:30 deploy train, "failed to charge card" on the order page. payments team says paymentservice is green and idle',
  expected: { component: 'checkoutservice', cause: 'bad-deploy-rollout' },
  alsoAcceptable: [{ component: 'checkoutservice', cause: 'config-error' }],
  difficulty: 'medium',
  traits: ['rollout-regression', 'pods-ready', 'time-expression', 'team-name', 'decoy'],
  grounding: `Online Boutique release manifests (v0.10.6): checkoutservice reads PAYMENT_SERVICE_ADDR=paymentservice:50051 and
    calls Charge on every PlaceOrder; the paymentservice Service exposes only port 50051. The release at 13:30 (checkoutservice
    v0.10.6 to an internal build v0.10.7-rc2) also changed PAYMENT_SERVICE_ADDR to paymentservice.boutique.svc.cluster.local:50052
    for a planned payment v2 that is not deployed. A ClusterIP has no listener on an unlisted port, so the gRPC dial times out:
    PlaceOrder fails with "failed to charge card: could not charge the card: rpc error: code = Unavailable ... i/o timeout",
    exactly the message upstream checkoutservice wraps. The new pod is Ready (its gRPC health probe answers locally) and
    paymentservice logs nothing about it. Decoy: a healthy rollout of recommendationservice at 13:31 in the same deploy train.
    Deviation from upstream: the rc image tag and the changed address are invented; the old ReplicaSet keeps the upstream
    image and env.`,
  workloads: {
    checkoutservice: {
      rollout: { at: -18, oldContainers: { server: { image: `${REG}/checkoutservice:v0.10.6`, env: CO_ENV } } },
      containers: { server: { image: `${REG}/checkoutservice:v0.10.7-rc2`, env: NEW_ENV } },
    },
    recommendationservice: {
      rollout: { at: -17, oldContainers: { server: { image: `${REG}/recommendationservice:v0.10.5` } } },
    },
  },
  events: [
    { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set checkoutservice-%NEW% to 1', first: -18 },
    { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set checkoutservice-%OLD% to 0 from 1', first: -17.4 },
    { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendationservice-%NEW% to 1', first: -17 },
    { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set recommendationservice-%OLD% to 0 from 1', first: -16.3 },
    { on: 'pod:checkoutservice#0', reason: 'Pulling', message: `Pulling image "${REG}/checkoutservice:v0.10.7-rc2"`, first: -17.9, fieldPath: 'spec.containers{server}' },
    { on: 'pod:checkoutservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/checkoutservice:v0.10.7-rc2" in 2.814s (2.814s including waiting). Image size: 16023110 bytes.`, first: -17.8, fieldPath: 'spec.containers{server}' },
    { on: 'pod:checkoutservice#0', reason: 'Started', message: 'Started container server', first: -17.7, fieldPath: 'spec.containers{server}' },
  ],
  logs: {
    'checkoutservice#0/server': [
      gl(-17.7, 'info', 'service config: &{productCatalogSvcAddr:productcatalogservice:3550 cartSvcAddr:cartservice:7070 currencySvcAddr:currencyservice:7000 shippingSvcAddr:shippingservice:50051 emailSvcAddr:emailservice:5000 paymentSvcAddr:paymentservice.boutique.svc.cluster.local:50052 productCatalogSvcConn:<nil> cartSvcConn:<nil> currencySvcConn:<nil> shippingSvcConn:<nil> emailSvcConn:<nil> paymentSvcConn:<nil>}'),
      gl(-17.7, 'info', 'starting to listen on tcp: "[::]:5050"'),
      gl(-14, 'info', '[PlaceOrder] user_id="0c7d2e9a-5b41-4f3e-9a8d-7e6f5c4b3a21" user_currency="USD"'),
      gl(-13.9, 'warning', 'failed to charge card: could not charge the card: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:paymentservice%:50052: i/o timeout"'),
      gl(-6, 'info', '[PlaceOrder] user_id="7a1f3c2b-8d4e-4b6a-9c5d-2e1f0a9b8c7d" user_currency="EUR"'),
      gl(-5.9, 'warning', 'failed to charge card: could not charge the card: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:paymentservice%:50052: i/o timeout"'),
    ],
    'frontend#0/server': [
      fl(-14, 'error', 'request error', { error: 'failed to complete the order: rpc error: code = Internal desc = failed to charge card: could not charge the card: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:paymentservice%:50052: i/o timeout"' }),
      fl(-9, 'info', 'request complete', { method: 'GET', path: '/product/OLJCESPC7Z' }),
      fl(-5.9, 'error', 'request error', { id: '9e8d7c6b-5a49-4382-b1c0-d9e8f7a6b5c4', error: 'failed to complete the order: rpc error: code = Internal desc = failed to charge card: could not charge the card: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:paymentservice%:50052: i/o timeout"' }),
    ],
    'paymentservice#0/server': [
      '{"severity":"info","time":' + Date.parse(T.iso(-60 * 24 * 9)) + ',"pid":1,"hostname":"%POD%","name":"paymentservice-server","message":"PaymentService gRPC server started on port 50051"}',
      '{"severity":"info","time":' + Date.parse(T.iso(-25)) + ',"pid":1,"hostname":"%POD%","name":"paymentservice-charge","message":"Transaction processed: visa ending 0454     Amount: USD89.98"}',
    ],
  },
};

export const scenarios = [s5];
