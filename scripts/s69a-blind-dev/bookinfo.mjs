// Blind dev batch s69a: one Istio Bookinfo scenario (config-error) for the scenario kit, on the kit system definition
// scripts/kit-systems/bookinfo.mjs (upstream Service selectors through bookinfoScenario); built by scripts/s69a-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const T = clock('2026-06-03T15:20:00Z');
const ROLL = -38;
const LIBERTY_BOOT = (host) => [
  'Launching defaultServer (WebSphere Application Server 23.0.0.3/wlp-1.0.75.cl230320230319-1900) on Eclipse OpenJ9 VM, version 17.0.6+10 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ibm/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  `[AUDIT   ] CWWKT0016I: Web application available (default_host): http://${host}:9080/`,
  '[AUDIT   ] CWWKZ0001I: Application reviews-application-1.0 started in 2.914 seconds.',
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [jaxrs-2.0, jaxrsClient-2.0, json-1.0, jsonp-1.0, servlet-3.1].',
  '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.031 seconds.',
];
const nx = 'ratings.svc.cluster.local';
const v3Log = [...LIBERTY_BOOT('reviews-v3')];
for (let i = 0; i < 34; i++)
  v3Log.push(`[err] Error: unable to contact http://${nx}:9080/ratings got exception javax.ws.rs.ProcessingException: java.net.UnknownHostException: ${nx}`);
