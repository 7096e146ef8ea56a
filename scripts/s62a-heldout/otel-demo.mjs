// Blind held-out batch s62a: one OpenTelemetry demo (Astronomy Shop 2.1.3) scenario for the scenario kit
// (scripts/s2-scenario-kit.mjs), on the kit system scripts/kit-systems/otel-demo.mjs; built by scripts/s62a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const incidentTime = '2026-06-12T18:24:00Z';
const T = clock(incidentTime);
const COL = 'opentelemetry-collector';
const RES = '{"resource": {"service.instance.id": "3f7c2b9e-51d4-4a0e-9c62-8e1b07d4a5f3", "service.name": "otelcol-contrib", "service.version": "0.135.0"}';
const zap = (min, level, caller, msg, extra = '') => `${T.isoMs(min)}\t${level}\t${caller}\t${msg}\t${RES}${extra}}`;
const ext = ', "otelcol.component.id": "health_check", "otelcol.component.kind": "extension"';
// One run of the collector: it starts cleanly, then the kubelet's liveness kill (SIGTERM) shuts it down gracefully (exit 0).
const run = (start, killedAt) => [
  zap(start, 'info', 'service@v0.135.0/service.go:187', 'Setting up own telemetry...'),
  zap(start + 0.01, 'info', 'builders/builders.go:26', 'Development component. May change in the future.', ', "otelcol.component.id": "debug", "otelcol.component.kind": "exporter", "otelcol.signal": "traces"'),
  zap(start + 0.02, 'info', 'extensions/extensions.go:41', 'Starting extensions...'),
  zap(start + 0.02, 'info', 'extensions/extensions.go:45', 'Extension is starting...', ext),
  zap(start + 0.02, 'info', 'healthcheckextension@v0.135.0/healthcheckextension.go:32', 'Starting health_check extension', `${ext}, "config": {"Endpoint":"localhost:13133","TLS":null,"CORS":null,"Auth":null,"MaxRequestBodySize":0,"IncludeMetadata":false,"ResponseHeaders":null,"CompressionAlgorithms":null,"ReadTimeout":0,"ReadHeaderTimeout":0,"WriteTimeout":0,"IdleTimeout":0,"Path":"/","ResponseBody":null,"CheckCollectorPipeline":{"Enabled":false,"Interval":"5m","ExporterFailureThreshold":5}}`),
  zap(start + 0.02, 'info', 'extensions/extensions.go:62', 'Extension started.', ext),
  zap(start + 0.03, 'info', 'otlpreceiver@v0.135.0/otlp.go:117', 'Starting GRPC server', ', "otelcol.component.id": "otlp", "otelcol.component.kind": "receiver", "endpoint": "%PODIP%:4317"'),
  zap(start + 0.03, 'info', 'otlpreceiver@v0.135.0/otlp.go:175', 'Starting HTTP server', ', "otelcol.component.id": "otlp", "otelcol.component.kind": "receiver", "endpoint": "%PODIP%:4318"'),
  zap(start + 0.03, 'info', 'healthcheck/handler.go:132', 'Health Check state change', `${ext}, "status": "ready"`),
  zap(start + 0.03, 'info', 'service@v0.135.0/service.go:250', 'Everything is ready. Begin running and processing data.'),
  ...(killedAt === undefined ? [] : [
    zap(killedAt, 'info', 'otelcol@v0.135.0/collector.go:340', 'Received signal from OS', ', "signal": "terminated"'),
    zap(killedAt, 'info', 'service@v0.135.0/service.go:316', 'Starting shutdown...'),
    zap(killedAt, 'info', 'healthcheck/handler.go:132', 'Health Check state change', `${ext}, "status": "unavailable"`),
    zap(killedAt + 0.01, 'info', 'extensions/extensions.go:69', 'Stopping extensions...'),
    zap(killedAt + 0.01, 'info', 'service@v0.135.0/service.go:330', 'Shutdown complete.'),
  ]),
];
const goErr = (min, what) => `${T.go(min)} ${what}: context deadline exceeded: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:otel-collector%:4317: connect: connection refused"`;
const pyLog = (min, level, logger, file, msg, svc = 'recommendation') =>
  `${T.java(min).replace('.', ',')} ${level} [${logger}] [${file}] [trace_id=0 span_id=0 resource.service.name=${svc} trace_sampled=False] - ${msg}`;

