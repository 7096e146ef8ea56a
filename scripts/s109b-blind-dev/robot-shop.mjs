// Blind dev batch s109b: Robot Shop scenario (mysql redeployed with a 512M query cache; every query queues on the query
// cache lock, pod Ready; shipping and ratings time out louder). Built by scripts/s109b-build.mjs with the kit.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };
const incidentTime = '2026-06-10T14:05:00Z';
const T = clock(incidentTime);
const sb = (min, lvl, thread, logger, msg) => `${T.java(min)} ${lvl.padStart(5)} 1 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const my = (min, lvl, msg) => `${T.isoMs(min).replace('Z', '000Z')} 0 [${lvl}] ${msg}`;
const mysqlLog = [
  my(-95, 'Note', 'mysqld (mysqld 5.7.44) starting as process 1 ...'),
  my(-94.99, 'Note', 'InnoDB: Buffer pool(s) load completed at ' + T.java(-94.98).slice(2, 19).replace(/-/g, '').replace(' ', ' ')),
  my(-94.98, 'Warning', "'db' entry 'sys mysql.sys@localhost' ignored in --skip-name-resolve mode."),
  my(-94.97, 'Note', 'Event Scheduler: Loaded 0 events'),
  my(-94.96, 'Note', 'mysqld: ready for connections.'),
  "Version: '5.7.44'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)",
  my(-9.5, 'Note', 'Aborted connection 2113 to db: \'cities\' user: \'shipping\' host: \'%IPOF:shipping#0%\' (Got an error reading communication packets)'),
  my(-6.2, 'Note', 'Aborted connection 2147 to db: \'cities\' user: \'shipping\' host: \'%IPOF:shipping#0%\' (Got an error reading communication packets)'),
];
const shipLog = [
  sb(-60 * 24 * 3, 'INFO', 'main', 'com.instana.robotshop.shipping.Main', 'Started Main in 21.904 seconds (JVM running for 24.118)'),
  sb(-61, 'INFO', 'nio-8080-exec-3', 'c.i.r.shipping.Controller', 'Request for cities by code uk, match Lond'),
  ...Array.from({ length: 7 }, (_, i) => [
    sb(-24 + i * 3, 'WARN', `nio-8080-exec-${i + 2}`, 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'SQL Error: 0, SQLState: null'),
    sb(-24 + i * 3 + 0.001, 'ERROR', `nio-8080-exec-${i + 2}`, 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'HikariPool-1 - Connection is not available, request timed out after 30000ms.'),
    sb(-24 + i * 3 + 0.003, 'ERROR', `nio-8080-exec-${i + 2}`, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection] with root cause
java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.
	at com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:695)
	at com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:197)
	at com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:128)`)],
  ).flat(),
];
const ratingsLog = [
  `[${T.java(-60 * 24 * 9).slice(0, 19).replace(' ', 'T')}+00:00] app.INFO: Ratings service started [] []`,
  ...Array.from({ length: 5 }, (_, i) => `[${T.java(-20 + i * 4).slice(0, 19).replace(' ', 'T')}+00:00] app.ERROR: Database error SQLSTATE[HY000]: General error: 2006 MySQL server has gone away {"exception":"[object] (PDOException(code: HY000): SQLSTATE[HY000]: General error: 2006 MySQL server has gone away at /var/www/html/src/Service/RatingsService.php:42)"} []`),
  `[${T.java(-2).slice(0, 19).replace(' ', 'T')}+00:00] request.CRITICAL: Uncaught PHP Exception Symfony\\Component\\HttpKernel\\Exception\\HttpException: "Database error" at /var/www/html/src/Controller/RatingsApiController.php line 68 [] []`,
];
const nginx = (min, path, code, rt) => `10.1.2.15 - - [${T.go(min).replace(/\//g, '-')}] "GET ${path} HTTP/1.1" ${code} ${code === 200 ? 312 : 167} "-" "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/126.0" rt=${rt}`;
const webLog = Array.from({ length: 12 }, (_, i) => {
  const m = -30 + i * 2.4;
  return i % 2 ? nginx(m, '/api/catalogue/products', 200, '0.012') : nginx(m, i < 4 ? '/api/shipping/match/uk/Lond' : '/api/shipping/calc/4172', m < -24 ? 200 : 504, m < -24 ? '0.043' : '60.001');
});
const cartLog = [
  `{"level":"info","time":${Date.parse(T.isoMs(-60 * 24 * 3))},"pid":1,"hostname":"%POD%","msg":"Redis connected","v":1}`,
  `{"level":"info","time":${Date.parse(T.isoMs(-60 * 24 * 3 + 0.01))},"pid":1,"hostname":"%POD%","msg":"started on port 8080","v":1}`,
];

export const scenarios = [
  withDefaults({
    folder: 's109b-robot-shop-mysql-query-cache-lock',
    description: 'robotshop checkout stuck at shipping step (504s) since ~13:40, catalogue + login fine. ratings also flaky',
    incidentTime,
    expected: { component: 'mysql', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'mysql', cause: 'config-error' }, { component: 'mysql', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Robot Shop helm chart (55292e2): shipping (Spring Boot, HikariPool) reads the cities table from mysql (DB_HOST mysql), ratings
      (PHP/Symfony, PDO) its ratings table; web's nginx proxies /api/shipping/ and /api/ratings/. Fault after the MySQL 5.7 query
      cache contention Percona and the MySQL manual describe ("Waiting for query cache lock"; the cache is one global mutex and
      large caches make every invalidation and lookup serialise, the reason it was removed in 8.0): the platform team redeployed
      mysql about 95 minutes ago with args --query-cache-type=1 --query-cache-size=512M to "speed up the city search"; the pod is
      Ready, its error log only shows the start and aborted connections, while once ratings writes start invalidating the 512M cache
      every query queues on the lock; shipping's pool runs dry (30 s Hikari timeouts), ratings gets "MySQL server has gone away",
      web returns 504 after 60 s. Decoy: cart restarted three days ago after an OOMKilled (limit 100Mi) and has been fine since.
      Deviations from upstream: the mysql container args (upstream has none), the restart history of cart.`,
    workloads: {
      mysql: { rollout: { at: -95, oldContainers: { mysql: { args: undefined } } }, containers: { mysql: { args: ['--query-cache-type=1', '--query-cache-size=512M'] } } },
      cart: { pods: [{ containers: { cart: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) } }] },
    },
    events: [
      { on: 'deploy:mysql', source: 'deployment-controller', reason: 'ScalingReplicaSet', message: 'Scaled up replica set mysql-%NEW% from 0 to 1', first: -95, last: -95 },
      { on: 'deploy:mysql', source: 'deployment-controller', reason: 'ScalingReplicaSet', message: 'Scaled down replica set mysql-%OLD% from 1 to 0', first: -94.5, last: -94.5 },
    ],
    logs: {
      'mysql#0/mysql': mysqlLog,
      'shipping#0/shipping': shipLog,
      'ratings#0/ratings': ratingsLog,
      'web#0/web': webLog,
      'cart#0/cart': cartLog,
    },
  }),
];
