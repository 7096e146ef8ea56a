// Blind dev batch s65c: one Istio Bookinfo scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// details-v2 fails because the anonymous Google Books API quota is exhausted (HTTP 429); built by scripts/s65c-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const INCIDENT = '2026-05-19T15:20:00Z';
const T = clock(INCIDENT);
const ISBN = '0486424618';

// WEBrick's default access log: common log format then the referer line.
const webrick = (min, status, bytes) => {
  const iso = T.iso(min);
  const [date, time] = iso.slice(0, 19).split('T');
  const [Y, M, D] = date.split('-');
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(M) - 1];
  return [`127.0.0.6 - - [${D}/${mon}/${Y}:${time} UTC] "GET /details/0 HTTP/1.1" ${status} ${bytes}`, '- -> /details/0'];
};
const webrickBoot = (min) => {
  const ts = T.iso(min).slice(0, 19).replace('T', ' ');
  return [`[${ts}] INFO  WEBrick 1.6.0`, `[${ts}] INFO  ruby 2.7.1 (2020-03-31) [x86_64-linux]`, `[${ts}] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`];
};

const rid = (n) => `${(0x3f0c2a17 + n * 7919).toString(16)}-9b1e-4d6f-a2c3-${(0x5e81d4c09a7b + n * 104729).toString(16).slice(0, 12)}`;

// Istio's default TEXT access log (meshConfig.accessLogFile=/dev/stdout): outbound to the ServiceEntry, inbound from productpage.
const outbound = (min, n, code, bytes, dur) =>
  `[${T.isoMs(min)}] "GET /books/v1/volumes?q=isbn:${ISBN} HTTP/1.1" ${code} - via_upstream - "-" 0 ${bytes} ${dur} ${dur - 1} "-" "Ruby" "${rid(n)}" "www.googleapis.com" "142.250.74.74:443" outbound|443||www.googleapis.com %PODIP%:${40112 + n * 3} 142.250.74.74:80 %PODIP%:${52340 + n * 5} - -`;
const inbound = (min, n, code, bytes, dur) =>
  `[${T.isoMs(min)}] "GET /details/0 HTTP/1.1" ${code} - via_upstream - "-" 0 ${bytes} ${dur} ${dur - 1} "-" "python-requests/2.31.0" "${rid(n)}" "details:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:${45120 + n * 7} %PODIP%:9080 %IPOF:productpage-v1#0%:${38010 + n * 11} outbound_.9080_.v2_.details.bookinfo.svc.cluster.local default`;

// productpage sets http.client's debuglevel to 1, so every call to details/reviews prints send/reply/header lines on stdout.
const ppCall = (min, n, path, status, reason, len, upstream) => [
  `send: b'GET /${path} HTTP/1.1\\r\\nHost: ${path.split('/')[0]}:9080\\r\\nuser-agent: python-requests/2.31.0\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nx-request-id: ${rid(n)}\\r\\nx-b3-traceid: ${(0x4a3f9c1e2b7d + n).toString(16)}8e21c0d4\\r\\nx-b3-spanid: ${(0x7c21e9a4 + n).toString(16)}d3b0f1a6\\r\\nx-b3-sampled: 0\\r\\n\\r\\n'`,
  `reply: 'HTTP/1.1 ${status} ${reason}\\r\\n'`,
  'header: content-type: application/json',
  'header: server: envoy',
  `header: date: ${new Date(Date.parse(T.iso(min))).toUTCString()}`,
  `header: content-length: ${len}`,
  `header: x-envoy-upstream-service-time: ${upstream}`,
];

