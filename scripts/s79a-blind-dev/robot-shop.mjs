// Blind dev batch s79a: one Stan's Robot Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs), built by
// scripts/s79a-build.mjs — mysql deleted by hand, re-importing its cities dump with networking off while its callers fail.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export { defaultPvcs };

const T = clock('2026-06-02T09:50:00Z');
const N1 = 'ip-10-1-1-84.eu-west-1.compute.internal';
const N2 = 'ip-10-1-2-137.eu-west-1.compute.internal';
const N3 = 'ip-10-1-3-206.eu-west-1.compute.internal';

// MySQL 5.7 docker-entrypoint output: datadir moved to /data by the robot-shop image's config.sh, temporary server
// started with --skip-networking (port: 0) while /docker-entrypoint-initdb.d/10-dump.sql.gz is imported.
const my = (min, n, lvl, msg) => `${T.isoMs(min).replace('Z', '')}${String(n).padStart(3, '0')}Z ${lvl === 'N' ? 0 : 0} [${lvl === 'N' ? 'Note' : 'Warning'}] ${msg}`;
const ep = (min, msg) => `${T.iso(min).replace('T', ' ').replace('Z', '+00:00')} [Note] [Entrypoint]: ${msg}`;
const mysqlLog = [
  ep(-10.75, 'Entrypoint script for MySQL Server 5.7.35-1debian10 started.'),
  ep(-10.75, "Switching to dedicated user 'mysql'"),
  ep(-10.74, 'Entrypoint script for MySQL Server 5.7.35-1debian10 started.'),
  ep(-10.73, 'Initializing database files'),
  my(-10.72, 214, 'W', 'TIMESTAMP with implicit DEFAULT value is deprecated. Please use --explicit_defaults_for_timestamp server option (see documentation for more details).'),
  my(-10.62, 871, 'W', 'InnoDB: New log files created, LSN=45790'),
  my(-10.6, 402, 'W', 'InnoDB: Creating foreign key constraint system tables.'),
  my(-10.59, 118, 'W', 'No existing UUID has been found, so we assume that this is the first time that this server has been started. Generating a new UUID: 4f1c2d7e-4b8a-11f1-9c3e-6a1f0b2c9d41.'),
  my(-10.59, 503, 'W', "Gtid table is not ready to be used. Table 'mysql.gtid_executed' cannot be opened."),
  my(-10.56, 77, 'W', 'root@localhost is created with an empty password ! Please consider switching off the --initialize-insecure option.'),
  ep(-10.45, 'Database files initialized'),
  ep(-10.45, 'Starting temporary server'),
  ep(-10.45, 'Waiting for server startup'),
  my(-10.44, 602, 'W', 'TIMESTAMP with implicit DEFAULT value is deprecated. Please use --explicit_defaults_for_timestamp server option (see documentation for more details).'),
  my(-10.44, 611, 'N', 'mysqld (mysqld 5.7.35) starting as process 79 ...'),
  my(-10.43, 15, 'N', 'InnoDB: Buffer pool(s) load completed at 260602  9:39:34'),
  my(-10.42, 318, 'W', 'Insecure configuration for --pid-file: Location \'/var/run/mysqld\' in the path is accessible to all OS users. Consider choosing a different directory.'),
  my(-10.42, 509, 'N', 'mysqld: ready for connections.'),
  "Version: '5.7.35'  socket: '/var/run/mysqld/mysqld.sock'  port: 0  MySQL Community Server (GPL)",
  ep(-10.4, 'Temporary server started.'),
  "Warning: Unable to load '/usr/share/zoneinfo/iso3166.tab' as time zone. Skipping it.",
  "Warning: Unable to load '/usr/share/zoneinfo/leap-seconds.list' as time zone. Skipping it.",
  "Warning: Unable to load '/usr/share/zoneinfo/zone.tab' as time zone. Skipping it.",
  "Warning: Unable to load '/usr/share/zoneinfo/zone1970.tab' as time zone. Skipping it.",
  ep(-10.3, 'Creating database cities'),
  ep(-10.3, 'Creating user shipping'),
  ep(-10.3, 'Giving user shipping access to schema cities'),
  '',
  ep(-10.29, '/usr/local/bin/docker-entrypoint.sh: running /docker-entrypoint-initdb.d/10-dump.sql.gz'),
];

