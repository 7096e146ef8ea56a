// Blind held-out scenario (batch s24a, split: test) for the OpenTelemetry demo: the collector's memory_limiter
// refusing telemetry at its 200Mi limit after a load test raised the load generator's users; built by scripts/s24a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const INCIDENT = '2026-05-19T14:32:00Z';
const T = clock(INCIDENT);
const RES = '{"service.instance.id": "6f1c2d0e-3b7a-4c55-9e1f-2a8d4b7c9e10", "service.name": "otelcol-contrib", "service.version": "0.135.0"}';
const col = (min, level, caller, msg, extra = '') =>
  `${T.isoMs(min)}\t${level}\t${caller}\t${msg}\t{"resource": ${RES}${extra}}`;
const ML = 'memorylimiter@v0.135.0/memorylimiter.go';
const proc = (signal, mem) => `, "otelcol.component.id": "memory_limiter", "otelcol.component.kind": "processor", "otelcol.pipeline.id": "${signal}", "otelcol.signal": "${signal}", "cur_mem_mib": ${mem}`;

const startup = (m) => [
  col(m, 'info', 'service@v0.135.0/service.go:187', 'Setting up own telemetry...'),
  col(m + 0.001, 'info', `${ML}:146`, 'Memory limiter configured', ', "otelcol.component.id": "memory_limiter", "otelcol.component.kind": "processor", "limit_mib": 160, "spike_limit_mib": 50, "check_interval": 5'),
  col(m + 0.002, 'info', 'service@v0.135.0/service.go:253', 'Starting otelcol-contrib...', ', "Version": "0.135.0", "NumCPU": 4'),
  col(m + 0.003, 'info', 'extensions/extensions.go:41', 'Starting extensions...'),
  col(m + 0.004, 'info', 'healthcheckextension@v0.135.0/healthcheckextension.go:32', 'Starting health_check extension', ', "otelcol.component.id": "health_check", "otelcol.component.kind": "extension", "config": {"Endpoint":"${env:MY_POD_IP}:13133","Path":"/","ResponseHeaders":null}'),
  col(m + 0.006, 'info', 'otlpreceiver@v0.135.0/otlp.go:117', 'Starting GRPC server', ', "otelcol.component.id": "otlp", "otelcol.component.kind": "receiver", "endpoint": "%PODIP%:4317"'),
  col(m + 0.006, 'info', 'otlpreceiver@v0.135.0/otlp.go:175', 'Starting HTTP server', ', "otelcol.component.id": "otlp", "otelcol.component.kind": "receiver", "endpoint": "%PODIP%:4318"'),
  col(m + 0.008, 'info', 'healthcheck/handler.go:132', 'Health Check state change', ', "otelcol.component.id": "health_check", "otelcol.component.kind": "extension", "status": "ready"'),
  col(m + 0.008, 'info', 'service@v0.135.0/service.go:276', 'Everything is ready. Begin running and processing data.'),
];

// Memory-limited cycles: above the soft limit (110 MiB) it refuses data; above the hard limit (160 MiB) it forces a GC.
const cycles = (from, to, step) => {
  const out = [];
  let i = 0;
  for (let m = from; m < to; m += step, i++) {
    const sig = ['traces', 'metrics', 'logs'][i % 3];
    out.push(col(m, 'warn', `${ML}:210`, 'Memory usage is above soft limit. Refusing data.', proc(sig, 112 + (i * 7) % 40)));
    if (i % 3 === 1) {
      out.push(col(m + 0.05, 'warn', `${ML}:181`, 'Memory usage is above hard limit. Forcing a GC.', proc(sig, 161 + (i % 4))));
      out.push(col(m + 0.06, 'info', `${ML}:171`, 'Memory usage after GC.', proc(sig, 131 + (i % 5))));
    }
    if (i % 4 === 2)
      out.push(col(m + 0.1, 'error', 'internal/base_exporter.go:114', 'Exporting failed. Rejecting data.', `, "otelcol.component.id": "otlp/jaeger", "otelcol.component.kind": "exporter", "otelcol.signal": "traces", "error": "sending queue is full", "rejected_items": 512`));
  }
  return out;
};

const goExport = (min, what) => `${T.go(min)} ${what} export: rpc error: code = Unavailable desc = data refused due to high memory usage`;

