// Batch s63a (blind dev): one Istio Bookinfo scenario for the scenario kit — a DestinationRule for ratings with
// `tls.mode: DISABLE` under STRICT mTLS: reviews' sidecars send plaintext, ratings' inbound listener drops it (503 UC / NR).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export const system = base;

const INCIDENT = '2026-05-19T10:42:00Z';
const T = clock(INCIDENT);
const DR = -27; // 10:15:00, `kubectl apply -f ratings-dr.yaml`
const BOOT = -60 * 24 * 6;

const BODY_503 = 'upstream connect error or disconnect/reset before headers. reset reason: connection termination';
const rid = (seed) => {
  let x = 2166136261;
  for (const c of String(seed)) x = Math.imul(x ^ c.charCodeAt(0), 16777619) >>> 0;
  const hex = (n) => (Math.imul(x ^ n, 2654435761) >>> 0).toString(16).padStart(8, '0');
  return `${hex(1)}-${hex(2).slice(0, 4)}-9${hex(3).slice(1, 4)}-a${hex(4).slice(1, 4)}-${hex(5)}${hex(6).slice(0, 4)}`;
};
const UA = 'Apache-CXF/3.1.18';
// Istio's default TEXT access-log format (meshConfig.accessLogFile=/dev/stdout).
const outbound = (min, ratingsPod, rev, port, ok, id) =>
  ok
    ? `[${T.isoMs(min)}] "GET /ratings/0 HTTP/1.1" 200 - via_upstream - "-" 0 48 3 2 "-" "${UA}" "${id}" "ratings:9080" "%IPOF:${ratingsPod}%:9080" outbound|9080||ratings.bookinfo.svc.cluster.local %PODIP%:${port} %SVCIP:ratings%:9080 %PODIP%:${port + 7} - default`
    : `[${T.isoMs(min)}] "GET /ratings/0 HTTP/1.1" 503 UC upstream_reset_before_response_started{connection_termination} - "-" 0 ${BODY_503.length} 1 - "-" "${UA}" "${id}" "ratings:9080" "%IPOF:${ratingsPod}%:9080" outbound|9080||ratings.bookinfo.svc.cluster.local %PODIP%:${port} %SVCIP:ratings%:9080 %PODIP%:${port + 7} - default`;
const inbound = (min, reviewsPod, port, ok, id) =>
  ok
    ? `[${T.isoMs(min)}] "GET /ratings/0 HTTP/1.1" 200 - via_upstream - "-" 0 48 1 1 "-" "${UA}" "${id}" "ratings:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:${port + 3} %PODIP%:9080 %IPOF:${reviewsPod}%:${port} outbound_.9080_._.ratings.bookinfo.svc.cluster.local default`
    : `[${T.isoMs(min)}] "- - -" 0 NR filter_chain_not_found - "-" 0 0 0 - "-" "-" "-" "-" "-" - - %PODIP%:9080 %IPOF:${reviewsPod}%:${port} - -`;
const agentBoot = (min) => [
  `${T.isoMs(min)}\tinfo\tFLAG: --concurrency="2"`,
  `${T.isoMs(min)}\tinfo\tVersion 1.23.2-7d0d7b4ac94ecb5a7ea4fd0d5b6e1fdc1d17e9e1-Clean`,
  `${T.isoMs(min + 0.01)}\tinfo\tProxy role\tips=[%PODIP%] type=sidecar id=%POD%.bookinfo domain=bookinfo.svc.cluster.local`,
  `${T.isoMs(min + 0.02)}\tinfo\tcache\tgenerated new workload certificate\tresourceName=default latency=98.201736ms ttl=23h59m59.12347Z`,
  `${T.isoMs(min + 0.03)}\tinfo\tReadiness succeeded in 1.201183214s`,
  `${T.isoMs(min + 0.03)}\tinfo\tEnvoy proxy is ready`,
];

// Requests: every ~12 s one product page; the reviews Service spreads over v1/v2/v3, ratings over v1 and v2-mysql.
const calls = []; // { min, reviews: 'reviews-v2#0'|'reviews-v3#0', ratings: 'ratings-v1#0'|'ratings-v2-mysql#0', port, id }
{
  let k = 0;
  for (let m = -48; m < -0.1; m += 0.2) {
    const v = ['reviews-v1#0', 'reviews-v2#0', 'reviews-v3#0'][k % 3];
    if (v !== 'reviews-v1#0') {
      calls.push({ min: m, reviews: v, ratings: k % 4 < 2 ? 'ratings-v1#0' : 'ratings-v2-mysql#0', port: 39120 + ((k * 37) % 20000), id: rid(k) });
    }
    k++;
  }
}
const reviewsLog = (pod) => [
  'Launching defaultServer (Open Liberty 24.0.0.9/wlp-1.0.93.cl240920240826-1903) on Eclipse OpenJ9 VM, version 11.0.24+8 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ol/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://%POD%:9080/',
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 2.384 seconds.',
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [jaxrs-2.1, jaxrsClient-2.1, json-1.0, jsonp-1.1, servlet-4.0].',
  '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 5.117 seconds.',
  ...calls.filter((c) => c.reviews === pod && c.min >= DR).map(() => 'Error: unable to contact http://ratings:9080/ratings got status of 503'),
];
const reviewsProxy = (pod) => [
  ...agentBoot(BOOT + 0.2),
  ...calls.filter((c) => c.reviews === pod).map((c) => outbound(c.min, c.ratings, pod, c.port, c.min < DR, c.id)),
];
const ratingsLog = (pod) => [
  'Server listening on: http://0.0.0.0:9080',
  ...calls.filter((c) => c.ratings === pod && c.min < DR).map(() => 'GET /ratings/0'),
];
const ratingsProxy = (pod) => [
  ...agentBoot(BOOT + 0.2),
  ...calls.filter((c) => c.ratings === pod).map((c) => inbound(c.min + 0.00002, c.reviews, c.port, c.min < DR, c.id)),
];
const gunicorn = (min) => {
  const s = T.iso(min).replace('T', ' ').replace('Z', ' +0000');
  return [
    `[${s}] [1] [INFO] Starting gunicorn 22.0.0`,
    `[${s}] [1] [INFO] Listening at: http://[::]:9080 (1)`,
    `[${s}] [1] [INFO] Using worker: gevent`,
    ...[8, 9, 10, 11, 12, 13, 14, 15].map((p) => `[${s}] [${p}] [INFO] Booting worker with pid: ${p}`),
  ];
};

