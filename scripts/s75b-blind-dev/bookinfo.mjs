// Blind dev batch s75b: one Bookinfo scenario for the scenario kit (scripts/s2-scenario-kit.mjs), built by
// scripts/s75b-build.mjs — an Istio HTTP abort fault left on the ratings route after a resilience game day.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const T = clock('2025-08-12T15:10:00Z');
const FAULT = -51.7; // 14:18:18, VirtualService ratings with fault.abort 50% for every user
const RATINGS_SVC = '%SVCIP:ratings%:9080';
const rid = (n) => {
  const x = ((n * 2654435761) >>> 0).toString(16).padStart(8, '0');
  const y = ((n * 40503 + 977) >>> 0).toString(16).padStart(8, '0');
  return `${x}-${y.slice(0, 4)}-9${y.slice(4, 7)}-a${x.slice(1, 4)}-${x}${y.slice(0, 4)}`;
};
// Istio's default TEXT access log format
const acc = (min, line) => `[${T.isoMs(min)}] ${line}`;
const outboundOk = (min, n, self, port) =>
  acc(min, `"GET /ratings/0 HTTP/1.1" 200 - via_upstream - "-" 0 48 ${3 + (n % 4)} ${2 + (n % 4)} "-" "Apache-CXF/3.1.18" "${rid(n)}" "ratings:9080" "%IPOF:ratings-v1#0%:9080" outbound|9080|v1|ratings.bookinfo.svc.cluster.local ${self}:${port} ${RATINGS_SVC} ${self}:${port + 1} - -`);
const outboundAbort = (min, n, self, port) =>
  acc(min, `"GET /ratings/0 HTTP/1.1" 500 FI fault_filter_abort - "-" 0 18 0 - "-" "Apache-CXF/3.1.18" "${rid(n)}" "ratings:9080" "-" outbound|9080|v1|ratings.bookinfo.svc.cluster.local - ${RATINGS_SVC} ${self}:${port + 1} - -`);
const inbound = (min, n, self, port, bytes) =>
  acc(min + 0.0002, `"GET /reviews/0 HTTP/1.1" 200 - via_upstream - "-" 0 ${bytes} ${14 + (n % 9)} ${13 + (n % 9)} "-" "python-requests/2.31.0" "${rid(n)}" "reviews:9080" "${self}:9080" inbound|9080|| 127.0.0.6:${port + 7} ${self}:9080 %IPOF:productpage-v1#0%:${port + 3} outbound_.9080_._.reviews.bookinfo.svc.cluster.local default`);

const liberty = (ver) => [
  'Launching defaultServer (Open Liberty 24.0.0.6/wlp-1.0.90.cl240620240603-1553) on Eclipse OpenJ9 VM, version 11.0.23+9 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ol/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://reviews-' + ver + ':9080/',
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 1.942 seconds.',
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [cdi-4.0, jaxrs-3.1, jaxrsClient-3.1, jndi-1.0, json-1.0, jsonb-3.0, jsonp-2.1].',
  '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 9.118 seconds.',
];
const proxyStart = (min) => [
  `${T.isoMs(min)}\tinfo\tFLAG: --concurrency="2"`,
  `${T.isoMs(min + 0.001)}\tinfo\tVersion 1.23.2-7c7d2d2d0b0a4ae4ff5bb5a6d6a0b1c0b5e11d2e-Clean`,
  `${T.isoMs(min + 0.01)}\tinfo\tsds\tSDS server for workload certificates started, listening on "var/run/secrets/workload-spiffe-uds/socket"`,
  `${T.isoMs(min + 0.02)}\tinfo\tcache\tgenerated new workload certificate\tlatency=118.220914ms ttl=23h59m59.881085911s`,
  `${T.isoMs(min + 0.03)}\tinfo\tads\tADS: new connection for node:sidecar~%PODIP%~%POD%.bookinfo~bookinfo.svc.cluster.local-1`,
  `${T.isoMs(min + 0.05)}\tinfo\tReadiness succeeded in 1.624104318s`,
  `${T.isoMs(min + 0.05)}\tinfo\tEnvoy proxy is ready`,
];

// one request to /reviews/0 every ~40 s per reviews pod; from FAULT on, about half the ratings calls are aborted by
// the reviews pod's own sidecar (the fault filter runs on the client side) and never reach ratings
function reviewsPod(ver, seed, started) {
  const app = liberty(ver);
  const proxy = proxyStart(started);
  let n = seed;
  for (let m = -95; m < -0.2; m += 0.67) {
    n++;
    const aborted = m > FAULT && ((n * 7) % 10) < 5;
    const port = 40000 + ((n * 131) % 20000);
    proxy.push(aborted ? outboundAbort(m, n, '%PODIP%', port) : outboundOk(m, n, '%PODIP%', port));
    proxy.push(inbound(m, n, '%PODIP%', port, aborted ? 295 : 358));
    if (aborted) app.push('Error: unable to contact http://ratings:9080/ratings got status of 500');
  }
  return { app, proxy };
}
const v2 = reviewsPod('v2', 1000, -180 + 0.6);
const v3 = reviewsPod('v3', 5000, -60 * 24 * 11 + 0.6);

