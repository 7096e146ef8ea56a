// Batch s46b held-out scenario for DeathStarBench hotelReservation (split: test), written blind against the kit and the
// session-3 system definition; see each scenario's grounding.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export const system = base;
export { defaultPvcs };

const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (T, min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const mlog = (T, min, s, c, id, ctx, msg, attr) =>
  JSON.stringify({ t: { $date: T.isoMs(min).replace('Z', '+00:00') }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });

const ep = (T, m) => Math.floor(Date.parse(T.isoMs(m)) / 1000);
const T1 = clock('2026-05-12T14:41:00Z');
const mongoStart = (T, m) => [
  mlog(T, m, 'I', 'CONTROL', 23285, 'main', 'Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols \'none\''),
  mlog(T, m, 'I', 'NETWORK', 4648601, 'main', 'Implicit TCP FastOpen unavailable. If TCP FastOpen is required, set tcpFastOpenServer, tcpFastOpenClient, and tcpFastOpenQueueSize.'),
  mlog(T, m + 0.001, 'I', 'STORAGE', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host: '%POD%' }),
  mlog(T, m + 0.001, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: { version: '4.4.6', gitVersion: '72e66213c2c3eab37d9358d5e78ad7f5c1d0d0d7', openSSLVersion: 'OpenSSL 1.1.1f  31 Mar 2020', modules: [], allocator: 'tcmalloc', environment: { distmod: 'ubuntu2004', distarch: 'x86_64', target_arch: 'x86_64' } } }),
  mlog(T, m + 0.002, 'I', 'CONTROL', 21951, 'initandlisten', 'Options set by command line', { options: { net: { bindIp: '*' } } }),
  mlog(T, m + 0.003, 'I', 'STORAGE', 22270, 'initandlisten', 'Storage engine to use detected by data files', { dbpath: '/data/db', storageEngine: 'wiredTiger' }),
  mlog(T, m + 0.003, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', { config: 'create,cache_size=7474M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000,close_scan_interval=10,close_handle_minimum=250),statistics_log=(wait=0),verbose=[recovery_progress,checkpoint_progress,compact_progress],' }),
];
const enospc = (T, m, file, bytes) => mlog(T, m, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', {
  error: 28,
  message: `[${ep(T, m)}:412907][1:0x7f3c9e1c2c80], txn-recover: __posix_file_write, 615: /data/db/${file}: handle-write: pwrite: failed to write ${bytes} bytes at offset 0: No space left on device`,
});