const spring = (min, lvl, thread, logger, msg) => `${T.java(min)} ${lvl.padStart(5)} 1 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const shippingLog = [];
for (let m = -14; m < -11.2; m += 0.9) shippingLog.push(spring(m, 'INFO', `nio-8080-exec-${(Math.round(-m) % 9) + 1}`, 'c.i.r.shipping.Controller', `Calc for ${4000 + Math.round(-m * 13)}`));
const link = [
  'Communications link failure',
  '',
  'The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.',
];
shippingLog.push(spring(-11.1, 'WARN', 'nio-8080-exec-4', 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'SQL Error: 0, SQLState: 08S01'));
shippingLog.push(spring(-11.1, 'ERROR', 'nio-8080-exec-4', 'o.h.engine.jdbc.spi.SqlExceptionHelper', link[0]), link[1], link[2]);
shippingLog.push(spring(-11.1, 'ERROR', 'nio-8080-exec-4', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.orm.jpa.JpaSystemException: Unable to acquire JDBC Connection; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection] with root cause'));
shippingLog.push(
  'java.net.ConnectException: Connection refused (Connection refused)',
  '\tat java.base/java.net.PlainSocketImpl.socketConnect(Native Method)',
  '\tat java.base/java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:399)',
  '\tat java.base/java.net.Socket.connect(Socket.java:609)',
  '\tat com.mysql.cj.protocol.StandardSocketFactory.connect(StandardSocketFactory.java:155)',
  '\tat com.mysql.cj.protocol.a.NativeSocketConnection.connect(NativeSocketConnection.java:63)',
  '\tat com.mysql.cj.NativeSession.connect(NativeSession.java:144)',
  '\tat com.mysql.cj.jdbc.ConnectionImpl.connectOneTryOnly(ConnectionImpl.java:956)',
  '\tat com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:826)',
  '\tat com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:474)',
  '\tat com.instana.robotshop.shipping.Controller.match(Controller.java:76)',
);
for (let m = -10.6; m < -0.2; m += 0.85) {
  const ex = `nio-8080-exec-${(Math.round(-m * 3) % 10) + 1}`;
  if (Math.round(m * 10) % 3 === 0) shippingLog.push(spring(m, 'WARN', 'HikariPool-1 housekeeper', 'com.zaxxer.hikari.pool.PoolBase', 'HikariPool-1 - Failed to validate connection com.mysql.cj.jdbc.ConnectionImpl@5b3f1a2c (No operations allowed after connection closed.). Possibly consider using a shorter maxLifetime value.'));
  shippingLog.push(spring(m, 'WARN', ex, 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'SQL Error: 0, SQLState: 08S01'));
  shippingLog.push(spring(m, 'ERROR', ex, 'o.h.engine.jdbc.spi.SqlExceptionHelper', link[0]), link[1], link[2]);
}

const rLog = (min, lvl, msg, ctx = '[]') => `[${T.iso(min).replace('T', ' ').replace('Z', '')}] app.${lvl}: ${msg} ${ctx} []`;
const ratingsLog = [];
for (let m = -14; m < -11.2; m += 0.5) ratingsLog.push(rLog(m, 'INFO', 'Health-Check', '{"pdo_connectivity":true}'));
for (let m = -11.1; m < -0.1; m += 0.0834 * 6) {
  ratingsLog.push(rLog(m, 'INFO', 'Health-Check', '{"pdo_connectivity":false}'));
  if (Math.round(m * 10) % 4 === 0) ratingsLog.push(rLog(m + 0.02, 'ERROR', 'Database Error SQLSTATE[HY000] [2002] Connection refused'));
}

const webLog = [];
const ua = '"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"';
const acc = (min, req, code, bytes) => {
  const d = T.iso(min); const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(d.slice(5, 7)) - 1];
  return `10.1.1.84 - - [${d.slice(8, 10)}/${mon}/${d.slice(0, 4)}:${d.slice(11, 19)} +0000] "${req} HTTP/1.1" ${code} ${bytes} "http://shop.robotshop.example/" ${ua}`;
};
for (let m = -13.5; m < -11.2; m += 0.7) webLog.push(acc(m, 'GET /api/catalogue/products', 200, 3321), acc(m + 0.1, 'GET /api/ratings/api/fetch/Watson', 200, 36), acc(m + 0.2, 'GET /api/shipping/codes', 200, 4730));
for (let m = -10.9; m < -0.2; m += 0.6) {
  webLog.push(acc(m, 'GET /api/catalogue/products', 200, 3321));
  webLog.push(acc(m + 0.05, 'GET /api/shipping/match/uk/bris', 500, 291));
  if (m < -8.7) webLog.push(acc(m + 0.1, 'GET /api/ratings/api/fetch/Watson', 200, 36));
  else {
    webLog.push(acc(m + 0.1, 'GET /api/ratings/api/fetch/Watson', 502, 157));
    webLog.push(`${T.go(m + 0.1)} [error] 29#29: *${18200 + Math.round((m + 11) * 40)} connect() failed (111: Connection refused) while connecting to upstream, client: 10.1.1.84, server: localhost, request: "GET /api/ratings/api/fetch/Watson HTTP/1.1", upstream: "http://%SVCIP:ratings%:80/api/fetch/Watson", host: "shop.robotshop.example", referrer: "http://shop.robotshop.example/"`);
  }
  webLog.push(acc(m + 0.2, 'GET /api/cart/cart/8f2c1a', 200, 402));
}

