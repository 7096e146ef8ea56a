// Blind held-out batch s54a: one Bookinfo scenario (split test) as a spec of the scenario kit (scripts/s2-scenario-kit.mjs),
// built by scripts/s54a-build.mjs from the kit system scripts/kit-systems/bookinfo.mjs (reduced as stated in the grounding).
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/bookinfo.mjs';

const HTTP = { ports: [{ name: 'http', port: 9080, targetPort: 9080 }] };
// The namespace runs the "ratings backed by MySQL" variant for good: details-v1, ratings-v2-mysql, reviews v1-v3,
// productpage-v1 and mysqldb-v1 (no details-v2, no ratings-v1); details-v1 owns the details Service.
const keep = ['details-v1', 'ratings-v2-mysql', 'reviews-v1', 'reviews-v2', 'reviews-v3', 'productpage-v1', 'mysqldb-v1'];
export const system = {
  ...base,
  workloads: base.workloads
    .filter((w) => keep.includes(w.name))
    .map((w) => (w.name === 'details-v1' ? { ...w, service: { name: 'details', ...HTTP } } : w)),
};

const SELECT = { 'details-v1': 'details', 'ratings-v2-mysql': 'ratings', 'reviews-v3': 'reviews', 'productpage-v1': 'productpage', 'mysqldb-v1': 'mysqldb' };
const selectors = Object.fromEntries(Object.entries(SELECT).map(([wl, app]) => [wl, { serviceSelector: { app } }]));

const NEW_IMAGE = '381492037615.dkr.ecr.us-east-2.amazonaws.com/bookinfo/mysqldb:8.4.3-r1';
const OLD_IMAGE = 'docker.io/istio/examples-bookinfo-mysqldb:1.20.1';

