// Blind dev batch s119a: Online Boutique spec (system from scripts/s2-scenarios/online-boutique.mjs).
// checkoutservice release skipping the shipping-quote currency conversion; money.Must panics for non-USD carts.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const T = clock('2025-04-09T13:20:00Z');
const fe = (min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? 'f3b1c2d4-7a8e-4f10-9c2b-1d3e5f7a9b0c', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '4e1d7a90-2c3b-4f5e-8a6d-0b9c1e2f3a4b', severity, timestamp: T.isoMs(min) });
const co = (min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const panicTrace = (min) => [
  co(min - 0.01, 'info', '[PlaceOrder] user_id="8c3f0e2a-55d1-4b7e-9a0c-6f2d4e1b3a57" user_currency="EUR"'),
  'panic: mismatching currency codes',
  '',
  'goroutine 48213 [running]:',
  'github.com/GoogleCloudPlatform/microservices-demo/src/checkoutservice/money.Must(...)',
  '\t/src/money/money.go:146',
  'main.(*checkoutService).PlaceOrder(0xc0001a6000, {0x1a3b2c0, 0xc000b4e1e0}, 0xc000a92140)',
  '\t/src/main.go:263 +0x7c5',
  'github.com/GoogleCloudPlatform/microservices-demo/src/checkoutservice/genproto._CheckoutService_PlaceOrder_Handler({0x16f1e40, 0xc0001a6000}, {0x1a3b2c0, 0xc000b4e1e0}, 0xc000a8e280, 0x0)',
  '\t/src/genproto/demo_grpc.pb.go:1421 +0x1a6',
  'google.golang.org/grpc.(*Server).processUnaryRPC(0xc000186000, {0x1a3b2c0, 0xc000b4e120}, {0x1a41d60, 0xc000382340}, 0xc000b52000, 0xc0001b8f60, 0x2519c40, 0x0)',
  '\t/go/pkg/mod/google.golang.org/grpc@v1.67.1/server.go:1394 +0xe2b',
];

export const scenarios = [
  {
    folder: 's119a-checkout-shipping-quote-unconverted',
    incidentTime: '2025-04-09T13:20:00Z',
    description: 'checkout failing for EU + UK shoppers since around lunch (~12:45?) - "could not complete order", USD orders still go thru fine. checkoutsvc pods look up',
    expected: { component: 'checkoutservice', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'checkoutservice', cause: 'crash-loop' }],
    difficulty: 'hard',
    traits: ['rollout-regression', 'louder-dependents', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      Fault shape: upstream checkoutservice main.go sums the order total with money.Must(money.Sum(total, *prep.shippingCostLocalized)),
      and money.Sum returns ErrMismatchingCurrency ("mismatching currency codes") when the two Money values differ in currency;
      Must panics, and grpc-go does not recover handler panics, so the whole process exits with Go's panic exit code 2.
      Deviation from upstream: a release v0.10.7 of checkoutservice (rolled out 12:41 UTC) drops the convertCurrency call on the
      shipping quote, so the quote stays in USD: USD carts still work, every other currency panics the server. Image tag only
      changed between the two ReplicaSets. Pods restart on each such order (restartCount 7, last state Error exit 2) yet stay Ready
      most of the time; the frontend logs "error reading from server: EOF" / Unavailable. Decoy: adservice has an old OOMKilled
      restart from 3 days earlier and the loadgenerator is noisy. Manifests: microservices-demo v0.10.6 release manifests.
    `,
    workloads: {
      checkoutservice: {
        containers: { server: { image: `${REG}/checkoutservice:v0.10.7` } },
        rollout: { at: -39, oldContainers: { server: { image: `${REG}/checkoutservice:v0.10.6` } } },
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 7, startedAt: T.iso(-2.2), last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-6.9), finishedAt: T.iso(-2.4) } }) } }],
      },
      adservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set checkoutservice-%NEW% to 1', first: -39 },
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set checkoutservice-%OLD% to 0 from 1', first: -38.4 },
      { on: 'pod:checkoutservice#0', reason: 'Pulled', message: `Container image "${REG}/checkoutservice:v0.10.7" already present on machine`, first: -31, last: -2.3, count: 7, fieldPath: 'spec.containers{server}' },
      { on: 'pod:checkoutservice#0', reason: 'Started', message: 'Started container server', first: -31, last: -2.3, count: 7, fieldPath: 'spec.containers{server}' },
      { on: 'pod:checkoutservice#0', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', type: 'Warning', first: -14, last: -2.5, count: 3, fieldPath: 'spec.containers{server}' },
      { on: 'pod:checkoutservice#0', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":5050" within 1s: context deadline exceeded', type: 'Warning', first: -14, last: -2.4, count: 4, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'checkoutservice#0/server': [
        co(-2.2, 'info', 'service config: &{productCatalogSvcAddr:productcatalogservice:3550 cartSvcAddr:cartservice:7070 currencySvcAddr:currencyservice:7000 shippingSvcAddr:shippingservice:50051 emailSvcAddr:emailservice:5000 paymentSvcAddr:paymentservice:50051 productCatalogSvcConn:<nil> cartSvcConn:<nil> currencySvcConn:<nil> shippingSvcConn:<nil> emailSvcConn:<nil> paymentSvcConn:<nil>}'),
        co(-2.19, 'info', 'starting to listen on tcp: "[::]:5050"'),
        co(-1.6, 'info', '[PlaceOrder] user_id="1f0a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b" user_currency="USD"'),
        co(-1.59, 'info', 'payment went through (transaction_id: 0d8f5c1e-2a3b-4c4d-9e5f-6a7b8c9d0e1f)'),
        co(-1.58, 'info', 'order confirmation email sent to "someone@example.com"'),
      ],
      'checkoutservice#0/server/previous': [
        co(-6.9, 'info', 'service config: &{productCatalogSvcAddr:productcatalogservice:3550 cartSvcAddr:cartservice:7070 currencySvcAddr:currencyservice:7000 shippingSvcAddr:shippingservice:50051 emailSvcAddr:emailservice:5000 paymentSvcAddr:paymentservice:50051 productCatalogSvcConn:<nil> cartSvcConn:<nil> currencySvcConn:<nil> shippingSvcConn:<nil> emailSvcConn:<nil> paymentSvcConn:<nil>}'),
        co(-6.89, 'info', 'starting to listen on tcp: "[::]:5050"'),
        co(-5.1, 'info', '[PlaceOrder] user_id="7e2d9c1b-0a3f-4b5e-8c6d-1e2f3a4b5c6d" user_currency="USD"'),
        co(-5.09, 'info', 'payment went through (transaction_id: 3b4c5d6e-7f80-4912-a3b4-c5d6e7f80912)'),
        co(-5.08, 'info', 'order confirmation email sent to "someone@example.com"'),
        ...panicTrace(-2.4),
      ],
      'frontend#0/server': [
        fe(-6.0, 'debug', 'request started', { path: '/product/OLJCESPC7Z', id: 'a1b2c3d4-0001-4e5f-8a9b-0c1d2e3f4a5b' }),
        fe(-5.99, 'debug', 'request complete', { path: '/product/OLJCESPC7Z', id: 'a1b2c3d4-0001-4e5f-8a9b-0c1d2e3f4a5b' }),
        fe(-2.41, 'debug', 'placing order', { method: 'POST', path: '/cart/checkout', id: 'b7c8d9e0-1122-4a3b-9c4d-5e6f7a8b9c0d' }),
        fe(-2.4, 'error', 'request error', { method: 'POST', path: '/cart/checkout', id: 'b7c8d9e0-1122-4a3b-9c4d-5e6f7a8b9c0d', error: 'failed to complete the order: rpc error: code = Unavailable desc = error reading from server: EOF' }),
        fe(-1.2, 'debug', 'setting currency', { method: 'POST', path: '/setCurrency', id: 'c0d1e2f3-3344-4b5c-8d6e-7f8091a2b3c4' }),
        fe(-0.8, 'error', 'request error', { method: 'POST', path: '/cart/checkout', id: 'd1e2f3a4-5566-4c7d-9e8f-0a1b2c3d4e5f', error: 'failed to complete the order: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:checkoutservice%:5050: connect: connection refused"' }),
      ],
      'frontend#1/server': [
        fe(-3.0, 'debug', 'request started', { path: '/', id: 'e2f3a4b5-7788-4d9e-8f0a-1b2c3d4e5f60' }),
        fe(-2.99, 'debug', 'request complete', { path: '/', id: 'e2f3a4b5-7788-4d9e-8f0a-1b2c3d4e5f60' }),
        fe(-1.6, 'debug', 'placing order', { method: 'POST', path: '/cart/checkout', id: 'f3a4b5c6-99aa-4e0f-9a1b-2c3d4e5f6071' }),
        fe(-1.58, 'debug', 'order placed', { method: 'POST', path: '/cart/checkout', id: 'f3a4b5c6-99aa-4e0f-9a1b-2c3d4e5f6071' }),
      ],
      'loadgenerator#0/main': [
        `[${T.java(-3).replace('.', ',')}] locust-1/WARNING/locust.runners: CPU usage above 90%! This may constrain your throughput and may even give inconsistent response time measurements! See https://docs.locust.io/en/stable/running-distributed.html for how to distribute the load over multiple CPU cores or machines`,
      ],
    },
  },
];
