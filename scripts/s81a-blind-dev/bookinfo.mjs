// Batch s81a (blind dev): Istio Bookinfo, one scenario — an in-house rebuild of the three reviews versions whose Liberty server.xml
// lost host="*": Liberty listens on 127.0.0.1 only, the sidecar's inbound connect is refused, pods stay Ready (bad-deploy-rollout).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export const system = base;

const INC = '2026-03-26T10:31:00Z';
const T = clock(INC);
const AT = -38;
const NEWTAG = '1.20.1-ol24.0.0.12';
const newImg = (v) => `registry.gitlab.bookinfo.example/community/examples-bookinfo-reviews-${v}:${NEWTAG}`;
const oldImg = (v) => `docker.io/istio/examples-bookinfo-reviews-${v}:1.20.1`;
const V = ['v1', 'v2', 'v3'];
// The pre-rollout reviews pods are gone from the snapshot; their addresses as the access log recorded them.
const OLDIP = { v1: '192.168.40.153', v2: '192.168.72.88', v3: '192.168.8.201' };

const liberty = (min, pod) => [
  'Launching defaultServer (Open Liberty 24.0.0.12/wlp-1.0.96.cl241220241119-1901) on Eclipse OpenJ9 VM, version 17.0.13+11 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ol/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://localhost:9080/',
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 1.873 seconds.',
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [cdi-4.0, jndi-1.0, json-1.0, jsonb-3.0, jsonp-2.1, restfulWS-3.1, restfulWSClient-3.1, servlet-6.0].',
  `[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in ${(4 + (pod.length % 3) * 0.37).toFixed(3)} seconds.`,
];
void liberty;

// Istio's default TEXT access log (meshConfig.accessLogFile=/dev/stdout, SOURCES.md).
const rid = (m, k) => `${(Math.abs(m * 1e5 + k * 7) | 0).toString(16).padStart(8, '0')}-3b7e-9c41-a2d0-${(Math.abs(m * 7919 + k) | 0).toString(16).padStart(12, '0')}`;
const inbound503 = (m, k, reviewsIpKey, ppKey) =>
  `[${T.isoMs(m)}] "GET /reviews/0 HTTP/1.1" 503 UF upstream_reset_before_response_started{remote_connection_failure,delayed_connect_error:_Connection_refused} - "delayed_connect_error:_Connection_refused" 0 145 0 - "-" "python-requests/2.31.0" "${rid(m, k)}" "reviews:9080" "%IPOF:${reviewsIpKey}%:9080" inbound|9080|| - %IPOF:${reviewsIpKey}%:9080 %IPOF:${ppKey}%:${40000 + k * 37} outbound_.9080_._.reviews.bookinfo.svc.cluster.local default`;
const ppLog = [];
const rvLog = { 'reviews-v1': [], 'reviews-v2': [], 'reviews-v3': [] };
let k = 0;
for (let m = -60; m < -0.4; m += 1.3) {
  k++;
  const before = m < AT + 1.5;
  ppLog.push(`[${T.isoMs(m)}] "GET /productpage HTTP/1.1" 200 - via_upstream - "-" 0 ${before ? 5293 : 4183} ${before ? 61 : 84} ${before ? 60 : 83} "10.0.${k % 4}.${20 + (k % 9)}" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15" "${rid(m, k)}" "bookinfo.example.com" "%IPOF:productpage-v1#0%:9080" inbound|9080|| 127.0.0.6:${48000 + k} %IPOF:productpage-v1#0%:9080 10.0.${k % 4}.${20 + (k % 9)}:0 outbound_.9080_._.productpage.bookinfo.svc.cluster.local default`);
  ppLog.push(`[${T.isoMs(m + 0.001)}] "GET /details/0 HTTP/1.1" 200 - via_upstream - "-" 0 178 4 3 "-" "python-requests/2.31.0" "${rid(m, k)}" "details:9080" "%IPOF:details-v2#0%:9080" outbound|9080||details.bookinfo.svc.cluster.local %IPOF:productpage-v1#0%:${52000 + k} %SVCIP:details%:9080 %IPOF:productpage-v1#0%:${41000 + k} - default`);
  if (before) {
    const v = V[k % 3];
    ppLog.push(`[${T.isoMs(m + 0.002)}] "GET /reviews/0 HTTP/1.1" 200 - via_upstream - "-" 0 ${v === 'v1' ? 358 : 437} ${v === 'v1' ? 12 : 27} ${v === 'v1' ? 11 : 26} "-" "python-requests/2.31.0" "${rid(m, k)}" "reviews:9080" "${OLDIP[v]}:9080" outbound|9080||reviews.bookinfo.svc.cluster.local %IPOF:productpage-v1#0%:${53000 + k} %SVCIP:reviews%:9080 %IPOF:productpage-v1#0%:${42000 + k} - default`);
  } else {
    for (let a = 0; a < 2; a++) {
      // productpage's getProductReviews tries twice; each try is one outbound request that Envoy retries (attempts 2) before URX.
      ppLog.push(`[${T.isoMs(m + 0.002 + a * 0.0004)}] "GET /reviews/0 HTTP/1.1" 503 URX via_upstream - "-" 0 145 ${5 + a} ${4 + a} "-" "python-requests/2.31.0" "${rid(m, k + a)}" "reviews:9080" "%IPOF:reviews-${V[(k + a) % 3]}#0%:9080" outbound|9080||reviews.bookinfo.svc.cluster.local %IPOF:productpage-v1#0%:${53000 + k + a} %SVCIP:reviews%:9080 %IPOF:productpage-v1#0%:${42000 + k + a} - default`);
      for (let r = 0; r < 3; r++) {
        const v = V[(k + a + r) % 3];
        rvLog[`reviews-${v}`].push(inbound503(m + 0.002 + a * 0.0004 + r * 0.00003, k * 10 + a * 3 + r, `reviews-${v}#0`, 'productpage-v1#0'));
      }
    }
  }
}

