// Batch s28b held-out scenario for DeathStarBench hotelReservation (split: test), written blind; the system is the
// session-3 definition (scripts/s3-scenarios/hotel-reservation.mjs) with its default PVCs, built by scripts/s28b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

// zerolog ConsoleWriter as the image prints it (colours on, RFC3339 time, Caller()).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', PNC: '\x1b[1m\x1b[31mPNC\x1b[0m\x1b[0m' };
const zl = (T, min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const mlog = (T, min, s, c, id, ctx, msg, attr) =>
  JSON.stringify({ t: { $date: T.isoMs(min).replace('Z', '+00:00') }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });

const T1 = clock('2026-05-12T09:41:00Z');
const resBoot = (T, min) => [
  zl(T, min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(T, min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(T, min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(T, min, 'INF', 'cmd/reservation/main.go:23', 'Reading config...'),
  zl(T, min + 0.001, 'INF', 'cmd/reservation/main.go:36', 'Read database URL: mongodb-reservation:27017'),
  zl(T, min + 0.001, 'INF', 'cmd/reservation/main.go:37', 'Initializing DB connection...'),
];
const resPanic = (T, min) => [
  ...resBoot(T, min),
  zl(T, min + 0.17, 'PNC', 'cmd/reservation/db.go:31', 'no reachable servers'),
  'panic: no reachable servers',
  '',
  'goroutine 1 [running]:',
  'github.com/rs/zerolog.(*Logger).Panic.func1({0xc00002a0f0?, 0x0?})',
  '\t/workspace/vendor/github.com/rs/zerolog/log.go:396 +0x27',
  'github.com/rs/zerolog.(*Event).msg(0xc0001c2000, {0xc00002a0f0, 0x14})',
  '\t/workspace/vendor/github.com/rs/zerolog/event.go:158 +0x2c2',
  'github.com/rs/zerolog.(*Event).Msg(...)',
  '\t/workspace/vendor/github.com/rs/zerolog/event.go:110',
  'main.initializeDatabase({0xc000028180, 0x19})',
  '\t/workspace/cmd/reservation/db.go:31 +0x1a5',
  'main.main()',
  '\t/workspace/cmd/reservation/main.go:39 +0x5d4',
];
const wtNoSpace = (T, min, ctx, file, op) =>
  mlog(T, min, 'E', 'STORAGE', 22435, ctx, 'WiredTiger error', {
    error: 28,
    message: `[${Math.floor(Date.parse(T.isoMs(min)) / 1000)}:${412000 + Math.round(min * -10)}][1:0x7f3c2a1fe700], ${op}: __posix_file_write, 617: /data/db/${file}: handle-write: pwrite: failed to write 4096 bytes at offset 0: No space left on device`,
  });
const mongoStart = (T, min) => [
  mlog(T, min, 'I', 'CONTROL', 23285, 'main', 'Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols \'none\''),
  mlog(T, min + 0.001, 'I', 'NETWORK', 4648601, 'main', 'Implicit TCP FastOpen unavailable. If TCP FastOpen is required, set tcpFastOpenServer, tcpFastOpenClient, and tcpFastOpenQueueSize.'),
  mlog(T, min + 0.002, 'I', 'STORAGE', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host: '%POD%' }),
  mlog(T, min + 0.002, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: { version: '4.4.6', gitVersion: '72e66213c2c3eab37d9358d5e78ad7f5c1d0d0d7', openSSLVersion: 'OpenSSL 1.1.1  11 Sep 2018', modules: [], allocator: 'tcmalloc', environment: { distmod: 'ubuntu1804', distarch: 'x86_64', target_arch: 'x86_64' } } }),
  mlog(T, min + 0.003, 'I', 'CONTROL', 21951, 'initandlisten', 'Options set by command line', { options: { net: { bindIp: '*' } } }),
  mlog(T, min + 0.004, 'I', 'STORAGE', 22270, 'initandlisten', 'Storage engine to use detected by data files', { dbpath: '/data/db', storageEngine: 'wiredTiger' }),
  mlog(T, min + 0.004, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', { config: 'create,cache_size=7480M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000,close_scan_interval=10,close_handle_minimum=250),statistics_log=(wait=0),verbose=[recovery_progress,checkpoint_progress,compact_progress],' }),
  wtNoSpace(T, min + 0.012, 'initandlisten', 'journal/WiredTigerTmplog.0000000001', 'file:journal/WiredTigerTmplog.0000000001, WT_SESSION.create'),
  mlog(T, min + 0.013, 'W', 'STORAGE', 22347, 'initandlisten', 'Failed to start up WiredTiger under any compatibility version. This may be due to an unsupported upgrade or downgrade.'),
  mlog(T, min + 0.013, 'F', 'STORAGE', 28595, 'initandlisten', 'Terminating.', { reason: '28: No space left on device' }),
  mlog(T, min + 0.013, 'F', '-', 23091, 'initandlisten', 'Fatal assertion', { msgid: 28595, file: 'src/mongo/db/storage/wiredtiger/wiredtiger_kv_engine.cpp', line: 1128 }),
  mlog(T, min + 0.013, 'F', '-', 23092, 'initandlisten', '\n\n***aborting after fassert() failure\n\n'),
];

export const scenarios = [
  {
    folder: 's28b-reservation-mongo-volume-full',
    incidentTime: '2026-05-12T09:41:00Z',
    description: 'hotel bookings failing since ~09:20, reservation service keeps restarting',
    expected: { component: 'mongodb-reservation', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'mongodb-reservation', cause: 'crash-loop' }],
    difficulty: 'hard',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (DeathStarBench hotelReservation helm chart at 6ecb097, session-3 system): mongodb-reservation runs
      mongo:4.4.6 with --bind_ip_all on the 1Gi managed-csi claim reservation-pvc mounted at /data/db; reservation reads
      ReserveMongoAddress mongodb-reservation:27017 from its config and dials it at start (cmd/reservation/db.go), panicking
      through zerolog when mgo answers "no reachable servers".
      Fault: every booking inserts a document into reservation-db; months of load-generator bookings plus the WiredTiger
      journal fill the 1Gi volume. At about 09:19 a checkpoint write fails with errno 28 (WiredTiger error 22435, "No space
      left on device") and mongod aborts after a fatal assertion; every restart fails in wiredtiger_open with the same error,
      fassert 28595 "Terminating. 28: No space left on device", exit code 14, so the pod is in CrashLoopBackOff. The claim
      itself stays Bound and mounts fine (nothing in Events names the disk). reservation, which dials the database at start,
      crash-loops too (panic: no reachable servers) and is the louder pod; the frontend's bookings fail. Public reports of
      the same mongod failure: MongoDB Jira/forum threads "Fatal assertion 28595 ... No space left on device" and the
      Kubernetes community's PVC-full mongo incidents (a volume too small for an append-only collection).
      Decoy: jaeger's container was OOM-killed three days ago and has run since.`,
    workloads: {
      'mongodb-reservation': {
        pods: [{
          containers: {
            'hotel-reserv-reservation-mongo': cs.crashLoop({ restarts: 7, exitCode: 14, reason: 'Error', startedAt: T1.iso(-1.6), finishedAt: T1.iso(-1.58), container: 'hotel-reserv-reservation-mongo' }),
          },
          readyTransition: T1.iso(-21.8),
        }],
        unavailableSince: -21.8,
      },
      reservation: {
        pods: [{
          containers: {
            'hotel-reserv-reservation': cs.crashLoop({ restarts: 6, exitCode: 2, reason: 'Error', startedAt: T1.iso(-2.9), finishedAt: T1.iso(-2.7), container: 'hotel-reserv-reservation' }),
          },
          readyTransition: T1.iso(-20.5),
        }],
        unavailableSince: -20.5,
      },
      jaeger: {
        pods: [{
          containers: {
            'hotel-reserv-jaeger': cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 24 * 3 - 200), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 24 * 3 - 200.2) } }),
          },
        }],
      },
    },
    events: [
      { on: 'pod:mongodb-reservation#0', reason: 'Pulled', message: 'Container image "mongo:4.4.6" already present on machine', first: -21.7, last: -1.6, count: 8 },
      { on: 'pod:mongodb-reservation#0', reason: 'Created', message: 'Created container hotel-reserv-reservation-mongo', first: -21.7, last: -1.6, count: 8 },
      { on: 'pod:mongodb-reservation#0', reason: 'Started', message: 'Started container hotel-reserv-reservation-mongo', first: -21.7, last: -1.6, count: 8 },
      { on: 'pod:mongodb-reservation#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-reservation-mongo in pod %POD%_hotel-reservation(%PODUID%)', first: -21.3, last: -0.2, count: 97 },
      { on: 'pod:reservation#0', reason: 'Pulled', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', first: -20.5, last: -2.9, count: 7 },
      { on: 'pod:reservation#0', reason: 'Started', message: 'Started container hotel-reserv-reservation', first: -20.5, last: -2.9, count: 7 },
      { on: 'pod:reservation#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-reservation in pod %POD%_hotel-reservation(%PODUID%)', first: -20.1, last: -0.4, count: 88 },
    ],
    logs: {
      'mongodb-reservation#0/hotel-reserv-reservation-mongo': mongoStart(T1, -1.6),
      'mongodb-reservation#0/hotel-reserv-reservation-mongo/previous': mongoStart(T1, -6.7),
      'reservation#0/hotel-reserv-reservation': resPanic(T1, -2.9),
      'reservation#0/hotel-reserv-reservation/previous': resPanic(T1, -8.1),
      'frontend#0/hotel-reserv-frontend': [
        zl(T1, -60 * 24 * 6, 'INF', 'cmd/frontend/main.go:23', 'Reading config...'),
        zl(T1, -60 * 24 * 6, 'INF', 'cmd/frontend/main.go:74', 'Initializing gRPC clients...'),
        zl(T1, -60 * 24 * 6, 'INF', 'services/frontend/server.go:63', 'Successfull'),
        zl(T1, -60 * 24 * 6, 'INF', 'cmd/frontend/main.go:86', 'Starting server...'),
      ],
      'search#0/hotel-reserv-search': [
        zl(T1, -60 * 24 * 6, 'INF', 'cmd/search/main.go:23', 'Reading config...'),
        zl(T1, -60 * 24 * 6, 'INF', 'services/search/server.go:84', 'Successfully registered in consul'),
      ],
    },
  },
];
