// Batch s61b (blind dev): one DeathStarBench hotelReservation scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// Fault: a stale edit of rate's ConfigMap (memcached on 11212) surfaces when the pod is recreated; rate panics per request.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs } from '../s3-scenarios/hotel-reservation.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const INC = '2026-08-19T19:40:00Z';
const T = clock(INC);
// zerolog ConsoleWriter with colours (as the system definition's helper; not exported there).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', PNC: '\x1b[1m\x1b[31mPNC\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const mlog = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: T.isoMs(min).replace('Z', '+00:00') }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });

const RECREATED = -31;
const sid = (s) => `${(0x9c2e41b7 + Math.round(-s * 997)).toString(16)}-58d3-4f0a-b6e1-2a7d0c93f584`;
const rateBoot = (min) => [
  zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'cmd/rate/main.go:23', 'Reading config...'),
  zl(min, 'INF', 'cmd/rate/main.go:36', 'Read database URL: mongodb-rate:27017'),
  zl(min, 'INF', 'cmd/rate/main.go:37', 'Initializing DB connection...'),
  zl(min + 0.005, 'INF', 'cmd/rate/db.go:36', 'New session successfull...'),
  zl(min + 0.005, 'INF', 'cmd/rate/db.go:38', 'Generating test data...'),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:40', 'Successfull'),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:42', 'Read profile memcashed address: memcached-rate:11212'),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:43', 'Initializing Memcashed client...'),
  zl(min + 0.01, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:45', 'Successfull'),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:50', 'Read target port: 8084'),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:51', 'Read consul address: consul:8500'),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:52', 'Read jaeger address: jaeger:6831'),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:60', 'Initializing jaeger agent [service name: rate | host: jaeger:6831]...'),
  zl(min + 0.01, 'INF', 'tracing/tracer.go:26', 'Jaeger client: adjusted sample ratio 0.010000'),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:65', 'Jaeger agent initialized'),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:67', 'Initializing consul agent [host: consul:8500]...'),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:72', 'Consul agent initialized'),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:83', 'Starting server...'),
  zl(min + 0.012, 'INF', 'registry/registry.go:91', `Trying to register service [ name: srv-rate, id: ${sid(min)}, address: %PODIP%:8084 ]`),
  zl(min + 0.012, 'INF', 'services/rate/server.go:99', 'Successfully registered in consul'),
];
const ratePanic = (min, hotel) => [
  zl(min, 'PNC', 'services/rate/server.go:142', `Tried to get hotelId [${hotel}], but got memmcached error = memcache: connect timeout to %SVCIP:memcached-rate%:11212`),
  `panic: Tried to get hotelId [${hotel}], but got memmcached error = memcache: connect timeout to %SVCIP:memcached-rate%:11212`,
  '',
  'goroutine 214 [running]:',
  'github.com/rs/zerolog.(*Logger).Panic.func1({0xc0003b2a80?, 0x0?})',
  '\t/workspace/vendor/github.com/rs/zerolog/log.go:396 +0x27',
  'github.com/rs/zerolog.(*Event).msg(0xc0002d4180, {0xc0003b2a80, 0x6f})',
  '\t/workspace/vendor/github.com/rs/zerolog/event.go:158 +0x2c2',
  'github.com/rs/zerolog.(*Event).Msgf(0xc0002d4180, {0xb0e4c5?, 0x2?}, {0xc0004a7c28?, 0x2?, 0x2?})',
  '\t/workspace/vendor/github.com/rs/zerolog/event.go:129 +0x4e',
  'github.com/harlow/go-micro-services/services/rate.(*Server).GetRates(0xc0001c6000, {0xc5a1e8, 0xc0003f6060}, 0xc0003b0140)',
  '\t/workspace/services/rate/server.go:142 +0x5d4',
  'github.com/harlow/go-micro-services/services/rate/proto._Rate_GetRates_Handler.func1({0xc5a1e8, 0xc0003f6060}, {0xb02f40?, 0xc0003b0140})',
  '\t/workspace/services/rate/proto/rate.pb.go:269 +0x78',
];

// The pod is in CrashLoopBackOff: the last run (before the 9th restart's back-off) is the .previous log.
const LAST_START = -5.2;
const LAST_END = -5.15;
const previous = [...rateBoot(LAST_START), ...ratePanic(LAST_END, 5)];

const consulLog = [
  `${T.isoMs(-60 * 24 * 20 + 0.3)} [INFO]  agent: Consul agent running!`,
];
const starts = [RECREATED + 0.1, -30.85, -30.5, -29.9, -28.8, -26.9, -23.6, -18.3, -13.0, LAST_START];
for (const s of starts) consulLog.push(`${T.isoMs(s + 0.012)} [INFO]  agent: Synced service: service=${sid(s)}`);

const mongoLog = [];
starts.forEach((s, i) => {
  mongoLog.push(mlog(s + 0.004, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: `%IPOF:rate#0%:${40112 + i * 37}`, connectionId: 311 + i, connectionCount: 4 }));
  mongoLog.push(mlog(s + 0.0045, 'I', 'NETWORK', 51800, `conn${311 + i}`, 'client metadata', { remote: `%IPOF:rate#0%:${40112 + i * 37}`, client: `conn${311 + i}`, doc: { driver: { name: 'mgo', version: 'globalsign' }, os: { type: 'linux', architecture: 'amd64' } } }));
  mongoLog.push(mlog(s + 0.06, 'I', 'NETWORK', 22944, `conn${311 + i}`, 'Connection ended', { remote: `%IPOF:rate#0%:${40112 + i * 37}`, connectionId: 311 + i, connectionCount: 3 }));
});

