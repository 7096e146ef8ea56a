// Blind dev batch s127d: Online Boutique scenarios (system from scripts/s2-scenarios/online-boutique.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const fl = (T, min, severity, message, x = {}) => JSON.stringify({ 'http.req.id': x.id ?? '5e1c2b7a-9d44-4f0e-8a21-3c6d7e9f0a1b', 'http.req.method': x.method ?? 'GET', 'http.req.path': x.path ?? '/', ...(x.status ? { 'http.resp.bytes': x.bytes ?? 10345, 'http.resp.status': x.status, 'http.resp.took_ms': x.took } : {}), ...(x.error ? { error: x.error } : {}), message, session: x.session ?? 'a7f3c1d2-6b8e-4e5f-9c0a-1d2e3f4a5b6c', severity, timestamp: T.isoMs(min) });
const gl = (T, min, message, severity = 'info') => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });

// 1. no-fault: flat $8.99 shipping quote is upstream behaviour; decoy = shippingservice rollout 28 min ago.
const T1 = clock('2026-05-12T15:20:00Z');
const ship = {
  folder: 's127d-shipping-flat-rate-after-deploy',
  description: 'shipping cost at checkout is always $8.99 no matter how many items in the cart, started after the shippingsvc deploy this afternoon?? pls check',
  incidentTime: '2026-05-12T15:20:00Z',
  difficulty: 'medium',
  traits: ['no-fault', 'decoy', 'partial-name'],
  workloads: {
    shippingservice: {
      rollout: { at: -28, revision: 6, oldContainers: { server: { image: `${REG}/shippingservice:v0.10.5` } } },
    },
  },
  events: [
    { on: 'deploy:shippingservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shippingservice-%NEW% to 1', first: -28 },
    { on: 'deploy:shippingservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set shippingservice-%OLD% to 0 from 1', first: -27.2 },
    { on: 'pod:shippingservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -27.5 },
    { on: 'pod:shippingservice#0', reason: 'Pulling', message: `Pulling image "${REG}/shippingservice:v0.10.6"`, fieldPath: 'spec.containers{server}', first: -27.5 },
    { on: 'pod:shippingservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/shippingservice:v0.10.6" in 3.412s (3.412s including waiting). Image size: 18034417 bytes.`, fieldPath: 'spec.containers{server}', first: -27.4 },
    { on: 'pod:shippingservice#0', reason: 'Created', message: 'Created container server', fieldPath: 'spec.containers{server}', first: -27.4 },
    { on: 'pod:shippingservice#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -27.4 },
    { on: 'pod:shippingservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: timeout: failed to connect service ":50051" within 1s', fieldPath: 'spec.containers{server}', first: -27.35, last: -27.3, count: 2 },
  ],
  logs: {
    'shippingservice#0/server': [
      gl(T1, -27.38, 'Shipping Service listening on port 50051'),
      gl(T1, -25.1, '[GetQuote] received request'), gl(T1, -25.1, '[GetQuote] completed request'),
      gl(T1, -19.6, '[GetQuote] received request'), gl(T1, -19.6, '[GetQuote] completed request'),
      gl(T1, -19.5, '[ShipOrder] received request'), gl(T1, -19.5, '[ShipOrder] completed request'),
      gl(T1, -9.2, '[GetQuote] received request'), gl(T1, -9.2, '[GetQuote] completed request'),
      gl(T1, -4.8, '[GetQuote] received request'), gl(T1, -4.8, '[GetQuote] completed request'),
      gl(T1, -4.7, '[ShipOrder] received request'), gl(T1, -4.7, '[ShipOrder] completed request'),
    ],
    'frontend#0/server': [
      fl(T1, -31, 'info', 'request complete', { path: '/cart', status: 200, took: 41 }),
      fl(T1, -27.3, 'error', 'request error', { path: '/cart', id: '0b9d7e21-55c1-4a8f-bb0e-2f6a8c9d1e34', error: 'failed to get shipping quote: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:shippingservice%:50051: connect: connection refused"' }),
      fl(T1, -27.25, 'error', 'request error', { path: '/cart', id: '6f2a1c9b-0d3e-4b7a-8e5f-9a1b2c3d4e5f', error: 'failed to get shipping quote: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:shippingservice%:50051: connect: connection refused"' }),
      fl(T1, -25.1, 'info', 'request complete', { path: '/cart', status: 200, took: 38 }),
      fl(T1, -19.5, 'info', 'request complete', { path: '/cart/checkout', method: 'POST', status: 200, took: 212 }),
      fl(T1, -9.2, 'info', 'request complete', { path: '/cart', status: 200, took: 36 }),
      fl(T1, -4.7, 'info', 'request complete', { path: '/cart/checkout', method: 'POST', status: 200, took: 198 }),
    ],
    'checkoutservice#0/server': [
      gl(T1, -19.55, '[PlaceOrder] user_id="a7f3c1d2-6b8e-4e5f-9c0a-1d2e3f4a5b6c" user_currency="USD"'),
      gl(T1, -19.52, 'payment went through (transaction_id: 3c8e1f0a-7b2d-4e9c-a6f1-0d5b8c2e7a94)'),
      gl(T1, -19.5, 'order confirmation email sent to "someone@example.com"'),
      gl(T1, -4.75, '[PlaceOrder] user_id="d41e9a0b-2c7f-4a31-8e6d-5b0f9c3a7e12" user_currency="USD"'),
      gl(T1, -4.72, 'payment went through (transaction_id: 9f0b2d4e-1a6c-4f83-b7e5-2c9d0a1e6f38)'),
      gl(T1, -4.7, 'order confirmation email sent to "someone@example.com"'),
    ],
  },
  grounding: `No fault. Upstream shippingservice (src/shippingservice/quote.go) computes every quote with
    CreateQuoteFromCount(count), which ignores the count and returns CreateQuoteFromFloat(8.99): a flat $8.99 is designed
    behaviour of the demo, before and after any release. The decoy is a routine rollout of shippingservice 28 minutes
    before the report (v0.10.5 -> v0.10.6, the old ReplicaSet keeps the v0.10.5 image and is scaled to 0): two gRPC
    readiness probe failures while the new Go server started (count 2, then Ready) and two frontend "failed to get
    shipping quote ... connection refused" errors in the same seconds (one replica, terminationGracePeriodSeconds 5),
    nothing since; quotes and orders complete normally afterwards. Deviation: v0.10.5 as the previous tag of this
    fictional operator; quote.go is unchanged between those tags.`,
};

// 2. fault: productcatalogservice release with EXTRA_LATENCY left set.
const T2 = clock('2026-05-13T09:47:00Z');
const PC_ENV = [{ name: 'PORT', value: '3550' }, { name: 'DISABLE_PROFILER', value: '1' }];
const slow = (min, path, took, id) => fl(T2, min, 'info', 'request complete', { path, status: 200, took, id });
const cat = {
  folder: 's127d-catalog-extra-latency-release',
  description: 'storefront super slow since ~9:25, home page 6-12s, some checkouts timing out. frontend team says its not them',
  incidentTime: '2026-05-13T09:47:00Z',
  expected: { component: 'productcatalogservice', cause: 'bad-deploy-rollout' },
  alsoAcceptable: [{ component: 'productcatalogservice', cause: 'config-error' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
  workloads: {
    productcatalogservice: {
      containers: { server: { env: [...PC_ENV, { name: 'EXTRA_LATENCY', value: '5.5s' }] } },
      rollout: { at: -23, revision: 5, oldContainers: { server: { env: PC_ENV } } },
    },
    adservice: {
      pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T2.iso(-60 * 24 * 2 - 30), last: { exitCode: 143, reason: 'Error', startedAt: T2.iso(-60 * 24 * 9), finishedAt: T2.iso(-60 * 24 * 2 - 30.2) } }) } }],
    },
  },
  events: [
    { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 1', first: -23 },
    { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 1 from 2', first: -22.4 },
    { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 2 from 1', first: -22.4 },
    { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 0 from 1', first: -21.9 },
    { on: 'pod:productcatalogservice#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -22.5 },
    { on: 'pod:productcatalogservice#1', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -22 },
    { on: 'pod:frontend#1', reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: Get "http://%PODIP%:8080/_healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', fieldPath: 'spec.containers{server}', first: -60 * 24 * 6, last: -60 * 24 * 6, count: 1 },
  ],
  logs: {
    'productcatalogservice#0/server': [
      gl(T2, -22.52, 'extra latency enabled (duration: 5.5s)'),
      gl(T2, -22.51, 'successfully parsed product catalog json'),
      gl(T2, -22.5, 'starting grpc server at :3550'),
    ],
    'productcatalogservice#1/server': [
      gl(T2, -22.02, 'extra latency enabled (duration: 5.5s)'),
      gl(T2, -22.01, 'successfully parsed product catalog json'),
      gl(T2, -22, 'starting grpc server at :3550'),
    ],
    'frontend#0/server': [
      slow(-26, '/', 88, '1d2e3f40-0001-4a00-9000-000000000001'),
      slow(-24.5, '/product/OLJCESPC7Z', 61, '1d2e3f40-0001-4a00-9000-000000000002'),
      slow(-20.1, '/', 11284, '1d2e3f40-0001-4a00-9000-000000000003'),
      slow(-17.3, '/product/66VCHSJNUP', 11203, '1d2e3f40-0001-4a00-9000-000000000004'),
      fl(T2, -14.9, 'error', 'request error', { path: '/', id: '1d2e3f40-0001-4a00-9000-000000000005', error: 'could not retrieve products: rpc error: code = Canceled desc = context canceled' }),
      slow(-12.2, '/cart', 5641, '1d2e3f40-0001-4a00-9000-000000000006'),
      fl(T2, -8.4, 'error', 'request error', { path: '/cart/checkout', method: 'POST', id: '1d2e3f40-0001-4a00-9000-000000000007', error: 'failed to complete the order: rpc error: code = Canceled desc = context canceled' }),
      slow(-5.5, '/', 11310, '1d2e3f40-0001-4a00-9000-000000000008'),
      fl(T2, -2.1, 'error', 'request error', { path: '/product/9SIQT8TOJO', id: '1d2e3f40-0001-4a00-9000-000000000009', error: 'failed to get product recommendations: rpc error: code = Canceled desc = context canceled' }),
    ],
    'recommendationservice#0/server': [
      JSON.stringify({ timestamp: T2.isoMs(-25), severity: 'INFO', name: 'recommendationservice-server', message: "[Recv ListRecommendations] product_ids=['2ZYFJ3GM2N', '1YMWWN1N4O', 'L9ECAV7KIM', 'LS4PSXUNUM', '0PUK6V6EV0']" }),
      JSON.stringify({ timestamp: T2.isoMs(-17.2), severity: 'INFO', name: 'recommendationservice-server', message: "[Recv ListRecommendations] product_ids=['9SIQT8TOJO', 'OLJCESPC7Z', '6E92ZMYYFZ', '2ZYFJ3GM2N', 'LS4PSXUNUM']" }),
      JSON.stringify({ timestamp: T2.isoMs(-2.1), severity: 'INFO', name: 'recommendationservice-server', message: "[Recv ListRecommendations] product_ids=['1YMWWN1N4O', '66VCHSJNUP', 'L9ECAV7KIM', 'OLJCESPC7Z', '0PUK6V6EV0']" }),
    ],
    'checkoutservice#0/server': [
      gl(T2, -8.6, '[PlaceOrder] user_id="5b0e7c3a-91d2-4f6e-8a4b-c2d9e1f07a36" user_currency="EUR"'),
      gl(T2, -8.4, 'failed to prepare order: failed to get product #"OLJCESPC7Z": rpc error: code = Canceled desc = context canceled', 'warning'),
    ],
    'adservice#0/server': [
      `${T2.java(-30).replace(' ', 'T')}Z INFO  [grpc-default-executor-4] hipstershop.AdService - received ad request (context_words=[clothing])`,
      `${T2.java(-6).replace(' ', 'T')}Z INFO  [grpc-default-executor-7] hipstershop.AdService - received ad request (context_words=[kitchen])`,
    ],
  },
  grounding: `Fault: upstream productcatalogservice (src/productcatalogservice/server.go) reads EXTRA_LATENCY, logs
    "extra latency enabled (duration: ...)" and sleeps that long in every ListProducts/GetProduct/SearchProducts call;
    the gRPC health Check does not sleep, so both pods stay Ready. A release 23 minutes before the report adds
    EXTRA_LATENCY=5.5s (a load-test overlay value promoted by mistake; the old ReplicaSet keeps the env without it).
    Home and product pages call the catalogue twice (directly and through recommendationservice) and take ~11 s,
    checkouts call GetProduct per item and are cancelled by clients: frontend, checkoutservice and recommendations are
    louder than the catalogue, which logs no error at all. Decoys: an adservice restart two days old (exit 143) and a
    six-day-old frontend liveness timeout. Deviation: the EXTRA_LATENCY value and the release are this fictional
    operator's; the upstream demo documents the variable for latency experiments.`,
};

export const scenarios = [ship, cat];
