// Blind dev batch s111b: Istio Bookinfo scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// ratings-v1's sidecar had its inbound listeners drained from the Envoy admin API; the pod stays Ready, reviews is loud.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };
const I = '2026-05-14T08:50:00Z';
const T = clock(I);
const envoy = (m, lvl, scope, msg) => `${T.isoMs(m)}\t${lvl}\tenvoy ${scope} external/envoy/source/${msg}`;
const acc = (m, code, flags, path, up) => `[${T.isoMs(m)}] "GET ${path} HTTP/1.1" ${code} ${flags} via_upstream - "-" 0 ${code === 503 ? 95 : 48} 2 1 "-" "Apache-CXF/3.1.18" "b1f0${Math.round(-m * 97)}-7c2a" "ratings:9080" "${up}" outbound|9080||ratings.bookinfo.svc.cluster.local - - - default`;
export const scenarios = [
  bookinfoScenario({
    folder: 's111b-ratings-inbound-drained',
    description: 'bookinfo: no stars on any review for the past 30 min ("Ratings service is currently unavailable"), details + reviews text still load',
    incidentTime: I,
    expected: { component: 'ratings', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'ratings', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'callers-only', 'time-expression'],
    grounding: `Bookinfo reviews-v2/v3 call ratings:9080 (RATINGS_HOSTNAME default) and render "Ratings service is currently
      unavailable" on failure; ratings-v1 is the only ratings backend (ratings-v2-mysql is not deployed behind the Service
      here). Fault follows the Envoy admin API: POST /drain_listeners?inboundonly stops the inbound listeners
      (envoyproxy docs "Administration interface"), a step from a graceful-shutdown runbook run by hand on the live pod during
      a debugging session; istio-agent's readiness on 15021 is unaffected so the pod stays Ready, and reviews' sidecar gets
      upstream connect errors (503 UF/URX). Deviation: no termination followed the drain.`,
    workloads: { 'ratings-v2-mysql': { replicas: 0, pods: [] } },
    logs: {
      'ratings-v1#0/istio-proxy': [
        envoy(-60 * 24 * 2, 'warning', 'config', 'common/config/grpc_stream.h:191\tStreamAggregatedResources gRPC config stream to xds-grpc closed since 1693s ago: 14, connection error: desc = "transport: Error while dialing: dial tcp 10.100.41.12:15012: connect: connection refused"'),
        envoy(-33.5, 'info', 'admin', 'server/admin/admin_filter.cc:65\tadmin drain_listeners request received from 127.0.0.6, inboundonly=true graceful=false'),
        envoy(-33.5, 'info', 'main', 'server/server.cc:972\tdraining listeners: virtualInbound'),
      ],
      'ratings-v1#0/ratings': [
        'Server listening on: http://0.0.0.0:9080',
        'GET /ratings/0',
        'GET /ratings/0',
      ],
      'reviews-v2#0/istio-proxy': [
        acc(-40, 200, '-', '/ratings/0', '10.244.0.1:9080').replace('"10.244.0.1:9080"', '"%IPOF:ratings-v1#0%:9080"'),
        acc(-31.9, 503, 'UF,URX', '/ratings/0', '%IPOF:ratings-v1#0%:9080').replace('via_upstream', 'upstream_reset_before_response_started{remote_connection_failure}'),
        acc(-12.3, 503, 'UF,URX', '/ratings/0', '%IPOF:ratings-v1#0%:9080').replace('via_upstream', 'upstream_reset_before_response_started{remote_connection_failure}'),
        acc(-1.2, 503, 'UF,URX', '/ratings/0', '%IPOF:ratings-v1#0%:9080').replace('via_upstream', 'upstream_reset_before_response_started{remote_connection_failure}'),
      ],
      'reviews-v2#0/reviews': [
        `[${T.java(-31.9).replace(' ', 'T').slice(0, 19)}.512+0000] [ERROR   ] Error: unable to contact http://ratings:9080/ratings got status of 503`,
        `[${T.java(-12.3).replace(' ', 'T').slice(0, 19)}.208+0000] [ERROR   ] Error: unable to contact http://ratings:9080/ratings got status of 503`,
        `[${T.java(-1.2).replace(' ', 'T').slice(0, 19)}.771+0000] [ERROR   ] Error: unable to contact http://ratings:9080/ratings got status of 503`,
      ],
      'productpage-v1#0/productpage': [
        `INFO:root:start at port 9080`,
        `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 358`,
        `DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178`,
      ],
    },
  }),
];
