// Blind dev batch s109a, Online Boutique: one scenario (a currencyservice release returning money whose units and
// nanos disagree in sign; checkoutservice's money.Must panics on it and restarts while currencyservice stays Ready).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const I = '2026-04-21T14:32:00Z';
const T = clock(I);
const fl = (min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? 'a3f1c9e2-6b7d-4e08-9c15-2d8e4f6a7b90', 'http.req.method': extra.method ?? 'POST', 'http.req.path': extra.path ?? '/cart/checkout', ...(extra.error ? { error: extra.error } : {}), message, session: 'f4c2a8e1-9d3b-4a67-b5e0-1c7d2f9e8a46', severity, timestamp: T.isoMs(min) });
const pino = (min, msg) => `{"level":30,"time":${Date.parse(T.isoMs(min))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","msg":"${msg}","v":1}`;
const panic = (min) => [
  `{"message":"[PlaceOrder] user_id=\\"f4c2a8e1-9d3b-4a67-b5e0-1c7d2f9e8a46\\" user_currency=\\"JPY\\"","severity":"info","timestamp":"${T.isoMs(min)}"}`,
  `{"message":"payment went through (transaction_id: 6a1e0c4f-8b2d-4f93-a7c5-3e9d1b0f2a84)","severity":"info","timestamp":"${T.isoMs(min + 0.01)}"}`,
  'panic: one of the specified money values is invalid',
  '',
  'goroutine 2291 [running]:',
  'github.com/GoogleCloudPlatform/microservices-demo/src/checkoutservice/money.Must(...)',
  '\t/src/money/money.go:126',
  'main.(*checkoutService).PlaceOrder(0xc0001a2f00, {0x1e3f2a8, 0xc000a61f50}, 0xc000418a00)',
  '\t/src/main.go:262 +0x8c5',
  'github.com/GoogleCloudPlatform/microservices-demo/src/checkoutservice/genproto._CheckoutService_PlaceOrder_Handler.func1({0x1e3f2a8?, 0xc000a61f50?}, {0x19c2e00?, 0xc000418a00?})',
  '\t/src/genproto/demo_grpc.pb.go:1419 +0x72',
  'google.golang.org/grpc.(*Server).processUnaryRPC(0xc0002c4c00, {0x1e3f2a8, 0xc000a61e90}, {0x1e47a40, 0xc0004a8000}, 0xc000b7c240, 0xc0002d2cf0, 0x2b7e4a0, 0x0)',
  '\t/go/pkg/mod/google.golang.org/grpc@v1.64.0/server.go:1379 +0xdf8',
  'created by google.golang.org/grpc.(*Server).serveStreams.func2.1 in goroutine 2287',
  '\t/go/pkg/mod/google.golang.org/grpc@v1.64.0/server.go:1030 +0x15d',
];

