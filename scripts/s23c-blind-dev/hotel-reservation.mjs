// Batch s23c blind dev scenario for hotel-reservation (session-3 system of scripts/s3-scenarios/hotel-reservation.mjs): the 1Gi
// Azure disk of mongodb-reservation fills up, mongod aborts on ENOSPC and reservation panics on every start; written blind, split dev.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const T = clock('2026-08-19T14:47:00Z');
// zerolog ConsoleWriter as the image prints it (colours on, RFC3339, Caller()).
const LV = { INF: '\x1b[32mINF\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', PNC: '\x1b[1m\x1b[31mPNC\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
// mongod 4.4 structured log
const ml = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: T.isoMs(min).replace('Z', '+00:00') }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });
const wtTs = (min) => `[${Math.floor(Date.parse(T.isoMs(min)) / 1000)}:${412301 + Math.round(min * 1000) % 1000}][1:0x7f2b9c3e5c80]`;

const mongoStart = (m) => [
  ml(m, 'I', 'CONTROL', 23285, 'main', "Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols 'none'"),
  ml(m, 'I', 'NETWORK', 4648601, 'main', 'Implicit TCP FastOpen unavailable. If TCP FastOpen is required, set tcpFastOpenServer, tcpFastOpenClient, and tcpFastOpenQueueSize.'),
  ml(m, 'I', 'STORAGE', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host: '%POD%' }),
  ml(m, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: { version: '4.4.6', gitVersion: '72e66213c2c3eab37d9358d5e78ad7f5c1d0d0d7', openSSLVersion: 'OpenSSL 1.1.1f  31 Mar 2020', modules: [], allocator: 'tcmalloc', environment: { distmod: 'ubuntu2004', distarch: 'x86_64', target_arch: 'x86_64' } } }),
  ml(m, 'I', 'CONTROL', 21951, 'initandlisten', 'Options set by command line', { options: { net: { bindIp: '*' } } }),
  ml(m + 0.001, 'I', 'STORAGE', 22270, 'initandlisten', 'Storage engine to use detected by data files', { dbpath: '/data/db', storageEngine: 'wiredTiger' }),
  ml(m + 0.001, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', { config: 'create,cache_size=256M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000,close_scan_interval=10,close_handle_minimum=250),statistics_log=(wait=0),verbose=[recovery_progress,checkpoint_progress,compact_progress],' }),
  ml(m + 0.01, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: 28, message: `${wtTs(m + 0.01)}, connection: __posix_file_write, 617: /data/db/journal/WiredTigerTmplog.0000000001: handle-write: pwrite: failed to write 128 bytes at offset 0: No space left on device` }),
  ml(m + 0.01, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: 28, message: `${wtTs(m + 0.01)}, connection: __log_open_verify, 1055: No space left on device` }),
  ml(m + 0.012, 'W', 'STORAGE', 22347, 'initandlisten', 'Failed to start up WiredTiger under any compatibility version. This may be due to an unsupported upgrade or downgrade.'),
  ml(m + 0.012, 'F', 'STORAGE', 28595, 'initandlisten', 'Terminating.', { reason: '28: No space left on device' }),
  ml(m + 0.012, 'F', '-', 23091, 'initandlisten', 'Fatal assertion', { msgid: 28595, file: 'src/mongo/db/storage/wiredtiger/wiredtiger_kv_engine.cpp', line: 1128 }),
  ml(m + 0.012, 'F', '-', 23092, 'initandlisten', '\n\n***aborting after fassert() failure\n\n'),
];

