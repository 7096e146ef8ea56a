// Blind dev batch s79b, Sock Shop: one scenario spec for the kit (scripts/s2-scenario-kit.mjs).
// carts-db stalls on disk I/O (its node's gp2 root volume ran out of burst credits); carts and orders time out, carts-db stays Ready.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const IT = '2026-11-21T11:08:00Z';
const T = clock(IT);
const NODE = 'ip-10-0-2-148.eu-west-1.compute.internal';
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const mdate = (min) => T.isoMs(min).replace('Z', '+00:00');
const ml = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: mdate(min) }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });
const slow = (min, conn, ns, cmd, ms, plan) =>
  ml(min, 'I', 'COMMAND', 51803, `conn${conn}`, 'Slow query', {
    type: 'command', ns, appName: 'MongoDB Java Driver', command: cmd, planSummary: plan,
    keysExamined: 1, docsExamined: 1, numYields: 0, reslen: 245,
    locks: { FeatureCompatibilityVersion: { acquireCount: { w: 1 } }, Global: { acquireCount: { w: 1 } } },
    storage: { data: { bytesRead: 16384, timeReadingMicros: ms * 900 } },
    protocol: 'op_query', durationMillis: ms,
  });
const ckpt = (min, secs, pages, mb) =>
  ml(min, 'I', 'WTCHKPT', 22430, 'Checkpointer', 'WiredTiger message', {
    message: { ts_sec: Math.floor(Date.parse(T.isoMs(min)) / 1000), ts_usec: 0, thread: '1:0x7f3c2a5fe640', session_name: 'WT_SESSION.checkpoint', category: 'WT_VERB_CHECKPOINT_PROGRESS', category_id: 7, verbose_level: 'DEBUG_1', verbose_level_id: 1, msg: `Checkpoint has been running for ${secs} seconds and wrote: ${pages} pages (${mb} MB)` },
  });
