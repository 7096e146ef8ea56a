// Blind dev batch s77c: one Sock Shop scenario (orders-db moved onto a PVC of a StorageClass the cluster does not have,
// with the Recreate strategy), on the session-2 Sock Shop system definition; built by scripts/s77c-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;

const INCIDENT = '2026-05-06T09:38:00Z';
const T = clock(INCIDENT);
const ROLL = -31; // orders-db change applied at 09:07
const tmpMount = { mountPath: '/tmp', name: 'tmp-volume' };
const tmpVol = { name: 'tmp-volume', emptyDir: { medium: 'Memory' } };

const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [orders,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const CLUSTER = "cluster-ClusterId{value='6627c8d41f0a2b0001a3e5f1', description='null'}-orders-db:27017";
const timeout = "Timed out after 30000 ms while waiting to connect. Client view of cluster state is {type=UNKNOWN, servers=[{address=orders-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused (Connection refused)}}]";

const ordersLog = [
  spring(-60 * 24 * 9 + 0.9, 'INFO', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 41.873 seconds (JVM running for 44.112)'),
  spring(-44, 'INFO', 'nio-80-exec-3', 'w.w.s.o.controllers.OrdersController', 'Order created: CustomerOrder{id=\'6627b1e2c9e77c0007f4a8b1\', customerId=\'57a98d98e4b00679b4a830af\', ...}'),
  spring(ROLL + 0.15, 'INFO', CLUSTER.slice(-15), 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server orders-db:27017'),
  'com.mongodb.MongoSocketReadException: Prematurely reached end of stream',
  '\tat com.mongodb.connection.SocketStream.read(SocketStream.java:88) ~[mongo-java-driver-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.InternalStreamConnection.receiveResponseBuffers(InternalStreamConnection.java:494) ~[mongo-java-driver-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:127) ~[mongo-java-driver-3.2.2.jar!/:na]',
  '\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111]',
];
for (let m = ROLL + 1; m < -0.5; m += 2.6) {
  ordersLog.push(
    spring(m, 'INFO', CLUSTER.slice(-15), 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server orders-db:27017'),
    'com.mongodb.MongoSocketOpenException: Exception opening socket',
    '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:63) ~[mongo-java-driver-3.2.2.jar!/:na]',
    '\tat com.mongodb.connection.InternalStreamConnection.open(InternalStreamConnection.java:114) ~[mongo-java-driver-3.2.2.jar!/:na]',
    '\tat com.mongodb.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:128) ~[mongo-java-driver-3.2.2.jar!/:na]',
    '\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111]',
    'Caused by: java.net.ConnectException: Connection refused (Connection refused)',
    '\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_111]',
    '\tat java.net.Socket.connect(Socket.java:589) ~[na:1.8.0_111]',
    '\tat com.mongodb.connection.SocketStreamHelper.initialize(SocketStreamHelper.java:50) ~[mongo-java-driver-3.2.2.jar!/:na]',
    '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:58) ~[mongo-java-driver-3.2.2.jar!/:na]',
    '\t... 3 common frames omitted',
  );
  if (Math.round(m * 10) % 3 === 0 || m > -12) {
    ordersLog.push(
      spring(m + 0.5, 'ERROR', `nio-80-exec-${(Math.round(-m) % 9) + 1}`, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: ${timeout}; nested exception is com.mongodb.MongoTimeoutException: ${timeout}] with root cause`),
      `com.mongodb.MongoTimeoutException: ${timeout}`,
      '\tat com.mongodb.connection.BaseCluster.getDescription(BaseCluster.java:163) ~[mongo-java-driver-3.2.2.jar!/:na]',
      '\tat com.mongodb.Mongo.getConnectedClusterDescription(Mongo.java:712) ~[mongo-java-driver-3.2.2.jar!/:na]',
      '\tat org.springframework.data.mongodb.core.MongoTemplate.doInsert(MongoTemplate.java:985) ~[spring-data-mongodb-1.9.4.RELEASE.jar!/:na]',
      '\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:114) ~[classes!/:na]',
    );
  }
}

const feLog = ['App now running in production mode on port 8079'];
for (let m = -40; m < -0.3; m += 1.9) {
  feLog.push(`GET /catalogue?size=6 200 ${(8 + (Math.round(-m * 7) % 20)).toFixed(3)} ms - 1743`);
  feLog.push(`GET /cart 200 ${(14 + (Math.round(-m * 3) % 11)).toFixed(3)} ms - 211`);
  if (m > ROLL + 1 && Math.round(m * 10) % 4 === 0) {
    feLog.push('Order response: {"timestamp":' + Date.parse(T.isoMs(m + 0.5)) + ',"status":500,"error":"Internal Server Error","exception":"org.springframework.dao.DataAccessResourceFailureException","message":"Timed out after 30000 ms while waiting to connect. Client view of cluster state is {type=UNKNOWN, servers=[{address=orders-db:27017, ...","path":"/orders"}');
    feLog.push(`POST /orders 500 ${(30100 + (Math.round(-m * 13) % 300)).toFixed(3)} ms - 96`);
  }
}

export const scenarios = [
  {
    folder: 's77c-orders-db-pvc-missing-storageclass',
    incidentTime: INCIDENT,
    description: 'checkout broken on sockshop since ~9am, place order spins 30s then "internal server error". fulfilment team pls look, browsing + cart fine',
    expected: { component: 'orders-db', cause: 'storage-unavailable' },
    alsoAcceptable: [
      { component: 'orders-db', cause: 'unschedulable' },
      { component: 'orders-db', cause: 'bad-deploy-rollout' },
      { component: 'orders-db', cause: 'no-endpoints' },
    ],
    difficulty: 'medium',
    traits: ['louder-dependents', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (complete-demo.yaml at 9dff06f): orders-db is a single mongo pod whose data lives in the container (only /tmp
      is an emptyDir); orders (Spring Boot, mongo-java-driver) reaches it as orders-db:27017. Fault: after orders were lost in a
      restart, the fulfilment team made orders-db persistent at 09:07 — a PVC orders-db-data with storageClassName gp3 mounted
      at /data/db, and strategy Recreate (right for a ReadWriteOnce volume). An EKS cluster only ships the gp2 StorageClass (gp3
      must be created by hand), so the claim stays Pending with persistentvolume-controller ProvisioningFailed
      'storageclass.storage.k8s.io "gp3" not found' (the message the PV controller writes when the class does not exist), and the
      new pod stays Pending: "0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims." Recreate scaled the old
      pod away first, so orders-db has no endpoints; kube-proxy rejects, orders logs the driver's monitor ConnectException and
      30 s MongoTimeoutException 500s on every POST /orders, front-end returns them (morgan dev lines). The ReplicaSets differ
      exactly by the data volumeMount (and the pod volume); the Deployment passed its 600 s progress deadline. Decoy: a carts
      OOMKill three days ago, healthy since. Deviations from upstream: the PVC, the mount and the Recreate strategy (the change
      under test); the build script writes the Recreate strategy and the Pending claim, which the kit cannot express.`,
    workloads: {
      'orders-db': {
        patch: { volumes: [tmpVol, { name: 'data', persistentVolumeClaim: { claimName: 'orders-db-data' } }] },
        containers: { 'orders-db': { volumeMounts: [tmpMount, { mountPath: '/data/db', name: 'data' }] } },
        rollout: { at: ROLL, oldReplicas: 0, oldPatch: { volumes: [tmpVol] }, oldContainers: { 'orders-db': { volumeMounts: [tmpMount] } } },
        pods: [{ unscheduled: '0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.', created: T.iso(ROLL + 0.6) }],
        unavailableSince: ROLL,
        endpointsChanged: ROLL + 0.1,
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(ROLL + 10.6), lastTransitionTime: T.iso(ROLL + 10.6), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
      carts: {
        pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 41), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 41.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:orders-db', reason: 'ScalingReplicaSet', message: 'Scaled down replica set orders-db-%OLD% to 0 from 1', first: ROLL },
      { on: 'deploy:orders-db', reason: 'ScalingReplicaSet', message: 'Scaled up replica set orders-db-%NEW% to 1', first: ROLL + 0.55 },
      { on: 'pvc:orders-db-data', reason: 'ProvisioningFailed', type: 'Warning', message: 'storageclass.storage.k8s.io "gp3" not found', first: ROLL - 0.2, last: -0.3, count: 124 },
      { on: 'pod:orders-db#0', reason: 'FailedScheduling', type: 'Warning', source: 'default-scheduler', message: '0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.', first: ROLL + 0.6, last: -1.1, count: 7 },
    ],
    pvcs: [{ name: 'orders-db-data', size: '5Gi', storageClass: 'gp3', phase: 'Pending' }],
    logs: {
      'orders#0/orders': ordersLog,
      'front-end#0/front-end': feLog,
      'front-end#1/front-end': feLog.filter((_, i) => i % 3 === 0),
    },
  },
];
