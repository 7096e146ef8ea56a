// Blind held-out scenario (batch s26b) for Bookinfo: the kit system definition (bookinfoScenario selectors) and one
// incident, the Google Books API answering 429 to details-v2, so every product page loses its book details.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export const system = base;

const webrick = (T, min, ip, path, status, bytes) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return [`${ip} - - [${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} UTC] "GET ${path} HTTP/1.1" ${status} ${bytes}`, `- -> ${path}`];
};
const envoy = (T, min, method, path, status, flags, recv, sent, dur, ua, authority, upstreamHost, cluster, local, downstream, extra = '-') =>
  `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${status} ${flags} via_upstream - "-" ${recv} ${sent} ${dur} ${dur - 1} "-" "${ua}" "${reqId(min)}" "${authority}" "${upstreamHost}" ${cluster} ${local} ${downstream} ${extra}`;
const reqId = (min) => {
  const x = Math.abs(Math.round(min * 1000)).toString(16).padStart(6, '0');
  return `7c3e${x}-41b2-9a0d-8f5e-2b6d${x}c1a4`;
};

function googleBooks429() {
  const incidentTime = '2026-08-13T10:24:00Z';
  const T = clock(incidentTime);
  const F = -19; // first 429
  const GIP = '142.250.191.106';
  const before = [-48, -41, -35, -27, -22];
  const after = [-18.6, -16.9, -15.2, -13.4, -11.8, -9.9, -8.1, -6.6, -4.7, -3.0, -1.5, -0.6];
  const d2 = [], d2proxy = [], ppProxy = [], pp = [];
  for (const m of before) {
    d2.push(...webrick(T, m, '127.0.0.6', '/details/0', 200, 178));
    d2proxy.push(envoy(T, m - 0.002, 'GET', '/books/v1/volumes?q=isbn:0486424618', 200, '-', 0, 1842, 212, 'Ruby', 'www.googleapis.com', `${GIP}:443`, 'outbound|443||www.googleapis.com', '%PODIP%:40112', `${GIP}:80`, '-'));
    ppProxy.push(envoy(T, m, 'GET', '/details/0', 200, '-', 0, 178, 231, 'python-requests/2.31.0', 'details:9080', '%IPOF:details-v2#0%:9080', 'outbound|9080||details.bookinfo.svc.cluster.local', '%PODIP%:51904', '%SVCIP:details%:9080'));
  }
  for (const m of after) {
    d2.push(...webrick(T, m, '127.0.0.6', '/details/0', 400, 56));
    d2proxy.push(envoy(T, m - 0.002, 'GET', '/books/v1/volumes?q=isbn:0486424618', 429, '-', 0, 497, 38, 'Ruby', 'www.googleapis.com', `${GIP}:443`, 'outbound|443||www.googleapis.com', '%PODIP%:40112', `${GIP}:80`, '-'));
    ppProxy.push(envoy(T, m, 'GET', '/details/0', 400, '-', 0, 56, 61, 'python-requests/2.31.0', 'details:9080', '%IPOF:details-v2#0%:9080', 'outbound|9080||details.bookinfo.svc.cluster.local', '%PODIP%:51904', '%SVCIP:details%:9080'));
    pp.push(`DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 400 56`);
    pp.push(`INFO:werkzeug:127.0.0.6 - - [${T.isoMs(m).slice(0, 19).replace('T', ' ')}] "GET /productpage HTTP/1.1" 200 -`);
  }
  const ppLog = [
    ...before.flatMap((m) => [`DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178`, `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 358`, `INFO:werkzeug:127.0.0.6 - - [${T.isoMs(m).slice(0, 19).replace('T', ' ')}] "GET /productpage HTTP/1.1" 200 -`]),
    ...pp,
  ];
  return bookinfoScenario({
    folder: 's26b-details-google-books-429',
    incidentTime,
    description: 'bookinfo productpage says "Error fetching product details!" on every page for the last 20 min or so. reviews still show',
    expected: { component: 'google-books', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'details', cause: 'external-dependency' }],
    difficulty: 'medium',
    traits: ['external-dependency-failure', 'pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Istio's egress TLS-origination task runs details-v2 (ENABLE_EXTERNAL_BOOK_SERVICE baked into the image,
      DO_NOT_ENCRYPT=true so the sidecar originates TLS to www.googleapis.com:443) and routes all details traffic to it; the
      VirtualService and ServiceEntry are not in the snapshot. details.rb calls
      https://www.googleapis.com/books/v1/volumes?q=isbn:0486424618 without an API key and does json['items'][0]; when Google
      answers 429 RESOURCE_EXHAUSTED (the anonymous per-IP quota, exhausted through the cluster's shared NAT egress IP), the
      body has no items, Ruby raises NoMethodError and the /details handler answers 400 {"error":"undefined method \`[]' for
      nil:NilClass"}; productpage then renders "Error fetching product details!" while reviews and ratings still show. The
      evidence is in details-v2's sidecar access log (outbound|443||www.googleapis.com, 429 since 10:05), its WEBrick access log
      (400 on /details/0) and productpage's urllib3 and sidecar lines (400 from details). All pods Running and Ready. Decoy: a
      reviews-v2 rollout restart at 08:40, healthy. Expected: the external Google Books API (external-dependency on
      google-books); naming details and its failing external call is also acceptable.
    `,
    workloads: {
      'reviews-v2': { rollout: { at: -104, revision: 3 }, patch: { podAnnotations: { ...base.workloads.find((w) => w.name === 'reviews-v2').podAnnotations, 'kubectl.kubernetes.io/restartedAt': T.iso(-104) } } },
      'details-v1': { replicas: 1 },
    },
    events: [
      { on: 'deploy:reviews-v2', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v2-%NEW% to 1', first: -104, source: 'deployment-controller' },
      { on: 'deploy:reviews-v2', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v2-%OLD% to 0 from 1', first: -103.2, source: 'deployment-controller' },
    ],
    logs: {
      'details-v2#0/details': [`[${T.java(-60 * 24 * 9).slice(0, 19)}] INFO  WEBrick 1.6.1`, `[${T.java(-60 * 24 * 9).slice(0, 19)}] INFO  ruby 2.7.6 (2022-04-12) [x86_64-linux]`, `[${T.java(-60 * 24 * 9 + 0.01).slice(0, 19)}] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`, ...d2],
      'details-v2#0/istio-proxy': d2proxy,
      'productpage-v1#0/productpage': ppLog,
      'productpage-v1#0/istio-proxy': ppProxy,
    },
  });
}

export const scenarios = [googleBooks429()];
