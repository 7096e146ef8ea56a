// Blind dev batch s81b, Bookinfo: productpage rolled with HTTP_PROXY and a NO_PROXY list that does not match short Service names.
// Spec module for scripts/s2-scenario-kit.mjs (built by scripts/s81b-build.mjs); system from scripts/kit-systems/bookinfo.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export const system = base;

const INCIDENT = '2026-06-03T15:26:00Z';
const T = clock(INCIDENT);
const ROLL = -41;
const PROXY = 'http://proxy.corp.internal:3128';
const proxyEnv = [
  { name: 'HTTP_PROXY', value: PROXY },
  { name: 'HTTPS_PROXY', value: PROXY },
  { name: 'NO_PROXY', value: 'localhost,127.0.0.1,.svc,.cluster.local,.corp.internal,169.254.169.254' },
];

// productpage: gunicorn (8 gevent workers) + logging DEBUG with http.client debuglevel 1, as productpage.py sets it.
const gtime = (min) => `[${T.java(min).slice(0, 19)} +0000]`;
const pp = [
  `${gtime(ROLL + 0.9)} [1] [INFO] Starting gunicorn 22.0.0`,
  `${gtime(ROLL + 0.9)} [1] [INFO] Listening at: http://[::]:9080 (1)`,
  `${gtime(ROLL + 0.9)} [1] [INFO] Using worker: gevent`,
  ...[7, 8, 9, 10, 11, 12, 13, 14].map((pid) => `${gtime(ROLL + 0.91)} [1] [INFO] Booting worker with pid: ${pid}`),
];
let rq = 0;
for (let m = ROLL + 1.2; m < -0.2; m += 0.55) {
  const id = `${(0x3f2a91c + rq * 7919).toString(16)}-5b1e-9c4d-a2f7-${String(100000000000 + rq * 104729).slice(0, 12)}`;
  rq++;
  pp.push(`DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): proxy.corp.internal:3128`);
  for (const [path, bytes] of [['details:9080/details/0', 3612], ['reviews:9080/reviews/0', 3618]]) {
    pp.push(`send: b'GET http://${path} HTTP/1.1\\r\\nHost: ${path.split('/')[0]}\\r\\nUser-Agent: python-requests/2.32.3\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nx-request-id: ${id}\\r\\n\\r\\n'`);
    pp.push(`reply: 'HTTP/1.1 503 Service Unavailable\\r\\n'`);
    pp.push('header: Server: squid/5.7');
    pp.push('header: Mime-Version: 1.0');
    pp.push(`header: Date: ${new Date(Date.parse(INCIDENT) + m * 60000).toUTCString()}`);
    pp.push('header: Content-Type: text/html;charset=utf-8');
    pp.push(`header: Content-Length: ${bytes}`);
    pp.push('header: X-Squid-Error: ERR_DNS_FAIL 0');
    pp.push('header: Vary: Accept-Language');
    pp.push('header: Content-Language: en');
    pp.push('header: X-Cache: MISS from egress-proxy-2');
    pp.push('header: Via: 1.1 egress-proxy-2 (squid/5.7)');
    pp.push('header: Connection: keep-alive');
    pp.push(`DEBUG:urllib3.connectionpool:${PROXY} "GET http://${path} HTTP/1.1" 503 ${bytes}`);
  }
}