const workloads = {};
const events = [];
for (const v of V) {
  workloads[`reviews-${v}`] = {
    rollout: { at: AT + V.indexOf(v) * 0.7, revision: 3, oldContainers: { reviews: { image: oldImg(v) } } },
    containers: { reviews: { image: newImg(v) } },
  };
  const at = AT + V.indexOf(v) * 0.7;
  events.push(
    { on: `deploy:reviews-${v}`, reason: 'ScalingReplicaSet', message: `Scaled up replica set reviews-${v}-%NEW% from 0 to 1`, first: at, last: at },
    { on: `deploy:reviews-${v}`, reason: 'ScalingReplicaSet', message: `Scaled down replica set reviews-${v}-%OLD% from 1 to 0`, first: at + 0.9, last: at + 0.9 },
    { on: `pod:reviews-${v}#0`, source: 'default-scheduler', reason: 'Scheduled', message: `Successfully assigned bookinfo/%POD% to %NODE%`, first: at + 0.52, last: at + 0.52 },
    { on: `pod:reviews-${v}#0`, fieldPath: 'spec.containers{reviews}', reason: 'Pulled', message: `Successfully pulled image "${newImg(v)}" in 6.208s (6.208s including waiting). Image size: 291734588 bytes.`, first: at + 0.62, last: at + 0.62 },
  );
}
workloads['ratings-v2-mysql'] = {
  pods: [
    {
      containers: {
        ratings: cs.restartedRunning({
          restarts: 2,
          startedAt: T.iso(-60 * 24 * 4 + 0.6),
          last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 4 + 0.3), finishedAt: T.iso(-60 * 24 * 4 + 0.5) },
        }),
      },
    },
  ],
};

const logs = {
  'productpage-v1#0/istio-proxy': ppLog,
  'productpage-v1#0/productpage': [
    `[${T.go(-60 * 24 * 9 + 0.4).replace(/\//g, '-')} +0000] [1] [INFO] Starting gunicorn 22.0.0`,
    `[${T.go(-60 * 24 * 9 + 0.4).replace(/\//g, '-')} +0000] [1] [INFO] Listening at: http://[::]:9080 (1)`,
    `[${T.go(-60 * 24 * 9 + 0.4).replace(/\//g, '-')} +0000] [1] [INFO] Using worker: gevent`,
    ...Array.from({ length: 8 }, (_, i) => `[${T.go(-60 * 24 * 9 + 0.41).replace(/\//g, '-')} +0000] [${8 + i}] [INFO] Booting worker with pid: ${8 + i}`),
  ],
};
for (const v of V) {
  logs[`reviews-${v}#0/reviews`] = liberty(AT, v).map((l) => l);
  logs[`reviews-${v}#0/istio-proxy`] = rvLog[`reviews-${v}`];
}

export const scenarios = [
  bookinfoScenario({
    folder: 's81a-reviews-liberty-localhost',
    incidentTime: INC,
    description: 'book pages say "Sorry, product reviews are currently unavailable for this book" for everyone since ~09:55. details still load. community team owns reviews iirc',
    expected: { component: 'reviews', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'reviews', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'team-name', 'time-expression', 'partial-name'],
    grounding: `
      Manifest facts (istio/istio samples/bookinfo, SOURCES.md): reviews-v1/v2/v3 (Open Liberty, port 9080, no probes) behind one Service 'reviews'
      (selector app=reviews), sidecar-injected (Istio 1.23); upstream src/reviews/reviews-wlpcfg/servers/LibertyProjectServer/server.xml declares
      <httpEndpoint host="*" httpPort="9080" .../>; productpage (Python, requests) tries reviews twice and renders "Sorry, product reviews are currently
      unavailable for this book." with a 200 page when both fail.
      Fault: the community team rebuilt the three reviews images on Open Liberty 24.0.0.12 with a regenerated server.xml that dropped host="*".
      Liberty's httpEndpoint host defaults to localhost (Open Liberty docs, httpEndpoint), so it listens on 127.0.0.1:9080 only (its AUDIT line shows
      "Web application available (default_host): http://localhost:9080/"). Since Istio 1.10 the sidecar forwards inbound traffic to the pod IP, not to
      localhost (Istio blog "Upcoming networking changes in Istio 1.10": applications bound to localhost become unreachable), so every inbound request
      ends in UF/connection refused in the reviews sidecars, Envoy's retries all land on rebuilt pods, and productpage's sidecar logs 503 URX.
      All pods are Running and Ready (only istio-proxy has a readiness probe). Each reviews ReplicaSet pair differs only by the image.
      Deviations from upstream: the in-house images and registry; mesh access logging to stdout. Decoy: ratings-v2-mysql restarted twice four days ago
      (it started before mysqldb and exited), healthy since.
    `,
    workloads,
    events,
    logs,
  }),
];
