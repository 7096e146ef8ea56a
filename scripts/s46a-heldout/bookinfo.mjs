// Batch s46a held-out scenario for Istio Bookinfo (split: test), written blind; built by scripts/s46a-build.mjs with the kit and
// the kit system definition scripts/kit-systems/bookinfo.mjs reduced to the workloads bookinfo.yaml deploys.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/bookinfo.mjs';

const HTTP = { ports: [{ name: 'http', port: 9080, targetPort: 9080 }] };
const KEEP = ['details-v1', 'ratings-v1', 'reviews-v1', 'reviews-v2', 'reviews-v3', 'productpage-v1'];
// bookinfo.yaml: details-v1 and ratings-v1 own the details and ratings Services.
const own = { 'details-v1': { name: 'details', ...HTTP }, 'ratings-v1': { name: 'ratings', ...HTTP } };
export const system = {
  ...base,
  workloads: base.workloads.filter((w) => KEEP.includes(w.name)).map((w) => (own[w.name] ? { ...w, service: own[w.name] } : w)),
};
const SELECT = { 'details-v1': 'details', 'ratings-v1': 'ratings', 'reviews-v3': 'reviews', 'productpage-v1': 'productpage' };
const selectors = () => Object.fromEntries(Object.entries(SELECT).map(([w, app]) => [w, { serviceSelector: { app } }]));

const T = clock('2026-07-08T09:15:00Z');
const N = base.nodes.map((n) => n.name);
const ratingsApp = system.workloads.find((w) => w.name === 'ratings-v1');

const TLS = 'TLS_error:|268435703:SSL routines:OPENSSL_internal:WRONG_VERSION_NUMBER:TLS_error_end';
const envoy503 = (min, rid, id, port) =>
  `[${T.isoMs(min)}] "GET /ratings/${id} HTTP/1.1" 503 UF upstream_reset_before_response_started{remote_connection_failure|${TLS.replaceAll(' ', '_')}} - "${TLS}" 0 190 ${3 + (port % 4)} - "-" "Apache-CXF/3.1.18" "${rid}" "ratings:9080" "%IPOF:ratings-v1#0%:9080" outbound|9080||ratings.bookinfo.svc.cluster.local - %SVCIP:ratings%:9080 %PODIP%:${port} - default`;
const envoyIn = (min, rid, code, bytes) =>
  `[${T.isoMs(min)}] "GET /reviews/0 HTTP/1.1" ${code} - via_upstream - "-" 0 ${bytes} ${18 + (bytes % 9)} ${17 + (bytes % 9)} "-" "python-requests/2.32.3" "${rid}" "reviews:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:${40000 + (bytes % 997)} %PODIP%:9080 %IPOF:productpage-v1#0%:${52000 + (bytes % 311)} outbound_.9080_._.reviews.bookinfo.svc.cluster.local default`;
const okRatings = (min, rid, port) =>
  `[${T.isoMs(min)}] "GET /ratings/0 HTTP/1.1" 200 - via_upstream - "-" 0 48 2 2 "-" "Apache-CXF/3.1.18" "${rid}" "ratings:9080" "192.168.44.203:9080" outbound|9080||ratings.bookinfo.svc.cluster.local %PODIP%:${port} %SVCIP:ratings%:9080 %PODIP%:${port + 7} - default`;

const rid = (i) => `${(0x5d2f0c41 + i * 104729).toString(16)}-${(0x1a2b + i * 13).toString(16)}-9f3e-b7c1-${(0x4e8a0d21c3f7 + i * 7919).toString(16)}`;
const liberty = (started) => [
  'Launching defaultServer (Open Liberty 24.0.0.1/wlp-1.0.84.cl240120240115-1800) on Eclipse OpenJ9 VM, version 17.0.9+9 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ol/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://%POD%:9080/',
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 2.412 seconds.',
  `[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in ${started} seconds.`,
];
const reviewsLogs = (seed) => {
  const app = liberty(seed ? '7.904' : '8.117');
  const proxy = [];
  // before the ratings pod was replaced: ratings calls succeed (the old pod's address is gone from the snapshot)
  [-41, -36.5, -31.2].forEach((m, i) => proxy.push(okRatings(m + seed * 0.3, rid(i + seed * 50), 47210 + i * 3 + seed)));
  for (let m = -26.4 + seed * 0.7, i = 0; m < -0.3; m += 1.9, i++) {
    app.push('Error: unable to contact http://ratings:9080/ratings got status of 503');
    proxy.push(envoy503(m, rid(100 + i + seed * 50), i % 6, 51200 + i * 5 + seed));
    proxy.push(envoyIn(m + 0.0005, rid(100 + i + seed * 50), 200, 358 + i));
  }
  return { app, proxy };
};
const r2 = reviewsLogs(0);
const r3 = reviewsLogs(1);

