// Batch s63b (blind dev): one DeathStarBench hotelReservation scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// memcached-rate stops answering (connections accepted, no replies): rate panics on every search and crash-loops.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const INCIDENT = '2026-07-09T09:58:00Z';
const T = clock(INCIDENT);
const HANG = -19.5; // ~09:38:30 memcached-rate stops processing requests
const IMG = 'hotelres.azurecr.io/hotel-reservation:6ecb097';

// zerolog ConsoleWriter as the services print it (cmd/*/main.go: RFC3339, Caller(), colours kept by kubectl logs)
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', PNC: '\x1b[1m\x1b[31mPNC\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const rateBoot = (min) => [
  zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(min, 'INF', 'cmd/rate/main.go:23', 'Reading config...'),
  zl(min, 'INF', 'cmd/rate/main.go:36', 'Read database URL: mongodb-rate:27017'),
  zl(min, 'INF', 'cmd/rate/main.go:37', 'Initializing DB connection...'),
  zl(min + 0.002, 'INF', 'cmd/rate/db.go:39', 'New session successfull...'),
  zl(min + 0.002, 'INF', 'cmd/rate/main.go:40', 'Successfull'),
  zl(min + 0.002, 'INF', 'cmd/rate/main.go:42', 'Read profile memcashed address: memcached-rate:11211'),
  zl(min + 0.002, 'INF', 'cmd/rate/main.go:43', 'Initializing Memcashed client...'),
  zl(min + 0.002, 'INF', 'cmd/rate/main.go:48', 'Successfull'),
  zl(min + 0.002, 'INF', 'cmd/rate/main.go:52', 'Read target port: 8084'),
  zl(min + 0.002, 'INF', 'cmd/rate/main.go:53', 'Read consul address: consul:8500'),
  zl(min + 0.002, 'INF', 'cmd/rate/main.go:54', 'Read jaeger address: jaeger:6831'),
  zl(min + 0.002, 'INF', 'cmd/rate/main.go:62', 'Initializing jaeger agent [service name: rate | host: jaeger:6831]...'),
  zl(min + 0.003, 'INF', 'tracing/tracer.go:26', 'Jaeger client: adjusted sample ratio 0.010000'),
  zl(min + 0.003, 'INF', 'cmd/rate/main.go:67', 'Jaeger agent initialized'),
  zl(min + 0.003, 'INF', 'cmd/rate/main.go:69', 'Initializing consul agent [host: consul:8500]...'),
  zl(min + 0.003, 'INF', 'cmd/rate/main.go:74', 'Consul agent initialized'),
  zl(min + 0.003, 'INF', 'cmd/rate/main.go:85', 'Starting server...'),
];
const IDS = ['[3 5 1 2 6]', '[2 1 3 5 4]', '[5 3 6 1 2]', '[1 2 3 4 6]'];
const rateRun = (start, crash, k, srcPort) => {
  const msg = `Memmcached error while trying to get hotel [id: ${IDS[k % 4]}]= read tcp %PODIP%:${srcPort}->%SVCIP:memcached-rate%:11211: i/o timeout`;
  return [
    ...rateBoot(start),
    zl(crash, 'PNC', 'services/rate/server.go:102', msg),
    `panic: ${msg}`,
    '',
    'goroutine 412 [running]:',
    'github.com/rs/zerolog.(*Logger).Panic.func1({0xc000312a80?, 0x0?})',
    '\t/workspace/vendor/github.com/rs/zerolog/log.go:396 +0x27',
    'github.com/rs/zerolog.(*Event).msg(0xc0003f4060, {0xc000312a80, 0x8e})',
    '\t/workspace/vendor/github.com/rs/zerolog/event.go:158 +0x2c2',
    'github.com/rs/zerolog.(*Event).Msgf(0xc0003f4060, {0xb8d1a3?, 0x10?}, {0xc0004b9d40?, 0x2?, 0x2?})',
    '\t/workspace/vendor/github.com/rs/zerolog/event.go:134 +0x4e',
    'github.com/harlow/go-micro-services/services/rate.(*Server).GetRates(0xc0001c8000, {0xcb1e90, 0xc000422c30}, 0xc0003c8e60)',
    '\t/workspace/services/rate/server.go:102 +0x9b4',
    'github.com/harlow/go-micro-services/services/rate/proto._Rate_GetRates_Handler.func1({0xcb1e90, 0xc000422c30}, {0xb0f4a0?, 0xc0003c8e60})',
    '\t/workspace/services/rate/proto/rate.pb.go:291 +0x78',
    'github.com/grpc-ecosystem/grpc-opentracing/go/otgrpc.OpenTracingServerInterceptor.func1({0xcb1e90, 0xc000422ba0}, {0xb0f4a0, 0xc0003c8e60}, 0xc0004a6380, 0xc0004b9e00)',
    '\t/workspace/vendor/github.com/grpc-ecosystem/grpc-opentracing/go/otgrpc/server.go:57 +0x3d1',
    'github.com/harlow/go-micro-services/services/rate/proto._Rate_GetRates_Handler({0xb31e40?, 0xc0001c8000}, {0xcb1e90, 0xc000422ba0}, 0xc0003f2000, 0xc00019a7c8)',
    '\t/workspace/services/rate/proto/rate.pb.go:293 +0x138',
    'google.golang.org/grpc.(*Server).processUnaryRPC(0xc0001d0000, {0xcb5bb8, 0xc000182340}, 0xc0004c0000, 0xc00019c060, 0x10a7f20, 0x0)',
    '\t/workspace/vendor/google.golang.org/grpc/server.go:1282 +0xccf',
    'google.golang.org/grpc.(*Server).handleStream(0xc0001d0000, {0xcb5bb8, 0xc000182340}, 0xc0004c0000, 0x0)',
    '\t/workspace/vendor/google.golang.org/grpc/server.go:1619 +0xa2f',
    'google.golang.org/grpc.(*Server).serveStreams.func1.2()',
    '\t/workspace/vendor/google.golang.org/grpc/server.go:921 +0x98',
    'created by google.golang.org/grpc.(*Server).serveStreams.func1',
    '\t/workspace/vendor/google.golang.org/grpc/server.go:919 +0x28a',
  ];
};
// restart 8 ran from -8.9 to -8.85 (no search hit it for a few seconds), restart 9 (current, last terminated) from -3.6 to -3.55
const LAST_START = -3.62, LAST_END = -3.55;

const frontendLog = (i) => [
  zl(-60 * 24 * 9, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(-60 * 24 * 9, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(-60 * 24 * 9, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(-60 * 24 * 9, 'INF', 'cmd/frontend/main.go:23', 'Reading config...'),
  zl(-60 * 24 * 9, 'INF', 'cmd/frontend/main.go:39', 'Read target port: 5000'),
  zl(-60 * 24 * 9, 'INF', 'cmd/frontend/main.go:40', 'Read consul address: consul:8500'),
  zl(-60 * 24 * 9, 'INF', 'cmd/frontend/main.go:41', 'Read jaeger address: jaeger:6831'),
  zl(-60 * 24 * 9 + 0.001, 'INF', 'cmd/frontend/main.go:50', 'Initializing jaeger agent [service name: frontend | host: jaeger:6831]...'),
  zl(-60 * 24 * 9 + 0.001, 'INF', 'cmd/frontend/main.go:55', 'Jaeger agent initialized'),
  zl(-60 * 24 * 9 + 0.001, 'INF', 'cmd/frontend/main.go:57', 'Initializing consul agent [host: consul:8500]...'),
  zl(-60 * 24 * 9 + 0.001, 'INF', 'cmd/frontend/main.go:62', 'Consul agent initialized'),
  zl(-60 * 24 * 9 + 0.002, 'INF', 'cmd/frontend/main.go:72', 'Starting server...'),
  zl(-60 * 24 * 9 + 0.002, 'INF', 'services/frontend/server.go:55', `Start Frontend server. Addr: 0.0.0.0:5000`),
];

export const scenarios = [
  {
    folder: 's63b-memcached-rate-stops-answering',
    incidentTime: INCIDENT,
    description: 'hotel search giving 500s since about 9:40, the rate svc keeps crashlooping?? login + reservations still work',
    expected: { component: 'memcached-rate', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression'],
    workloads: {
      rate: {
        pods: [{
          ready: false,
          readyTransition: T.iso(LAST_END),
          containers: {
            'hotel-reserv-rate': cs.crashLoop({ restarts: 9, exitCode: 2, startedAt: T.iso(LAST_START), finishedAt: T.iso(LAST_END), backoff: '5m0s', container: 'hotel-reserv-rate' }),
          },
        }],
        unavailableSince: HANG + 0.6,
      },
      jaeger: {
        pods: [{
          containers: {
            'hotel-reserv-jaeger': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 95), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 2 - 95.2) } }),
          },
        }],
      },
      // benign decoy: tracing sample ratio raised for recommendation two and a half hours ago
      recommendation: {
        rollout: { at: -152, revision: 4, oldContainers: { 'hotel-reserv-recommendation': { env: [{ name: 'TLS', value: '0' }, { name: 'LOG_LEVEL', value: 'INFO' }, { name: 'JAEGER_SAMPLE_RATIO', value: '0.01' }, { name: 'MEMC_TIMEOUT', value: '2' }, { name: 'GC', value: '100' }] } } },
        containers: { 'hotel-reserv-recommendation': { env: [{ name: 'TLS', value: '0' }, { name: 'LOG_LEVEL', value: 'INFO' }, { name: 'JAEGER_SAMPLE_RATIO', value: '0.1' }, { name: 'MEMC_TIMEOUT', value: '2' }, { name: 'GC', value: '100' }] } },
      },
    },
    events: [
      { on: 'pod:rate#0', reason: 'Pulled', message: `Container image "${IMG}" already present on machine`, first: HANG + 0.6, last: LAST_START, count: 9, fieldPath: 'spec.containers{hotel-reserv-rate}' },
      { on: 'pod:rate#0', reason: 'Created', message: 'Created container hotel-reserv-rate', first: HANG + 0.6, last: LAST_START, count: 9, fieldPath: 'spec.containers{hotel-reserv-rate}' },
      { on: 'pod:rate#0', reason: 'Started', message: 'Started container hotel-reserv-rate', first: HANG + 0.6, last: LAST_START, count: 9, fieldPath: 'spec.containers{hotel-reserv-rate}' },
      { on: 'pod:rate#0', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-rate in pod %POD%_hotel-reservation(%PODUID%)', first: HANG + 1.1, last: -0.2, count: 47, type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-rate}' },
    ],
    logs: {
      'rate#0/hotel-reserv-rate': rateRun(LAST_START, LAST_END, 9, 47212),
      'rate#0/hotel-reserv-rate/previous': rateRun(-8.9, -8.85, 8, 38954),
      'frontend#0/hotel-reserv-frontend': frontendLog(0),
      'frontend#1/hotel-reserv-frontend': frontendLog(1),
    },
    grounding: `
      Manifests: delimitrou/DeathStarBench hotelReservation kubernetes + helm chart at 6ecb097 (SOURCES.md): rate reads
      RateMemcAddress memcached-rate:11211 from its config.json, MEMC_TIMEOUT=2 sets the gomemcache timeout, memcached
      1.6.22 with no probes anywhere in the chart.
      Code: services/rate/server.go GetRates does a GetMulti on memcached first and, on any error other than a cache
      miss, calls log.Panic() ("Memmcached error while trying to get hotel [id: ...]= ..."); the gRPC server has no
      recovery interceptor, so the panic kills the process (exit code 2) at the first search after each start.
      search and frontend pass the error on without logging it (search Nearby returns err; the frontend writes a 500).
      Fault (public report memcached/memcached#446, "suddenly stops processing connections (CLOSE_WAIT issue)"): at about
      09:38 memcached-rate stopped answering — the kernel still accepts TCP connections, the daemon never replies, so each
      GetMulti ends in "read tcp ...: i/o timeout" after 2 s. memcached logs nothing without -v; its pod stays Running and
      Ready with no restart. rate is the loud one: nine restarts, CrashLoopBackOff, a panic trace per run; search pages
      500; login (user) and reservations (reservation, memcached-reserve) are unaffected. Restarting rate cannot help;
      restarting memcached-rate does.
      Decoys: jaeger all-in-one OOMKilled two days ago (one restart); a benign recommendation rollout 2.5 h before that only
      raised JAEGER_SAMPLE_RATIO 0.01 -> 0.1 (the only difference between its two ReplicaSets).
      Expected: memcached-rate / dependency-down.
    `,
  },
];
