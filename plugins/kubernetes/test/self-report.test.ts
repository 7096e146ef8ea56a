// Unit tests of what a healthy-looking component's own log says about itself (selfReportAttributes),
// on real server log texts: InnoDB, Redis, RabbitMQ; and the collector reporting it for healthy callers.
import type { GraphView } from 'culprit/sdk';
import {
  buildShopCluster,
  loadTestGraph,
  runCollector,
  startFakeKubernetes,
  type FakeKubernetes,
} from 'culprit/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { lineTime } from '../dependency-failures.js';
import plugin from '../index.js';
import { holdsCallers, selfReportAttributes, slowStatementMs, waitsOnStalled } from '../self-report.js';

const window = { from: Date.parse('2026-05-12T09:00:00Z'), to: Date.parse('2026-05-12T10:00:00Z') };

describe('selfReportAttributes', () => {
  it('counts InnoDB long semaphore waits in the window, with MariaDB’s space-padded hour', () => {
    const log = [
      '2026-05-12  8:12:03 0 [Note] InnoDB: Buffer pool(s) load completed at 260512  8:12:03',
      '2026-05-12  9:43:48 0 [Warning] InnoDB: A long semaphore wait:',
      '--Thread 140089127458560 has waited at btr0sea.cc line 1196 for 241.00 seconds the semaphore:',
      '2026-05-12  9:46:24 0 [Warning] InnoDB: A long semaphore wait:',
    ].join('\n');
    expect(selfReportAttributes([log], window)).toMatchObject({
      stalledLines: 2,
      exhaustionLines: 0,
      firstAt: '2026-05-12T09:43:48.000Z',
    });
  });
  it('a stall the server recovered from is over; one before the window does not count', () => {
    const recovered = [
      '2026-05-12 09:10:00.000 [info] <0.30122.0> Stopped RabbitMQ application',
      '2026-05-12 09:11:00.000 [info] <0.30122.0> Starting RabbitMQ 3.8.9 on Erlang 23.1',
      '2026-05-12 09:11:02.000 [info] <0.30122.0> Server startup complete; 3 plugins started.',
    ].join('\n');
    const old = '2026-05-12 07:10:00.000 [info] <0.30122.0> Stopped RabbitMQ application';
    expect(selfReportAttributes([recovered, old], window)).toMatchObject({ stalledLines: 0, firstAt: null });
    const stopped = '2026-05-12 09:47:45.600 [info] <0.30122.0> Stopped RabbitMQ application';
    expect(selfReportAttributes([recovered, stopped], window)).toMatchObject({ stalledLines: 1 });
  });
  it('a broker’s memory alarm is an exhausted resource, not a stall', () => {
    const log = [
      '=WARNING REPORT==== 12-May-2026::09:05:00 ===',
      'memory resource limit alarm set on node rabbit@rabbitmq-0.',
      '*** Publishers will be blocked until this alarm clears ***',
    ].join('\n');
    expect(selfReportAttributes([log], window)).toEqual({
      stalledLines: 0,
      exhaustionLines: 1,
      configErrorLines: 0,
      slowLines: 0,
      slowestMs: 0,
      firstAt: '2026-05-12T09:05:00.000Z',
      settingChanges: 0,
      settingChangedAt: null,
      samples: ['memory resource limit alarm set on node rabbit@rabbitmq-0.'],
    });
  });
  it('a Redis script past its time limit, in a log of one container only', () => {
    const redis =
      '1:M 12 May 2026 09:54:00.000 # Lua slow script detected: still in execution after 5000 milliseconds.';
    const sidecar = '2026-05-12 09:55:00.000 INFO exporter scrape ok';
    expect(selfReportAttributes([sidecar, redis], window)).toMatchObject({ stalledLines: 1 });
    expect(selfReportAttributes([sidecar], window)).toMatchObject({ stalledLines: 0, samples: [] });
  });
});