const T1 = clock('2026-03-11T15:42:00Z');
const BOOT = T1.iso(-60 * 24 * 9 + 0.4).replace('T', ' ').replace('Z', '');
const my = (T, min, tid, lvl, code, sub, msg) => `${T.isoMs(min).replace('Z', '000Z')} ${tid} [${lvl}] [${code}] [${sub}] ${msg}`;
const ep = (T, min, msg) => `${T.iso(min).replace('T', ' ').replace('Z', '+00:00')} [Note] [Entrypoint]: ${msg}`;
const mysqlStart = (T, s) => [
  ep(T, s, 'Entrypoint script for MySQL Server 8.4.3-1.el9 started.'),
  ep(T, s + 0.01, "Switching to dedicated user 'mysql'"),
  ep(T, s + 0.02, 'Entrypoint script for MySQL Server 8.4.3-1.el9 started.'),
  ep(T, s + 0.03, 'Initializing database files'),
  my(T, s + 0.04, 0, 'System', 'MY-015017', 'Server', 'MySQL Server Initialization - start.'),
  my(T, s + 0.05, 0, 'System', 'MY-013169', 'Server', '/usr/sbin/mysqld (mysqld 8.4.3) initializing of server in progress as process 80'),
  my(T, s + 0.06, 1, 'System', 'MY-013576', 'InnoDB', 'InnoDB initialization has started.'),
  my(T, s + 0.08, 1, 'System', 'MY-013577', 'InnoDB', 'InnoDB initialization has ended.'),
  my(T, s + 0.12, 6, 'Warning', 'MY-010453', 'Server', 'root@localhost is created with an empty password ! Please consider switching off the --initialize-insecure option.'),
  my(T, s + 0.16, 0, 'System', 'MY-015018', 'Server', 'MySQL Server Initialization - end.'),
  ep(T, s + 0.17, 'Database files initialized'),
  ep(T, s + 0.17, 'Starting temporary server'),
  my(T, s + 0.18, 0, 'System', 'MY-015015', 'Server', 'MySQL Server - start.'),
  my(T, s + 0.19, 0, 'System', 'MY-010116', 'Server', '/usr/sbin/mysqld (mysqld 8.4.3) starting as process 124'),
  my(T, s + 0.21, 0, 'Warning', 'MY-010068', 'Server', 'CA certificate ca.pem is self signed.'),
  my(T, s + 0.21, 0, 'System', 'MY-013602', 'Server', 'Channel mysql_main configured to support TLS. Encrypted connections are now supported for this channel.'),
  my(T, s + 0.22, 0, 'System', 'MY-011323', 'Server', 'X Plugin ready for connections. Socket: /var/run/mysqld/mysqlx.sock'),
  my(T, s + 0.22, 0, 'System', 'MY-010931', 'Server', "/usr/sbin/mysqld: ready for connections. Version: '8.4.3'  socket: '/var/run/mysqld/mysqld.sock'  port: 0  MySQL Community Server - GPL."),
  ep(T, s + 0.23, 'Temporary server started.'),
  "'/var/lib/mysql/mysql.sock' -> '/var/run/mysqld/mysqld.sock'",
  ep(T, s + 0.3, 'Creating database test'),
  ep(T, s + 0.31, ''),
  ep(T, s + 0.31, '/usr/local/bin/docker-entrypoint.sh: running /docker-entrypoint-initdb.d/mysqldb-init.sql'),
  ep(T, s + 0.32, ''),
  ep(T, s + 0.33, 'Stopping temporary server'),
  my(T, s + 0.34, 10, 'System', 'MY-013172', 'Server', 'Received SHUTDOWN from user root. Shutting down mysqld (Version: 8.4.3).'),
  my(T, s + 0.38, 0, 'System', 'MY-010910', 'Server', '/usr/sbin/mysqld: Shutdown complete (mysqld 8.4.3)  MySQL Community Server - GPL.'),
  my(T, s + 0.38, 0, 'System', 'MY-015016', 'Server', 'MySQL Server - end.'),
  ep(T, s + 0.39, 'Temporary server stopped'),
  '',
  ep(T, s + 0.39, 'MySQL init process done. Ready for start up.'),
  '',
  my(T, s + 0.4, 0, 'System', 'MY-015015', 'Server', 'MySQL Server - start.'),
  my(T, s + 0.41, 0, 'System', 'MY-010116', 'Server', '/usr/sbin/mysqld (mysqld 8.4.3) starting as process 1'),
  my(T, s + 0.41, 1, 'System', 'MY-013576', 'InnoDB', 'InnoDB initialization has started.'),
  my(T, s + 0.43, 1, 'System', 'MY-013577', 'InnoDB', 'InnoDB initialization has ended.'),
  my(T, s + 0.45, 0, 'Warning', 'MY-010068', 'Server', 'CA certificate ca.pem is self signed.'),
  my(T, s + 0.45, 0, 'System', 'MY-013602', 'Server', 'Channel mysql_main configured to support TLS. Encrypted connections are now supported for this channel.'),
  my(T, s + 0.46, 0, 'Warning', 'MY-011810', 'Server', "Insecure configuration for --pid-file: Location '/var/run/mysqld' in the path is accessible to all OS users. Consider choosing a different directory."),
  my(T, s + 0.46, 0, 'System', 'MY-011323', 'Server', "X Plugin ready for connections. Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock"),
  my(T, s + 0.46, 0, 'System', 'MY-010931', 'Server', "/usr/sbin/mysqld: ready for connections. Version: '8.4.3'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL."),
];
const liberty = (pod) => [
  'Launching defaultServer (Open Liberty 24.0.0.4/wlp-1.0.88.cl240420240325-1537) on Eclipse OpenJ9 VM, version 17.0.10+7 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  `[AUDIT   ] CWWKT0016I: Web application available (default_host): http://${pod}:9080/`,
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 2.214 seconds.',
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [cdi-4.0, jaxrs-3.1, jaxrsClient-3.1, jndi-1.0, json-1.0, jsonb-3.0, jsonp-2.1, servlet-6.0].',
  '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 5.902 seconds.',
];
const ratingsErr = (n) => Array.from({ length: n }, () => 'Error: unable to contact http://ratings:9080/ratings got status of 500');
const pp = (n, ok = true) => Array.from({ length: n }, (_, i) => [
  'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080',
  `DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178`,
  'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080',
  `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${ok ? [295, 358, 379][i % 3] : [295, 437, 441][i % 3]}`,
]).flat();

