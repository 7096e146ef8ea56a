// Blind dev batch s57a: one hotelReservation scenario for the scenario kit (scripts/s2-scenario-kit.mjs), built by
// scripts/s57a-build.mjs — memcached-rate frozen under a debugger (Ready, silent) while rate crash-loops on its timeouts.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs } from '../s3-scenarios/hotel-reservation.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const INC = '2026-07-21T22:47:00Z';
const T = clock(INC);
const DEBUG = -18.4; // kubectl debug adds the ephemeral container
const FREEZE = -17.1; // gdb attaches to memcached (pid 1 of the target container): the process is ptrace-stopped
export const EPHEMERAL = { pod: 'memcached-rate', name: 'debugger-q8x2v', image: 'ubuntu:24.04', target: 'hotel-reserv-rate-mmc', started: T.iso(DEBUG + 0.08) };

const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', PNC: '\x1b[1m\x1b[31mPNC\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const tune = (min) => [
  zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
];
const rateBoot = (min) => [
  ...tune(min),
  zl(min, 'INF', 'cmd/rate/main.go:24', 'Reading config...'),
  zl(min, 'INF', 'cmd/rate/main.go:37', 'Read database URL: mongodb-rate:27017'),
  zl(min, 'INF', 'cmd/rate/main.go:38', 'Initializing DB connection...'),
  zl(min + 0.01, 'INF', 'cmd/rate/db.go:30', 'New session successfull...'),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:42', 'Successfull'),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:44', 'Read profile memcashed address: memcached-rate:11211'),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:45', 'Initializing Memcashed client...'),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:48', 'Successfull'),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:53', 'Read target port: 8084'),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:54', 'Read consul address: consul:8500'),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:55', 'Read jaeger address: jaeger:6831'),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:62', 'Initializing jaeger agent [service name: rate | host: jaeger:6831]...'),
  zl(min + 0.01, 'INF', 'tracing/tracer.go:26', 'Jaeger client: adjusted sample ratio 0.010000'),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:67', 'Jaeger agent initialized'),
  zl(min + 0.01, 'INF', 'cmd/rate/main.go:78', 'Starting server...'),
];
const crash = (min, ids, port, gr) => {
  const msg = `Memmcached error while trying to get hotel [id: [${ids}]]= read tcp %PODIP%:${port}->%SVCIP:memcached-rate%:11211: i/o timeout`;
  return [
    zl(min, 'PNC', 'services/rate/server.go:107', msg),
    `panic: ${msg}`,
    '',
    `goroutine ${gr} [running]:`,
    'github.com/rs/zerolog.(*Logger).Panic.func1({0xc00028e140?, 0x0?})',
    '\t/workspace/vendor/github.com/rs/zerolog/log.go:405 +0x27',
    'github.com/rs/zerolog.(*Event).msg(0xc0002b4000, {0xc00028e140, 0x8f})',
    '\t/workspace/vendor/github.com/rs/zerolog/event.go:158 +0x2b8',
    'github.com/rs/zerolog.(*Event).Msgf(0xc0002b4000, {0xb6a3c1?, 0xc0001a9e48?}, {0xc0001a9f10?, 0x2?, 0x2?})',
    '\t/workspace/vendor/github.com/rs/zerolog/event.go:132 +0x4e',
    'github.com/harlow/go-micro-services/services/rate.(*Server).GetRates(0xc0000c6280, {0xd3f2a8, 0xc0003ac4e0}, 0xc0003a6040)',
    '\t/workspace/services/rate/server.go:107 +0x4f2',
    'github.com/harlow/go-micro-services/services/rate/proto._Rate_GetRates_Handler.func1({0xd3f2a8, 0xc0003ac4e0}, {0xb21f60?, 0xc0003a6040})',
    '\t/workspace/services/rate/proto/rate.pb.go:176 +0x72',
    'github.com/grpc-ecosystem/grpc-opentracing/go/otgrpc.OpenTracingServerInterceptor.func1({0xd3f2a8, 0xc0003ac3f0}, {0xb21f60, 0xc0003a6040}, 0xc0003a2080, 0xc0003b2018)',
    '\t/workspace/vendor/github.com/grpc-ecosystem/grpc-opentracing/go/otgrpc/server.go:57 +0x3a2',
    'google.golang.org/grpc.(*Server).processUnaryRPC(0xc0001f2000, {0xd43c20, 0xc000296000}, 0xc0003c2000, 0xc0001b8a20, 0x1229e40, 0x0)',
    '\t/workspace/vendor/google.golang.org/grpc/server.go:900 +0xe03',
  ];
};
const geoIds = ['5 3 1 6 2', '1 3 5 6 2', '2 6 3 1 5', '3 1 5 2 6'];