describe('selfReportAttributes — MongoDB locked by fsyncLock', () => {
  const lock =
    '{"t":{"$date":"2026-05-12T09:02:24.000+00:00"},"s":"I",  "c":"COMMAND", "id":20462, "ctx":"conn1203","msg":"mongod is locked and no writes are allowed","attr":{"lockCount":1}}';
  it('a lock left in place is a stall, and so is the lock thread’s reminder', () => {
    expect(selfReportAttributes([lock], window)).toMatchObject({
      stalledLines: 1,
      firstAt: '2026-05-12T09:02:24.000Z',
    });
    const reminder =
      '{"t":{"$date":"2026-05-12T09:03:24.000+00:00"},"s":"W",  "c":"COMMAND", "id":20471, "ctx":"fsyncLockWorker","msg":"WARNING: instance is locked, blocking all writes. The fsync command has finished execution, remember to unlock the instance using fsyncUnlock()."}';
    expect(selfReportAttributes([[lock, reminder].join('\n')], window).stalledLines).toBe(2);
  });
  it('unlocked again, it is over', () => {
    const unlock =
      '{"t":{"$date":"2026-05-12T09:05:00.000+00:00"},"s":"I",  "c":"COMMAND", "id":20466, "ctx":"conn1210","msg":"fsyncUnlock complete","attr":{"lockCount":0}}';
    expect(selfReportAttributes([[lock, unlock].join('\n')], window).stalledLines).toBe(0);
  });
});

describe('selfReportAttributes — MongoDB running compact', () => {
  const begin =
    '2026-05-12T09:02:24.000+0000 I COMMAND  [conn348] compact users.customers begin, options: paddingMode: NONE validateDocuments: 1';
  it('a compact begun and not ended holds its database: a stall', () => {
    expect(selfReportAttributes([begin], window)).toMatchObject({
      stalledLines: 1,
      firstAt: '2026-05-12T09:02:24.000Z',
    });
  });
  it('ended, it is over', () => {
    const end = '2026-05-12T09:04:10.000+0000 I COMMAND  [conn348] compact users.customers end';
    expect(selfReportAttributes([[begin, end].join('\n')], window).stalledLines).toBe(0);
  });
});

describe('selfReportAttributes — PostgreSQL turning sessions and commands away', () => {
  it('a database closed to connections is a stall; refusing commands near transaction-ID wraparound is running out of them', () => {
    const closed =
      '2026-05-12 09:02:24.000 UTC [812] FATAL:  database "postgresdb" is not currently accepting connections';
    const wraparound =
      '2026-05-12 09:03:00.000 UTC [4410] ERROR:  database is not accepting commands to avoid wraparound data loss in database "postgresdb"';
    expect(selfReportAttributes([closed], window)).toMatchObject({ stalledLines: 1 });
    expect(selfReportAttributes([wraparound], window)).toMatchObject({ stalledLines: 0 });
    expect(selfReportAttributes([wraparound], window, { server: true })).toMatchObject({
      stalledLines: 0,
      exhaustionLines: 1,
    });
    // the warnings before it are not yet a refusal
    const warning =
      '2026-05-12 09:01:00.000 UTC [3871] WARNING:  database "postgresdb" must be vacuumed within 1000001 transactions';
    expect(selfReportAttributes([warning], window, { server: true })).toMatchObject({
      stalledLines: 0,
      exhaustionLines: 0,
    });
  });
});

