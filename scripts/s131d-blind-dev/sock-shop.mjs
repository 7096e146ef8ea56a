// Batch s131d (blind dev): Sock Shop scenarios. System from scripts/s2-scenarios/sock-shop.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';
export { system };

const N1 = 'ip-10-0-1-23.eu-west-1.compute.internal';
const N2 = 'ip-10-0-2-148.eu-west-1.compute.internal';
const N3 = 'ip-10-0-3-91.eu-west-1.compute.internal';
const sb = (T, min, level, thread, logger, msg) => `${T.java(min)}  ${level.padStart(5)} [carts,,,] 1 --- [${thread.padStart(15).slice(-15)}] ${logger.padEnd(40).slice(0, 40)} : ${msg}`;

// 3. No fault: carts-db was moved during a node drain 40 minutes ago; carts' Mongo errors stopped when it came back.
const T3 = clock('2026-06-03T13:58:00Z');
const mongoErr = (m) => [
  sb(T3, m, 'INFO', 'localhost:27017', 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server carts-db:27017'),
  'com.mongodb.MongoSocketOpenException: Exception opening socket',
  '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:63) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.InternalStreamConnection.open(InternalStreamConnection.java:114) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:128) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111]',
  'Caused by: java.net.ConnectException: Connection refused (Connection refused)',
  '\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_111]',
  '\tat java.net.Socket.connect(Socket.java:589) ~[na:1.8.0_111]',
  '\tat com.mongodb.connection.SocketStreamHelper.initialize(SocketStreamHelper.java:50) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:58) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\t... 3 common frames omitted',
];
const reqErr = (m) => [
  sb(T3, m, 'ERROR', 'http-nio-80-exec-4', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Timed out after 10000 ms while waiting to connect. Client view of cluster state is {type=UNKNOWN, servers=[{address=carts-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused (Connection refused)}}]; nested exception is com.mongodb.MongoTimeoutException: Timed out after 10000 ms while waiting to connect.] with root cause'),
  'com.mongodb.MongoTimeoutException: Timed out after 10000 ms while waiting to connect. Client view of cluster state is {type=UNKNOWN, servers=[{address=carts-db:27017, type=UNKNOWN, state=CONNECTING}]',
  '\tat com.mongodb.connection.BaseCluster.getDescription(BaseCluster.java:163) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.Mongo.getConnectedClusterDescription(Mongo.java:671) ~[mongodb-driver-3.2.2.jar!/:na]',
  '\tat org.springframework.data.mongodb.core.MongoTemplate.executeFindMultiInternal(MongoTemplate.java:2374) ~[spring-data-mongodb-1.9.2.RELEASE.jar!/:na]',
  '\tat works.weave.socks.cart.cart.CartDAO$Fake.findByCustomerId(CartDAO.java:31) ~[classes!/:na]',
];
const cartsDbMoved = {
  folder: 's131d-carts-db-moved-by-node-drain',
  incidentTime: T3.iso(0),
  description: 'basket errors on sock shop around 13:15-13:20, #alerts had a burst of 500s from carts. is it still broken? need to know before the 14:00 promo',
  difficulty: 'hard',
  traits: ['no-fault', 'decoy', 'time-expression'],
  grounding: `
    No fault: a problem that has already ended. The platform team drained ${N2} for an AMI update at 13:14 (cordon,
    eviction, uncordon at 13:31 after the in-place kubelet restart). carts-db (a single mongo replica on an emptyDir, as in
    complete-demo.yaml) was evicted and recreated on ${N3}; for about three minutes carts' Mongo driver (mongodb-driver 3.2
    in weaveworksdemos/carts 0.4.8) logged MongoSocketOpenException / MongoTimeoutException and the front-end got 500s
    from /carts. Since 13:18 carts-db is Running and Ready and carts' requests succeed. The report's window is over and
    nothing is broken now (the carts were in an emptyDir, so baskets from before the move are gone: expected for the demo
    manifests, not a fault of the incident). Decoys: the burst of Mongo exceptions in carts, the node cordon Events, the
    new carts-db pod. Deviation: node drain timing and the AMI story are invented; log lines abridged.`,
  workloads: {
    'carts-db': { since: -42.5, pods: [{ node: N3 }] },
  },
  events: [
    { on: `node:${N2}`, reason: 'NodeNotSchedulable', message: `Node ${N2} status is now: NodeNotSchedulable`, first: -44 },
    { on: `node:${N2}`, reason: 'Starting', message: 'Starting kubelet.', first: -28.5 },
    { on: `node:${N2}`, reason: 'NodeSchedulable', message: `Node ${N2} status is now: NodeSchedulable`, first: -27 },
    { on: 'rs:carts-db', reason: 'SuccessfulCreate', message: 'Created pod: carts-db-%RS%', first: -42.5 },
    { on: 'pod:carts-db#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: -42.5, source: 'default-scheduler' },
    { on: 'pod:carts-db#0', reason: 'Pulling', message: 'Pulling image "mongo"', first: -42.4, fieldPath: 'spec.containers{carts-db}' },
    { on: 'pod:carts-db#0', reason: 'Pulled', message: 'Successfully pulled image "mongo" in 38.904s (38.904s including waiting). Image size: 287412113 bytes.', first: -41.7, fieldPath: 'spec.containers{carts-db}' },
    { on: 'pod:carts-db#0', reason: 'Created', message: 'Created container carts-db', first: -41.7, fieldPath: 'spec.containers{carts-db}' },
    { on: 'pod:carts-db#0', reason: 'Started', message: 'Started container carts-db', first: -41.6, fieldPath: 'spec.containers{carts-db}' },
  ],
  logs: {
    'carts#0/carts': [
      sb(T3, -50, 'INFO', 'http-nio-80-exec-2', 'w.w.s.cart.controllers.CartsController', 'Getting cart for customer 57a98d98e4b00679b4a830b2'),
      ...mongoErr(-44.2), ...reqErr(-44), ...mongoErr(-43.4), ...reqErr(-43.1), ...mongoErr(-42.6), ...reqErr(-42.2),
      sb(T3, -41.4, 'INFO', 'localhost:27017', 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:41, serverValue:1}] to carts-db:27017'),
      sb(T3, -41.4, 'INFO', 'localhost:27017', 'org.mongodb.driver.cluster', 'Monitor thread successfully connected to server with description ServerDescription{address=carts-db:27017, type=STANDALONE, state=CONNECTED, ok=true, version=ServerVersion{versionList=[3, 4, 24]}, minWireVersion=0, maxWireVersion=5, maxDocumentSize=16777216, roundTripTimeNanos=612841}'),
      ...[-38, -31, -24, -17, -9, -3].map((m) => sb(T3, m, 'INFO', 'http-nio-80-exec-7', 'w.w.s.cart.controllers.CartsController', 'Getting cart for customer 57a98d98e4b00679b4a830b2')),
    ],
    'carts-db#0/carts-db': [
      `${T3.isoMs(-41.6).replace('Z', '+0000')} I CONTROL  [initandlisten] MongoDB starting : pid=1 port=27017 dbpath=/data/db 64-bit host=%POD%`,
      `${T3.isoMs(-41.6).replace('Z', '+0000')} I CONTROL  [initandlisten] db version v3.4.24`,
      `${T3.isoMs(-41.5).replace('Z', '+0000')} I NETWORK  [thread1] waiting for connections on port 27017`,
      `${T3.isoMs(-41.4).replace('Z', '+0000')} I NETWORK  [thread1] connection accepted from %IPOF:carts#0%:50112 #1 (1 connection now open)`,
    ],
  },
};

// 4. No fault: queue-master only logs the shipment task by design; the user restarted it (the decoy rollout).
const T4 = clock('2026-06-10T14:06:00Z');
const qm = (min, level, thread, logger, msg) => `${T4.java(min)}  ${level.padStart(5)} [queue-master,,,] 1 --- [${thread.padStart(15).slice(-15)}] ${logger.padEnd(40).slice(0, 40)} : ${msg}`;
const orderIds = ['5f1c3a9e2b7d4e0a8c6b1f23', '5f1c3b4a2b7d4e0a8c6b1f31', '5f1c3c10e9a14b2d7f6c0a48', '5f1c3d77e9a14b2d7f6c0a5d'];
const queueMaster = {
  folder: 's131d-queue-master-logs-only-by-design',
  incidentTime: T4.iso(0),
  description: 'orders arent getting shipped?? queue-master only prints "Received shipment task" and nothing after, since ~13:40. restarted it at 13:45, no change. rabbit stuck?',
  difficulty: 'medium',
  traits: ['no-fault', 'decoy', 'time-expression'],
  grounding: `
    No fault: designed behaviour. In the Sock Shop, orders publishes a Shipment to RabbitMQ's shipping-task queue through
    the shipping service, and queue-master consumes it: its handler only logs the received shipment (the demo has no
    fulfilment worker behind it), so "Received shipment task" with nothing after is what a healthy queue-master prints.
    The queue is drained (each message is consumed seconds after shipping publishes it, see the timestamps), rabbitmq and
    its exporter are Running with no restarts. Decoy: the engineer's own "kubectl rollout restart" of queue-master at
    13:45 (new ReplicaSet, template annotation kubectl.kubernetes.io/restartedAt, old one scaled to 0), and its
    startup lines reconnecting to rabbitmq. Deviation: log text abridged from the Spring AMQP and queue-master output.`,
  workloads: {
    'queue-master': {
      rollout: { at: -21, oldPatch: { podAnnotations: undefined } },
      patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T4.iso(-21) } },
    },
  },
  events: [
    { on: 'deploy:queue-master', reason: 'ScalingReplicaSet', message: 'Scaled up replica set queue-master-%NEW% to 1', first: -21 },
    { on: 'deploy:queue-master', reason: 'ScalingReplicaSet', message: 'Scaled down replica set queue-master-%OLD% to 0 from 1', first: -20.2 },
    { on: 'pod:queue-master#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: -21, source: 'default-scheduler' },
    { on: 'pod:queue-master#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/queue-master:0.3.1" already present on machine', first: -20.9, fieldPath: 'spec.containers{queue-master}' },
    { on: 'pod:queue-master#0', reason: 'Started', message: 'Started container queue-master', first: -20.8, fieldPath: 'spec.containers{queue-master}' },
  ],
  logs: {
    'queue-master#0/queue-master': [
      qm(-20.6, 'INFO', 'main', 'works.weave.socks.queuemaster.QueueMasterApplication', 'Starting QueueMasterApplication v0.3.1 on %POD% with PID 1 (/usr/src/app/app.jar started by myuser in /usr/src/app)'),
      qm(-20.1, 'INFO', 'main', 'o.s.b.c.e.tomcat.TomcatEmbeddedServletContainer', 'Tomcat initialized with port(s): 80 (http)'),
      qm(-19.7, 'INFO', 'SimpleAsyncTaskExecutor-1', 'o.s.a.r.c.CachingConnectionFactory', 'Created new connection: SimpleConnection@5d0a1b3c [delegate=amqp://guest@%SVCIP:rabbitmq%:5672/, localPort= 41862]'),
      qm(-19.6, 'INFO', 'main', 'works.weave.socks.queuemaster.QueueMasterApplication', 'Started QueueMasterApplication in 58.311 seconds (JVM running for 61.07)'),
      ...orderIds.flatMap((id, i) => [qm(-16 + i * 4.1, 'INFO', 'SimpleAsyncTaskExecutor-1', 'w.w.s.q.ShippingTaskHandler', `Received shipment task: ${id}`)]),
    ],
    'shipping#0/shipping': orderIds.map((id, i) => `${T4.java(-16.02 + i * 4.1)}  INFO [shipping,,,] 1 --- [p-nio-80-exec-${(i % 9) + 1}] w.w.s.s.controllers.ShippingController  : Adding shipment to queue...`),
  },
};

export const scenarios = [cartsDbMoved, queueMaster];
