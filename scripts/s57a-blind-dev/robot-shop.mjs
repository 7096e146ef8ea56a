// Blind dev batch s57a: one Robot Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs), built by
// scripts/s57a-build.mjs — a latency fault on the path to mysql (network-fault) whose callers are the loud ones.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const INC = '2026-04-08T10:52:00Z';
const T = clock(INC);
const FAULT = -19; // 10:33 — the NetworkChaos delay starts on the mysql pod

// Spring Boot 2 default console pattern (shipping).
const sb = (min, level, thread, logger, msg) =>
  `${T.java(min)} ${level.padStart(5)} 1 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const my = (min, id, level, msg) => `${T.isoMs(min).replace('Z', '')}000Z ${id} [${level}] ${msg}`;
const apacheTs = (min) => {
  const d = new Date(Date.parse(INC) + min * 60000);
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
};
const monolog = (min, msg, ctx) => `[${T.isoMs(min).replace('Z', '').replace(/\.(\d{3})$/, '.$1000')}+00:00] app.INFO: ${msg} ${ctx} []`;

const shippingLog = [];
for (let m = -40; m < FAULT; m += 2.3) {
  shippingLog.push(sb(m, 'INFO', `nio-8080-exec-${1 + (Math.round(-m) % 10)}`, 'c.i.r.shipping.Controller', `Calculation for ${4000 + (Math.round(-m * 7) % 900)}`));
  shippingLog.push(sb(m + 0.01, 'INFO', `nio-8080-exec-${1 + (Math.round(-m) % 10)}`, 'c.i.r.shipping.Controller', `shipping Ship [distance=${(320 + Math.round(-m * 13) % 700)}.0, cost=${(9 + (Math.round(-m) % 7))}.55]`));
}
for (let m = FAULT + 0.4; m < FAULT + 9; m += 1.7)
  shippingLog.push(sb(m, 'INFO', `nio-8080-exec-${1 + (Math.round(-m * 3) % 10)}`, 'c.i.r.shipping.Controller', `Calculation for ${4000 + (Math.round(-m * 11) % 900)}`));
const hikari = (m, exec) => [
  sb(m, 'WARN', `nio-8080-exec-${exec}`, 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'SQL Error: 0, SQLState: null'),
  sb(m, 'ERROR', `nio-8080-exec-${exec}`, 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'HikariPool-1 - Connection is not available, request timed out after 30000ms.'),
  sb(m + 0.002, 'ERROR', `nio-8080-exec-${exec}`, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection] with root cause'),
  '',
  'java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.',
  '\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:695) ~[HikariCP-3.4.5.jar!/:na]',
  '\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:197) ~[HikariCP-3.4.5.jar!/:na]',
  '\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:162) ~[HikariCP-3.4.5.jar!/:na]',
  '\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:128) ~[HikariCP-3.4.5.jar!/:na]',
  '\tat org.hibernate.engine.jdbc.connections.internal.DatasourceConnectionProviderImpl.getConnection(DatasourceConnectionProviderImpl.java:122) ~[hibernate-core-5.4.21.Final.jar!/:5.4.21.Final]',
  '\tat org.hibernate.internal.NonContextualJdbcConnectionAccess.obtainConnection(NonContextualJdbcConnectionAccess.java:38) ~[hibernate-core-5.4.21.Final.jar!/:5.4.21.Final]',
  '\tat org.hibernate.resource.jdbc.internal.LogicalConnectionManagedImpl.acquireConnectionIfNeeded(LogicalConnectionManagedImpl.java:104) ~[hibernate-core-5.4.21.Final.jar!/:5.4.21.Final]',
  '\tat com.instana.robotshop.shipping.Controller.caclc(Controller.java:112) ~[classes!/:1.0]',
  '\t... 51 common frames omitted',
  '',
];
for (let m = FAULT + 9.5; m < -0.3; m += 0.9) shippingLog.push(...hikari(m, 1 + (Math.round(-m * 5) % 10)));
shippingLog.push(sb(-0.6, 'WARN', 'l-1 housekeeper', 'com.zaxxer.hikari.pool.HikariPool', 'HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=48s276ms).'));

const webLog = [];
const ua = '"python-requests/2.25.1"';
for (let m = -30; m < -0.2; m += 0.8) {
  const during = m > FAULT;
  const ms = during ? (m > FAULT + 9 ? 30.4 : 7.9) : 0.012;
  webLog.push(`10.1.1.84 - - [${apacheTs(m)}] "GET /api/catalogue/products HTTP/1.1" 200 2316 "-" ${ua}`);
  webLog.push(`10.1.1.84 - - [${apacheTs(m + 0.05)}] "GET /api/cart/cart/${8100 + (Math.round(-m) % 40)} HTTP/1.1" 200 181 "-" ${ua}`);
  webLog.push(`10.1.1.84 - - [${apacheTs(m + 0.1 + (during ? ms / 60 : 0))}] "GET /api/shipping/calc/${4000 + (Math.round(-m * 7) % 900)} HTTP/1.1" ${during && m > FAULT + 9 ? 500 : 200} ${during && m > FAULT + 9 ? 298 : 64} "-" ${ua}`);
}

export const scenarios = [
  withDefaults({
    folder: 's57a-mysql-chaos-delay-shipping',
    incidentTime: INC,
    description: 'robot shop checkout hangs at the shipping step since ~10:35, catalogue + cart still work fine',
    expected: { component: 'mysql', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'mysql', cause: 'dependency-down' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'network-latency', 'louder-dependents', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      Manifests: instana/robot-shop K8s/helm at 55292e2 (SOURCES.md): mysql (rs-mysql-db, 3306, NET_ADMIN "added for Istio", no probes),
      shipping (Spring Boot, jdbc:mysql://mysql/cities, readiness /health on 8080 which does not touch the database), ratings
      (PHP/Symfony, readiness /_health, timeoutSeconds 1, failureThreshold 30; HealthController runs HealthCheckService
      "SELECT 1 + 1 FROM DUAL" through PDO, read at ratings/html/src).
      Fault: a Chaos Mesh NetworkChaos (action: delay, latency 2500ms, jitter 500ms, mode: all, selector service=mysql) from the
      fulfilment team's game-day plan was applied to namespace robot-shop instead of robot-shop-staging at 10:33 with no
      duration, so it runs until deleted. Chaos Mesh's chaos-daemon adds a tc netem qdisc inside the mysql pod's network
      namespace; nothing in the pod, its Events or the kubelet changes (Chaos Mesh records its own Events on the NetworkChaos
      object, a kind this snapshot does not list), and mysqld stays Running and Ready, logging only "Aborted connection ...
      (Got an error reading communication packets)" notes when clients give up. Chaos Mesh documents exactly this
      (chaos-mesh.org "Simulate Network Faults": delay action); the forgotten-experiment shape follows public game-day
      write-ups of chaos experiments left running.
      What the callers show: every shipping query now takes seconds, HikariCP's 10-connection pool is exhausted and requests fail
      after connectionTimeout 30000ms (SQLTransientConnectionException, 500 through web's nginx); ratings' health check SELECT
      takes >1s so the kubelet's readiness probe times out and ratings goes NotReady (louder than mysql, Unhealthy Events).
      Decoys: cart restarted once six days ago (Redis not yet reachable at start, exit 1); catalogue rolled out yesterday
      (GO_SLOW=0 added, healthy). Deviations from upstream: HikariCP/Hibernate versions in the stack frames are those of the
      Spring Boot 2.3 line the shipping pom uses; the web access-log lines use nginx's default combined format.
    `,
    workloads: {
      cart: {
        pods: [{ containers: { cart: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 6 + 0.4), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 6), finishedAt: T.iso(-60 * 24 * 6 + 0.3) } }) } }],
      },
      catalogue: {
        rollout: { at: -60 * 22, revision: 3, oldContainers: { catalogue: {} } },
        containers: { catalogue: { env: [{ name: 'INSTANA_AGENT_HOST', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.hostIP' } } }, { name: 'GO_SLOW', value: '0' }] } },
      },
      ratings: {
        pods: [{ ready: false, readyTransition: T.iso(-14.2), containers: { ratings: { ...cs.running(T.iso(-60 * 24 * 9 + 0.3)), ready: false } } }],
        endpointsChanged: -14.2,
        unavailableSince: -14.2,
      },
    },
    events: [
      { on: 'pod:ratings#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{ratings}', message: 'Readiness probe failed: Get "http://%PODIP%:80/_health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -16.7, last: -0.1, count: 197 },
    ],
    logs: {
      'shipping#0/shipping': shippingLog,
      'mysql#0/mysql': [
        my(-60 * 24 * 9 + 0.1, 0, 'Note', 'mysqld (mysqld 5.7.30) starting as process 1 ...'),
        my(-60 * 24 * 9 + 0.12, 0, 'Note', 'InnoDB: Buffer pool(s) load completed at 260330 10:52:07'),
        my(-60 * 24 * 9 + 0.13, 0, 'Note', "Server hostname (bind-address): '*'; port: 3306"),
        my(-60 * 24 * 9 + 0.14, 0, 'Note', 'mysqld: ready for connections.'),
        "Version: '5.7.30'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)",
        my(-60 * 24 * 4, 2211, 'Note', "Aborted connection 2211 to db: 'ratings' user: 'ratings' host: '10.1.2.61' (Got an error reading communication packets)"),
        ...[-8.9, -7.4, -6.2, -4.8, -3.1, -1.9, -0.7].map((m, i) => my(m, 3187 + i * 3, 'Note', `Aborted connection ${3187 + i * 3} to db: 'cities' user: 'shipping' host: '%IPOF:shipping#0%' (Got an error reading communication packets)`)),
      ],
      'ratings#0/ratings': [
        ...[-24, -22, -20].flatMap((m) => [monolog(m, 'Health-Check', '{"pdo_connectivity":true}'), `10.1.2.137 - - [${apacheTs(m)}] "GET /_health HTTP/1.1" 200 26 "-" "kube-probe/1.30"`]),
        ...[-12, -8, -4, -1].flatMap((m) => [monolog(m, 'Health-Check', '{"pdo_connectivity":true}'), `10.1.2.137 - - [${apacheTs(m)}] "GET /_health HTTP/1.1" 200 26 "-" "kube-probe/1.30"`]),
      ],
      'web#0/web': webLog,
      'cart#0/cart': [
        pino(T, -60 * 24 * 6 + 0.45, 'info', '%POD%', 'Redis READY'),
        pino(T, -60 * 24 * 6 + 0.45, 'info', '%POD%', 'Started on port 8080'),
        ...[-9, -5, -2].map((m) => pino(T, m, 'info', '%POD%', 'request completed', `"req":{"id":${900 + Math.round(-m)},"method":"GET","url":"/cart/8112"},"res":{"statusCode":200},"responseTime":3,`)),
      ],
    },
  }),
];
