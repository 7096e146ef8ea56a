// Blind dev batch s55b, Istio Bookinfo: one scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs), built by
// scripts/s55b-build.mjs — reviews-v2/v3 re-rolled with a SERVICES_DOMAIN copied from another namespace (config-error).
import { clock, cs, uid } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const INCIDENT = '2026-05-12T09:58:00Z';
const T = clock(INCIDENT);
const F = 's55b-reviews-services-domain-from-prod-overlay';
const rid = (k) => uid(`${F}/rid/${k}`);
const LOG_DIR = { name: 'LOG_DIR', value: '/tmp/logs' };
const BAD_DOMAIN = 'bookinfo-prod.svc.cluster.local';
const RATINGS_URL = `http://ratings.${BAD_DOMAIN}:9080/ratings`;

// Open Liberty console output (open-liberty:24.0.0.12-kernel-slim-java17-openj9, server.xml of reviews-wlpcfg).
const liberty = (min, pod, ms) => [
  'Launching defaultServer (Open Liberty 24.0.0.12/wlp-1.0.96.cl241220241119-0657) on Eclipse OpenJ9 VM, version 17.0.13+11 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ol/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  `[AUDIT   ] CWWKT0016I: Web application available (default_host): http://${pod}:9080/`,
  `[AUDIT   ] CWWKZ0001I: Application reviews-app started in ${(ms / 1000 - 1.1).toFixed(3)} seconds.`,
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [jaxrs-2.0, jaxrsClient-2.0, jndi-1.0, json-1.0, jsonp-1.0, servlet-3.1].',
  `[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in ${(ms / 1000).toFixed(3)} seconds.`,
];
// LibertyRestEndpoint.getRatings: System.err, which the Liberty console prefixes with [err].
const unable = (pid) =>
  `[err] Error: unable to contact ${RATINGS_URL} got exception javax.ws.rs.ProcessingException: java.net.UnknownHostException: UnknownHostException invoking ${RATINGS_URL}/${pid}: ratings.${BAD_DOMAIN}`;

// Istio's default TEXT access log format.
const envoy = (min, o) =>
  `[${T.isoMs(min)}] "${o.method ?? 'GET'} ${o.path} HTTP/1.1" ${o.code ?? 200} ${o.flags ?? '-'} via_upstream - "-" 0 ${o.tx} ${o.dur} ${o.dur - 1} "-" "${o.ua}" "${o.rid}" "${o.authority}" "${o.upHost}" ${o.cluster} ${o.upLocal} ${o.downLocal} ${o.downRemote} ${o.sni ?? '-'} default`;
const inboundReviews = (min, i, self, tx, dur) =>
  envoy(min, {
    path: '/reviews/0', tx, dur, ua: 'python-requests/2.32.3', rid: rid(`rv${self}${i}`), authority: 'reviews:9080',
    upHost: `%PODIP%:9080`, cluster: 'inbound|9080||', upLocal: `127.0.0.6:${41000 + i * 17}`, downLocal: '%PODIP%:9080',
    downRemote: `%IPOF:productpage-v1#0%:${52000 + i * 31}`, sni: 'outbound_.9080_._.reviews.bookinfo.svc.cluster.local',
  });
const proxyBoot = (min) => [
  `${T.isoMs(min)}	info	FLAG: --concurrency="0"`,
  `${T.isoMs(min)}	info	Version 1.23.2-0f2d8b4c6d1d5d2c7f8e0f6c9b2f7a0b3c5e1d94-Clean`,
  `${T.isoMs(min + 0.01)}	info	Proxy role	ips=[%PODIP%] type=sidecar id=%POD%.bookinfo domain=bookinfo.svc.cluster.local`,
  `${T.isoMs(min + 0.02)}	info	Workload SDS socket not found. Starting Istio SDS Server`,
  `${T.isoMs(min + 0.03)}	info	xdsproxy	Initializing with upstream address "istiod.istio-system.svc:15012" and cluster "Kubernetes"`,
  `${T.isoMs(min + 0.05)}	info	cache	generated new workload certificate	resourceName=default latency=118.233871ms ttl=23h59m59.162043902s`,
  `${T.isoMs(min + 0.09)}	info	Readiness succeeded in 1.327645219s`,
  `${T.isoMs(min + 0.09)}	info	Envoy proxy is ready`,
];

