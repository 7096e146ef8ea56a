// Blind held-out batch s70b: one OpenTelemetry demo (Astronomy Shop) scenario (split: test) for the scenario kit.
// Built by scripts/s70b-build.mjs with the kit system scripts/kit-systems/otel-demo.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const INCIDENT = '2026-05-12T13:58:00Z';
const T = clock(INCIDENT);
const NEW_IMAGE = 'europe-west1-docker.pkg.dev/astro-shop-prod/shop/currency:2.1.3-fx.2';
const OLD_IMAGE = 'ghcr.io/open-telemetry/demo:2.1.3-currency';
const POD = '%POD%';

// checkout (Go, logrus JSON with the demo's field map) logs the order it starts; the error goes back to the caller.
const co = (min, level, msg) => `{"message":"${msg}","severity":"${level}","timestamp":"${T.isoMs(min)}"}`;
const checkout = [];
const users = ['5f8c2a1e-7b3d-4e9a-a0c6-1d2e3f4a5b6c', 'a93e11d4-02c7-4f58-9b1a-6e7d8c9f0a1b', 'c1d2e3f4-5a6b-4c7d-8e9f-0a1b2c3d4e5f', '0f9e8d7c-6b5a-4938-8271-605f4e3d2c1b'];
const curs = ['USD', 'EUR', 'JPY', 'USD', 'CAD', 'EUR', 'GBP'];
for (let m = -60, k = 0; m < -0.4; m += 1.3, k++) {
  checkout.push(co(m, 'info', `[PlaceOrder] user_id=\\"${users[k % 4]}\\" user_currency=\\"${curs[k % curs.length]}\\"`));
  if (m < -38 || (k % 3 !== 0)) {
    if (m < -38 || curs[k % curs.length] === 'USD') checkout.push(co(m + 0.01, 'info', 'payment went through (transaction_id: ' + ['8e1d3a04', 'b27c91f6', '41aa0e7d', 'f0c4b258'][k % 4] + '-2c1f-4b8e-9a3d-' + String(100000000000 + k * 7919).slice(0, 12) + ')'), co(m + 0.02, 'info', 'order confirmation email sent to \\"' + ['larry_sergei@example.com', 'ada@example.org', 'ravi.k@example.net', 'j.doe@example.com'][k % 4] + '\\"'));
  }
}

const fe = [];
for (let m = -60; m < -38; m += 4.1) fe.push(`GET /api/currency 200 in ${40 + Math.round(Math.abs(m) % 30)}ms`);
const STACK = [
  '    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:31:19)',
  '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)',
  '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client-interceptors.js:361:141)',
  '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client-interceptors.js:324:181)',
  '    at /app/node_modules/@grpc/grpc-js/build/src/resolving-call.js:135:78',
  '    at process.processTicksAndRejections (node:internal/process/task_queues:85:11)',
  'for call at',
  '    at ServiceClientImpl.makeUnaryRequest (/app/node_modules/@grpc/grpc-js/build/src/client.js:161:32)',
  '    at ServiceClientImpl.convert (/app/node_modules/@grpc/grpc-js/build/src/make-client.js:105:19) {',
];
for (let m = -37.2, k = 0; m < -0.4; m += 1.9, k++) {
  const dropped = k % 3 === 0;
  fe.push(
    dropped ? 'Error: 14 UNAVAILABLE: Connection dropped' : `Error: 14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED %SVCIP:currency%:8080 (${T.isoMs(m)})`,
    ...STACK,
    '  code: 14,',
    `  details: '${dropped ? 'Connection dropped' : `No connection established. Last error: connect ECONNREFUSED %SVCIP:currency%:8080 (${T.isoMs(m)})`}',`,
    "  metadata: Metadata { internalRepr: Map(0) {}, options: {} }",
    '}',
  );
  if (k % 2 === 1) fe.push(`GET /api/products?currencyCode=USD 200 in ${55 + (k % 20)}ms`);
}

// A C++ std::unordered_map::at on a missing key: libstdc++'s terminate handler writes to stderr, then SIGABRT (134).
const currencyPrev = [
  "terminate called after throwing an instance of 'std::out_of_range'",
  '  what():  _Map_base::at',
];

const recommendation = [];
for (let m = -50; m < -0.5; m += 2.7) recommendation.push(`${T.java(m).replace('.', ',')} INFO [main] [recommendation_server.py:${47}] [trace_id=${(Math.abs(Math.round(m * 7919)) * 104729).toString(16).padStart(32, '0')} span_id=${(Math.abs(Math.round(m * 31)) * 977).toString(16).padStart(16, '0')} resource.service.name=recommendation trace_sampled=True] - Receive ListRecommendations for product ids:['${['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N'][Math.abs(Math.round(m)) % 5]}', '0PUK6V6EV0']`);

