// Bookinfo (scripts/kit-systems/bookinfo.mjs) scenario of batch s131b.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };

const T = clock('2026-05-19T11:20:00Z');
const p = (n) => String(n).padStart(2, '0');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const clf = (min) => { const d = new Date(T.isoMs(min)); return `${p(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`; };
const wb = (min) => { const d = new Date(T.isoMs(min)); return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`; };
const reqId = (n) => `6f1d2c8a-${String(4000 + n).padStart(4, '0')}-4b3e-9a7c-2e5d8f0b1c${String(10 + (n % 90)).padStart(2, '0')}`;

const details = [`[${wb(-60 * 24 * 6)}] INFO  WEBrick 1.4.2`, `[${wb(-60 * 24 * 6)}] INFO  ruby 2.7.1 (2020-03-31) [x86_64-linux]`, `[${wb(-60 * 24 * 6)}] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`];
const proxy = [];
const pp = [];
let n = 0;
for (let m = -80; m < -0.3; m += 0.9) {
  n++;
  const bad = m >= -34;
  const body = bad ? 71 : 178;
  const code = bad ? 400 : 200;
  details.push(`127.0.0.6 - - [${clf(m)}] "GET /details/0 HTTP/1.1" ${code} ${body}`, '- -> /details/0');
  proxy.push(`[${T.isoMs(m - 0.004)}] "GET /books/v1/volumes?q=isbn:0486424618 HTTP/1.1" 200 - via_upstream - "-" 0 ${bad ? 51 : 1893} 164 163 "-" "Ruby" "${reqId(n)}" "www.googleapis.com:443" "142.250.190.74:443" outbound|443||www.googleapis.com 192.168.45.201:48816 142.250.190.74:443 192.168.45.201:51230 - default`);
  proxy.push(`[${T.isoMs(m - 0.005)}] "GET /details/0 HTTP/1.1" ${code} - via_upstream - "-" 0 ${body} 171 170 "-" "python-requests/2.31.0" "${reqId(n)}" "details:9080" "192.168.45.201:9080" inbound|9080|| 127.0.0.6:39427 192.168.45.201:9080 192.168.72.33:57118 outbound_.9080_._.details.bookinfo.svc.cluster.local default`);
  pp.push(`DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" ${code} ${body}`);
  pp.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${n % 3 === 0 ? 358 : 442}`);
  pp.push(`INFO:werkzeug:127.0.0.6 - - [${clf(m + 0.003)}] "GET /productpage HTTP/1.1" 200 -`);
}

export const scenarios = [
  bookinfoScenario({
    folder: 's131b-google-books-empty-items',
    incidentTime: '2026-05-19T11:20:00Z',
    description: 'bookinfo product page says "Sorry, product details are currently unavailable for this book" since about 10:45. page itself loads, reviews ok. detials pods are up, nothing deployed today',
    expected: { component: 'google-books', cause: 'external-dependency' },
    difficulty: 'hard',
    traits: ['pods-ready', 'external-dependency-failure', 'callers-only', 'typo', 'time-expression', 'decoy'],
    grounding: `details-v2 (istio/istio samples/bookinfo/src/details/details.rb, ENABLE_EXTERNAL_BOOK_SERVICE=true with
      DO_NOT_ENCRYPT=true, TLS originated by the mesh for www.googleapis.com) builds its answer from
      GET /books/v1/volumes?q=isbn:<isbn> and reads json['items'][0]['volumeInfo']. The fault is a changed answer on Google's
      side: the query still returns 200 but with {"kind":"books#volumes","totalItems":0} and no "items" (Google Books
      returning empty results for ISBN queries is a recurring public report on Stack Overflow and the Books API issue tracker).
      details.rb's mount_proc rescues the NoMethodError and answers 400 {"error": "undefined method ..."}, so details pods stay
      Ready and nothing restarts; productpage (productpage.py getProductDetails) renders "Sorry, product details are currently
      unavailable for this book." The envoy outbound lines show 200 with a 51-byte body instead of ~1.9 kB. Decoy: reviews-v2
      was OOM-killed four days ago and has been fine since. Deviations: Istio access logging enabled in the mesh config; the
      body sizes and the istio-proxy request ids are made up.`,
    workloads: {
      'reviews-v2': { pods: [{ containers: { reviews: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4 + 0.3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.4), finishedAt: T.iso(-60 * 24 * 4) } }) } }] },
    },
    events: [],
    logs: { 'details-v2#0/details': details, 'details-v2#0/istio-proxy': proxy, 'productpage-v1#0/productpage': pp },
  }),
];