export const scenarios = [
  bookinfoScenario({
    folder: 's63a-ratings-dr-tls-disable',
    incidentTime: INCIDENT,
    description: "bookinfo: star ratings gone on most product page loads since about 10:15, reviews say 'Ratings service is currently unavailable'. ratings pods all green, reviews text still shows — community team",
    expected: { component: 'ratings', cause: 'network-fault' },
    alsoAcceptable: [
      { component: 'ratings', cause: 'config-error' },
      { component: 'reviews', cause: 'network-fault' },
    ],
    difficulty: 'hard',
    traits: ['pods-ready', 'tls-misconfig', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
    workloads: {
      'ratings-v1': { since: BOOT },
      'ratings-v2-mysql': { since: BOOT },
      'reviews-v1': { since: BOOT },
      'reviews-v2': { since: BOOT },
      // Decoy 1: reviews-v3's Liberty JVM was OOMKilled two days ago (the app container has no limit: the kernel's OOM
      // killer picked it during a node-wide memory spike), restarted and has been fine since.
      'reviews-v3': {
        since: BOOT,
        pods: [{
          containers: {
            reviews: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 2 + 0.3),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(BOOT + 0.2), finishedAt: T.iso(-60 * 24 * 2) },
            }),
          },
        }],
      },
      // Decoy 2: a benign details-v1 release three hours before (image tag only).
      'details-v1': {
        rollout: { at: -182, revision: 4, oldContainers: { details: { image: 'docker.io/istio/examples-bookinfo-details-v1:1.19.1' } } },
      },
      'productpage-v1': { since: BOOT },
    },
    events: [
      { on: 'deploy:details-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set details-v1-%NEW% to 1', first: -182, last: -182 },
      { on: 'deploy:details-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set details-v1-%OLD% to 0 from 1', first: -181.2, last: -181.2 },
    ],
    logs: {
      'reviews-v2#0/reviews': reviewsLog('reviews-v2#0'),
      'reviews-v3#0/reviews': reviewsLog('reviews-v3#0'),
      'reviews-v2#0/istio-proxy': reviewsProxy('reviews-v2#0'),
      'reviews-v3#0/istio-proxy': reviewsProxy('reviews-v3#0'),
      'ratings-v1#0/ratings': ratingsLog('ratings-v1#0'),
      'ratings-v2-mysql#0/ratings': ratingsLog('ratings-v2-mysql#0'),
      'ratings-v1#0/istio-proxy': ratingsProxy('ratings-v1#0'),
      'ratings-v2-mysql#0/istio-proxy': ratingsProxy('ratings-v2-mysql#0'),
      'productpage-v1#0/productpage': gunicorn(BOOT + 0.3),
    },
    grounding: `
      Fault: at 10:15 a DestinationRule for host ratings was applied (outlierDetection and a connectionPool, copied from a
      template whose trafficPolicy also carried tls: {mode: DISABLE}). The namespace runs PeerAuthentication STRICT. An
      explicit DISABLE overrides auto mTLS, so reviews' sidecars send plaintext HTTP to ratings:9080; ratings' inbound
      listener only has mTLS filter chains and closes the connection. Istio's "Traffic Management Problems" page
      ("503 errors after setting destination rule": a DestinationRule whose TLS mode conflicts with the mTLS policy) and
      the Envoy response flags (UC, NR with filter_chain_not_found) describe what both sidecars log. DestinationRules are
      not in the snapshot (it holds core kinds only), so the cause is visible only through the sidecars' access logs
      (meshConfig.accessLogFile=/dev/stdout, Istio's default TEXT format) and the callers.
      Manifest facts: bookinfo.yaml, reviews v2/v3 call http://ratings:9080/ratings (LibertyRestEndpoint.getRatings prints
      "Error: unable to contact ... got status of 503" to stdout and returns "Ratings service is currently unavailable");
      reviews-v1 does not call ratings, so a third of page loads look normal. ratings.js logs "GET /ratings/0" per
      request and goes quiet once nothing reaches it; the ratings pods stay Running and Ready (the sidecar's /healthz/ready
      probe does not exercise mTLS). productpage (gunicorn, gevent workers) logs nothing per request.
      Decoys: reviews-v3's app container OOMKilled two days ago by the kernel OOM killer (the container has no limit; restarted, Running since)
      (no events left: they expire after an hour), and a details-v1 release three hours before (1.19.1 -> 1.20.1, image only; the two ReplicaSet templates differ in the
      image tag alone). Deviations: the PeerAuthentication and DestinationRule are this installation's, not upstream's.`,
  }),
];
