// Blind dev batch s105b: Online Boutique scenario (paymentservice given NODE_OPTIONS --max-old-space-size=24).
// System from the system part of scripts/s2-scenarios/online-boutique.mjs; built by scripts/s105b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const INC = '2026-06-09T18:32:00Z';
const T = clock(INC);
const ROLL = -58;
const base = system.workloads.find((w) => w.name === 'paymentservice').containers[0];
const newEnv = [...base.env, { name: 'NODE_OPTIONS', value: '--max-old-space-size=24' }];
const pay = (min, msg, sev = 'info') => JSON.stringify({ severity: sev, time: Date.parse(T.isoMs(min)), pid: 1, hostname: '%POD%', name: 'paymentservice-server', message: msg });
const charge = (min, id) => pay(min, `PaymentService#Charge invoked with request {"amount":{"currency_code":"USD","units":"${40 + id}","nanos":${990000000}},"credit_card":{"credit_card_number":"4432-8015-6152-0454","credit_card_cvv":672,"credit_card_expiration_year":2028,"credit_card_expiration_month":1}}`);
const ok = (min, id) => pay(min, `Transaction processed: visa ending 0454     Amount: USD${40 + id}.990000000`);
const fatal = (min, ms) => [
  '',
  '<--- Last few GCs --->',
  '',
  `[1:0x7f3a2c0c7650]   ${ms - 391} ms: Mark-Compact 23.1 (27.4) -> 22.8 (27.6) MB, 38.41 / 0.00 ms  (average mu = 0.181, current mu = 0.052) allocation failure; scavenge might not succeed`,
  `[1:0x7f3a2c0c7650]   ${ms} ms: Mark-Compact 23.9 (27.6) -> 23.7 (28.1) MB, 44.07 / 0.00 ms  (average mu = 0.112, current mu = 0.034) allocation failure; scavenge might not succeed`,
  '',
  '',
  '<--- JS stacktrace --->',
  '',
  'FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory',
  '----- Native stack trace -----',
  '',
  ' 1: 0xe1f8d6 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]',
  ' 2: 0x11e5a50 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
  ' 3: 0x11e5e27 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
  ' 4: 0x1413735  [node]',
  ' 5: 0x142cfb8 v8::internal::Heap::CollectGarbage(v8::internal::AllocationSpace, v8::internal::GarbageCollectionReason, v8::GCCallbackFlags) [node]',
];
const startLines = (min) => [pay(min, 'Profiler disabled.'), pay(min, 'Tracing disabled.'), pay(min + 0.01, 'PaymentService gRPC server started on port 50051')];
const coLine = (min, msg, sev = 'warning') => JSON.stringify({ message: msg, severity: sev, timestamp: T.isoMs(min) });

