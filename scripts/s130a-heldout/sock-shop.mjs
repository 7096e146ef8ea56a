// Blind held-out batch s130a: Sock Shop scenarios (system from scripts/s2-scenarios/sock-shop.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';
export { system };

const spring = (T, min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const kit = (T, min, kv) => `ts=${T.isoMs(min)} ${kv}`;
const mongoLog = (T, min, c, ctx, msg) => `${T.isoMs(min).replace('Z', '+0000')} I ${c.padEnd(8)} [${ctx}] ${msg}`;
const oldOom = (T) => cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } });

// ---------- 3: NetworkPolicy on orders-db admits no one (label typo) ----------
const T3 = clock('2026-06-02T13:28:00Z');
const mongoTimeout = 'Timed out after 30000 ms while waiting for a server that matches WritableServerSelector. Client view of cluster state is {type=UNKNOWN, servers=[{address=orders-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.SocketTimeoutException: connect timed out}}]';
const ordersTrace = (min) => [
  spring(T3, min, 'ERROR', 'orders', 'nio-80-exec-7', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: ' + mongoTimeout + '; nested exception is com.mongodb.MongoTimeoutException: ' + mongoTimeout + '] with root cause'),
  '',
  'com.mongodb.MongoTimeoutException: ' + mongoTimeout,
  '\tat com.mongodb.connection.BaseCluster.selectServer(BaseCluster.java:75) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.binding.ClusterBinding.getWriteConnectionSource(ClusterBinding.java:68) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.operation.OperationHelper.withConnection(OperationHelper.java:219) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.operation.MixedBulkWriteOperation.execute(MixedBulkWriteOperation.java:168) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.Mongo.execute(Mongo.java:781) ~[mongodb-driver-3.2.2.jar!/:na]',
  '\tat org.springframework.data.mongodb.core.MongoTemplate.insert(MongoTemplate.java:781) ~[spring-data-mongodb-1.9.4.RELEASE.jar!/:na]',
  '\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:108) ~[classes!/:na]',
];
const netpol = {
  folder: 's130a-orders-place-timeout',
  description: 'placing orders in sock shop hangs then 500s, started around 13:05. orders pods look fine in k9s. network team pushed some netpol stuff today, not sure if related',
  incidentTime: '2026-06-02T13:28:00Z',
  expected: { component: 'orders-db', cause: 'network-fault' },
  alsoAcceptable: [{ component: 'orders', cause: 'network-fault' }],
  difficulty: 'hard',
  traits: ['network-policy', 'pods-ready', 'callers-only', 'decoy', 'time-expression'],
  grounding: `
    Manifest fact: orders (Spring Boot, Mongo Java driver 3.2) reaches orders-db:27017 (complete-demo.yaml), and neither
    orders nor orders-db has any probe, so both stay Ready. A NetworkPolicy (networking.k8s.io/v1) was applied to the
    orders-db pods at about 13:04 allowing ingress only from pods labelled name=order; the orders pods are labelled
    name=orders, so the policy selects orders-db and admits no client: every new connection is dropped and the driver
    logs MongoTimeoutException / connect timed out (Kubernetes NetworkPolicy docs: once a pod is selected by an Ingress
    policy, all ingress not allowed is denied). The front-end relays the 500. orders-db itself logs nothing wrong, only
    that its old connections ended. Decoy: carts was OOM-killed three days ago and restarted once. Deviations: the policy
    name, the label typo and the times are invented.`,
  networkPolicies: [{
    name: 'orders-db-ingress', created: -24,
    spec: { podSelector: { matchLabels: { name: 'orders-db' } }, policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: { matchLabels: { name: 'order' } } }], ports: [{ protocol: 'TCP', port: 27017 }] }] },
  }],
  workloads: { carts: { pods: [{ containers: { carts: oldOom(T3) } }] } },
  events: [
    { on: 'pod:carts#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/carts:0.4.8" already present on machine', first: -60 * 24 * 3 - 0.05 },
  ],
  logs: {
    'orders#0/orders': [
      spring(T3, -30, 'INFO', 'orders', 'nio-80-exec-2', 'w.w.s.o.controllers.OrdersController', 'Starting calls'),
      spring(T3, -29.9, 'INFO', 'orders', 'nio-80-exec-2', 'w.w.s.o.controllers.OrdersController', 'Received data: OrderResponse{...}'),
      spring(T3, -29.8, 'INFO', 'orders', 'nio-80-exec-2', 'w.w.s.o.controllers.OrdersController', 'Saved order: CustomerOrder{id=\'6a5f3e1c9b2d4a0017e8c3f4\', customerId=\'57a98d98e4b00679b4a830af\', ...}'),
      spring(T3, -23.6, 'INFO', 'orders', 'ngo-orders-db:27017', 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server orders-db:27017'),
      '',
      'com.mongodb.MongoSocketReadTimeoutException: Timeout while receiving message',
      '\tat com.mongodb.connection.InternalStreamConnection.translateReadException(InternalStreamConnection.java:475) ~[mongodb-driver-core-3.2.2.jar!/:na]',
      '\tat com.mongodb.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:114) ~[mongodb-driver-core-3.2.2.jar!/:na]',
      'Caused by: java.net.SocketTimeoutException: Read timed out',
      '',
      spring(T3, -20, 'INFO', 'orders', 'nio-80-exec-5', 'w.w.s.o.controllers.OrdersController', 'Starting calls'),
      ...ordersTrace(-19.4),
      spring(T3, -12, 'INFO', 'orders', 'nio-80-exec-9', 'w.w.s.o.controllers.OrdersController', 'Starting calls'),
      ...ordersTrace(-11.4),
      spring(T3, -3, 'INFO', 'orders', 'nio-80-exec-1', 'w.w.s.o.controllers.OrdersController', 'Starting calls'),
      ...ordersTrace(-2.4),
    ],
    'orders-db#0/orders-db': [
      mongoLog(T3, -40, 'NETWORK', 'initandlisten', 'connection accepted from 10.0.2.77:51234 #412 (6 connections now open)'),
      mongoLog(T3, -33, 'COMMAND', 'conn412', 'command data.customerOrder command: insert { insert: "customerOrder", ordered: true } ninserted:1 keysInserted:1 numYields:0 reslen:40 locks:{} protocol:op_query 3ms'),
      mongoLog(T3, -22, 'NETWORK', 'conn409', 'end connection 10.0.2.77:51188 (5 connections now open)'),
      mongoLog(T3, -22, 'NETWORK', 'conn412', 'end connection 10.0.2.77:51234 (4 connections now open)'),
      mongoLog(T3, -5, 'STORAGE', 'WTJournalFlusher', 'WiredTiger message [1780406490:183022][1:0x7f2b1c7f8700], WT_SESSION.checkpoint: Checkpoint has been running for 1 seconds'),
    ],
    'front-end#0/front-end': [
      'POST /orders 500 30127.112 ms - 279',
      'Order response: {"timestamp":1780406700112,"status":500,"error":"Internal Server Error","exception":"org.springframework.dao.DataAccessResourceFailureException","message":"Timed out after 30000 ms while waiting for a server that matches WritableServerSelector.","path":"/orders"}',
      'GET /catalogue?size=5 200 11.204 ms - 1581',
      'GET /cart 200 14.880 ms - 2',
      'POST /orders 500 30088.530 ms - 279',
    ],
    'carts#0/carts': [
      spring(T3, -8, 'INFO', 'carts', 'nio-80-exec-3', 'w.w.s.cart.controllers.CartsController', 'Adding item to cart: Item{id=\'null\', itemId=\'3395a43e-2d88-40de-b95f-e00e1502085b\', quantity=1, unitPrice=18.0}'),
    ],
  },
};

