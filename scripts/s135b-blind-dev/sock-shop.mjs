// Batch s135b (blind dev): Sock Shop scenarios on the kit system of scripts/s2-scenarios/sock-shop.mjs (system only).
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';
export { system };

const spring = (T, min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const mj = (T, min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: T.isoMs(min).replace('Z', '+00:00') }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });
const kit = (T, min, kv) => `ts=${T.isoMs(min)} ${kv}`;

// 3. carts-db: db.fsyncLock() left held by a failed snapshot backup; every write to carts blocks, reads keep working.
const T3 = clock('2026-06-03T11:20:00Z');
const s3 = {
  folder: 's135b-carts-db-fsynclock-held',
  incidentTime: '2026-06-03T11:20:00Z',
  description: 'add to cart broken on the sock shop for the last 25 min or so, request just hangs and then errors. carts svc pods are up, nothing restarted. team basket pls look',
  expected: { component: 'carts-db', cause: 'dependency-down' },
  difficulty: 'hard',
  traits: ['pods-ready', 'louder-dependents', 'time-expression', 'team-name', 'decoy'],
  grounding: `Sock Shop complete-demo.yaml: carts (Spring Boot, Spring Data MongoDB) stores carts and items in carts-db (mongo,
    no probes). The fault follows MongoDB's documented db.fsyncLock(): it flushes and blocks all writes until db.fsyncUnlock();
    a volume-snapshot backup script ran fsyncLock at 10:53 and died before its unlock step, so every insert/update of carts
    waits on the global lock while finds still answer. carts-db stays Running and Ready; the carts service's request threads
    block on writes and time out at the socket timeout, front-end logs 500s on POST /cart. Decoy: a healthy restart of queue-master two days ago (exit 143, SIGTERM during a node
    upgrade). Deviation from upstream: the backup script is not a pod of the namespace; mongod log lines are in the structured
    JSON format of mongo 4.4+ which the upstream :latest image writes.`,
  workloads: {
    'queue-master': {
      pods: [{ containers: { 'queue-master': { state: { running: { startedAt: T3.iso(-60 * 24 * 2) } }, lastState: { terminated: { exitCode: 143, reason: 'Error', startedAt: T3.iso(-60 * 24 * 9), finishedAt: T3.iso(-60 * 24 * 2 - 0.3), containerID: '%CID%' } }, ready: true, started: true, restartCount: 1 } } }],
    },
  },
  events: [],
  logs: {
    'carts-db#0/carts-db': [
      mj(T3, -60 * 24 * 9, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
      mj(T3, -27.2, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '10.0.2.201:51344', connectionId: 912, connectionCount: 14 }),
      mj(T3, -27.1, 'I', 'COMMAND', 20461, 'conn912', 'Attempting to lock all writes'),
      mj(T3, -27.1, 'I', 'STORAGE', 22319, 'fsyncLockWorker', 'Lock count incremented', { lockCount: 1 }),
      mj(T3, -27.1, 'I', 'COMMAND', 20462, 'conn912', 'Lock all writes complete', { lockCount: 1 }),
      mj(T3, -26.9, 'I', 'NETWORK', 22944, 'conn912', 'Connection ended', { remote: '10.0.2.201:51344', connectionId: 912, connectionCount: 13 }),
      mj(T3, -14, 'I', 'COMMAND', 51803, 'conn877', 'Slow query', { type: 'command', ns: 'data.cart', command: { update: 'cart', ordered: true }, numYields: 0, waitingForLock: true, durationMillis: 30012 }),
      mj(T3, -3, 'I', 'COMMAND', 51803, 'conn881', 'Slow query', { type: 'command', ns: 'data.item', command: { insert: 'item', ordered: true }, numYields: 0, waitingForLock: true, durationMillis: 30008 }),
    ],
    'carts#0/carts': [
      spring(T3, -60 * 24 * 9, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 41.372 seconds (JVM running for 44.109)'),
      spring(T3, -30, 'INFO', 'carts', 'http-nio-80-exec-4', 'w.w.s.cart.controllers.ItemsController', 'Adding item to cart: Item{id=\'null\', itemId=\'3395a43e-2d88-40de-b95f-e00e1502085b\', quantity=1, unitPrice=18.0}'),
      spring(T3, -14, 'ERROR', 'carts', 'http-nio-80-exec-9', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', [
        'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Timed out after 30000 ms while waiting for a server that matches WritableServerSelector.] with root cause',
        '',
        'com.mongodb.MongoSocketReadTimeoutException: Timeout while receiving message',
        '\tat com.mongodb.connection.InternalStreamConnection.translateReadException(InternalStreamConnection.java:475)',
        '\tat com.mongodb.connection.InternalStreamConnection.receiveMessage(InternalStreamConnection.java:226)',
        '\tat com.mongodb.connection.UsageTrackingInternalConnection.receiveMessage(UsageTrackingInternalConnection.java:105)',
        '\tat com.mongodb.operation.MixedBulkWriteOperation.execute(MixedBulkWriteOperation.java:168)',
        '\tat org.springframework.data.mongodb.core.MongoTemplate.doSave(MongoTemplate.java:1070)',
        '\tat works.weave.socks.cart.item.ItemResource.create(ItemResource.java:33)',
        'Caused by: java.net.SocketTimeoutException: Read timed out',
        '\tat java.net.SocketInputStream.socketRead0(Native Method)',
      ].join('\n')),
      spring(T3, -9, 'INFO', 'carts', 'http-nio-80-exec-2', 'w.w.s.cart.controllers.CartsController', 'GET /carts/57a98d98e4b00679b4a830b2 200'),
      spring(T3, -4, 'ERROR', 'carts', 'http-nio-80-exec-6', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.data.mongodb.UncategorizedMongoDbException: Timeout while receiving message; nested exception is com.mongodb.MongoSocketReadTimeoutException: Timeout while receiving message] with root cause'),
    ],
    'front-end#0/front-end': [
      'Using redis for session storage',
      'App now running in production mode on port 8079',
      'POST /cart 500 30124.112 ms - 146',
      'Error: Request failed with status 500 at http://carts/carts/57a98d98e4b00679b4a830b2/items',
      'GET /catalogue?size=5 200 11.804 ms - 1839',
      'POST /cart 500 30088.930 ms - 146',
      'GET /cart 200 18.441 ms - 233',
    ],
  },
};

