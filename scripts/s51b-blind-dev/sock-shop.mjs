// Batch s51b blind dev scenario for Sock Shop (session-2 system definition, complete-demo.yaml at 9dff06f):
// carts-db scaled to zero by an engineer who meant to scale it in staging; carts and front-end are the loud ones.
import { clock, cs } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/sock-shop.mjs';

const spring = (T, min, level, app, thread, logger, msg) =>
  `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.slice(-15).padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const gokit = (T, min, kv) => `ts=${T.isoMs(min)} ${kv}`;

const T1 = clock('2026-11-18T09:42:00Z');
const CLUSTER_VIEW =
  'Client view of cluster state is {type=UNKNOWN, servers=[{address=carts-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused (Connection refused)}}]';
const TIMEOUT = `Timed out after 30000 ms while waiting for a server that matches ReadPreferenceServerSelector{readPreference=primary}. ${CLUSTER_VIEW}`;
const cartsFail = (min, thread) => [
  spring(T1, min, 'ERROR', 'carts', thread, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: ${TIMEOUT}; nested exception is com.mongodb.MongoTimeoutException: ${TIMEOUT}] with root cause`),
  '',
  `com.mongodb.MongoTimeoutException: ${TIMEOUT}`,
  '\tat com.mongodb.connection.BaseCluster.createTimeoutException(BaseCluster.java:377) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.BaseCluster.selectServer(BaseCluster.java:104) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.binding.ClusterBinding$ClusterBindingConnectionSource.<init>(ClusterBinding.java:75) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.binding.ClusterBinding.getReadConnectionSource(ClusterBinding.java:63) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.operation.OperationHelper.withConnection(OperationHelper.java:166) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.operation.FindOperation.execute(FindOperation.java:394) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.Mongo.execute(Mongo.java:781) ~[mongo-java-driver-3.2.2.jar!/:na]',
  '\tat org.springframework.data.mongodb.core.MongoTemplate.executeFindMultiInternal(MongoTemplate.java:2213) ~[spring-data-mongodb-1.9.4.RELEASE.jar!/:na]',
  '\tat works.weave.socks.cart.cart.CartDAO$MongoCartDAO.findByCustomerId(CartDAO.java:57) ~[classes!/:na]',
  '\tat works.weave.socks.cart.controllers.CartsController.get(CartsController.java:32) ~[classes!/:na]',
];

