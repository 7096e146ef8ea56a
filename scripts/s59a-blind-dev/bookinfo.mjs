// Blind dev batch s59a: one Istio Bookinfo scenario (a ratings DestinationRule with tls.mode DISABLE under STRICT mTLS).
// Built by scripts/s59a-build.mjs with the kit system scripts/kit-systems/bookinfo.mjs (bookinfoScenario for the selectors).
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const T = clock('2026-05-06T10:48:00Z');
const DR = -23.4; // kubectl apply of destinationrule/ratings

// Istio's default TEXT access log format (meshConfig.accessLogFile: /dev/stdout).
const env = (min, line) => `[${T.isoMs(min)}] ${line}`;
const rid = (n) => `${(0x6f1c2a00 + n * 7919).toString(16)}-1b3e-9d2f-a4c1-${(0x5e8d31a0b2c4 + n * 104729).toString(16).slice(0, 12)}`;
const RATINGS_IPS = ['%IPOF:ratings-v1#0%', '%IPOF:ratings-v2-mysql#0%'];
const rv = (v) => `%IPOF:reviews-${v}#0%`;
const outOk = (min, v, n, pid = 0) =>
  env(min, `"GET /ratings/${pid} HTTP/1.1" 200 - via_upstream - "-" 0 48 ${2 + (n % 3)} ${1 + (n % 3)} "-" "Apache-CXF/3.4.10" "${rid(n)}" "ratings:9080" "${RATINGS_IPS[n % 2]}:9080" outbound|9080||ratings.bookinfo.svc.cluster.local ${rv(v)}:${50100 + n} %SVCIP:ratings%:9080 ${rv(v)}:${43100 + n} - default`);
const outFail = (min, v, n, pid = 0) =>
  env(min, `"GET /ratings/${pid} HTTP/1.1" 503 UC upstream_reset_before_response_started{connection_termination} - "-" 0 95 ${1 + (n % 2)} - "-" "Apache-CXF/3.4.10" "${rid(n)}" "ratings:9080" "${RATINGS_IPS[n % 2]}:9080" outbound|9080||ratings.bookinfo.svc.cluster.local ${rv(v)}:${50100 + n} %SVCIP:ratings%:9080 ${rv(v)}:${43100 + n} - default`);
const inReviews = (min, v, n, bytes, ms) =>
  env(min, `"GET /reviews/0 HTTP/1.1" 200 - via_upstream - "-" 0 ${bytes} ${ms} ${ms - 1} "-" "python-requests/2.31.0" "${rid(n)}" "reviews:9080" "${rv(v)}:9080" inbound|9080|| 127.0.0.6:${38100 + n} ${rv(v)}:9080 %IPOF:productpage-v1#0%:${52100 + n} outbound_.9080_._.reviews.bookinfo.svc.cluster.local default`);
const inRatingsOk = (min, self, v, n) =>
  env(min, `"GET /ratings/0 HTTP/1.1" 200 - via_upstream - "-" 0 48 1 1 "-" "Apache-CXF/3.4.10" "${rid(n)}" "ratings:9080" "${self}:9080" inbound|9080|| 127.0.0.6:${36100 + n} ${self}:9080 ${rv(v)}:${50100 + n} outbound_.9080_._.ratings.bookinfo.svc.cluster.local default`);
const inRatingsNR = (min, self, v, n) =>
  env(min, `"- - -" 0 NR filter_chain_not_found - "-" 0 0 0 - "-" "-" "-" "-" "-" - - ${self}:9080 ${rv(v)}:${50100 + n} - -`);

// Request numbers: even n went to ratings-v1, odd n to ratings-v2-mysql (RATINGS_IPS[n % 2]).
const before = [-41.2, -37.9, -33.6, -30.1, -27.7, -25.3];
const after = [-22.8, -20.5, -18.1, -15.9, -13.2, -11.4, -9.0, -6.7, -4.1, -2.2];
const callsOf = (v, offset) => ({
  ok: before.map((t, i) => ({ t: t + offset, n: i * 2 + (v === 'v2' ? 0 : 1) })),
  bad: after.map((t, i) => ({ t: t + offset, n: 40 + i * 2 + (v === 'v2' ? 0 : 1) })),
});
const v2 = callsOf('v2', 0);
const v3 = callsOf('v3', 0.9);

