// Sock Shop blind dev scenario of batch s41b (kit spec; built by scripts/s41b-build.mjs): DiskPressure on an EKS node with the
// default 20 GiB root volume evicts carts-db, whose MongoDB data lives in the container's writable layer, and every cart is lost.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;

const spring = (T, min, level, app, thread, logger, msg) =>
  `${T.java(min)} ${level.padStart(5)} [${app},,,] 1 --- [${thread.slice(-15).padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const mongod = (T, min, sev, comp, ctx, msg) => `${T.isoMs(min).replace('Z', '+0000')} ${sev} ${comp.padEnd(8)} [${ctx}] ${msg}`;

const N1 = 'ip-10-0-2-148.eu-west-1.compute.internal';
const N3 = 'ip-10-0-3-91.eu-west-1.compute.internal';

const s1 = (() => {
  const incidentTime = '2026-05-19T09:58:00Z';
  const T = clock(incidentTime);
  const EV = -18.6; // carts-db evicted (09:39:24)
  const UP = -18.05; // new carts-db accepting connections
  const monitorThread = "cluster-ClusterId{value='6a4c1e0f9b2d7a3c5e8f1027', description='null'}-carts-db:27017";
  const refused = [
    'com.mongodb.MongoSocketOpenException: Exception opening socket',
    '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:63) ~[mongodb-driver-core-3.2.2.jar!/:na]',
    '\tat com.mongodb.connection.InternalStreamConnection.open(InternalStreamConnection.java:114) ~[mongodb-driver-core-3.2.2.jar!/:na]',
    '\tat com.mongodb.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:128) ~[mongodb-driver-core-3.2.2.jar!/:na]',
    '\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111-internal]',
    'Caused by: java.net.ConnectException: Connection refused (Connection refused)',
    '\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_111-internal]',
    '\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350) ~[na:1.8.0_111-internal]',
    '\tat java.net.Socket.connect(Socket.java:589) ~[na:1.8.0_111-internal]',
    '\tat com.mongodb.connection.SocketStreamHelper.initialize(SocketStreamHelper.java:50) ~[mongodb-driver-core-3.2.2.jar!/:na]',
    '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:58) ~[mongodb-driver-core-3.2.2.jar!/:na]',
    '\t... 3 common frames omitted',
  ];
  const timeout =
    "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Timed out after 10000 ms while waiting for a server that matches ReadPreferenceServerSelector{readPreference=primary}. Client view of cluster state is {type=UNKNOWN, servers=[{address=carts-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused (Connection refused)}}]; nested exception is com.mongodb.MongoTimeoutException: Timed out after 10000 ms while waiting for a server that matches ReadPreferenceServerSelector{readPreference=primary}. Client view of cluster state is {type=UNKNOWN, servers=[{address=carts-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused (Connection refused)}}]] with root cause";
  const carts = [
    spring(T, -60 * 24 * 9 + 0.6, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 41.773 seconds (JVM running for 44.108)'),
    spring(T, EV + 0.004, 'INFO', 'carts', monitorThread, 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server carts-db:27017'),
    ...refused,
  ];
  for (let m = EV + 0.18, k = 0; m < UP; m += 0.16, k++)
    carts.push(spring(T, m, 'ERROR', 'carts', `http-nio-80-exec-${3 + (k % 6)}`, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', timeout), 'com.mongodb.MongoTimeoutException: Timed out after 10000 ms while waiting for a server that matches ReadPreferenceServerSelector{readPreference=primary}. Client view of cluster state is {type=UNKNOWN, servers=[{address=carts-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused (Connection refused)}}]', '\tat com.mongodb.connection.BaseCluster.selectServer(BaseCluster.java:75) ~[mongodb-driver-core-3.2.2.jar!/:na]', '\tat com.mongodb.binding.ClusterBinding.getReadConnectionSource(ClusterBinding.java:63) ~[mongodb-driver-core-3.2.2.jar!/:na]');
  carts.push(
    spring(T, UP + 0.03, 'INFO', 'carts', monitorThread, 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:41, serverValue:1}] to carts-db:27017'),
    spring(T, UP + 0.0301, 'INFO', 'carts', monitorThread, 'org.mongodb.driver.cluster', 'Monitor thread successfully connected to server with description ServerDescription{address=carts-db:27017, type=STANDALONE, state=CONNECTED, ok=true, version=ServerVersion{versionList=[3, 4, 24]}, minWireVersion=0, maxWireVersion=5, maxDocumentSize=16777216, roundTripTimeNanos=1187342}'),
    spring(T, UP + 0.09, 'INFO', 'carts', 'http-nio-80-exec-2', 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:42, serverValue:2}] to carts-db:27017'),
  );
  const newDb = [
    mongod(T, UP - 0.02, 'I', 'CONTROL', 'initandlisten', 'MongoDB starting : pid=1 port=27017 dbpath=/data/db 64-bit host=%POD%'),
    mongod(T, UP - 0.02, 'I', 'CONTROL', 'initandlisten', 'db version v3.4.24'),
    mongod(T, UP - 0.02, 'I', 'CONTROL', 'initandlisten', 'git version: 865b4f6a96d0f5425e39a18337105f33e8db504d'),
    mongod(T, UP - 0.02, 'I', 'CONTROL', 'initandlisten', 'OpenSSL version: OpenSSL 1.0.1t  3 May 2016'),
    mongod(T, UP - 0.02, 'I', 'CONTROL', 'initandlisten', 'options: {}'),
    mongod(T, UP - 0.0195, 'I', 'STORAGE', 'initandlisten', 'wiredtiger_open config: create,cache_size=7364M,session_max=20000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000),checkpoint=(wait=60,log_size=2GB),statistics_log=(wait=0),'),
    mongod(T, UP - 0.012, 'I', 'CONTROL', 'initandlisten', ''),
    mongod(T, UP - 0.012, 'I', 'CONTROL', 'initandlisten', '** WARNING: Access control is not enabled for the database.'),
    mongod(T, UP - 0.012, 'I', 'CONTROL', 'initandlisten', '**          Read and write access to data and configuration is unrestricted.'),
    mongod(T, UP - 0.012, 'I', 'CONTROL', 'initandlisten', ''),
    mongod(T, UP - 0.011, 'I', 'INDEX', 'initandlisten', 'build index on: admin.system.version properties: { v: 2, key: { version: 1 }, name: "incompatible_with_version_32", ns: "admin.system.version" }'),
    mongod(T, UP - 0.011, 'I', 'INDEX', 'initandlisten', '\t building index using bulk method; build may temporarily use up to 500 megabytes of RAM'),
    mongod(T, UP - 0.0108, 'I', 'INDEX', 'initandlisten', 'build index done.  scanned 0 total records. 0 secs'),
    mongod(T, UP - 0.0106, 'I', 'COMMAND', 'initandlisten', 'setting featureCompatibilityVersion to 3.4'),
    mongod(T, UP - 0.0105, 'I', 'FTDC', 'initandlisten', "Initializing full-time diagnostic data capture with directory '/data/db/diagnostic.data'"),
    mongod(T, UP - 0.0104, 'I', 'NETWORK', 'thread1', 'waiting for connections on port 27017'),
    mongod(T, UP + 0.03, 'I', 'NETWORK', 'thread1', 'connection accepted from %IPOF:carts#0%:45822 #1 (1 connection now open)'),
    mongod(T, UP + 0.09, 'I', 'NETWORK', 'thread1', 'connection accepted from %IPOF:carts#0%:45830 #2 (2 connections now open)'),
    mongod(T, UP + 0.1, 'I', 'NETWORK', 'conn2', 'received client metadata from %IPOF:carts#0%:45830 conn2: { driver: { name: "mongo-java-driver", version: "3.2.2" }, os: { type: "Linux", name: "Linux", architecture: "amd64", version: "5.10.227-219.884.amzn2.x86_64" }, platform: "Java/Oracle Corporation/1.8.0_111-internal-alpine-r0-b14" }'),
    mongod(T, UP + 0.2, 'I', 'INDEX', 'conn2', 'build index on: data.cart properties: { v: 2, key: { _id: 1 }, name: "_id_", ns: "data.cart" }'),
    mongod(T, UP + 0.2, 'I', 'INDEX', 'conn2', 'build index done.  scanned 0 total records. 0 secs'),
  ];
  const diskFalse = (t) => ({ type: 'DiskPressure', status: 'False', lastHeartbeatTime: T.iso(-0.4), lastTransitionTime: T.iso(t), reason: 'KubeletHasNoDiskPressure', message: 'kubelet has no disk pressure' });
  return {
    folder: 's41b-carts-db-evicted-disk-pressure',
    incidentTime,
    description: 'customers complaining their baskets got emptied + some add-to-cart errors around 9:40, carts team pls check',
    expected: { component: 'carts-db', cause: 'node-pressure', node: N1 },
    difficulty: 'hard',
    traits: ['node-level', 'time-expression', 'team-name', 'decoy'],
    grounding: `
      Sock Shop complete-demo.yaml (microservices-demo 9dff06f): carts-db is a single mongo Deployment with no volume for /data/db
      (only a /tmp emptyDir), so the data lives in the container's writable layer and counts as the pod's ephemeral storage;
      carts reaches it as mongodb://carts-db:27017/data with the 3.2 Java driver. Deviation: the team pins mongo:3.4 for the
      databases instead of the untagged image. The EKS managed node group keeps the default 20 GiB root volume, a common cause
      of DiskPressure (EKS best-practices and many reports): with images and a carts collection of ~6 GiB the kubelet's hard
      threshold nodefs.available<10% is crossed at 09:37, image GC finds nothing to free ("failed to garbage collect required
      amount of images"), and the kubelet evicts the pod using the most ephemeral storage over its request, carts-db ("The node
      was low on resource: ephemeral-storage ... Container carts-db was using ...Ki, request is 0"). The Deployment re-creates it
      on another node with an empty dbpath (mongod's wiredtiger_open "create"), so every cart is gone; carts logs the driver's
      connection refused and MongoTimeoutException for ~30 s and recovers; the node's DiskPressure clears five minutes after the
      eviction (the transition period), leaving the NodeHasDiskPressure/NodeHasNoDiskPressure events and the Evicted pod.
      Decoys: an orders rollout 45 minutes earlier (healthy), an old user OOMKill four days ago. The expected answer is the node's
      disk pressure (on carts-db, naming the node).`,
    nodes: { [N1]: { conditions: { DiskPressure: diskFalse(-13.4) } } },
    workloads: {
      'carts-db': {
        containers: { 'carts-db': { image: 'mongo:3.4' } },
        pods: [
          { node: N1, evicted: `The node was low on resource: ephemeral-storage. Threshold quantity: 2146223308, available: 1796104Ki. Container carts-db was using 6390516Ki, request is 0, has larger consumption of ephemeral-storage. `, created: T.iso(-60 * 24 * 9) },
          { node: N3, created: T.iso(EV + 0.03), containers: { 'carts-db': cs.running(T.iso(UP - 0.03)) }, readyTransition: T.iso(UP - 0.02) },
        ],
        endpointsChanged: UP - 0.02,
      },
      'orders-db': { containers: { 'orders-db': { image: 'mongo:3.4' } } },
      orders: {
        rollout: { at: -45, revision: 6, oldContainers: { orders: { env: [{ name: 'JAVA_OPTS', value: '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false' }] } } },
        containers: { orders: { env: [{ name: 'JAVA_OPTS', value: '-Xms64m -Xmx160m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false' }] } },
      },
      user: { pods: [{ containers: { user: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4 + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4) } }) } }] },
    },
    events: [
      { on: `node:${N1}`, reason: 'NodeHasDiskPressure', message: `Node ${N1} status is now: NodeHasDiskPressure`, first: -21.2 },
      { on: `node:${N1}`, reason: 'FreeDiskSpaceFailed', type: 'Warning', message: 'failed to garbage collect required amount of images. Attempted to free 3181902643 bytes, but only found 0 bytes eligible to free.', first: -21.1, last: -16.1, count: 2 },
      { on: `node:${N1}`, reason: 'EvictionThresholdMet', type: 'Warning', message: 'Attempting to reclaim ephemeral-storage', first: -21.0, last: EV, count: 3 },
      { on: 'pod:carts-db#0', reason: 'Evicted', type: 'Warning', message: 'The node was low on resource: ephemeral-storage. Threshold quantity: 2146223308, available: 1796104Ki. Container carts-db was using 6390516Ki, request is 0, has larger consumption of ephemeral-storage. ', first: EV },
      { on: 'pod:carts-db#0', reason: 'Killing', message: 'Stopping container carts-db', first: EV },
      { on: 'pod:carts-db#1', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned sock-shop/%POD% to ${N3}`, first: EV + 0.03 },
      { on: 'pod:carts-db#1', reason: 'Pulling', message: 'Pulling image "mongo:3.4"', first: EV + 0.05 },
      { on: 'pod:carts-db#1', reason: 'Pulled', message: 'Successfully pulled image "mongo:3.4" in 24.386s (24.386s including waiting)', first: UP - 0.04 },
      { on: 'pod:carts-db#1', reason: 'Created', message: 'Created container carts-db', first: UP - 0.035 },
      { on: 'pod:carts-db#1', reason: 'Started', message: 'Started container carts-db', first: UP - 0.03 },
      { on: `node:${N1}`, reason: 'NodeHasNoDiskPressure', message: `Node ${N1} status is now: NodeHasNoDiskPressure`, first: -13.4 },
      { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled up replica set orders-%NEW% to 1', first: -45 },
      { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled down replica set orders-%OLD% to 0 from 1', first: -43.9 },
    ],
    logs: {
      'carts#0/carts': carts,
      'carts-db#1/carts-db': newDb,
      'orders#0/orders': [
        spring(T, -44.2, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 38.912 seconds (JVM running for 40.77)'),
      ],
    },
  };
})();

export const scenarios = [s1];

// The node's root volume is the EKS default 20 GiB (the kit writes a 100 GiB ephemeral-storage capacity).
export const post = {
  's41b-carts-db-evicted-disk-pressure': (dir, { readJson, writeJson }) => {
    const f = `${dir}/nodes.json`;
    const nodes = readJson(f);
    for (const n of nodes.items) {
      n.status.capacity['ephemeral-storage'] = '20959212Ki';
      n.status.allocatable['ephemeral-storage'] = '19316009748';
    }
    writeJson(f, nodes);
  },
};
