// s22 held-out scenario (blind, split: test) for Sock Shop: a node drain recreates orders-db, whose unpinned `image: mongo`
// pulls MongoDB 8.0, which refuses the legacy OP_QUERY commands of the orders service's old Java driver. Session-2 system definition.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const N0 = 'ip-10-0-1-23.eu-west-1.compute.internal';
const N1 = 'ip-10-0-2-148.eu-west-1.compute.internal';
const N2 = 'ip-10-0-3-91.eu-west-1.compute.internal';

const T = clock('2026-06-03T10:07:00Z');
// Spring Boot 1.4 + Sleuth console pattern, as the orders/carts images print it.
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [orders,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const OPQ = (cmd) => `Unsupported OP_QUERY command: ${cmd}. The client driver may require an upgrade. For more details see https://dochub.mongodb.org/core/legacy-opcode-removal`;
const insertErr = (min, thread) => [
  spring(min, 'ERROR', thread, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.data.mongodb.UncategorizedMongoDbException: Command failed with error 352: '${OPQ('insert')}' on server orders-db:27017. The full response is { "ok" : 0.0, "errmsg" : "${OPQ('insert')}", "code" : 352, "codeName" : "UnsupportedOpQueryCommand" }; nested exception is com.mongodb.MongoCommandException: Command failed with error 352: '${OPQ('insert')}' on server orders-db:27017. The full response is { "ok" : 0.0, "errmsg" : "${OPQ('insert')}", "code" : 352, "codeName" : "UnsupportedOpQueryCommand" }] with root cause`),
  '',
  `com.mongodb.MongoCommandException: Command failed with error 352: '${OPQ('insert')}' on server orders-db:27017. The full response is { "ok" : 0.0, "errmsg" : "${OPQ('insert')}", "code" : 352, "codeName" : "UnsupportedOpQueryCommand" }`,
  '\tat com.mongodb.connection.ProtocolHelper.getCommandFailureException(ProtocolHelper.java:86) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.WriteCommandProtocol.receiveMessage(WriteCommandProtocol.java:220) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.WriteCommandProtocol.execute(WriteCommandProtocol.java:101) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.InsertCommandProtocol.execute(InsertCommandProtocol.java:67) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.operation.MixedBulkWriteOperation$Run$2.executeWriteCommandProtocol(MixedBulkWriteOperation.java:455) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat org.springframework.data.mongodb.core.MongoTemplate.insertDocument(MongoTemplate.java:1009) ~[spring-data-mongodb-1.9.4.RELEASE.jar!/:na]',
  '\tat org.springframework.data.mongodb.repository.support.SimpleMongoRepository.save(SimpleMongoRepository.java:78) ~[spring-data-mongodb-1.9.4.RELEASE.jar!/:na]',
  '\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:117) ~[classes!/:na]',
  '',
];
const findErr = (min, thread) => [
  spring(min, 'ERROR', thread, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.data.mongodb.UncategorizedMongoDbException: Query failed with error code 352 and error message '${OPQ('find')}' on server orders-db:27017; nested exception is com.mongodb.MongoQueryException: Query failed with error code 352 and error message '${OPQ('find')}' on server orders-db:27017] with root cause`),
  '',
  `com.mongodb.MongoQueryException: Query failed with error code 352 and error message '${OPQ('find')}' on server orders-db:27017`,
  '\tat com.mongodb.connection.QueryProtocol.execute(QueryProtocol.java:315) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.operation.FindOperation$1.call(FindOperation.java:463) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat org.springframework.data.mongodb.core.MongoTemplate.doFind(MongoTemplate.java:2005) ~[spring-data-mongodb-1.9.4.RELEASE.jar!/:na]',
  '',
];
const mlog = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: T.isoMs(min).replace('Z', '+00:00') }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });
const conn = (min, n, ip, port) => mlog(min, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: `${ip}:${port}`, isLoadBalanced: false, uuid: { uuid: { $uuid: `5e${n}0c7a1-94b2-4d3e-8f61-2a7c${n}9d0e4b13`.slice(0, 36) } }, connectionId: n, connectionCount: n });
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;
const morgan = (method, url, status, ms, len) => `${method} ${url} ${status} ${ms} ms - ${len}`;

