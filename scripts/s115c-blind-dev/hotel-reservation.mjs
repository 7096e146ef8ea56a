// Blind dev batch s115c: hotel-reservation (session-3 system definition) with one config-error scenario,
// profile's ConfigMap pointing its memcached address at memcached-rate (a copy-paste edit).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export const system = base;
export { defaultPvcs };

const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m' };
const zl = (T, min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const boot = (T, min, svc) => [
  zl(T, min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(T, min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(T, min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(T, min, 'INF', `cmd/${svc}/main.go:23`, 'Reading config...'),
];

const T = clock('2026-04-21T10:55:00Z');
export const scenarios = [
  {
    folder: 's115c-profile-memc-points-at-rate-cache',
    incidentTime: '2026-04-21T10:55:00Z',
    description: 'hotel map shows hotels with no names / empty profile cards and some prices missing since ~10:20, nothing is erroring',
    expected: { component: 'profile', cause: 'config-error' },
    difficulty: 'hard',
    traits: ['pods-ready', 'time-expression', 'decoy'],
    grounding: `
      DeathStarBench hotelReservation: profile reads ProfileMemcAddress from its config.json (helm chart ConfigMap
      profile-hotelres, mounted with subPath) and logs "Read profile memcashed address: ..." at start; rate caches rate plans
      in memcached-rate under the hotel id, profile caches hotel profiles under the same hotel id, and both ignore the
      json.Unmarshal error on a cache hit. A copy-paste edit of profile-hotelres set ProfileMemcAddress to
      memcached-rate:11211 and the profile pod was deleted to pick it up (10:18): the two services now read each other's
      values, profile returns empty Hotel messages and rate empty plans, nothing errors and every pod stays Ready.
      Decoy: search's container restarted three days ago (OOMKilled), unrelated. Deviation from upstream: none other than the
      edited ConfigMap value (the snapshot keeps ConfigMap keys only).
    `,
    configMaps: ['frontend', 'search', 'geo', 'profile', 'rate', 'recommendation', 'user', 'reservation'].map((n) => ({ name: `${n}-hotelres`, keys: ['service-config.json'] })),
    workloads: {
      profile: { pods: [{ created: T.iso(-37) }] },
      search: {
        pods: [{ containers: { 'hotel-reserv-search': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) } }) } }],
      },
    },
    events: [
      { on: 'rs:profile', reason: 'SuccessfulCreate', message: 'Created pod: profile-%RS%', first: -37 },
      { on: 'pod:profile#0', reason: 'Scheduled', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', source: 'default-scheduler', first: -37 },
      { on: 'pod:profile#0', reason: 'Pulled', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', first: -36.9, fieldPath: 'spec.containers{hotel-reserv-profile}' },
      { on: 'pod:profile#0', reason: 'Created', message: 'Created container hotel-reserv-profile', first: -36.9, fieldPath: 'spec.containers{hotel-reserv-profile}' },
      { on: 'pod:profile#0', reason: 'Started', message: 'Started container hotel-reserv-profile', first: -36.8, fieldPath: 'spec.containers{hotel-reserv-profile}' },
    ],
    logs: {
      'profile#0/hotel-reserv-profile': [
        ...boot(T, -36.8, 'profile'),
        zl(T, -36.8, 'INF', 'cmd/profile/main.go:36', 'Read database URL: mongodb-profile:27017'),
        zl(T, -36.8, 'INF', 'cmd/profile/main.go:37', 'Initializing DB connection...'),
        zl(T, -36.7, 'INF', 'cmd/profile/db.go:36', 'New session successfull...'),
        zl(T, -36.7, 'INF', 'cmd/profile/main.go:40', 'Successfull'),
        zl(T, -36.7, 'INF', 'cmd/profile/main.go:42', 'Read profile memcashed address: memcached-rate:11211'),
        zl(T, -36.7, 'INF', 'cmd/profile/main.go:43', 'Initializing Memcashed client...'),
        zl(T, -36.7, 'INF', 'cmd/profile/main.go:45', 'Successfull'),
        zl(T, -36.7, 'INF', 'cmd/profile/main.go:49', 'Read target port: 8081'),
        zl(T, -36.7, 'INF', 'cmd/profile/main.go:50', 'Read consul address: consul:8500'),
        zl(T, -36.7, 'INF', 'cmd/profile/main.go:51', 'Read jaeger address: jaeger:6831'),
        zl(T, -36.7, 'INF', 'cmd/profile/main.go:60', 'Initializing jaeger agent [service name: profile | host: jaeger:6831]...'),
        zl(T, -36.7, 'INF', 'tracing/tracer.go:26', 'Jaeger client: adjusted sample ratio 0.010000'),
        zl(T, -36.7, 'INF', 'cmd/profile/main.go:65', 'Jaeger agent initialized'),
        zl(T, -36.7, 'INF', 'cmd/profile/main.go:67', 'Initializing consul agent [host: consul:8500]...'),
        zl(T, -36.7, 'INF', 'cmd/profile/main.go:72', 'Consul agent initialized'),
        zl(T, -36.7, 'INF', 'cmd/profile/main.go:83', 'Starting server...'),
        zl(T, -36.7, 'INF', 'registry/registry.go:91', 'Trying to register service [ name: srv-profile, id: 6b1f0c2e-9a4d-4e7b-8c31-f2a95d0e7b44, address: %PODIP%:8081 ]'),
        zl(T, -36.7, 'INF', 'services/profile/server.go:99', 'Successfully registered in consul'),
      ],
      'rate#0/hotel-reserv-rate': [
        ...boot(T, -60 * 24 * 9 + 0.3, 'rate'),
        zl(T, -60 * 24 * 9 + 0.3, 'INF', 'cmd/rate/main.go:38', 'Read database URL: mongodb-rate:27017'),
        zl(T, -60 * 24 * 9 + 0.3, 'INF', 'cmd/rate/main.go:45', 'Read profile memcashed address: memcached-rate:11211'),
        zl(T, -60 * 24 * 9 + 0.3, 'INF', 'services/rate/server.go:99', 'Successfully registered in consul'),
      ],
      'frontend#0/hotel-reserv-frontend': [
        zl(T, -60 * 24 * 9 + 0.3, 'INF', 'services/frontend/server.go:80', 'Serving http at :5000'),
        zl(T, -25, 'INF', 'services/frontend/server.go:164', 'searchHandler [lat: 37.7867, lon: -122.4112, inDate: 2015-04-09, outDate: 2015-04-10]'),
        zl(T, -25, 'INF', 'services/frontend/server.go:205', 'searchHandler gets searchResp'),
        zl(T, -25, 'INF', 'services/frontend/server.go:220', 'searchHandler gets reserveResp'),
        zl(T, -4, 'INF', 'services/frontend/server.go:164', 'searchHandler [lat: 37.7835, lon: -122.4050, inDate: 2015-04-12, outDate: 2015-04-14]'),
        zl(T, -4, 'INF', 'services/frontend/server.go:205', 'searchHandler gets searchResp'),
        zl(T, -4, 'INF', 'services/frontend/server.go:220', 'searchHandler gets reserveResp'),
      ],
    },
  },
];