export const scenarios = [
  {
    folder: 's57a-memcached-rate-frozen-by-gdb',
    incidentTime: INC,
    description: 'hotelres search 500s for the last ~15 min (wrk2 error rate through the roof). recommendations and login ok. rate keeps restarting??',
    expected: { component: 'memcached-rate', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'partial-name', 'time-expression', 'decoy'],
    grounding: `
      Manifests: DeathStarBench hotelReservation kubernetes/ and helm-chart at 6ecb097 (SOURCES.md): memcached-rate
      (memcached:1.6.22, 11211, no probes), rate (Go, MEMC_TIMEOUT=2, RateMemcAddress memcached-rate:11211), search -> rate.
      services/rate/server.go calls MemcClient.GetMulti and log.Panic()s on any error other than a cache miss
      ("Memmcached error while trying to get hotel [id: %v]= %s"); zerolog's Panic panics inside the gRPC handler, which
      grpc-go does not recover, so the rate process dies (exit 2) on the first request that hits memcached.
      Fault: at 22:28 an engineer chasing a cache-miss question ran kubectl debug -it memcached-rate-… --image=ubuntu:24.04
      --target=hotel-reserv-rate-mmc --profile=general (the profile adds SYS_PTRACE; --target shares the container's process
      namespace, kubernetes.io "Debugging with an ephemeral debug container"), installed gdb and attached to memcached
      (gdb -p 1) — a ptrace attach stops the tracee until it is continued or detached, and the session was left at the gdb
      prompt. memcached is frozen: the kernel still completes TCP handshakes into the listen backlog, so gomemcache's dial
      succeeds and its 2s read deadline fires ("read tcp …->…:11211: i/o timeout"). The memcached pod stays Running and
      Ready (no probes), restartCount 0, silent (memcached logs nothing without -v); its only trace is the ephemeral container
      in spec.ephemeralContainers / status.ephemeralContainerStatuses and the kubelet's Events for it.
      Callers are louder: rate crash-loops (restartCount 7, CrashLoopBackOff, PNC line + Go panic trace each run), search
      and frontend return 500s for /hotels (search returns the gRPC error without logging it).
      Decoys: geo restarted once five days ago (mongodb-geo was not up yet, exit 1 via log.Fatal in db.go); a Jaeger client ERROR in profile from
      yesterday, when jaeger restarted, about a span batch it could not flush. Deviations: the ephemeral container (post-processed by
      scripts/s57a-build.mjs: the kit cannot express one) and the debugging session are invented; the Go panic frames' addresses
      and source line numbers are illustrative; cmd/rate/main.go messages are those of upstream.
    `,
    workloads: {
      rate: {
        pods: [{ ready: false, readyTransition: T.iso(FREEZE + 0.25), containers: { 'hotel-reserv-rate': cs.crashLoop({ restarts: 7, exitCode: 2, reason: 'Error', startedAt: T.iso(-1.46), finishedAt: T.iso(-1.37), backoff: '5m0s', container: 'hotel-reserv-rate' }) } }],
        unavailableSince: FREEZE + 0.25,
        endpointsChanged: -1.37,
      },
      geo: {
        pods: [{ containers: { 'hotel-reserv-geo': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 5 + 0.3), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 5), finishedAt: T.iso(-60 * 24 * 5 + 0.2) } }) } }],
      },
    },
    events: [
      { on: 'pod:memcached-rate#0', reason: 'Pulling', fieldPath: `spec.ephemeralContainers{${EPHEMERAL.name}}`, message: 'Pulling image "ubuntu:24.04"', first: DEBUG },
      { on: 'pod:memcached-rate#0', reason: 'Pulled', fieldPath: `spec.ephemeralContainers{${EPHEMERAL.name}}`, message: 'Successfully pulled image "ubuntu:24.04" in 2.871s (2.871s including waiting). Image size: 29754422 bytes.', first: DEBUG + 0.05 },
      { on: 'pod:memcached-rate#0', reason: 'Created', fieldPath: `spec.ephemeralContainers{${EPHEMERAL.name}}`, message: `Created container ${EPHEMERAL.name}`, first: DEBUG + 0.06 },
      { on: 'pod:memcached-rate#0', reason: 'Started', fieldPath: `spec.ephemeralContainers{${EPHEMERAL.name}}`, message: `Started container ${EPHEMERAL.name}`, first: DEBUG + 0.08 },
      { on: 'pod:rate#0', reason: 'Pulled', fieldPath: 'spec.containers{hotel-reserv-rate}', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', first: FREEZE + 0.2, last: -1.47, count: 7 },
      { on: 'pod:rate#0', reason: 'Created', fieldPath: 'spec.containers{hotel-reserv-rate}', message: 'Created container hotel-reserv-rate', first: FREEZE + 0.2, last: -1.47, count: 7 },
      { on: 'pod:rate#0', reason: 'Started', fieldPath: 'spec.containers{hotel-reserv-rate}', message: 'Started container hotel-reserv-rate', first: FREEZE + 0.21, last: -1.46, count: 7 },
      { on: 'pod:rate#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-rate}', message: 'Back-off restarting failed container hotel-reserv-rate in pod %POD%_hotel-reservation(%PODUID%)', first: FREEZE + 0.3, last: -0.2, count: 71 },
    ],
    logs: {
      'rate#0/hotel-reserv-rate': [...rateBoot(-1.46), ...crash(-1.37, geoIds[0], 51874, 211)],
      'rate#0/hotel-reserv-rate/previous': [...rateBoot(-6.55), ...crash(-6.46, geoIds[1], 39216, 187)],
      'search#0/hotel-reserv-search': [
        ...tune(-60 * 24 * 9 + 0.2),
        zl(-60 * 24 * 9 + 0.2, 'INF', 'cmd/search/main.go:24', 'Reading config...'),
        zl(-60 * 24 * 9 + 0.2, 'INF', 'cmd/search/main.go:36', 'Read target port: 8082'),
        zl(-60 * 24 * 9 + 0.2, 'INF', 'cmd/search/main.go:37', 'Read consul address: consul:8500'),
        zl(-60 * 24 * 9 + 0.2, 'INF', 'cmd/search/main.go:38', 'Read jaeger address: jaeger:6831'),
        zl(-60 * 24 * 9 + 0.21, 'INF', 'cmd/search/main.go:56', 'Starting server...'),
      ],
      'profile#0/hotel-reserv-profile': [
        ...tune(-60 * 24 * 9 + 0.2),
        zl(-60 * 24 * 9 + 0.2, 'INF', 'cmd/profile/main.go:24', 'Reading config...'),
        zl(-60 * 24 * 9 + 0.22, 'INF', 'cmd/profile/main.go:79', 'Starting server...'),
        `${T.go(-60 * 26)} ERROR: failed to flush Jaeger spans to server: write udp %PODIP%:41862->%SVCIP:jaeger%:6831: write: connection refused`,
      ],
      'frontend#0/hotel-reserv-frontend': [
        ...tune(-60 * 24 * 9 + 0.2),
        zl(-60 * 24 * 9 + 0.2, 'INF', 'cmd/frontend/main.go:24', 'Reading config...'),
        zl(-60 * 24 * 9 + 0.23, 'INF', 'cmd/frontend/main.go:64', 'Starting server...'),
        zl(-60 * 24 * 9 + 0.23, 'INF', 'services/frontend/server.go:90', 'Serving http'),
      ],
    },
  },
];