// ---------- 4: no fault: auto-resolved latency page, healthy catalogue rollout ----------
const T4 = clock('2026-06-17T10:24:00Z');
const noFault = {
  folder: 's130a-latency-page-resolved',
  description: 'pager fired for sock-shop p99 latency at ~10:05, auto-resolved at 10:09. anything actually broken right now? catalogue team did a deploy this morning',
  incidentTime: '2026-06-17T10:24:00Z',
  difficulty: 'medium',
  traits: ['no-fault', 'decoy', 'time-expression', 'team-name'],
  grounding: `
    No fault: the catalogue Deployment rolled from 0.3.4 to weaveworksdemos/catalogue:0.3.5 at 09:41 and both new pods
    are Ready; the old ReplicaSet is scaled to 0. The latency page was a short spike with no lasting trace in the API.
    Decoys: the rollout itself, a readiness probe failure on the new pod while it warmed up (the kubelet's Unhealthy
    event during the upstream initialDelaySeconds window), and carts' OOM kill three days ago. Logs show ordinary
    traffic. Deviations: catalogue runs 2 replicas here (upstream 1), and the previous tag is chosen for the story.`,
  workloads: {
    catalogue: { replicas: 2, rollout: { at: -43, oldContainers: { catalogue: { image: 'weaveworksdemos/catalogue:0.3.4' } } } },
    carts: { pods: [{ containers: { carts: oldOom(T4) } }] },
  },
  events: [
    { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -43 },
    { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 1 from 2', first: -39.5 },
    { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 2 from 1', first: -39.5 },
    { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -39 },
    { on: 'pod:catalogue#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{catalogue}', message: 'Readiness probe failed: Get "http://%PODIP%:80/health": dial tcp %PODIP%:80: connect: connection refused', first: -42.4, last: -42.4 },
    { on: 'pod:catalogue#0', reason: 'Started', fieldPath: 'spec.containers{catalogue}', message: 'Started container catalogue', first: -42.3 },
    { on: 'pod:catalogue#1', reason: 'Started', fieldPath: 'spec.containers{catalogue}', message: 'Started container catalogue', first: -41.8 },
  ],
  logs: {
    'catalogue#0/catalogue': [
      kit(T4, -42.3, 'caller=main.go:80 Tracer=Zipkin_disabled'),
      kit(T4, -42.2, 'caller=main.go:155 transport=HTTP port=80'),
      kit(T4, -20, 'caller=logging.go:62 method=List tags= order=id pageNum=1 pageSize=6 result=6 err=null took=3.201912ms'),
      kit(T4, -19, 'caller=logging.go:85 method=Count tags= result=9 err=null took=1.002113ms'),
      kit(T4, -2, 'caller=logging.go:62 method=List tags= order=id pageNum=1 pageSize=6 result=6 err=null took=2.880191ms'),
    ],
    'front-end#0/front-end': [
      'GET /catalogue?page=1&size=6 200 17.410 ms - 1581',
      'GET /catalogue/size?tags= 200 6.102 ms - 21',
      'GET /cart 200 9.114 ms - 2',
      'POST /orders 201 412.660 ms - 263',
    ],
    'orders#0/orders': [
      spring(T4, -6, 'INFO', 'orders', 'nio-80-exec-4', 'w.w.s.o.controllers.OrdersController', 'Starting calls'),
      spring(T4, -5.9, 'INFO', 'orders', 'nio-80-exec-4', 'w.w.s.o.controllers.OrdersController', 'Saved order: CustomerOrder{id=\'6a6281f7c3e94b0012d5a7e1\', ...}'),
    ],
  },
};

export const scenarios = [netpol, noFault];
