// Batch s73b (blind dev): Stan's Robot Shop scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// MySQL 5.7 stalls on InnoDB adaptive-hash-index semaphore waits while a big table is dropped; shipping, ratings and web are loud.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const T = clock('2026-06-03T16:19:00Z');
const my = (min, thread, level, msg) => `${T.isoMs(min).replace('Z', '')}${String(Math.abs(Math.round(min * 1000)) % 1000).padStart(3, '0')}Z ${thread} [${level}] ${msg}`;
const sb = (min, thread, logger, level, msg) => `${T.java(min)} ${level.padStart(5)} 1 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const ng = (min, msg) => `${T.go(min)} [error] 29#29: ${msg}`;
const access = (min, ip, req, status, bytes, rt) => `${ip} - - [${T.java(min).slice(8, 10)}/Jun/2026:${T.hm(min)}:${T.java(min).slice(17, 19)} +0000] "${req} HTTP/1.1" ${status} ${bytes} "https://shop.robotshop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36" ${rt}`;
const semaphore = (min, waited, tid) => [
  my(min, 0, 'Warning', 'InnoDB: A long semaphore wait:'),
  `--Thread ${tid} has waited at btr0sea.cc line 1135 for ${waited.toFixed(2)} seconds the semaphore:`,
  'S-lock on RW-latch at 0x55d0a3b5e1d8 created in file btr0sea.cc line 195',
  'a writer (thread id 139871225317120) has reserved it in mode  exclusive',
  'number of readers 0, waiters flag 1, lock_word: 0',
  'Last time read locked in file btr0sea.cc line 1135',
  'Last time write locked in file /export/home/pb2/build/sb_0-37309218/mysql-5.7.44/storage/innobase/btr/btr0sea.cc line 1302',
];

