// Batch s125d (blind dev): Online Boutique no-fault scenarios. System: scripts/s2-scenarios/online-boutique.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const front = (T, min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? '4d1c7e2a-9b0f-4e3a-8c61-2f7d0a9b5e14', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '7f3e2a91-5c4d-4b8e-a0f1-3d6c9e2b8a57', severity, timestamp: T.isoMs(min) });
const goLog = (T, min, message, severity = 'info') => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const pino = (T, min, host, message, level = 'info') => JSON.stringify({ severity: level, time: Date.parse(T.isoMs(min)), pid: 1, hostname: host, name: 'paymentservice-charge', message });

export const scenarios = [];

// 1. No fault: one customer's card is expired; paymentservice rejects it by design. Decoy: paymentservice liveness restart 38 min ago.
{
  const incidentTime = '2026-12-08T13:47:00Z';
  const T = clock(incidentTime);
  const ok = [-44, -36, -31, -27, -22, -17, -12, -8, -4, -2];
  scenarios.push({
    folder: 's125d-checkout-expired-card-no-fault', incidentTime,
    description: 'customer escalation: "payment failed" on place order, tried 4 times since ~13:20. paymentsvc restarted earlier today, is checkout broken??',
    noFault: true,
    difficulty: 'hard', traits: ['no-fault', 'decoy', 'partial-name', 'time-expression'],
    grounding: `src/paymentservice/charge.js validates the card with simple-card-validator and throws ExpiredCreditCard ("Your credit card
      (ending NNNN) expired on M/YYYY") when the expiry is in the past; server.js logs the error with console.warn and returns it, and
      checkoutservice wraps it as "failed to charge card: could not charge the card" (codes.Internal), which frontend renders as a 500.
      That is designed validation: the escalating customer's card expired 1/2025, while every other order of the hour is charged
      ("Transaction processed") and confirmed. Decoy: the paymentservice container was restarted once at 13:09 after three gRPC
      liveness probe timeouts (kubelet Killing, exit 143) and has been Ready since; no fault since then. Deviation from upstream: none
      in the manifests; the customer traffic is invented.`,
    workloads: {
      paymentservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-37.5), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-37.7) } }) } }],
      },
    },
    events: [
      { on: 'pod:paymentservice#0', reason: 'Unhealthy', message: 'Liveness probe failed: timeout: failed to connect service ":50051" within 1s', type: 'Warning', fieldPath: 'spec.containers{server}', first: -38.5, last: -38, count: 3 },
      { on: 'pod:paymentservice#0', reason: 'Killing', message: 'Container server failed liveness probe, will be restarted', fieldPath: 'spec.containers{server}', first: -38, last: -38 },
      { on: 'pod:paymentservice#0', reason: 'Pulled', message: `Container image "${REG}/paymentservice:v0.10.6" already present on machine`, fieldPath: 'spec.containers{server}', first: -37.6, last: -37.6 },
      { on: 'pod:paymentservice#0', reason: 'Created', message: 'Created container server', fieldPath: 'spec.containers{server}', first: -37.6, last: -37.6 },
      { on: 'pod:paymentservice#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -37.5, last: -37.5 },
    ],
    logs: {
      'paymentservice#0/server': [
        pino(T, -37.4, '%POD%', 'PaymentService gRPC server started on port 50051'),
        ...ok.filter((m) => m > -37).map((m, i) => pino(T, m, '%POD%', `Transaction processed: ${i % 2 ? 'mastercard' : 'visa'} ending ${['0454', '7721', '1180', '3309', '5562', '9043', '2817', '6630', '4415'][i]}     Amount: USD${[43, 129, 67, 18, 254, 91, 36, 75, 110][i]}.${['98', '50', '10', '99', '37', '20', '45', '00', '62'][i]}`)),
        ...[-27.2, -21.8, -16.9, -11.6].map((m) => [
          pino(T, m, '%POD%', 'Charge request received.'),
          `ExpiredCreditCard [Error]: Your credit card (ending 4432) expired on 1/2025`,
          `    at module.exports (/usr/src/app/charge.js:78:11)`,
          `    at Object.chargeServiceHandler [as charge] (/usr/src/app/server.js:33:26)`,
          `    at Object.handleUnary (/usr/src/app/node_modules/@grpc/grpc-js/build/src/server.js:1177:21) {`,
          `  code: 400`,
          `}`,
        ]).flat(),
      ],
      'paymentservice#0/server/previous': [
        pino(T, -60, '%POD%', 'Transaction processed: visa ending 8830     Amount: USD22.40'),
        pino(T, -47, '%POD%', 'Transaction processed: mastercard ending 1276     Amount: USD61.05'),
        pino(T, -38.1, '%POD%', 'Charge request received.'),
      ],
      'checkoutservice#0/server': [
        ...ok.map((m, i) => [
          goLog(T, m - 0.05, `[PlaceOrder] user_id="${['a1f3', 'c84e', '0b27', '9de1', '5f60', '7a2c', 'e3b9', '2c48', '6d15', 'b907'][i]}c2e0-4d1b-4f8a-9e63-1b7a2d5c8e${String(10 + i)}" user_currency="USD"`),
          goLog(T, m, `payment went through (transaction_id: ${['3f2b9c1e', 'a7d04e55', '61c8f3b2', 'e09a7d14', '4b5e2c90', 'd83f1a67', '2a6c9e0b', '97e4b2d1', '5c1f8a3e', 'b0d73e49'][i]}-81a2-4c0e-9f7b-${String(100000000000 + i * 7919)})`),
          goLog(T, m + 0.02, `order confirmation email sent to "${['someone', 'jdoe', 'mlopez', 'k.tan', 'ops-test', 'anna.b', 'p.wu', 'r.singh', 'lee.h', 'someone'][i]}@example.com"`),
        ]).flat(),
        ...[-27.2, -21.8, -16.9, -11.6].map((m) => goLog(T, m - 0.05, '[PlaceOrder] user_id="f4e2b81c-3a9d-4c57-b0e6-8d21f7a3c905" user_currency="EUR"')),
      ],
      'frontend#0/server': [
        front(T, -30, 'debug', 'request started', { path: '/product/66VCHSJNUP' }),
        front(T, -29.5, 'debug', 'request complete', { path: '/cart' }),
        ...[-27.2, -21.8, -16.9, -11.6].map((m, i) => front(T, m + 0.01, 'error', 'request error', { method: 'POST', path: '/cart/checkout', id: `8e${i}a4c1f-2b7d-4e90-a3c5-6f1d8b2e7c${40 + i}`, session: 'f4e2b81c-3a9d-4c57-b0e6-8d21f7a3c905', error: 'failed to complete the order: rpc error: code = Internal desc = failed to charge card: could not charge the card: rpc error: code = Unknown desc = Your credit card (ending 4432) expired on 1/2025' })),
        front(T, -8.02, 'debug', 'request started', { method: 'POST', path: '/cart/checkout', session: '2c48c2e0-4d1b-4f8a-9e63-1b7a2d5c8e17' }),
        front(T, -7.98, 'debug', 'order placed', { method: 'POST', path: '/cart/checkout', session: '2c48c2e0-4d1b-4f8a-9e63-1b7a2d5c8e17' }),
        front(T, -1, 'debug', 'request complete', { path: '/' }),
      ],
    },
  });
}

