// Blind held-out batch s106a: one Istio Bookinfo scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System as scripts/kit-systems/bookinfo.mjs (through bookinfoScenario for the upstream selectors); grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };

const INC = '2026-06-02T14:05:00Z';
const T = clock(INC);
const liberty = (min) => `[${new Date(T.isoMs(min)).toLocaleString('en-US', { timeZone: 'UTC', month: 'numeric', day: 'numeric', year: '2-digit' })}, ${T.java(min).slice(11, 23).replace('.', ':')} UTC]`;
const heapCrash = (upMs) => [
  'Server listening on: 9080',
  '',
  '<--- Last few GCs --->',
  '',
  `[1:0x6c4f2a0] ${upMs - 412} ms: Mark-Compact (reduce) 95.7 (99.4) -> 95.5 (99.9) MB, 171.38 / 0.00 ms  (average mu = 0.142, current mu = 0.006) allocation failure; scavenge might not succeed`,
  `[1:0x6c4f2a0] ${upMs - 203} ms: Mark-Compact (reduce) 95.9 (99.9) -> 95.8 (100.4) MB, 186.12 / 0.00 ms  (average mu = 0.081, current mu = 0.011) allocation failure; scavenge might not succeed`,
  '',
  '',
  '<--- JS stacktrace --->',
  '',
  'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
  '----- Native stack trace -----',
  '',
  ' 1: 0xb8ced1 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]',
  ' 2: 0xf06460 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
  ' 3: 0xf06747 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
  ' 4: 0x11182e5  [node]',
  ' 5: 0x112f9a8 v8::internal::Heap::CollectGarbage(v8::internal::AllocationSpace, v8::internal::GarbageCollectionReason, v8::GCCallbackFlags) [node]',
  ' 6: 0x1105ac1 v8::internal::HeapAllocator::AllocateRawWithLightRetrySlowPath(int, v8::internal::AllocationType, v8::internal::AllocationOrigin, v8::internal::AllocationAlignment) [node]',
  ' 7: 0x1106c55 v8::internal::HeapAllocator::AllocateRawWithRetryOrFailSlowPath(int, v8::internal::AllocationType, v8::internal::AllocationOrigin, v8::internal::AllocationAlignment) [node]',
  ' 8: 0x10e42a6 v8::internal::Factory::NewFillerObject(int, v8::internal::AllocationAlignment, v8::internal::AllocationType, v8::internal::AllocationOrigin) [node]',
  ' 9: 0x1540a36 v8::internal::Runtime_AllocateInYoungGeneration(int, unsigned long*, v8::internal::Isolate*) [node]',
  '10: 0x1979ef6  [node]',
  'Aborted (core dumped)',
];
const envoy = (min, path, code, flags, up) => `[${T.isoMs(min)}] "GET ${path} HTTP/1.1" ${code} ${flags} ${code === 200 ? 'via_upstream' : 'upstream_reset_before_response_started{connection_termination}'} - "-" 0 ${code === 200 ? 48 : 19} ${code === 200 ? 3 : 0} ${code === 200 ? 2 : '-'} "-" "Apache-CXF/3.1.18" "4a1b7c2e-9d3f-9a52-b0e6-1c8f5d2a7e43" "ratings:9080" "${up}" outbound|9080||ratings.bookinfo.svc.cluster.local - %SVCIP:ratings%:9080 %PODIP%:0 - default`;

