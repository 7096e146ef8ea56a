// Batch s29a blind dev scenario for DeathStarBench hotelReservation (session-3 system, scripts/s3-scenarios/hotel-reservation.mjs):
// a new reservation build passes its rollout, then panics (nil pointer) on every CheckAvailability; search and booking fail.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };
export const scenarios = [];

// zerolog ConsoleWriter with colours, as the services print it (cmd/*/main.go).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (T, min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const MOD = 'github.com/delimitrou/DeathStarBench/tree/master/hotelReservation';
const NEW_IMG = 'hotelres.azurecr.io/hotel-reservation:9c41e07';
const OLD_IMG = 'hotelres.azurecr.io/hotel-reservation:6ecb097';

const boot = (T, min) => [
  zl(T, min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(T, min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(T, min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(T, min, 'INF', 'cmd/reservation/main.go:23', 'Reading config...'),
  zl(T, min, 'INF', 'cmd/reservation/main.go:36', 'Read database URL: mongodb-reservation:27017'),
  zl(T, min, 'INF', 'cmd/reservation/main.go:37', 'Initializing DB connection...'),
  zl(T, min + 0.01, 'INF', 'cmd/reservation/main.go:39', 'Successfull'),
  zl(T, min + 0.01, 'INF', 'cmd/reservation/main.go:42', 'Read profile memcashed address: memcached-reserve:11211'),
  zl(T, min + 0.01, 'INF', 'cmd/reservation/main.go:43', 'Initializing Memcashed client...'),
  zl(T, min + 0.01, 'INF', 'cmd/reservation/main.go:45', 'Successfull'),
  zl(T, min + 0.01, 'INF', 'cmd/reservation/main.go:58', 'Read target port: 8087'),
  zl(T, min + 0.01, 'INF', 'cmd/reservation/main.go:59', 'Read consul address: consul:8500'),
  zl(T, min + 0.01, 'INF', 'cmd/reservation/main.go:60', 'Read jaeger address: jaeger:6831'),
  zl(T, min + 0.02, 'INF', 'cmd/reservation/main.go:69', 'Initializing jaeger agent [service name: reservation | host: jaeger:6831]...'),
  zl(T, min + 0.02, 'INF', 'tracing/tracer.go:26', 'Jaeger client: adjusted sample ratio 0.010000'),
  zl(T, min + 0.02, 'INF', 'cmd/reservation/main.go:74', 'Jaeger agent initialized'),
  zl(T, min + 0.02, 'INF', 'cmd/reservation/main.go:76', 'Initializing consul agent [host: consul:8500]...'),
  zl(T, min + 0.02, 'INF', 'cmd/reservation/main.go:81', 'Consul agent initialized'),
  zl(T, min + 0.03, 'INF', 'cmd/reservation/main.go:92', 'Starting server...'),
  zl(T, min + 0.03, 'INF', 'registry/registry.go:91', 'Trying to register service [ name: srv-reservation, id: 5e0b3c1d-9a47-4f21-8c6e-2d7f90a1b345, address: %PODIP%:8087 ]'),
  zl(T, min + 0.03, 'INF', 'services/reservation/server.go:99', 'Successfully registered in consul'),
];
const panic = (goroutine, addr) => [
  'panic: runtime error: invalid memory address or nil pointer dereference',
  `[signal SIGSEGV: segmentation violation code=0x1 addr=${addr} pc=0xc1f3a4]`,
  '',
  `goroutine ${goroutine} [running]:`,
  `${MOD}/services/reservation.(*Server).CheckAvailability(0xc0001b6000, {0x10a8e48, 0xc000512b40}, 0xc0004f21e0)`,
  '\t/workspace/services/reservation/server.go:262 +0x3e4',
  `${MOD}/services/reservation/proto._Reservation_CheckAvailability_Handler.func1({0x10a8e48?, 0xc000512b40?}, {0xe61f20?, 0xc0004f21e0?})`,
  '\t/workspace/services/reservation/proto/reservation_grpc.pb.go:124 +0xcb',
  'github.com/opentracing-contrib/go-grpc.OpenTracingServerInterceptor.func1({0x10a8e48, 0xc000512a80}, {0xe61f20, 0xc0004f21e0}, 0xc0002d6b40, 0xc0004a3f68)',
  '\t/workspace/vendor/github.com/opentracing-contrib/go-grpc/server.go:57 +0x3a5',
  `${MOD}/services/reservation/proto._Reservation_CheckAvailability_Handler({0xe8a5c0, 0xc0001b6000}, {0x10a8e48, 0xc000512a80}, 0xc000200a00, 0xc0001a2f40)`,
  '\t/workspace/services/reservation/proto/reservation_grpc.pb.go:126 +0x143',
  'google.golang.org/grpc.(*Server).processUnaryRPC(0xc0001e2c00, {0x10a8e48, 0xc0005129f0}, {0x10b1a20, 0xc0003a0000}, 0xc0003e4d80, 0xc00020a390, 0x17b7c40, 0x0)',
  '\t/workspace/vendor/google.golang.org/grpc/server.go:1369 +0xe23',
];

{
  const incidentTime = '2026-12-11T13:26:00Z';
  const T = clock(incidentTime);
  const crashes = [-14.2, -13.1, -12.3, -11.0, -9.2, -6.4, -1.9];
  const fe = [];
  for (const c of crashes) {
    fe.push(
      zl(T, c, 'ERR', 'services/frontend/server.go:254', 'SearchHandler CheckAvailability failed: rpc error: code = Unavailable desc = error reading from server: EOF'),
      zl(T, c + 0.2, 'ERR', 'services/frontend/server.go:254', `SearchHandler CheckAvailability failed: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:reservation#0%:8087: connect: connection refused"`),
      zl(T, c + 0.4, 'ERR', 'services/frontend/server.go:436', `reservationHandler: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:reservation#0%:8087: connect: connection refused"`),
    );
  }
  scenarios.push({
    folder: 's29a-reservation-rollout-nil-pointer-panic',
    incidentTime,
    description: 'hotel site: search and booking both erroring (500) for everyone since ~13:10, frontend logs full of errors',
    expected: { component: 'reservation', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'reservation', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'time-expression', 'louder-dependents', 'decoy'],
    grounding: `DeathStarBench hotelReservation at 6ecb097 (kubernetes/reservation, helm-chart service-config): reservation serves gRPC on 8087,
      registers srv-reservation in consul, and the frontend's search handler calls reservation.CheckAvailability after search.Nearby
      (services/frontend/server.go), so one broken reservation fails both search and booking. A team build 9c41e07 of the shared image was
      rolled out to reservation at 13:08 (RollingUpdate, 1 replica: the new pod starts, registers and becomes Ready, so the rollout completes
      and the old ReplicaSet is scaled to 0). The new CheckAvailability dereferences a nil pointer; grpc-go does not recover handler panics,
      so the process dies (exit 2) on the first availability check and crash-loops, each time answering in-flight calls with EOF and then
      connection refused in the frontend. Deviation: the image tag is an in-house build. Decoy: an old jaeger OOM kill three days ago
      (all-in-one with in-memory storage) and a memcached-reserve restart last week.`,
    workloads: {
      reservation: {
        rollout: { at: -18, oldContainers: { 'hotel-reserv-reservation': { image: OLD_IMG } } },
        containers: { 'hotel-reserv-reservation': { image: NEW_IMG } },
        pods: [{ containers: { 'hotel-reserv-reservation': cs.crashLoop({ restarts: 7, exitCode: 2, startedAt: T.iso(-2.0), finishedAt: T.iso(-1.9), backoff: '2m40s', container: 'hotel-reserv-reservation' }) } }],
        unavailableSince: -14.2,
      },
      jaeger: {
        pods: [{ containers: { 'hotel-reserv-jaeger': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
      'memcached-reserve': {
        pods: [{ containers: { 'hotel-reserv-reservation-mmc': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 6), last: { exitCode: 0, reason: 'Completed', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 6 - 0.05) } }) } }],
      },
    },
    events: [
      { on: 'deploy:reservation', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reservation-%NEW% from 0 to 1', first: -18, last: -18 },
      { on: 'deploy:reservation', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reservation-%OLD% from 1 to 0', first: -17.0, last: -17.0 },
      { on: 'pod:reservation#0', reason: 'Pulling', message: `Pulling image "${NEW_IMG}"`, fieldPath: 'spec.containers{hotel-reserv-reservation}', first: -17.45, last: -17.45 },
      { on: 'pod:reservation#0', reason: 'Pulled', message: `Container image "${NEW_IMG}" already present on machine`, fieldPath: 'spec.containers{hotel-reserv-reservation}', first: -14.1, last: -2.0, count: 7 },
      { on: 'pod:reservation#0', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-reservation in pod %POD%_hotel-reservation(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-reservation}', first: -13.0, last: -0.4, count: 24 },
    ],
    logs: {
      'reservation#0/hotel-reserv-reservation/previous': [...boot(T, -2.0), ...panic(1187, '0x28')],
      'frontend#0/hotel-reserv-frontend': fe,
      'frontend#1/hotel-reserv-frontend': fe.filter((_, i) => i % 2 === 0),
      'search#0/hotel-reserv-search': [
        zl(T, -60 * 24 * 4, 'INF', 'services/search/server.go:94', 'Successfully registered in consul'),
      ],
    },
  });
}
