// Batch s45b blind dev scenario for DeathStarBench hotelReservation (session-3 system definition): mongodb-reservation's
// 1Gi Azure disk fills up, mongod aborts on ENOSPC and crash-loops; reservation panics on every Mongo error and is louder.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export const system = base;
export { defaultPvcs };

// zerolog ConsoleWriter as the services print it (TimeFormat RFC3339, Caller(), colours on).
const LV = { INF: '\x1b[32mINF\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', PNC: '\x1b[1m\x1b[31mPNC\x1b[0m\x1b[0m' };
const zl = (T, min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
// mongod 4.4 structured log lines.
const ml = (T, min, s, c, id, ctx, msg, attr) =>
  JSON.stringify({ t: { $date: T.isoMs(min).replace('Z', '+00:00') }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });

const T1 = clock('2026-11-18T19:42:00Z');
const HOST = 'mongodb-reservation';
const mongoStart = (T, m) => [
  ml(T, m, 'I', 'CONTROL', 23285, 'main', "Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols 'none'"),
  ml(T, m, 'W', 'ASIO', 22601, 'main', 'No TransportLayer configured during NetworkInterface startup'),
  ml(T, m, 'I', 'NETWORK', 4648601, 'main', 'Implicit TCP FastOpen unavailable. If TCP FastOpen is required, set tcpFastOpenServer, tcpFastOpenClient, and tcpFastOpenQueueSize.'),
  ml(T, m + 0.001, 'I', 'STORAGE', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host: '%POD%' }),
  ml(T, m + 0.001, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: { version: '4.4.6', gitVersion: '72e66213c2c3eab37d9358d5e78ad7f5c1d0d0d7', openSSLVersion: 'OpenSSL 1.1.1f  31 Mar 2020', modules: [], allocator: 'tcmalloc', environment: { distmod: 'ubuntu2004', distarch: 'x86_64', target_arch: 'x86_64' } } }),
  ml(T, m + 0.001, 'I', 'CONTROL', 21951, 'initandlisten', 'Options set by command line', { options: { net: { bindIp: '*' } } }),
  ml(T, m + 0.002, 'I', 'STORAGE', 22270, 'initandlisten', 'Storage engine to use detected by data files', { dbpath: '/data/db', storageEngine: 'wiredTiger' }),
  ml(T, m + 0.002, 'I', 'STORAGE', 22297, 'initandlisten', 'Using the XFS filesystem is strongly recommended with the WiredTiger storage engine. See http://dochub.mongodb.org/core/prodnotes-filesystem', undefined),
  ml(T, m + 0.002, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', { config: 'create,cache_size=7485M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000,close_scan_interval=10,close_handle_minimum=250),statistics_log=(wait=0),verbose=[recovery_progress,checkpoint_progress,compact_progress],' }),
];
const enospc = (T, m, file) => [
  ml(T, m, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: 28, message: `[${Math.floor(Date.parse(T.isoMs(m)) / 1000)}:418223][1:0x7f3c2a1f4c80], connection: __posix_file_write, 617: /data/db/${file}: handle-write: pwrite: failed to write 4096 bytes at offset 104857600: No space left on device` }),
  ml(T, m, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: 28, message: `[${Math.floor(Date.parse(T.isoMs(m)) / 1000)}:418301][1:0x7f3c2a1f4c80], connection: __log_open_verify, 1032: /data/db/journal/WiredTigerLog.0000000041: log file pre-allocation failed: No space left on device` }),
  ml(T, m + 0.01, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: 28, message: 'int __cdecl __wt_panic(WT_SESSION_IMPL *, int): the process must exit and restart: No space left on device' }),
  ml(T, m + 0.01, 'F', '-', 23089, 'initandlisten', 'Fatal assertion', { msgid: 50853, file: 'src/mongo/db/storage/wiredtiger/wiredtiger_util.cpp', line: 531 }),
  '',
  '***aborting after fassert() failure',
  '',
  '',
];