const v1proxy = proxyStart(-60 * 24 * 11 + 0.6);
for (let m = -95, n = 9000; m < -0.2; m += 0.67, n++) v1proxy.push(inbound(m, n, '%PODIP%', 40000 + ((n * 131) % 20000), 295));

const ratingsProxy = proxyStart(-60 * 24 * 11 + 0.6);
for (let m = -95, n = 1; m < -0.2; m += 0.335, n++) {
  const aborted = m > FAULT && ((n * 7) % 10) < 5;
  if (aborted) continue;
  ratingsProxy.push(acc(m + 0.0001, `"GET /ratings/0 HTTP/1.1" 200 - via_upstream - "-" 0 48 1 1 "-" "Apache-CXF/3.1.18" "${rid(n + 20000)}" "ratings:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:${50000 + (n % 9000)} %PODIP%:9080 %IPOF:reviews-v${n % 2 ? 2 : 3}#0%:${41000 + (n % 9000)} outbound_.9080_v1_.ratings.bookinfo.svc.cluster.local default`));
}

const productpage = ['INFO:root:start at port 9080', ' * Serving Flask app \'productpage\'', ' * Debug mode: off'];
for (let m = -95, n = 1; m < -0.2; m += 0.223, n++) {
  productpage.push(`INFO:werkzeug:127.0.0.6 - - [${new Date(Date.parse(T.iso(m))).toUTCString().slice(5, 16).replace(/ /g, '/')} ${T.iso(m).slice(11, 19)}] "GET /productpage HTTP/1.1" 200 -`);
}

export const scenarios = [
  bookinfoScenario({
    folder: 's75b-ratings-fault-abort-left-on',
    incidentTime: '2025-08-12T15:10:00Z',
    description: 'bookinfo: star ratings missing on roughly every other page load ("Ratings service is currently unavailable") since about 14:20. ratings + reviews pods all green',
    expected: { component: 'ratings', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'ratings', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'decoy', 'time-expression'],
    workloads: {
      // decoy: reviews-v2 moved from 1.19.1 to 1.20.1 three hours ago, Ready since
      'reviews-v2': {
        rollout: {
          at: -180,
          revision: 3,
          oldContainers: { reviews: { image: 'docker.io/istio/examples-bookinfo-reviews-v2:1.19.1' } },
        },
      },
    },
    events: [],
    logs: {
      'reviews-v2#0/reviews': v2.app,
      'reviews-v2#0/istio-proxy': v2.proxy,
      'reviews-v3#0/reviews': v3.app,
      'reviews-v3#0/istio-proxy': v3.proxy,
      'reviews-v1#0/reviews': liberty('v1'),
      'reviews-v1#0/istio-proxy': v1proxy,
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'ratings-v1#0/istio-proxy': ratingsProxy,
      'productpage-v1#0/productpage': productpage,
    },
    grounding: `
      Fault: during a resilience game day at 14:18 the SRE team applied a copy of Istio's
      samples/bookinfo/networking/virtual-service-ratings-test-abort.yaml with the end-user: jason match removed and
      fault.abort { httpStatus: 500, percentage: 50 } kept, so half of all reviews -> ratings calls are answered by the
      caller's own sidecar with a 500 "fault filter abort" (Istio task "Fault Injection", HTTP abort; Envoy response flag
      FI, details fault_filter_abort) and never reach ratings. VirtualServices are not in the snapshot; the evidence is in
      the reviews-v2/v3 istio-proxy access logs (meshConfig.accessLogFile=/dev/stdout, Istio's default TEXT format) and in
      reviews' LibertyRestEndpoint.getRatings "Error: unable to contact http://ratings:9080/ratings got status of 500";
      reviews degrades to "Ratings service is currently unavailable" and still answers productpage 200, so productpage is
      quiet. ratings-v1 and ratings-v2-mysql stay Running, Ready, 0 restarts, and ratings-v1's inbound access log simply
      shows half the traffic. The path reviews -> ratings refuses half the calls: network-fault on ratings, the mesh
      route configuration (config-error) also accepted.
      Decoy: reviews-v2 rolled from 1.19.1 to 1.20.1 three hours earlier (image only; its ReplicaSets differ only in the
      image), but reviews-v3, not rolled, fails the same way. Deviations: a DestinationRule with subsets v1/v2 (Istio's
      destination-rule-all.yaml) assumed applied; Open Liberty / istio-proxy startup lines abbreviated; reviews-v1 never
      calls ratings.
    `,
  }),
];