const POOL = 'com.mongodb.MongoTimeoutException: Timeout waiting for a pooled item after 120000 MILLISECONDS';
const cartsErr = (min, thread) => [
  spring(min, 'ERROR', 'carts', thread, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Timeout waiting for a pooled item after 120000 MILLISECONDS; nested exception is ${POOL}] with root cause`),
  '',
  POOL,
  '\tat com.mongodb.internal.connection.ConcurrentPool.get(ConcurrentPool.java:123) ~[mongo-java-driver-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.DefaultConnectionPool.get(DefaultConnectionPool.java:88) ~[mongo-java-driver-3.2.2.jar!/:na]',
  '\tat com.mongodb.connection.DefaultServer.getConnection(DefaultServer.java:73) ~[mongo-java-driver-3.2.2.jar!/:na]',
  '\tat com.mongodb.binding.ClusterBinding$ClusterBindingConnectionSource.getConnection(ClusterBinding.java:86) ~[mongo-java-driver-3.2.2.jar!/:na]',
  '\tat com.mongodb.operation.FindOperation.execute(FindOperation.java:479) ~[mongo-java-driver-3.2.2.jar!/:na]',
  '\tat org.springframework.data.mongodb.core.MongoTemplate.executeFindMultiInternal(MongoTemplate.java:2225) ~[spring-data-mongodb-1.9.4.RELEASE.jar!/:na]',
  '\tat works.weave.socks.cart.cart.CartDAO$MongoCartDAO.findByCustomerId(CartDAO.java:68) ~[classes!/:na]',
];
const ordersTimeout = (min, thread) => [
  spring(min, 'ERROR', 'orders', thread, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.lang.IllegalStateException: Unable to create order due to timeout from one of the services.] with root cause'),
  '',
  'java.util.concurrent.TimeoutException: null',
  '\tat java.util.concurrent.FutureTask.get(FutureTask.java:205) ~[na:1.8.0_111-internal]',
  '\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:87) ~[classes!/:na]',
];

export const scenarios = [
  {
    folder: 's79b-carts-db-io-stall',
    incidentTime: IT,
    description: 'sockshop: basket page hangs / times out and checkout says "unable to create order" since ~10:35. catalogue browsing ok. is carts broken? commerce team',
    expected: { component: 'carts-db', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'carts-db', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'partial-name', 'team-name', 'time-expression'],
    grounding: `
      Manifest facts (complete-demo.yaml at 9dff06f): carts-db runs the unpinned \`mongo\` image with no resources, no probes and no data
      volume (only an emptyDir at /tmp), so /data/db lives on the node's root disk; carts (Spring Boot 1.4, mongo-java-driver 3.2,
      default socketTimeout 0, 100 connections, 120 s wait) is its only client; orders calls carts for the items during checkout
      with a fixed future timeout ("Unable to create order due to timeout from one of the services.").
      Fault: carts-db's node ${NODE} has the EKS default 20 GiB gp2 root volume; a log-shipping backlog burned the volume's burst
      balance and it fell to its 100 IOPS baseline about 35 minutes before the incident. mongod's reads and WiredTiger checkpoints
      stall (checkpoint progress messages, "Slow query" entries of 20-70 s for single-document IXSCAN lookups) while the process and the
      pod stay Running and Ready with 0 restarts; carts' pool fills with hung operations and new requests fail after 120 s with
      "Timeout waiting for a pooled item", orders' checkout times out. The loud components are carts and orders. No Kubernetes object
      shows the EBS throttling (it is a CloudWatch BurstBalance metric). Public sources: AWS EBS documentation on gp2 burst credits and
      baseline performance (3 IOPS/GiB, minimum 100) and the many post-mortems of databases stalling when BurstBalance reached zero;
      MongoDB's log messages 51803 (Slow query) and 22430 (WiredTiger checkpoint progress).
      Decoys: catalogue was restarted by its liveness probe five days ago; queue-master had a benign rollout yesterday (JAVA_OPTS heap
      64m->96m). Deviations from upstream: the images' mongo resolved to 7.0; log line texts are reconstructed.
    `,
    workloads: {
      'carts-db': { pods: [{ node: NODE }] },
      carts: { pods: [{ node: 'ip-10-0-1-23.eu-west-1.compute.internal' }] },
      catalogue: {
        pods: [{ containers: { catalogue: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 5 + 0.2), last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 24 * 5) } }) } }],
      },
      'queue-master': {
        rollout: {
          at: -60 * 20,
          oldContainers: { 'queue-master': { env: [{ name: 'JAVA_OPTS', value: '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false' }] } },
        },
        containers: { 'queue-master': { env: [{ name: 'JAVA_OPTS', value: '-Xms96m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false' }] } },
      },
    },
    events: [],
    logs: {
      'carts-db#0/carts-db': [
        ml(-60 * 24 * 9, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
        ml(-60, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:carts#0%:48812', uuid: { uuid: { $uuid: '5b1d9e4a-2c70-4f3b-8a61-d07e94c2b3f5' } }, connectionId: 8812, connectionCount: 12 }),
        ckpt(-33, 31, 2210, 17),
        slow(-32.5, 8790, 'data.cart', { find: 'cart', filter: { customerId: '57a98d98e4b00679b4a830af' }, $db: 'data' }, 21480, 'IXSCAN { customerId: 1 }'),
        ckpt(-28, 47, 3905, 30),
        slow(-26.1, 8801, 'data.item', { find: 'item', filter: { _id: { $oid: '6563a1f2e4b0a3c1d2f45e90' } }, $db: 'data' }, 38214, 'IDHACK'),
        slow(-18.4, 8806, 'data.cart', { update: 'cart', ordered: true, $db: 'data' }, 52977, 'IXSCAN { customerId: 1 }'),
        ckpt(-12, 68, 5120, 40),
        slow(-7.3, 8812, 'data.cart', { find: 'cart', filter: { customerId: '57a98d9ae4b00679b4a830b2' }, $db: 'data' }, 71035, 'IXSCAN { customerId: 1 }'),
        ml(-1.2, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:carts#0%:51170', uuid: { uuid: { $uuid: '9e3f0a1b-7d42-4c85-b6e9-12a4c07f8d3e' } }, connectionId: 8871, connectionCount: 101 }),
      ],
      'carts#0/carts': [
        spring(-60 * 24 * 9, ' INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 38.614 seconds (JVM running for 41.225)'),
        ...cartsErr(-24.5, 'http-nio-80-exec-17'),
        ...cartsErr(-16.2, 'http-nio-80-exec-41'),
        ...cartsErr(-4.8, 'http-nio-80-exec-88'),
      ],
      'orders#0/orders': [
        ...ordersTimeout(-29.7, 'http-nio-80-exec-3'),
        ...ordersTimeout(-11.4, 'http-nio-80-exec-9'),
        ...ordersTimeout(-2.1, 'http-nio-80-exec-12'),
      ],
      'front-end#0/front-end': [
        'Customer ID: 57a98d98e4b00679b4a830af',
        'GET /catalogue?size=5 200 12.114 ms - 1712',
        'GET /cart 500 120004.811 ms - 48',
        'Error: socket hang up',
        '    at createHangUpError (_http_client.js:253:15)',
        '    at Socket.socketOnEnd (_http_client.js:345:23)',
        'GET /catalogue?tags=blue 200 9.802 ms - 1520',
        'POST /orders 500 5032.447 ms - 88',
      ],
      'front-end#1/front-end': [
        'GET /catalogue/size?tags= 200 6.551 ms - 12',
        'GET /cart 500 120002.137 ms - 48',
        'POST /cart 500 120001.904 ms - 48',
      ],
    },
  },
];