describe("selfReportAttributes — slow statements in a datastore's own log", () => {
  const mongo = (t: string, ms: number) =>
    `{"t":{"$date":"2026-05-12T${t}.000+00:00"},"s":"I","c":"COMMAND","id":51803,"ctx":"conn4390","msg":"Slow query","attr":{"type":"command","ns":"rate-db.inventory","planSummary":"COLLSCAN","docsExamined":2412883,"protocol":"op_msg","durationMillis":${ms}}}`;
  it('reads the time MongoDB, PostgreSQL and MySQL say a statement took', () => {
    expect(slowStatementMs(mongo('09:30:00', 2264))).toBe(2264);
    expect(
      slowStatementMs(
        '2026-05-12 09:31:02.113 UTC [812] LOG:  duration: 5123.456 ms  statement: SELECT * FROM transactions',
      ),
    ).toBeCloseTo(5123.456, 3);
    expect(
      slowStatementMs('# Query_time: 12.500000  Lock_time: 0.000100 Rows_sent: 1  Rows_examined: 2412883'),
    ).toBe(12500);
    expect(slowStatementMs('2026-05-12 09:31:02 INFO request took 5123 ms')).toBeUndefined();
  });
  it('reads MongoDB\u2019s text slow-operation line before 4.4, not its other lines ending in ms', () => {
    expect(
      slowStatementMs(
        '2026-06-03T14:09:12.000+0000 I COMMAND  [conn4127] command catalogue.products command: find { find: "products", filter: { categories: "Robot" } } planSummary: COLLSCAN keysExamined:0 docsExamined:12 locks:{ Global: { acquireCount: { r: 1 }, acquireWaitCount: { r: 1 }, timeAcquiringMicros: { r: 252113790 } } } protocol:op_msg 252114ms',
      ),
    ).toBe(252114);
    expect(
      slowStatementMs(
        '2026-06-03T14:09:12.000+0000 I WRITE    [conn52] update shop.carts command: { q: { _id: 1 } } nMatched:1 nModified:1 2310ms',
      ),
    ).toBe(2310);
    expect(
      slowStatementMs(
        '2026-06-03T14:09:12.000+0000 I NETWORK  [conn12] end connection 10.1.2.68:48812 after 120ms',
      ),
    ).toBeUndefined();
  });
  it("counts those of at least 2 s within the window, in a server's log only, with the slowest", () => {
    const log = [
      mongo('08:50:00', 9000), // before the window
      mongo('09:30:00', 150), // fast: background
      mongo('09:37:24', 2264),
      mongo('09:41:00', 8100),
      mongo('09:49:10', 13484),
    ].join('\n');
    expect(selfReportAttributes([log], window, { server: true })).toMatchObject({
      slowLines: 3,
      slowestMs: 13484,
      firstAt: '2026-05-12T09:37:24.000Z',
    });
    // A component with dependencies may be logging a client's view of someone else's statement.
    expect(selfReportAttributes([log], window)).toMatchObject({ slowLines: 0, slowestMs: 0 });
  });
});

describe('selfReportAttributes — a database at its connection limit', () => {
  const server = [
    '2026-05-12 08:52:12.000 UTC [1] LOG:  database system is ready to accept connections',
    '2026-05-12 09:12:36.000 UTC [4187] FATAL:  sorry, too many clients already',
    '2026-05-12 09:18:54.000 UTC [4302] FATAL:  remaining connection slots are reserved for non-replication superuser connections',
    '{"t":{"$date":"2026-05-12T09:20:01.000+00:00"},"s":"I","c":"NETWORK","id":22942,"ctx":"listener","msg":"Connection refused because there are too many open connections","attr":{"connectionCount":819}}',
  ].join('\n');
  it('counts PostgreSQL’s and MongoDB’s refusals in the server’s own log when it calls nothing (server)', () => {
    expect(selfReportAttributes([server], window, { server: true })).toMatchObject({
      exhaustionLines: 3,
      firstAt: '2026-05-12T09:12:36.000Z',
    });
  });
  it('a component with dependencies may be quoting one: not its own', () => {
    expect(selfReportAttributes([server], window).exhaustionLines).toBe(0);
  });
  it('a client quoting the refusal is not the server, even in a leaf’s log', () => {
    const client = [
      '2026-05-12 09:47:39 ERROR HikariPool-1 - Exception during pool initialization.',
      'org.postgresql.util.PSQLException: FATAL: sorry, too many clients already',
      'psycopg2.OperationalError: connection to server at "ledger-db" (10.52.1.9), port 5432 failed: FATAL:  sorry, too many clients already',
    ].join('\n');
    expect(selfReportAttributes([client], window, { server: true }).exhaustionLines).toBe(0);
  });
});

describe('selfReportAttributes — a database out of a resource of its own', () => {
  it('counts PostgreSQL refusing new transaction IDs and running out of lock memory, and MySQL 1114, in a server log', () => {
    const log = [
      '2026-05-12 09:00:00.000 UTC [1] LOG:  database system is ready to accept connections',
      '2026-05-12 09:23:00.000 UTC [5806] ERROR:  database is not accepting commands that assign new XIDs to avoid wraparound data loss in database "postgresdb"',
      '2026-05-12 09:25:00.000 UTC [5811] ERROR:  out of shared memory',
      "2026-05-12T09:26:00.000000Z 12 [ERROR] [MY-013132] [Server] The table 'orders' is full!",
    ].join('\n');
    expect(selfReportAttributes([log], window, { server: true })).toMatchObject({
      exhaustionLines: 3,
      firstAt: '2026-05-12T09:23:00.000Z',
    });
  });
});

