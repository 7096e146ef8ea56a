// Batch s47a (blind dev): one hotel-reservation incident on the session-3 system definition (DeathStarBench at 6ecb097, AKS).
// jaeger all-in-one's unbounded in-memory trace store hits its 1Gi limit again and again after frontend sampling went to 100%.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs } from '../s3-scenarios/hotel-reservation.mjs';

export const system = base;
export const defaultPvcs = pvcs;

// zerolog ConsoleWriter with colours, as the system's services print it (cmd/*/main.go).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (T, min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
// zap JSON (jaeger all-in-one): ts in fractional epoch seconds.
const zap = (T, min, level, caller, msg, extra = {}) =>
  JSON.stringify({ level, ts: Number((Date.parse(T.isoMs(min)) / 1000 + (Math.abs(min * 7919) % 1000) / 1e6).toFixed(6)), caller, msg, ...extra });
const jaegerBoot = (T, min) => [
  zap(T, min, 'info', 'flags/service.go:110', 'Mounting metrics handler on admin server', { route: '/metrics' }),
  zap(T, min, 'info', 'flags/service.go:116', 'Mounting expvar handler on admin server', { route: '/debug/vars' }),
  zap(T, min, 'info', 'flags/admin.go:130', 'Mounting health check on admin server', { route: '/' }),
  zap(T, min, 'info', 'flags/admin.go:144', 'Starting admin HTTP server', { 'http-addr': ':14269' }),
  zap(T, min, 'info', 'memory/factory.go:85', 'Memory storage initialized', { configuration: { MaxTraces: 0 } }),
  zap(T, min + 0.001, 'info', 'server/grpc.go:104', 'Starting jaeger-collector gRPC server', { 'grpc.host-port': '[::]:14250' }),
  zap(T, min + 0.001, 'info', 'server/http.go:56', 'Starting jaeger-collector HTTP server', { 'http host-port': ':14268' }),
  zap(T, min + 0.002, 'info', 'app/agent.go:69', 'Starting jaeger-agent HTTP server', { 'http-port': 5778 }),
  zap(T, min + 0.003, 'info', 'app/server.go:215', 'Query server started', { http_addr: '[::]:16686', grpc_addr: '[::]:16685' }),
  zap(T, min + 0.003, 'info', 'healthcheck/handler.go:129', 'Health Check state change', { status: 'ready' }),
];

