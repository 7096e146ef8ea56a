// s17 blind dev scenarios for Sock Shop (part a): an orders ConfigMap edit that bites only on the pod a node drain recreates,
// session-db refusing writes after failed RDB forks, and a catalogue release that no longer serves images. Built by scripts/s17-build-a.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const rng = (seed) => {
  let x = seed >>> 0;
  return () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 4294967296);
};
const hex = (r, n) => Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join('');
// Spring Boot 1.x with Sleuth, as the Sock Shop JVM services log.
const spring = (T, min, level, app, thread, logger, msg, trace = '') => `${T.java(min)} ${level.padStart(5)} [${app},${trace},${trace},${trace ? "false" : ""}] 7 --- [${thread.padStart(15).slice(-15)}] ${logger.padEnd(40).slice(0, 40)} : ${msg}`;
const goKit = (T, min, caller, kv) => `ts=${T.isoMs(min)} caller=${caller} ${kv}`;
const N = {
  a: 'ip-10-0-1-23.eu-west-1.compute.internal',
  b: 'ip-10-0-2-148.eu-west-1.compute.internal',
  c: 'ip-10-0-3-91.eu-west-1.compute.internal',
};
const morgan = (method, path, code, ms, len) => `${method} ${path} ${code} ${ms.toFixed(3)} ms - ${len}`;

