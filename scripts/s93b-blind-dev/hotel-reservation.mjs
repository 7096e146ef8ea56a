// Blind dev batch s93b: hotel-reservation scenario (session-3 system of scripts/s3-scenarios/hotel-reservation.mjs, defaultPvcs).
// A Chaos Mesh IOChaos latency left on mongodb-reservation's data volume; mongod stays Ready, reservation panics and restarts.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const T = clock('2026-05-15T19:25:00Z');
// zerolog ConsoleWriter as the session-3 system file prints it (colours on).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', PNC: '\x1b[1m\x1b[31mPNC\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const boot = (min, svc) => [
  zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(min, 'INF', `cmd/${svc}/main.go:23`, 'Reading config...'),
];
const mlog = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: T.isoMs(min).replace('Z', '+00:00') }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });
const slow = (min, conn, ns, command, ms, extra = {}) => mlog(min, 'I', 'COMMAND', 51803, `conn${conn}`, 'Slow query', { type: 'command', ns, appName: '', command, ...extra, numYields: 0, reslen: 45, locks: { ParallelBatchWriterMode: { acquireCount: { r: 1 } }, ReplicationStateTransition: { acquireCount: { w: 2 } }, Global: { acquireCount: { w: 1 } }, Database: { acquireCount: { w: 1 } }, Collection: { acquireCount: { w: 1 } }, Mutex: { acquireCount: { r: 1 } } }, flowControl: { acquireCount: 1, timeAcquiringMicros: 1 }, storage: {}, protocol: 'op_msg', durationMillis: ms });
const wt = (min, msg) => mlog(min, 'I', 'STORAGE', 22430, 'Checkpointer', 'WiredTiger message', { message: `[${Math.floor(Date.parse(T.iso(min)) / 1000)}:${String(118000 + Math.round(min * -97) % 800000).padStart(6, '0')}][1:0x7f3c2e1f4700], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] ${msg}` });
const ERRMSG = 'connection(mongodb-reservation:27017[-41]) incomplete read of message header: context deadline exceeded';
const panicTrace = [
  `panic: Tried to insert reservation, but got error: ${ERRMSG}`,
  '',
  'goroutine 1187 [running]:',
  'github.com/rs/zerolog.(*Logger).Panic.func1({0xc000a8e000?, 0x0?})',
  '\t/workspace/vendor/github.com/rs/zerolog/log.go:396 +0x27',
  'github.com/rs/zerolog.(*Event).msg(0xc0003b2000, {0xc000a8e000, 0x9c})',
  '\t/workspace/vendor/github.com/rs/zerolog/event.go:158 +0x2c2',
  'github.com/delimitrou/DeathStarBench/tree/master/hotelReservation/services/reservation.(*Server).MakeReservation(0xc0001c2000, {0x1a4f2e8, 0xc000a7c3f0}, 0xc000a8c0a0)',
  '\t/workspace/services/reservation/server.go:178 +0x10f4',
];

