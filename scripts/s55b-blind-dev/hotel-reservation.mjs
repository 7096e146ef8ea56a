// Blind dev batch s55b, DeathStarBench hotelReservation: one scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs),
// built by scripts/s55b-build.mjs — a native gRPC liveness probe added to search, which serves no grpc.health.v1 (probe-failure).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const INCIDENT = '2026-05-19T15:42:00Z';
const T = clock(INCIDENT);

// zerolog ConsoleWriter as cmd/*/main.go sets it (RFC3339, Caller, colours kept in kubectl logs); before main() replaces
// log.Logger, package init and tune.Init() print through zerolog's default global logger (JSON on stderr).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const zj = (min, msg) => JSON.stringify({ level: 'info', time: T.iso(min), message: msg });
const pre = (min) => [zj(min, 'TLS disabled.'), zj(min, 'Set global log level: INFO'), zj(min, 'Tune: setGCPercent to 100')];
const jaeger = (min, svc) => [
  zl(min, 'INF', `cmd/${svc}/main.go:47`, `Initializing jaeger agent [service name: ${svc} | host: jaeger:6831]...`),
  zl(min, 'INF', 'tracing/tracer.go:27', 'Jaeger client: adjusted sample ratio 0.010000'),
  zl(min, 'INF', 'tracing/tracer.go:41', 'Overriding Jaeger config with env variables'),
  zl(min, 'INF', `cmd/${svc}/main.go:52`, 'Jaeger agent initialized'),
  zl(min, 'INF', `cmd/${svc}/main.go:54`, 'Initializing consul agent [host: consul:8500]...'),
  zl(min, 'INF', `cmd/${svc}/main.go:59`, 'Consul agent initialized'),
  zl(min, 'INF', `cmd/${svc}/main.go:70`, 'Starting server...'),
];
const searchBoot = (min, id) => [
  ...pre(min),
  zl(min, 'INF', 'cmd/search/main.go:24', 'Reading config...'),
  ...jaeger(min, 'search'),
  zl(min + 0.01, 'INF', 'registry/registry.go:91', `Trying to register service [ name: srv-search, id: ${id}, address: %PODIP%:8082 ]`),
  zl(min + 0.01, 'INF', 'services/search/server.go:86', 'Successfully registered in consul'),
];

// search's restarts since the rollout at -17: ~40 s alive (initialDelay 10 s + 3 failures 10 s apart), then back-off 10 s … 5 m.
const RUNS = [-16.45, -15.6, -14.6, -13.2, -11.2, -7.8, -2.1];
const IDS = [
  '6f0d2c4e-93a1-4b7e-8c55-1e2f9a07b3d4', '0a8e6b13-55c2-4f09-9d71-c4b3e2a18f60', 'b2c91d47-0e6f-4a38-a5d2-7f1e093c6b85',
  '4e7a0c25-d819-46b3-b0fe-2a6c95d1e347', '9c15f8e2-7b3d-4d60-8a19-5e0b2c7d4f91', 'd3b60a94-21ef-4c87-9e25-80f4a1c6b2d7',
  'e81f4c3a-6d92-4b05-b7a3-0c5e9f21d864',
];

const livenessProbe = { grpc: { port: 8082 }, initialDelaySeconds: 10, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 };

