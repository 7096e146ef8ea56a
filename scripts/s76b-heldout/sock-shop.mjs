// Blind held-out batch s76b: the Sock Shop scenario (split test), as a spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from the system part of scripts/s2-scenarios/sock-shop.mjs; built by scripts/s76b-build.mjs.
import { createHash } from 'node:crypto';
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;

const IT = '2026-02-11T14:26:00Z';
const T = clock(IT);
const N1 = 'ip-10-0-1-23.eu-west-1.compute.internal';
const N2 = 'ip-10-0-2-148.eu-west-1.compute.internal';
const N3 = 'ip-10-0-3-91.eu-west-1.compute.internal';

// Spring Boot 1.4 console pattern with Sleuth's [app,trace,span,export] as the carts/orders images print it.
const spring = (min, level, app, thread, logger, msg) =>
  `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.slice(-15).padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const kit = (min, kv) => `ts=${T.isoMs(min)} caller=${kv}`;
const mongo34 = (min, sev, comp, ctx, msg) => `${T.isoMs(min).replace('Z', '+0000')} ${sev} ${comp.padEnd(8)} [${ctx}] ${msg}`;

const MON = "cluster-ClusterId{value='67a1f3c2e4b0a91d5c7e2f18', description='null'}-carts-db:27017";
const connRefused = [
  'com.mongodb.MongoSocketOpenException: Exception opening socket',
  '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:63) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.InternalStreamConnection.open(InternalStreamConnection.java:114) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:128) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111-internal]',
  'Caused by: java.net.ConnectException: Connection refused (Connection refused)',
  '\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_111-internal]',
  '\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350) ~[na:1.8.0_111-internal]',
  '\tat java.net.AbstractPlainSocketImpl.connectToAddress(AbstractPlainSocketImpl.java:206) ~[na:1.8.0_111-internal]',
  '\tat java.net.AbstractPlainSocketImpl.connect(AbstractPlainSocketImpl.java:188) ~[na:1.8.0_111-internal]',
  '\tat java.net.SocksSocketImpl.connect(SocksSocketImpl.java:392) ~[na:1.8.0_111-internal]',
  '\tat java.net.Socket.connect(Socket.java:589) ~[na:1.8.0_111-internal]',
  '\tat com.mongodb.connection.SocketStreamHelper.initialize(SocketStreamHelper.java:50) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:58) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\t... 3 common frames omitted',
];
const cartsLog = [
  spring(-60 * 24 * 9 + 0.6, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 38.912 seconds (JVM running for 41.77)'),
  spring(-60 * 24 * 9 + 0.7, 'INFO', 'carts', MON, 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:1, serverValue:1}] to carts-db:27017'),
  spring(-19.31, 'INFO', 'carts', MON, 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server carts-db:27017'),
  'com.mongodb.MongoSocketReadException: Prematurely reached end of stream',
  '\tat com.mongodb.connection.SocketStream.read(SocketStream.java:88) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.InternalStreamConnection.receiveResponseBuffers(InternalStreamConnection.java:494) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.InternalStreamConnection.receiveMessage(InternalStreamConnection.java:224) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.CommandHelper.receiveReply(CommandHelper.java:134) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.CommandHelper.receiveCommandResult(CommandHelper.java:121) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.CommandHelper.executeCommand(CommandHelper.java:32) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:117) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111-internal]',
  spring(-19.29, 'INFO', 'carts', MON, 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server carts-db:27017'),
  ...connRefused,
  spring(-19.1, 'ERROR', 'carts', 'http-nio-80-exec-7', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Timed out after 10000 ms while waiting for a server that matches ReadPreferenceServerSelector{readPreference=primary}. Client view of cluster state is {type=UNKNOWN, servers=[{address=carts-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused (Connection refused)}}]; nested exception is com.mongodb.MongoTimeoutException: Timed out after 10000 ms while waiting for a server that matches ReadPreferenceServerSelector{readPreference=primary}. Client view of cluster state is {type=UNKNOWN, servers=[{address=carts-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused (Connection refused)}}]] with root cause"),
  'com.mongodb.MongoTimeoutException: Timed out after 10000 ms while waiting for a server that matches ReadPreferenceServerSelector{readPreference=primary}. Client view of cluster state is {type=UNKNOWN, servers=[{address=carts-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused (Connection refused)}}]',
  '\tat com.mongodb.connection.BaseCluster.selectServer(BaseCluster.java:75) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.binding.ClusterBinding$ClusterBindingConnectionSource.<init>(ClusterBinding.java:71) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.binding.ClusterBinding.getReadConnectionSource(ClusterBinding.java:63) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.operation.FindOperation.execute(FindOperation.java:480) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.Mongo.execute(Mongo.java:772) ~[mongodb-driver-3.2.2.jar!/:na]',
  '\tat com.mongodb.DBCursor.initializeCursor(DBCursor.java:872) ~[mongodb-driver-3.2.2.jar!/:na]',
  '\tat org.springframework.data.mongodb.core.MongoTemplate.executeFindMultiInternal(MongoTemplate.java:2270) ~[spring-data-mongodb-1.9.4.RELEASE.jar!/:na]',
  '\tat works.weave.socks.cart.cart.CartDAO$MongoCartDAO.findByCustomerId(CartDAO.java:29) ~[classes!/:na]',
  spring(-18.68, 'INFO', 'carts', MON, 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:14, serverValue:1}] to carts-db:27017'),
  spring(-18.67, 'INFO', 'carts', 'http-nio-80-exec-2', 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:15, serverValue:2}] to carts-db:27017'),
];

const cartsDbLog = [
  mongo34(-18.89, 'I', 'CONTROL', 'initandlisten', 'MongoDB starting : pid=1 port=27017 dbpath=/data/db 64-bit host=%POD%'),
  mongo34(-18.89, 'I', 'CONTROL', 'initandlisten', 'db version v3.4.24'),
  mongo34(-18.89, 'I', 'CONTROL', 'initandlisten', 'git version: 865b4f6a96d0f5425e39a18337105f33e8db504d'),
  mongo34(-18.89, 'I', 'CONTROL', 'initandlisten', 'OpenSSL version: OpenSSL 1.0.1t  3 May 2016'),
  mongo34(-18.89, 'I', 'CONTROL', 'initandlisten', 'allocator: tcmalloc'),
  mongo34(-18.89, 'I', 'CONTROL', 'initandlisten', 'modules: none'),
  mongo34(-18.89, 'I', 'CONTROL', 'initandlisten', 'options: {}'),
  mongo34(-18.88, 'I', 'STORAGE', 'initandlisten', ''),
  mongo34(-18.88, 'I', 'STORAGE', 'initandlisten', '** WARNING: Using the XFS filesystem is strongly recommended with the WiredTiger storage engine'),
  mongo34(-18.88, 'I', 'STORAGE', 'initandlisten', '**          See http://dochub.mongodb.org/core/prodnotes-filesystem'),
  mongo34(-18.88, 'I', 'STORAGE', 'initandlisten', 'wiredtiger_open config: create,cache_size=6980M,session_max=20000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000),checkpoint=(wait=60,log_size=2GB),statistics_log=(wait=0),verbose=(recovery_progress),'),
  mongo34(-18.87, 'I', 'CONTROL', 'initandlisten', ''),
  mongo34(-18.87, 'I', 'CONTROL', 'initandlisten', '** WARNING: Access control is not enabled for the database.'),
  mongo34(-18.87, 'I', 'CONTROL', 'initandlisten', '**          Read and write access to data and configuration is unrestricted.'),
  mongo34(-18.87, 'I', 'CONTROL', 'initandlisten', ''),
  mongo34(-18.86, 'I', 'FTDC', 'initandlisten', "Initializing full-time diagnostic data capture with directory '/data/db/diagnostic.data'"),
  mongo34(-18.86, 'I', 'NETWORK', 'thread1', 'waiting for connections on port 27017'),
  mongo34(-18.68, 'I', 'NETWORK', 'thread1', 'connection accepted from %IPOF:carts#0%:51844 #1 (1 connection now open)'),
  mongo34(-18.67, 'I', 'NETWORK', 'thread1', 'connection accepted from %IPOF:carts#0%:51852 #2 (2 connections now open)'),
  mongo34(-18.4, 'I', 'INDEX', 'conn2', 'build index on: data.cart properties: { v: 2, key: { customerId: 1 }, name: "customerId", ns: "data.cart" }'),
  mongo34(-18.4, 'I', 'INDEX', 'conn2', '\t building index using bulk method; build may temporarily use up to 500 megabytes of RAM'),
  mongo34(-18.39, 'I', 'INDEX', 'conn2', 'build index done.  scanned 0 total records. 0 secs'),
];

const userLog = [
  kit(-60 * 24 * 9 + 0.4, 'main.go:155 transport=HTTP port=80'),
  kit(-14.2, 'middlewares.go:31 method=Login took=3.118412ms'),
  kit(-13.1, 'middlewares.go:96 method=GetUsers id=57a98d98e4b00679b4a830af took=2.005617ms'),
  kit(-11.62, 'middlewares.go:31 method=Login took=10.000912347s'),
  kit(-11.2, 'middlewares.go:31 method=Login took=1.104221577s'),
  kit(-9.4, 'middlewares.go:31 method=Login took=2.874113ms'),
  kit(-6.8, 'middlewares.go:31 method=Login took=2.551008ms'),
  kit(-3.1, 'middlewares.go:42 method=Register username=jmarsh email=j.marsh@example.org took=6.228411ms'),
  kit(-2.9, 'middlewares.go:31 method=Login took=3.011276ms'),
];

const EVICT = (c, used, avail) =>
  `The node was low on resource: memory. Threshold quantity: 100Mi, available: ${avail}Ki. Container ${c} was using ${used}Ki, request is 0, has larger consumption of request. `;
export const evictions = { 'carts-db': EVICT('carts-db', 421992, 61548), 'user-db': EVICT('user-db', 389120, 74212) };
const evictAt = { 'carts-db': -19.32, 'user-db': -11.64 };

export const scenarios = [
  {
    folder: 's76b-baskets-emptied-carts-look-fine',
    incidentTime: IT,
    description: 'lots of customers saying their baskets got emptied about 20 mins ago, and a couple of ppl who signed up today cant log in. carts pods look healthy?',
    expected: { component: 'carts-db', cause: 'node-pressure', node: N2 },
    alsoAcceptable: [
      { component: 'carts-db', cause: 'node-pressure' },
      { component: 'user-db', cause: 'node-pressure', node: N2 },
    ],
    difficulty: 'hard',
    traits: ['node-level', 'louder-dependents', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      Manifests: microservices-demo/microservices-demo deploy/kubernetes/complete-demo.yaml at 9dff06f: carts-db and user-db
      declare no resources (BestEffort) and keep their data in the container (no volume for /data/db), carts reaches
      mongodb://carts-db:27017/data with the 3.2 Java driver of Spring Boot 1.4, user logs go-kit logfmt from its logging
      middleware. Fault: node memory pressure on one worker (Kubernetes node-pressure eviction: hard threshold
      memory.available<100Mi); the memory is taken by a process outside the namespace (a log-shipping DaemonSet growing its
      in-memory buffer while its output is down, as in the fluent-bit issues about unbounded mem_buf_limit), so the kubelet
      ranks the namespace's BestEffort pods (usage above a zero request) first and evicts carts-db, then user-db. The
      Deployments replace them on other nodes (memory-pressure taint), with empty databases: every basket is gone
      (carts' driver reconnects to a server whose connection counter restarted at 1) and users registered since the seed
      image was built are gone. The node stays MemoryPressure=True with the NoSchedule taint; the kubelet events say
      EvictionThresholdMet. Decoy: payment on the same node restarted four days ago after an OOMKill and has run since.
      Deviations from upstream: carts-db pinned to mongo:3.4.24 (upstream leaves the tag unset; pinned so that the
      replacement pod runs the same server the Java 3.2 driver expects); node names invented.
    `,
    nodes: {
      [N2]: {
        taints: [{ key: 'node.kubernetes.io/memory-pressure', effect: 'NoSchedule', timeAdded: T.iso(-21.4) }],
        conditions: {
          MemoryPressure: { type: 'MemoryPressure', status: 'True', lastHeartbeatTime: T.iso(-0.3), lastTransitionTime: T.iso(-21.5), reason: 'KubeletHasInsufficientMemory', message: 'kubelet has insufficient memory available' },
        },
      },
    },
    workloads: {
      'carts-db': {
        containers: { 'carts-db': { image: 'mongo:3.4.24' } },
        pods: [{ node: N2, evicted: evictions['carts-db'] }, { node: N3, created: T.iso(-19.2) }],
        endpointsChanged: -18.7,
      },
      'user-db': {
        pods: [{ node: N2, evicted: evictions['user-db'] }, { node: N1, created: T.iso(-11.55) }],
        endpointsChanged: -11.05,
      },
      payment: {
        pods: [{
          node: N2,
          containers: {
            payment: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 4 + 0.1),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 4) },
            }),
          },
        }],
      },
    },
    events: [
      { on: `node:${N2}`, reason: 'NodeHasInsufficientMemory', message: `Node ${N2} status is now: NodeHasInsufficientMemory`, first: -21.5 },
      { on: `node:${N2}`, type: 'Warning', reason: 'EvictionThresholdMet', message: 'Attempting to reclaim memory', first: -21.4, last: -2.2, count: 5 },
      { on: 'pod:carts-db#0', type: 'Warning', reason: 'Evicted', message: evictions['carts-db'], first: evictAt['carts-db'] },
      { on: 'pod:carts-db#0', reason: 'Killing', message: 'Stopping container carts-db', first: evictAt['carts-db'], fieldPath: 'spec.containers{carts-db}' },
      { on: 'rs:carts-db', reason: 'SuccessfulCreate', message: 'Created pod: %PODNAME:carts-db#1%', first: -19.2 },
      { on: 'pod:carts-db#1', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: -19.2 },
      { on: 'pod:carts-db#1', reason: 'Pulling', message: 'Pulling image "mongo:3.4.24"', first: -19.17, fieldPath: 'spec.containers{carts-db}' },
      { on: 'pod:carts-db#1', reason: 'Pulled', message: 'Successfully pulled image "mongo:3.4.24" in 6.412s (6.412s including waiting). Image size: 144870331 bytes.', first: -19.0, fieldPath: 'spec.containers{carts-db}' },
      { on: 'pod:carts-db#1', reason: 'Created', message: 'Created container carts-db', first: -18.91, fieldPath: 'spec.containers{carts-db}' },
      { on: 'pod:carts-db#1', reason: 'Started', message: 'Started container carts-db', first: -18.9, fieldPath: 'spec.containers{carts-db}' },
      { on: 'pod:user-db#0', type: 'Warning', reason: 'Evicted', message: evictions['user-db'], first: evictAt['user-db'] },
      { on: 'pod:user-db#0', reason: 'Killing', message: 'Stopping container user-db', first: evictAt['user-db'], fieldPath: 'spec.containers{user-db}' },
      { on: 'rs:user-db', reason: 'SuccessfulCreate', message: 'Created pod: %PODNAME:user-db#1%', first: -11.55 },
      { on: 'pod:user-db#1', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: -11.55 },
      { on: 'pod:user-db#1', reason: 'Pulled', message: 'Container image "weaveworksdemos/user-db:0.3.0" already present on machine', first: -11.3, fieldPath: 'spec.containers{user-db}' },
      { on: 'pod:user-db#1', reason: 'Created', message: 'Created container user-db', first: -11.26, fieldPath: 'spec.containers{user-db}' },
      { on: 'pod:user-db#1', reason: 'Started', message: 'Started container user-db', first: -11.25, fieldPath: 'spec.containers{user-db}' },
    ],
    logs: {
      'carts#0/carts': cartsLog,
      'carts-db#1/carts-db': cartsDbLog,
      'user#0/user': userLog,
    },
  },
];

