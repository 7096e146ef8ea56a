// Blind dev batch s123a: an Online Boutique scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// shippingservice release v0.10.7 adds an unsynchronised quote cache: Go "concurrent map writes" under load.
import { clock, cs } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/online-boutique.mjs';

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const I = '2026-05-12T15:40:00Z';
const T = clock(I);
const fe = (min, msg, extra = '') => `{"http.req.id":"${Math.abs(Math.round(min * 977)).toString(16)}a1-7c2e-4b9d-9f1e-0d3c5b7a${Math.abs(Math.round(min * 31)) % 10}e21","http.req.method":"POST","http.req.path":"/cart/checkout","message":"${msg}","session":"9f4c2b7e-1d3a-4c5e-8b6f-2a7d9e0c1b3f",${extra}"severity":"error","timestamp":"${T.isoMs(min)}"}`;
const panic = (min) => [
  'fatal error: concurrent map writes',
  '',
  'goroutine 4182 [running]:',
  'main.(*quoteCache).put(...)',
  '\t/src/quote_cache.go:41',
  'main.(*server).GetQuote(0xc0000a6240, {0xb3e7c0?, 0xc0004f2a80?}, 0xc0003d81e0)',
  '\t/src/main.go:158 +0x2c5',
  'github.com/GoogleCloudPlatform/microservices-demo/src/shippingservice/genproto._ShippingService_GetQuote_Handler({0x9a1f20, 0xc0000a6240}, {0xb3e7c0, 0xc0004f2a80}, 0xc00021e380, 0x0)',
  '\t/src/genproto/demo_grpc.pb.go:1089 +0x1a7',
  'google.golang.org/grpc.(*Server).processUnaryRPC(0xc000190e00, {0xb3e7c0, 0xc0004f29f0}, {0xb45d98, 0xc0001a4000}, 0xc000512000, 0xc0001b6f30, 0xf3a5c0, 0x0)',
  '\t/go/pkg/mod/google.golang.org/grpc@v1.64.0/server.go:1379 +0xdf2',
  '',
  'goroutine 1 [IO wait, 2 minutes]:',
  'internal/poll.runtime_pollWait(0x7f1c2a5e1e80, 0x72)',
  '\t/usr/local/go/src/runtime/netpoll.go:345 +0x85',
];
const shipStart = (min) => [
  `{"message":"Tracing disabled.","severity":"info","timestamp":"${T.isoMs(min)}"}`,
  `{"message":"Profiling disabled.","severity":"info","timestamp":"${T.isoMs(min + 0.001)}"}`,
  `{"message":"Shipping Service listening on port 50051","severity":"info","timestamp":"${T.isoMs(min + 0.002)}"}`,
];
const quote = (min, n) => [
  `{"message":"[GetQuote] received request","severity":"info","timestamp":"${T.isoMs(min)}"}`,
  `{"message":"[GetQuote] completed request","severity":"info","timestamp":"${T.isoMs(min + 0.001)}"}`,
].slice(0, n);