export const scenarios = [
  bookinfoScenario({
    folder: 's106a-ratings-v1-js-heap-abort',
    incidentTime: INC,
    description: 'bookinfo prod page: "Ratings service is currently unavailable" keeps flashing on and off, a burst every few min since after lunch. reviews team says not them',
    expected: { component: 'ratings', cause: 'crash-loop' },
    alsoAcceptable: [
      { component: 'ratings', cause: 'resource-exhaustion' },
      { component: 'ratings', cause: 'oom-killed' },
    ],
    difficulty: 'medium',
    traits: ['louder-dependents', 'team-name', 'time-expression', 'partial-name'],
    grounding: `
      Manifests: istio/istio samples/bookinfo/platform/kube/bookinfo.yaml and bookinfo-ratings-v2-mysql.yaml (the ratings Service selects app: ratings, so ratings-v1 and ratings-v2-mysql share it; reviews-v2/v3 call http://ratings:9080).
      Fault: the V8 heap limit, not the container's memory limit: ratings-v1 runs with NODE_OPTIONS=--max-old-space-size=96, its heap fills under the product-page load and Node aborts with "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory" (nodejs/node, SIGABRT, exit code 134, reason Error - not OOMKilled); the kubelet restarts it with back-off. Requests in flight on the ratings-v1 pod when it aborts (and during its last GC-bound seconds) fail with 503 UC while ratings-v2-mysql answers, so reviews shows the fallback text in bursts every few minutes.
      Deviation from upstream: NODE_OPTIONS on ratings-v1 is the team's (set weeks ago, not a recent rollout); upstream sets no env on ratings-v1. Node's abort text follows Node 20.
    `,
    workloads: {
      'ratings-v1': {
        containers: { ratings: { env: [{ name: 'NODE_OPTIONS', value: '--max-old-space-size=96' }] } },
        pods: [
          {
            containers: {
              ratings: cs.crashLoop({ restarts: 11, exitCode: 134, startedAt: T.iso(-6.9), finishedAt: T.iso(-2.1), backoff: '2m40s', container: 'ratings' }),
            },
            readyTransition: T.iso(-2.1),
          },
        ],
      },
    },
    events: [
      { on: 'pod:ratings-v1#0', reason: 'Pulled', fieldPath: 'spec.containers{ratings}', message: 'Container image "docker.io/istio/examples-bookinfo-ratings-v1:1.20.1" already present on machine', first: -78, last: -6.95, count: 11 },
      { on: 'pod:ratings-v1#0', reason: 'Created', fieldPath: 'spec.containers{ratings}', message: 'Created container ratings', first: -78, last: -6.9, count: 11 },
      { on: 'pod:ratings-v1#0', reason: 'Started', fieldPath: 'spec.containers{ratings}', message: 'Started container ratings', first: -78, last: -6.9, count: 11 },
      { on: 'pod:ratings-v1#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{ratings}', message: 'Back-off restarting failed container ratings in pod %POD%_bookinfo(%PODUID%)', first: -61, last: -0.4, count: 29 },
    ],
    logs: {
      'ratings-v1#0/ratings/previous': heapCrash(287114),
      'ratings-v1#0/istio-proxy': [
        `${T.isoMs(-60 * 24 * 5)}\tinfo\tready\tReadiness succeeded in 1.196s`,
      ],
      'ratings-v2-mysql#0/ratings': ['Server listening on: 9080'],
      'reviews-v2#0/reviews': [
        `${liberty(-60 * 24 * 5)} 00000027 com.ibm.ws.kernel.feature.internal.FeatureManager            A CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 8.113 seconds.`,
        `${liberty(-6.95)} 0000003a SystemOut                                                    O Error: unable to contact http://ratings:9080/ratings/0 got status of 503`,
        `${liberty(-2.0)} 00000041 SystemOut                                                    O Error: unable to contact http://ratings:9080/ratings/0 got status of 503`,
        `${liberty(-1.4)} 0000003c SystemOut                                                    O Error: unable to contact http://ratings:9080/ratings/0 got status of 503`,
      ],
      'reviews-v2#0/istio-proxy': [
        envoy(-2.0, '/ratings/0', 503, 'UC', '%IPOF:ratings-v1#0%:9080'),
        envoy(-1.7, '/ratings/0', 200, '-', '%IPOF:ratings-v2-mysql#0%:9080'),
        envoy(-1.4, '/ratings/0', 503, 'UC', '%IPOF:ratings-v1#0%:9080'),
      ],
      'productpage-v1#0/productpage': [
        `INFO:werkzeug:::ffff:127.0.0.6 - - [${new Date(T.isoMs(-1.4)).toUTCString().slice(5, 25).replace(/ /, '/').replace(/ /, '/')}] "GET /productpage HTTP/1.1" 200 -`,
      ],
    },
  }),
];