// details-v1 (WEBrick access log on stderr) and ratings-v1 (one line per request): traffic stops at the rollout.
const wdate = (min) => {
  const d = new Date(Date.parse(INCIDENT) + min * 60000);
  const mon = d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} UTC`;
};
const details = [];
const ratings = [];
for (let m = -58; m < ROLL + 0.4; m += 0.55) {
  details.push(`127.0.0.6 - - [${wdate(m)}] "GET /details/0 HTTP/1.1" 200 178`);
  details.push('- -> /details/0');
  if (Math.floor(-m * 10) % 3 !== 0) ratings.push('GET /ratings/0');
}

export const scenarios = [
  bookinfoScenario({
    folder: 's81b-productpage-no-proxy-short-names',
    description: 'bookinfo: every book shows "product details are currently unavailable" + reviews unavailable since ~14:45. all pods green, no 5xx on the ingress',
    incidentTime: INCIDENT,
    expected: { component: 'productpage', cause: 'config-error' },
    alsoAcceptable: [
      { component: 'productpage', cause: 'bad-deploy-rollout' },
      { component: 'productpage', cause: 'network-fault' },
    ],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'time-expression'],
    workloads: {
      'productpage-v1': {
        rollout: { at: ROLL, revision: 6, oldContainers: { productpage: { env: undefined } } },
        containers: { productpage: { env: proxyEnv } },
        pods: [{ created: T.iso(ROLL + 0.3), containers: { productpage: cs.running(T.iso(ROLL + 0.85)), 'istio-proxy': cs.running(T.iso(ROLL + 0.86)) }, readyTransition: T.iso(ROLL + 0.95) }],
      },
      'reviews-v2': {
        pods: [{ containers: { reviews: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 12), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 12.5) } }) } }],
      },
    },
    events: [
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productpage-v1-%NEW% to 1', first: ROLL },
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productpage-v1-%OLD% to 0 from 1', first: ROLL + 1.1 },
      { on: 'pod:productpage-v1#0', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', first: ROLL + 0.3, source: 'default-scheduler' },
      { on: 'pod:productpage-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', first: ROLL + 0.4, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:productpage-v1#0', reason: 'Created', message: 'Created container istio-init', first: ROLL + 0.41, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:productpage-v1#0', reason: 'Started', message: 'Started container istio-init', first: ROLL + 0.43, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:productpage-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-productpage-v1:1.20.1" already present on machine', first: ROLL + 0.8, fieldPath: 'spec.containers{productpage}' },
      { on: 'pod:productpage-v1#0', reason: 'Created', message: 'Created container productpage', first: ROLL + 0.82, fieldPath: 'spec.containers{productpage}' },
      { on: 'pod:productpage-v1#0', reason: 'Started', message: 'Started container productpage', first: ROLL + 0.85, fieldPath: 'spec.containers{productpage}' },
      { on: 'pod:productpage-v1#0', reason: 'Created', message: 'Created container istio-proxy', first: ROLL + 0.85, fieldPath: 'spec.containers{istio-proxy}' },
      { on: 'pod:productpage-v1#0', reason: 'Started', message: 'Started container istio-proxy', first: ROLL + 0.86, fieldPath: 'spec.containers{istio-proxy}' },
    ],
    logs: {
      'productpage-v1#0/productpage': pp,
      'details-v1#0/details': details,
      'ratings-v1#0/ratings': ratings,
    },
    grounding: `
      Manifests: istio/istio samples/bookinfo (kit system scripts/kit-systems/bookinfo.mjs, sidecar-injected, Istio 1.23).
      productpage.py calls http://details:9080 and http://reviews:9080 with python-requests (timeouts of a few seconds) and turns
      any non-200 into "Sorry, product details are currently unavailable for this book." / "Sorry, product reviews are currently
      unavailable for this book." while still answering 200; it logs at DEBUG with http.client debuglevel 1 (send:/reply:/header:
      lines), run by gunicorn with gevent workers.
      Fault: the storefront team added HTTP_PROXY / HTTPS_PROXY (the corporate squid egress proxy, for a new outbound call) to
      productpage-v1 with NO_PROXY=localhost,127.0.0.1,.svc,.cluster.local,.corp.internal,169.254.169.254. requests honours these
      variables and matches NO_PROXY against the URL's host, and the app uses the short names "details" and "reviews", which match
      none of the suffixes: every backend call goes to the proxy, whose resolver cannot resolve a single-label name and answers 503
      with X-Squid-Error: ERR_DNS_FAIL (the well-known "NO_PROXY must list the short Service names or the cluster CIDR" trap).
      Nothing is rejected at start: productpage and its sidecar are Ready, the page itself answers 200, details and ratings simply
      stop receiving traffic at 14:45 (their request logs end there). Old and new ReplicaSets differ exactly by the three env vars.
      Decoy: reviews-v2 restarted once three days ago (exit 143), unrelated. Expected: productpage config-error (a value it
      reads and does not reject); bad-deploy-rollout and network-fault on productpage are also acceptable.
      Deviations from upstream: the proxy env vars (upstream sets no env on productpage).`,
  }),
];