export const scenarios = [
  {
    folder: 's51b-carts-db-scaled-to-zero',
    description: 'cart page hangs then errors, customers cant add socks to basket since ~09:25',
    incidentTime: '2026-11-18T09:42:00Z',
    expected: { component: 'carts-db', cause: 'no-endpoints' },
    alsoAcceptable: [{ component: 'carts-db', cause: 'dependency-down' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      complete-demo.yaml: carts-db is a single-replica Deployment (image mongo, port 27017, no volume, no probes) behind the
      ClusterIP Service carts-db selected by name=carts-db; carts (weaveworksdemos/carts:0.4.8, Spring Boot 1.4, Spring Data
      MongoDB with the 3.2 Java driver) reaches it at mongodb://carts-db:27017/data.
      Fault: at 09:25 an engineer ran "kubectl scale deployment carts-db --replicas=0" with the production context still current
      (he meant the staging cluster, a classic wrong-context kubectl incident). The ReplicaSet deleted the pod; the Deployment
      now wants 0 replicas, so nothing is unhealthy in the Kubernetes sense: Deployment Available, no pod, Endpoints carts-db
      with no subsets. A Service with no endpoints gets a kube-proxy REJECT rule, so the driver's monitor thread sees
      "Connection refused" and every query waits out the driver's 30 s server selection timeout, then throws
      MongoTimeoutException wrapped in DataAccessResourceFailureException (real driver 3.x texts). carts answers 500 after 30 s;
      front-end (Express, morgan dev format) shows GET /cart 500 ~30000 ms; orders fails when it reads the customer's cart.
      Decoy: catalogue was OOMKilled once four days ago and has run cleanly since.
      Expected: carts-db, no-endpoints (scaled to zero); dependency-down on carts-db is also what a careful engineer would say.
    `,
    workloads: {
      'carts-db': { replicas: 0, pods: [], endpointsChanged: -17 },
      catalogue: {
        pods: [{ containers: { catalogue: cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 24 * 4 + 0.5), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 24 * 4) } }) } }],
      },
    },
    events: [
      { on: 'deploy:carts-db', reason: 'ScalingReplicaSet', message: 'Scaled down replica set carts-db-%NEW% to 0 from 1', first: -17.1 },
      { on: 'rs:carts-db', reason: 'SuccessfulDelete', message: 'Deleted pod: carts-db-%RS%', first: -17.1 },
    ],
    logs: {
      'carts#0/carts': [
        spring(T1, -60 * 24 * 9 + 0.6, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 38.211 seconds (JVM running for 41.905)'),
        spring(T1, -31.2, 'INFO', 'carts', 'p-nio-80-exec-2', 'works.weave.socks.cart.controllers.ItemsController', 'Adding item to cart: Item{id=\'null\', itemId=\'03fef6ac-1896-4ce8-bd69-b798f85c6e0b\', quantity=1, unitPrice=99.99}'),
        spring(T1, -24.6, 'INFO', 'carts', 'p-nio-80-exec-7', 'works.weave.socks.cart.controllers.ItemsController', 'Adding item to cart: Item{id=\'null\', itemId=\'d3588630-ad8e-49df-bbd7-3167f7efb246\', quantity=1, unitPrice=20.0}'),
        spring(T1, -17.05, 'INFO', 'carts', 'cluster-ClusterId{value=\'6a1f0c3de4b0a71c2f9e5d18\', description=\'null\'}-carts-db:27017', 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server carts-db:27017'),
        '',
        'com.mongodb.MongoSocketReadException: Prematurely reached end of stream',
        '\tat com.mongodb.connection.SocketStream.read(SocketStream.java:88) ~[mongodb-driver-core-3.2.2.jar!/:na]',
        '\tat com.mongodb.connection.InternalStreamConnection.receiveResponseBuffers(InternalStreamConnection.java:494) ~[mongodb-driver-core-3.2.2.jar!/:na]',
        '\tat com.mongodb.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:114) ~[mongodb-driver-core-3.2.2.jar!/:na]',
        '\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111]',
        '',
        spring(T1, -17.0, 'INFO', 'carts', 'cluster-ClusterId{value=\'6a1f0c3de4b0a71c2f9e5d18\', description=\'null\'}-carts-db:27017', 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server carts-db:27017'),
        '',
        'com.mongodb.MongoSocketOpenException: Exception opening socket',
        '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:63) ~[mongodb-driver-core-3.2.2.jar!/:na]',
        '\tat com.mongodb.connection.InternalStreamConnection.open(InternalStreamConnection.java:114) ~[mongodb-driver-core-3.2.2.jar!/:na]',
        '\tat com.mongodb.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:128) ~[mongodb-driver-core-3.2.2.jar!/:na]',
        '\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111]',
        'Caused by: java.net.ConnectException: Connection refused (Connection refused)',
        '\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_111]',
        '\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350) ~[na:1.8.0_111]',
        '\tat java.net.Socket.connect(Socket.java:589) ~[na:1.8.0_111]',
        '\tat com.mongodb.connection.SocketStreamHelper.initialize(SocketStreamHelper.java:50) ~[mongodb-driver-core-3.2.2.jar!/:na]',
        '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:58) ~[mongodb-driver-core-3.2.2.jar!/:na]',
        '\t... 3 common frames omitted',
        '',
        ...cartsFail(-15.9, 'http-nio-80-exec-3'),
        ...cartsFail(-12.4, 'http-nio-80-exec-9'),
        ...cartsFail(-8.7, 'http-nio-80-exec-1'),
        ...cartsFail(-5.2, 'http-nio-80-exec-6'),
        ...cartsFail(-1.6, 'http-nio-80-exec-4'),
      ],
      'front-end#0/front-end': [
        'GET /catalogue?size=5 200 14.812 ms - 1774',
        'Request received: /cart, undefined',
        'Customer ID: 57a98d98e4b00679b4a830b2',
        'GET /cart 200 21.403 ms - 213',
        'GET /catalogue/d3588630-ad8e-49df-bbd7-3167f7efb246 200 9.116 ms - 398',
        'Request received: /cart, undefined',
        'Customer ID: 57a98d98e4b00679b4a830b2',
        'GET /cart 500 30041.228 ms - 712',
        'Attempting to add to cart: {"id":"3395a43e-2d88-40de-b95f-e00e1502085b"}',
        'POST /cart 500 30066.903 ms - 715',
        'GET /catalogue?size=5 200 11.570 ms - 1774',
        'Request received: /cart, undefined',
        'Customer ID: 5a1f2c0be4b0a7e3c19d4f22',
        'GET /cart 500 30038.517 ms - 712',
        'Request received: /cart, undefined',
        'Customer ID: 57a98d98e4b00679b4a830b2',
        'GET /cart 500 30052.004 ms - 712',
      ],
      'front-end#1/front-end': [
        'GET /catalogue?page=1&size=6&tags= 200 16.020 ms - 2114',
        'GET /tags 200 6.731 ms - 107',
        'Request received: /cart, undefined',
        'Customer ID: 5a1f2c0be4b0a7e3c19d4f22',
        'GET /cart 500 30035.118 ms - 712',
        'GET /customers/5a1f2c0be4b0a7e3c19d4f22 200 12.440 ms - 349',
        'Attempting to add to cart: {"id":"510a0d7e-8e83-4193-b483-e27e09ddc34d"}',
        'POST /cart 500 30059.661 ms - 715',
        'GET /orders 200 41.902 ms - 1028',
      ],
      'orders#0/orders': [
        spring(T1, -28.3, 'INFO', 'orders', 'p-nio-80-exec-5', 'w.w.s.o.controllers.OrdersController', 'Received request to create order for customer 57a98d98e4b00679b4a830b2'),
        spring(T1, -9.8, 'ERROR', 'orders', 'p-nio-80-exec-2', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.HttpServerErrorException: 500 null] with root cause'),
        '',
        'org.springframework.web.client.HttpServerErrorException: 500 null',
        '\tat org.springframework.web.client.DefaultResponseErrorHandler.handleError(DefaultResponseErrorHandler.java:94) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
        '\tat org.springframework.web.client.RestTemplate.handleResponse(RestTemplate.java:700) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
        '\tat works.weave.socks.orders.services.AsyncGetService.getDataList(AsyncGetService.java:58) ~[classes!/:na]',
      ],
      'catalogue#0/catalogue': [
        gokit(T1, -6.1, 'method=List tags= order= pageNum=1 pageSize=5 result=5 err=null took=2.184113ms'),
        gokit(T1, -3.9, 'method=Get id=d3588630-ad8e-49df-bbd7-3167f7efb246 sock=d3588630-ad8e-49df-bbd7-3167f7efb246 err=null took=1.027344ms'),
        gokit(T1, -1.2, 'method=List tags= order= pageNum=1 pageSize=6 result=6 err=null took=2.611902ms'),
      ],
    },
  },
];

/** What the kit cannot express: a Deployment scaled to 0 is Available (0 of 0) with no unavailable replicas. */
export const post = {
  's51b-carts-db-scaled-to-zero': ({ deployments }) => {
    const d = deployments.items.find((x) => x.metadata.name === 'carts-db');
    d.metadata.generation = 6;
    d.status = {
      observedGeneration: 6,
      conditions: [
        { type: 'Available', status: 'True', lastUpdateTime: T1.iso(-60 * 24 * 9), lastTransitionTime: T1.iso(-60 * 24 * 9), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
        d.status.conditions.find((c) => c.type === 'Progressing'),
      ],
    };
  },
};
