// Batch s37c (blind dev): one Bookinfo incident, built by scripts/s37c-build.mjs with scripts/kit-systems/bookinfo.mjs.
// The Google Books API starts answering details-v2 with 429 (shared unauthenticated quota), so every product page loses its details.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const INC = '2026-03-20T19:12:00Z';
const T = clock(INC);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n, w = 2) => String(n).padStart(w, '0');
const webrickTime = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  return `${p2(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} UTC`;
};
const PP_IP = '%IPOF:productpage-v1#0%';
const DET_IP = '%IPOF:details-v2#0%';
const GAPI = '142.251.32.106:443';

const ONSET = -21.5;
const hits = [-34.2, -31.8, -29.1, -27.4, -25.0, -23.3, -20.6, -18.9, -17.2, -15.5, -13.1, -11.8, -9.6, -8.1, -6.4, -4.7, -3.0, -1.4];
const details = [
  `[2026-03-14 06:02:11] INFO  WEBrick 1.6.0`,
  `[2026-03-14 06:02:11] INFO  ruby 2.7.1 (2020-03-31) [x86_64-linux]`,
  `[2026-03-14 06:02:11] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`,
];
const detProxy = [];
const pp = [];
let i = 0;
for (const min of hits) {
  const bad = min > ONSET;
  const rid = `${(0x3a1f + i * 977).toString(16)}c2e1-9b4d-9f7a-8e61-${(0x51c0 + i * 131).toString(16)}0d3b7a2e`;
  detProxy.push(
    `[${T.isoMs(min)}] "GET /books/v1/volumes?q=isbn:0486424618 HTTP/1.1" ${bad ? 429 : 200} - via_upstream - "-" 0 ${bad ? 437 : 2315} ${bad ? 38 : 112} ${bad ? 37 : 111} "-" "Ruby" "${rid}" "www.googleapis.com:443" "${GAPI}" outbound|443||www.googleapis.com ${DET_IP}:${41200 + i * 7} ${GAPI} ${DET_IP}:${52100 + i * 3} - -`,
  );
  details.push(`${PP_IP} - - [${webrickTime(min + 0.002)}] "GET /details/0 HTTP/1.1" ${bad ? 400 : 200} ${bad ? 59 : 178}`);
  details.push('- -> /details/0');
  pp.push('DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080');
  pp.push(`DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" ${bad ? 400 : 200} ${bad ? 59 : 178}`);
  pp.push('DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080');
  pp.push('DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 358');
  i++;
}

export const scenarios = [
  bookinfoScenario({
    folder: 's37c-details-google-books-429',
    description: 'bookinfo product page shows "Sorry, product details are currently unavailable for this book" on every book, reviews look fine',
    incidentTime: INC,
    expected: { component: 'google-books', cause: 'external-dependency' },
    difficulty: 'medium',
    traits: ['external-dependency-failure', 'callers-only', 'pods-ready', 'decoy'],
    grounding: `
      Istio Bookinfo samples/bookinfo/platform/kube/bookinfo-details-v2.yaml: details-v2 (Ruby, WEBrick on 9080, image built with
      ENABLE_EXTERNAL_BOOK_SERVICE=true and DO_NOT_ENCRYPT=true) looks each book up at www.googleapis.com/books/v1/volumes?q=isbn:...
      over plain HTTP to port 443 and lets the mesh originate TLS (a ServiceEntry/DestinationRule, not in the snapshot); a
      VirtualService (not in the snapshot) sends all details traffic to v2, so details-v1 is idle. details.rb parses the Books
      answer as JSON and, when it has no "items", fails with a NoMethodError that its rescue turns into HTTP 400; productpage
      then renders "Sorry, product details are currently unavailable for this book." Failure mode: calls without an API key
      share Google's per-IP unauthenticated quota, and the cluster egresses through one NAT gateway shared with other workloads;
      from 18:50 UTC googleapis answers 429 (RESOURCE_EXHAUSTED, quota exceeded). Seen only in details-v2's sidecar access log
      (outbound|443||www.googleapis.com 429 via_upstream), WEBrick's 400s and productpage's urllib3 debug lines; every pod is
      Ready, nothing restarts. Decoy: a benign ratings-v1 rollout an hour earlier (new pods Ready). Expected answer:
      google-books, external-dependency.
    `,
    workloads: {
      'ratings-v1': { rollout: { at: -64, revision: 3 }, patch: { podAnnotations: { ...system.workloads.find((w) => w.name === 'ratings-v1').podAnnotations, 'kubectl.kubernetes.io/restartedAt': T.iso(-64).replace('Z', '+00:00') } } },
    },
    events: [
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-v1-%NEW% to 1', first: -64 },
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-v1-%OLD% to 0 from 1', first: -63.2 },
    ],
    logs: {
      'details-v2#0/details': details,
      'details-v2#0/istio-proxy': detProxy,
      'productpage-v1#0/productpage': pp,
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080', 'GET /ratings/0', 'GET /ratings/0', 'GET /ratings/0'],
    },
  }),
];
