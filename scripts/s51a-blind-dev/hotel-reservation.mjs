// Batch s51a blind dev scenario for hotel-reservation (session-3 system definition and default PVCs): a bulk mongoimport into
// mongodb-rate saturates its small Azure disk; mongod stays Ready but every rate lookup waits on I/O, so hotel search crawls.
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';
import { clock, cs } from '../s2-scenario-kit.mjs';

export { system, defaultPvcs };

const T = clock('2026-05-12T09:58:00Z');
// zerolog ConsoleWriter as the services print it (ANSI colours kept by kubectl logs).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const boot = (min, svc) => [
  zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(min, 'INF', `cmd/${svc}/main.go:23`, 'Reading config...'),
];
const D = (min) => T.isoMs(min).replace('Z', '+00:00');
const m = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: D(min) }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });
const START = -60 * 24 * 9;
const lsid = (n) => ({ id: { $uuid: `3b1e${String(n).padStart(4, '0')}-9c2a-4f7e-8d61-2a5c7e9b0f4d` } });
const slowFind = (min, conn, hotel, ms, readUs) => m(min, 'I', 'COMMAND', 51803, `conn${conn}`, 'Slow query', {
  type: 'command', ns: 'rate-db.inventory', command: { find: 'inventory', filter: { hotelId: String(hotel) }, lsid: lsid(conn), $db: 'rate-db' },
  planSummary: 'IXSCAN { hotelId: 1 }', keysExamined: 412, docsExamined: 412, cursorExhausted: true, numYields: 31, nreturned: 412, queryHash: '7E4B2C9A', planCacheKey: '0C1F6D3E', reslen: 61873,
  locks: { ReplicationStateTransition: { acquireCount: { w: 32 } }, Global: { acquireCount: { r: 32 } }, Database: { acquireCount: { r: 32 } }, Collection: { acquireCount: { r: 32 } }, Mutex: { acquireCount: { r: 1 } } },
  storage: { data: { bytesRead: 1693184, timeReadingMicros: readUs } }, protocol: 'op_msg', durationMillis: ms,
});
const slowInsert = (min, ms, readUs) => m(min, 'I', 'COMMAND', 51803, 'conn2211', 'Slow query', {
  type: 'command', ns: 'rate-db.inventory', appName: 'mongoimport', command: { insert: 'inventory', ordered: false, writeConcern: { w: 'majority' }, lsid: lsid(2211), $db: 'rate-db' },
  ninserted: 1000, keysInserted: 2000, numYields: 0, reslen: 45,
  locks: { ParallelBatchWriterMode: { acquireCount: { r: 1 } }, ReplicationStateTransition: { acquireCount: { w: 1 } }, Global: { acquireCount: { w: 1 } }, Database: { acquireCount: { w: 1 } }, Collection: { acquireCount: { w: 1 } }, Mutex: { acquireCount: { r: 1 } } },
  flowControl: { acquireCount: 1, timeAcquiringMicros: 2 }, storage: { data: { bytesRead: 86016, timeReadingMicros: readUs } }, protocol: 'op_msg', durationMillis: ms,
});
const ckpt = (min, secs, pages, mb) => m(min, 'I', 'STORAGE', 22430, 'WTCheckpointThread', 'WiredTiger message', { message: `[${Math.floor(Date.parse(T.iso(min)) / 1000)}:${412000 + secs}][1:0x7f3c2d1fe700], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] Checkpoint has been running for ${secs} seconds and wrote: ${pages} pages (${mb} MB)` });
const mongoRate = [
  m(START, 'I', 'CONTROL', 23285, 'main', 'Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols \'none\''),
  m(START, 'I', 'CONTROL', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host: '%POD%' }),
  m(START, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: { version: '4.4.6', gitVersion: '72e66213c2c3eab37d9358d5e78ad7f5c1d0d0cf', openSSLVersion: 'OpenSSL 1.1.1f  31 Mar 2020', modules: [], allocator: 'tcmalloc', environment: { distmod: 'ubuntu2004', distarch: 'x86_64', target_arch: 'x86_64' } } }),
  m(START + 0.02, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', { config: 'create,cache_size=7455M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000,close_scan_interval=10,close_handle_minimum=250),statistics_log=(wait=0),verbose=[recovery_progress,checkpoint_progress,compact_progress],' }),
  m(START + 0.05, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
  m(START + 0.4, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:rate#0%:46112', connectionId: 3, connectionCount: 1 }),
  m(START + 0.4, 'I', 'NETWORK', 51800, 'conn3', 'client metadata', { remote: '%IPOF:rate#0%:46112', client: 'conn3', doc: { driver: { name: 'mongo-go-driver', version: 'v1.11.4' }, os: { type: 'linux', architecture: 'amd64' }, platform: 'go1.21.6' } }),
  ckpt(-60, 0, 0, 0).replace('Checkpoint has been running for 0 seconds and wrote: 0 pages (0 MB)', 'saving checkpoint snapshot min: 88412, snapshot max: 88412 snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 1').replace('CHECKPOINT_PROGRESS', 'CHECKPOINT_PROGRESS'),
  m(-22.4, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '127.0.0.1:53214', connectionId: 2211, connectionCount: 24 }),
  m(-22.4, 'I', 'NETWORK', 51800, 'conn2211', 'client metadata', { remote: '127.0.0.1:53214', client: 'conn2211', doc: { driver: { name: 'mongo-go-driver', version: 'v1.12.1' }, os: { type: 'linux', architecture: 'amd64' }, platform: 'go1.21.4', application: { name: 'mongoimport' } } }),
  slowInsert(-22.1, 211, 9120),
  slowInsert(-21.5, 684, 70211),
  ckpt(-20.9, 20, 6120, 394),
  slowInsert(-20.6, 1420, 812003),
  slowFind(-20.2, 5, 37, 1288, 1190342),
  ckpt(-19.9, 80, 22904, 1496),
  slowInsert(-19.1, 2710, 2290118),
  slowFind(-18.6, 4, 12, 2414, 2331907),
  m(-17.9, 'I', 'COMMAND', 20499, 'ftdc', 'serverStatus was very slow', { timeStats: { 'after basic': 0, 'after asserts': 0, 'after connections': 0, 'after electionMetrics': 0, 'after extra_info': 0, 'after flowControl': 0, 'after globalLock': 0, 'after indexBulkBuilder': 0, 'after locks': 0, 'after logicalSessionRecordCache': 0, 'after mirroredReads': 0, 'after network': 0, 'after opLatencies': 0, 'after opReadConcernCounters': 0, 'after opcounters': 0, 'after opcountersRepl': 0, 'after oplogTruncation': 0, 'after repl': 0, 'after security': 0, 'after storageEngine': 0, 'after tcmalloc': 0, 'after trafficRecorder': 0, 'after transactions': 0, 'after transportSecurity': 0, 'after twoPhaseCommitCoordinator': 0, 'after wiredTiger': 2412, 'at end': 2413 } }),
  ckpt(-17.2, 140, 39180, 2561),
  slowFind(-16.4, 5, 71, 4870, 4712230),
  slowInsert(-15.8, 3904, 3611920),
  slowFind(-14.1, 6, 3, 6212, 6003114),
  ckpt(-13.6, 200, 52233, 3412),
  slowFind(-12.2, 4, 58, 7404, 7180551),
  slowInsert(-11.0, 4420, 4100087),
  m(-10.3, 'I', 'COMMAND', 20499, 'ftdc', 'serverStatus was very slow', { timeStats: { 'after basic': 0, 'after wiredTiger': 3180, 'at end': 3181 } }),
  slowFind(-9.4, 5, 24, 8911, 8640025),
  slowFind(-7.1, 6, 66, 9204, 8991760),
  ckpt(-6.4, 62, 17502, 1139),
  slowInsert(-5.2, 4730, 4433905),
  slowFind(-3.3, 4, 9, 8350, 8102277),
  slowFind(-1.2, 5, 45, 9877, 9590114),
];
const rate = [
  ...boot(START + 0.1, 'rate'),
  zl(START + 0.1, 'INF', 'cmd/rate/main.go:38', 'Read database URL: mongodb-rate:27017'),
  zl(START + 0.1, 'INF', 'cmd/rate/main.go:39', 'Initializing DB connection...'),
  zl(START + 0.12, 'INF', 'cmd/rate/db.go:39', 'New session successfull...'),
  zl(START + 0.12, 'INF', 'cmd/rate/db.go:41', 'Generating test data...'),
  zl(START + 0.2, 'INF', 'cmd/rate/main.go:42', 'Successfull'),
  zl(START + 0.2, 'INF', 'cmd/rate/main.go:45', 'Read target port: 8084'),
  zl(START + 0.2, 'INF', 'cmd/rate/main.go:46', 'Read consul address: consul:8500'),
  zl(START + 0.2, 'INF', 'cmd/rate/main.go:47', 'Read jaeger address: jaeger:6831'),
  zl(START + 0.2, 'INF', 'cmd/rate/main.go:56', 'Read memcashed address: memcached-rate:11211'),
  zl(START + 0.2, 'INF', 'cmd/rate/main.go:57', 'Initializing Memcashed client...'),
  zl(START + 0.2, 'INF', 'cmd/rate/main.go:59', 'Successfull'),
  zl(START + 0.21, 'INF', 'cmd/rate/main.go:76', 'Starting server...'),
  zl(START + 0.21, 'INF', 'registry/registry.go:91', 'Trying to register service [ name: srv-rate, id: 0a3f2c1e-7b94-4d6e-9a58-1c2e3f4b5d60, address: %PODIP%:8084 ]'),
  zl(START + 0.21, 'INF', 'services/rate/server.go:99', 'Successfully registered in consul'),
];
const frontend = [
  ...boot(START + 0.1, 'frontend'),
  zl(START + 0.1, 'INF', 'cmd/frontend/main.go:39', 'Read target port: 5000'),
  zl(START + 0.1, 'INF', 'cmd/frontend/main.go:40', 'Read consul address: consul:8500'),
  zl(START + 0.1, 'INF', 'cmd/frontend/main.go:41', 'Read jaeger address: jaeger:6831'),
  zl(START + 0.12, 'INF', 'cmd/frontend/main.go:74', 'Starting server...'),
  zl(START + 0.12, 'INF', 'services/frontend/server.go:67', 'Start Frontend server. Addr: 0.0.0.0:5000'),
];
const jaegerPrev = [
  `{"level":"info","ts":${(Date.parse(T.iso(-60 * 24 * 2 - 200)) / 1000).toFixed(6)},"caller":"flags/service.go:110","msg":"Mounting metrics handler on admin server","route":"/metrics"}`,
  `{"level":"fatal","ts":${(Date.parse(T.iso(-60 * 24 * 2 - 0.1)) / 1000).toFixed(6)},"caller":"memory/memory.go:71","msg":"memory store is full","max_traces":50000}`,
];

