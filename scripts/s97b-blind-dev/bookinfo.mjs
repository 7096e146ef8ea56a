// Blind dev batch s97b, Bookinfo: a productpage release (Ready) whose reviews call timeout was cut from 3 s to 0.3 s, so
// most product pages show "reviews unavailable" while reviews answers 200 in ~0.5 s. Built by scripts/s97b-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };
const I = '2026-05-15T14:40:00Z';
const T = clock(I);
const NEW = 'us-east-2-registry.example.com/bookinfo/examples-bookinfo-productpage-v1:1.20.1-perf2';
const ts = (min) => T.isoMs(min);
const UA = 'python-requests/2.31.0';
const rid = (i) => `${(0x3b9f1c2a + i * 7919).toString(16)}-7e1d-9c4a-b2f0-${(0x51c3e8a90d2b + i * 104729).toString(16)}`;
const out = (min, i, code, flags, details, dur, svc, upstream) =>
  `[${ts(min)}] "GET /${svc}/0 HTTP/1.1" ${code} ${flags} ${details} - "-" 0 ${code === 200 ? (svc === 'details' ? 178 : 358) : 0} ${dur} ${code === 200 ? dur - 2 : '-'} "-" "${UA}" "${rid(i)}" "${svc}:9080" "${upstream}:9080" outbound|9080||${svc}.bookinfo.svc.cluster.local %PODIP%:${41000 + i} %SVCIP:${svc}%:9080 %PODIP%:${52000 + i} - default`;
const inbound = (min, i, dur, flags = '-', details = 'via_upstream') =>
  `[${ts(min)}] "GET /reviews/0 HTTP/1.1" 200 ${flags} ${details} - "-" 0 ${flags === '-' ? 358 : 0} ${dur} ${dur - 1} "-" "${UA}" "${rid(i)}" "reviews:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:${43000 + i} %PODIP%:9080 %IPOF:productpage-v1#0%:${41000 + i} outbound_.9080_._.reviews.bookinfo.svc.cluster.local default`;
const mins = [-16.5, -14.2, -12.8, -11.1, -9.6, -8.3, -6.9, -5.2, -3.8, -2.4, -1.3];
const ppProxy = [
  ...mins.flatMap((m, k) => {
    const i = 10 + k;
    const served = k % 4 === 3;
    return [
      out(m, i, 200, '-', 'via_upstream', 8, 'details', '%IPOF:details-v1#0%'),
      served ? out(m + 0.01, i, 200, '-', 'via_upstream', 241, 'reviews', '%IPOF:reviews-v1#0%')
        : out(m + 0.01, i, 0, 'DC', 'downstream_remote_disconnect', 300, 'reviews', k % 2 ? '%IPOF:reviews-v3#0%' : '%IPOF:reviews-v2#0%'),
    ];
  }),
];
const ppApp = [
  '[2026-05-15 14:21:05 +0000] [1] [INFO] Starting gunicorn 21.2.0'.replace('2026-05-15 14:21:05', T.java(-19).slice(0, 19)),
  `[${T.java(-19).slice(0, 19)} +0000] [1] [INFO] Listening at: http://[::]:9080 (1)`,
  `[${T.java(-19).slice(0, 19)} +0000] [1] [INFO] Using worker: gevent`,
  ...[7, 8, 9, 10, 11, 12, 13, 14].map((p) => `[${T.java(-19).slice(0, 19)} +0000] [${p}] [INFO] Booting worker with pid: ${p}`),
  ...mins.flatMap((m, k) => [
    'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080',
    'DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178',
    'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080',
    ...(k % 4 === 3 ? ['DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 358'] : []),
  ]),
];
const reviewsApp = (v) => [
  `[AUDIT   ] CWWKZ0001I: Application reviews-app started in 3.871 seconds.`,
  `[AUDIT   ] CWWKF0012I: The server installed the following features: [cdi-4.0, jsonp-2.1, jaxrs-3.1, restfulWS-3.1, servlet-6.0].`,
  `[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.112 seconds.`,
];
const reviewsProxy = (pfx, ks) => ks.map((k) => inbound(mins[k] + 0.01, 10 + k, 480 + k * 13, 'DC', 'downstream_remote_disconnect'));

export const scenarios = [
  bookinfoScenario({
    folder: 's97b-productpage-short-reviews-timeout',
    description: 'bookinfo product page: "Sorry, product reviews are currently unavailable" most of the time since ~14:22. reviews pods all green, ratings fine',
    incidentTime: I,
    expected: { component: 'productpage', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'productpage', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'time-expression', 'network-latency'],
    grounding: `Istio Bookinfo platform/kube/bookinfo.yaml (release-1.23): productpage (Python, gunicorn gevent, requests) calls
      details and reviews; getProductReviews() uses send_request(url, timeout=3.0) and renders "Sorry, product reviews are
      currently unavailable for this book." on any exception. reviews (Open Liberty) v2/v3 call ratings and answer in ~0.5 s.
      Fault: a team-built productpage image (1.20.1-perf2, rolled out at 14:21) lowered the reviews timeout to 0.3 s in a
      "fail fast" change; the pod is Ready, and its istio-proxy shows outbound reviews requests ending after 300 ms with
      response code 0 and flag DC (downstream_remote_disconnect) while reviews' own sidecars show 200s at ~0.5 s; only the fast
      reviews-v1 (no ratings call) answers in time. Deviation from upstream: the productpage image (registry and tag) of the
      new ReplicaSet; everything else in the template is unchanged.`,
    workloads: {
      'productpage-v1': {
        rollout: { at: -19.5, oldContainers: { productpage: { image: 'docker.io/istio/examples-bookinfo-productpage-v1:1.20.1' } } },
        containers: { productpage: { image: NEW } },
      },
    },
    logs: {
      'productpage-v1#0/productpage': ppApp,
      'productpage-v1#0/istio-proxy': ppProxy,
      'reviews-v2#0/reviews': reviewsApp('v2'),
      'reviews-v2#0/istio-proxy': reviewsProxy('v2', [0, 2, 4, 6, 8, 10]),
      'reviews-v3#0/istio-proxy': reviewsProxy('v3', [1, 5, 9]),
    },
    events: [
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productpage-v1-%NEW% to 1', first: -19.5, source: 'deployment-controller' },
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productpage-v1-%OLD% to 0 from 1', first: -18.6, source: 'deployment-controller' },
      { on: 'pod:productpage-v1#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, first: -19.4, fieldPath: 'spec.containers{productpage}' },
      { on: 'pod:productpage-v1#0', reason: 'Pulled', message: `Successfully pulled image "${NEW}" in 4.218s (4.218s including waiting). Image size: 68143226 bytes.`, first: -19.3, fieldPath: 'spec.containers{productpage}' },
      { on: 'pod:productpage-v1#0', reason: 'Started', message: 'Started container productpage', first: -19.2, fieldPath: 'spec.containers{productpage}' },
    ],
  }),
];
