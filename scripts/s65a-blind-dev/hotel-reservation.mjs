// Blind dev batch s65a, hotel-reservation (DeathStarBench): one scenario spec for the scenario kit, on the session-3
// system definition and its default PVCs; built by scripts/s65a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';

export { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

const T = clock('2026-06-03T16:47:00Z');
// zerolog ConsoleWriter as cmd/*/main.go configures it (RFC3339, caller, colours on).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', PNC: '\x1b[1m\x1b[31mPNC\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const stdlog = (min, msg) => `${T.go(min)} ${msg}`;
const mongoDate = (min) => T.isoMs(min).replace('Z', '+00:00');
const mlog = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: mongoDate(min) }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });

const HANG = -25;
const rateBoot = (min) => [
  zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(min, 'INF', 'cmd/rate/main.go:23', 'Reading config...'),
  zl(min, 'INF', 'cmd/rate/main.go:36', 'Read database URL: mongodb-rate:27017'),
  zl(min, 'INF', 'cmd/rate/main.go:37', 'Initializing DB connection...'),
  zl(min + 0.01, 'INF', 'cmd/rate/db.go:36', 'New session successfull...'),
  zl(min + 0.01, 'INF', 'cmd/rate/db.go:38', 'Generating test data...'),
  zl(min + 0.02, 'INF', 'cmd/rate/main.go:40', 'Successfull'),
  zl(min + 0.02, 'INF', 'cmd/rate/main.go:42', 'Read profile memcashed address: memcached-rate:11211'),
  zl(min + 0.02, 'INF', 'cmd/rate/main.go:43', 'Initializing Memcashed client...'),
  zl(min + 0.02, 'INF', 'cmd/rate/main.go:48', 'Successfull'),
  zl(min + 0.02, 'INF', 'cmd/rate/main.go:52', 'Read target port: 8084'),
  zl(min + 0.02, 'INF', 'cmd/rate/main.go:53', 'Read consul address: consul:8500'),
  zl(min + 0.02, 'INF', 'cmd/rate/main.go:54', 'Read jaeger address: jaeger:6831'),
  zl(min + 0.02, 'INF', 'cmd/rate/main.go:63', 'Initializing jaeger agent [service name: rate | host: jaeger:6831]...'),
  zl(min + 0.03, 'INF', 'tracing/tracer.go:26', 'Jaeger client: adjusted sample ratio 0.010000'),
  zl(min + 0.03, 'INF', 'cmd/rate/main.go:68', 'Jaeger agent initialized'),
  zl(min + 0.03, 'INF', 'cmd/rate/main.go:70', 'Initializing consul agent [host: consul:8500]...'),
  zl(min + 0.03, 'INF', 'cmd/rate/main.go:75', 'Consul agent initialized'),
  zl(min + 0.03, 'INF', 'cmd/rate/main.go:86', 'Starting server...'),
  stdlog(min + 0.03, 'INFO: trying to register service srv-rate id 5f1e2c4a-9b7d-4e21-8a6f-3c0d9e8b7a12 with %PODIP%:8084'),
  zl(min + 0.04, 'INF', 'services/rate/server.go:86', 'Successfully registered in consul'),
];
const panicMsg = (port) =>
  `Memmcached error while trying to get hotel [id: [1 2 3 4 5 6]]= read tcp %PODIP%:${port}->%SVCIP:memcached-rate%:11211: i/o timeout`;
