// Blind dev batch s115d (no-fault incidents): Sock Shop spec module for scripts/s115d-build.mjs.
// One no-fault scenario: an external uptime probe from one region failed for eight minutes and recovered; orders rolled fine.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;
const T = clock('2026-05-13T09:31:00Z');
const JOLD = '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false';
const JNEW = '-Xms64m -Xmx192m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false';
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [orders,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const fe = (min, method, path, code, ms) => `${T.isoMs(min)} ${method} ${path} ${code} ${ms} ms`;

export const scenarios = [
  {
    folder: 's115d-regional-uptime-probe-blip',
    incidentTime: '2026-05-13T09:31:00Z',
    description: 'uptime robot says sock shop front end was DOWN from the singapore check 09:10-09:18, now green again. other regions were fine. anything on our side?',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression', 'partial-name'],
    workloads: {
      orders: {
        rollout: { at: -42, revision: 5, oldContainers: { orders: { env: [{ name: 'JAVA_OPTS', value: JOLD }] } } },
        containers: { orders: { env: [{ name: 'JAVA_OPTS', value: JNEW }] } },
      },
      'front-end': {
        pods: [{}, { containers: { 'front-end': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled up replica set orders-%NEW% to 1', first: -42 },
      { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled down replica set orders-%OLD% to 0 from 1', first: -40.5 },
      { on: 'pod:orders#0', reason: 'Started', message: 'Started container orders', first: -41.8 },
      { on: 'pod:orders#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:80/health": dial tcp %PODIP%:80: connect: connection refused', first: -41.6, last: -41.1, count: 3 },
    ],
    logs: {
      'orders#0/orders': [
        spring(-41.7, 'INFO', 'main', 'works.weave.socks.orders.OrderApplication', 'Starting OrderApplication v0.4.7 on %POD% with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)'),
        spring(-41.0, 'INFO', 'main', 'o.s.b.c.e.u.UndertowEmbeddedServletContainer', 'Undertow started on port(s) 80 (http)'),
        spring(-41.0, 'INFO', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 38.411 seconds (JVM running for 40.207)'),
        spring(-12.3, 'INFO', 'XNIO-2 task-3', 'w.w.s.orders.controllers.OrdersController', 'Order response: {"id":"6a3f2d0b9e1c4a7f8b2d5e60","customerId":"57a98d98e4b00679b4a830b2","total":24.98}'),
      ],
      'front-end#0/front-end': [
        fe(-25, 'GET', '/', 200, 14), fe(-24.9, 'GET', '/catalogue?size=6', 200, 31), fe(-21, 'GET', '/cart', 200, 12),
        fe(-19.5, 'GET', '/', 200, 11), fe(-17.2, 'GET', '/', 200, 9), fe(-16.1, 'GET', '/login', 401, 22),
        fe(-14.8, 'GET', '/', 200, 10), fe(-12.4, 'POST', '/orders', 201, 386), fe(-11, 'GET', '/', 200, 12),
        fe(-4, 'GET', '/', 200, 10), fe(-3.2, 'GET', '/catalogue?size=6', 200, 27),
      ],
    },
    grounding: `No fault. An external synthetic check from one region (Singapore) of a third-party uptime service failed
      09:10-09:18 while the checks from other regions passed and the front-end kept answering 200 to everyone else: a
      transit/probe-location problem outside the cluster that is already over. The front-end log shows requests every
      minute or two through 09:10-09:18 (one 401 on /login, a normal bad login). Decoy in the window: orders rolled at
      08:49 with JAVA_OPTS -Xmx128m -> -Xmx192m (only env differs between the ReplicaSets), three readiness failures
      while Spring Boot started, then Ready; a front-end pod OOMKilled three days ago. Deviation from upstream: orders
      JAVA_OPTS heap raised in the new ReplicaSet.`,
  },
];
