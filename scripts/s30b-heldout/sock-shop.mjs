// Held-out scenario of batch s30b (split: test) for Sock Shop, written blind: the session-2 system definition
// (deploy/kubernetes/complete-demo.yaml at 9dff06f) and one incident expanded by scripts/s30b-build.mjs with the kit.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const INCIDENT = '2026-06-02T15:31:00Z';
const T = clock(INCIDENT);
const NODE = 'ip-10-0-2-148.eu-west-1.compute.internal';
const OTHER = 'ip-10-0-3-91.eu-west-1.compute.internal';
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [orders,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const mlog = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: T.isoMs(min).replace('Z', '+00:00') }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });
const EVICT_AT = -5.8;
const UP_AT = -5.1;

function ordersLog() {
  const out = [
    spring(-60 * 24 * 9, 'INFO', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 38.912 seconds (JVM running for 41.337)'),
  ];
  for (let m = -30; m < EVICT_AT; m += 3.1) out.push(spring(m, 'INFO', 'nio-80-exec-' + (1 + Math.round(-m) % 10), 'w.w.s.o.controllers.OrdersController', 'Order created: 201'));
  out.push(spring(EVICT_AT + 0.02, 'INFO', 'cluster-ClusterId{value=\'6641f2c0a8e1b3000187d4e2\', description=\'null\'}-orders-db:27017', 'org.mongodb.driver.cluster', "Exception in monitor thread while connecting to server orders-db:27017"));
  out.push('com.mongodb.MongoSocketOpenException: Exception opening socket');
  out.push('\tat com.mongodb.connection.SocketStream.open(SocketStream.java:63) ~[mongodb-driver-core-3.2.2.jar!/:na]');
  out.push('\tat com.mongodb.connection.InternalStreamConnection.open(InternalStreamConnection.java:114) ~[mongodb-driver-core-3.2.2.jar!/:na]');
  out.push('\tat com.mongodb.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:128) ~[mongodb-driver-core-3.2.2.jar!/:na]');
  out.push('\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111]');
  out.push('Caused by: java.net.ConnectException: Connection refused (Connection refused)');
  out.push('\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_111]');
  out.push('\tat java.net.Socket.connect(Socket.java:589) ~[na:1.8.0_111]');
  out.push('\tat com.mongodb.connection.SocketStreamHelper.initialize(SocketStreamHelper.java:50) ~[mongodb-driver-core-3.2.2.jar!/:na]');
  for (const m of [EVICT_AT + 0.3, EVICT_AT + 0.55]) {
    out.push(spring(m, 'ERROR', 'nio-80-exec-' + (3 + Math.round(m * 10) % 7), 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Timed out after 10000 ms while waiting to connect. Client view of cluster state is {type=UNKNOWN, servers=[{address=orders-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused (Connection refused)}}]; nested exception is com.mongodb.MongoTimeoutException: Timed out after 10000 ms while waiting to connect. Client view of cluster state is {type=UNKNOWN, servers=[{address=orders-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused (Connection refused)}}]] with root cause"));
    out.push('com.mongodb.MongoTimeoutException: Timed out after 10000 ms while waiting to connect. Client view of cluster state is {type=UNKNOWN, servers=[{address=orders-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused (Connection refused)}}]');
    out.push('\tat com.mongodb.connection.BaseCluster.getDescription(BaseCluster.java:163) ~[mongodb-driver-core-3.2.2.jar!/:na]');
    out.push('\tat org.springframework.data.mongodb.core.MongoTemplate.doFind(MongoTemplate.java:1944) ~[spring-data-mongodb-1.9.4.RELEASE.jar!/:na]');
  }
  out.push(spring(UP_AT + 0.05, 'INFO', 'cluster-ClusterId{value=\'6641f2c0a8e1b3000187d4e2\', description=\'null\'}-orders-db:27017', 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:41, serverValue:1}] to orders-db:27017'));
  out.push(spring(UP_AT + 0.05, 'INFO', 'cluster-ClusterId{value=\'6641f2c0a8e1b3000187d4e2\', description=\'null\'}-orders-db:27017', 'org.mongodb.driver.cluster', 'Monitor thread successfully connected to server with description ServerDescription{address=orders-db:27017, type=STANDALONE, state=CONNECTED, ok=true, version=ServerVersion{versionList=[7, 0, 12]}, minWireVersion=0, maxWireVersion=21, maxDocumentSize=16777216, roundTripTimeNanos=812344}'));
  for (let m = UP_AT + 0.6; m < -0.1; m += 1.3) out.push(spring(m, 'INFO', 'nio-80-exec-' + (1 + Math.round(-m * 3) % 10), 'w.w.s.o.controllers.OrdersController', 'Order created: 201'));
  return out;
}

function ordersDbLog() {
  const s = UP_AT - 0.2;
  return [
    mlog(s, 'I', 'CONTROL', 23285, 'main', "Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols 'none'"),
    mlog(s + 0.001, 'I', 'CONTROL', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host: '%POD%' }),
    mlog(s + 0.001, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: { version: '7.0.12', gitVersion: 'b6513ce0781db6818e24619e8a461eae90bc94fc', openSSLVersion: 'OpenSSL 3.0.2 15 Mar 2022', modules: [], allocator: 'tcmalloc', environment: { distmod: 'ubuntu2204', distarch: 'x86_64', target_arch: 'x86_64' } } }),
    mlog(s + 0.002, 'I', 'STORAGE', 22297, 'initandlisten', 'Using the XFS filesystem is strongly recommended with the WiredTiger storage engine. See http://dochub.mongodb.org/core/prodnotes-filesystem', undefined),
    mlog(s + 0.002, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', { config: 'create,cache_size=7439M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,remove=true,path=journal,compressor=snappy),builtin_extension_config=(zstd=(compression_level=6)),file_manager=(close_idle_time=600,close_scan_interval=10,close_handle_minimum=2000),statistics_log=(wait=0),json_output=(error,message),verbose=[recovery_progress:1,checkpoint_progress:1,compact_progress:1,backup:0,checkpoint:0,compact:0,evict:0,history_store:0,recovery:0,rts:0,salvage:0,tiered:0,timestamp:0,transaction:0,verify:0,log:0],' }),
    mlog(s + 0.01, 'W', 'CONTROL', 22120, 'initandlisten', 'Access control is not enabled for the database. Read and write access to data and configuration is unrestricted', { tags: ['startupWarnings'] }),
    mlog(s + 0.012, 'I', 'NETWORK', 23015, 'listener', 'Listening on', { address: '0.0.0.0' }),
    mlog(s + 0.012, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
    mlog(UP_AT + 0.05, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:orders#0%:51822', uuid: { uuid: { $uuid: '0b6f1d7e-3c2a-4f89-9e51-7a4c2d8b1f36' } }, connectionId: 1, connectionCount: 1 }),
    mlog(UP_AT + 0.6, 'I', 'STORAGE', 20320, 'conn2', 'createCollection', { namespace: 'data.customerOrder', uuidDisposition: 'generated', uuid: { uuid: { $uuid: '5d2c8a41-7e0b-4b3f-a1c9-2f6e8d4b7a10' } }, options: {} }),
  ];
}

export const scenarios = [
  {
    folder: 's30b-orders-db-node-memory-eviction',
    split: 'test',
    description: 'customers say their order history is gone + a few checkouts failed around 15:25. sock shop',
    incidentTime: INCIDENT,
    expected: { component: 'orders-db', cause: 'node-pressure', node: NODE },
    alsoAcceptable: [{ component: 'orders-db', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['node-level', 'time-expression', 'decoy'],
    grounding: `
      Manifest: complete-demo.yaml at 9dff06f: orders-db runs the unpinned mongo image with no resources (BestEffort) and no volume
      for /data/db, so its data lives in the container and goes with it; orders (Spring Boot, mongo-java-driver 3.2) reaches it as
      orders-db:27017. Nodes are m5.xlarge (16 GiB) as the system definition has them.
      Failure mode: the kubelet's memory-pressure eviction as the Kubernetes docs describe it. A mongod without a memory limit sizes
      its WiredTiger cache from the node's RAM (cache_size=7439M on 16 GiB) and, with months of orders, grows to ~9.8 GiB; with the
      other pods on ip-10-0-2-148 the node's memory.available falls below the 100Mi hard threshold, the node reports MemoryPressure
      (taint node.kubernetes.io/memory-pressure:NoSchedule) and the kubelet evicts the BestEffort pod using the most memory above its
      request, orders-db, with its real "The node was low on resource: memory" message. The ReplicaSet's replacement lands on another
      node and starts an empty database: order history is gone and the orders POSTs of the ~40 s gap failed with MongoTimeoutException.
      A careful engineer names the node's memory pressure evicting orders-db (node-pressure, the Node named); calling it orders-db's
      unbounded memory exhausting the node (resource-exhaustion) is also accepted.
      Decoy: a routine rollout of user an hour and a half earlier, healthy.
      Log formats: Spring Boot 1.4 console lines with Sleuth's [app,,,] tag, mongo-java-driver 3.2 monitor messages, mongod 7.0
      structured JSON logs.`,
    nodes: {
      [NODE]: {
        taints: [{ key: 'node.kubernetes.io/memory-pressure', effect: 'NoSchedule', timeAdded: T.iso(-6.2) }],
        conditions: {
          MemoryPressure: { type: 'MemoryPressure', status: 'True', lastHeartbeatTime: T.iso(-0.3), lastTransitionTime: T.iso(-6.2), reason: 'KubeletHasInsufficientMemory', message: 'kubelet has insufficient memory available' },
        },
      },
    },
    workloads: {
      'orders-db': {
        pods: [
          { node: OTHER, created: T.iso(EVICT_AT + 0.02) },
          { node: NODE, created: T.iso(-60 * 24 * 9), evicted: 'The node was low on resource: memory. Threshold quantity: 100Mi, available: 94212Ki. Container orders-db was using 10271844Ki, request is 0, has larger consumption of memory. ' },
        ],
        endpointsChanged: UP_AT - 0.1,
      },
      'session-db': { pods: [{ node: NODE }] },
      'user-db': { pods: [{ node: NODE }] },
      payment: { pods: [{ node: NODE }] },
      user: { rollout: { at: -95, revision: 4, oldReplicas: 0, oldContainers: { user: { image: 'weaveworksdemos/user:0.4.4' } } } },
    },
    events: [
      { on: `node:${NODE}`, reason: 'NodeHasInsufficientMemory', message: `Node ${NODE} status is now: NodeHasInsufficientMemory`, first: -6.2 },
      { on: `node:${NODE}`, reason: 'EvictionThresholdMet', message: 'Attempting to reclaim memory', first: -6.1, last: -5.8, count: 2, type: 'Warning' },
      { on: 'pod:orders-db#1', reason: 'Evicted', message: 'The node was low on resource: memory. Threshold quantity: 100Mi, available: 94212Ki. Container orders-db was using 10271844Ki, request is 0, has larger consumption of memory. ', first: EVICT_AT, type: 'Warning' },
      { on: 'pod:orders-db#1', reason: 'Killing', message: 'Stopping container orders-db', first: EVICT_AT, fieldPath: 'spec.containers{orders-db}' },
      { on: 'rs:orders-db', reason: 'SuccessfulCreate', message: 'Created pod: orders-db-%RS%', first: EVICT_AT + 0.02 },
      { on: 'pod:orders-db#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: EVICT_AT + 0.03, source: 'default-scheduler' },
      { on: 'pod:orders-db#0', reason: 'Pulling', message: 'Pulling image "mongo"', first: EVICT_AT + 0.05, fieldPath: 'spec.containers{orders-db}' },
      { on: 'pod:orders-db#0', reason: 'Pulled', message: 'Successfully pulled image "mongo" in 31.207s (31.207s including waiting). Image size: 268716523 bytes.', first: UP_AT - 0.25, fieldPath: 'spec.containers{orders-db}' },
      { on: 'pod:orders-db#0', reason: 'Created', message: 'Created container orders-db', first: UP_AT - 0.22, fieldPath: 'spec.containers{orders-db}' },
      { on: 'pod:orders-db#0', reason: 'Started', message: 'Started container orders-db', first: UP_AT - 0.2, fieldPath: 'spec.containers{orders-db}' },
    ],
    logs: {
      'orders#0/orders': ordersLog(),
      'orders-db#0/orders-db': ordersDbLog(),
      'user#0/user': [
        `ts=${T.isoMs(-94.6)} caller=main.go:79 msg="listening on :80"`,
        ...[-60, -41, -22, -9, -2].map((m) => `ts=${T.isoMs(m)} caller=logging.go:52 method=Login result=2 took=3.911842ms`),
      ],
    },
  },
];
