// Blind dev batch s69c, Istio Bookinfo: one scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs), built by
// scripts/s69c-build.mjs; the system is the kit's bookinfo definition with its upstream Service selectors.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const INC = '2026-03-17T15:20:00Z';
const T = clock(INC);
const MYSQL_OLD_ARGS = ['--default-authentication-plugin', 'mysql_native_password'];
const mysqlTs = (min) => T.isoMs(min).replace(/\.(\d{3})Z$/, (_, ms) => `.${ms}${String(Number(ms) * 7 % 1000).padStart(3, '0')}Z`);
const entry = (min, lvl, msg) => `${T.iso(min).replace('T', ' ').replace('Z', '+00:00')} [${lvl}] [Entrypoint]: ${msg}`;
const my = (min, thread, lvl, code, msg) => `${mysqlTs(min)} ${thread} [${lvl}] [${code}] [Server] ${msg}`;
const envoy = (min, lvl, msg) => `${T.isoMs(min).replace('Z', '000Z')}\t${lvl}\t${msg}`;

// ratings-v2-mysql and ratings-v1 share the `ratings` Service (selector app=ratings), so about half of the ratings calls
// reach v2; reviews-v2/v3 call ratings, reviews-v1 does not.
const ratingsGets = [];
for (let m = -40; m < -0.2; m += 0.9) ratingsGets.push(`GET /ratings/0`);
const reviewsLines = (pod, from) => {
  const out = [
    '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
    '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
    `[AUDIT   ] CWWKT0016I: Web application available (default_host): http://${pod}:9080/`,
    '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 3.412 seconds.',
    '[AUDIT   ] CWWKF0012I: The server installed the following features: [jaxrs-2.1, jaxrsClient-2.1, jndi-1.0, json-1.0, jsonp-1.1, mpConfig-1.3, servlet-4.0].',
    '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.017 seconds.',
  ];
  for (let m = from; m < -0.3; m += 1.7) out.push('Error: unable to contact http://ratings:9080/ratings got status of 500');
  return out;
};
// productpage.py sets http.client.HTTPConnection.debuglevel = 1: every outgoing call prints send/reply/header to stdout
// (its logging goes to microservice.log, not to the container log).
const productpage = [];
for (let m = -40; m < -0.2; m += 0.5) {
  const rid = `${(Math.round((m + 41) * 1000) * 2654435761 >>> 0).toString(16).padStart(8, '0')}-5b1e-9c1a-b0d3-4f2a7e81c6d9`;
  const slow = m > -25 && Math.round(m * 2) % 3 === 0;
  for (const [svc, len] of [['details', 178], ['reviews', slow ? 431 : 295]]) {
    productpage.push(`send: b'GET /${svc}/0 HTTP/1.1\\r\\nHost: ${svc}:9080\\r\\nuser-agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nx-request-id: ${rid}\\r\\n\\r\\n'`);
    productpage.push("reply: 'HTTP/1.1 200 OK\\r\\n'");
    productpage.push(`header: content-type: application/json`);
    productpage.push(`header: content-length: ${len}`);
    productpage.push(`header: x-envoy-upstream-service-time: ${svc === 'reviews' ? (slow ? 41 : 23) : 3}`);
    productpage.push('header: server: envoy');
  }
}

