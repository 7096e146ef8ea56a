// Batch s73a (blind dev): one Stan's Robot Shop scenario on the kit system definition scripts/kit-systems/robot-shop.mjs.
// shipping rolled out with SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE=1: Ready, requests wait 30 s for the one connection.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };
const INC = '2026-03-16T14:12:00Z';
const T = clock(INC);
const boot = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} 1 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const NGX = (min) => { const d = new Date(Date.parse(T.isoMs(min))); const p = (n) => String(n).padStart(2, '0'); return `${p(d.getUTCDate())}/Mar/2026:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`; };

const shipLog = [
  boot(-26.15, 'INFO', 'main', 'com.instana.robotshop.shipping.Main', 'Starting Main v1.0 on %POD% with PID 1 (/opt/shipping/shipping.jar started by root in /opt/shipping)'),
  boot(-25.95, 'INFO', 'main', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Starting...'),
  boot(-25.94, 'INFO', 'main', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Start completed.'),
  boot(-25.8, 'INFO', 'main', 'o.s.b.w.embedded.tomcat.TomcatWebServer', "Tomcat started on port(s): 8080 (http) with context path ''"),
  boot(-25.79, 'INFO', 'main', 'com.instana.robotshop.shipping.Main', 'Started Main in 21.774 seconds (JVM running for 23.01)'),
];
for (let m = -19.5, k = 0; m < -0.6; m += 0.8, k++) {
  const th = `nio-8080-exec-${(k % 10) + 1}`;
  if (k % 3 === 0) shipLog.push(boot(m, 'INFO', th, 'c.i.r.shipping.ShippingServiceController', `Calculation for ${[1706, 2219, 4473, 887][k % 4]}`));
  else shipLog.push(
    boot(m, 'WARN', th, 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'SQL Error: 0, SQLState: null'),
    boot(m, 'ERROR', th, 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'HikariPool-1 - Connection is not available, request timed out after 30000ms.'),
    boot(m + 0.01, 'ERROR', th, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection] with root cause'),
    '',
    'java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.',
    '\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:695)',
    '\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:197)',
    '\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:162)',
    '\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:128)',
    '\tat org.hibernate.engine.jdbc.connections.internal.DatasourceConnectionProviderImpl.getConnection(DatasourceConnectionProviderImpl.java:122)',
  );
}
const webLog = [];
for (let m = -30; m < -20; m += 2) webLog.push(`10.1.1.84 - - [${NGX(m)}] "GET /api/shipping/calc/1706 HTTP/1.1" 200 48 "http://robotshop.example/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Safari/537.36"`);
for (let m = -19, k = 0; m < -0.5; m += 0.7, k++) {
  if (k % 4 === 1) webLog.push(`10.1.2.137 - - [${NGX(m)}] "GET /api/catalogue/products HTTP/1.1" 200 2711 "http://robotshop.example/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15"`);
  else webLog.push(`10.1.2.137 - - [${NGX(m)}] "GET /api/shipping/calc/${[2219, 4473, 887][k % 3]} HTTP/1.1" ${k % 3 === 0 ? 200 : 500} ${k % 3 === 0 ? 48 : 0} "http://robotshop.example/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15"`);
}
const ENV = [
  { name: 'INSTANA_AGENT_HOST', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.hostIP' } } },
];

export const scenarios = [
  withDefaults({
    folder: 's73a-shipping-hikari-pool-one',
    incidentTime: INC,
    description: 'robotshop checkout stuck at shipping step, spinner ~30s then error. started after lunch (13:50?). mysql dashboards look calm',
    expected: { component: 'shipping', cause: 'config-error' },
    alsoAcceptable: [
      { component: 'shipping', cause: 'bad-deploy-rollout' },
      { component: 'shipping', cause: 'resource-exhaustion' },
    ],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      Robot Shop's shipping is Spring Boot with spring-data-jpa over HikariCP to mysql:3306 (cities/codes tables); Spring's
      relaxed binding maps the env var SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE onto spring.datasource.hikari.maximum-pool-size.
      Fault: the fulfilment team meant to cap a load test at 1 replica and instead rolled out shipping (26 minutes before the
      incident, revision 4) with SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE=1 next to the upstream env; nothing rejects it,
      /health answers without the database so the pod stays Ready, and under the shop's traffic every calc/match request but
      one waits for the single connection and fails after Hikari's default connectionTimeout of 30000 ms with
      "HikariPool-1 - Connection is not available, request timed out after 30000ms." (the HikariCP error seen in countless
      pool-exhaustion reports). mysql is idle and silent. Deviation from upstream: the extra env var (old and new
      ReplicaSets differ only by it; upstream shipping carries no env in the helm chart besides what the kit sets). The web
      nginx access log shows the 500s. Decoy: cart was OOMKilled two days ago at its 100Mi limit (restartCount 1).
    `,
    workloads: {
      shipping: {
        containers: { shipping: { env: [{ name: 'SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE', value: '1' }] } },
        rollout: { at: -27, oldContainers: { shipping: { env: undefined } } },
        pods: [{ readyTransition: T.iso(-25.7) }],
      },
      cart: {
        pods: [{ containers: { cart: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shipping-%NEW% to 1', first: -27, last: -27 },
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled down replica set shipping-%OLD% to 0 from 1', first: -25.6, last: -25.6 },
      { on: 'pod:shipping#0', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/health": dial tcp %PODIP%:8080: connect: connection refused', type: 'Warning', fieldPath: 'spec.containers{shipping}', first: -26.1, last: -25.85, count: 4 },
    ],
    logs: {
      'shipping#0/shipping': shipLog,
      'web#0/web': webLog,
      'mysql#0/mysql': [
        `${T.iso(-60 * 24 * 9).replace('Z', '.412345Z')} 0 [Note] mysqld: ready for connections.`,
        "Version: '5.7.30'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)",
      ],
      'cart#0/cart': [
        `{"level":"info","time":${Date.parse(T.isoMs(-60 * 24 * 2 + 0.3))},"pid":1,"hostname":"%POD%","msg":"connected to redis","v":1}`,
        `{"level":"info","time":${Date.parse(T.isoMs(-60 * 24 * 2 + 0.3))},"pid":1,"hostname":"%POD%","msg":"started on port 8080","v":1}`,
      ],
    },
  }),
];
void ENV;