// geo: a benign rollout 47 minutes ago (LOG_LEVEL INFO -> WARNING), the change people will suspect.
const geoBase = base.workloads.find((w) => w.name === 'geo').containers[0];
const geoEnvOld = geoBase.env;
const geoEnvNew = geoEnvOld.map((e) => (e.name === 'LOG_LEVEL' ? { name: 'LOG_LEVEL', value: 'WARNING' } : e));

export const scenarios = [
  {
    folder: 's61b-rate-stale-configmap-memcached-port',
    description: 'hotel search returning 500 for ~30min. only change today was the geo log level tweak at 18:53, rolled back?? rate pod restarting a lot too',
    incidentTime: INC,
    expected: { component: 'rate', cause: 'config-error' },
    alsoAcceptable: [{ component: 'rate', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['decoy', 'time-expression'],
    grounding: `
      Chart facts (delimitrou/DeathStarBench hotelReservation helm-chart at 6ecb097): each Go service reads config.json, mounted
      from its ConfigMap <name>-hotelres with subPath service-config.json; rate reads RateMemcAddress (memcached-rate:11211) and
      builds its gomemcache client without connecting (tune.NewMemCClient only resolves the address), registers in consul and
      serves; services/rate/server.go GetRates calls log.Panic() on any memcached error other than a cache miss, and a panic in
      a gRPC handler ends the process (exit 2). search and frontend pass the gRPC error up and answer 500 without logging it.
      Fault: six days ago someone edited rate-hotelres to RateMemcAddress memcached-rate:11212 while testing a second memcached
      through a port-forward and never reverted it (managedFields of the ConfigMap show a kubectl-edit update). A subPath mount
      does not receive ConfigMap updates (Kubernetes docs, "ConfigMaps" / subPath), so the running rate pod kept the old file
      until it was deleted at 19:09 during unrelated node maintenance; the replacement reads port 11212. The memcached-rate
      Service has no such port, so connects time out after MEMC_TIMEOUT=2 s ("memcache: connect timeout to <ClusterIP>:11212"),
      the first GetRates after each start panics, and rate is in CrashLoopBackOff (exit code 2) with 9 restarts; every start
      logs the wrong address and registers again in consul. The wrong value is read but not rejected at start.
      Decoy: geo was rolled 47 minutes ago changing only LOG_LEVEL (INFO -> WARNING), healthy. memcached-rate and mongodb-rate are
      healthy (mongodb-rate only shows rate's short connections).
      Deviations from upstream: the ConfigMap value (the fault) and geo's LOG_LEVEL (the decoy rollout).
    `,
    workloads: {
      rate: {
        pods: [{
          created: T.iso(RECREATED),
          readyTransition: T.iso(LAST_END),
          containers: {
            'hotel-reserv-rate': cs.crashLoop({ restarts: 9, exitCode: 2, reason: 'Error', startedAt: T.iso(LAST_START), finishedAt: T.iso(LAST_END), backoff: '5m0s', container: 'hotel-reserv-rate' }),
          },
        }],
        unavailableSince: LAST_END,
      },
      geo: {
        rollout: { at: -47, oldContainers: { 'hotel-reserv-geo': { env: geoEnvOld } } },
        containers: { 'hotel-reserv-geo': { env: geoEnvNew } },
      },
    },
    configMaps: ['frontend', 'search', 'geo', 'profile', 'rate', 'recommendation', 'user', 'reservation'].map((n) => ({ name: `${n}-hotelres`, keys: ['service-config.json'] })),
    events: [
      { on: 'pod:rate#0', reason: 'Scheduled', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', source: 'default-scheduler', first: RECREATED },
      { on: 'pod:rate#0', reason: 'Pulled', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', fieldPath: 'spec.containers{hotel-reserv-rate}', first: RECREATED + 0.05, last: LAST_START - 0.01, count: 10 },
      { on: 'pod:rate#0', reason: 'Created', message: 'Created container hotel-reserv-rate', fieldPath: 'spec.containers{hotel-reserv-rate}', first: RECREATED + 0.06, last: LAST_START - 0.01, count: 10 },
      { on: 'pod:rate#0', reason: 'Started', message: 'Started container hotel-reserv-rate', fieldPath: 'spec.containers{hotel-reserv-rate}', first: RECREATED + 0.08, last: LAST_START, count: 10 },
      { on: 'pod:rate#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-rate in pod %POD%_hotel-reservation(%PODUID%)', fieldPath: 'spec.containers{hotel-reserv-rate}', first: -30.8, last: -0.2, count: 131 },
      { on: 'deploy:geo', reason: 'ScalingReplicaSet', message: 'Scaled up replica set geo-%NEW% to 1', first: -47 },
      { on: 'deploy:geo', reason: 'ScalingReplicaSet', message: 'Scaled down replica set geo-%OLD% to 0 from 1', first: -46.4 },
    ],
    logs: {
      'rate#0/hotel-reserv-rate/previous': previous,
      'consul#0/consul': consulLog,
      'mongodb-rate#0/hotel-reserv-rate-mongo': mongoLog,
    },
  },
];
