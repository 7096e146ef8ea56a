// Blind dev batch s109c, OpenTelemetry demo: checkout's OTEL_EXPORTER_OTLP_ENDPOINT edited to the collector's OTLP/HTTP
// port while its Go SDK exports over gRPC, so checkout's traces and metrics vanish (system from scripts/kit-systems/otel-demo.mjs).
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/otel-demo.mjs';

export const system = base;
const IT = '2026-03-03T09:20:00Z';
const T = clock(IT);
const co = base.workloads.find((w) => w.name === 'checkout').containers[0];
const newEnv = co.env.map((e) => (e.name === 'OTEL_EXPORTER_OTLP_ENDPOINT' ? { ...e, value: 'http://$(OTEL_COLLECTOR_NAME):4318' } : e));
const ERR = 'rpc error: code = Unimplemented desc = unexpected HTTP status code received from server: 404 (Not Found); transport: received unexpected content-type \\"text/plain; charset=utf-8\\"';
const coLog = (seed) => {
  const out = [];
  for (let k = 0; k < 12; k++) {
    const m = -34.6 + k * 2.8 + seed * 0.41;
    if (m >= -0.1) break;
    out.push(`${T.go(m)} traces export: ${ERR.replaceAll('\\"', '"')}`);
    if (k % 2 === 0) out.push(`${T.go(m + 0.9)} failed to upload metrics: ${ERR.replaceAll('\\"', '"')}`);
  }
  return out;
};

export const scenarios = [
  {
    folder: 's109c-checkout-otlp-grpc-to-http-port',
    incidentTime: IT,
    description: 'no checkout spans in jaeger since about 8:45, every other service still shows up. orders are going through fine according to accounting',
    expected: { component: 'checkout', cause: 'config-error' },
    alsoAcceptable: [{ component: 'checkout', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'time-expression', 'decoy'],
    grounding: `
      Follows the OTLP default ports (4317 gRPC, 4318 HTTP; opentelemetry-proto specification) and the well-known mistake of
      pointing a gRPC OTLP exporter at the HTTP receiver: the collector's HTTP server answers the gRPC POST to
      /opentelemetry.proto.collector.trace.v1.TraceService/Export with 404 text/plain, and grpc-go reports
      "unexpected HTTP status code received from server: 404 (Not Found)"; the Go SDK's default error handler prints it through
      the standard log package ("traces export: ...", "failed to upload metrics: ..."). Deviation from the chart render
      (opentelemetry-demo.yaml at a8a3ea2): at 08:44 checkout was rolled out (revision 4) with OTEL_EXPORTER_OTLP_ENDPOINT
      changed from http://$(OTEL_COLLECTOR_NAME):4317 to :4318 (copied from the services that use OTLP_HTTP); old and new
      ReplicaSet templates differ only there. Checkout stays Ready and orders still flow through Kafka to accounting; the
      collector is healthy and still receives everything else (decoy: its own normal startup lines only).`,
    workloads: {
      checkout: {
        rollout: { at: -36, revision: 4, oldContainers: { checkout: { env: co.env } } },
        containers: { checkout: { env: newEnv } },
      },
    },
    events: [
      { on: 'deploy:checkout', reason: 'ScalingReplicaSet', message: 'Scaled up replica set checkout-%NEW% to 1', first: -36 },
      { on: 'deploy:checkout', reason: 'ScalingReplicaSet', message: 'Scaled down replica set checkout-%OLD% to 0 from 1', first: -35.2 },
    ],
    logs: {
      'checkout#0/checkout': coLog(0),
    },
  },
];
