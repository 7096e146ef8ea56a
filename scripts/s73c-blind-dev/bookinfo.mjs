// Blind dev batch s73c: one Bookinfo no-fault scenario (stars "randomly" missing or changing colour: the reviews
// Service round-robins v1/v2/v3 as designed), on scripts/kit-systems/bookinfo.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export const system = base;

const T = clock('2026-07-09T13:37:00Z');
const ACCESS = (min, method, path, code, bytes, dur, up, host, upIp, cluster, id) =>
  `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${code} - via_upstream - "-" 0 ${bytes} ${dur} ${dur - 1} "-" "python-requests/2.31.0" "${id}" "${host}" "${upIp}" ${cluster} %PODIP%:${40000 + Math.round(-min * 53) % 20000} ${up} %PODIP%:${30000 + Math.round(-min * 71) % 20000} - default`;
const ppProxy = [];
let n = 0;
for (let m = -45; m < -0.2; m += 0.4) {
  const v = ['v1', 'v2', 'v3'][n % 3];
  const id = `${(0x1a2b3c4d + n * 7919).toString(16)}-5e6f-9a0b-8c1d-${(0x2e3f4a5b6c7d + n).toString(16)}`;
  ppProxy.push(ACCESS(m, 'GET', '/details/0', 200, 178, 4 + (n % 3), '%SVCIP:details%:9080', 'details:9080', `%IPOF:details-v${1 + (n % 2)}#0%:9080`, 'outbound|9080||details.bookinfo.svc.cluster.local', id));
  ppProxy.push(ACCESS(m + 0.01, 'GET', '/reviews/0', 200, v === 'v1' ? 358 : 437, v === 'v1' ? 12 + (n % 5) : 28 + (n % 9), '%SVCIP:reviews%:9080', 'reviews:9080', `%IPOF:reviews-${v}#0%:9080`, 'outbound|9080||reviews.bookinfo.svc.cluster.local', id));
  n++;
}
const ppLog = [];
for (let m = -45; m < -0.2; m += 0.4) ppLog.push(`INFO:werkzeug:127.0.0.6 - - [${new Date(Date.parse(T.isoMs(m))).toUTCString().slice(5, 25).replace(/ (\w\w\w) (\d{4}) /, '/$1/$2 ')}] "GET /productpage HTTP/1.1" 200 -`);
const rev3 = [
  `[${T.java(-44.6).replace(' ', 'T')}Z] [AUDIT   ] CWWKE0001I: The server defaultServer has been launched.`,
  `[${T.java(-44.2).replace(' ', 'T')}Z] [AUDIT   ] CWWKT0016I: Web application available (default_host): http://%POD%:9080/`,
  `[${T.java(-44.1).replace(' ', 'T')}Z] [AUDIT   ] CWWKZ0001I: Application reviews-app started in 3.917 seconds.`,
  `[${T.java(-44.0).replace(' ', 'T')}Z] [AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.402 seconds.`,
];

export const scenarios = [
  bookinfoScenario({
    folder: 's73c-reviews-stars-round-robin',
    incidentTime: '2026-07-09T13:37:00Z',
    description: 'bookinfo product page: ratngs stars only show up sometimes?? refresh and theyre black, refresh again red, again gone. is ratings flaky',
    difficulty: 'hard',
    traits: ['no-fault', 'typo', 'partial-name', 'decoy'],
    grounding: `
      Manifest facts: istio/istio samples/bookinfo/platform/kube/bookinfo.yaml — the reviews Service selects app: reviews,
      so it spans reviews-v1 (no ratings call, no stars), reviews-v2 (black stars) and reviews-v3 (red stars). Without a
      VirtualService pinning a subset, each productpage request lands on any of the three; Istio's Bookinfo guide says
      exactly this ("refresh the page several times ... red stars, black stars, no stars", round robin).
      No fault: every pod is Running and Ready, productpage's sidecar logs only 200s to reviews (358-byte bodies from v1,
      437 from v2/v3) and to details; ratings answers. The complaint is the sample's designed behaviour after the
      team's "reviews-v3 only" VirtualService was never applied in this namespace.
      Decoy: reviews-v3's pod was recreated 45 minutes ago (Cluster Autoscaler scale-down moved it) and its istio-proxy
      failed readiness twice while Liberty started (Unhealthy events, connection refused on 15021), Ready since.
      Deviations: the reschedule and its events are invented; the access-log lines follow Istio's default TEXT format.
    `,
    workloads: {
      'reviews-v3': { pods: [{ created: T.iso(-45), node: 'ip-192-168-77-9.us-east-2.compute.internal' }] },
    },
    events: [
      { on: 'pod:reviews-v3#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bookinfo/%POD% to %NODE%', first: -45, last: -45 },
      { on: 'pod:reviews-v3#0', reason: 'Started', message: 'Started container reviews', first: -44.8, last: -44.8, fieldPath: 'spec.containers{reviews}' },
      { on: 'pod:reviews-v3#0', reason: 'Started', message: 'Started container istio-proxy', first: -44.8, last: -44.8, fieldPath: 'spec.containers{istio-proxy}' },
      { on: 'pod:reviews-v3#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:15021/healthz/ready": dial tcp %PODIP%:15021: connect: connection refused', first: -44.7, last: -44.5, count: 2, fieldPath: 'spec.containers{istio-proxy}' },
    ],
    logs: {
      'productpage-v1#0/istio-proxy': ppProxy,
      'productpage-v1#0/productpage': ppLog,
      'reviews-v3#0/reviews': rev3,
    },
  }),
];
