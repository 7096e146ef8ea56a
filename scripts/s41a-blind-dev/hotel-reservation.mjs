// Batch s41a (blind dev): one hotel-reservation incident, built by scripts/s41a-build.mjs with the kit and the session-3
// system definition (DeathStarBench hotelReservation on AKS) and its default 1Gi managed-csi claims.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

// zerolog ConsoleWriter as the image prints it (RFC3339 time, caller, ANSI colours kept by kubectl logs).
const LV = { INF: '\x1b[32mINF\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', FTL: '\x1b[1m\x1b[31mFTL\x1b[0m\x1b[0m', PNC: '\x1b[1m\x1b[31mPNC\x1b[0m\x1b[0m' };
const zl = (T, min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const mlog = (T, min, s, c, id, ctx, msg, attr) =>
  JSON.stringify({ t: { $date: T.isoMs(min).replace('Z', '+00:00') }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });

const T1 = clock('2026-05-19T16:42:00Z');
const SEL = (ip) =>
  `server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-reservation:27017, Type: Unknown, Last error: connection() error occurred during connection handshake: dial tcp ${ip}:27017: connect: connection refused }, ] }`;

// mongod 4.4 restarting on a full /data/db: journal pre-allocation fails with ENOSPC, wiredtiger_open fails, fassert 28595.
const mongoStart = (T, m, host) => [
  mlog(T, m, 'I', 'CONTROL', 23285, 'main', "Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols 'none'"),
  mlog(T, m, 'I', 'NETWORK', 4648601, 'main', 'Implicit TCP FastOpen unavailable. If TCP FastOpen is required, set tcpFastOpenServer, tcpFastOpenClient, and tcpFastOpenQueueSize.'),
  mlog(T, m, 'I', 'STORAGE', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host }),
  mlog(T, m, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: { version: '4.4.6', gitVersion: '72e66213c2c3eab37d9358d5e78ad7f5c1d0d0d7', openSSLVersion: 'OpenSSL 1.1.1f  31 Mar 2020', modules: [], allocator: 'tcmalloc', environment: { distmod: 'ubuntu2004', distarch: 'x86_64', target_arch: 'x86_64' } } }),
  mlog(T, m, 'I', 'CONTROL', 21951, 'initandlisten', 'Options set by command line', { options: { net: { bindIp: '*' } } }),
  mlog(T, m + 0.001, 'W', 'STORAGE', 22271, 'initandlisten', 'Detected unclean shutdown - Lock file is not empty', { lockFile: '/data/db/mongod.lock' }),
  mlog(T, m + 0.001, 'I', 'STORAGE', 22270, 'initandlisten', 'Storage engine to use detected by data files', { dbpath: '/data/db', storageEngine: 'wiredTiger' }),
  mlog(T, m + 0.001, 'W', 'STORAGE', 22302, 'initandlisten', 'Recovering data from the last clean checkpoint.'),
  mlog(T, m + 0.001, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', { config: 'create,cache_size=7485M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000,close_scan_interval=10,close_handle_minimum=250),statistics_log=(wait=0),verbose=[recovery_progress,checkpoint_progress,compact_progress],' }),
  mlog(T, m + 0.004, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: 28, message: `[${Math.floor(Date.parse(T.iso(m)) / 1000)}:412907][1:0x7f3b9c1e2c80], connection: __posix_file_write, 617: /data/db/journal/WiredTigerTmplog.0000000001: handle-write: pwrite: failed to write 128 bytes at offset 0: No space left on device` }),
  mlog(T, m + 0.004, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: 28, message: `[${Math.floor(Date.parse(T.iso(m)) / 1000)}:413122][1:0x7f3b9c1e2c80], connection: __log_open, 1133: log pre-allocation failed: No space left on device` }),
  mlog(T, m + 0.004, 'W', 'STORAGE', 22347, 'initandlisten', 'Failed to start up WiredTiger under any compatibility version. This may be due to an unsupported upgrade or downgrade.'),
  mlog(T, m + 0.004, 'F', 'STORAGE', 28595, 'initandlisten', 'Terminating.', { reason: '28: No space left on device' }),
  mlog(T, m + 0.004, 'F', '-', 23091, 'initandlisten', 'Fatal assertion', { msgid: 28595, file: 'src/mongo/db/storage/wiredtiger/wiredtiger_kv_engine.cpp', line: 954 }),
  mlog(T, m + 0.004, 'F', '-', 23092, 'initandlisten', '\n\n***aborting after fassert() failure\n\n'),
];
const resvBoot = (T, m) => [
  zl(T, m, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(T, m, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(T, m, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(T, m, 'INF', 'cmd/reservation/main.go:23', 'Reading config...'),
  zl(T, m, 'INF', 'cmd/reservation/main.go:36', 'Read database URL: mongodb-reservation:27017'),
  zl(T, m, 'INF', 'cmd/reservation/main.go:37', 'Initializing DB connection...'),
  zl(T, m, 'INF', 'cmd/reservation/db.go:30', 'New session successfull...'),
];

export const scenarios = [
  {
    folder: 's41a-mongodb-reservation-disk-full',
    incidentTime: '2026-05-19T16:42:00Z',
    description: 'hotel site: search results and bookings both 500 since ~16:10, frontend pods look fine',
    expected: { component: 'mongodb-reservation', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'mongodb-reservation', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (DeathStarBench hotelReservation helm chart as the session-3 system has it): mongodb-reservation runs
      mongo:4.4.6 with --bind_ip_all and its /data/db on the 1Gi managed-csi claim reservation-pvc; reservation reads
      mongodb-reservation:27017 and memcached-reserve; the frontend calls reservation's CheckAvailability on every search
      and MakeReservation on every booking. Fault: the wrk2 mixed workload keeps inserting reservation documents, and with
      journal files the 1Gi volume fills up (a common outcome of running the benchmark's default 1Gi claims for weeks).
      mongod 4.4 then fails a WiredTiger write with error 28 (ENOSPC) and aborts; on every restart journal pre-allocation
      fails the same way ("No space left on device", "Failed to start up WiredTiger under any compatibility version",
      fassert 28595, exit code 14), so it crash-loops. reservation's initializeDatabase runs CountDocuments at start and
      log.Fatal()s on the driver's server selection timeout (connection refused: the Service has no ready endpoint), so the
      reservation pods crash-loop as well, louder in numbers of lines; before that the running reservation panicked in
      MakeReservation on the same error. Deviation: the PVC's usage is not in the API snapshot (no kubelet volume stats);
      the evidence is mongod's own log. Decoys: a healthy geo rollout 55 minutes before, an old jaeger restart.`,
    workloads: {
      'mongodb-reservation': {
        pods: [{
          node: 'aks-nodepool1-27419563-vmss000001',
          containers: {
            'hotel-reserv-reservation-mongo': cs.crashLoop({ restarts: 9, exitCode: 14, reason: 'Error', startedAt: T1.iso(-3.2), finishedAt: T1.iso(-3.19), container: 'hotel-reserv-reservation-mongo' }),
          },
        }],
        unavailableSince: -34,
      },
      reservation: {
        pods: [{
          containers: {
            'hotel-reserv-reservation': cs.crashLoop({ restarts: 8, exitCode: 1, reason: 'Error', startedAt: T1.iso(-4.1), finishedAt: T1.iso(-3.6), container: 'hotel-reserv-reservation' }),
          },
        }],
        unavailableSince: -30,
      },
      geo: { rollout: { at: -55 } },
      jaeger: {
        pods: [{ containers: { 'hotel-reserv-jaeger': cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 52), last: { exitCode: 255, reason: 'Unknown', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 52) } }) } }],
      },
    },
    events: [
      { on: 'pod:mongodb-reservation#0', reason: 'Pulled', message: 'Container image "mongo:4.4.6" already present on machine', first: -34, last: -3.3, count: 10, fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}' },
      { on: 'pod:mongodb-reservation#0', reason: 'Created', message: 'Created container hotel-reserv-reservation-mongo', first: -34, last: -3.3, count: 10, fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}' },
      { on: 'pod:mongodb-reservation#0', reason: 'Started', message: 'Started container hotel-reserv-reservation-mongo', first: -34, last: -3.2, count: 10, fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}' },
      { on: 'pod:mongodb-reservation#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-reservation-mongo in pod %POD%_hotel-reservation(%PODUID%)', first: -33, last: -0.4, count: 148, fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}' },
      { on: 'pod:reservation#0', reason: 'Pulled', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', first: -31, last: -4.1, count: 8, fieldPath: 'spec.containers{hotel-reserv-reservation}' },
      { on: 'pod:reservation#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-reservation in pod %POD%_hotel-reservation(%PODUID%)', first: -29, last: -0.2, count: 121, fieldPath: 'spec.containers{hotel-reserv-reservation}' },
      { on: 'deploy:geo', reason: 'ScalingReplicaSet', message: 'Scaled up replica set geo-%NEW% to 1', first: -55, last: -55 },
      { on: 'deploy:geo', reason: 'ScalingReplicaSet', message: 'Scaled down replica set geo-%OLD% to 0 from 1', first: -54.4, last: -54.4 },
    ],
    logs: {
      'mongodb-reservation#0/hotel-reserv-reservation-mongo/previous': mongoStart(T1, -3.2, '%POD%'),
      'reservation#0/hotel-reserv-reservation/previous': [
        ...resvBoot(T1, -4.1),
        zl(T1, -3.6, 'FTL', 'cmd/reservation/db.go:36', SEL('%SVCIP:mongodb-reservation%')),
      ],
      'geo#0/hotel-reserv-geo': [
        zl(T1, -54.5, 'INF', 'cmd/geo/main.go:23', 'Reading config...'),
        zl(T1, -54.5, 'INF', 'cmd/geo/main.go:36', 'Read database URL: mongodb-geo:27017'),
        zl(T1, -54.5, 'INF', 'cmd/geo/main.go:37', 'Initializing DB connection...'),
        zl(T1, -54.5, 'INF', 'cmd/geo/db.go:29', 'New session successfull...'),
        zl(T1, -54.5, 'INF', 'cmd/geo/db.go:31', 'Generating test data...'),
        zl(T1, -54.4, 'INF', 'cmd/geo/main.go:40', 'Successfull'),
        zl(T1, -54.4, 'INF', 'cmd/geo/main.go:45', 'Read target port: 8083'),
        zl(T1, -54.4, 'INF', 'cmd/geo/main.go:46', 'Read consul address: consul:8500'),
        zl(T1, -54.4, 'INF', 'cmd/geo/main.go:47', 'Read jaeger address: jaeger:6831'),
        zl(T1, -54.4, 'INF', 'cmd/geo/main.go:57', 'Initializing jaeger agent [service name: geo | host: jaeger:6831]...'),
        zl(T1, -54.4, 'INF', 'cmd/geo/main.go:62', 'Jaeger agent initialized'),
        zl(T1, -54.4, 'INF', 'cmd/geo/main.go:64', 'Initializing consul agent [host: consul:8500]...'),
        zl(T1, -54.4, 'INF', 'cmd/geo/main.go:69', 'Consul agent initialized'),
        zl(T1, -54.4, 'INF', 'cmd/geo/main.go:80', 'Starting server...'),
      ],
    },
  },
];

