// Batch s35a (blind dev): one hotel-reservation incident as a kit spec — mongodb-reservation's 1Gi Azure disk fills up, mongod
// aborts on ENOSPC and cannot start again, and the reservation service panics on every start while the database is gone.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const INC = '2026-06-02T02:52:00Z';
const T = clock(INC);

// zerolog ConsoleWriter with colours, as the image's cmd/*/main.go configures it (kubectl logs keep the ANSI escapes).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', PNC: '\x1b[1m\x1b[31mPNC\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const mlog = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: T.isoMs(min).replace('Z', '+00:00') }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });

const mongoBoot = (m) => [
  mlog(m, 'I', 'CONTROL', 23285, 'main', 'Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols \'none\''),
  mlog(m, 'W', 'ASIO', 22601, 'main', 'No TransportLayer configured during NetworkInterface startup'),
  mlog(m, 'I', 'NETWORK', 4648601, 'main', 'Implicit TCP FastOpen unavailable. If TCP FastOpen is required, set tcpFastOpenServer, tcpFastOpenClient, and tcpFastOpenQueueSize.'),
  mlog(m + 0.001, 'I', 'STORAGE', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host: '%POD%' }),
  mlog(m + 0.001, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: { version: '4.4.6', gitVersion: '72e66213c2c3eab37d9358d5e78ad7f5c1d0d0d7', openSSLVersion: 'OpenSSL 1.1.1f  31 Mar 2020', modules: [], allocator: 'tcmalloc', environment: { distmod: 'ubuntu2004', distarch: 'x86_64', target_arch: 'x86_64' } } }),
  mlog(m + 0.001, 'I', 'CONTROL', 51765, 'initandlisten', 'Operating System', { os: { name: 'Ubuntu', version: '20.04' } }),
  mlog(m + 0.001, 'I', 'CONTROL', 21951, 'initandlisten', 'Options set by command line', { options: { net: { bindIp: '*' } } }),
  mlog(m + 0.002, 'I', 'STORAGE', 22297, 'initandlisten', 'Using the XFS filesystem is strongly recommended with the WiredTiger storage engine. See http://dochub.mongodb.org/core/prodnotes-filesystem', undefined),
  mlog(m + 0.002, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', { config: 'create,cache_size=7470M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000,close_scan_interval=10,close_handle_minimum=250),statistics_log=(wait=0),verbose=[recovery_progress,checkpoint_progress,compact_progress],' }),
];

