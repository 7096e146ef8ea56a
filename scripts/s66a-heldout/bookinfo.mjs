// Held-out batch s66a (blind): one Istio Bookinfo scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System: scripts/kit-systems/bookinfo.mjs reduced to bookinfo.yaml's workloads plus details-v2; grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as full, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

const KEEP = ['details-v1', 'details-v2', 'ratings-v1', 'reviews-v1', 'reviews-v2', 'reviews-v3', 'productpage-v1'];
export const system = { ...full, workloads: full.workloads.filter((w) => KEEP.includes(w.name)) };

const T = clock('2026-06-02T15:20:00Z');
const GOOGLE = '142.250.190.74';
const reqId = (n) => `${(0x6b1d2e00 + n * 977).toString(16)}-4c2a-9f1e-b7d3-${(0x2a9c51e0f7b4 + n * 7919).toString(16).slice(0, 12)}`;
const webrickT = (min) => {
  const d = new Date(Date.parse('2026-06-02T15:20:00Z') + min * 60000);
  const M = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (x) => String(x).padStart(2, '0');
  return `${p(d.getUTCDate())}/${M}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} UTC`;
};
// WEBrick default access log: common log format line, then the referer line.
const access = (min, status, bytes) => [`127.0.0.6 - - [${webrickT(min)}] "GET /details/0 HTTP/1.1" ${status} ${bytes}`, '- -> /details/0'];
// Envoy default text access log (meshConfig.accessLogFile=/dev/stdout).
const envoyIn = (min, status, bytes, dur, n, self) =>
  `[${T.isoMs(min)}] "GET /details/0 HTTP/1.1" ${status} - via_upstream - "-" 0 ${bytes} ${dur} ${dur - 1} "-" "python-requests/2.31.0" "${reqId(n)}" "details:9080" "${self}:9080" inbound|9080|| 127.0.0.6:${41000 + n} ${self}:9080 %IPOF:productpage-v1#0%:${52000 + n} outbound_.9080_._.details.bookinfo.svc.cluster.local default`;
const envoyOut = (min, status, bytes, dur, n) =>
  `[${T.isoMs(min)}] "GET /books/v1/volumes?q=isbn:0486424618 HTTP/1.1" ${status} - via_upstream - "-" 0 ${bytes} ${dur} ${dur - 1} "-" "Ruby" "${reqId(n)}" "www.googleapis.com" "${GOOGLE}:443" outbound|80||www.googleapis.com %PODIP%:${38000 + n} ${GOOGLE}:80 %PODIP%:${37000 + n} - -`;

const v2Details = [];
const v2Proxy = [
  `${T.isoMs(-60 * 24 * 3 + 0.2).replace(/\.\d+Z$/, '.114503Z')}\tinfo\tFLAG: --concurrency="0"`,
  `${T.isoMs(-60 * 24 * 3 + 0.3).replace(/\.\d+Z$/, '.402117Z')}\tinfo\tEnvoy proxy is ready`,
];
const v1Details = [];
const v1Proxy = [];
const pp = [];
let n = 0;
for (let m = -59.5; m < -0.3; m += 0.9) {
  n++;
  const toV2 = n % 2 === 0;
  const failing = true; // the anonymous quota has been gone since ~13:05, before this hour's window
  if (toV2) {
    const st = failing ? 400 : 200;
    v2Details.push(...access(m + 0.002, st, failing ? 55 : 178));
    v2Proxy.push(envoyOut(m + 0.001, 429, 412, 58 + (n % 23), n));
    v2Proxy.push(envoyIn(m, st, failing ? 55 : 178, 66 + (n % 23), n, '%PODIP%'));
  } else {
    v1Details.push(...access(m + 0.001, 200, 178));
    v1Proxy.push(envoyIn(m, 200, 178, 2 + (n % 3), n, '%PODIP%'));
  }
  pp.push(
    `send: b'GET /details/0 HTTP/1.1\\r\\nHost: details:9080\\r\\nUser-Agent: python-requests/2.31.0\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nx-request-id: ${reqId(n)}\\r\\n\\r\\n'`,
    toV2 ? "reply: 'HTTP/1.1 400 Bad Request\\r\\n'" : "reply: 'HTTP/1.1 200 OK\\r\\n'",
    'header: content-type: application/json',
    `header: content-length: ${toV2 ? 55 : 178}`,
    `header: server: envoy`,
    `header: x-envoy-upstream-service-time: ${toV2 ? 65 + (n % 23) : 2 + (n % 3)}`,
    `send: b'GET /reviews/0 HTTP/1.1\\r\\nHost: reviews:9080\\r\\nUser-Agent: python-requests/2.31.0\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nx-request-id: ${reqId(n)}\\r\\n\\r\\n'`,
    "reply: 'HTTP/1.1 200 OK\\r\\n'",
    'header: content-type: application/json',
    `header: x-envoy-upstream-service-time: ${9 + (n % 17)}`,
  );
}