export const scenarios = [
  {
    folder: 's51a-mongodb-rate-disk-io-saturated',
    incidentTime: '2026-05-12T09:58:00Z',
    description: 'hotel search super slow since ~9:35, pages take 5-10s, nothing crashing',
    expected: { component: 'mongodb-rate', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'time-expression', 'decoy'],
    grounding: `
      A data-team reload of rate plans with \`mongoimport\` through \`kubectl port-forward\` (remote 127.0.0.1, appName mongoimport
      in mongod's client metadata) writes batches of 1000 documents into rate-db.inventory on mongodb-rate, whose data lives on a
      1Gi managed-csi (Azure StandardSSD) claim with a baseline of about 500 IOPS. The disk saturates: WiredTiger checkpoints run
      for minutes (WT_VERB_CHECKPOINT_PROGRESS "Checkpoint has been running for N seconds"), FTDC reports "serverStatus was very
      slow", and every find of the rate service on an indexed hotelId spends seconds in timeReadingMicros (mongod 4.4 "Slow query"
      lines, id 51803). mongod stays Running and Ready, nothing restarts, the rate service (mongo-go-driver with no deadline on the
      incoming context) simply waits, and the frontend logs nothing: the only evidence is mongod's own log. Manifest facts:
      mongo:4.4.6 with --bind_ip_all, the rate-pvc claim, the rate service's MongoDB address mongodb-rate:27017 from its config
      (DeathStarBench hotelReservation at 6ecb097, helm chart). Decoy: jaeger all-in-one restarted two days ago after its
      in-memory store filled.`,
    workloads: {
      jaeger: { pods: [{ containers: { 'hotel-reserv-jaeger': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(START), finishedAt: T.iso(-60 * 24 * 2 - 0.05) } }) } }] },
    },
    events: [],
    logs: {
      'mongodb-rate#0/hotel-reserv-rate-mongo': mongoRate,
      'rate#0/hotel-reserv-rate': rate,
      'frontend#0/hotel-reserv-frontend': frontend,
      'jaeger#0/hotel-reserv-jaeger/previous': jaegerPrev,
    },
  },
];
