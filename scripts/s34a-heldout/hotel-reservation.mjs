// Batch s34a (held-out, split: test): one blind hotel-reservation scenario for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the session-3 system definition of scripts/s3-scenarios/hotel-reservation.mjs (DeathStarBench on AKS) with its default PVCs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const IT = '2026-07-09T11:58:00Z';
const T = clock(IT);
const ANN = system.workloads.find((w) => w.name === 'rate').podAnnotations;
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', PNC: '\x1b[1m\x1b[31mPNC\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const GO_SVCS = ['frontend', 'search', 'geo', 'profile', 'rate', 'recommendation', 'user', 'reservation'];

const rateRun = (start, hotel) => [
  zl(start, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(start, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(start, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(start, 'INF', 'cmd/rate/main.go:23', 'Reading config...'),
  zl(start, 'INF', 'cmd/rate/main.go:36', 'Read database URL: mongodb-rate:27017'),
  zl(start, 'INF', 'cmd/rate/main.go:37', 'Initializing DB connection...'),
  zl(start + 0.01, 'INF', 'cmd/rate/db.go:39', 'New session successfull...'),
  zl(start + 0.01, 'INF', 'cmd/rate/db.go:41', 'Generating test data...'),
  zl(start + 0.01, 'INF', 'cmd/rate/main.go:40', 'Successfull'),
  zl(start + 0.01, 'INF', 'cmd/rate/main.go:42', 'Read memcashed address: memcached-rate:11212'),
  zl(start + 0.01, 'INF', 'cmd/rate/main.go:43', 'Initializing Memcashed client...'),
  zl(start + 0.01, 'INF', 'cmd/rate/main.go:45', 'Successfull'),
  zl(start + 0.01, 'INF', 'cmd/rate/main.go:49', 'Read target port: 8084'),
  zl(start + 0.01, 'INF', 'cmd/rate/main.go:50', 'Read consul address: consul:8500'),
  zl(start + 0.01, 'INF', 'cmd/rate/main.go:51', 'Read jaeger address: jaeger:6831'),
  zl(start + 0.01, 'INF', 'cmd/rate/main.go:60', 'Initializing jaeger agent [service name: rate | host: jaeger:6831]...'),
  zl(start + 0.01, 'INF', 'tracing/tracer.go:26', 'Jaeger client: adjusted sample ratio 0.010000'),
  zl(start + 0.01, 'INF', 'cmd/rate/main.go:65', 'Jaeger agent initialized'),
  zl(start + 0.01, 'INF', 'cmd/rate/main.go:67', 'Initializing consul agent [host: consul:8500]...'),
  zl(start + 0.01, 'INF', 'cmd/rate/main.go:72', 'Consul agent initialized'),
  zl(start + 0.01, 'INF', 'cmd/rate/main.go:83', 'Starting server...'),
  zl(start + 0.06, 'PNC', 'services/rate/server.go:108', `Tried to get hotelId [${hotel}], but got memmcached error = memcache: connect timeout to %SVCIP:memcached-rate%:11212`),
  `panic: Tried to get hotelId [${hotel}], but got memmcached error = memcache: connect timeout to %SVCIP:memcached-rate%:11212`,
  '',
  'goroutine 71 [running]:',
  'github.com/rs/zerolog.(*Logger).Panic.func1({0xc00038a0f0?, 0x0?})',
  '\t/workspace/vendor/github.com/rs/zerolog/log.go:396 +0x27',
  'github.com/rs/zerolog.(*Event).msg(0xc0004a2000, {0xc00038a0f0, 0x6f})',
  '\t/workspace/vendor/github.com/rs/zerolog/event.go:158 +0x2c2',
  'github.com/rs/zerolog.(*Event).Msgf(0xc0004a2000, {0xd1c2a5?, 0x1?}, {0xc0005f1c28?, 0x2?, 0x2?})',
  '\t/workspace/vendor/github.com/rs/zerolog/event.go:131 +0x4e',
  'github.com/delimitrou/DeathStarBench/tree/master/hotelReservation/services/rate.(*Server).GetRates(0xc0001d6380, {0xf0a1c8, 0xc0005c4e10}, 0xc0005c6a00)',
  '\t/workspace/services/rate/server.go:108 +0x7e5',
];
const searchLog = [zl(-60 * 30, 'INF', 'cmd/search/main.go:83', 'Starting server...')];
for (let m = -21.5, i = 0; m < -0.3; m += 0.9, i++)
  searchLog.push(zl(m, 'ERR', 'services/search/server.go:126', i % 3 === 2
    ? 'SearchHotels rate.GetRates failed: rpc error: code = Unavailable desc = error reading from server: EOF'
    : `SearchHotels rate.GetRates failed: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:rate#0%:8084: connect: connection refused"`));

export const configMapEdits = {
  's34a-rate-memcached-port-typo': [['rate-hotelres', 'kubectl-edit', -24.5, IT, ['service-config.json']]],
};

export const scenarios = [
  {
    folder: 's34a-rate-memcached-port-typo',
    description: 'hotel search returning errors / empty results since about 11:35',
    incidentTime: IT,
    expected: { component: 'rate', cause: 'config-error' },
    difficulty: 'medium',
    traits: ['time-expression', 'louder-dependents', 'decoy'],
    grounding: `
      DeathStarBench hotelReservation (helm chart): each Go service reads config.json from its ConfigMap <svc>-hotelres (subPath
      service-config.json); rate reads RateMemcAddress (memcached-rate:11211) and RateMongoAddress, logs its startup with zerolog
      ConsoleWriter ("Read memcashed address", sic) and, in services/rate/server.go, calls log.Panic() when a memcached Get fails
      with anything but a cache miss ("Tried to get hotelId [..], but got memmcached error = ..."), so one bad memcached address kills
      the process on its first request. gomemcache's error for a port nothing answers on a ClusterIP is "memcache: connect timeout to
      <ip>:<port>" (MEMC_TIMEOUT=2).
      Fault: an engineer edits rate-hotelres at 11:33 (managedFields kubectl-edit), mistyping RateMemcAddress as memcached-rate:11212, and
      runs kubectl rollout restart deploy/rate at 11:36; the new pod starts, registers in consul, then panics (exit 2) on the first
      GetRates and restarts into CrashLoopBackOff. search, louder, logs rate.GetRates Unavailable errors (refused, EOF) and users get
      errors or empty results; memcached-rate itself is healthy. Decoys: jaeger restarted two days ago, a finished recommendation rollout
      the day before.`,
    configMaps: GO_SVCS.map((s) => ({ name: `${s}-hotelres`, keys: ['service-config.json'] })),
    workloads: {
      rate: {
        patch: { podAnnotations: { ...ANN, 'kubectl.kubernetes.io/restartedAt': T.iso(-22) } },
        rollout: { at: -22, revision: 4, oldPatch: { podAnnotations: ANN } },
        unavailableSince: -21,
        pods: [{ containers: { 'hotel-reserv-rate': cs.crashLoop({ restarts: 8, exitCode: 2, startedAt: T.iso(-2.7), finishedAt: T.iso(-2.6), backoff: '5m0s', container: 'hotel-reserv-rate' }) } }],
      },
      recommendation: { rollout: { at: -60 * 26, revision: 6 } },
      jaeger: {
        pods: [{ containers: { 'hotel-reserv-jaeger': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 49), last: { exitCode: 255, reason: 'Unknown', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 49 - 0.5) } }) } }],
      },
    },
    events: [
      { on: 'deploy:rate', reason: 'ScalingReplicaSet', message: 'Scaled up replica set rate-%NEW% to 1', first: -22 },
      { on: 'deploy:rate', reason: 'ScalingReplicaSet', message: 'Scaled down replica set rate-%OLD% to 0 from 1', first: -21.8 },
      { on: 'pod:rate#0', reason: 'Pulled', fieldPath: 'spec.containers{hotel-reserv-rate}', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', first: -21.9, last: -2.7, count: 9 },
      { on: 'pod:rate#0', reason: 'Started', fieldPath: 'spec.containers{hotel-reserv-rate}', message: 'Started container hotel-reserv-rate', first: -21.9, last: -2.7, count: 9 },
      { on: 'pod:rate#0', type: 'Warning', reason: 'BackOff', fieldPath: 'spec.containers{hotel-reserv-rate}', message: 'Back-off restarting failed container hotel-reserv-rate in pod %POD%_hotel-reservation(%PODUID%)', first: -20.5, last: -0.4, count: 41 },
    ],
    logs: {
      'rate#0/hotel-reserv-rate/previous': rateRun(-2.7, 37),
      'search#0/hotel-reserv-search': searchLog,
    },
  },
];
