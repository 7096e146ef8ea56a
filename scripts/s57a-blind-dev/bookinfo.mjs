// Blind dev batch s57a: one Istio Bookinfo scenario for the scenario kit (scripts/s2-scenario-kit.mjs), built by
// scripts/s57a-build.mjs — an in-house details-v1 release that is Ready but answers every lookup with an error.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export const system = base;

const INC = '2026-05-19T15:26:00Z';
const T = clock(INC);
const ROLL = -23; // 15:03 — details-v1 revision 2 rolls out
const NEW_IMG = '418295033617.dkr.ecr.us-east-2.amazonaws.com/bookinfo/details-v1:1.21.0';
const OLD_IMG = 'docker.io/istio/examples-bookinfo-details-v1:1.20.1';

const webrickTs = (min) => `[${T.java(min).slice(0, 19)}]`;
const clf = (min) => {
  const d = new Date(Date.parse(INC) + min * 60000);
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return `[${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} UTC]`;
};
const rubyLogger = (min, sev, msg) => `${sev[0]}, [${T.isoMs(min).replace('Z', '').replace(/\.(\d{3})$/, '.$1123')} #1] ${sev.padStart(5)} -- : ${msg}`;
const envoyTs = (min) => `[${T.isoMs(min)}]`;
const proxyLine = (min, lvl, scope, msg) => `${T.isoMs(min).replace('Z', '')}412Z\t${lvl}\t${scope}\t${msg}`;
const rid = (i) => `${(0x3a7f21c4 + i * 7919).toString(16)}-9c1e-4b7d-a2f3-${String(100000000000 + i * 104729).slice(0, 12)}`;

const detailsLog = [
  `${webrickTs(ROLL + 0.6)} INFO  WEBrick 1.8.1`,
  `${webrickTs(ROLL + 0.6)} INFO  ruby 3.3.4 (2024-07-09 revision be1089c8ec) [x86_64-linux]`,
  `${webrickTs(ROLL + 0.6)} INFO  WEBrick::HTTPServer#start: pid=1 port=9080`,
];
const ppLog = [];
const ppProxy = [
  proxyLine(-60 * 24 * 4 + 0.2, 'info', 'FLAG: --concurrency="0"', ''),
  proxyLine(-60 * 24 * 4 + 0.3, 'info', 'Envoy proxy is ready', ''),
];
const detProxy = [proxyLine(ROLL + 0.55, 'info', 'Envoy proxy is ready', '')];
for (let m = -40, i = 0; m < -0.2; m += 0.45, i++) {
  const bad = m > ROLL + 0.9;
  const status = bad ? 400 : 200;
  const size = bad ? 71 : 178;
  ppLog.push('DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080');
  ppLog.push(`DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" ${status} ${size}`);
  ppLog.push('DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080');
  ppLog.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${i % 3 === 0 ? 358 : 379}`);
  ppProxy.push(`${envoyTs(m)} "GET /details/0 HTTP/1.1" ${status} - via_upstream - "-" 0 ${size} ${bad ? 4 : 2} ${bad ? 3 : 2} "-" "python-requests/2.32.3" "${rid(i)}" "details:9080" "%IPOF:details-v1#0%:9080" outbound|9080||details.bookinfo.svc.cluster.local %PODIP%:${40100 + i} %SVCIP:details%:9080 %PODIP%:${52000 + i} - default`);
  ppProxy.push(`${envoyTs(m + 0.002)} "GET /reviews/0 HTTP/1.1" 200 - via_upstream - "-" 0 379 ${14 + (i % 9)} ${13 + (i % 9)} "-" "python-requests/2.32.3" "${rid(i + 5000)}" "reviews:9080" "%IPOF:reviews-v${1 + (i % 3)}#0%:9080" outbound|9080||reviews.bookinfo.svc.cluster.local %PODIP%:${43100 + i} %SVCIP:reviews%:9080 %PODIP%:${55000 + i} - default`);
  if (m > ROLL + 0.6) {
    if (bad) detailsLog.push(rubyLogger(m, 'WARN', "book lookup failed for product 0: undefined method 'delete' for nil (NoMethodError)"));
    detailsLog.push(`127.0.0.6 - - ${clf(m)} "GET /details/0 HTTP/1.1" ${status} ${size}`);
    detailsLog.push('- -> /details/0');
    detProxy.push(`${envoyTs(m)} "GET /details/0 HTTP/1.1" ${status} - via_upstream - "-" 0 ${size} ${bad ? 3 : 1} ${bad ? 2 : 1} "-" "python-requests/2.32.3" "${rid(i)}" "details:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:${47000 + i} %PODIP%:9080 %IPOF:productpage-v1#0%:${40100 + i} outbound_.9080_._.details.bookinfo.svc.cluster.local default`);
  }
}
ppProxy.push(proxyLine(-31.5, 'warning', 'envoy config external/envoy/source/extensions/config_subscription/grpc/grpc_stream.h:155', 'StreamAggregatedResources gRPC config stream to xds-grpc closed: 13, \tthread=14'));
ppProxy.sort();
detProxy.sort();

const zeroScale = {
  replicas: 0,
  deployStatus: {
    observedGeneration: 6,
    conditions: [
      { type: 'Available', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 12), lastTransitionTime: T.iso(-60 * 24 * 12), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
      { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 12), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet has successfully progressed.' },
    ],
  },
};