export const scenarios = [
  {
    folder: 's22-orders-db-mongo-latest-after-drain',
    split: 'test',
    description: 'sock shop: placing an order fails with an error, order history page broken too. since ~09:55',
    incidentTime: '2026-06-03T10:07:00Z',
    expected: { component: 'orders-db', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'orders-db', cause: 'dependency-down' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (deploy/kubernetes/complete-demo.yaml at 9dff06f): carts-db and orders-db run \`image: mongo\` with no tag
      (so imagePullPolicy Always, whatever "latest" is when the pod starts) and no probes; orders (weaveworksdemos/orders:0.4.7,
      Spring Boot 1.4, spring-data-mongodb 1.9 with mongodb-driver 3.2.2) talks to mongodb://orders-db:27017/data. Real failure:
      microservices-demo issue #900 ("Carts is incompatible with mongo:latest image") and microservices-demo/carts#45 show the exact
      error once mongo:latest moved past 5.x: MongoDB 6.0+ rejects the legacy OP_QUERY commands the 3.x driver sends, error 352
      UnsupportedOpQueryCommand, "The client driver may require an upgrade", for find (MongoQueryException) and insert
      (MongoCommandException); the dynatrace-acm workshop PR #10 pins mongo:5.0.11 for orders-db for the same reason. Incident: an
      EKS managed node group AMI update cordons and drains ${N1} at 09:50; orders-db, payment, a front-end replica and session-db are
      recreated elsewhere. The new orders-db pod pulls "mongo" afresh (the Pulled event, MongoDB 8.0.4 in its Build Info; carts-db,
      untouched for 40 days, still runs the old digest), starts cleanly and stays Running and Ready, but every order insert and every
      order-history find fails in orders with 352, and front-end answers POST /orders and GET /orders with 500. The recreated
      payment, front-end and session-db pods are healthy (the drain is context; the lost sessions log users out, a decoy); an
      unrelated catalogue restart from five days ago is another decoy. Expected: orders-db, bad-deploy-rollout (a new, incompatible
      version of the database came in with the recreated pod); dependency-down on orders-db also accepted (orders cannot use its
      database).`,
    nodes: {
      [N1]: {
        unschedulable: true,
        taints: [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule', timeAdded: T.iso(-17.2) }],
      },
    },
    workloads: {
      carts: { pods: [{ node: N0 }] },
      'carts-db': { pods: [{ node: N0 }] },
      catalogue: { pods: [{ node: N2, containers: { catalogue: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 5), last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 5 - 0.2) } }) } }] },
      'front-end': { pods: [{ node: N2, created: T.iso(-16.6), containers: { 'front-end': cs.running(T.iso(-16.3)) }, readyTransition: T.iso(-15.8) }, { node: N0 }], endpointsChanged: -15.8 },
      orders: { pods: [{ node: N2 }] },
      'orders-db': { pods: [{ node: N0, created: T.iso(-16.8), containers: { 'orders-db': cs.running(T.iso(-16.6)) }, readyTransition: T.iso(-16.5) }], endpointsChanged: -16.5 },
      payment: { pods: [{ node: N2, created: T.iso(-16.7), containers: { payment: cs.running(T.iso(-16.5)) }, readyTransition: T.iso(-13.4) }], endpointsChanged: -13.4 },
      'session-db': { pods: [{ node: N0, created: T.iso(-16.5), containers: { 'session-db': cs.running(T.iso(-16.3)) }, readyTransition: T.iso(-16.2) }], endpointsChanged: -16.2 },
      'queue-master': { pods: [{ node: N0 }] },
      rabbitmq: { pods: [{ node: N2 }] },
      shipping: { pods: [{ node: N2 }] },
      user: { pods: [{ node: N0 }] },
      'user-db': { pods: [{ node: N2 }] },
      'catalogue-db': { pods: [{ node: N0 }] },
    },
    events: [
      { on: `node:${N1}`, reason: 'NodeNotSchedulable', message: `Node ${N1} status is now: NodeNotSchedulable`, first: -17.2 },
      { on: 'pod:orders-db#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned sock-shop/%POD% to ${N0}`, first: -16.8 },
      { on: 'pod:orders-db#0', reason: 'Pulling', fieldPath: 'spec.containers{orders-db}', message: 'Pulling image "mongo"', first: -16.75 },
      { on: 'pod:orders-db#0', reason: 'Pulled', fieldPath: 'spec.containers{orders-db}', message: 'Successfully pulled image "mongo" in 8.412s (8.412s including waiting). Image size: 297813416 bytes.', first: -16.62 },
      { on: 'pod:orders-db#0', reason: 'Created', fieldPath: 'spec.containers{orders-db}', message: 'Created container orders-db', first: -16.61 },
      { on: 'pod:orders-db#0', reason: 'Started', fieldPath: 'spec.containers{orders-db}', message: 'Started container orders-db', first: -16.6 },
      { on: 'pod:payment#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned sock-shop/%POD% to ${N2}`, first: -16.7 },
      { on: 'pod:payment#0', reason: 'Pulled', fieldPath: 'spec.containers{payment}', message: 'Container image "weaveworksdemos/payment:0.4.3" already present on machine', first: -16.55 },
      { on: 'pod:payment#0', reason: 'Started', fieldPath: 'spec.containers{payment}', message: 'Started container payment', first: -16.5 },
      { on: 'pod:front-end#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned sock-shop/%POD% to ${N2}`, first: -16.6 },
      { on: 'pod:front-end#0', reason: 'Started', fieldPath: 'spec.containers{front-end}', message: 'Started container front-end', first: -16.3 },
      { on: 'pod:front-end#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{front-end}', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": dial tcp %PODIP%:8079: connect: connection refused', first: -16.2, last: -16.0, count: 2 },
      { on: 'pod:session-db#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned sock-shop/%POD% to ${N0}`, first: -16.5 },
      { on: 'pod:session-db#0', reason: 'Pulling', fieldPath: 'spec.containers{session-db}', message: 'Pulling image "redis:alpine"', first: -16.45 },
      { on: 'pod:session-db#0', reason: 'Pulled', fieldPath: 'spec.containers{session-db}', message: 'Successfully pulled image "redis:alpine" in 1.127s (1.127s including waiting). Image size: 17237504 bytes.', first: -16.4 },
      { on: 'pod:session-db#0', reason: 'Started', fieldPath: 'spec.containers{session-db}', message: 'Started container session-db', first: -16.3 },
    ],
    logs: {
      'orders-db#0/orders-db': [
        mlog(-16.6, 'I', 'CONTROL', 23285, 'main', 'Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols \'none\''),
        mlog(-16.6, 'I', 'NETWORK', 4915701, 'main', 'Initialized wire specification', { spec: { incomingExternalClient: { minWireVersion: 0, maxWireVersion: 25 }, incomingInternalClient: { minWireVersion: 0, maxWireVersion: 25 }, outgoing: { minWireVersion: 6, maxWireVersion: 25 }, isInternalClient: true } }),
        mlog(-16.6, 'I', 'CONTROL', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host: '%POD%' }),
        mlog(-16.6, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: { version: '8.0.4', gitVersion: 'bc35ab4305d9920d9d0491c1c9ef9b72383d31f9', openSSLVersion: 'OpenSSL 3.0.13 30 Jan 2024', modules: [], allocator: 'tcmalloc-google', environment: { distmod: 'ubuntu2404', distarch: 'x86_64', target_arch: 'x86_64' } } }),
        mlog(-16.6, 'I', 'CONTROL', 51765, 'initandlisten', 'Operating System', { os: { name: 'Ubuntu', version: '24.04' } }),
        mlog(-16.59, 'I', 'STORAGE', 22297, 'initandlisten', 'Using the XFS filesystem is strongly recommended with the WiredTiger storage engine. See http://dochub.mongodb.org/core/prodnotes-filesystem'),
        mlog(-16.59, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', { config: 'create,cache_size=7367M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,remove=true,path=journal,compressor=snappy),builtin_extension_config=(zstd=(compression_level=6)),file_manager=(close_idle_time=600,close_scan_interval=10,close_handle_minimum=2000),statistics_log=(wait=0),json_output=(error,message),verbose=[recovery_progress:1,checkpoint_progress:1,compact_progress:1,backup:0,checkpoint:0,compact:0,evict:0,history_store:0,recovery:0,rts:0,salvage:0,tiered:0,timestamp:0,transaction:0,verify:0,log:0],prefetch=(available=true,default=false),' }),
        mlog(-16.58, 'W', 'CONTROL', 22120, 'initandlisten', 'Access control is not enabled for the database. Read and write access to data and configuration is unrestricted', { tags: ['startupWarnings'] }),
        mlog(-16.58, 'I', 'NETWORK', 23015, 'listener', 'Listening on', { address: '0.0.0.0' }),
        mlog(-16.58, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
        conn(-15.9, 1, '%IPOF:orders#0%', 40212),
        conn(-15.9, 2, '%IPOF:orders#0%', 40224),
        mlog(-15.5, 'I', 'STORAGE', 22430, 'Checkpointer', 'WiredTiger message', { message: { ts_sec: Math.floor(Date.parse(T.isoMs(-15.5)) / 1000), ts_usec: 412081, thread: '1:0x7f3c9d1fe6c0', session_name: 'WT_SESSION.checkpoint', category: 'WT_VERB_CHECKPOINT_PROGRESS', category_id: 7, verbose_level: 'DEBUG_1', verbose_level_id: 1, msg: 'saving checkpoint snapshot min: 34, snapshot max: 34 snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 1' } }),
        conn(-9.2, 3, '%IPOF:orders#0%', 40876),
        mlog(-1.5, 'I', 'STORAGE', 22430, 'Checkpointer', 'WiredTiger message', { message: { ts_sec: Math.floor(Date.parse(T.isoMs(-1.5)) / 1000), ts_usec: 88213, thread: '1:0x7f3c9d1fe6c0', session_name: 'WT_SESSION.checkpoint', category: 'WT_VERB_CHECKPOINT_PROGRESS', category_id: 7, verbose_level: 'DEBUG_1', verbose_level_id: 1, msg: 'saving checkpoint snapshot min: 392, snapshot max: 392 snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 1' } }),
      ],
      'orders#0/orders': [
        spring(-18.4, 'DEBUG', 'p-nio-80-exec-9', 'w.w.s.o.controllers.OrdersController', 'Order 6655c1a9e4b0f3a7d2c81b44 saved, customer 57a98d98e4b00679b4a830b2'),
        spring(-16.9, 'INFO', 'cluster-ClusterId{value=\'6650a3c1e4b0d1f27c9e0a11\', description=\'null\'}-orders-db:27017', 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server orders-db:27017'),
        '',
        'com.mongodb.MongoSocketReadException: Prematurely reached end of stream',
        '\tat com.mongodb.connection.SocketStream.read(SocketStream.java:88) ~[mongodb-driver-core-3.2.2.jar!/:na]',
        '\tat com.mongodb.connection.InternalStreamConnection.receiveResponseBuffers(InternalStreamConnection.java:494) ~[mongodb-driver-core-3.2.2.jar!/:na]',
        '',
        spring(-15.9, 'INFO', 'cluster-ClusterId{value=\'6650a3c1e4b0d1f27c9e0a11\', description=\'null\'}-orders-db:27017', 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:7, serverValue:1}] to orders-db:27017'),
        spring(-15.9, 'INFO', 'cluster-ClusterId{value=\'6650a3c1e4b0d1f27c9e0a11\', description=\'null\'}-orders-db:27017', 'org.mongodb.driver.cluster', 'Monitor thread successfully connected to server with description ServerDescription{address=orders-db:27017, type=STANDALONE, state=CONNECTED, ok=true, version=ServerVersion{versionList=[8, 0, 4]}, minWireVersion=0, maxWireVersion=25, maxDocumentSize=16777216, roundTripTimeNanos=612043}'),
        spring(-15.85, 'INFO', 'p-nio-80-exec-2', 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:8, serverValue:2}] to orders-db:27017'),
        ...insertErr(-15.8, 'p-nio-80-exec-2'),
        ...findErr(-14.6, 'p-nio-80-exec-4'),
        ...insertErr(-12.1, 'p-nio-80-exec-6'),
        ...insertErr(-9.2, 'p-nio-80-exec-1'),
        ...findErr(-7.7, 'p-nio-80-exec-3'),
        ...insertErr(-4.4, 'p-nio-80-exec-8'),
        ...insertErr(-1.3, 'p-nio-80-exec-5'),
      ],
      'front-end#1/front-end': [
        morgan('GET', '/catalogue?size=5', 200, '11.204', 1822),
        morgan('POST', '/orders', 201, '412.377', 246),
        morgan('GET', '/cart', 200, '9.871', 311),
        'Posting Order: {"customer":"http://user/customers/57a98d98e4b00679b4a830af","address":"http://user/addresses/57a98d98e4b00679b4a830ad","card":"http://user/cards/57a98d98e4b00679b4a830ae","items":"http://carts/carts/57a98d98e4b00679b4a830af/items"}',
        `Order response: {"timestamp":${Date.parse(T.isoMs(-15.8))},"status":500,"error":"Internal Server Error","exception":"org.springframework.data.mongodb.UncategorizedMongoDbException","message":"Command failed with error 352: \'Unsupported OP_QUERY command: insert. The client driver may require an upgrade. For more details see https://dochub.mongodb.org/core/legacy-opcode-removal\' on server orders-db:27017.","path":"/orders"}`,
        morgan('POST', '/orders', 500, '389.102', 327),
        morgan('GET', '/orders', 500, '24.519', 298),
        morgan('GET', '/catalogue?page=1&size=6&tags=', 200, '14.009', 3114),
        'Posting Order: {"customer":"http://user/customers/6655b2f0c2a8e20001b3c7d4","address":"http://user/addresses/6655b2f0c2a8e20001b3c7d5","card":"http://user/cards/6655b2f0c2a8e20001b3c7d6","items":"http://carts/carts/6655b2f0c2a8e20001b3c7d4/items"}',
        `Order response: {"timestamp":${Date.parse(T.isoMs(-4.4))},"status":500,"error":"Internal Server Error","exception":"org.springframework.data.mongodb.UncategorizedMongoDbException","message":"Command failed with error 352: \'Unsupported OP_QUERY command: insert. The client driver may require an upgrade. For more details see https://dochub.mongodb.org/core/legacy-opcode-removal\' on server orders-db:27017.","path":"/orders"}`,
        morgan('POST', '/orders', 500, '401.660', 327),
        morgan('GET', '/cart', 200, '8.337', 311),
      ],
      'payment#0/payment': [
        kit(-16.4, 'caller=main.go:77 transport=HTTP port=80'),
        kit(-12.1, 'caller=logging.go:31 method=Authorise result=true took=38.117µs'),
        kit(-9.2, 'caller=logging.go:31 method=Authorise result=true took=22.904µs'),
        kit(-4.4, 'caller=logging.go:31 method=Authorise result=true took=31.06µs'),
        kit(-1.3, 'caller=logging.go:31 method=Authorise result=true took=27.781µs'),
      ],
    },
  },
];

/** The recreated orders-db pod pulled a different `mongo` digest than carts-db (40 days old); the kit derives one digest per image. */
export const imageIds = {
  's22-orders-db-mongo-latest-after-drain': { 'orders-db': 'docker.io/library/mongo@sha256:4f93a84f7d4d8b1b6cb7e0e1c1f1ac4e9d2a63b4c8be4b4c0a41b2e0ad09d3c7' },
};
