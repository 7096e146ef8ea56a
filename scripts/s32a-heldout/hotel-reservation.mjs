// Batch s32a held-out scenario for DeathStarBench hotelReservation (split: test), written blind; built by
// scripts/s32a-build.mjs with the kit and the session-3 system definition (scripts/s3-scenarios/hotel-reservation.mjs) and its PVCs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const T = clock('2026-09-14T16:05:00Z');
const FAIL = -21.4; // mongod hits ENOSPC during a checkpoint

// zerolog ConsoleWriter with colours, as the services print it.
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
// mongod 4.4 structured log.
const mdate = (min) => T.isoMs(min).replace('Z', '+00:00');
const ml = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: mdate(min) }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });
const wtTs = (min) => `[${Math.floor(Date.parse(T.isoMs(min)) / 1000)}:${String(Math.abs(Math.round(min * 7919)) % 1000000).padStart(6, '0')}][1:0x7f4c1b2e5700]`;

const mongoStartFail = (t) => [
  ml(t, 'I', 'CONTROL', 23285, 'main', "Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols 'none'"),
  ml(t, 'W', 'ASIO', 22601, 'main', 'No TransportLayer configured during NetworkInterface startup'),
  ml(t, 'I', 'NETWORK', 4648601, 'main', 'Implicit TCP FastOpen unavailable. If TCP FastOpen is required, set tcpFastOpenServer, tcpFastOpenClient, and tcpFastOpenQueueSize.'),
  ml(t + 0.001, 'I', 'STORAGE', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host: '%POD%' }),
  ml(t + 0.001, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: { version: '4.4.6', gitVersion: '72e66213c2c3eab37d9358d5e78ad7f5c1d0d0d7', openSSLVersion: 'OpenSSL 1.1.1f  31 Mar 2020', modules: [], allocator: 'tcmalloc', environment: { distmod: 'ubuntu2004', distarch: 'x86_64', target_arch: 'x86_64' } } }),
  ml(t + 0.001, 'I', 'CONTROL', 21951, 'initandlisten', 'Options set by command line', { options: { net: { bindIp: '*' } } }),
  ml(t + 0.002, 'W', 'STORAGE', 22271, 'initandlisten', 'Detected unclean shutdown - Lock file is not empty', { lockFile: '/data/db/mongod.lock' }),
  ml(t + 0.002, 'I', 'STORAGE', 22270, 'initandlisten', 'Storage engine to use detected by data files', { dbpath: '/data/db', storageEngine: 'wiredTiger' }),
  ml(t + 0.002, 'W', 'STORAGE', 22302, 'initandlisten', 'Recovering data from the last clean checkpoint.'),
  ml(t + 0.002, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', { config: 'create,cache_size=256M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000,close_scan_interval=10,close_handle_minimum=250),statistics_log=(wait=0),verbose=[recovery_progress,checkpoint_progress,compact_progress],' }),
  ml(t + 0.01, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: 28, message: `${wtTs(t + 0.01)}, file:WiredTiger.wt, connection: __posix_file_write, 615: /data/db/journal/WiredTigerTmplog.0000000001: handle-write: pwrite: failed to write 128 bytes at offset 0: No space left on device` }),
  ml(t + 0.01, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: 28, message: `${wtTs(t + 0.011)}, connection: __log_open_verify, 1101: No space left on device` }),
  ml(t + 0.012, 'W', 'STORAGE', 22347, 'initandlisten', 'Failed to start up WiredTiger under any compatibility version. This may be due to an unsupported upgrade or downgrade.'),
  ml(t + 0.012, 'F', 'STORAGE', 28595, 'initandlisten', 'Terminating.', { reason: '28: No space left on device' }),
  ml(t + 0.012, 'F', '-', 23091, 'initandlisten', 'Fatal assertion', { msgid: 28595, file: 'src/mongo/db/storage/wiredtiger/wiredtiger_kv_engine.cpp', line: 954 }),
  ml(t + 0.012, 'F', '-', 23092, 'initandlisten', '\n\n***aborting after fassert() failure\n\n'),
];

const selErr = (detail) => `server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-reservation:27017, Type: Unknown, Last error: ${detail} }, ] }`;
const reservationLog = () => {
  const out = [
    zl(-60 * 24 * 16, 'INF', 'cmd/reservation/main.go:38', 'Read database URL: mongodb-reservation:27017'),
    zl(-60 * 24 * 16, 'INF', 'cmd/reservation/main.go:39', 'Initializing DB connection...'),
    zl(-60 * 24 * 16, 'INF', 'cmd/reservation/main.go:41', 'Successfull'),
    zl(-60 * 24 * 16, 'INF', 'cmd/reservation/main.go:50', 'Read reservation memcashed address: memcached-reserve:11211'),
    zl(-60 * 24 * 16, 'INF', 'cmd/reservation/main.go:89', 'Starting server...'),
  ];
  out.push(zl(FAIL + 0.02, 'ERR', 'services/reservation/server.go:152', 'connection(mongodb-reservation:27017[-412]) incomplete read of message header: EOF'));
  out.push(zl(FAIL + 0.03, 'ERR', 'services/reservation/server.go:152', 'connection(mongodb-reservation:27017[-415]) incomplete read of message header: EOF'));
  for (let m = FAIL + 0.5, k = 0; m < -0.2; m += 0.45, k++) {
    const refused = `dial tcp %SVCIP:mongodb-reservation%:27017: connect: connection refused`;
    if (k % 3 === 2) out.push(zl(m, 'ERR', 'services/reservation/server.go:262', `Tried to get hotel availability from mongodb: ${selErr(refused)}`));
    else out.push(zl(m, 'ERR', 'services/reservation/server.go:152', `Tried to insert reservation: ${selErr(refused)}`));
  }
  return out;
};

