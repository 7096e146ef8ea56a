// Held-out scenario of batch s30b (split: test) for DeathStarBench hotelReservation, written blind: the session-3 system
// definition (helm-chart at 6ecb097, AKS) and its default PVCs, one incident expanded by scripts/s30b-build.mjs with the kit.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

// zerolog ConsoleWriter as the services print it (RFC3339 time, caller, ANSI colours kept by kubectl logs).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (T, min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const MOD = 'github.com/delimitrou/DeathStarBench/hotelReservation';
const NEW_IMG = 'hotelres.azurecr.io/hotel-reservation:8d27e1f';

const profileBoot = (T, min) => [
  zl(T, min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(T, min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(T, min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(T, min, 'INF', 'cmd/profile/main.go:23', 'Reading config...'),
  zl(T, min, 'INF', 'cmd/profile/main.go:36', 'Read database URL: mongodb-profile:27017'),
  zl(T, min, 'INF', 'cmd/profile/main.go:37', 'Initializing DB connection...'),
  zl(T, min + 0.002, 'INF', 'cmd/profile/db.go:36', 'New session successfull...'),
  zl(T, min + 0.002, 'INF', 'cmd/profile/main.go:40', 'Successfull'),
  zl(T, min + 0.002, 'INF', 'cmd/profile/main.go:44', 'Read profile memcashed address: memcached-profile:11211'),
  zl(T, min + 0.002, 'INF', 'cmd/profile/main.go:45', 'Initializing Memcashed client...'),
  zl(T, min + 0.002, 'INF', 'cmd/profile/main.go:47', 'Successfull'),
  zl(T, min + 0.002, 'INF', 'cmd/profile/main.go:52', 'Read target port: 8081'),
  zl(T, min + 0.002, 'INF', 'cmd/profile/main.go:53', 'Read consul address: consul:8500'),
  zl(T, min + 0.002, 'INF', 'cmd/profile/main.go:54', 'Read jaeger address: jaeger:6831'),
  zl(T, min + 0.002, 'INF', 'cmd/profile/main.go:62', 'Initializing jaeger agent [service name: profile | host: jaeger:6831]...'),
  zl(T, min + 0.003, 'INF', 'cmd/profile/main.go:67', 'Jaeger agent initialized'),
  zl(T, min + 0.003, 'INF', 'cmd/profile/main.go:69', 'Initializing consul agent [host: consul:8500]...'),
  zl(T, min + 0.003, 'INF', 'cmd/profile/main.go:74', 'Consul agent initialized'),
  zl(T, min + 0.003, 'INF', 'cmd/profile/main.go:85', 'Starting server...'),
];
const panicTrace = (g) => [
  'panic: runtime error: invalid memory address or nil pointer dereference',
  '[signal SIGSEGV: segmentation violation code=0x1 addr=0x28 pc=0xb3f6d2]',
  '',
  `goroutine ${g} [running]:`,
  `${MOD}/services/profile.(*Server).GetProfiles(0xc0001c6000, {0x1108ad0, 0xc0004a6cf0}, 0xc0003f2a80)`,
  '\t/workspace/services/profile/server.go:148 +0x4f2',
  `${MOD}/services/profile/proto._Profile_GetProfiles_Handler.func1({0x1108ad0?, 0xc0004a6cf0?}, {0xf1c2e0?, 0xc0003f2a80?})`,
  '\t/workspace/services/profile/proto/profile_grpc.pb.go:104 +0x72',
  'github.com/grpc-ecosystem/grpc-opentracing/go/otgrpc.OpenTracingServerInterceptor.func1({0x1108ad0, 0xc0004a6bd0}, {0xf1c2e0, 0xc0003f2a80}, 0xc0002a4d20, 0xc0003b8f90)',
  '\t/workspace/vendor/github.com/grpc-ecosystem/grpc-opentracing/go/otgrpc/server.go:57 +0x3c2',
  `${MOD}/services/profile/proto._Profile_GetProfiles_Handler({0xf27ec0, 0xc0001c6000}, {0x1108ad0, 0xc0004a6bd0}, 0xc0002e4a00, 0xc0001d0e40)`,
  '\t/workspace/services/profile/proto/profile_grpc.pb.go:106 +0x135',
  'google.golang.org/grpc.(*Server).processUnaryRPC(0xc000196c00, {0x1108ad0, 0xc0004a6b10}, {0x110e4c0, 0xc0001ea1a0}, 0xc0004d0000, 0xc0001d0f60, 0x17f5a20, 0x0)',
  '\t/workspace/vendor/google.golang.org/grpc/server.go:1369 +0xdf8',
  'google.golang.org/grpc.(*Server).handleStream(0xc000196c00, {0x110e4c0, 0xc0001ea1a0}, 0xc0004d0000)',
  '\t/workspace/vendor/google.golang.org/grpc/server.go:1780 +0xe8b',
  'created by google.golang.org/grpc.(*Server).serveStreams.func2.1 in goroutine 52',
  '\t/workspace/vendor/google.golang.org/grpc/server.go:1019 +0x8b',
];

const INCIDENT = '2026-04-07T08:55:00Z';
const T = clock(INCIDENT);

function frontendLog(T, r) {
  const out = [
    zl(T, -60 * 24 * 9, 'INF', 'cmd/frontend/main.go:23', 'Reading config...'),
    zl(T, -60 * 24 * 9, 'INF', 'cmd/frontend/main.go:40', 'Read target port: 5000'),
    zl(T, -60 * 24 * 9, 'INF', 'cmd/frontend/main.go:41', 'Read consul address: consul:8500'),
    zl(T, -60 * 24 * 9, 'INF', 'cmd/frontend/main.go:42', 'Read jaeger address: jaeger:6831'),
    zl(T, -60 * 24 * 9, 'INF', 'cmd/frontend/main.go:51', 'Initializing jaeger agent [service name: frontend | host: jaeger:6831]...'),
    zl(T, -60 * 24 * 9, 'INF', 'cmd/frontend/main.go:56', 'Jaeger agent initialized'),
    zl(T, -60 * 24 * 9, 'INF', 'cmd/frontend/main.go:58', 'Initializing consul agent [host: consul:8500]...'),
    zl(T, -60 * 24 * 9, 'INF', 'cmd/frontend/main.go:63', 'Consul agent initialized'),
    zl(T, -60 * 24 * 9, 'INF', 'cmd/frontend/main.go:75', 'Starting server...'),
    zl(T, -60 * 24 * 9 + 0.01, 'INF', 'services/frontend/server.go:105', 'Serving http'),
  ];
  for (let m = -18.4 + r * 0.17; m < -0.05; m += 0.29) out.push(zl(T, m, 'ERR', 'services/frontend/server.go:184', 'SearchHandler GetProfiles failed'));
  return out;
}

// crash times of the new profile container: every run dies on its first GetProfiles call, the kubelet backs off 10s..5m
const runs = [-18.45, -18.2, -17.9, -17.4, -16.4, -14.2, -9.5, -4.32];

export const scenarios = [
  {
    folder: 's30b-profile-nil-deref-rollout',
    split: 'test',
    description: 'hotel search page erroring (500s) for everyone, started a bit before 8:40',
    incidentTime: INCIDENT,
    expected: { component: 'profile', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'profile', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest: the helm chart at 6ecb097 as the system definition has it: profile runs ./profile from the shared hotel-reservation
      image on 8081, one replica, no probes, RollingUpdate 25%/25%; the frontend resolves profile through consul and calls
      GetProfiles on every /hotels search (services/frontend/server.go logs "SearchHandler GetProfiles failed" and answers 500).
      Failure mode: an in-house image (hotelres.azurecr.io/hotel-reservation:8d27e1f, a deviation: upstream builds one image) is
      rolled out to profile only. The new binary starts cleanly, registers in consul and, having no readiness probe, is Ready at once,
      so the old ReplicaSet is scaled to 0; then the first GetProfiles call dereferences a nil pointer, and since grpc-go does not
      recover handler panics the whole process exits with code 2 (Go's panic exit). Under constant search traffic every restart dies
      within a second, ending in CrashLoopBackOff. A careful engineer names the profile rollout (bad-deploy-rollout); crash-loop on
      profile is also accepted. The frontend's error lines are far more numerous than profile's.
      Decoy: jaeger all-in-one (in-memory storage, 1Gi limit) OOM-killed three days ago and healthy since.
      Log formats: zerolog ConsoleWriter as cmd/*/main.go configures it, a Go runtime panic trace.`,
    workloads: {
      profile: {
        rollout: { at: -19, revision: 5, oldReplicas: 0, oldContainers: { 'hotel-reserv-profile': { image: 'hotelres.azurecr.io/hotel-reservation:6ecb097' } } },
        containers: { 'hotel-reserv-profile': { image: NEW_IMG } },
        unavailableSince: -18.4,
        pods: [{
          created: T.iso(-19 + 0.1),
          readyTransition: T.iso(-4.3),
          containers: {
            'hotel-reserv-profile': cs.crashLoop({ restarts: 7, exitCode: 2, reason: 'Error', startedAt: T.iso(-4.32), finishedAt: T.iso(-4.3), backoff: '5m0s', container: 'hotel-reserv-profile' }),
          },
        }],
      },
      jaeger: {
        pods: [{
          containers: {
            'hotel-reserv-jaeger': cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 47),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 47.1) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:profile', reason: 'ScalingReplicaSet', message: 'Scaled up replica set profile-%NEW% to 1', first: -19, source: 'deployment-controller' },
      { on: 'deploy:profile', reason: 'ScalingReplicaSet', message: 'Scaled down replica set profile-%OLD% to 0 from 1', first: -18.7, source: 'deployment-controller' },
      { on: 'rs:profile', reason: 'SuccessfulCreate', message: 'Created pod: profile-%RS%', first: -19 },
      { on: 'pod:profile#0', reason: 'Scheduled', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: -19, source: 'default-scheduler' },
      { on: 'pod:profile#0', reason: 'Pulling', message: `Pulling image "${NEW_IMG}"`, first: -18.95, fieldPath: 'spec.containers{hotel-reserv-profile}' },
      { on: 'pod:profile#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMG}" in 3.412s (3.412s including waiting). Image size: 41873520 bytes.`, first: -18.9, fieldPath: 'spec.containers{hotel-reserv-profile}' },
      { on: 'pod:profile#0', reason: 'Pulled', message: `Container image "${NEW_IMG}" already present on machine`, first: -18.2, last: -4.32, count: 7, fieldPath: 'spec.containers{hotel-reserv-profile}' },
      { on: 'pod:profile#0', reason: 'Created', message: 'Created container hotel-reserv-profile', first: -18.9, last: -4.32, count: 8, fieldPath: 'spec.containers{hotel-reserv-profile}' },
      { on: 'pod:profile#0', reason: 'Started', message: 'Started container hotel-reserv-profile', first: -18.9, last: -4.32, count: 8, fieldPath: 'spec.containers{hotel-reserv-profile}' },
      { on: 'pod:profile#0', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-profile in pod %POD%_hotel-reservation(%PODUID%)', first: -18.2, last: -0.4, count: 71, type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-profile}' },
    ],
    logs: {
      'profile#0/hotel-reserv-profile/previous': [...profileBoot(T, runs[6]), ...panicTrace(1187)],
      'profile#0/hotel-reserv-profile': [...profileBoot(T, runs[7]), ...panicTrace(963)],
      'frontend#0/hotel-reserv-frontend': frontendLog(T, 0),
      'frontend#1/hotel-reserv-frontend': frontendLog(T, 1),
      'search#0/hotel-reserv-search': [
        zl(T, -60 * 24 * 9, 'INF', 'cmd/search/main.go:23', 'Reading config...'),
        zl(T, -60 * 24 * 9, 'INF', 'cmd/search/main.go:73', 'Starting server...'),
      ],
      'jaeger#0/hotel-reserv-jaeger': [
        `{"level":"info","ts":${(Date.parse(T.iso(-60 * 24 * 3 - 47)) / 1000).toFixed(7)},"caller":"flags/service.go:110","msg":"Mounting metrics handler on admin server","route":"/metrics"}`,
        `{"level":"info","ts":${(Date.parse(T.iso(-60 * 24 * 3 - 47)) / 1000 + 0.0021).toFixed(7)},"caller":"app/server.go:236","msg":"Starting HTTP server","port":16686,"addr":":16686"}`,
      ],
    },
  },
];
