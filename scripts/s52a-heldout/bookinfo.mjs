// Batch s52a (held-out, split: test): one blind Istio Bookinfo scenario for the kit (scripts/s2-scenario-kit.mjs), on
// the kit system reduced to the workloads bookinfo.yaml deploys; expected answer fixed before the snapshot was generated.
import { clock } from '../s2-scenario-kit.mjs';
import { system as full } from '../kit-systems/bookinfo.mjs';

const HTTP = (name) => ({ name, ports: [{ name: 'http', port: 9080, targetPort: 9080 }] });
const KEEP = { 'details-v1': 'details', 'ratings-v1': 'ratings', 'reviews-v1': null, 'reviews-v2': null, 'reviews-v3': 'reviews', 'productpage-v1': 'productpage' };
export const system = {
  ...full,
  workloads: full.workloads
    .filter((w) => w.name in KEEP)
    .map((w) => (KEEP[w.name] ? { ...w, service: HTTP(KEEP[w.name]) } : { ...w, service: undefined })),
};
const SEL = { 'details-v1': { app: 'details' }, 'ratings-v1': { app: 'ratings' }, 'reviews-v3': { app: 'reviews' }, 'productpage-v1': { app: 'productpage' } };

const I1 = '2026-12-08T14:47:00Z';
const T1 = clock(I1);
const rid = (i) => `${(0x7b1e4a20 + i * 6151).toString(16)}-8c3d-9f2e-a41b-${(0x52c7e9d0a1b3 + i * 92821).toString(16).padStart(12, '0')}`;
// Istio's default TEXT access log format.
const acc = (min, method, path, code, flags, details, bytesOut, dur, authority, upstream, cluster, local, remote, i, ua = 'Apache-CXF/3.1.18') =>
  `[${T1.isoMs(min)}] "${method} ${path} HTTP/1.1" ${code} ${flags} ${details} - "-" 0 ${bytesOut} ${dur} ${code === 503 ? '-' : Math.max(0, dur - 1)} "-" "${ua}" "${rid(i)}" "${authority}" "${upstream}" ${cluster} - ${local} ${remote} - default`;

function reviewsLogs(v, from, to, step, faultAt, seed) {
  const app = [], proxy = [];
  let i = 0;
  for (let m = from; m < to; m += step, i++) {
    const pid = i % 2;
    if (m >= faultAt) {
      app.push(`Error: unable to contact http://ratings:9080/ratings got status of 503`);
      proxy.push(acc(m, 'GET', `/ratings/${pid}`, 503, 'UH', 'no_healthy_upstream', 19, 0, 'ratings:9080', '-', 'outbound|9080||ratings.bookinfo.svc.cluster.local', '%SVCIP:ratings%:9080', '%PODIP%:4' + (1000 + ((seed * 97 + i * 13) % 8999)), seed * 100 + i));
    } else {
      proxy.push(acc(m, 'GET', `/ratings/${pid}`, 200, '-', 'via_upstream', 48, 3, 'ratings:9080', '%IPOF:ratings-v1#0%:9080', 'outbound|9080||ratings.bookinfo.svc.cluster.local', '%SVCIP:ratings%:9080', '%PODIP%:4' + (1000 + ((seed * 97 + i * 13) % 8999)), seed * 100 + i));
    }
    proxy.push(acc(m - 0.001, 'GET', `/reviews/${pid}`, 200, '-', 'via_upstream', v === 'v2' ? 358 : 375, m >= faultAt ? 9 : 14, 'reviews:9080', '%PODIP%:9080', 'inbound|9080||', '%PODIP%:9080', '%IPOF:productpage-v1#0%:5' + (1000 + i), seed * 100 + 50 + i, 'python-requests/2.31.0'));
  }
  return { app, proxy };
}
const r2 = reviewsLogs('v2', -40, -0.2, 1.1, -27, 2);
const r3 = reviewsLogs('v3', -40, -0.2, 1.05, -27, 3);