export const scenarios = [
  {
    folder: 's54a-review-stars-missing',
    description: 'bookinfo: the star ratings vanished from the reviews on the product page ~25 min ago, it just says "Ratings service is currently unavailable". review text still shows. @community can you look',
    incidentTime: '2026-03-11T15:42:00Z',
    expected: { component: 'mysqldb', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'mysqldb', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'rollout-regression', 'time-expression', 'team-name'],
    grounding: `
      Manifests: istio/istio samples/bookinfo/platform/kube bookinfo.yaml, bookinfo-ratings-v2-mysql.yaml and bookinfo-mysql.yaml
      (kit system scripts/kit-systems/bookinfo.mjs). bookinfo-mysql.yaml runs mysqldb with
      args [--default-authentication-plugin, mysql_native_password] and keeps /var/lib/mysql on an emptyDir; the image is
      FROM mysql:8.0 with mysqldb-init.sql in /docker-entrypoint-initdb.d (samples/bookinfo/src/mysql/Dockerfile). ratings-v2
      (samples/bookinfo/src/ratings/ratings.js, npm "mysql" ^2.15) connects as root and answers 500 {"error":"could not connect to
      ratings database"} on any query error without logging it; reviews v2/v3 (LibertyRestEndpoint.getRatings) print
      "Error: unable to contact http://ratings:9080/ratings got status of 500" and return reviews with the ratings error, so productpage
      still gets HTTP 200.
      Fault: a rollout of mysqldb-v1 31 minutes before the report replaced the image by an internal rebuild on mysql 8.4.3 (same init
      SQL) and dropped the args, because MySQL 8.4 removed --default-authentication-plugin (mysqld aborts on the unknown variable) and
      no longer enables mysql_native_password by default. The emptyDir datadir is re-initialised, root is created with
      caching_sha2_password, and the mysqljs client cannot speak it (public reports: mysqljs/mysql#2046, "ER_NOT_SUPPORTED_AUTH_MODE:
      Client does not support authentication protocol requested by server; consider upgrading MySQL client"). mysqldb itself is Ready
      and logs a clean start; only reviews logs errors. The careful answer is the mysqldb rollout (a config-level answer on mysqldb
      is also accepted).
      Deviations from upstream: ratings-v1 and details-v2 are not deployed (ratings runs only as v2-mysql, details-v1 owns the details
      Service); the new mysqldb image name is invented; istio-proxy logs are not included; init container statuses are omitted.
    `,
    workloads: {
      ...selectors,
      'mysqldb-v1': {
        ...selectors['mysqldb-v1'],
        containers: { mysqldb: { image: NEW_IMAGE, args: undefined } },
        pods: [{ created: T1.iso(-30.95) }],
        rollout: { at: -31, revision: 3, oldReplicas: 0, oldContainers: { mysqldb: { image: OLD_IMAGE, args: ['--default-authentication-plugin', 'mysql_native_password'] } } },
      },
    },
    events: [
      { on: 'deploy:mysqldb-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set mysqldb-v1-%NEW% to 1', first: -31 },
      { on: 'deploy:mysqldb-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set mysqldb-v1-%OLD% to 0 from 1', first: -30.2 },
      { on: 'pod:mysqldb-v1#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', first: -30.9 },
      { on: 'pod:mysqldb-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', first: -30.85, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Created', message: 'Created container istio-init', first: -30.85, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Started', message: 'Started container istio-init', first: -30.84, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Pulling', message: `Pulling image "${NEW_IMAGE}"`, first: -30.83, fieldPath: 'spec.containers{mysqldb}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMAGE}" in 9.214s (9.214s including waiting). Image size: 171238406 bytes.`, first: -30.67, fieldPath: 'spec.containers{mysqldb}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Created', message: 'Created container mysqldb', first: -30.67, fieldPath: 'spec.containers{mysqldb}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Started', message: 'Started container mysqldb', first: -30.66, fieldPath: 'spec.containers{mysqldb}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Created', message: 'Created container istio-proxy', first: -30.66, fieldPath: 'spec.containers{istio-proxy}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Started', message: 'Started container istio-proxy', first: -30.65, fieldPath: 'spec.containers{istio-proxy}' },
    ],
    logs: {
      'mysqldb-v1#0/mysqldb': mysqlStart(T1, -30.6),
      'ratings-v2-mysql#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'reviews-v2#0/reviews': [...liberty('%POD%'), ...ratingsErr(14)],
      'reviews-v3#0/reviews': [...liberty('%POD%'), ...ratingsErr(17)],
      'reviews-v1#0/reviews': liberty('%POD%'),
      'productpage-v1#0/productpage': [
        `[${BOOT} +0000] [1] [INFO] Starting gunicorn 22.0.0`,
        `[${BOOT} +0000] [1] [INFO] Listening at: http://[::]:9080 (1)`,
        `[${BOOT} +0000] [1] [INFO] Using worker: gevent`,
        ...pp(6, true),
        ...pp(10, false),
      ],
      'details-v1#0/details': [`[${BOOT}] INFO  WEBrick 1.8.1`, `[${BOOT}] INFO  ruby 3.3.0 (2023-12-25) [x86_64-linux]`, `[${BOOT}] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`],
    },
  },
];