const cartLog = [];
for (let m = -14; m < -0.2; m += 1.1) cartLog.push(pino(T, m, 'info', '%POD%', 'request completed', `"req":{"id":${900 + Math.round(-m * 7)},"method":"GET","url":"/cart/8f2c1a","headers":{"host":"cart:8080"}},"res":{"statusCode":200},"responseTime":${(3 + (-m % 4)).toFixed(0)},`));

export const scenarios = [
  withDefaults({
    folder: 's79a-mysql-reimport-after-pod-delete',
    incidentTime: '2026-06-02T09:50:00Z',
    description: 'robotshop: shipping quote page throws errors + ratings keep disappearing since ~09:40, catalogue n cart still fine',
    expected: { component: 'mysql', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Follows robot-shop's mysql image (mysql/Dockerfile: FROM mysql:5.7, VOLUME /data, config.sh moving datadir to /data,
      scripts/* copied to /docker-entrypoint-initdb.d/ with the large cities dump 10-dump.sql.gz and 20-ratings.sql) and
      the chart's mysql Deployment (no volume, no probes, cpu limit 200m, NET_ADMIN). With no PersistentVolume every new
      mysql pod re-runs the official entrypoint's initialisation: it starts a temporary server with --skip-networking
      ("port: 0"), imports the dump and only then starts mysqld on 3306. An engineer deleted the running mysql pod at
      09:38 to "clear" stuck shipping connections; the ReplicaSet created mysql anew and, throttled at 200m, it is still
      importing 10-dump.sql.gz eleven minutes later: the pod is Running and Ready (no probe), nothing listens on 3306.
      Its callers are loud: shipping (Spring Boot, Connector/J behind HikariCP) logs Communications link failure /
      Connection refused and web returns 500 for /api/shipping; ratings' /_health checks PDO connectivity
      (HealthController.php) and answers 400, so after failureThreshold 30 x 5 s ratings is NotReady, its Service has no
      ready address and nginx logs connect() failed (111) with 502s. Decoys: ratings NotReady with Readiness probe
      failed events (a dependent, not the cause) and an old dispatch restart from two days ago (RabbitMQ not up yet at
      its start). Deviations from upstream: the MySQL patch version in the log (5.7.35) is assumed; the deletion itself
      leaves no Event on the deleted pod in this snapshot, only the ReplicaSet's SuccessfulCreate and the new pod's age.
    `,
    workloads: {
      mysql: { pods: [{ node: N3, created: T.iso(-11.3), containers: { mysql: cs.running(T.iso(-10.8)) } }] },
      ratings: {
        pods: [{ node: N1, containers: { ratings: cs.running(T.iso(-60 * 24 * 9 + 0.4), { ready: false }) }, readyTransition: T.iso(-8.7) }],
      },
      shipping: { pods: [{ node: N2 }] },
      dispatch: {
        pods: [{ containers: { dispatch: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 50), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 50 - 0.6), finishedAt: T.iso(-60 * 50 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'rs:mysql', reason: 'SuccessfulCreate', message: 'Created pod: @@POD:mysql#0@@', first: -11.3, source: 'replicaset-controller' },
      { on: 'pod:mysql#0', reason: 'Scheduled', message: `Successfully assigned robot-shop/%POD% to ${N3}`, first: -11.3, source: 'default-scheduler' },
      { on: 'pod:mysql#0', reason: 'Pulled', message: 'Container image "robotshop/rs-mysql-db:2.1.0" already present on machine', first: -10.85, fieldPath: 'spec.containers{mysql}' },
      { on: 'pod:mysql#0', reason: 'Created', message: 'Created container mysql', first: -10.82, fieldPath: 'spec.containers{mysql}' },
      { on: 'pod:mysql#0', reason: 'Started', message: 'Started container mysql', first: -10.8, fieldPath: 'spec.containers{mysql}' },
      { on: 'pod:ratings#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: HTTP probe failed with statuscode: 400', first: -11.1, last: -0.1, count: 131, fieldPath: 'spec.containers{ratings}' },
    ],
    logs: {
      'mysql#0/mysql': mysqlLog,
      'shipping#0/shipping': shippingLog,
      'ratings#0/ratings': ratingsLog,
      'web#0/web': webLog,
      'cart#0/cart': cartLog,
      'dispatch#0/dispatch': [
        `${T.go(-60 * 50 + 0.1)} Connected to RabbitMQ`,
        `${T.go(-60 * 50 + 0.1)} Waiting for messages`,
        ...Array.from({ length: 6 }, (_, i) => `${T.go(-12 + i * 2)} Order ${['6b1e2f', 'a3c9d1', '0f77ab', 'c41e8d', '92d0aa', '5e3b7c'][i]} dispatched`),
      ],
      'dispatch#0/dispatch/previous': [
        `${T.go(-60 * 50 - 0.5)} Failed to connect to RabbitMQ: dial tcp %SVCIP:rabbitmq%:5672: connect: connection refused`,
      ],
    },
  }),
];
