// Batch s46a held-out scenario for DeathStarBench hotelReservation (split: test), written blind; built by scripts/s46a-build.mjs
// with the kit and the session-3 system definition (scripts/s3-scenarios/hotel-reservation.mjs) and its default PVCs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

// zerolog ConsoleWriter as the hotelReservation binaries print it (TimeFormat RFC3339, Caller(), colours on).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', FTL: '\x1b[1m\x1b[31mFTL\x1b[0m\x1b[0m' };
const zl = (T, min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
// mongod 4.4 structured log lines.
const mlog = (T, min, s, c, id, ctx, msg, attr) =>
  JSON.stringify({ t: { $date: T.isoMs(min).replace('Z', '+00:00') }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });

const T1 = clock('2026-10-21T02:52:00Z');
const MPOD = 'mongodb-reservation#0';

// One mongod start that dies in WiredTiger recovery because the 1Gi volume is full.
const mongoStart = (T, m, pod) => [
  mlog(T, m, 'I', 'CONTROL', 23285, 'main', 'Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols \'none\''),
  mlog(T, m, 'W', 'ASIO', 22601, 'main', 'No TransportLayer configured during NetworkInterface startup'),
  mlog(T, m, 'I', 'NETWORK', 4648601, 'main', 'Implicit TCP FastOpen unavailable. If TCP FastOpen is required, set tcpFastOpenServer, tcpFastOpenClient, and tcpFastOpenQueueSize.'),
  mlog(T, m + 0.001, 'I', 'STORAGE', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host: pod }),
  mlog(T, m + 0.001, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: { version: '4.4.6', gitVersion: '72e66213c2c3eab37d9358d5e78ad7f5c1d0d0d7', openSSLVersion: 'OpenSSL 1.1.1f  31 Mar 2020', modules: [], allocator: 'tcmalloc', environment: { distmod: 'ubuntu2004', distarch: 'x86_64', target_arch: 'x86_64' } } }),
  mlog(T, m + 0.001, 'I', 'CONTROL', 51765, 'initandlisten', 'Operating System', { os: { name: 'Ubuntu', version: '20.04' } }),
  mlog(T, m + 0.001, 'I', 'CONTROL', 21951, 'initandlisten', 'Options set by command line', { options: { net: { bindIp: '*' } } }),
  mlog(T, m + 0.002, 'W', 'STORAGE', 22271, 'initandlisten', 'Detected unclean shutdown - Lock file is not empty', { lockFile: '/data/db/mongod.lock' }),
  mlog(T, m + 0.002, 'I', 'STORAGE', 22270, 'initandlisten', 'Storage engine to use detected by data files', { dbpath: '/data/db', storageEngine: 'wiredTiger' }),
  mlog(T, m + 0.002, 'W', 'STORAGE', 22302, 'initandlisten', 'Recovering data from the last clean checkpoint.'),
  mlog(T, m + 0.002, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', { config: 'create,cache_size=7511M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000,close_scan_interval=10,close_handle_minimum=250),statistics_log=(wait=0),verbose=[recovery_progress,checkpoint_progress,compact_progress],' }),
  mlog(T, m + 0.01, 'I', 'STORAGE', 22430, 'initandlisten', 'WiredTiger message', { message: '[1792551071:204117][1:0x7f3c8a1d2c80], txn-recover: [WT_VERB_RECOVERY_PROGRESS] Recovering log 212 through 213' }),
  mlog(T, m + 0.012, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: 28, message: '[1792551071:331902][1:0x7f3c8a1d2c80], txn-recover: __posix_file_write, 615: /data/db/journal/WiredTigerLog.0000000213: handle-write: pwrite: failed to write 128 bytes at offset 104857472: No space left on device' }),
  mlog(T, m + 0.012, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: 28, message: '[1792551071:331988][1:0x7f3c8a1d2c80], txn-recover: __wt_txn_recover, 1042: Recovery failed: No space left on device' }),
  mlog(T, m + 0.013, 'W', 'STORAGE', 22347, 'initandlisten', 'Failed to start up WiredTiger under any compatibility version. This may be due to an unsupported upgrade or downgrade.'),
  mlog(T, m + 0.013, 'F', 'STORAGE', 28595, 'initandlisten', 'Terminating.', { reason: '28: No space left on device' }),
  mlog(T, m + 0.013, 'F', '-', 23091, 'initandlisten', 'Fatal assertion', { msgid: 28595, file: 'src/mongo/db/storage/wiredtiger/wiredtiger_kv_engine.cpp', line: 1123 }),
  mlog(T, m + 0.013, 'F', '-', 23092, 'initandlisten', '\n\n***aborting after fassert() failure\n\n'),
];