// 2. No fault: currency rates are a static ECB snapshot by design; a currencyservice rollout 45 min ago caused a short blip.
{
  const incidentTime = '2026-12-10T09:26:00Z';
  const T = clock(incidentTime);
  const env = [{ name: 'PORT', value: '7000' }, { name: 'DISABLE_PROFILER', value: '1' }];
  scenarios.push({
    folder: 's125d-currency-static-rates-no-fault', incidentTime,
    description: 'JPY and GBP prices on the shop dont match todays exchange rate (off by like 8%) — currencysvc was redeployed this morning, did it break conversion?',
    noFault: true,
    difficulty: 'hard', traits: ['no-fault', 'decoy', 'partial-name'],
    grounding: `src/currencyservice/server.js converts with the rates of data/currency_conversion.json, a static European Central Bank
      snapshot bundled in the image; it never fetches live rates, so prices drift from today's market by design. The 08:41 rollout
      only bumps the image v0.10.6 -> v0.10.7 (same data file); during the surge one frontend request failed with Unavailable while the
      old pod terminated, then everything succeeded. Decoys: the Deployment rollout (ScalingReplicaSet events, new ReplicaSet) of the
      named service and that short frontend error burst. Deviation: upstream ships no v0.10.7 tag; the tag is invented.`,
    workloads: {
      currencyservice: {
        rollout: { at: -45, oldContainers: { server: { image: `${REG}/currencyservice:v0.10.6`, env } } },
        containers: { server: { image: `${REG}/currencyservice:v0.10.7`, env } },
      },
    },
    events: [
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set currencyservice-%NEW% to 1', first: -45, last: -45 },
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set currencyservice-%OLD% to 0 from 1', first: -44.2, last: -44.2 },
      { on: 'pod:currencyservice#0', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":7000" within 1s', type: 'Warning', fieldPath: 'spec.containers{server}', first: -44.6, last: -44.6 },
      { on: 'pod:currencyservice#0', reason: 'Pulling', message: `Pulling image "${REG}/currencyservice:v0.10.7"`, fieldPath: 'spec.containers{server}', first: -44.9, last: -44.9 },
      { on: 'pod:currencyservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/currencyservice:v0.10.7" in 3.412s (3.412s including waiting). Image size: 53861204 bytes.`, fieldPath: 'spec.containers{server}', first: -44.8, last: -44.8 },
      { on: 'pod:currencyservice#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -44.7, last: -44.7 },
    ],
    logs: {
      'currencyservice#0/server': [
        JSON.stringify({ severity: 'info', time: Date.parse(T.isoMs(-44.7)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message: 'Starting gRPC server on port 7000...' }),
        ...[-40, -31, -22, -14, -6, -2].flatMap((m) => [
          JSON.stringify({ severity: 'info', time: Date.parse(T.isoMs(m)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message: 'Getting supported currencies...' }),
          JSON.stringify({ severity: 'info', time: Date.parse(T.isoMs(m + 0.01)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message: 'received conversion request' }),
          JSON.stringify({ severity: 'info', time: Date.parse(T.isoMs(m + 0.02)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message: 'conversion request successful' }),
        ]),
      ],
      'frontend#0/server': [
        front(T, -46, 'debug', 'request complete', { path: '/' }),
        front(T, -44.3, 'error', 'request error', { path: '/', error: 'could not retrieve currencies: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:currencyservice%:7000: connect: connection refused"' }),
        front(T, -44.25, 'error', 'request error', { path: '/product/L9ECAV7KIM', error: 'failed to convert currency for product: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:currencyservice%:7000: connect: connection refused"' }),
        front(T, -30, 'debug', 'setting currency', { method: 'POST', path: '/setCurrency' }),
        front(T, -12, 'debug', 'request complete', { path: '/product/2ZYFJ3GM2N' }),
        front(T, -3, 'debug', 'request complete', { path: '/' }),
      ],
    },
  });
}
