// Blind dev batch s117b: one Robot Shop scenario (a security audit locked the MySQL accounts of shipping and ratings).
// Spec for scripts/s2-scenario-kit.mjs build(); system, defaultPvcs and withDefaults from scripts/kit-systems/robot-shop.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };
const incidentTime = '2026-05-21T13:50:00Z';
const T = clock(incidentTime);
const my = (m, id, msg) => `${T.isoMs(m).replace('Z', '000Z')} ${id} [Note] ${msg}`;
const sp = (m, lvl, thr, logger, msg) => `${T.java(m)} ${lvl.padStart(5)} 1 --- [${thr}] ${logger.padEnd(40)} : ${msg}`;
const LOCKED = (u) => `Access denied for user '${u}'@'%IPOF:shipping#0%'. Account is locked.`;
export const scenarios = [
  withDefaults({
    folder: 's117b-mysql-accounts-locked-by-audit',
    description: 'robotshop: shipping quote spins forever and ratings show 500 since lunch. catalogue + cart fine',
    incidentTime,
    expected: { component: 'mysql', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'mysql', cause: 'config-error' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'bad-credentials', 'decoy'],
    grounding: `
      Manifest facts: the mysql Deployment (rs-mysql-db, MySQL 5.7) holds the cities and ratings schemas; shipping (Spring Boot,
      user shipping) and ratings (PHP/PDO, user ratings) connect to mysql:3306. Fault (MySQL 5.7.6+ ALTER USER ... ACCOUNT
      LOCK, error 3118 ER_ACCOUNT_HAS_BEEN_LOCKED "Access denied for user ... Account is locked."): a CIS-benchmark audit
      script run through kubectl exec locked every account without password expiry except root, i.e. shipping and ratings.
      mysqld keeps running and Ready; existing pooled sessions live until the pool recycles them, then every new login is
      refused: ratings (a new PDO connection per request) fails at once, shipping as its Hikari connections retire. Callers
      are loud; mysqld's error log says nothing about the lock. Decoy: cart's old OOMKilled restart four days ago. No deviation from
      the upstream chart.
    `,
    workloads: {
      cart: {
        pods: [{ containers: { cart: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.2) } }) } }],
      },
    },
    logs: {
      'mysql#0/mysql': [
        my(-60 * 24 * 9, 0, 'mysqld: ready for connections.'),
        'Version: \'5.7.44\'  socket: \'/var/run/mysqld/mysqld.sock\'  port: 3306  MySQL Community Server (GPL)',
        `${T.isoMs(-52).replace('Z', '000Z')} 8812 [Warning] IP address '%IPOF:shipping#0%' could not be resolved: Name or service not known`,
      ],
      'ratings#0/ratings': [
        `[${T.isoMs(-48)}] app.INFO: Matched route "_ratings_get". {"route":"_ratings_get","route_parameters":{"sku":"RED"}} []`,
        `[${T.isoMs(-47.5)}] app.ERROR: SQLSTATE[HY000] [3118] ${LOCKED('ratings').replace('%IPOF:shipping#0%', '%IPOF:ratings#0%')} [] []`,
        `[${T.isoMs(-47.5)}] request.CRITICAL: Uncaught PHP Exception Instana\\RobotShop\\Ratings\\Exception\\DatabaseException: "Database connection error" at /var/www/html/src/Service/RatingsService.php line 31 [] []`,
        `[${T.isoMs(-1.2)}] app.ERROR: SQLSTATE[HY000] [3118] ${LOCKED('ratings').replace('%IPOF:shipping#0%', '%IPOF:ratings#0%')} [] []`,
      ],
      'shipping#0/shipping': [
        sp(-46, 'WARN', 'nio-8080-exec-4', 'com.zaxxer.hikari.pool.PoolBase', 'HikariPool-1 - Failed to validate connection com.mysql.cj.jdbc.ConnectionImpl@5e1f3a2b (No operations allowed after connection closed.). Possibly consider using a shorter maxLifetime value.'),
        sp(-15, 'WARN', 'nio-8080-exec-7', 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'SQL Error: 3118, SQLState: HY000'),
        sp(-15, 'ERROR', 'nio-8080-exec-7', 'o.h.engine.jdbc.spi.SqlExceptionHelper', LOCKED('shipping')),
        sp(-15, 'ERROR', 'nio-8080-exec-7', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.GenericJDBCException: Unable to acquire JDBC Connection] with root cause'),
        `java.sql.SQLException: ${LOCKED('shipping')}`,
        '\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:129)',
        '\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:162)',
      ],
      'web#0/web': [
        `%IPOF:web#0% - - [${T.go(-15).replace(/\//g, '-')}] "GET /api/shipping/calc/4328 HTTP/1.1" 500 273 "-" "Mozilla/5.0"`,
        `%IPOF:web#0% - - [${T.go(-1.2).replace(/\//g, '-')}] "GET /api/ratings/api/fetch/RED HTTP/1.1" 500 0 "-" "Mozilla/5.0"`,
        `%IPOF:web#0% - - [${T.go(-1.1).replace(/\//g, '-')}] "GET /api/catalogue/products HTTP/1.1" 200 2715 "-" "Mozilla/5.0"`,
      ],
    },
  }),
];