const scenario = {
  folder: 's55b-search-grpc-liveness-unimplemented',
  description:
    'hotel serach on the site 500ing on and off since ~15:25. login and recommendations still ok. discovery team can you check',
  incidentTime: INCIDENT,
  expected: { component: 'search', cause: 'probe-failure' },
  alsoAcceptable: [
    { component: 'search', cause: 'bad-deploy-rollout' },
    { component: 'search', cause: 'crash-loop' },
  ],
  difficulty: 'medium',
  traits: ['rollout-regression', 'decoy', 'typo', 'team-name', 'time-expression'],
  workloads: {
    search: {
      rollout: { at: -17, oldContainers: { 'hotel-reserv-search': { livenessProbe: undefined } } },
      containers: { 'hotel-reserv-search': { livenessProbe } },
      unavailableSince: -1.4,
      endpointsChanged: -1.4,
      pods: [{
        node: 'aks-nodepool1-27419563-vmss000001',
        containers: {
          'hotel-reserv-search': cs.crashLoop({
            restarts: 7, exitCode: 2, reason: 'Error', startedAt: T.iso(-2.1), finishedAt: T.iso(-1.42), container: 'hotel-reserv-search',
          }),
        },
        readyTransition: T.iso(-1.42),
      }],
    },
    // benign: recommendation rolled out 95 minutes ago (operator's image rebuild) and has served since
    recommendation: { rollout: { at: -95 } },
    // decoy: memcached-rate OOM-killed three days ago, running since
    'memcached-rate': {
      pods: [{
        containers: {
          'hotel-reserv-rate-mmc': cs.restartedRunning({
            restarts: 1, startedAt: T.iso(-60 * 24 * 3),
            last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.32), finishedAt: T.iso(-60 * 24 * 3 - 0.02) },
          }),
        },
      }],
    },
  },
  events: [
    { on: 'deploy:search', reason: 'ScalingReplicaSet', message: 'Scaled up replica set search-%NEW% to 1', first: -17 },
    { on: 'rs:search', reason: 'SuccessfulCreate', message: 'Created pod: %PODOF%', first: -16.5 },
    { on: 'pod:search#0', reason: 'Scheduled', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', source: 'default-scheduler', first: -16.5 },
    { on: 'deploy:search', reason: 'ScalingReplicaSet', message: 'Scaled down replica set search-%OLD% to 0 from 1', first: -16.4 },
    { on: 'pod:search#0', reason: 'Pulled', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', fieldPath: 'spec.containers{hotel-reserv-search}', first: -16.47, last: -2.1, count: 8 },
    { on: 'pod:search#0', reason: 'Created', message: 'Created container hotel-reserv-search', fieldPath: 'spec.containers{hotel-reserv-search}', first: -16.46, last: -2.1, count: 8 },
    { on: 'pod:search#0', reason: 'Started', message: 'Started container hotel-reserv-search', fieldPath: 'spec.containers{hotel-reserv-search}', first: -16.45, last: -2.1, count: 8 },
    { on: 'pod:search#0', reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: error: this server does not implement the grpc health protocol (grpc.health.v1.Health): unknown service grpc.health.v1.Health', fieldPath: 'spec.containers{hotel-reserv-search}', first: -16.1, last: -1.43, count: 21 },
    { on: 'pod:search#0', reason: 'Killing', message: 'Container hotel-reserv-search failed liveness probe, will be restarted', fieldPath: 'spec.containers{hotel-reserv-search}', first: -15.8, last: -1.43, count: 7 },
    { on: 'pod:search#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-search in pod %POD%_hotel-reservation(%PODUID%)', fieldPath: 'spec.containers{hotel-reserv-search}', first: -15.75, last: -0.2, count: 31 },
    { on: 'deploy:recommendation', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendation-%NEW% to 1', first: -95 },
    { on: 'deploy:recommendation', reason: 'ScalingReplicaSet', message: 'Scaled down replica set recommendation-%OLD% to 0 from 1', first: -94.0 },
  ],
  logs: {
    'search#0/hotel-reserv-search': searchBoot(RUNS[6], IDS[6]),
    'search#0/hotel-reserv-search/previous': searchBoot(RUNS[5], IDS[5]),
    // the frontend answers 500 with the gRPC error text for a failed Nearby call without logging it; only its start-up is logged
    'frontend#0/hotel-reserv-frontend': [
      ...pre(-60 * 24 * 9 + 0.32),
      zl(-60 * 24 * 9 + 0.32, 'INF', 'cmd/frontend/main.go:23', 'Reading config...'),
      zl(-60 * 24 * 9 + 0.32, 'INF', 'cmd/frontend/main.go:44', 'Initializing jaeger agent [service name: frontend | host: jaeger:6831]...'),
      zl(-60 * 24 * 9 + 0.32, 'INF', 'tracing/tracer.go:27', 'Jaeger client: adjusted sample ratio 0.010000'),
      zl(-60 * 24 * 9 + 0.32, 'INF', 'tracing/tracer.go:41', 'Overriding Jaeger config with env variables'),
      zl(-60 * 24 * 9 + 0.32, 'INF', 'cmd/frontend/main.go:49', 'Jaeger agent initialized'),
      zl(-60 * 24 * 9 + 0.32, 'INF', 'cmd/frontend/main.go:51', 'Initializing consul agent [host: consul:8500]...'),
      zl(-60 * 24 * 9 + 0.32, 'INF', 'cmd/frontend/main.go:56', 'Consul agent initialized'),
      zl(-60 * 24 * 9 + 0.32, 'INF', 'cmd/frontend/main.go:67', 'Starting server...'),
      zl(-60 * 24 * 9 + 0.31, 'INF', 'services/frontend/server.go:57', 'Loading static content...'),
      zl(-60 * 24 * 9 + 0.31, 'INF', 'services/frontend/server.go:63', 'Initializing gRPC clients...'),
      zl(-60 * 24 * 9 + 0.31, 'INF', 'services/frontend/server.go:92', 'Successful'),
      zl(-60 * 24 * 9 + 0.31, 'INF', 'services/frontend/server.go:118', 'Serving http'),
    ],
    'recommendation#0/hotel-reserv-recommendation': [
      ...pre(-94.18),
      zl(-94.18, 'INF', 'cmd/recommendation/main.go:24', 'Reading config...'),
      zl(-94.18, 'INF', 'cmd/recommendation/main.go:37', 'Initializing DB connection...'),
      zl(-94.18, 'INF', 'cmd/recommendation/db.go:22', 'Generating test data...'),
      zl(-94.18, 'INF', 'cmd/recommendation/db.go:67', 'Attempting connection to mongodb://mongodb-recommendation:27017'),
      zl(-94.17, 'INF', 'cmd/recommendation/db.go:74', 'Successfully connected to MongoDB'),
      zl(-94.17, 'INF', 'cmd/recommendation/db.go:81', 'Successfully inserted test data into recommendation DB'),
      zl(-94.16, 'INF', 'cmd/recommendation/main.go:50', 'Initializing jaeger agent [service name: recommendation | host: jaeger:6831]...'),
      zl(-94.16, 'INF', 'tracing/tracer.go:27', 'Jaeger client: adjusted sample ratio 0.010000'),
      zl(-94.16, 'INF', 'tracing/tracer.go:41', 'Overriding Jaeger config with env variables'),
      zl(-94.16, 'INF', 'cmd/recommendation/main.go:55', 'Jaeger agent initialized'),
      zl(-94.16, 'INF', 'cmd/recommendation/main.go:57', 'Initializing consul agent [host: consul:8500]...'),
      zl(-94.16, 'INF', 'cmd/recommendation/main.go:62', 'Consul agent initialized'),
      zl(-94.16, 'INF', 'cmd/recommendation/main.go:72', 'Starting server...'),
      zl(-94.15, 'INF', 'registry/registry.go:91', 'Trying to register service [ name: srv-recommendation, id: 27b4e9d1-0c83-4f5a-9e62-b1d7a4c03f58, address: %PODIP%:8085 ]'),
      zl(-94.15, 'INF', 'services/recommendation/server.go:81', 'Successfully registered in consul'),
    ],
  },
  grounding: `
    Manifests and code: delimitrou/DeathStarBench hotelReservation at 6ecb097 as the session-3 system has it (search: container
    hotel-reserv-search, command ./search, port 8082, no probes upstream). cmd/search/main.go and services/search/server.go: the
    start-up lines (jaeger, consul, "Trying to register service [ name: srv-search, id: <uuid>, address: <pod IP>:8082 ]",
    "Successfully registered in consul") and grpc.NewServer with only pb.RegisterSearchServer — no grpc.health.v1.Health service is
    registered; tls/options.go logs "TLS disabled." at package init and tune.Init() its lines before main() installs the
    ConsoleWriter, so those three lines come out as zerolog's default JSON; services/frontend/server.go answers a failed Nearby with
    http.Error(500, err) and does not log it. Kubernetes pkg/probe/grpc/grpc.go: an Unimplemented answer is reported as "error: this
    server does not implement the grpc health protocol (grpc.health.v1.Health): <status message>", and grpc-go's status message for an
    unregistered service is "unknown service grpc.health.v1.Health" (native gRPC probes are GA since 1.27; the cluster runs 1.29).
    Fault: at 15:25 the platform overlay added a native gRPC livenessProbe (port 8082, initialDelaySeconds 10, periodSeconds 10,
    failureThreshold 3) to search, as the Kubernetes gRPC-probe blog suggests for gRPC services. search has no readiness probe, so the
    new pod was Ready at start, the rollout completed and the old ReplicaSet was scaled to 0; then every probe fails, the kubelet kills
    the container after three failures (SIGTERM: the Go runtime, as PID 1 without a handler for it, exits with status 2) and restarts
    it with growing back-off — 7 restarts, CrashLoopBackOff, search Ready only for ~40 s per run. Hotel searches fail with 500 whenever
    search is down; login, recommendations and reservations do not go through search.
    Cause named: probe-failure on search (a liveness probe the service cannot answer); the rollout that added it and the resulting
    crash loop are also accepted.
    Decoys: recommendation was rolled out 95 minutes ago and is healthy; memcached-rate was OOMKilled three days ago and has run since;
    the frontend, which users see failing, logs nothing about it.
    Deviations from upstream: the livenessProbe on search (the fault); images, memory limits, AKS cluster as the session-3 system states.
  `,
};

export const scenarios = [scenario];