const detailsLog = [...webrickBoot(-60 * 24 * 6)];
const proxyLog = [];
const ppLog = [
  `[${T.iso(-60 * 24 * 6).slice(0, 19).replace('T', ' ')} +0000] [1] [INFO] Starting gunicorn 21.2.0`,
  `[${T.iso(-60 * 24 * 6).slice(0, 19).replace('T', ' ')} +0000] [1] [INFO] Listening at: http://[::]:9080 (1)`,
  `[${T.iso(-60 * 24 * 6).slice(0, 19).replace('T', ' ')} +0000] [1] [INFO] Using worker: gthread`,
  `[${T.iso(-60 * 24 * 6).slice(0, 19).replace('T', ' ')} +0000] [8] [INFO] Booting worker with pid: 8`,
];
// Healthy before the quota ran out (~14:02), 400s after it.
const times = [-84, -83.2, -81.5, -80.1, -79.4, -78.2, -77.6, -76.9, -75.3, -74.8, -73.1, -71.9, -70.4, -66.2, -60.7, -55.3, -48.9, -41.2, -33.6, -27.4, -20.8, -14.5, -9.3, -5.1, -2.6, -1.2];
times.forEach((min, n) => {
  const ok = min < -78;
  if (ok) {
    detailsLog.push(...webrick(min, 200, 205));
    proxyLog.push(outbound(min - 0.002, n, 200, 5830, 212), inbound(min, n, 200, 205, 218));
    ppLog.push(...ppCall(min, n, 'details/0', 200, 'OK', 205, 218));
  } else {
    detailsLog.push(...webrick(min, 400, 50));
    proxyLog.push(outbound(min - 0.001, n, 429, 497, 38), inbound(min, n, 400, 50, 43));
    ppLog.push(...ppCall(min, n, 'details/0', 400, 'Bad Request', 50, 43));
  }
  ppLog.push(...ppCall(min + 0.001, n + 100, 'reviews/0', 200, 'OK', 358, 61 + (n % 5) * 7));
});

export const scenarios = [
  bookinfoScenario({
    folder: 's65c-details-google-books-quota',
    incidentTime: INCIDENT,
    description: "bookinfo product page says 'Sorry, product details are currently unavailable for this book' since around 2pm. reviews and stars still show fine",
    expected: { component: 'google-books', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'details', cause: 'external-dependency' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'external-dependency-failure', 'decoy', 'time-expression'],
    grounding: `
      details-v2 (samples/bookinfo/platform/kube/bookinfo-details-v2.yaml, image built with ENABLE_EXTERNAL_BOOK_SERVICE=true,
      DO_NOT_ENCRYPT=true so the mesh originates TLS to www.googleapis.com) calls https://www.googleapis.com/books/v1/volumes?q=isbn:0486424618
      without an API key (details.rb fetch_details_from_external_service). Anonymous Google Books requests draw on a shared
      global per-day quota; once it is spent every call answers 429 RESOURCE_EXHAUSTED "Quota exceeded for quota metric 'Queries'
      and limit 'Queries per day' of service 'books.googleapis.com'" (janeczku/calibre-web PR #3281, next-l/enju_leaf issue #2034,
      bdlukaa/books_finder issue #26). details.rb then does json['items'][0] on the error body, raises NoMethodError and its rescue
      answers 400 {"error": ...}; productpage.py getProductDetails turns any non-200 into "Sorry, product details are currently
      unavailable for this book." while reviews (and ratings through them) keep working.
      Snapshot: every pod Running and Ready; the details-v2 WEBrick access log turns from 200 to 400 at ~14:02, its istio-proxy access
      log (meshConfig.accessLogFile=/dev/stdout assumed) shows the outbound|443||www.googleapis.com calls answered 429 by the upstream,
      productpage's http.client debug output (debuglevel 1 in productpage.py) shows reply 400 from details and 200 from reviews.
      Decoy: ratings-v1 was restarted with \`kubectl rollout restart\` at ~14:10 (new ReplicaSet, identical pod template, healthy).
      Deviations: a VirtualService (samples/bookinfo/networking/virtual-service-details-v2.yaml) is assumed to route details to v2, so
      details-v1 stays deployed but idle; the ServiceEntry/DestinationRule of the egress TLS-origination task are not in the snapshot
      (no kinds for them); Google's upstream address is illustrative.
    `,
    workloads: {
      'ratings-v1': { rollout: { at: -70 } },
    },
    logs: {
      'details-v2#0/details': detailsLog,
      'details-v2#0/istio-proxy': proxyLog,
      'productpage-v1#0/productpage': ppLog,
    },
  }),
];