export const scenarios = [
  {
    folder: 's46a-ratings-pod-without-sidecar',
    split: 'test',
    incidentTime: '2026-07-08T09:15:00Z',
    description: "every book page says 'Ratings service is currently unavailable' — started this morning, productpage itself loads",
    expected: { component: 'ratings', cause: 'network-fault' },
    difficulty: 'hard',
    traits: ['pods-ready', 'tls-misconfig', 'callers-only', 'decoy'],
    grounding: `
      Manifest facts (istio/istio samples/bookinfo/platform/kube/bookinfo.yaml 1.20.1, kit system definition, sidecars from Istio 1.23
      injection): ratings-v1 (Node.js, port 9080) owns Service ratings; reviews-v2 and -v3 (Open Liberty) call http://ratings:9080/ratings
      and print "Error: unable to contact http://ratings:9080/ratings got status of <code>" (LibertyRestEndpoint), returning the
      "Ratings service is currently unavailable" text productpage shows. The mesh applies samples/bookinfo/networking/
      destination-rule-all-mtls.yaml (trafficPolicy tls.mode ISTIO_MUTUAL for every Bookinfo host). Fault: during a canary Istio
      upgrade the namespace's istio-injection=enabled label was swapped for istio.io/rev=1-24 before that revision's injector was
      installed, so pods created since get no sidecar. The ratings-v1 pod, deleted by hand at 08:48 while chasing a slow page, came
      back without istio-init/istio-proxy (1/1 containers, no sidecar.istio.io/status annotation) while every other pod keeps its
      2/2. The pod is Running and Ready and logs only its start line. Client sidecars still originate mTLS to it: the plaintext
      Node server answers the ClientHello with HTTP, and Envoy reports 503 UF with the real BoringSSL text "WRONG_VERSION_NUMBER" in
      the reviews-v2/-v3 istio-proxy access logs (Istio default TEXT access-log format). A classic real Istio incident (sidecar missing
      on a server under an ISTIO_MUTUAL DestinationRule; istio.io docs "Troubleshooting: 503 errors after setting destination rule").
      Decoy: reviews-v1 restarted once three days ago. Expected: ratings, network-fault (TLS between the mesh and its sidecar-less pod).
    `,
    workloads: {
      ...selectors(),
      'ratings-v1': {
        serviceSelector: { app: 'ratings' },
        patch: { initContainers: undefined, volumes: undefined, podAnnotations: undefined, containers: [ratingsApp.containers[0]] },
        pods: [{ created: T.iso(-26.8), node: N[2] }],
        endpointsChanged: -26.5,
      },
      'reviews-v1': {
        pods: [{
          containers: {
            reviews: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }),
          },
        }],
      },
    },
    events: [
      { on: 'pod:ratings-v1#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bookinfo/%POD% to %NODE%', first: -26.8, last: -26.8 },
      { on: 'pod:ratings-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-ratings-v1:1.20.1" already present on machine', first: -26.7, last: -26.7 },
      { on: 'pod:ratings-v1#0', reason: 'Created', message: 'Created container ratings', first: -26.7, last: -26.7 },
      { on: 'pod:ratings-v1#0', reason: 'Started', message: 'Started container ratings', first: -26.7, last: -26.7 },
    ],
    logs: {
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'reviews-v2#0/reviews': r2.app,
      'reviews-v2#0/istio-proxy': r2.proxy,
      'reviews-v3#0/reviews': r3.app,
      'reviews-v3#0/istio-proxy': r3.proxy,
    },
  },
];
