// Blind dev batch s71a — Istio Bookinfo: one scenario (reviews-v2 in-house rebuild Ready but every request a 500).
// Spec for scripts/s2-scenario-kit.mjs through the kit system scripts/kit-systems/bookinfo.mjs and its bookinfoScenario().
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const INC = '2026-04-21T10:48:00Z';
const T = clock(INC);
const OLD = 'docker.io/istio/examples-bookinfo-reviews-v2:1.20.1';
const NEW = '318422907165.dkr.ecr.us-east-2.amazonaws.com/bookinfo/reviews-v2:1.20.1-slim.3';
const ua = '"python-requests/2.31.0"';
// Envoy default TEXT access log (meshConfig.accessLogFile=/dev/stdout).
const envoy = (min, path, code, flags, up, dur, upHost, cluster, local, rid) =>
  `[${T.isoMs(min)}] "GET ${path} HTTP/1.1" ${code} ${flags} via_upstream - "-" 0 ${code === 200 ? 358 : 3216} ${dur} ${dur - 1} "-" ${ua} "${rid}" "${up}" "${upHost}" ${cluster} ${local} - default`;
const rid = (i) => `7c2e${(4096 + i * 7919).toString(16)}-1f3a-9b4e-a${(100 + i).toString(16)}-5d0e8c4b${(1000 + i * 13).toString(16)}`;

const ppLines = [
  `[${T.go(-60 * 50).replace(/\//g, '-')} +0000] [1] [INFO] Starting gunicorn 22.0.0`,
  `[${T.go(-60 * 50).replace(/\//g, '-')} +0000] [1] [INFO] Listening at: http://[::]:9080 (1)`,
  `[${T.go(-60 * 50).replace(/\//g, '-')} +0000] [1] [INFO] Using worker: gevent`,
];
const ppProxy = [];
// reviews endpoints rotate v1 / v2 / v3 (round robin through the reviews Service); v2 answers 500 since the rollout at -19.
for (let i = 0; i < 36; i++) {
  const min = -30 + i * 0.8;
  const which = ['v1', 'v2', 'v3'][i % 3];
  const bad = which === 'v2' && min > -18.5;
  const code = bad ? 500 : 200;
  ppLines.push(`DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080`);
  ppLines.push(`DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178`);
  ppLines.push(`DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080`);
  ppLines.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" ${code} ${bad ? 'None' : '358'}`);
  const host = which === 'v1' ? '%IPOF:reviews-v1#0%' : which === 'v2' ? '%IPOF:reviews-v2#0%' : '%IPOF:reviews-v3#0%';
  ppProxy.push(envoy(min, '/details/0', 200, '-', 'details:9080', 4, '%IPOF:details-v1#0%:9080', 'outbound|9080||details.bookinfo.svc.cluster.local', '%PODIP%:51' + (100 + i), rid(i)));
  ppProxy.push(envoy(min + 0.01, '/reviews/0', code, '-', 'reviews:9080', bad ? 41 : 23, `${host}:9080`, 'outbound|9080||reviews.bookinfo.svc.cluster.local', '%PODIP%:52' + (100 + i), rid(i)));
}

const v2Lines = [
  `Launching defaultServer (Open Liberty 24.0.0.3/wlp-1.0.87.cl240320240312-1342) on Eclipse OpenJ9 VM, version 17.0.10+7 (en_US)`,
  `[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.`,
  `[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ol/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml`,
  `[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.`,
  `[AUDIT   ] CWWKT0016I: Web application available (default_host): http://%POD%:9080/`,
  `[AUDIT   ] CWWKZ0001I: Application reviews-application-1.0 started in 2.412 seconds.`,
  `[AUDIT   ] CWWKF0012I: The server installed the following features: [cdi-2.0, jaxrs-2.1, jaxrsClient-2.1, jndi-1.0, servlet-4.0].`,
  `[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 4.981 seconds.`,
];
for (let i = 0; i < 12; i++) {
  v2Lines.push(
    `[ERROR   ] SRVE0777E: Exception thrown by application class 'javax.json.spi.JsonProvider.provider:97'`,
    `javax.json.JsonException: Provider org.glassfish.json.JsonProviderImpl not found`,
    `\tat javax.json.spi.JsonProvider.provider(JsonProvider.java:97)`,
    `\tat javax.json.Json.createReader(Json.java:208)`,
    `\tat application.rest.LibertyRestEndpoint.getRatings(LibertyRestEndpoint.java:143)`,
    `\tat application.rest.LibertyRestEndpoint.bookReviewsById(LibertyRestEndpoint.java:178)`,
    `\tat jdk.internal.reflect.GeneratedMethodAccessor612.invoke(Unknown Source)`,
    `\tat java.base/java.lang.reflect.Method.invoke(Method.java:568)`,
    `\tat org.apache.cxf.service.invoker.AbstractInvoker.performInvocation(AbstractInvoker.java:179)`,
    `Caused by: java.lang.ClassNotFoundException: org.glassfish.json.JsonProviderImpl`,
    `\tat com.ibm.ws.classloading.internal.AppClassLoader.findClassCommonLibraryClassLoaders(AppClassLoader.java:641)`,
    `\t... 42 more`,
  );
}
const v2Proxy = [];
for (let i = 0; i < 12; i++)
  v2Proxy.push(`[${T.isoMs(-17.6 + i * 1.4)}] "GET /reviews/0 HTTP/1.1" 500 - via_upstream - "-" 0 3216 39 38 "-" ${ua} "${rid(100 + i)}" "reviews:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:4${1200 + i} %PODIP%:9080 %IPOF:productpage-v1#0%:5${3100 + i} outbound_.9080_._.reviews.bookinfo.svc.cluster.local default`);

