// Batch s31c (blind dev): one hotel-reservation incident — mongodb-reservation's 1Gi volume fills up, WiredTiger panics and
// mongod cannot start again ("No space left on device"), while the reservation service crash-loops louder in front of it.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const INC = '2026-04-14T09:52:00Z';
const T = clock(INC);
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', FTL: '\x1b[1m\x1b[31mFTL\x1b[0m\x1b[0m', PNC: '\x1b[1m\x1b[31mPNC\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const ml = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: T.isoMs(min).replace('Z', '+00:00') }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });
const wtTs = (min) => `[${Math.floor(Date.parse(T.isoMs(min)) / 1000)}:${String(Math.round((min * 60000) % 1000 + 1000) * 371).slice(0, 6)}][1:0x7f3c2a1b0c80]`;
const mongoSvcIp = '%SVCIP:mongodb-reservation%';
const selErr = `server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-reservation:27017, Type: Unknown, Last error: dial tcp ${mongoSvcIp}:27017: connect: connection refused }, ] }`;

const mongodStart = (min, host) => [
  ml(min, 'I', 'CONTROL', 23285, 'main', "Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols 'none'"),
  ml(min, 'W', 'ASIO', 22601, 'main', 'No TransportLayer configured during NetworkInterface startup'),
  ml(min, 'I', 'NETWORK', 4648601, 'main', 'Implicit TCP FastOpen unavailable. If TCP FastOpen is required, set tcpFastOpenServer, tcpFastOpenClient, and tcpFastOpenQueueSize.'),
  ml(min, 'I', 'STORAGE', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host }),
  ml(min, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: { version: '4.4.6', gitVersion: '72e66213c2c3eab37d9358d5e78ad7f5c1d0d0d7', openSSLVersion: 'OpenSSL 1.1.1f  31 Mar 2020', modules: [], allocator: 'tcmalloc', environment: { distmod: 'ubuntu2004', distarch: 'x86_64', target_arch: 'x86_64' } } }),
  ml(min, 'I', 'CONTROL', 51765, 'initandlisten', 'Operating System', { os: { name: 'Ubuntu', version: '20.04' } }),
  ml(min, 'I', 'CONTROL', 21951, 'initandlisten', 'Options set by command line', { options: { net: { bindIp: '*' } } }),
  ml(min + 0.001, 'I', 'STORAGE', 22270, 'initandlisten', 'Storage engine to use detected by data files', { dbpath: '/data/db', storageEngine: 'wiredTiger' }),
  ml(min + 0.001, 'I', 'STORAGE', 22297, 'initandlisten', 'Using the XFS filesystem is strongly recommended with the WiredTiger storage engine. See http://dochub.mongodb.org/core/prodnotes-filesystem', undefined),
  ml(min + 0.002, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', { config: 'create,cache_size=256M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000,close_scan_interval=10,close_handle_minimum=250),statistics_log=(wait=0),verbose=[recovery_progress,checkpoint_progress,compact_progress],' }),
];
const wtErr = (min, file, n) => ml(min, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: 28, message: `${wtTs(min)}, connection: __posix_file_write, 616: /data/db/journal/${file}: handle-write: pwrite: failed to write ${n} bytes at offset 0: No space left on device` });
const mongodFail = (min) => [
  wtErr(min, 'WiredTigerTmplog.0000000001', 128),
  ml(min + 0.001, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: 28, message: `${wtTs(min + 0.001)}, connection: __log_open_verify, 1047: /data/db/journal/WiredTigerTmplog.0000000001: log file pre-allocation failed: No space left on device` }),
  ml(min + 0.002, 'F', 'STORAGE', 28595, 'initandlisten', 'Terminating.', { reason: '28: No space left on device' }),
  ml(min + 0.002, 'F', '-', 23091, 'initandlisten', 'Fatal assertion', { msgid: 28595, file: 'src/mongo/db/storage/wiredtiger/wiredtiger_kv_engine.cpp', line: 1128 }),
  ml(min + 0.002, 'F', '-', 23092, 'initandlisten', '\n\n***aborting after fassert() failure\n\n'),
];

const resvBoot = (min) => [
  zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(min, 'INF', 'cmd/reservation/main.go:23', 'Reading config...'),
  zl(min, 'INF', 'cmd/reservation/main.go:36', 'Read database URL: mongodb-reservation:27017'),
  zl(min, 'INF', 'cmd/reservation/main.go:37', 'Initializing DB connection...'),
];