export const scenarios = [
  bookinfoScenario({
    folder: 's69c-mysqldb-chart-dropped-native-password-arg',
    description: 'product page keeps showing "Ratings service is currently unavailable" for maybe a third of page loads, started ~25 min ago. community team, ratings pods look green',
    incidentTime: INC,
    expected: { component: 'mysqldb', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'mysqldb', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'callers-only', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifests: istio/istio samples/bookinfo/platform/kube bookinfo.yaml, bookinfo-ratings-v2-mysql.yaml and bookinfo-mysql.yaml as
      the kit's bookinfo system has them (Istio 1.23 sidecars). bookinfo-mysql.yaml starts mysqldb with
      args ["--default-authentication-plugin", "mysql_native_password"] because the image is MySQL 8 (src/mysql/Dockerfile FROM
      mysql:8.0.x) whose default plugin caching_sha2_password the ratings v2 client (the mysql npm package, ratings.js
      require('mysql')) cannot speak: mysqljs/mysql#2046 "ER_NOT_SUPPORTED_AUTH_MODE: Client does not support authentication
      protocol requested by server; consider upgrading MySQL client".
      Fault: 26 minutes before the incident the data team moved mysqldb-v1 into their own Helm chart and the rendered Deployment
      lost the two args (revision 4; the old and new ReplicaSet templates differ only in args). /var/lib/mysql is an emptyDir, so
      the new pod initialised a fresh datadir and the entrypoint created root@'%' with the server default caching_sha2_password.
      mysqldb is Running and Ready and logs a clean start; the server logs nothing about the refused handshakes. ratings.js
      (SERVICE_VERSION=v2, DB_TYPE=mysql) answers 500 {"error":"could not connect to ratings database"} without logging the
      error (it only prints "GET /ratings/0"); reviews-v2/v3 (LibertyRestEndpoint.getRatings) print "Error: unable to contact
      http://ratings:9080/ratings got status of 500" and return the rating {"error":"Ratings service is currently unavailable"}.
      The ratings Service selects app=ratings, so only calls landing on ratings-v2-mysql fail (ratings-v1 serves in-memory
      stars): an intermittent symptom, loud in reviews, silent in mysqldb.
      Decoy: ratings-v1's container was OOMKilled once 47 hours ago and has run cleanly since; reviews and productpage pods
      are untouched. productpage stays 200 (it prints its outgoing calls through http.client debuglevel 1).
      Deviations from upstream: the mysqldb Helm move (args dropped) and the decoy restart are invented; pod names, IPs, uids
      are generated by the kit.`,
    workloads: {
      'mysqldb-v1': {
        containers: { mysqldb: { args: undefined } },
        rollout: { at: -26, revision: 4, oldContainers: { mysqldb: { args: MYSQL_OLD_ARGS } } },
      },
      'ratings-v1': {
        pods: [{ readyTransition: T.iso(-60 * 47 + 0.2), containers: { ratings: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 47), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 47 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:mysqldb-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set mysqldb-v1-%NEW% to 1', first: -26, last: -26 },
      { on: 'deploy:mysqldb-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set mysqldb-v1-%OLD% to 0 from 1', first: -25.2, last: -25.2 },
      { on: 'pod:mysqldb-v1#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', first: -25.98, last: -25.98 },
      { on: 'pod:mysqldb-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', first: -25.9, last: -25.9, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Created', message: 'Created container istio-init', first: -25.9, last: -25.9, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Started', message: 'Started container istio-init', first: -25.88, last: -25.88, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-mysqldb:1.20.1" already present on machine', first: -25.85, last: -25.85, fieldPath: 'spec.containers{mysqldb}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Created', message: 'Created container mysqldb', first: -25.85, last: -25.85, fieldPath: 'spec.containers{mysqldb}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Started', message: 'Started container mysqldb', first: -25.83, last: -25.83, fieldPath: 'spec.containers{mysqldb}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Created', message: 'Created container istio-proxy', first: -25.82, last: -25.82, fieldPath: 'spec.containers{istio-proxy}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Started', message: 'Started container istio-proxy', first: -25.8, last: -25.8, fieldPath: 'spec.containers{istio-proxy}' },
      { on: 'pod:mysqldb-v1#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:15021/healthz/ready": dial tcp %PODIP%:15021: connect: connection refused', first: -25.79, last: -25.79, fieldPath: 'spec.containers{istio-proxy}' },
    ],
    logs: {
      'mysqldb-v1#0/mysqldb': [
        entry(-25.83, 'Note', 'Entrypoint script for MySQL Server 8.0.17-1debian9 started.'),
        entry(-25.82, 'Note', "Switching to dedicated user 'mysql'"),
        entry(-25.81, 'Note', 'Entrypoint script for MySQL Server 8.0.17-1debian9 started.'),
        entry(-25.8, 'Note', 'Initializing database files'),
        my(-25.8, 0, 'Warning', 'MY-011070', "'Disabling symbolic links using --skip-symbolic-links (or equivalent) is the default. Consider not using this option as it already applies.'"),
        my(-25.8, 0, 'System', 'MY-013169', '/usr/sbin/mysqld (mysqld 8.0.17) initializing of server in progress as process 45'),
        my(-25.62, 5, 'Warning', 'MY-010453', 'root@localhost is created with an empty password ! Please consider switching off the --initialize-insecure option.'),
        my(-25.55, 0, 'System', 'MY-013170', '/usr/sbin/mysqld (mysqld 8.0.17) initializing of server has completed'),
        entry(-25.54, 'Note', 'Database files initialized'),
        entry(-25.54, 'Note', 'Starting temporary server'),
        my(-25.53, 0, 'Warning', 'MY-011070', "'Disabling symbolic links using --skip-symbolic-links (or equivalent) is the default. Consider not using this option as it already applies.'"),
        my(-25.53, 0, 'System', 'MY-010116', '/usr/sbin/mysqld (mysqld 8.0.17) starting as process 94'),
        my(-25.5, 0, 'Warning', 'MY-010068', 'CA certificate ca.pem is self signed.'),
        my(-25.5, 0, 'System', 'MY-010931', "/usr/sbin/mysqld: ready for connections. Version: '8.0.17'  socket: '/var/run/mysqld/mysqld.sock'  port: 0  MySQL Community Server - GPL."),
        my(-25.5, 0, 'System', 'MY-011323', "X Plugin ready for connections. Socket: '/var/run/mysqld/mysqlx.sock'"),
        entry(-25.49, 'Note', 'Temporary server started.'),
        "Warning: Unable to load '/usr/share/zoneinfo/iso3166.tab' as time zone. Skipping it.",
        "Warning: Unable to load '/usr/share/zoneinfo/leap-seconds.list' as time zone. Skipping it.",
        "Warning: Unable to load '/usr/share/zoneinfo/zone.tab' as time zone. Skipping it.",
        "Warning: Unable to load '/usr/share/zoneinfo/zone1970.tab' as time zone. Skipping it.",
        '',
        entry(-25.45, 'Note', 'Creating database test'),
        '/usr/local/bin/docker-entrypoint.sh: running /docker-entrypoint-initdb.d/mysqldb-init.sql',
        '',
        '',
        entry(-25.43, 'Note', 'Stopping temporary server'),
        my(-25.43, 10, 'System', 'MY-013172', 'Received SHUTDOWN from user root. Shutting down mysqld (Version: 8.0.17).'),
        my(-25.4, 0, 'System', 'MY-010910', '/usr/sbin/mysqld: Shutdown complete (mysqld 8.0.17)  MySQL Community Server - GPL.'),
        entry(-25.39, 'Note', 'Temporary server stopped'),
        '',
        entry(-25.39, 'Note', 'MySQL init process done. Ready for start up.'),
        '',
        my(-25.38, 0, 'Warning', 'MY-011070', "'Disabling symbolic links using --skip-symbolic-links (or equivalent) is the default. Consider not using this option as it already applies.'"),
        my(-25.38, 0, 'System', 'MY-010116', '/usr/sbin/mysqld (mysqld 8.0.17) starting as process 1'),
        my(-25.35, 0, 'Warning', 'MY-010068', 'CA certificate ca.pem is self signed.'),
        my(-25.35, 0, 'Warning', 'MY-011810', 'Insecure configuration for --pid-file: Location \'/var/run/mysqld\' in the path is accessible to all OS users. Consider choosing a different directory.'),
        my(-25.35, 0, 'System', 'MY-010931', "/usr/sbin/mysqld: ready for connections. Version: '8.0.17'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL."),
        my(-25.35, 0, 'System', 'MY-011323', "X Plugin ready for connections. Socket: '/var/run/mysqld/mysqlx.sock' bind-address: '::' port: 33060"),
      ],
      'mysqldb-v1#0/istio-proxy': [
        envoy(-25.8, 'info', 'FLAG: --concurrency="2"'),
        envoy(-25.8, 'info', 'Version 1.23.2-5b3d3a1e5b7b4b0a8e8f2b4c1b1c2d3e4f5a6b7c-Clean'),
        envoy(-25.79, 'info', 'sds\tStarting SDS grpc server'),
        envoy(-25.78, 'info', 'ads\tADS: new connection for node:mysqldb-v1.bookinfo-1'),
        envoy(-25.77, 'info', 'cache\tgenerated new workload certificate\tlatency=112.41ms ttl=23h59m59.887622961s'),
        envoy(-25.76, 'info', 'Readiness succeeded in 1.208114561s'),
        envoy(-25.76, 'info', 'Envoy proxy is ready'),
      ],
      'ratings-v2-mysql#0/ratings': ['Server listening on: http://0.0.0.0:9080', ...ratingsGets],
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080', ...ratingsGets.slice(0, 30)],
      'reviews-v2#0/reviews': reviewsLines('reviews-v2', -25),
      'reviews-v3#0/reviews': reviewsLines('reviews-v3', -24.6),
      'productpage-v1#0/productpage': productpage,
    },
  }),
];
