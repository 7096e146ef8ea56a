// Batch s63b (blind dev): one Istio Bookinfo scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// A DestinationRule turning TLS off towards ratings under mesh-wide STRICT mTLS: reviews v2/v3 get 503 UC, ratings stays green.
import { createHash } from 'node:crypto';
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const hx = (s) => createHash('sha256').update(s).digest('hex');
const rid = (s) => { const x = hx(s); return `${x.slice(0, 8)}-${x.slice(8, 12)}-9${x.slice(13, 16)}-b${x.slice(17, 20)}-${x.slice(20, 32)}`; };
const port = (s) => 32768 + (parseInt(hx(s).slice(0, 4), 16) % 28000);

const INCIDENT = '2026-04-14T10:52:00Z';
const T = clock(INCIDENT);
const FOLDER = 's63b-ratings-destinationrule-tls-disable';
const DR_AT = -13.2; // 10:38:48, `kubectl apply -f ratings-dr.yaml`
const RATINGS_SVC = '%SVCIP:ratings%';
const REVIEWS_SVC = '%SVCIP:reviews%';
const R1 = '%IPOF:ratings-v1#0%';
const R2 = '%IPOF:ratings-v2-mysql#0%';
const PP = '%IPOF:productpage-v1#0%';

// Istio's default TEXT access-log format (meshConfig.accessLogFile=/dev/stdout).
const outOk = (min, who, me, up, seed) =>
  `[${T.isoMs(min)}] "GET /ratings/0 HTTP/1.1" 200 - via_upstream - "-" 0 48 3 2 "-" "Apache-CXF/3.1.18" "${rid(seed)}" "ratings:9080" "${up}:9080" outbound|9080||ratings.bookinfo.svc.cluster.local ${me}:${port(seed + 'l')} ${RATINGS_SVC}:9080 ${me}:${port(seed + 'r')} - default`;
const outUC = (min, me, up, seed) =>
  `[${T.isoMs(min)}] "GET /ratings/0 HTTP/1.1" 503 UC upstream_reset_before_response_started{connection_termination} - "-" 0 95 1 - "-" "Apache-CXF/3.1.18" "${rid(seed)}" "ratings:9080" "${up}:9080" outbound|9080||ratings.bookinfo.svc.cluster.local ${me}:${port(seed + 'l')} ${RATINGS_SVC}:9080 ${me}:${port(seed + 'r')} - default`;
const inReviews = (min, me, bytes, seed) =>
  `[${T.isoMs(min)}] "GET /reviews/0 HTTP/1.1" 200 - via_upstream - "-" 0 ${bytes} 9 8 "-" "python-requests/2.31.0" "${rid(seed)}" "reviews:9080" "${me}:9080" inbound|9080|| 127.0.0.6:${port(seed + 'i')} ${me}:9080 ${PP}:${port(seed + 'p')} outbound_.9080_._.reviews.bookinfo.svc.cluster.local default`;
const inRatingsOk = (min, me, from, seed) =>
  `[${T.isoMs(min)}] "GET /ratings/0 HTTP/1.1" 200 - via_upstream - "-" 0 48 1 1 "-" "Apache-CXF/3.1.18" "${rid(seed)}" "ratings:9080" "${me}:9080" inbound|9080|| 127.0.0.6:${port(seed + 'i')} ${me}:9080 ${from}:${port(seed + 'l')} outbound_.9080_._.ratings.bookinfo.svc.cluster.local default`;
const inRatingsNR = (min, me, from, seed) =>
  `[${T.isoMs(min)}] "- - -" 0 NR filter_chain_not_found - "-" 0 0 0 - "-" "-" "-" "-" "-" - - ${me}:9080 ${from}:${port(seed + 'l')} - -`;

// Which reviews pod calls which ratings pod, in order (round robin through the Service's two endpoints).
const calls = (from, to) => {
  const out = [];
  for (let k = 0; k < 40; k++) out.push(-45 + k * 1.1 + (from === 'v2' ? 0 : 0.4));
  return out.map((min, k) => ({ min, up: k % 2 === 0 ? R1 : R2, seed: `${from}-${k}` }));
};
const V2 = '%IPOF:reviews-v2#0%';
const V3 = '%IPOF:reviews-v3#0%';
const c2 = calls('v2');
const c3 = calls('v3');

