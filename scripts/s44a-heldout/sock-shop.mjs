// Batch s44a held-out scenario for Sock Shop (split: test), written blind: the session-2 system definition
// (microservices-demo/microservices-demo complete-demo.yaml at 9dff06f) with one node replaced, and one incident.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

const INC = '2026-03-03T19:52:00Z';
const T = clock(INC);

// The eu-west-1c instance was retired by EC2; the Auto Scaling group launched its replacement in eu-west-1a.
const NEW_NODE = 'ip-10-0-1-207.eu-west-1.compute.internal';
export const system = {
  ...base,
  nodes: [
    base.nodes[0],
    base.nodes[1],
    { name: NEW_NODE, ip: '10.0.1.207', podCidr: '10.0.4', zone: 'eu-west-1a', providerID: 'aws:///eu-west-1a/i-0c41e8b7a95d23f16' },
  ],
  workloads: base.workloads.map((w) =>
    w.name !== 'orders-db'
      ? w
      : {
          ...w,
          // The team's overlay keeps order history on an EBS gp3 claim (upstream: tmpfs only).
          containers: [{ ...w.containers[0], image: 'mongo:4.4.29', volumeMounts: [{ mountPath: '/tmp', name: 'tmp-volume' }, { mountPath: '/data/db', name: 'data' }] }],
          volumes: [...w.volumes, { name: 'data', persistentVolumeClaim: { claimName: 'orders-db-data' } }],
        },
  ),
};
/** Node creation times the kit cannot express (the replacement Node joined 41 minutes before the incident). */
export const nodeCreated = { 's44a-orders-db-pending-zone': { [NEW_NODE]: T.iso(-41) } };

