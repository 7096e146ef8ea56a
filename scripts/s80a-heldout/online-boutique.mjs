// Blind held-out batch s80a: one Online Boutique scenario (split test) on the session-2 system definition
// (scripts/s2-scenarios/online-boutique.mjs, release/kubernetes-manifests.yaml at 34ffea9); built by scripts/s80a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const T = clock('2026-08-27T09:12:00Z');
const res = (rc, rm, lc, lm) => ({ requests: { cpu: rc, memory: rm }, limits: { cpu: lc, memory: lm } });
// frontend (logrus JSON, DebugLevel) as src/frontend/middleware.go and handlers.go print it.
const fe = (min, severity, message, extra = {}) => JSON.stringify({
  ...(extra.error ? { error: extra.error } : {}),
  'http.req.id': extra.id, 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/',
  ...(extra.status ? { 'http.resp.bytes': extra.bytes ?? 10830, 'http.resp.status': extra.status, 'http.resp.took_ms': extra.took ?? 41 } : {}),
  message, session: extra.session ?? '3f1e9a52-7c44-4d0b-9b6e-2a8d51c0e7f4', severity, timestamp: T.isoMs(min),
});
const reqPair = (min, id, path, status, took, method = 'GET', bytes) => [
  fe(min, 'debug', 'request started', { id, path, method }),
  fe(min + took / 60000, 'debug', 'request complete', { id, path, method, status, took, bytes }),
];
const go = (min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });

export const scenarios = [
  {
    folder: 's80a-checkout-blips-after-limit-bump',
    incidentTime: '2026-08-27T09:12:00Z',
    description: 'checkoutsvc change went out ~25 min ago and I saw a couple of "Unavailable" errors from frontend right after. is checkout ok? shop looks fine from here',
    noFault: true,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      Manifest facts (release/kubernetes-manifests.yaml at 34ffea9): checkoutservice is one replica (gRPC 5050, limits
      200m/128Mi), the frontend dials CHECKOUT_SERVICE_ADDR=checkoutservice:5050 once and keeps the HTTP/2 connection;
      the Deployment's RollingUpdate (maxSurge 25%, maxUnavailable 25%) starts the new pod before it stops the old one.
      No fault: at 08:46Z the team raised checkoutservice's memory limit from 128Mi to 256Mi (a tuning change; the old and
      new ReplicaSet templates differ only there). When the old pod stopped, two PlaceOrder calls in flight on the old
      connection failed with "Unavailable ... error reading from server: EOF" and the frontend logged them; gRPC
      reconnected to the new pod at once and every order since went through (checkout logs "payment went through" and
      the confirmation emails). This is the benign transient a rolling update of a single-replica gRPC server causes.
      Other decoy: recommendationservice was OOMKilled two days ago and has run since. Deviations from upstream: the
      256Mi limit.
    `,
    workloads: {
      checkoutservice: {
        rollout: { at: -26, revision: 4, oldContainers: { server: { resources: res('100m', '64Mi', '200m', '128Mi') } } },
        containers: { server: { resources: res('100m', '64Mi', '200m', '256Mi') } },
        pods: [{ created: T.iso(-26) }],
      },
      recommendationservice: {
        pods: [{
          containers: {
            server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 2) } }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set checkoutservice-%NEW% to 1', first: -26 },
      { on: 'pod:checkoutservice#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -25.9 },
      { on: 'pod:checkoutservice#0', reason: 'Pulled', fieldPath: 'spec.containers{server}', message: 'Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/checkoutservice:v0.10.6" already present on machine', first: -25.8 },
      { on: 'pod:checkoutservice#0', reason: 'Created', fieldPath: 'spec.containers{server}', message: 'Created container server', first: -25.8 },
      { on: 'pod:checkoutservice#0', reason: 'Started', fieldPath: 'spec.containers{server}', message: 'Started container server', first: -25.7 },
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set checkoutservice-%OLD% to 0 from 1', first: -25.2 },
      { on: 'rs:checkoutservice', reason: 'SuccessfulCreate', message: 'Created pod: %PODNAME:checkoutservice%', first: -26 },
    ],
    logs: {
      'frontend#0/server': [
        ...reqPair(-31, 'a81c0f6e-2d1b-4b53-8e0c-5f7d9b31c2a4', '/', 200, 38),
        ...reqPair(-29.5, 'c4e2b7d1-6f3a-4a08-9d51-0b8e2f6a7c13', '/product/OLJCESPC7Z', 200, 52),
        ...reqPair(-28, '5d9a3e80-1b7c-4f26-a3e4-9c0d6b2f8e71', '/cart/checkout', 200, 187, 'POST', 8421),
        fe(-25.18, 'debug', 'request started', { id: '0b7f2c19-8e4d-4d3a-b6f1-7a2e95c03d68', path: '/cart/checkout', method: 'POST' }),
        fe(-25.17, 'error', 'request error', { id: '0b7f2c19-8e4d-4d3a-b6f1-7a2e95c03d68', path: '/cart/checkout', method: 'POST', error: 'failed to complete the order: rpc error: code = Unavailable desc = error reading from server: EOF' }),
        fe(-25.17, 'debug', 'request complete', { id: '0b7f2c19-8e4d-4d3a-b6f1-7a2e95c03d68', path: '/cart/checkout', method: 'POST', status: 500, took: 412, bytes: 2711 }),
        ...reqPair(-24.9, '9e3c5a71-2f8b-4d04-8c6a-1d7b0e4f93a2', '/', 200, 35),
        ...reqPair(-20.4, '2a6d8f13-7c5e-4b91-a0d2-6e3f1b8c9d57', '/cart/checkout', 200, 203, 'POST', 8398),
        ...reqPair(-14.7, '7f1b3d95-0e6c-4a28-b5d4-3c9a2e7f1068', '/product/66VCHSJNUP', 200, 47),
        ...reqPair(-9.3, 'e5c7a2d0-4b9f-4e61-8a3c-0f2d6b1e7a94', '/cart/checkout', 200, 176, 'POST', 8405),
        ...reqPair(-3.1, '41d8b6e2-9a3c-4f75-b0e1-6c2a7d5f8b39', '/', 200, 33),
      ],
      'frontend#1/server': [
        ...reqPair(-27, 'b2e9d4c7-3a1f-4e86-9c05-8d7f2a6b1e40', '/cart', 200, 64),
        fe(-25.19, 'debug', 'request started', { id: 'd6a1f8e3-5c2b-4b79-8e04-2f9c7a3d1b65', path: '/cart/checkout', method: 'POST', session: '8c2d7e14-0b5a-4f39-a6e1-9d3b2c8f7a05' }),
        fe(-25.17, 'error', 'request error', { id: 'd6a1f8e3-5c2b-4b79-8e04-2f9c7a3d1b65', path: '/cart/checkout', method: 'POST', session: '8c2d7e14-0b5a-4f39-a6e1-9d3b2c8f7a05', error: 'failed to complete the order: rpc error: code = Unavailable desc = error reading from server: EOF' }),
        fe(-25.17, 'debug', 'request complete', { id: 'd6a1f8e3-5c2b-4b79-8e04-2f9c7a3d1b65', path: '/cart/checkout', method: 'POST', session: '8c2d7e14-0b5a-4f39-a6e1-9d3b2c8f7a05', status: 500, took: 1104, bytes: 2711 }),
        ...reqPair(-17.6, '3c8e1a5f-6d2b-4907-b8e3-5a0f9c4d2e71', '/cart/checkout', 200, 191, 'POST', 8433),
        ...reqPair(-6.2, 'f0a4c9e7-1b3d-4c62-9e85-7d2b6a0f3c18', '/product/1YMWWN1N4O', 200, 44),
      ],
      'checkoutservice#0/server': [
        go(-25.7, 'info', 'service config: &{productCatalogSvcAddr:productcatalogservice:3550 productCatalogSvcConn:<nil> cartSvcAddr:cartservice:7070 cartSvcConn:<nil> currencySvcAddr:currencyservice:7000 currencySvcConn:<nil> shippingSvcAddr:shippingservice:50051 shippingSvcConn:<nil> emailSvcAddr:emailservice:5000 emailSvcConn:<nil> paymentSvcAddr:paymentservice:50051 paymentSvcConn:<nil>}'),
        go(-25.7, 'info', 'starting to listen on tcp: "[::]:5050"'),
        go(-20.4, 'info', '[PlaceOrder] user_id="2a6d8f13-0c5e-4b91-a0d2-6e3f1b8c9d57" user_currency="EUR"'),
        go(-20.4, 'info', 'payment went through (transaction_id: 7b1e3c9d-5f2a-4e80-b6d4-0c8a2f7e1d93)'),
        go(-20.4, 'info', 'order confirmation email sent to "someone@example.com"'),
        go(-17.6, 'info', '[PlaceOrder] user_id="8c2d7e14-0b5a-4f39-a6e1-9d3b2c8f7a05" user_currency="USD"'),
        go(-17.6, 'info', 'payment went through (transaction_id: c3f0a7e2-8d1b-4c56-9a3e-6b2d0f9e4a71)'),
        go(-17.6, 'info', 'order confirmation email sent to "someone@example.com"'),
        go(-9.3, 'info', '[PlaceOrder] user_id="3f1e9a52-7c44-4d0b-9b6e-2a8d51c0e7f4" user_currency="USD"'),
        go(-9.3, 'info', 'payment went through (transaction_id: 5e9b2d7a-1c3f-4a08-8e6d-2f7c0b9a3e15)'),
        go(-9.3, 'info', 'order confirmation email sent to "someone@example.com"'),
      ],
    },
  },
];