export const scenarios = [
  {
    folder: 's35a-mongodb-reservation-disk-full',
    description: 'hotel site: bookings failing since about 02:40, reserve button gives 500',
    incidentTime: INC,
    expected: { component: 'mongodb-reservation', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'mongodb-reservation', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (DeathStarBench hotelReservation kubernetes/ + helm chart at 6ecb097): mongodb-reservation runs mongo:4.4.6 with
      --bind_ip_all and /data/db on PVC reservation-pvc (1Gi here, managed-csi); reservation (hotel-reserv-reservation, port 8087) reads
      mongodb-reservation:27017 and memcached-reserve from its config.json; the frontend calls reservation over gRPC through consul.
      Fault: the reservation collection, the "number" collection and WiredTiger's journal (100 MB preallocated log files) fill the 1Gi
      Azure disk after months of load tests. At 02:39 a checkpoint's pwrite fails with ENOSPC, mongod logs WiredTiger error 28 "No space
      left on device" and aborts on an fassert; every restart fails the same way while opening WiredTiger (id 22435 then 28595
      "Terminating." reason "28: No space left on device", fassert 23091/23092, "Got signal: 6 (Aborted)"), exit 134, CrashLoopBackOff.
      reservation (mgo) panics through zerolog's log.Panic when a MakeReservation insert fails ("no reachable servers"), and then on
      every start in initializeDatabase (mgo.Dial fails), so its own CrashLoopBackOff is louder and newer-looking than the database's.
      The careful answer is disk exhaustion on mongodb-reservation's volume; the PVC itself is Bound and mounted (not storage-unavailable).
      Decoys: geo rolled out 40 minutes earlier (LOG_LEVEL DEBUG back to INFO, healthy), an old jaeger restart.`,
    workloads: {
      'mongodb-reservation': {
        pods: [{ containers: { 'hotel-reserv-reservation-mongo': cs.crashLoop({ restarts: 6, exitCode: 134, reason: 'Error', startedAt: T.iso(-2.6), finishedAt: T.iso(-2.55), backoff: '2m40s', container: 'hotel-reserv-reservation-mongo' }) } }],
      },
      reservation: {
        pods: [{ containers: { 'hotel-reserv-reservation': cs.crashLoop({ restarts: 5, exitCode: 2, reason: 'Error', startedAt: T.iso(-1.9), finishedAt: T.iso(-1.4), backoff: '2m40s', container: 'hotel-reserv-reservation' }) } }],
      },
      geo: { rollout: { at: -40, oldReplicas: 0, oldContainers: { 'hotel-reserv-geo': { env: [{ name: 'TLS', value: '0' }, { name: 'LOG_LEVEL', value: 'DEBUG' }, { name: 'JAEGER_SAMPLE_RATIO', value: '0.01' }, { name: 'MEMC_TIMEOUT', value: '2' }, { name: 'GC', value: '100' }] } } } },
      jaeger: { pods: [{ containers: { 'hotel-reserv-jaeger': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 31), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 31 - 0.1) } }) } }] },
    },
    events: [
      { on: 'pod:mongodb-reservation#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-reservation-mongo in pod %POD%_hotel-reservation(%PODUID%)', first: -12.6, last: -0.3, count: 51, fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}' },
      { on: 'pod:mongodb-reservation#0', reason: 'Pulled', message: 'Container image "mongo:4.4.6" already present on machine', first: -12.9, last: -2.7, count: 6, fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}' },
      { on: 'pod:mongodb-reservation#0', reason: 'Created', message: 'Created container hotel-reserv-reservation-mongo', first: -12.9, last: -2.7, count: 6, fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}' },
      { on: 'pod:mongodb-reservation#0', reason: 'Started', message: 'Started container hotel-reserv-reservation-mongo', first: -12.9, last: -2.6, count: 6, fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}' },
      { on: 'pod:reservation#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-reservation in pod %POD%_hotel-reservation(%PODUID%)', first: -11.2, last: -0.1, count: 47, fieldPath: 'spec.containers{hotel-reserv-reservation}' },
      { on: 'pod:reservation#0', reason: 'Pulled', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', first: -12.4, last: -2.0, count: 5, fieldPath: 'spec.containers{hotel-reserv-reservation}' },
      { on: 'pod:reservation#0', reason: 'Started', message: 'Started container hotel-reserv-reservation', first: -12.4, last: -1.9, count: 5, fieldPath: 'spec.containers{hotel-reserv-reservation}' },
      { on: 'deploy:geo', reason: 'ScalingReplicaSet', message: 'Scaled up replica set geo-%NEW% to 1', first: -40, last: -40 },
      { on: 'deploy:geo', reason: 'ScalingReplicaSet', message: 'Scaled down replica set geo-%OLD% to 0 from 1', first: -39.4, last: -39.4 },
    ],
    logs: {
      'mongodb-reservation#0/hotel-reserv-reservation-mongo/previous': [
        ...mongoBoot(-2.6),
        mlog(-2.57, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: 28, message: `[${Math.floor(Date.parse(T.iso(-2.57)) / 1000)}:418263][1:0x7f6d1c2b5c80], connection: __posix_file_write, 615: /data/db/journal/WiredTigerTmplog.0000000001: handle-write: pwrite: failed to write 128 bytes at offset 0: No space left on device` }),
        mlog(-2.57, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: 28, message: `[${Math.floor(Date.parse(T.iso(-2.57)) / 1000)}:418391][1:0x7f6d1c2b5c80], connection: __log_open, 1135: log file /data/db/journal/WiredTigerTmplog.0000000001 prealloc: No space left on device` }),
        mlog(-2.57, 'F', 'STORAGE', 28595, 'initandlisten', 'Terminating.', { reason: '28: No space left on device' }),
        mlog(-2.57, 'F', '-', 23091, 'initandlisten', 'Fatal assertion', { msgid: 28595, file: 'src/mongo/db/storage/wiredtiger/wiredtiger_kv_engine.cpp', line: 954 }),
        mlog(-2.57, 'F', '-', 23092, 'initandlisten', '\n\n***aborting after fassert() failure\n\n'),
        mlog(-2.57, 'F', 'CONTROL', 4757800, 'initandlisten', 'Writing fatal message', { message: 'Got signal: 6 (Aborted).\n' }),
      ],
      'reservation#0/hotel-reserv-reservation/previous': [
        zl(-1.9, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
        zl(-1.9, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
        zl(-1.9, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
        zl(-1.9, 'INF', 'cmd/reservation/main.go:23', 'Reading config...'),
        zl(-1.9, 'INF', 'cmd/reservation/main.go:36', 'Read database URL: mongodb-reservation:27017'),
        zl(-1.9, 'INF', 'cmd/reservation/main.go:37', 'Initializing DB connection...'),
        zl(-1.4, 'PNC', 'cmd/reservation/db.go:31', 'no reachable servers'),
        'panic: no reachable servers',
        '',
        'goroutine 1 [running]:',
        'github.com/rs/zerolog.(*Logger).Panic.func1({0xc0000b4048?, 0x0?})',
        '\t/workspace/vendor/github.com/rs/zerolog/log.go:396 +0x27',
        'github.com/rs/zerolog.(*Event).msg(0xc0001c6000, {0xc0000b4048, 0x14})',
        '\t/workspace/vendor/github.com/rs/zerolog/event.go:158 +0x2c2',
        'github.com/rs/zerolog.(*Event).Msg(...)',
        '\t/workspace/vendor/github.com/rs/zerolog/event.go:110',
        'main.initializeDatabase({0xc00002a0f0, 0x19})',
        '\t/workspace/cmd/reservation/db.go:31 +0x18e',
        'main.main()',
        '\t/workspace/cmd/reservation/main.go:39 +0x5b4',
      ],
      'geo#0/hotel-reserv-geo': [
        zl(-39.5, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
        zl(-39.5, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
        zl(-39.5, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
        zl(-39.5, 'INF', 'cmd/geo/main.go:23', 'Reading config...'),
        zl(-39.5, 'INF', 'cmd/geo/main.go:36', 'Read database URL: mongodb-geo:27017'),
        zl(-39.5, 'INF', 'cmd/geo/main.go:37', 'Initializing DB connection...'),
        zl(-39.4, 'INF', 'cmd/geo/db.go:29', 'New session successfull...'),
        zl(-39.4, 'INF', 'cmd/geo/db.go:31', 'Generating test data...'),
        zl(-39.4, 'INF', 'cmd/geo/main.go:40', 'Successfull'),
        zl(-39.4, 'INF', 'cmd/geo/main.go:43', 'Read target port: 8083'),
        zl(-39.4, 'INF', 'cmd/geo/main.go:44', 'Read consul address: consul:8500'),
        zl(-39.4, 'INF', 'cmd/geo/main.go:45', 'Read jaeger address: jaeger:6831'),
        zl(-39.4, 'INF', 'cmd/geo/main.go:54', 'Initializing jaeger agent [service name: geo | host: jaeger:6831]...'),
        zl(-39.4, 'INF', 'tracing/tracer.go:26', 'Jaeger client: adjusted sample ratio 0.010000'),
        zl(-39.4, 'INF', 'cmd/geo/main.go:59', 'Jaeger agent initialized'),
        zl(-39.4, 'INF', 'cmd/geo/main.go:61', 'Initializing consul agent [host: consul:8500]...'),
        zl(-39.4, 'INF', 'cmd/geo/main.go:66', 'Consul agent initialized'),
        zl(-39.4, 'INF', 'cmd/geo/main.go:77', 'Starting server...'),
        zl(-39.4, 'INF', 'registry/registry.go:91', 'Trying to register service [ name: srv-geo, id: 6f1b9c2e-4d3a-4e8b-9a71-2c5d8e0f3b14, address: %PODIP%:8083 ]'),
        zl(-39.4, 'INF', 'services/geo/server.go:110', 'Successfully registered in consul'),
      ],
    },
  },
];