export const scenarios = [
  {
    folder: 's24a-collector-memory-limiter',
    incidentTime: INCIDENT,
    description: 'jaeger missing most traces since ~14:10, grafana dashboards full of gaps. shop itself seems ok',
    expected: { component: 'otel-collector', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'otel-collector', cause: 'oom-killed' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      OpenTelemetry demo 2.1.3 Kubernetes manifest (open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml): the
      otel-collector Deployment (otel/opentelemetry-collector-contrib:0.135.0, one replica) runs with a 200Mi memory limit and
      GOMEMLIMIT=160MiB, and its relay config puts memory_limiter (check_interval 5s, limit_percentage 80, spike_limit_percentage 25)
      first in every pipeline: a hard limit of 160 MiB and a soft limit of 110 MiB. Above the soft limit the processor refuses data
      ("Memory usage is above soft limit. Refusing data.", open-telemetry/opentelemetry-collector issues #9043 and #9636) and the
      OTLP receivers answer Unavailable / 503, so SDKs drop spans and metrics after their retries. The SRE team raised the
      load-generator's LOCUST_USERS from 10 to 60 for a load test at 14:06 (a rollout of load-generator); from 14:09 the collector
      sits in memory-limited mode, its jaeger exporter queue fills ("sending queue is full"), it was OOMKilled once at 14:20 and came
      back into the same state. It stays Running and Ready (the health_check extension does not reflect the limiter), so the shop
      works while traces and metrics are mostly lost. Its callers are louder: checkout's Go SDK logs "traces export: rpc error: code =
      Unavailable desc = data refused due to high memory usage", recommendation's Python exporter logs transient UNAVAILABLE retries,
      ad's Java agent logs HTTP 503 export failures. The load-generator rollout is the trigger, not a fault of its own; a
      fraud-detection OOM kill three days old is a decoy. Expected: resource-exhaustion on otel-collector (its single OOM kill is
      the same exhaustion, so oom-killed on otel-collector is also accepted).
    `,
    workloads: {
      'otel-collector': {
        pods: [{
          node: 'gke-astro-prod-default-pool-5f2c1a7e-9xwl',
          created: T.iso(-60 * 24 * 6),
          containers: {
            'opentelemetry-collector': cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-11.8),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 6 + 0.4), finishedAt: T.iso(-12) },
            }),
          },
        }],
      },
      'load-generator': {
        rollout: { at: -26, oldContainers: { 'load-generator': { env: system.workloads.find((w) => w.name === 'load-generator').containers[0].env } } },
        containers: {
          'load-generator': {
            env: system.workloads.find((w) => w.name === 'load-generator').containers[0].env.map((e) => (e.name === 'LOCUST_USERS' ? { ...e, value: '60' } : e)),
          },
        },
      },
      'fraud-detection': {
        pods: [{
          created: T.iso(-60 * 24 * 8),
          containers: {
            'fraud-detection': cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 40),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 8 + 0.5), finishedAt: T.iso(-60 * 24 * 3 - 40.2) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:load-generator', reason: 'ScalingReplicaSet', message: 'Scaled up replica set load-generator-%NEW% from 0 to 1', first: -26 },
      { on: 'deploy:load-generator', reason: 'ScalingReplicaSet', message: 'Scaled down replica set load-generator-%OLD% from 1 to 0', first: -25.4 },
      { on: 'node:gke-astro-prod-default-pool-5f2c1a7e-9xwl', source: 'kernel-monitor', type: 'Warning', reason: 'OOMKilling', message: 'Memory cgroup out of memory: Killed process 8817 (otelcol-contrib) total-vm:1391528kB, anon-rss:203412kB, file-rss:41236kB, shmem-rss:0kB, UID:10001 pgtables:724kB oom_score_adj:999', first: -12 },
      { on: 'pod:otel-collector#0', reason: 'Pulled', message: 'Container image "otel/opentelemetry-collector-contrib:0.135.0" already present on machine', first: -11.9 },
      { on: 'pod:otel-collector#0', reason: 'Created', message: 'Created container: opentelemetry-collector', first: -11.85 },
      { on: 'pod:otel-collector#0', reason: 'Started', message: 'Started container opentelemetry-collector', first: -11.8 },
    ],
    configMaps: [
      { name: 'otel-collector', keys: ['relay'] },
      { name: 'flagd-config', keys: ['demo.flagd.json'] },
      { name: 'product-catalog-products', keys: ['products.json'] },
    ],
    logs: {
      'otel-collector#0/opentelemetry-collector/previous': [
        ...startup(-60 * 24 * 6 + 0.4),
        ...cycles(-23.2, -12.1, 0.42),
      ],
      'otel-collector#0/opentelemetry-collector': [
        ...startup(-11.75),
        ...cycles(-10.9, -0.1, 0.42),
      ],
      'load-generator#0/load-generator': [
        `[${T.java(-25.3).replace('.', ',')}] load-generator/INFO/locust.main: Starting Locust 2.37.10`,
        `[${T.java(-25.2).replace('.', ',')}] load-generator/INFO/locust.main: Starting web interface at http://0.0.0.0:8089`,
        `[${T.java(-25.1).replace('.', ',')}] load-generator/INFO/locust.runners: Ramping to 60 users at a rate of 1.00 per second`,
        `[${T.java(-24.1).replace('.', ',')}] load-generator/INFO/locust.runners: All users spawned: {"WebsiteUser": 60} (60 total users)`,
      ],
      'checkout#0/checkout': [
        `{"time":"${T.isoMs(-30)}","level":"INFO","msg":"[PlaceOrder] user_id=\\"5e6b1d0a-8f0e-4f6b-9d7d-3b4e2c1a9f00\\" user_currency=\\"USD\\""}`,
        `{"time":"${T.isoMs(-29.9)}","level":"INFO","msg":"payment went through (transaction_id: 6c0f4bb3-3c7a-45d1-a1c9-0b4b7b2e9d11)"}`,
        goExport(-22.8, 'traces'),
        `{"time":"${T.isoMs(-22.5)}","level":"INFO","msg":"[PlaceOrder] user_id=\\"0f2d6a64-4a5b-4f2e-8c1d-7e9a0b3c5d22\\" user_currency=\\"EUR\\""}`,
        `{"time":"${T.isoMs(-22.4)}","level":"INFO","msg":"payment went through (transaction_id: 91e2d7f0-2b8e-4b1b-9a55-0c6d3e7f8a33)"}`,
        goExport(-21.1, 'traces'),
        `${T.go(-19.6)} failed to upload metrics: rpc error: code = Unavailable desc = data refused due to high memory usage`,
        goExport(-15.2, 'traces'),
        `${T.go(-12.05)} traces export: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:otel-collector%:4317: connect: connection refused"`,
        `{"time":"${T.isoMs(-8.4)}","level":"INFO","msg":"[PlaceOrder] user_id=\\"a3c9e1f4-6d2b-4e8a-b7c0-1f5d9e2a4b44\\" user_currency=\\"USD\\""}`,
        `{"time":"${T.isoMs(-8.3)}","level":"INFO","msg":"payment went through (transaction_id: 2d4f6a8c-0e1b-4c3d-9f5e-7a9b1c3d5e55)"}`,
        goExport(-7.7, 'traces'),
        `${T.go(-4.1)} failed to upload metrics: rpc error: code = Unavailable desc = data refused due to high memory usage`,
        goExport(-1.3, 'traces'),
      ],
      'recommendation#0/recommendation': [
        `Transient error StatusCode.UNAVAILABLE encountered while exporting traces to otel-collector:4317, retrying in 1s.`,
        `Transient error StatusCode.UNAVAILABLE encountered while exporting traces to otel-collector:4317, retrying in 2s.`,
        `Transient error StatusCode.UNAVAILABLE encountered while exporting metrics to otel-collector:4317, retrying in 1s.`,
        `Transient error StatusCode.UNAVAILABLE encountered while exporting traces to otel-collector:4317, retrying in 4s.`,
        `Failed to export traces to otel-collector:4317, error code: StatusCode.UNAVAILABLE`,
        `Transient error StatusCode.UNAVAILABLE encountered while exporting logs to otel-collector:4317, retrying in 1s.`,
        `Failed to export traces to otel-collector:4317, error code: StatusCode.UNAVAILABLE`,
      ].map((l, i) => `${T.java(-22 + i * 3).replace('.', ',')} WARNING [opentelemetry.exporter.otlp.proto.grpc.exporter] ${l}`),
      'ad#0/ad': [
        `[otel.javaagent ${T.java(-22.6).replace(/\.(\d+)$/, ':$1')} +0000] [OkHttp http://otel-collector:4318/...] WARN io.opentelemetry.exporter.internal.http.HttpExporter - Failed to export spans. Server responded with HTTP status code 503. Error message: Unable to parse response body, HTTP status message: Service Unavailable`,
        `${T.java(-21.9).slice(11)} - ad - Targeted ad request received for [travel]`,
        `[otel.javaagent ${T.java(-17.2).replace(/\.(\d+)$/, ':$1')} +0000] [OkHttp http://otel-collector:4318/...] WARN io.opentelemetry.exporter.internal.http.HttpExporter - Failed to export metrics. Server responded with HTTP status code 503. Error message: Unable to parse response body, HTTP status message: Service Unavailable`,
        `${T.java(-9.3).slice(11)} - ad - Non-targeted ad request received, preparing random response.`,
        `[otel.javaagent ${T.java(-6.4).replace(/\.(\d+)$/, ':$1')} +0000] [OkHttp http://otel-collector:4318/...] WARN io.opentelemetry.exporter.internal.http.HttpExporter - Failed to export spans. Server responded with HTTP status code 503. Error message: Unable to parse response body, HTTP status message: Service Unavailable`,
      ],
      'frontend#0/frontend': [
        `  ▲ Next.js 15.2.4`,
        `  - Local:        http://%POD%:8080`,
        ` ✓ Ready in 412ms`,
      ],
      'fraud-detection#0/fraud-detection': [
        `${T.java(-30).slice(11, 19)} - fraud-detection - Consumed record with orderId: 8f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b, and updated total count to: 18211`,
        `${T.java(-9).slice(11, 19)} - fraud-detection - Consumed record with orderId: 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d, and updated total count to: 18342`,
      ],
    },
  },
];
