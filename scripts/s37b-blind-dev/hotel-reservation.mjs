// Batch s37b blind dev scenario for DeathStarBench hotelReservation on AKS (session-3 system definition), written without
// knowledge of the engine: a new recommendation build panics on the first GetRecommendations and crash-loops.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const T = clock('2026-02-26T11:08:00Z');
const NEW_IMG = 'hotelres.azurecr.io/hotel-reservation:9d41c2e';
// zerolog ConsoleWriter with colours (cmd/*/main.go), as kubectl logs shows it.
const LV = { INF: '\x1b[32mINF\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;

const run = (start, crash) => [
  zl(start, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(start, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(start, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(start, 'INF', 'cmd/recommendation/main.go:25', 'Reading config...'),
  zl(start, 'INF', 'cmd/recommendation/main.go:38', 'Read database URL: mongodb-recommendation:27017'),
  zl(start, 'INF', 'cmd/recommendation/main.go:39', 'Initializing DB connection...'),
  zl(start + 0.01, 'INF', 'cmd/recommendation/db.go:35', 'New session successfull...'),
  zl(start + 0.01, 'INF', 'cmd/recommendation/main.go:42', 'Successfull'),
  zl(start + 0.01, 'INF', 'cmd/recommendation/main.go:47', 'Read target port: 8085'),
  zl(start + 0.01, 'INF', 'cmd/recommendation/main.go:48', 'Read consul address: consul:8500'),
  zl(start + 0.01, 'INF', 'cmd/recommendation/main.go:49', 'Read jaeger address: jaeger:6831'),
  zl(start + 0.01, 'INF', 'cmd/recommendation/main.go:58', 'Initializing jaeger agent [service name: recommendation | host: jaeger:6831]...'),
  zl(start + 0.01, 'INF', 'tracing/tracer.go:26', 'Jaeger client: adjusted sample ratio 0.010000'),
  zl(start + 0.01, 'INF', 'cmd/recommendation/main.go:63', 'Jaeger agent initialized'),
  zl(start + 0.01, 'INF', 'cmd/recommendation/main.go:65', 'Initializing consul agent [host: consul:8500]...'),
  zl(start + 0.01, 'INF', 'cmd/recommendation/main.go:70', 'Consul agent initialized'),
  zl(start + 0.02, 'INF', 'cmd/recommendation/main.go:81', 'Starting server...'),
  zl(start + 0.02, 'INF', 'registry/registry.go:91', 'Trying to register service [ name: srv-recommendation, id: 4f6c2b1e-9a0d-4c77-8e13-2d5a7b9c0e44, address: %PODIP%:8085 ]'),
  zl(start + 0.02, 'INF', 'services/recommendation/server.go:97', 'Successfully registered in consul'),
  'panic: runtime error: index out of range [0] with length 0',
  '',
  `goroutine ${1180 + Math.round(crash * -10)} [running]:`,
  'github.com/harlow/go-micro-services/services/recommendation.(*Server).GetRecommendations(0xc0001d4000, {0x10d4a28?, 0xc0004b2cf0?}, 0xc0003a6e10)',
  '\t/workspace/services/recommendation/server.go:151 +0x8b6',
  'github.com/harlow/go-micro-services/services/recommendation/proto._Recommendation_GetRecommendations_Handler.func1({0x10d4a28, 0xc0004b2cf0}, {0xe6b5a0?, 0xc0003a6e10})',
  '\t/workspace/services/recommendation/proto/recommendation.pb.go:233 +0x72',
  'github.com/opentracing-contrib/go-grpc.OpenTracingServerInterceptor.func1({0x10d4a28, 0xc0004b2c90}, {0xe6b5a0, 0xc0003a6e10}, 0xc0002f4d60, 0xc0003c9b30)',
  '\t/workspace/vendor/github.com/opentracing-contrib/go-grpc/server.go:57 +0x3d9',
  'google.golang.org/grpc.(*Server).processUnaryRPC(0xc000196a00, {0x10d9f40, 0xc00049e680}, 0xc0002ba360, 0xc0001f6c60, 0x16a53a0, 0x0)',
  '\t/workspace/vendor/google.golang.org/grpc/server.go:1295 +0xb0b',
  'google.golang.org/grpc.(*Server).handleStream(0xc000196a00, {0x10d9f40, 0xc00049e680}, 0xc0002ba360, 0x0)',
  '\t/workspace/vendor/google.golang.org/grpc/server.go:1636 +0xa1b',
];

function frontendLogs(k) {
  const out = [];
  for (let m = -15.3 + k * 0.11, i = 0; m < -0.2; m += 0.6, i++) {
    const msg = i % 4 === 0
      ? 'rpc error: code = Unavailable desc = error reading from server: EOF'
      : `rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:recommendation#0%:8085: connect: connection refused"`;
    out.push(zl(m, 'ERR', 'services/frontend/server.go:336', msg));
  }
  return out;
}

export const scenarios = [
  {
    folder: 's37b-recommendation-panic-rollout',
    incidentTime: '2026-02-26T11:08:00Z',
    description: 'hotel site: "recommended" hotels tab gives 500 since ~10:52, search still works',
    expected: { component: 'recommendation', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'recommendation', cause: 'crash-loop' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'time-expression', 'decoy'],
    grounding: `
      Manifests: DeathStarBench hotelReservation kubernetes/ + helm chart (one image for every Go service, command ./recommendation,
      port 8085, config.json from the recommendation-hotelres ConfigMap, no probes); module path github.com/harlow/go-micro-services,
      gRPC servers without a recovery interceptor. Fault: the team's CI rolls out a new recommendation build (tag 9d41c2e) that indexes
      an empty slice when a hotel has no rate plan for the requested criterion; grpc-go does not recover handler panics, so the
      process exits with Go's exit code 2 and the runtime's "panic: runtime error: index out of range [0] with length 0" trace on the
      first GetRecommendations. Without a readiness probe the new pod was Ready long enough for the rolling update to finish, so the
      old ReplicaSet is at 0 and the pod now crash-loops (BackOff). The frontend logs gRPC Unavailable (EOF, then connection refused)
      on /recommendations; search, geo and rate are untouched. Decoys: a healthy geo rollout 50 minutes earlier and jaeger restarted
      two days ago.`,
    workloads: {
      recommendation: {
        rollout: { at: -16, revision: 5, oldContainers: { 'hotel-reserv-recommendation': { image: 'hotelres.azurecr.io/hotel-reservation:6ecb097' } }, oldReplicas: 0 },
        containers: { 'hotel-reserv-recommendation': { image: NEW_IMG } },
        pods: [
          {
            created: T.iso(-15.9),
            containers: {
              'hotel-reserv-recommendation': cs.crashLoop({ restarts: 6, exitCode: 2, reason: 'Error', startedAt: T.iso(-3.1), finishedAt: T.iso(-2.6), backoff: '2m40s', container: 'hotel-reserv-recommendation' }),
            },
            readyTransition: T.iso(-2.6),
          },
        ],
        unavailableSince: -13.9,
        endpointsChanged: -2.6,
      },
      geo: { rollout: { at: -50, revision: 6, oldReplicas: 0 } },
      jaeger: {
        pods: [{ containers: { 'hotel-reserv-jaeger': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 50), last: { exitCode: 255, reason: 'Unknown', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 50 - 0.3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:recommendation', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendation-%NEW% from 0 to 1', first: -16 },
      { on: 'deploy:recommendation', reason: 'ScalingReplicaSet', message: 'Scaled down replica set recommendation-%OLD% from 1 to 0', first: -15.6 },
      { on: 'pod:recommendation#0', reason: 'Scheduled', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', source: 'default-scheduler', first: -15.9 },
      { on: 'pod:recommendation#0', reason: 'Pulling', message: `Pulling image "${NEW_IMG}"`, first: -15.85, fieldPath: 'spec.containers{hotel-reserv-recommendation}' },
      { on: 'pod:recommendation#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMG}" in 2.871s (2.871s including waiting). Image size: 61203344 bytes.`, first: -15.8, fieldPath: 'spec.containers{hotel-reserv-recommendation}' },
      { on: 'pod:recommendation#0', reason: 'Pulled', message: `Container image "${NEW_IMG}" already present on machine`, first: -14.9, last: -3.1, count: 6, fieldPath: 'spec.containers{hotel-reserv-recommendation}' },
      { on: 'pod:recommendation#0', reason: 'Created', message: 'Created container: hotel-reserv-recommendation', first: -15.8, last: -3.1, count: 7, fieldPath: 'spec.containers{hotel-reserv-recommendation}' },
      { on: 'pod:recommendation#0', reason: 'Started', message: 'Started container hotel-reserv-recommendation', first: -15.8, last: -3.1, count: 7, fieldPath: 'spec.containers{hotel-reserv-recommendation}' },
      { on: 'pod:recommendation#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-recommendation in pod %POD%_hotel-reservation(%PODUID%)', first: -14.6, last: -0.3, count: 58, fieldPath: 'spec.containers{hotel-reserv-recommendation}' },
    ],
    logs: {
      'recommendation#0/hotel-reserv-recommendation': run(-3.1, -2.6),
      'recommendation#0/hotel-reserv-recommendation/previous': run(-5.9, -5.5),
      'frontend#0/hotel-reserv-frontend': frontendLogs(0),
      'frontend#1/hotel-reserv-frontend': frontendLogs(1),
    },
  },
];