export const scenarios = [
  {
    folder: 's32a-reservation-mongo-disk-full',
    split: 'test',
    incidentTime: '2026-09-14T16:05:00Z',
    description: 'hotelres: bookings fail with 500 for about 20 minutes, search page also errors now and then',
    expected: { component: 'mongodb-reservation', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'mongodb-reservation', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      delimitrou/DeathStarBench hotelReservation helm chart: mongodb-reservation runs mongo:4.4.6 --bind_ip_all with /data/db on
      the 1Gi PVC reservation-pvc (managed-csi); reservation (ReserveMongoAddress mongodb-reservation:27017, mongo-go-driver)
      writes every booking there and reads it for CheckAvailability on memcached-reserve misses; the frontend calls
      reservation for both /reservation and /hotels (search).
      Fault: the load generator's booking traffic since the last reset filled the 1Gi volume. At 15:43 a WiredTiger
      checkpoint hits ENOSPC and mongod aborts; on every restart WiredTiger cannot even create its journal file
      ("pwrite: failed to write 128 bytes ... No space left on device", "Failed to start up WiredTiger under any
      compatibility version", fassert 28595, "***aborting after fassert() failure", exit code 14), so the pod crash-loops
      with back-off. Nothing in the Kubernetes API says the disk is full (the PVC stays Bound at 1Gi); only mongod's log does.
      reservation stays Running and logs mongo-go-driver errors (EOF at the crash, then server selection errors with
      connection refused), so bookings and part of search fail.
      Decoys: a geo rollout 90 minutes earlier that completed normally; jaeger restarted once four days ago.`,
    workloads: {
      'mongodb-reservation': {
        unavailableSince: FAIL,
        endpointsChanged: -3.1,
        pods: [
          {
            created: T.iso(-60 * 24 * 16),
            containers: {
              'hotel-reserv-reservation-mongo': cs.crashLoop({ restarts: 8, exitCode: 14, startedAt: T.iso(-3.2), finishedAt: T.iso(-3.19), container: 'hotel-reserv-reservation-mongo' }),
            },
          },
        ],
      },
      geo: { rollout: { at: -90, revision: 5 } },
      jaeger: {
        pods: [{ containers: { 'hotel-reserv-jaeger': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 16), finishedAt: T.iso(-60 * 24 * 4 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'pod:mongodb-reservation#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}', message: 'Back-off restarting failed container hotel-reserv-reservation-mongo in pod %POD%(%PODUID%)', first: -21.1, last: -0.4, count: 93 },
      { on: 'pod:mongodb-reservation#0', reason: 'Pulled', fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}', message: 'Container image "mongo:4.4.6" already present on machine', first: -21.3, last: -3.2, count: 8 },
      { on: 'pod:mongodb-reservation#0', reason: 'Created', fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}', message: 'Created container hotel-reserv-reservation-mongo', first: -21.3, last: -3.2, count: 8 },
      { on: 'pod:mongodb-reservation#0', reason: 'Started', fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}', message: 'Started container hotel-reserv-reservation-mongo', first: -21.3, last: -3.2, count: 8 },
      { on: 'deploy:geo', reason: 'ScalingReplicaSet', message: 'Scaled up replica set geo-%NEW% to 1', first: -90 },
      { on: 'deploy:geo', reason: 'ScalingReplicaSet', message: 'Scaled down replica set geo-%OLD% to 0 from 1', first: -89.5 },
    ],
    logs: {
      'mongodb-reservation#0/hotel-reserv-reservation-mongo/previous': mongoStartFail(-3.2),
      'reservation#0/hotel-reserv-reservation': reservationLog(),
      'geo#0/hotel-reserv-geo': [
        zl(-89.5, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
        zl(-89.5, 'INF', 'cmd/geo/main.go:23', 'Reading config...'),
        zl(-89.4, 'INF', 'cmd/geo/main.go:38', 'Read database URL: mongodb-geo:27017'),
        zl(-89.4, 'INF', 'cmd/geo/main.go:41', 'Successfull'),
        zl(-89.4, 'INF', 'cmd/geo/main.go:77', 'Starting server...'),
      ],
    },
  },
];
