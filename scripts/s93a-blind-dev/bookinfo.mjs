// Blind dev batch s93a: one Bookinfo scenario (network-fault: a 10 ms route timeout on ratings cuts reviews -> ratings).
// System and bookinfoScenario from scripts/kit-systems/bookinfo.mjs; built by scripts/s93a-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };

const T = clock('2026-05-20T08:31:00Z');
const RID = ['5b1f0c2e-8a47-9d3b-a6e1-2f9c7d48b015', 'c92e7a14-0d5b-9f68-b3a2-71e4c8d06f39', '0e4d8b61-f27a-93c5-8d1e-6a2b9f40c7e8', '7a3c91d0-4e8f-9b26-a1d5-c80e3f72b649', 'f16b2d85-9c03-947e-b5a8-3d7e0c19a6f2'];
const out = (min, path, code, flags, details, dur, ust, rid, up, ua = 'Apache-CXF/3.1.18') =>
  `[${T.isoMs(min)}] "GET ${path} HTTP/1.1" ${code} ${flags} ${details} - "-" 0 ${code === 504 ? 24 : 48} ${dur} ${ust} "-" "${ua}" "${rid}" "ratings:9080" "${up}:9080" outbound|9080||ratings.bookinfo.svc.cluster.local %PODIP%:4${Math.round(1000 + dur * 7)} %SVCIP:ratings%:9080 %PODIP%:5${Math.round(2000 + dur * 3)} - default`;
const inb = (min, code, flags, details, dur, rid, from) =>
  `[${T.isoMs(min)}] "GET /ratings/0 HTTP/1.1" ${code} ${flags} ${details} - "-" 0 ${code ? 48 : 0} ${dur} ${code ? dur - 1 : '-'} "-" "Apache-CXF/3.1.18" "${rid}" "ratings:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:3${Math.round(3000 + dur * 11)} %PODIP%:9080 ${from}:4${Math.round(4000 + dur * 5)} outbound_.9080_._.ratings.bookinfo.svc.cluster.local default`;
const liberty = (min, msg) => `[${T.isoMs(min).replace('T', ' ').replace('Z', '')}] ${msg}`;

