// Blind dev batch s95b: Bookinfo scenario (an overlay sets ENABLE_RATINGS=yes on reviews v2/v3; Java reads it as false).
// Spec module for scripts/s95b-build.mjs over the kit system scripts/kit-systems/bookinfo.mjs (bookinfoScenario).
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const INC = '2026-05-16T10:18:00Z';
const T = clock(INC);
const lts = (min) => { const d = new Date(Date.parse(T.isoMs(min))); return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)}, ${T.java(min).slice(11, 23).replace('.', ':')} UTC`; };
const liberty = (min) => [
  'Launching defaultServer (Open Liberty 24.0.0.6/wlp-1.0.90.cl240620240603-2001) on Eclipse OpenJ9 VM, version 17.0.11+9 (en_US)',
  `[${lts(min)}] 00000001 com.ibm.ws.kernel.launch.internal.FrameworkManager           A CWWKE0001I: The server defaultServer has been launched.`,
  `[${lts(min + 0.1)}] 00000030 com.ibm.ws.http.internal.VirtualHostImpl                  A CWWKT0016I: Web application available (default_host): http://%POD%:9080/`,
  `[${lts(min + 0.1)}] 00000030 com.ibm.ws.app.manager.AppMessageHelper                   A CWWKZ0001I: Application reviews-app started in 2.412 seconds.`,
  `[${lts(min + 0.12)}] 00000030 com.ibm.ws.kernel.feature.internal.FeatureManager            A CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 4.118 seconds.`,
];
const reqs = [-55, -48, -41, -36, -29, -22, -16, -11, -6, -2];
const ppLog = [
  ...reqs.flatMap((m, i) => [
    `DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178`,
    `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${m > -47 ? [358, 295][i % 2] : [436, 295][i % 2]}`,
    `INFO:werkzeug:127.0.0.6 - - [${new Date(Date.parse(T.isoMs(m))).toUTCString().slice(5, 16).replace(/ /g, '/')}:${T.java(m).slice(11, 19)}] "GET /productpage HTTP/1.1" 200 -`,
  ]),
];

export const scenarios = [
  bookinfoScenario({
    folder: 's95b-reviews-enable-ratings-yes',
    incidentTime: INC,
    description: 'bookinfo product page lost the star ratings since the platform overlay went out this morning (~9:30). ratings pods are fine, no errors anywhere??',
    expected: { component: 'reviews', cause: 'config-error' },
    alsoAcceptable: [{ component: 'reviews', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'team-name', 'time-expression'],
    grounding: `
      Fault: a platform-team kustomize overlay that normalises feature flags to yes/no added ENABLE_RATINGS=yes to reviews-v2
      and reviews-v3 (rolled out at -47 min). The reviews service (samples/bookinfo/src/reviews, LibertyRestEndpoint.java) reads
      it with Boolean.valueOf(System.getenv("ENABLE_RATINGS")), which is true only for "true" (any case), so "yes" turns the
      ratings call off without an error; STAR_COLOR and everything else is unchanged. reviews still answers 200 — only without
      the "rating" objects — so productpage renders reviews with no stars, ratings receives no traffic, nothing restarts and no
      log says why. The only traces: the rollout, the new env in the ReplicaSet templates (old and new differ exactly by that
      env var), and productpage's urllib3 lines showing smaller reviews responses after the rollout.
      Manifest facts (istio/istio samples/bookinfo/platform/kube/bookinfo.yaml): reviews-v1..v3 share Service reviews (app:
      reviews), env LOG_DIR only; the v2/v3 images set ENABLE_RATINGS=true in their Dockerfile (ARG enable_ratings).
      Deviations: the overlay and its value are the scenario's; Open Liberty version strings approximate.
    `,
    workloads: {
      'reviews-v2': {
        rollout: { at: -47, oldContainers: { reviews: { env: [{ name: 'LOG_DIR', value: '/tmp/logs' }] } } },
        containers: { reviews: { env: [{ name: 'LOG_DIR', value: '/tmp/logs' }, { name: 'ENABLE_RATINGS', value: 'yes' }] } },
      },
      'reviews-v3': {
        rollout: { at: -46, oldContainers: { reviews: { env: [{ name: 'LOG_DIR', value: '/tmp/logs' }] } } },
        containers: { reviews: { env: [{ name: 'LOG_DIR', value: '/tmp/logs' }, { name: 'ENABLE_RATINGS', value: 'yes' }] } },
      },
    },
    events: [
      { on: 'deploy:reviews-v2', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v2-%NEW% to 1', first: -47 },
      { on: 'deploy:reviews-v2', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v2-%OLD% to 0 from 1', first: -46.5 },
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v3-%NEW% to 1', first: -46 },
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v3-%OLD% to 0 from 1', first: -45.5 },
    ],
    logs: {
      'reviews-v2#0/reviews': liberty(-46.8),
      'reviews-v3#0/reviews': liberty(-45.8),
      'reviews-v1#0/reviews': liberty(-60 * 24 * 9 + 0.3),
      'productpage-v1#0/productpage': ppLog,
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080', 'GET /ratings/0', 'GET /ratings/0'],
    },
  }),
];
