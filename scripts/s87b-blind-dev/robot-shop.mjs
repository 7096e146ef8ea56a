// Blind dev batch s87b (robot-shop): one scenario on the kit's Robot Shop system (scripts/kit-systems/robot-shop.mjs).
// mysql left with --skip-grant-tables --skip-networking after a root-password recovery: Ready, refuses TCP callers.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };
const I = '2026-05-12T09:40:00Z';
const T = clock(I);
const ROLL = -38;
const mysqlArgs = ['--skip-grant-tables', '--skip-networking'];

export const scenarios = [
  withDefaults({
    folder: 's87b-mysql-skip-networking-left-on',
    description: 'robotshop: shipping page spins then errors, cant check out. catalogue + login still work. started ~9am',
    incidentTime: I,
    expected: { component: 'mysql', cause: 'dependency-down' },
    alsoAcceptable: [
      { component: 'mysql', cause: 'config-error' },
      { component: 'mysql', cause: 'bad-deploy-rollout' },
    ],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Follows the MySQL 5.7 reference manual's "Resetting the Root Password: Generic Instructions" (restart mysqld with
      --skip-grant-tables, and --skip-networking so that remote clients cannot connect while grants are off) and the
      common operator error of leaving those flags in the manifest. mysqld starts and logs "ready for connections"
      with port: 0, so it listens only on its Unix socket; the robot-shop mysql Deployment has no probes upstream, so
      the pod stays Ready while every TCP connection to mysql:3306 is refused. Deviation from upstream: the mysql
      container gets args ${JSON.stringify(mysqlArgs)} (revision 4, 38 minutes before), the only template change.
      shipping (Spring Boot, JDBC jdbc:mysql://mysql/cities) and ratings (PHP PDO) are the loud callers.
      Decoy: cart restarted once three days ago after an OOMKill (100Mi limit), healthy since.`,
    workloads: {
      mysql: {
        rollout: { at: ROLL, oldContainers: { mysql: { args: undefined } } },
        containers: { mysql: { args: mysqlArgs } },
      },
      cart: {
        pods: [{ containers: { cart: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:mysql', reason: 'ScalingReplicaSet', message: 'Scaled up replica set mysql-%NEW% to 1', first: ROLL, last: ROLL },
      { on: 'deploy:mysql', reason: 'ScalingReplicaSet', message: 'Scaled down replica set mysql-%OLD% to 0 from 1', first: ROLL + 0.6, last: ROLL + 0.6 },
      { on: 'pod:mysql#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', source: 'default-scheduler', first: ROLL + 0.1 },
      { on: 'pod:mysql#0', reason: 'Pulled', message: 'Container image "robotshop/rs-mysql-db:2.1.0" already present on machine', first: ROLL + 0.2, fieldPath: 'spec.containers{mysql}' },
      { on: 'pod:mysql#0', reason: 'Created', message: 'Created container mysql', first: ROLL + 0.2, fieldPath: 'spec.containers{mysql}' },
      { on: 'pod:mysql#0', reason: 'Started', message: 'Started container mysql', first: ROLL + 0.3, fieldPath: 'spec.containers{mysql}' },
    ],
    logs: {
      'mysql#0/mysql': [
        `${T.isoMs(ROLL + 0.3).replace('Z', '000Z')} 0 [Note] mysqld (mysqld 5.7.44) starting as process 1 ...`,
        `${T.isoMs(ROLL + 0.32).replace('Z', '000Z')} 0 [Note] InnoDB: Using Linux native AIO`,
        `${T.isoMs(ROLL + 0.35).replace('Z', '000Z')} 0 [Note] InnoDB: Starting crash recovery.`,
        `${T.isoMs(ROLL + 0.38).replace('Z', '000Z')} 0 [Note] InnoDB: 5.7.44 started; log sequence number 12671634`,
        `${T.isoMs(ROLL + 0.4).replace('Z', '000Z')} 0 [Note] Event Scheduler: Loaded 0 events`,
        `${T.isoMs(ROLL + 0.4).replace('Z', '000Z')} 0 [Note] mysqld: ready for connections.`,
        `Version: '5.7.44'  socket: '/var/run/mysqld/mysqld.sock'  port: 0  MySQL Community Server (GPL)`,
      ],
      'shipping#0/shipping': [
        `${T.java(-61)}  INFO 1 --- [nio-8080-exec-4] c.i.r.shipping.Controller                : Calculation for 4110`,
        `${T.java(ROLL + 0.7)}  WARN 1 --- [nio-8080-exec-7] com.zaxxer.hikari.pool.PoolBase          : HikariPool-1 - Failed to validate connection com.mysql.cj.jdbc.ConnectionImpl@4b1d6571 (No operations allowed after connection closed.). Possibly consider using a shorter maxLifetime value.`,
        `${T.java(-31)} ERROR 1 --- [nio-8080-exec-2] o.h.engine.jdbc.spi.SqlExceptionHelper   : HikariPool-1 - Connection is not available, request timed out after 30000ms.`,
        `${T.java(-31)} ERROR 1 --- [nio-8080-exec-2] o.h.engine.jdbc.spi.SqlExceptionHelper   : Communications link failure`,
        '',
        'The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.',
        `${T.java(-31)} ERROR 1 --- [nio-8080-exec-2] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection] with root cause`,
        '',
        'java.net.ConnectException: Connection refused (Connection refused)',
        '\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_292]',
        '\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350) ~[na:1.8.0_292]',
        '\tat java.net.Socket.connect(Socket.java:607) ~[na:1.8.0_292]',
        '\tat com.mysql.cj.protocol.StandardSocketFactory.connect(StandardSocketFactory.java:155) ~[mysql-connector-java-8.0.22.jar!/:8.0.22]',
        '\tat com.mysql.cj.protocol.a.NativeSocketConnection.connect(NativeSocketConnection.java:63) ~[mysql-connector-java-8.0.22.jar!/:8.0.22]',
        `${T.java(-12)} ERROR 1 --- [nio-8080-exec-9] o.h.engine.jdbc.spi.SqlExceptionHelper   : HikariPool-1 - Connection is not available, request timed out after 30000ms.`,
        `${T.java(-3)} ERROR 1 --- [nio-8080-exec-1] o.h.engine.jdbc.spi.SqlExceptionHelper   : HikariPool-1 - Connection is not available, request timed out after 30000ms.`,
      ],
      'ratings#0/ratings': [
        `[${T.isoMs(-29)}] ratings.ERROR: Database Error SQLSTATE[HY000] [2002] Connection refused [] []`,
        `[${T.isoMs(-29)}] request.CRITICAL: Uncaught PHP Exception PDOException: "SQLSTATE[HY000] [2002] Connection refused" at /var/www/html/src/Database.php line 24 [] []`,
        `[${T.isoMs(-7)}] ratings.ERROR: Database Error SQLSTATE[HY000] [2002] Connection refused [] []`,
      ],
      'web#0/web': [
        `10.1.1.84 - - [12/May/2026:09:09:12 +0000] "GET /api/shipping/codes HTTP/1.1" 500 239 "http://robotshop.example.com/" "Mozilla/5.0"`,
        `10.1.2.137 - - [12/May/2026:09:33:40 +0000] "GET /api/shipping/calc/4110?latitude=51.5&longitude=-0.12 HTTP/1.1" 504 167 "-" "Mozilla/5.0"`,
        `10.1.2.137 - - [12/May/2026:09:36:02 +0000] "GET /api/catalogue/products HTTP/1.1" 200 2411 "-" "Mozilla/5.0"`,
        `10.1.1.84 - - [12/May/2026:09:37:55 +0000] "GET /api/ratings/api/fetch/EMM HTTP/1.1" 500 129 "-" "Mozilla/5.0"`,
      ],
      'cart#0/cart': [
        pino(T, -20, 'info', '%POD%', 'Redis READY'),
        pino(T, -4, 'info', '%POD%', 'request completed', '"res":{"statusCode":200},"responseTime":4,'),
      ],
    },
  }),
];
