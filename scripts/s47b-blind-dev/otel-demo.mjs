// Batch s47b (blind dev): one OpenTelemetry demo incident for the scenario kit, with the kit system definition of
// scripts/kit-systems/otel-demo.mjs. A forked payment build rolled out Ready but rejects most cards as expired.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const INC = '2026-10-14T19:42:00Z';
const T = clock(INC);
const NEW_IMG = 'europe-west1-docker.pkg.dev/astro-shop-prod/shop/payment:2.1.3-astro.4';
const OLD_IMG = 'ghcr.io/open-telemetry/demo:2.1.3-payment';
const ROLL = -31;

// pino (payment's logger.js): numeric levels, epoch ms.
const pino = (min, level, host, body) => `{"level":${level},"time":${Date.parse(T.isoMs(min))},"pid":1,"hostname":"${host}",${body}}`;
// Cards of the load generator's people.json (last four, month, year); single-digit months fail under the fork's check.
const CARDS = [['0454', 1, 2030], ['9021', 7, 2029], ['3377', 11, 2028], ['5518', 4, 2031], ['1240', 3, 2027], ['7760', 12, 2029], ['8803', 9, 2030], ['2291', 5, 2028], ['6604', 10, 2030]];
const fails = (c) => c[1] < 10;

const payLogs = [];
const coLogs = [];
const feLogs = [];
const proxyLogs = [];
const reqId = (k) => `${((k + 7) * 2246822519 % 4294967296).toString(16).padStart(8, '0')}-51c2-4f0e-8a11-3d2b9c7e${String(k).padStart(4, '0')}`;
const slog = (min, level, msg) => `{"time":"${T.isoMs(min).replace('Z', '123Z')}","level":"${level}","msg":${JSON.stringify(msg)}}`;
payLogs.push(pino(ROLL + 0.6, 30, '%POD%', '"msg":"payment gRPC server started on port 8080"'));
let k = 0;
for (let m = ROLL + 1.2; m < -0.2; m += 0.83) {
  const c = CARDS[k % CARDS.length];
  const uidv = `${(k * 7919 + 1000).toString(16)}a2e-7c41-4b8e-9d3f-0c${(k * 104729).toString(16).padStart(10, '0')}`;
  coLogs.push(slog(m - 0.01, 'INFO', `[PlaceOrder] user_id="${uidv}" user_currency="USD"`));
  payLogs.push(pino(m, 30, '%POD%', `"request":{"amount":{"currencyCode":"USD","units":${(k * 37) % 400 + 19},"nanos":${k % 2 ? 990000000 : 0}},"creditCard":{"creditCardNumber":"4432-8015-6152-${c[0]}","creditCardCvv":${100 + (k * 13) % 899},"creditCardExpirationYear":${c[2]},"creditCardExpirationMonth":${c[1]}}},"msg":"Charge request received."`));
  if (fails(c)) {
    payLogs.push(pino(m + 0.001, 40, '%POD%', `"err":{"type":"Error","message":"The credit card (ending ${c[0]}) expired on ${c[1]}/${c[2]}.","stack":"Error: The credit card (ending ${c[0]}) expired on ${c[1]}/${c[2]}.\\n    at module.exports.charge (/usr/src/app/charge.js:71:13)\\n    at async chargeServiceHandler (/usr/src/app/index.js:27:22)"}`));
    feLogs.push(`Error: 13 INTERNAL: failed to charge card: could not charge the card: rpc error: code = Unknown desc = The credit card (ending ${c[0]}) expired on ${c[1]}/${c[2]}.`);
    feLogs.push(`    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)`);
    feLogs.push(`    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76) {`);
    feLogs.push(`  code: 13,`, `  details: 'failed to charge card: could not charge the card: rpc error: code = Unknown desc = The credit card (ending ${c[0]}) expired on ${c[1]}/${c[2]}.',`, `  metadata: Metadata { internalRepr: Map(1) { 'content-type' => [Array] }, options: {} }`, `}`);
    proxyLogs.push(`[${T.isoMs(m + 0.004)}] "POST /api/checkout?currencyCode=USD HTTP/1.1" 500 - via_upstream - "-" 412 52 61 60 "-" "python-requests/2.32.3" "${reqId(k)}" "frontend-proxy:8080" "%IPOF:frontend#0%:8080" frontend -`);
  } else {
    const tx = `${(k * 31337).toString(16).padStart(8, '0')}-1f0b-4d6e-a2c9-7b3e5f${String(k).padStart(6, '0')}`;
    payLogs.push(pino(m + 0.001, 30, '%POD%', `"transactionId":"${tx}","cardType":"visa","lastFourDigits":"${c[0]}","amount":{"units":${(k * 37) % 400 + 19},"nanos":${k % 2 ? 990000000 : 0},"currencyCode":"USD"},"loyalty_level":"silver","msg":"Transaction complete."`));
    coLogs.push(slog(m + 0.002, 'INFO', `payment went through (transaction_id: ${tx})`));
    coLogs.push(slog(m + 0.004, 'INFO', `order confirmation email sent to "user${k}@example.com"`));
    proxyLogs.push(`[${T.isoMs(m + 0.006)}] "POST /api/checkout?currencyCode=USD HTTP/1.1" 200 - via_upstream - "-" 412 1893 143 142 "-" "python-requests/2.32.3" "${reqId(k)}" "frontend-proxy:8080" "%IPOF:frontend#0%:8080" frontend -`);
  }
  k++;
}
// Before the rollout the old payment pod charged every card (its log went with it); checkout shows the earlier orders.
const coBefore = [];
for (let m = -58; m < ROLL; m += 1.1) {
  const tx = `${(Math.round(-m * 977)).toString(16).padStart(8, '0')}-2a7d-4c10-b5e3-19f0c8${String(Math.round(-m * 10)).padStart(6, '0')}`;
  coBefore.push(slog(m, 'INFO', `[PlaceOrder] user_id="${(Math.round(-m * 4099)).toString(16)}c5-0b3e-4f7a-8d21-6e9a0f${String(Math.round(-m * 10)).padStart(6, '0')}" user_currency="USD"`));
  coBefore.push(slog(m + 0.002, 'INFO', `payment went through (transaction_id: ${tx})`));
  coBefore.push(slog(m + 0.004, 'INFO', `order confirmation email sent to "someone${Math.round(-m)}@example.com"`));
}