const libertyStart = (min) => [
  'Launching defaultServer (Open Liberty 24.0.0.6/wlp-1.0.90.cl240620240603-2001) on Eclipse OpenJ9 VM, version 17.0.11+9 (en_US)',
  `[${T.java(min).slice(0, 10)} ${T.java(min).slice(11)}] [AUDIT   ] CWWKE0001I: The server defaultServer has been launched.`,
  `[${T.java(min + 0.3).slice(0, 10)} ${T.java(min + 0.3).slice(11)}] [AUDIT   ] CWWKZ0001I: Application reviews-app started in 2.481 seconds.`,
  `[${T.java(min + 0.3).slice(0, 10)} ${T.java(min + 0.3).slice(11)}] [AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 7.903 seconds.`,
];

export const scenarios = [
  bookinfoScenario({
    folder: 's66a-details-unavailable-every-other-refresh',
    incidentTime: '2026-06-02T15:20:00Z',
    description: "bookinfo product page: the book details box says 'Sorry, product details are currently unavailable for this book.' on roughly every other refresh, started around 1pm. reviews/ratings are fine. catalog team can you look",
    expected: { component: 'google-books', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'details', cause: 'external-dependency' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'external-dependency-failure', 'callers-only', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Manifest facts: bookinfo.yaml (details-v1, ratings-v1, reviews-v1..v3, productpage-v1) plus bookinfo-details-v2.yaml (image examples-bookinfo-details-v2,
      DO_NOT_ENCRYPT=true so details.rb calls http://www.googleapis.com:80 and the mesh originates TLS to 443, as in Istio's "Egress TLS Origination" task).
      The details Service selects app: details, so details-v1 and details-v2 pods share the traffic (no VirtualService pins a version): about half the product-page
      requests reach details-v2.
      Code facts (istio/istio samples/bookinfo/src/details/details.rb): fetch_details_from_external_service does GET /books/v1/volumes?q=isbn:0486424618 without an
      API key and indexes json['items'][0]; a Google error body has no items, so NoMethodError is rescued and WEBrick answers 400 {"error": ...}.
      productpage (productpage.py) turns any non-200 from details into "Sorry, product details are currently unavailable for this book." and keeps rendering reviews.
      Fault (public reports: calibre-web PR 3281, tome PR 11, robinson PR 25, books_finder issue 26): Google Books answers unauthenticated callers 429
      RESOURCE_EXHAUSTED "Quota exceeded for quota metric 'Queries' and limit 'Queries per day'" once the shared anonymous quota of the cluster's NAT egress IP is
      used up. Every pod stays Running and Ready; the 429 is visible only in details-v2's istio-proxy access log (upstream outbound|80||www.googleapis.com),
      details answers 400, productpage's http.client debug output shows the 400 replies.
      Decoy: reviews-v3 was OOM-killed two days ago and has run cleanly since.
      Deviations from upstream: meshConfig.accessLogFile=/dev/stdout is enabled; ratings-v2-mysql and mysqldb are not deployed; the ServiceEntry/DestinationRule
      for www.googleapis.com (Istio task) are not part of the snapshot (no such kinds in it).
    `,
    workloads: {
      'details-v2': { since: -60 * 24 * 3 },
      'reviews-v3': {
        pods: [{
          containers: {
            reviews: cs.restartedRunning({
              restarts: 1,
              startedAt: T.iso(-60 * 24 * 2 - 41),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.4), finishedAt: T.iso(-60 * 24 * 2 - 41.2) },
            }),
          },
        }],
      },
    },
    events: [],
    logs: {
      'details-v2#0/details': [
        `[${T.java(-60 * 24 * 3 + 0.25).slice(0, 19)}] INFO  WEBrick 1.8.1`,
        `[${T.java(-60 * 24 * 3 + 0.25).slice(0, 19)}] INFO  ruby 3.3.4 (2024-07-09) [x86_64-linux]`,
        `[${T.java(-60 * 24 * 3 + 0.25).slice(0, 19)}] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`,
        ...v2Details,
      ],
      'details-v2#0/istio-proxy': v2Proxy,
      'details-v1#0/details': [
        `[${T.java(-60 * 24 * 9 + 0.25).slice(0, 19)}] INFO  WEBrick 1.8.1`,
        `[${T.java(-60 * 24 * 9 + 0.25).slice(0, 19)}] INFO  ruby 3.3.4 (2024-07-09) [x86_64-linux]`,
        `[${T.java(-60 * 24 * 9 + 0.25).slice(0, 19)}] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`,
        ...v1Details,
      ],
      'details-v1#0/istio-proxy': v1Proxy,
      'productpage-v1#0/productpage': pp,
      'reviews-v3#0/reviews': libertyStart(-60 * 24 * 2 - 40.9),
    },
  }),
];