// 4. catalogue-db: mysqld crashed (signal 11) and is in a long InnoDB crash recovery; the pod is Running/Ready, port closed.
const T4 = clock('2026-06-10T20:31:00Z');
const s4 = {
  folder: 's135b-catalogue-db-innodb-recovery',
  incidentTime: '2026-06-10T20:31:00Z',
  description: 'socks catalog page empty / "error loading" since ~20:15. catalouge service health is red but its pod is fine??',
  expected: { component: 'catalogue-db', cause: 'dependency-down' },
  alsoAcceptable: [{ component: 'catalogue-db', cause: 'crash-loop' }],
  difficulty: 'medium',
  traits: ['pods-ready', 'louder-dependents', 'time-expression', 'typo'],
  grounding: `Sock Shop complete-demo.yaml: catalogue (Go kit) opens root@tcp(catalogue-db:3306)/socksdb; catalogue-db
    (weaveworksdemos/catalogue-db, MySQL 5.7) has no probes. The fault follows MySQL's documented crash-recovery behaviour:
    after mysqld died on signal 11 at 20:14 the kubelet restarted the container, and InnoDB replays the redo log and rolls back
    a large uncommitted transaction (a bulk tag import) before the server opens port 3306. While it recovers the pod is
    Running and Ready (no readiness probe), the catalogue's connections are refused and its /health reports the database
    down. Catalogue's readiness probe (/health) keeps answering 200 in the upstream image, so its pod stays Ready too.
    Deviations: the bulk import is an operator's job outside the manifest; the recovery is long because the redo log was sized
    large by the operators (innodb_log_file_size=2G), not upstream's default.`,
  workloads: {
    'catalogue-db': {
      pods: [{ containers: { 'catalogue-db': { state: { running: { startedAt: T4.iso(-16.5) } }, lastState: { terminated: { exitCode: 139, reason: 'Error', startedAt: T4.iso(-60 * 24 * 9), finishedAt: T4.iso(-16.6), containerID: '%CID%' } }, ready: true, started: true, restartCount: 1 } } }],
    },
  },
  events: [
    { on: 'pod:catalogue-db#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/catalogue-db:0.3.0" already present on machine', first: -16.6, fieldPath: 'spec.containers{catalogue-db}' },
    { on: 'pod:catalogue-db#0', reason: 'Created', message: 'Created container catalogue-db', first: -16.6, fieldPath: 'spec.containers{catalogue-db}' },
    { on: 'pod:catalogue-db#0', reason: 'Started', message: 'Started container catalogue-db', first: -16.5, fieldPath: 'spec.containers{catalogue-db}' },
  ],
  logs: {
    'catalogue-db#0/catalogue-db/previous': [
      `${T4.iso(-60 * 24 * 9)} 0 [Note] mysqld: ready for connections.`,
      `Version: '5.7.27'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)`,
      `${T4.isoMs(-17).replace('Z', '000Z')} 0 [Note] InnoDB: page_cleaner: 1000ms intended loop took 5123ms. The settings might not be optimal. (flushed=2000 and evicted=0, during the time.)`,
      `${T4.go(-16.7).replace(/\//g, '-')} UTC - mysqld got signal 11 ;`,
      'This could be because you hit a bug. It is also possible that this binary',
      'or one of the libraries it was linked against is corrupt, improperly built,',
      'or misconfigured. This error can also be caused by malfunctioning hardware.',
      'Attempting to collect some information that could help diagnose the problem.',
      'key_buffer_size=8388608',
      'max_used_connections=21',
      'Thread pointer: 0x7f3a2c000b20',
      'Attempting backtrace. You can use the following information to find out',
      'where mysqld died. If you see no messages after this, something went',
      'terribly wrong...',
      'stack_bottom = 7f3a5c2f7e80 thread_stack 0x40000',
      'mysqld(my_print_stacktrace+0x3b)[0x55d1e6f4c2ab]',
      'mysqld(handle_fatal_signal+0x461)[0x55d1e67a0631]',
      '/lib/x86_64-linux-gnu/libpthread.so.0(+0x110e0)[0x7f3a6b1a10e0]',
      'mysqld(_Z16row_upd_step+0x1ac)[0x55d1e70f1a3c]',
    ],
    'catalogue-db#0/catalogue-db': [
      `${T4.isoMs(-16.5).replace('Z', '000Z')} 0 [Note] mysqld (mysqld 5.7.27) starting as process 1 ...`,
      `${T4.isoMs(-16.4).replace('Z', '000Z')} 0 [Note] InnoDB: Using Linux native AIO`,
      `${T4.isoMs(-16.4).replace('Z', '000Z')} 0 [Note] InnoDB: Log scan progressed past the checkpoint lsn 48712003351`,
      `${T4.isoMs(-16.3).replace('Z', '000Z')} 0 [Note] InnoDB: Database was not shutdown normally!`,
      `${T4.isoMs(-16.3).replace('Z', '000Z')} 0 [Note] InnoDB: Starting crash recovery.`,
      `${T4.isoMs(-14).replace('Z', '000Z')} 0 [Note] InnoDB: Doing recovery: scanned up to log sequence number 49980114432`,
      `${T4.isoMs(-9).replace('Z', '000Z')} 0 [Note] InnoDB: Apply batch completed`,
      `${T4.isoMs(-8.8).replace('Z', '000Z')} 0 [Note] InnoDB: 1 transaction(s) which must be rolled back or cleaned up in total 18419203 row operations to undo`,
      `${T4.isoMs(-8.8).replace('Z', '000Z')} 0 [Note] InnoDB: Trx id counter is 9341184`,
      `${T4.isoMs(-8.7).replace('Z', '000Z')} 0 [Note] InnoDB: Rolling back trx with id 9340722, 18419203 rows to undo`,
      `${T4.isoMs(-5).replace('Z', '000Z')} 0 [Note] InnoDB: Progress in percents: 1 2 3 4 5 6 7 8 9 10 11 12 13 14`,
      `${T4.isoMs(-1.5).replace('Z', '000Z')} 0 [Note] InnoDB: Progress in percents: 15 16 17 18 19 20 21`,
    ],
    'catalogue#0/catalogue': [
      kit(T4, -60 * 24 * 9, 'transport=HTTP port=80'),
      kit(T4, -18, 'caller=logging.go:62 method=List tags= order= pageNum=1 pageSize=6 result=6 err=null took=3.117ms'),
      kit(T4, -16, 'caller=logging.go:62 method=List tags= order= pageNum=1 pageSize=6 result=0 err="dial tcp %SVCIP:catalogue-db%:3306: connect: connection refused" took=1.201ms'),
      kit(T4, -12, 'caller=logging.go:90 method=Health result=2 took=1.84ms'),
      kit(T4, -7, 'caller=logging.go:62 method=Count tags= result=0 err="dial tcp %SVCIP:catalogue-db%:3306: connect: connection refused" took=0.98ms'),
      kit(T4, -2, 'caller=logging.go:62 method=List tags=blue order= pageNum=1 pageSize=6 result=0 err="dial tcp %SVCIP:catalogue-db%:3306: connect: connection refused" took=1.07ms'),
    ],
    'front-end#0/front-end': [
      'App now running in production mode on port 8079',
      'GET /catalogue?page=1&size=6 500 14.203 ms - 99',
      'GET /catalogue/size?tags= 500 9.774 ms - 99',
      'GET /cart 200 21.008 ms - 2',
      'GET /catalogue?page=1&size=6 500 11.562 ms - 99',
    ],
  },
};

export const scenarios = [s3, s4];
