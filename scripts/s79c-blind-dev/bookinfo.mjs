// Blind dev batch s79c, Bookinfo: one scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// mysqldb rolled without --default-authentication-plugin: root re-initialised with caching_sha2_password, ratings v2 refused.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const INC = '2026-05-06T11:20:00Z';
const T = clock(INC);
const ROLL = -52;
const myTs = (min) => `${T.iso(min).replace('Z', '')}.${String(Math.abs(Math.round(min * 1e6)) % 1000000).padStart(6, '0')}Z`;
const ep = (min, lvl, msg) => `${T.java(min).slice(0, 19)}+00:00 [${lvl}] [Entrypoint]: ${msg}`;
const my = (min, thr, lvl, code, sub, msg) => `${myTs(min)} ${thr} [${lvl}] [${code}] [${sub}] ${msg}`;

const s = ROLL + 0.6;
const mysqlLog = [
  ep(s, 'Note', 'Entrypoint script for MySQL Server 8.0.36-1.el8 started.'),
  ep(s, 'Note', "Switching to dedicated user 'mysql'"),
  ep(s, 'Note', 'Entrypoint script for MySQL Server 8.0.36-1.el8 started.'),
  ep(s + 0.01, 'Note', 'Initializing database files'),
  my(s + 0.012, 0, 'Warning', 'MY-011070', 'Server', "'Disabling symbolic links using --skip-symbolic-links (or equivalent) is the default. Consider not using this option as it' is deprecated and will be removed in a future release."),
  my(s + 0.013, 0, 'System', 'MY-013169', 'Server', '/usr/sbin/mysqld (mysqld 8.0.36) initializing of server in progress as process 80'),
  my(s + 0.015, 1, 'System', 'MY-013576', 'InnoDB', 'InnoDB initialization has started.'),
  my(s + 0.03, 1, 'System', 'MY-013577', 'InnoDB', 'InnoDB initialization has ended.'),
  my(s + 0.06, 6, 'Warning', 'MY-010453', 'Server', 'root@localhost is created with an empty password ! Please consider switching off the --initialize-insecure option.'),
  ep(s + 0.09, 'Note', 'Database files initialized'),
  ep(s + 0.09, 'Note', 'Starting temporary server'),
  my(s + 0.1, 0, 'System', 'MY-010116', 'Server', '/usr/sbin/mysqld (mysqld 8.0.36) starting as process 125'),
  my(s + 0.11, 1, 'System', 'MY-013576', 'InnoDB', 'InnoDB initialization has started.'),
  my(s + 0.12, 1, 'System', 'MY-013577', 'InnoDB', 'InnoDB initialization has ended.'),
  my(s + 0.13, 0, 'Warning', 'MY-010068', 'Server', 'CA certificate ca.pem is self signed.'),
  my(s + 0.13, 0, 'System', 'MY-013602', 'Server', 'Channel mysql_main configured to support TLS. Encrypted connections are now supported for this channel.'),
  my(s + 0.13, 0, 'Warning', 'MY-011810', 'Server', "Insecure configuration for --pid-file: Location '/var/run/mysqld' in the path is accessible to all OS users. Consider choosing a different directory."),
  my(s + 0.14, 0, 'System', 'MY-011323', 'Server', 'X Plugin ready for connections. Socket: /var/run/mysqld/mysqlx.sock'),
  my(s + 0.14, 0, 'System', 'MY-010931', 'Server', "/usr/sbin/mysqld: ready for connections. Version: '8.0.36'  socket: '/var/run/mysqld/mysqld.sock'  port: 0  MySQL Community Server - GPL."),
  ep(s + 0.15, 'Note', 'Temporary server started.'),
  "'/var/lib/mysql/mysql.sock' -> '/var/run/mysqld/mysqld.sock'",
  "Warning: Unable to load '/usr/share/zoneinfo/iso3166.tab' as time zone. Skipping it.",
  "Warning: Unable to load '/usr/share/zoneinfo/leap-seconds.list' as time zone. Skipping it.",
  "Warning: Unable to load '/usr/share/zoneinfo/zone.tab' as time zone. Skipping it.",
  "Warning: Unable to load '/usr/share/zoneinfo/zone1970.tab' as time zone. Skipping it.",
  '',
  ep(s + 0.2, 'Note', '/usr/local/bin/docker-entrypoint.sh: running /docker-entrypoint-initdb.d/mysqldb-init.sql'),
  '',
  '',
  ep(s + 0.21, 'Note', 'Stopping temporary server'),
  my(s + 0.21, 10, 'System', 'MY-013172', 'Server', 'Received SHUTDOWN from user root. Shutting down mysqld (Version: 8.0.36).'),
  my(s + 0.24, 0, 'System', 'MY-010910', 'Server', '/usr/sbin/mysqld: Shutdown complete (mysqld 8.0.36)  MySQL Community Server - GPL.'),
  ep(s + 0.25, 'Note', 'Temporary server stopped'),
  '',
  ep(s + 0.25, 'Note', 'MySQL init process done. Ready for start up.'),
  '',
  my(s + 0.26, 0, 'System', 'MY-010116', 'Server', '/usr/sbin/mysqld (mysqld 8.0.36) starting as process 1'),
  my(s + 0.27, 1, 'System', 'MY-013576', 'InnoDB', 'InnoDB initialization has started.'),
  my(s + 0.28, 1, 'System', 'MY-013577', 'InnoDB', 'InnoDB initialization has ended.'),
  my(s + 0.29, 0, 'Warning', 'MY-010068', 'Server', 'CA certificate ca.pem is self signed.'),
  my(s + 0.29, 0, 'System', 'MY-013602', 'Server', 'Channel mysql_main configured to support TLS. Encrypted connections are now supported for this channel.'),
  my(s + 0.29, 0, 'Warning', 'MY-011810', 'Server', "Insecure configuration for --pid-file: Location '/var/run/mysqld' in the path is accessible to all OS users. Consider choosing a different directory."),
  my(s + 0.3, 0, 'System', 'MY-011323', 'Server', "X Plugin ready for connections. Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock"),
  my(s + 0.3, 0, 'System', 'MY-010931', 'Server', "/usr/sbin/mysqld: ready for connections. Version: '8.0.36'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL."),
];

