// Blind dev batch s107a: one Istio Bookinfo scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// A reviews-v3 release that dropped serviceAccountName: ratings' AuthorizationPolicy now answers it 403 (RBAC).
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };

const T = clock('2026-05-13T13:30:00Z');
const envoy = (min, path, code, flags, dur, ua, upstream, down, extra) =>
  `[${T.isoMs(min)}] "GET ${path} HTTP/1.1" ${code} - ${flags} - "-" 0 ${code === 403 ? 19 : 48} ${dur} ${code === 403 ? '-' : dur - 1} "-" "${ua}" "${(min * -1e6).toFixed(0)}-9a1c-4d7e-b2f0-5e3c8a71d604" "ratings:9080" "${upstream}" inbound|9080|| 127.0.0.6:${40000 + Math.round(-min * 97)} %PODIP%:9080 ${down} ${extra} default`;

const ratingsProxy = [];
for (let m = -55; m < -0.5; m += 2.5) {
  const afterRelease = m > -38;
  ratingsProxy.push(envoy(m, '/ratings/0', 200, '-', 3, 'Apache-CXF/3.1.18', '%PODIP%:9080', '%IPOF:reviews-v2#0%:51234', 'outbound_.9080_._.ratings.bookinfo.svc.cluster.local'));
  if (afterRelease) ratingsProxy.push(envoy(m + 0.7, '/ratings/0', 403, 'rbac_access_denied_matched_policy[none]', 0, 'Apache-CXF/3.1.18', '-', '%IPOF:reviews-v3#0%:38812', 'outbound_.9080_._.ratings.bookinfo.svc.cluster.local'));
  else ratingsProxy.push(envoy(m + 0.7, '/ratings/0', 200, '-', 2, 'Apache-CXF/3.1.18', '%PODIP%:9080', '192.168.40.187:38812', 'outbound_.9080_._.ratings.bookinfo.svc.cluster.local'));
}
const libertyStart = (min) => [
  'Launching defaultServer (Open Liberty 24.0.0.9/wlp-1.0.93.cl240920240911-1902) on Eclipse OpenJ9 VM, version 17.0.12+7 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://%POD%:9080/',
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 2.884 seconds.',
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [cdi-4.0, jsonb-3.0, jsonp-2.1, restfulWS-3.1, servlet-6.0].',
  `[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in ${(4 + (min % 3)).toFixed(3)} seconds.`,
];
const v3 = [...libertyStart(1)];
for (let m = -37; m < -0.5; m += 2.5) v3.push('Error: unable to contact http://ratings:9080/ratings got status of 403');
const productpage = [];
for (let m = -50; m < -0.5; m += 2.5) {
  productpage.push(`DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080`,
    `DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178`,
    `DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080`,
    `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${m > -38 && Math.round(m / 2.5) % 2 === 0 ? 437 : 358}`,
    `INFO:werkzeug:127.0.0.6 - - [${T.java(m).slice(0, 19).replace('T', ' ')}] "GET /productpage HTTP/1.1" 200 -`);
}

export const scenarios = [
  bookinfoScenario({
    folder: 's107a-reviews-v3-default-serviceaccount',
    incidentTime: '2026-05-13T13:30:00Z',
    description: 'red stars gone on ~1/3 of product page loads, shows "Ratings service is currently unavailable". community team says ratings hasnt changed',
    expected: { component: 'reviews', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'reviews', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'callers-only', 'team-name', 'decoy'],
    grounding: `
      Manifest facts: every reviews-vN Deployment runs as serviceAccountName bookinfo-reviews (bookinfo.yaml); the
      Istio security tasks restrict ratings with an AuthorizationPolicy ALLOW whose principals are
      cluster.local/ns/bookinfo/sa/bookinfo-reviews (istio.io "Authorization for HTTP traffic" task, which also shows
      the 403 "RBAC: access denied" a caller under another identity gets). Fault: a Helm-chart refactor released
      reviews-v3 at 12:52 without serviceAccountName, so its pods run as "default" and carry the SPIFFE identity
      .../sa/default; ratings' sidecars deny its GET /ratings with 403 rbac_access_denied_matched_policy[none] while
      reviews-v2 (still bookinfo-reviews) gets 200. The new pod is Ready (Liberty starts fine); reviews-v3 only prints
      "Error: unable to contact ... got status of 403" and productpage shows the no-ratings text for red-star loads.
      The only template difference between the two reviews-v3 ReplicaSets is serviceAccountName/serviceAccount.
      Deviations: the AuthorizationPolicy itself is a CRD outside the snapshot; mesh access logging to stdout is on
      (meshConfig.accessLogFile=/dev/stdout, the demo profile). Decoy: ratings-v1 restarted two days ago (exit 137 during
      a node patch), Running since.`,
    workloads: {
      'reviews-v3': {
        patch: { serviceAccountName: undefined },
        rollout: { at: -38, oldPatch: { serviceAccountName: 'bookinfo-reviews' }, oldReplicas: 0 },
      },
      'ratings-v1': {
        pods: [{ containers: { ratings: { state: { running: { startedAt: T.iso(-60 * 24 * 2) } }, lastState: { terminated: { exitCode: 137, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 0.3), containerID: '%CID%' } }, ready: true, started: true, restartCount: 1 } } }],
      },
    },
    events: [
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v3-%NEW% to 1', first: -38, last: -38 },
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v3-%OLD% to 0 from 1', first: -37, last: -37 },
      { on: 'pod:reviews-v3#0', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', source: 'default-scheduler', first: -38, last: -38 },
      { on: 'pod:reviews-v3#0', reason: 'Started', message: 'Started container reviews', fieldPath: 'spec.containers{reviews}', first: -37.6, last: -37.6 },
    ],
    logs: {
      'ratings-v1#0/istio-proxy': ratingsProxy,
      'reviews-v3#0/reviews': v3,
      'reviews-v2#0/reviews': libertyStart(2),
      'productpage-v1#0/productpage': productpage,
    },
  }),
];
