// Batch s39b blind dev scenario for the OpenTelemetry demo 2.1.3 (kit system scripts/kit-systems/otel-demo.mjs): a team build of
// payment rolls out Ready but throws on every Charge, so every checkout fails while the frontend and checkout are the loud ones.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };
export const scenarios = [];

{
  const incidentTime = '2026-12-12T11:18:00Z';
  const T = clock(incidentTime);
  const NEW = 'europe-west1-docker.pkg.dev/astro-shop-prod/shop/payment:2.1.3-astro.4';
  const ms = (min) => Date.parse(T.isoMs(min));
  const hex = (seed, n) => {
    let x = '';
    for (let i = 0; x.length < n; i++) x += ((seed * 2654435761 + i * 40503) >>> 0).toString(16);
    return x.slice(0, n);
  };
  const payOk = (min, i, units) =>
    `{"level":30,"time":${ms(min)},"pid":1,"hostname":"%POD%","trace_id":"${hex(i, 32)}","span_id":"${hex(i + 7, 16)}","trace_flags":"01","service.name":"payment","transactionId":"${hex(i + 3, 8)}-${hex(i + 5, 4)}-4${hex(i + 9, 3)}-a${hex(i + 11, 3)}-${hex(i + 13, 12)}","cardType":"visa","lastFourDigits":"5278","amount":{"units":{"low":${units},"high":0,"unsigned":false},"nanos":${(i * 37) % 999999999},"currencyCode":"USD"},"loyalty_level":"gold","msg":"Transaction complete."}`;
  const payErr = (min, i) =>
    `{"level":40,"time":${ms(min)},"pid":1,"hostname":"%POD%","trace_id":"${hex(i, 32)}","span_id":"${hex(i + 7, 16)}","trace_flags":"01","service.name":"payment","err":{"type":"TypeError","message":"Cannot read properties of undefined (reading 'toUpperCase')","stack":"TypeError: Cannot read properties of undefined (reading 'toUpperCase')\\n    at normalizeCurrency (/usr/src/app/charge.js:31:32)\\n    at module.exports.charge (/usr/src/app/charge.js:64:22)\\n    at chargeServiceHandler (/usr/src/app/index.js:27:34)"},"msg":"Cannot read properties of undefined (reading 'toUpperCase')"}`;
  const co = (min, i) =>
    `{"time":"${T.isoMs(min)}","level":"ERROR","msg":"failed to charge card","trace_id":"${hex(i, 32)}","span_id":"${hex(i + 21, 16)}","error":"could not charge the card: rpc error: code = Unknown desc = Cannot read properties of undefined (reading 'toUpperCase')"}`;
  const envoy = (min, i, status, dur) =>
    `[${T.isoMs(min)}] "POST /api/checkout?currencyCode=USD HTTP/1.1" ${status} - via_upstream - "-" 394 ${status === 200 ? 2741 : 96} ${dur} ${dur - 1} "-" "python-requests/2.32.3" "${hex(i + 40, 8)}-${hex(i + 41, 4)}-${hex(i + 42, 4)}-${hex(i + 43, 4)}-${hex(i + 44, 12)}" "frontend-proxy:8080" "%SVCIP:frontend%:8080" frontend 10.48.1.17:${41000 + i} %PODIP%:8080 10.48.0.33:${52000 + i} - -`;
  scenarios.push({
    folder: 's39b-payment-build-throws-on-charge',
    incidentTime,
    description: 'astro shop: place order fails for everyone since 11:05, checkout returning 500. nothing changed on checkout',
    expected: { component: 'payment', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['rollout-regression', 'pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml at a8a3ea2 (2.1.3): payment is a Node.js gRPC service
      (PAYMENT_PORT 8080, limits memory 120Mi, no probes) whose Charge handler logs the error with pino and returns it to the
      caller, which gRPC surfaces as code Unknown with the exception text; checkout (Go) wraps it as "failed to charge card:
      could not charge the card: rpc error: code = Unknown desc = …" and PlaceOrder fails, so the frontend's /api/checkout
      answers 500 through frontend-proxy. The shop team rolled out its own payment build (2.1.3-astro.4, adding currency
      normalisation) at 11:04: the pod starts and is Ready (no probes upstream, gRPC server up), but every Charge throws
      "TypeError: Cannot read properties of undefined (reading 'toUpperCase')" because the request's currency_code field is
      read under the wrong property name. The careful answer is the payment rollout (a Ready version that does not work);
      checkout, named in the description, is only the messenger. Decoys: a flagd rollout (flag file change) 40 minutes
      earlier and an ad container OOMKilled two days ago.`,
    workloads: {
      payment: { rollout: { at: -14, revision: 9, oldContainers: { payment: { image: 'ghcr.io/open-telemetry/demo:2.1.3-payment' } } }, containers: { payment: { image: NEW } } },
      flagd: { rollout: { at: -40, revision: 6 } },
      ad: {
        pods: [
          {
            containers: {
              ad: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 45), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 7), finishedAt: T.iso(-60 * 45 - 0.2) } }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled up replica set payment-%NEW% to 1', first: -14, last: -14 },
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled down replica set payment-%OLD% to 0 from 1', first: -13.4, last: -13.4 },
      { on: 'pod:payment#0', reason: 'Pulling', fieldPath: 'spec.containers{payment}', message: `Pulling image "${NEW}"`, first: -13.9, last: -13.9 },
      { on: 'pod:payment#0', reason: 'Pulled', fieldPath: 'spec.containers{payment}', message: `Successfully pulled image "${NEW}" in 3.412s (3.412s including waiting). Image size: 61238841 bytes.`, first: -13.8, last: -13.8 },
      { on: 'pod:payment#0', reason: 'Created', fieldPath: 'spec.containers{payment}', message: 'Created container payment', first: -13.8, last: -13.8 },
      { on: 'pod:payment#0', reason: 'Started', fieldPath: 'spec.containers{payment}', message: 'Started container payment', first: -13.7, last: -13.7 },
      { on: 'deploy:flagd', reason: 'ScalingReplicaSet', message: 'Scaled up replica set flagd-%NEW% to 1', first: -40, last: -40 },
      { on: 'deploy:flagd', reason: 'ScalingReplicaSet', message: 'Scaled down replica set flagd-%OLD% to 0 from 1', first: -39.3, last: -39.3 },
    ],
    logs: {
      'payment#0/payment': [
        `{"level":30,"time":${ms(-13.6)},"pid":1,"hostname":"%POD%","service.name":"payment","msg":"payment gRPC server started on port 8080"}`,
        payErr(-12.9, 101),
        payErr(-10.7, 102),
        payErr(-8.1, 103),
        payErr(-5.6, 104),
        payErr(-3.0, 105),
        payErr(-0.9, 106),
      ],
      'checkout#0/checkout': [
        `{"time":"${T.isoMs(-16.2)}","level":"INFO","msg":"payment went through","trace_id":"${hex(90, 32)}","span_id":"${hex(111, 16)}","transaction_id":"${hex(93, 8)}-${hex(95, 4)}-4${hex(99, 3)}-a${hex(101, 3)}-${hex(103, 12)}"}`,
        `{"time":"${T.isoMs(-16.2)}","level":"INFO","msg":"order placed","trace_id":"${hex(90, 32)}","span_id":"${hex(111, 16)}","app.order.id":"${hex(97, 8)}-${hex(98, 4)}-11f0-${hex(99, 4)}-${hex(100, 12)}"}`,
        co(-12.9, 101),
        co(-10.7, 102),
        co(-8.1, 103),
        co(-5.6, 104),
        co(-3.0, 105),
        co(-0.9, 106),
      ],
      'frontend-proxy#0/frontend-proxy': [
        envoy(-16.2, 90, 200, 412),
        envoy(-12.9, 101, 500, 188),
        envoy(-10.7, 102, 500, 201),
        envoy(-8.1, 103, 500, 176),
        envoy(-5.6, 104, 500, 193),
        envoy(-3.0, 105, 500, 185),
        envoy(-0.9, 106, 500, 210),
      ],
      'flagd#0/flagd': [
        `${T.isoMs(-39.6).replace('Z', '')}Z\tinfo\tcmd/start.go:126\tflagd version: v0.12.8 (c4e3e01), built at: 2025-08-01T09:12:44Z\t{"component": "start"}`,
        `${T.isoMs(-39.6).replace('Z', '')}Z\tinfo\tflag-sync/sync_service.go:54\tstarting flag sync service on port 8015\t{"component": "FlagSyncService"}`,
        `${T.isoMs(-39.5).replace('Z', '')}Z\tinfo\tflageval/connect_service.go:247\tmetrics and probes listening at 8014\t{"component": "service"}`,
        `${T.isoMs(-39.5).replace('Z', '')}Z\tinfo\tflageval/connect_service.go:207\tFlag IResolver listening at [::]:8013\t{"component": "service"}`,
      ],
    },
  });
}
