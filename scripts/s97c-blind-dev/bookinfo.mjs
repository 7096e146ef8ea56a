// Blind dev batch s97c: one Istio Bookinfo scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// reviews-v2 rolled with RATINGS_HOSTNAME=ratings-v2 (a Deployment/version name, not a Service): stars vanish on a third of loads.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };

const I = '2026-04-21T15:40:00Z';
const T = clock(I);
const oldEnv = [{ name: 'LOG_DIR', value: '/tmp/logs' }];
const liberty = (min, s) => `[${T.java(min).replace(/^(\d+)-(\d+)-(\d+) /, (_, y, m, d) => `${Number(m)}/${Number(d)}/${y.slice(2)}, `).replace(/\.(\d{3})$/, ':$1')} UTC] ${s}`;
const libStart = (min) => [
  'Launching defaultServer (Open Liberty 24.0.0.3/wlp-1.0.87.cl240320240225-1600) on Eclipse OpenJ9 VM, version 17.0.10+7 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://%POD%:9080/',
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 2.874 seconds.',
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [cdi-4.0, jaxrs-3.1, jaxrsClient-3.1, jndi-1.0, json-1.0, jsonb-3.0, jsonp-2.1, servlet-6.0].',
  '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 5.412 seconds.',
];
const miss = '[err] Error: unable to contact http://ratings-v2:9080/ratings got exception jakarta.ws.rs.ProcessingException: java.net.UnknownHostException: ratings-v2';
const pp = (min, path, st, bytes, took) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const p = (n) => String(n).padStart(2, '0');
  return `::ffff:127.0.0.6 - - [${p(d.getUTCDate())}/Apr/2026 ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}] "GET ${path} HTTP/1.1" ${st} ${bytes} ${took}`;
};

export const scenarios = [
  bookinfoScenario({
    folder: 's97c-reviews-v2-ratings-hostname-version',
    incidentTime: I,
    description: 'book page: star ratings missing on ~1/3 of loads ("Ratings service is currently unavailable") since around 3pm. ratings svc itself looks fine, community team pls check',
    expected: { component: 'reviews', cause: 'config-error' },
    alsoAcceptable: [{ component: 'reviews', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'callers-only', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Bookinfo reviews (Java, Open Liberty) builds its ratings URL as http://<RATINGS_HOSTNAME or "ratings"><SERVICES_DOMAIN>:9080/ratings
      (LibertyRestApplication/ReviewsResource) and, when the call fails, prints "Error: unable to contact <url> got exception <e>"
      to stderr and answers 200 with the ratings replaced by "Ratings service is currently unavailable"; productpage shows it.
      Fault: someone wanting reviews-v2 to use ratings-v2 rolled reviews-v2 at 15:03 with RATINGS_HOSTNAME=ratings-v2, the name of
      the ratings-v2-mysql version label, not a Service (only "ratings" exists): the JVM gets UnknownHostException, nothing is
      rejected at start, the pod stays Ready and every response is still 200. The reviews Service selects app=reviews, so only
      the v2 third of page loads lose their stars. ratings-v1/ratings-v2-mysql and mysqldb are healthy and quiet.
      Decoy: details-v1 restarted once three days ago (exit 1, healthy since). Deviation from upstream: RATINGS_HOSTNAME is not set
      upstream. The old and new reviews-v2 ReplicaSets differ only in that env var.`,
    workloads: {
      'reviews-v2': {
        rollout: { at: -37, oldContainers: { reviews: { env: oldEnv } } },
        containers: { reviews: { env: [...oldEnv, { name: 'RATINGS_HOSTNAME', value: 'ratings-v2' }] } },
      },
      'details-v1': {
        pods: [{ containers: { details: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 11), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:reviews-v2', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v2-%NEW% to 1', first: -37 },
      { on: 'deploy:reviews-v2', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v2-%OLD% to 0 from 1', first: -36.2 },
      { on: 'pod:reviews-v2#0', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', source: 'default-scheduler', first: -36.9 },
      { on: 'pod:reviews-v2#0', reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', fieldPath: 'spec.initContainers{istio-init}', first: -36.8 },
      { on: 'pod:reviews-v2#0', reason: 'Started', message: 'Started container istio-init', fieldPath: 'spec.initContainers{istio-init}', first: -36.8 },
      { on: 'pod:reviews-v2#0', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-reviews-v2:1.20.1" already present on machine', fieldPath: 'spec.containers{reviews}', first: -36.7 },
      { on: 'pod:reviews-v2#0', reason: 'Started', message: 'Started container reviews', fieldPath: 'spec.containers{reviews}', first: -36.7 },
      { on: 'pod:reviews-v2#0', reason: 'Started', message: 'Started container istio-proxy', fieldPath: 'spec.containers{istio-proxy}', first: -36.6 },
    ],
    logs: {
      'reviews-v2#0/reviews': [...libStart(-36.5), miss, miss, miss, miss, miss, miss, miss],
      'reviews-v2#0/istio-proxy': [
        `${T.isoMs(-36.6).replace('Z', '000Z')}\tinfo\tFIPS mode is disabled`,
        `${T.isoMs(-36.5).replace('Z', '000Z')}\tinfo\tcache\tgenerated new workload certificate\tresourceName=default latency=118.502ms ttl=23h59m59.0s`,
        `${T.isoMs(-36.4).replace('Z', '000Z')}\tinfo\tReadiness succeeded in 1.204s`,
        `${T.isoMs(-36.4).replace('Z', '000Z')}\tinfo\tEnvoy proxy is ready`,
      ],
      'reviews-v3#0/reviews': [...libStart(-60 * 24 * 9)],
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080', 'GET /ratings/0', 'GET /ratings/0', 'GET /ratings/0', 'GET /ratings/0'],
      'productpage-v1#0/productpage': [
        'INFO:root:start at port 9080',
        'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080',
        'DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178',
        'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080',
        'DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 358',
        pp(-20, '/productpage', 200, 5183, '0.052311'),
        'DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178',
        'DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 295',
        pp(-12, '/productpage', 200, 4702, '0.031874'),
        'DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178',
        'DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 379',
        pp(-4, '/productpage', 200, 5290, '0.048102'),
      ],
    },
  }),
];
