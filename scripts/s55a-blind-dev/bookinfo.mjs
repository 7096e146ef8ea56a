// Batch s55a (blind dev): one Bookinfo scenario for the kit — no fault: stars that change on every refresh are the three
// reviews versions behind one Service (no VirtualService pins a version); system from scripts/kit-systems/bookinfo.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const T = clock('2026-05-15T16:20:00Z');
const UA = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const rid = (i) => `${(0x5e3a9c10 + i * 7919).toString(16)}-2b7d-9c4e-a1f0-${(0x3b8e21d4c7a0 + i * 104729).toString(16)}`;
const pilot = (min, lvl, scope, msg) => `${T.isoMs(min).replace('Z', '')}${String(100 + (Math.abs(Math.round(min * 997)) % 900)).padStart(3, '0')}Z\t${lvl}\t${scope}${msg === undefined ? '' : `\t${msg}`}`;
const proxyBoot = (min) => [
  pilot(min, 'info', 'FLAG: --concurrency="2"'),
  pilot(min, 'info', 'Version 1.23.2-8d6fc3cd4e73d1daa21b70bd4aafe1a1d35e5e96-Clean'),
  pilot(min + 0.01, 'info', 'Proxy role', 'ips=[%PODIP%] type=sidecar id=%POD%.bookinfo domain=bookinfo.svc.cluster.local'),
  pilot(min + 0.02, 'info', 'xdsproxy', 'connected to delta upstream XDS server: istiod.istio-system.svc:15012\tid=1'),
  pilot(min + 0.04, 'info', 'cache', 'generated new workload certificate\tresourceName=default latency=112.603148ms ttl=23h59m59.887396852s'),
  pilot(min + 0.05, 'info', 'Readiness succeeded in 1.102543017s'),
  pilot(min + 0.05, 'info', 'Envoy proxy is ready'),
];
// istiod closes every XDS stream after MaxServerConnectionAge (30 min); the agent logs the reconnect.
const xdsCycle = (from, to) => {
  const out = [];
  for (let m = from; m < to; m += 30.2) {
    out.push(pilot(m, 'warning', 'envoy config', 'external/envoy/source/extensions/config_subscription/grpc/grpc_stream.h:152\tStreamAggregatedResources gRPC config stream to xds-grpc closed: 0, \tthread=21'));
    out.push(pilot(m + 0.001, 'info', 'xdsproxy', `connected to delta upstream XDS server: istiod.istio-system.svc:15012\tid=${2 + Math.round((m - from) / 30.2)}`));
  }
  return out;
};
const BYTES = { 'reviews-v1': 295, 'reviews-v2': 375, 'reviews-v3': 371 };
const ORDER = ['reviews-v1', 'reviews-v3', 'reviews-v2', 'reviews-v1', 'reviews-v2', 'reviews-v3', 'reviews-v3', 'reviews-v1', 'reviews-v2'];
const MINS = [-19.6, -19.4, -19.3, -19.1, -18.9, -18.8, -11.2, -11.0, -10.9];
const access = [];
const app = [];
ORDER.forEach((v, i) => {
  const m = MINS[i];
  const d = 18 + ((i * 13) % 17);
  access.push(`[${T.isoMs(m)}] "GET /details/0 HTTP/1.1" 200 - via_upstream - "-" 0 178 4 3 "-" "${UA}" "${rid(i)}" "details:9080" "%IPOF:details-v1#0%:9080" outbound|9080||details.bookinfo.svc.cluster.local %PODIP%:${41800 + i} %SVCIP:details%:9080 %PODIP%:${52100 + i} - default`);
  access.push(`[${T.isoMs(m + 0.0005)}] "GET /reviews/0 HTTP/1.1" 200 - via_upstream - "-" 0 ${BYTES[v]} ${d} ${d - 1} "-" "${UA}" "${rid(i)}" "reviews:9080" "%IPOF:${v}#0%:9080" outbound|9080||reviews.bookinfo.svc.cluster.local %PODIP%:${43900 + i} %SVCIP:reviews%:9080 %PODIP%:${55300 + i} - default`);
  access.push(`[${T.isoMs(m - 0.0002)}] "GET /productpage HTTP/1.1" 200 - via_upstream - "-" 0 ${5179 + (BYTES[v] - 295) * 3} ${d + 9} ${d + 8} "10.0.14.22" "${UA}" "${rid(i)}" "books.example.com" "%PODIP%:9080" inbound|9080|| 127.0.0.6:${36100 + i} %PODIP%:9080 10.0.14.22:0 outbound_.9080_._.productpage.bookinfo.svc.cluster.local default`);
  app.push(
    'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080',
    "reply: 'HTTP/1.1 200 OK\\r\\n'", 'header: content-type: application/json', 'header: server: envoy', 'header: content-length: 178',
    'DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178',
    'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080',
    "reply: 'HTTP/1.1 200 OK\\r\\n'", 'header: content-type: application/json', 'header: server: envoy', `header: content-length: ${BYTES[v]}`, `header: x-envoy-upstream-service-time: ${d - 1}`,
    `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" ${200} ${BYTES[v]}`,
  );
});
const liberty = (name) => [
  'Launching defaultServer (Open Liberty 24.0.0.6/wlp-1.0.90.cl240620240603-2001) on Eclipse OpenJ9 VM, version 11.0.23+9 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ol/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  `[AUDIT   ] CWWKT0016I: Web application available (default_host): http://${name}:9080/`,
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 2.874 seconds.',
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [jaxrs-2.1, jaxrsClient-2.1, json-1.0, jsonp-1.1, servlet-4.0].',
  '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 5.913 seconds.',
];
const pp = system.workloads.find((w) => w.name === 'productpage-v1');

