// Blind held-out scenario (batch s26b) for hotel-reservation: the kit's session-3 system definition (with its default PVCs)
// and one incident, jaeger all-in-one's unbounded in-memory trace store OOM-killed at its 1Gi limit again and again.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs } from '../s3-scenarios/hotel-reservation.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m' };
const zl = (T, min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const zap = (T, min, level, caller, msg, extra = {}) => JSON.stringify({ level, ts: Number((Date.parse(T.isoMs(min)) / 1000).toFixed(7)), caller, msg, ...extra });

function jaegerOom() {
  const incidentTime = '2026-04-22T11:18:00Z';
  const T = clock(incidentTime);
  const S = -13.4; // current jaeger container start
  const jStart = (m) => [
    zap(T, m, 'info', 'flags/service.go:110', 'Mounting metrics handler on admin server', { route: '/metrics' }),
    zap(T, m, 'info', 'flags/service.go:116', 'Mounting expvar handler on admin server', { route: '/debug/vars' }),
    zap(T, m + 0.001, 'info', 'flags/admin.go:130', 'Mounting health check on admin server', { route: '/' }),
    zap(T, m + 0.001, 'info', 'flags/admin.go:144', 'Starting admin HTTP server', { 'http-addr': ':14269' }),
    zap(T, m + 0.002, 'info', 'memory/factory.go:85', 'Memory storage initialized', { configuration: { MaxTraces: 0 } }),
    zap(T, m + 0.004, 'info', 'server/grpc.go:104', 'Starting jaeger-collector gRPC server', { 'grpc.host-port': '[::]:14250' }),
    zap(T, m + 0.004, 'info', 'server/http.go:56', 'Starting jaeger-collector HTTP server', { 'http host-port': ':14268' }),
    zap(T, m + 0.005, 'info', 'app/agent.go:69', 'Starting jaeger-agent HTTP server', { 'http-port': 5778 }),
    zap(T, m + 0.006, 'info', 'app/server.go:249', 'Query server started', { http_addr: '[::]:16686', grpc_addr: '[::]:16685' }),
    zap(T, m + 0.006, 'info', 'healthcheck/handler.go:129', 'Health Check state change', { status: 'ready' }),
  ];
  const svcLines = (svc, port) => [
    zl(T, -60 * 24 * 5, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
    zl(T, -60 * 24 * 5, 'INF', `cmd/${svc}/main.go:23`, 'Reading config...'),
    zl(T, -60 * 24 * 5 + 0.01, 'INF', `cmd/${svc}/main.go:50`, `Read target port: ${port}`),
    zl(T, -60 * 24 * 5 + 0.01, 'INF', `cmd/${svc}/main.go:51`, 'Read consul address: consul:8500'),
    zl(T, -60 * 24 * 5 + 0.01, 'INF', `cmd/${svc}/main.go:52`, 'Read jaeger address: jaeger:6831'),
    zl(T, -60 * 24 * 5 + 0.02, 'INF', `cmd/${svc}/main.go:61`, 'Initializing jaeger agent [service name: ' + svc + ' | host: jaeger:6831]...'),
    zl(T, -60 * 24 * 5 + 0.02, 'INF', 'tracing/tracer.go:26', 'Jaeger client: adjusted sample ratio 0.010000'),
    zl(T, -60 * 24 * 5 + 0.02, 'INF', `cmd/${svc}/main.go:66`, 'Jaeger agent initialized'),
    zl(T, -60 * 24 * 5 + 0.03, 'INF', `cmd/${svc}/main.go:68`, 'Initializing consul agent [host: consul:8500]...'),
    zl(T, -60 * 24 * 5 + 0.03, 'INF', `cmd/${svc}/main.go:73`, 'Consul agent initialized'),
    zl(T, -60 * 24 * 5 + 0.03, 'INF', `cmd/${svc}/main.go:85`, 'Starting server...'),
  ];
  return {
    folder: 's26b-jaeger-memory-store-oom',
    incidentTime,
    description: 'jaeger has no hotel traces older than ~15 min, searched for a slow booking from 10:40 and its gone. again',
    expected: { component: 'jaeger', cause: 'oom-killed' },
    difficulty: 'medium',
    traits: ['pods-ready', 'decoy'],
    grounding: `
      DeathStarBench hotelReservation deploys jaeger as jaegertracing/all-in-one (here 1.57) with the default in-memory span
      store and no --memory.max-traces ("Memory storage initialized" with MaxTraces 0: unbounded), and the chart's limit of 1Gi.
      Every Go service reports spans over UDP to jaeger:6831 (JAEGER_SAMPLE_RATIO 0.01, client "adjusted sample ratio"), so
      at the day's traffic the store grows until the kernel kills the container at the limit: jaeger is OOMKilled (137) every
      60-80 minutes, restartCount 9, and each restart empties the store, so only the traces since the last start (11:04:36) exist.
      The pod is Running and Ready now; nothing in the shop fails (UDP reporting never errors), which is what makes it look like a
      "lost traces" UI problem. Jaeger's zap JSON startup lines as 1.5x prints them. Decoys: a healthy rate rollout two hours ago
      and an old memcached-profile restart from last week. Expected: jaeger oom-killed.
    `,
    workloads: {
      jaeger: {
        pods: [{ containers: { 'hotel-reserv-jaeger': cs.restartedRunning({ restarts: 9, startedAt: T.iso(S), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-84.2), finishedAt: T.iso(S - 0.05) } }) } }],
      },
      rate: { rollout: { at: -122, revision: 4 } },
      'memcached-profile': {
        pods: [{ containers: { 'hotel-reserv-profile-mmc': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 6), last: { exitCode: 137, reason: 'Error', startedAt: T.iso(-60 * 24 * 20), finishedAt: T.iso(-60 * 24 * 6 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'pod:jaeger#0', reason: 'Pulled', message: 'Container image "jaegertracing/all-in-one:1.57" already present on machine', first: -60 * 11, last: S - 0.02, count: 9, fieldPath: 'spec.containers{hotel-reserv-jaeger}' },
      { on: 'pod:jaeger#0', reason: 'Created', message: 'Created container hotel-reserv-jaeger', first: -60 * 11, last: S - 0.01, count: 9, fieldPath: 'spec.containers{hotel-reserv-jaeger}' },
      { on: 'pod:jaeger#0', reason: 'Started', message: 'Started container hotel-reserv-jaeger', first: -60 * 11, last: S, count: 9, fieldPath: 'spec.containers{hotel-reserv-jaeger}' },
      { on: 'deploy:rate', reason: 'ScalingReplicaSet', message: 'Scaled up replica set rate-%NEW% to 1', first: -122, source: 'deployment-controller' },
      { on: 'deploy:rate', reason: 'ScalingReplicaSet', message: 'Scaled down replica set rate-%OLD% to 0 from 1', first: -121.1, source: 'deployment-controller' },
    ],
    logs: {
      'jaeger#0/hotel-reserv-jaeger': [
        zap(T, S - 0.01, 'info', 'all-in-one/main.go:103', 'Starting all-in-one', { version: 'v1.57.0' }),
        ...jStart(S),
        zap(T, S + 0.02, 'info', 'grpc@v1.63.2/clientconn.go:539', '[core][Channel #1]Channel Connectivity change to READY', { system: 'grpc', grpc_log: true }),
      ],
      'jaeger#0/hotel-reserv-jaeger/previous': [
        zap(T, -84.21, 'info', 'all-in-one/main.go:103', 'Starting all-in-one', { version: 'v1.57.0' }),
        ...jStart(-84.2),
      ],
      'frontend#0/hotel-reserv-frontend': [
        ...svcLines('frontend', 5000),
        zl(T, -60 * 24 * 5 + 0.04, 'INF', 'services/frontend/server.go:69', 'Serving http'),
      ],
      'rate#0/hotel-reserv-rate': [
        zl(T, -121.19, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
        zl(T, -121.19, 'INF', 'cmd/rate/main.go:24', 'Reading config...'),
        zl(T, -121.18, 'INF', 'cmd/rate/main.go:39', 'Initializing DB connection...'),
        zl(T, -121.17, 'INF', 'cmd/rate/main.go:41', 'Successfull'),
        zl(T, -121.17, 'INF', 'cmd/rate/main.go:56', 'Read jaeger address: jaeger:6831'),
        zl(T, -121.16, 'INF', 'cmd/rate/main.go:70', 'Jaeger agent initialized'),
        zl(T, -121.15, 'INF', 'cmd/rate/main.go:77', 'Consul agent initialized'),
        zl(T, -121.15, 'INF', 'cmd/rate/main.go:91', 'Starting server...'),
      ],
    },
  };
}

export const scenarios = [jaegerOom()];
