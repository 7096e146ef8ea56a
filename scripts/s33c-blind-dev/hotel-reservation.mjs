// Batch s33c blind dev scenario for hotel-reservation (system: scripts/s3-scenarios/hotel-reservation.mjs): a config change
// points rate at a memcached address that does not resolve yet; rate panics on its first cache read and crash-loops.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs } from '../s3-scenarios/hotel-reservation.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const INC = '2026-06-09T08:41:00Z';
const T = clock(INC);
const ANN = base.workloads.find((w) => w.name === 'rate').podAnnotations;

// zerolog ConsoleWriter as the services print it (RFC3339, caller, colours kept by kubectl logs).
const LV = { INF: '\x1b[32mINF\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', PNC: '\x1b[1m\x1b[31mPNC\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const NEWADDR = 'memcached-rate.cache.svc.cluster.local:11211';
const NOSRV = 'memcache: no servers configured or available';
const rateRun = (min, ids) => [
  zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(min, 'INF', 'cmd/rate/main.go:23', 'Reading config...'),
  zl(min, 'INF', 'cmd/rate/main.go:36', 'Read database URL: mongodb-rate:27017'),
  zl(min, 'INF', 'cmd/rate/main.go:37', 'Initializing DB connection...'),
  zl(min + 0.01, 'INF', 'cmd/rate/db.go:37', 'New session successfull...'),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:40', 'Successfull'),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:42', `Read profile memcashed address: ${NEWADDR}`),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:43', 'Initializing Memcashed client...'),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:45', 'Successfull'),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:50', 'Read target port: 8084'),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:51', 'Read consul address: consul:8500'),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:52', 'Read jaeger address: jaeger:6831'),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:61', 'Initializing jaeger agent [service name: rate | host: jaeger:6831]...'),
  zl(min + 0.01, 'INF', 'tracing/tracer.go:26', 'Jaeger client: adjusted sample ratio 0.010000'),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:66', 'Jaeger agent initialized'),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:68', 'Initializing consul agent [host: consul:8500]...'),
  zl(min + 0.02, 'INF', 'cmd/rate/main.go:73', 'Consul agent initialized'),
  zl(min + 0.02, 'INF', 'cmd/rate/main.go:84', 'Starting server...'),
  zl(min + 0.02, 'INF', 'registry/registry.go:91', 'Trying to register service [ name: srv-rate, id: 0d8c5e41-7a2b-4f3e-9b16-3c7e2a9d4f05, address: %PODIP%:8084 ]'),
  zl(min + 0.02, 'INF', 'services/rate/server.go:99', 'Successfully registered in consul'),
  zl(min + 0.4, 'PNC', 'services/rate/server.go:137', `Memmcached error while trying to get hotel [id: ${ids}]= ${NOSRV}`),
  `panic: Memmcached error while trying to get hotel [id: ${ids}]= ${NOSRV}`,
  '',
  'goroutine 214 [running]:',
  'github.com/rs/zerolog.(*Logger).Panic.func1({0xc0003a6000?, 0x0?})',
  '\t/workspace/vendor/github.com/rs/zerolog/log.go:396 +0x27',
  'github.com/rs/zerolog.(*Event).msg(0xc0002e4180, {0xc0003a6000, 0x6e})',
  '\t/workspace/vendor/github.com/rs/zerolog/event.go:158 +0x2c2',
  'github.com/rs/zerolog.(*Event).Msgf(0xc0002e4180, {0xd5e2a1?, 0x1b?}, {0xc00051fa48?, 0x2?, 0x2?})',
  '\t/workspace/vendor/github.com/rs/zerolog/event.go:130 +0x4e',
  'github.com/delimitrou/DeathStarBench/tree/master/hotelReservation/services/rate.(*Server).GetRates(0xc0001b2000, {0xf3a8c8, 0xc0004ea330}, 0xc0004e8240)',
  '\t/workspace/services/rate/server.go:137 +0x5d4',
  'github.com/delimitrou/DeathStarBench/tree/master/hotelReservation/services/rate/proto._Rate_GetRates_Handler.func1({0xf3a8c8, 0xc0004ea330}, {0xd1c7e0?, 0xc0004e8240})',
  '\t/workspace/services/rate/proto/rate.pb.go:362 +0x72',
];
const unavailable = (ip) => `rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp ${ip}:8084: connect: connection refused"`;

