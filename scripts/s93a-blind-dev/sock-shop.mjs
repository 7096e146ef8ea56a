// Blind dev batch s93a: one Sock Shop scenario (network-fault: carts pinned carts-db to a stale pod IP with hostAliases).
// System from scripts/s2-scenarios/sock-shop.mjs (system part only); hostAliases added by scripts/s93a-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';
export { system };

const T = clock('2026-05-19T16:25:00Z');
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
export const STALE_IP = '10.0.2.241';
const MONGO_ERR = `Timed out after 30000 ms while waiting to connect. Client view of cluster state is {type=UNKNOWN, servers=[{address=carts-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.SocketTimeoutException: connect timed out}}]`;
const cartsErr = (min, thread) => [
  spring(min, 'ERROR', 'carts', thread, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: ${MONGO_ERR}; nested exception is com.mongodb.MongoTimeoutException: ${MONGO_ERR}] with root cause`),
  '',
  `com.mongodb.MongoTimeoutException: ${MONGO_ERR}`,
  '\tat com.mongodb.connection.BaseCluster.getDescription(BaseCluster.java:167) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.Mongo.getConnectedClusterDescription(Mongo.java:885) ~[mongo-java-driver-3.2.2.jar!/:na]',
  '\tat org.springframework.data.mongodb.core.MongoTemplate.find(MongoTemplate.java:1748) ~[spring-data-mongodb-1.9.4.RELEASE.jar!/:na]',
  '\tat works.weave.socks.cart.cart.CartDAO$MongoCart.findByCustomerId(CartDAO.java:41) ~[classes!/:na]',
];
const fe = (min, msg) => msg;

export const scenarios = [
  {
    folder: 's93a-carts-hostaliases-stale-db-ip',
    incidentTime: '2026-05-19T16:25:00Z',
    description: 'sockshop: add to basket spins and then errors, last ~20 min. catalogue + login still work. carts-db looks healthy??',
    expected: { component: 'carts', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'carts', cause: 'config-error' }, { component: 'carts', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression', 'partial-name'],
    hostAliases: { workload: 'carts', aliases: [{ ip: STALE_IP, hostnames: ['carts-db'] }] },
    grounding: `
      Sock Shop (microservices-demo/microservices-demo deploy/kubernetes/complete-demo.yaml at 9dff06f): carts (Spring Boot,
      mongo-java-driver 3.2) reaches its database as carts-db:27017 and has no probes, so it is Ready whatever its database does.
      Fault: carts was redeployed at 16:04 (revision 4) from a values file that carried a pod-level hostAliases entry
      (carts-db -> ${STALE_IP}) left over from the carts-db move two weeks ago, when it pinned the old carts-db pod IP. The kubelet
      writes it into /etc/hosts, so carts never asks DNS: connects to a VPC address no pod holds time out
      (java.net.SocketTimeoutException: connect timed out, MongoTimeoutException after 30000 ms) while carts-db itself is Running,
      Ready and idle at its real IP. Shape of the public "hostAliases overrides DNS / stale /etc/hosts entry" reports
      (Kubernetes docs "Adding entries to Pod /etc/hosts with HostAliases": the entries are static and not updated).
      front-end and orders are loud (500s on /cart, order creation failing); catalogue and user are unaffected.
      The old and new ReplicaSets differ only in hostAliases (added by scripts/s93a-build.mjs, which the kit cannot express).
      Decoys: carts-db recreated 12 days ago (a new IP, healthy since), the description doubts carts-db.
      Deviations from upstream: the hostAliases block.
    `,
    workloads: {
      carts: { rollout: { at: -21, oldReplicas: 0 } },
      'carts-db': { since: -60 * 24 * 12 },
    },
    events: [
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set carts-%NEW% to 1', first: -21, last: -21 },
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set carts-%OLD% to 0 from 1', first: -20.1, last: -20.1 },
      { on: 'pod:carts#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: -20.9 },
      { on: 'pod:carts#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/carts:0.4.8" already present on machine', fieldPath: 'spec.containers{carts}', first: -20.8 },
      { on: 'pod:carts#0', reason: 'Created', message: 'Created container carts', fieldPath: 'spec.containers{carts}', first: -20.8 },
      { on: 'pod:carts#0', reason: 'Started', message: 'Started container carts', fieldPath: 'spec.containers{carts}', first: -20.8 },
    ],
    logs: {
      'carts#0/carts': [
        spring(-20.5, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Starting CartApplication v0.4.8 on %POD% with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)'),
        spring(-20.2, 'INFO', 'carts', 'main', 'org.mongodb.driver.cluster', 'Cluster created with settings {hosts=[carts-db:27017], mode=SINGLE, requiredClusterType=UNKNOWN, serverSelectionTimeout=\'30000 ms\', maxWaitQueueSize=500}'),
        spring(-19.9, 'INFO', 'carts', 'main', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat started on port(s): 80 (http)'),
        spring(-19.9, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 21.442 seconds (JVM running for 23.118)'),
        spring(-19.6, 'INFO', 'carts', 'cluster-ClusterId{value=\'6646a1f0e4b0c27d5c1e8a93\', description=\'null\'}-carts-db:27017', 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server carts-db:27017\n\ncom.mongodb.MongoSocketOpenException: Exception opening socket\n\tat com.mongodb.connection.SocketStream.open(SocketStream.java:63) ~[mongodb-driver-core-3.2.2.jar!/:na]\nCaused by: java.net.SocketTimeoutException: connect timed out\n\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_111-internal]'),
        ...cartsErr(-17.4, 'http-nio-80-exec-3'),
        ...cartsErr(-9.2, 'http-nio-80-exec-7'),
        ...cartsErr(-1.6, 'http-nio-80-exec-1'),
      ],
      'front-end#0/front-end': [
        fe(-17.4, 'Error: Internal Server Error'),
        fe(-17.4, '    at IncomingMessage.<anonymous> (/usr/src/app/api/cart/index.js:70:30)'),
        fe(-17.4, 'POST /cart 500 30512.118 ms - 26'),
        fe(-12.0, 'GET /catalogue?size=5 200 18.402 ms - 1843'),
        fe(-9.2, 'GET /cart 500 30471.905 ms - 26'),
      ],
      'front-end#1/front-end': [
        fe(-6.1, 'GET /login 200 41.227 ms - 63'),
        fe(-1.6, 'POST /cart 500 30490.332 ms - 26'),
      ],
      'orders#0/orders': [
        spring(-5.2, 'ERROR', 'orders', 'http-nio-80-exec-2', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.HttpServerErrorException: 500 null] with root cause'),
      ],
      'carts-db#0/carts-db': [
        `${T.isoMs(-60 * 24 * 12 + 0.2).replace('Z', '+0000')} I NETWORK  [thread1] waiting for connections on port 27017`,
        `${T.isoMs(-24).replace('Z', '+0000')} I NETWORK  [conn412] end connection 10.0.1.188:48812 (3 connections now open)`,
      ],
    },
  },
];
