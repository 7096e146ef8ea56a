// Blind dev batch s65a, Istio Bookinfo: one scenario spec for the scenario kit on scripts/kit-systems/bookinfo.mjs
// (through bookinfoScenario for the upstream app-only Service selectors); built by scripts/s65a-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const T = clock('2026-04-21T14:38:00Z');
const ROLLOUT = -34;
const FLOOD = 40;
const httpDate = (min) => new Date(Date.parse(T.iso(min))).toUTCString();
const gunicorn = (min, pid, lvl, msg) => `[${T.java(min).slice(0, 19)} +0000] [${pid}] [${lvl}] ${msg}`;

// productpage.py: logging.basicConfig(stream=sys.stdout, level=DEBUG) and http.client debuglevel=1, so every backend call
// prints urllib3's DEBUG lines and http.client's send/reply/header lines.
let trace = 0x5c1e;
const call = (min, host, path, status, len, upstreamMs, ua) => {
  trace += 7;
  const tid = `7d3a${trace.toString(16)}e91b04c2f6a8d7`;
  const lines = [
    `DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): ${host}:9080`,
    `send: b'GET ${path} HTTP/1.1\\r\\nHost: ${host}:9080\\r\\nuser-agent: ${ua}\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nx-b3-traceid: ${tid}\\r\\nx-b3-parentspanid: ${tid.slice(0, 16)}\\r\\nx-b3-spanid: ${tid.slice(16)}${trace.toString(16)}\\r\\nx-b3-sampled: 1\\r\\nx-request-id: 3f9c1d2e-${trace.toString(16)}-4b7a-9e0d-6c2a81f4b5e3\\r\\n\\r\\n'`,
  ];
  if (status === null) return lines; // read timed out after 3 s: requests raises, productpage swallows it
  lines.push(
    `reply: 'HTTP/1.1 ${status} ${status === 200 ? 'OK' : 'Service Unavailable'}\\r\\n'`,
    `header: content-type: application/json`,
    `header: date: ${httpDate(min)}`,
    `header: content-length: ${len}`,
    `header: x-envoy-upstream-service-time: ${upstreamMs}`,
    `header: server: envoy`,
    `DEBUG:urllib3.connectionpool:http://${host}:9080 "GET ${path} HTTP/1.1" ${status} ${len}`,
  );
  return lines;
};
const UA = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const productLog = [
  gunicorn(ROLLOUT + 0.9, 1, 'INFO', 'Starting gunicorn 21.2.0'),
  gunicorn(ROLLOUT + 0.9, 1, 'INFO', 'Listening at: http://[::]:9080 (1)'),
  gunicorn(ROLLOUT + 0.9, 1, 'INFO', 'Using worker: gevent'),
  ...[8, 9, 10, 11, 12, 13, 14, 15].map((pid) => gunicorn(ROLLOUT + 0.92, pid, 'INFO', `Booting worker with pid: ${pid}`)),
];
// A handful of page views over the incident: details once, FLOOD throw-away reviews calls, then the real reviews call.
const pages = [ROLLOUT + 2.5, ROLLOUT + 9.2, -19.6, -11.3, -4.1, -1.2];
pages.forEach((start, p) => {
  let m = start;
  productLog.push(...call(m, 'details', '/details/0', 200, 178, 3, UA));
  // reviews latency climbs as the flood saturates the three Liberty pods (v2/v3 also call ratings per request).
  const base = p === 0 ? 60 : p === 1 ? 240 : 480 + p * 70;
  for (let i = 0; i <= FLOOD; i++) {
    const ms = base + ((i * 37 + p * 11) % 160);
    const timedOut = p >= 2 && (i * 13 + p) % 11 === 0;
    m += (timedOut ? 3000 : ms) / 60000;
    const len = [295, 358, 358][(i + p) % 3];
    productLog.push(...call(m, 'reviews', '/reviews/0', timedOut ? null : 200, len, ms, UA));
  }
});

const libertyStart = () => [
  `Launching defaultServer (Open Liberty 24.0.0.6/wlp-1.0.90.cl240620240603-2001) on Eclipse OpenJ9 VM, version 17.0.11+9 (en_US)`,
  `[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.`,
  `[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ol/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml`,
  `[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.`,
  `[AUDIT   ] CWWKT0016I: Web application available (default_host): http://%POD%:9080/`,
  `[AUDIT   ] CWWKZ0001I: Application reviews-app started in 2.471 seconds.`,
  `[AUDIT   ] CWWKF0012I: The server installed the following features: [cdi-4.0, jsonb-3.0, jsonp-2.1, restfulWS-3.1, restfulWSClient-3.1, servlet-6.0].`,
  `[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 5.813 seconds.`,
];