// ratings.js prints only the request line; the mysql error goes to the caller as a 500 body.
const ratings = ['Server listening on: http://0.0.0.0:9080'];
for (let m = -70; m < -0.3; m += 0.7) ratings.push('GET /ratings/0');
const ratingsV1 = ['Server listening on: http://0.0.0.0:9080'];
for (let m = -70; m < -0.3; m += 0.7) ratingsV1.push('GET /ratings/0');

// reviews v2/v3 print to stdout when ratings answers non-200 (LibertyRestEndpoint.getRatings).
const reviews = (v) => {
  const out = [
    `[AUDIT   ] CWWKZ0001I: Application reviews-app started in 3.942 seconds.`,
    `[AUDIT   ] CWWKF0012I: The server installed the following features: [jaxrs-2.1, jaxrsClient-2.1, jndi-1.0, json-1.0, jsonp-1.1, servlet-4.0].`,
    `[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.218 seconds.`,
  ];
  for (let m = ROLL + 1.5, i = 0; m < -0.3; m += 1.4, i++)
    if ((i + (v === 'v3' ? 1 : 0)) % 2 === 0) out.push('Error: unable to contact http://ratings:9080/ratings got status of 500');
  return out;
};

export const scenarios = [
  bookinfoScenario({
    folder: 's79c-mysqldb-native-password-dropped',
    incidentTime: INC,
    description: "bookinfo product page says 'Ratings service is currently unavailable' on roughly every other reload since ~10:30. community team hasn't touched reviews",
    expected: { component: 'mysqldb', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'mysqldb', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'callers-only', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
    workloads: {
      'mysqldb-v1': {
        containers: {
          mysqldb: {
            args: undefined,
            resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { memory: '1Gi' } },
          },
        },
        rollout: {
          at: ROLL,
          oldContainers: { mysqldb: { args: ['--default-authentication-plugin', 'mysql_native_password'], resources: undefined } },
        },
      },
      'reviews-v2': {
        pods: [
          {
            containers: {
              reviews: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 2 - 40),
                last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 40.5) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:mysqldb-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set mysqldb-v1-%NEW% to 1', first: ROLL },
      { on: 'deploy:mysqldb-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set mysqldb-v1-%OLD% to 0 from 1', first: ROLL + 0.9 },
      { on: 'pod:mysqldb-v1#0', reason: 'Pulled', fieldPath: 'spec.containers{mysqldb}', message: 'Container image "docker.io/istio/examples-bookinfo-mysqldb:1.20.1" already present on machine', first: ROLL + 0.55 },
      { on: 'pod:mysqldb-v1#0', reason: 'Created', fieldPath: 'spec.containers{mysqldb}', message: 'Created container mysqldb', first: ROLL + 0.55 },
      { on: 'pod:mysqldb-v1#0', reason: 'Started', fieldPath: 'spec.containers{mysqldb}', message: 'Started container mysqldb', first: ROLL + 0.6 },
      { on: 'pod:mysqldb-v1#0', type: 'Warning', reason: 'Unhealthy', fieldPath: 'spec.containers{istio-proxy}', message: 'Readiness probe failed: Get "http://%PODIP%:15021/healthz/ready": dial tcp %PODIP%:15021: connect: connection refused', first: ROLL + 0.55 },
    ],
    logs: {
      'mysqldb-v1#0/mysqldb': mysqlLog,
      'ratings-v2-mysql#0/ratings': ratings,
      'ratings-v1#0/ratings': ratingsV1,
      'reviews-v2#0/reviews': reviews('v2'),
      'reviews-v3#0/reviews': reviews('v3'),
    },
    grounding: `
      Manifest facts (istio/istio samples/bookinfo/platform/kube/bookinfo-mysql.yaml and bookinfo-ratings-v2-mysql.yaml): the
      mysqldb Deployment runs the MySQL 8.0-based examples-bookinfo-mysqldb image with args
      "--default-authentication-plugin mysql_native_password" and an emptyDir data volume, so every new pod re-initialises the
      database and creates root with the default plugin; ratings-v2-mysql (DB_TYPE=mysql, user root) uses the Node "mysql"
      package, which implements only mysql_native_password, and ratings.js answers 500 {"error":"could not connect to ratings
      database"} without logging the error; the ratings Service selects app=ratings, so v1 (in-memory) and v2-mysql share it.
      Fault: a "manifest tidy-up" rollout 52 minutes before the incident dropped the args (MySQL 8.0.34+ warns that
      --default-authentication-plugin is deprecated) and added resources; the new pod initialised root with
      caching_sha2_password and every ratings-v2 connection fails with ER_NOT_SUPPORTED_AUTH_MODE (the well-known "Client does
      not support authentication protocol requested by server; consider upgrading MySQL client"). The old and new ReplicaSet
      templates differ exactly in those args and resources. mysqldb is Running and Ready and logs a clean initialisation;
      ratings-v2 logs only request lines; reviews v2/v3 print "unable to contact ... got status of 500" and productpage shows
      "Ratings service is currently unavailable" for the half of requests that land on ratings-v2. Decoy: reviews-v2 restarted
      two days ago (exit 143 at a node maintenance). Deviations from upstream: mysqldb resources; the image's exact MySQL patch
      version (8.0.36) is assumed; reviews' Liberty console lines are abridged.`,
  }),
];
