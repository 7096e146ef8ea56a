// s25a blind dev scenario for Bookinfo (kit system scripts/kit-systems/bookinfo.mjs): a DestinationRule for ratings copied from
// a mesh without mTLS sets tls mode DISABLE while the namespace's PeerAuthentication is STRICT, so every call to ratings is reset.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const I1 = '2026-03-18T14:41:00Z';
const T = clock(I1);
const ts = (min) => T.isoMs(min);
const rid = (n) => { const x = ((n * 2654435761) >>> 0).toString(16).padStart(8, '0'); return `${x}-${x.slice(0, 4)}-4${x.slice(1, 4)}-9${x.slice(4, 7)}-${x}${x.slice(0, 4)}`; };
// Istio's default text access log (meshConfig.accessLogFile=/dev/stdout).
const outbound = (min, n, path, code, flags, details, sent, dur, host, up, cluster, local, down, remote) =>
  `[${ts(min)}] "GET ${path} HTTP/1.1" ${code} ${flags} ${details} - "-" 0 ${sent} ${dur} ${code === 200 ? dur - 1 : '-'} "-" "Apache-CXF/3.5.5" "${rid(n)}" "${host}" "${up}" ${cluster} ${local} ${down} ${remote} - default`;
const inboundNR = (min, local, remote) => `[${ts(min)}] "- - -" 0 NR filter_chain_not_found - "-" 0 0 0 - "-" "-" "-" "-" "-" - - ${local} ${remote} - -`;

const reviewsApp = [];
const reviewsProxy = { v2: [], v3: [] };
const ratingsProxy = { v1: [], v2: [] };
const productProxy = [];
let n = 0;
for (let m = -45; m < -0.3; m += 0.37) {
  const v = n % 3 === 0 ? 'v1' : n % 3 === 1 ? 'v2' : 'v3';
  const book = 0;
  const rv = `%IPOF:reviews-${v}#0%`;
  productProxy.push(`[${ts(m + 0.001)}] "GET /reviews/${book} HTTP/1.1" 200 - via_upstream - "-" 0 ${v === 'v1' ? 358 : m < -20.5 ? 438 : 379} ${m < -20.5 || v === 'v1' ? 19 : 24} ${m < -20.5 || v === 'v1' ? 18 : 23} "-" "python-requests/2.32.3" "${rid(n)}" "reviews:9080" "${rv}:9080" outbound|9080||reviews.bookinfo.svc.cluster.local %IPOF:productpage-v1#0%:5${4000 + (n % 900)} %SVCIP:reviews%:9080 %IPOF:productpage-v1#0%:3${3000 + (n % 900)} - default`);
  if (v !== 'v1') {
    const rt = n % 2 === 0 ? 'v1' : 'v2';
    const rpod = rt === 'v1' ? '%IPOF:ratings-v1#0%' : '%IPOF:ratings-v2-mysql#0%';
    const me = `%IPOF:reviews-${v}#0%`;
    if (m < -20.5) {
      ratingsProxy[rt].push(`[${ts(m + 0.006)}] "GET /ratings/${book} HTTP/1.1" 200 - via_upstream - "-" 0 48 2 1 "-" "Apache-CXF/3.5.5" "${rid(n)}" "ratings:9080" "${rpod}:9080" inbound|9080|| 127.0.0.6:3${5000 + (n % 900)} ${rpod}:9080 ${me}:4${1000 + (n % 900)} outbound_.9080_._.ratings.bookinfo.svc.cluster.local default`);
      reviewsProxy[v].push(outbound(m + 0.005, n, `/ratings/${book}`, 200, '-', 'via_upstream', 48, 4, 'ratings:9080', `${rpod}:9080`, 'outbound|9080||ratings.bookinfo.svc.cluster.local', `${me}:4${1000 + (n % 900)}`, '%SVCIP:ratings%:9080', `${me}:5${2000 + (n % 900)}`));
    } else {
      reviewsProxy[v].push(outbound(m + 0.005, n, `/ratings/${book}`, 503, 'UC', 'upstream_reset_before_response_started{connection_termination}', 95, 2, 'ratings:9080', `${rpod}:9080`, 'outbound|9080||ratings.bookinfo.svc.cluster.local', `${me}:4${1000 + (n % 900)}`, '%SVCIP:ratings%:9080', `${me}:5${2000 + (n % 900)}`));
      ratingsProxy[rt].push(inboundNR(m + 0.005, `${rpod}:9080`, `${me}:4${1000 + (n % 900)}`));
      if (v === 'v2') reviewsApp.push('Error: unable to contact http://ratings:9080/ratings got status of 503');
    }
  }
  n++;
}
const v3App = reviewsApp.slice();

export const scenarios = [
  bookinfoScenario({
    folder: 's25a-ratings-destinationrule-tls-disable',
    incidentTime: I1,
    description: "bookinfo: no stars on any product page since ~14:20, reviews show 'Ratings service is currently unavailable'. pages load fine otherwise",
    expected: { component: 'ratings', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'ratings', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'tls-misconfig', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      kit system scripts/kit-systems/bookinfo.mjs (istio/istio samples/bookinfo, sidecar-injected, Istio 1.23). The namespace has
      a STRICT PeerAuthentication; at 14:20 a DestinationRule for ratings.bookinfo.svc.cluster.local was applied from the team's
      old non-mTLS repo (subsets v1 and v2-mysql, trafficPolicy.tls.mode DISABLE). An explicit tls mode turns off Istio's auto
      mTLS for that host, so reviews' sidecars open plaintext connections that ratings' sidecars, which accept only mTLS,
      cannot match to a filter chain: the Istio docs' "503 errors after setting destination rule" TLS conflict. Client side,
      Envoy's access log shows 503 UC upstream_reset_before_response_started{connection_termination} (the 95-byte "upstream
      connect error or disconnect/reset before headers. reset reason: connection termination" body); server side, ratings'
      sidecars log "- - -" 0 NR filter_chain_not_found. reviews-v2/v3 print LibertyRestEndpoint's "Error: unable to contact
      http://ratings:9080/ratings got status of 503" and render "Ratings service is currently unavailable"; productpage still
      gets 200 from reviews, so nothing 5xx reaches users. The ratings pods stay Running and Ready and their Node.js containers
      log nothing. Decoy: reviews-v2 was OOMKilled three days ago and restarted cleanly. The DestinationRule itself is not in
      the snapshot (no Istio CRDs), only its effect in the sidecar logs.
    `,
    workloads: {
      'reviews-v2': {
        pods: [
          {
            containers: {
              reviews: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 1), finishedAt: T.iso(-60 * 24 * 3) } }),
            },
          },
        ],
      },
    },
    events: [],
    logs: {
      'reviews-v2#0/reviews': [
        '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 9.412 seconds.',
        ...reviewsApp,
      ],
      'reviews-v3#0/reviews': ['[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 8.977 seconds.', ...v3App],
      'reviews-v2#0/istio-proxy': reviewsProxy.v2,
      'reviews-v3#0/istio-proxy': reviewsProxy.v3,
      'ratings-v1#0/istio-proxy': ratingsProxy.v1,
      'ratings-v2-mysql#0/istio-proxy': ratingsProxy.v2,
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'productpage-v1#0/istio-proxy': productProxy,
    },
  }),
];
