// Blind dev batch s57b, Istio Bookinfo: one scenario on the kit system scripts/kit-systems/bookinfo.mjs.
// A game-day Istio fault injection (7s delay on every call to ratings) left applied: network-fault on the path to ratings.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const T = clock('2026-03-05T10:55:00Z');
const rid = (n) => {
  const x = (n * 2654435761 >>> 0).toString(16).padStart(8, '0');
  return `${x}-${x.slice(0, 4)}-9${x.slice(5, 8)}-a${x.slice(1, 4)}-${x}${x.slice(0, 4)}`;
};
// Istio's default TEXT access-log format (meshConfig.accessLogFile=/dev/stdout).
const acc = (min, path, code, flags, details, sent, dur, upt, ua, n, authority, upstream, cluster, local, down, remote) =>
  `[${T.isoMs(min)}] "GET ${path} HTTP/1.1" ${code} ${flags} ${details} - "-" 0 ${sent} ${dur} ${upt} "-" "${ua}" "${rid(n)}" "${authority}" "${upstream}" ${cluster} ${local} ${down} ${remote} ${cluster.startsWith('inbound') ? 'outbound_.9080_._.' + authority.split(':')[0] + '.bookinfo.svc.cluster.local' : '-'} default`;
const PY = 'python-requests/2.31.0';
const CXF = 'Apache-CXF/3.1.18';

const ppProxy = [], ppApp = [], v2Proxy = [], v3Proxy = [], v3App = [], r1Proxy = [], v1Proxy = [];
let n = 1000;
for (let i = 0; i < 30; i++) {
  const m = -14.5 + i * 0.45;
  const which = ['v1', 'v2', 'v3'][i % 3];
  n++;
  ppApp.push(`DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080`);
  ppApp.push(`DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178`);
  ppProxy.push(acc(m, '/details/0', 200, '-', 'via_upstream', 178, 4, 3, PY, n, 'details:9080', '%IPOF:details-v1#0%:9080', 'outbound|9080||details.bookinfo.svc.cluster.local', '%PODIP%:51' + String(100 + i), '%SVCIP:details%:9080', '%PODIP%:4' + String(1000 + i)));
  ppApp.push(`DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080`);
  if (which === 'v1') {
    ppApp.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 358`);
    ppProxy.push(acc(m + 0.01, '/reviews/0', 200, '-', 'via_upstream', 358, 27, 26, PY, n, 'reviews:9080', '%IPOF:reviews-v1#0%:9080', 'outbound|9080||reviews.bookinfo.svc.cluster.local', '%PODIP%:52' + String(100 + i), '%SVCIP:reviews%:9080', '%PODIP%:4' + String(2000 + i)));
    v1Proxy.push(acc(m + 0.01, '/reviews/0', 200, '-', 'via_upstream', 358, 25, 24, PY, n, 'reviews:9080', '%PODIP%:9080', 'inbound|9080||', '127.0.0.6:4' + String(3000 + i), '%PODIP%:9080', '%IPOF:productpage-v1#0%:5' + String(3000 + i)));
  } else if (which === 'v2') {
    // productpage's own 3s timeout, one retry (the illustrative bug of productpage.py), then the error box
    ppApp.push(`DEBUG:urllib3.connectionpool:Starting new HTTP connection (2): reviews:9080`);
    ppProxy.push(acc(m + 0.01, '/reviews/0', 0, 'DC', 'downstream_remote_disconnect', 0, 3001, '-', PY, n, 'reviews:9080', '%IPOF:reviews-v2#0%:9080', 'outbound|9080||reviews.bookinfo.svc.cluster.local', '%PODIP%:52' + String(100 + i), '%SVCIP:reviews%:9080', '%PODIP%:4' + String(2000 + i)));
    ppProxy.push(acc(m + 0.06, '/reviews/0', 0, 'DC', 'downstream_remote_disconnect', 0, 3002, '-', PY, n, 'reviews:9080', '%IPOF:reviews-v2#0%:9080', 'outbound|9080||reviews.bookinfo.svc.cluster.local', '%PODIP%:53' + String(100 + i), '%SVCIP:reviews%:9080', '%PODIP%:4' + String(2000 + i)));
    v2Proxy.push(acc(m + 0.01, '/ratings/0', 200, 'DI', 'via_upstream', 48, 7004, 3, CXF, n, 'ratings:9080', '%IPOF:ratings-v1#0%:9080', 'outbound|9080||ratings.bookinfo.svc.cluster.local', '%PODIP%:36' + String(100 + i), '%SVCIP:ratings%:9080', '%PODIP%:4' + String(4000 + i)));
    v2Proxy.push(acc(m + 0.01, '/reviews/0', 0, 'DC', 'downstream_remote_disconnect', 0, 3000, '-', PY, n, 'reviews:9080', '%PODIP%:9080', 'inbound|9080||', '127.0.0.6:4' + String(5000 + i), '%PODIP%:9080', '%IPOF:productpage-v1#0%:5' + String(4000 + i)));
    r1Proxy.push(acc(m + 0.127, '/ratings/0', 200, '-', 'via_upstream', 48, 2, 1, CXF, n, 'ratings:9080', '%PODIP%:9080', 'inbound|9080||', '127.0.0.6:3' + String(6000 + i), '%PODIP%:9080', '%IPOF:reviews-v2#0%:5' + String(5000 + i)));
  } else {
    ppApp.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 397`);
    ppProxy.push(acc(m + 0.01, '/reviews/0', 200, '-', 'via_upstream', 397, 2541, 2540, PY, n, 'reviews:9080', '%IPOF:reviews-v3#0%:9080', 'outbound|9080||reviews.bookinfo.svc.cluster.local', '%PODIP%:52' + String(100 + i), '%SVCIP:reviews%:9080', '%PODIP%:4' + String(2000 + i)));
    v3Proxy.push(acc(m + 0.01, '/ratings/0', 0, 'DI,DC', 'downstream_remote_disconnect', 0, 2501, '-', CXF, n, 'ratings:9080', '-', 'outbound|9080||ratings.bookinfo.svc.cluster.local', '-', '%SVCIP:ratings%:9080', '%PODIP%:4' + String(6000 + i)));
    v3App.push(`[err] Error: unable to contact http://ratings:9080/ratings got exception javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: SocketTimeoutException invoking http://ratings:9080/ratings/0: Read timed out`);
  }
}
const envoyBoot = (min) => [
  `${T.isoMs(min)}\tinfo\tFIPS is not enabled`,
  `${T.isoMs(min)}\tinfo\tEnvoy proxy is ready`,
];