const ratePanic = (min, port) => [
  zl(min, 'PNC', 'services/rate/server.go:109', panicMsg(port)),
  `panic: ${panicMsg(port)}`,
  '',
  'goroutine 2187 [running]:',
  'github.com/rs/zerolog.(*Logger).Panic.func1({0xc0003b2000?, 0x0?})',
  '\t/workspace/vendor/github.com/rs/zerolog/log.go:396 +0x27',
  'github.com/rs/zerolog.(*Event).msg(0xc000284f00, {0xc0003b2000, 0x7e})',
  '\t/workspace/vendor/github.com/rs/zerolog/event.go:158 +0x2c2',
  'github.com/rs/zerolog.(*Event).Msgf(0xc000284f00, {0xb7c1e4?, 0x0?}, {0xc000567d48?, 0x2?, 0x2?})',
  '\t/workspace/vendor/github.com/rs/zerolog/event.go:129 +0x4e',
  'github.com/harlow/go-micro-services/services/rate.(*Server).GetRates(0xc0001c4000, {0xd2f8a8, 0xc0004b6c30}, 0xc0004d2180)',
  '\t/workspace/services/rate/server.go:109 +0x6c5',
  'github.com/harlow/go-micro-services/services/rate/proto._Rate_GetRates_Handler.func1({0xd2f8a8, 0xc0004b6c30}, {0xb2a1c0?, 0xc0004d2180})',
  '\t/workspace/services/rate/proto/rate_grpc.pb.go:93 +0x72',
  'github.com/grpc-ecosystem/grpc-opentracing/go/otgrpc.OpenTracingServerInterceptor.func1({0xd2f8a8, 0xc0004b6b70}, {0xb2a1c0, 0xc0004d2180}, 0xc0004d21a0, 0xc0004c8240)',
  '\t/workspace/vendor/github.com/grpc-ecosystem/grpc-opentracing/go/otgrpc/server.go:57 +0x3c4',
  'google.golang.org/grpc.(*Server).processUnaryRPC(0xc00017e000, {0xd33dd8, 0xc0002d4000}, 0xc0004e0000, 0xc0001f6a80, 0x1297ae0, 0x0)',
  '\t/workspace/vendor/google.golang.org/grpc/server.go:1343 +0xdd1',
  'created by google.golang.org/grpc.(*Server).serveStreams.func1 in goroutine 79',
  '\t/workspace/vendor/google.golang.org/grpc/server.go:1009 +0x1b6',
];

