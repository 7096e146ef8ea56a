// Blind held-out scenario (batch s24b, split: test) for the OpenTelemetry demo, in the kit's spec format (scripts/s2-scenario-kit.mjs):
// the collector at its 200Mi limit after a load-test bump, its memory_limiter refusing spans from every service (resource-exhaustion).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const T = clock('2026-05-21T10:08:00Z');
const FIRST = -34.2;
const LG_AT = -52;
const lgBase = system.workloads.find((w) => w.name === 'load-generator').containers[0].env;
const lgEnv = (users) => lgBase.map((e) => (e.name === 'LOCUST_USERS' ? { ...e, value: String(users) } : e));

// Collector zap console lines (otelcol-contrib 0.135.0).
const RES = '{"resource": {"service.instance.id": "3b1f7e2c-9a44-4c61-8d0e-5f2a6b7c9d10", "service.name": "otelcol-contrib", "service.version": "0.135.0"}';
const col = (min, lvl, caller, msg, fields = '') => `${T.isoMs(min)}\t${lvl}\t${caller}\t${msg}\t${RES}${fields}}`;
const collectorLog = () => {
  const out = [
    col(-60 * 24 * 6, 'info', 'service@v0.135.0/service.go:187', 'Setting up own telemetry...'),
    col(-60 * 24 * 6, 'info', 'memorylimiter@v0.135.0/memorylimiter.go:146', 'Using percentage memory limiter', ', "otelcol.component.id": "memory_limiter", "otelcol.component.kind": "processor", "total_memory_mib": 200, "limit_percentage": 80, "spike_limit_percentage": 25'),
    col(-60 * 24 * 6, 'info', 'memorylimiter@v0.135.0/memorylimiter.go:71', 'Memory limiter configured', ', "otelcol.component.id": "memory_limiter", "otelcol.component.kind": "processor", "limit_mib": 160, "spike_limit_mib": 50, "check_interval": 5'),
    col(-60 * 24 * 6, 'info', 'service@v0.135.0/service.go:258', 'Everything is ready. Begin running and processing data.'),
  ];
  let i = 0;
  for (let m = FIRST - 3; m < -0.1; m += 0.45, i++) {
    const refusing = m >= FIRST;
    const cur = refusing ? 111 + (i * 7) % 24 : 96 + (i * 5) % 12;
    if (!refusing) {
      if (i % 2 === 0) out.push(col(m, 'warn', 'memorylimiter@v0.135.0/memorylimiter.go:212', 'Memory usage is above soft limit. Forcing a GC.', `, "otelcol.component.id": "memory_limiter", "otelcol.component.kind": "processor", "cur_mem_mib": ${cur + 12}`));
      continue;
    }
    out.push(col(m, 'warn', 'memorylimiter@v0.135.0/memorylimiter.go:212', 'Memory usage is above soft limit. Forcing a GC.', `, "otelcol.component.id": "memory_limiter", "otelcol.component.kind": "processor", "cur_mem_mib": ${cur + 9}`));
    out.push(col(m + 0.01, 'info', 'memorylimiter@v0.135.0/memorylimiter.go:178', 'Memory usage after GC.', `, "otelcol.component.id": "memory_limiter", "otelcol.component.kind": "processor", "cur_mem_mib": ${cur}`));
    out.push(col(m + 0.02, 'warn', 'memorylimiter@v0.135.0/memorylimiter.go:200', 'Memory usage is above soft limit. Refusing data.', `, "otelcol.component.id": "memory_limiter", "otelcol.component.kind": "processor", "cur_mem_mib": ${cur}`));
    if (i % 5 === 0)
      out.push(col(m + 0.2, 'warn', 'batchprocessor@v0.135.0/batch_processor.go:264', 'Sender failed', `, "otelcol.component.id": "batch", "otelcol.component.kind": "processor", "otelcol.pipeline.id": "traces", "otelcol.signal": "traces", "error": "data refused due to high memory usage"`));
  }
  return out;
};

const goSdk = (min, signal) => `${T.go(min)} ${signal} export: rpc error: code = Unavailable desc = data refused due to high memory usage`;
const checkoutLog = () => {
  const out = [];
  for (let m = -45; m < -0.2; m += 1.3) {
    out.push(JSON.stringify({ time: T.isoMs(m), level: 'INFO', msg: 'payment went through', transaction_id: `tx-${(9137 + Math.round(m * 10)).toString(16)}` }));
    if (m > FIRST) out.push(goSdk(m + 0.1, 'traces'));
    if (m > FIRST && Math.round(m) % 3 === 0) out.push(goSdk(m + 0.3, 'failed to upload metrics: exporter'));
  }
  return out;
};
const recLog = () => {
  const out = [];
  for (let m = -40; m < -0.2; m += 1.1) {
    out.push(`${T.java(m).replace('.', ',')} INFO [main] [recommendation_server.py:47] [trace_id=0 span_id=0 resource.service.name=recommendation trace_sampled=False] - Receive ListRecommendations for product ids:['OLJCESPC7Z', '66VCHSJNUP', '9SIQT8TOJO', 'L9ECAV7KIM', '2ZYFJ3GM2N']`);
    if (m > FIRST) out.push(`${T.java(m + 0.05).replace('.', ',')} WARNING [opentelemetry.exporter.otlp.proto.grpc.exporter] [exporter.py:362] [trace_id=0 span_id=0 resource.service.name=recommendation trace_sampled=False] - Transient error StatusCode.UNAVAILABLE encountered while exporting traces to otel-collector:4317, retrying in 1s.`);
  }
  return out;
};
const adLog = () => {
  const out = [];
  for (let m = -40; m < -0.2; m += 1.6) {
    const ts = T.java(m).replace(/\.(\d{3})$/, ':$1');
    out.push(`${T.java(m).slice(11)} - grpc-default-executor-1 - INFO  oteldemo.AdService - Targeted ad request received for [telescopes] trace_id=0 span_id=0 trace_flags=00`);
    if (m > FIRST) out.push(`[otel.javaagent ${ts} +0000] [OkHttp http://otel-collector:4318/...] WARN io.opentelemetry.exporter.internal.http.HttpExporter - Failed to export spans. Server responded with HTTP status code 503. Error message: Unable to parse response body, HTTP status message: Service Unavailable`);
  }
  return out;
};