export const scenarios = [
  {
    folder: 's123a-shipping-concurrent-map-writes',
    incidentTime: I,
    description: 'checkout fails for maybe 1 in 5 orders since ~15:15, "failed to get shipping quote". cart + browsing still work',
    expected: { component: 'shippingservice', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'shippingservice', cause: 'crash-loop' }],
    difficulty: 'hard',
    traits: ['rollout-regression', 'louder-dependents', 'time-expression', 'partial-name', 'decoy'],
    workloads: {
      shippingservice: {
        rollout: { at: -27, oldContainers: { server: { image: `${REG}/shippingservice:v0.10.6` } } },
        containers: { server: { image: `${REG}/shippingservice:v0.10.7-quotecache.2` } },
        pods: [{
          containers: {
            server: cs.restartedRunning({ restarts: 4, startedAt: T.iso(-3.2), last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-9.6), finishedAt: T.iso(-3.3) } }),
          },
        }],
      },
      // decoy: an unrelated restart of adservice last week (OOMKilled), long since healthy
      adservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 5), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 24 * 5 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:shippingservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shippingservice-%NEW% to 1', first: -27, source: 'deployment-controller' },
      { on: 'deploy:shippingservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set shippingservice-%OLD% to 0 from 1', first: -26, source: 'deployment-controller' },
      { on: 'pod:shippingservice#0', reason: 'Pulled', message: `Container image "${REG}/shippingservice:v0.10.7-quotecache.2" already present on machine`, first: -21, last: -3.3, count: 4, fieldPath: 'spec.containers{server}' },
      { on: 'pod:shippingservice#0', reason: 'Created', message: 'Created container server', first: -21, last: -3.3, count: 4, fieldPath: 'spec.containers{server}' },
      { on: 'pod:shippingservice#0', reason: 'Started', message: 'Started container server', first: -21, last: -3.2, count: 4, fieldPath: 'spec.containers{server}' },
      { on: 'pod:shippingservice#0', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":50051" within 1s: context deadline exceeded', first: -21, last: -3.3, count: 3, type: 'Warning', fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'shippingservice#0/server/previous': [...shipStart(-9.6), ...quote(-9.0, 2), ...quote(-6.1, 2), ...quote(-3.31, 1), ...panic(-3.3)],
      'shippingservice#0/server': [...shipStart(-3.18), ...quote(-2.4, 2), ...quote(-1.1, 2), ...quote(-0.5, 2)],
      'frontend#0/server': [
        `{"http.req.id":"0c1e7a44-2b9f-4e1d-8c3a-5f6b7d8e9a01","http.req.method":"GET","http.req.path":"/product/OLJCESPC7Z","message":"request complete","session":"1b2c3d4e-5f60-4718-a9b0-c1d2e3f40516","severity":"debug","timestamp":"${T.isoMs(-9.7)}"}`,
        fe(-9.58, 'request error', '"error":"failed to complete the order: failed to get shipping quote: rpc error: code = Unavailable desc = error reading from server: EOF",'),
        fe(-3.29, 'request error', '"error":"failed to complete the order: failed to get shipping quote: rpc error: code = Unavailable desc = error reading from server: EOF",'),
        fe(-3.25, 'request error', '"error":"failed to complete the order: failed to get shipping quote: rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial tcp %SVCIP:shippingservice%:50051: connect: connection refused\\"",'),
        `{"http.req.id":"5d6e7f80-9a1b-4c2d-8e3f-405162738495","http.req.method":"GET","http.req.path":"/cart","message":"request complete","session":"1b2c3d4e-5f60-4718-a9b0-c1d2e3f40516","severity":"debug","timestamp":"${T.isoMs(-1.2)}"}`,
      ],
      'checkoutservice#0/server': [
        `{"message":"[PlaceOrder] user_id=\\"9f4c2b7e-1d3a-4c5e-8b6f-2a7d9e0c1b3f\\" user_currency=\\"EUR\\"","severity":"info","timestamp":"${T.isoMs(-3.31)}"}`,
        `{"message":"[PlaceOrder] user_id=\\"2e8d1c6b-7a5f-4e3d-9c2b-1a0f9e8d7c6b\\" user_currency=\\"USD\\"","severity":"info","timestamp":"${T.isoMs(-0.6)}"}`,
        `{"message":"payment went through (transaction_id: 3c7f1b2a-9e4d-4f6a-8b1c-2d3e4f5a6b7c)","severity":"info","timestamp":"${T.isoMs(-0.58)}"}`,
      ],
    },
    grounding: `Upstream release/kubernetes-manifests.yaml (v0.10.6): shippingservice is one Go gRPC replica on :50051 with grpc_health_probe
      readiness/liveness; checkoutservice calls it in PlaceOrder (SHIPPING_SERVICE_ADDR) and frontend shows the error.
      Deviation: a hypothetical release v0.10.7-quotecache.2 adds an in-memory quote cache (a plain Go map written from every
      gRPC handler goroutine without a mutex). The Go runtime aborts with the unrecoverable "fatal error: concurrent map writes"
      (exit code 2, golang/go issue class documented in the Go blog "Go maps in action": maps are not safe for concurrent use)
      only when two GetQuote calls race, so the pod restarts every few minutes, is Ready most of the time and most checkouts pass.
      Old and new ReplicaSet differ only in the image tag. Decoy: an adservice OOMKill five days ago, long recovered.`,
  },
];