export const scenarios = [
  {
    folder: 's62a-dashboards-flat-shop-fine',
    description: 'grafana + jaeger for the astronomy shop went flat ~15 min ago, no new traces at all. shop itself works, checkout ok. anyone changed something?',
    incidentTime,
    expected: { component: 'otel-collector', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'otel-collector', cause: 'config-error' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest: open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml at a8a3ea2 (kit system otel-demo): the
      otel-collector Deployment (1 replica, otel/opentelemetry-collector-contrib:0.135.0) has liveness and readiness probes
      httpGet / on port 13133 (the health_check extension; the chart's config binds it to \${env:MY_POD_IP}:13133) and every
      service exports OTLP to otel-collector:4317/4318.
      Fault: the platform team edited the otel-collector ConfigMap (key relay) after a security review asked that no
      extension listen on all interfaces, and set health_check endpoint: localhost:13133; to apply it they deleted the
      collector pod (no checksum change, no rollout; the ReplicaSet recreated the pod 17 minutes before the incident). The
      extension now listens on loopback only, so the kubelet's probes to <podIP>:13133 get "connection refused": the pod
      never becomes Ready (the Service has only a notReadyAddress, so every OTLP export is refused) and the liveness probe
      kills it every ~30 s; the collector shuts down cleanly on SIGTERM (last state Completed, exit code 0) and the restarts
      back off to CrashLoopBackOff. Public reports: open-telemetry/opentelemetry-collector#2827 (health_check on localhost
      makes Kubernetes probes fail, "Container … failed liveness probe, will be restarted"),
      open-telemetry/opentelemetry-collector-contrib#24655 and #35193 ("Liveness probe failed: … connect: connection
      refused" with endpoint localhost:13133), opentelemetry-operator#3688.
      Logs: collector zap console lines (Starting health_check extension with "Endpoint":"localhost:13133", Everything is
      ready, Received signal from OS / Shutdown complete); Go services print the OTel SDK global error handler through the
      standard logger (traces export / failed to upload metrics … connection refused); recommendation's Python OTLP exporter
      warns "Transient error StatusCode.UNAVAILABLE encountered while exporting traces to otel-collector:4317".
      Decoy: checkout's one restart three days ago (OOMKilled at its 20Mi limit), long before the incident.
      Deviations from upstream: the ConfigMap edit and the pod deletion (the fault); ConfigMaps listed by name and keys only;
      collector line numbers approximate.`,
    configMaps: [
      { name: 'otel-collector', keys: ['relay'] },
      { name: 'flagd-config', keys: ['demo.flagd.json'] },
      { name: 'product-catalog-products', keys: ['products.json'] },
    ],
    workloads: {
      'otel-collector': {
        unavailableSince: -16.5,
        pods: [{
          created: T.iso(-17),
          readyTransition: T.iso(-17),
          containers: { [COL]: cs.crashLoop({ restarts: 6, exitCode: 0, reason: 'Completed', startedAt: T.iso(-3.83), finishedAt: T.iso(-3.33), container: COL }) },
        }],
      },
      checkout: {
        pods: [{
          containers: {
            checkout: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) } }),
          },
        }],
      },
    },
    events: [
      { on: 'rs:otel-collector', reason: 'SuccessfulCreate', message: 'Created pod: @@POD:otel-collector#0@@', first: -17 },
      { on: 'pod:otel-collector#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned otel-demo/%POD% to %NODE%', first: -17 },
      { on: 'pod:otel-collector#0', reason: 'Pulled', fieldPath: `spec.containers{${COL}}`, message: 'Container image "otel/opentelemetry-collector-contrib:0.135.0" already present on machine', first: -16.95, last: -3.83, count: 7 },
      { on: 'pod:otel-collector#0', reason: 'Created', fieldPath: `spec.containers{${COL}}`, message: `Created container: ${COL}`, first: -16.95, last: -3.83, count: 7 },
      { on: 'pod:otel-collector#0', reason: 'Started', fieldPath: `spec.containers{${COL}}`, message: `Started container ${COL}`, first: -16.94, last: -3.82, count: 7 },
      { on: 'pod:otel-collector#0', reason: 'Unhealthy', type: 'Warning', fieldPath: `spec.containers{${COL}}`, message: 'Readiness probe failed: Get "http://%PODIP%:13133/": dial tcp %PODIP%:13133: connect: connection refused', first: -16.8, last: -3.4, count: 21 },
      { on: 'pod:otel-collector#0', reason: 'Unhealthy', type: 'Warning', fieldPath: `spec.containers{${COL}}`, message: 'Liveness probe failed: Get "http://%PODIP%:13133/": dial tcp %PODIP%:13133: connect: connection refused', first: -16.78, last: -3.35, count: 21 },
      { on: 'pod:otel-collector#0', reason: 'Killing', fieldPath: `spec.containers{${COL}}`, message: `Container ${COL} failed liveness probe, will be restarted`, first: -16.45, last: -3.34, count: 7 },
      { on: 'pod:otel-collector#0', reason: 'BackOff', type: 'Warning', fieldPath: `spec.containers{${COL}}`, message: `Back-off restarting failed container ${COL} in pod %POD%_otel-demo(%PODUID%)`, first: -16.3, last: -0.2, count: 48 },
    ],
    logs: {
      [`otel-collector#0/${COL}`]: run(-3.83, -3.34),
      [`otel-collector#0/${COL}/previous`]: run(-9.33, -8.84),
      'checkout#0/checkout': [
        goErr(-16.6, 'traces export'),
        goErr(-15.1, 'failed to upload metrics'),
        goErr(-12.4, 'traces export'),
        goErr(-9.7, 'traces export'),
        goErr(-8.2, 'failed to upload metrics'),
        goErr(-6.5, 'traces export'),
        goErr(-3.1, 'traces export'),
        goErr(-1.2, 'failed to upload metrics'),
      ],
      'product-catalog#0/product-catalog': [
        goErr(-16.2, 'failed to upload metrics'),
        goErr(-13.9, 'traces export'),
        goErr(-10.8, 'traces export'),
        goErr(-7.7, 'failed to upload metrics'),
        goErr(-4.9, 'traces export'),
        goErr(-0.9, 'traces export'),
      ],
      'recommendation#0/recommendation': [
        pyLog(-18.2, 'INFO', 'recommendation_server', 'recommendation_server.py:47', "Receive ListRecommendations for product ids:['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N']"),
        pyLog(-16.4, 'WARNING', 'opentelemetry.exporter.otlp.proto.grpc.exporter', 'exporter.py:363', 'Transient error StatusCode.UNAVAILABLE encountered while exporting traces to otel-collector:4317, retrying in 1s.'),
        pyLog(-16.38, 'WARNING', 'opentelemetry.exporter.otlp.proto.grpc.exporter', 'exporter.py:363', 'Transient error StatusCode.UNAVAILABLE encountered while exporting traces to otel-collector:4317, retrying in 2s.'),
        pyLog(-15.2, 'INFO', 'recommendation_server', 'recommendation_server.py:47', "Receive ListRecommendations for product ids:['9SIQT8TOJO', 'HQTGWGPNH4', 'LS4PSXUNUM', '0PUK6V6EV0', '6E92ZMYYFZ']"),
        pyLog(-11.9, 'WARNING', 'opentelemetry.exporter.otlp.proto.grpc.exporter', 'exporter.py:363', 'Transient error StatusCode.UNAVAILABLE encountered while exporting metrics to otel-collector:4317, retrying in 1s.'),
        pyLog(-6.1, 'INFO', 'recommendation_server', 'recommendation_server.py:47', "Receive ListRecommendations for product ids:['OLJCESPC7Z', 'L9ECAV7KIM', '66VCHSJNUP', '1YMWWN1N4O', '2ZYFJ3GM2N']"),
        pyLog(-2.6, 'WARNING', 'opentelemetry.exporter.otlp.proto.grpc.exporter', 'exporter.py:363', 'Transient error StatusCode.UNAVAILABLE encountered while exporting traces to otel-collector:4317, retrying in 1s.'),
      ],
    },
  },
];
