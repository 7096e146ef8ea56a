// Blind held-out batch s78a: one OpenTelemetry demo scenario as a spec for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the kit system scripts/kit-systems/otel-demo.mjs; built by scripts/s78a-build.mjs (strategy and config checksums).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const incidentTime = '2026-04-09T11:47:00Z';
const T = clock(incidentTime);
export const ROLL = -28; // helm upgrade with the new collector values (11:19)
export const OLD_CHECKSUM = 'b23c30f9b89a34910edbfdafc7072ff305d9e8bb93ca26ffaed9ac1a8872cefb';
export const NEW_CHECKSUM = '7f1e0a9c44d2b86e53a1c0f97d3be2a15c6e48d0b9f2a7c31e5d8046ab9c27f3';

const RES = '{"resource": {"service.instance.id": "d4a61c2e-93f7-4b0a-8e15-2c7b9f3a6e01", "service.name": "otelcol-contrib", "service.version": "0.135.0"}';
const zap = (min, caller, msg, extra = '') => `${T.isoMs(min)}\tinfo\t${caller}\t${msg}\t${RES}${extra}}`;
const RUN_START = -3.5, RUN_END = -2.9;
const collectorPrev = [
  zap(RUN_START, 'service@v0.135.0/service.go:187', 'Setting up own telemetry...'),
  zap(RUN_START + 0.002, 'service@v0.135.0/service.go:249', 'Starting otelcol-contrib...', ', "Version": "0.135.0", "NumCPU": 4'),
  zap(RUN_START + 0.002, 'extensions/extensions.go:41', 'Starting extensions...'),
  zap(RUN_START + 0.002, 'extensions/extensions.go:45', 'Extension is starting...', ', "otelcol.component.id": "zpages", "otelcol.component.kind": "extension"'),
  zap(RUN_START + 0.002, 'zpagesextension@v0.135.0/zpagesextension.go:56', 'Registered zPages span processor on tracer provider', ', "otelcol.component.id": "zpages", "otelcol.component.kind": "extension"'),
  zap(RUN_START + 0.002, 'zpagesextension@v0.135.0/zpagesextension.go:108', 'Starting zPages extension', ', "otelcol.component.id": "zpages", "otelcol.component.kind": "extension", "config": {"Endpoint":"localhost:55679"}'),
  zap(RUN_START + 0.002, 'extensions/extensions.go:62', 'Extension started.', ', "otelcol.component.id": "zpages", "otelcol.component.kind": "extension"'),
  zap(RUN_START + 0.003, 'otlpreceiver@v0.135.0/otlp.go:120', 'Starting GRPC server', ', "otelcol.component.id": "otlp", "otelcol.component.kind": "receiver", "endpoint": "%PODIP%:4317"'),
  zap(RUN_START + 0.003, 'otlpreceiver@v0.135.0/otlp.go:178', 'Starting HTTP server', ', "otelcol.component.id": "otlp", "otelcol.component.kind": "receiver", "endpoint": "%PODIP%:4318"'),
  zap(RUN_START + 0.004, 'service@v0.135.0/service.go:272', 'Everything is ready. Begin running and processing data.'),
  zap(RUN_END, 'otelcol@v0.135.0/collector.go:357', 'Received signal from OS', ', "signal": "terminated"'),
  zap(RUN_END, 'service@v0.135.0/service.go:313', 'Starting shutdown...'),
  zap(RUN_END + 0.001, 'extensions/extensions.go:69', 'Stopping extensions...'),
  zap(RUN_END + 0.002, 'service@v0.135.0/service.go:327', 'Shutdown complete.'),
];

