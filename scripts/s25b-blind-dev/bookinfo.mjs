// Batch s25b blind dev scenario for Bookinfo (kit system scripts/kit-systems/bookinfo.mjs, Istio 1.23 sidecars): a ratings
// DestinationRule with tls mode DISABLE under STRICT mTLS; reviews' sidecars get resets, ratings' sidecars log NR.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const INC = '2026-06-23T15:34:00Z';
const T = clock(INC);
const CUT = -23; // 15:11, the DestinationRule is applied
const CXF = '"Apache-CXF/3.1.18"';
const rid = (n) => { const h = (n * 2654435761 >>> 0).toString(16).padStart(8, '0'); return `${h}-${h.slice(0, 4)}-9${h.slice(1, 4)}-a${h.slice(4, 7)}-${h}${h.slice(0, 4)}`; };
const RATINGS = ['ratings-v1#0', 'ratings-v2-mysql#0'];

// reviews v2/v3: outbound calls to ratings, one per product page they serve
function reviewsProxy(wl, times, seed) {
  const out = [];
  times.forEach((m, i) => {
    const target = RATINGS[(i + seed) % 2];
    const src = `%IPOF:${wl}#0%:${38000 + ((i * 7919 + seed * 131) % 20000)}`;
    const inPort = 44000 + ((i * 104729 + seed) % 15000);
    const bad = m >= CUT;
    out.push(`[${T.isoMs(m)}] "GET /ratings/0 HTTP/1.1" ${bad ? '503 UC upstream_reset_before_response_started{connection_termination}' : '200 - via_upstream'} - "-" 0 ${bad ? 95 : 48} ${bad ? 1 : 3} ${bad ? '-' : '2'} "-" ${CXF} "${rid(seed * 1000 + i)}" "ratings:9080" "%IPOF:${target}%:9080" outbound|9080||ratings.bookinfo.svc.cluster.local ${src} %SVCIP:ratings%:9080 %IPOF:${wl}#0%:${inPort - 7} - default`);
    out.push(`[${T.isoMs(m - 0.0003)}] "GET /reviews/0 HTTP/1.1" 200 - via_upstream - "-" 0 ${bad ? 425 : 358} ${bad ? 9 : 14} ${bad ? 8 : 13} "-" "python-requests/2.32.3" "${rid(seed * 1000 + i)}" "reviews:9080" "%IPOF:${wl}#0%:9080" inbound|9080|| 127.0.0.6:${inPort} %IPOF:${wl}#0%:9080 %IPOF:productpage-v1#0%:${inPort + 3} outbound_.9080_._.reviews.bookinfo.svc.cluster.local default`);
  });
  return out;
}

function ratingsProxy(idx, calls) {
  const out = [];
  for (const [m, wl, i, seed] of calls) {
    if (m >= CUT) out.push(`[${T.isoMs(m + 0.00002)}] "- - -" 0 NR filter_chain_not_found - "-" 0 0 0 - "-" "-" "-" "-" "-" - - %IPOF:${RATINGS[idx]}%:9080 %IPOF:${wl}#0%:${38000 + ((i * 7919 + seed * 131) % 20000)} - -`);
    else out.push(`[${T.isoMs(m + 0.00002)}] "GET /ratings/0 HTTP/1.1" 200 - via_upstream - "-" 0 48 1 0 "-" ${CXF} "${rid(seed * 1000 + i)}" "ratings:9080" "%IPOF:${RATINGS[idx]}%:9080" inbound|9080|| 127.0.0.6:${51000 + i} %IPOF:${RATINGS[idx]}%:9080 %IPOF:${wl}#0%:${38000 + ((i * 7919 + seed * 131) % 20000)} outbound_.9080_._.ratings.bookinfo.svc.cluster.local default`);
  }
  return out;
}

