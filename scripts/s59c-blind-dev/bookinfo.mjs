// Batch s59c blind dev scenario for Istio Bookinfo (kit system definition): the keyless Google Books API calls of details-v2
// are refused with 429 RESOURCE_EXHAUSTED; details stays Ready and answers 400, productpage shows "details unavailable".
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const INCIDENT = '2026-04-22T09:47:00Z';
const T = clock(INCIDENT);
const meshAnn = system.workloads.find((w) => w.name === 'reviews-v2').podAnnotations;

// WEBrick (Ruby 2.7, details-v2:1.16.0): COMMON_LOG_FORMAT then REFERER_LOG_FORMAT on stderr; the sidecar makes every
// inbound connection come from 127.0.0.6.
const webrickTime = (min) => {
  const d = new Date(Date.parse(T.iso(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} UTC`;
};
const access = (min, status, bytes, path = '/details/0') => [
  `127.0.0.6 - - [${webrickTime(min)}] "GET ${path} HTTP/1.1" ${status} ${bytes}`,
  `- -> ${path}`,
];
const rid = (i) => `${(0x3f2b9c10 + i * 7919).toString(16)}-8d1e-9a4c-b2f7-${(0x51c0e3a4d2 + i * 104729).toString(16).padStart(12, '0')}`;
const GOOGLE = '142.250.191.42';
// Istio 1.23 default TEXT access log.
const envoy = (min, method, path, code, flags, rx, tx, dur, ua, id, authority, upstream, cluster, upLocal, downLocal, downRemote, sni, route) =>
  `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${code} ${flags} ${code === 0 ? '-' : 'via_upstream'} - "-" ${rx} ${tx} ${dur} ${code === 0 ? '-' : Math.max(dur - 1, 0)} "-" "${ua}" "${id}" "${authority}" "${upstream}" ${cluster} ${upLocal} ${downLocal} ${downRemote} ${sni} ${route}`;

const detailsLog = [
  `[${T.java(-60 * 26).slice(0, 19)}] INFO  WEBrick 1.6.0`,
  `[${T.java(-60 * 26).slice(0, 19)}] INFO  ruby 2.7.1 (2020-03-31) [x86_64-linux]`,
  `[${T.java(-60 * 26).slice(0, 19)}] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`,
];
for (let m = -95; m < -0.2; m += 1.7) {
  if (m < -79) detailsLog.push(...access(m, 200, 185));
  else detailsLog.push(...access(m, 400, 50));
}

const detailsProxy = [
  `${T.isoMs(-60 * 26 + 0.1).replace('Z', '000Z')}\tinfo\tFLAG: --concurrency="2"`,
  `${T.isoMs(-60 * 26 + 0.2).replace('Z', '000Z')}\tinfo\tWorkload SDS socket not found. Starting Istio SDS Server`,
  `${T.isoMs(-60 * 26 + 0.3).replace('Z', '000Z')}\tinfo\tReadiness succeeded in 1.204537812s`,
  `${T.isoMs(-60 * 26 + 0.3).replace('Z', '000Z')}\tinfo\tEnvoy proxy is ready`,
];
let k = 0;
for (let m = -95; m < -0.2; m += 1.7) {
  const ok = m < -79;
  detailsProxy.push(
    envoy(m, 'GET', '/books/v1/volumes?q=isbn:0486424618', ok ? 200 : 429, '-', 0, ok ? 1763 : 611, ok ? 142 : 61, 'Ruby', rid(k), 'www.googleapis.com', `${GOOGLE}:443`, 'outbound|80||www.googleapis.com', '%PODIP%:' + (38000 + k * 13), `${GOOGLE}:80`, '%PODIP%:' + (52000 + k * 11), '-', 'www.googleapis.com:80'),
    envoy(m, 'GET', '/details/0', ok ? 200 : 400, '-', 0, ok ? 185 : 50, ok ? 149 : 68, 'python-requests/2.31.0', rid(k), 'details:9080', '%PODIP%:9080', 'inbound|9080||', '127.0.0.6:' + (41000 + k * 7), '%PODIP%:9080', '%IPOF:productpage-v1#0%:' + (50000 + k * 3), 'outbound_.9080_._.details.bookinfo.svc.cluster.local', 'default'),
  );
  k++;
}

const productpageLog = [];
for (let m = -40; m < -0.2; m += 1.7) {
  productpageLog.push(
    'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080',
    'DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 400 50',
    'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080',
    `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${[358, 439, 442][Math.round(-m) % 3]}`,
  );
}

export const scenarios = [
  bookinfoScenario({
    folder: 's59c-details-google-books-429',
    description: 'catalog team - every product page shows "Sorry, product details are currently unavailable for this book" since this morning. reviews and stars load fine',
    incidentTime: INCIDENT,
    expected: { component: 'google-books', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'details', cause: 'external-dependency' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'external-dependency-failure', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifests: istio/istio samples/bookinfo (SOURCES.md): details-v2 (image examples-bookinfo-details-v2:1.16.0, built with
      ENABLE_EXTERNAL_BOOK_SERVICE=true, env DO_NOT_ENCRYPT=true) behind Service details (selector app: details), sidecar-injected.
      Code: samples/bookinfo/src/details/details.rb fetch_details_from_external_service calls
      www.googleapis.com/books/v1/volumes?q=isbn:0486424618 without an API key (plain HTTP on port 80, TLS originated by the
      mesh as in Istio's egress TLS origination task), then does JSON.parse(body)['items'][0]; a 429 body has no "items", so
      NoMethodError "undefined method \`[]' for nil:NilClass" is rescued and /details answers 400 {"error": ...}. productpage.py
      getProductDetails turns any non-200 into "Sorry, product details are currently unavailable for this book." and logs
      nothing but its urllib3 DEBUG lines. WEBrick only writes access lines, so details itself logs 400s, never an error.
      Fault: public reports of keyless Google Books API calls from shared cloud egress IPs answered with 429 RESOURCE_EXHAUSTED
      ("Quota exceeded for quota metric 'Queries' ... books.googleapis.com"); here the cluster's NAT egress address lost its
      anonymous quota at about 08:28 (the details sidecar's outbound access log turns from 200 to 429 upstream of
      www.googleapis.com). All pods stay Ready with no restarts; the fault is outside the cluster.
      Decoy: reviews-v2 was restarted with kubectl rollout restart 52 minutes before (well after the 429s began) and is healthy.
      Deviations from upstream: details-v1 is scaled to 0 (the catalog team serves only v2, so Service details reaches
      details-v2 alone); the ServiceEntry/DestinationRule for www.googleapis.com are not part of the snapshot (no CRDs);
      request ids and Google's address are invented.`,
    workloads: {
      'details-v1': { replicas: 0 },
      'details-v2': { since: -60 * 26 },
      'productpage-v1': { since: -60 * 24 * 3 },
      'reviews-v2': {
        rollout: { at: -52, oldReplicas: 0, oldPatch: { podAnnotations: meshAnn } },
        patch: { podAnnotations: { ...meshAnn, 'kubectl.kubernetes.io/restartedAt': T.iso(-52) } },
      },
    },
    events: [
      { on: 'deploy:reviews-v2', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v2-%NEW% to 1', first: -52 },
      { on: 'deploy:reviews-v2', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v2-%OLD% to 0 from 1', first: -51 },
    ],
    logs: {
      'details-v2#0/details': detailsLog,
      'details-v2#0/istio-proxy': detailsProxy,
      'productpage-v1#0/productpage': productpageLog,
    },
  }),
];
