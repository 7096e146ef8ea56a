// Batch s49a (blind dev): one DeathStarBench hotelReservation incident for the scenario kit, on the session-3
// hotel-reservation system with its default PVCs; built by scripts/s49a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs as pvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system };
export const defaultPvcs = pvcs;

const T = clock('2026-07-09T03:31:00Z');
// zerolog ConsoleWriter as the services print it (colours on, RFC3339, caller).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const mdate = (min) => T.isoMs(min).replace('Z', '+00:00');
const mlog = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: mdate(min) }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });
const wt = (sec) => `[${Math.floor(Date.parse(T.isoMs(sec)) / 1000)}:${String(Math.round(Math.abs(sec) * 7919) % 1000000).padStart(6, '0')}][1:0x7f9b4c2d1700]`;
const mongoStart = (min) => [
  mlog(min, 'I', 'CONTROL', 23285, 'main', 'Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols \'none\''),
  mlog(min, 'I', 'NETWORK', 4648601, 'main', 'Implicit TCP FastOpen unavailable. If TCP FastOpen is required, set tcpFastOpenServer, tcpFastOpenClient, and tcpFastOpenQueueSize.'),
  mlog(min + 0.01, 'I', 'STORAGE', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host: '%POD%' }),
  mlog(min + 0.01, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: { version: '4.4.6', gitVersion: '72e66213c2c3eab37d9358d5e78ad7f5c1d0d0d7', openSSLVersion: 'OpenSSL 1.1.1f  31 Mar 2020', modules: [], allocator: 'tcmalloc', environment: { distmod: 'ubuntu2004', distarch: 'x86_64', target_arch: 'x86_64' } } }),
  mlog(min + 0.01, 'I', 'CONTROL', 21951, 'initandlisten', 'Options set by command line', { options: { net: { bindIp: '*' } } }),
  mlog(min + 0.02, 'I', 'STORAGE', 22270, 'initandlisten', 'Storage engine to use detected by data files', { dbpath: '/data/db', storageEngine: 'wiredTiger' }),
  mlog(min + 0.02, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', { config: 'create,cache_size=256M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000,close_scan_interval=10,close_handle_minimum=250),statistics_log=(wait=0),verbose=[recovery_progress,checkpoint_progress,compact_progress],' }),
];
const enospc = (min, file, bytes) =>
  mlog(min, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: 28, message: `${wt(min)}, connection: __posix_file_write, 617: ${file}: handle-write: pwrite: failed to write ${bytes} bytes at offset 0: No space left on device` });
const crashAtStart = (min) => [
  ...mongoStart(min),
  enospc(min + 0.03, '/data/db/journal/WiredTigerTmplog.0000000001', 128),
  mlog(min + 0.03, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: 28, message: `${wt(min + 0.03)}, connection: __log_open_verify, 1082: No space left on device` }),
  mlog(min + 0.04, 'W', 'STORAGE', 22347, 'initandlisten', 'Failed to start up WiredTiger under any compatibility version. This may be due to an unsupported upgrade or downgrade.'),
  mlog(min + 0.04, 'F', 'STORAGE', 28595, 'initandlisten', 'Terminating.', { reason: '28: No space left on device' }),
  mlog(min + 0.04, 'F', '-', 23091, 'initandlisten', 'Fatal assertion', { msgid: 28595, file: 'src/mongo/db/storage/wiredtiger/wiredtiger_kv_engine.cpp', line: 1101 }),
  mlog(min + 0.04, 'F', '-', 23092, 'initandlisten', '\n\n***aborting after fassert() failure\n\n'),
];
const topo = `current topology: { Type: Unknown, Servers: [{ Addr: mongodb-reservation:27017, Type: Unknown, Last error: dial tcp %SVCIP:mongodb-reservation%:27017: connect: connection refused }, ] }`;

