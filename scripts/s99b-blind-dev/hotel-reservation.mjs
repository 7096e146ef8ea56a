// Batch s99b (blind dev): hotel-reservation spec module for the scenario kit (scripts/s2-scenario-kit.mjs).
// memcached-reserve at its connection limit (maxconns_fast): new clients get "ERROR Too many open connections".
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', PNC: '\x1b[1m\x1b[31mPNC\x1b[0m\x1b[0m' };
const zl = (T, min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;

const I1 = '2026-11-18T21:42:00Z';
const T1 = clock(I1);
const resvErr = (min, id) => zl(T1, min, 'PNC', 'services/reservation/server.go:103', `Tried to get hotelId [${id}], but got memmcached error = memcache: unexpected response line from "get": "ERROR Too many open connections\\r\\n"`);
const resvLog = [];
resvLog.push(zl(T1, -60 * 24 * 9 + 0.4, 'INF', 'cmd/reservation/main.go:23', 'Reading config...'));
resvLog.push(zl(T1, -60 * 24 * 9 + 0.4, 'INF', 'cmd/reservation/main.go:39', 'Read database URL: mongodb-reservation:27017'));
resvLog.push(zl(T1, -60 * 24 * 9 + 0.4, 'INF', 'cmd/reservation/main.go:40', 'Initializing DB connection...'));
resvLog.push(zl(T1, -60 * 24 * 9 + 0.5, 'INF', 'cmd/reservation/main.go:43', 'Successfull'));
resvLog.push(zl(T1, -60 * 24 * 9 + 0.5, 'INF', 'cmd/reservation/main.go:47', 'Read reservation memcashed address: memcached-reserve:11211'));
resvLog.push(zl(T1, -60 * 24 * 9 + 0.5, 'INF', 'cmd/reservation/main.go:54', 'Successfull'));
resvLog.push(zl(T1, -60 * 24 * 9 + 0.6, 'INF', 'services/reservation/server.go:69', 'Successfully registered in consul'));
for (let m = -26; m < -0.2; m += 0.9) resvLog.push(resvErr(m, String(1 + (Math.round(-m * 7) % 80))));
resvLog.push('2026/11/18 21:41:47 http2: panic serving 10.244.1.37:41862: Tried to get hotelId [12], but got memmcached error = memcache: unexpected response line from "get": "ERROR Too many open connections\\r\\n"');

const feLog = [];
for (let m = -26; m < -0.2; m += 1.1) {
  feLog.push(`${T1.go(m)} rpc error: code = Unavailable desc = error reading from server: EOF`);
}

export const scenarios = [
  {
    folder: 's99b-memcached-reserve-maxconns',
    incidentTime: I1,
    description: 'booking team: "book now" and the date search both erroring since ~21:15, hotel profiles still load fine',
    expected: { component: 'memcached-reserve', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'memcached-reserve', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'callers-only', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (DeathStarBench hotelReservation helm chart at 6ecb097): reservation reads memcached-reserve:11211
      (ReserveMemcAddress) through gomemcache and calls log.Panic on any memcache error other than a cache miss
      (services/reservation/server.go), the gRPC server recovers the panic per stream so the pod stays Running; frontend
      answers /hotels (search -> reservation.CheckAvailability) and /reservation with 500. memcached:1.6.22 defaults to
      -c 1024 with maxconns_fast on: once curr_connections reaches the limit, memcached accepts a new socket, writes
      "ERROR Too many open connections" and closes it (memcached wiki ConfiguringServer / release notes 1.4.x
      "maxconns_fast"); it prints nothing at the default verbosity, so the memcached container log is empty and the pod
      stays Ready. The connections were taken by a memtier_benchmark load test a developer ran against memcached-reserve
      through kubectl port-forward from a laptop and left running (not visible in the API snapshot; stated in the
      grounding only). Callers are the loud ones: reservation panics per request, the frontend logs gRPC EOFs; profile
      and its memcached-profile are untouched ("hotel profiles still load"). Decoy: geo's container was OOMKilled three
      days ago and has run since. Deviation from upstream: none in the manifests; the reservation log's caller line
      numbers are approximate.
    `,
    workloads: {
      geo: {
        pods: [{ containers: { 'hotel-reserv-geo': cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
    },
    events: [],
    logs: {
      'reservation#0/hotel-reserv-reservation': resvLog,
      'frontend#0/hotel-reserv-frontend': feLog,
      'frontend#1/hotel-reserv-frontend': feLog.slice(3),
      'memcached-reserve#0/hotel-reserv-reservation-mmc': [''],
      'memcached-profile#0/hotel-reserv-profile-mmc': [''],
      'geo#0/hotel-reserv-geo': [
        zl(T1, -60 * 24 * 3 + 0.3, 'INF', 'cmd/geo/main.go:23', 'Reading config...'),
        zl(T1, -60 * 24 * 3 + 0.3, 'INF', 'cmd/geo/main.go:37', 'Read database URL: mongodb-geo:27017'),
        zl(T1, -60 * 24 * 3 + 0.4, 'INF', 'cmd/geo/main.go:44', 'Successfull'),
        zl(T1, -60 * 24 * 3 + 0.5, 'INF', 'services/geo/server.go:79', 'Successfully registered in consul'),
      ],
    },
  },
];