const DIAL = (port) => `rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:otel-collector%:${port}: connect: connection refused"`;
const checkout = [];
for (let m = ROLL + 0.6; m < -0.1; m += 0.5) {
  checkout.push(`${T.go(m)} traces export: context deadline exceeded: ${DIAL(4317)}`);
  if (Math.round((m - ROLL) * 2) % 2 === 0) checkout.push(`${T.go(m + 0.1)} failed to upload metrics: context deadline exceeded: ${DIAL(4317)}`);
}
const javaagent = (min, msg) => `[otel.javaagent ${T.java(min).replace(/\.(\d{3})$/, ':$1')} +0000] [OkHttp http://otel-collector:4318/...] WARN io.opentelemetry.exporter.internal.http.HttpExporter - ${msg}`;
const ad = [];
for (let m = -60; m < -0.1; m += 0.37) {
  if (m < ROLL + 0.5) ad.push(`${T.java(m).slice(0, 19).replace(' ', 'T')} - ad - INFO - Received ad request (context_words=[${['travel', 'binoculars', 'telescopes', 'accessories'][Math.round(-m) % 4]}])`);
  else {
    ad.push(`${T.java(m).slice(0, 19).replace(' ', 'T')} - ad - INFO - Received ad request (context_words=[${['travel', 'binoculars', 'telescopes', 'accessories'][Math.round(-m) % 4]}])`);
    ad.push(javaagent(m + 0.05, 'Failed to export spans. The request could not be executed. Full error message: Failed to connect to otel-collector/%SVCIP:otel-collector%:4318'));
    if (Math.round(-m * 10) % 3 === 0) ad.push(javaagent(m + 0.06, 'Failed to export logs. The request could not be executed. Full error message: Failed to connect to otel-collector/%SVCIP:otel-collector%:4318'));
  }
}
const pyLog = (min, level, name, file, msg) => `${T.java(min).replace('.', ',')} ${level} [${name}] [${file}] [trace_id=0 span_id=0 resource.service.name=recommendation trace_sampled=False] - ${msg}`;
const reco = [];
let backoff = 1;
for (let m = -45; m < -0.1; m += 0.41) {
  reco.push(pyLog(m, 'INFO', 'recommendation', 'recommendation_server.py:47', `Receive ListRecommendations for product ids:['${['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N'][Math.round(-m) % 5]}', 'LS4PSXUNUM', '9SIQT8TOJO', '6E92ZMYYFZ', '0PUK6V6EV0']`));
  if (m > ROLL + 0.5) {
    reco.push(pyLog(m + 0.02, 'WARNING', 'opentelemetry.exporter.otlp.proto.grpc.exporter', 'exporter.py:367', `Transient error StatusCode.UNAVAILABLE encountered while exporting traces to otel-collector:4317, retrying in ${backoff}s.`));
    backoff = backoff >= 32 ? 1 : backoff * 2;
  }
}
const proxyLog = [];
const PATHS = [['GET', '/api/products', 200, 3458], ['GET', '/api/recommendations?productIds=&sessionId=9f1d2b7c-6a1e-4c3b-8f0e-1d2c3b4a5f6e&currencyCode=USD', 200, 1210], ['POST', '/api/cart?currencyCode=USD', 200, 212], ['POST', '/api/checkout?currencyCode=USD', 200, 1530], ['GET', '/api/data/', 200, 402]];
for (let m = -40, i = 0; m < -0.1; m += 0.29, i++) {
  const [meth, path, code, bytes] = PATHS[i % PATHS.length];
  proxyLog.push(`[${T.isoMs(m)}] "${meth} ${path} HTTP/1.1" ${code} - via_upstream - "-" ${meth === 'POST' ? 186 : 0} ${bytes} ${12 + (i % 40)} ${11 + (i % 40)} "-" "python-requests/2.32.3" "${(0x1f2e3d4c + i * 7919).toString(16)}-5b6a-4c7d-8e9f-${(0xa0b1c2d3e4f5 + i).toString(16)}" "frontend-proxy:8080" "%IPOF:frontend#0%:8080" frontend - %PODIP%:8080 %IPOF:load-generator#0%:${40000 + i} - -`);
}