export const scenarios = [
  {
    folder: 's93b-reservation-mongo-iochaos-left-on',
    incidentTime: '2026-05-15T19:25:00Z',
    description: 'booking is broken since ~18:50 — reserve requests hang then 500, reservation svc keeps restarting. search/recommendations still work. (had a chaos game day this afternoon, supposedly all cleaned up)',
    expected: { component: 'mongodb-reservation', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'mongodb-reservation', cause: 'storage-unavailable' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      DeathStarBench hotelReservation helm chart as in the session-3 system (image hotelres.azurecr.io/hotel-reservation:6ecb097): the
      reservation service stores reservations in mongodb-reservation (mongo:4.4.6, PVC reservation-pvc on Azure Disk) and caches in
      memcached-reserve; frontend calls reservation for /reservation; reservation's handlers log.Panic on database errors (zerolog), which
      crashes the Go process, so reservation restarts with exit code 2.
      Fault, after the Chaos Mesh IOChaos experiment type (action: latency on a volumePath, injected by chaos-daemon through the toda FUSE
      layer without changing the pod spec): an IOChaos with delay 4s, percent 100 on /data/db of mongodb-reservation was created in the
      afternoon game day without a duration and was never deleted (the Chaos Mesh objects live in another namespace and are not in this
      snapshot). Every journal write and every page read waits seconds: mongod stays Running and Ready (no probes upstream), logs "Slow
      query" lines of 8-30 s for inserts and finds and WiredTiger checkpoint progress messages for minutes; the mongo driver in reservation
      times out ("incomplete read of message header: context deadline exceeded"), reservation panics and restarts, frontend returns 500s.
      Decoy: memcached-reserve is fine; geo was restarted this morning by the game day's pod-kill experiment (one restart, Running since);
      reservation's restarts make it look like the culprit.`,
    workloads: {
      reservation: {
        pods: [{
          containers: {
            'hotel-reserv-reservation': cs.restartedRunning({ restarts: 6, startedAt: T.iso(-2.6), last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-8.1), finishedAt: T.iso(-3.1) } }),
          },
        }],
      },
      geo: {
        pods: [{
          containers: {
            'hotel-reserv-geo': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 5), last: { exitCode: 137, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 5 - 0.1) } }),
          },
        }],
      },
    },
    events: [
      { on: 'pod:reservation#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-reservation in pod %POD%_hotel-reservation(%PODUID%)', fieldPath: 'spec.containers{hotel-reserv-reservation}', first: -27, last: -3.1, count: 9 },
      { on: 'pod:reservation#0', reason: 'Pulled', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', fieldPath: 'spec.containers{hotel-reserv-reservation}', first: -33, last: -2.7, count: 6 },
      { on: 'pod:reservation#0', reason: 'Started', message: 'Started container hotel-reserv-reservation', fieldPath: 'spec.containers{hotel-reserv-reservation}', first: -33, last: -2.6, count: 6 },
      { on: 'pod:geo#0', reason: 'Killing', message: 'Stopping container hotel-reserv-geo', fieldPath: 'spec.containers{hotel-reserv-geo}', first: -60 * 5 - 0.2, last: -60 * 5 - 0.2 },
    ],
    logs: {
      'mongodb-reservation#0/hotel-reserv-reservation-mongo': [
        mlog(-60 * 24 * 9, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
        mlog(-90, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:reservation#0%:40612', connectionId: 3120, connectionCount: 14 }),
        slow(-36, 3120, 'reservation-db.reservation', { insert: 'reservation', ordered: true, lsid: { id: { $uuid: '5b0c8e2a-1f7d-4c39-9a6e-3d2b7f1e0c84' } }, $db: 'reservation-db' }, 8312, { ninserted: 1, keysInserted: 1 }),
        wt(-34, 'Checkpoint has been running for 21 seconds and wrote: 5000 pages (12 MB)'),
        slow(-31, 3124, 'reservation-db.reservation', { find: 'reservation', filter: { hotelId: '37', inDate: '2015-04-19', outDate: '2015-04-20' }, lsid: { id: { $uuid: '8e4a1c27-6b3f-4d95-a0e2-7c1f5b9d3a60' } }, $db: 'reservation-db' }, 12077, { planSummary: 'COLLSCAN', keysExamined: 0, docsExamined: 1412, nreturned: 1 }),
        wt(-29, 'Checkpoint has been running for 68 seconds and wrote: 10000 pages (26 MB)'),
        slow(-24, 3131, 'reservation-db.reservation', { insert: 'reservation', ordered: true, lsid: { id: { $uuid: '1f6d3b8e-92a4-4c07-b5e1-6a0c2d7f4e93' } }, $db: 'reservation-db' }, 19540, { ninserted: 1, keysInserted: 1 }),
        wt(-22, 'Checkpoint has been running for 141 seconds and wrote: 15000 pages (39 MB)'),
        slow(-15, 3140, 'reservation-db.number', { find: 'number', filter: { hotelId: '12' }, lsid: { id: { $uuid: 'c2e7a9f1-3d58-4b16-8f0a-4e9b1d6c2a75' } }, $db: 'reservation-db' }, 9804, { planSummary: 'COLLSCAN', keysExamined: 0, docsExamined: 80, nreturned: 1 }),
        slow(-8, 3151, 'reservation-db.reservation', { insert: 'reservation', ordered: true, lsid: { id: { $uuid: '7a3e0d94-5c1b-4f82-9e6d-2b8a4c7f1d03' } }, $db: 'reservation-db' }, 30112, { ninserted: 1, keysInserted: 1 }),
        wt(-6, 'Checkpoint has been running for 310 seconds and wrote: 20000 pages (52 MB)'),
        slow(-2, 3160, 'reservation-db.reservation', { find: 'reservation', filter: { hotelId: '5', inDate: '2015-04-14', outDate: '2015-04-15' }, lsid: { id: { $uuid: '3d9b6f2a-0e7c-4a15-b8d4-9f1e5c3a7b26' } }, $db: 'reservation-db' }, 14561, { planSummary: 'COLLSCAN', keysExamined: 0, docsExamined: 1460, nreturned: 2 }),
      ],
      'reservation#0/hotel-reserv-reservation/previous': [
        ...boot(-8.1, 'reservation'),
        zl(-8.1, 'INF', 'cmd/reservation/main.go:38', 'Read database URL: mongodb-reservation:27017'),
        zl(-8.1, 'INF', 'cmd/reservation/main.go:39', 'Initializing DB connection...'),
        zl(-8.0, 'INF', 'cmd/reservation/main.go:41', 'New session successfull...'),
        zl(-8.0, 'INF', 'cmd/reservation/main.go:56', 'Read reservation memcashed address: memcached-reserve:11211'),
        zl(-8.0, 'INF', 'cmd/reservation/main.go:90', 'Starting server...'),
        zl(-3.1, 'PNC', 'services/reservation/server.go:178', `Tried to insert reservation, but got error: ${ERRMSG}`),
        ...panicTrace,
      ],
      'reservation#0/hotel-reserv-reservation': [
        ...boot(-2.6, 'reservation'),
        zl(-2.6, 'INF', 'cmd/reservation/main.go:38', 'Read database URL: mongodb-reservation:27017'),
        zl(-2.6, 'INF', 'cmd/reservation/main.go:39', 'Initializing DB connection...'),
        zl(-2.5, 'INF', 'cmd/reservation/main.go:41', 'New session successfull...'),
        zl(-2.5, 'INF', 'cmd/reservation/main.go:56', 'Read reservation memcashed address: memcached-reserve:11211'),
        zl(-2.5, 'INF', 'cmd/reservation/main.go:90', 'Starting server...'),
      ],
      'frontend#0/hotel-reserv-frontend': [
        zl(-36, 'INF', 'services/frontend/server.go:388', 'Reserve request: hotelId=37 inDate=2015-04-19 outDate=2015-04-20 customerName=Cornell_123'),
        zl(-24, 'ERR', 'services/frontend/server.go:402', 'reservation.MakeReservation failed: rpc error: code = Unavailable desc = error reading from server: EOF'),
        zl(-15, 'ERR', 'services/frontend/server.go:402', 'reservation.MakeReservation failed: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:reservation%:8087: connect: connection refused"'),
        zl(-3.1, 'ERR', 'services/frontend/server.go:402', 'reservation.MakeReservation failed: rpc error: code = Unavailable desc = error reading from server: EOF'),
      ],
      'frontend#1/hotel-reserv-frontend': [
        zl(-30, 'ERR', 'services/frontend/server.go:402', 'reservation.MakeReservation failed: rpc error: code = Unavailable desc = error reading from server: EOF'),
        zl(-9, 'ERR', 'services/frontend/server.go:310', 'recommendation ok, reservation.CheckAvailability failed: rpc error: code = Unavailable desc = error reading from server: EOF'),
      ],
      'geo#0/hotel-reserv-geo': [
        ...boot(-60 * 5, 'geo'),
        zl(-60 * 5, 'INF', 'cmd/geo/main.go:90', 'Starting server...'),
      ],
    },
  },
];