export const scenarios = [
  bookinfoScenario({
    folder: 's65a-productpage-flood-factor',
    description: 'bookinfo product page takes 15-20s to load since just after 2pm, sometimes "reviews currently unavailable". details bit loads fine',
    incidentTime: '2026-04-21T14:38:00Z',
    expected: { component: 'productpage', cause: 'config-error' },
    alsoAcceptable: [{ component: 'productpage', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'time-expression', 'decoy'],
    grounding: `
      Fault: productpage-v1 was re-rolled at 14:04 with one new env var, FLOOD_FACTOR=40, copied from a rate-limiting
      test overlay. productpage.py (istio/istio samples/bookinfo/src/productpage) reads it at import
      (flood_factor = int(os.environ.get("FLOOD_FACTOR"))) and, when > 0, floodReviews() sends flood_factor extra
      GET /reviews/0 calls per /productpage view "to demonstrate Istio rate limiting"; the Dockerfile exposes the same
      knob as the flood_factor build arg. The value is valid, so nothing rejects it: the pod starts, /health keeps
      answering and the Deployment is Ready. The throw-away calls are blocking requests.get calls inside asyncio
      coroutines, so they run one after another before the real reviews call: each page now waits for 41 sequential
      reviews round trips (each of which calls ratings on v2/v3), reviews latency climbs as its three Liberty pods take 41
      times the traffic, pages take 15-20 s and some reviews calls pass the 3 s timeout (getProductReviews then renders
      "Sorry, product reviews are currently unavailable for this book.").
      What the snapshot shows: the productpage ReplicaSets differ exactly by FLOOD_FACTOR; productpage's own DEBUG log
      (logging.basicConfig at DEBUG plus http.client debuglevel=1, as upstream) shows one details call followed by 41
      reviews calls per page with x-envoy-upstream-service-time growing from ~60 ms to ~1 s, and requests that never got
      a reply (read timeouts are swallowed by a bare except). reviews and ratings log nothing per request; Istio access
      logs are off (mesh default), so no component is loud. gunicorn with gevent workers as the current productpage image runs it.
      Decoy: details-v1 had a benign rollout two hours earlier (image 1.20.1 -> 1.20.2), and details is fine.
      Deviations from upstream: the FLOOD_FACTOR env (upstream leaves it unset, 0); the details-v1 tag bump.
    `,
    workloads: {
      'productpage-v1': {
        containers: { productpage: { env: [{ name: 'FLOOD_FACTOR', value: String(FLOOD) }] } },
        rollout: { at: ROLLOUT, revision: 6, oldContainers: { productpage: { env: undefined } } },
        endpointsChanged: ROLLOUT + 1,
      },
      'details-v1': {
        containers: { details: { image: 'docker.io/istio/examples-bookinfo-details-v1:1.20.2' } },
        rollout: { at: -131, revision: 3, oldContainers: { details: { image: 'docker.io/istio/examples-bookinfo-details-v1:1.20.1' } } },
        endpointsChanged: -130,
      },
    },
    events: [
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productpage-v1-%NEW% to 1', first: ROLLOUT },
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productpage-v1-%OLD% to 0 from 1', first: ROLLOUT + 1.2 },
      { on: 'rs:productpage-v1', reason: 'SuccessfulCreate', message: 'Created pod: productpage-v1-%RS%', first: ROLLOUT },
      { on: 'pod:productpage-v1#0', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', first: ROLLOUT + 0.5, source: 'default-scheduler' },
      { on: 'pod:productpage-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', first: ROLLOUT + 0.5, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:productpage-v1#0', reason: 'Created', message: 'Created container istio-init', first: ROLLOUT + 0.5, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:productpage-v1#0', reason: 'Started', message: 'Started container istio-init', first: ROLLOUT + 0.55, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:productpage-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-productpage-v1:1.20.1" already present on machine', first: ROLLOUT + 0.6, fieldPath: 'spec.containers{productpage}' },
      { on: 'pod:productpage-v1#0', reason: 'Created', message: 'Created container productpage', first: ROLLOUT + 0.6, fieldPath: 'spec.containers{productpage}' },
      { on: 'pod:productpage-v1#0', reason: 'Started', message: 'Started container productpage', first: ROLLOUT + 0.62, fieldPath: 'spec.containers{productpage}' },
      { on: 'pod:productpage-v1#0', reason: 'Created', message: 'Created container istio-proxy', first: ROLLOUT + 0.62, fieldPath: 'spec.containers{istio-proxy}' },
      { on: 'pod:productpage-v1#0', reason: 'Started', message: 'Started container istio-proxy', first: ROLLOUT + 0.65, fieldPath: 'spec.containers{istio-proxy}' },
    ],
    logs: {
      'productpage-v1#0/productpage': productLog,
      'reviews-v2#0/reviews': libertyStart(),
      'reviews-v3#0/reviews': libertyStart(),
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'details-v1#0/details': [
        `[${T.java(-130.4).slice(0, 19)}] INFO  WEBrick 1.8.1`,
        `[${T.java(-130.4).slice(0, 19)}] INFO  ruby 3.3.1 (2024-04-23) [x86_64-linux]`,
        `[${T.java(-130.4).slice(0, 19)}] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`,
      ],
    },
  }),
];
