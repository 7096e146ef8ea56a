// Blind dev batch s59b: one Istio Bookinfo scenario (config-error) for the scenario kit, built by scripts/s59b-build.mjs
// with the kit system definition scripts/kit-systems/bookinfo.mjs (bookinfoScenario for the upstream Service selectors).
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const INCIDENT = '2026-04-08T09:37:00Z';
const T = clock(INCIDENT);
const BAD_DOMAIN = 'bookinfo.svc.clusterset.local';
const baseEnv = [{ name: 'LOG_DIR', value: '/tmp/logs' }];
const newEnv = [...baseEnv, { name: 'SERVICES_DOMAIN', value: BAD_DOMAIN }];
const pp = system.workloads.find((w) => w.name === 'productpage-v1');

const liberty = (startSecs) => [
  'Launching defaultServer (Open Liberty 24.0.0.9/wlp-1.0.93.cl240920240906-1536) on Eclipse OpenJ9 VM, version 17.0.12+7 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ol/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://%POD%:9080/',
  `[AUDIT   ] CWWKZ0001I: Application reviews-app started in ${(startSecs - 1.9).toFixed(3)} seconds.`,
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [cdi-2.0, jaxrs-2.1, jaxrsClient-2.1, jndi-1.0, json-1.0, jsonp-1.1, servlet-4.0].',
  `[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in ${startSecs.toFixed(3)} seconds.`,
];
const unable = (pid) =>
  `[err] Error: unable to contact http://ratings.${BAD_DOMAIN}:9080/ratings got exception javax.ws.rs.ProcessingException: java.net.UnknownHostException: UnknownHostException invoking http://ratings.${BAD_DOMAIN}:9080/ratings/${pid}: ratings.${BAD_DOMAIN}`;
const reviewsBad = (n, startSecs) => [...liberty(startSecs), ...Array.from({ length: n }, () => unable(0))];

