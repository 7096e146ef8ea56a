// Blind dev batch s53b, hotel-reservation: a Chaos Mesh NetworkChaos left running on memcached-rate drops its packets, and rate
// panics on every memcached timeout (log.Panic in GetRates); built with the session-3 system by scripts/s53b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as basePvcs } from '../s3-scenarios/hotel-reservation.mjs';

export const system = base;
export const defaultPvcs = basePvcs;

const T = clock('2026-07-08T20:41:00Z');
const NS = 'hotel-reservation';

// zerolog ConsoleWriter (cmd/*/main.go: TimeFormat RFC3339, Caller()), colours on as kubectl logs keep them.
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', PNC: '\x1b[1m\x1b[31mPNC\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
// tune.Init() runs before main() swaps in the ConsoleWriter: zerolog's default global logger writes JSON to stderr.
const zjson = (min, msg) => `{"level":"info","time":"${T.iso(min)}","message":"${msg}"}`;

const UUIDS = [
  '3f6b1c2e-7a41-4d0b-9c15-8e2a4f7d6b90', 'a1d94e07-2c3b-4f5e-8a61-0b7c9d2e3f41', '5c8e2a19-6f4d-4b3a-a0e7-91d2c4b6f803',
  'e07f3b52-1d9a-4c68-b2f4-6a8e0c1d9b27', '9b2d4f61-8e3c-4a07-95b1-d3f6a2c8e049', '1e4a7c93-5b2f-4d86-a9c0-7f3e1b5d2a68',
  'c6f1e8a4-3d7b-4290-8e5a-2b9d0f4c7e13', '74a0d2b9-e6c1-4f3a-b8d5-0c2e9f7a1b46', 'b3e9c5f0-2a8d-4761-9f4b-e1c7a3d6b582',
  '2d5b8f14-9c6e-4a3d-87f0-b4a1e2c9d735', 'f8c2a6d1-4e9b-4b7f-a3c5-6d0e8b2f1a94',
];
const NEAR = ['[5 19 1 27 3]', '[34 12 7 61 2]', '[8 44 70 16 23]', '[1 5 3 27 19]', '[52 9 38 11 66]'];

/** One run of the rate binary: boot, register, first GetRates, panic (memcached connect timeout after MEMC_TIMEOUT=2 s). */
function rateRun(start, k) {
  const t = (s) => start + s / 60;
  const near = NEAR[k % NEAR.length];
  const g = 110 + k * 17;
  return [
    zjson(t(0), 'Set global log level: info'),
    zjson(t(0), 'Tune: setGCPercent to 100'),
    zl(t(0), 'INF', 'cmd/rate/main.go:24', 'Reading config...'),
    zl(t(0), 'INF', 'cmd/rate/main.go:37', 'Initializing DB connection...'),
    zl(t(0), 'INF', 'cmd/rate/db.go:30', 'Generating test data...'),
    zl(t(0), 'INF', 'cmd/rate/db.go:123', 'Attempting connection to mongodb://mongodb-rate:27017'),
    zl(t(0.1), 'INF', 'cmd/rate/db.go:130', 'Successfully connected to MongoDB'),
    zl(t(0.3), 'INF', 'cmd/rate/db.go:137', 'Successfully inserted test data into rate DB'),
    zl(t(0.3), 'INF', 'cmd/rate/main.go:41', 'Read profile memcashed address: memcached-rate:11211'),
    zl(t(0.3), 'INF', 'cmd/rate/main.go:42', 'Initializing Memcashed client...'),
    zl(t(0.3), 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
    zl(t(0.3), 'INF', 'cmd/rate/main.go:44', 'Success'),
    zl(t(0.3), 'INF', 'cmd/rate/main.go:55', 'Initializing jaeger agent [service name: rate | host: jaeger:6831]...'),
    zl(t(0.3), 'INF', 'tracing/tracer.go:27', 'Jaeger client: adjusted sample ratio 0.010000'),
    zl(t(0.3), 'INF', 'tracing/tracer.go:41', 'Overriding Jaeger config with env variables'),
    zl(t(0.3), 'INF', 'cmd/rate/main.go:60', 'Jaeger agent initialized'),
    zl(t(0.3), 'INF', 'cmd/rate/main.go:62', 'Initializing consul agent [host: consul:8500]...'),
    zl(t(0.3), 'INF', 'cmd/rate/main.go:67', 'Consul agent initialized'),
    zl(t(0.3), 'INF', 'cmd/rate/main.go:78', 'Starting server...'),
    zl(t(0.3), 'INF', 'registry/registry.go:91', `Trying to register service [ name: srv-rate, id: ${UUIDS[k % UUIDS.length]}, address: %PODIP%:8084 ]`),
    zl(t(0.3), 'INF', 'services/rate/server.go:82', 'Successfully registered in consul'),
    zl(t(2.9), 'PNC', 'services/rate/server.go:114', `Memmcached error while trying to get hotel [id: ${near}]= memcache: connect timeout to %SVCIP:memcached-rate%:11211`),
    `panic: Memmcached error while trying to get hotel [id: ${near}]= memcache: connect timeout to %SVCIP:memcached-rate%:11211`,
    '',
    `goroutine ${g} [running]:`,
    'github.com/rs/zerolog.(*Logger).Panic.func1({0xc000356000?, 0x0?})',
    '\t/workspace/vendor/github.com/rs/zerolog/log.go:396 +0x27',
    'github.com/rs/zerolog.(*Event).msg(0xc0003c2000, {0xc000356000, 0x7c})',
    '\t/workspace/vendor/github.com/rs/zerolog/event.go:158 +0x2c2',
    'github.com/rs/zerolog.(*Event).Msgf(0xc0003c2000, {0xb4a1e3?, 0x0?}, {0xc0004b3c68?, 0x0?, 0x0?})',
    '\t/workspace/vendor/github.com/rs/zerolog/event.go:131 +0x4e',
    'github.com/delimitrou/DeathStarBench/tree/master/hotelReservation/services/rate.(*Server).GetRates(0xc0001a2180, {0xd5e0a8, 0xc0004f2a50}, 0xc0002e6140)',
    '\t/workspace/services/rate/server.go:114 +0x5d4',
    'github.com/delimitrou/DeathStarBench/tree/master/hotelReservation/services/rate/proto._Rate_GetRates_Handler.func1({0xd5e0a8, 0xc0004f2a50}, {0xb2f6c0?, 0xc0002e6140})',
    '\t/workspace/services/rate/proto/rate.pb.go:287 +0x72',
    'github.com/grpc-ecosystem/grpc-opentracing/go/otgrpc.OpenTracingServerInterceptor.func1({0xd5e0a8, 0xc0004f29f0}, {0xb2f6c0, 0xc0002e6140}, 0xc0002e6180, 0xc0004b3f00)',
    '\t/workspace/vendor/github.com/grpc-ecosystem/grpc-opentracing/go/otgrpc/server.go:57 +0x3f6',
    'github.com/delimitrou/DeathStarBench/tree/master/hotelReservation/services/rate/proto._Rate_GetRates_Handler({0xb96f20?, 0xc0001a2180}, {0xd5e0a8, 0xc0004f29f0}, 0xc0002f4000, 0xc0001b6690)',
    '\t/workspace/services/rate/proto/rate.pb.go:289 +0x138',
    'google.golang.org/grpc.(*Server).processUnaryRPC(0xc0001be000, {0xd63b40, 0xc000402000}, 0xc0002c8000, 0xc0001b6a50, 0x1237f60, 0x0)',
    '\t/workspace/vendor/google.golang.org/grpc/server.go:1336 +0xd23',
    'google.golang.org/grpc.(*Server).handleStream(0xc0001be000, {0xd63b40, 0xc000402000}, 0xc0002c8000, 0x0)',
    '\t/workspace/vendor/google.golang.org/grpc/server.go:1704 +0xa2f',
    'google.golang.org/grpc.(*Server).serveStreams.func1.2()',
    '\t/workspace/vendor/google.golang.org/grpc/server.go:965 +0x98',
    'created by google.golang.org/grpc.(*Server).serveStreams.func1',
    '\t/workspace/vendor/google.golang.org/grpc/server.go:963 +0x28a',
  ];
}

// Restarts: first panic at -33.9, kubelet back-off 10 s doubling to 5 min.
const RUNS = [-33.95, -33.75, -33.35, -32.65, -31.25, -28.5, -23.45, -18.4, -13.35, -8.3, -3.25];

const mdate = (min) => T.isoMs(min).replace('Z', '+00:00');
const mlog = (min, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: mdate(min) }, s: 'I', c, id, ctx, msg, attr });
function mongoRateLogs() {
  const L = [];
  let conn = 1804;
  const client = (min, port) => {
    const id = conn++;
    L.push([min, mlog(min, 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: `%IPOF:rate#0%:${port}`, connectionId: id, connectionCount: 14 })]);
    L.push([min + 0.0002, mlog(min + 0.0002, 'NETWORK', 51800, `conn${id}`, 'client metadata', { remote: `%IPOF:rate#0%:${port}`, client: `conn${id}`, doc: { driver: { name: 'mongo-go-driver', version: 'v1.11.3' }, os: { type: 'linux', architecture: 'amd64' }, platform: 'go1.21.13' } })]);
    return id;
  };
  RUNS.forEach((start, k) => {
    const a = client(start + 0.05 / 60, 41210 + k * 13);
    const b = client(start + 0.2 / 60, 41222 + k * 13);
    const end = start + 2.95 / 60;
    L.push([end, mlog(end, 'NETWORK', 22944, `conn${a}`, 'Connection ended', { remote: `%IPOF:rate#0%:${41210 + k * 13}`, connectionId: a, connectionCount: 13 })]);
    L.push([end, mlog(end, 'NETWORK', 22944, `conn${b}`, 'Connection ended', { remote: `%IPOF:rate#0%:${41222 + k * 13}`, connectionId: b, connectionCount: 12 })]);
  });
  for (let m = -50; m < -0.2; m += 5) L.push([m, mlog(m, 'STORAGE', 22430, 'Checkpointer', 'WiredTiger message', { message: `[${Math.floor(Date.parse(T.isoMs(m)) / 1000)}:${(m * -7919 % 999999).toFixed(0).padStart(6, '0')}][1:0x7f2c8e1fe700], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: ${41200 + Math.round(-m * 3)}, snapshot max: ${41200 + Math.round(-m * 3)} snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0)` })]);
  return L.sort((x, y) => x[0] - y[0]).map((x) => x[1]);
}