export const scenarios = [
  {
    folder: 's31c-reservation-mongo-disk-full',
    incidentTime: INC,
    description: 'hotel booking returning 500 since ~09:15, search is flaky too. reservation pod keeps restarting',
    expected: { component: 'mongodb-reservation', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'mongodb-reservation', cause: 'crash-loop' }],
    difficulty: 'hard',
    traits: ['louder-dependents', 'partial-name', 'time-expression'],
    grounding: `
      DeathStarBench hotelReservation (helm chart at 6ecb097): mongodb-reservation runs mongo:4.4.6 with /data/db on the 1Gi PVC
      reservation-pvc (managed-csi); reservation (services/reservation/server.go) writes one document per night of every booking and
      log.Panic()s on any Mongo error after a memcached miss ("Tried to find hotelId [%v] from date [%v] to date [%v], but got error" with
      the error as an unformatted extra argument, so zerolog prints %!(EXTRA string=…)), and cmd/reservation's start-up inserts its data
      and exits on a Mongo error — so a dead mongod crash-loops reservation in front of it.
      The fault: months of wrk2 booking traffic plus the WiredTiger journal fill the 1Gi volume. At 09:14 a journal write fails with
      errno 28 (WiredTiger "__posix_file_write … pwrite: failed to write … No space left on device", the real message shape), WiredTiger
      panics and mongod aborts; every restart then fails while pre-allocating the journal (log id 22435, then fatal 28595 "Terminating."
      reason "28: No space left on device", exit code 14 as LOGV2_FATAL_NOTRACE exits), so mongodb-reservation is in CrashLoopBackOff.
      Nothing in the Kubernetes API says the disk is full (the PVC is Bound, no kubelet event): only the mongod log does. reservation
      crash-loops louder (panic, exit 2, then mongo-go-driver "server selection error … connection refused" at start, exit 1) and the
      frontend's search (CheckAvailability) and booking fail. Fix: expand the PVC (managed-csi allows expansion). Decoy: a healthy
      recommendation rollout three hours earlier.`,
    workloads: {
      'mongodb-reservation': {
        unavailableSince: -38,
        endpointsChanged: -38,
        pods: [{ containers: { 'hotel-reserv-reservation-mongo': cs.crashLoop({ restarts: 9, exitCode: 14, startedAt: T.iso(-3.9), finishedAt: T.iso(-3.85), container: 'hotel-reserv-reservation-mongo' }) } }],
      },
      reservation: {
        unavailableSince: -37,
        endpointsChanged: -37,
        pods: [{ containers: { 'hotel-reserv-reservation': cs.crashLoop({ restarts: 8, exitCode: 1, startedAt: T.iso(-2.6), finishedAt: T.iso(-2.1), container: 'hotel-reserv-reservation' }) } }],
      },
      recommendation: { rollout: { at: -182 }, containers: { 'hotel-reserv-recommendation': { env: [...system.workloads.find((w) => w.name === 'recommendation').containers[0].env.filter((e) => e.name !== 'LOG_LEVEL'), { name: 'LOG_LEVEL', value: 'WARN' }] } } },
    },
    events: [
      { on: 'pod:mongodb-reservation#0', reason: 'Pulled', message: 'Container image "mongo:4.4.6" already present on machine', fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}', first: -37.9, last: -3.9, count: 9 },
      { on: 'pod:mongodb-reservation#0', reason: 'Created', message: 'Created container hotel-reserv-reservation-mongo', fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}', first: -37.9, last: -3.9, count: 9 },
      { on: 'pod:mongodb-reservation#0', reason: 'Started', message: 'Started container hotel-reserv-reservation-mongo', fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}', first: -37.9, last: -3.9, count: 9 },
      { on: 'pod:mongodb-reservation#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-reservation-mongo in pod %POD%_hotel-reservation(%PODUID%)', fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}', first: -37.5, last: -0.3, count: 171 },
      { on: 'pod:reservation#0', reason: 'Pulled', message: `Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine`, fieldPath: 'spec.containers{hotel-reserv-reservation}', first: -36.8, last: -2.7, count: 8 },
      { on: 'pod:reservation#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-reservation in pod %POD%_hotel-reservation(%PODUID%)', fieldPath: 'spec.containers{hotel-reserv-reservation}', first: -35.9, last: -0.8, count: 152 },
      { on: 'deploy:recommendation', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendation-%NEW% to 1', first: -182, last: -182 },
      { on: 'deploy:recommendation', reason: 'ScalingReplicaSet', message: 'Scaled down replica set recommendation-%OLD% to 0 from 1', first: -181.4, last: -181.4 },
    ],
    logs: {
      'mongodb-reservation#0/hotel-reserv-reservation-mongo/previous': [...mongodStart(-3.9, '%POD%'), ...mongodFail(-3.86)],
      'reservation#0/hotel-reserv-reservation/previous': [
        ...resvBoot(-2.6),
        zl(-2.1, 'FTL', 'cmd/reservation/db.go:51', selErr),
      ],
      'search#0/hotel-reserv-search': [
        zl(-60 * 24 * 9 + 0.3, 'INF', 'cmd/search/main.go:23', 'Reading config...'),
        zl(-60 * 24 * 9 + 0.3, 'INF', 'cmd/search/main.go:69', 'Successfull'),
        zl(-60 * 24 * 9 + 0.4, 'INF', 'services/search/server.go:91', 'Successfully registered in consul'),
      ],
      'rate#0/hotel-reserv-rate': [
        zl(-60 * 24 * 9 + 0.3, 'INF', 'cmd/rate/main.go:23', 'Reading config...'),
        zl(-60 * 24 * 9 + 0.35, 'INF', 'cmd/rate/main.go:43', 'Initializing DB connection...'),
        zl(-60 * 24 * 9 + 0.36, 'INF', 'cmd/rate/main.go:45', 'Successfull'),
      ],
    },
  },
];