export const scenarios = [
  {
    folder: 's105b-paymentservice-node-heap-cap',
    incidentTime: INC,
    description: 'checkouts intermittently failing w/ "failed to charge card" for the last ~45 min, payment pods are Running though',
    expected: { component: 'paymentservice', cause: 'config-error' },
    alsoAcceptable: [{ component: 'paymentservice', cause: 'bad-deploy-rollout' }, { component: 'paymentservice', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'time-expression', 'decoy'],
    workloads: {
      paymentservice: {
        rollout: { at: ROLL, revision: 5, oldContainers: { server: { env: base.env } } },
        containers: { server: { env: newEnv } },
        pods: [{
          containers: {
            server: cs.restartedRunning({ restarts: 5, startedAt: T.iso(-3.6), last: { exitCode: 134, reason: 'Error', startedAt: T.iso(-12.4), finishedAt: T.iso(-3.7) } }),
          },
        }],
      },
      adservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:paymentservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set paymentservice-%NEW% to 1', first: ROLL, last: ROLL },
      { on: 'deploy:paymentservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set paymentservice-%OLD% to 0 from 1', first: ROLL + 0.6, last: ROLL + 0.6 },
      { on: 'pod:paymentservice#0', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/paymentservice:v0.10.6" already present on machine', first: ROLL + 0.3, last: -3.65, count: 6, fieldPath: 'spec.containers{server}' },
      { on: 'pod:paymentservice#0', reason: 'Created', message: 'Created container server', first: ROLL + 0.32, last: -3.63, count: 6, fieldPath: 'spec.containers{server}' },
      { on: 'pod:paymentservice#0', reason: 'Started', message: 'Started container server', first: ROLL + 0.35, last: -3.6, count: 6, fieldPath: 'spec.containers{server}' },
      { on: 'pod:paymentservice#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', first: -31, last: -12.5, count: 3, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'paymentservice#0/server/previous': [
        ...startLines(-12.4),
        charge(-11, 1), ok(-11, 1), charge(-8, 2), ok(-8, 2), charge(-5.1, 3), ok(-5.1, 3), charge(-3.75, 4),
        ...fatal(-3.7, 521877),
      ],
      'paymentservice#0/server': [...startLines(-3.6), charge(-2.4, 5), ok(-2.4, 5), charge(-0.8, 6), ok(-0.8, 6)],
      'checkoutservice#0/server': [
        coLine(-40.2, '[PlaceOrder] user_id="3e1c9a52-77b0-4f6e-a2d3-5b8f1c0e9d47" user_currency="USD"', 'info'),
        coLine(-40.1, 'payment went through (transaction_id: 9a1f7d0e-3c54-4b2a-8e61-0d2f5c7b3a98)', 'info'),
        coLine(-22.9, '[PlaceOrder] user_id="b7d0e4a1-92c3-4f58-8a6e-1c3d5b7f9e20" user_currency="EUR"', 'info'),
        coLine(-3.7, '[PlaceOrder] user_id="c0f9a3e2-5b61-4d7c-9e8a-2f4b6d1c8e35" user_currency="USD"', 'info'),
      ],
      'frontend#0/server': [
        JSON.stringify({ 'http.req.id': '5f0e2c9a-8b1d-4a7e-93c6-1e4d7b2a0f58', 'http.req.method': 'POST', 'http.req.path': '/cart/checkout', error: 'failed to complete the order: rpc error: code = Internal desc = failed to charge card: could not charge the card: rpc error: code = Unavailable desc = error reading from server: EOF', message: 'request error', session: '0c7b3e9d-4a21-4f68-b5e0-9d2c1a7f3e64', severity: 'error', timestamp: T.isoMs(-3.69) }),
        JSON.stringify({ 'http.req.id': '7a2d9f1c-3e8b-4c05-a6d4-0b5e2f8c1d93', 'http.req.method': 'POST', 'http.req.path': '/cart/checkout', error: 'failed to complete the order: rpc error: code = Internal desc = failed to charge card: could not charge the card: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:paymentservice%:50051: connect: connection refused"', message: 'request error', session: '2e8f4c1a-6d0b-4b93-8f27-5a1c3e9d0b76', severity: 'error', timestamp: T.isoMs(-3.65) }),
        JSON.stringify({ 'http.req.id': '1c5e8a2f-0d3b-4e79-b6a1-8f2c4d7e0a35', 'http.req.method': 'GET', 'http.req.path': '/product/OLJCESPC7Z', message: 'request complete', 'http.resp.status': 200, 'http.resp.took_ms': 41, session: '9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0', severity: 'debug', timestamp: T.isoMs(-1.2) }),
      ],
    },
    grounding: `
      Manifest facts (GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml, v0.10.6): paymentservice
      is Node.js (node index.js as PID 1, gRPC on 50051, pino JSON logs), memory limit 128Mi, gRPC probes; checkoutservice
      charges through PAYMENT_SERVICE_ADDR paymentservice:50051 and the frontend logs the checkout error.
      Fault (expected paymentservice / config-error): 58 minutes before the incident the checkout team added
      NODE_OPTIONS=--max-old-space-size=24 "to keep V8 inside the 128Mi limit" (a unit slip: 24 MB of old space instead of
      ~96). Node reads it without complaint and starts; as the gRPC/protobuf heap grows with traffic V8 hits the cap and
      aborts with "FATAL ERROR: Ineffective mark-compacts near heap limit ... JavaScript heap out of memory" (SIGABRT,
      exit 134, not an OOMKill), about every 9-12 minutes; each time in-flight and following charges fail with
      Unavailable until the container is back (BackOff between). The only difference between the old and new
      ReplicaSets' templates is that env var. A careful engineer would also accept the rollout (bad-deploy-rollout) or
      the restarts (crash-loop) on paymentservice.
      Decoy: adservice OOMKilled four days ago, Running since.
      Deviation: the env change and its motive are invented (public Node.js issues show the same fatal text when
      --max-old-space-size is set below a workload's live heap).
    `,
  },
];