export const scenarios = [
  {
    folder: 's109a-currency-release-bad-nanos',
    incidentTime: I,
    description: 'checkout is broken since ~14:10, checkoutsvc keeps restarting. payments team says paymentservice is fine, browsing still works',
    expected: { component: 'currencyservice', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'partial-name', 'team-name', 'time-expression'],
    workloads: {
      currencyservice: {
        rollout: { at: -24, oldContainers: { server: { image: `${REG}/currencyservice:v0.10.6` } } },
        containers: { server: { image: `${REG}/currencyservice:v0.10.7-rc1` } },
      },
      checkoutservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 7, startedAt: T.iso(-1.6), last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-4.1), finishedAt: T.iso(-2.1) } }) } }],
      },
      adservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set currencyservice-%NEW% to 1', first: -24 },
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set currencyservice-%OLD% to 0 from 1', first: -23.3 },
      { on: 'pod:checkoutservice#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', first: -19, last: -2.1, count: 14, fieldPath: 'spec.containers{server}' },
      { on: 'pod:checkoutservice#0', reason: 'Pulled', message: `Container image "${REG}/checkoutservice:v0.10.6" already present on machine`, first: -20, last: -1.7, count: 7, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'currencyservice#0/server': [pino(-23, 'Listening on 7000'), pino(-3.2, 'received conversion request'), pino(-3.2, 'conversion request successful'), pino(-2.3, 'received conversion request'), pino(-2.3, 'conversion request successful'), pino(-0.6, 'Getting supported currencies...')],
      'checkoutservice#0/server/previous': [`{"message":"service config: \\u0026{productCatalogSvcAddr:productcatalogservice:3550 cartSvcAddr:cartservice:7070 currencySvcAddr:currencyservice:7000 shippingSvcAddr:shippingservice:50051 emailSvcAddr:emailservice:5000 paymentSvcAddr:paymentservice:50051}","severity":"info","timestamp":"${T.isoMs(-4.1)}"}`, `{"message":"starting to listen on tcp: \\"[::]:5050\\"","severity":"info","timestamp":"${T.isoMs(-4.09)}"}`, ...panic(-2.15)],
      'checkoutservice#0/server': [`{"message":"starting to listen on tcp: \\"[::]:5050\\"","severity":"info","timestamp":"${T.isoMs(-1.55)}"}`, `{"message":"[PlaceOrder] user_id=\\"0b9e1d4a-7c3f-4e2b-8a61-5d0f3c9b2e17\\" user_currency=\\"USD\\"","severity":"info","timestamp":"${T.isoMs(-0.9)}"}`, `{"message":"payment went through (transaction_id: 2d7c9b1e-4a60-4f8e-b3d5-0e1f6a9c8b72)","severity":"info","timestamp":"${T.isoMs(-0.88)}"}`, `{"message":"order confirmation email sent to \\"someone@example.com\\"","severity":"info","timestamp":"${T.isoMs(-0.85)}"}`],
      'frontend#0/server': [fl(-3, 'request started', { method: 'GET', path: '/product/OLJCESPC7Z' }), fl(-2.99, 'request complete', { method: 'GET', path: '/product/OLJCESPC7Z' }), fl(-2.15, 'request error', { error: 'failed to complete the order: rpc error: code = Unavailable desc = error reading from server: EOF' }), fl(-1.2, 'request error', { id: 'e81b2c07-5d9a-4f36-a2c4-9b7e0d1f3a58', error: 'failed to complete the order: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:checkoutservice%:5050: connect: connection refused"' })],
      'frontend#1/server': [fl(-2.5, 'request started', { method: 'GET', path: '/' }), fl(-2.49, 'request complete', { method: 'GET', path: '/' }), fl(-0.4, 'request started', { method: 'GET', path: '/cart' }), fl(-0.39, 'request complete', { method: 'GET', path: '/cart' })],
      'paymentservice#0/server': [`{"level":30,"time":${Date.parse(T.isoMs(-2.16))},"pid":1,"hostname":"paymentservice","name":"paymentservice-charge","msg":"Transaction processed: visa ending 0454     Amount: JPY15249.999999999","v":1}`],
    },
    grounding: `Manifests: online-boutique release/kubernetes-manifests.yaml v0.10.6 (system of scripts/s2-scenarios/online-boutique.mjs); checkoutservice adds item prices with money.Sum wrapped in money.Must, which panics on ErrInvalidValue (units and nanos of different sign or nanos out of range), and a panic in a grpc-go unary handler kills the process (exit 2).
      Fault: currencyservice (Node.js) rolled from v0.10.6 to an rc build whose conversion carries a negative nanos remainder for some currencies (JPY); currencyservice logs only "conversion request successful" and stays Ready; checkoutservice panics on the total and restarts (CrashLoop back-off), frontend reports Unavailable/EOF on /cart/checkout. The old and new currencyservice ReplicaSets differ only in the image tag.
      Deviations: the v0.10.7-rc1 tag and the rounding bug are invented; line numbers of the Go stack are indicative. Decoys: adservice OOMKilled three days ago; paymentservice logs a successful charge.`,
  },
];
