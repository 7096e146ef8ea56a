// Batch s117c (blind dev): one Sock Shop scenario on the session-2 system definition.
// carts' JAVA_OPTS given a Mongo port with transposed digits (27107) in a release of its manifest.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';
export { system };
const INC = '2026-04-22T09:48:00Z';
const T = clock(INC);
const OLD_OPTS = '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false';
const NEW_OPTS = `${OLD_OPTS} -Dspring.data.mongodb.host=carts-db -Dspring.data.mongodb.port=27107`;
const spring = (m, level, thread, logger, msg) => `${T.java(m)} ${level.padStart(5)} [carts,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const carts = [
  spring(-31, 'INFO', 'main', 'works.weave.socks.cart.CartApplication', 'Starting CartApplication v0.4.8 on %POD% with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)'),
  spring(-30.6, 'INFO', 'main', 'org.mongodb.driver.cluster', "Cluster created with settings {hosts=[carts-db:27107], mode=SINGLE, requiredClusterType=UNKNOWN, serverSelectionTimeout='30000 ms', maxWaitQueueSize=500}"),
  spring(-30.2, 'INFO', 'main', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat started on port(s): 80 (http)'),
  spring(-30.2, 'INFO', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 24.113 seconds (JVM running for 25.902)'),
  spring(-30.1, 'INFO', 'cluster-ClusterId{value=\'6a1f0c2e9b7d4e3a8c5f1d02\', description=\'null\'}-carts-db:27107', 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server carts-db:27107\ncom.mongodb.MongoSocketOpenException: Exception opening socket\n\tat com.mongodb.connection.SocketStream.open(SocketStream.java:63)\n\tat com.mongodb.connection.InternalStreamConnection.open(InternalStreamConnection.java:115)\n\tat com.mongodb.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:113)\n\tat java.lang.Thread.run(Thread.java:745)\nCaused by: java.net.SocketTimeoutException: connect timed out\n\tat java.net.PlainSocketImpl.socketConnect(Native Method)\n\tat java.net.Socket.connect(Socket.java:589)\n\tat com.mongodb.connection.SocketStreamHelper.initialize(SocketStreamHelper.java:57)\n\tat com.mongodb.connection.SocketStream.open(SocketStream.java:58)\n\t... 3 common frames omitted'),
];
for (let m = -27; m < -0.5; m += 2.6) carts.push(spring(m, 'ERROR', 'http-nio-80-exec-' + (1 + Math.round(-m) % 9), 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Timed out after 30000 ms while waiting to connect. Client view of cluster state is {type=UNKNOWN, servers=[{address=carts-db:27107, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.SocketTimeoutException: connect timed out}}]; nested exception is com.mongodb.MongoTimeoutException: Timed out after 30000 ms while waiting to connect.] with root cause"));
const fe = [];
for (let m = -26; m < -0.5; m += 2.6) fe.push(`Error with log in: Error: ETIMEDOUT\n    at Timeout._onTimeout (/usr/src/app/node_modules/request/request.js:846:19)\n    at ontimeout (timers.js:386:14)`, `GET /cart 500 ${30000 + Math.round(-m * 13)}.412 ms - 0`);
fe.push('GET /catalogue?size=5 200 18.031 ms - 1431');
const db = [
  `${T.iso(-60 * 24 * 2)} I NETWORK  [initandlisten] connection accepted from 10.0.2.77:51244 #112 (3 connections now open)`,
  `${T.iso(-40)} I NETWORK  [conn112] end connection 10.0.2.77:51244 (2 connections now open)`,
];
export const scenarios = [{
  folder: 's117c-carts-mongo-port-transposed',
  incidentTime: INC,
  description: 'sockshop basket broken — add to cart spins ~30s then errors, started after this mornings carts release. catalogue browsing still works',
  expected: { component: 'carts', cause: 'config-error' },
  alsoAcceptable: [{ component: 'carts', cause: 'bad-deploy-rollout' }],
  difficulty: 'medium',
  traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression'],
  workloads: {
    carts: {
      rollout: { at: -31.5, revision: 6, oldContainers: { carts: { env: [{ name: 'JAVA_OPTS', value: OLD_OPTS }] } } },
      containers: { carts: { env: [{ name: 'JAVA_OPTS', value: NEW_OPTS }] } },
    },
  },
  events: [
    { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set carts-%NEW% to 1', first: -31.5 },
    { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set carts-%OLD% to 0 from 1', first: -30.9 },
  ],
  logs: { 'carts#0/carts': carts, 'front-end#0/front-end': fe, 'front-end#1/front-end': fe.slice(0, 5), 'carts-db#0/carts-db': db },
  grounding: `complete-demo.yaml (9dff06f) runs carts 0.4.8 with JAVA_OPTS only; the Spring Boot app's MongoDB host is carts-db and the
  port 27017 by default. Fault: a release of the carts manifest appends -Dspring.data.mongodb.host/port system properties to JAVA_OPTS
  with the port's digits transposed (27107). Spring Data Mongo connects lazily, so the app starts, Tomcat listens and (no probes
  upstream) the pod is Ready; the carts-db Service has no port 27107 so connects time out (java driver 3.x "connect timed out",
  MongoTimeoutException after 30000 ms per request). The front-end's request timeouts and 500s on /cart are louder. carts-db itself
  is healthy and idle. Deviations from upstream: JAVA_OPTS of the new revision (old ReplicaSet keeps upstream JAVA_OPTS).`,
}];