const reviewsApp = (list) => [
  'Launching defaultServer (Open Liberty 24.0.0.9/wlp-1.0.93.cl240920240819-1530) on Eclipse OpenJ9 VM, version 17.0.12+7 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://%POD%:9080/',
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 2.871 seconds.',
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [jaxrs-2.1, jaxrsClient-2.1, jsonb-1.0, jsonp-1.1, servlet-4.0].',
  '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.402 seconds.',
  ...list.filter((c) => c.min >= DR_AT).map(() => 'Error: unable to contact http://ratings:9080/ratings got status of 503'),
];
const proxyLog = (me, list) => {
  const lines = [];
  for (const c of list) {
    if (c.min < DR_AT) lines.push(outOk(c.min, 'x', me, c.up, c.seed));
    else lines.push(outUC(c.min, me, c.up, c.seed));
    lines.push(inReviews(c.min - 0.0001, me, c.min < DR_AT ? 437 : 395, `in-${c.seed}`));
  }
  return lines;
};
const ratingsProxy = (me) => {
  const lines = [];
  for (const [list, from] of [[c2, V2], [c3, V3]])
    for (const c of list.filter((x) => x.up === me))
      lines.push({ min: c.min, line: c.min < DR_AT ? inRatingsOk(c.min, me, from, c.seed) : inRatingsNR(c.min, me, from, c.seed) });
  return lines.sort((a, b) => a.min - b.min).map((x) => x.line);
};
const gts = (min) => `${T.iso(min).slice(0, 10)} ${T.iso(min).slice(11, 19)} +0000`;
const productpage = () => {
  const st = -60 * 15.5 + 0.8;
  const out = [
    `[${gts(st)}] [1] [INFO] Starting gunicorn 21.2.0`,
    `[${gts(st)}] [1] [INFO] Listening at: http://[::]:9080 (1)`,
    `[${gts(st)}] [1] [INFO] Using worker: gevent`,
    `[${gts(st + 0.01)}] [8] [INFO] Booting worker with pid: 8`,
  ];
  for (let k = 0; k < 30; k++) {
    const min = -40 + k * 1.35;
    out.push(`DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080`);
    out.push(`DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178`);
    out.push(`DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080`);
    out.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${min < DR_AT ? (k % 3 === 0 ? 358 : 437) : (k % 3 === 0 ? 358 : 395)}`);
  }
  return out;
};

export const scenarios = [
  bookinfoScenario({
    folder: FOLDER,
    incidentTime: INCIDENT,
    description: 'book pages show "Ratings service is currently unavailable" since ~10:40, community team says the ratings pods are all green',
    expected: { component: 'ratings', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'ratings', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'tls-misconfig', 'decoy', 'time-expression', 'team-name'],
    workloads: {
      // benign decoy: productpage moved from 1.20.1 to 1.20.2 yesterday evening, healthy since
      'productpage-v1': {
        rollout: { at: -60 * 15.5, revision: 4, oldContainers: { productpage: { image: 'docker.io/istio/examples-bookinfo-productpage-v1:1.20.1' } } },
        containers: { productpage: { image: 'docker.io/istio/examples-bookinfo-productpage-v1:1.20.2' } },
      },
    },
    events: [
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productpage-v1-%NEW% to 1', first: -60 * 15.5 },
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productpage-v1-%OLD% to 0 from 1', first: -60 * 15.5 + 0.7 },
    ],
    logs: {
      'reviews-v2#0/reviews': reviewsApp(c2),
      'reviews-v3#0/reviews': reviewsApp(c3),
      'reviews-v2#0/istio-proxy': proxyLog(V2, c2),
      'reviews-v3#0/istio-proxy': proxyLog(V3, c3),
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'ratings-v2-mysql#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'ratings-v1#0/istio-proxy': ratingsProxy(R1),
      'ratings-v2-mysql#0/istio-proxy': ratingsProxy(R2),
      'productpage-v1#0/productpage': productpage(),
    },
    grounding: `
      Manifests: istio/istio samples/bookinfo/platform/kube (bookinfo.yaml, -ratings-v2-mysql, -mysql, -details-v2) as in
      SOURCES.md; the namespace is sidecar-injected (Istio 1.23) and, as stated here, runs under a mesh-wide
      PeerAuthentication with mtls.mode STRICT in istio-system. The reviews Service (reviews-v1/v2/v3 behind it) calls
      ratings at http://ratings:9080/ratings (LibertyRestEndpoint: "Error: unable to contact <url> got status of <code>"
      on a non-200, and the JSON then carries "Ratings service is currently unavailable").
      Fault (Istio docs, Traffic Management Problems, "503 errors after setting destination rule"): at 10:38 the community
      team applied a DestinationRule for host ratings (connectionPool settings copied from an older non-mTLS cluster) whose
      trafficPolicy carries tls.mode DISABLE. That overrides auto-mTLS: reviews' sidecars now open plaintext connections to
      the ratings pods, whose STRICT inbound listener has no plaintext filter chain, so the server side logs
      "NR filter_chain_not_found" and the client side logs "503 UC upstream_reset_before_response_started{connection_termination}".
      The DestinationRule is not a kind the snapshot holds; the evidence is the sidecar access logs on both ends and the
      reviews application errors. ratings-v1 and ratings-v2-mysql stay Running and Ready with no restart; nothing restarts.
      reviews-v1 (no stars) keeps working. The productpage keeps answering 200 (reviews swallow the error).
      Decoy: a benign productpage rollout 1.20.1 -> 1.20.2 the evening before (only the image tag differs between the two
      ReplicaSets); 1.20.2 is a deviation (upstream pins 1.20.1 everywhere). Access logs on, TEXT format, as SOURCES.md says.
      Expected: ratings / network-fault (mTLS between reviews and ratings broken by the rule); a careful engineer would
      also accept ratings / config-error (the rule is a wrong mesh configuration for the ratings host).
    `,
  }),
];
