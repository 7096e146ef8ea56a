// Blind dev batch s67b: a Bookinfo scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// reviews-v3 rebuilt on a newer Open Liberty without the jsonp feature: Ready, every v3 review request a 500.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export const system = base;

const INCIDENT = '2026-07-21T13:52:00Z';
const T = clock(INCIDENT);
const R = -30; // 13:22, reviews-v3 rollout

const NEW_IMAGE = 'ghcr.io/acme-books/examples-bookinfo-reviews-v3:1.20.1-ol24.0.0.6';
const OLD_IMAGE = 'docker.io/istio/examples-bookinfo-reviews-v3:1.20.1';

// Open Liberty console log as the reviews image prints it.
const reviewsLog = [
  'Launching defaultServer (Open Liberty 24.0.0.6/wlp-1.0.90.cl240620240603-2301) on Eclipse OpenJ9 VM, version 11.0.23+9 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ol/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml',
  '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://reviews-v3-placeholder:9080/',
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 2.114 seconds.',
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [cdi-2.0, jaxrs-2.1, jaxrsClient-2.1, jndi-1.0, json-1.0, jsonb-1.0, servlet-4.0].',
  '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 5.803 seconds.',
].map((l) => l.replace('reviews-v3-placeholder', '%POD%'));
for (let m = R + 1; m < -0.3; m += 0.6) {
  reviewsLog.push(
    `[ERROR   ] SRVE0777E: Exception thrown by application class 'application.rest.LibertyRestEndpoint.getRatings:146'`,
    'javax.json.JsonException: Provider org.glassfish.json.JsonProviderImpl not found',
    '\tat javax.json.spi.JsonProvider.provider(JsonProvider.java:99)',
    '\tat javax.json.Json.createReader(Json.java:212)',
    '\tat application.rest.LibertyRestEndpoint.getRatings(LibertyRestEndpoint.java:146)',
    '\tat application.rest.LibertyRestEndpoint.bookReviewsById(LibertyRestEndpoint.java:173)',
    '\tat jdk.internal.reflect.GeneratedMethodAccessor512.invoke(Unknown Source)',
    '\tat org.apache.cxf.service.invoker.AbstractInvoker.performInvocation(AbstractInvoker.java:179)',
    'Caused by: java.lang.ClassNotFoundException: org.glassfish.json.JsonProviderImpl',
    '\tat java.base/java.lang.Class.forName0(Native Method)',
    '\tat javax.json.spi.JsonProvider.provider(JsonProvider.java:96)',
    '\t... 61 more',
  );
}

// Envoy access logs (Istio default TEXT format): productpage's outbound calls and reviews-v3's inbound side.
const uuid = (i) => `${(0x5d2c9e10 + i * 7919).toString(16)}-8e1f-9b3a-a41c-${(0x2b7e1f000000 + i * 104729).toString(16)}`;
const envoy = (min, method, path, code, flags, bytes, ms, i, authority, upstream, cluster, local, downstream) =>
  `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${code} ${flags} via_upstream - "-" 0 ${bytes} ${ms} ${ms - 1} "-" "python-requests/2.31.0" "${uuid(i)}" "${authority}" "${upstream}" ${cluster} ${local} ${downstream} - default`;
const ppProxy = [];
const v3Proxy = [];
let i = 0;
for (let m = -45; m < -0.3; m += 0.25) {
  i++;
  const which = i % 3; // round robin over reviews-v1, v2, v3
  const key = ['reviews-v1#0', 'reviews-v2#0', 'reviews-v3#0'][which];
  const bad = which === 2 && m > R + 1;
  ppProxy.push(envoy(m, 'GET', '/details/0', 200, '-', 178, 3, i * 2, 'details:9080', '%IPOF:details-v1#0%:9080', 'outbound|9080||details.bookinfo.svc.cluster.local', `%PODIP%:${41000 + (i % 900)}`, '%SVCIP:details%:9080'));
  ppProxy.push(envoy(m + 0.005, 'GET', '/reviews/0', bad ? 500 : 200, '-', bad ? 1432 : 358, bad ? 41 : which === 0 ? 6 : 22, i * 2 + 1, 'reviews:9080', `%IPOF:${key}%:9080`, 'outbound|9080||reviews.bookinfo.svc.cluster.local', `%PODIP%:${42000 + (i % 900)}`, '%SVCIP:reviews%:9080'));
}
for (let m = R + 1; m < -0.3; m += 0.75) {
  i++;
  v3Proxy.push(`[${T.isoMs(m)}] "GET /reviews/0 HTTP/1.1" 500 - via_upstream - "-" 0 1432 40 39 "-" "python-requests/2.31.0" "${uuid(i)}" "reviews:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:${47000 + (i % 900)} %PODIP%:9080 %IPOF:productpage-v1#0%:0 outbound_.9080_._.reviews.bookinfo.svc.cluster.local default`);
}

