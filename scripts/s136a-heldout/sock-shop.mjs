// Batch s136a (held out): Sock Shop scenarios, on the system of scripts/s2-scenarios/sock-shop.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;
const spring = (T, min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const mongoTimeout = (ms) => `Timed out after ${ms} ms while waiting for a server that matches ReadPreferenceServerSelector{readPreference=primary}. Client view of cluster state is {type=UNKNOWN, servers=[{address=orders-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.SocketTimeoutException: connect timed out}}]`;

// 1. A NetworkPolicy on orders-db drops the orders service's connections.
const T1 = clock('2026-05-06T16:41:00Z');
const orderErr = (min) => [
  spring(T1, min, 'ERROR', 'orders', 'http-nio-80-exec-4', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: ${mongoTimeout(30000)}; nested exception is com.mongodb.MongoTimeoutException: ${mongoTimeout(30000)}] with root cause`,
  ),
  '',
  `com.mongodb.MongoTimeoutException: ${mongoTimeout(30000)}`,
  '\tat com.mongodb.connection.BaseCluster.getDescription(BaseCluster.java:167) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.SingleServerCluster.getDescription(SingleServerCluster.java:41) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.Mongo.getClusterDescription(Mongo.java:527) ~[mongodb-driver-3.2.2.jar!/:na]',
  '\tat org.springframework.data.mongodb.core.MongoTemplate.doInsert(MongoTemplate.java:1011) ~[spring-data-mongodb-1.9.4.RELEASE.jar!/:na]',
  '\tat org.springframework.data.mongodb.repository.support.SimpleMongoRepository.save(SimpleMongoRepository.java:78) ~[spring-data-mongodb-1.9.4.RELEASE.jar!/:na]',
  '\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:109) ~[classes!/:na]',
];
const s1 = {
  folder: 's136a-orders-hang-mongo',
  incidentTime: '2026-05-06T16:41:00Z',
  description: 'sock shop: placing an order spins forever then 500s, last ~20 min. carts + catalogue fine. secteam rolled some policy stuff today fyi',
  expected: { component: 'orders-db', cause: 'network-fault' },
  alsoAcceptable: [{ component: 'orders', cause: 'network-fault' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'network-policy', 'callers-only', 'louder-dependents', 'time-expression', 'team-name'],
  grounding: `
    Sock Shop complete-demo.yaml: orders (Spring Boot, mongodb-driver 3.2) stores orders in orders-db (mongo:27017,
    Service orders-db), pods labelled name=<service>. The fault follows the network-policy chaos / misconfiguration
    pattern (Kubernetes docs: once a policy selects a pod, ingress not allowed by some policy is dropped): a
    NetworkPolicy applied at 16:23 selects name=orders-db and allows ingress only from pods labelled
    app.kubernetes.io/part-of=sock-shop, a label the upstream pods do not carry. orders-db stays Running and Ready
    (its probes, if any, come from the kubelet on the node), orders pods stay Ready; only orders' logs show Mongo
    connect timeouts, and front-end shows the 500s. Deviations: the policy is invented; everything else is upstream.
  `,
  networkPolicies: [
    { name: 'orders-db-restrict-ingress', created: -18, spec: { podSelector: { matchLabels: { name: 'orders-db' } }, policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/part-of': 'sock-shop' } } }], ports: [{ protocol: 'TCP', port: 27017 }] }] } },
  ],
  events: [],
  logs: {
    'orders#0/orders': [
      spring(T1, -40, 'INFO', 'orders', 'http-nio-80-exec-2', 'w.w.s.o.controllers.OrdersController', 'Starting calls'),
      spring(T1, -40, 'INFO', 'orders', 'http-nio-80-exec-2', 'w.w.s.o.controllers.OrdersController', 'End of calls.'),
      spring(T1, -40, 'INFO', 'orders', 'http-nio-80-exec-2', 'w.w.s.o.controllers.OrdersController', 'Received payment response: PaymentResponse{authorised=true, message=Payment authorised}'),
      spring(T1, -40, 'INFO', 'orders', 'http-nio-80-exec-2', 'w.w.s.o.controllers.OrdersController', 'Saved order: CustomerOrder{id=6639f3a1e4b0c2d1a7f9e812, customerId=57a98d98e4b00679b4a830af, ...}'),
      spring(T1, -17.5, 'INFO', 'orders', 'cluster-ClusterId{value=\'6638b1c2e4b0a9f3c0d7e411\', description=\'null\'}-orders-db:27017', 'org.mongodb.driver.cluster', "Exception in monitor thread while connecting to server orders-db:27017"),
      '',
      'com.mongodb.MongoSocketOpenException: Exception opening socket',
      '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:63) ~[mongodb-driver-core-3.2.2.jar!/:na]',
      '\tat com.mongodb.connection.InternalStreamConnection.open(InternalStreamConnection.java:114) ~[mongodb-driver-core-3.2.2.jar!/:na]',
      '\tat com.mongodb.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:128) ~[mongodb-driver-core-3.2.2.jar!/:na]',
      '\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111]',
      'Caused by: java.net.SocketTimeoutException: connect timed out',
      '\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_111]',
      '\tat java.net.Socket.connect(Socket.java:589) ~[na:1.8.0_111]',
      '\tat com.mongodb.connection.SocketStreamHelper.initialize(SocketStreamHelper.java:50) ~[mongodb-driver-core-3.2.2.jar!/:na]',
      '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:58) ~[mongodb-driver-core-3.2.2.jar!/:na]',
      '\t... 3 common frames omitted',
      '',
      spring(T1, -12.6, 'INFO', 'orders', 'http-nio-80-exec-4', 'w.w.s.o.controllers.OrdersController', 'Starting calls'),
      spring(T1, -12.5, 'INFO', 'orders', 'http-nio-80-exec-4', 'w.w.s.o.controllers.OrdersController', 'Received payment response: PaymentResponse{authorised=true, message=Payment authorised}'),
      ...orderErr(-12),
      '',
      spring(T1, -5.6, 'INFO', 'orders', 'http-nio-80-exec-7', 'w.w.s.o.controllers.OrdersController', 'Starting calls'),
      spring(T1, -5.5, 'INFO', 'orders', 'http-nio-80-exec-7', 'w.w.s.o.controllers.OrdersController', 'Received payment response: PaymentResponse{authorised=true, message=Payment authorised}'),
      ...orderErr(-5),
    ],
    'orders-db#0/orders-db': [
      `${T1.isoMs(-60 * 24 * 9 + 0.4).replace('Z', '+0000')} I NETWORK  [initandlisten] waiting for connections on port 27017`,
      `${T1.isoMs(-19.2).replace('Z', '+0000')} I NETWORK  [conn4182] end connection 10.0.2.77:51742 (3 connections now open)`,
    ],
    'front-end#0/front-end': [
      'Order response: {"id":"6639f3a1e4b0c2d1a7f9e812","customerId":"57a98d98e4b00679b4a830af","total":104.98}',
      'POST /orders 201 1264.322 ms - 402',
      'Order response: {"timestamp":1778084940117,"status":500,"error":"Internal Server Error","exception":"org.springframework.dao.DataAccessResourceFailureException","message":"Timed out after 30000 ms while waiting for a server that matches ReadPreferenceServerSelector{readPreference=primary}.","path":"/orders"}',
      'POST /orders 500 30412.517 ms - 19',
      'GET /catalogue?size=5 200 38.103 ms - 1172',
      'Order response: {"timestamp":1778085360098,"status":500,"error":"Internal Server Error","exception":"org.springframework.dao.DataAccessResourceFailureException","message":"Timed out after 30000 ms while waiting for a server that matches ReadPreferenceServerSelector{readPreference=primary}.","path":"/orders"}',
      'POST /orders 500 30388.940 ms - 19',
      'GET /cart 200 21.557 ms - 211',
    ],
  },
};

// 2. shipping release pinned to a tag that does not exist; the old pod keeps serving.
const T2 = clock('2026-05-08T11:18:00Z');
const NEW = 'weaveworksdemos/shipping:0.4.9';
const s2 = {
  folder: 's136a-shipping-release-stuck',
  incidentTime: '2026-05-08T11:18:00Z',
  description: 'deploy of shippng has been hanging for 20 min, CD pipeline timed out waiting for rollout. shop seems ok?',
  expected: { component: 'shipping', cause: 'image-pull' },
  alsoAcceptable: [{ component: 'shipping', cause: 'bad-deploy-rollout' }],
  difficulty: 'easy',
  traits: ['rollout-regression', 'typo', 'time-expression', 'decoy'],
  grounding: `
    Sock Shop complete-demo.yaml: shipping runs weaveworksdemos/shipping:0.4.8 with one replica; RollingUpdate with
    25%/25% keeps the old pod while the new one is unavailable. The fault is the common "tag not found" release error:
    the release bumped the image to 0.4.9, which Docker Hub does not have, so containerd reports NotFound and the
    kubelet backs off (ErrImagePull then ImagePullBackOff); after progressDeadlineSeconds the Deployment reports
    ProgressDeadlineExceeded. Decoy: carts has one OOMKilled restart four days ago. Deviations: the bumped tag and the
    timing are invented.
  `,
  workloads: {
    shipping: {
      containers: { shipping: { image: NEW } },
      rollout: { at: -21, revision: 4, oldReplicas: 1, oldContainers: { shipping: { image: 'weaveworksdemos/shipping:0.4.8' } } },
      pods: [{ ready: false, containers: { shipping: cs.waiting('ImagePullBackOff', `Back-off pulling image "${NEW}"`) } }],
      unavailableSince: -21,
      progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T2.iso(-11), lastTransitionTime: T2.iso(-11), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
    },
    carts: {
      pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T2.iso(-60 * 24 * 4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T2.iso(-60 * 24 * 9), finishedAt: T2.iso(-60 * 24 * 4 - 0.1) } }) } }],
    },
  },
  events: [
    { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shipping-%NEW% to 1', first: -21, last: -21 },
    { on: 'pod:shipping#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: -20.5 },
    { on: 'pod:shipping#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, fieldPath: 'spec.containers{shipping}', first: -20.4, last: -3.2, count: 8 },
    { on: 'pod:shipping#0', reason: 'Failed', type: 'Warning', message: `Failed to pull image "${NEW}": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/${NEW}": failed to resolve reference "docker.io/${NEW}": docker.io/${NEW}: not found`, fieldPath: 'spec.containers{shipping}', first: -20.3, last: -3.1, count: 8 },
    { on: 'pod:shipping#0', reason: 'Failed', type: 'Warning', message: 'Error: ErrImagePull', fieldPath: 'spec.containers{shipping}', first: -20.3, last: -3.1, count: 8 },
    { on: 'pod:shipping#0', reason: 'BackOff', message: `Back-off pulling image "${NEW}"`, fieldPath: 'spec.containers{shipping}', first: -20.1, last: -0.6, count: 81 },
    { on: 'pod:shipping#0', reason: 'Failed', type: 'Warning', message: 'Error: ImagePullBackOff', fieldPath: 'spec.containers{shipping}', first: -20.1, last: -0.6, count: 81 },
  ],
  logs: {
    'shipping#old0/shipping': [
      spring(T2, -30, 'INFO', 'shipping', 'http-nio-80-exec-3', 'w.w.s.s.controllers.ShippingController', 'Adding shipment to queue...'),
      spring(T2, -9, 'INFO', 'shipping', 'http-nio-80-exec-5', 'w.w.s.s.controllers.ShippingController', 'Adding shipment to queue...'),
      spring(T2, -2, 'INFO', 'shipping', 'http-nio-80-exec-6', 'w.w.s.s.controllers.ShippingController', 'Adding shipment to queue...'),
    ],
  },
};

export const scenarios = [s1, s2];
