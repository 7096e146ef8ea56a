// Batch s33b (blind dev): one Bookinfo incident on the kit system scripts/kit-systems/bookinfo.mjs reduced to bookinfo.yaml's
// workloads — an in-house reviews-v3 rebuild that is Ready but answers 500, so a third of product pages lose their reviews.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as full } from '../kit-systems/bookinfo.mjs';

const HTTP = { ports: [{ name: 'http', port: 9080, targetPort: 9080 }] };
const KEEP = ['details-v1', 'ratings-v1', 'reviews-v1', 'reviews-v2', 'reviews-v3', 'productpage-v1'];
export const system = {
  ...full,
  workloads: full.workloads
    .filter((w) => KEEP.includes(w.name))
    .map((w) => (w.name === 'details-v1' ? { ...w, service: { name: 'details', ...HTTP } } : w.name === 'ratings-v1' ? { ...w, service: { name: 'ratings', ...HTTP } } : w)),
};
const SELECT = { 'details-v1': 'details', 'ratings-v1': 'ratings', 'reviews-v3': 'reviews', 'productpage-v1': 'productpage' };

const IT = '2026-03-23T14:26:00Z';
const T = clock(IT);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const werk = (min) => { const d = new Date(Date.parse(T.isoMs(min))); const p = (n) => String(n).padStart(2, '0'); return `${p(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`; };
const NEW_IMG = '318427591046.dkr.ecr.us-east-2.amazonaws.com/bookinfo/reviews-v3:1.20.1-ol24.0.3';

// productpage (Flask, logging at DEBUG so urllib3 and werkzeug lines show): reviews is round-robined across v1, v2, v3.
const pp = [];
for (let m = -60, i = 0; m < -0.3; m += 0.8, i++) {
  const v = i % 3;
  const product = i % 4 === 0 ? 1 : 0;
  pp.push(`DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080`);
  pp.push(`DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/${product} HTTP/1.1" 200 178`);
  pp.push(`DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080`);
  const broken = m >= -33.5 && v === 2;
  pp.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/${product} HTTP/1.1" ${broken ? '500 None' : `200 ${v === 0 ? 358 : 379}`}`);
  pp.push(`INFO:werkzeug:::ffff:127.0.0.6 - - [${werk(m)}] "GET /productpage?u=normal HTTP/1.1" 200 -`);
}

const v3 = [
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://%POD%:9080/',
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 1.872 seconds.',
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [cdi-2.0, jaxrs-2.1, jaxrsClient-2.1, jndi-1.0, json-1.0, servlet-4.0].',
  '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 4.903 seconds.',
];
for (let n = 0; n < 9; n++) {
  v3.push("[ERROR   ] SRVE0777E: Exception thrown by application class 'application.rest.LibertyRestEndpoint.getJsonResponse:74'");
  v3.push('java.lang.NoClassDefFoundError: javax/json/Json');
  v3.push('\tat application.rest.LibertyRestEndpoint.getJsonResponse(LibertyRestEndpoint.java:74)');
  v3.push('\tat application.rest.LibertyRestEndpoint.bookReviewsById(LibertyRestEndpoint.java:168)');
  v3.push('\tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)');
  v3.push('\tat org.apache.cxf.jaxrs.JAXRSInvoker.performInvocation(JAXRSInvoker.java:179)');
  v3.push('Caused by: java.lang.ClassNotFoundException: javax.json.Json');
  v3.push('\tat com.ibm.ws.classloading.internal.AppClassLoader.findClassCommonLibraryClassLoaders(AppClassLoader.java:615)');
  v3.push('\t... 47 more');
}
const v1 = [
  '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 5.212 seconds.',
];

export const scenarios = [
  {
    folder: 's33b-reviews-v3-rebuild-500',
    split: 'dev',
    description: 'bookinfo product page sometimes says reviews are unavailable, maybe 1 in 3 refreshes',
    incidentTime: IT,
    expected: { component: 'reviews', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'decoy'],
    grounding: `
      Manifests: istio/istio samples/bookinfo/platform/kube/bookinfo.yaml (reviews v1/v2/v3 behind one reviews Service selecting
      app: reviews, no probes, sidecar-injected; productpage calls http://reviews:9080/reviews/<id> and renders "Sorry, product
      reviews are currently unavailable for this book." on any non-200). Fault, a real failure class of Open Liberty images: the
      Community team rebuilt reviews-v3 on a newer Open Liberty base (image ${NEW_IMG}) with a trimmed server.xml feature list
      that drops jsonp-1.1, so javax.json is not on the application class path; the server starts, the pod is Ready (no
      readiness probe upstream) and every /reviews call fails with SRVE0777E and java.lang.NoClassDefFoundError:
      javax/json/Json. The mesh round-robins reviews across the three versions, so about one page in three has no reviews
      (productpage still answers 200; its urllib3 DEBUG lines show the 500s from reviews). Expected reviews bad-deploy-rollout.
      Decoys: an old details-v1 restart, ratings untouched and healthy, the istio-proxy readiness warning every new pod gets while Envoy starts.
    `,
    workloads: {
      ...Object.fromEntries(Object.entries(SELECT).map(([wl, app]) => [wl, { serviceSelector: { app } }])),
      'reviews-v3': { serviceSelector: { app: 'reviews' }, rollout: { at: -34.2, revision: 3 }, containers: { reviews: { image: NEW_IMG } }, deployAnnotations: { 'kubernetes.io/change-cause': 'reviews-v3 on Open Liberty 24.0.0.3 base (COMM-412)' } },
      'details-v1': {
        serviceSelector: { app: 'details' },
        pods: [{ containers: { details: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 200), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 10), finishedAt: T.iso(-60 * 24 * 2 - 200.3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v3-%NEW% to 1', first: -34.2 },
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v3-%OLD% to 0 from 1', first: -33.6 },
      { on: 'pod:reviews-v3#0', reason: 'Pulling', fieldPath: 'spec.containers{reviews}', message: `Pulling image "${NEW_IMG}"`, first: -34.1 },
      { on: 'pod:reviews-v3#0', reason: 'Pulled', fieldPath: 'spec.containers{reviews}', message: `Successfully pulled image "${NEW_IMG}" in 7.412s (7.412s including waiting). Image size: 312864051 bytes.`, first: -34 },
      { on: 'pod:reviews-v3#0', reason: 'Created', fieldPath: 'spec.containers{reviews}', message: 'Created container reviews', first: -34 },
      { on: 'pod:reviews-v3#0', reason: 'Started', fieldPath: 'spec.containers{reviews}', message: 'Started container reviews', first: -33.9 },
      { on: 'pod:reviews-v3#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{istio-proxy}', message: 'Readiness probe failed: Get "http://%PODIP%:15021/healthz/ready": dial tcp %PODIP%:15021: connect: connection refused', first: -34 },
    ],
    logs: {
      'productpage-v1#0/productpage': pp,
      'reviews-v3#0/reviews': v3,
      'reviews-v1#0/reviews': v1,
      'reviews-v2#0/reviews': v1,
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080', 'GET /ratings/0', 'GET /ratings/0', 'GET /ratings/1', 'GET /ratings/0'],
    },
  },
];