// ---------------------------------------------------------------------------------------------------------------------
// 3. orders: application.properties ConfigMap edited two days ago (Mongo URI of a replica set that does not exist yet);
//    only the orders pod recreated by this morning's node drain reads it. Half the checkouts fail.
// ---------------------------------------------------------------------------------------------------------------------
const s3 = (() => {
  const incidentTime = '2025-05-13T09:27:00Z';
  const T = clock(incidentTime);
  const r = rng(1703);
  const DRAIN = -33;
  const START = DRAIN + 0.6; // new orders pod
  const BAD_HOSTS = 'orders-db-0.orders-db-headless:27017, orders-db-1.orders-db-headless:27017, orders-db-2.orders-db-headless:27017';
  const ordersVol = { name: 'orders-config', configMap: { name: 'orders-config', defaultMode: 420 } };
  const ordersMount = { mountPath: '/usr/src/app/config', name: 'orders-config', readOnly: true };
  const boot = (min, hosts, mode) => [
    '',
    '  .   ____          _            __ _ _',
    " /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\",
    "( ( )\\___ | '_ | '_| | '_ \\/ _` | \\ \\ \\ \\",
    " \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )",
    "  '  |____| .__|_| |_|_| |_\\__, | / / / /",
    ' =========|_|==============|___/=/_/_/_/',
    ' :: Spring Boot ::        (v1.4.0.RELEASE)',
    '',
    spring(T, min, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', 'Starting OrderApplication v0.4.7 on %POD% with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)'),
    spring(T, min + 0.01, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', 'No active profile set, falling back to default profiles: default'),
    spring(T, min + 0.2, 'INFO', 'orders', 'main', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat initialized with port(s): 80 (http)'),
    spring(T, min + 0.3, 'INFO', 'orders', 'main', 'org.mongodb.driver.cluster', `Cluster created with settings {hosts=[${hosts}], mode=${mode}, requiredClusterType=${mode === 'SINGLE' ? 'UNKNOWN' : 'REPLICA_SET'}, serverSelectionTimeout='30000 ms', maxWaitQueueSize=500${mode === 'SINGLE' ? '' : ", requiredReplicaSetName='rs0'"}}`),
    ...(mode === 'SINGLE' ? [] : [spring(T, min + 0.3, 'INFO', 'orders', 'main', 'org.mongodb.driver.cluster', 'Adding discovered server orders-db-0.orders-db-headless:27017 to client view of cluster')]),
    spring(T, min + 0.55, 'INFO', 'orders', 'main', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat started on port(s): 80 (http)'),
    spring(T, min + 0.56, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 33.671 seconds (JVM running for 35.392)'),
  ];
  const unknownHost = (h) => `com.mongodb.MongoSocketException: ${h}: Name or service not known`;
  const goodPod = [...boot(-60 * 24 * 9, 'orders-db:27017', 'SINGLE')];
  goodPod.push(spring(T, -60 * 24 * 9 + 0.7, 'INFO', 'orders', 'localhost:27017'.replace('localhost', 'orders-db'), 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:1, serverValue:41}] to orders-db:27017'));
  const badPod = [...boot(START + 0.05, BAD_HOSTS, 'MULTIPLE')];
  const bootTail = badPod.splice(-2); // Tomcat start comes after the driver's monitor threads fail
  for (const [i, h] of ['orders-db-0.orders-db-headless', 'orders-db-1.orders-db-headless', 'orders-db-2.orders-db-headless'].entries()) {
    badPod.push(spring(T, START + 0.36 + i * 0.001, 'INFO', 'orders', `cluster-ClusterId{value='6641d8b2e4b0a1c3f2d9e7a${i}', description='null'}-${h}:27017`.slice(-15), 'org.mongodb.driver.cluster', `Exception in monitor thread while connecting to server ${h}:27017`));
    badPod.push('', unknownHost(h), '\tat com.mongodb.ServerAddress.getSocketAddress(ServerAddress.java:188) ~[mongodb-driver-core-3.2.2.jar!/:na]', '\tat com.mongodb.connection.SocketStreamHelper.initialize(SocketStreamHelper.java:37) ~[mongodb-driver-core-3.2.2.jar!/:na]', '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:53) ~[mongodb-driver-core-3.2.2.jar!/:na]', '\tat com.mongodb.connection.InternalStreamConnection.open(InternalStreamConnection.java:96) ~[mongodb-driver-core-3.2.2.jar!/:na]', '\tat com.mongodb.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:128) ~[mongodb-driver-core-3.2.2.jar!/:na]', '\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111-internal]', `Caused by: java.net.UnknownHostException: ${h}: Name or service not known`, '\tat java.net.Inet4AddressImpl.lookupAllHostAddr(Native Method) ~[na:1.8.0_111-internal]', '\tat java.net.InetAddress.getAllByName0(InetAddress.java:1276) ~[na:1.8.0_111-internal]', '\tat java.net.InetAddress.getByName(InetAddress.java:1076) ~[na:1.8.0_111-internal]', '\tat com.mongodb.ServerAddress.getSocketAddress(ServerAddress.java:186) ~[mongodb-driver-core-3.2.2.jar!/:na]', '\t... 5 common frames omitted', '');
  }
  badPod.push(...bootTail);
  const view = `{type=REPLICA_SET, servers=[${['0', '1', '2'].map((i) => `{address=orders-db-${i}.orders-db-headless:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketException: orders-db-${i}.orders-db-headless}, caused by {java.net.UnknownHostException: orders-db-${i}.orders-db-headless}}`).join(', ')}]`;
  const fe = [[], []];
  const orderEvery = [];
  for (let m = -60; m < -0.6; m += 0.9 + r() * 1.2) orderEvery.push(m);
  let exec = 1;
  for (const m of orderEvery) {
    const f = r() < 0.5 ? 0 : 1;
    const toBad = m > START + 0.7 && r() < 0.5;
    const trace = hex(r, 16);
    const cust = ['57a98d98e4b00679b4a830af', '57a98d98e4b00679b4a830b2', '5a1c2d0fe4b0b1d3a6ef3c21', '5b4e9f11e4b0c8a2f1d72e90'][Math.floor(r() * 4)];
    fe[f].push(morgan('GET', '/cart', 200, 9 + r() * 20, 283));
    if (toBad) {
      const pod = badPod;
      const thr = `p-nio-80-exec-${exec++ % 10 + 1}`;
      pod.push(spring(T, m + 0.5, 'ERROR', 'orders', thr, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Timed out after 30000 ms while waiting for a server that matches WritableServerSelector. Client view of cluster state is ${view}; nested exception is com.mongodb.MongoTimeoutException: Timed out after 30000 ms while waiting for a server that matches WritableServerSelector. Client view of cluster state is ${view}] with root cause`, trace));
      pod.push('', `com.mongodb.MongoTimeoutException: Timed out after 30000 ms while waiting for a server that matches WritableServerSelector. Client view of cluster state is ${view}`, '\tat com.mongodb.connection.BaseCluster.selectServer(BaseCluster.java:75) ~[mongodb-driver-core-3.2.2.jar!/:na]', '\tat com.mongodb.binding.ClusterBinding$ClusterBindingConnectionSource.<init>(ClusterBinding.java:71) ~[mongodb-driver-core-3.2.2.jar!/:na]', '\tat com.mongodb.binding.ClusterBinding.getWriteConnectionSource(ClusterBinding.java:68) ~[mongodb-driver-core-3.2.2.jar!/:na]', '\tat com.mongodb.operation.OperationHelper.withConnection(OperationHelper.java:221) ~[mongodb-driver-core-3.2.2.jar!/:na]', '\tat com.mongodb.operation.MixedBulkWriteOperation.execute(MixedBulkWriteOperation.java:168) ~[mongodb-driver-core-3.2.2.jar!/:na]', '\tat com.mongodb.DBCollection.executeWriteOperation(DBCollection.java:339) ~[mongodb-driver-3.2.2.jar!/:na]', '\tat com.mongodb.DBCollection.insert(DBCollection.java:334) ~[mongodb-driver-3.2.2.jar!/:na]', '\tat org.springframework.data.mongodb.core.MongoTemplate$8.doInCollection(MongoTemplate.java:1016) ~[spring-data-mongodb-1.9.2.RELEASE.jar!/:na]', '\tat org.springframework.data.mongodb.core.MongoTemplate.execute(MongoTemplate.java:462) ~[spring-data-mongodb-1.9.2.RELEASE.jar!/:na]', '\tat org.springframework.data.mongodb.repository.support.SimpleMongoRepository.save(SimpleMongoRepository.java:74) ~[spring-data-mongodb-1.9.2.RELEASE.jar!/:na]', '\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:108) ~[classes!/:na]', '');
      fe[f].push(`Order response: {"timestamp":${Date.parse(T.iso(m + 0.5))},"status":500,"error":"Internal Server Error","exception":"org.springframework.dao.DataAccessResourceFailureException","message":"Timed out after 30000 ms while waiting for a server that matches WritableServerSelector. Client view of cluster state is ${view}; nested exception is com.mongodb.MongoTimeoutException: Timed out after 30000 ms while waiting for a server that matches WritableServerSelector. Client view of cluster state is ${view}","path":"/orders"}`);
      fe[f].push(morgan('POST', '/orders', 500, 30380 + r() * 400, 1961));
    } else {
      goodPod.push(spring(T, m + 0.01, 'DEBUG', 'orders', `p-nio-80-exec-${exec++ % 10 + 1}`, 'w.w.s.orders.controllers.OrdersController', `Order ID: ${hex(r, 24)}`, trace));
      goodPod.push(spring(T, m + 0.02, 'DEBUG', 'orders', `p-nio-80-exec-${exec % 10 + 1}`, 'w.w.s.orders.controllers.OrdersController', `Order total: ${(10 + r() * 60).toFixed(2)}`, trace));
      fe[f].push(`Order response: {"id":"${hex(r, 24)}","customerId":"${cust}","total":${(10 + r() * 60).toFixed(2)}}`);
      fe[f].push(morgan('POST', '/orders', 201, 240 + r() * 300, 1893));
    }
    fe[f].push(morgan('GET', '/catalogue?size=6', 200, 6 + r() * 10, 2761));
  }
  const ordersDb = [
    `{"t":{"$date":"${T.isoMs(-60 * 24 * 12)}"},"s":"I",  "c":"NETWORK",  "id":23016,   "ctx":"listener","msg":"Waiting for connections","attr":{"port":27017,"ssl":"off"}}`,
    `{"t":{"$date":"${T.isoMs(-60 * 24 * 9 + 0.7)}"},"s":"I",  "c":"NETWORK",  "id":22943,   "ctx":"listener","msg":"Connection accepted","attr":{"remote":"%IPOF:orders#0%:51766","uuid":{"uuid":{"$uuid":"5d2f0c7e-9a31-4d52-8b1e-0c7a2f6e4d11"}},"connectionId":41,"connectionCount":2}}`,
    `{"t":{"$date":"${T.isoMs(-60 * 24 * 1 + 11)}"},"s":"I",  "c":"WTCHKPT",  "id":22430,   "ctx":"Checkpointer","msg":"WiredTiger message","attr":{"message":{"ts_sec":1747043460,"ts_usec":0,"thread":"1:0x7f3c2e7fc640","session_name":"WT_SESSION.checkpoint","category":"WT_VERB_CHECKPOINT_PROGRESS","category_id":6,"verbose_level":"DEBUG_1","verbose_level_id":1,"msg":"saving checkpoint snapshot min: 14, snapshot max: 14 snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 1"}}}`,
  ];
  // other pods the drain moved (healthy decoys)
  const payment = [goKit(T, START + 0.4, 'main.go:101', 'transport=HTTP port=80')];
  for (let m = START + 1; m < -0.5; m += 1.1 + r()) payment.push(goKit(T, m, 'logging.go:28', `method=Authorise result=true took=${(20 + r() * 40).toFixed(3)}µs`));
  payment.push(goKit(T, -3, 'logging.go:37', 'method=Health result=1 took=2.712µs'));
  return {
    folder: 's17-orders-configmap-mongo-uri-after-node-drain',
    incidentTime,
    description: 'about half of checkouts failing since ~9am, customers get an error after waiting ~30s on place order',
    expected: { component: 'orders', cause: 'config-error' },
    difficulty: 'hard',
    traits: ['pods-ready', 'decoy', 'time-expression'],
    grounding: `
      orders (weaveworksdemos/orders:0.4.7, Spring Boot 1.4, WORKDIR /usr/src/app) reads ./config/application.properties at start
      only. The commerce team mounts it from ConfigMap orders-config (deviation: upstream bakes the properties into the jar;
      orders runs 2 replicas instead of 1). Two days before the incident the ConfigMap was edited (kubectl edit, see
      managedFields) to point spring.data.mongodb.uri at a three-member replica set orders-db-{0,1,2}.orders-db-headless that
      is still only a plan: the running pods never re-read it. At 08:54 the EKS managed node group update cordons and drains
      ip-10-0-2-148: orders, payment and queue-master are evicted and recreated elsewhere. The new orders pod starts, Tomcat
      listens, the pod is Ready (no probes upstream), but the Mongo Java driver 3.2 logs UnknownHostException for each member
      and every order it takes fails after serverSelectionTimeout (30 s) with MongoTimeoutException ... WritableServerSelector;
      the front-end logs 'Order response: {...status 500...}'. The old pod keeps placing orders into orders-db, which is healthy.
      Decoys: the drain events and the healthy recreated payment and queue-master pods.`,
    nodes: { [N.b]: { unschedulable: true, taints: [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule', timeAdded: T.iso(DRAIN) }] } },
    workloads: {
      orders: {
        replicas: 2,
        patch: { volumes: [{ name: 'tmp-volume', emptyDir: { medium: 'Memory' } }, ordersVol] },
        containers: { orders: { volumeMounts: [{ mountPath: '/tmp', name: 'tmp-volume' }, ordersMount] } },
        pods: [{ node: N.a }, { node: N.c, created: T.iso(START) }],
        endpointsChanged: START + 0.6,
      },
      payment: { pods: [{ node: N.a, created: T.iso(START + 0.05), readyTransition: T.iso(START + 3.1) }], endpointsChanged: START + 3.1 },
      'queue-master': { pods: [{ node: N.c, created: T.iso(START + 0.1) }] },
    },
    configMaps: [{ name: 'orders-config', keys: ['application.properties'] }],
    events: [
      { on: 'node:' + N.b, reason: 'NodeNotSchedulable', message: `Node ${N.b} status is now: NodeNotSchedulable`, first: DRAIN },
      { on: 'pod:orders#1', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: START },
      { on: 'pod:orders#1', reason: 'Pulled', message: 'Container image "weaveworksdemos/orders:0.4.7" already present on machine', fieldPath: 'spec.containers{orders}', first: START + 0.05 },
      { on: 'pod:orders#1', reason: 'Created', message: 'Created container orders', fieldPath: 'spec.containers{orders}', first: START + 0.05 },
      { on: 'pod:orders#1', reason: 'Started', message: 'Started container orders', fieldPath: 'spec.containers{orders}', first: START + 0.06 },
      { on: 'pod:payment#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: START + 0.05 },
      { on: 'pod:queue-master#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: START + 0.1 },
    ],
    logs: {
      'orders#0/orders': goodPod,
      'orders#1/orders': badPod,
      'front-end#0/front-end': fe[0],
      'front-end#1/front-end': fe[1],
      'orders-db#0/orders-db': ordersDb,
      'payment#0/payment': payment,
    },
  };
})();

// ---------------------------------------------------------------------------------------------------------------------
// 4. session-db: a crawler filled Redis with sessions; BGSAVE fork fails (ENOMEM, overcommit off), stop-writes-on-bgsave-error
//    makes every SETEX/EXPIRE answer MISCONF; the front-end 500s on login, cart and catalogue API calls.
// ---------------------------------------------------------------------------------------------------------------------
const s4 = (() => {
  const incidentTime = '2025-07-02T16:08:00Z';
  const T = clock(incidentTime);
  const r = rng(1704);
  const FAIL = -19;
  const rts = (min, role = 'M', pid = 1) => {
    const d = new Date(Date.parse(T.iso(0)) + Math.round(min * 60000));
    const p = (n, w = 2) => String(n).padStart(w, '0');
    const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
    return `${pid}:${role} ${p(d.getUTCDate())} ${mon} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`;
  };
  const S0 = -60 * 24 * 11;
  const redis = [
    `${rts(S0, 'C')} # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.`,
    `${rts(S0, 'C')} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
    `${rts(S0, 'C')} * Redis version=7.2.5, bits=64, commit=00000000, modified=0, pid=1, just started`,
    `${rts(S0, 'C')} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf`,
    `${rts(S0)} * monotonic clock: POSIX clock_gettime`,
    `${rts(S0)} * Running mode=standalone, port=6379.`,
    `${rts(S0)} * Server initialized`,
    `${rts(S0)} * Ready to accept connections tcp`,
  ];
  // saves every 60 s (10000 changes); the CoW grows with the dataset, then fork fails
  let mb = 3120;
  for (let m = -140; m < FAIL; m += 1 + r() * 0.2) {
    const pid = 20000 + Math.floor((m + 200) * 7);
    redis.push(`${rts(m)} * 10000 changes in 60 seconds. Saving...`);
    redis.push(`${rts(m + 0.002)} * Background saving started by pid ${pid}`);
    redis.push(`${rts(m + 0.6, 'C', pid)} * DB saved on disk`);
    redis.push(`${rts(m + 0.6, 'C', pid)} * Fork CoW for RDB: current ${Math.floor(mb / 40)} MB, peak ${Math.floor(mb / 38)} MB, average ${Math.floor(mb / 60)} MB`);
    redis.push(`${rts(m + 0.62)} * Background saving terminated with success`);
    mb += 12 + r() * 9;
  }
  for (let m = FAIL; m < -0.2; m += 0.085) {
    if (Math.round((m - FAIL) / 0.085) % 12 === 0) redis.push(`${rts(m)} * 10000 changes in 60 seconds. Saving...`);
    redis.push(`${rts(m + 0.001)} # Can't save in background: fork: Cannot allocate memory`);
  }
  const MISCONF = "MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk. Commands that may modify the data set are disabled, because this instance is configured to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option). Please check the Redis logs for details about the RDB error.";
  const stack = (cmd) => [
    `ReplyError: ${MISCONF}`,
    '    at parseError (/usr/src/app/node_modules/redis-parser/lib/parser.js:193:12)',
    '    at parseType (/usr/src/app/node_modules/redis-parser/lib/parser.js:303:14)',
    '    at JavascriptRedisParser.execute (/usr/src/app/node_modules/redis-parser/lib/parser.js:563:20)',
    '    at Socket.<anonymous> (/usr/src/app/node_modules/redis/index.js:274:27)',
    '    at emitOne (events.js:96:13)',
    '    at Socket.emit (events.js:188:7)',
    '    at readableAddChunk (_stream_readable.js:176:18)',
    '    at Socket.Readable.push (_stream_readable.js:134:10)',
    '    at TCP.onread (net.js:548:20)',
  ];
  const fe = [[], []];
  const PATHS = [['GET', '/catalogue?size=6', 2761], ['GET', '/cart', 283], ['GET', '/catalogue/size?tags=', 13], ['GET', '/tags', 107], ['GET', '/customers/57a98d98e4b00679b4a830b2', 259], ['POST', '/cart', 0], ['GET', '/login', 0]];
  for (let m = -50; m < -0.3; m += 0.06 + r() * 0.06) {
    const f = r() < 0.5 ? 0 : 1;
    const [meth, path, len] = PATHS[Math.floor(r() * PATHS.length)];
    if (m < FAIL) {
      fe[f].push(morgan(meth, path, meth === 'POST' ? 201 : 200, 4 + r() * 25, len));
      if (path === '/login') fe[f].push('Customer ID: 57a98d98e4b00679b4a830b2');
    } else if (r() < 0.92) {
      // session touch/save fails before morgan is reached; Express's final handler prints the stack
      fe[f].push(...stack());
    } else fe[f].push(morgan(meth, path, 200, 4 + r() * 25, len));
  }
  const user = [];
  for (let m = -50; m < FAIL; m += 0.7 + r()) user.push(`ts=${T.isoMs(m)} caller=logging.go:85 method=Login result=57a98d98e4b00679b4a830b2 err=null took=${(1.5 + r() * 3).toFixed(6)}ms`);
  return {
    folder: 's17-session-db-bgsave-fork-fails-misconf',
    incidentTime,
    description: 'shop is broken, front-end returning 500 on login and add to cart for the last ~20 min',
    expected: { component: 'session-db', cause: 'resource-exhaustion' },
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      front-end (weaveworksdemos/front-end:0.3.12, SESSION_REDIS=true) keeps express-session sessions in session-db through
      connect-redis (SETEX on save, EXPIRE on touch, saveUninitialized) and node_redis; session-db is redis:alpine with no config
      file, so the default RDB save points and stop-writes-on-bgsave-error yes apply, and no memory limit (upstream). A crawler
      without cookies has been creating a new session on every request for days; the dataset grew to several GB, Redis already
      warns at start that vm.overcommit_memory is 0, and from 19 minutes before the incident every BGSAVE fork fails with
      "Can't save in background: fork: Cannot allocate memory". Redis then answers every write with -MISCONF (Redis 7.2 text);
      the front-end's session middleware passes the ReplyError to Express's final handler (stack printed, 500) before morgan logs
      the request, so the front-end log turns into stack traces. session-db stays Running and Ready. Decoy: a carts restart
      (OOMKilled, exit 137) two days earlier. Deviation: none beyond the crawler traffic.`,
    workloads: {
      'session-db': { since: S0 },
      carts: { pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 0.05) } }) } }] },
    },
    events: [],
    logs: {
      'session-db#0/session-db': redis,
      'front-end#0/front-end': fe[0],
      'front-end#1/front-end': fe[1],
      'user#0/user': user,
    },
  };
})();

// ---------------------------------------------------------------------------------------------------------------------
// 5. catalogue release: the fork's new image is Ready and logs normally but no longer ships /images; every sock picture 404s.
// ---------------------------------------------------------------------------------------------------------------------
const s5 = (() => {
  const incidentTime = '2025-08-19T08:52:00Z';
  const T = clock(incidentTime);
  const r = rng(1705);
  const ROLL = -63;
  const NEW = '606183425901.dkr.ecr.eu-west-1.amazonaws.com/commerce/catalogue:0.3.6';
  const READY = ROLL + 0.5 + 3.05; // readiness initialDelaySeconds 180
  const IMG = ['colourful_socks.jpg', 'bit_of_leg_1.jpeg', 'bit_of_leg_2.jpeg', 'cross_1.jpeg', 'cross_2.jpeg', 'holy_1.jpeg', 'holy_2.jpeg', 'youtube_1.jpeg', 'youtube_2.jpeg', 'WAT.jpg', 'WAT2.jpg', 'classic.jpg', 'classic2.jpg', 'puma_1.jpeg', 'puma_2.jpeg', 'rugby_1.jpeg', 'rugby_2.jpeg', 'catsocks.jpg', 'catsocks2.jpg'];
  const ts = (m) => T.isoMs(m).replace('Z', `${String(Math.floor(r() * 1e6)).padStart(6, '0')}Z`);
  const cat = [`ts=${ts(ROLL + 0.55)} caller=main.go:92 transport=HTTP port=80`];
  const fe = [[], []];
  for (let m = -100; m < -0.3; m += 0.15 + r() * 0.15) {
    const f = r() < 0.5 ? 0 : 1;
    const after = m > READY;
    const list = r() < 0.6;
    if (list) {
      fe[f].push(morgan('GET', '/catalogue?page=1&size=6', 200, 5 + r() * 9, 2761));
      if (after) cat.push(`ts=${ts(m)} caller=logging.go:31 method=List tags= order=id pageNum=1 pageSize=6 result=6 err=null took=${(1 + r() * 3).toFixed(6)}ms`);
      for (let k = 0; k < 3; k++) {
        const img = IMG[Math.floor(r() * IMG.length)];
        fe[f].push(after ? morgan('GET', `/catalogue/images/${img}`, 404, 2 + r() * 3, 19) : morgan('GET', `/catalogue/images/${img}`, 200, 3 + r() * 8, 20000 + Math.floor(r() * 40000)));
      }
    } else {
      fe[f].push(morgan('GET', '/catalogue/size?tags=', 200, 3 + r() * 4, 13));
      if (after) cat.push(`ts=${ts(m)} caller=logging.go:52 method=Count tags= result=9 err=null took=${(0.6 + r() * 1.2).toFixed(6)}ms`);
    }
    if (after && r() < 0.1) cat.push(`ts=${ts(m)} caller=logging.go:84 method=Health result=2 took=${(3 + r() * 6).toFixed(6)}µs`);
  }
  return {
    folder: 's17-catalogue-release-sock-images-404',
    incidentTime,
    description: 'all the sock pictures on the shop are broken since this morning (grey boxes). commerce team pls look',
    expected: { component: 'catalogue', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'team-name', 'decoy'],
    grounding: `
      catalogue (weaveworksdemos/catalogue, Go, go-kit logfmt) serves the sock pictures itself: main.go mounts
      http.FileServer(http.Dir(*images)) under /catalogue/images/ (flag -images, default ./images/) and the upstream Dockerfile
      copies images/ into the image; front-end proxies GET /catalogue/images/* to http://catalogue and pipes the status through
      (morgan 'dev' lines). The commerce team's 0.3.6 (ECR, rolled out 63 minutes before the incident; deviation from upstream's
      0.3.5) moved to a multi-stage build that no longer copies images/: the new pod passes /health (DB ping), is Ready, and
      logs List/Count calls with err=null, but the FileServer answers 404 '404 page not found' (19 bytes) for every picture, which
      only the front-end's access log shows. The go-kit logging middleware does not log the file server. Decoy: the user pod's
      OOMKilled restart three days earlier (200Mi limit).`,
    workloads: {
      catalogue: {
        rollout: { at: ROLL, oldContainers: { catalogue: { image: 'weaveworksdemos/catalogue:0.3.5' } } },
        containers: { catalogue: { image: NEW } },
        pods: [{ readyTransition: T.iso(READY) }],
        endpointsChanged: READY,
      },
      user: { pods: [{ containers: { user: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 24 * 3 - 0.02) } }) } }] },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: ROLL },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: READY + 0.02 },
      { on: 'pod:catalogue#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: ROLL + 0.5 },
      { on: 'pod:catalogue#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, fieldPath: 'spec.containers{catalogue}', first: ROLL + 0.51 },
      { on: 'pod:catalogue#0', reason: 'Pulled', message: `Successfully pulled image "${NEW}" in 2.207s (2.207s including waiting). Image size: 9183422 bytes.`, fieldPath: 'spec.containers{catalogue}', first: ROLL + 0.55 },
      { on: 'pod:catalogue#0', reason: 'Created', message: 'Created container catalogue', fieldPath: 'spec.containers{catalogue}', first: ROLL + 0.55 },
      { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', fieldPath: 'spec.containers{catalogue}', first: ROLL + 0.56 },
    ],
    logs: {
      'catalogue#0/catalogue': cat,
      'front-end#0/front-end': fe[0],
      'front-end#1/front-end': fe[1],
    },
  };
})();

export const scenarios = [s3, s4, s5];

// ConfigMaps edited before the incident: [name, manager, minutes relative to the incident, incidentTime] (scripts/s17-build-a.mjs).
export const configMapEdits = {
  's17-orders-configmap-mongo-uri-after-node-drain': [['orders-config', 'kubectl-edit', -60 * 24 * 2 - 47, '2025-05-13T09:27:00Z']],
};
