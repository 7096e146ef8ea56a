// Blind dev batch s69b: one Istio Bookinfo scenario for the scenario kit.
// reviews-v2/v3 are rolled out with SERVICES_DOMAIN pointing at a DNS zone that does not exist here; the stars disappear.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const INCIDENT = '2026-11-20T10:58:00Z';
const T = clock(INCIDENT);
const ROLL = -23; // 10:35 UTC

const reviewsEnv = system.workloads.find((w) => w.name === 'reviews-v2').containers[0].env;
const DOMAIN = 'bookinfo.svc.clusterset.local';
const newEnv = [...reviewsEnv, { name: 'SERVICES_DOMAIN', value: DOMAIN }];

// Open Liberty console (simple format); System.err lines are prefixed [err].
const liberty = (hostSuffix) => [
  'Launching defaultServer (Open Liberty 24.0.0.9/wlp-1.0.93.cl240920240822-1902) on Eclipse OpenJ9 VM, version 17.0.12+7 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ol/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  `[AUDIT   ] CWWKT0016I: Web application available (default_host): http://${hostSuffix}:9080/`,
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 2.871 seconds.',
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [cdi-1.2, jaxrs-2.0, jaxrsClient-2.0, jndi-1.0, json-1.0, jsonp-1.0, servlet-3.1].',
  '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 5.904 seconds.',
];
const err = (pid) => `[err] Error: unable to contact http://ratings.${DOMAIN}:9080/ratings got exception javax.ws.rs.ProcessingException: java.net.UnknownHostException: UnknownHostException invoking http://ratings.${DOMAIN}:9080/ratings/${pid}: ratings.${DOMAIN}`;
const reviewsLog = (pod, n) => {
  const out = liberty(pod);
  for (let m = ROLL + 1.5; m < -0.3; m += 0.45 * n) out.push(err(0));
  return out;
};
const envoyReady = (min) => [
  `${T.isoMs(min)}\tinfo\tFLAG: --concurrency="2"`,
  `${T.isoMs(min)}\tinfo\tVersion 1.23.2-e8c4b3f6d6b9a2e1c8d0f7f5a1b2c3d4e5f60718-Clean`,
  `${T.isoMs(min + 0.02)}\tinfo\tcache\tgenerated new workload certificate\tresourceName=default latency=112.81ms ttl=23h59m59.0s`,
  `${T.isoMs(min + 0.03)}\tinfo\tads\tADS: new connection for node:1`,
  `${T.isoMs(min + 0.05)}\tinfo\tReadiness succeeded in 1.207s`,
  `${T.isoMs(min + 0.05)}\tinfo\tEnvoy proxy is ready`,
];

// ratings-v1 (Node.js) prints only its start line; productpage (gunicorn) prints no access log.

export const scenarios = [
  bookinfoScenario({
    folder: 's69b-reviews-clusterset-services-domain',
    description: 'bookinfo product page: star ratings gone since about 10:35, both reviewers say "Ratings service is currently unavailable". page itself loads, ratings pods look fine',
    incidentTime: INCIDENT,
    expected: { component: 'reviews', cause: 'config-error' },
    alsoAcceptable: [{ component: 'reviews', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression'],
    grounding: `
      Manifest facts (istio/istio samples/bookinfo/platform/kube/bookinfo.yaml, images 1.20.1): reviews-v2 and reviews-v3 call ratings;
      samples/bookinfo/src/reviews/.../LibertyRestEndpoint.java builds the ratings URL once, at class load, as
      http://<RATINGS_HOSTNAME or ratings><"." + SERVICES_DOMAIN if set>:<RATINGS_SERVICE_PORT or 9080>/ratings, and on a
      ProcessingException prints "Error: unable to contact <url> got exception <e>" to System.err and answers the review with
      {"error": "Ratings service is currently unavailable"} instead of stars - still HTTP 200, so productpage renders normally and
      nothing is NotReady.
      Fault (a wrong value the workload reads but does not reject at start): at 10:35 reviews-v2 and reviews-v3 are rolled out with
      SERVICES_DOMAIN=bookinfo.svc.clusterset.local (the Multi-Cluster Services zone, set ahead of a multi-cluster move; no
      ServiceImport for ratings exists, so the name does not resolve). The new pods start cleanly and are Ready; every request
      logs an UnknownHostException for ratings.bookinfo.svc.clusterset.local. The old ReplicaSets differ from the new ones only by
      that env var. ratings-v1 and ratings-v2-mysql are healthy and simply receive no traffic from reviews.
      The answer is reviews with config-error (the new value is the defect); bad-deploy-rollout of reviews is also acceptable,
      since the value arrived by a rollout.
      Deviations from upstream: the SERVICES_DOMAIN env var is added (upstream sets none); the Liberty banner versions are
      illustrative.
    `,
    workloads: {
      'reviews-v2': { containers: { reviews: { env: newEnv } }, rollout: { at: ROLL, revision: 4, oldContainers: { reviews: { env: reviewsEnv } } } },
      'reviews-v3': { containers: { reviews: { env: newEnv } }, rollout: { at: ROLL + 0.8, revision: 4, oldContainers: { reviews: { env: reviewsEnv } } } },
    },
    events: [
      { on: 'deploy:reviews-v2', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v2-%NEW% to 1', first: ROLL, last: ROLL },
      { on: 'deploy:reviews-v2', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v2-%OLD% to 0 from 1', first: ROLL + 0.4, last: ROLL + 0.4 },
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v3-%NEW% to 1', first: ROLL + 0.8, last: ROLL + 0.8 },
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v3-%OLD% to 0 from 1', first: ROLL + 1.2, last: ROLL + 1.2 },
    ],
    logs: {
      'reviews-v2#0/reviews': reviewsLog('%POD%', 2),
      'reviews-v3#0/reviews': reviewsLog('%POD%', 2),
      'reviews-v2#0/istio-proxy': envoyReady(ROLL + 0.55),
      'reviews-v3#0/istio-proxy': envoyReady(ROLL + 1.35),
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
    },
  }),
];
