// Blind held-out batch s72a: one Online Boutique scenario for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the session-2 system definition (scripts/s2-scenarios/online-boutique.mjs); built by scripts/s72a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const T = clock('2026-06-03T13:34:00Z');
const REG = system.workloads.find((w) => w.name === 'checkoutservice').containers[0].image.replace(/\/checkoutservice:.*$/, '');
const ROLL = -27;

// logrus JSONFormatter (FieldMap time->timestamp, level->severity, msg->message): keys sorted.
const fe = (min, severity, message, f = {}) => {
  const o = { ...f, message, severity, timestamp: T.isoMs(min) };
  return JSON.stringify(Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1))));
};
const SESS = ['3f0c9a4e-71d2-4b8e-a5c3-0e6d9b2f1a74', 'b81e2d57-4c0a-49f3-8e6b-d2a7c5f30e19', '6d4a0f13-9e2b-47c8-b3d5-f81c2a6e9b07', 'e2c79b30-5a1f-4d6e-9c84-37b0f5d1a2c6'];
const rid = (n) => `${(0x5c3a91e0 + n * 7919).toString(16)}-2b7d-4e1f-9a06-${String(400000000000 + n * 104729).slice(0, 12)}`;
const ORDER_ERR = 'failed to complete the order: rpc error: code = Internal desc = cart failure: failed to get user cart during checkout: rpc error: code = Unimplemented desc = unknown service oteldemo.CartService';
const browse = (min, n, path, method = 'GET', status = 200, bytes = 9842) => [
  fe(min, 'debug', 'request started', { 'http.req.id': rid(n), 'http.req.method': method, 'http.req.path': path, session: SESS[n % 4] }),
  fe(min + 0.002, 'debug', 'request complete', { 'http.req.id': rid(n), 'http.req.method': method, 'http.req.path': path, 'http.resp.bytes': bytes, 'http.resp.status': status, 'http.resp.took_ms': 40 + (n % 7) * 9, session: SESS[n % 4] }),
];
const checkoutFail = (min, n) => [
  fe(min, 'debug', 'request started', { 'http.req.id': rid(n), 'http.req.method': 'POST', 'http.req.path': '/cart/checkout', session: SESS[n % 4] }),
  fe(min + 0.0005, 'debug', 'placing order', { 'http.req.id': rid(n), 'http.req.method': 'POST', 'http.req.path': '/cart/checkout', session: SESS[n % 4] }),
  fe(min + 0.001, 'error', 'request error', { error: ORDER_ERR, 'http.req.id': rid(n), 'http.req.method': 'POST', 'http.req.path': '/cart/checkout', session: SESS[n % 4] }),
  fe(min + 0.0012, 'debug', 'request complete', { 'http.req.id': rid(n), 'http.req.method': 'POST', 'http.req.path': '/cart/checkout', 'http.resp.bytes': 3391, 'http.resp.status': 500, 'http.resp.took_ms': 6, session: SESS[n % 4] }),
];
const checkoutOk = (min, n) => [
  fe(min, 'debug', 'request started', { 'http.req.id': rid(n), 'http.req.method': 'POST', 'http.req.path': '/cart/checkout', session: SESS[n % 4] }),
  fe(min + 0.0005, 'debug', 'placing order', { 'http.req.id': rid(n), 'http.req.method': 'POST', 'http.req.path': '/cart/checkout', session: SESS[n % 4] }),
  fe(min + 0.004, 'info', 'order placed', { 'http.req.id': rid(n), 'http.req.method': 'POST', 'http.req.path': '/cart/checkout', 'order.id': `${(0x1a2b3c4d + n).toString(16)}-0e1f-11f1-a6c2-4e8d0b7c9a21`, session: SESS[n % 4] }),
  fe(min + 0.0045, 'debug', 'request complete', { 'http.req.id': rid(n), 'http.req.method': 'POST', 'http.req.path': '/cart/checkout', 'http.resp.bytes': 7421, 'http.resp.status': 200, 'http.resp.took_ms': 212, session: SESS[n % 4] }),
];
const frontendLog = (k) => [
  ...browse(-44 + k, 1 + k * 50, '/'),
  ...browse(-43.5 + k, 2 + k * 50, '/product/OLJCESPC7Z', 'GET', 200, 8113),
  ...browse(-42 + k, 3 + k * 50, '/cart', 'POST', 302, 0),
  ...checkoutOk(-41.6 + k, 4 + k * 50),
  ...browse(-36 + k, 5 + k * 50, '/product/66VCHSJNUP', 'GET', 200, 8240),
  ...checkoutOk(-33.1 + k, 6 + k * 50),
  ...browse(-25 + k, 7 + k * 50, '/'),
  ...browse(-23.4 + k, 8 + k * 50, '/cart', 'POST', 302, 0),
  ...checkoutFail(-22.9 + k, 9 + k * 50),
  ...browse(-19 + k, 10 + k * 50, '/product/1YMWWN1N4O', 'GET', 200, 8315),
  ...checkoutFail(-16.2 + k, 11 + k * 50),
  ...browse(-12.5 + k, 12 + k * 50, '/cart'),
  ...checkoutFail(-12.1 + k, 13 + k * 50),
  ...browse(-8 + k, 14 + k * 50, '/'),
  ...checkoutFail(-6.4 + k, 15 + k * 50),
  ...browse(-3.3 + k, 16 + k * 50, '/product/L9ECAV7KIM', 'GET', 200, 8002),
  ...checkoutFail(-1.7 + k * 0.5, 17 + k * 50),
];