export const scenarios = [
  {
    folder: 's33c-rate-memcached-addr',
    incidentTime: INC,
    description: 'hotel search returning 500s since 08:20, /hotels basically dead, booking team says reservations still work',
    expected: { component: 'rate', cause: 'config-error' },
    alsoAcceptable: [{ component: 'rate', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Manifest facts (delimitrou/DeathStarBench hotelReservation helm-chart at 6ecb097): rate (Go gRPC, port 8084) reads config.json from the
      ConfigMap rate-hotelres (subPath service-config.json) with RateMongoAddress and RateMemcAddress; cmd/rate/main.go logs "Read profile
      memcashed address: %v" (sic) and builds the client with tune.NewMemCClient2, which calls gomemcache ServerList.SetServers and
      ignores its error, so an address that does not resolve leaves the client with no servers. services/rate/server.go GetRates does
      GetMulti and, on any error other than ErrCacheMiss, log.Panic().Msgf("Memmcached error while trying to get hotel [id: %v]= %s");
      a panic in a gRPC handler kills the process (exit code 2). gomemcache's ErrNoServers reads "memcache: no servers configured or
      available". search calls rate for every /hotels request; reservation, user and profile do not use rate.
      Fault: the platform team is moving the memcached instances to a shared cache namespace and shipped the values change ahead of the
      move: rate-hotelres now says RateMemcAddress memcached-rate.cache.svc.cluster.local:11211, a Service that does not exist yet
      (edited 08:17 by helm); the deploy pipeline restarts rate (kubectl rollout restart) at 08:18. The new pod starts cleanly, registers in
      consul, and panics on the first GetRates call; it is now in CrashLoopBackOff, and search logs connection refused / EOF from the rate
      address consul hands out, so /hotels fails while login and reservations work. memcached-rate itself is healthy and untouched.
      A careful engineer reads the rate panic ("no servers configured or available"), the "memcashed address" line naming the new host,
      and the ConfigMap edited minutes before the restart: rate runs with a memcached address it cannot use (config-error); the rollout
      restart that brought the config in is also accepted. Decoys: a recommendation rollout yesterday that completed and a geo pod
      restarted five days ago.`,
    workloads: {
      rate: {
        patch: { podAnnotations: { ...ANN, 'kubectl.kubernetes.io/restartedAt': T.iso(-23) } },
        rollout: { at: -23, revision: 6, oldPatch: { podAnnotations: ANN } },
        unavailableSince: -21.5,
        endpointsChanged: -1.2,
        pods: [
          {
            containers: {
              'hotel-reserv-rate': cs.crashLoop({
                restarts: 7,
                exitCode: 2,
                startedAt: T.iso(-1.6),
                finishedAt: T.iso(-1.2),
                backoff: '5m0s',
                container: 'hotel-reserv-rate',
              }),
            },
          },
        ],
      },
      recommendation: { rollout: { at: -60 * 19, revision: 5 } },
      geo: {
        pods: [
          {
            containers: {
              'hotel-reserv-geo': cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 5),
                last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 5 - 0.2) },
              }),
            },
          },
        ],
      },
    },
    configMaps: ['frontend', 'search', 'geo', 'profile', 'rate', 'recommendation', 'user', 'reservation'].map((n) => ({ name: `${n}-hotelres`, keys: ['service-config.json'] })),
    events: [
      { on: 'deploy:rate', reason: 'ScalingReplicaSet', message: 'Scaled up replica set rate-%NEW% to 1', first: -23 },
      { on: 'deploy:rate', reason: 'ScalingReplicaSet', message: 'Scaled down replica set rate-%OLD% to 0 from 1', first: -22.6 },
      { on: 'pod:rate#0', reason: 'Pulled', message: `Container image "${base.workloads.find((w) => w.name === 'rate').containers[0].image}" already present on machine`, first: -22.9, last: -1.6, count: 8 },
      { on: 'pod:rate#0', reason: 'Created', message: 'Created container: hotel-reserv-rate', first: -22.9, last: -1.6, count: 8 },
      { on: 'pod:rate#0', reason: 'Started', message: 'Started container hotel-reserv-rate', first: -22.9, last: -1.6, count: 8 },
      { on: 'pod:rate#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-rate in pod %POD%_hotel-reservation(%PODUID%)', first: -21.3, last: -0.4, count: 61 },
      { on: 'deploy:recommendation', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendation-%NEW% to 1', first: -60 * 19 },
      { on: 'deploy:recommendation', reason: 'ScalingReplicaSet', message: 'Scaled down replica set recommendation-%OLD% to 0 from 1', first: -60 * 19 + 0.5 },
    ],
    logs: {
      'rate#0/hotel-reserv-rate/previous': rateRun(-1.6, '[12 45 3 27 81]'),
      'search#0/hotel-reserv-search': [
        zl(-60 * 24 * 9, 'INF', 'cmd/search/main.go:63', 'Starting server...'),
        zl(-22.1, 'ERR', 'services/search/server.go:141', 'SearchHandler GetRates failed: rpc error: code = Unavailable desc = error reading from server: EOF'),
        zl(-21.8, 'ERR', 'services/search/server.go:141', `SearchHandler GetRates failed: ${unavailable('%IPOF:rate#0%')}`),
        zl(-20.9, 'ERR', 'services/search/server.go:141', `SearchHandler GetRates failed: ${unavailable('%IPOF:rate#0%')}`),
        zl(-19.5, 'ERR', 'services/search/server.go:141', 'SearchHandler GetRates failed: rpc error: code = Unavailable desc = error reading from server: EOF'),
        zl(-17.2, 'ERR', 'services/search/server.go:141', `SearchHandler GetRates failed: ${unavailable('%IPOF:rate#0%')}`),
        zl(-14.0, 'ERR', 'services/search/server.go:141', `SearchHandler GetRates failed: ${unavailable('%IPOF:rate#0%')}`),
        zl(-11.3, 'ERR', 'services/search/server.go:141', 'SearchHandler GetRates failed: rpc error: code = Unavailable desc = error reading from server: EOF'),
        zl(-8.6, 'ERR', 'services/search/server.go:141', `SearchHandler GetRates failed: ${unavailable('%IPOF:rate#0%')}`),
        zl(-5.0, 'ERR', 'services/search/server.go:141', `SearchHandler GetRates failed: ${unavailable('%IPOF:rate#0%')}`),
        zl(-1.2, 'ERR', 'services/search/server.go:141', 'SearchHandler GetRates failed: rpc error: code = Unavailable desc = error reading from server: EOF'),
        zl(-0.3, 'ERR', 'services/search/server.go:141', `SearchHandler GetRates failed: ${unavailable('%IPOF:rate#0%')}`),
      ],
      'frontend#0/hotel-reserv-frontend': [
        zl(-60 * 24 * 9, 'INF', 'services/frontend/server.go:86', 'Serving http'),
        zl(-21.8, 'ERR', 'services/frontend/server.go:186', `SearchHandler search.Nearby failed: rpc error: code = Unavailable desc = ${unavailable('%IPOF:rate#0%').replace('rpc error: code = Unavailable desc = ', '')}`),
        zl(-14.0, 'ERR', 'services/frontend/server.go:186', `SearchHandler search.Nearby failed: rpc error: code = Unavailable desc = ${unavailable('%IPOF:rate#0%').replace('rpc error: code = Unavailable desc = ', '')}`),
        zl(-5.0, 'ERR', 'services/frontend/server.go:186', `SearchHandler search.Nearby failed: rpc error: code = Unavailable desc = ${unavailable('%IPOF:rate#0%').replace('rpc error: code = Unavailable desc = ', '')}`),
      ],
      'frontend#1/hotel-reserv-frontend': [
        zl(-60 * 24 * 9, 'INF', 'services/frontend/server.go:86', 'Serving http'),
        zl(-19.5, 'ERR', 'services/frontend/server.go:186', 'SearchHandler search.Nearby failed: rpc error: code = Unavailable desc = error reading from server: EOF'),
        zl(-8.6, 'ERR', 'services/frontend/server.go:186', `SearchHandler search.Nearby failed: rpc error: code = Unavailable desc = ${unavailable('%IPOF:rate#0%').replace('rpc error: code = Unavailable desc = ', '')}`),
        zl(-0.3, 'ERR', 'services/frontend/server.go:186', `SearchHandler search.Nearby failed: rpc error: code = Unavailable desc = ${unavailable('%IPOF:rate#0%').replace('rpc error: code = Unavailable desc = ', '')}`),
      ],
      'reservation#0/hotel-reserv-reservation': [
        zl(-60 * 24 * 9, 'INF', 'cmd/reservation/main.go:84', 'Starting server...'),
        zl(-60 * 24 * 9, 'INF', 'services/reservation/server.go:93', 'Successfully registered in consul'),
      ],
    },
  },
];

// ConfigMap edits: [name, manager, minutes before the incident, incidentTime, keys] (applied by scripts/s33c-build.mjs).
export const configMapEdits = { 's33c-rate-memcached-addr': [['rate-hotelres', 'helm', -24, INC, ['service-config.json']]] };
