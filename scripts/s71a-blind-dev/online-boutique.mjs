// Blind dev batch s71a — Online Boutique: one scenario (shippingservice release with a renamed proto package: Ready, every call Unimplemented).
// Spec for scripts/s2-scenario-kit.mjs through the session-2 system part of scripts/s2-scenarios/online-boutique.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const INC = '2026-06-02T15:37:00Z';
const T = clock(INC);
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const NEW = 'us-central1-docker.pkg.dev/boutique-prod/apps/shippingservice:v0.10.7-2-g4c1e9d2';
const OLD = `${REG}/shippingservice:v0.10.6`;
const UNIMPL = 'rpc error: code = Unimplemented desc = unknown service hipstershop.ShippingService';
const sess = (i) => `${['3f6c1a2e', '9b2f64c7', 'e04d7b19', '5a8c3d60'][i % 4]}-0e2a-4c39-b4d1-6a3c2e19f8d${i % 10}`;
const rid = (i) => `${(0x1c0a8f00 + i * 7717).toString(16)}-3b1e-4c57-9d6a-2f4b9e7a1c${(10 + i).toString(16)}`;
const fl = (min, severity, message, f) => JSON.stringify({ ...f, message, severity, timestamp: T.isoMs(min) });

const front = (k) => {
  const out = [];
  for (let i = 0; i < 16; i++) {
    const min = -27 + i * 1.6 + k * 0.3;
    const r = { 'http.req.id': rid(i + k * 50), 'http.req.method': 'GET', 'http.req.path': '/', session: sess(i) };
    out.push(fl(min, 'debug', 'request started', r));
    out.push(fl(min + 0.002, 'debug', 'request complete', { ...r, 'http.resp.bytes': 10912, 'http.resp.status': 200, 'http.resp.took_ms': 41 }));
    if (min > -24) {
      const c = { 'http.req.id': rid(i + k * 50 + 20), 'http.req.method': 'GET', 'http.req.path': '/cart', session: sess(i + 1) };
      out.push(fl(min + 0.1, 'debug', 'request started', c));
      out.push(fl(min + 0.101, 'error', 'request error', { ...c, error: `failed to get shipping quote: ${UNIMPL}` }));
      out.push(fl(min + 0.102, 'debug', 'request complete', { ...c, 'http.resp.bytes': 3120, 'http.resp.status': 500, 'http.resp.took_ms': 9 }));
    }
    if (min > -24 && i % 3 === 0) {
      const p = { 'http.req.id': rid(i + k * 50 + 40), 'http.req.method': 'POST', 'http.req.path': '/cart/checkout', session: sess(i + 2) };
      out.push(fl(min + 0.2, 'debug', 'request started', p));
      out.push(fl(min + 0.201, 'info', 'placing order', { ...p }));
      out.push(fl(min + 0.203, 'error', 'request error', { ...p, error: `failed to complete the order: rpc error: code = Internal desc = shipping quote failure: failed to get shipping quote: ${UNIMPL}` }));
      out.push(fl(min + 0.204, 'debug', 'request complete', { ...p, 'http.resp.bytes': 3301, 'http.resp.status': 500, 'http.resp.took_ms': 27 }));
    }
  }
  return out;
};
const checkout = [
  JSON.stringify({ message: 'service config: &{productCatalogSvcAddr:productcatalogservice:3550 cartSvcAddr:cartservice:7070 currencySvcAddr:currencyservice:7000 shippingSvcAddr:shippingservice:50051 emailSvcAddr:emailservice:5000 paymentSvcAddr:paymentservice:50051}', severity: 'info', timestamp: T.isoMs(-60 * 24 * 9) }),
  JSON.stringify({ message: 'starting to listen on tcp: "[::]:5050"', severity: 'info', timestamp: T.isoMs(-60 * 24 * 9) }),
  ...Array.from({ length: 6 }, (_, i) => JSON.stringify({ message: `[PlaceOrder] user_id="${sess(i + 2)}" user_currency="USD"`, severity: 'info', timestamp: T.isoMs(-23.8 + i * 4.4) })),
];
const ship = [
  JSON.stringify({ message: 'Tracing disabled.', severity: 'info', timestamp: T.isoMs(-25.6) }),
  JSON.stringify({ message: 'Profiling disabled.', severity: 'info', timestamp: T.isoMs(-25.6) }),
  JSON.stringify({ message: 'Shipping Service listening on port 50051', severity: 'info', timestamp: T.isoMs(-25.6) }),
];

export const scenarios = [
  {
    folder: 's71a-shippingservice-release-renamed-proto-package',
    incidentTime: INC,
    description: 'cart page and checkout return 500 "failed to get shipping quote" since ~15:10. shipping pods are green, home page + product pages still ok. storefront team on it',
    expected: { component: 'shippingservice', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifests: GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml at 34ffea9 (shippingservice Go,
      gRPC on 50051 with grpc readiness/liveness probes on the standard grpc.health.v1 service; frontend and checkoutservice
      call hipstershop.ShippingService/GetQuote through SHIPPING_SERVICE_ADDR). The fault follows the well-known gRPC
      failure of a server built from a proto whose package was renamed: the platform team's in-house build v0.10.7-2-g4c1e9d2
      (pushed to their own Artifact Registry) regenerated shippingservice's stubs from a forked demo.proto with a new
      package, so the server registers a differently named service; grpc-go answers every hipstershop.ShippingService call
      with "Unimplemented: unknown service hipstershop.ShippingService" before any handler runs, so shippingservice logs
      nothing after its start-up lines, while the health service still answers SERVING and the pod stays Ready. The
      frontend's /cart (GetQuote for the cart) and checkout (checkoutservice's quoteShipping) are the loud ones; the home
      and product pages do not call shipping. The old and new ReplicaSets differ only in the server image. Decoy:
      adservice OOMKilled three days ago. Deviations: the in-house image name and tag are invented.`,
    workloads: {
      shippingservice: {
        containers: { server: { image: NEW } },
        rollout: { at: -26, oldContainers: { server: { image: OLD } } },
      },
      adservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:shippingservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shippingservice-%NEW% to 1', first: -26 },
      { on: 'deploy:shippingservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set shippingservice-%OLD% to 0 from 1', first: -25.3 },
      { on: 'pod:shippingservice#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -25.9 },
      { on: 'pod:shippingservice#0', reason: 'Pulling', fieldPath: 'spec.containers{server}', message: `Pulling image "${NEW}"`, first: -25.9 },
      { on: 'pod:shippingservice#0', reason: 'Pulled', fieldPath: 'spec.containers{server}', message: `Successfully pulled image "${NEW}" in 2.871s (2.871s including waiting). Image size: 11850231 bytes.`, first: -25.8 },
      { on: 'pod:shippingservice#0', reason: 'Created', fieldPath: 'spec.containers{server}', message: 'Created container server', first: -25.8 },
      { on: 'pod:shippingservice#0', reason: 'Started', fieldPath: 'spec.containers{server}', message: 'Started container server', first: -25.7 },
      { on: 'pod:shippingservice#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{server}', message: 'Readiness probe failed: timeout: failed to connect service ":50051" within 1s: context deadline exceeded', first: -25.6 },
    ],
    logs: {
      'frontend#0/server': front(0),
      'frontend#1/server': front(1),
      'checkoutservice#0/server': checkout,
      'shippingservice#0/server': ship,
    },
  },
];