const V2 = [-41.3, -36.8, -31.2, -27.5, -24.1, -21.7, -18.2, -14.9, -11.6, -8.3, -5.0, -2.4];
const V3 = [-39.9, -34.4, -29.0, -25.6, -22.4, -19.9, -16.1, -12.8, -9.7, -6.6, -3.3, -0.9];
const V1 = [-38.1, -30.3, -20.8, -13.7, -4.1];
const calls = [...V2.map((m, i) => [m, 'reviews-v2', i, 2]), ...V3.map((m, i) => [m, 'reviews-v3', i, 3])];
const perRatings = [0, 1].map((idx) => calls.filter(([, , i, seed]) => (i + seed) % 2 === idx).sort((a, b) => a[0] - b[0]));

const liberty = ['[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.', '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 2.871 seconds.', '[AUDIT   ] CWWKF0012I: The server installed the following features: [jaxrs-2.0, jsonp-1.0, servlet-3.1, cdi-1.2, jaxrsClient-2.0].', '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 5.934 seconds.'];
const reviewsApp = (times) => [...liberty, ...times.filter((m) => m >= CUT).map(() => 'Error: unable to contact http://ratings:9080/ratings got status of 503')];

function productpageLog() {
  const all = [...V2, ...V3, ...V1].sort((a, b) => a - b);
  const out = [];
  for (const m of all) {
    out.push(`DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080`);
    out.push(`DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178`);
    out.push(`DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080`);
    out.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${V1.includes(m) ? 358 : m >= CUT ? 425 : 358}`);
    out.push(`INFO:werkzeug:127.0.0.6 - - [${T.java(m).replace(/-/g, '/').slice(0, 19)}] "GET /productpage HTTP/1.1" 200 -`);
  }
  return out;
}

export const scenarios = [
  bookinfoScenario({
    folder: 's25b-ratings-destinationrule-tls-disable',
    incidentTime: INC,
    description: "productpage shows 'Ratings service is currently unavailable' on most page loads since ~15:10",
    expected: { component: 'ratings', cause: 'config-error' },
    alsoAcceptable: [{ component: 'ratings', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'tls-misconfig', 'time-expression', 'decoy'],
    grounding: `
      The mesh runs a namespace-wide PeerAuthentication in STRICT mode. At 15:11 the community team applied a DestinationRule
      for host ratings (subsets v1 and v2-mysql for a canary) copied from an old snippet with trafficPolicy.tls.mode: DISABLE,
      which turns off auto-mTLS for that host: the reviews-v2/v3 sidecars now open plaintext connections to the ratings pods,
      whose inbound listener only has TLS filter chains, so ratings' istio-proxy closes them and logs
      "- - -" 0 NR filter_chain_not_found, while the client sidecars log 503 UC
      upstream_reset_before_response_started{connection_termination} (Istio's "503 errors after setting destination rule"
      troubleshooting case; access logs on via meshConfig.accessLogFile=/dev/stdout, default TEXT format). reviews
      (LibertyRestEndpoint.getRatings) prints "Error: unable to contact http://ratings:9080/ratings got status of 503" and
      returns the review JSON with a rating error, so productpage still answers 200 and shows "Ratings service is currently
      unavailable" for the two thirds of requests routed to reviews-v2 and v3; reviews-v1 never calls ratings. Every pod is
      Running and Ready; Istio CRDs are not in the snapshot, so the change is visible only in the proxies' logs. Decoy: a
      rollout restart of reviews-v3 70 minutes earlier, after which its calls to ratings kept returning 200. Expected:
      ratings, config-error (the traffic policy for ratings); network-fault on ratings also accepted.
    `,
    workloads: {
      'reviews-v3': { rollout: { at: -70, oldReplicas: 0 } },
    },
    events: [
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v3-%NEW% to 1', first: -70, last: -70 },
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v3-%OLD% to 0 from 1', first: -69, last: -69 },
    ],
    logs: {
      'reviews-v2#0/istio-proxy': reviewsProxy('reviews-v2', V2, 2),
      'reviews-v3#0/istio-proxy': reviewsProxy('reviews-v3', V3, 3),
      'reviews-v2#0/reviews': reviewsApp(V2),
      'reviews-v3#0/reviews': reviewsApp(V3),
      'ratings-v1#0/istio-proxy': ratingsProxy(0, perRatings[0]),
      'ratings-v2-mysql#0/istio-proxy': ratingsProxy(1, perRatings[1]),
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'productpage-v1#0/productpage': productpageLog(),
    },
  }),
];
