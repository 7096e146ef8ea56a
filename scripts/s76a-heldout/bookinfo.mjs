// Blind held-out batch s76a: one Istio Bookinfo scenario (split test) on the kit system scripts/kit-systems/bookinfo.mjs.
// Written without reading the engine, its rules or any other scenario; built by scripts/s76a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const MISSING = "couldn't find key rootpasswd in Secret bookinfo/mysql-credentials";
const PROXY = 'docker.io/istio/proxyv2:1.23.2';
// pilot-agent / istio-proxy log lines (zap console: RFC3339 with microseconds, tab separated).
const ia = (T, min, lvl, msg) => `${T.isoMs(min).replace('Z', '')}000Z\t${lvl}\t${msg}`;

const s1 = (() => {
  const T = clock('2026-04-22T16:05:00Z');
  const db = 'mysqldb-v1#0';
  const rv = (min, v) => `Error: unable to contact http://ratings:9080/ratings got status of 500`;
  const ppDebug = (min, product) => [
    `DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080`,
    `DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/${product} HTTP/1.1" 200 178`,
    `DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080`,
    `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/${product} HTTP/1.1" 200 ${min % 2 ? 358 : 442}`,
    `INFO:werkzeug:127.0.0.6 - - [${new Date(Date.parse(T.isoMs(min))).toUTCString().slice(5, 25).replace(/^(\d\d) (\w+) (\d{4})/, '$1/$2/$3')}] "GET /productpage HTTP/1.1" 200 -`,
  ];
  return {
    folder: 's76a-ratings-stars-missing-half-the-time',
    incidentTime: '2026-04-22T16:05:00Z',
    description: 'product page shows "Ratings service is currently unavailable" on roughly every other refresh since ~15:35. reviews look fine otherwise, community team says they deployed nothing',
    expected: { component: 'mysqldb', cause: 'config-missing' },
    alsoAcceptable: [{ component: 'mysqldb', cause: 'dependency-down' }],
    difficulty: 'hard',
    traits: ['louder-dependents', 'time-expression', 'team-name'],
    grounding: `
      Istio Bookinfo (samples/bookinfo/platform/kube: bookinfo.yaml, bookinfo-ratings-v2-mysql.yaml, bookinfo-mysql.yaml)
      with sidecars injected. mysqldb-v1 takes MYSQL_ROOT_PASSWORD from secretKeyRef mysql-credentials/rootpasswd; the
      ratings Service selects app=ratings, so ratings-v1 (local data) and ratings-v2-mysql (MYSQL_DB_HOST=mysqldb) share
      the traffic. Fault: the data team moved mysql-credentials to a secret-sync tool that re-created the Secret with the
      key named "password"; nothing noticed until the mysqldb pod was replaced about 30 minutes ago (its node was removed
      by a scale-down), and the kubelet now refuses to create the mysqldb container: state waiting
      CreateContainerConfigError with the kubelet's exact text "couldn't find key rootpasswd in Secret
      bookinfo/mysql-credentials", Warning Failed events "Error: ..." repeating with the Pulled events. The sidecar starts
      anyway, so the pod is Pending with 1/2 containers running and no ready endpoint behind mysqldb. ratings-v2-mysql
      (ratings.js: mysql.createConnection / query, answers 500 {"error":"could not connect to ratings database"}) logs
      nothing; reviews-v2/v3 (Liberty, LibertyRestEndpoint) print "Error: unable to contact ... got status of 500" for
      the half of the calls that land on v2, and productpage shows the ratings-unavailable text. Deviations from
      upstream: the Secret re-creation and the node scale-down are invented; the snapshot has no Secret (it never does).`,
    workloads: {
      'mysqldb-v1': {
        pods: [
          {
            node: 'ip-192-168-45-130.us-east-2.compute.internal',
            created: T.iso(-31),
            phase: 'Pending',
            readyTransition: T.iso(-30.8),
            containers: {
              mysqldb: cs.waiting('CreateContainerConfigError', MISSING),
              'istio-proxy': cs.running(T.iso(-30.6)),
            },
          },
        ],
        endpointsChanged: -30.9,
      },
    },
    events: [
      { on: `pod:${db}`, reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bookinfo/%POD% to %NODE%', first: -31, last: -31 },
      { on: `pod:${db}`, reason: 'Pulled', message: `Container image "${PROXY}" already present on machine`, first: -30.9, last: -30.9, fieldPath: 'spec.initContainers{istio-init}' },
      { on: `pod:${db}`, reason: 'Created', message: 'Created container istio-init', first: -30.9, last: -30.9, fieldPath: 'spec.initContainers{istio-init}' },
      { on: `pod:${db}`, reason: 'Started', message: 'Started container istio-init', first: -30.9, last: -30.9, fieldPath: 'spec.initContainers{istio-init}' },
      { on: `pod:${db}`, reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-mysqldb:1.20.1" already present on machine', count: 142, first: -30.8, last: -0.3, fieldPath: 'spec.containers{mysqldb}' },
      { on: `pod:${db}`, reason: 'Failed', type: 'Warning', message: `Error: ${MISSING}`, count: 142, first: -30.8, last: -0.3, fieldPath: 'spec.containers{mysqldb}' },
      { on: `pod:${db}`, reason: 'Pulled', message: `Container image "${PROXY}" already present on machine`, first: -30.7, last: -30.7, fieldPath: 'spec.containers{istio-proxy}' },
      { on: `pod:${db}`, reason: 'Created', message: 'Created container istio-proxy', first: -30.7, last: -30.7, fieldPath: 'spec.containers{istio-proxy}' },
      { on: `pod:${db}`, reason: 'Started', message: 'Started container istio-proxy', first: -30.6, last: -30.6, fieldPath: 'spec.containers{istio-proxy}' },
    ],
    logs: {
      [`${db}/istio-proxy`]: [
        ia(T, -30.6, 'info', 'FLAG: --concurrency="0"'),
        ia(T, -30.55, 'info', 'cache\tgenerated new workload certificate\tresourceName=default latency=118.4ms ttl=23h59m59.2s'),
        ia(T, -30.52, 'info', 'Readiness succeeded in 1.201584731s'),
        ia(T, -30.52, 'info', 'Envoy proxy is ready'),
      ],
      'ratings-v2-mysql#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'reviews-v2#0/reviews': [
        '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 9.412 seconds.',
        rv(-29.4), rv(-26.1), rv(-21.7), rv(-14.2), rv(-9.8), rv(-4.3), rv(-1.1),
      ],
      'reviews-v3#0/reviews': [
        '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 8.957 seconds.',
        rv(-28.2), rv(-19.5), rv(-12.9), rv(-7.6), rv(-2.4),
      ],
      'productpage-v1#0/productpage': [...ppDebug(-3.2, 0), ...ppDebug(-2.1, 0), ...ppDebug(-0.8, 0)],
    },
  };
})();

export const scenarios = [bookinfoScenario(s1)];