const okLiberty = [
  `Launching defaultServer (WebSphere Application Server 23.0.0.3/wlp-1.0.75.cl230320230319-1900) on Eclipse OpenJ9 VM, version 17.0.6+10 (en_US)`,
  `[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.`,
  `[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.`,
  `[AUDIT   ] CWWKT0016I: Web application available (default_host): http://reviews:9080/`,
  `[AUDIT   ] CWWKZ0001I: Application reviews-app started in 3.104 seconds.`,
  `[AUDIT   ] CWWKF0012I: The server installed the following features: [jaxrs-2.1, jaxrsClient-2.1, jndi-1.0, jsonp-1.1, servlet-4.0, cdi-2.0, jsonb-1.0].`,
  `[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.233 seconds.`,
];
const ratingsLines = ['Server listening on: http://0.0.0.0:9080', ...Array.from({ length: 20 }, (_, i) => `GET /ratings/0`)];

export const scenarios = [
  bookinfoScenario({
    folder: 's71a-reviews-v2-slim-image-json-provider-missing',
    incidentTime: INC,
    description: 'product page says "Sorry, product reviews are currently unavailable for this book" on roughly every third refresh since ~10:30. ratings looks fine, details fine',
    expected: { component: 'reviews', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'time-expression', 'decoy'],
    grounding: `
      Manifests: istio/istio samples/bookinfo/platform/kube/bookinfo.yaml (reviews-v1/v2/v3 behind one reviews Service
      selecting app=reviews, no probes on the app containers, Istio 1.23 sidecars as the kit injects them). The fault follows
      the common "slimmed image drops a runtime provider" regression: the community team rebuilt reviews-v2 on an Open
      Liberty kernel-slim base with a trimmed server.xml feature list (no jsonp-1.1), pushed to their ECR as
      1.20.1-slim.3 and rolled it out 19 minutes before the incident. The server starts and the pod is Running and Ready
      (no readiness probe upstream, Envoy's /healthz/ready only covers the proxy), but LibertyRestEndpoint.getRatings
      calls javax.json.Json.createReader, which throws JsonException "Provider org.glassfish.json.JsonProviderImpl not
      found" (the message javax.json.spi.JsonProvider.provider() really throws) on every request, so v2 answers 500 and
      productpage renders its "reviews are currently unavailable" text for the third of requests the Service sends to
      v2. The old and new ReplicaSets differ only in the reviews image. Loud: productpage's urllib3 debug lines (the
      sample sets DEBUG logging) and its sidecar's access log (accessLogFile=/dev/stdout, as the demo profile sets).
      Decoy: a plain restart rollout of productpage-v1 two hours earlier (identical pod templates). Deviations: the ECR
      image and its Liberty banner are invented; the upstream v2 image is 1.20.1 from docker.io.`,
    workloads: {
      'reviews-v2': {
        containers: { reviews: { image: NEW } },
        rollout: { at: -19, oldContainers: { reviews: { image: OLD } } },
      },
      'productpage-v1': { rollout: { at: -125 } },
    },
    events: [
      { on: 'deploy:reviews-v2', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v2-%NEW% to 1', first: -19 },
      { on: 'deploy:reviews-v2', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v2-%OLD% to 0 from 1', first: -18.4 },
      { on: 'pod:reviews-v2#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bookinfo/%POD% to %NODE%', first: -18.9 },
      { on: 'pod:reviews-v2#0', reason: 'Pulling', fieldPath: 'spec.containers{reviews}', message: `Pulling image "${NEW}"`, first: -18.8 },
      { on: 'pod:reviews-v2#0', reason: 'Pulled', fieldPath: 'spec.containers{reviews}', message: `Successfully pulled image "${NEW}" in 6.214s (6.214s including waiting). Image size: 212448391 bytes.`, first: -18.7 },
      { on: 'pod:reviews-v2#0', reason: 'Created', fieldPath: 'spec.containers{reviews}', message: 'Created container reviews', first: -18.7 },
      { on: 'pod:reviews-v2#0', reason: 'Started', fieldPath: 'spec.containers{reviews}', message: 'Started container reviews', first: -18.7 },
    ],
    logs: {
      'reviews-v2#0/reviews': v2Lines,
      'reviews-v2#0/istio-proxy': v2Proxy,
      'reviews-v1#0/reviews': okLiberty,
      'reviews-v3#0/reviews': okLiberty,
      'productpage-v1#0/productpage': ppLines,
      'productpage-v1#0/istio-proxy': ppProxy,
      'ratings-v1#0/ratings': ratingsLines,
      'details-v1#0/details': [
        `[${T.go(-60 * 24 * 9).replace(/\//g, '-')}] INFO  WEBrick 1.8.1`,
        `[${T.go(-60 * 24 * 9).replace(/\//g, '-')}] INFO  ruby 3.3.4 (2024-07-09) [x86_64-linux]`,
        `[${T.go(-60 * 24 * 9).replace(/\//g, '-')}] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`,
      ],
    },
  }),
];
void cs;