export const scenarios = [
  {
    folder: 's70b-checkout-flaky-after-fx-patch',
    incidentTime: INCIDENT,
    description: 'astronomy shop: place order failing on and off since ~13:20, some currencies show errors on product page. commerce says payment svc looks fine',
    expected: { component: 'currency', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'currency', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'louder-dependents', 'time-expression', 'team-name', 'decoy'],
    grounding: `
      Manifests: open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml at a8a3ea2 through
      scripts/kit-systems/otel-demo.mjs (frontend and checkout reach currency through CURRENCY_ADDR=currency:8080; currency has
      one replica, no probes, a 20Mi limit). Fault shape: a release regression that passes the rollout and crashes on the
      request path. The team rolled currency from the upstream image to an internal build of src/currency with a new FX table;
      the new code looks rates up with std::unordered_map::at instead of operator[], and the table lacks some currency codes,
      so a conversion to one of them throws std::out_of_range; nothing catches it, libstdc++ prints "terminate called after
      throwing an instance of 'std::out_of_range' / what(): _Map_base::at" and aborts (SIGABRT, exit code 134). With no probe
      the new pod went Ready at once, the old ReplicaSet was scaled to 0, then the pod restarted on the first bad conversion
      and is now in CrashLoopBackOff with a 5m back-off. Callers are louder: frontend prints @grpc/grpc-js errors
      (14 UNAVAILABLE, "Connection dropped" mid-call, ECONNREFUSED on the Service address while no endpoint is ready);
      checkout only logs the orders it starts (upstream returns the error to the caller), and orders in USD still go through
      whenever the pod is up. Decoy: recommendation's last restart three days ago was an OOMKill, healthy since.
      Deviations: the internal image and the .at() change are invented (upstream uses operator[]); currency's own OTLP log
      records are not in the container log, only libstdc++'s stderr is. The kit writes no nodePort and no startupProbe.
    `,
    workloads: {
      currency: {
        rollout: { at: -38, oldContainers: { currency: { image: OLD_IMAGE } } },
        containers: { currency: { image: NEW_IMAGE, imagePullPolicy: 'IfNotPresent' } },
        unavailableSince: -4.5,
        pods: [
          {
            containers: {
              currency: cs.crashLoop({ restarts: 7, exitCode: 134, reason: 'Error', startedAt: T.iso(-4.6), finishedAt: T.iso(-4.5), backoff: '5m0s', container: 'currency' }),
            },
          },
        ],
      },
      recommendation: {
        pods: [
          {
            containers: {
              recommendation: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) } }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:currency', reason: 'ScalingReplicaSet', message: 'Scaled up replica set currency-%NEW% from 0 to 1', first: -38 },
      { on: 'deploy:currency', reason: 'ScalingReplicaSet', message: 'Scaled down replica set currency-%OLD% from 1 to 0', first: -37.4 },
      { on: 'pod:currency#0', reason: 'Scheduled', message: 'Successfully assigned otel-demo/%POD% to %NODE%', first: -37.5, source: 'default-scheduler' },
      { on: 'pod:currency#0', reason: 'Pulling', message: `Pulling image "${NEW_IMAGE}"`, first: -37.5, fieldPath: 'spec.containers{currency}' },
      { on: 'pod:currency#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMAGE}" in 2.871s (2.871s including waiting). Image size: 41873206 bytes.`, first: -37.45, fieldPath: 'spec.containers{currency}' },
      { on: 'pod:currency#0', reason: 'Pulled', message: `Container image "${NEW_IMAGE}" already present on machine`, first: -36.1, last: -4.6, count: 7, fieldPath: 'spec.containers{currency}' },
      { on: 'pod:currency#0', reason: 'Created', message: 'Created container: currency', first: -37.45, last: -4.6, count: 8, fieldPath: 'spec.containers{currency}' },
      { on: 'pod:currency#0', reason: 'Started', message: 'Started container currency', first: -37.4, last: -4.6, count: 8, fieldPath: 'spec.containers{currency}' },
      { on: 'pod:currency#0', reason: 'BackOff', message: 'Back-off restarting failed container currency in pod %POD%_otel-demo(%PODUID%)', first: -35.9, last: -0.6, count: 41, type: 'Warning', fieldPath: 'spec.containers{currency}' },
    ],
    logs: {
      'currency#0/currency/previous': currencyPrev,
      'checkout#0/checkout': checkout,
      'frontend#0/frontend': fe,
      'recommendation#0/recommendation': recommendation,
    },
  },
];
void POD;