const hcl = (min, lvl, msg) => `${T.isoMs(min)} [${lvl}]${lvl.length === 4 ? '  ' : ' '}${msg}`;
function consulLogs() {
  const L = [];
  RUNS.forEach((start, k) => L.push(hcl(start + 0.31 / 60, 'INFO', `agent: Synced service: service=${UUIDS[k % UUIDS.length]}`)));
  return L;
}

export const scenarios = [
  {
    folder: 's53b-rate-panics-memcached-rate-chaos-loss-left-on',
    description: 'hotel search has been throwing 500s for ~30 min and the rate svc keeps crashing. reservations + login still work',
    incidentTime: '2026-07-08T20:41:00Z',
    expected: { component: 'memcached-rate', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'memcached-rate', cause: 'dependency-down' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'time-expression', 'partial-name', 'decoy'],
    workloads: {
      rate: {
        pods: [{
          containers: {
            'hotel-reserv-rate': cs.crashLoop({ restarts: 10, exitCode: 2, reason: 'Error', startedAt: T.iso(RUNS[10]), finishedAt: T.iso(RUNS[10] + 2.95 / 60), container: 'hotel-reserv-rate' }),
          },
          readyTransition: T.iso(RUNS[10] + 2.95 / 60),
        }],
        endpointsChanged: RUNS[10] + 2.95 / 60,
      },
      jaeger: {
        pods: [{
          containers: {
            'hotel-reserv-jaeger': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 130), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 130.1) } }),
          },
        }],
      },
    },
    events: [
      { on: 'pod:rate#0', reason: 'Pulled', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', first: RUNS[1], last: RUNS[10], count: 10 },
      { on: 'pod:rate#0', reason: 'Created', message: 'Created container hotel-reserv-rate', first: RUNS[1], last: RUNS[10], count: 10 },
      { on: 'pod:rate#0', reason: 'Started', message: 'Started container hotel-reserv-rate', first: RUNS[1], last: RUNS[10], count: 10 },
      { on: 'pod:rate#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-rate in pod %POD%_hotel-reservation(%PODUID%)', first: -33.7, last: -0.3, count: 142 },
    ],
    logs: {
      'rate#0/hotel-reserv-rate': rateRun(RUNS[10], 10),
      'rate#0/hotel-reserv-rate/previous': rateRun(RUNS[9], 9),
      'mongodb-rate#0/hotel-reserv-rate-mongo': mongoRateLogs(),
      'consul#0/consul': consulLogs(),
    },
    grounding: `
      hotel-reservation as the session-3 system (DeathStarBench hotelReservation at 6ecb097). Code facts: services/rate/server.go
      GetRates calls MemcClient.GetMulti first and does log.Panic().Msgf("Memmcached error while trying to get hotel [id: %v]= %s")
      on any error other than a cache miss; a panic in a grpc-go handler goroutine kills the process (exit 2), so every search
      that reaches rate restarts it (CrashLoopBackOff, back-off up to 5 min). tune.NewMemCClient2 resolves memcached-rate:11211
      to the Service address once and sets Timeout = MEMC_TIMEOUT (2 s), hence gomemcache's "memcache: connect timeout to
      <ClusterIP>:11211". search returns the gRPC error unlogged and the frontend answers 500 without logging
      (services/frontend/server.go searchHandler), so rate is the only loud component. Fault: a Chaos Mesh NetworkChaos
      (action loss, 100 %, selector app memcached-rate) from an afternoon game day was applied without a duration and never
      deleted; the memcached-rate pod stays Running and Ready and memcached logs nothing without -v. The Chaos Mesh event texts
      (FinalizerInited, Updated, Applied "Successfully apply chaos for <ns>/<pod>") follow chaos-mesh's recorder package and
      its documented kubectl describe output; the events are in the namespace's event list. Decoys: rate's crash loop itself,
      a jaeger OOMKill two days old, mongodb-rate connection churn from each rate restart, consul re-registrations.
      Deviations: the NetworkChaos object itself is not in the snapshot (custom resource); rate's reservation/profile paths are
      unaffected (memcached-reserve and memcached-profile are healthy), matching "reservations + login still work".
    `,
    post(dir, h) {
      const pods = h.read(dir, 'pods');
      const mc = pods.items.find((p) => p.metadata.name.startsWith('memcached-rate-')).metadata.name;
      h.edit(dir, 'events', (l) => {
        const ref = { kind: 'NetworkChaos', namespace: NS, name: 'memcached-rate-loss', uid: h.uid('hotel-reservation/s53b/networkchaos'), apiVersion: 'chaos-mesh.org/v1alpha1', resourceVersion: '9148812' };
        const at = T.iso(-34.1);
        const rows = [
          ['FinalizerInited', 'Finalizer has been inited', 'initFinalizers'],
          ['Updated', 'Successfully update finalizer of resource', 'initFinalizers'],
          ['Updated', 'Successfully update desiredPhase of resource', 'desiredphase'],
          ['Applied', `Successfully apply chaos for ${NS}/${mc}`, 'records'],
          ['Updated', 'Successfully update records of resource', 'records'],
        ];
        rows.forEach(([reason, message, component], i) => l.items.push(h.event(`memcached-rate-loss.18f0c2a9d4b7e${i}`, ref, reason, message, { component }, at, at, 1, 'Normal')));
      });
    },
  },
];
