// Held-out batch s118a (split test): one hotelReservation scenario on the session-3 system definition.
// Spec for scripts/s2-scenario-kit.mjs; built by scripts/s118a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';
export { system, defaultPvcs };

const IT = '2026-05-14T08:22:00Z';
const T = clock(IT);
const zl = (min, lvl, caller, msg) => `${T.iso(min)} ${lvl} ${caller} > ${msg}`;

export const scenarios = [{
  folder: 's118a-geo-config-json-invalid',
  incidentTime: IT,
  description: 'hotel search returns nothing / errors for last 15 min. someone bounced geo pod to pick up new config',
  expected: { component: 'geo', cause: 'config-error' },
  alsoAcceptable: [{ component: 'geo', cause: 'crash-loop' }],
  difficulty: 'medium',
  traits: ['louder-dependents', 'time-expression'],
  workloads: {
    geo: { pods: [{ created: T.iso(-17), containers: { 'hotel-reserv-geo': cs.crashLoop({ restarts: 8, exitCode: 1, reason: 'Error', startedAt: T.iso(-2.1), finishedAt: T.iso(-2.1), container: 'hotel-reserv-geo' }) } }], unavailableSince: -17 },
  },
  configMaps: [{ name: 'geo-hotelres', keys: ['service-config.json'] }, { name: 'search-hotelres', keys: ['service-config.json'] }, { name: 'frontend-hotelres', keys: ['service-config.json'] }],
  events: [
    { on: 'pod:geo#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: -17 },
    { on: 'pod:geo#0', reason: 'Pulled', fieldPath: 'spec.containers{hotel-reserv-geo}', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', first: -16.9, last: -2.1, count: 9 },
    { on: 'pod:geo#0', reason: 'Started', fieldPath: 'spec.containers{hotel-reserv-geo}', message: 'Started container hotel-reserv-geo', first: -16.9, last: -2.1, count: 9 },
    { on: 'pod:geo#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-geo}', message: 'Back-off restarting failed container hotel-reserv-geo in pod %POD%_hotel-reservation(%PODUID%)', first: -16.5, last: -0.3, count: 72 },
  ],
  logs: {
    'geo#0/hotel-reserv-geo': [
      zl(-2.1, 'INF', 'cmd/geo/main.go:24', 'Reading config...'),
      zl(-2.1, 'FTL', 'cmd/geo/main.go:31', 'Got error while parsing config: invalid character \'}\' looking for beginning of object key string'),
    ],
    'geo#0/hotel-reserv-geo/previous': [
      zl(-4.9, 'INF', 'cmd/geo/main.go:24', 'Reading config...'),
      zl(-4.9, 'FTL', 'cmd/geo/main.go:31', 'Got error while parsing config: invalid character \'}\' looking for beginning of object key string'),
    ],
    'search#0/hotel-reserv-search': [
      zl(-16.6, 'ERR', 'services/search/server.go:121', 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:geo#0%:8083: connect: connection refused"'),
      zl(-6.2, 'ERR', 'services/search/server.go:121', 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:geo#0%:8083: connect: connection refused"'),
      zl(-0.8, 'ERR', 'services/search/server.go:121', 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:geo#0%:8083: connect: connection refused"'),
    ],
    'frontend#0/hotel-reserv-frontend': [
      zl(-9.3, 'ERR', 'services/frontend/server.go:230', 'SearchHandler Nearby failed: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:geo#0%:8083: connect: connection refused"'),
      zl(-0.7, 'ERR', 'services/frontend/server.go:230', 'SearchHandler Nearby failed: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:geo#0%:8083: connect: connection refused"'),
    ],
    'frontend#1/hotel-reserv-frontend': [
      zl(-3.3, 'INF', 'services/frontend/server.go:302', 'UserHandler: user Cornell_1 logged in'),
    ],
  },
  grounding: `DeathStarBench hotelReservation helm chart (6ecb097): geo reads config.json from the ConfigMap geo-hotelres (subPath
  service-config.json) at start and exits when it cannot parse it; search calls geo on 8083 for every search. The fault follows the
  common "edited ConfigMap, restarted the pod" shape: the JSON was left with a trailing comma, so geo exits 1 at every start
  (CrashLoopBackOff) and search/frontend log connection errors. The geo pod was deleted by hand, so its ReplicaSet (pod template)
  is unchanged. Deviation from upstream: the bad JSON edit and the line numbers in the log callers are invented.`,
}];
