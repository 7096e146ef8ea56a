// Blind dev scenario of batch s25c for Sock Shop (session-2 system of scripts/s2-scenarios/sock-shop.mjs): a rollout restart
// of carts-db pulls the unpinned `mongo` image, now 8.0, which rejects the old Java driver's OP_QUERY commands.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;

const T = clock('2026-05-26T08:22:00Z');
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const mdate = (min) => T.isoMs(min).replace('Z', '+00:00');
const mlog = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: mdate(min) }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });
const OPQ = (cmd) =>
  `Command failed with error 352: 'Unsupported OP_QUERY command: ${cmd}. The client driver may require an upgrade. For more details see https://dochub.mongodb.org/core/legacy-opcode-removal' on server carts-db:27017. The full response is { "ok" : 0.0, "errmsg" : "Unsupported OP_QUERY command: ${cmd}. The client driver may require an upgrade. For more details see https://dochub.mongodb.org/core/legacy-opcode-removal", "code" : 352, "codeName" : "UnsupportedOpQueryCommand" }`;
const cartsErr = (min, thread, cmd) => [
  spring(min, 'ERROR', 'carts', thread, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.data.mongodb.UncategorizedMongoDbException: ${OPQ(cmd)}; nested exception is com.mongodb.MongoCommandException: ${OPQ(cmd)}] with root cause`),
  '',
  `com.mongodb.MongoCommandException: ${OPQ(cmd)}`,
  '\tat com.mongodb.connection.ProtocolHelper.getCommandFailureException(ProtocolHelper.java:86) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.CommandProtocol.execute(CommandProtocol.java:120) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.DefaultServer$DefaultServerProtocolExecutor.execute(DefaultServer.java:159) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.DefaultServerConnection.executeProtocol(DefaultServerConnection.java:286) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  `\tat com.mongodb.operation.${cmd === 'find' ? 'FindOperation$1.call(FindOperation.java:486)' : 'InsertOperation.executeCommandProtocol(InsertOperation.java:74)'} ~[mongodb-driver-core-3.2.2.jar!/:na]`,
  '\tat org.springframework.data.mongodb.core.MongoTemplate.executeFindMultiInternal(MongoTemplate.java:2358) ~[spring-data-mongodb-1.9.4.RELEASE.jar!/:na]',
  '\tat works.weave.socks.cart.cart.CartDAO$MongoCartDAO.findByCustomerId(CartDAO.java:53) ~[classes!/:na]',
];
const CUST = ['57a98d98e4b00679b4a830af', '57a98d98e4b00679b4a830b2', '57a98d98e4b00679b4a830b5', '5e7b1f2ac2d4a50001f3a9c1'];
const fe = (min, method, path, status, ms) => `${method} ${path} ${status} ${ms.toFixed(3)} ms - ${status === 500 ? 21 : 2}`;

// What the build script writes after the kit: the digest each pod really runs, and the rollout-restart annotation.
export const imageIds = {
  's25c-carts-db-mongo-latest-opquery': {
    'carts-db': 'docker.io/library/mongo@sha256:4f93a84f7d4d8b1b6cb7e0e1a3c9b5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2',
    'orders-db': 'docker.io/library/mongo@sha256:1bf5ed1ef7a3e4b9d0c2f6a8e5b7d9c1f3a5e7b9d1c3f5a7e9b1d3f5a7c9e1b3',
  },
};
export const rsTemplateAnnotations = {
  's25c-carts-db-mongo-latest-opquery': { 'carts-db': { 'kubectl.kubernetes.io/restartedAt': '2026-05-26T07:27:00Z' } },
};

export const scenarios = [
  {
    folder: 's25c-carts-db-mongo-latest-opquery',
    incidentTime: '2026-05-26T08:22:00Z',
    description: "sock shop: nobody can add to cart and checkout broken since this morning, front-end throwing 500s",
    expected: { component: 'carts-db', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['rollout-regression', 'pods-ready', 'louder-dependents', 'decoy'],
    grounding: `
      Sock Shop complete-demo.yaml: carts-db runs the unpinned image \`mongo\` (so :latest, imagePullPolicy Always), and carts
      0.4.8 is a Spring Boot 1.4 service on spring-data-mongodb 1.9 / mongo-java-driver 3.2, which sends every command
      (find, insert, update) as OP_QUERY on $cmd. MongoDB 6.0 removed OP_QUERY for everything but the hello/isMaster
      handshake (MongoDB "legacy opcode removal" notes), answering error 352 UnsupportedOpQueryCommand "Unsupported OP_QUERY
      command: find. The client driver may require an upgrade.". At 07:27 someone ran kubectl rollout restart on carts-db
      (to reclaim memory); the new pod pulled mongo:latest, now 8.0.4, instead of the 4.x digest the old pod had run for
      months. carts-db is Running, Ready and logs a clean start and accepted connections; carts (still Ready: its
      /health does not touch Mongo) raises MongoCommandException 352 on every cart read and write, front-end's cart calls
      return 500 and orders fails reading the customer's cart. orders-db runs the same unpinned image but was not
      restarted, so it still runs the old digest (decoy, along with an old queue-master restart and a last-week
      catalogue readiness warning). The expected answer is the carts-db rollout.
    `,
    workloads: {
      'carts-db': {
        rollout: { at: -55, revision: 3 },
        pods: [{ node: 'ip-10-0-2-148.eu-west-1.compute.internal' }],
      },
      'queue-master': {
        pods: [
          {
            containers: {
              'queue-master': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 17), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 17.3) } }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:carts-db', source: 'deployment-controller', reason: 'ScalingReplicaSet', first: -55, message: 'Scaled up replica set carts-db-%NEW% from 0 to 1' },
      { on: 'deploy:carts-db', source: 'deployment-controller', reason: 'ScalingReplicaSet', first: -54.3, message: 'Scaled down replica set carts-db-%OLD% from 1 to 0' },
      { on: 'pod:carts-db#0', reason: 'Pulling', first: -54.9, message: 'Pulling image "mongo"', fieldPath: 'spec.containers{carts-db}' },
      { on: 'pod:carts-db#0', reason: 'Pulled', first: -54.5, message: 'Successfully pulled image "mongo" in 21.406s (21.406s including waiting). Image size: 296837413 bytes.', fieldPath: 'spec.containers{carts-db}' },
      { on: 'pod:carts-db#0', reason: 'Created', first: -54.5, message: 'Created container carts-db', fieldPath: 'spec.containers{carts-db}' },
      { on: 'pod:carts-db#0', reason: 'Started', first: -54.5, message: 'Started container carts-db', fieldPath: 'spec.containers{carts-db}' },
      { on: 'pod:catalogue#0', type: 'Warning', reason: 'Unhealthy', first: -60 * 24 * 6, last: -60 * 24 * 6 + 0.2, count: 3, message: 'Readiness probe failed: Get "http://%PODIP%:80/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', fieldPath: 'spec.containers{catalogue}' },
    ],
    logs: {
      'carts-db#0/carts-db': [
        mlog(-54.5, 'I', 'CONTROL', 23285, 'main', 'Automatically disabling TLS 1.0 and TLS 1.1, to force-enable TLS 1.1 specify --sslDisabledProtocols \'TLS1_0\'; to force-enable TLS 1.0 specify --sslDisabledProtocols \'none\''),
        mlog(-54.5, 'I', 'CONTROL', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host: '%POD%' }),
        mlog(-54.5, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: { version: '8.0.4', gitVersion: 'bc35ab4305d9920d9d0491c1c9ef9b72383d31f9', openSSLVersion: 'OpenSSL 3.0.13 30 Jan 2024', modules: [], allocator: 'tcmalloc-google', environment: { distmod: 'ubuntu2404', distarch: 'x86_64', target_arch: 'x86_64' } } }),
        mlog(-54.5, 'I', 'CONTROL', 51765, 'initandlisten', 'Operating System', { os: { name: 'Ubuntu', version: '24.04' } }),
        mlog(-54.49, 'I', 'STORAGE', 22297, 'initandlisten', 'Using the XFS filesystem is strongly recommended with the WiredTiger storage engine. See http://dochub.mongodb.org/core/prodnotes-filesystem', undefined),
        mlog(-54.48, 'W', 'CONTROL', 22120, 'initandlisten', 'Access control is not enabled for the database. Read and write access to data and configuration is unrestricted', undefined),
        mlog(-54.48, 'W', 'CONTROL', 5123300, 'initandlisten', 'vm.max_map_count is too low', { currentValue: 65530, recommendedMinimum: 1677720, maxConns: 838860 }),
        mlog(-54.47, 'I', 'NETWORK', 23015, 'listener', 'Listening on', { address: '0.0.0.0:27017' }),
        mlog(-54.47, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
        mlog(-53.8, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:carts#0%:41872', uuid: { uuid: { $uuid: '6a1c9e24-8b3f-4d75-a0e2-5c7f1b9d3e48' } }, connectionId: 1, connectionCount: 1 }),
        mlog(-41.2, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:carts#0%:42310', uuid: { uuid: { $uuid: 'd04f7b13-2e9a-4c68-b5d1-8f3a6e0c2b97' } }, connectionId: 2, connectionCount: 2 }),
        mlog(-5.5, 'I', 'WTCHKPT', 22430, 'Checkpointer', 'WiredTiger message', { message: { ts_sec: Math.floor(Date.parse(T.iso(-5.5)) / 1000), ts_usec: 0, thread: '1:0x7f3c2b1fe6c0', session_name: 'WT_SESSION.checkpoint', category: 'WT_VERB_CHECKPOINT_PROGRESS', category_id: 6, verbose_level: 'DEBUG_1', verbose_level_id: 1, msg: 'saving checkpoint snapshot min: 61, snapshot max: 61 snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 1' } }),
      ],
      'carts#0/carts': [
        spring(-60 * 24 * 9, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 31.874 seconds (JVM running for 33.902)'),
        spring(-54.6, 'INFO', 'carts', 'cluster-ClusterId{value=\'6626f3a2e4b0c81a9d7f3b21\', description=\'null\'}-carts-db:27017', 'org.mongodb.driver.cluster', "Exception in monitor thread while connecting to server carts-db:27017"),
        'com.mongodb.MongoSocketOpenException: Exception opening socket',
        '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:63) ~[mongodb-driver-core-3.2.2.jar!/:na]',
        'Caused by: java.net.ConnectException: Connection refused (Connection refused)',
        spring(-53.8, 'INFO', 'carts', 'cluster-ClusterId{value=\'6626f3a2e4b0c81a9d7f3b21\', description=\'null\'}-carts-db:27017', 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:7, serverValue:1}] to carts-db:27017'),
        spring(-53.8, 'INFO', 'carts', 'cluster-ClusterId{value=\'6626f3a2e4b0c81a9d7f3b21\', description=\'null\'}-carts-db:27017', 'org.mongodb.driver.cluster', 'Monitor thread successfully connected to server with description ServerDescription{address=carts-db:27017, type=STANDALONE, state=CONNECTED, ok=true, version=ServerVersion{versionList=[8, 0, 4]}, minWireVersion=0, maxWireVersion=25, maxDocumentSize=16777216, roundTripTimeNanos=612843}'),
        ...cartsErr(-41.2, 'p-nio-80-exec-3', 'find'),
        ...cartsErr(-33.6, 'p-nio-80-exec-7', 'find'),
        ...cartsErr(-24.9, 'p-nio-80-exec-1', 'find'),
        ...cartsErr(-17.4, 'p-nio-80-exec-5', 'find'),
        ...cartsErr(-9.2, 'p-nio-80-exec-2', 'find'),
        ...cartsErr(-3.1, 'p-nio-80-exec-9', 'find'),
        ...cartsErr(-0.8, 'p-nio-80-exec-4', 'find'),
      ],
      'orders#0/orders': [
        spring(-60 * 24 * 9, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 35.112 seconds (JVM running for 37.406)'),
        ...[-33.5, -17.3, -3.0].map((m) =>
          spring(m, 'ERROR', 'orders', 'p-nio-80-exec-6', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.HttpServerErrorException: 500 null] with root cause')),
      ],
      'front-end#0/front-end': [
        ...[[-41.2, 'GET', '/cart', 500, 19.2], [-40.9, 'GET', '/catalogue?size=5', 200, 14.8], [-33.6, 'POST', '/cart', 500, 22.7], [-33.5, 'POST', '/orders', 500, 61.3], [-24.9, 'GET', '/cart', 500, 17.0], [-17.4, 'POST', '/cart', 500, 25.1], [-17.3, 'POST', '/orders', 500, 58.9], [-9.2, 'GET', '/cart', 500, 16.4], [-6.6, 'GET', '/catalogue/size?tags=', 200, 9.7], [-3.1, 'POST', '/cart', 500, 21.8], [-3.0, 'POST', '/orders', 500, 63.0], [-0.8, 'GET', '/cart', 500, 18.3]]
          .map(([m, meth, p, s, ms]) => fe(m, meth, p, s, ms)),
      ],
    },
  },
];