const searchLog = [
  zl(-60 * 24 * 9 + 0.3, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(-60 * 24 * 9 + 0.3, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(-60 * 24 * 9 + 0.3, 'INF', 'cmd/search/main.go:23', 'Reading config...'),
  zl(-60 * 24 * 9 + 0.31, 'INF', 'cmd/search/main.go:34', 'Read target port: 8082'),
  zl(-60 * 24 * 9 + 0.31, 'INF', 'cmd/search/main.go:35', 'Read consul address: consul:8500'),
  zl(-60 * 24 * 9 + 0.31, 'INF', 'cmd/search/main.go:36', 'Read jaeger address: jaeger:6831'),
  zl(-60 * 24 * 9 + 0.31, 'INF', 'cmd/search/main.go:45', 'Initializing jaeger agent [service name: search | host: jaeger:6831]...'),
  zl(-60 * 24 * 9 + 0.32, 'INF', 'cmd/search/main.go:50', 'Jaeger agent initialized'),
  zl(-60 * 24 * 9 + 0.32, 'INF', 'cmd/search/main.go:52', 'Initializing consul agent [host: consul:8500]...'),
  zl(-60 * 24 * 9 + 0.32, 'INF', 'cmd/search/main.go:57', 'Consul agent initialized'),
  zl(-60 * 24 * 9 + 0.32, 'INF', 'cmd/search/main.go:68', 'Starting server...'),
  stdlog(-60 * 24 * 9 + 0.33, 'INFO: trying to register service srv-search id 0c9d2a71-4f3e-4b8c-9e15-7a2d6b4f1c08 with %PODIP%:8082'),
  zl(-60 * 24 * 9 + 0.33, 'INF', 'services/search/server.go:86', 'Successfully registered in consul'),
];

// rate: crash-looping; every restart boots, takes the first search's GetRates, waits MEMC_TIMEOUT (2 s) and panics.
const ratePrev = [...rateBoot(-3.35), ...ratePanic(-3.25, 40412)];

// mongodb-rate sees rate reconnect at every restart (healthy noise: the database is fine).
const mongoRate = [];
let conn = 3417;
for (let m = HANG + 0.4; m < -0.5; m += 2.6) {
  conn += 1;
  mongoRate.push(mlog(m, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: `%IPOF:rate#0%:${40000 + ((conn * 7919) % 20000)}`, uuid: `6c2f${conn}-0b1e-4d7a-9c55-2a7e41f0c3d8`, connectionId: conn, connectionCount: 9 }));
  mongoRate.push(mlog(m + 0.001, 'I', 'NETWORK', 51800, `conn${conn}`, 'client metadata', { remote: `%IPOF:rate#0%:${40000 + ((conn * 7919) % 20000)}`, client: `conn${conn}`, doc: { driver: { name: 'mongo-go-driver', version: 'v1.11.4' }, os: { type: 'linux', architecture: 'amd64' }, platform: 'go1.21.5' } }));
  mongoRate.push(mlog(m + 0.1, 'I', 'NETWORK', 22944, `conn${conn}`, 'Connection ended', { remote: `%IPOF:rate#0%:${40000 + ((conn * 7919) % 20000)}`, uuid: `6c2f${conn}-0b1e-4d7a-9c55-2a7e41f0c3d8`, connectionId: conn, connectionCount: 8 }));
}
mongoRate.push(mlog(-0.4, 'I', 'STORAGE', 22430, 'Checkpointer', 'WiredTiger message', { message: `[${Math.floor(Date.parse(T.iso(-0.4)) / 1000)}:127301][1:0x7f3c5a1fe700], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: 18823, snapshot max: 18823 snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 412` }));

export const scenarios = [
  {
    folder: 's65a-memcached-rate-hung',
    description: 'hotel search is throwing 500s since ~16:20, rate pod keeps crashlooping. login and reservations still ok',
    incidentTime: '2026-06-03T16:47:00Z',
    expected: { component: 'memcached-rate', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['louder-dependents', 'callers-only', 'pods-ready', 'time-expression', 'partial-name', 'decoy'],
    grounding: `
      Fault: memcached-rate (memcached:1.6.22) hung at about 16:22: the process keeps running and the kernel keeps
      completing TCP handshakes on 11211, but the daemon answers nothing — the shape of memcached/memcached#446
      ("suddenly stops processing connections ... the TCP connection is established but the daemon does not respond to
      any commands including stats"; only a restart fixes it). memcached logs nothing without -v and the Deployment has no
      probe, so the pod stays Running and Ready with zero restarts and an empty log.
      The caller is the loud one: rate (hotelReservation services/rate/server.go) calls GetMulti on memcached first and, on
      any error other than a cache miss, calls log.Panic() ("Memmcached error while trying to get hotel ..."); with
      MEMC_TIMEOUT=2 (the chart's env; cmd/rate sets the gomemcache Timeout from it) the read times out after 2 s, the
      zerolog panic is not recovered inside the gRPC handler, and the process exits with code 2. rate is therefore in
      CrashLoopBackOff (9 restarts, each life a few seconds: boot, first GetRates from search, panic) and search's
      Nearby fails with it, which is what users see; search and frontend only return the error and do not log it
      (services/search/server.go). mongodb-rate is healthy: its log shows rate reconnecting at every restart.
      The gomemcache client resolves memcached-rate once at start, so the timed-out address is the Service's ClusterIP.
      The careful answer is memcached-rate being down for its callers, not rate's crash loop, which is the symptom.
      Decoy: recommendation was OOMKilled four days ago (restartCount 1) and has been fine since.
      Deviations from upstream: those of SOURCES.md (AKS, operator overlay resources); no change for the fault itself.
    `,
    workloads: {
      rate: {
        pods: [
          {
            ready: false,
            readyTransition: T.iso(HANG + 0.5),
            containers: {
              'hotel-reserv-rate': cs.crashLoop({
                restarts: 9,
                exitCode: 2,
                reason: 'Error',
                startedAt: T.iso(-3.35),
                finishedAt: T.iso(-3.22),
                backoff: '5m0s',
                container: 'hotel-reserv-rate',
              }),
            },
          },
        ],
      },
      recommendation: {
        pods: [
          {
            containers: {
              'hotel-reserv-recommendation': cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 4 - 37),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 4 - 37.1) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'pod:rate#0', reason: 'Pulled', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', first: HANG + 0.5, last: -3.4, count: 10, fieldPath: 'spec.containers{hotel-reserv-rate}' },
      { on: 'pod:rate#0', reason: 'Created', message: 'Created container hotel-reserv-rate', first: HANG + 0.5, last: -3.4, count: 10, fieldPath: 'spec.containers{hotel-reserv-rate}' },
      { on: 'pod:rate#0', reason: 'Started', message: 'Started container hotel-reserv-rate', first: HANG + 0.5, last: -3.36, count: 10, fieldPath: 'spec.containers{hotel-reserv-rate}' },
      { on: 'pod:rate#0', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-rate in pod %POD%_hotel-reservation(%PODUID%)', first: HANG + 1.1, last: -0.3, count: 104, type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-rate}' },
    ],
    logs: {
      'rate#0/hotel-reserv-rate/previous': ratePrev,
      'search#0/hotel-reserv-search': searchLog,
      'mongodb-rate#0/hotel-reserv-rate-mongo': mongoRate,
    },
  },
];