/** Fix-ups the kit cannot express: evicted pods as the kubelet leaves them (DisruptionTarget, terminated container), pod names in events. */
const sha = (x) => createHash('sha256').update(x).digest('hex');
export function post(spec, files) {
  const pods = files['pods.json'].items;
  for (const p of pods.filter((x) => x.status.reason === 'Evicted')) {
    const wl = p.metadata.labels.name;
    const at = T.iso(evictAt[wl]);
    const started = T.iso(-60 * 24 * 9 + 0.3);
    const c = (type, status, t, extra = {}) => ({ type, status, lastProbeTime: null, lastTransitionTime: t, ...extra });
    p.status = {
      phase: 'Failed', message: p.status.message, reason: 'Evicted',
      conditions: [
        c('DisruptionTarget', 'True', at, { reason: 'TerminationByKubelet', message: p.status.message }),
        c('PodReadyToStartContainers', 'False', T.iso(evictAt[wl] + 0.05)),
        c('Initialized', 'True', p.metadata.creationTimestamp),
        c('Ready', 'False', at, { reason: 'PodFailed' }),
        c('ContainersReady', 'False', at, { reason: 'PodFailed' }),
        c('PodScheduled', 'True', p.metadata.creationTimestamp),
      ],
      hostIP: p.status.hostIP, hostIPs: [{ ip: p.status.hostIP }], startTime: p.status.startTime,
      containerStatuses: p.spec.containers.map((ct) => ({
        name: ct.name, image: ct.image.includes('/') ? `docker.io/${ct.image}` : `docker.io/library/${ct.image}`,
        imageID: `${ct.image.includes('/') ? `docker.io/${ct.image}` : `docker.io/library/${ct.image}`}`.replace(/:[^/]+$/, '') + `@sha256:${sha(ct.image)}`,
        containerID: `containerd://${sha(p.metadata.uid + ct.name)}`,
        state: { terminated: { exitCode: 137, reason: 'Error', startedAt: started, finishedAt: at, containerID: `containerd://${sha(p.metadata.uid + ct.name)}` } },
        lastState: {}, ready: false, restartCount: 0, started: false,
      })),
      qosClass: p.status.qosClass,
    };
  }
  // The kit keeps a dotted tag (mongo:3.4.24) as written; the kubelet reports the normalised reference.
  for (const p of pods)
    for (const st of p.status.containerStatuses ?? [])
      if (st.image === 'mongo:3.4.24') {
        st.image = 'docker.io/library/mongo:3.4.24';
        st.imageID = st.imageID.replace(/^mongo@/, 'docker.io/library/mongo@');
      }
  for (const e of files['events.json'].items) {
    e.message = e.message.replace(/%PODNAME:([a-z-]+)#1%/, (_, wl) => pods.find((p) => p.metadata.labels.name === wl && p.status.phase === 'Running').metadata.name);
  }
}