const lr = (min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const checkoutLog = [
  lr(ROLL + 0.6, 'info', 'service config: &{productCatalogSvcAddr:productcatalogservice:3550 productCatalogSvcConn:<nil> cartSvcAddr:cartservice:7070 cartSvcConn:<nil> currencySvcAddr:currencyservice:7000 currencySvcConn:<nil> shippingSvcAddr:shippingservice:50051 shippingSvcConn:<nil> emailSvcAddr:emailservice:5000 emailSvcConn:<nil> paymentSvcAddr:paymentservice:50051 paymentSvcConn:<nil>}'),
  lr(ROLL + 0.6, 'info', 'starting to listen on tcp: "[::]:5050"'),
  ...[-22.9, -22.4, -16.2, -15.7, -12.1, -11.6, -6.4, -5.9, -1.7, -1.2].map((m, i) => lr(m, 'info', `[PlaceOrder] user_id="${SESS[i % 4]}" user_currency="${i % 3 ? 'USD' : 'EUR'}"`)),
];
const payLog = (min, card, amt) => JSON.stringify({ severity: 'info', time: Date.parse(T.isoMs(min)), pid: 1, hostname: '%POD%', name: 'paymentservice-charge', message: `Transaction processed: ${card} ending ${amt[0]}     Amount: ${amt[1]}` });

export const scenarios = [
  {
    folder: 's72a-orders-500',
    description: 'placing orders fails w/ 500 since about 13:10, browsing & add to cart still work fine',
    incidentTime: '2026-06-03T13:34:00Z',
    expected: { component: 'checkoutservice', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['rollout-regression', 'pods-ready', 'callers-only', 'time-expression', 'decoy'],
    workloads: {
      checkoutservice: {
        rollout: { at: ROLL, oldContainers: { server: { image: `${REG}/checkoutservice:v0.10.6` } } },
        containers: { server: { image: `${REG}/checkoutservice:v0.10.7` } },
      },
      adservice: {
        pods: [{
          containers: {
            server: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 95),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 3 - 95.1) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set checkoutservice-%NEW% to 1', first: ROLL, source: 'deployment-controller' },
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set checkoutservice-%OLD% to 0 from 1', first: ROLL + 0.4, source: 'deployment-controller' },
      { on: 'pod:checkoutservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', first: ROLL, source: 'default-scheduler' },
      { on: 'pod:checkoutservice#0', reason: 'Pulling', message: `Pulling image "${REG}/checkoutservice:v0.10.7"`, first: ROLL + 0.05, fieldPath: 'spec.containers{server}' },
      { on: 'pod:checkoutservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/checkoutservice:v0.10.7" in 3.412s (3.412s including waiting). Image size: 16873214 bytes.`, first: ROLL + 0.12, fieldPath: 'spec.containers{server}' },
      { on: 'pod:checkoutservice#0', reason: 'Created', message: 'Created container server', first: ROLL + 0.13, fieldPath: 'spec.containers{server}' },
      { on: 'pod:checkoutservice#0', reason: 'Started', message: 'Started container server', first: ROLL + 0.14, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'frontend#0/server': frontendLog(0),
      'frontend#1/server': frontendLog(0.3),
      'checkoutservice#0/server': checkoutLog,
      'paymentservice#0/server': [
        payLog(-41.5, 'visa', ['0454', 'USD67.26']),
        payLog(-41.2, 'mastercard', ['8823', 'EUR23.99']),
        payLog(-33, 'visa', ['0454', 'USD124.48']),
        payLog(-32.7, 'amex', ['1005', 'USD19.99']),
      ],
      'cartservice#0/server': [
        '      GetCartAsync called with userId=3f0c9a4e-71d2-4b8e-a5c3-0e6d9b2f1a74',
        '      AddItemAsync called with userId=b81e2d57-4c0a-49f3-8e6b-d2a7c5f30e19, productId=OLJCESPC7Z, quantity=1',
        '      GetCartAsync called with userId=b81e2d57-4c0a-49f3-8e6b-d2a7c5f30e19',
        '      EmptyCartAsync called with userId=b81e2d57-4c0a-49f3-8e6b-d2a7c5f30e19',
        '      AddItemAsync called with userId=6d4a0f13-9e2b-47c8-b3d5-f81c2a6e9b07, productId=66VCHSJNUP, quantity=2',
        '      GetCartAsync called with userId=6d4a0f13-9e2b-47c8-b3d5-f81c2a6e9b07',
        '      AddItemAsync called with userId=e2c79b30-5a1f-4d6e-9c84-37b0f5d1a2c6, productId=1YMWWN1N4O, quantity=1',
        '      GetCartAsync called with userId=e2c79b30-5a1f-4d6e-9c84-37b0f5d1a2c6',
        '      GetCartAsync called with userId=3f0c9a4e-71d2-4b8e-a5c3-0e6d9b2f1a74',
      ],
    },
    grounding: `
      Manifests: GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml at 34ffea9 through the session-2
      system definition (checkoutservice on :5050 with CART_SERVICE_ADDR, PAYMENT_SERVICE_ADDR etc., gRPC probes).
      Fault: a release of checkoutservice (v0.10.6 -> v0.10.7, image tag only; the old ReplicaSet's template differs by
      the image alone) was built from a fork whose protos were regenerated under the package "oteldemo" (the package the
      OpenTelemetry demo uses for the same services) instead of "hipstershop". Its gRPC health service still answers, so
      the pod is Ready and the rollout completed, but every call it makes is to /oteldemo.CartService/..., which the
      unchanged callees answer with UNIMPLEMENTED "unknown service oteldemo.CartService". checkoutservice returns
      codes.Internal "cart failure: failed to get user cart during checkout: ..." (upstream main.go wording) and logs
      nothing but "[PlaceOrder]"; the frontend logs "request error" / "failed to complete the order" with status 500.
      Browsing and add-to-cart do not touch checkoutservice. Payments stop after the rollout (paymentservice logs go
      quiet). Decoy: adservice was OOMKilled once three days ago. Deviations: v0.10.7 with a renamed proto package is
      not an upstream release; the kit's pod names and IPs; the frontend's debug logging as upstream (logrus JSON).
    `,
  },
];