const [N1, N2] = [base.nodes[0].name, base.nodes[1].name];
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [orders,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const CLUSTER_WAIT = 'Timed out after 30000 ms while waiting to connect. Client view of cluster state is {type=UNKNOWN, servers=[{address=orders-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused (Connection refused)}}]';

function ordersLog() {
  const out = [
    spring(-60 * 24 * 9 + 0.5, 'INFO', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 41.386 seconds (JVM running for 44.112)'),
  ];
  out.push(spring(-39.6, 'INFO', 'cluster-ClusterId{value=\'65e4a0c7f1d2b3a4c5d6e7f8\', description=\'null\'}-orders-db:27017', 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server orders-db:27017'));
  out.push('com.mongodb.MongoSocketReadException: Prematurely reached end of stream');
  out.push('\tat com.mongodb.connection.SocketStream.read(SocketStream.java:88) ~[mongodb-driver-core-3.2.2.jar!/:na]');
  out.push('\tat com.mongodb.connection.InternalStreamConnection.receiveResponseBuffers(InternalStreamConnection.java:494) ~[mongodb-driver-core-3.2.2.jar!/:na]');
  out.push('\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111-internal]');
  const orders = [-37.2, -33.9, -29.5, -26.1, -21.7, -18.4, -14.2, -11.8, -8.3, -5.6, -3.1, -1.4];
  orders.forEach((m, i) => {
    out.push(spring(m - 0.2, 'INFO', 'cluster-ClusterId{value=\'65e4a0c7f1d2b3a4c5d6e7f8\', description=\'null\'}-orders-db:27017', 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server orders-db:27017'));
    out.push('com.mongodb.MongoSocketOpenException: Exception opening socket');
    out.push('\tat com.mongodb.connection.SocketStream.open(SocketStream.java:63) ~[mongodb-driver-core-3.2.2.jar!/:na]');
    out.push('\tat com.mongodb.connection.InternalStreamConnection.open(InternalStreamConnection.java:114) ~[mongodb-driver-core-3.2.2.jar!/:na]');
    out.push('\tat com.mongodb.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:128) ~[mongodb-driver-core-3.2.2.jar!/:na]');
    out.push('\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111-internal]');
    out.push('Caused by: java.net.ConnectException: Connection refused (Connection refused)');
    out.push('\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_111-internal]');
    out.push('\tat java.net.Socket.connect(Socket.java:589) ~[na:1.8.0_111-internal]');
    out.push('\tat com.mongodb.connection.SocketStreamHelper.initialize(SocketStreamHelper.java:50) ~[mongodb-driver-core-3.2.2.jar!/:na]');
    out.push('\tat com.mongodb.connection.SocketStream.open(SocketStream.java:58) ~[mongodb-driver-core-3.2.2.jar!/:na]');
    out.push('\t... 3 common frames omitted');
    out.push(spring(m + 0.5, 'ERROR', `http-nio-80-exec-${(i % 10) + 1}`, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: ${CLUSTER_WAIT}; nested exception is com.mongodb.MongoTimeoutException: ${CLUSTER_WAIT}] with root cause`));
    out.push(`com.mongodb.MongoTimeoutException: ${CLUSTER_WAIT}`);
    out.push('\tat com.mongodb.connection.BaseCluster.getDescription(BaseCluster.java:163) ~[mongodb-driver-core-3.2.2.jar!/:na]');
    out.push('\tat com.mongodb.Mongo.execute(Mongo.java:781) ~[mongodb-3.2.2.jar!/:na]');
    out.push('\tat org.springframework.data.mongodb.core.MongoTemplate.insert(MongoTemplate.java:934) ~[spring-data-mongodb-1.9.2.RELEASE.jar!/:na]');
    out.push('\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:104) ~[classes!/:na]');
  });
  return out;
}
// front-end (Node.js express, morgan "dev" format without colour) proxies POST /orders to orders.
function frontLog(seed) {
  const out = [];
  let k = seed;
  for (let m = -44; m < -0.3; m += 1.3) {
    k++;
    const t = (x) => `${(x).toFixed(3)} ms`;
    out.push(`GET /catalogue?size=5 200 ${t(11 + (k % 7) * 1.7)} - 1563`);
    out.push(`GET /cart 200 ${t(9 + (k % 5) * 2.1)} - ${k % 3 ? 2 : 221}`);
    if (k % 5 === 0) out.push(`GET /catalogue/3395a43e-2d88-40de-b95f-e00e1502085b 200 ${t(8.4 + (k % 4))} - 281`);
    if (k % 4 === 0 && m > -38) out.push(`Order response: {"timestamp":${Date.parse(T.isoMs(m))},"status":500,"error":"Internal Server Error","exception":"org.springframework.dao.DataAccessResourceFailureException","message":"Timed out after 30000 ms while waiting to connect. Client view of cluster state is {type=UNKNOWN, servers=[{address=orders-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused (Connection refused)}}]","path":"/orders"}`, `POST /orders 500 ${t(30112 + (k % 9) * 13.7)} - 52`);
    if (k % 4 === 0 && m <= -38) out.push(`POST /orders 201 ${t(184 + (k % 9) * 7.3)} - 294`);
  }
  return out;
}

export const scenarios = [
  {
    folder: 's44a-orders-db-pending-zone',
    split: 'test',
    description: 'sock shop checkout broken - place order spins ~30s then error, carts & browsing fine',
    incidentTime: INC,
    expected: { component: 'orders-db', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'orders-db', cause: 'storage-unavailable' }],
    difficulty: 'hard',
    traits: ['louder-dependents', 'decoy'],
    grounding: `
      Sock Shop complete-demo.yaml (9dff06f): orders (Spring Boot, mongodb-driver 3.2) stores orders in orders-db:27017;
      front-end proxies POST /orders to orders. Deviation from upstream, as teams running it for real do: orders-db keeps
      /data/db on a PersistentVolumeClaim (orders-db-data, gp3 via ebs.csi.aws.com, provisioned in eu-west-1c) and runs
      mongo:4.4. The fault follows the common EKS report of an EBS-backed pod stuck Pending after its node goes: an EC2
      scheduled retirement terminated the eu-west-1c worker, and the Auto Scaling group launched the replacement
      (ip-10-0-1-207) in eu-west-1a; an EBS volume can only attach in its own zone, so the scheduler answers "0/3 nodes are
      available: 3 node(s) had volume node affinity conflict" (kube-scheduler 1.29 text, preemption suffix included) and the
      cluster autoscaler "pod didn't trigger scale-up" for the same reason. The Service has no endpoints, so kube-proxy
      rejects connections: orders' driver monitor logs MongoSocketOpenException / Connection refused and each order fails
      after serverSelectionTimeout (30 s) with MongoTimeoutException through Spring's DataAccessResourceFailureException; the
      front-end logs 500s on POST /orders. The other pods of the retired node were recreated on the new node and are
      healthy (decoys: the node change, a new Node, payment, catalogue, queue-master and shipping pods 40 minutes old).`,
    nodes: {},
    workloads: {
      'orders-db': {
        pods: [{ unscheduled: '0/3 nodes are available: 3 node(s) had volume node affinity conflict. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.', created: T.iso(-39.4) }],
        unavailableSince: -39.4,
        endpointsChanged: -39.5,
      },
      catalogue: { pods: [{ node: NEW_NODE, created: T.iso(-39.3) }] },
      payment: { pods: [{ node: NEW_NODE, created: T.iso(-39.3) }] },
      'queue-master': { pods: [{ node: NEW_NODE, created: T.iso(-39.3) }] },
      shipping: { pods: [{ node: NEW_NODE, created: T.iso(-39.3) }] },
      orders: { pods: [{ node: N2 }] },
      'front-end': { pods: [{ node: N1 }, { node: N2 }] },
    },
    pvcs: [{ name: 'orders-db-data', size: '20Gi', storageClass: 'gp3', volume: 'pvc-8e2b61d4-3c7f-4a95-b0e1-5d9c2f7a4b63', provisioner: 'ebs.csi.aws.com' }],
    events: [
      { on: 'pod:orders-db#0', reason: 'FailedScheduling', type: 'Warning', source: 'default-scheduler', message: '0/3 nodes are available: 3 node(s) had volume node affinity conflict. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.', first: -39.4, last: -1.2, count: 9 },
      { on: 'pod:orders-db#0', reason: 'NotTriggerScaleUp', source: 'cluster-autoscaler', message: "pod didn't trigger scale-up: 1 node(s) had volume node affinity conflict", first: -39, last: -0.9, count: 231 },
      { on: 'pod:catalogue#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: -39.3, last: -39.3 },
      { on: 'pod:catalogue#0', reason: 'Pulling', message: 'Pulling image "weaveworksdemos/catalogue:0.3.5"', fieldPath: 'spec.containers{catalogue}', first: -39.2, last: -39.2 },
      { on: 'pod:catalogue#0', reason: 'Pulled', message: 'Successfully pulled image "weaveworksdemos/catalogue:0.3.5" in 3.214s (3.214s including waiting). Image size: 8764112 bytes.', fieldPath: 'spec.containers{catalogue}', first: -39.1, last: -39.1 },
      { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', fieldPath: 'spec.containers{catalogue}', first: -39.1, last: -39.1 },
      { on: 'pod:payment#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: -39.3, last: -39.3 },
      { on: 'pod:payment#0', reason: 'Started', message: 'Started container payment', fieldPath: 'spec.containers{payment}', first: -39.0, last: -39.0 },
      { on: `node:${NEW_NODE}`, reason: 'Starting', message: 'Starting kubelet.', first: -41, last: -41 },
      { on: `node:${NEW_NODE}`, reason: 'NodeHasSufficientMemory', message: `Node ${NEW_NODE} status is now: NodeHasSufficientMemory`, first: -41, last: -41 },
      { on: `node:${NEW_NODE}`, reason: 'RegisteredNode', source: 'node-controller', message: `Node ${NEW_NODE} event: Registered Node ${NEW_NODE} in Controller`, first: -40.8, last: -40.8 },
      { on: `node:${NEW_NODE}`, reason: 'NodeReady', message: `Node ${NEW_NODE} status is now: NodeReady`, first: -40.5, last: -40.5 },
    ],
    logs: {
      'orders#0/orders': ordersLog(),
      'front-end#0/front-end': frontLog(0),
      'front-end#1/front-end': frontLog(2),
      'catalogue#0/catalogue': [
        `ts=${T.isoMs(-39.05)} caller=main.go:90 transport=HTTP port=80`,
        ...[-30, -20, -10, -2].map((m) => `ts=${T.isoMs(m)} caller=logging.go:62 method=List tags= order= pageNum=1 pageSize=5 result=5 err=null took=1.83ms`),
      ],
      'payment#0/payment': [`ts=${T.isoMs(-39)} caller=main.go:77 transport=HTTP port=80`],
    },
  },
];
