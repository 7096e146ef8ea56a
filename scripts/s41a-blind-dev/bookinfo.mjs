// Batch s41a (blind dev): one Bookinfo incident, built by scripts/s41a-build.mjs with the kit and the kit system definition
// scripts/kit-systems/bookinfo.mjs reduced to details-v2 (external book service), ratings-v1, reviews v1-v3 and productpage.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

const DROP = ['details-v1', 'ratings-v2-mysql', 'mysqldb-v1'];
export const system = {
  ...base,
  workloads: base.workloads
    .filter((w) => !DROP.includes(w.name))
    .map((w) => (w.name === 'ratings-v1' ? { ...w, service: { name: 'ratings', ports: [{ name: 'http', port: 9080, targetPort: 9080 }] } } : w)),
};

const T = clock('2026-07-08T09:31:00Z');
const GIP = '142.250.191.74';
const webrickTime = (min) => {
  const d = new Date(Date.parse(T.iso(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${String(d.getUTCDate()).padStart(2, '0')}/${mon}/${d.getUTCFullYear()}:${T.hm(min)}:${String(d.getUTCSeconds()).padStart(2, '0')} UTC`;
};
const reqId = (i) => { const h = ((i * 2246822519) >>> 0).toString(16).padStart(8, '0'); return `${h}-${h.slice(2, 6)}-9${h.slice(5, 8)}-a${h.slice(1, 4)}-${h.slice(0, 6)}${h}`; };
const ERR_BODY = '{"error":"undefined method `[]\' for nil:NilClass"}';
const OK_BODY_LEN = 182;
const ticks = [];
for (let m = -44; m < -0.3; m += 0.83) ticks.push(Number(m.toFixed(3)));
const FAULT = -29;

const detailsLog = [
  `[${T.java(-60 * 24 * 9 + 0.5).slice(0, 19)}] INFO  WEBrick 1.6.0`,
  `[${T.java(-60 * 24 * 9 + 0.5).slice(0, 19)}] INFO  ruby 2.7.1 (2020-03-31) [x86_64-linux]`,
  `[${T.java(-60 * 24 * 9 + 0.5).slice(0, 19)}] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`,
];
const detailsEnvoy = [];
const ppLog = [];
ticks.forEach((m, i) => {
  const bad = m >= FAULT;
  const status = bad ? 400 : 200;
  const len = bad ? ERR_BODY.length : OK_BODY_LEN;
  detailsLog.push(`127.0.0.6 - - [${webrickTime(m)}] "GET /details/0 HTTP/1.1" ${status} ${len}`, '- -> /details/0');
  detailsEnvoy.push(
    `[${T.isoMs(m)}] "GET /books/v1/volumes?q=isbn:0486424618 HTTP/1.1" ${bad ? 429 : 200} - via_upstream - "-" 0 ${bad ? 412 : 2117} ${bad ? 41 : 187} ${bad ? 40 : 186} "-" "Ruby" "${reqId(i)}" "www.googleapis.com" "${GIP}:443" outbound|80||www.googleapis.com %PODIP%:${41200 + (i * 37) % 900} ${GIP}:80 %PODIP%:${52000 + (i * 53) % 3000} - default`,
  );
  ppLog.push(
    'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080',
    `send: b'GET /details/0 HTTP/1.1\\r\\nHost: details:9080\\r\\nUser-Agent: python-requests/2.31.0\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nx-request-id: ${reqId(i)}\\r\\n\\r\\n'`,
    `reply: 'HTTP/1.1 ${bad ? '400 Bad Request' : '200 OK'}\\r\\n'`,
    'header: content-type: application/json',
    `header: content-length: ${len}`,
    'header: server: envoy',
    `header: x-envoy-upstream-service-time: ${bad ? 44 : 191}`,
    `DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" ${status} ${len}`,
    'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080',
    `send: b'GET /reviews/0 HTTP/1.1\\r\\nHost: reviews:9080\\r\\nUser-Agent: python-requests/2.31.0\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nx-request-id: ${reqId(i)}\\r\\n\\r\\n'`,
    "reply: 'HTTP/1.1 200 OK\\r\\n'",
    'header: content-type: application/json',
    `header: x-envoy-upstream-service-time: ${28 + (i % 17)}`,
    `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${i % 3 === 0 ? 358 : 437}`,
  );
});
const ppEnvoy = ticks.map((m, i) =>
  `[${T.isoMs(m - 0.001)}] "GET /productpage HTTP/1.1" 200 - via_upstream - "-" 0 ${m >= FAULT ? 4102 : 5293} ${m >= FAULT ? 71 : 236} ${m >= FAULT ? 70 : 235} "10.0.4.${(i * 7) % 200 + 20}" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36" "${reqId(i)}" "bookinfo.example.com" "%PODIP%:9080" inbound|9080|| 127.0.0.6:${40100 + (i * 71) % 900} %PODIP%:9080 10.0.4.${(i * 7) % 200 + 20}:0 outbound_.9080_._.productpage.bookinfo.svc.cluster.local default`);

export const scenarios = [
  bookinfoScenario({
    folder: 's41a-details-google-books-quota',
    incidentTime: '2026-07-08T09:31:00Z',
    description: 'bookinfo product page shows "Sorry, product details are currently unavailable for this book" since about 9:00, reviews still show',
    expected: { component: 'google-books', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'details', cause: 'external-dependency' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'external-dependency-failure', 'time-expression', 'decoy'],
    grounding: `
      Manifest and source facts (istio/istio samples/bookinfo): details-v2 (bookinfo-details-v2.yaml, image built with
      ENABLE_EXTERNAL_BOOK_SERVICE=true, DO_NOT_ENCRYPT=true so the mesh originates TLS to www.googleapis.com through a
      ServiceEntry/DestinationRule as in the egress TLS-origination task) answers every /details/<id> with
      fetch_details_from_external_service: a GET of https://www.googleapis.com/books/v1/volumes?q=isbn:0486424618 whose
      JSON it indexes as json['items'][0] without checking the status. The Books API's unauthenticated per-day quota is
      counted per caller IP; all egress of this EKS cluster leaves through one NAT gateway, and since 09:02 Google answers
      429 RESOURCE_EXHAUSTED ("Quota exceeded for quota metric 'Queries' and limit 'Queries per day'"), so json['items'] is
      nil and details' rescue returns 400 {"error":"undefined method \`[]' for nil:NilClass"} (WEBrick access log), which
      productpage turns into "Sorry, product details are currently unavailable for this book." (its http.client debug
      lines show the 400). The 429 itself is visible only in details' istio-proxy access log (outbound|80||www.googleapis.com).
      Every pod stays Ready, no restarts. Deviations: details-v1, ratings-v2-mysql and mysqldb are not deployed (traffic
      to details goes to v2 only, ratings is v1); Istio access logging is on (meshConfig accessLogFile /dev/stdout).
      Decoys: a healthy ratings-v1 rollout 75 minutes earlier, an old reviews-v3 restart.`,
    workloads: {
      'ratings-v1': { serviceSelector: { app: 'ratings' }, rollout: { at: -75, oldContainers: { ratings: { image: 'docker.io/istio/examples-bookinfo-ratings-v1:1.20.0' } } } },
      'reviews-v3': {
        pods: [{ containers: { reviews: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 27), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 6), finishedAt: T.iso(-60 * 27) } }) } }],
      },
    },
    events: [
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-v1-%NEW% to 1', first: -75, last: -75 },
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-v1-%OLD% to 0 from 1', first: -74.3, last: -74.3 },
    ],
    logs: {
      'details-v2#0/details': detailsLog,
      'details-v2#0/istio-proxy': detailsEnvoy,
      'productpage-v1#0/productpage': ppLog,
      'productpage-v1#0/istio-proxy': ppEnvoy,
      'ratings-v1#0/ratings': [`Server listening on: http://0.0.0.0:9080`],
    },
  }),
];
