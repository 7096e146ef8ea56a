// Blind dev batch s75c — Istio Bookinfo: one scenario (a worker node under memory pressure evicting reviews and ratings).
// System from scripts/kit-systems/bookinfo.mjs (bookinfoScenario for the upstream `app` selectors); built by scripts/s75c-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const A = 'ip-192-168-11-74.us-east-2.compute.internal';
const B = 'ip-192-168-45-130.us-east-2.compute.internal';
const C = 'ip-192-168-77-9.us-east-2.compute.internal';

const T = clock('2026-05-12T15:41:00Z');
const IMG = (n) => `docker.io/istio/examples-bookinfo-${n}:1.20.1`;

// Istio default TEXT access log line of an outbound call from productpage.
const acc = (min, path, code, flags, details, term, bytes, dur, rid, host, upstream, cluster, up, local, remote) =>
  `[${T.isoMs(min)}] "GET ${path} HTTP/1.1" ${code} ${flags} ${details} - "${term}" 0 ${bytes} ${dur} ${code === 200 ? dur - 1 : '-'} "-" "python-requests/2.31.0" "${rid}" "${host}" "${upstream}" ${cluster} ${up} ${local} ${remote} - default`;

const libertyBoot = (pod) => [
  'Launching defaultServer (Open Liberty 24.0.0.1/wlp-1.0.84.cl240120240115-1909) on Eclipse OpenJ9 VM, version 11.0.21+9 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ol/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml',
  '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ol/wlp/usr/servers/defaultServer/configDropins/defaults/open-default-port.xml',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  `[AUDIT   ] CWWKT0016I: Web application available (default_host): http://${pod}:9080/`,
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 3.871 seconds.',
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [cdi-2.0, jaxrs-2.1, jaxrsClient-2.1, jndi-1.0, json-1.0, jsonp-1.1, servlet-4.0].',
  '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 9.204 seconds.',
];

const evictMsg = (avail, container, usage) =>
  `The node was low on resource: memory. Threshold quantity: 100Mi, available: ${avail}. Container ${container} was using ${usage}, request is 0, has larger consumption of memory. `;

const evicted = (min, msg) => ({ node: B, evicted: msg, created: T.iso(-60 * 24 * 9) });

