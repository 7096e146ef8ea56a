// Blind dev batch s77c: one Bookinfo no-fault scenario (review stars that change on every refresh: three reviews versions
// behind one Service, as designed), on scripts/kit-systems/bookinfo.mjs with bookinfoScenario; built by scripts/s77c-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export const system = base;

const INCIDENT = '2026-08-18T11:36:00Z';
const T = clock(INCIDENT);
const RESTART = -152; // 09:04, rollout restart of reviews-v2 (node patching)

// Istio's default TEXT access log (meshConfig.accessLogFile=/dev/stdout, as the demo profile sets it).
const acc = (min, method, path, code, recv, sent, dur, ua, rid, authority, upstream, cluster, local, dlocal, remote) =>
  `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${code} - via_upstream - "-" ${recv} ${sent} ${dur} ${Math.max(dur - 1, 0)} "-" "${ua}" "${rid}" "${authority}" "${upstream}" ${cluster} ${local} ${dlocal} ${remote} - default`;
const rid = (n) => `${(0x3c9a1f20 + n * 7919).toString(16)}-8f1e-9c4b-a7d2-${(0x51e0c3a9b27d + n * 104729).toString(16).slice(0, 12)}`;
const REV = ['reviews-v1#0', 'reviews-v2#0', 'reviews-v3#0'];
const SIZE = { 'reviews-v1#0': 358, 'reviews-v2#0': 437, 'reviews-v3#0': 435 };

const ppApp = ['INFO:root:start at port 9080'];
const ppProxy = [];
const v2Proxy = [];
const v3Proxy = [];
const ratingsProxy = [];
for (let i = 0, m = -58; m < -0.3; i++, m += 0.9) {
  const r = rid(i);
  const target = REV[(i * 5 + Math.floor(i / 3)) % 3];
  ppApp.push(`DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178`);
  ppApp.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${SIZE[target]}`);
  ppProxy.push(acc(m, 'GET', '/details/0', 200, 0, 178, 3, 'python-requests/2.31.0', r, 'details:9080', '%IPOF:details-v1#0%:9080', 'outbound|9080||details.bookinfo.svc.cluster.local', '%IPOF:productpage-v1#0%:44172', '%SVCIP:details%:9080', '%IPOF:productpage-v1#0%:50318'));
  const dur = target === 'reviews-v1#0' ? 9 : 21 + (i % 9);
  ppProxy.push(acc(m + 0.001, 'GET', '/reviews/0', 200, 0, SIZE[target], dur, 'python-requests/2.31.0', r, 'reviews:9080', `%IPOF:${target}%:9080`, 'outbound|9080||reviews.bookinfo.svc.cluster.local', '%IPOF:productpage-v1#0%:38810', '%SVCIP:reviews%:9080', '%IPOF:productpage-v1#0%:49902'));
  if (target !== 'reviews-v1#0') {
    const ratings = i % 4 === 0 ? 'ratings-v2-mysql#0' : 'ratings-v1#0';
    const line = acc(m + 0.002, 'GET', '/ratings/0', 200, 0, 48, 4, 'Apache-CXF/3.1.18', r, 'ratings:9080', `%IPOF:${ratings}%:9080`, 'outbound|9080||ratings.bookinfo.svc.cluster.local', `%IPOF:${target}%:51200`, '%SVCIP:ratings%:9080', `%IPOF:${target}%:60144`);
    (target === 'reviews-v2#0' ? v2Proxy : v3Proxy).push(line);
    if (ratings === 'ratings-v1#0') ratingsProxy.push(acc(m + 0.0025, 'GET', '/ratings/0', 200, 0, 48, 2, 'Apache-CXF/3.1.18', r, 'ratings:9080', '%IPOF:ratings-v1#0%:9080', 'inbound|9080||', '127.0.0.6:41233', '%IPOF:ratings-v1#0%:9080', `%IPOF:${target}%:60144`));
  }
}
const liberty = () => [
  'Launching defaultServer (Open Liberty 24.0.0.1/wlp-1.0.85.cl240120240115-2002) on Eclipse OpenJ9 VM, version 11.0.21+9 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://%POD%:9080/',
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 3.412 seconds.',
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [jaxrs-2.1, jaxrsClient-2.1, jndi-1.0, json-1.0, jsonp-1.1, servlet-4.0].',
  '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.118 seconds.',
];

export const scenarios = [
  bookinfoScenario({
    folder: 's77c-review-stars-vary-by-version',
    incidentTime: INCIDENT,
    description: 'book page stars are all over the place since this morning - refresh and its red stars, refresh again black, again no stars at all. is ratings broken??',
    expected: null,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `
      Manifest facts (samples/bookinfo/platform/kube/bookinfo.yaml): the reviews Service selects app: reviews only, so it balances
      over reviews-v1 (no stars, never calls ratings), reviews-v2 (black stars) and reviews-v3 (red stars); with no VirtualService
      pinning a version (samples/bookinfo/networking/virtual-service-reviews-v1.yaml is the step that does) Envoy round-robins
      and the stars change on each refresh — the behaviour the Istio Bookinfo and traffic-management docs describe. Nothing is
      wrong: every pod Ready, productpage's urllib3 lines and the sidecars' access logs are all 200, ratings (v1 and v2-mysql)
      answer. Decoys: the reviews-v2 Deployment was rollout-restarted at 09:04 for node patching (its two ReplicaSets differ only by
      the kubectl.kubernetes.io/restartedAt annotation), which matches "since this morning"; ratings-v1 restarted once five days ago
      (exit 1 on a SIGTERM during node maintenance). The VirtualService that pinned reviews to v1 in this cluster is outside the
      snapshot (networking objects are not recorded), so its removal is not visible. Access logging assumes the demo profile.`,
    workloads: {
      'reviews-v2': {
        patch: { podAnnotations: { ...base.workloads.find((w) => w.name === 'reviews-v2').podAnnotations, 'kubectl.kubernetes.io/restartedAt': T.iso(RESTART) } },
        rollout: { at: RESTART, oldReplicas: 0, oldPatch: { podAnnotations: base.workloads.find((w) => w.name === 'reviews-v2').podAnnotations } },
      },
      'ratings-v1': {
        pods: [{ containers: { ratings: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 5 - 17), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 5 - 17.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:reviews-v2', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v2-%NEW% to 1', first: RESTART },
      { on: 'deploy:reviews-v2', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v2-%OLD% to 0 from 1', first: RESTART + 0.4 },
    ],
    logs: {
      'productpage-v1#0/productpage': ppApp,
      'productpage-v1#0/istio-proxy': ppProxy,
      'reviews-v2#0/reviews': liberty(),
      'reviews-v2#0/istio-proxy': v2Proxy,
      'reviews-v3#0/istio-proxy': v3Proxy,
      'ratings-v1#0/istio-proxy': ratingsProxy,
    },
  }),
];