export const scenarios = [
  withDefaults({
    folder: 's73b-mysql-ahi-drop-table-stall',
    description: 'shipping calc spinning forever at checkout and the rating stars dont load either. started maybe 10 min ago? fulfilment on call pls',
    incidentTime: '2026-06-03T16:19:00Z',
    expected: { component: 'mysql', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'mysql', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Robot Shop helm chart at 55292e2 (kit-systems/robot-shop.mjs): shipping reads cities from mysql (jdbc:mysql://mysql/cities)
      and ratings (PHP PDO, mysql:host=mysql;dbname=ratings) reads and writes ratings; web's nginx proxies /api/shipping and
      /api/ratings. Fault: MySQL Bug #91977 / Percona's "dropping a large table with the adaptive hash index enabled" stall:
      an engineer refreshing the city list ran DROP TABLE cities_2025 (~3M rows) through kubectl exec at about 16:08; the drop
      holds the btr_search latch exclusively while it purges AHI entries, every other query waits on it, and InnoDB prints
      "A long semaphore wait" warnings from 240 s on (the server would kill itself at 600 s; the snapshot is taken before
      that). mysqld accepts connections and its pod stays Running/Ready with no restart (upstream has no probe on mysql).
      Callers: shipping's Hikari pool times out ("Connection is not available, request timed out after 30000ms"), ratings'
      Apache workers hang so its /_health readiness probe (timeoutSeconds 1) times out and the pod drops out of the Service,
      web's nginx logs upstream timeouts for /api/shipping and connection refused for /api/ratings. Catalogue, cart and user
      (MongoDB/Redis) keep working. Decoys: mysql's NET_ADMIN capability (upstream), and a cart container OOMKilled three days
      ago. Deviations: the table refresh is invented; the rs-mysql-db image is MySQL 5.7 as upstream, its build path in the
      latch message is the generic Oracle build path.
    `,
    workloads: {
      ratings: {
        pods: [{ ready: false, readyTransition: T.iso(-6.4), containers: { ratings: { ...cs.running(T.iso(-60 * 24 * 11)), ready: false } } }],
      },
      cart: {
        pods: [{ containers: { cart: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 11), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'pod:ratings#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{ratings}', message: 'Readiness probe failed: Get "http://%PODIP%:80/_health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -8.9, last: -0.1, count: 107 },
    ],
    logs: {
      'mysql#0/mysql': [
        my(-60 * 24 * 11, 0, 'Note', 'mysqld: ready for connections.'),
        "Version: '5.7.44'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)",
        ...semaphore(-7.0, 241.0, '139871140464384'),
        ...semaphore(-6.5, 271.0, '139871140198144'),
        my(-6.5, 0, 'Note', 'InnoDB: ###### Starts InnoDB Monitor for 30 secs to print diagnostic info:'),
        my(-6.5, 0, 'Note', 'InnoDB: Pending preads 0, pwrites 0'),
        '',
        '=====================================',
        `${T.java(-6.5).slice(0, 19).replace('T', ' ')} 0x7f3662ffd700 INNODB MONITOR OUTPUT`,
        '=====================================',
        '------------',
        'TRANSACTIONS',
        '------------',
        '---TRANSACTION 1928447, ACTIVE 272 sec dropping table',
        'mysql tables in use 1, locked 1',
        'MySQL thread id 8812, OS thread handle 139871225317120, query id 2211930 localhost root checking permissions',
        'DROP TABLE cities_2025',
        '---TRANSACTION 421346798823248, not started',
        'MySQL thread id 9021, OS thread handle 139871140464384, query id 2212188 %IPOF:shipping#0% shipping Sending data',
        'select city0_.uuid as uuid1_0_, city0_.city as city2_0_, city0_.country_code as country_3_0_ from cities city0_ where city0_.country_code=?',
        my(-6.0, 0, 'Note', 'InnoDB: ###### Diagnostic info printed to the standard error stream'),
        ...semaphore(-3.0, 481.0, '139871140464384'),
        ...semaphore(-1.5, 571.0, '139871139931904'),
      ],
      'shipping#0/shipping': [
        sb(-13.0, 'nio-8080-exec-3', 'c.i.r.shipping.Controller', 'INFO', 'Calc for 4521'),
        sb(-11.2, 'nio-8080-exec-6', 'c.i.r.shipping.Controller', 'INFO', 'Calc for 7730'),
        sb(-10.6, 'nio-8080-exec-9', 'c.i.r.shipping.Controller', 'INFO', 'Calc for 1184'),
        sb(-10.1, 'nio-8080-exec-6', 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'WARN', 'SQL Error: 0, SQLState: null'),
        sb(-10.1, 'nio-8080-exec-6', 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'ERROR', 'HikariPool-1 - Connection is not available, request timed out after 30000ms.'),
        sb(-10.1, 'nio-8080-exec-6', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'ERROR', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection] with root cause'),
        'java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.',
        '\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)',
        '\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:197)',
        '\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:162)',
        '\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:128)',
        sb(-6.1, 'nio-8080-exec-2', 'c.i.r.shipping.Controller', 'INFO', 'Calc for 2093'),
        sb(-5.6, 'nio-8080-exec-2', 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'WARN', 'SQL Error: 0, SQLState: null'),
        sb(-5.6, 'nio-8080-exec-2', 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'ERROR', 'HikariPool-1 - Connection is not available, request timed out after 30000ms.'),
        sb(-2.4, 'nio-8080-exec-1', 'c.i.r.shipping.Controller', 'INFO', 'Calc for 5512'),
        sb(-1.9, 'nio-8080-exec-1', 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'WARN', 'SQL Error: 0, SQLState: null'),
        sb(-1.9, 'nio-8080-exec-1', 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'ERROR', 'HikariPool-1 - Connection is not available, request timed out after 30000ms.'),
      ],
      'ratings#0/ratings': [
        `[Wed Jun 03 16:06:12.118402 2026] [mpm_prefork:error] [pid 1] AH00161: server reached MaxRequestWorkers setting, consider raising the MaxRequestWorkers setting`,
        `10.1.1.84 - - [03/Jun/2026:16:09:40 +0000] "GET /_health HTTP/1.1" 200 27 "-" "kube-probe/1.30"`,
        `[${T.isoMs(-9.5).replace('Z', '+00:00')}] app.INFO: ratings fetch {"sku":"Watson"} []`,
      ],
      'web#0/web': [
        access(-12.0, '10.1.1.19', 'GET /api/catalogue/products', 200, 2011, '0.012'),
        access(-11.9, '10.1.1.19', 'GET /api/ratings/api/fetch/Watson', 200, 41, '0.021'),
        ng(-10.0, '*48213 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.1.19, server: localhost, request: "GET /api/shipping/calc/7730 HTTP/1.1", upstream: "http://%SVCIP:shipping%:8080/calc/7730", host: "shop.robotshop.example", referrer: "https://shop.robotshop.example/"'),
        access(-10.0, '10.1.1.19', 'GET /api/shipping/calc/7730', 504, 167, '60.001'),
        ng(-8.4, '*48377 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.3.52, server: localhost, request: "GET /api/ratings/api/fetch/EMM HTTP/1.1", upstream: "http://%SVCIP:ratings%:80/api/fetch/EMM", host: "shop.robotshop.example", referrer: "https://shop.robotshop.example/"'),
        access(-7.5, '10.1.3.52', 'GET /api/catalogue/product/EMM', 200, 312, '0.009'),
        ng(-4.1, '*48602 connect() failed (111: Connection refused) while connecting to upstream, client: 10.1.3.52, server: localhost, request: "GET /api/ratings/api/fetch/RED HTTP/1.1", upstream: "http://%SVCIP:ratings%:80/api/fetch/RED", host: "shop.robotshop.example", referrer: "https://shop.robotshop.example/"'),
        access(-4.1, '10.1.3.52', 'GET /api/ratings/api/fetch/RED', 502, 157, '0.001'),
        access(-3.9, '10.1.3.52', 'GET /api/cart/cart/anonymous-7731', 200, 402, '0.006'),
        ng(-1.3, '*48740 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.2.11, server: localhost, request: "GET /api/shipping/calc/5512 HTTP/1.1", upstream: "http://%SVCIP:shipping%:8080/calc/5512", host: "shop.robotshop.example", referrer: "https://shop.robotshop.example/"'),
      ],
      'cart#0/cart': [
        pino(T, -9.8, 'info', '%POD%', 'GET /cart/anonymous-7731 200', '"req":{"id":88121,"method":"GET","url":"/cart/anonymous-7731"},"res":{"statusCode":200},"responseTime":5,'),
        pino(T, -3.9, 'info', '%POD%', 'GET /cart/anonymous-7731 200', '"req":{"id":88342,"method":"GET","url":"/cart/anonymous-7731"},"res":{"statusCode":200},"responseTime":4,'),
      ],
    },
  }),
];
