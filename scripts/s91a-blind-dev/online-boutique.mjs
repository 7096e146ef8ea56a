// Batch s91a (blind dev): one Online Boutique scenario on the session-2 system definition (scripts/s2-scenarios/online-boutique.mjs).
// checkoutservice in-house release that truncates the card expiration year; paymentservice rejects every card as expired.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const IT = '2026-04-21T16:40:00Z';
const T = clock(IT);
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const front = (min, severity, message, extra = {}) => JSON.stringify({ ...(extra.error ? { error: extra.error } : {}), 'http.req.id': extra.id ?? '5d1c2e7a-9b40-4f3e-8a61-0c7d2b9e4f18', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', message, session: extra.session ?? 'e3a1f9b2-7c40-4d18-9e26-5b0a8c3d71f4', severity, timestamp: T.isoMs(min) });
const gojson = (min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const pino = (min, level, name, message) => JSON.stringify({ severity: level, time: Date.parse(T.isoMs(min)), pid: 1, hostname: '%POD%', name, message });

const frontLines = (k) => {
  const out = [];
  for (let i = 0; i < 14; i++) {
    const m = -34 + i * 2.3 + k * 0.4;
    const sess = ['e3a1f9b2-7c40-4d18-9e26-5b0a8c3d71f4', '0b7d2c61-4a9e-4f03-b8d5-2e6c91a07f3b', '9c54e0a8-1d2b-4e7f-a930-6f1b8d24c5e7'][i % 3];
    out.push(front(m, 'debug', 'request started', { path: '/product/OLJCESPC7Z', session: sess, id: `a${i}${k}4f1c2e-0d3b-4a9e-8c71-5e2b9f0d6a13` }));
    out.push(front(m + 0.01, 'debug', 'request complete', { path: '/product/OLJCESPC7Z', session: sess, id: `a${i}${k}4f1c2e-0d3b-4a9e-8c71-5e2b9f0d6a13` }));
    if (m > -24 && i % 2 === 0) {
      out.push(front(m + 0.3, 'debug', 'request started', { method: 'POST', path: '/cart/checkout', session: sess, id: `c${i}${k}8e2d41-5f0a-4b7c-9d36-1a8e4c2f7b90` }));
      out.push(front(m + 0.31, 'error', 'request error', { method: 'POST', path: '/cart/checkout', session: sess, id: `c${i}${k}8e2d41-5f0a-4b7c-9d36-1a8e4c2f7b90`, error: 'failed to complete the order: rpc error: code = Internal desc = failed to charge card: could not charge the card: rpc error: code = Unknown desc = Your credit card (ending 0454) expired on 1/30' }));
    }
  }
  return out;
};

export const scenarios = [
  {
    folder: 's91a-checkout-release-truncates-expiry-year',
    incidentTime: IT,
    description: 'checkout broken since ~16:15, every order says card expired?? payments team swears nothing changed on their side',
    expected: { component: 'checkoutservice', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'checkoutservice', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Manifest facts: GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml at 34ffea9 (v0.10.6) as the
      session-2 system definition: checkoutservice on 5050 with PAYMENT_SERVICE_ADDR=paymentservice:50051, gRPC probes.
      Fault: an in-house checkoutservice build (tag v0.10.6-acme.3, only the image changes between the two ReplicaSets)
      adds a "card normalisation" step that stores credit_card_expiration_year modulo 100 before calling Charge. Upstream
      paymentservice (src/paymentservice/charge.js) compares currentYear*12+currentMonth with year*12+month and throws
      "Your credit card (ending NNNN) expired on M/YY"; server.js logs the error with logger.warn and returns it, so
      paymentservice is the component that logs the rejection while the regression is in its caller. The shape follows
      public post-mortems of field-mapping regressions (a two-digit/four-digit year bug shipped in a release).
      The new checkoutservice pods are Ready (gRPC health has no dependency), nothing restarts; frontend logs a 500 for
      every POST /cart/checkout. Decoy: adservice OOMKilled three days ago (restartCount 1), healthy since.
      Deviations from upstream: the acme.3 image tag and its behaviour are invented; frontend request ids are shortened.`,
    workloads: {
      checkoutservice: {
        rollout: { at: -27, revision: 6, oldContainers: { server: { image: `${REG}/checkoutservice:v0.10.6` } } },
        containers: { server: { image: `${REG}/checkoutservice:v0.10.6-acme.3` } },
      },
      adservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 40), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 40.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set checkoutservice-%NEW% to 1', source: 'deployment-controller', first: -27, last: -27 },
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set checkoutservice-%OLD% to 0 from 1', source: 'deployment-controller', first: -26.4, last: -26.4 },
      { on: 'pod:checkoutservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -26.9, last: -26.9 },
      { on: 'pod:checkoutservice#0', reason: 'Pulling', message: `Pulling image "${REG}/checkoutservice:v0.10.6-acme.3"`, fieldPath: 'spec.containers{server}', first: -26.9, last: -26.9 },
      { on: 'pod:checkoutservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/checkoutservice:v0.10.6-acme.3" in 3.412s (3.412s including waiting). Image size: 14312043 bytes.`, fieldPath: 'spec.containers{server}', first: -26.8, last: -26.8 },
      { on: 'pod:checkoutservice#0', reason: 'Created', message: 'Created container server', fieldPath: 'spec.containers{server}', first: -26.8, last: -26.8 },
      { on: 'pod:checkoutservice#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -26.8, last: -26.8 },
    ],
    logs: {
      'checkoutservice#0/server': [
        gojson(-26.7, 'info', 'service config: &{productCatalogSvcAddr:productcatalogservice:3550 productCatalogSvcConn:<nil> cartSvcAddr:cartservice:7070 cartSvcConn:<nil> currencySvcAddr:currencyservice:7000 currencySvcConn:<nil> shippingSvcAddr:shippingservice:50051 shippingSvcConn:<nil> emailSvcAddr:emailservice:5000 emailSvcConn:<nil> paymentSvcAddr:paymentservice:50051 paymentSvcConn:<nil>}'),
        gojson(-26.7, 'info', 'starting to listen on tcp: "[::]:5050"'),
        ...Array.from({ length: 9 }, (_, i) => [
          gojson(-22 + i * 2.3, 'info', `[PlaceOrder] user_id="${['e3a1f9b2-7c40-4d18-9e26-5b0a8c3d71f4', '0b7d2c61-4a9e-4f03-b8d5-2e6c91a07f3b', '9c54e0a8-1d2b-4e7f-a930-6f1b8d24c5e7'][i % 3]}" user_currency="USD"`),
        ]).flat(),
      ],
      'checkoutservice#old0/server': undefined,
      'paymentservice#0/server': [
        pino(-60, 'info', 'paymentservice-server', 'PaymentService gRPC server started on port 50051'),
        pino(-40, 'info', 'paymentservice-server', 'PaymentService#Charge invoked with request {"amount":{"currency_code":"USD","units":"67","nanos":980000000},"credit_card":{"credit_card_number":"4432-8015-6152-0454","credit_card_cvv":672,"credit_card_expiration_year":2030,"credit_card_expiration_month":1}}'),
        pino(-40, 'info', 'paymentservice-charge', 'Transaction processed: visa ending 0454     Amount: USD67.98'),
        pino(-31, 'info', 'paymentservice-server', 'PaymentService#Charge invoked with request {"amount":{"currency_code":"USD","units":"123","nanos":450000000},"credit_card":{"credit_card_number":"4432-8015-6152-0454","credit_card_cvv":672,"credit_card_expiration_year":2030,"credit_card_expiration_month":1}}'),
        pino(-31, 'info', 'paymentservice-charge', 'Transaction processed: visa ending 0454     Amount: USD123.45'),
        ...Array.from({ length: 9 }, (_, i) => [
          pino(-22 + i * 2.3 + 0.01, 'info', 'paymentservice-server', `PaymentService#Charge invoked with request {"amount":{"currency_code":"USD","units":"${[41, 189, 76][i % 3]}","nanos":${[990000000, 500000000, 0][i % 3]}},"credit_card":{"credit_card_number":"4432-8015-6152-0454","credit_card_cvv":672,"credit_card_expiration_year":30,"credit_card_expiration_month":1}}`),
          pino(-22 + i * 2.3 + 0.01, 'warn', 'paymentservice-server', 'Your credit card (ending 0454) expired on 1/30'),
        ]).flat(),
      ],
      'frontend#0/server': frontLines(0),
      'frontend#1/server': frontLines(1),
      'adservice#0/server': [
        `${T.java(-60 * 24 * 3 - 39.5).replace(' ', ' ')} - INFO [main] hipstershop.AdService - AdService starting.`,
        `${T.java(-60 * 24 * 3 - 39.4)} - INFO [main] hipstershop.AdService - Ad Service started, listening on 9555`,
        ...Array.from({ length: 6 }, (_, i) => `${T.java(-30 + i * 5)} - INFO [grpc-default-executor-${i % 3}] hipstershop.AdService - received ad request (context_words=[${['kitchen', 'accessories', 'clothing'][i % 3]}])`),
      ],
      'adservice#0/server/previous': [
        `${T.java(-60 * 24 * 9)} - INFO [main] hipstershop.AdService - AdService starting.`,
        `${T.java(-60 * 24 * 3 - 41)} - INFO [grpc-default-executor-1] hipstershop.AdService - received ad request (context_words=[clothing])`,
      ],
    },
  },
];
for (const s of scenarios) for (const k of Object.keys(s.logs)) if (s.logs[k] === undefined) delete s.logs[k];