describe('waitsOnStalled — used-up workers and the one server below that holds its callers', () => {
  it('names the one stalled direct dependency when the workload logged its own worker exhaustion twice or more', () => {
    const stalled = new Set(['rabbitmq']);
    expect(waitsOnStalled(7, ['rabbitmq', 'user', 'cart'], stalled)).toEqual(['rabbitmq']);
    expect(waitsOnStalled(1, ['rabbitmq', 'user'], stalled)).toBeUndefined();
    expect(waitsOnStalled(7, ['user', 'cart'], stalled)).toBeUndefined();
    // Two servers below holding their callers: no telling which one the workers wait on.
    expect(waitsOnStalled(7, ['rabbitmq', 'mysql'], new Set(['rabbitmq', 'mysql']))).toBeUndefined();
  });
});

describe('selfReportAttributes — a reloaded file it rejects', () => {
  it('counts a strict decoder’s unknown field as a rejected configuration, not its reload lines', () => {
    const line = (t: string) =>
      `time="2026-05-12T${t}Z" level=error msg="Error reading product files: proto: (line 14:7): unknown field \\"discountPercent\\""`;
    const log = [
      'time="2026-05-12T09:44:00Z" level=info msg="Reloading Product Catalog..."',
      line('09:44:00'),
      'time="2026-05-12T09:44:10Z" level=info msg="Reloading Product Catalog..."',
      line('09:44:10'),
    ].join('\n');
    expect(selfReportAttributes([log], window)).toMatchObject({
      configErrorLines: 2,
      exhaustionLines: 0,
      stalledLines: 0,
      firstAt: '2026-05-12T09:44:00.000Z',
    });
  });
});

describe('selfReportAttributes — Redis refused the directory it persists to', () => {
  it('counts a save that fails on a permission as a rejected configuration, a full disk as exhaustion', () => {
    const denied = (t: string) =>
      `405:C 12 May 2026 ${t}.602 # Failed opening the RDB file dump.rdb (in server root dir /mnt/redis) for saving: Permission denied`;
    const log = [
      denied('09:44:00'),
      '1:M 12 May 2026 09:44:00.702 # Background saving error',
      denied('09:49:00'),
      denied('09:54:00'),
    ].join('\n');
    expect(selfReportAttributes([log], window)).toMatchObject({ configErrorLines: 3, exhaustionLines: 0 });
    const full = '405:C 12 May 2026 09:44:00.602 # Write error saving DB on disk: No space left on device';
    expect(selfReportAttributes([full], window)).toMatchObject({ configErrorLines: 0, exhaustionLines: 1 });
  });
});

describe('lineTime — space-padded hours', () => {
  it('reads MariaDB’s "2026-05-12  9:46:24" and keeps two-digit hours', () => {
    expect(lineTime('2026-05-12  9:46:24 0 [Warning] InnoDB: A long semaphore wait:')).toBe(
      Date.parse('2026-05-12T09:46:24Z'),
    );
    expect(lineTime('2026-05-12 19:46:24.120 INFO ok')).toBe(Date.parse('2026-05-12T19:46:24.120Z'));
  });
});

describe('the collector: a healthy caller whose log is read anyway reports on itself', () => {
  let kube: FakeKubernetes | undefined;
  afterAll(() => kube?.close());
  it('cart (in scope, named by nobody, its log read as a caller of redis-cart) logging heap exhaustion gets kubernetes.selfreport, with no extra log reads', async () => {
    kube = await startFakeKubernetes();
    const graph: GraphView = await loadTestGraph('knowledge-graph');
    const at = new Date('2026-11-22T14:30:00Z');
    const cluster = buildShopCluster({ now: at });
    const run = async (logs: Record<string, string>) => {
      kube!.setObjects(cluster.objects, logs);
      const before = kube!.requests.length;
      const result = await runCollector(
        plugin as never,
        { kubeconfig: kube!.kubeconfig },
        { graph, nodes: ['redis-cart', 'cart'], at }, // no component named by the incident
      );
      const reads = kube!.requests.slice(before).filter((r) => r.path.endsWith('/log')).length;
      return { evidence: result.result?.evidence ?? [], reads };
    };
    const quiet = await run(cluster.logs);
    const cartLogs = Object.keys(cluster.logs).filter((k) => k.startsWith('shop/cartservice-'));
    expect(cartLogs.length).toBeGreaterThan(0);
    const oom = { ...cluster.logs };
    for (const k of cartLogs)
      oom[k] = [
        cluster.logs[k],
        '2026-11-22T14:20:00Z ERROR java.lang.OutOfMemoryError: Java heap space',
        '2026-11-22T14:21:00Z ERROR java.lang.OutOfMemoryError: Java heap space',
      ].join('\n');
    const loud = await run(oom);
    const report = (e: typeof loud.evidence) =>
      e.find((x) => x.node === 'cart' && x.kind === 'kubernetes.selfreport')?.attributes;
    expect(report(quiet.evidence)).toMatchObject({ exhaustionLines: 0 });
    // Two lines in each of its two pods' logs.
    expect(report(loud.evidence)).toMatchObject({ exhaustionLines: 2 * cartLogs.length });
    expect(loud.reads).toBe(quiet.reads);
  });
});

