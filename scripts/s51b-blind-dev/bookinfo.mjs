// Batch s51b blind dev scenario for Istio Bookinfo (kit system scripts/kit-systems/bookinfo.mjs reduced to bookinfo.yaml's
// workloads): a VirtualService shifted to a reviews subset the DestinationRule does not define; productpage's sidecar 503 NC.
import { createHash } from 'node:crypto';
import { clock } from '../s2-scenario-kit.mjs';
import { system as full } from '../kit-systems/bookinfo.mjs';

const HTTP = { ports: [{ name: 'http', port: 9080, targetPort: 9080 }] };
const DROP = ['details-v2', 'ratings-v2-mysql', 'mysqldb-v1'];
// bookinfo.yaml: details-v1 and ratings-v1 behind the Services details and ratings (selector app only).
export const system = {
  ...full,
  workloads: full.workloads
    .filter((w) => !DROP.includes(w.name))
    .map((w) => (w.name === 'details-v1' ? { ...w, service: { name: 'details', ...HTTP } } : w.name === 'ratings-v1' ? { ...w, service: { name: 'ratings', ...HTTP } } : w)),
};
const SELECT = { 'details-v1': 'details', 'ratings-v1': 'ratings', 'reviews-v3': 'reviews', 'productpage-v1': 'productpage' };
const withSelectors = (spec) => {
  const workloads = { ...(spec.workloads ?? {}) };
  for (const [wl, app] of Object.entries(SELECT)) workloads[wl] = { serviceSelector: { app }, ...(workloads[wl] ?? {}) };
  return { ...spec, workloads };
};

const T = clock('2026-11-20T13:37:00Z');
const SVC = (n) => `${n}.bookinfo.svc.cluster.local`;
const rid = (min, k) => { const x = createHash('sha256').update(`${min}/${k}`).digest('hex'); return `${x.slice(0, 8)}-${x.slice(8, 12)}-4${x.slice(13, 16)}-9${x.slice(17, 20)}-${x.slice(20, 32)}`; };
const UA_PY = 'python-requests/2.31.0';
const UA_WEB = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15';
const GW = '192.168.45.18';
const out = (min, path, code, flags, details, sent, dur, host, cluster, svc, k) =>
  `[${T.isoMs(min)}] "GET ${path} HTTP/1.1" ${code} ${flags} ${details} - "-" 0 ${sent} ${dur} ${code === 200 ? dur - 1 : '-'} "-" "${UA_PY}" "${rid(min, k)}" "${svc}:9080" "${host}" ${cluster} ${host === '-' ? '-' : `%PODIP%:${41000 + k}`} %SVCIP:${svc}%:9080 %PODIP%:${52000 + k} - -`;
const inbound = (min, path, sent, dur, ua, from, route, k) =>
  `[${T.isoMs(min)}] "GET ${path} HTTP/1.1" 200 - via_upstream - "-" 0 ${sent} ${dur} ${dur - 1} "${from === GW ? '10.0.12.7' : '-'}" "${ua}" "${rid(min, k)}" "${from === GW ? 'bookinfo.shop.example.com' : path.startsWith('/reviews') ? 'reviews:9080' : 'productpage:9080'}" "%PODIP%:9080" inbound|9080|| 127.0.0.6:${43000 + k} %PODIP%:9080 ${from}:${38000 + k} ${route} default`;

const ppPage = (min, k, reviewsOk, via) => [
  out(min - 0.0007, '/details/0', 200, '-', 'via_upstream', 178, 9, '%IPOF:details-v1#0%:9080', `outbound|9080||${SVC('details')}`, 'details', k + 1),
  reviewsOk
    ? out(min - 0.0005, '/reviews/0', 200, '-', 'via_upstream', 358, 38, `%IPOF:${via}#0%:9080`, `outbound|9080|${via.slice(-2)}|${SVC('reviews')}`, 'reviews', k + 2)
    : out(min - 0.0005, '/reviews/0', 503, 'NC', 'cluster_not_found', 0, 0, '-', '-', 'reviews', k + 2),
  inbound(min - 0.0009, '/productpage', reviewsOk ? 5293 : 4371, reviewsOk ? 61 : 19, UA_WEB, GW, 'outbound_.9080_._.productpage.bookinfo.svc.cluster.local', k),
];
const ppApp = (ok) => [
  "send: b'GET /details/0 HTTP/1.1\\r\\nHost: details:9080\\r\\nuser-agent: python-requests/2.31.0\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\n\\r\\n'",
  "reply: 'HTTP/1.1 200 OK\\r\\n'",
  'header: content-type: application/json',
  'header: server: envoy',
  'header: x-envoy-upstream-service-time: 8',
  "send: b'GET /reviews/0 HTTP/1.1\\r\\nHost: reviews:9080\\r\\nuser-agent: python-requests/2.31.0\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\n\\r\\n'",
  ...(ok
    ? ["reply: 'HTTP/1.1 200 OK\\r\\n'", 'header: content-type: application/json', 'header: server: envoy', 'header: x-envoy-upstream-service-time: 37']
    : ["reply: 'HTTP/1.1 503 Service Unavailable\\r\\n'", 'header: content-length: 0', 'header: server: envoy']),
];
const liberty = (pod) => [
  'Launching defaultServer (Open Liberty 24.0.0.6/wlp-1.0.90.cl240620240603-2001) on Eclipse OpenJ9 VM, version 11.0.23+9 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  `[AUDIT   ] CWWKT0016I: Web application available (default_host): http://${pod}:9080/`,
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 1.402 seconds.',
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [jaxrs-2.1, jaxrsClient-2.1, jndi-1.0, json-1.0, jsonp-1.1, servlet-4.0].',
  '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 5.118 seconds.',
];

