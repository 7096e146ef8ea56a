// s22 held-out scenario (blind, split: test) for Istio Bookinfo: the Google Books API answering 429 (unauthenticated daily quota),
// so details-v2 answers 400 and half the product pages lose their details. System: scripts/kit-systems/bookinfo.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const T = clock('2026-06-10T16:24:00Z');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n) => String(n).padStart(2, '0');
const clf = (min) => { const d = new Date(T.isoMs(min)); return `${p2(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} UTC`; };
// WEBrick access log (COMMON_LOG_FORMAT then REFERER_LOG_FORMAT); with the sidecar the peer is 127.0.0.6.
const web = (min, status, bytes) => [`127.0.0.6 - - [${clf(min)}] "GET /details/0 HTTP/1.1" ${status} ${bytes}`, '- -> /details/0'];
const rid = (i) => `${(0x3f1a2c00 + i * 7919).toString(16)}-8c4e-9b21-a7d3-${(0x5e0c71b2f4a9 + i * 104729).toString(16)}`;
// Istio default TEXT access log format.
const inbound = (min, i, status, bytes, ms) => `[${T.isoMs(min)}] "GET /details/0 HTTP/1.1" ${status} - via_upstream - "-" 0 ${bytes} ${ms} ${ms - 1} "-" "python-requests/2.32.3" "${rid(i)}" "details:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:${41000 + i * 13} %PODIP%:9080 %IPOF:productpage-v1#0%:${52000 + i * 7} outbound_.9080_._.details.bookinfo.svc.cluster.local default`;
const google = (min, i, status, bytes, ms) => `[${T.isoMs(min)}] "GET /books/v1/volumes?q=isbn:0486424618 HTTP/1.1" ${status} - via_upstream - "-" 0 ${bytes} ${ms} ${ms - 1} "-" "Ruby" "${rid(i)}" "www.googleapis.com" "142.250.191.74:443" outbound|443||www.googleapis.com %PODIP%:${38000 + i * 11} 142.250.191.74:80 %PODIP%:${46000 + i * 17} - -`;
const pp = (status, bytes, path = 'details', host = 'details') => `DEBUG:urllib3.connectionpool:http://${host}:9080 "GET /${path}/0 HTTP/1.1" ${status} ${bytes}`;

// request times: healthy until -38.5 (15:45:30), then 429 from Google for every v2 lookup.
const okTimes = [-52.3, -47.9, -44.1, -40.6];
const badTimes = [-38.4, -33.7, -29.2, -24.8, -19.5, -14.1, -9.6, -5.2, -1.7];

export const scenarios = [
  bookinfoScenario({
    folder: 's22-details-google-books-429',
    split: 'test',
    description: 'bookinfo product page shows "product details are currently unavailable" on about half the loads, since ~15:45',
    incidentTime: '2026-06-10T16:24:00Z',
    expected: { component: 'google-books', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'details', cause: 'external-dependency' }],
    difficulty: 'medium',
    traits: ['external-dependency-failure', 'pods-ready', 'time-expression', 'decoy'],
    grounding: `
      Manifest and source facts (istio/istio samples/bookinfo): the details Service selects app=details, so its two Deployments
      details-v1 (hard-coded book) and details-v2 (image built with ENABLE_EXTERNAL_BOOK_SERVICE=true, DO_NOT_ENCRYPT=true, TLS to
      www.googleapis.com originated by the mesh per egress-rule-google-apis.yaml) share the traffic. details.rb
      fetch_details_from_external_service GETs /books/v1/volumes?q=isbn:0486424618 with no API key and does
      json['items'][0]['volumeInfo']; any exception is rescued and answered as HTTP 400 {"error": ...}, nothing logged but WEBrick's
      access line. productpage turns a non-200 from details into "Sorry, product details are currently unavailable for this book."
      Real failure: the Google Books API without a key has a shared daily quota and answers 429 RESOURCE_EXHAUSTED ("Quota exceeded
      for quota metric 'Queries' and limit 'Queries per day' of service 'books.googleapis.com'", bdlukaa/books_finder#26,
      calibre-web PR #3281). From 15:45:30 every v2 lookup gets 429 from Google (the details-v2 sidecar's outbound access log,
      Istio's demo profile logging to stdout), details-v2 answers 400, productpage logs 400 for the calls that land on v2 and 200
      for v1; every pod stays Running and Ready. Decoy: reviews-v2 OOMKilled four days ago (one restart). Expected: google-books,
      external-dependency; the same cause on details (the component calling it) also accepted.`,
    workloads: {
      'details-v2': { pods: [{ node: 'ip-192-168-45-130.us-east-2.compute.internal' }] },
      'productpage-v1': { pods: [{ node: 'ip-192-168-11-74.us-east-2.compute.internal' }] },
      'reviews-v2': {
        pods: [{ containers: { reviews: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4 - 37), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 37.3) } }) } }],
      },
    },
    events: [],
    logs: {
      'details-v2#0/details': [
        `[2026-06-01 08:11:52] INFO  WEBrick 1.6.0`,
        `[2026-06-01 08:11:52] INFO  ruby 2.7.1 (2020-03-31) [x86_64-linux]`,
        `[2026-06-01 08:11:52] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`,
        ...okTimes.flatMap((m) => web(m, 200, 182)),
        ...badTimes.flatMap((m) => web(m, 400, 70)),
      ],
      'details-v2#0/istio-proxy': [
        ...okTimes.flatMap((m, i) => [google(m - 0.002, i, 200, 2114, 188), inbound(m, i, 200, 182, 195)]),
        ...badTimes.flatMap((m, j) => [google(m - 0.002, j + 10, 429, 472, 84), inbound(m, j + 10, 400, 70, 91)]),
      ],
      'productpage-v1#0/productpage': [
        ...[-52.3, -50.1, -47.9, -46.0, -44.1, -42.2, -40.6].flatMap((m, i) => [
          'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080',
          pp(200, 178),
          'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080',
          pp(200, i % 3 === 0 ? 295 : 358, 'reviews', 'reviews'),
        ]),
        ...[-38.4, -36.0, -33.7, -31.5, -29.2, -27.0, -24.8, -22.1, -19.5, -17.0, -14.1, -11.8, -9.6, -7.3, -5.2, -3.4, -1.7].flatMap((m, i) => [
          'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080',
          badTimes.includes(m) ? pp(400, 70) : pp(200, 178),
          'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080',
          pp(200, i % 3 === 0 ? 295 : 358, 'reviews', 'reviews'),
        ]),
      ],
    },
  }),
];
