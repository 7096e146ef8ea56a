// Blind dev batch s97c: one Sock Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// A carts release whose Mongo URI placeholder falls back to localhost: carts stays Ready, every cart call times out after 30 s.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';
export { system };

const I = '2026-02-17T09:52:00Z';
const T = clock(I);
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [carts,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const springO = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [orders,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const state = 'Client view of cluster state is {type=UNKNOWN, servers=[{address=localhost:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused (Connection refused)}}]';
const tmo = (min, n) => spring(min, 'ERROR', `http-nio-80-exec-${n}`, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Timed out after 30000 ms while waiting for a server that matches ReadPreferenceServerSelector{readPreference=primary}. ${state}; nested exception is com.mongodb.MongoTimeoutException: Timed out after 30000 ms while waiting for a server that matches ReadPreferenceServerSelector{readPreference=primary}. ${state}] with root cause\n\ncom.mongodb.MongoTimeoutException: Timed out after 30000 ms while waiting for a server that matches ReadPreferenceServerSelector{readPreference=primary}. ${state}\n\tat com.mongodb.connection.BaseCluster.selectServer(BaseCluster.java:75)\n\tat com.mongodb.binding.ClusterBinding$ClusterBindingConnectionSource.<init>(ClusterBinding.java:71)\n\tat com.mongodb.Mongo.execute(Mongo.java:781)\n\tat org.springframework.data.mongodb.core.MongoTemplate.executeFindMultiInternal(MongoTemplate.java:2200)\n\tat works.weave.socks.cart.cart.CartDAO$Mongo.findByCustomerId(CartDAO.java:22)`);
const morgan = (min, m, path, st, ms) => `${m} ${path} ${st} ${ms} ms - ${st === 200 ? '2' : '-'}`;

export const scenarios = [
  {
    folder: 's97c-carts-release-mongo-localhost',
    incidentTime: I,
    description: 'sock shop basket is empty / 500 when adding socks since the 09:10 deploy train. carts-db is up and green',
    expected: { component: 'carts', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'carts', cause: 'config-error' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Sock Shop carts (Spring Boot 1.4, Mongo Java driver 3.x) takes its database from application.properties
      (spring.data.mongodb.uri=mongodb://\${db:carts-db}:\${db-port:27017}/data). Fault: a team build of carts (0.4.9) changed the
      placeholder to \${DB_HOST:localhost} for local docker-compose runs; no DB_HOST is set in the Deployment, so the release
      connects to localhost:27017. Spring Boot starts (the driver connects lazily, only the cluster monitor logs
      "Exception in monitor thread"), carts stays Running and Ready (no probes upstream), and every cart read/write fails after
      serverSelectionTimeout 30000 ms with MongoTimeoutException (the driver's real message). front-end logs 500s for /cart,
      orders fails to build orders. carts-db is healthy and idle. Real pattern: a Spring property placeholder default that only
      works on a laptop. Decoy: orders was OOMKilled three days ago (one restart, healthy since); orders and front-end are louder than carts. Deviation from upstream: image
      weaveworksdemos/carts:0.4.9 is a team rebuild (upstream is 0.4.8). The two carts ReplicaSets differ only in the image tag.`,
    workloads: {
      carts: {
        rollout: { at: -42, oldContainers: { carts: { image: 'weaveworksdemos/carts:0.4.8' } } },
        containers: { carts: { image: 'weaveworksdemos/carts:0.4.9' } },
      },
      orders: {
        pods: [{ containers: { orders: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set carts-%NEW% to 1', first: -42 },
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set carts-%OLD% to 0 from 1', first: -41.3 },
      { on: 'pod:carts#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: -41.9 },
      { on: 'pod:carts#0', reason: 'Pulling', message: 'Pulling image "weaveworksdemos/carts:0.4.9"', fieldPath: 'spec.containers{carts}', first: -41.9 },
      { on: 'pod:carts#0', reason: 'Pulled', message: 'Successfully pulled image "weaveworksdemos/carts:0.4.9" in 3.882s (3.882s including waiting). Image size: 129451730 bytes.', fieldPath: 'spec.containers{carts}', first: -41.8 },
      { on: 'pod:carts#0', reason: 'Created', message: 'Created container carts', fieldPath: 'spec.containers{carts}', first: -41.8 },
      { on: 'pod:carts#0', reason: 'Started', message: 'Started container carts', fieldPath: 'spec.containers{carts}', first: -41.8 },
    ],
    logs: {
      'carts#0/carts': [
        spring(-41.6, 'INFO', 'main', 'works.weave.socks.cart.CartApplication', 'Starting CartApplication v0.4.9 on %POD% with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)'),
        spring(-41.1, 'INFO', 'main', 'org.mongodb.driver.cluster', "Cluster created with settings {hosts=[localhost:27017], mode=SINGLE, requiredClusterType=UNKNOWN, serverSelectionTimeout='30000 ms', maxWaitQueueSize=500}"),
        spring(-41.1, 'INFO', 'localhost:27017]', 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server localhost:27017\n\ncom.mongodb.MongoSocketOpenException: Exception opening socket\n\tat com.mongodb.connection.SocketStream.open(SocketStream.java:63)\n\tat com.mongodb.connection.InternalStreamConnection.open(InternalStreamConnection.java:115)\n\tat com.mongodb.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:113)\n\tat java.lang.Thread.run(Thread.java:745)\nCaused by: java.net.ConnectException: Connection refused (Connection refused)\n\tat java.net.PlainSocketImpl.socketConnect(Native Method)'),
        spring(-40.7, 'INFO', 'main', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat started on port(s): 80 (http)'),
        spring(-40.7, 'INFO', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 54.817 seconds (JVM running for 57.205)'),
        tmo(-33.4, 3), tmo(-26.8, 7), tmo(-18.2, 1), tmo(-11.5, 4), tmo(-3.6, 9),
      ],
      'front-end#0/front-end': [
        morgan(-34, 'GET', '/catalogue?size=5', 200, '9.812'), morgan(-33.4, 'GET', '/cart', 500, '30041.207'),
        morgan(-26.8, 'POST', '/cart', 500, '30022.914'), morgan(-20, 'GET', '/catalogue/3395a43e-2d88-40de-b95f-e00e1502085b', 200, '6.304'),
        morgan(-11.5, 'GET', '/cart', 500, '30036.551'), morgan(-6, 'GET', '/customers/57a98d98e4b00679b4a830b2', 200, '12.018'),
      ],
      'front-end#1/front-end': [morgan(-18.2, 'GET', '/cart', 500, '30018.733'), morgan(-9, 'GET', '/tags', 200, '4.771'), morgan(-3.6, 'POST', '/cart', 500, '30027.902')],
      'orders#0/orders': [
        springO(-15, 'INFO', 'http-nio-80-exec-2', 'w.w.s.o.controllers.OrdersController', 'Order placement requested'),
        springO(-14.5, 'ERROR', 'http-nio-80-exec-2', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.HttpServerErrorException: 500 null] with root cause\n\norg.springframework.web.client.HttpServerErrorException: 500 null\n\tat org.springframework.web.client.DefaultResponseErrorHandler.handleError(DefaultResponseErrorHandler.java:94)'),
      ],
    },
  },
];