export const scenarios = [
  {
    folder: 's78a-no-traces-after-collector-values',
    description: 'platform-sre here: no new traces in jaeger since about 11:20 and the spanmetrics panels in grafana are flat. the shop itself looks fine (orders going thru). collector chart values bump went out around then',
    incidentTime,
    expected: { component: 'otel-collector', cause: 'probe-failure' },
    alsoAcceptable: [
      { component: 'otel-collector', cause: 'bad-deploy-rollout' },
      { component: 'otel-collector', cause: 'config-error' },
    ],
    difficulty: 'medium',
    traits: ['rollout-regression', 'louder-dependents', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml at a8a3ea2): the otel-collector Deployment
      probes GET / on port 13133 (liveness and readiness, period 10s, failureThreshold 3), the port of the collector's health_check
      extension, which the demo's relay config enables under service.extensions; the pod template carries a checksum/config annotation
      of that ConfigMap; every demo service exports OTLP to otel-collector:4317 or :4318.
      Fault: a helm upgrade at 11:19 added the zpages extension by setting service.extensions to [zpages] in the team's values; Helm
      replaces lists instead of merging them, so health_check was dropped. The new collector starts and reports "Everything is ready",
      but nothing listens on 13133: readiness and liveness get connection refused, the kubelet kills it after three failures (it shuts
      down cleanly, exit 0) and backs off; the Service never gets a ready endpoint, so every exporter's connection is refused and the
      shop keeps working. Public sources: open-telemetry/opentelemetry-helm-charts issue #1163 and
      open-telemetry/opentelemetry-collector issue #2827 (nothing answering on :13133: readiness and liveness refused, Killing, BackOff,
      as here), Helm's documentation on values (lists are replaced, not merged).
      Decoy: currency was OOMKilled three days ago and has run since.
      Deviations from upstream: the collector Deployment uses strategy Recreate (set by the team; the build script writes it, and the
      ReplicaSets' max-replicas annotation accordingly), so the old collector was stopped before the new one failed; the ReplicaSets'
      templates differ only by the checksum/config annotation (written by the build script); the kit writes the UDP jaeger-compact
      port as TCP; services' log lines are abbreviated.
    `,
    configMaps: [
      { name: 'otel-collector', keys: ['relay'] },
      { name: 'flagd-config', keys: ['demo.flagd.json'] },
      { name: 'product-catalog-products', keys: ['products.json'] },
    ],
    workloads: {
      'otel-collector': {
        rollout: { at: ROLL, revision: 6, oldReplicas: 0 },
        unavailableSince: ROLL,
        endpointsChanged: ROLL + 0.1,
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(ROLL + 10), lastTransitionTime: T.iso(ROLL + 10), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
        pods: [{
          created: T.iso(ROLL + 0.1),
          readyTransition: T.iso(ROLL + 0.1),
          containers: {
            'opentelemetry-collector': cs.crashLoop({ restarts: 8, exitCode: 0, reason: 'Completed', startedAt: T.iso(RUN_START), finishedAt: T.iso(RUN_END), backoff: '5m0s', container: 'opentelemetry-collector' }),
          },
        }],
      },
      currency: {
        pods: [{
          containers: {
            currency: cs.restartedRunning({
              restarts: 1,
              startedAt: T.iso(-60 * 24 * 3 + 0.1),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 3) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:otel-collector', reason: 'ScalingReplicaSet', message: 'Scaled down replica set otel-collector-%OLD% to 0 from 1', first: ROLL, source: 'deployment-controller' },
      { on: 'deploy:otel-collector', reason: 'ScalingReplicaSet', message: 'Scaled up replica set otel-collector-%NEW% to 1', first: ROLL + 0.08, source: 'deployment-controller' },
      { on: 'pod:otel-collector#0', reason: 'Scheduled', message: 'Successfully assigned otel-demo/%POD% to %NODE%', first: ROLL + 0.1, source: 'default-scheduler' },
      { on: 'pod:otel-collector#0', reason: 'Pulled', message: 'Container image "otel/opentelemetry-collector-contrib:0.135.0" already present on machine', first: ROLL + 0.12, last: RUN_START, count: 9, fieldPath: 'spec.containers{opentelemetry-collector}' },
      { on: 'pod:otel-collector#0', reason: 'Created', message: 'Created container: opentelemetry-collector', first: ROLL + 0.12, last: RUN_START, count: 9, fieldPath: 'spec.containers{opentelemetry-collector}' },
      { on: 'pod:otel-collector#0', reason: 'Started', message: 'Started container opentelemetry-collector', first: ROLL + 0.13, last: RUN_START, count: 9, fieldPath: 'spec.containers{opentelemetry-collector}' },
      { on: 'pod:otel-collector#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:13133/": dial tcp %PODIP%:13133: connect: connection refused', first: ROLL + 0.3, last: RUN_END - 0.05, count: 31, fieldPath: 'spec.containers{opentelemetry-collector}' },
      { on: 'pod:otel-collector#0', type: 'Warning', reason: 'Unhealthy', message: 'Liveness probe failed: Get "http://%PODIP%:13133/": dial tcp %PODIP%:13133: connect: connection refused', first: ROLL + 0.3, last: RUN_END - 0.02, count: 27, fieldPath: 'spec.containers{opentelemetry-collector}' },
      { on: 'pod:otel-collector#0', reason: 'Killing', message: 'Container opentelemetry-collector failed liveness probe, will be restarted', first: ROLL + 0.65, last: RUN_END, count: 9, fieldPath: 'spec.containers{opentelemetry-collector}' },
      { on: 'pod:otel-collector#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container opentelemetry-collector in pod %POD%_otel-demo(%PODUID%)', first: ROLL + 0.75, last: -0.3, count: 64, fieldPath: 'spec.containers{opentelemetry-collector}' },
    ],
    logs: {
      'otel-collector#0/opentelemetry-collector/previous': collectorPrev,
      'checkout#0/checkout': checkout,
      'ad#0/ad': ad,
      'recommendation#0/recommendation': reco,
      'frontend-proxy#0/frontend-proxy': proxyLog,
    },
  },
];