describe('selfReportAttributes — a RabbitMQ virtual host down', () => {
  it('its message store crashed: "vhost / is down" is a stall', () => {
    const down =
      '2026-05-12 09:30:49.102 [error] <0.1005.3> Error on AMQP connection <0.1005.3> (10.1.3.123:41502 -> 10.1.1.203:5672, user: \'guest\', state: opening): internal_error: "vhost / is down"';
    expect(selfReportAttributes([down], window)).toMatchObject({ stalledLines: 1 });
    expect(
      selfReportAttributes(['2026-05-12 09:30:49.102 [info] <0.1005.3> vhost / is running'], window),
    ).toMatchObject({
      stalledLines: 0,
    });
  });
});

describe('selfReportAttributes — a Consul agent in maintenance mode', () => {
  const entered = '2026-05-12T09:30:49.000Z [INFO]  agent: Node entered maintenance mode';
  const left = '2026-05-12T09:40:00.000Z [INFO]  agent: Node left maintenance mode';
  it('"Node entered maintenance mode" is a stall until it leaves it', () => {
    expect(selfReportAttributes([entered], window)).toMatchObject({ stalledLines: 1 });
    expect(
      selfReportAttributes(
        ['2026-05-12T09:30:50.000Z [INFO]  agent: Service entered maintenance mode: service=geo'],
        window,
      ),
    ).toMatchObject({ stalledLines: 1 });
    expect(selfReportAttributes([[entered, left].join('\n')], window)).toMatchObject({ stalledLines: 0 });
  });
});

describe('selfReportAttributes — PostgreSQL sessions queued on a lock', () => {
  const waiting =
    '2026-05-12 09:31:12.000 UTC [5188] LOG:  process 5188 still waiting for AccessShareLock on relation 16390 of database 16384 after 1000.091 ms';
  const acquired =
    '2026-05-12 09:31:14.000 UTC [5188] LOG:  process 5188 acquired AccessShareLock on relation 16390 of database 16384 after 2210.520 ms';
  it('"still waiting for …Lock" (log_lock_waits) is a stall until the lock is acquired', () => {
    expect(selfReportAttributes([waiting], window)).toMatchObject({ stalledLines: 1 });
    expect(selfReportAttributes([[waiting, acquired].join('\n')], window)).toMatchObject({ stalledLines: 0 });
  });
});

describe('selfReportAttributes — Tomcat stopped inside a running container', () => {
  const started =
    '12-May-2026 08:26:25.200 INFO [main] org.apache.catalina.startup.Catalina.start Server startup in 14987 ms';
  const shutdownPort =
    '12-May-2026 09:07:00.000 INFO [main] org.apache.catalina.core.StandardServer.await A valid shutdown command was received via the shutdown port. Stopping the Server instance.';
  const contextFailed =
    '12-May-2026 09:52:48.000 SEVERE [localhost-startStop-1] org.apache.catalina.core.StandardContext.startInternal Context [/tools.descartes.teastore.registry] startup failed due to previous errors';
  const sigterm = [
    '12-May-2026 09:07:00.060 INFO [Thread-3] org.apache.coyote.AbstractProtocol.pause Pausing ProtocolHandler ["http-nio-8080"]',
    '12-May-2026 09:07:00.600 INFO [Thread-3] org.apache.catalina.core.StandardService.stopInternal Stopping service [Catalina]',
    '12-May-2026 09:07:01.860 INFO [Thread-3] org.apache.coyote.AbstractProtocol.destroy Destroying ProtocolHandler ["http-nio-8080"]',
  ];
  it('a shutdown through the shutdown port (catalina.sh stop) is a stall', () => {
    expect(selfReportAttributes([[started, shutdownPort].join('\n')], window)).toMatchObject({
      stalledLines: 1,
    });
  });
  it('a web application whose context failed to start is a stall, though Tomcat itself starts after it', () => {
    const after =
      '12-May-2026 09:53:00.000 INFO [main] org.apache.catalina.startup.Catalina.start Server startup in 4480 ms';
    expect(selfReportAttributes([[contextFailed, after].join('\n')], window)).toMatchObject({
      stalledLines: 1,
    });
  });
  it('the shutdown a SIGTERM starts (a liveness kill, a rollout) is no stall', () => {
    expect(selfReportAttributes([[started, ...sigterm].join('\n')], window)).toMatchObject({
      stalledLines: 0,
    });
  });
});