const resBoot = (T, m) => [
  zl(T, m, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(T, m, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(T, m, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(T, m, 'INF', 'cmd/reservation/main.go:23', 'Reading config...'),
  zl(T, m, 'INF', 'cmd/reservation/main.go:38', 'Read database URL: mongodb-reservation:27017'),
  zl(T, m, 'INF', 'cmd/reservation/main.go:39', 'Initializing DB connection...'),
];
const selErr = 'server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-reservation:27017, Type: Unknown, Last error: connection() error occurred during connection handshake: dial tcp %SVCIP:mongodb-reservation%:27017: connect: connection refused }, ] }';
const resPanic = (T, m) => [
  zl(T, m, 'PNC', 'cmd/reservation/db.go:46', selErr),
  `panic: ${selErr}`,
  '',
  'goroutine 1 [running]:',
  'github.com/rs/zerolog.(*Logger).Panic.func1({0xc0003a2000?, 0x0?})',
  '\t/workspace/vendor/github.com/rs/zerolog/log.go:396 +0x27',
  'github.com/rs/zerolog.(*Event).msg(0xc0001e8150, {0xc0003a2000, 0x12f})',
  '\t/workspace/vendor/github.com/rs/zerolog/event.go:158 +0x2c2',
  'github.com/rs/zerolog.(*Event).Msg(...)',
  '\t/workspace/vendor/github.com/rs/zerolog/event.go:110',
  'main.initializeDatabase({0xc00003a0c0, 0x1d})',
  '\t/workspace/cmd/reservation/db.go:46 +0x3f9',
  'main.main()',
  '\t/workspace/cmd/reservation/main.go:41 +0x4a5',
];
const feErr = (T, m, ip) =>
  zl(T, m, 'ERR', 'services/frontend/server.go:265', `rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp ${ip}:8087: connect: connection refused"`);
const feOk = (T, m) => zl(T, m, 'INF', 'services/frontend/server.go:188', 'searchHandler gets searchResp');

export const scenarios = [
  {
    folder: 's45b-reservation-mongo-disk-full',
    description: 'hotel frontend returning 500 on search + booking since ~19:25',
    incidentTime: '2026-11-18T19:42:00Z',
    expected: { component: 'mongodb-reservation', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'mongodb-reservation', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Deployment, image (mongo:4.4.6, --bind_ip_all), limits and the 1Gi managed-csi claim reservation-pvc as the session-3
      system definition has them (DeathStarBench hotelReservation kubernetes/ + helm-chart at 6ecb097). The wrk2/locust
      mixed workload writes a document per reserved night; with the journal (WiredTigerLog pre-allocation, 100 MB files) the
      1Gi Azure disk runs full. mongod 4.4 logs WiredTiger error 28 "No space left on device", WT_PANIC and "Fatal assertion"
      / "***aborting after fassert() failure" and exits (exit code 14, MongoDB's abrupt-exit code), and the kubelet backs it
      off (CrashLoopBackOff, 6 restarts). Nothing in the API says "disk full": the claim is Bound, the node has no
      DiskPressure (the claim is a separate Azure disk); only mongod's own log says so. reservation's main.go calls
      initializeDatabase, which log.Panic()s on a Mongo error (services use zerolog Panic on every Mongo error, as
      services/reservation/server.go does with "Tried to find hotelId [...] but got error%!(EXTRA string=...)"), so reservation
      crash-loops too and is the louder component; frontend logs gRPC Unavailable to reservation's pod IP (consul resolution).
      Decoy: a healthy recommendation rollout 50 minutes earlier. Expected: the full volume of mongodb-reservation
      (resource-exhaustion: disk space); crash-loop on the same component is also accepted.
    `,
    workloads: {
      'mongodb-reservation': {
        pods: [{
          node: 'aks-nodepool1-27419563-vmss000001',
          created: T1.iso(-60 * 24 * 11),
          readyTransition: T1.iso(-17.3),
          containers: {
            'hotel-reserv-reservation-mongo': cs.crashLoop({ restarts: 6, exitCode: 14, startedAt: T1.iso(-2.9), finishedAt: T1.iso(-2.8), backoff: '2m40s', container: 'hotel-reserv-reservation-mongo' }),
          },
        }],
        endpointsChanged: -17.3,
        unavailableSince: -17.3,
      },
      reservation: {
        pods: [{
          node: 'aks-nodepool1-27419563-vmss000002',
          created: T1.iso(-60 * 24 * 11),
          readyTransition: T1.iso(-16.8),
          containers: {
            'hotel-reserv-reservation': cs.crashLoop({ restarts: 5, exitCode: 2, startedAt: T1.iso(-1.9), finishedAt: T1.iso(-1.4), backoff: '2m40s', container: 'hotel-reserv-reservation' }),
          },
        }],
        endpointsChanged: -16.8,
        unavailableSince: -16.8,
      },
      recommendation: {
        rollout: { at: -50, revision: 4 },
        containers: { 'hotel-reserv-recommendation': { image: 'hotelres.azurecr.io/hotel-reservation:8f1d2c4' } },
      },
    },
    events: [
      { on: 'pod:mongodb-reservation#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-reservation-mongo in pod %POD%_hotel-reservation(%PODUID%)', first: -16.9, last: -0.4, count: 41, fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}' },
      { on: 'pod:mongodb-reservation#0', reason: 'Pulled', message: 'Container image "mongo:4.4.6" already present on machine', first: -17.4, last: -2.9, count: 7, fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}' },
      { on: 'pod:mongodb-reservation#0', reason: 'Started', message: 'Started container hotel-reserv-reservation-mongo', first: -17.4, last: -2.9, count: 7, fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}' },
      { on: 'pod:reservation#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-reservation in pod %POD%_hotel-reservation(%PODUID%)', first: -15.2, last: -0.2, count: 33, fieldPath: 'spec.containers{hotel-reserv-reservation}' },
      { on: 'pod:reservation#0', reason: 'Pulled', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', first: -16.9, last: -2.4, count: 6, fieldPath: 'spec.containers{hotel-reserv-reservation}' },
      { on: 'deploy:recommendation', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendation-%NEW% to 1', first: -50, last: -50 },
      { on: 'deploy:recommendation', reason: 'ScalingReplicaSet', message: 'Scaled down replica set recommendation-%OLD% to 0 from 1', first: -49.4, last: -49.4 },
    ],
    logs: {
      'mongodb-reservation#0/hotel-reserv-reservation-mongo/previous': [
        ...mongoStart(T1, -5.7),
        ml(T1, -5.68, 'I', 'STORAGE', 22430, 'initandlisten', 'WiredTiger message', { message: `[${Math.floor(Date.parse(T1.isoMs(-5.68)) / 1000)}:88120][1:0x7f9a0c3b1c80], txn-recover: [WT_VERB_RECOVERY_PROGRESS] Recovering log 40 through 41` }),
        ...enospc(T1, -5.61, 'journal/WiredTigerTmplog.0000000001'),
      ],
      'mongodb-reservation#0/hotel-reserv-reservation-mongo': [
        ...mongoStart(T1, -2.9),
        ml(T1, -2.88, 'I', 'STORAGE', 22430, 'initandlisten', 'WiredTiger message', { message: `[${Math.floor(Date.parse(T1.isoMs(-2.88)) / 1000)}:102411][1:0x7f3c2a1f4c80], txn-recover: [WT_VERB_RECOVERY_PROGRESS] Recovering log 40 through 41` }),
        ...enospc(T1, -2.81, 'journal/WiredTigerTmplog.0000000001'),
      ],
      'reservation#0/hotel-reserv-reservation/previous': [
        ...resBoot(T1, -4.6),
        ...resPanic(T1, -4.1),
      ],
      'reservation#0/hotel-reserv-reservation': [
        ...resBoot(T1, -1.9),
        ...resPanic(T1, -1.4),
      ],
      'frontend#0/hotel-reserv-frontend': [
        feOk(T1, -24.2), feOk(T1, -21.7), feOk(T1, -19.1),
        zl(T1, -17.0, 'ERR', 'services/frontend/server.go:265', 'rpc error: code = Unavailable desc = error reading from server: EOF'),
        feErr(T1, -16.6, '%IPOF:reservation#0%'), feErr(T1, -14.2, '%IPOF:reservation#0%'), feErr(T1, -11.8, '%IPOF:reservation#0%'),
        zl(T1, -9.5, 'ERR', 'services/frontend/server.go:265', 'rpc error: code = Unavailable desc = error reading from server: EOF'),
        feErr(T1, -7.1, '%IPOF:reservation#0%'), feErr(T1, -4.4, '%IPOF:reservation#0%'), feErr(T1, -1.0, '%IPOF:reservation#0%'),
      ],
      'frontend#1/hotel-reserv-frontend': [
        feOk(T1, -23.4), feOk(T1, -18.8),
        feErr(T1, -15.9, '%IPOF:reservation#0%'), feErr(T1, -12.3, '%IPOF:reservation#0%'), feErr(T1, -8.0, '%IPOF:reservation#0%'), feErr(T1, -2.6, '%IPOF:reservation#0%'),
      ],
      'recommendation#0/hotel-reserv-recommendation': [
        zl(T1, -49.6, 'INF', 'cmd/recommendation/main.go:23', 'Reading config...'),
        zl(T1, -49.6, 'INF', 'cmd/recommendation/main.go:37', 'Read database URL: mongodb-recommendation:27017'),
        zl(T1, -49.6, 'INF', 'cmd/recommendation/main.go:38', 'Initializing DB connection...'),
        zl(T1, -49.5, 'INF', 'cmd/recommendation/db.go:38', 'New session successfull...'),
        zl(T1, -49.5, 'INF', 'cmd/recommendation/main.go:72', 'Starting server...'),
      ],
    },
  },
];