const ratingsLog = ['Server listening on: 9080'];

export const scenarios = [
  bookinfoScenario({
    folder: 's67b-reviews-v3-jsonp-missing',
    incidentTime: INCIDENT,
    description: 'bookinfo product page says "Sorry, product reviews are currently unavailable" on maybe a third of loads since about 13:25. community team thinks its ratings flaking again',
    expected: { component: 'reviews', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['rollout-regression', 'pods-ready', 'time-expression', 'team-name', 'decoy'],
    workloads: {
      'reviews-v3': {
        containers: { reviews: { image: NEW_IMAGE } },
        rollout: { at: R, oldContainers: { reviews: { image: OLD_IMAGE } } },
      },
      'ratings-v1': {
        pods: [{
          containers: {
            ratings: cs.restartedRunning({
              restarts: 1,
              startedAt: T.iso(-60 * 26),
              last: { exitCode: 137, reason: 'Error', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 26 - 0.2) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v3-%NEW% from 0 to 1', first: R },
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v3-%OLD% from 1 to 0', first: R + 0.6 },
      { on: 'pod:reviews-v3#0', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', source: 'default-scheduler', first: R },
      { on: 'pod:reviews-v3#0', reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', first: R + 0.05, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:reviews-v3#0', reason: 'Created', message: 'Created container istio-init', first: R + 0.05, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:reviews-v3#0', reason: 'Started', message: 'Started container istio-init', first: R + 0.05, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:reviews-v3#0', reason: 'Pulling', message: `Pulling image "${NEW_IMAGE}"`, first: R + 0.1, fieldPath: 'spec.containers{reviews}' },
      { on: 'pod:reviews-v3#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMAGE}" in 9.412s (9.412s including waiting). Image size: 412530114 bytes.`, first: R + 0.3, fieldPath: 'spec.containers{reviews}' },
      { on: 'pod:reviews-v3#0', reason: 'Created', message: 'Created container reviews', first: R + 0.3, fieldPath: 'spec.containers{reviews}' },
      { on: 'pod:reviews-v3#0', reason: 'Started', message: 'Started container reviews', first: R + 0.3, fieldPath: 'spec.containers{reviews}' },
      { on: 'pod:reviews-v3#0', reason: 'Created', message: 'Created container istio-proxy', first: R + 0.3, fieldPath: 'spec.containers{istio-proxy}' },
      { on: 'pod:reviews-v3#0', reason: 'Started', message: 'Started container istio-proxy', first: R + 0.3, fieldPath: 'spec.containers{istio-proxy}' },
    ],
    logs: {
      'reviews-v3#0/reviews': reviewsLog,
      'reviews-v3#0/istio-proxy': v3Proxy,
      'productpage-v1#0/istio-proxy': ppProxy,
      'ratings-v1#0/ratings': ratingsLog,
    },
    grounding: `
      Manifest facts (istio/istio samples/bookinfo/platform/kube/bookinfo.yaml, Istio 1.23 sidecars): the reviews Service
      selects app: reviews, so reviews-v1, -v2 and -v3 share productpage's traffic round-robin; the reviews containers have no
      probes (only istio-proxy's /healthz/ready), so a reviews process that serves errors stays Ready. reviews-v2/v3
      (samples/bookinfo/src/reviews, Open Liberty, LibertyRestEndpoint) call ratings and parse its answer with
      javax.json Json.createReader; productpage shows "Sorry, product reviews are currently unavailable for this book." when
      reviews answers non-200.
      Fault: the community team's rebuild of reviews-v3 on Open Liberty 24.0.0.6 (rolled out 13:22) ships a server.xml whose
      feature list lacks jsonp (the JSON-P implementation); the app starts, the pod is Ready, but the first Json call of
      every request throws javax.json.JsonException "Provider org.glassfish.json.JsonProviderImpl not found" (the
      ServiceLoader failure reported by Liberty and Jakarta users when jsonp-1.1 is not enabled), so every request landing on
      v3 is a 500 while v1 and v2 answer 200 — about a third of page loads. ratings answers every call (it is reached before
      the parse fails). The old and new ReplicaSets differ only in the reviews image.
      Decoy: ratings-v1 restarted 26 hours ago (exit 137, restartCount 1) and the description blames ratings.
      Deviations from upstream: the in-house image and its Liberty version; no access-log ConfigMap is in the snapshot (the
      mesh is assumed to have meshConfig.accessLogFile=/dev/stdout); log volumes are sampled.`,
  }),
];
