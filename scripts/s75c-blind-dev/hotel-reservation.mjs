// Blind dev batch s75c — DeathStarBench hotelReservation: one scenario (an in-house geo build that panics on every Nearby call).
// System and default PVCs from scripts/s3-scenarios/hotel-reservation.mjs; built by scripts/s75c-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const T = clock('2026-07-21T18:05:00Z');
const OLD = 'hotelres.azurecr.io/hotel-reservation:6ecb097';
const NEW = 'hotelres.azurecr.io/hotel-reservation:7f3c9d2';

// zerolog ConsoleWriter as cmd/*/main.go configures it (RFC3339, caller, colours kept by kubectl logs).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const boot = (min, svc, port, db) => [
  zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(min, 'INF', `cmd/${svc}/main.go:23`, 'Reading config...'),
  ...(db ? [
    zl(min, 'INF', `cmd/${svc}/main.go:36`, `Read database URL: ${db}`),
    zl(min, 'INF', `cmd/${svc}/main.go:37`, 'Initializing DB connection...'),
    zl(min + 0.01, 'INF', `cmd/${svc}/db.go:29`, 'New session successfull...'),
    zl(min + 0.01, 'INF', `cmd/${svc}/main.go:40`, 'Successfull'),
  ] : []),
  zl(min + 0.01, 'INF', `cmd/${svc}/main.go:45`, `Read target port: ${port}`),
  zl(min + 0.01, 'INF', `cmd/${svc}/main.go:46`, 'Read consul address: consul:8500'),
  zl(min + 0.01, 'INF', `cmd/${svc}/main.go:47`, 'Read jaeger address: jaeger:6831'),
  zl(min + 0.01, 'INF', `cmd/${svc}/main.go:57`, `Initializing jaeger agent [service name: ${svc} | host: jaeger:6831]...`),
  zl(min + 0.01, 'INF', 'tracing/tracer.go:26', 'Jaeger client: adjusted sample ratio 0.010000'),
  zl(min + 0.01, 'INF', `cmd/${svc}/main.go:62`, 'Jaeger agent initialized'),
  zl(min + 0.01, 'INF', `cmd/${svc}/main.go:64`, 'Initializing consul agent [host: consul:8500]...'),
  zl(min + 0.01, 'INF', `cmd/${svc}/main.go:69`, 'Consul agent initialized'),
  zl(min + 0.01, 'INF', `cmd/${svc}/main.go:80`, 'Starting server...'),
];
const geoRun = (start) => [
  ...boot(start, 'geo', 8083, 'mongodb-geo:27017'),
  zl(start + 0.02, 'INF', 'registry/registry.go:91', 'Trying to register service [ name: srv-geo, id: 7c1e9a04-3b2f-4d8e-a615-0f92c4d7e3b1, address: %PODIP%:8083 ]'),
  zl(start + 0.02, 'INF', 'services/geo/server.go:77', 'Successfully registered in consul'),
  'panic: runtime error: invalid memory address or nil pointer dereference',
  '[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x9d1f52]',
  '',
  'goroutine 118 [running]:',
  'github.com/delimitrou/DeathStarBench/tree/master/hotelReservation/services/geo.(*Server).getNearbyPoints(0xc0002a6000, {0xc68e40?, 0xc0004c2600?}, 0x4042c7ae147ae148, 0xc05e8f5c28f5c28f)',
  '\t/workspace/services/geo/server.go:139 +0x92',
  'github.com/delimitrou/DeathStarBench/tree/master/hotelReservation/services/geo.(*Server).Nearby(0xc0002a6000, {0xc68e40, 0xc0004c2600}, 0xc0003d8140)',
  '\t/workspace/services/geo/server.go:118 +0x1b4',
  'github.com/delimitrou/DeathStarBench/tree/master/hotelReservation/services/geo/proto._Geo_Nearby_Handler.func1({0xc68e40, 0xc0004c2600}, {0xb3c2a0?, 0xc0003d8140})',
  '\t/workspace/services/geo/proto/geo_grpc.pb.go:103 +0x72',
  'github.com/grpc-ecosystem/grpc-opentracing/go/otgrpc.OpenTracingServerInterceptor.func1({0xc68e40, 0xc0004c2540}, {0xb3c2a0, 0xc0003d8140}, 0xc0004a8020, 0xc0004c2570)',
  '\t/workspace/vendor/github.com/grpc-ecosystem/grpc-opentracing/go/otgrpc/server.go:57 +0x3c6',
  'github.com/delimitrou/DeathStarBench/tree/master/hotelReservation/services/geo/proto._Geo_Nearby_Handler({0xb01ea0?, 0xc0002a6000}, {0xc68e40, 0xc0004c2540}, 0xc0003a6f00, 0xc0001b9e60)',
  '\t/workspace/services/geo/proto/geo_grpc.pb.go:105 +0x135',
  'google.golang.org/grpc.(*Server).processUnaryRPC(0xc0001c2400, {0xc6d1d8, 0xc000402000}, 0xc0004d0000, 0xc0001d4ba0, 0x1249c60, 0x0)',
  '\t/workspace/vendor/google.golang.org/grpc/server.go:1343 +0xdd1',
  'google.golang.org/grpc.(*Server).handleStream(0xc0001c2400, {0xc6d1d8, 0xc000402000}, 0xc0004d0000, 0x0)',
  '\t/workspace/vendor/google.golang.org/grpc/server.go:1737 +0xa2f',
  'google.golang.org/grpc.(*Server).serveStreams.func1.1()',
  '\t/workspace/vendor/google.golang.org/grpc/server.go:986 +0x98',
  'created by google.golang.org/grpc.(*Server).serveStreams.func1 in goroutine 97',
  '\t/workspace/vendor/google.golang.org/grpc/server.go:997 +0x18c',
];
const mlog = (min, id, ctx, msg, attr) => JSON.stringify({ t: { $date: T.isoMs(min).replace('Z', '+00:00') }, s: 'I', c: 'NETWORK', id, ctx, msg, attr });

