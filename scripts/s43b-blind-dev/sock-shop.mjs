// Batch s43b (blind dev): one Sock Shop incident on the session-2 system (scripts/s2-scenarios/sock-shop.mjs) with a fourth node.
// orders-db (moved onto an EBS claim, strategy Recreate) is rolled to add resources; its volume stays attached to the old node: Multi-Attach.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

const EXTRA = { name: 'ip-10-0-1-187.eu-west-1.compute.internal', ip: '10.0.1.187', podCidr: '10.0.1', zone: 'eu-west-1a', providerID: 'aws:///eu-west-1a/i-0c52e8f3a91d74b26' };
export const system = { ...base, nodes: [...base.nodes, EXTRA] };
const [A1, B, C] = base.nodes.map((n) => n.name);
const A2 = EXTRA.name;
const T = clock('2026-06-09T13:02:00Z');
const PV = 'pvc-3f0c7a91-2b6e-4d8a-9e15-7c4b0d2a6f38';

const ordersDb = base.workloads.find((w) => w.name === 'orders-db');
const dataVol = { name: 'data', persistentVolumeClaim: { claimName: 'orders-db-data' } };
const mounts = [{ mountPath: '/tmp', name: 'tmp-volume' }, { mountPath: '/data/db', name: 'data' }];

