// Blind dev batch s101b, DeathStarBench hotelReservation: one dependency-down scenario (mongodb-reservation blocked by a
// full validate() an operator started on the reservation collection; reservation and frontend are the loud ones).
import { clock } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';
export { system, defaultPvcs };

const T = clock('2026-05-14T16:30:00Z');
const LV = { INF: '\x1b[32mINF\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const mlog = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: T.isoMs(min).replace('Z', '+00:00') }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });
export const scenarios = [{
  folder: 's101b-reservation-mongo-validate',
  incidentTime: '2026-05-14T16:30:00Z',
  description: 'hotel booking: reservations hang and time out since 16:10-ish, search/recommend still work. reservaton svc pod is green',
  expected: { component: 'mongodb-reservation', cause: 'dependency-down' },
  alsoAcceptable: [{ component: 'mongodb-reservation', cause: 'resource-exhaustion' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'louder-dependents', 'callers-only', 'typo', 'time-expression'],
  grounding: `
    DeathStarBench hotelReservation manifests: reservation (Go, mgo) reads and inserts into mongodb-reservation
    (mongo:4.4.6, --bind_ip_all, PVC reservation-pvc), frontend calls reservation over gRPC (MakeReservation,
    CheckAvailability). No probes anywhere, so every pod stays Ready. Fault follows MongoDB's documented behaviour of
    validate: in 4.4 a foreground validate({full: true}) takes an exclusive (MODE_X) lock on the collection for its whole
    run, so every read and insert on reservation.reservation queues behind it; the server still accepts connections and
    answers hello/ping. Deviation: an operator started it from mongo shell at 16:08 on a collection grown by months of
    load tests. Nothing restarts; memcached-reserve and the other services are healthy.`,
  logs: {
    'mongodb-reservation#0/hotel-reserv-reservation-mongo': [
      mlog(-40, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:reservation#0%:51210', connectionId: 2211, connectionCount: 12 }),
      mlog(-22.3, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '10.244.1.1:40318', connectionId: 2290, connectionCount: 13 }),
      mlog(-22.2, 'I', 'NETWORK', 51800, 'conn2290', 'client metadata', { remote: '10.244.1.1:40318', client: 'conn2290', doc: { application: { name: 'MongoDB Shell' }, driver: { name: 'MongoDB Internal Client', version: '4.4.6' }, os: { type: 'Linux', name: 'Ubuntu', architecture: 'x86_64', version: '18.04' } } }),
      mlog(-22, 'I', 'INDEX', 20296, 'conn2290', 'validating collection', { namespace: 'reservation-db.reservation', uuid: { uuid: { $uuid: '3f6c1b2e-9a47-4d21-8e5f-0c7b2a91d4e6' } } }),
      ...[-18, -14, -10, -6, -2].map((m) => mlog(m, 'I', 'COMMAND', 51803, 'conn2213', 'Slow query', { type: 'command', ns: 'reservation-db.reservation', command: { find: 'reservation', filter: { hotelId: '12', inDate: '2015-04-17', outDate: '2015-04-18' } }, numYields: 0, locks: { Collection: { acquireWaitCount: { r: 1 }, timeAcquiringMicros: { r: 118402311 } } }, protocol: 'op_query', durationMillis: 118402 })),
    ],
    'reservation#0/hotel-reserv-reservation': [
      zl(-60 * 24, 'INF', 'cmd/reservation/main.go:38', 'Read database URL: mongodb-reservation:27017'),
      zl(-60 * 24, 'INF', 'cmd/reservation/main.go:39', 'Initializing DB connection...'),
      zl(-60 * 24, 'INF', 'cmd/reservation/main.go:41', 'Successfull'),
      ...[-17, -12, -7, -3].map((m) => zl(m, 'ERR', 'services/reservation/server.go:195', 'Tried to find reservation for hotel 12 but failed: read tcp %PODIP%:51210->%SVCIP:mongodb-reservation%:27017: i/o timeout')),
    ],
    'frontend#0/hotel-reserv-frontend': [
      zl(-25, 'INF', 'services/frontend/server.go:254', 'searchHandler [lat: 37.78, lon: -122.41, inDate: 2015-04-17, outDate: 2015-04-18]'),
      ...[-16, -11, -6, -2].flatMap((m) => [
        zl(m, 'INF', 'services/frontend/server.go:254', 'searchHandler [lat: 37.80, lon: -122.40, inDate: 2015-04-17, outDate: 2015-04-18]'),
        zl(m + 0.5, 'ERR', 'services/frontend/server.go:405', 'reservationHandler: rpc error: code = DeadlineExceeded desc = context deadline exceeded'),
      ]),
    ],
    'frontend#1/hotel-reserv-frontend': [
      ...[-15, -9, -4].map((m) => zl(m, 'ERR', 'services/frontend/server.go:405', 'reservationHandler: rpc error: code = DeadlineExceeded desc = context deadline exceeded')),
    ],
  },
}];
