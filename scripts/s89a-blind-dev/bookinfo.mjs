// Batch s89a (blind dev): Bookinfo scenario — a ratings-v1 release that changed its JSON response shape; reviews v2/v3 fail.
// Spec module for scripts/s89a-build.mjs (scenario kit scripts/s2-scenario-kit.mjs, system scripts/kit-systems/bookinfo.mjs).
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const T = clock('2026-09-09T13:30:00Z');
const base = system.workloads.find((w) => w.name === 'ratings-v1').containers[0];
const NEW_IMG = 'ghcr.io/bookinfo-community/examples-bookinfo-ratings-v1:1.20.1-schema2';
const envoy = (min, method, path, status, flags, dur, upstream, host, cluster, detail = 'via_upstream') =>
  `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${status} ${flags} ${detail} - "-" 0 ${status === 200 ? 4294 : 3} ${dur} ${dur - 1} "-" "python-requests/2.31.0" "b3f1${String(Math.abs(Math.round(min * 100))).padStart(4, '0')}-7c2e-9a1d-8f6b-2e4c0a9d1b37" "${host}" "${upstream}" ${cluster} - %SVCIP:${host.split(':')[0]}%:9080 %PODIP%:51234 - default`;
const ppLog = [
  `INFO:root:start at port 9080`,
  `DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080`,
  `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 358`,
  `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 500 None`,
  `DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178`,
  `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 500 None`,
  `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 358`,
  `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 500 None`,
];
const stack = (min) => [
  `[${T.isoMs(min).replace('T', ' ').replace('Z', '')}] [err] [ERROR   ] SRVE0777E: Exception thrown by application class 'application.rest.LibertyRestEndpoint.getRatings:120'`,
  `java.lang.ClassCastException: org.glassfish.json.JsonArrayBuilderImpl$JsonArrayImpl cannot be cast to javax.json.JsonObject`,
  `\tat org.glassfish.json.JsonObjectBuilderImpl$JsonObjectImpl.getJsonObject(JsonObjectBuilderImpl.java:266)`,
  `\tat application.rest.LibertyRestEndpoint.bookReviewsById(LibertyRestEndpoint.java:158)`,
  `\tat sun.reflect.NativeMethodAccessorImpl.invoke0(Native Method)`,
  `\tat com.ibm.ws.jaxrs20.server.LibertyJaxRsServerFactoryBean.performInvocation(LibertyJaxRsServerFactoryBean.java:674)`,
];
const ratingsLog = [
  `Server listening on: http://0.0.0.0:9080`,
  `GET /ratings/0`,
  `GET /ratings/0`,
  `GET /ratings/0`,
  `GET /ratings/0`,
];

export const scenarios = [
  bookinfoScenario({
    folder: 's89a-ratings-release-changed-json-shape',
    incidentTime: '2026-09-09T13:30:00Z',
    description: "bookinfo product page shows 'Error fetching product reviews' on like 2 out of 3 refreshes since lunch (~12:50). the other refreshes show reviews but without stars. reviews team says nothing changed on their side",
    expected: { component: 'ratings', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (istio/istio samples/bookinfo/platform/kube/bookinfo.yaml, Istio 1.23 sidecars): the reviews Service
      selects app=reviews across v1, v2 and v3; v1 never calls ratings, v2/v3 GET http://ratings:9080/ratings/<id> and
      read the answer with javax.json as {"id":0,"ratings":{"Reviewer1":5,"Reviewer2":4}} (LibertyRestEndpoint
      getRatings/bookReviewsById); productpage shows "Error fetching product reviews!" when reviews answers 5xx.
      Fault: a ratings-v1 image rebuilt from a community fork (tag 1.20.1-schema2) was rolled out at 12:48; it answers
      200 with "ratings" as an array of {reviewer, stars} objects. ratings is Ready and logs nothing unusual;
      reviews-v2/v3 throw ClassCastException in getJsonObject and answer 500, so two thirds of page loads fail while
      the v1 third shows reviews without stars (by design of v1). Shape follows public reports of providers changing a
      response contract in a tag-compatible release (consumer-driven contract breaks). Deviations from upstream: the fork
      image and the schema change are invented; the Liberty stack and line numbers are approximate.
      Decoy: details answers normally; productpage's sidecar shows the reviews 500s, pointing at reviews.`,
    workloads: {
      'ratings-v1': {
        rollout: { at: -42, oldContainers: { ratings: { image: base.image } } },
        containers: { ratings: { image: NEW_IMG } },
      },
    },
    events: [
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-v1-%NEW% to 1 from 0', first: -42.1 },
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-v1-%OLD% to 0 from 1', first: -41.3 },
      { on: 'pod:ratings-v1#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMG}" in 2.118s (2.118s including waiting). Image size: 58714203 bytes.`, first: -41.9, fieldPath: 'spec.containers{ratings}' },
    ],
    logs: {
      'ratings-v1#0/ratings': ratingsLog,
      'reviews-v2#0/reviews': [
        `[${T.isoMs(-60 * 24 * 3).replace('T', ' ').replace('Z', '')}] [AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.121 seconds.`,
        ...stack(-38), ...stack(-21), ...stack(-4),
      ],
      'reviews-v3#0/reviews': [
        `[${T.isoMs(-60 * 24 * 3).replace('T', ' ').replace('Z', '')}] [AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 5.874 seconds.`,
        ...stack(-33), ...stack(-12), ...stack(-2),
      ],
      'productpage-v1#0/productpage': ppLog,
      'productpage-v1#0/istio-proxy': [
        envoy(-47, 'GET', '/reviews/0', 200, '-', 38, '%IPOF:reviews-v2#0%:9080', 'reviews:9080', 'outbound|9080||reviews.bookinfo.svc.cluster.local'),
        envoy(-38, 'GET', '/reviews/0', 500, '-', 41, '%IPOF:reviews-v2#0%:9080', 'reviews:9080', 'outbound|9080||reviews.bookinfo.svc.cluster.local'),
        envoy(-33, 'GET', '/reviews/0', 500, '-', 36, '%IPOF:reviews-v3#0%:9080', 'reviews:9080', 'outbound|9080||reviews.bookinfo.svc.cluster.local'),
        envoy(-30, 'GET', '/reviews/0', 200, '-', 9, '%IPOF:reviews-v1#0%:9080', 'reviews:9080', 'outbound|9080||reviews.bookinfo.svc.cluster.local'),
        envoy(-21, 'GET', '/reviews/0', 500, '-', 33, '%IPOF:reviews-v2#0%:9080', 'reviews:9080', 'outbound|9080||reviews.bookinfo.svc.cluster.local'),
        envoy(-12, 'GET', '/reviews/0', 500, '-', 35, '%IPOF:reviews-v3#0%:9080', 'reviews:9080', 'outbound|9080||reviews.bookinfo.svc.cluster.local'),
        envoy(-4, 'GET', '/reviews/0', 500, '-', 31, '%IPOF:reviews-v2#0%:9080', 'reviews:9080', 'outbound|9080||reviews.bookinfo.svc.cluster.local'),
      ],
    },
  }),
];