const ppProxy = [];
const ppLog = ['INFO:root:start at port 9080'];
[-31.6, -27.2, -23.9, -20.4, -17.7, -15.1].forEach((m, i) => { ppProxy.push(...ppPage(m, 10 * i, true, i % 2 ? 'reviews-v2' : 'reviews-v1')); ppLog.push(...ppApp(true)); });
[-13.6, -12.2, -10.9, -8.4, -6.6, -4.1, -2.7, -0.8].forEach((m, i) => { ppProxy.push(...ppPage(m, 100 + 10 * i, false)); ppLog.push(...ppApp(false)); });

const rv2 = [];
[-27.2, -20.4, -15.1].forEach((m, i) => {
  rv2.push(`[${T.isoMs(m - 0.0001)}] "GET /ratings/0 HTTP/1.1" 200 - via_upstream - "-" 0 48 4 3 "-" "Apache-CXF/3.1.18" "${rid(m, 10 * i + 2)}" "ratings:9080" "%IPOF:ratings-v1#0%:9080" outbound|9080||${SVC('ratings')} %PODIP%:${47000 + i} %SVCIP:ratings%:9080 %PODIP%:${48000 + i} - default`);
  rv2.push(inbound(m - 0.0003, '/reviews/0', 358, 38, UA_PY, '%IPOF:productpage-v1#0%', 'outbound_.9080_.v2_.reviews.bookinfo.svc.cluster.local', 10 * i + 2));
});

export const scenarios = [
  withSelectors({
    folder: 's51b-reviews-subset-missing',
    description: 'productpage shows "reviews are currently unavailable" for every book',
    incidentTime: '2026-11-20T13:37:00Z',
    expected: { component: 'reviews', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'reviews', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'decoy'],
    grounding: `
      Bookinfo (bookinfo.yaml, Istio 1.23 sidecars): productpage calls details:9080 and reviews:9080 with python-requests and,
      on a non-200 from reviews, still renders the page (HTTP 200) with "Sorry, product reviews are currently unavailable for
      this book."; productpage.py sets http.client debuglevel 1, so its stdout carries the send:/reply:/header: lines.
      Fault: the community team promoted reviews-v3 (rolled out 32 minutes earlier with STAR_COLOR=red, healthy) by changing
      the VirtualService reviews to route 100% to subset v3 at 13:23, but the DestinationRule reviews in their repo still only
      defines subsets v1 and v2 (samples' old destination-rule for reviews). Envoy has no cluster outbound|9080|v3|reviews..., so
      productpage's sidecar answers every reviews call locally: 503 with response flag NC / cluster_not_found, no upstream host
      (Istio's "Route rules have no effect / 503 after applying a VirtualService with an undefined subset" troubleshooting
      case). Every reviews pod is Running and Ready and simply stops receiving traffic; nothing restarts, no event; the
      VirtualService and DestinationRule are not in the snapshot, only the sidecar logs show it.
      Decoy: the reviews-v3 rollout itself, healthy and idle.
      Expected: reviews, network-fault (the mesh cannot route to reviews); a careful engineer would also accept config-error
      on reviews (the routing configuration of reviews is wrong). Not bad-deploy-rollout: the new reviews-v3 pod is healthy.
    `,
    workloads: {
      'reviews-v3': {
        rollout: { at: -32, revision: 2 },
        containers: { reviews: { env: [{ name: 'LOG_DIR', value: '/tmp/logs' }, { name: 'STAR_COLOR', value: 'red' }] } },
      },
    },
    events: [
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v3-%NEW% to 1', first: -32 },
      { on: 'pod:reviews-v3#0', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-reviews-v3:1.20.1" already present on machine', first: -31.6 },
      { on: 'pod:reviews-v3#0', reason: 'Started', message: 'Started container reviews', first: -31.5 },
      { on: 'pod:reviews-v3#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: HTTP probe failed with statuscode: 503', fieldPath: 'spec.containers{istio-proxy}', first: -31.5, count: 1 },
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v3-%OLD% to 0 from 1', first: -31.0 },
    ],
    logs: {
      'productpage-v1#0/istio-proxy': ppProxy,
      'productpage-v1#0/productpage': ppLog,
      'reviews-v2#0/istio-proxy': rv2,
      'reviews-v2#0/reviews': liberty('%POD%'),
      'reviews-v3#0/reviews': liberty('%POD%'),
      'reviews-v3#0/istio-proxy': [
        `${T.isoMs(-31.5)}\tinfo\tFLAG: --concurrency="2"`,
        `${T.isoMs(-31.5)}\tinfo\tVersion 1.23.2-6c42b9e0bd9f1c2ad1fd64d4bb7e6b3d6e4ce37d-Clean`,
        `${T.isoMs(-31.4)}\tinfo\tcache\tgenerated new workload certificate\tresourceName=default latency=112.804512ms ttl=23h59m59.887196211s`,
        `${T.isoMs(-31.4)}\twarn\tEnvoy proxy is NOT ready: config received from XDS server, but not yet applied`,
        `${T.isoMs(-31.2)}\tinfo\tReadiness succeeded in 1.771233457s`,
        `${T.isoMs(-31.2)}\tinfo\tEnvoy proxy is ready`,
      ],
    },
  }),
];