export const scenarios = [
  {
    folder: 's46b-reservation-mongo-volume-full',
    description: 'hotel site: booking a room fails with an error since about 14:20, search still works',
    incidentTime: '2026-05-12T14:41:00Z',
    expected: { component: 'mongodb-reservation', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'mongodb-reservation', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['time-expression', 'louder-dependents', 'decoy'],
    grounding: `
      Manifest facts: mongodb-reservation runs mongo:4.4.6 with --bind_ip_all and /data/db on the 1Gi claim reservation-pvc
      (managed-csi, disk.csi.azure.com) as the DeathStarBench helm chart sizes it; reservation reads it at mongodb-reservation:27017.
      Fault: the 1Gi Azure disk fills with reservation documents and WiredTiger journal files after months of load-generator
      traffic; WiredTiger's pwrite fails with ENOSPC (error 28), mongod hits a fatal assertion and exits 14, and every restart
      fails again during journal recovery ("No space left on device"), so the pod is in CrashLoopBackOff with 7 restarts.
      Modelled on the many public reports of mongod exiting with code 14 on a full volume (MongoDB JIRA/community threads:
      "WiredTiger error ... No space left on device", "Fatal assertion 28559"). The expected answer is the exhausted volume
      space on mongodb-reservation; crash-loop on it is also accepted, as the restarts are what the cluster shows.
      Callers: reservation (mongo-go-driver server selection errors, connection refused once the Endpoints empty) and frontend
      (reservation RPC errors), louder than the database. Search/geo/rate paths stay healthy.
      Decoys: jaeger OOMKilled two days ago (restart count 1), a healthy frontend rollout three hours earlier.`,
    workloads: {
      'mongodb-reservation': {
        pods: [{
          containers: {
            'hotel-reserv-reservation-mongo': cs.crashLoop({ restarts: 7, exitCode: 14, startedAt: T1.iso(-3.4), finishedAt: T1.iso(-3.3), container: 'hotel-reserv-reservation-mongo' }),
          },
          readyTransition: T1.iso(-21),
        }],
        endpointsChanged: -21,
      },
      jaeger: {
        pods: [{ containers: { 'hotel-reserv-jaeger': cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 49), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 49 - 0.2) } }) } }],
      },
      frontend: { rollout: { at: -185, revision: 6 }, pods: [{}, {}] },
    },
    events: [
      { on: 'pod:mongodb-reservation#0', reason: 'Pulled', message: 'Container image "mongo:4.4.6" already present on machine', first: -21, last: -3.4, count: 8, fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}' },
      { on: 'pod:mongodb-reservation#0', reason: 'Created', message: 'Created container hotel-reserv-reservation-mongo', first: -21, last: -3.4, count: 8, fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}' },
      { on: 'pod:mongodb-reservation#0', reason: 'Started', message: 'Started container hotel-reserv-reservation-mongo', first: -21, last: -3.4, count: 8, fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}' },
      { on: 'pod:mongodb-reservation#0', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-reservation-mongo in pod %POD%_hotel-reservation(%PODUID%)', first: -20, last: -0.6, count: 88, type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}' },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 2 from 1', first: -184.5 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -184 },
    ],
    logs: {
      'mongodb-reservation#0/hotel-reserv-reservation-mongo': [
        ...mongoStart(T1, -3.4),
        enospc(T1, -3.35, 'journal/WiredTigerLog.0000000412', 128),
        mlog(T1, -3.35, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: 28, message: `[${ep(T1, -3.35)}:413102][1:0x7f3c9e1c2c80], WT_SESSION.checkpoint: __posix_file_write, 615: /data/db/WiredTiger.turtle.set: handle-write: pwrite: failed to write 1478 bytes at offset 0: No space left on device` }),
        mlog(T1, -3.34, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: -31804, message: `[${ep(T1, -3.34)}:413190][1:0x7f3c9e1c2c80], txn-recover: __wt_panic, 490: the process must exit and restart: WT_PANIC: WiredTiger library panic` }),
        mlog(T1, -3.34, 'F', '-', 23089, 'initandlisten', 'Fatal assertion', { msgid: 50853, file: 'src/mongo/db/storage/wiredtiger/wiredtiger_util.cpp', line: 481 }),
        mlog(T1, -3.34, 'F', '-', 23090, 'initandlisten', '\n\n***aborting after fassert() failure\n\n'),
      ],
      'mongodb-reservation#0/hotel-reserv-reservation-mongo/previous': [
        ...mongoStart(T1, -8.9),
        enospc(T1, -8.85, 'journal/WiredTigerLog.0000000412', 128),
        mlog(T1, -8.84, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: -31804, message: `[${ep(T1, -8.84)}:118733][1:0x7f2d10a35c80], txn-recover: __wt_panic, 490: the process must exit and restart: WT_PANIC: WiredTiger library panic` }),
        mlog(T1, -8.84, 'F', '-', 23089, 'initandlisten', 'Fatal assertion', { msgid: 50853, file: 'src/mongo/db/storage/wiredtiger/wiredtiger_util.cpp', line: 481 }),
        mlog(T1, -8.84, 'F', '-', 23090, 'initandlisten', '\n\n***aborting after fassert() failure\n\n'),
      ],
      'reservation#0/hotel-reserv-reservation': [
        zl(T1, -60 * 24 * 9, 'INF', 'cmd/reservation/main.go:38', 'Read database URL: mongodb-reservation:27017'),
        zl(T1, -60 * 24 * 9, 'INF', 'cmd/reservation/main.go:39', 'Initializing DB connection...'),
        zl(T1, -60 * 24 * 9, 'INF', 'cmd/reservation/main.go:41', 'Successfull'),
        zl(T1, -60 * 24 * 9, 'INF', 'cmd/reservation/main.go:82', 'Starting server...'),
        zl(T1, -21.3, 'ERR', 'services/reservation/server.go:121', 'Failed to insert reservation: connection(mongodb-reservation:27017[-412]) incomplete read of message header: EOF'),
        zl(T1, -20.6, 'ERR', 'services/reservation/server.go:121', 'Failed to insert reservation: connection() error occurred during connection handshake: dial tcp %SVCIP:mongodb-reservation%:27017: connect: connection refused'),
        ...[-18.2, -15.7, -12.9, -10.1, -7.4, -4.8, -2.2, -0.4].map((m) =>
          zl(T1, m, 'ERR', 'services/reservation/server.go:104', 'Failed to query reservations: server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-reservation:27017, Type: Unknown, Last error: connection() error occurred during connection handshake: dial tcp %SVCIP:mongodb-reservation%:27017: connect: connection refused }, ] }')),
      ],
      'frontend#0/hotel-reserv-frontend': [
        zl(T1, -184, 'INF', 'cmd/frontend/main.go:89', 'Starting server...'),
        ...[-20.4, -17.9, -14.2, -11.6, -8.3, -5.1, -1.9].map((m) =>
          zl(T1, m, 'ERR', 'services/frontend/server.go:359', 'MakeReservation failed: rpc error: code = Unknown desc = server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-reservation:27017, Type: Unknown, Last error: connection() error occurred during connection handshake: dial tcp %SVCIP:mongodb-reservation%:27017: connect: connection refused }, ] }')),
      ],
      'frontend#1/hotel-reserv-frontend': [
        zl(T1, -183.5, 'INF', 'cmd/frontend/main.go:89', 'Starting server...'),
        ...[-19.7, -16.1, -12.4, -9.8, -6.2, -3.3, -0.7].map((m) =>
          zl(T1, m, 'ERR', 'services/frontend/server.go:359', 'MakeReservation failed: rpc error: code = Unknown desc = server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-reservation:27017, Type: Unknown, Last error: connection() error occurred during connection handshake: dial tcp %SVCIP:mongodb-reservation%:27017: connect: connection refused }, ] }')),
      ],
      'search#0/hotel-reserv-search': [
        zl(T1, -60 * 24 * 9, 'INF', 'cmd/search/main.go:72', 'Starting server...'),
        zl(T1, -30, 'INF', 'services/search/server.go:81', 'nearby lat = 37.7835, lon = -122.4105'),
        zl(T1, -2, 'INF', 'services/search/server.go:81', 'nearby lat = 37.7749, lon = -122.4175'),
      ],
    },
  },
];
