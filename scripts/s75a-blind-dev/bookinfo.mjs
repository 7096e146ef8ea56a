// Blind dev batch s75a — Istio Bookinfo spec: the circuit-breaking DestinationRule of the Istio task (maxConnections 1,
// http1MaxPendingRequests 1) applied to host reviews, so productpage's Envoy fails a share of calls with 503 UO; built by scripts/s75a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as biSystem, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export const system = biSystem;

const INCIDENT = '2026-03-21T19:12:00Z';
const T = clock(INCIDENT);
const FAULT = -34; // when the DestinationRule was applied (not in the snapshot: no Istio CRDs are listed)

const reqId = (m, k = 0) => {
  const n = Math.abs(Math.round(m * 1000)) + k;
  return `${(n * 2654435761 % 4294967296).toString(16).padStart(8, '0')}-${(n % 65536).toString(16).padStart(4, '0')}-9${(n % 4096).toString(16).padStart(3, '0')}-a1f2-${(n * 40503 % 281474976710656).toString(16).padStart(12, '0')}`;
};
const envoy = (min, method, path, code, flags, details, bytesSent, dur, upstreamTime, id, authority, upstreamHost, cluster, local, downLocal, downRemote, route) =>
  `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${code} ${flags} ${details} - "-" 0 ${bytesSent} ${dur} ${upstreamTime} "-" "python-requests/2.32.3" "${id}" "${authority}" "${upstreamHost}" ${cluster} ${local} ${downLocal} ${downRemote} - ${route}`;

const productpageApp = () => {
  const out = [
    `[${T.java(-60 * 24 * 5).slice(0, 19)} +0000] [1] [INFO] Starting gunicorn 22.0.0`,
    `[${T.java(-60 * 24 * 5).slice(0, 19)} +0000] [1] [INFO] Listening at: http://[::]:9080 (1)`,
    `[${T.java(-60 * 24 * 5).slice(0, 19)} +0000] [1] [INFO] Using worker: gevent`,
  ];
  for (let m = -50; m < -0.3; m += 0.45) {
    const bad = m > FAULT && Math.abs(Math.round(m * 20)) % 5 < 2;
    out.push(`DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080`);
    out.push(`DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178`);
    out.push(`DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080`);
    out.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" ${bad ? '503 81' : '200 358'}`);
  }
  return out;
};

export const scenarios = [
  bookinfoScenario({
    folder: 's75a-reviews-circuit-breaker-tutorial-dr',
    description: 'bookinfo: "Sorry, product reviews are currently unavailable for this book" on maybe a third of page loads since ~18:40. reviews pods all green, nothing restarted. community team pls look',
    incidentTime: INCIDENT,
    expected: { component: 'reviews', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'reviews', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (istio/istio samples/bookinfo/platform/kube/bookinfo.yaml, sidecar-injected, Istio 1.23): productpage
      (Python, gunicorn with gevent workers) calls reviews:9080 with a 3s timeout and renders "Sorry, product reviews are currently
      unavailable for this book." on any non-200; reviews v1-v3 (Open Liberty) sit behind one Service selecting app=reviews.
      Fault: while rehearsing the Istio "Circuit Breaking" task (istio.io/v1.23/docs/tasks/traffic-management/circuit-breaking),
      an engineer applied its DestinationRule (connectionPool tcp.maxConnections 1, http.http1MaxPendingRequests 1,
      maxRequestsPerConnection 1) with host reviews instead of httpbin, 34 minutes before the incident. productpage's Envoy now
      allows one connection and one pending request to the reviews cluster; concurrent page loads overflow it and Envoy answers
      503 with response flag UO (upstream_rq_pending_overflow, "upstream connect error or disconnect/reset before headers. reset
      reason: overflow", 81 bytes) without reaching any reviews pod. The reviews pods stay Ready, see fewer requests and log
      nothing unusual; only productpage's urllib3 lines and its sidecar's access log (meshConfig.accessLogFile=/dev/stdout)
      show the 503 UO. The DestinationRule is not part of the snapshot (no Istio CRDs are listed).
      Decoy: reviews-v2 restarted once four days ago (exit 143 during a node patching window), details-v2 is deployed as well.
      Deviations from upstream: access logging on (the demo profile sets it); log volumes are trimmed.
    `,
    workloads: {
      'reviews-v2': {
        pods: [
          {
            containers: {
              reviews: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 4 - 20),
                last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 20.5) },
              }),
            },
          },
        ],
      },
    },
    events: [],
    logs: {
      'productpage-v1#0/productpage': productpageApp(),
      'productpage-v1#0/istio-proxy': (() => {
        const out = [];
        for (let m = -50; m < -0.3; m += 0.45) {
          const bad = m > FAULT && Math.abs(Math.round(m * 20)) % 5 < 2;
          out.push(envoy(m, 'GET', '/details/0', 200, '-', 'via_upstream', 178, 4, 3, reqId(m, 1), 'details:9080', '%IPOF:details-v1#0%:9080', 'outbound|9080||details.bookinfo.svc.cluster.local', '%PODIP%:52114', '%SVCIP:details%:9080', '%PODIP%:41706', 'default'));
          if (bad)
            out.push(envoy(m + 0.002, 'GET', '/reviews/0', 503, 'UO', 'upstream_reset_before_response_started{overflow}', 81, 0, '-', reqId(m, 2), 'reviews:9080', '-', 'outbound|9080||reviews.bookinfo.svc.cluster.local', '-', '%SVCIP:reviews%:9080', '%PODIP%:41718', 'default'));
          else {
            const target = ['reviews-v1#0', 'reviews-v2#0', 'reviews-v3#0'][Math.abs(Math.round(m * 20)) % 3];
            out.push(envoy(m + 0.002, 'GET', '/reviews/0', 200, '-', 'via_upstream', 358, 27, 26, reqId(m, 2), 'reviews:9080', `%IPOF:${target}%:9080`, 'outbound|9080||reviews.bookinfo.svc.cluster.local', '%PODIP%:39962', '%SVCIP:reviews%:9080', '%PODIP%:41718', 'default'));
          }
        }
        return out;
      })(),
      'reviews-v2#0/reviews': [
        'Launching defaultServer (Open Liberty 24.0.0.9/wlp-1.0.93.cl240920240902-1902) on Eclipse OpenJ9 VM, version 17.0.12+7 (en_US)',
        '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
        '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://%POD%:9080/',
        '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 1.611 seconds.',
        '[AUDIT   ] CWWKF0012I: The server installed the following features: [jaxrs-2.1, jsonp-1.1, cdi-2.0, servlet-4.0].',
        '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 4.882 seconds.',
      ],
      'reviews-v3#0/istio-proxy': (() => {
        const out = [];
        for (let m = -50; m < -0.3; m += 1.35) {
          if (m > FAULT && Math.abs(Math.round(m * 20)) % 5 < 2) continue;
          out.push(`[${T.isoMs(m)}] "GET /reviews/0 HTTP/1.1" 200 - via_upstream - "-" 0 358 26 25 "-" "python-requests/2.32.3" "${reqId(m, 2)}" "reviews:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:36121 %PODIP%:9080 %IPOF:productpage-v1#0%:39962 outbound_.9080_._.reviews.bookinfo.svc.cluster.local default`);
        }
        return out;
      })(),
    },
  }),
];
