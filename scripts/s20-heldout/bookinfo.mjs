// s20 held-out scenario for Istio Bookinfo (split: test), written blind: an in-house reviews-v3 build that throws on every
// request, Ready behind the shared reviews Service, so a third of product pages lose their reviews. Built by scripts/s20-build-h.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const A = '2026-12-10T16:18:00Z';
const T = clock(A);
const ROLL = -34;
const NEW_IMG = '480325176119.dkr.ecr.us-east-2.amazonaws.com/bookinfo/examples-bookinfo-reviews-v3:1.20.1-7c1e9a2';
const rid = (i) => `${(0x3f5c9a8e + i * 7919).toString(16)}-1b2d-9c4e-8f7a-${(0x6d5e4c3b2a19 + i * 104729).toString(16).slice(-12)}`;
const envoyOut = (min, status, bytes, ms, i, ver) =>
  `[${T.isoMs(min)}] "GET /reviews/0 HTTP/1.1" ${status} - via_upstream - "-" 0 ${bytes} ${ms} ${ms - 1} "-" "python-requests/2.32.3" "${rid(i)}" "reviews:9080" "%IPOF:reviews-${ver}#0%:9080" outbound|9080||reviews.bookinfo.svc.cluster.local %PODIP%:${41000 + i * 13} %SVCIP:reviews%:9080 %PODIP%:${52000 + i * 7} - default`;
const envoyIn = (min, status, bytes, ms, i) =>
  `[${T.isoMs(min)}] "GET /reviews/0 HTTP/1.1" ${status} - via_upstream - "-" 0 ${bytes} ${ms - 1} ${ms - 2} "-" "python-requests/2.32.3" "${rid(i)}" "reviews:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:${36000 + i * 11} %PODIP%:9080 %IPOF:productpage-v1#0%:${41000 + i * 13} outbound_.9080_._.reviews.bookinfo.svc.cluster.local default`;

const ppProxy = [], v3Proxy = [], v3App = [
  'Launching defaultServer (Open Liberty 24.0.0.9/wlp-1.0.93.cl240920240830-1441) on Eclipse OpenJ9 VM, version 17.0.12+7 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://reviews-v3:9080/',
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 2.904 seconds.',
  '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 7.418 seconds.',
];
const order = ['v1', 'v3', 'v2', 'v3', 'v1', 'v2', 'v3', 'v1', 'v2', 'v3', 'v1', 'v3', 'v2', 'v1', 'v3', 'v2', 'v3', 'v1'];
order.forEach((ver, i) => {
  const m = -30 + i * 1.6;
  if (ver === 'v3') {
    ppProxy.push(envoyOut(m, 500, 3118, 19, i, 'v3'));
    v3Proxy.push(envoyIn(m, 500, 3118, 19, i));
    v3App.push(
      "[ERROR   ] SRVE0777E: Exception thrown by application class 'application.rest.LibertyRestEndpoint.bookReviewsById:171'",
      'java.lang.NullPointerException: Cannot invoke "jakarta.json.JsonObject.getInt(String)" because the return value of "jakarta.json.JsonObject.getJsonObject(String)" is null',
      '\tat application.rest.LibertyRestEndpoint.getJsonResponse(LibertyRestEndpoint.java:118)',
      '\tat application.rest.LibertyRestEndpoint.bookReviewsById(LibertyRestEndpoint.java:171)',
      '\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)',
      '\tat java.base/java.lang.reflect.Method.invoke(Method.java:580)',
      '\tat org.apache.cxf.service.invoker.AbstractInvoker.performInvocation(AbstractInvoker.java:179)',
    );
  } else ppProxy.push(envoyOut(m, 200, ver === 'v1' ? 358 : 437, ver === 'v1' ? 6 : 14, i, ver));
  ppProxy.push(`[${T.isoMs(m + 0.01)}] "GET /productpage HTTP/1.1" 200 - via_upstream - "-" 0 ${ver === 'v3' ? 4294 : 5179} ${ver === 'v3' ? 31 : 24} 23 "10.0.4.17" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15" "${rid(i + 500)}" "bookinfo.example.com" "%PODIP%:9080" inbound|9080|| 127.0.0.6:${33000 + i} %PODIP%:9080 10.0.4.17:0 outbound_.9080_._.productpage.bookinfo.svc.cluster.local default`);
});

export const scenarios = [
  bookinfoScenario({
    folder: 's20-reviews-v3-inhouse-build-npe',
    split: 'test',
    incidentTime: A,
    description: 'bookinfo product page: "Sorry, product reviews are currently unavailable for this book" on and off for the last half hour',
    expected: { component: 'reviews', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['rollout-regression', 'pods-ready', 'decoy', 'time-expression'],
    grounding: `
      istio/istio samples/bookinfo (1.20.1 images, Istio 1.23 sidecars, meshConfig accessLogFile /dev/stdout): the reviews Service
      selects app=reviews, so v1, v2 and v3 share the traffic round-robin; productpage renders 'Sorry, product reviews are currently
      unavailable for this book.' when GET /reviews/<id> does not answer 200 (and still answers 200 itself). reviews runs on Open
      Liberty (console log markers [AUDIT   ], [ERROR   ] SRVE0777E for an exception escaping a JAX-RS resource). No app probes
      upstream: pods are Ready once istio-proxy is.
      Fault: the reviews team rolled out an in-house reviews-v3 build from their ECR registry 34 minutes earlier; its ratings parsing
      dereferences a JSON object the ratings service does not send, so every request that lands on v3 throws a NullPointerException
      and answers 500 (about a third of page views). reviews-v3 stays Running and Ready; v1 and v2 answer 200. Envoy access logs on
      both sides show the 500s via_upstream. Decoy: ratings-v1 upgraded from 1.19.1 to 1.20.1 three hours earlier, healthy.`,
    workloads: {
      'reviews-v3': {
        rollout: { at: ROLL, oldContainers: { reviews: { image: 'docker.io/istio/examples-bookinfo-reviews-v3:1.20.1' } } },
        containers: { reviews: { image: NEW_IMG } },
        endpointsChanged: ROLL + 1,
      },
      'ratings-v1': {
        rollout: { at: -180, oldContainers: { ratings: { image: 'docker.io/istio/examples-bookinfo-ratings-v1:1.19.1' } } },
      },
    },
    events: [
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v3-%NEW% to 1', first: ROLL },
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v3-%OLD% to 0 from 1', first: ROLL + 0.9 },
      { on: 'pod:reviews-v3#0', reason: 'Pulling', message: `Pulling image "${NEW_IMG}"`, first: ROLL + 0.1, fieldPath: 'spec.containers{reviews}' },
      { on: 'pod:reviews-v3#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMG}" in 6.214s (6.214s including waiting). Image size: 318447120 bytes.`, first: ROLL + 0.2, fieldPath: 'spec.containers{reviews}' },
      { on: 'pod:reviews-v3#0', reason: 'Started', message: 'Started container reviews', first: ROLL + 0.25, fieldPath: 'spec.containers{reviews}' },
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-v1-%NEW% to 1', first: -180 },
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-v1-%OLD% to 0 from 1', first: -179.3 },
    ],
    logs: {
      'productpage-v1#0/istio-proxy': ppProxy,
      'reviews-v3#0/istio-proxy': v3Proxy,
      'reviews-v3#0/reviews': v3App,
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080', ...Array.from({ length: 6 }, () => 'GET /ratings/0')],
    },
  }),
];
