// Blind dev batch s119a: Bookinfo spec (system from scripts/kit-systems/bookinfo.mjs, via bookinfoScenario()).
// ratings-v1 rolled out with traffic.sidecar.istio.io/excludeInboundPorts "9080" under STRICT mTLS: callers' TLS hits Node.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export const system = base;
const T = clock('2025-07-22T16:10:00Z');
const ratingsV1 = base.workloads.find((w) => w.name === 'ratings-v1');
const envoy = (min, req, code, flags, details, up, cluster) => `[${T.isoMs(min)}] "${req} HTTP/1.1" ${code} ${flags} ${details} - "-" 0 ${code === 200 ? 48 : 152} 2 - "-" "Apache-CXF/3.1.18" "6a1c2e3f-9b8d-4c7a-a5e4-3f2d1c0b9a87" "ratings:9080" "${up}" ${cluster} - %SVCIP:ratings%:9080 %PODIP%:47122 - default`;
const TLS = 'upstream_reset_before_response_started{connection_termination}';

export const scenarios = [
  bookinfoScenario({
    folder: 's119a-ratings-exclude-inbound-port-mtls',
    incidentTime: '2025-07-22T16:10:00Z',
    description: 'bookinfo product page: "Ratings service is currently unavailable" on about half the loads since ~15:30. reviews itself is fine (community team), details fine',
    expected: { component: 'ratings', cause: 'config-error' },
    alsoAcceptable: [{ component: 'ratings', cause: 'network-fault' }, { component: 'ratings', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'tls-misconfig', 'rollout-regression', 'team-name', 'time-expression'],
    grounding: `
      Fault shape: Istio's traffic.sidecar.istio.io/excludeInboundPorts annotation makes istio-init leave that inbound port out of
      the ISTIO_INBOUND redirect, so connections to it reach the application directly; under a mesh-wide STRICT PeerAuthentication
      the callers' sidecars still originate Istio mTLS to the pod (it is labelled as a mesh workload), the Node.js http server of
      ratings gets a TLS ClientHello, answers 400 and closes, and the callers' Envoy reports 503 UC with
      upstream_reset_before_response_started (Istio docs "Traffic interception" annotations; istio/istio issues on
      excludeInboundPorts with mTLS). Deviation: ratings-v1 was rolled out at 15:27 UTC with only that pod annotation added
      (meant to let a Prometheus scraper reach the app port); image and env unchanged between the ReplicaSets. ratings-v2-mysql
      behind the same Service is unaffected, so about half the calls fail. Pods stay Ready, nothing restarts; reviews-v2/v3 and
      productpage are the loud ones. Decoy: mysqldb-v1 has an old restart from a node reboot.
    `,
    workloads: {
      'ratings-v1': {
        patch: { podAnnotations: { ...ratingsV1.podAnnotations, 'traffic.sidecar.istio.io/excludeInboundPorts': '9080' } },
        rollout: { at: -43, oldPatch: { podAnnotations: ratingsV1.podAnnotations } },
      },
      'mysqldb-v1': {
        pods: [{ containers: { mysqldb: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 255, reason: 'Unknown', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-v1-%NEW% to 1', first: -43 },
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-v1-%OLD% to 0 from 1', first: -42.3 },
      { on: 'pod:ratings-v1#0', reason: 'Started', message: 'Started container ratings', first: -42.7, fieldPath: 'spec.containers{ratings}' },
    ],
    logs: {
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080', 'GET /ratings/0', 'GET /ratings/0'],
      'ratings-v1#0/istio-proxy': [
        `${T.isoMs(-42.6)}\tinfo\tFIPS mode disabled`,
        `${T.isoMs(-42.5)}\tinfo\tEnvoy proxy is ready`,
      ],
      'reviews-v2#0/reviews': [
        '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 9.412 seconds.',
        'Error: unable to contact http://ratings:9080/ratings got status of 503',
        'Error: unable to contact http://ratings:9080/ratings got status of 503',
        'Error: unable to contact http://ratings:9080/ratings got status of 503',
      ],
      'reviews-v2#0/istio-proxy': [
        envoy(-6.1, 'GET /ratings/0', 503, 'UC', TLS, '%IPOF:ratings-v1#0%:9080', 'outbound|9080||ratings.bookinfo.svc.cluster.local'),
        envoy(-5.2, 'GET /ratings/0', 200, '-', 'via_upstream', '%IPOF:ratings-v2-mysql#0%:9080', 'outbound|9080||ratings.bookinfo.svc.cluster.local'),
        envoy(-2.0, 'GET /ratings/0', 503, 'UC', TLS, '%IPOF:ratings-v1#0%:9080', 'outbound|9080||ratings.bookinfo.svc.cluster.local'),
      ],
      'reviews-v3#0/reviews': [
        'Error: unable to contact http://ratings:9080/ratings got status of 503',
        'Error: unable to contact http://ratings:9080/ratings got status of 503',
      ],
      'productpage-v1#0/productpage': [
        `INFO:root:start at port 9080`,
        `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 358`,
        `DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178`,
        `INFO:werkzeug:10.42.0.1 - - [22/Jul/2025 16:07:12] "GET /productpage HTTP/1.1" 200 -`,
      ],
    },
  }),
];
