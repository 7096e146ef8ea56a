// Held-out scenario of batch s48b for the OpenTelemetry demo 2.1.3 (kit system scripts/kit-systems/otel-demo.mjs), split: test.
// Written blind (no rule packs, engine code or other scenarios read); expected answer fixed before the snapshot was built.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as otel } from '../kit-systems/otel-demo.mjs';

export const system = otel;

const I = '2026-11-20T19:14:00Z';
const T = clock(I);
const ms = (min) => Date.parse(T.isoMs(min));
const hex = (i, n) => (BigInt(0x9e3779b97f4a7c15n) * BigInt(i + 7)).toString(16).padStart(n, '0').slice(-n);
const NEW_IMG = 'europe-west1-docker.pkg.dev/astro-shop-prod/demo/payment:2.1.3-astro.4';
const payLine = (min, level, host, extra, msg, i) =>
  `{"level":"${level}","time":${ms(min)},"pid":1,"hostname":"${host}","service.name":"payment","trace_id":"${hex(i, 32)}","span_id":"${hex(i + 3, 16)}","trace_flags":"01",${extra}"msg":"${msg}"}`;
const payLog = [
  `{"level":"info","time":${ms(-25.6)},"pid":1,"hostname":"%POD%","service.name":"payment","msg":"payment gRPC server started on port 8080"}`,
];
for (let m = -24.9, i = 0; m < -0.3; m += 0.83, i++) {
  payLog.push(payLine(m, 'info', '%POD%', `"request":{"amount":{"currencyCode":"USD","units":{"low":${120 + (i * 37) % 900},"high":0,"unsigned":false},"nanos":${(i * 130000000) % 1000000000}},"creditCard":{"creditCardNumber":"4432-8015-6152-0454","creditCardCvv":672,"creditCardExpirationYear":2030,"creditCardExpirationMonth":1}},`, 'Charge request received.', i));
  payLog.push(payLine(m + 0.001, 'warn', '%POD%', '"err":{"type":"Error","message":"Credit card info is invalid.","stack":"Error: Credit card info is invalid.\\n    at module.exports.charge (/usr/src/app/charge.js:37:11)\\n    at chargeServiceHandler (/usr/src/app/index.js:21:36)"},', 'Credit card info is invalid.', i));
}
const chkLog = [];
for (let m = -40, i = 0; m < -0.2; m += 1.37, i++) {
  chkLog.push(`{"time":"${T.isoMs(m)}","level":"INFO","msg":"[PlaceOrder] user_id=\\"${hex(i + 40, 8)}-${hex(i + 41, 4)}-11f1-${hex(i + 42, 4)}-4201ac1e0017\\" user_currency=\\"USD\\""}`);
  if (m < -25.4) chkLog.push(`{"time":"${T.isoMs(m + 0.02)}","level":"INFO","msg":"payment went through (transaction_id: ${hex(i + 9, 8)}-${hex(i + 10, 4)}-4${hex(i + 11, 3)}-a${hex(i + 12, 3)}-${hex(i + 13, 12)})"}`);
  if (m < -25.4) chkLog.push(`{"time":"${T.isoMs(m + 0.03)}","level":"INFO","msg":"order confirmation email sent to \\"someone@example.com\\""}`);
  else chkLog.push(`{"time":"${T.isoMs(m + 0.02)}","level":"ERROR","msg":"failed to charge card: could not charge the card: rpc error: code = Unknown desc = Credit card info is invalid."}`);
}
const proxyLog = [];
for (let m = -40, i = 0; m < -0.6; m += 1.37, i++) {
  const bad = m >= -25.4;
  proxyLog.push(`[${T.isoMs(m + 0.05)}] "POST /api/checkout?currencyCode=USD HTTP/1.1" ${bad ? 500 : 200} - via_upstream - "-" 412 ${bad ? 91 : 1862} ${bad ? 61 : 287} ${bad ? 60 : 286} "-" "python-requests/2.32.3" "${hex(i + 77, 8)}-${hex(i + 78, 4)}-4${hex(i + 79, 3)}-9${hex(i + 80, 3)}-${hex(i + 81, 12)}" "frontend-proxy:8080" "%IPOF:frontend#0%:8080" frontend %PODIP%:49${String(100 + i).slice(-3)} %PODIP%:8080 10.48.1.1:5${String(2000 + i * 7).slice(-4)} - -`);
  proxyLog.push(`[${T.isoMs(m + 0.4)}] "GET /api/products/OLJCESPC7Z?currencyCode=USD HTTP/1.1" 200 - via_upstream - "-" 0 611 19 18 "-" "python-requests/2.32.3" "${hex(i + 90, 8)}-${hex(i + 91, 4)}-4${hex(i + 92, 3)}-8${hex(i + 93, 3)}-${hex(i + 94, 12)}" "frontend-proxy:8080" "%IPOF:frontend#0%:8080" frontend %PODIP%:49${String(300 + i).slice(-3)} %PODIP%:8080 10.48.1.1:5${String(3000 + i * 7).slice(-4)} - -`);
}
const recoLog = [
  `2026-11-20 17:46:12,105 INFO [main] [recommendation_server.py:139] [trace_id=0 span_id=0 resource.service.name=recommendation trace_sampled=False] - Recommendation service started on port: 8080`,
  `2026-11-20 19:02:47,318 INFO [main] [recommendation_server.py:55] [trace_id=${hex(3, 32)} span_id=${hex(4, 16)} resource.service.name=recommendation trace_sampled=True] - Receive ListRecommendations for product ids:['66VCHSJNUP', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0', '9SIQT8TOJO']`,
  `2026-11-20 19:11:03,902 INFO [main] [recommendation_server.py:55] [trace_id=${hex(5, 32)} span_id=${hex(6, 16)} resource.service.name=recommendation trace_sampled=True] - Receive ListRecommendations for product ids:['LS4PSXUNUM', 'HQTGWGPNH4', '1YMWWN1N4O', '6E92ZMYYFZ', 'OLJCESPC7Z']`,
];