export const scenarios = [
  {
    folder: 's49a-mongodb-reservation-volume-full',
    incidentTime: '2026-07-09T03:31:00Z',
    description: 'hotel reservations failing with 500 since ~02:50, search partly broken too',
    expected: { component: 'mongodb-reservation', cause: 'resource-exhaustion' },
    alsoAcceptable: [
      { component: 'mongodb-reservation', cause: 'crash-loop' },
      { component: 'mongodb-reservation', cause: 'storage-unavailable' },
    ],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      DeathStarBench hotelReservation (helm chart / kubernetes manifests at 6ecb097): mongodb-reservation (mongo:4.4.6,
      --bind_ip_all, /data/db on PVC reservation-pvc, 1Gi managed-csi Azure disk as this cluster's values set it), read and
      written by the reservation service (MakeReservation inserts into reservation-db, CheckAvailability falls back to it on a
      memcached-reserve miss; the frontend calls reservation for /reservation and for availability in /hotels). Failure: the
      wrk2 load generator has been booking rooms for weeks and the 1Gi disk fills (journal files are preallocated 100MB
      each); at 02:48 a checkpoint write fails with WiredTiger error 28 "No space left on device" and mongod aborts, and every
      restart since fails while WiredTiger opens its journal ("Failed to start up WiredTiger under any compatibility
      version", fassert 28595 "Terminating." reason "28: No space left on device", exit code 14), the signature of a full
      dbPath in MongoDB's JIRA and forum threads. Nothing in the Kubernetes API says the disk is full (kubelet volume stats
      are metrics, not events): only mongod's own log does. reservation logs mongo-go-driver server-selection errors
      (connection refused on the Service IP, no ready endpoints) and the frontend relays "rpc error: code = Unknown"; both
      stay Ready. Decoys: a healthy frontend rollout an hour earlier (JAEGER_SAMPLE_RATIO change) and memcached-rate
      restarted once five days ago. Expected mongodb-reservation/resource-exhaustion (disk space); crash-loop and
      storage-unavailable on the same component also accepted.`,
    workloads: {
      'mongodb-reservation': {
        pods: [
          {
            containers: {
              'hotel-reserv-reservation-mongo': cs.crashLoop({ restarts: 9, exitCode: 14, reason: 'Error', startedAt: T.iso(-2.2), finishedAt: T.iso(-2.15), backoff: '5m0s', container: 'hotel-reserv-reservation-mongo' }),
            },
            readyTransition: T.iso(-42.6),
          },
        ],
        unavailableSince: -42.6,
        endpointsChanged: -42.6,
      },
      frontend: {
        rollout: { at: -63, revision: 5, oldReplicas: 0, oldContainers: { 'hotel-reserv-frontend': { env: [{ name: 'TLS', value: '0' }, { name: 'LOG_LEVEL', value: 'INFO' }, { name: 'JAEGER_SAMPLE_RATIO', value: '0.01' }, { name: 'MEMC_TIMEOUT', value: '2' }, { name: 'GC', value: '100' }] } } },
        containers: { 'hotel-reserv-frontend': { env: [{ name: 'TLS', value: '0' }, { name: 'LOG_LEVEL', value: 'INFO' }, { name: 'JAEGER_SAMPLE_RATIO', value: '0.05' }, { name: 'MEMC_TIMEOUT', value: '2' }, { name: 'GC', value: '100' }] } },
      },
      'memcached-rate': {
        pods: [{ containers: { 'hotel-reserv-rate-mmc': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 5), last: { exitCode: 137, reason: 'Error', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 24 * 5 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -63 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -62 },
      { on: 'pod:mongodb-reservation#0', reason: 'Pulled', fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}', message: 'Container image "mongo:4.4.6" already present on machine', first: -42.5, last: -2.2, count: 10 },
      { on: 'pod:mongodb-reservation#0', reason: 'Created', fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}', message: 'Created container hotel-reserv-reservation-mongo', first: -42.5, last: -2.2, count: 10 },
      { on: 'pod:mongodb-reservation#0', reason: 'Started', fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}', message: 'Started container hotel-reserv-reservation-mongo', first: -42.5, last: -2.2, count: 10 },
      { on: 'pod:mongodb-reservation#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}', message: 'Back-off restarting failed container hotel-reserv-reservation-mongo in pod %POD%_hotel-reservation(%PODUID%)', first: -42.3, last: -0.6, count: 176 },
    ],
    logs: {
      'mongodb-reservation#0/hotel-reserv-reservation-mongo/previous': crashAtStart(-2.2),
      'reservation#0/hotel-reserv-reservation': [
        zl(-44.1, 'INF', 'services/reservation/server.go:104', 'MakeReservation: customer Cornell_12, hotel 37, 2015-04-19 -> 2015-04-21'),
        zl(-42.7, 'ERR', 'services/reservation/server.go:127', 'MakeReservation: insert into reservation-db failed: connection(mongodb-reservation:27017[-41]) socket was unexpectedly closed: EOF'),
        zl(-42.6, 'ERR', 'services/reservation/server.go:212', `CheckAvailability: failed to query reservation-db: server selection error: context deadline exceeded, ${topo}`),
        zl(-30.2, 'ERR', 'services/reservation/server.go:127', `MakeReservation: insert into reservation-db failed: server selection error: context deadline exceeded, ${topo}`),
        zl(-12.8, 'ERR', 'services/reservation/server.go:212', `CheckAvailability: failed to query reservation-db: server selection error: context deadline exceeded, ${topo}`),
        zl(-4.1, 'ERR', 'services/reservation/server.go:127', `MakeReservation: insert into reservation-db failed: server selection error: context deadline exceeded, ${topo}`),
        zl(-0.9, 'ERR', 'services/reservation/server.go:212', `CheckAvailability: failed to query reservation-db: server selection error: context deadline exceeded, ${topo}`),
      ],
      'frontend#0/hotel-reserv-frontend': [
        zl(-62.5, 'INF', 'cmd/frontend/main.go:39', 'Read target port: 5000'),
        zl(-62.5, 'INF', 'services/frontend/server.go:61', 'Successfull'),
        zl(-30.1, 'ERR', 'services/frontend/server.go:295', 'reservationHandler: rpc error: code = Unknown desc = server selection error: context deadline exceeded, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-reservation:27017, Type: Unknown, Last error: dial tcp %SVCIP:mongodb-reservation%:27017: connect: connection refused }, ] }'),
        zl(-12.7, 'ERR', 'services/frontend/server.go:172', 'searchHandler: CheckAvailability: rpc error: code = Unknown desc = server selection error: context deadline exceeded'),
        zl(-4.0, 'ERR', 'services/frontend/server.go:295', 'reservationHandler: rpc error: code = Unknown desc = server selection error: context deadline exceeded, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-reservation:27017, Type: Unknown, Last error: dial tcp %SVCIP:mongodb-reservation%:27017: connect: connection refused }, ] }'),
      ],
    },
  },
];
