// s22 held-out scenario (blind, split: test) for DeathStarBench hotel-reservation: jaeger all-in-one with unbounded in-memory
// trace storage OOMKilled at its 1Gi limit again and again. System: the session-3 definition (scripts/s3-scenarios/hotel-reservation.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const T = clock('2026-05-27T09:41:00Z');
const N = (i) => `aks-nodepool1-27419563-vmss00000${i}`;
const ts = (min) => (Date.parse(T.isoMs(min)) / 1000).toFixed(7);
const zap = (min, caller, msg, extra = {}) => JSON.stringify({ level: 'info', ts: Number(ts(min)), caller, msg, ...extra });
const jaegerBoot = (m) => [
  zap(m, 'flags/service.go:110', 'Mounting metrics handler on admin server', { route: '/metrics' }),
  zap(m, 'flags/service.go:116', 'Mounting expvar handler on admin server', { route: '/debug/vars' }),
  zap(m, 'flags/admin.go:130', 'Mounting health check on admin server', { route: '/' }),
  zap(m, 'flags/admin.go:144', 'Starting admin HTTP server', { 'http-addr': ':14269' }),
  zap(m, 'flags/admin.go:122', 'Admin server started', { 'http.host-port': '[::]:14269', 'health-status': 'unavailable' }),
  zap(m, 'memory/factory.go:85', 'Memory storage initialized', { configuration: { MaxTraces: 0 } }),
  zap(m, 'static/strategy_store.go:146', 'Loading sampling strategies', { filename: '/etc/jaeger/sampling_strategies.json' }),
  zap(m + 0.01, 'server/grpc.go:104', 'Starting jaeger-collector gRPC server', { 'grpc.host-port': '[::]:14250' }),
  zap(m + 0.01, 'server/http.go:56', 'Starting jaeger-collector HTTP server', { 'http host-port': ':14268' }),
  zap(m + 0.01, 'server/zipkin.go:55', 'Not listening for Zipkin HTTP traffic, port not configured'),
  zap(m + 0.01, 'grpc/builder.go:74', 'Agent requested insecure grpc connection to collector(s)'),
  zap(m + 0.01, 'app/agent.go:69', 'Starting jaeger-agent HTTP server', { 'http-port': 5778 }),
  zap(m + 0.02, 'app/static_handler.go:109', 'Using UI configuration', { path: '' }),
  zap(m + 0.02, 'app/server.go:223', 'Query server started', { http_addr: '[::]:16686', grpc_addr: '[::]:16685' }),
  zap(m + 0.02, 'healthcheck/handler.go:129', 'Health Check state change', { status: 'ready' }),
  zap(m + 0.02, 'app/server.go:306', 'Starting GRPC server', { port: 16685, addr: ':16685' }),
  zap(m + 0.02, 'app/server.go:287', 'Starting HTTP server', { port: 16686, addr: ':16686' }),
];
const LV = { INF: '\x1b[32mINF\x1b[0m' };
const zl = (min, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV.INF} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const fe = system.workloads.find((w) => w.name === 'frontend').containers[0];
const debugEnv = fe.env.map((e) => (e.name === 'LOG_LEVEL' ? { ...e, value: 'DEBUG' } : e));

