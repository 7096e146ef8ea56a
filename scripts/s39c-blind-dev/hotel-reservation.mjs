// Batch s39c (blind dev, split: dev): one hotel-reservation incident as a kit spec, on the session-3 system definition.
// A liveness exec probe with a 1 s timeout, added to every Mongo two days before, keeps killing the one mongod that got busy.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

// zerolog ConsoleWriter as the images print it (RFC3339, caller, ANSI colours kept by kubectl logs).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', PNC: '\x1b[1m\x1b[31mPNC\x1b[0m\x1b[0m' };
const zl = (T, min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const boot = (T, min, svc, port) => [
  zl(T, min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(T, min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(T, min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(T, min, 'INF', `cmd/${svc}/main.go:23`, 'Reading config...'),
  zl(T, min + 0.01, 'INF', `cmd/${svc}/main.go:36`, `Read database URL: mongodb-${svc}:27017`),
  zl(T, min + 0.01, 'INF', `cmd/${svc}/main.go:37`, 'Initializing DB connection...'),
  zl(T, min + 0.03, 'INF', `cmd/${svc}/main.go:39`, 'Successfull'),
  zl(T, min + 0.04, 'INF', `cmd/${svc}/main.go:65`, `Starting server at port ${port}...`),
];
const mdate = (T, min) => T.isoMs(min).replace('Z', '+00:00');
const mlog = (T, min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: mdate(T, min) }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });

const LIVENESS = {
  exec: { command: ['mongo', '--quiet', '--eval', "db.adminCommand('ping')"] },
  initialDelaySeconds: 30, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3,
};
const PROBE_CMD = "mongo --quiet --eval db.adminCommand('ping')";

// ---------------------------------------------------------------------------------------------------------------
const T1 = clock('2026-05-19T20:42:00Z');
const mongos = ['geo', 'profile', 'rate', 'recommendation', 'reservation', 'user'];
const probeRollouts = Object.fromEntries(
  mongos.map((m) => [
    `mongodb-${m}`,
    { rollout: { at: -60 * 24 * 2 - 25, revision: 2, oldContainers: { [`hotel-reserv-${m}-mongo`]: { livenessProbe: undefined } } }, containers: { [`hotel-reserv-${m}-mongo`]: { livenessProbe: LIVENESS } } },
  ]),
);

const slowQuery = (min, conn, hotel, inDate, outDate, docs, ms) =>
  mlog(T1, min, 'I', 'COMMAND', 51803, `conn${conn}`, 'Slow query', {
    type: 'command', ns: 'reservation-db.reservation', appName: '',
    command: { find: 'reservation', filter: { hotelId: String(hotel), inDate, outDate }, lsid: { id: { $uuid: '5d1c0a8e-3f47-4b9e-9d21-7a6c4e0b2f13' } }, $db: 'reservation-db' },
    planSummary: 'COLLSCAN', keysExamined: 0, docsExamined: docs, cursorExhausted: true, numYields: Math.round(docs / 1000), nreturned: 0,
    queryHash: '5E6A1B0C', planCacheKey: '5E6A1B0C', reslen: 114,
    locks: { ReplicationStateTransition: { acquireCount: { w: 1 } }, Global: { acquireCount: { r: 1 } }, Database: { acquireCount: { r: 1 } }, Collection: { acquireCount: { r: 1 } }, Mutex: { acquireCount: { r: 1 } } },
    storage: {}, protocol: 'op_msg', durationMillis: ms,
  });

const mongoShutdown = (min) => [
  mlog(T1, min, 'I', 'CONTROL', 23377, 'SignalHandler', 'Received signal', { signal: 15, error: 'Terminated' }),
  mlog(T1, min, 'I', 'CONTROL', 23378, 'SignalHandler', 'Signal was sent by kill(2)', { pid: 0, uid: 0 }),
  mlog(T1, min, 'I', 'CONTROL', 23381, 'SignalHandler', 'will terminate after current cmd ends'),
  mlog(T1, min + 0.001, 'I', 'REPL', 4784900, 'SignalHandler', 'Stepping down the ReplicationCoordinator for shutdown', { waitTimeMillis: 10000 }),
  mlog(T1, min + 0.002, 'I', 'COMMAND', 4784901, 'SignalHandler', 'Shutting down the MirrorMaestro'),
  mlog(T1, min + 0.002, 'I', 'NETWORK', 20562, 'SignalHandler', 'Shutdown: going to close listening sockets'),
  mlog(T1, min + 0.004, 'I', 'STORAGE', 4784930, 'SignalHandler', 'Shutting down the storage engine'),
  mlog(T1, min + 0.02, 'I', 'STORAGE', 22317, 'SignalHandler', 'WiredTigerKVEngine shutting down'),
  mlog(T1, min + 0.05, 'I', 'STORAGE', 4795902, 'SignalHandler', 'Closing WiredTiger', { closeConfig: 'leak_memory=true,' }),
  mlog(T1, min + 0.07, 'I', 'STORAGE', 4795901, 'SignalHandler', 'WiredTiger closed', { durationMillis: 311 }),
  mlog(T1, min + 0.07, 'I', 'CONTROL', 20565, 'SignalHandler', 'Now exiting'),
  mlog(T1, min + 0.07, 'I', 'CONTROL', 23138, 'SignalHandler', 'Shutting down', { exitCode: 0 }),
];
const mongoStart = (min) => [
  mlog(T1, min, 'I', 'CONTROL', 23285, 'main', 'Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols \'none\''),
  mlog(T1, min, 'I', 'CONTROL', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host: '%POD%' }),
  mlog(T1, min, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: { version: '4.4.6', gitVersion: '72e66213c2c3eab37d9358d5e78ad7f5c1d0d0d7', openSSLVersion: 'OpenSSL 1.1.1f  31 Mar 2020', modules: [], allocator: 'tcmalloc', environment: { distmod: 'ubuntu2004', distarch: 'x86_64', target_arch: 'x86_64' } } }),
  mlog(T1, min + 0.01, 'I', 'STORAGE', 22270, 'initandlisten', 'Storage engine to use detected by data files', { dbpath: '/data/db', storageEngine: 'wiredTiger' }),
  mlog(T1, min + 0.02, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', { config: 'create,cache_size=7454M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000,close_scan_interval=10,close_handle_minimum=250),statistics_log=(wait=0),verbose=[recovery_progress,checkpoint_progress,compact_progress],' }),
  mlog(T1, min + 0.05, 'I', 'STORAGE', 4795906, 'initandlisten', 'WiredTiger opened', { durationMillis: 1874 }),
  mlog(T1, min + 0.06, 'I', 'NETWORK', 23015, 'listener', 'Listening on', { address: '/tmp/mongodb-27017.sock' }),
  mlog(T1, min + 0.06, 'I', 'NETWORK', 23015, 'listener', 'Listening on', { address: '0.0.0.0' }),
  mlog(T1, min + 0.06, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
];
// the reservation handler panics through zerolog's Panic() on a failed Find (Msgf has an argument too many: %!(EXTRA ...))
const resPanic = (min, hotel, inDate, outDate, err) => [
  zl(T1, min, 'PNC', 'services/reservation/server.go:247', `Tried to find hotelId [${hotel}] from date [${inDate}] to date [${outDate}], but got error%!(EXTRA string=${err})`),
  `panic: Tried to find hotelId [${hotel}] from date [${inDate}] to date [${outDate}], but got error%!(EXTRA string=${err})`,
  '',
  'goroutine 2817 [running]:',
  'github.com/rs/zerolog.(*Logger).Panic.func1({0xc000aa6000?, 0x0?})',
  '\t/workspace/vendor/github.com/rs/zerolog/log.go:396 +0x27',
  'github.com/rs/zerolog.(*Event).msg(0xc0003e2a80, {0xc000aa6000, 0xb9})',
  '\t/workspace/vendor/github.com/rs/zerolog/event.go:158 +0x2c2',
  'github.com/rs/zerolog.(*Event).Msgf(0xc0003e2a80, {0xd1c3f1?, 0xc0004b2d80?}, {0xc000575c40?, 0xc0000a0000?, 0x1?})',
  '\t/workspace/vendor/github.com/rs/zerolog/event.go:131 +0x4e',
  'github.com/delimitrou/DeathStarBench/tree/master/hotelReservation/services/reservation.(*Server).CheckAvailability(0xc0001d4000, {0xe7a3c8, 0xc000c1e4b0}, 0xc0008f2000)',
  '\t/workspace/services/reservation/server.go:247 +0x9d6',
];

const scenarioProbe = {
  folder: 's39c-reservation-mongo-liveness-timeout',
  description: 'hotel site: searches and bookings failing on and off since ~20:10, reservation service keeps restarting',
  incidentTime: '2026-05-19T20:42:00Z',
  expected: { component: 'mongodb-reservation', cause: 'probe-failure' },
  difficulty: 'medium',
  traits: ['louder-dependents', 'time-expression', 'decoy'],
  grounding: `
    Manifests: DeathStarBench hotelReservation kubernetes/ at 6ecb097 as the session-3 system (mongo:4.4.6 --bind_ip_all, limits 1 CPU / 1Gi,
    no probes upstream; the reservation service reads reservation-db.reservation on every memcached miss in CheckAvailability).
    Fault: a "hardening" change two days before adds the same liveness probe to all six Mongo Deployments: exec
    mongo --quiet --eval db.adminCommand('ping') with timeoutSeconds 1 (revision 2 of each). The legacy mongo shell needs most of
    a second just to start; mongodb-reservation, whose reservation collection has grown under the nightly booking load and
    has no index on hotelId/inDate/outDate, runs COLLSCAN finds of 1-2 s (4.4 "Slow query" log lines, planSummary COLLSCAN) and sits
    at its CPU limit from ~20:08, so the probe command times out (kubelet: command "..." timed out), and after three failures the
    kubelet kills a healthy mongod: it logs SIGTERM "Signal was sent by kill(2)" and exits 0 (Completed), restarts 7 times,
    now in back-off between restarts. The other five Mongos carry the same probe and stay quiet.
    Callers: reservation's CheckAvailability panics through zerolog Panic() on a failed Find (the Msgf with a missing verb prints
    %!(EXTRA string=...)) with mongo-driver errors (incomplete read of message header: EOF, server selection error ... connection
    refused), so the reservation pod restarts too (exit 2) and is the louder one; the frontend logs gRPC Unavailable on search and
    reservation. The careful answer is the liveness probe killing mongodb-reservation (probe-failure); the COLLSCAN load is why it
    times out now, not a cause in the vocabulary that a restart-looping database would be named by.
    Decoys: a healthy profile rollout three hours earlier, an old jaeger OOMKill four days ago.
  `,
  workloads: {
    ...probeRollouts,
    'mongodb-reservation': {
      ...probeRollouts['mongodb-reservation'],
      pods: [{
        containers: {
          'hotel-reserv-reservation-mongo': cs.restartedRunning({
            restarts: 7, startedAt: T1.iso(-1.6),
            last: { exitCode: 0, reason: 'Completed', startedAt: T1.iso(-6.4), finishedAt: T1.iso(-3.9) },
          }),
        },
      }],
    },
    reservation: {
      pods: [{
        containers: {
          'hotel-reserv-reservation': cs.restartedRunning({
            restarts: 4, startedAt: T1.iso(-3.4),
            last: { exitCode: 2, reason: 'Error', startedAt: T1.iso(-9.1), finishedAt: T1.iso(-3.95) },
          }),
        },
      }],
    },
    profile: { rollout: { at: -183, revision: 5, oldContainers: { 'hotel-reserv-profile': { image: 'hotelres.azurecr.io/hotel-reservation:6ecb097' } } }, containers: { 'hotel-reserv-profile': { image: 'hotelres.azurecr.io/hotel-reservation:7a41f0c' } }, },
    jaeger: {
      pods: [{
        containers: {
          'hotel-reserv-jaeger': cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 24 * 4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 24 * 4 - 0.2) } }),
        },
      }],
    },
  },
  events: [
    { on: 'pod:mongodb-reservation#0', reason: 'Unhealthy', type: 'Warning', message: `Liveness probe failed: command "${PROBE_CMD}" timed out`, first: -33.5, last: -4.3, count: 23, fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}' },
    { on: 'pod:mongodb-reservation#0', reason: 'Killing', message: 'Container hotel-reserv-reservation-mongo failed liveness probe, will be restarted', first: -33.2, last: -4.0, count: 7, fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}' },
    { on: 'pod:mongodb-reservation#0', reason: 'Pulled', message: 'Container image "mongo:4.4.6" already present on machine', first: -32.9, last: -1.7, count: 7, fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}' },
    { on: 'pod:mongodb-reservation#0', reason: 'Started', message: 'Started container hotel-reserv-reservation-mongo', first: -32.9, last: -1.6, count: 7, fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}' },
    { on: 'pod:mongodb-reservation#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-reservation-mongo in pod %POD%_hotel-reservation(%PODUID%)', first: -14.8, last: -2.2, count: 6, fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}' },
    { on: 'pod:reservation#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-reservation in pod %POD%_hotel-reservation(%PODUID%)', first: -20.5, last: -3.7, count: 3, fieldPath: 'spec.containers{hotel-reserv-reservation}' },
    { on: 'pod:reservation#0', reason: 'Started', message: 'Started container hotel-reserv-reservation', first: -31.8, last: -3.4, count: 4, fieldPath: 'spec.containers{hotel-reserv-reservation}' },
    { on: 'deploy:profile', reason: 'ScalingReplicaSet', message: 'Scaled up replica set profile-%NEW% to 1', first: -183, last: -183 },
    { on: 'deploy:profile', reason: 'ScalingReplicaSet', message: 'Scaled down replica set profile-%OLD% to 0 from 1', first: -182.4, last: -182.4 },
  ],
  logs: {
    'mongodb-reservation#0/hotel-reserv-reservation-mongo/previous': [
      ...mongoStart(-6.4),
      mlog(T1, -6.3, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:reservation#0%:51872', connectionId: 9, connectionCount: 1 }),
      mlog(T1, -6.3, 'I', 'NETWORK', 51800, 'conn9', 'client metadata', { remote: '%IPOF:reservation#0%:51872', client: 'conn9', doc: { driver: { name: 'mongo-go-driver', version: 'v1.11.1' }, os: { type: 'linux', architecture: 'amd64' }, platform: 'go1.21.5' } }),
      slowQuery(-6.1, 9, 34, '2015-04-17', '2015-04-18', 1418223, 1342),
      slowQuery(-5.9, 11, 71, '2015-04-20', '2015-04-21', 1418227, 1766),
      slowQuery(-5.6, 12, 5, '2015-04-14', '2015-04-15', 1418231, 1904),
      mlog(T1, -5.4, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '127.0.0.1:47314', connectionId: 14, connectionCount: 6 }),
      mlog(T1, -5.2, 'I', 'NETWORK', 51800, 'conn14', 'client metadata', { remote: '127.0.0.1:47314', client: 'conn14', doc: { application: { name: 'MongoDB Shell' }, driver: { name: 'MongoDB Internal Client', version: '4.4.6' }, os: { type: 'Linux', name: 'Ubuntu', architecture: 'x86_64', version: '20.04' } } }),
      slowQuery(-5.1, 11, 102, '2015-04-09', '2015-04-10', 1418240, 2211),
      slowQuery(-4.7, 9, 18, '2015-04-22', '2015-04-23', 1418244, 1687),
      mlog(T1, -4.6, 'I', 'NETWORK', 22944, 'conn14', 'Connection ended', { remote: '127.0.0.1:47314', connectionId: 14, connectionCount: 5 }),
      slowQuery(-4.3, 12, 66, '2015-04-11', '2015-04-12', 1418251, 1973),
      ...mongoShutdown(-4.0),
    ],
    'mongodb-reservation#0/hotel-reserv-reservation-mongo': [
      ...mongoStart(-1.6),
      mlog(T1, -1.5, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:reservation#0%:52216', connectionId: 3, connectionCount: 1 }),
      slowQuery(-1.3, 3, 41, '2015-04-17', '2015-04-18', 1418260, 1519),
      slowQuery(-1.0, 5, 9, '2015-04-19', '2015-04-20', 1418262, 1838),
      slowQuery(-0.6, 6, 87, '2015-04-13', '2015-04-14', 1418262, 2046),
    ],
    'reservation#0/hotel-reserv-reservation/previous': [
      ...boot(T1, -9.1, 'reservation', 8087),
      zl(T1, -9.05, 'INF', 'cmd/reservation/main.go:45', 'Read reservation memcashed address: memcached-reserve:11211'),
      zl(T1, -9.05, 'INF', 'cmd/reservation/main.go:55', 'Initializing jaeger agent [service name: reservation | host: jaeger:6831]...'),
      zl(T1, -9.04, 'INF', 'cmd/reservation/main.go:66', 'Initializing consul agent [host: consul:8500]...'),
      zl(T1, -9.03, 'INF', 'services/reservation/server.go:72', 'Successfully registered in consul'),
      ...resPanic(-3.96, 58, '2015-04-16', '2015-04-17', 'connection(mongodb-reservation:27017[-131]) incomplete read of message header: EOF'),
    ],
    'reservation#0/hotel-reserv-reservation': [
      ...boot(T1, -3.4, 'reservation', 8087),
      zl(T1, -3.35, 'INF', 'cmd/reservation/main.go:45', 'Read reservation memcashed address: memcached-reserve:11211'),
      zl(T1, -3.35, 'INF', 'cmd/reservation/main.go:55', 'Initializing jaeger agent [service name: reservation | host: jaeger:6831]...'),
      zl(T1, -3.34, 'INF', 'cmd/reservation/main.go:66', 'Initializing consul agent [host: consul:8500]...'),
      zl(T1, -3.33, 'INF', 'services/reservation/server.go:72', 'Successfully registered in consul'),
    ],
    'frontend#0/hotel-reserv-frontend': [
      zl(T1, -40.2, 'INF', 'services/frontend/server.go:187', 'searchHandler [lat: 37.8162, lon: -122.1842, inDate: 2015-04-12, outDate: 2015-04-15]'),
      zl(T1, -33.1, 'ERR', 'services/frontend/server.go:212', 'SearchHandler CheckAvailability failed: rpc error: code = Unavailable desc = error reading from server: EOF'),
      zl(T1, -31.9, 'ERR', 'services/frontend/server.go:212', 'SearchHandler CheckAvailability failed: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:reservation#0%:8087: connect: connection refused"'),
      zl(T1, -24.6, 'ERR', 'services/frontend/server.go:212', 'SearchHandler CheckAvailability failed: rpc error: code = Unavailable desc = error reading from server: EOF'),
      zl(T1, -24.5, 'ERR', 'services/frontend/server.go:421', 'reservationHandler MakeReservation failed: rpc error: code = Unavailable desc = error reading from server: EOF'),
      zl(T1, -17.2, 'ERR', 'services/frontend/server.go:212', 'SearchHandler CheckAvailability failed: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:reservation#0%:8087: connect: connection refused"'),
      zl(T1, -9.2, 'ERR', 'services/frontend/server.go:212', 'SearchHandler CheckAvailability failed: rpc error: code = Unavailable desc = error reading from server: EOF'),
      zl(T1, -3.95, 'ERR', 'services/frontend/server.go:212', 'SearchHandler CheckAvailability failed: rpc error: code = Unavailable desc = error reading from server: EOF'),
      zl(T1, -3.9, 'ERR', 'services/frontend/server.go:421', 'reservationHandler MakeReservation failed: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:reservation#0%:8087: connect: connection refused"'),
      zl(T1, -3.6, 'ERR', 'services/frontend/server.go:212', 'SearchHandler CheckAvailability failed: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:reservation#0%:8087: connect: connection refused"'),
    ],
    'frontend#1/hotel-reserv-frontend': [
      zl(T1, -32.8, 'ERR', 'services/frontend/server.go:212', 'SearchHandler CheckAvailability failed: rpc error: code = Unavailable desc = error reading from server: EOF'),
      zl(T1, -20.6, 'ERR', 'services/frontend/server.go:212', 'SearchHandler CheckAvailability failed: rpc error: code = Unavailable desc = error reading from server: EOF'),
      zl(T1, -3.8, 'ERR', 'services/frontend/server.go:421', 'reservationHandler MakeReservation failed: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:reservation#0%:8087: connect: connection refused"'),
    ],
    'mongodb-geo#0/hotel-reserv-geo-mongo': [
      ...mongoStart(-60 * 24 * 2 - 24.4),
      mlog(T1, -60 * 24 * 2 - 24.1, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:geo#0%:40112', connectionId: 1, connectionCount: 1 }),
      mlog(T1, -58.2, 'I', 'STORAGE', 22430, 'WTCheckpointThread', 'WiredTiger message', { message: '[1779214680:220143][1:0x7f2b1c5e7700], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: 4121, snapshot max: 4121 snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0)' }),
    ],
    'profile#0/hotel-reserv-profile': [
      ...boot(T1, -182.6, 'profile', 8081),
      zl(T1, -182.55, 'INF', 'cmd/profile/main.go:47', 'Read profile memcashed address: memcached-profile:11211'),
      zl(T1, -182.5, 'INF', 'services/profile/server.go:74', 'Successfully registered in consul'),
    ],
  },
};

export const scenarios = [scenarioProbe];