export const scenarios = [
  bookinfoScenario({
    folder: 's57a-details-release-isbn-nil',
    incidentTime: INC,
    description: 'book detials panel shows "Sorry, product details are currently unavailable" on every productpage for ~20 min — catalog folks can you look? reviews/stars still render',
    expected: { component: 'details', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'typo', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifests: istio/istio samples/bookinfo/platform/kube (bookinfo.yaml; -details-v2, -ratings-v2-mysql, -mysql), sidecar-injected
      with Istio 1.23 (SOURCES.md). details-v1 is the only version behind Service details (details-v2 and ratings-v2-mysql scaled
      to 0 after the egress and MySQL exercises; mysqldb-v1 left running, unused).
      Fault: the catalog team rolled details-v1 to an in-house build (ECR bookinfo/details-v1:1.21.0) at 15:03. The release
      normalises ISBNs in get_book_details and reads a field the static book record does not have, so every lookup raises
      NoMethodError; details.rb's mount_proc '/details' rescues any error and answers {"error": ...} with status 400 (upstream
      behaviour of samples/bookinfo/src/details/details.rb). The pod starts, WEBrick listens, the Pod is Ready and the rollout
      completes (NewReplicaSetAvailable); nothing restarts. productpage's getProductDetails treats any non-200 as "Sorry, product
      details are currently unavailable for this book." (productpage.py), while reviews keep answering 200.
      Logs: WEBrick start lines and common/referer access-log lines on stderr (peer 127.0.0.6, Istio's inbound passthrough
      source), the release's own Ruby Logger WARN per failed lookup; productpage's urllib3 DEBUG lines (productpage.py sets
      logging to DEBUG) and its istio-proxy access log in Istio's default TEXT format (400 via_upstream, not an Envoy error).
      Decoys: reviews-v3 restarted by kubectl rollout restart two days ago (healthy); an xDS stream reconnect warning (grpc
      status 13) that istio-proxy prints every ~30 minutes. Deviations: the in-house image and its WARN line are invented for
      the scenario; the old Events of the rollout two days ago have expired (1h Event TTL).
    `,
    workloads: {
      'details-v1': {
        rollout: { at: ROLL, revision: 2, oldContainers: { details: { image: OLD_IMG } } },
        containers: { details: { image: NEW_IMG } },
      },
      'details-v2': zeroScale,
      'ratings-v2-mysql': zeroScale,
      'reviews-v3': {
        rollout: { at: -60 * 24 * 2 - 190, revision: 3, oldPatch: { podAnnotations: base.workloads.find((w) => w.name === 'reviews-v3').podAnnotations } },
        patch: { podAnnotations: { ...base.workloads.find((w) => w.name === 'reviews-v3').podAnnotations, 'kubectl.kubernetes.io/restartedAt': T.iso(-60 * 24 * 2 - 190) } },
      },
    },
    events: [
      { on: 'deploy:details-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set details-v1-%NEW% to 1', first: ROLL, last: ROLL },
      { on: 'deploy:details-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set details-v1-%OLD% to 0 from 1', first: ROLL + 0.7, last: ROLL + 0.7 },
      { on: 'pod:details-v1#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bookinfo/%POD% to %NODE%', first: ROLL + 0.02 },
      { on: 'pod:details-v1#0', reason: 'Pulled', fieldPath: 'spec.initContainers{istio-init}', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', first: ROLL + 0.05 },
      { on: 'pod:details-v1#0', reason: 'Created', fieldPath: 'spec.initContainers{istio-init}', message: 'Created container istio-init', first: ROLL + 0.06 },
      { on: 'pod:details-v1#0', reason: 'Started', fieldPath: 'spec.initContainers{istio-init}', message: 'Started container istio-init', first: ROLL + 0.07 },
      { on: 'pod:details-v1#0', reason: 'Pulling', fieldPath: 'spec.containers{details}', message: `Pulling image "${NEW_IMG}"`, first: ROLL + 0.1 },
      { on: 'pod:details-v1#0', reason: 'Pulled', fieldPath: 'spec.containers{details}', message: `Successfully pulled image "${NEW_IMG}" in 4.213s (4.213s including waiting). Image size: 31487216 bytes.`, first: ROLL + 0.18 },
      { on: 'pod:details-v1#0', reason: 'Created', fieldPath: 'spec.containers{details}', message: 'Created container details', first: ROLL + 0.19 },
      { on: 'pod:details-v1#0', reason: 'Started', fieldPath: 'spec.containers{details}', message: 'Started container details', first: ROLL + 0.2 },
      { on: 'pod:details-v1#0', reason: 'Created', fieldPath: 'spec.containers{istio-proxy}', message: 'Created container istio-proxy', first: ROLL + 0.21 },
      { on: 'pod:details-v1#0', reason: 'Started', fieldPath: 'spec.containers{istio-proxy}', message: 'Started container istio-proxy', first: ROLL + 0.22 },
    ],
    logs: {
      'details-v1#0/details': detailsLog,
      'details-v1#0/istio-proxy': detProxy,
      'productpage-v1#0/productpage': ppLog,
      'productpage-v1#0/istio-proxy': ppProxy,
      'reviews-v3#0/reviews': [
        `[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 9.871 seconds.`,
      ],
    },
  }),
];