export const scenarios = [
  {
    folder: 's24b-otel-collector-memory-limiter',
    incidentTime: '2026-05-21T10:08:00Z',
    description: 'jaeger has almost no traces since ~09:35 and the grafana span metrics dashboards went flat. shop seems fine??',
    expected: { component: 'otel-collector', cause: 'resource-exhaustion' },
    difficulty: 'medium',
    traits: ['pods-ready', 'time-expression', 'decoy'],
    grounding: `
      opentelemetry-demo 2.1.3 kubernetes manifest as the kit system has it: otel-collector (otelcol-contrib 0.135.0) runs
      with a 200Mi memory limit and GOMEMLIMIT 160MiB; the demo's collector config puts memory_limiter (check_interval 5s,
      limit_percentage 80, spike_limit_percentage 25: hard 160 MiB, soft 110 MiB) first in every pipeline; every service
      exports OTLP to otel-collector:4317/4318. Incident: at 09:16 a capacity test rolled load-generator out with
      LOCUST_USERS 75 (was 10); span and metric volume grew about sevenfold and from 09:33 the collector sits above its
      soft limit, forcing GCs and logging "Memory usage is above soft limit. Refusing data." (memory_limiter's zap
      text); the receivers answer "data refused due to high memory usage": the Go SDK's global handler prints
      "traces export: rpc error: code = Unavailable ...", the Python OTLP exporter "Transient error
      StatusCode.UNAVAILABLE encountered while exporting traces", the Java agent "Failed to export spans. Server
      responded with HTTP status code 503". The collector never reaches its limit (the limiter works), so it stays
      Running and Ready with no restart; the shop itself is healthy. Decoys: the load-generator rollout (the load is
      wanted, the collector is sized for the demo's 10 users) and an old currency restart.
      Expected: otel-collector resource-exhaustion.`,
    workloads: {
      'load-generator': {
        rollout: { at: LG_AT, revision: 3, oldContainers: { 'load-generator': { env: lgEnv(10) } } },
        containers: { 'load-generator': { env: lgEnv(75) } },
      },
      currency: {
        pods: [{ containers: { currency: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 13), last: { exitCode: 139, reason: 'Error', startedAt: T.iso(-60 * 24 * 6), finishedAt: T.iso(-60 * 24 * 2 - 13.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:load-generator', reason: 'ScalingReplicaSet', message: 'Scaled up replica set load-generator-%NEW% to 1', first: LG_AT },
      { on: 'deploy:load-generator', reason: 'ScalingReplicaSet', message: 'Scaled down replica set load-generator-%OLD% to 0 from 1', first: LG_AT + 0.6 },
      { on: 'pod:load-generator#0', reason: 'Scheduled', message: 'Successfully assigned otel-demo/%POD% to %NODE%', source: 'default-scheduler', first: LG_AT },
      { on: 'pod:load-generator#0', reason: 'Pulled', message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-load-generator" already present on machine', first: LG_AT + 0.1, fieldPath: 'spec.containers{load-generator}' },
      { on: 'pod:load-generator#0', reason: 'Created', message: 'Created container: load-generator', first: LG_AT + 0.1, fieldPath: 'spec.containers{load-generator}' },
      { on: 'pod:load-generator#0', reason: 'Started', message: 'Started container load-generator', first: LG_AT + 0.1, fieldPath: 'spec.containers{load-generator}' },
    ],
    logs: {
      'otel-collector#0/opentelemetry-collector': collectorLog(),
      'checkout#0/checkout': checkoutLog(),
      'recommendation#0/recommendation': recLog(),
      'ad#0/ad': adLog(),
      'load-generator#0/load-generator': [
        `[${T.java(LG_AT + 0.3).replace('.', ',')}] ${'%POD%'}/INFO/locust.main: Starting Locust 2.37.10`,
        `[${T.java(LG_AT + 0.3).replace('.', ',')}] ${'%POD%'}/INFO/locust.main: Starting web interface at http://0.0.0.0:8089, press enter to open your default browser.`,
        `[${T.java(LG_AT + 0.4).replace('.', ',')}] ${'%POD%'}/INFO/locust.runners: Ramping to 75 users at a rate of 1.00 per second`,
        `[${T.java(LG_AT + 1.7).replace('.', ',')}] ${'%POD%'}/INFO/locust.runners: All users spawned: {"WebsiteBrowserUser": 38, "WebsiteUser": 37} (75 total users)`,
      ],
    },
  },
];
