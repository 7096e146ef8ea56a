// Blind held-out batch s82a: one Sock Shop scenario (split test), written as a spec for scripts/s2-scenario-kit.mjs
// on the session-2 system definition (scripts/s2-scenarios/sock-shop.mjs); built by scripts/s82a-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;

const I1 = '2026-05-06T10:58:00Z';
const T = clock(I1);
// Spring Boot 1.x console pattern with Sleuth (as the Sock Shop Java images print it).
const spring = (min, level, thread, logger, msg) =>
  `${T.java(min)} ${level.padStart(5)} [orders,,,] 7 --- [${thread.slice(-15).padStart(15)}] ${logger.padEnd(40).slice(0, 40)} : ${msg}`;
const refused = [
  'com.mongodb.MongoSocketOpenException: Exception opening socket',
  '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:63) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.InternalStreamConnection.open(InternalStreamConnection.java:114) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:128) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111]',
  'Caused by: java.net.ConnectException: Connection refused (Connection refused)',
  '\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_111]',
  '\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350) ~[na:1.8.0_111]',
  '\tat java.net.AbstractPlainSocketImpl.connectToAddress(AbstractPlainSocketImpl.java:206) ~[na:1.8.0_111]',
  '\tat java.net.AbstractPlainSocketImpl.connect(AbstractPlainSocketImpl.java:188) ~[na:1.8.0_111]',
  '\tat java.net.SocksSocketImpl.connect(SocksSocketImpl.java:392) ~[na:1.8.0_111]',
  '\tat java.net.Socket.connect(Socket.java:589) ~[na:1.8.0_111]',
  '\tat com.mongodb.connection.SocketStreamHelper.initialize(SocketStreamHelper.java:50) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:58) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\t... 3 common frames omitted',
];
const timeoutMsg =
  "Timed out after 30000 ms while waiting for a server that matches WritableServerSelector. Client view of cluster state is {type=UNKNOWN, servers=[{address=orders-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused (Connection refused)}}]";
const ordersLog = [
  spring(-31, 'INFO', 'http-nio-80-exec-4', 'w.o.controllers.OrdersController', 'Order created: CustomerOrder{id=\'681a0c2fe4b0f1a7c3d92e51\', customerId=\'57a98d98e4b00679b4a830af\'}'),
  spring(-16.1, 'INFO', "cluster-ClusterId{value='6819f7b1e4b0a3d81c5e0f22', description='null'}-orders-db:27017", 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server orders-db:27017'),
  ...refused,
  spring(-15.2, 'INFO', 'http-nio-80-exec-7', 'w.o.controllers.OrdersController', 'Order: {"customer":"http://user/customers/57a98d98e4b00679b4a830af","address":"http://user/addresses/57a98d98e4b00679b4a830ad","card":"http://user/cards/57a98d98e4b00679b4a830ae","items":"http://carts/carts/57a98d98e4b00679b4a830af/items"}'),
  spring(-14.7, 'ERROR', 'http-nio-80-exec-7', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: ${timeoutMsg}; nested exception is com.mongodb.MongoTimeoutException: ${timeoutMsg}] with root cause`),
  '',
  `com.mongodb.MongoTimeoutException: ${timeoutMsg}`,
  '\tat com.mongodb.connection.BaseCluster.selectServer(BaseCluster.java:369) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.binding.ClusterBinding.getWriteConnectionSource(ClusterBinding.java:68) ~[mongodb-driver-3.2.2.jar!/:na]',
  '\tat com.mongodb.operation.OperationHelper.withConnection(OperationHelper.java:221) ~[mongodb-driver-3.2.2.jar!/:na]',
  '\tat com.mongodb.operation.MixedBulkWriteOperation.execute(MixedBulkWriteOperation.java:168) ~[mongodb-driver-3.2.2.jar!/:na]',
  '\tat com.mongodb.DBCollection.executeWriteOperation(DBCollection.java:338) ~[mongodb-driver-3.2.2.jar!/:na]',
  '\tat com.mongodb.DBCollection.insert(DBCollection.java:334) ~[mongodb-driver-3.2.2.jar!/:na]',
  '\tat org.springframework.data.mongodb.core.MongoTemplate$8.doInCollection(MongoTemplate.java:1000) ~[spring-data-mongodb-1.9.4.RELEASE.jar!/:na]',
  '\tat org.springframework.data.mongodb.core.MongoTemplate.execute(MongoTemplate.java:462) ~[spring-data-mongodb-1.9.4.RELEASE.jar!/:na]',
  '\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:103) ~[classes!/:na]',
  ...[-11.9, -8.3, -4.6, -1.4].flatMap((m, i) => [
    spring(m - 0.6, 'INFO', `http-nio-80-exec-${i + 1}`, 'w.o.controllers.OrdersController', 'Order: {"customer":"http://user/customers/57a98d98e4b00679b4a830af","address":"http://user/addresses/57a98d98e4b00679b4a830ad","card":"http://user/cards/57a98d98e4b00679b4a830ae","items":"http://carts/carts/57a98d98e4b00679b4a830af/items"}'),
    spring(m, 'ERROR', `http-nio-80-exec-${i + 1}`, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: ${timeoutMsg}; nested exception is com.mongodb.MongoTimeoutException: ${timeoutMsg}] with root cause`),
  ]),
];
const morgan = (lines) => lines.map(([method, url, status, ms, len]) => `${method} ${url} ${status} ${ms} ms - ${len}`);

