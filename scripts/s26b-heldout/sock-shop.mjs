// Blind held-out scenario (batch s26b) for Sock Shop: the kit's session-2 system definition and one incident, a carts-db
// rollout restart that pulled an incompatible `mongo:latest` under the manifest's untagged image.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;

const spring = (T, min, level, thread, logger, msg) =>
  `${T.java(min)} ${level.padStart(5)} [carts,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const mongoDate = (T, min) => T.isoMs(min).replace('Z', '+00:00');
const mlog = (T, min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: mongoDate(T, min) }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });

const OPQ = (cmd) => `Unsupported OP_QUERY command: ${cmd}. The client driver may require an upgrade. For more details see https://dochub.mongodb.org/core/legacy-opcode-removal`;

function cartsDbLatest() {
  const incidentTime = '2026-05-19T13:42:00Z';
  const T = clock(incidentTime);
  const R = -26; // kubectl rollout restart deployment/carts-db
  const cartsLog = [
    spring(T, -60 * 24 * 6 + 1, 'INFO', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 21.771 seconds (JVM running for 23.102)'),
    spring(T, -41.2, 'INFO', 'p-nio-80-exec-3', 'works.weave.socks.cart.controllers.CartsController', 'Cart item for customer 57a98d98e4b00679b4a830b2 updated'),
    spring(T, -33.6, 'INFO', 'p-nio-80-exec-7', 'works.weave.socks.cart.controllers.ItemsController', 'Adding item to cart: Item{id=\'null\', itemId=\'3395a43e-2d88-40de-b95f-e00e1502085b\', quantity=1, unitPrice=18.0}'),
    spring(T, R + 0.83, 'INFO', 'cluster-ClusterId{value=\'6644e4a1c9e77f0007b1d2f3\', description=\'null\'}-carts-db:27017', 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server carts-db:27017'),
    'com.mongodb.MongoSocketReadException: Prematurely reached end of stream',
    '\tat com.mongodb.connection.SocketStream.read(SocketStream.java:88) ~[mongo-java-driver-3.2.2.jar!/:na]',
    '\tat com.mongodb.connection.InternalStreamConnection.receiveResponseBuffers(InternalStreamConnection.java:494) ~[mongo-java-driver-3.2.2.jar!/:na]',
    '\tat com.mongodb.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:118) ~[mongo-java-driver-3.2.2.jar!/:na]',
    '\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111-internal]',
    spring(T, R + 0.9, 'INFO', 'cluster-ClusterId{value=\'6644e4a1c9e77f0007b1d2f3\', description=\'null\'}-carts-db:27017', 'org.mongodb.driver.cluster', 'Monitor thread successfully connected to server with description ServerDescription{address=carts-db:27017, type=STANDALONE, state=CONNECTED, ok=true, version=ServerVersion{versionList=[8, 0, 4]}, minWireVersion=0, maxWireVersion=25, maxDocumentSize=16777216, roundTripTimeNanos=1214332}'),
  ];
  const errFind = (min, exec, customer) => [
    spring(T, min, 'ERROR', exec, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.data.mongodb.UncategorizedMongoDbException: Query failed with error code 352 and error message '${OPQ('find')}' on server carts-db:27017; nested exception is com.mongodb.MongoQueryException: Query failed with error code 352 and error message '${OPQ('find')}' on server carts-db:27017] with root cause`),
    '',
    `com.mongodb.MongoQueryException: Query failed with error code 352 and error message '${OPQ('find')}' on server carts-db:27017`,
    '\tat com.mongodb.connection.ProtocolHelper.getQueryFailureException(ProtocolHelper.java:131) ~[mongo-java-driver-3.2.2.jar!/:na]',
    '\tat com.mongodb.connection.QueryProtocol.execute(QueryProtocol.java:313) ~[mongo-java-driver-3.2.2.jar!/:na]',
    '\tat com.mongodb.operation.FindOperation$1.call(FindOperation.java:482) ~[mongo-java-driver-3.2.2.jar!/:na]',
    '\tat org.springframework.data.mongodb.core.MongoTemplate.doFind(MongoTemplate.java:1926) ~[spring-data-mongodb-1.9.4.RELEASE.jar!/:na]',
    `\tat works.weave.socks.cart.cart.CartDAO$MongoCartDAO.findByCustomerId(CartDAO.java:38) ~[classes!/:na]`,
    `\tat works.weave.socks.cart.controllers.CartsController.get(CartsController.java:35) ~[classes!/:na]`,
    spring(T, min + 0.002, 'DEBUG', exec, 'works.weave.socks.cart.controllers.CartsController', `customerId: ${customer}`),
  ];
  const errInsert = (min, exec) => [
    spring(T, min, 'ERROR', exec, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.data.mongodb.UncategorizedMongoDbException: Command failed with error 352 (UnsupportedOpQueryCommand): '${OPQ('insert')}' on server carts-db:27017. The full response is { "ok" : 0.0, "errmsg" : "${OPQ('insert')}", "code" : 352, "codeName" : "UnsupportedOpQueryCommand" }] with root cause`),
    '',
    `com.mongodb.MongoCommandException: Command failed with error 352 (UnsupportedOpQueryCommand): '${OPQ('insert')}' on server carts-db:27017. The full response is { "ok" : 0.0, "errmsg" : "${OPQ('insert')}", "code" : 352, "codeName" : "UnsupportedOpQueryCommand" }`,
    '\tat com.mongodb.connection.ProtocolHelper.getCommandFailureException(ProtocolHelper.java:86) ~[mongo-java-driver-3.2.2.jar!/:na]',
    '\tat com.mongodb.connection.CommandProtocol.execute(CommandProtocol.java:119) ~[mongo-java-driver-3.2.2.jar!/:na]',
    '\tat com.mongodb.operation.MixedBulkWriteOperation$Run$2.executeWriteCommandProtocol(MixedBulkWriteOperation.java:455) ~[mongo-java-driver-3.2.2.jar!/:na]',
    '\tat org.springframework.data.mongodb.core.MongoTemplate.doSave(MongoTemplate.java:1018) ~[spring-data-mongodb-1.9.4.RELEASE.jar!/:na]',
    '\tat works.weave.socks.cart.item.ItemDAO$MongoItemDAO.save(ItemDAO.java:44) ~[classes!/:na]',
  ];
  const mins = [-24.6, -22.9, -21.4, -19.8, -17.1, -15.5, -12.9, -10.2, -8.8, -6.1, -4.4, -2.7, -1.3];
  mins.forEach((m, i) => {
    cartsLog.push(...(i % 3 === 1 ? errInsert(m, `p-nio-80-exec-${(i % 9) + 1}`) : errFind(m, `p-nio-80-exec-${(i % 9) + 1}`, ['57a98d98e4b00679b4a830b2', '5a4b1e8f7c0f2a0007d3c2e1', '5a4c09aa9c0b3b0007e8f114'][i % 3])));
  });
  const feLog = (offset) => {
    const out = ['Using redis for session store', 'App now running in production mode on port 8079'];
    [-44, -38.5, -31].forEach((m) => out.push(`GET /cart 200 ${(14 + offset).toFixed(3)} ms - 2`, `Attempting to add to cart: {"id":"3395a43e-2d88-40de-b95f-e00e1502085b"}`, `POST /cart 201 ${(22.4 + offset).toFixed(3)} ms - -`));
    mins.filter((_, i) => i % 2 === offset).forEach((m, i) => {
      if (i % 3 === 1) out.push('Attempting to add to cart: {"id":"819e1fbf-8b7e-4f6d-811f-693534916a8b"}', `POST /cart 500 ${(31.2 + i).toFixed(3)} ms - 264`);
      else out.push(`GET /cart 500 ${(18.7 + i).toFixed(3)} ms - 252`, 'GET /catalogue?size=5 200 9.114 ms - 1741');
    });
    return out;
  };
  const mongodLog = [
    mlog(T, R + 0.82, 'I', 'CONTROL', 23285, 'main', 'Automatically disabling TLS 1.0 and TLS 1.1, to force-enable TLS 1.1 specify --sslDisabledProtocols \'TLS1_0\'; to force-enable TLS 1.0 specify --sslDisabledProtocols \'none\''),
    mlog(T, R + 0.83, 'I', 'CONTROL', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host: '%POD%' }),
    mlog(T, R + 0.83, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: { version: '8.0.4', gitVersion: 'bc35ab4305d9920d9d6d3e4a5b2e3e5b1a5e6c4e', openSSLVersion: 'OpenSSL 3.0.13 30 Jan 2024', modules: [], allocator: 'tcmalloc-google', environment: { distmod: 'ubuntu2404', distarch: 'x86_64', target_arch: 'x86_64' } } }),
    mlog(T, R + 0.84, 'W', 'CONTROL', 22120, 'initandlisten', 'Access control is not enabled for the database. Read and write access to data and configuration is unrestricted', { tags: ['startupWarnings'] }),
    mlog(T, R + 0.84, 'W', 'CONTROL', 5123300, 'initandlisten', 'vm.max_map_count is too low', { currentValue: 65530, recommendedMinimum: 1677720, maxConns: 838860 }),
    mlog(T, R + 0.86, 'I', 'NETWORK', 23015, 'listener', 'Listening on', { address: '/tmp/mongodb-27017.sock' }),
    mlog(T, R + 0.86, 'I', 'NETWORK', 23015, 'listener', 'Listening on', { address: '0.0.0.0:27017' }),
    mlog(T, R + 0.86, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
    mlog(T, R + 0.89, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:carts#0%:52114', isLoadBalanced: false, uuid: { uuid: { $uuid: '0b6f1c52-3e1d-4b4e-9a55-5f0f6c0d2a11' } }, connectionId: 1, connectionCount: 1 }),
    mlog(T, -24.6, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:carts#0%:52130', isLoadBalanced: false, uuid: { uuid: { $uuid: '7d1c0e8a-95b2-4f61-8c3e-2b6a4d9e0f37' } }, connectionId: 2, connectionCount: 2 }),
    mlog(T, -20.5, 'I', 'STORAGE', 22430, 'Checkpointer', 'WiredTiger message', { message: { ts_sec: Math.floor(Date.parse(T.isoMs(-20.5)) / 1000), ts_usec: 12030, thread: '1:0x7f3a1c9fe6c0', session_name: 'WT_SESSION.checkpoint', category: 'WT_VERB_CHECKPOINT_PROGRESS', category_id: 6, verbose_level: 'DEBUG_1', verbose_level_id: 1, msg: 'saving checkpoint snapshot min: 5, snapshot max: 5 snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 1' } }),
  ];
  return {
    folder: 's26b-carts-db-mongo-latest',
    incidentTime,
    description: 'sock shop cart broken - add to cart and view cart both 500 since around 13:15, catalogue fine',
    expected: { component: 'carts-db', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'carts-db', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      complete-demo.yaml runs carts-db as \`image: mongo\` with no tag (so :latest, imagePullPolicy Always) and carts 0.4.8,
      a Spring Boot 1.4 app on mongo-java-driver 3.2.2, which speaks only the legacy OP_QUERY wire protocol. MongoDB 6.0
      removed OP_QUERY for everything but the handshake (dochub legacy-opcode-removal); the mongo:latest image is now 8.0.
      Sock Shop users hit exactly this after redeploying on a fresh cluster (carts/orders 500 with
      "Unsupported OP_QUERY command: find", error 352 UnsupportedOpQueryCommand). Here a teammate ran
      \`kubectl rollout restart deployment/carts-db\` at 13:16 during a clean-up; the new pod pulled mongo (8.0.4) instead of the
      cached older image, started fine and is Ready (no probes upstream). The handshake still works, so the driver reports the
      server CONNECTED; every find and insert from carts then fails with 352 and carts answers 500, which the front-end passes
      through on GET/POST /cart. carts is the loud one (stack traces), carts-db logs only a normal 8.0 startup. orders-db runs the
      same untagged image but was not restarted, so orders still work. The carts-db data was an in-container store (no volume
      upstream), so the restart also emptied the carts (not the fault). Decoy: queue-master restarted three days ago.
      Expected: the carts-db rollout that brought in an incompatible image (bad-deploy-rollout on carts-db); the unpinned tag is
      also fairly called a configuration error on carts-db.
    `,
    workloads: {
      'carts-db': {
        rollout: { at: R, revision: 2 },
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(R) } },
        deployAnnotations: {},
      },
      'queue-master': {
        pods: [{ containers: { 'queue-master': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:carts-db', reason: 'ScalingReplicaSet', message: 'Scaled up replica set carts-db-%NEW% to 1', first: R, source: 'deployment-controller' },
      { on: 'deploy:carts-db', reason: 'ScalingReplicaSet', message: 'Scaled down replica set carts-db-%OLD% to 0 from 1', first: R + 0.82, source: 'deployment-controller' },
      { on: 'pod:carts-db#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: R + 0.5, source: 'default-scheduler' },
      { on: 'pod:carts-db#0', reason: 'Pulling', message: 'Pulling image "mongo"', first: R + 0.63, fieldPath: 'spec.containers{carts-db}' },
      { on: 'pod:carts-db#0', reason: 'Pulled', message: 'Successfully pulled image "mongo" in 8.412s (8.412s including waiting). Image size: 299377542 bytes.', first: R + 0.77, fieldPath: 'spec.containers{carts-db}' },
      { on: 'pod:carts-db#0', reason: 'Created', message: 'Created container carts-db', first: R + 0.79, fieldPath: 'spec.containers{carts-db}' },
      { on: 'pod:carts-db#0', reason: 'Started', message: 'Started container carts-db', first: R + 0.8, fieldPath: 'spec.containers{carts-db}' },
    ],
    logs: {
      'carts#0/carts': cartsLog,
      'carts-db#0/carts-db': mongodLog,
      'front-end#0/front-end': feLog(0),
      'front-end#1/front-end': feLog(1),
      'catalogue#0/catalogue': [-40, -30, -20, -10, -2].map((m) => `ts=${T.isoMs(m)} caller=logging.go:62 method=List tags= order=id pageNum=1 pageSize=5 result=5 err=null took=2.184721ms`),
      'orders#0/orders': [
        spring(T, -35.2, 'INFO', 'p-nio-80-exec-2', 'works.weave.socks.orders.controllers.OrdersController', 'Order created: CustomerOrder{id=\'null\', customerId=\'57a98d98e4b00679b4a830b2\', total=36.99}').replace('[carts,,,]', '[orders,,,]'),
      ],
    },
  };
}

export const scenarios = [cartsDbLatest()];