const v2Log = [...LIBERTY_BOOT('reviews-v2')];

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// werkzeug's access-log date: 03/Jun/2026 14:22:11
const wz = (m) => { const [d, t] = T.java(m).split(' '); const [Y, M, D] = d.split('-'); return `${D}/${MON[Number(M) - 1]}/${Y} ${t.slice(0, 8)}`; };
const ppLog = [];
const rev = [
  ['%IPOF:reviews-v1#0%', 295], ['%IPOF:reviews-v2#0%', 375], ['%IPOF:reviews-v3#0%', 433],
];
for (let i = 0; i < 24; i++) {
  const m = -57 + i * 2.3;
  ppLog.push('DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080');
  ppLog.push('DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178');
  ppLog.push('DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080');
  const [, len] = rev[i % 3];
  // After the rollout reviews-v3 answers 200 with {"error": "Ratings service is currently unavailable"} instead of red stars.
  ppLog.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${m > ROLL && i % 3 === 2 ? 461 : len}`);
  ppLog.push(`INFO:werkzeug:127.0.0.6 - - [${wz(m)}] "GET /productpage HTTP/1.1" 200 -`);
}

const proxyInfo = (min, msg) => `${T.isoMs(min).replace('Z', '000Z')}\tinfo\t${msg}`;
const v3Proxy = [
  proxyInfo(ROLL + 0.55, 'FLAG: --concurrency="2"'),
  proxyInfo(ROLL + 0.56, 'Version 1.23.2-2a9e7c0f1b7c3e05d1f2a8c60d5cd7e5b8a5f9b2-Clean'),
  proxyInfo(ROLL + 0.58, 'xdsproxy\tInitializing with upstream address "istiod.istio-system.svc:15012" and cluster "Kubernetes"'),
  proxyInfo(ROLL + 0.6, 'sds\tSDS server for workload certificates started, listening on "var/run/secrets/workload-spiffe-uds/socket"'),
  proxyInfo(ROLL + 0.62, 'cache\tgenerated new workload certificate\tlatency=98.41ms ttl=23h59m59.9s'),
  proxyInfo(ROLL + 0.65, 'Readiness succeeded in 1.20384s'),
  proxyInfo(ROLL + 0.65, 'Envoy proxy is ready'),
];
const econn = [
  'Error: connect ECONNREFUSED %SVCIP:mysqldb%:3306',
  '    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1141:16)',
  '    --------------------',
  '    at Protocol._enqueue (/opt/microservices/node_modules/mysql/lib/protocol/Protocol.js:144:48)',
  '    at Protocol.handshake (/opt/microservices/node_modules/mysql/lib/protocol/Protocol.js:51:23)',
  '    at Connection.connect (/opt/microservices/node_modules/mysql/lib/Connection.js:116:18)',
  '    at /opt/microservices/ratings.js:160:18 {',
  "  errno: 'ECONNREFUSED',",
  "  code: 'ECONNREFUSED',",
  "  syscall: 'connect',",
  "  address: '%SVCIP:mysqldb%',",
  '  port: 3306,',
  '  fatal: true',
  '}',
];
// Stale: printed two days ago while mysqldb-v1 was being rescheduled (Node's console.log carries no timestamps).
const ratingsLog = ['Server listening on: http://0.0.0.0:9080', ...econn, ...econn, ...econn];

export const scenarios = [
  bookinfoScenario({
    folder: 's69a-reviews-v3-services-domain-nxdomain',
    incidentTime: '2026-06-03T15:20:00Z',
    description: 'red stars gone from the bookinfo product page since ~14:45 — about a third of loads say "Ratings service is currently unavailable", black-star loads are fine. ratings pods look healthy?',
    expected: { component: 'reviews', cause: 'config-error' },
    alsoAcceptable: [{ component: 'reviews', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      Manifest and source facts (istio/istio samples/bookinfo at 1.23; src/reviews LibertyRestEndpoint.java): reviews builds its
      ratings address once, at class load, as "http://" + RATINGS_HOSTNAME (default "ratings") + ("." + SERVICES_DOMAIN when that
      variable is set) + ":9080/ratings"; on a ProcessingException it prints "Error: unable to contact <url> got exception <e>" to
      System.err and answers 200 with {"error": "Ratings service is currently unavailable"} in place of the stars. reviews-v3 is the
      red-star version (STAR_COLOR red), v2 black, v1 none; the reviews Service selects app: reviews, so each version gets a third.
      Fault: a multi-cluster preparation change (38 minutes before the incident) added SERVICES_DOMAIN=svc.cluster.local to
      reviews-v3 only, copying the cluster suffix without the namespace; reviews-v3 now asks for ratings.svc.cluster.local, which
      kube-dns answers NXDOMAIN for, and the JVM throws java.net.UnknownHostException on every request. Nothing rejects the value at
      start: the pod is Ready, the sidecar is Ready (no outbound connection is ever made, so Envoy logs nothing), the productpage
      still gets 200 from reviews; the only error lines are reviews-v3's own [err] lines. ratings (v1 and v2-mysql), reviews-v2 and
      mysqldb are untouched. The new and the old reviews-v3 ReplicaSet templates differ in that one env entry.
      Expected: config-error on reviews (a wrong value the workload reads); the rollout that carried it is also accepted.
      Decoys: ratings-v2-mysql's log still ends with ECONNREFUSED errors to mysqldb:3306 printed two days ago while mysqldb-v1 was
      rescheduled (its pod is two days old; Node's console.log carries no timestamps, so they read as current), and the description
      suspects ratings.
      Deviations from upstream: the env entry itself; Liberty and Node.js log lines are written as those runtimes print them, the
      Istio proxy lines are a trimmed 1.23 startup; productpage's werkzeug/urllib3 debug lines are abridged.
    `,
    workloads: {
      'reviews-v3': {
        rollout: {
          at: ROLL,
          revision: 2,
          oldContainers: { reviews: { env: [{ name: 'LOG_DIR', value: '/tmp/logs' }] } },
        },
        containers: {
          reviews: {
            env: [
              { name: 'LOG_DIR', value: '/tmp/logs' },
              { name: 'SERVICES_DOMAIN', value: 'svc.cluster.local' },
            ],
          },
        },
      },
      'mysqldb-v1': { pods: [{ created: T.iso(-60 * 47) }] },
    },
    events: [
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v3-%NEW% to 1', first: ROLL, last: ROLL },
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v3-%OLD% to 0 from 1', first: ROLL + 0.9, last: ROLL + 0.9 },
      { on: 'pod:reviews-v3#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bookinfo/%POD% to %NODE%', first: ROLL + 0.4, last: ROLL + 0.4 },
      { on: 'pod:reviews-v3#0', reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', fieldPath: 'spec.initContainers{istio-init}', first: ROLL + 0.45, last: ROLL + 0.45 },
      { on: 'pod:reviews-v3#0', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-reviews-v3:1.20.1" already present on machine', fieldPath: 'spec.containers{reviews}', first: ROLL + 0.5, last: ROLL + 0.5 },
      { on: 'pod:reviews-v3#0', reason: 'Created', message: 'Created container reviews', fieldPath: 'spec.containers{reviews}', first: ROLL + 0.5, last: ROLL + 0.5 },
      { on: 'pod:reviews-v3#0', reason: 'Started', message: 'Started container reviews', fieldPath: 'spec.containers{reviews}', first: ROLL + 0.52, last: ROLL + 0.52 },
      { on: 'pod:reviews-v3#0', reason: 'Started', message: 'Started container istio-proxy', fieldPath: 'spec.containers{istio-proxy}', first: ROLL + 0.53, last: ROLL + 0.53 },
    ],
    logs: {
      'reviews-v3#0/reviews': v3Log,
      'reviews-v3#0/istio-proxy': v3Proxy,
      'reviews-v2#0/reviews': v2Log,
      'productpage-v1#0/productpage': ppLog,
      'ratings-v2-mysql#0/ratings': ratingsLog,
    },
  }),
];