export const scenarios = [
  {
    folder: 's48b-payment-astro-build-rejects-cards',
    description: 'astronomy shop: orders failing at checkout since about 18:50, users get an error on place order',
    incidentTime: I,
    expected: { component: 'payment', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'time-expression', 'decoy'],
    grounding: `
      OpenTelemetry demo 2.1.3 (kubernetes/opentelemetry-demo.yaml): checkout calls payment at PAYMENT_ADDR=payment:8080 (gRPC
      Charge); payment is Node.js with a pino logger (level label, service.name mixin, trace context injected by the OTel
      instrumentation); charge.js validates the card with simple-card-validator and throws "Credit card info is invalid." when the
      validator says so; checkout wraps the error as "failed to charge card: could not charge the card: rpc error: code = Unknown
      desc = ...". Incident: the team's own payment build (2.1.3-astro.4, a dependency bump, pushed to their Artifact Registry) is
      rolled out at 18:48; the pod starts and stays Ready (the demo sets no probes), but every charge is rejected, so every
      PlaceOrder fails and frontend-proxy (Envoy access log format of the demo) returns 500 on POST /api/checkout while the rest of
      the shop answers 200. Decoys: a recommendation rollout at 17:45 that is healthy, and an ad (Java) restart two days ago.`,
    workloads: {
      payment: {
        rollout: { at: -26.2, revision: 5, oldContainers: { payment: { image: 'ghcr.io/open-telemetry/demo:2.1.3-payment' } } },
        containers: { payment: { image: NEW_IMG } },
        pods: [{ node: 'gke-astro-prod-default-pool-8b41d0c3-v7mt', created: T.iso(-25.9) }],
      },
      recommendation: {
        rollout: { at: -88, revision: 4, oldContainers: { recommendation: { resources: { limits: { memory: '500Mi' } } } } },
        containers: { recommendation: { resources: { limits: { memory: '600Mi' } } } },
      },
      ad: { pods: [{ containers: { ad: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-2950), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-9000), finishedAt: T.iso(-2950.2) } }) } }] },
    },
    events: [
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled up replica set payment-%NEW% to 1', first: -26.2 },
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled down replica set payment-%OLD% to 0 from 1', first: -25.5 },
      { on: 'pod:payment#0', reason: 'Pulling', message: `Pulling image "${NEW_IMG}"`, first: -25.9 },
      { on: 'pod:payment#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMG}" in 3.412s (3.412s including waiting). Image size: 58214377 bytes.`, first: -25.8 },
      { on: 'pod:payment#0', reason: 'Started', message: 'Started container payment', first: -25.7 },
      { on: 'deploy:recommendation', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendation-%NEW% to 1', first: -88 },
      { on: 'deploy:recommendation', reason: 'ScalingReplicaSet', message: 'Scaled down replica set recommendation-%OLD% to 0 from 1', first: -87.3 },
    ],
    logs: {
      'payment#0/payment': payLog,
      'checkout#0/checkout': chkLog,
      'frontend-proxy#0/frontend-proxy': proxyLog,
      'recommendation#0/recommendation': recoLog,
    },
  },
];
