// Blind held-out batch s126b: Robot Shop.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pv, withDefaults } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pv;
const T = clock('2026-04-02T16:24:00Z');
const mysqlTs = (min) => T.isoMs(min).replace('Z', '000Z').replace(/\.(\d{3})000Z/, '.$1000Z');
const spring = (min, lvl, thread, logger, msg) => `${T.java(min)}  ${lvl.padStart(5)} 1 --- [${thread}] ${logger.padEnd(40)} : ${msg}`;
const php = (min, msg) => `[${new Date(Date.parse(T.isoMs(min))).toUTCString().replace(/^\w+, (\d+) (\w+) (\d+) ([\d:]+) GMT$/, '$1-$2-$3 $4 UTC')}] ${msg}`;

export const scenarios = [
  withDefaults({
    folder: 's126b-rs-mysql-conn-limit',
    incidentTime: '2026-04-02T16:24:00Z',
    description: 'robotshop checkout: shipping quote spins forever then error, and ratings not loading on product page. last ~20 min. shipping pods are up',
    expected: { component: 'mysql', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'callers-only', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      Robot Shop's shipping (Spring Boot, JDBC to mysql:3306, database cities) and ratings (PHP/PDO to mysql:3306,
      database ratings) share the single mysql Deployment (robotshop/rs-mysql-db:2.1.0). The fault follows the
      "ERROR 1040 (HY000): Too many connections" exhaustion described in MySQL's reference manual (max_connections
      reached; the server keeps one extra connection for SUPER) and many public post-mortems of connection leaks:
      here an ad-hoc reporting job run from a laptop through a port-forward opened ~150 idle connections (deviation:
      the image's max_connections is taken as 151, the MySQL default). mysql stays Running and Ready (its probe-less
      pod has nothing to fail), it logs only aborted-connection notes; shipping and ratings log 1040 errors and web
      (nginx) logs 504/502s. Decoy: catalogue restarted 3 days ago after an OOM kill, and the usual rabbitmq
      warnings. Log formats: MySQL 5.7 error log, Spring Boot 2 console, PHP error log, nginx error log.`,
    workloads: {
      catalogue: { pods: [{ containers: { catalogue: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) } }] },
    },
    events: [
      { on: 'pod:shipping#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -14, last: -6, count: 3, fieldPath: 'spec.containers{shipping}' },
    ],
    logs: {
      'mysql#0/mysql': [
        `${mysqlTs(-60 * 24 * 9)} 0 [Note] mysqld: ready for connections.`,
        `Version: '5.7.28'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)`,
        `${mysqlTs(-52)} 48211 [Note] Aborted connection 48211 to db: 'ratings' user: 'ratings' host: '10.1.2.71' (Got an error reading communication packets)`,
        `${mysqlTs(-6.3)} 48412 [Note] Aborted connection 48412 to db: 'cities' user: 'shipping' host: '10.1.1.118' (Got timeout reading communication packets)`,
        `${mysqlTs(-2.1)} 48417 [Note] Aborted connection 48417 to db: 'cities' user: 'shipping' host: '10.1.1.118' (Got timeout reading communication packets)`,
      ],
      'shipping#0/shipping': [
        spring(-40, 'INFO', 'nio-8080-exec-2', 'c.i.r.s.Controller', 'Calculation for 34'),
        spring(-21, 'WARN', 'nio-8080-exec-6', 'com.zaxxer.hikari.pool.PoolBase', 'HikariPool-1 - Failed to validate connection com.mysql.cj.jdbc.ConnectionImpl@5c1a8e2b (No operations allowed after connection closed.). Possibly consider using a shorter maxLifetime value.'),
        spring(-20.5, 'ERROR', 'nio-8080-exec-6', 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'HikariPool-1 - Connection is not available, request timed out after 30000ms.'),
        spring(-20.5, 'ERROR', 'nio-8080-exec-6', 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'Data source rejected establishment of connection,  message from server: "Too many connections"'),
        spring(-20.4, 'ERROR', 'nio-8080-exec-6', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection] with root cause'),
        '',
        'java.sql.SQLNonTransientConnectionException: Data source rejected establishment of connection,  message from server: "Too many connections"',
        '\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:110) ~[mysql-connector-java-8.0.18.jar!/:8.0.18]',
        '\tat com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:835) ~[mysql-connector-java-8.0.18.jar!/:8.0.18]',
        '\tat com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:474) ~[HikariCP-3.4.1.jar!/:na]',
        '\tat java.base/java.lang.Thread.run(Thread.java:834) ~[na:na]',
        spring(-9, 'ERROR', 'nio-8080-exec-1', 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'Data source rejected establishment of connection,  message from server: "Too many connections"'),
        spring(-4, 'INFO', 'nio-8080-exec-3', 'c.i.r.s.Controller', 'Calculation for 12'),
        spring(-1.2, 'ERROR', 'nio-8080-exec-9', 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'HikariPool-1 - Connection is not available, request timed out after 30000ms.'),
        spring(-1.2, 'ERROR', 'nio-8080-exec-9', 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'Data source rejected establishment of connection,  message from server: "Too many connections"'),
      ],
      'ratings#0/ratings': [
        php(-35, 'NOTICE: PHP message: [info] ratings.INFO: health check OK'),
        php(-18, 'WARNING: [pool www] child 31 said into stderr: "NOTICE: PHP message: [error] ratings.ERROR: Database Error SQLSTATE[HY000] [1040] Too many connections"'),
        php(-7, 'WARNING: [pool www] child 29 said into stderr: "NOTICE: PHP message: [error] ratings.ERROR: Database Error SQLSTATE[HY000] [1040] Too many connections"'),
        php(-0.9, 'WARNING: [pool www] child 30 said into stderr: "NOTICE: PHP message: [error] ratings.ERROR: Database Error SQLSTATE[HY000] [1040] Too many connections"'),
      ],
      'web#0/web': [
        `${T.go(-17)} [error] 21#21: *88213 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.3.12, server: localhost, request: "GET /api/shipping/calc/1811 HTTP/1.1", upstream: "http://%SVCIP:shipping%:8080/calc/1811", host: "robotshop.example.com"`,
        `${T.go(-7)} [error] 21#21: *88904 upstream prematurely closed connection while reading response header from upstream, client: 10.1.1.9, server: localhost, request: "GET /api/ratings/api/fetch/Watson HTTP/1.1", upstream: "http://%SVCIP:ratings%:80/api/fetch/Watson", host: "robotshop.example.com"`,
        `${T.go(-1)} [error] 21#21: *89377 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.3.12, server: localhost, request: "GET /api/shipping/calc/4412 HTTP/1.1", upstream: "http://%SVCIP:shipping%:8080/calc/4412", host: "robotshop.example.com"`,
      ],
      'rabbitmq#0/rabbitmq': [
        `${T.java(-60 * 24 * 5)} [warning] <0.612.0> closing AMQP connection <0.612.0> (10.1.2.40:51744 -> 10.1.3.88:5672, vhost: '/', user: 'guest'):`,
        'client unexpectedly closed TCP connection',
      ],
      'catalogue#0/catalogue': [
        `{"level":"info","time":${Date.parse(T.isoMs(-30))},"pid":1,"hostname":"%POD%","msg":"MongoDB connected","v":1}`,
      ],
    },
  }),
];
