// Blind held-out batch s96b: one Online Boutique scenario (split test) as a compact spec for the scenario kit
// (scripts/s2-scenario-kit.mjs); the system is the one of scripts/s2-scenarios/online-boutique.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

// NODE_OPTIONS heap cap on currencyservice, set 9 days before the incident (part of the running revision, not a release).
export const system = {
  ...base,
  workloads: base.workloads.map((w) =>
    w.name === 'currencyservice'
      ? { ...w, containers: w.containers.map((c) => ({ ...c, env: [...c.env, { name: 'NODE_OPTIONS', value: '--max-old-space-size=96' }] })) }
      : w,
  ),
};

const I = '2026-05-08T14:31:00Z';
const T = clock(I);
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const front = (min, severity, message, extra = {}) =>
  JSON.stringify({ ...(extra.error ? { error: extra.error } : {}), 'http.req.id': extra.id ?? '4e1c2a9b-77d0-4f3e-a5b1-0c9d8e6f2a13', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', message, session: extra.session ?? 'a3f0c2d4-5b6e-4f71-8c92-d1e0b4a7c6f5', severity, timestamp: T.isoMs(min) });
const pinoCur = (min, msg, level = 30) => `{"level":${level},"time":${Date.parse(T.isoMs(min))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","msg":"${msg}"}`;
const refused = (ip) => `rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp ${ip}:7000: connect: connection refused"`;
const v8 = (t0) => [
  '',
  '<--- Last few GCs --->',
  '',
  `[1:0x5f1c0a0] ${t0} ms: Mark-Compact 94.8 (99.6) -> 94.1 (99.9) MB, 187.42 / 0.00 ms  (average mu = 0.132, current mu = 0.041) allocation failure; scavenge might not succeed`,
  `[1:0x5f1c0a0] ${t0 + 241} ms: Mark-Compact 95.2 (100.1) -> 94.9 (100.6) MB, 211.07 / 0.00 ms  (average mu = 0.087, current mu = 0.024) allocation failure; scavenge might not succeed`,
  '',
  '',
  '<--- JS stacktrace --->',
  '',
  'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
  '----- Native stack trace -----',
  '',
  ' 1: 0xb8a3d1 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]',
  ' 2: 0xf07ab0 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
  ' 3: 0xf07d97 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
  ' 4: 0x11198a5  [node]',
  ' 5: 0x1119e34 v8::internal::Heap::RecomputeLimits(v8::internal::GarbageCollector) [node]',
  ' 6: 0x1130d24 v8::internal::Heap::PerformGarbageCollection(v8::internal::GarbageCollector, v8::internal::GarbageCollectionReason, char const*) [node]',
  ' 7: 0x113153c v8::internal::Heap::CollectGarbage(v8::internal::AllocationSpace, v8::internal::GarbageCollectionReason, v8::GCCallbackFlags) [node]',
  ' 8: 0x1107841 v8::internal::HeapAllocator::AllocateRawWithLightRetrySlowPath(int, v8::internal::AllocationType, v8::internal::AllocationOrigin, v8::internal::AllocationAlignment) [node]',
  ' 9: 0x11088d5 v8::internal::HeapAllocator::AllocateRawWithRetryOrFailSlowPath(int, v8::internal::AllocationType, v8::internal::AllocationOrigin, v8::internal::AllocationAlignment) [node]',
  '10: 0x10e5ea6 v8::internal::Factory::NewFillerObject(int, v8::internal::AllocationAlignment, v8::internal::AllocationType, v8::internal::AllocationOrigin) [node]',
  '11: 0x1540f56 v8::internal::Runtime_AllocateInYoungGeneration(int, unsigned long*, v8::internal::Isolate*) [node]',
];

export const scenarios = [
  {
    folder: 's96b-homepage-500s',
    description: 'boutique homepage throwing 500s since about 2:15pm, frontend looks very unhappy',
    incidentTime: I,
    expected: { component: 'currencyservice', cause: 'crash-loop' },
    alsoAcceptable: [{ component: 'currencyservice', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression'],
    workloads: {
      currencyservice: {
        pods: [{
          containers: {
            server: cs.crashLoop({ container: 'server', restarts: 6, exitCode: 134, reason: 'Error', startedAt: T.iso(-2.9), finishedAt: T.iso(-1.6), backoff: '2m40s' }),
          },
        }],
        unavailableSince: -15.5,
      },
    },
    events: [
      { on: 'pod:currencyservice#0', reason: 'Pulled', message: `Container image "${REG}/currencyservice:v0.10.6" already present on machine`, first: -15.6, last: -2.9, count: 7, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', reason: 'Created', message: 'Created container server', first: -15.6, last: -2.9, count: 7, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', reason: 'Started', message: 'Started container server', first: -15.6, last: -2.9, count: 7, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":7000" within 1s', first: -15.9, last: -1.8, count: 11, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%(%PODUID%)', first: -13.8, last: -0.3, count: 41, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'currencyservice#0/server/previous': [
        pinoCur(-2.9, 'Profiler disabled.'),
        pinoCur(-2.89, 'Tracing disabled.'),
        pinoCur(-2.88, 'Starting gRPC server on port 7000...'),
        pinoCur(-2.87, 'CurrencyService gRPC server started on port 7000'),
        pinoCur(-2.8, 'Getting supported currencies...'),
        pinoCur(-2.79, 'conversion request successful'),
        pinoCur(-2.6, 'conversion request successful'),
        pinoCur(-2.2, 'conversion request successful'),
        ...v8(78214),
      ],
      'frontend#0/server': [
        front(-16.8, 'debug', 'request started', { path: '/', id: '0b6c1f47-3e2d-4a19-9c83-57d2e0a4b1f6' }),
        front(-16.78, 'debug', 'request complete', { path: '/', id: '0b6c1f47-3e2d-4a19-9c83-57d2e0a4b1f6' }),
        front(-15.4, 'debug', 'request started', { path: '/', id: 'c7e2a0d9-58f1-4b36-8e4a-19d0f3b6c2a7' }),
        front(-15.39, 'error', 'request error', { path: '/', id: 'c7e2a0d9-58f1-4b36-8e4a-19d0f3b6c2a7', error: `could not retrieve currencies: ${refused('%SVCIP:currencyservice%')}` }),
        front(-9.2, 'debug', 'request started', { path: '/product/OLJCESPC7Z', id: '5a9d3e1c-0f72-4b84-a6c5-2e8b1d7f4093' }),
        front(-9.19, 'error', 'request error', { path: '/product/OLJCESPC7Z', id: '5a9d3e1c-0f72-4b84-a6c5-2e8b1d7f4093', error: `failed to convert currency for product: ${refused('%SVCIP:currencyservice%')}` }),
        front(-2.5, 'debug', 'request started', { path: '/', id: 'e4b8c1a2-9d37-4f05-b6e1-83c0a5d2f7e9' }),
        front(-2.49, 'debug', 'request complete', { path: '/', id: 'e4b8c1a2-9d37-4f05-b6e1-83c0a5d2f7e9' }),
        front(-1.1, 'debug', 'request started', { path: '/cart', id: '91f3d6b0-2c4a-4e87-8a1d-f5e0c3b9a264' }),
        front(-1.09, 'error', 'request error', { path: '/cart', id: '91f3d6b0-2c4a-4e87-8a1d-f5e0c3b9a264', error: `could not retrieve currencies: ${refused('%SVCIP:currencyservice%')}` }),
      ],
      'frontend#1/server': [
        front(-12.3, 'debug', 'request started', { path: '/', id: '2d7f0b5e-6a13-4c98-b2e4-0f1a9c8d3e57' }),
        front(-12.29, 'error', 'request error', { path: '/', id: '2d7f0b5e-6a13-4c98-b2e4-0f1a9c8d3e57', error: `could not retrieve currencies: ${refused('%SVCIP:currencyservice%')}` }),
        front(-4.7, 'debug', 'request started', { method: 'POST', path: '/cart/checkout', id: 'b0e5a7c3-1d94-4f26-9e8b-6c2f0a1d5b38' }),
        front(-4.69, 'error', 'request error', { method: 'POST', path: '/cart/checkout', id: 'b0e5a7c3-1d94-4f26-9e8b-6c2f0a1d5b38', error: `failed to complete the order: rpc error: code = Internal desc = failed to prepare order: failed to convert price of "66VCHSJNUP" to EUR` }),
      ],
      'checkoutservice#0/server': [
        JSON.stringify({ message: '[PlaceOrder] user_id="a3f0c2d4-5b6e-4f71-8c92-d1e0b4a7c6f5" user_currency="EUR"', severity: 'info', timestamp: T.isoMs(-4.7) }),
      ],
      'loadgenerator#0/main': [
        `[${T.java(-6).replace('.', ',')}] locust-loadgen/INFO/locust.runners: Ramping to 10 users at a rate of 1.00 per second`,
        ` GET                                                                            /                       412    97(23.54%) |     41      3     312     18 |    1.20        0.30`,
      ],
    },
    grounding: `
      microservices-demo release/kubernetes-manifests.yaml (34ffea9): currencyservice is a Node.js gRPC server on 7000 with gRPC
      readiness/liveness probes and a 128Mi limit; frontend calls it on every page (GetSupportedCurrencies, Convert) and
      checkoutservice converts every order line. The fault follows the many public "FATAL ERROR: Reached heap limit Allocation failed -
      JavaScript heap out of memory" reports for Node services: the V8 heap cap (NODE_OPTIONS --max-old-space-size, here 96 MB under the
      128Mi container limit, set nine days ago in the running revision) is reached, V8 aborts (SIGABRT, exit 134, not an
      OOMKilled), and the container crash-loops. Between restarts the Service has no ready endpoint, so frontend logs connection
      refused on the currencyservice ClusterIP and returns 500s: the frontend is the loud component. Deviation from upstream: the
      NODE_OPTIONS env var (upstream sets none). Log lines are written in pino / logrus-JSON / V8 formats, not copied from a run.
    `,
  },
];
