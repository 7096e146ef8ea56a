// Blind held-out scenario (batch s24b, split: test) for Bookinfo, in the kit's spec format (scripts/s2-scenario-kit.mjs):
// no fault: stars missing on some product pages are reviews-v1 answering its share of traffic, as Bookinfo is built.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const T = clock('2026-05-22T15:20:00Z');
const ROLL = -48;
const uuid = (n) => {
  const x = (n * 2654435761 >>> 0).toString(16).padStart(8, '0');
  return `${x}-${x.slice(0, 4)}-9${x.slice(1, 4)}-a${x.slice(4, 7)}-${x}${x.slice(0, 4)}`;
};
const env = (min, path, code, bytes, dur, ua, n, host, upstream, cluster, local, remote, route) =>
  `[${T.isoMs(min)}] "GET ${path} HTTP/1.1" ${code} - via_upstream - "-" 0 ${bytes} ${dur} ${dur - 1} "-" "${ua}" "${uuid(n)}" "${host}" "${upstream}" ${cluster} ${local} ${remote} ${route}`;

// productpage -> reviews round-robins over v1 (no ratings call), v2 (black stars), v3 (red stars).
const VERS = ['v1', 'v2', 'v3'];
const reqs = [];
for (let m = -40, n = 1; m < -0.3; m += 0.9, n++) reqs.push({ m, n, v: VERS[n % 3], book: 0 });

const productpage = [
  ...reqs.flatMap(({ m, v }) => [
    `DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178`,
    `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${v === 'v1' ? 358 : v === 'v2' ? 437 : 435}`,
    `INFO:werkzeug:::ffff:127.0.0.6 - - [${T.iso(m).slice(8, 10)}/May/2026 ${T.iso(m).slice(11, 19)}] "GET /productpage HTTP/1.1" 200 -`,
  ]),
];
const reviewsProxy = (ver) => reqs.filter((r) => r.v === ver).flatMap(({ m, n }) => {
  const lines = [];
  if (ver !== 'v1')
    lines.push(env(m + 0.002, '/ratings/0', 200, 48, 3, 'Apache-CXF/3.1.18', n + 5000, 'ratings:9080', `%IPOF:${n % 2 ? 'ratings-v2-mysql' : 'ratings-v1'}#0%:9080`, 'outbound|9080||ratings.bookinfo.svc.cluster.local', '%PODIP%:48122', '%SVCIP:ratings%:9080', '%PODIP%:40318 - default'));
  lines.push(env(m + 0.004, '/reviews/0', 200, ver === 'v1' ? 358 : 437, ver === 'v1' ? 5 : 11, 'python-requests/2.31.0', n, 'reviews:9080', '%PODIP%:9080', 'inbound|9080||', '127.0.0.6:51231', '%PODIP%:9080', '%IPOF:productpage-v1#0%:37710 outbound_.9080_._.reviews.bookinfo.svc.cluster.local default'));
  return lines;
});

const ratingsProxy = (odd) => reqs.filter((r) => r.v !== 'v1' && r.n % 2 === odd).map(({ m, n, v }) =>
  env(m + 0.003, '/ratings/0', 200, 48, 1, 'Apache-CXF/3.1.18', n + 5000, 'ratings:9080', '%PODIP%:9080', 'inbound|9080||', '127.0.0.6:44107', '%PODIP%:9080', `%IPOF:reviews-${v}#0%:48122 outbound_.9080_._.ratings.bookinfo.svc.cluster.local default`));

export const scenarios = [
  bookinfoScenario({
    folder: 's24b-reviews-v1-no-stars',
    incidentTime: '2026-05-22T15:20:00Z',
    description: 'bookinfo product page: star ratings missing for lots of customers, reviews show with no stars. ratings broken?',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy'],
    grounding: `
      Istio's samples/bookinfo/platform/kube/bookinfo.yaml (plus details-v2, ratings-v2-mysql and mysqldb as the kit system
      has them): the reviews Service selects app=reviews only, so without a VirtualService requests round-robin over
      reviews-v1, -v2 and -v3; reviews-v1 never calls ratings and renders reviews without stars (v2 black, v3 red) by
      design. Nothing is wrong: every pod is Running and Ready, productpage gets 200 from details and reviews (358-byte
      bodies from v1, ~437 from v2/v3), the reviews-v2/v3 sidecars log outbound GET /ratings/0 200, reviews-v1's only
      inbound, ratings answers every call. The report is a third of page loads hitting reviews-v1. Decoys: a
      'kubectl rollout restart' of reviews-v2 48 minutes earlier with the usual two istio-proxy readiness failures while
      the sidecar started. Envoy lines follow Istio's default access-log format (meshConfig.accessLogFile /dev/stdout).
      No fault.`,
    workloads: {
      'reviews-v2': {
        rollout: { at: ROLL, revision: 4 },
        patch: { podAnnotations: { ...system.workloads.find((w) => w.name === 'reviews-v2').podAnnotations, 'kubectl.kubernetes.io/restartedAt': T.iso(ROLL) } },
      },
    },
    events: [
      { on: 'deploy:reviews-v2', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v2-%NEW% to 1', first: ROLL },
      { on: 'deploy:reviews-v2', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v2-%OLD% to 0 from 1', first: ROLL + 0.7 },
      { on: 'pod:reviews-v2#0', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', source: 'default-scheduler', first: ROLL },
      { on: 'pod:reviews-v2#0', reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', first: ROLL + 0.05, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:reviews-v2#0', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-reviews-v2:1.20.1" already present on machine', first: ROLL + 0.1, fieldPath: 'spec.containers{reviews}' },
      { on: 'pod:reviews-v2#0', reason: 'Started', message: 'Started container reviews', first: ROLL + 0.1, fieldPath: 'spec.containers{reviews}' },
      { on: 'pod:reviews-v2#0', reason: 'Started', message: 'Started container istio-proxy', first: ROLL + 0.1, fieldPath: 'spec.containers{istio-proxy}' },
      { on: 'pod:reviews-v2#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:15021/healthz/ready": dial tcp %PODIP%:15021: connect: connection refused', first: ROLL + 0.15, last: ROLL + 0.4, count: 2, fieldPath: 'spec.containers{istio-proxy}' },
    ],
    logs: {
      'productpage-v1#0/productpage': productpage,
      'reviews-v1#0/istio-proxy': reviewsProxy('v1'),
      'reviews-v2#0/istio-proxy': reviewsProxy('v2'),
      'reviews-v3#0/istio-proxy': reviewsProxy('v3'),
      'reviews-v2#0/reviews': [
        `Launching defaultServer (Open Liberty 24.0.0.6/wlp-1.0.90.cl240620240603-2001) on Eclipse OpenJ9 VM, version 17.0.11+9 (en_US)`,
        `[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.`,
        `[AUDIT   ] CWWKT0016I: Web application available (default_host): http://%POD%:9080/`,
        `[AUDIT   ] CWWKZ0001I: Application reviews-app started in 2.113 seconds.`,
        `[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 5.871 seconds.`,
      ],
      'ratings-v1#0/istio-proxy': ratingsProxy(0),
      'ratings-v2-mysql#0/istio-proxy': ratingsProxy(1),
    },
  }),
];
