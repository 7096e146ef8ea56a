// Batch s119d (blind, dev): one Bookinfo no-fault scenario — stars missing for two minutes while ratings-v1 was
// rescheduled off a node the managed node group replaced; healed since. System from scripts/kit-systems/bookinfo.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };
const T = clock('2026-05-21T14:40:00Z');
const N2 = 'ip-192-168-45-130.us-east-2.compute.internal';
const envoy = (m, code, flags, path, up) =>
  `[${T.isoMs(m)}] "GET ${path} HTTP/1.1" ${code} ${flags} via_upstream - "-" 0 ${code === 503 ? 91 : 48} ${code === 503 ? 2 : 4} ${code === 503 ? '-' : 3} "-" "Apache-CXF/3.1.18" "6f2c9a1e-4b7d-9e3a-8c5f-1d2e7a9b4c60" "ratings:9080" "${up}" outbound|9080||ratings.bookinfo.svc.cluster.local - %SVCIP:ratings%:9080 %PODIP%:40212 - default`;

export const scenarios = [
  bookinfoScenario({
    folder: 's119d-stars-missing-briefly',
    incidentTime: '2026-05-21T14:40:00Z',
    description: 'customer screenshot shows "Ratings service is currently unavailable" on the book page at ~14:05, looks fine now when I load it. is ratings broken??',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    workloads: {
      'ratings-v1': { pods: [{ node: 'ip-192-168-77-9.us-east-2.compute.internal', created: T.iso(-36.5) }] },
      'reviews-v2': { pods: [{ containers: { reviews: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.2) } }) } }] },
    },
    events: [
      { on: 'node:' + N2, reason: 'NodeNotSchedulable', message: `Node ${N2} status is now: NodeNotSchedulable`, first: -60 * 18 },
      { on: 'pod:ratings-v1#0', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', source: 'default-scheduler', first: -36.5 },
      { on: 'pod:ratings-v1#0', reason: 'Pulling', message: 'Pulling image "docker.io/istio/examples-bookinfo-ratings-v1:1.20.1"', fieldPath: 'spec.containers{ratings}', first: -36.2 },
      { on: 'pod:ratings-v1#0', reason: 'Pulled', message: 'Successfully pulled image "docker.io/istio/examples-bookinfo-ratings-v1:1.20.1" in 14.87s (14.87s including waiting). Image size: 67354211 bytes.', fieldPath: 'spec.containers{ratings}', first: -35.9 },
      { on: 'pod:ratings-v1#0', reason: 'Started', message: 'Started container ratings', fieldPath: 'spec.containers{ratings}', first: -35.6 },
      { on: 'pod:ratings-v1#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:15021/healthz/ready": dial tcp %PODIP%:15021: connect: connection refused', fieldPath: 'spec.containers{istio-proxy}', first: -35.55, last: -35.5, count: 2 },
    ],
    logs: {
      'reviews-v2#0/reviews': [
        '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 4.112 seconds.',
        ...[-37.4, -37.2, -36.9, -36.7, -36.4, -36.2, -36.0, -35.8, -35.6].map(() => 'Error: unable to contact http://ratings:9080/ratings got status of 503'),
      ],
      'reviews-v2#0/istio-proxy': [
        ...[-37.4, -36.9, -36.4, -35.8].map((m) => envoy(m, 503, 'UH', '/ratings/0', '-')),
        `${T.isoMs(-20)}\twarning\tenvoy config external/envoy/source/extensions/config_subscription/grpc/grpc_stream.h:155\tStreamAggregatedResources gRPC config stream to xds-grpc closed since 1802s ago: 13, \tthread=15`,
      ],
      'productpage-v1#0/productpage': [
        ...[-37.3, -36.5, -35.7].map((m) => { const d = new Date(Date.parse(T.iso(m))); const p = (n) => String(n).padStart(2, '0'); return `INFO:werkzeug:127.0.0.6 - - [${p(d.getUTCDate())}/May/2026 ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}] "GET /productpage HTTP/1.1" 200 -`; }),
      ],
    },
    grounding: `
      No fault now. The EKS managed node group replaced ${N2} (cordoned at 20:40 the night before for an AMI update; the
      snapshot's node list keeps it, the replacement kept its name in this sketch) and the ratings-v1 pod was evicted and
      recreated on ip-192-168-77-9 at 14:03:30; ratings-v1 runs one replica upstream (bookinfo.yaml), so for about two
      minutes the ratings Service had no ready endpoint, Envoy answered 503 UH, and reviews-v2 printed its
      "Error: unable to contact http://ratings:9080/ratings got status of 503" (LibertyRestEndpoint) and rendered "Ratings
      service is currently unavailable" — the customer's screenshot. The new pod pulled, its sidecar's readiness failed
      twice while starting, and it has been Ready since 14:04:30. A healed blip; nothing to do (a PodDisruptionBudget or a
      second replica would avoid it). Decoys: the loud 503 burst, the rescheduled pod, an old reviews-v2 restart four days
      ago, a routine xDS stream warning. Deviations from upstream: node replacement and the old restart.`,
  }),
];