export const scenarios = [
  bookinfoScenario({
    folder: 's93a-ratings-route-timeout-10ms',
    incidentTime: '2026-05-20T08:31:00Z',
    description: 'Bookinfo product page shows "Ratings service is currently unavailable" most of the time since 8:10ish, sometimes stars show. ratings pods all green, community team didnt deploy anything',
    expected: { component: 'ratings', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'ratings', cause: 'config-error' }, { component: 'reviews', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'network-latency', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      Bookinfo (istio/istio samples/bookinfo/platform/kube/bookinfo.yaml, release-1.24) in the Istio mesh: reviews-v2/v3 (Liberty)
      call http://ratings:9080/ratings/<id> through their istio-proxy; ratings answers in 5-40 ms.
      Fault: at 08:09 a mesh-config change applied a VirtualService for host ratings with \`timeout: 10ms\` (meant 10s; Istio's
      duration field accepts either). Envoy's route timeout then cancels every ratings call slower than 10 ms: the caller's sidecar
      logs 504 UT response_timeout (Envoy access log response flag UT = upstream request timeout), the ratings sidecar logs the
      stream as 0 DC downstream_remote_disconnect, reviews prints "Error: unable to contact http://ratings:9080/ratings got status
      of 504" and productpage renders "Ratings service is currently unavailable"; the fast calls still succeed, so stars show
      sometimes. No Kubernetes object changes (VirtualServices are not in the snapshot); every pod is Running and Ready.
      Shape of the Istio docs task "Setting Request Timeouts" (a VirtualService timeout producing 504 upstream request timeout)
      applied to the wrong unit. Decoys: mysqldb restarted yesterday (emptyDir, reseeded, healthy), reviews-v1 never calls ratings.
      Deviations from upstream: the VirtualService (not upstream, not part of the snapshot).
    `,
    events: [],
    logs: {
      'reviews-v2#0/reviews': [
        liberty(-21.6, 'Error: unable to contact http://ratings:9080/ratings got status of 504'),
        liberty(-14.2, 'Error: unable to contact http://ratings:9080/ratings got status of 504'),
        liberty(-2.4, 'Error: unable to contact http://ratings:9080/ratings got status of 504'),
      ],
      'reviews-v2#0/istio-proxy': [
        out(-25.3, '/ratings/0', 200, '-', 'via_upstream', 8, 7, 'a0c4e2b7-61d8-9f35-b2c1-4e7a9d03f58c', '%IPOF:ratings-v1#0%'),
        out(-21.6, '/ratings/0', 504, 'UT', 'response_timeout', 10, '-', RID[0], '%IPOF:ratings-v2-mysql#0%'),
        out(-14.2, '/ratings/0', 504, 'UT', 'response_timeout', 10, '-', RID[1], '%IPOF:ratings-v1#0%'),
        out(-9.0, '/ratings/0', 200, '-', 'via_upstream', 7, 6, 'd7e1f3a9-02bc-9d64-a8f5-1b6c3e90d27a', '%IPOF:ratings-v1#0%'),
        out(-2.4, '/ratings/0', 504, 'UT', 'response_timeout', 10, '-', RID[2], '%IPOF:ratings-v2-mysql#0%'),
      ],
      'reviews-v3#0/reviews': [
        liberty(-17.8, 'Error: unable to contact http://ratings:9080/ratings got status of 504'),
        liberty(-5.5, 'Error: unable to contact http://ratings:9080/ratings got status of 504'),
      ],
      'reviews-v3#0/istio-proxy': [
        out(-17.8, '/ratings/0', 504, 'UT', 'response_timeout', 10, '-', RID[3], '%IPOF:ratings-v2-mysql#0%'),
        out(-5.5, '/ratings/0', 504, 'UT', 'response_timeout', 10, '-', RID[4], '%IPOF:ratings-v1#0%'),
      ],
      'ratings-v1#0/istio-proxy': [
        inb(-25.3, 200, '-', 'via_upstream', 6, 'a0c4e2b7-61d8-9f35-b2c1-4e7a9d03f58c', '%IPOF:reviews-v2#0%'),
        inb(-14.2, 0, 'DC', 'downstream_remote_disconnect', 10, RID[1], '%IPOF:reviews-v2#0%'),
        inb(-9.0, 200, '-', 'via_upstream', 5, 'd7e1f3a9-02bc-9d64-a8f5-1b6c3e90d27a', '%IPOF:reviews-v2#0%'),
        inb(-5.5, 0, 'DC', 'downstream_remote_disconnect', 10, RID[4], '%IPOF:reviews-v3#0%'),
      ],
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'ratings-v2-mysql#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'ratings-v2-mysql#0/istio-proxy': [
        inb(-21.6, 0, 'DC', 'downstream_remote_disconnect', 10, RID[0], '%IPOF:reviews-v2#0%'),
        inb(-17.8, 0, 'DC', 'downstream_remote_disconnect', 10, RID[3], '%IPOF:reviews-v3#0%'),
        inb(-2.4, 0, 'DC', 'downstream_remote_disconnect', 10, RID[2], '%IPOF:reviews-v2#0%'),
      ],
      'productpage-v1#0/productpage': [
        `INFO:werkzeug:127.0.0.6 - - [${T.isoMs(-21.6).slice(0, 19).replace('T', ' ')}] "GET /productpage HTTP/1.1" 200 -`,
        `INFO:werkzeug:127.0.0.6 - - [${T.isoMs(-9.0).slice(0, 19).replace('T', ' ')}] "GET /productpage HTTP/1.1" 200 -`,
        `INFO:werkzeug:127.0.0.6 - - [${T.isoMs(-2.4).slice(0, 19).replace('T', ' ')}] "GET /productpage HTTP/1.1" 200 -`,
      ],
    },
    workloads: {
      'mysqldb-v1': { since: -60 * 17 },
    },
  }),
];