// ratings.js prints every request (`console.log(request.method + ' ' + request.url)`).
const ratingsTraffic = (from, to, step) => {
  const out = [];
  for (let m = from; m <= to; m += step) out.push('GET /ratings/0');
  return out;
};

const reviewsLogs = (pod, start) => {
  const lines = liberty(start, pod, 5912);
  for (let k = 0; k < 16; k++) lines.push(unable(0));
  return lines;
};
const oldReviews = { reviews: { env: [LOG_DIR] } };
const newReviews = { reviews: { env: [LOG_DIR, { name: 'SERVICES_DOMAIN', value: BAD_DOMAIN }] } };

const scenario = bookinfoScenario({
  folder: F,
  description:
    'star ratings gone from the product page since ~9:35?? review text still shows but it says "Ratings service is currently unavailable" on most reloads. did ratings die',
  incidentTime: INCIDENT,
  expected: { component: 'reviews', cause: 'config-error' },
  alsoAcceptable: [{ component: 'reviews', cause: 'bad-deploy-rollout' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'rollout-regression', 'decoy', 'time-expression'],
  workloads: {
    'reviews-v2': { rollout: { at: -24, oldContainers: oldReviews }, containers: newReviews },
    'reviews-v3': { rollout: { at: -24, oldContainers: oldReviews }, containers: newReviews },
    // rescheduled two days ago (GKE-style node pool upgrade on the EKS group: replaced node); emptyDir re-seeded by the image
    'mysqldb-v1': { since: -60 * 24 * 2 - 40 },
  },
  events: [
    { on: 'deploy:reviews-v2', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v2-%NEW% to 1', first: -24 },
    { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v3-%NEW% to 1', first: -24 },
    { on: 'rs:reviews-v2', reason: 'SuccessfulCreate', message: 'Created pod: %PODOF%', first: -23.5 },
    { on: 'rs:reviews-v3', reason: 'SuccessfulCreate', message: 'Created pod: %PODOF%', first: -23.5 },
    ...['reviews-v2', 'reviews-v3'].flatMap((wl) => [
      { on: `pod:${wl}#0`, reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', source: 'default-scheduler', first: -23.5 },
      { on: `pod:${wl}#0`, reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', fieldPath: 'spec.initContainers{istio-init}', first: -23.46 },
      { on: `pod:${wl}#0`, reason: 'Created', message: 'Created container istio-init', fieldPath: 'spec.initContainers{istio-init}', first: -23.45 },
      { on: `pod:${wl}#0`, reason: 'Started', message: 'Started container istio-init', fieldPath: 'spec.initContainers{istio-init}', first: -23.44 },
      { on: `pod:${wl}#0`, reason: 'Pulled', message: `Container image "docker.io/istio/examples-bookinfo-${wl}:1.20.1" already present on machine`, fieldPath: 'spec.containers{reviews}', first: -23.23 },
      { on: `pod:${wl}#0`, reason: 'Created', message: 'Created container reviews', fieldPath: 'spec.containers{reviews}', first: -23.22 },
      { on: `pod:${wl}#0`, reason: 'Started', message: 'Started container reviews', fieldPath: 'spec.containers{reviews}', first: -23.21 },
      { on: `pod:${wl}#0`, reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', fieldPath: 'spec.containers{istio-proxy}', first: -23.21 },
      { on: `pod:${wl}#0`, reason: 'Created', message: 'Created container istio-proxy', fieldPath: 'spec.containers{istio-proxy}', first: -23.2 },
      { on: `pod:${wl}#0`, reason: 'Started', message: 'Started container istio-proxy', fieldPath: 'spec.containers{istio-proxy}', first: -23.2 },
      // the sidecar's status port is not up yet at the first probe: one benign failure per pod
      { on: `pod:${wl}#0`, reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:15021/healthz/ready": dial tcp %PODIP%:15021: connect: connection refused', fieldPath: 'spec.containers{istio-proxy}', first: -23.19 },
    ]),
    { on: 'deploy:reviews-v2', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v2-%OLD% to 0 from 1', first: -23.1 },
    { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v3-%OLD% to 0 from 1', first: -23.1 },
  ],
  configMaps: [{ name: 'istio-ca-root-cert', keys: ['root-cert.pem'] }],
  logs: {
    'reviews-v2#0/reviews': reviewsLogs('%POD%', -23.18),
    'reviews-v3#0/reviews': reviewsLogs('%POD%', -23.18),
    'reviews-v1#0/reviews': liberty(-60 * 24 * 9, '%POD%', 6204),
    'reviews-v3#0/istio-proxy': [
      ...proxyBoot(-23.19),
      ...Array.from({ length: 10 }, (_, i) => inboundReviews(-20 + i * 1.9, i, 'v3', 375, 12 + (i % 4))),
    ],
    'productpage-v1#0/productpage': [
      '[2026-05-03 09:58:31 +0000] [1] [INFO] Starting gunicorn 22.0.0',
      '[2026-05-03 09:58:31 +0000] [1] [INFO] Listening at: http://[::]:9080 (1)',
      '[2026-05-03 09:58:31 +0000] [1] [INFO] Using worker: gevent',
      ...Array.from({ length: 8 }, (_, i) => `[2026-05-03 09:58:31 +0000] [${8 + i}] [INFO] Booting worker with pid: ${8 + i}`),
    ],
    'productpage-v1#0/istio-proxy': Array.from({ length: 14 }, (_, i) => {
      const min = -21 + i * 1.4;
      const target = ['reviews-v1#0', 'reviews-v2#0', 'reviews-v3#0'][i % 3];
      return [
        envoy(min, {
          path: '/details/0', tx: 178, dur: 4, ua: 'python-requests/2.32.3', rid: rid(`pd${i}`), authority: 'details:9080',
          upHost: `%IPOF:details-v2#0%:9080`, cluster: 'outbound|9080||details.bookinfo.svc.cluster.local',
          upLocal: `%PODIP%:${47100 + i * 13}`, downLocal: '%SVCIP:details%:9080', downRemote: `%PODIP%:${38200 + i * 7}`,
        }),
        envoy(min + 0.001, {
          path: '/reviews/0', tx: target === 'reviews-v1#0' ? 358 : 375, dur: target === 'reviews-v1#0' ? 9 : 13, ua: 'python-requests/2.32.3',
          rid: rid(`pr${i}`), authority: 'reviews:9080', upHost: `%IPOF:${target}%:9080`, cluster: 'outbound|9080||reviews.bookinfo.svc.cluster.local',
          upLocal: `%PODIP%:${52000 + i * 31}`, downLocal: '%SVCIP:reviews%:9080', downRemote: `%PODIP%:${38300 + i * 7}`,
        }),
      ];
    }).flat(),
    // ratings-v1 and ratings-v2-mysql print each request: the last ones arrive just before the reviews rollout.
    'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080', ...ratingsTraffic(-60, -24.2, 2.5)],
    'ratings-v2-mysql#0/ratings': [
      'Server listening on: http://0.0.0.0:9080',
      'GET /ratings/0',
      // two days ago, while mysqldb-v1 was being rescheduled (decoy): ratings.js logs the connect error and answers
      "Error: connect ECONNREFUSED %SVCIP:mysqldb%:3306",
      '    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)',
      '    --------------------',
      '    at Protocol._enqueue (/opt/microservices/node_modules/mysql/lib/protocol/Protocol.js:144:48)',
      '    at Protocol.handshake (/opt/microservices/node_modules/mysql/lib/protocol/Protocol.js:51:23)',
      '    at Connection.connect (/opt/microservices/node_modules/mysql/lib/Connection.js:116:18)',
      '    at /opt/microservices/ratings.js:109:18',
      '    at Server.<anonymous> (/opt/microservices/ratings.js:255:5)',
      '    at Server.emit (node:events:519:28)',
      '    at parserOnIncoming (node:_http_server:1143:12)',
      '    at HTTPParser.parserOnHeadersComplete (node:_http_common:117:17) {',
      '  errno: -111,',
      "  code: 'ECONNREFUSED',",
      "  syscall: 'connect',",
      "  address: '%SVCIP:mysqldb%',",
      '  port: 3306,',
      '  fatal: true',
      '}',
      ...ratingsTraffic(-60, -24.4, 3),
    ],
    'mysqldb-v1#0/mysqldb': [
      '2026-05-10 09:18:20+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server 8.0.40-1.el9 started.',
      '2026-05-10 09:18:21+00:00 [Note] [Entrypoint]: Initializing database files',
      '2026-05-10 09:18:37+00:00 [Note] [Entrypoint]: /usr/local/bin/docker-entrypoint.sh: running /docker-entrypoint-initdb.d/mysqldb-init.sql',
      '2026-05-10 09:18:39+00:00 [Note] [Entrypoint]: MySQL init process done. Ready for start up.',
      "2026-05-10T09:18:40.418772Z 0 [Warning] [MY-011068] [Server] The syntax '--skip-host-cache' is deprecated and will be removed in a future release. Please use SET GLOBAL host_cache_size=0 instead.",
      "2026-05-10T09:18:40.420101Z 0 [Warning] [MY-010918] [Server] 'default_authentication_plugin' is deprecated and will be removed in a future release. Please use authentication_policy instead.",
      '2026-05-10T09:18:40.420144Z 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.0.40) starting as process 1',
      '2026-05-10T09:18:41.109825Z 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: \'8.0.40\'  socket: \'/var/run/mysqld/mysqld.sock\'  port: 3306  MySQL Community Server - GPL.',
    ],
    'details-v2#0/details': [
      '[2026-05-03 09:58:27] INFO  WEBrick 1.8.1',
      '[2026-05-03 09:58:27] INFO  ruby 3.3.5 (2024-09-03) [x86_64-linux]',
      '[2026-05-03 09:58:27] INFO  WEBrick::HTTPServer#start: pid=1 port=9080',
    ],
  },
  grounding: `
    Manifests: istio/istio samples/bookinfo/platform/kube/bookinfo.yaml (reviews-v2/v3: image examples-bookinfo-reviews-v2/v3, env LOG_DIR only,
    Service reviews selecting app=reviews so v1, v2 and v3 share the traffic), bookinfo-details-v2.yaml, bookinfo-ratings-v2-mysql.yaml,
    bookinfo-mysql.yaml as the kit system has them (both ratings versions behind the ratings Service), sidecar-injected namespace.
    Code: samples/bookinfo/src/reviews/.../LibertyRestEndpoint.java builds the ratings URL once, at class load, as
    String.format("http://%s%s:%s/ratings", RATINGS_HOSTNAME|"ratings", "." + SERVICES_DOMAIN, RATINGS_SERVICE_PORT|"9080"); on a
    ProcessingException it prints "Error: unable to contact <url> got exception <e>" on System.err and answers 200 with
    {"error": "Ratings service is currently unavailable"} in place of the stars (productpage renders it). ratings.js logs every request
    ("GET /ratings/0") and logs (without crashing) a mysqljs connect error. reviews/Dockerfile: open-liberty:24.0.0.12-kernel-slim-java17-openj9
    (console [AUDIT] lines; System.err printed as "[err] ...").
    Fault: at 09:34 the community team applied reviews-v2 and reviews-v3 from the kustomize overlay they prepared for the bookinfo-prod
    namespace, which adds SERVICES_DOMAIN=bookinfo-prod.svc.cluster.local. Both rolled out cleanly (new ReplicaSets Ready, the old ones
    scaled to 0), but ratings.bookinfo-prod.svc.cluster.local does not exist in this cluster: every reviews-v2/v3 call to ratings fails
    name resolution inside the JVM (UnknownHostException, wrapped by the Liberty/CXF JAX-RS client as "UnknownHostException invoking <url>:
    <host>") before a connection is made, so no outbound request ever reaches Envoy or ratings. Two thirds of page loads (v2, v3) show
    "Ratings service is currently unavailable"; v1 never shows stars. productpage sees 200s from reviews throughout.
    Cause named: config-error on reviews (a wrong value the workload reads); the rollout carrying it is also accepted.
    Decoys: the description blames ratings; ratings-v1 and ratings-v2-mysql are Ready and healthy but simply stop receiving requests at
    the rollout; ratings-v2-mysql's log still holds an ECONNREFUSED from two days ago, when mysqldb-v1 was rescheduled (pod two days old);
    one benign istio-proxy readiness failure on each new reviews pod while the sidecar started.
    Deviations from upstream: the SERVICES_DOMAIN env on reviews-v2/v3 (the fault); Envoy access logging on (meshConfig accessLogFile);
    istio-proxy version banner and certificate lines abbreviated.
  `,
});

export const scenarios = [scenario];