const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [orders,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const STATE = 'Client view of cluster state is {type=UNKNOWN, servers=[{address=orders-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused (Connection refused)}}]';
const MINS = [-19.6, -17.3, -15.8, -13.1, -11.4, -9.9, -7.6, -5.8, -4.1, -2.2, -0.9];
const ordersLog = [
  spring(-20.9, 'INFO', 'ngo-27017', 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server orders-db:27017'),
  '',
  'com.mongodb.MongoSocketReadException: Prematurely reached end of stream',
  '\tat com.mongodb.connection.SocketStream.read(SocketStream.java:88) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.InternalStreamConnection.receiveResponseBuffers(InternalStreamConnection.java:494) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:116) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111-internal]',
  '',
  spring(-20.6, 'INFO', 'ngo-27017', 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server orders-db:27017'),
  '',
  'com.mongodb.MongoSocketOpenException: Exception opening socket',
  '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:63) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.InternalStreamConnection.open(InternalStreamConnection.java:114) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:128) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111-internal]',
  'Caused by: java.net.ConnectException: Connection refused (Connection refused)',
  '\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_111-internal]',
  '\tat java.net.Socket.connect(Socket.java:589) ~[na:1.8.0_111-internal]',
  '\tat com.mongodb.connection.SocketStreamHelper.initialize(SocketStreamHelper.java:50) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:58) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\t... 3 common frames omitted',
  '',
  ...MINS.flatMap((m) => [
    spring(m, 'ERROR', 'p-nio-80-exec-' + (1 + Math.round(-m) % 9), 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Timed out after 10000 ms while waiting for a server that matches WritableServerSelector. ${STATE}; nested exception is com.mongodb.MongoTimeoutException: Timed out after 10000 ms while waiting for a server that matches WritableServerSelector. ${STATE}] with root cause`,
    ),
    '',
    `com.mongodb.MongoTimeoutException: Timed out after 10000 ms while waiting for a server that matches WritableServerSelector. ${STATE}`,
    '\tat com.mongodb.connection.BaseCluster.selectServer(BaseCluster.java:75) ~[mongodb-driver-core-3.2.2.jar!/:na]',
    '\tat com.mongodb.binding.ClusterBinding$ClusterBindingConnectionSource.<init>(ClusterBinding.java:71) ~[mongodb-driver-core-3.2.2.jar!/:na]',
    '\tat com.mongodb.binding.ClusterBinding.getWriteConnectionSource(ClusterBinding.java:68) ~[mongodb-driver-core-3.2.2.jar!/:na]',
    '\tat com.mongodb.operation.OperationHelper.withConnection(OperationHelper.java:219) ~[mongodb-driver-core-3.2.2.jar!/:na]',
    '\tat com.mongodb.operation.MixedBulkWriteOperation.execute(MixedBulkWriteOperation.java:168) ~[mongodb-driver-core-3.2.2.jar!/:na]',
    '\tat com.mongodb.Mongo.execute(Mongo.java:781) ~[mongodb-driver-3.2.2.jar!/:na]',
    '\tat org.springframework.data.mongodb.core.MongoTemplate.insertDocument(MongoTemplate.java:1003) ~[spring-data-mongodb-1.9.4.RELEASE.jar!/:na]',
    '\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:112) ~[classes!/:na]',
    '',
  ]),
];
const frontLog = (mins) => mins.flatMap((m) => [
  'Posting Order: {"customer":"http://user/customers/57a98d98e4b00679b4a830af","address":"http://user/addresses/57a98d98e4b00679b4a830ad","card":"http://user/cards/57a98d98e4b00679b4a830ae","items":"http://carts/carts/57a98d98e4b00679b4a830af/items"}',
  `Order response: {"timestamp":${Date.parse(T.isoMs(m + 0.17))},"status":500,"error":"Internal Server Error","exception":"org.springframework.dao.DataAccessResourceFailureException","message":"Timed out after 10000 ms while waiting for a server that matches WritableServerSelector. ${STATE.replaceAll('"', '\\"')}; nested exception is com.mongodb.MongoTimeoutException: Timed out after 10000 ms while waiting for a server that matches WritableServerSelector.","path":"/orders"}`,
]);

export const scenarios = [
  {
    folder: 's43b-orders-db-ebs-multi-attach',
    incidentTime: '2026-06-09T13:02:00Z',
    description: "sock shop checkout broken - 'place order' fails for everyone since about 12:40, carts and browsing ok",
    expected: { component: 'orders-db', cause: 'storage-unavailable' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      complete-demo.yaml (9dff06f): orders-db is a one-replica Deployment of image mongo with only a tmpfs /tmp, orders (Spring Boot,
      mongodb-driver 3.2) writes orders to mongodb://orders-db:27017/data, front-end posts orders to http://orders/orders and logs
      "Posting Order" / "Order response". Deviations: orders-db keeps its data on a 10Gi gp3 EBS claim (ebs.csi.aws.com, RWO) with
      strategy Recreate, and the EKS node group has a second node in eu-west-1a. Incident: at 12:41 a change adds requests/limits to
      orders-db; Recreate stops the old pod on ip-10-0-1-23 but the EBS volume stays attached to that instance (a known EBS/CSI
      failure: the detach hangs with the volume "busy"), the new pod is scheduled to the other eu-west-1a node and the
      attach-detach controller refuses: "Multi-Attach error for volume ... Volume is already exclusively attached to one node and
      can't be attached to another"; the kubelet times out mounting. The pod stays ContainerCreating, the Service has no endpoints,
      orders' driver gets connection refused and every POST /orders times out after 10 s. Kubelet and attachdetach-controller texts
      as Kubernetes 1.29 writes them. Decoy: a front-end pod OOMKilled three days ago.`,
    workloads: {
      'orders-db': {
        patch: { volumes: [...ordersDb.volumes, dataVol] },
        containers: { 'orders-db': { volumeMounts: mounts, resources: { requests: { cpu: '200m', memory: '512Mi' }, limits: { cpu: '1', memory: '1Gi' } } } },
        rollout: { at: -21.2, revision: 5, oldContainers: { 'orders-db': { volumeMounts: mounts, resources: {} } } },
        pods: [{ node: A2, creating: true, created: T.iso(-20.7) }],
        unavailableSince: -21.2,
      },
      orders: { pods: [{ node: B }] },
      'front-end': {
        pods: [
          { node: C, containers: { 'front-end': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 76), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 76 - 0.2) } }) } },
          { node: A1 },
        ],
      },
    },
    pvcs: [{ name: 'orders-db-data', volume: PV, size: '10Gi' }],
    events: [
      { on: 'deploy:orders-db', reason: 'ScalingReplicaSet', message: 'Scaled down replica set orders-db-%OLD% to 0 from 1', first: -21.2 },
      { on: 'deploy:orders-db', reason: 'ScalingReplicaSet', message: 'Scaled up replica set orders-db-%NEW% to 1', first: -20.7 },
      { on: 'rs:orders-db', reason: 'SuccessfulCreate', message: 'Created pod: orders-db-%RS%', first: -20.7 },
      { on: 'pod:orders-db#0', source: 'default-scheduler', reason: 'Scheduled', message: `Successfully assigned sock-shop/%POD% to ${A2}`, first: -20.7 },
      { on: 'pod:orders-db#0', source: 'attachdetach-controller', reason: 'FailedAttachVolume', type: 'Warning', message: `Multi-Attach error for volume "${PV}" Volume is already exclusively attached to one node and can't be attached to another`, first: -20.7, last: -0.6, count: 12 },
      { on: 'pod:orders-db#0', reason: 'FailedMount', type: 'Warning', message: 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data tmp-volume kube-api-access-r7x4q]: timed out waiting for the condition', first: -18.6, last: -0.5, count: 9 },
    ],
    logs: {
      'orders#0/orders': ordersLog,
      'front-end#0/front-end': frontLog(MINS.filter((_, i) => i % 2)),
      'front-end#1/front-end': frontLog(MINS.filter((_, i) => !(i % 2))),
      'carts#0/carts': [
        `${T.java(-14.2)}  INFO [carts,,,] 7 --- [p-nio-80-exec-4] w.w.s.cart.controllers.ItemsController     : Adding item to cart: Item{id='null', itemId='3395a43e-2d88-40de-b95f-e00e1502085b', quantity=1, unitPrice=18.0}`,
        `${T.java(-6.8)}  INFO [carts,,,] 7 --- [p-nio-80-exec-9] w.w.s.cart.controllers.ItemsController     : Adding item to cart: Item{id='null', itemId='808a2de1-1aaa-4c25-a9b9-6612e8f29a38', quantity=1, unitPrice=17.32}`,
      ],
    },
  },
];

/** The kit writes RollingUpdate; this Deployment uses Recreate. */
export const post = {
  's43b-orders-db-ebs-multi-attach': ({ readJson, writeJson, dir }) => {
    const f = `${dir}/deployments.json`;
    const d = readJson(f);
    for (const x of d.items) if (x.metadata.name === 'orders-db') x.spec.strategy = { type: 'Recreate' };
    writeJson(f, d);
  },
};