describe('selfReportAttributes — a Kafka broker whose log directory failed', () => {
  it('"Stopping serving replicas/logs in dir" (KIP-112) is a stall', () => {
    const lines = [
      '[2026-05-12 09:39:48,000] ERROR Error while appending records to orders-0 in dir /tmp/kafka-logs (org.apache.kafka.storage.internals.log.LogDirFailureChannel)',
      '[2026-05-12 09:39:48,000] WARN [ReplicaManager broker=1] Stopping serving replicas in dir /tmp/kafka-logs (kafka.server.ReplicaManager)',
      '[2026-05-12 09:39:54,000] WARN Stopping serving logs in dir /tmp/kafka-logs (kafka.log.LogManager)',
    ];
    expect(selfReportAttributes([lines.join('\n')], window)).toMatchObject({ stalledLines: 2 });
  });
});

describe('selfReportAttributes — Redis saving in its main process', () => {
  const bg = [
    '1:M 12 May 2026 09:05:00.000 3600 changes in 3600 seconds. Saving...',
    '1:M 12 May 2026 09:05:00.000 Background saving started by pid 2211',
    '1:C 12 May 2026 09:05:12.000 DB saved on disk',
    '1:M 12 May 2026 09:05:12.600 Background saving terminated with success',
  ];
  const fg = (mm: string) => `1:M 12 May 2026 09:${mm}:33.000 DB saved on disk`;
  it('two or more foreground saves ("DB saved on disk" from the server, 1:M) in the window are a stall', () => {
    expect(selfReportAttributes([[fg('15'), fg('25'), fg('35')].join('\n')], window)).toMatchObject({
      stalledLines: 3,
    });
  });
  it('one foreground save, background saves (1:C) and the final save of a shutdown are not', () => {
    expect(selfReportAttributes([[...bg, fg('15')].join('\n')], window)).toMatchObject({ stalledLines: 0 });
    const shutdown = [
      fg('15'),
      '1:M 12 May 2026 09:20:00.000 Received SIGTERM scheduling shutdown...',
      '1:M 12 May 2026 09:20:00.100 Saving the final RDB snapshot before exiting.',
      fg('20'),
      '1:M 12 May 2026 09:20:01.000 Redis is now ready to exit, bye bye...',
    ];
    expect(selfReportAttributes([shutdown.join('\n')], window)).toMatchObject({ stalledLines: 0 });
    const savePoint = ['15', '25'].flatMap((mm) => [
      `1:M 12 May 2026 09:${mm}:33.000 * 100 changes in 300 seconds. Saving...`,
      fg(mm),
    ]);
    expect(selfReportAttributes([savePoint.join('\n')], window)).toMatchObject({ stalledLines: 0 });
  });
});

describe('selfReportAttributes — a PostgreSQL role whose password expired', () => {
  it('the server\u2019s "User … has an expired password" detail is a stall; a plain wrong password is not', () => {
    const expired = [
      '2026-05-12 09:20:30.000 UTC [4185] FATAL:  password authentication failed for user "accounts-admin"',
      '2026-05-12 09:20:30.000 UTC [4185] DETAIL:  User "accounts-admin" has an expired password.',
      '\tConnection matched pg_hba.conf line 100: "host all all all scram-sha-256"',
    ];
    expect(selfReportAttributes([expired.join('\n')], window, { server: true })).toMatchObject({
      stalledLines: 1,
    });
    const wrong = [
      '2026-05-12 09:20:30.000 UTC [4185] FATAL:  password authentication failed for user "accounts-admin"',
      '2026-05-12 09:20:30.000 UTC [4185] DETAIL:  Password does not match for user "accounts-admin".',
    ];
    expect(selfReportAttributes([wrong.join('\n')], window, { server: true })).toMatchObject({
      stalledLines: 0,
    });
  });
});