export const scenarios = [
  {
    folder: 's47b-payment-fork-rejects-cards',
    incidentTime: INC,
    description: 'checkout failing for a lot of users on the astronomy shop, started maybe half an hour ago',
    expected: { component: 'payment', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      OpenTelemetry demo 2.1.3 (kit system scripts/kit-systems/otel-demo.mjs). payment (Node.js, charge.js) validates the card
      and throws "The credit card (ending NNNN) expired on M/YYYY." when (currentYear*12+currentMonth) > (year*12+month); the
      team rolled out a fork build (europe-west1-docker.pkg.dev/astro-shop-prod/shop/payment:2.1.3-astro.4, 31 minutes before)
      whose refactored expiry check compares the concatenated strings year+month as numbers: in October (current "202610")
      every card with a single-digit expiry month (20301 for 1/2030) looks expired, cards expiring in months 10-12 still pass.
      The new pod starts, is Running and Ready (payment has no probes), so about two thirds of checkouts fail with gRPC
      INTERNAL "failed to charge card: could not charge the card: rpc error: code = Unknown desc = ..." as checkout's
      PlaceOrder wraps it; frontend (Next.js, grpc-js) logs the error objects and frontend-proxy (Envoy, default access log
      format) returns 500 on POST /api/checkout. payment logs with pino (numeric levels, err serializer); checkout with slog JSON.
      Decoys: a benign recommendation image rollout 75 minutes before, ad's single OOMKilled restart two days ago.
      Written blind; the expected answer was fixed before the snapshot was generated.`,
    workloads: {
      payment: {
        rollout: { at: ROLL, oldContainers: { payment: { image: OLD_IMG } }, oldReplicas: 0, revision: 6 },
        containers: { payment: { image: NEW_IMG } },
      },
      recommendation: {
        rollout: { at: -75, oldContainers: { recommendation: { image: 'ghcr.io/open-telemetry/demo:2.1.2-recommendation' } }, oldReplicas: 0, revision: 4 },
      },
      ad: {
        pods: [{ containers: { ad: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-2870), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-2870.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled up replica set payment-%NEW% to 1', first: ROLL },
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled down replica set payment-%OLD% to 0 from 1', first: ROLL + 0.7 },
      { on: 'pod:payment#0', reason: 'Scheduled', message: 'Successfully assigned otel-demo/%POD% to %NODE%', source: 'default-scheduler', first: ROLL + 0.05 },
      { on: 'pod:payment#0', reason: 'Pulling', message: `Pulling image "${NEW_IMG}"`, fieldPath: 'spec.containers{payment}', first: ROLL + 0.1 },
      { on: 'pod:payment#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMG}" in 3.412s (3.412s including waiting). Image size: 61884512 bytes.`, fieldPath: 'spec.containers{payment}', first: ROLL + 0.2 },
      { on: 'pod:payment#0', reason: 'Created', message: 'Created container payment', fieldPath: 'spec.containers{payment}', first: ROLL + 0.25 },
      { on: 'pod:payment#0', reason: 'Started', message: 'Started container payment', fieldPath: 'spec.containers{payment}', first: ROLL + 0.3 },
      { on: 'deploy:recommendation', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendation-%NEW% to 1', first: -75 },
      { on: 'deploy:recommendation', reason: 'ScalingReplicaSet', message: 'Scaled down replica set recommendation-%OLD% to 0 from 1', first: -74 },
    ],
    configMaps: [
      { name: 'otel-collector', keys: ['relay'] },
      { name: 'flagd-config', keys: ['demo.flagd.json'] },
      { name: 'product-catalog-products', keys: ['products.json'] },
    ],
    logs: {
      'payment#0/payment': payLogs,
      'checkout#0/checkout': [...coBefore, ...coLogs],
      'frontend#0/frontend': feLogs,
      'frontend-proxy#0/frontend-proxy': proxyLogs,
      'recommendation#0/recommendation': [
        `2026-10-14 18:27:41,208 INFO [main] [recommendation_server.py:139] [trace_id=0 span_id=0 resource.service.name=recommendation trace_sampled=False] - Recommendation service started on port 8080`,
        `2026-10-14 19:40:12,551 INFO [main] [recommendation_server.py:62] [trace_id=5d1c0e9a2f7b4c31a8e6d4f2b0c9a7e1 span_id=9a3f2c1e7b5d4a60 resource.service.name=recommendation trace_sampled=True] - Receive ListRecommendations for product ids:['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N']`,
      ],
    },
  },
];