export const scenarios = [
  bookinfoScenario({
    folder: 's55a-stars-change-on-refresh-reviews-versions',
    incidentTime: '2026-05-15T16:20:00Z',
    description: 'QA says since the productpage deploy this afternoon the stars on the book page are flaky - refresh and theyre gone, refresh again black, then red ones. is reviews broken??',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'partial-name', 'typo', 'time-expression'],
    workloads: {
      'productpage-v1': {
        rollout: { at: -50, revision: 4, oldReplicas: 0, oldContainers: { productpage: { image: pp.containers[0].image.replace(':1.20.1', ':1.20.0') } } },
      },
      'reviews-v2': {
        replicas: 1,
        pods: [
          { node: 'ip-192-168-77-9.us-east-2.compute.internal', created: T.iso(-60 * 24 * 2 - 251) },
          {
            node: 'ip-192-168-45-130.us-east-2.compute.internal', created: T.iso(-60 * 24 * 9),
            evicted: 'The node was low on resource: ephemeral-storage. Threshold quantity: 10146121926, available: 9853184Ki. Container reviews was using 2841316Ki, request is 0, has larger consumption of ephemeral-storage. ',
          },
        ],
      },
    },
    events: [
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productpage-v1-%NEW% to 1', first: -50 },
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productpage-v1-%OLD% to 0 from 1', first: -48.9 },
      { on: 'pod:productpage-v1#0', reason: 'Pulled', fieldPath: 'spec.containers{productpage}', message: `Successfully pulled image "${pp.containers[0].image}" in 6.812s (6.812s including waiting). Image size: 63317840 bytes.`, first: -49.35 },
      { on: 'pod:productpage-v1#0', reason: 'Started', fieldPath: 'spec.containers{productpage}', message: 'Started container productpage', first: -49.25 },
      { on: 'pod:productpage-v1#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{istio-proxy}', message: 'Readiness probe failed: Get "http://%PODIP%:15021/healthz/ready": dial tcp %PODIP%:15021: connect: connection refused', first: -49.22 },
    ],
    logs: {
      'productpage-v1#0/productpage': [
        `[${T.java(-49.2).slice(0, 19)} +0000] [1] [INFO] Starting gunicorn 22.0.0`,
        `[${T.java(-49.2).slice(0, 19)} +0000] [1] [INFO] Listening at: http://[::]:9080 (1)`,
        `[${T.java(-49.2).slice(0, 19)} +0000] [1] [INFO] Using worker: gevent`,
        ...[8, 9, 10, 11].map((p) => `[${T.java(-49.2).slice(0, 19)} +0000] [${p}] [INFO] Booting worker with pid: ${p}`),
        ...app,
      ],
      'productpage-v1#0/istio-proxy': [...proxyBoot(-49.24), ...xdsCycle(-25.1, -20), ...access],
      'reviews-v1#0/reviews': liberty('%POD%'),
      'reviews-v2#0/reviews': liberty('%POD%'),
      'reviews-v3#0/reviews': liberty('%POD%'),
      'reviews-v2#0/istio-proxy': [...xdsCycle(-47.3, -1),
        `[${T.isoMs(-19.3)}] "GET /ratings/0 HTTP/1.1" 200 - via_upstream - "-" 0 48 3 2 "-" "${UA}" "${rid(2)}" "ratings:9080" "%IPOF:ratings-v1#0%:9080" outbound|9080||ratings.bookinfo.svc.cluster.local %PODIP%:39120 %SVCIP:ratings%:9080 %PODIP%:50218 - default`,
        `[${T.isoMs(-10.9)}] "GET /ratings/0 HTTP/1.1" 200 - via_upstream - "-" 0 48 4 3 "-" "${UA}" "${rid(8)}" "ratings:9080" "%IPOF:ratings-v2-mysql#0%:9080" outbound|9080||ratings.bookinfo.svc.cluster.local %PODIP%:39120 %SVCIP:ratings%:9080 %PODIP%:50244 - default`,
      ],
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
    },
    grounding: `
      No fault. Bookinfo as bookinfo.yaml ships it: the reviews Service selects app=reviews only, so reviews-v1 (no stars),
      reviews-v2 (black stars) and reviews-v3 (red stars) all sit behind it, and without a VirtualService/DestinationRule
      (not applied here, the istio docs' "request routing" task applies them) Envoy balances productpage's calls across
      the three — the sample's documented "refresh the page and the stars change" behaviour. The productpage-v1 rollout 50
      minutes ago (1.20.0 → 1.20.1, a routine image bump, one connection-refused readiness probe of istio-proxy while the
      sidecar started) is the decoy the reporter ties it to; productpage's urllib3/http.client debug lines and its sidecar's
      access log (Istio default TEXT format, meshConfig access logging on) show every call 200, the upstream host rotating
      over the three reviews pods, body sizes 295/375/371 by version. Other noise: reviews-v2's earlier pod left Failed with
      reason Evicted two days ago (ephemeral-storage pressure from Liberty's output dir; the Deployment replaced it on
      another node), the XDS stream recycling warnings istiod causes every 30 minutes. Deviation: the kit's Bookinfo
      carries details-v2, ratings-v2-mysql and mysqldb too; they are healthy and unrelated. A careful engineer answers:
      expected behaviour, pin reviews with a VirtualService if one version is wanted.
    `,
  }),
];
