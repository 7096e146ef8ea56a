// Held-out batch s136b: Sock Shop.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;
const T = clock('2026-07-08T10:07:00Z');
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [orders,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const mongoTimeout = 'Timed out after 30000 ms while waiting to connect. Client view of cluster state is {type=UNKNOWN, servers=[{address=orders-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.SocketTimeoutException: connect timed out}}]';
const trace = (min, thread) => [
  spring(min, 'ERROR', thread, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: ${mongoTimeout}; nested exception is com.mongodb.MongoTimeoutException: ${mongoTimeout}] with root cause`),
  '',
  `com.mongodb.MongoTimeoutException: ${mongoTimeout}`,
  '\tat com.mongodb.connection.BaseCluster.getDescription(BaseCluster.java:167) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.Mongo.getConnectedClusterDescription(Mongo.java:885) ~[mongodb-driver-3.2.2.jar!/:na]',
  '\tat com.mongodb.Mongo.createClientSession(Mongo.java:877) ~[mongodb-driver-3.2.2.jar!/:na]',
  '\tat org.springframework.data.mongodb.core.MongoTemplate.doInsert(MongoTemplate.java:1011) ~[spring-data-mongodb-1.9.4.RELEASE.jar!/:na]',
  '\tat org.springframework.data.mongodb.repository.support.SimpleMongoRepository.save(SimpleMongoRepository.java:78) ~[spring-data-mongodb-1.9.4.RELEASE.jar!/:na]',
  '\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:106) ~[classes!/:na]',
];

export const scenarios = [
  {
    folder: 's136b-checkout-spins',
    incidentTime: '2026-07-08T10:07:00Z',
    description: 'sockshop checkout broken since ~9:45 — place order spins ~30s then error. ordrs service timing out? carts + catalogue fine',
    expected: { component: 'orders-db', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'orders', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['network-policy', 'pods-ready', 'callers-only', 'louder-dependents', 'decoy', 'typo', 'time-expression'],
    grounding: `
      Sock Shop's orders service (Spring Boot, Spring Data MongoDB, driver 3.2) writes each new order to orders-db
      (mongodb://orders-db:27017) and the front-end's POST /orders waits on it. Fault: a platform change applied a
      NetworkPolicy "orders-db-ingress" selecting name=orders-db that allows ingress only from pods labelled app=orders,
      but the upstream complete-demo.yaml labels pods name=orders (no app label), so every new connection from orders to
      orders-db:27017 is dropped; existing pooled connections survived until their idle timeout, so failures started a
      few minutes after the policy. This is the classic label-mismatch NetworkPolicy outage described in the Kubernetes
      network-policy docs and many post-mortems. orders-db and orders pods stay Running and Ready (no probes upstream);
      the Mongo driver's MongoTimeoutException in orders and the 500s in front-end are the only symptoms. Deviation:
      the NetworkPolicy is not in upstream. Decoy: a front-end pod OOM-killed two days ago.`,
    networkPolicies: [
      { name: 'default-allow-same-namespace', created: -60 * 24 * 40, spec: { podSelector: {}, policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: {} }] }] } },
      { name: 'orders-db-ingress', created: -26, spec: { podSelector: { matchLabels: { name: 'orders-db' } }, policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: { matchLabels: { app: 'orders' } } }], ports: [{ protocol: 'TCP', port: 27017 }] }] } },
    ],
    workloads: {
      'front-end': {
        pods: [
          {},
          { created: T.iso(-60 * 24 * 9), containers: { 'front-end': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 + 0.3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.2), finishedAt: T.iso(-60 * 24 * 2) } }) } },
        ],
      },
    },
    events: [],
    logs: {
      'orders#0/orders': [
        spring(-40, 'INFO', 'nio-80-exec-4', 'w.w.s.o.controllers.OrdersController', 'Creating order for customer: 57a98d98e4b00679b4a830af'),
        spring(-40, 'INFO', 'nio-80-exec-4', 'w.w.s.o.controllers.OrdersController', 'Saved order: 6622c1f3e4b0a7d1c3f2e981'),
        spring(-21.5, 'INFO', 'nio-80-exec-9', 'org.mongodb.driver.connection', 'Closed connection [connectionId{localValue:14, serverValue:71}] to orders-db:27017 because the pool has been closed.'),
        spring(-21.5, 'INFO', 'nio-80-exec-9', 'org.mongodb.driver.cluster', "Exception in monitor thread while connecting to server orders-db:27017"),
        'com.mongodb.MongoSocketOpenException: Exception opening socket',
        '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:63) ~[mongodb-driver-core-3.2.2.jar!/:na]',
        '\tat com.mongodb.connection.InternalStreamConnection.open(InternalStreamConnection.java:114) ~[mongodb-driver-core-3.2.2.jar!/:na]',
        '\tat com.mongodb.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:128) ~[mongodb-driver-core-3.2.2.jar!/:na]',
        '\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111]',
        'Caused by: java.net.SocketTimeoutException: connect timed out',
        '\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_111]',
        '\tat java.net.Socket.connect(Socket.java:589) ~[na:1.8.0_111]',
        '\tat com.mongodb.connection.SocketStreamHelper.initialize(SocketStreamHelper.java:50) ~[mongodb-driver-core-3.2.2.jar!/:na]',
        spring(-20.8, 'INFO', 'nio-80-exec-2', 'w.w.s.o.controllers.OrdersController', 'Creating order for customer: 57a98d98e4b00679b4a830b2'),
        ...trace(-20.3, 'nio-80-exec-2'),
        spring(-9.6, 'INFO', 'nio-80-exec-7', 'w.w.s.o.controllers.OrdersController', 'Creating order for customer: 57a98d98e4b00679b4a830af'),
        ...trace(-9.1, 'nio-80-exec-7'),
        spring(-2.4, 'INFO', 'nio-80-exec-1', 'w.w.s.o.controllers.OrdersController', 'Creating order for customer: 57a98d98e4b00679b4a830b5'),
        ...trace(-1.9, 'nio-80-exec-1'),
      ],
      'front-end#0/front-end': [
        'GET /catalogue?size=5 200 41.022 ms - 1024',
        'GET /cart 200 28.114 ms - 290',
        'Order response: {"timestamp":' + Date.parse(T.isoMs(-20.3)) + ',"status":500,"error":"Internal Server Error","exception":"org.springframework.dao.DataAccessResourceFailureException","message":"Timed out after 30000 ms while waiting to connect.","path":"/orders"}',
        'POST /orders 500 30117.562 ms - 121',
        'GET /catalogue/3395a43e-2d88-40de-b95f-e00e1502085b 200 12.870 ms - 375',
        'Order response: {"timestamp":' + Date.parse(T.isoMs(-1.9)) + ',"status":500,"error":"Internal Server Error","exception":"org.springframework.dao.DataAccessResourceFailureException","message":"Timed out after 30000 ms while waiting to connect.","path":"/orders"}',
        'POST /orders 500 30094.201 ms - 121',
      ],
      'orders-db#0/orders-db': [
        `${T.isoMs(-60).replace('Z', '+0000')} I NETWORK  [conn66] end connection %IPOF:orders#0%:43090 (3 connections now open)`.replace(/^/, ''),
        `${T.isoMs(-25).replace('Z', '+0000')} I NETWORK  [conn69] end connection %IPOF:orders#0%:43102 (2 connections now open)`,
        `${T.isoMs(-21.6).replace('Z', '+0000')} I NETWORK  [conn70] end connection %IPOF:orders#0%:43110 (1 connection now open)`,
        `${T.isoMs(-21.6).replace('Z', '+0000')} I NETWORK  [conn72] end connection %IPOF:orders#0%:43126 (0 connections now open)`,
      ],
    },
  },
];
