// Held-out batch s58a (blind): one Online Boutique scenario as a compact spec for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the session-2 Online Boutique system definition (scripts/s2-scenarios/online-boutique.mjs); built by scripts/s58a-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const T = clock('2026-08-19T11:32:00Z');
// frontend (logrus JSON, fields as microservices-demo src/frontend/middleware.go and handlers.go write them).
const front = (min, severity, message, f) => JSON.stringify({
  ...(f.error ? { error: f.error } : {}),
  'http.req.id': f.id, 'http.req.method': f.method ?? 'GET', 'http.req.path': f.path,
  ...(f.status ? { 'http.resp.bytes': f.bytes ?? 8214, 'http.resp.status': f.status, 'http.resp.took_ms': f.took ?? 18 } : {}),
  message, session: f.session, severity, timestamp: T.isoMs(min),
});
const SESS = ['3f9c2b7e-8d41-4a6c-9e0b-71d5a2c4f8e6', 'b82e4d19-0c6a-4f3e-a5d7-9e1c3b6f20a4', 'd5a07c3e-6b2f-4e19-8c4d-2f7a9b1e0c53'];
const reqId = (n) => `${(0x5a3c1e00 + n * 2654435761 >>> 0).toString(16).padStart(8, '0')}-4b7d-4e2a-9c61-${String(100000000000 + n * 7919).slice(-12)}`;
const ok = (min, n, path, method = 'GET', took = 21) => [
  front(min, 'debug', 'request started', { id: reqId(n), path, method, session: SESS[n % 3] }),
  front(min + 0.001, 'debug', 'request complete', { id: reqId(n), path, method, session: SESS[n % 3], status: method === 'POST' ? 302 : 200, took }),
];
// checkoutservice (logrus JSON with message/severity/timestamp).
const co = (min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const order = (min, user, tx, email) => [
  co(min, 'info', `[PlaceOrder] user_id="${user}" user_currency="USD"`),
  co(min + 0.004, 'info', `payment went through (transaction_id: ${tx})`),
  co(min + 0.006, 'info', `order confirmation email sent to "${email}"`),
];

export const scenarios = [
  {
    folder: 's58a-online-boutique-qa-one-checkout-failed',
    description: "QA says one checkout failed around 11:05 with 'failed to complete the order'. is checkout broken?",
    incidentTime: '2026-08-19T11:32:00Z',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'partial-name', 'time-expression'],
    grounding: `
      No fault. Follows the ordinary effect of a rolling restart of a single-replica gRPC server: at 11:04 the checkout team
      ran kubectl rollout restart on checkoutservice (revision 4; only the kubectl.kubernetes.io/restartedAt annotation
      changes); the new pod became Ready, the old one was terminated (terminationGracePeriodSeconds 5 as upstream) while one
      PlaceOrder was in flight, so the frontend logged one "request error" with "failed to complete the order: rpc error: code
      = Unavailable desc = error reading from server: EOF" (grpc-go's text for a connection closed mid-call) at 11:05:00 —
      the QA failure. Every order placed after it succeeds (checkoutservice logs payment and confirmation email; frontend
      302s on /cart/checkout), every pod is Running and Ready, no Warning events. A careful engineer reports nothing wrong
      now; the one failed request was the restart. Deviations from upstream (release/kubernetes-manifests.yaml at 34ffea9):
      the restartedAt pod annotation on checkoutservice.
    `,
    workloads: {
      checkoutservice: {
        rollout: { at: -28, revision: 4 },
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-28) } },
      },
    },
    events: [
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set checkoutservice-%NEW% to 1', first: -28 },
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set checkoutservice-%OLD% to 0 from 1', first: -27.0 },
      { on: 'rs:checkoutservice', reason: 'SuccessfulCreate', message: 'Created pod: checkoutservice-%RS%', first: -28 },
      { on: 'pod:checkoutservice#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -27.5 },
      { on: 'pod:checkoutservice#0', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/checkoutservice:v0.10.6" already present on machine', first: -27.45, fieldPath: 'spec.containers{server}' },
      { on: 'pod:checkoutservice#0', reason: 'Created', message: 'Created container server', first: -27.45, fieldPath: 'spec.containers{server}' },
      { on: 'pod:checkoutservice#0', reason: 'Started', message: 'Started container server', first: -27.4, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'checkoutservice#0/server': [
        co(-27.2, 'info', 'service config: &{productCatalogSvcAddr:productcatalogservice:3550 productCatalogSvcConn:<nil> cartSvcAddr:cartservice:7070 cartSvcConn:<nil> currencySvcAddr:currencyservice:7000 currencySvcConn:<nil> shippingSvcAddr:shippingservice:50051 shippingSvcConn:<nil> emailSvcAddr:emailservice:5000 emailSvcConn:<nil> paymentSvcAddr:paymentservice:50051 paymentSvcConn:<nil>}'),
        co(-27.2, 'info', 'starting to listen on tcp: "[::]:5050"'),
        ...order(-24.2, 'b82e4d19-0c6a-4f3e-a5d7-9e1c3b6f20a4', 'f0c4a1e2-7b3d-4c59-8e6a-2d9b1f3e7a05', 'someone@example.com'),
        ...order(-17.6, '3f9c2b7e-8d41-4a6c-9e0b-71d5a2c4f8e6', '9d2e7c41-0a5b-4f8e-b3c6-1e4a7d9f2b60', 'qa-bot+042@example.com'),
        ...order(-9.3, 'd5a07c3e-6b2f-4e19-8c4d-2f7a9b1e0c53', '2b7f0e9a-c4d1-4a36-9f5e-8c3d6a1b4e72', 'someone@example.com'),
        ...order(-2.5, 'b82e4d19-0c6a-4f3e-a5d7-9e1c3b6f20a4', '6e1a3d8c-5f2b-4907-a4e6-0b9c7d2f1a38', 'someone@example.com'),
      ],
      'frontend#0/server': [
        ...ok(-29.5, 1, '/'),
        ...ok(-28.9, 2, '/product/OLJCESPC7Z', 'GET', 34),
        front(-26.987, 'debug', 'request started', { id: reqId(3), path: '/cart/checkout', method: 'POST', session: SESS[0] }),
        front(-26.986, 'debug', 'placing order', { id: reqId(3), path: '/cart/checkout', method: 'POST', session: SESS[0] }),
        front(-26.985, 'error', 'request error', { id: reqId(3), path: '/cart/checkout', method: 'POST', session: SESS[0], error: 'failed to complete the order: rpc error: code = Unavailable desc = error reading from server: EOF' }),
        front(-26.984, 'debug', 'request complete', { id: reqId(3), path: '/cart/checkout', method: 'POST', session: SESS[0], status: 500, bytes: 4387, took: 412 }),
        ...ok(-24.2, 4, '/cart/checkout', 'POST', 188),
        ...ok(-20.4, 5, '/product/66VCHSJNUP'),
        ...ok(-17.6, 6, '/cart/checkout', 'POST', 171),
        ...ok(-11.0, 7, '/cart'),
        ...ok(-2.5, 8, '/cart/checkout', 'POST', 202),
      ],
      'frontend#1/server': [
        ...ok(-26.0, 9, '/'),
        ...ok(-14.8, 10, '/product/L9ECAV7KIM', 'GET', 29),
        ...ok(-9.3, 11, '/cart/checkout', 'POST', 166),
        ...ok(-4.1, 12, '/setCurrency', 'POST', 9),
      ],
      'paymentservice#0/server': [-24.2, -17.6, -9.3, -2.5].map((m, i) => JSON.stringify({ severity: 'info', time: Date.parse(T.isoMs(m)), pid: 1, hostname: '%POD%', name: 'paymentservice-charge', message: `Transaction processed: visa ending 0454     Amount: USD${[39.98, 124.5, 18.99, 67.0][i].toFixed(2)}` })),
      'emailservice#0/server': [-24.2, -17.6, -9.3, -2.5].map((m, i) => JSON.stringify({ timestamp: T.isoMs(m + 0.005), severity: 'INFO', name: 'emailservice-server', message: `A request to send order confirmation email to ${['someone@example.com', 'qa-bot+042@example.com', 'someone@example.com', 'someone@example.com'][i]} has been received.` })),
    },
  },
];