export const scenarios = [
  {
    folder: 's22-jaeger-memory-storage-oom',
    split: 'test',
    description: 'jaeger keeps losing our traces, nothing older than ~30 min and the UI was unreachable for a while this morning',
    incidentTime: '2026-05-27T09:41:00Z',
    expected: { component: 'jaeger', cause: 'oom-killed' },
    difficulty: 'easy',
    traits: ['decoy', 'time-expression'],
    grounding: `
      Manifest facts (hotelReservation helm chart / kubernetes at 6ecb097): jaeger is jaegertracing/all-in-one with its default
      in-memory span storage (no SPAN_STORAGE_TYPE, no --memory.max-traces), here with the chart's 1Gi memory limit; every Go
      service reports spans to jaeger:6831 over UDP with JAEGER_SAMPLE_RATIO=0.01, so the services never see an error. Real failure:
      the all-in-one memory backend keeps every trace until the process dies (its "Memory storage initialized" line prints
      MaxTraces 0 = unbounded, and the Jaeger docs say the in-memory storage is not for production); with the weekday wrk2 load the
      store grows to the limit in about three hours and the kernel's memory cgroup kills it: lastState OOMKilled, exit code 137,
      five restarts in the last twelve hours, the node-problem-detector "OOMKilling" kernel event on the node (AKS runs it), and after each
      restart the store is empty, so traces older than the last restart are gone and the UI is down for the few seconds of each
      restart. Decoy: a healthy frontend rollout two hours earlier (LOG_LEVEL DEBUG back to INFO). Expected: jaeger, oom-killed.`,
    workloads: {
      jaeger: {
        pods: [{
          node: N(2),
          created: T.iso(-60 * 24 * 6),
          containers: {
            'hotel-reserv-jaeger': cs.restartedRunning({ restarts: 5, startedAt: T.iso(-31.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-31.2 - 171), finishedAt: T.iso(-31.3) } }),
          },
          readyTransition: T.iso(-31.1),
        }],
      },
      frontend: { rollout: { at: -124, oldContainers: { 'hotel-reserv-frontend': { env: debugEnv } } }, pods: [{ node: N(0) }, { node: N(1) }] },
    },
    events: [
      { on: `node:${N(2)}`, reason: 'OOMKilling', type: 'Warning', source: 'kernel-monitor', message: 'Memory cgroup out of memory: Killed process 3184207 (all-in-one) total-vm:2384120kB, anon-rss:1041896kB, file-rss:41228kB, shmem-rss:0kB, UID:0 pgtables:2412kB oom_score_adj:994', first: -31.3 },
      { on: `node:${N(2)}`, reason: 'OOMKilling', type: 'Warning', source: 'kernel-monitor', message: 'Memory cgroup out of memory: Killed process 3091562 (all-in-one) total-vm:2371604kB, anon-rss:1042312kB, file-rss:40988kB, shmem-rss:0kB, UID:0 pgtables:2404kB oom_score_adj:994', first: -31.3 - 171.1 },
      { on: 'pod:jaeger#0', reason: 'Pulled', fieldPath: 'spec.containers{hotel-reserv-jaeger}', message: 'Container image "jaegertracing/all-in-one:1.57" already present on machine', first: -715.2, last: -31.25, count: 5 },
      { on: 'pod:jaeger#0', reason: 'Created', fieldPath: 'spec.containers{hotel-reserv-jaeger}', message: 'Created container hotel-reserv-jaeger', first: -715.2, last: -31.22, count: 5 },
      { on: 'pod:jaeger#0', reason: 'Started', fieldPath: 'spec.containers{hotel-reserv-jaeger}', message: 'Started container hotel-reserv-jaeger', first: -715.2, last: -31.2, count: 5 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -124 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 1 from 2', first: -123.5 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 2 from 1', first: -123.5 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -123 },
    ],
    logs: {
      'jaeger#0/hotel-reserv-jaeger': jaegerBoot(-31.2),
      'jaeger#0/hotel-reserv-jaeger/previous': jaegerBoot(-31.2 - 171),
      'frontend#0/hotel-reserv-frontend': [
        zl(-123.4, 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
        zl(-123.4, 'tune/setting.go:52', 'Set global log level: info'),
        zl(-123.4, 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
        zl(-123.4, 'cmd/frontend/main.go:23', 'Reading config...'),
        zl(-123.4, 'cmd/frontend/main.go:39', 'Read target port: 5000'),
        zl(-123.4, 'cmd/frontend/main.go:40', 'Read consul address: consul:8500'),
        zl(-123.4, 'cmd/frontend/main.go:41', 'Read jaeger address: jaeger:6831'),
        zl(-123.4, 'cmd/frontend/main.go:50', 'Initializing jaeger agent [service name: frontend | host: jaeger:6831]...'),
        zl(-123.4, 'tracing/tracer.go:26', 'Jaeger client: adjusted sample ratio 0.010000'),
        zl(-123.4, 'cmd/frontend/main.go:55', 'Jaeger agent initialized'),
        zl(-123.4, 'cmd/frontend/main.go:57', 'Initializing consul agent [host: consul:8500]...'),
        zl(-123.4, 'cmd/frontend/main.go:62', 'Consul agent initialized'),
        zl(-123.4, 'cmd/frontend/main.go:74', 'Starting server...'),
        zl(-123.3, 'services/frontend/server.go:82', 'frontend server listening on port 5000'),
      ],
    },
  },
];