// One start of the reservation binary that cannot reach mongodb-reservation in initializeDatabase (db.go).
const reservationStart = (T, m) => [
  zl(T, m, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(T, m, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(T, m, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(T, m, 'INF', 'cmd/reservation/main.go:23', 'Reading config...'),
  zl(T, m, 'INF', 'cmd/reservation/main.go:36', 'Read database URL: mongodb-reservation:27017'),
  zl(T, m, 'INF', 'cmd/reservation/main.go:37', 'Initializing DB connection...'),
  zl(T, m, 'INF', 'cmd/reservation/db.go:31', 'New session successfull...'),
  zl(T, m + 0.5, 'FTL', 'cmd/reservation/db.go:36', 'server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-reservation:27017, Type: Unknown, Last error: connection() error occurred during connection handshake: dial tcp %SVCIP:mongodb-reservation%:27017: connect: connection refused }, ] }'),
];

export const scenarios = [
  {
    folder: 's46a-reservation-mongo-volume-full',
    split: 'test',
    incidentTime: '2026-10-21T02:52:00Z',
    description: 'hotelres frontend returning 500s on search and on booking since ~02:40',
    expected: { component: 'mongodb-reservation', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'mongodb-reservation', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (session-3 system definition: helm chart at 6ecb097): mongodb-reservation runs mongo:4.4.6 with --bind_ip_all and
      mounts the 1Gi managed-csi claim reservation-pvc at /data/db; reservation reads ReserveMongoAddress=mongodb-reservation:27017.
      Fault: the reservation collection only grows (every booking InsertOne, plus WiredTiger journal files preallocated 100 MB each)
      and the 1Gi Azure disk fills at 02:38. mongod aborts on ENOSPC and, restarted by the kubelet, dies in WiredTiger journal recovery
      on every start (WiredTiger error 28 "No space left on device", "Failed to start up WiredTiger under any compatibility version",
      fassert 28595, exit code 14): CrashLoopBackOff. The reservation binary (services/reservation/server.go log.Panic on Mongo errors;
      cmd/reservation/db.go initializeDatabase log.Fatal on CountDocuments) dies too and loops with mongo-go-driver's "server selection
      error ... connect: connection refused" (the Service has no ready address), so it is louder than the database. The frontend's
      search (CheckAvailability) and reservation calls fail with 500. Nothing in the API shows disk usage: the cause is in mongod's log.
      ENOSPC on a small database PV is a common real incident (MongoDB community threads on "WiredTiger error 28", Azure disk full).
      Decoy: jaeger (all-in-one, in-memory storage) was OOMKilled two days ago and restarted once.
      Expected: mongodb-reservation, resource-exhaustion (its disk is full); crash-loop on mongodb-reservation also accepted.
    `,
    workloads: {
      'mongodb-reservation': {
        pods: [{
          containers: {
            'hotel-reserv-reservation-mongo': cs.crashLoop({ restarts: 9, exitCode: 14, startedAt: T1.iso(-2.1), finishedAt: T1.iso(-2.05), container: 'hotel-reserv-reservation-mongo' }),
          },
        }],
      },
      reservation: {
        pods: [{
          containers: {
            'hotel-reserv-reservation': cs.crashLoop({ restarts: 8, exitCode: 1, startedAt: T1.iso(-3.2), finishedAt: T1.iso(-2.7), container: 'hotel-reserv-reservation' }),
          },
        }],
      },
      jaeger: {
        pods: [{
          containers: {
            'hotel-reserv-jaeger': cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 49), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 49) } }),
          },
        }],
      },
    },
    events: [
      { on: 'pod:mongodb-reservation#0', reason: 'Pulled', message: 'Container image "mongo:4.4.6" already present on machine', first: -13.8, last: -2.2, count: 9 },
      { on: 'pod:mongodb-reservation#0', reason: 'Created', message: 'Created container hotel-reserv-reservation-mongo', first: -13.8, last: -2.2, count: 9 },
      { on: 'pod:mongodb-reservation#0', reason: 'Started', message: 'Started container hotel-reserv-reservation-mongo', first: -13.8, last: -2.1, count: 9 },
      { on: 'pod:mongodb-reservation#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-reservation-mongo in pod %POD%_hotel-reservation(%PODUID%)', first: -13.6, last: -0.3, count: 58 },
      { on: 'pod:reservation#0', reason: 'Pulled', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', first: -13.7, last: -3.2, count: 8 },
      { on: 'pod:reservation#0', reason: 'Created', message: 'Created container hotel-reserv-reservation', first: -13.7, last: -3.2, count: 8 },
      { on: 'pod:reservation#0', reason: 'Started', message: 'Started container hotel-reserv-reservation', first: -13.7, last: -3.2, count: 8 },
      { on: 'pod:reservation#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-reservation in pod %POD%_hotel-reservation(%PODUID%)', first: -12.9, last: -0.4, count: 41 },
    ],
    logs: {
      [`${MPOD}/hotel-reserv-reservation-mongo`]: mongoStart(T1, -2.1, 'mongodb-reservation'),
      [`${MPOD}/hotel-reserv-reservation-mongo/previous`]: mongoStart(T1, -7.1, 'mongodb-reservation'),
      'reservation#0/hotel-reserv-reservation': reservationStart(T1, -3.2),
      'reservation#0/hotel-reserv-reservation/previous': reservationStart(T1, -8.3),
      'search#0/hotel-reserv-search': [
        zl(T1, -60 * 24 * 6, 'INF', 'cmd/search/main.go:78', 'Starting server...'),
      ],
      'jaeger#0/hotel-reserv-jaeger': [
        `{"level":"info","ts":${(Date.parse(T1.isoMs(-60 * 49)) / 1000).toFixed(7)},"caller":"flags/service.go:110","msg":"Mounting metrics handler on admin server","route":"/metrics"}`,
        `{"level":"info","ts":${(Date.parse(T1.isoMs(-60 * 49 + 0.01)) / 1000).toFixed(7)},"caller":"memory/factory.go:85","msg":"Memory storage initialized","configuration":{"MaxTraces":0}}`,
        `{"level":"info","ts":${(Date.parse(T1.isoMs(-60 * 49 + 0.02)) / 1000).toFixed(7)},"caller":"app/server.go:301","msg":"Query server started","http_addr":"[::]:16686","grpc_addr":"[::]:16685"}`,
      ],
    },
  },
];
