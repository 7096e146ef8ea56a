// Blind dev batch s101a, Istio Bookinfo: one scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// ratings-v1 rebuilt with a 1 s HTTP keep-alive timeout: the inbound Envoy reuses closed connections, ~1 in 6 calls 503 UC.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };

const I = '2026-05-14T09:30:00Z';
const T = clock(I);
const NEW = '123456789012.dkr.ecr.us-east-2.amazonaws.com/bookinfo/ratings-v1:1.20.1-ka1';
const OLD = 'docker.io/istio/examples-bookinfo-ratings-v1:1.20.1';
const ts = (m) => `[${T.isoMs(m)}]`;
const inbound = (m, ok, n) => ok
  ? `${ts(m)} "GET /ratings/0 HTTP/1.1" 200 - via_upstream - "-" 0 48 2 1 "-" "Apache-CXF/3.1.18" "${n}a1f-93c2-4d6e-8b0f-${n}c7e" "ratings:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:4${n % 9}211 %PODIP%:9080 %IPOF:reviews-v2#0%:0 outbound_.9080_._.ratings.bookinfo.svc.cluster.local default`
  : `${ts(m)} "GET /ratings/0 HTTP/1.1" 503 UC upstream_reset_before_response_started{connection_termination} - "-" 0 95 0 - "-" "Apache-CXF/3.1.18" "${n}b2e-71d4-4c0a-9e3f-${n}d1a" "ratings:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:3${n % 9}871 %PODIP%:9080 %IPOF:reviews-v3#0%:0 outbound_.9080_._.ratings.bookinfo.svc.cluster.local default`;
const lib = (m) => { const d = new Date(T.isoMs(m)); return `[${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)}, ${d.getUTCHours()}:${String(d.getUTCMinutes()).padStart(2, '0')}:${String(d.getUTCSeconds()).padStart(2, '0')}:${String(d.getUTCMilliseconds()).padStart(3, '0')} UTC]`; };
const reviewsErr = (m) => `${lib(m)} 0000004${Math.abs(Math.round(m)) % 10} SystemOut                                                    O Error: unable to contact http://ratings:9080/ratings got status of 503`;
export const scenarios = [
  bookinfoScenario({
    folder: 's101a-ratings-keepalive-resets',
    description: 'bookinfo product page: star ratings randomly show "Ratings service is currently unavailable" on maybe 1 in 5 reloads since this morning. details + reviews text fine',
    incidentTime: I,
    expected: { component: 'ratings', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'ratings', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'partial-name', 'time-expression'],
    grounding: `
      Upstream istio samples/bookinfo (bookinfo.yaml, Istio 1.23 sidecar injection): reviews-v2/v3 call
      http://ratings:9080/ratings/<id> and print "Error: unable to contact ... got status of <code>" on any non-200; the
      ratings Service selects app=ratings. The fault follows the well-known Envoy/Node.js keep-alive race (istio/istio
      issues on intermittent "503 UC upstream_reset_before_response_started{connection_termination}"): the app closes an
      idle HTTP/1.1 connection while the inbound sidecar reuses it from its pool. Here the team's ratings-v1 rebuild
      (1.20.1-ka1, ECR) sets server.keepAliveTimeout = 1000 to "free sockets faster", so resets become frequent. The pod
      is Running and Ready, nothing restarts; only the inbound Envoy access log shows UC resets and reviews logs the 503s.
      Deviations from upstream: the ratings-v1 image is the team's build; mesh access logging (meshConfig.accessLogFile)
      is on. ratings-v2-mysql and mysqldb stay as upstream (no traffic is routed to v2 here).
    `,
    workloads: {
      'ratings-v1': {
        containers: { ratings: { image: NEW } },
        rollout: { at: -155, oldContainers: { ratings: { image: OLD } } },
      },
    },
    events: [
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-v1-%NEW% to 1', first: -155 },
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-v1-%OLD% to 0 from 1', first: -154 },
    ],
    logs: {
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080', 'keep-alive timeout: 1000 ms'],
      'ratings-v1#0/istio-proxy': [
        `${T.isoMs(-154.6).replace('Z', '000Z')}\tinfo\tEnvoy proxy is ready`,
        ...[-40, -31, -30.2, -22, -14.5, -14.1, -6, -2.2, -1.1].map((m, i) => inbound(m, i % 3 !== 1, 100 + i)),
      ],
      'reviews-v3#0/reviews': [
        '[5/14/26, 6:55:01:101 UTC] 00000026 com.ibm.ws.kernel.feature.internal.FeatureManager            A CWWKF0011I: The defaultServer server is ready to run a smarter planet.',
        ...[-31, -14.1, -2.2].map(reviewsErr),
      ],
      'reviews-v2#0/reviews': [
        '[5/14/26, 6:55:03:412 UTC] 00000026 com.ibm.ws.kernel.feature.internal.FeatureManager            A CWWKF0011I: The defaultServer server is ready to run a smarter planet.',
        ...[-22.4, -6.3].map(reviewsErr),
      ],
      'productpage-v1#0/productpage': [
        `INFO:werkzeug:127.0.0.6 - - [14/May/2026 09:2${'1'}:40] "GET /productpage HTTP/1.1" 200 -`,
        `INFO:werkzeug:127.0.0.6 - - [14/May/2026 09:27:48] "GET /productpage HTTP/1.1" 200 -`,
      ],
    },
  }),
];