const proxyLog = (v, c) => [
  ...c.ok.flatMap(({ t, n }) => [outOk(t, v, n), inReviews(t + 0.0005, v, n, 375, 8)]),
  ...c.bad.flatMap(({ t, n }) => [outFail(t, v, n), inReviews(t + 0.0005, v, n, 449, 5)]),
];
const ratingsProxy = (self, parity) => [
  ...[...v2.ok.map((x) => ({ ...x, v: 'v2' })), ...v3.ok.map((x) => ({ ...x, v: 'v3' }))]
    .filter((x) => x.n % 2 === parity).sort((a, b) => a.t - b.t)
    .map(({ t, n, v }) => inRatingsOk(t - 0.0002, self, v, n)),
  ...[...v2.bad.map((x) => ({ ...x, v: 'v2' })), ...v3.bad.map((x) => ({ ...x, v: 'v3' }))]
    .filter((x) => x.n % 2 === parity).sort((a, b) => a.t - b.t)
    .map(({ t, n, v }) => inRatingsNR(t - 0.0002, self, v, n)),
];

const liberty = [
  'Launching defaultServer (Open Liberty 23.0.0.6/wlp-1.0.78.cl230620230612-1100) on Eclipse OpenJ9 VM, version 11.0.19+7 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://%POD%:9080/',
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 1.914 seconds.',
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [jaxrs-2.0, jaxrsClient-2.0, json-1.0, jsonp-1.0, servlet-3.1].',
  '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 5.331 seconds.',
];
const reviewsApp = (c) => [...liberty, ...c.bad.map(() => 'Error: unable to contact http://ratings:9080/ratings got status of 503')];

const ppDebug = (host, path, status, bytes) => `DEBUG:urllib3.connectionpool:http://${host}:9080 "GET ${path} HTTP/1.1" ${status} ${bytes}`;
// productpage's page views: one reviews call each, spread over v1 (no ratings, 295 bytes), v2 and v3.
const views = [
  ...[...v2.ok, ...v2.bad, ...v3.ok, ...v3.bad].map(({ t }) => ({ t, bytes: t < DR ? 375 : 449 })),
  ...[-40.3, -35.8, -31.2, -26.4, -21.7, -17.0, -12.3, -7.9, -3.3].map((t) => ({ t, bytes: 295 })),
].sort((a, b) => a.t - b.t);
const productpageLog = views.flatMap(({ bytes }) => [
  ppDebug('details', '/details/0', 200, 178),
  ppDebug('reviews', '/reviews/0', 200, bytes),
]);