export const scenarios = [
  bookinfoScenario({
    folder: 's75c-reviews-evicted-node-memory-pressure',
    incidentTime: '2026-05-12T15:41:00Z',
    description: 'product page keeps flipping to "Sorry, product reviews are currently unavailable for this book." since ~15:25, sometimes stars missing too. details section fine',
    expected: { component: 'reviews', cause: 'node-pressure', node: B },
    alsoAcceptable: [{ component: 'ratings', cause: 'node-pressure', node: B }],
    difficulty: 'hard',
    traits: ['node-level', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifests: samples/bookinfo/platform/kube/bookinfo.yaml (+ details-v2, ratings-v2-mysql, mysqldb) as the kit system has them;
      the app containers set no resources upstream, so reviews (Open Liberty JVM) and ratings run with request 0 next to
      istio-proxy's 128Mi request (pods Burstable) — the first pods the kubelet ranks for eviction when the node runs short.
      Fault: node ${B} under MemoryPressure since 15:25 (a node-level memory consumer outside the bookinfo namespace — in the
      story a kube-system log-shipping DaemonSet buffering while its output stalls, as in public fluent-bit memory-growth reports;
      it is not in this namespaced snapshot). The kubelet's node-pressure eviction (kubernetes.io docs "Node-pressure Eviction",
      message format of pkg/kubelet/eviction: "The node was low on resource: memory. Threshold quantity: …, available: ….
      Container … was using …, request is 0, has larger consumption of memory.") evicted reviews-v2 (15:27), reviews-v3 (15:33)
      and ratings-v1 (15:37); the node is tainted node.kubernetes.io/memory-pressure:NoSchedule, so the replacements land on the
      other two nodes. No readiness probe on reviews, so each replacement takes traffic while Liberty starts: productpage's
      Envoy logs 503 UF/URX to reviews and ratings around each eviction and productpage renders the "unavailable" text.
      reviews-v1 is still on the node (it does not call ratings and uses less memory). Expected: the reviews pods evicted by
      the node's memory pressure (node-pressure on ${B}); ratings, evicted by the same node, is also accepted.
      Decoys: details-v1 restarted once five days ago (exit 1), the Evicted pods of the earlier evictions still listed.
      Deviations from upstream: none in the manifests; Liberty/OpenJ9 version strings as the 1.20.1 reviews image prints them
      are approximate.`,
    nodes: {
      [B]: {
        conditions: {
          MemoryPressure: { type: 'MemoryPressure', status: 'True', lastHeartbeatTime: T.iso(-0.4), lastTransitionTime: T.iso(-16), reason: 'KubeletHasInsufficientMemory', message: 'kubelet has insufficient memory available' },
        },
        taints: [{ key: 'node.kubernetes.io/memory-pressure', effect: 'NoSchedule', timeAdded: T.iso(-16) }],
      },
    },
    workloads: {
      'details-v1': {
        pods: [{ node: C, containers: { details: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 5), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 5 - 0.2) } }) } }],
      },
      'details-v2': { pods: [{ node: A }] },
      'ratings-v1': {
        pods: [
          evicted(-4, evictMsg('88412Ki', 'ratings', '61240Ki')),
          { node: C, created: T.iso(-3.9) },
        ],
      },
      'ratings-v2-mysql': { pods: [{ node: A }] },
      'reviews-v1': { pods: [{ node: B }] },
      'reviews-v2': {
        pods: [
          evicted(-14, evictMsg('79820Ki', 'reviews', '1398712Ki')),
          { node: A, created: T.iso(-13.9) },
        ],
      },
      'reviews-v3': {
        pods: [
          evicted(-8, evictMsg('84116Ki', 'reviews', '1412560Ki')),
          { node: C, created: T.iso(-7.9) },
        ],
      },
      'productpage-v1': { pods: [{ node: A }] },
      'mysqldb-v1': { pods: [{ node: C }] },
    },
    events: [
      { on: `node:${B}`, reason: 'NodeHasInsufficientMemory', message: `Node ${B} status is now: NodeHasInsufficientMemory`, first: -16, last: -16 },
      { on: `node:${B}`, reason: 'EvictionThresholdMet', message: 'Attempting to reclaim memory', type: 'Warning', first: -16, last: -4.1, count: 5 },
      { on: 'pod:reviews-v2#0', reason: 'Evicted', message: evictMsg('79820Ki', 'reviews', '1398712Ki'), type: 'Warning', first: -14.1, last: -14.1 },
      { on: 'pod:reviews-v2#0', reason: 'Killing', message: 'Stopping container reviews', first: -14.1, last: -14.1 },
      { on: 'pod:reviews-v2#0', reason: 'Killing', message: 'Stopping container istio-proxy', first: -14.1, last: -14.1 },
      { on: 'pod:reviews-v2#1', reason: 'Scheduled', message: `Successfully assigned bookinfo/%POD% to ${A}`, source: 'default-scheduler', first: -13.9, last: -13.9 },
      { on: 'pod:reviews-v2#1', reason: 'Pulled', message: `Container image "${IMG('reviews-v2')}" already present on machine`, first: -13.7, last: -13.7 },
      { on: 'pod:reviews-v2#1', reason: 'Created', message: 'Created container reviews', first: -13.7, last: -13.7 },
      { on: 'pod:reviews-v2#1', reason: 'Started', message: 'Started container reviews', first: -13.7, last: -13.7 },
      { on: 'pod:reviews-v3#0', reason: 'Evicted', message: evictMsg('84116Ki', 'reviews', '1412560Ki'), type: 'Warning', first: -8.1, last: -8.1 },
      { on: 'pod:reviews-v3#0', reason: 'Killing', message: 'Stopping container reviews', first: -8.1, last: -8.1 },
      { on: 'pod:reviews-v3#0', reason: 'Killing', message: 'Stopping container istio-proxy', first: -8.1, last: -8.1 },
      { on: 'pod:reviews-v3#1', reason: 'Scheduled', message: `Successfully assigned bookinfo/%POD% to ${C}`, source: 'default-scheduler', first: -7.9, last: -7.9 },
      { on: 'pod:reviews-v3#1', reason: 'Pulled', message: `Container image "${IMG('reviews-v3')}" already present on machine`, first: -7.7, last: -7.7 },
      { on: 'pod:reviews-v3#1', reason: 'Started', message: 'Started container reviews', first: -7.7, last: -7.7 },
      { on: 'pod:ratings-v1#0', reason: 'Evicted', message: evictMsg('88412Ki', 'ratings', '61240Ki'), type: 'Warning', first: -4.1, last: -4.1 },
      { on: 'pod:ratings-v1#0', reason: 'Killing', message: 'Stopping container ratings', first: -4.1, last: -4.1 },
      { on: 'pod:ratings-v1#1', reason: 'Scheduled', message: `Successfully assigned bookinfo/%POD% to ${C}`, source: 'default-scheduler', first: -3.9, last: -3.9 },
      { on: 'pod:ratings-v1#1', reason: 'Started', message: 'Started container ratings', first: -3.7, last: -3.7 },
    ],
    logs: {
      'productpage-v1#0/productpage': [
        'INFO:root:start at port 9080',
        ...[-22, -19, -16].flatMap((m) => [
          `DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080`,
          `DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178`,
          `DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080`,
          `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${m === -19 ? 295 : 379}`,
        ]),
        'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080',
        'DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178',
        'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080',
        'DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 503 145',
        'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080',
        'DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178',
        'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080',
        'DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 503 145',
        'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080',
        'DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178',
        'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080',
        'DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 295',
        'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080',
        'DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178',
        'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080',
        'DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 503 145',
        'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080',
        'DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178',
        'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080',
        'DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 379',
      ],
      'productpage-v1#0/istio-proxy': [
        `${T.isoMs(-60 * 24 * 9 + 0.3)}\tinfo\tFLAG: --concurrency="2"`,
        `${T.isoMs(-60 * 24 * 9 + 0.4)}\tinfo\tEnvoy proxy is ready`,
        acc(-20.2, '/reviews/0', 200, '-', 'via_upstream', '-', 379, 41, 'a41f6c0e-2f8b-9c1d-b7e2-5d0a3c8e71f4', 'reviews:9080', '%IPOF:reviews-v1#0%:9080', 'outbound|9080||reviews.bookinfo.svc.cluster.local', '%PODIP%:48212', '%SVCIP:reviews%:9080', '%PODIP%:39804'),
        acc(-14.05, '/reviews/0', 503, 'UF,URX', 'upstream_reset_before_response_started{connection_failure}', 'delayed_connect_error:_Connection_refused', 145, 27, '0c7e2b91-64d3-9f0a-8e15-2b7c4d9a03e6', 'reviews:9080', '192.168.40.231:9080', 'outbound|9080||reviews.bookinfo.svc.cluster.local', '-', '%SVCIP:reviews%:9080', '%PODIP%:40318'),
        acc(-13.6, '/reviews/0', 503, 'UF,URX', 'upstream_reset_before_response_started{connection_failure}', 'delayed_connect_error:_Connection_refused', 145, 31, '7d2a9e40-1b6c-9e83-a0f4-6c1e8b5d2a97', 'reviews:9080', '%IPOF:reviews-v2#1%:9080', 'outbound|9080||reviews.bookinfo.svc.cluster.local', '-', '%SVCIP:reviews%:9080', '%PODIP%:40466'),
        acc(-12.8, '/reviews/0', 200, '-', 'via_upstream', '-', 295, 1840, 'e81b3f27-9a0c-9d45-b6e1-3f7a2c0d8e54', 'reviews:9080', '%IPOF:reviews-v2#1%:9080', 'outbound|9080||reviews.bookinfo.svc.cluster.local', '%PODIP%:48950', '%SVCIP:reviews%:9080', '%PODIP%:40712'),
        acc(-8.05, '/reviews/0', 503, 'UF,URX', 'upstream_reset_before_response_started{connection_failure}', 'delayed_connect_error:_Connection_refused', 145, 29, '4f6b0a13-c8e2-9a71-9d30-8e2f5b1c6a09', 'reviews:9080', '192.168.40.236:9080', 'outbound|9080||reviews.bookinfo.svc.cluster.local', '-', '%SVCIP:reviews%:9080', '%PODIP%:41120'),
        acc(-7.6, '/reviews/0', 503, 'UF,URX', 'upstream_reset_before_response_started{connection_failure}', 'delayed_connect_error:_Connection_refused', 145, 33, '93c0d5e8-2a71-9b4f-8c62-1d9e7a3f0b58', 'reviews:9080', '%IPOF:reviews-v3#1%:9080', 'outbound|9080||reviews.bookinfo.svc.cluster.local', '-', '%SVCIP:reviews%:9080', '%PODIP%:41302'),
        acc(-3.95, '/reviews/0', 200, '-', 'via_upstream', '-', 379, 3012, '2b8e6f41-7d0c-9a53-b1e8-6a4c2f9d0e17', 'reviews:9080', '%IPOF:reviews-v3#1%:9080', 'outbound|9080||reviews.bookinfo.svc.cluster.local', '%PODIP%:49410', '%SVCIP:reviews%:9080', '%PODIP%:41876'),
        acc(-1.2, '/reviews/0', 200, '-', 'via_upstream', '-', 295, 52, 'c6a1e9d3-0f4b-9e27-a8d5-7b3f1e6c2a40', 'reviews:9080', '%IPOF:reviews-v2#1%:9080', 'outbound|9080||reviews.bookinfo.svc.cluster.local', '%PODIP%:48950', '%SVCIP:reviews%:9080', '%PODIP%:42230'),
      ],
      'reviews-v2#1/reviews': [
        ...libertyBoot('reviews-v2'),
        'Error: unable to contact http://ratings:9080/ratings got status of 503',
        'Error: unable to contact http://ratings:9080/ratings got status of 503',
      ],
      'reviews-v3#1/reviews': [
        ...libertyBoot('reviews-v3'),
        'Error: unable to contact http://ratings:9080/ratings got status of 503',
      ],
      'reviews-v1#0/reviews': libertyBoot('reviews-v1'),
      'ratings-v1#1/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'details-v1#0/details': [
        `[${T.isoMs(-60 * 24 * 5).replace('T', ' ').replace('Z', '')}] INFO  WEBrick 1.8.1`,
        `[${T.isoMs(-60 * 24 * 5).replace('T', ' ').replace('Z', '')}] INFO  ruby 3.3.0 (2023-12-25) [x86_64-linux]`,
        `[${T.isoMs(-60 * 24 * 5).replace('T', ' ').replace('Z', '')}] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`,
      ],
    },
  }),
];