describe('selfReportAttributes — a MongoDB member its replica-set configuration no longer names', () => {
  it('NodeNotFound and the REMOVED state are a stall; returning to PRIMARY ends it', () => {
    const removed = [
      '{"t":{"$date":"2026-05-12T09:20:00.000+00:00"},"s":"I","c":"REPL","id":21405,"ctx":"ReplCoord-0","msg":"Locally stored replica set configuration does not have a valid entry for the current node; waiting for reconfig or remote heartbeat","attr":{"error":{"code":74,"codeName":"NodeNotFound"}}}',
      '{"t":{"$date":"2026-05-12T09:20:00.100+00:00"},"s":"I","c":"REPL","id":21358,"ctx":"ReplCoord-0","msg":"Replica set state transition","attr":{"newState":"REMOVED","oldState":"STARTUP"}}',
    ];
    expect(selfReportAttributes([removed.join('\n')], window, { server: true })).toMatchObject({
      stalledLines: 2,
    });
    const back =
      '{"t":{"$date":"2026-05-12T09:25:00.000+00:00"},"s":"I","c":"REPL","id":21358,"ctx":"ReplCoord-0","msg":"Replica set state transition","attr":{"newState":"PRIMARY","oldState":"SECONDARY"}}';
    expect(selfReportAttributes([[...removed, back].join('\n')], window, { server: true })).toMatchObject({
      stalledLines: 0,
    });
  });
});

describe('selfReportAttributes — a server recording a change of its own settings', () => {
  it('counts ALTER ROLE/SYSTEM … SET, a reloaded parameter and MySQL\u2019s SET GLOBAL, with the first time', () => {
    const pg = [
      '2026-05-12 09:20:00.412 UTC [8841] LOG:  statement: ALTER ROLE "accounts-admin" SET statement_timeout = 1;',
      '2026-05-12 09:21:00.000 UTC [1] LOG:  received SIGHUP, reloading configuration files',
      '2026-05-12 09:21:00.001 UTC [1] LOG:  parameter "work_mem" changed to "64kB"',
    ];
    const mysql = '2026-05-12T09:30:00.000000Z\t   12 Query\tSET GLOBAL max_connections = 10';
    expect(selfReportAttributes([pg.join('\n'), mysql], window, { server: true })).toMatchObject({
      settingChanges: 3,
      settingChangedAt: '2026-05-12T09:20:00.412Z',
      stalledLines: 0,
    });
  });
  it('counts a change of who may connect: CONNECTION LIMIT, NOLOGIN, VALID UNTIL, ALLOW_CONNECTIONS', () => {
    const lines = [
      '2026-05-12 09:20:00.000 UTC [4417] LOG:  statement: ALTER DATABASE "accounts-db" CONNECTION LIMIT 0;',
      '2026-05-12 09:21:00.000 UTC [4418] LOG:  statement: ALTER ROLE app NOLOGIN;',
      "2026-05-12 09:22:00.000 UTC [4419] LOG:  statement: ALTER USER app VALID UNTIL '2026-05-12';",
      '2026-05-12 09:23:00.000 UTC [4420] LOG:  statement: ALTER DATABASE app ALLOW_CONNECTIONS false;',
      // Renaming a database or changing its owner is no setting its sessions run with.
      '2026-05-12 09:24:00.000 UTC [4421] LOG:  statement: ALTER DATABASE app OWNER TO admin;',
    ];
    expect(selfReportAttributes([lines.join('\n')], window, { server: true })).toMatchObject({
      settingChanges: 4,
      settingChangedAt: '2026-05-12T09:20:00.000Z',
    });
  });
  it('does not count a SELECT, a deprecation hint naming SET GLOBAL, or a change before the window', () => {
    const lines = [
      '2026-05-12 08:20:00.000 UTC [8841] LOG:  statement: ALTER SYSTEM SET max_connections = 20;',
      "2026-05-12 09:20:00.000 UTC [9189] LOG:  statement: SELECT current_setting('statement_timeout');",
      "2026-05-12T09:18:40.418772Z 0 [Warning] [MY-011068] [Server] The syntax '--skip-host-cache' is deprecated and will be removed in a future release. Please use SET GLOBAL host_cache_size=0 instead.",
    ];
    expect(selfReportAttributes([lines.join('\n')], window, { server: true })).toMatchObject({
      settingChanges: 0,
      settingChangedAt: null,
    });
  });
});