const resStart = (m) => [
  zl(m, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(m, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(m, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(m, 'INF', 'cmd/reservation/main.go:23', 'Reading config...'),
  zl(m, 'INF', 'cmd/reservation/main.go:36', 'Read database URL: mongodb-reservation:27017'),
  zl(m, 'INF', 'cmd/reservation/main.go:37', 'Initializing DB connection...'),
  zl(m + 0.17, 'PNC', 'cmd/reservation/db.go:17', 'no reachable servers'),
  'panic: no reachable servers',
  '',
  'goroutine 1 [running]:',
  'github.com/rs/zerolog.(*Logger).Panic.func1({0xc000030240?, 0x0?})',
  '\t/workspace/vendor/github.com/rs/zerolog/log.go:396 +0x27',
  'github.com/rs/zerolog.(*Event).msg(0xc0001b8000, {0xc000030240, 0x14})',
  '\t/workspace/vendor/github.com/rs/zerolog/event.go:158 +0x2c2',
  'github.com/rs/zerolog.(*Event).Msg(...)',
  '\t/workspace/vendor/github.com/rs/zerolog/event.go:110',
  'main.initializeDatabase({0xc00003a0c0, 0x19})',
  '\t/workspace/cmd/reservation/db.go:17 +0x1c5',
  'main.main()',
  '\t/workspace/cmd/reservation/main.go:38 +0x5e5',
];

const feLog = [];
[-24.5, -21.0, -19.2].forEach((m) => feLog.push(zl(m, 'INF', 'services/frontend/server.go:131', 'searchHandler [lat: 37.7867, lon: -122.4112, inDate: 2015-04-09, outDate: 2015-04-10]')));
[-16.8, -16.1, -15.2, -14.0, -12.7, -11.1, -9.8, -8.4, -6.9, -5.5, -4.0, -2.6, -1.2].forEach((m, i) => {
  feLog.push(zl(m, 'INF', 'services/frontend/server.go:131', `searchHandler [lat: 37.${7767 + i * 13}, lon: -122.${4012 + i * 7}, inDate: 2015-04-${String(9 + (i % 9)).padStart(2, '0')}, outDate: 2015-04-${String(10 + (i % 9)).padStart(2, '0')}]`));
  feLog.push(zl(m + 0.01, 'ERR', 'services/frontend/server.go:164', i < 2
    ? 'SearchHandler CheckAvailability failed: rpc error: code = Unavailable desc = error reading from server: EOF'
    : 'SearchHandler CheckAvailability failed: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:reservation#0%:8087: connect: connection refused"'));
  if (i % 4 === 1) feLog.push(zl(m + 0.2, 'ERR', 'services/frontend/server.go:329', 'reservationHandler MakeReservation failed: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:reservation#0%:8087: connect: connection refused"'));
});

export const scenarios = [
  {
    folder: 's23c-mongodb-reservation-disk-full',
    incidentTime: '2026-08-19T14:47:00Z',
    description: 'hotel search returns 500 for everyone since ~14:30, reservation pod keeps restarting',
    expected: { component: 'mongodb-reservation', cause: 'resource-exhaustion' },
    alsoAcceptable: [
      { component: 'mongodb-reservation', cause: 'storage-unavailable' },
      { component: 'mongodb-reservation', cause: 'crash-loop' },
    ],
    difficulty: 'medium',
    traits: ['louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      The kit's hotel-reservation keeps mongodb-reservation's /data/db on the reservation-pvc claim, 1Gi of managed-csi (Azure disk);
      the reservations collection is the one that grows, with every MakeReservation of the wrk2 mixed workload left running for
      weeks, and mongod 4.4 adds its journal (WiredTigerLog files of 100MB, preallocated WiredTigerPreplog/Tmplog) and up to 200MB of
      diagnostic.data. At 14:30 a checkpoint hit ENOSPC and mongod aborted; every restart now fails opening WiredTiger with WiredTiger
      error 28 "No space left on device", "Failed to start up WiredTiger under any compatibility version", fatal assertion 28595 and
      "***aborting after fassert() failure" (the 4.4 structured log ids as mongod prints them), exit 134 on SIGABRT, CrashLoopBackOff.
      The reservation service (cmd/reservation/main.go: "Read database URL", "Initializing DB connection...", then db.go's mgo.Dial,
      whose error goes to log.Panic) panicked on a CheckAvailability that missed memcached-reserve, and now panics with "no reachable
      servers" on every start, so it crash-loops too and is louder. frontend's search handler calls reservation's CheckAvailability for
      every search, so every search is a 500 (first EOF as the server died, then connection refused at the pod IP consul still lists).
      Nothing in the Kubernetes API says the disk is full (the claim is Bound, no event): only mongod's log does. Decoy: jaeger's
      OOMKilled restart two days ago. Expected: mongodb-reservation out of disk space (resource exhaustion); storage-unavailable
      and crash-loop on mongodb-reservation are also accepted, since a careful engineer would accept either name for this fault on
      this component.`,
    workloads: {
      'mongodb-reservation': {
        pods: [{ containers: { 'hotel-reserv-reservation-mongo': cs.crashLoop({ restarts: 7, exitCode: 134, startedAt: T.iso(-2.6), finishedAt: T.iso(-2.59), container: 'hotel-reserv-reservation-mongo' }) }, readyTransition: T.iso(-17.1) }],
        unavailableSince: -17.1,
      },
      reservation: {
        pods: [{ containers: { 'hotel-reserv-reservation': cs.crashLoop({ restarts: 6, exitCode: 2, startedAt: T.iso(-1.9), finishedAt: T.iso(-1.72), container: 'hotel-reserv-reservation' }) }, readyTransition: T.iso(-16.9) }],
        unavailableSince: -16.9,
      },
      jaeger: {
        pods: [{ containers: { 'hotel-reserv-jaeger': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 49), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 49 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'pod:mongodb-reservation#0', reason: 'Pulled', message: 'Container image "mongo:4.4.6" already present on machine', fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}', first: -16.9, last: -2.6, count: 8 },
      { on: 'pod:mongodb-reservation#0', reason: 'Created', message: 'Created container hotel-reserv-reservation-mongo', fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}', first: -16.9, last: -2.6, count: 8 },
      { on: 'pod:mongodb-reservation#0', reason: 'Started', message: 'Started container hotel-reserv-reservation-mongo', fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}', first: -16.9, last: -2.6, count: 8 },
      { on: 'pod:mongodb-reservation#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-reservation-mongo in pod %POD%_hotel-reservation(%PODUID%)', fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}', first: -16.5, last: -0.3, count: 64 },
      { on: 'pod:reservation#0', reason: 'Pulled', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', fieldPath: 'spec.containers{hotel-reserv-reservation}', first: -16.8, last: -1.9, count: 7 },
      { on: 'pod:reservation#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-reservation in pod %POD%_hotel-reservation(%PODUID%)', fieldPath: 'spec.containers{hotel-reserv-reservation}', first: -16.2, last: -0.2, count: 58 },
    ],
    logs: {
      'mongodb-reservation#0/hotel-reserv-reservation-mongo': mongoStart(-2.6),
      'mongodb-reservation#0/hotel-reserv-reservation-mongo/previous': mongoStart(-2.6),
      'reservation#0/hotel-reserv-reservation': resStart(-1.9),
      'reservation#0/hotel-reserv-reservation/previous': resStart(-1.9),
      'frontend#0/hotel-reserv-frontend': feLog,
      'frontend#1/hotel-reserv-frontend': feLog.filter((_, i) => i % 3 === 0),
      'search#0/hotel-reserv-search': [
        zl(-60 * 24 * 5 + 1, 'INF', 'cmd/search/main.go:54', 'Successfull'),
        zl(-60 * 24 * 5 + 1, 'INF', 'services/search/server.go:101', 'Successfully registered in consul'),
      ],
    },
  },
];