const recoEnvOld = system.workloads.find((w) => w.name === 'recommendation').containers[0].env;
const recoEnvNew = recoEnvOld.map((e) => (e.name === 'JAEGER_SAMPLE_RATIO' ? { ...e, value: '0.1' } : e));

export const scenarios = [
  {
    folder: 's75c-geo-rollout-nil-panic',
    incidentTime: '2026-07-21T18:05:00Z',
    description: 'hotel search giving 500s since about 17:40 — login + reservations still work. discovery team pushed something today?',
    expected: { component: 'geo', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'geo', cause: 'crash-loop' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'time-expression', 'team-name', 'decoy'],
    grounding: `
      Manifests: DeathStarBench hotelReservation kubernetes/ + helm chart at 6ecb097 as the session-3 system definition has
      them (geo: command ./geo, port 8083, no probes, config.json from geo-hotelres; one replica, RollingUpdate 25%/25%).
      Fault (a rollout regression as in public "deploy introduced a nil pointer panic" post-mortems): at 17:41 the Search and
      Discovery team rolled geo alone to an in-house build ${NEW} (the other services keep ${OLD}); the old and new geo
      ReplicaSet templates differ only in the image. The build leaves the geo index pointer nil until a (new, unset) flag
      builds it, so the first Nearby call dereferences it in getNearbyPoints and the Go runtime aborts (panic, exit code 2).
      With no readiness probe the new pod was Ready at once, the rollout completed and the old pod was scaled down before the
      first request arrived; since then geo restarts on every search (CrashLoopBackOff, 9 restarts). search and frontend log
      nothing at INFO for failed calls (the handlers only return the gRPC error, which the frontend turns into a 500), so the
      loud evidence is geo's own panic and its back-off; mongodb-geo logs the connections of each restart.
      Expected: geo bad-deploy-rollout (crash-loop on geo also accepted).
      Decoy: recommendation rolled three hours earlier (JAEGER_SAMPLE_RATIO 0.01 -> 0.1 only, the ReplicaSet templates differ
      in that env value), healthy. Deviations: the in-house image tag and its bug are invented; stack frame offsets are
      illustrative; line numbers of cmd/geo/main.go follow the upstream file only approximately.`,
    workloads: {
      geo: {
        containers: { 'hotel-reserv-geo': { image: NEW } },
        rollout: { at: -24, revision: 5, oldContainers: { 'hotel-reserv-geo': { image: OLD } } },
        unavailableSince: -23,
        pods: [{
          containers: {
            'hotel-reserv-geo': cs.crashLoop({ restarts: 9, exitCode: 2, startedAt: T.iso(-2.9), finishedAt: T.iso(-2.85), container: 'hotel-reserv-geo' }),
          },
        }],
      },
      recommendation: {
        containers: { 'hotel-reserv-recommendation': { env: recoEnvNew } },
        rollout: { at: -190, revision: 4, oldContainers: { 'hotel-reserv-recommendation': { env: recoEnvOld } } },
      },
    },
    events: [
      { on: 'deploy:geo', reason: 'ScalingReplicaSet', message: 'Scaled up replica set geo-%NEW% to 1', first: -24, last: -24 },
      { on: 'deploy:geo', reason: 'ScalingReplicaSet', message: 'Scaled down replica set geo-%OLD% to 0 from 1', first: -23.4, last: -23.4 },
      { on: 'pod:geo#0', reason: 'Scheduled', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', source: 'default-scheduler', first: -24, last: -24 },
      { on: 'pod:geo#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, first: -23.9, last: -23.9 },
      { on: 'pod:geo#0', reason: 'Pulled', message: `Successfully pulled image "${NEW}" in 4.212s (4.212s including waiting). Image size: 25391840 bytes.`, first: -23.8, last: -23.8 },
      { on: 'pod:geo#0', reason: 'Pulled', message: `Container image "${NEW}" already present on machine`, first: -23.3, last: -2.9, count: 9 },
      { on: 'pod:geo#0', reason: 'Created', message: 'Created container hotel-reserv-geo', first: -23.8, last: -2.9, count: 10 },
      { on: 'pod:geo#0', reason: 'Started', message: 'Started container hotel-reserv-geo', first: -23.8, last: -2.9, count: 10 },
      { on: 'pod:geo#0', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-geo in pod %POD%_hotel-reservation(%PODUID%)', type: 'Warning', first: -23.2, last: -0.4, count: 104 },
    ],
    logs: {
      'geo#0/hotel-reserv-geo/previous': geoRun(-8.05),
      'geo#0/hotel-reserv-geo': geoRun(-2.9),
      'search#0/hotel-reserv-search': boot(-60 * 24 * 9 + 0.4, 'search', 8082),
      'frontend#0/hotel-reserv-frontend': boot(-60 * 24 * 9 + 0.4, 'frontend', 5000),
      'recommendation#0/hotel-reserv-recommendation': boot(-189.4, 'recommendation', 8085, 'mongodb-recommendation:27017').map((l) => l.replace('adjusted sample ratio 0.010000', 'adjusted sample ratio 0.100000')),
      'mongodb-geo#0/hotel-reserv-geo-mongo': [
        mlog(-8.04, 22943, 'listener', 'Connection accepted', { remote: '%IPOF:geo#0%:50114', uuid: 'a3c41f0e-6d2b-4f97-9b18-2e7c0d5a8f31', connectionId: 131, connectionCount: 3 }),
        mlog(-7.98, 22944, 'conn131', 'Connection ended', { remote: '%IPOF:geo#0%:50114', uuid: 'a3c41f0e-6d2b-4f97-9b18-2e7c0d5a8f31', connectionId: 131, connectionCount: 2 }),
        mlog(-2.89, 22943, 'listener', 'Connection accepted', { remote: '%IPOF:geo#0%:50388', uuid: '5e0b7d92-1a4c-4c63-8f2e-b90d6a1c37e4', connectionId: 132, connectionCount: 3 }),
        mlog(-2.84, 22944, 'conn132', 'Connection ended', { remote: '%IPOF:geo#0%:50388', uuid: '5e0b7d92-1a4c-4c63-8f2e-b90d6a1c37e4', connectionId: 132, connectionCount: 2 }),
      ],
    },
  },
];
