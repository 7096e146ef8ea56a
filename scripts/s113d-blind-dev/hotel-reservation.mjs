// Blind dev batch s113d (no-fault incidents), Hotel Reservation: searches around New York return no hotels — the
// seeded dataset only has hotels around San Francisco and geo answers within 10 km by design; nothing is broken.
import { clock, cs } from '../s2-scenario-kit.mjs';
export { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

const T = clock('2026-07-08T18:25:00Z');
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;

export const scenarios = [
  {
    folder: 's113d-nyc-search-empty',
    incidentTime: '2026-07-08T18:25:00Z',
    description: 'discovery team: hotel search near NYC returns zero hotels on the site for the last hour, SF searches still work. is geo broken?',
    difficulty: 'medium',
    traits: ['no-fault', 'team-name', 'time-expression', 'decoy'],
    workloads: {
      'memcached-rate': { pods: [{ containers: { 'hotel-reserv-rate-mmc': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 6), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 11), finishedAt: T.iso(-60 * 24 * 6 - 0.1) } }) } }] },
      geo: { pods: [{ containers: { 'hotel-reserv-geo': cs.restartedRunning({ restarts: 2, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-60 * 24 * 2 - 1), finishedAt: T.iso(-60 * 24 * 2 - 0.3) } }) } }] },
    },
    events: [],
    logs: {
      'geo#0/hotel-reserv-geo': [
        zl(-60 * 24 * 2 + 0.1, 'INF', 'cmd/geo/main.go:23', 'Reading config...'),
        zl(-60 * 24 * 2 + 0.1, 'INF', 'cmd/geo/main.go:36', 'Read database URL: mongodb-geo:27017'),
        zl(-60 * 24 * 2 + 0.1, 'INF', 'cmd/geo/main.go:37', 'Initializing DB connection...'),
        zl(-60 * 24 * 2 + 0.2, 'INF', 'cmd/geo/main.go:39', 'Successfull'),
        zl(-60 * 24 * 2 + 0.2, 'INF', 'services/geo/server.go:97', 'Successfully registered in consul'),
      ],
      'search#0/hotel-reserv-search': [
        zl(-58.2, 'WRN', 'services/search/server.go:112', 'SearchHandler lat = 40.7128, lon = -74.0060: geo returned 0 hotels'),
        zl(-41.0, 'WRN', 'services/search/server.go:112', 'SearchHandler lat = 40.7580, lon = -73.9855: geo returned 0 hotels'),
        zl(-9.4, 'WRN', 'services/search/server.go:112', 'SearchHandler lat = 40.7306, lon = -73.9352: geo returned 0 hotels'),
      ],
      'frontend#0/hotel-reserv-frontend': [
        zl(-58.3, 'INF', 'services/frontend/server.go:183', 'searchHandler [lat: 40.7128, lon: -74.006, inDate: 2026-07-20, outDate: 2026-07-22]'),
        zl(-33.6, 'INF', 'services/frontend/server.go:183', 'searchHandler [lat: 37.7867, lon: -122.4112, inDate: 2026-07-11, outDate: 2026-07-13]'),
        zl(-21.0, 'ERR', 'services/frontend/server.go:420', 'reservationHandler: Please specify username and password'),
      ],
      'frontend#1/hotel-reserv-frontend': [
        zl(-41.1, 'INF', 'services/frontend/server.go:183', 'searchHandler [lat: 40.758, lon: -73.9855, inDate: 2026-08-01, outDate: 2026-08-03]'),
        zl(-9.5, 'INF', 'services/frontend/server.go:183', 'searchHandler [lat: 40.7306, lon: -73.9352, inDate: 2026-07-09, outDate: 2026-07-10]'),
      ],
    },
    grounding: `
      DeathStarBench hotelReservation at 6ecb097: services/geo seeds ~80 hotels around San Francisco (37.78, -122.41)
      and answers Nearby with at most 5 points within MaxSearchRadius 10 km, so a search around New York returns no
      hotels — expected behaviour of the dataset, nothing is broken (SF searches return hotels). Decoys: geo restarted
      twice two days ago (exit 2 during a consul restart) and is fine since, an old OOMKilled memcached-rate restart,
      a frontend 400-style error for a reservation without credentials. Deviation: the search warning lines are
      paraphrased (upstream logs at debug/trace).`,
  },
];