export const scenarios = [
  {
    folder: 's82a-checkout-orders-store-gone',
    incidentTime: I1,
    description: "can't place orders on the sock shop since about 10:40 - browsing and adding to cart still fine. commerce pls",
    expected: { component: 'orders-db', cause: 'no-endpoints' },
    alsoAcceptable: [{ component: 'orders-db', cause: 'dependency-down' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'team-name'],
    grounding: `
      Manifest facts (complete-demo.yaml at 9dff06f): orders-db is a one-replica Deployment (mongo) behind the ClusterIP
      Service orders-db:27017, the only store of orders (spring.data.mongodb.uri mongodb://orders-db:27017/data).
      Fault: the Deployment was scaled to 0 replicas at 10:42 (a clean-up command meant for a staging context run
      against production, the shape of many public "wrong kubectl context" post-mortems). The ReplicaSet deleted its
      pod; the Service stays with an empty Endpoints object, so the ClusterIP answers with a TCP reset (kube-proxy's
      REJECT for a Service without endpoints) and the Mongo Java driver 3.2 reports Connection refused in its monitor
      thread, then MongoTimeoutException after 30 s on every insert. Orders are the loud component (500 after 30 s);
      front-end reports 500 on POST /orders while catalogue, carts and user keep serving.
      Deviations from upstream: none in the manifests; the Deployment status is the one the controller writes for 0
      replicas; the driver and Spring versions in the stack traces are those the orders 0.4.7 jar bundles, the line
      numbers illustrative.`,
    workloads: {
      'orders-db': {
        replicas: 0,
        pods: [],
        rsReplicas: 0,
        endpointsChanged: -16.2,
        deployStatus: {
          observedGeneration: 6,
          conditions: [
            { type: 'Available', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 9), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
            { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "orders-db-%RSNAME%" has successfully progressed.' },
          ],
        },
      },
    },
    events: [
      { on: 'deploy:orders-db', reason: 'ScalingReplicaSet', message: 'Scaled down replica set orders-db-%NEW% to 0 from 1', first: -16.3 },
      { on: 'rs:orders-db', reason: 'SuccessfulDelete', message: 'Deleted pod: orders-db-%RS%', first: -16.3 },
    ],
    logs: {
      'orders#0/orders': ordersLog,
      'front-end#0/front-end': morgan([
        ['GET', '/catalogue?page=1&size=6&tags=', 200, '14.482', 1913],
        ['GET', '/cart', 200, '21.907', 312],
        ['POST', '/orders', 500, '30127.301', 196],
        ['GET', '/catalogue/size?tags=', 200, '6.114', 12],
        ['GET', '/customers/57a98d98e4b00679b4a830af', 200, '17.552', 401],
        ['POST', '/cart', 201, '38.240', 0],
        ['POST', '/orders', 500, '30088.915', 196],
        ['GET', '/catalogue?page=1&size=6&tags=', 200, '12.036', 1913],
      ]),
      'front-end#1/front-end': morgan([
        ['GET', '/catalogue?page=1&size=6&tags=', 200, '11.208', 1913],
        ['GET', '/tags', 200, '5.977', 107],
        ['POST', '/orders', 500, '30102.664', 196],
        ['GET', '/cart', 200, '19.430', 312],
        ['POST', '/orders', 500, '30110.047', 196],
      ]),
      'carts#0/carts': [
        `${T.java(-9.2)}  INFO [carts,,,] 7 --- [p-nio-80-exec-3] w.w.s.cart.controllers.ItemsController   : Adding item to cart: Item{id='null', itemId='3395a43e-2d88-40de-b95f-e00e1502085b', quantity=1, unitPrice=18.0}`,
        `${T.java(-9.2)}  INFO [carts,,,] 7 --- [p-nio-80-exec-3] w.w.s.cart.controllers.ItemsController   : Cart item not found. Creating new.`,
        `${T.java(-3.7)}  INFO [carts,,,] 7 --- [p-nio-80-exec-6] w.w.s.cart.controllers.ItemsController   : Adding item to cart: Item{id='null', itemId='837ab141-399e-4c1f-9abc-bace40296bac', quantity=1, unitPrice=15.0}`,
      ],
    },
  },
];