// productpage (Flask, logging at DEBUG): its urllib3 lines to details and reviews, all 200 (reviews answers 200 with an
// error field instead of stars).
const gts = (min) => `${T.java(min).slice(0, 19)} +0000`;
const PP_START = -60 * 3.2 + 0.6;
const ppLog = (() => {
  const out = [
    `[${gts(PP_START)}] [1] [INFO] Starting gunicorn 23.0.0`,
    `[${gts(PP_START)}] [1] [INFO] Listening at: http://[::]:9080 (1)`,
    `[${gts(PP_START)}] [1] [INFO] Using worker: gevent`,
    ...[8, 9, 10, 11, 12, 13, 14, 15].map((pid) => `[${gts(PP_START)}] [${pid}] [INFO] Booting worker with pid: ${pid}`),
  ];
  for (let i = 0; i < 16; i++) {
    out.push('DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080');
    out.push('DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178');
    out.push('DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080');
    out.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${i % 3 === 0 ? 358 : 437}`);
  }
  return out;
})();

export const scenarios = [
  bookinfoScenario({
    folder: 's59b-reviews-services-domain-clusterset',
    description: 'book page: stars gone, shows "Ratings service is currently unavailable" since about 9am. ratngs pods look healthy',
    incidentTime: INCIDENT,
    expected: { component: 'reviews', cause: 'config-error' },
    alsoAcceptable: [
      { component: 'reviews', cause: 'bad-deploy-rollout' },
      { component: 'reviews', cause: 'network-fault' },
    ],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'typo', 'time-expression'],
    workloads: {
      'reviews-v2': {
        rollout: { at: -41.5, revision: 3, oldContainers: { reviews: { env: baseEnv } } },
        containers: { reviews: { env: newEnv } },
        endpointsChanged: -40.4,
      },
      'reviews-v3': {
        rollout: { at: -40.8, revision: 5, oldContainers: { reviews: { env: baseEnv } } },
        containers: { reviews: { env: newEnv } },
        endpointsChanged: -39.7,
      },
      'productpage-v1': {
        rollout: { at: -60 * 3.2, revision: 6, oldPatch: { podAnnotations: pp.podAnnotations } },
        patch: { podAnnotations: { ...pp.podAnnotations, 'kubectl.kubernetes.io/restartedAt': T.iso(-60 * 3.2 - 0.1) } },
      },
    },
    events: [
      { on: 'deploy:reviews-v2', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v2-%NEW% to 1', first: -41.5 },
      { on: 'deploy:reviews-v2', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v2-%OLD% to 0 from 1', first: -40.4 },
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v3-%NEW% to 1', first: -40.8 },
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v3-%OLD% to 0 from 1', first: -39.7 },
      { on: 'pod:reviews-v2#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bookinfo/%POD% to %NODE%', first: -41.0 },
      { on: 'pod:reviews-v2#0', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-reviews-v2:1.20.1" already present on machine', first: -40.75, fieldPath: 'spec.containers{reviews}' },
      { on: 'pod:reviews-v2#0', reason: 'Started', message: 'Started container reviews', first: -40.7, fieldPath: 'spec.containers{reviews}' },
      { on: 'pod:reviews-v2#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:15021/healthz/ready": dial tcp %PODIP%:15021: connect: connection refused', first: -40.6, fieldPath: 'spec.containers{istio-proxy}' },
      { on: 'pod:reviews-v3#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bookinfo/%POD% to %NODE%', first: -40.3 },
      { on: 'pod:reviews-v3#0', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-reviews-v3:1.20.1" already present on machine', first: -40.05, fieldPath: 'spec.containers{reviews}' },
      { on: 'pod:reviews-v3#0', reason: 'Started', message: 'Started container reviews', first: -40.0, fieldPath: 'spec.containers{reviews}' },
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productpage-v1-%NEW% to 1', first: -60 * 3.2 },
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productpage-v1-%OLD% to 0 from 1', first: -60 * 3.2 + 0.8 },
    ],
    logs: {
      'reviews-v2#0/reviews': reviewsBad(21, 7.412),
      'reviews-v3#0/reviews': reviewsBad(19, 7.138),
      'reviews-v1#0/reviews': liberty(6.905),
      'productpage-v1#0/productpage': ppLog,
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'ratings-v2-mysql#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
    },
    grounding: `
      Istio Bookinfo (samples/bookinfo/platform/kube, kit system scripts/kit-systems/bookinfo.mjs, sidecars injected, Istio
      1.23). reviews (Java, Open Liberty) builds its ratings URL once at class load in LibertyRestEndpoint.java:
      "http://" + RATINGS_HOSTNAME (default ratings) + ("." + SERVICES_DOMAIN when set) + ":9080/ratings"; a
      ProcessingException is printed to System.err ("Error: unable to contact ... got exception ...", which Liberty's
      console shows as "[err] ...") and the review is returned with 200 and {"error": "Ratings service is currently
      unavailable"}; /health does not look at ratings.
      Fault: 41 minutes before, the community team added SERVICES_DOMAIN=bookinfo.svc.clusterset.local to reviews-v2 and
      reviews-v3 (preparing multi-cluster failover with the Kubernetes MCS domain clusterset.local, which this cluster does
      not serve: Istio's MCS host support is off and CoreDNS has no clusterset zone). The value is read but never checked at
      start; every lookup of ratings.bookinfo.svc.clusterset.local is NXDOMAIN (CXF: "UnknownHostException invoking ...").
      The new pods are Running and Ready, no restart; ratings receives no traffic and logs nothing; productpage sees only
      200s. A careful engineer could also call it the regression of that rollout, or a DNS failure on the reviews->ratings
      path (alsoAcceptable). Decoys: a productpage-v1 "kubectl rollout restart" three hours earlier, the one-off readiness
      probe refusal of reviews-v2's sidecar while it started.
      Deviations from upstream: SERVICES_DOMAIN on reviews-v2/-v3 (upstream sets only LOG_DIR); the Liberty version line.
    `,
  }),
];