export const scenarios = [
  bookinfoScenario({
    folder: 's59a-ratings-destinationrule-tls-disable',
    description: 'stars gone from the book reviews on bookinfo since ~10:25 - just says ratings unavailable. product page itself loads fine',
    incidentTime: '2026-05-06T10:48:00Z',
    expected: { component: 'ratings', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'reviews', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'tls-misconfig', 'louder-dependents', 'time-expression', 'decoy'],
    workloads: {
      // decoy: a benign details-v1 rollout (pod template annotation bump) a quarter of an hour before the DR
      'details-v1': { rollout: { at: -38, revision: 3 } },
    },
    events: [
      { on: 'deploy:details-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set details-v1-%NEW% to 1', first: -38 },
      { on: 'deploy:details-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set details-v1-%OLD% to 0 from 1', first: -37.2 },
      { on: 'pod:details-v1#0', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', source: 'default-scheduler', first: -37.98 },
      { on: 'pod:details-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', fieldPath: 'spec.initContainers{istio-init}', first: -37.9 },
      { on: 'pod:details-v1#0', reason: 'Created', message: 'Created container istio-init', fieldPath: 'spec.initContainers{istio-init}', first: -37.9 },
      { on: 'pod:details-v1#0', reason: 'Started', message: 'Started container istio-init', fieldPath: 'spec.initContainers{istio-init}', first: -37.88 },
      { on: 'pod:details-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-details-v1:1.20.1" already present on machine', fieldPath: 'spec.containers{details}', first: -37.85 },
      { on: 'pod:details-v1#0', reason: 'Created', message: 'Created container details', fieldPath: 'spec.containers{details}', first: -37.85 },
      { on: 'pod:details-v1#0', reason: 'Started', message: 'Started container details', fieldPath: 'spec.containers{details}', first: -37.83 },
      { on: 'pod:details-v1#0', reason: 'Created', message: 'Created container istio-proxy', fieldPath: 'spec.containers{istio-proxy}', first: -37.83 },
      { on: 'pod:details-v1#0', reason: 'Started', message: 'Started container istio-proxy', fieldPath: 'spec.containers{istio-proxy}', first: -37.82 },
      { on: 'pod:details-v1#0', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:15021/healthz/ready": dial tcp %PODIP%:15021: connect: connection refused', fieldPath: 'spec.containers{istio-proxy}', type: 'Warning', first: -37.8 },
    ],
    logs: {
      'reviews-v2#0/reviews': reviewsApp(v2),
      'reviews-v3#0/reviews': reviewsApp(v3),
      'reviews-v2#0/istio-proxy': proxyLog('v2', v2),
      'reviews-v3#0/istio-proxy': proxyLog('v3', v3),
      'ratings-v1#0/istio-proxy': ratingsProxy('%IPOF:ratings-v1#0%', 0),
      'ratings-v2-mysql#0/istio-proxy': ratingsProxy('%IPOF:ratings-v2-mysql#0%', 1),
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'ratings-v2-mysql#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'productpage-v1#0/productpage': productpageLog,
    },
    grounding: `
      Fault: mTLS mismatch on the reviews -> ratings path. The namespace runs with a PeerAuthentication in STRICT mode; at
      10:24:36 the community team applied a DestinationRule for host ratings (connectionPool and outlierDetection settings
      copied from a template used in a cluster without mesh mTLS) that also carries trafficPolicy.tls.mode: DISABLE. The
      client sidecars of reviews-v2 and reviews-v3 then open plain-text connections to ratings, and the server sidecars
      of ratings-v1 and ratings-v2-mysql, which only accept Istio mTLS, find no filter chain for them and close them.
      This is the case Istio's own troubleshooting page describes ("503 errors after setting destination rule": a
      DestinationRule whose TLS mode disagrees with the PeerAuthentication gives 503s with "upstream connect error or
      disconnect/reset before headers. reset reason: connection termination"). Envoy prints it as 503 UC
      upstream_reset_before_response_started{connection_termination} on the client (95-byte body) and
      "- - -" 0 NR filter_chain_not_found on the server, in Istio's default TEXT access-log format (meshConfig
      accessLogFile /dev/stdout, as SOURCES.md assumes for this system).
      Effects follow the bookinfo code: reviews LibertyRestEndpoint.getRatings prints "Error: unable to contact
      http://ratings:9080/ratings got status of 503" and answers 200 with a "Ratings service is currently unavailable"
      rating; productpage still gets 200 from reviews and details, so the page loads and only the stars are gone. The
      ratings pods stay Running and Ready (the sidecar readiness probe does not cross the mesh) and their app
      containers log nothing; the ratings Service keeps its endpoints. DestinationRules and PeerAuthentications are not
      part of the snapshot, so the TLS conflict is visible only in the sidecars' access logs.
      Expected: ratings / network-fault (TLS between components fails on the path into ratings); reviews / network-fault
      is also accepted, as the failing connections are reviews' outbound ones.
      Decoy: a benign details-v1 rollout 38 minutes before the incident (revision 3, restart annotation), with the usual
      transient istio-proxy readiness warning while Envoy starts.
      Deviations from upstream: the DestinationRule and PeerAuthentication are the incident's; the Liberty and
      ratings.js startup lines are abbreviated.
    `,
  }),
];