export const scenarios = [
  bookinfoScenario({
    folder: 's57b-ratings-leftover-fault-delay',
    incidentTime: '2026-03-05T10:55:00Z',
    description: "bookinfo: since ~10:40 most product page loads show 'Sorry, product reviews are currently unavailable for this book.' or reviews w/o stars. page itself + details load fine, nothing crashed",
    expected: { component: 'ratings', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'reviews', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'network-latency', 'callers-only', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Follows Istio's Fault Injection task (istio.io docs/tasks/traffic-management/fault-injection, samples/bookinfo/networking/
      virtual-service-ratings-test-delay.yaml): a VirtualService for ratings with fault.delay fixedDelay 7s makes productpage
      (3s timeout and one retry in productpage.py getProductReviews) give up on reviews-v2, whose call to ratings waits the 7s
      (LibertyRestEndpoint: 10s client timeout for black stars), while reviews-v3 (red stars, 2.5s timeout) answers without
      ratings. Fault: a game-day copy of that VirtualService, with the end-user: jason match removed and percentage 100, was
      applied at 10:38 and never deleted. VirtualServices are not part of the snapshot, so the fault shows only in the sidecars'
      access logs: the DI (delay injected) response flag on reviews' outbound calls to ratings (7004ms for a request ratings'
      own inbound log serves in 2ms), DI,DC for reviews-v3's abandoned calls, productpage's outbound DC at 3001ms. ratings pods
      are Ready and quiet; the callers are the loud ones. The delay sits on the path to ratings: network-fault on ratings
      (reviews' outbound path also acceptable).
      Decoys: reviews-v3 was restarted with kubectl rollout restart at 08:45 (same image, healthy), details-v1 has an old
      restart of its istio-proxy (OOMKilled under the 1Gi limit five days ago), ratings-v1's sidecar still has last week's
      xDS warning from its start.
      Deviations from upstream: mesh installed with accessLogFile /dev/stdout (the demo profile); the access-log addresses,
      ports and request ids are invented; productpage's urllib3 DEBUG lines are as productpage.py's logging setup prints them.`,
    workloads: {
      'reviews-v3': {
        rollout: { at: -130, revision: 3, oldPatch: { podAnnotations: system.workloads.find((w) => w.name === 'reviews-v3').podAnnotations } },
        patch: { podAnnotations: { ...system.workloads.find((w) => w.name === 'reviews-v3').podAnnotations, 'kubectl.kubernetes.io/restartedAt': T.iso(-130.2) } },
      },
      'details-v1': {
        pods: [{ containers: { 'istio-proxy': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 5), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 5 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v3-%NEW% to 1', first: -130 },
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v3-%OLD% to 0 from 1', first: -129 },
    ],
    logs: {
      'productpage-v1#0/productpage': [
        `[${T.java(-60 * 24 * 9).slice(0, 19)} +0000] [1] [INFO] Starting gunicorn 22.0.0`,
        `[${T.java(-60 * 24 * 9).slice(0, 19)} +0000] [1] [INFO] Listening at: http://[::]:9080 (1)`,
        `[${T.java(-60 * 24 * 9).slice(0, 19)} +0000] [1] [INFO] Using worker: gevent`,
        ...ppApp,
      ],
      'productpage-v1#0/istio-proxy': [...envoyBoot(-60 * 24 * 9 + 0.1), ...ppProxy],
      'reviews-v2#0/istio-proxy': [...envoyBoot(-60 * 24 * 9 + 0.1), ...v2Proxy],
      'reviews-v3#0/istio-proxy': [...envoyBoot(-129.5), ...v3Proxy],
      'reviews-v3#0/reviews': [
        'Launching defaultServer (Open Liberty 24.0.0.6/wlp-1.0.90.cl240620240603-2001) on Eclipse OpenJ9 VM, version 17.0.11+9 (en_US)',
        '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
        '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://%POD%:9080/',
        '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 1.873 seconds.',
        '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.112 seconds.',
        ...v3App,
      ],
      'reviews-v1#0/istio-proxy': [...envoyBoot(-60 * 24 * 9 + 0.1), ...v1Proxy],
      'ratings-v1#0/istio-proxy': [
        ...envoyBoot(-60 * 24 * 9 + 0.1),
        `${T.isoMs(-60 * 24 * 6)}\twarning\tenvoy config external/envoy/source/extensions/config_subscription/grpc/grpc_stream.h:155\tStreamAggregatedResources gRPC config stream to xds-grpc closed since 41s ago: 14, connection error: desc = "transport: Error while dialing: dial tcp 10.100.4.17:15012: i/o timeout"\tthread=15`,
        ...r1Proxy,
      ],
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
    },
  }),
];