describe('selfReportAttributes — a client quoting the server is not a stall of its own', () => {
  it('"PSQLException: FATAL: the database system is in recovery mode" in a caller\u2019s log is no stall', () => {
    const quoted =
      '{"timestamp": "2026-05-12 09:15:33", "message": "addTransaction | org.postgresql.util.PSQLException: FATAL: the database system is in recovery mode", "severity": "ERROR"}';
    expect(selfReportAttributes([quoted], window)).toMatchObject({ stalledLines: 0 });
    const own = '2026-05-12 09:15:33.000 UTC [1] LOG:  database system is in recovery mode';
    expect(selfReportAttributes([own], window)).toMatchObject({ stalledLines: 1 });
  });
});

describe('holdsCallers — a component whose own account keeps its callers from getting through', () => {
  const none = selfReportAttributes([], window);
  it('a stall holds them, whatever the component', () => {
    expect(holdsCallers({ ...none, stalledLines: 1 }, false)).toBe(true);
  });
  it('a server out of a resource, or with two statements of ten seconds and more, holds them', () => {
    expect(holdsCallers({ ...none, exhaustionLines: 1 }, true)).toBe(true);
    expect(holdsCallers({ ...none, slowLines: 2, slowestMs: 252_114 }, true)).toBe(true);
  });
  it('a lone slow statement, statements of a few seconds, or a component with dependencies do not', () => {
    expect(holdsCallers({ ...none, slowLines: 1, slowestMs: 252_114 }, true)).toBe(false);
    expect(holdsCallers({ ...none, slowLines: 8, slowestMs: 4_000 }, true)).toBe(false);
    expect(holdsCallers({ ...none, exhaustionLines: 3, slowLines: 2, slowestMs: 20_000 }, false)).toBe(false);
  });
});

describe('the collector: a named component whose pods are all healthy', () => {
  let kube: FakeKubernetes | undefined;
  afterAll(() => kube?.close());
  it('has one Running pod of each of its versions read (owning ReplicaSet), not every pod', async () => {
    kube = await startFakeKubernetes();
    const graph: GraphView = await loadTestGraph('knowledge-graph');
    const at = new Date('2026-11-22T14:30:00Z');
    const cluster = buildShopCluster({ now: at });
    const nameOf = (o: { metadata?: unknown }) => String((o.metadata as { name?: string } | undefined)?.name);
    const pods = cluster.objects.filter((o) => o.kind === 'Pod' && nameOf(o).startsWith('currencyservice-'));
    expect(pods.length).toBeGreaterThanOrEqual(2);
    const readsOf = async (objects: typeof cluster.objects) => {
      kube!.setObjects(objects, cluster.logs);
      const before = kube!.requests.length;
      await runCollector(
        plugin as never,
        { kubeconfig: kube!.kubeconfig },
        { graph, nodes: ['currency'], named: ['currency'], at },
      );
      return new Set(
        kube!.requests
          .slice(before)
          .filter((r) => r.path.endsWith('/log') && r.path.includes('/pods/currencyservice-'))
          .map((r) => r.path.split('/pods/')[1]!.split('/')[0]),
      );
    };
    // currency calls nothing, so no caller reads: one version, one pod read.
    expect((await readsOf(cluster.objects)).size).toBe(1);
    // The second pod owned by another ReplicaSet (a second version behind the component): both read.
    const second = pods[1]! as { metadata: Record<string, unknown> };
    const twoVersions = cluster.objects.map((o) =>
      o === second
        ? {
            ...second,
            metadata: {
              ...second.metadata,
              ownerReferences: [
                { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'currencyservice-v2-7c9d', uid: 'v2' },
              ],
            },
          }
        : o,
    );
    expect(await readsOf(twoVersions)).toEqual(new Set([nameOf(pods[0]!), nameOf(second)]));
  });
});