export const scenarios = [
  {
    folder: 's52a-ratings-service-selector',
    split: 'test',
    description: 'star ratings gone from the bookinfo product page since ~14:20, shows ratings unavailable',
    incidentTime: I1,
    expected: { component: 'ratings', cause: 'no-endpoints' },
    difficulty: 'medium',
    traits: ['pods-ready', 'time-expression', 'decoy'],
    grounding: `
      Upstream samples/bookinfo/platform/kube/bookinfo.yaml: the ratings Service selects app: ratings on port 9080 and only
      ratings-v1 (labels app: ratings, version: v1) backs it; reviews v2/v3 call http://ratings:9080/ratings and print
      "Error: unable to contact http://ratings:9080/ratings got status of 503" when the call fails, and productpage then
      shows "Ratings service is currently unavailable". Fault: at ~14:20 the ratings Service is re-applied by hand from a
      canary branch whose selector is app: ratings, version: v2; there is no v2 in this cluster, so the Service's Endpoints
      are empty (its managedFields show the kubectl apply). The reviews sidecars answer 503 UH no_healthy_upstream on the
      ratings cluster (Istio's default access log format); the ratings-v1 pod stays Ready and simply receives nothing.
      Decoy: a routine productpage-v1 rollout three hours earlier that completed cleanly.
    `,
    workloads: {
      'details-v1': { serviceSelector: SEL['details-v1'] },
      'ratings-v1': { serviceSelector: { app: 'ratings', version: 'v2' }, endpointsChanged: -27 },
      'reviews-v3': { serviceSelector: SEL['reviews-v3'] },
      'productpage-v1': { serviceSelector: SEL['productpage-v1'], rollout: { at: -185, revision: 6 } },
    },
    events: [],
    logs: {
      'reviews-v2#0/reviews': r2.app,
      'reviews-v2#0/istio-proxy': r2.proxy,
      'reviews-v3#0/reviews': r3.app,
      'reviews-v3#0/istio-proxy': r3.proxy,
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'ratings-v1#0/istio-proxy': Array.from({ length: 8 }, (_, i) =>
        acc(-40 + i * 1.7, 'GET', `/ratings/${i % 2}`, 200, '-', 'via_upstream', 48, 1, 'ratings:9080', '%PODIP%:9080', 'inbound|9080||', '%PODIP%:9080', `%IPOF:reviews-v${2 + (i % 2)}#0%:4${3100 + i * 7}`, 900 + i)),
      'productpage-v1#0/productpage': [
        `INFO:root:start at port 9080`,
        ...Array.from({ length: 10 }, (_, i) => `INFO:werkzeug:127.0.0.6 - - [${T1.go(-30 + i * 3).replace(/\//g, '-').replace(/^(\d+)-(\d+)-(\d+) (.*)$/, (_, y, mo, d, t) => `${d}/${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(mo) - 1]}/${y} ${t}`)}] "GET /productpage HTTP/1.1" 200 -`),
      ],
    },
  },
];

// The ratings Service was re-applied by hand at -27 min: its managedFields carry the edit (the kit writes none).
export const post = {
  's52a-ratings-service-selector': ({ dir, readJson, writeJson }) => {
    const f = `${dir}/services.json`;
    const svcs = readJson(f);
    const svc = svcs.items.find((s) => s.metadata.name === 'ratings');
    svc.metadata.resourceVersion = '9147730';
    svc.metadata.annotations = {
      'kubectl.kubernetes.io/last-applied-configuration': JSON.stringify({ apiVersion: 'v1', kind: 'Service', metadata: { annotations: {}, labels: { app: 'ratings', service: 'ratings' }, name: 'ratings', namespace: 'bookinfo' }, spec: { ports: [{ name: 'http', port: 9080 }], selector: { app: 'ratings', version: 'v2' } } }) + '\n',
    };
    svc.metadata.managedFields = [
      { manager: 'kubectl-client-side-apply', operation: 'Update', apiVersion: 'v1', time: svc.metadata.creationTimestamp, fieldsType: 'FieldsV1', fieldsV1: { 'f:spec': { 'f:ports': {}, 'f:selector': {} } } },
      { manager: 'kubectl-client-side-apply', operation: 'Update', apiVersion: 'v1', time: T1.iso(-27.2), fieldsType: 'FieldsV1', fieldsV1: { 'f:metadata': { 'f:annotations': { 'f:kubectl.kubernetes.io/last-applied-configuration': {} } }, 'f:spec': { 'f:selector': { 'f:version': {} } } } },
    ];
    writeJson(f, svcs);
  },
};