const s1 = (() => {
  const incidentTime = '2026-03-05T09:58:00Z';
  const T = clock(incidentTime);
  const ENV = (ratio) => [
    { name: 'TLS', value: '0' }, { name: 'LOG_LEVEL', value: 'INFO' }, { name: 'JAEGER_SAMPLE_RATIO', value: ratio },
    { name: 'MEMC_TIMEOUT', value: '2' }, { name: 'GC', value: '100' },
  ];
  // frontend: jaeger-client-go's StdLogger prints flush errors while the jaeger Service has no ready endpoint (each restart).
  const feLogs = (k) => {
    const out = [];
    for (const down of [-50.3, -27.4, -4.35]) {
      out.push(`${T.go(down + 0.05 + k * 0.01)} ERROR: error when flushing the buffer: write udp %PODIP%:${41822 + k * 311}->%SVCIP:jaeger%:6831: write: connection refused`);
      out.push(`${T.go(down + 0.12 + k * 0.01)} ERROR: error when flushing the buffer: write udp %PODIP%:${41822 + k * 311}->%SVCIP:jaeger%:6831: write: connection refused`);
    }
    return [
      zl(T, -74.4 + k * 0.5, 'INF', 'cmd/frontend/main.go:24', 'Reading config...'),
      zl(T, -74.4 + k * 0.5, 'INF', 'cmd/frontend/main.go:39', 'Read target port: 5000'),
      zl(T, -74.4 + k * 0.5, 'INF', 'cmd/frontend/main.go:40', 'Read consul address: consul:8500'),
      zl(T, -74.4 + k * 0.5, 'INF', 'cmd/frontend/main.go:41', 'Read jaeger address: jaeger:6831'),
      zl(T, -74.39 + k * 0.5, 'INF', 'cmd/frontend/main.go:49', 'Initializing jaeger agent [service name: frontend | host: jaeger:6831]...'),
      zl(T, -74.39 + k * 0.5, 'INF', 'tracing/tracer.go:26', 'Jaeger client: adjusted sample ratio 1.000000'),
      zl(T, -74.38 + k * 0.5, 'INF', 'cmd/frontend/main.go:54', 'Jaeger agent initialized'),
      zl(T, -74.38 + k * 0.5, 'INF', 'cmd/frontend/main.go:56', 'Initializing consul agent [host: consul:8500]...'),
      zl(T, -74.37 + k * 0.5, 'INF', 'cmd/frontend/main.go:61', 'Consul agent initialized'),
      zl(T, -74.37 + k * 0.5, 'INF', 'cmd/frontend/main.go:72', 'Starting services...'),
      zl(T, -74.36 + k * 0.5, 'INF', 'services/frontend/server.go:47', 'Serving http at 0.0.0.0:5000'),
      ...out,
    ];
  };
  return {
    folder: 's47a-jaeger-memstore-oom',
    incidentTime,
    description: 'jaeger UI for hotel-res keeps dying, traces from the last hour mostly gone (~since 9)',
    expected: { component: 'jaeger', cause: 'oom-killed' },
    difficulty: 'easy',
    traits: ['time-expression', 'decoy'],
    grounding: `
      DeathStarBench hotelReservation runs jaegertracing/all-in-one (here 1.57, limit 1Gi as the system definition) with
      its default in-memory span store, which keeps every trace until restart unless --memory.max-traces is set (jaeger
      docs: memory storage is "not intended for production", "no limit by default"; the start log says
      "Memory storage initialized" with MaxTraces 0). At 08:44 the team rolled out frontend with JAEGER_SAMPLE_RATIO=1
      (from 0.01) to chase a latency report, multiplying the spans sent to jaeger:6831 a hundredfold; since then the
      jaeger container fills 1Gi in about 23 minutes (OOMKilled at 09:07, 09:30 and 09:53) and is OOMKilled (exit 137), losing every stored trace each time.
      While it restarts, the Service has no endpoint and jaeger-client-go's StdLogger in frontend prints "ERROR: error
      when flushing the buffer: write udp ...:6831: write: connection refused". Booking, search and login are
      unaffected (tracing is fire-and-forget UDP). The frontend rollout is Ready and healthy and is the trigger, not the
      fault; the fault a careful engineer names is jaeger being OOM-killed (the cure is a --memory.max-traces bound or a
      real backend, then putting the ratio back). Deviations: the frontend sample ratio change; jaeger tag 1.57.
    `,
    workloads: {
      frontend: {
        rollout: { at: -74, revision: 5 },
        containers: { 'hotel-reserv-frontend': { env: ENV('1') } },
        pods: [0, 1].map((i) => ({ created: T.iso(-74.5 + i * 0.5), containers: { 'hotel-reserv-frontend': cs.running(T.iso(-74.4 + i * 0.5)) } })),
      },
      jaeger: {
        pods: [{
          containers: {
            'hotel-reserv-jaeger': cs.restartedRunning({ restarts: 3, startedAt: T.iso(-4.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-27.3), finishedAt: T.iso(-4.35) } }),
          },
          readyTransition: T.iso(-4.2),
        }],
        endpointsChanged: -4.2,
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -74 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -73.4 },
      { on: 'pod:jaeger#0', reason: 'Pulled', message: 'Container image "jaegertracing/all-in-one:1.57" already present on machine', first: -50.2, last: -4.25, count: 3 },
      { on: 'pod:jaeger#0', reason: 'Created', message: 'Created container hotel-reserv-jaeger', first: -50.2, last: -4.22, count: 3 },
      { on: 'pod:jaeger#0', reason: 'Started', message: 'Started container hotel-reserv-jaeger', first: -50.2, last: -4.2, count: 3 },
    ],
    logs: {
      'jaeger#0/hotel-reserv-jaeger': [
        ...jaegerBoot(T, -4.2),
      ],
      'jaeger#0/hotel-reserv-jaeger/previous': [
        ...jaegerBoot(T, -27.3),
        zap(T, -15.7, 'warn', 'channelz/funcs.go:342', '[core][Server #7] grpc: Server.Serve failed to create ServerTransport: connection error: desc = "transport: http2Server.HandleStreams failed to receive the preface from client: EOF"', { system: 'grpc', grpc_log: true }),
      ],
      'frontend#0/hotel-reserv-frontend': feLogs(0),
      'frontend#1/hotel-reserv-frontend': feLogs(1),
      'search#0/hotel-reserv-search': [
        zl(T, -60 * 24 * 9 + 0.4, 'INF', 'cmd/search/main.go:63', 'Starting server...'),
      ],
    },
  };
})();

export const scenarios = [s1];
