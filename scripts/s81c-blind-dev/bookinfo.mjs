// Blind dev batch s81c: one Bookinfo scenario (mysqldb re-initialised with a rotated root password while ratings-v2-mysql
// still sends the old literal one); built by scripts/s81c-build.mjs with scripts/kit-systems/bookinfo.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const incidentTime = '2026-03-21T09:30:00Z';
const T = clock(incidentTime);
const dbSince = -95;
const my = (min, level, code, msg) => `${T.isoMs(min).replace('Z', '')}000Z 0 [${level}] [${code}] [Server] ${msg}`;
const ep = (min, msg) => `${T.java(min).slice(0, 19)}+00:00 [Note] [Entrypoint]: ${msg}`;
const mysqldb = [
  ep(dbSince + 0.3, 'Entrypoint script for MySQL Server 8.0.17-1debian9 started.'),
  ep(dbSince + 0.31, "Switching to dedicated user 'mysql'"),
  ep(dbSince + 0.32, 'Entrypoint script for MySQL Server 8.0.17-1debian9 started.'),
  ep(dbSince + 0.33, 'Initializing database files'),
  my(dbSince + 0.34, 'Warning', 'MY-011070', "'Disabling symbolic links using --skip-symbolic-links (or equivalent) is the default. Consider not using this option as it' is deprecated and will be removed in a future release."),
  my(dbSince + 0.34, 'System', 'MY-013169', '/usr/sbin/mysqld (mysqld 8.0.17) initializing of server in progress as process 41'),
  my(dbSince + 0.5, 'Warning', 'MY-010453', 'root@localhost is created with an empty password ! Please consider switching off the --initialize-insecure option.'),
  my(dbSince + 0.62, 'System', 'MY-013170', '/usr/sbin/mysqld (mysqld 8.0.17) initializing of server has completed'),
  ep(dbSince + 0.63, 'Database files initialized'),
  ep(dbSince + 0.63, 'Starting temporary server'),
  ep(dbSince + 0.7, 'Temporary server started.'),
  ep(dbSince + 0.72, '/usr/local/bin/docker-entrypoint.sh: running /docker-entrypoint-initdb.d/mysqldb-init.sql'),
  ep(dbSince + 0.73, 'Stopping temporary server'),
  ep(dbSince + 0.78, 'Temporary server stopped'),
  ep(dbSince + 0.78, 'MySQL init process done. Ready for start up.'),
  my(dbSince + 0.8, 'Warning', 'MY-011070', "'Disabling symbolic links using --skip-symbolic-links (or equivalent) is the default. Consider not using this option as it' is deprecated and will be removed in a future release."),
  my(dbSince + 0.8, 'System', 'MY-010116', '/usr/sbin/mysqld (mysqld 8.0.17) starting as process 1'),
  my(dbSince + 0.85, 'Warning', 'MY-010068', 'CA certificate ca.pem is self signed.'),
  my(dbSince + 0.86, 'Warning', 'MY-011810', "Insecure configuration for --pid-file: Location '/var/run/mysqld' in the path is accessible to all OS users. Consider choosing a different directory."),
  my(dbSince + 0.87, 'System', 'MY-010931', "/usr/sbin/mysqld: ready for connections. Version: '8.0.17'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL."),
  my(dbSince + 0.87, 'System', 'MY-011323', "X Plugin ready for connections. Socket: '/var/run/mysqld/mysqlx.sock' bind-address: '::' port: 33060"),
];

// ratings (ratings.js) prints only "METHOD url"; the mysql error goes to the HTTP 500 body, not to stdout.
const ratingsLog = (since) => {
  const out = ['Server listening on: http://0.0.0.0:9080'];
  for (let k = 0; k < 60; k++) out.push(`GET /ratings/0`);
  void since;
  return out;
};
const RATINGS = 'http://ratings:9080/ratings';
const reviewsLog = (seed) => {
  const out = [
    'Launching defaultServer (Open Liberty 24.0.0.1/wlp-1.0.85.cl240120240115-2300) on Eclipse OpenJ9 VM, version 17.0.9+9 (en_US)',
    '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
    '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ol/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml',
    '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
    '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://%POD%:9080/',
    '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 3.482 seconds.',
    '[AUDIT   ] CWWKF0012I: The server installed the following features: [cdi-4.0, jsonp-2.1, mpConfig-3.1, restfulWS-3.1, restfulWSClient-3.1, servlet-6.0].',
    '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.114 seconds.',
  ];
  // about half of the calls land on ratings-v2-mysql since mysqldb came back at 07:55
  for (let k = 0; k < 48; k++) if ((k * 7 + seed) % 11 < 5) out.push(`Error: unable to contact ${RATINGS} got status of 500`);
  return out;
};

export const scenarios = [
  bookinfoScenario({
    folder: 's81c-ratings-stale-mysql-root-password',
    incidentTime,
    description:
      "bookinfo prod: 'Ratings service is currently unavailable' on roughly half the page loads since about 8am. reviews folks say their pods are fine",
    expected: { component: 'ratings', cause: 'config-error' },
    alsoAcceptable: [{ component: 'mysqldb', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['bad-credentials', 'pods-ready', 'callers-only', 'louder-dependents', 'time-expression', 'decoy'],
    workloads: {
      'mysqldb-v1': { since: dbSince },
      'productpage-v1': {
        pods: [
          {
            containers: {
              productpage: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 5 - 3),
                last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 5 - 3.2) },
              }),
            },
          },
        ],
      },
    },
    events: [],
    logs: {
      'mysqldb-v1#0/mysqldb': mysqldb,
      'ratings-v2-mysql#0/ratings': ratingsLog(dbSince),
      'ratings-v1#0/ratings': ratingsLog(-60 * 24 * 9),
      'reviews-v2#0/reviews': reviewsLog(2),
      'reviews-v3#0/reviews': reviewsLog(5),
      'reviews-v1#0/reviews': reviewsLog(0).slice(0, 8),
    },
    grounding: `
      Manifest facts: bookinfo-ratings-v2-mysql.yaml passes MYSQL_DB_USER root and MYSQL_DB_PASSWORD "password" as literal env
      values, while bookinfo-mysql.yaml takes MYSQL_ROOT_PASSWORD from Secret mysql-credentials key rootpasswd and keeps
      /var/lib/mysql on an emptyDir; the mysql image (FROM mysql:8.0.17, src/mysql/Dockerfile) sets the root password only when it
      initialises an empty data directory. Story: the security team rotated mysql-credentials three days ago (no effect while the
      old mysqld kept its data); at 07:55 the mysqldb-v1 pod was rescheduled when cluster-autoscaler removed its node, the new pod
      initialised a fresh data dir with the rotated password, so every connection of ratings-v2-mysql is refused (ER_ACCESS_DENIED,
      not written to the MySQL 8 error log at the default log_error_verbosity 2). ratings.js answers 500 {"error": "could not
      connect to ratings database"} and logs only "GET /ratings/0"; the ratings Service selects app=ratings, so about half the calls
      land on ratings-v1 (in-memory) and succeed; reviews-v2/v3 (LibertyRestEndpoint.getRatings) print "Error: unable to contact
      http://ratings:9080/ratings got status of 500" and render "Ratings service is currently unavailable". All pods Ready. The fault
      is the stale credential the ratings workload sends (expected ratings config-error); naming mysqldb's rotated password is
      accepted. Decoy: productpage restarted once five days ago (exit 1), Ready since. Deviations: the Secret value and its
      rotation are not in the snapshot (no secrets.json); the reviews' Open Liberty banner is abridged.
    `,
  }),
];
