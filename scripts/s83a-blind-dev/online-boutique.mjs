// Blind dev batch s83a, Online Boutique: one scenario (paymentservice release that stays Ready but rejects every card).
// System from scripts/s2-scenarios/online-boutique.mjs (GoogleCloudPlatform/microservices-demo v0.10.6 manifests).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };
const T = clock('2026-05-12T10:58:00Z');
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const front = (min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? 'c3f1a9d2-77b0-4e1a-9c55-0d2e8b41f6a7', 'http.req.method': extra.method ?? 'POST', 'http.req.path': extra.path ?? '/cart/checkout', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? 'e0b7a2c4-1f39-4d8e-a6b2-93c5d0f7e118', severity, timestamp: T.isoMs(min) });
const pino = (min, level, msg) => JSON.stringify({ severity: level, time: Date.parse(T.isoMs(min)), pid: 1, hostname: '%POD%', name: 'paymentservice-server', message: msg });
const co = (min, sev, msg) => JSON.stringify({ message: msg, severity: sev, timestamp: T.isoMs(min) });
const ERR = 'failed to charge card: could not charge the card: rpc error: code = Unknown desc = Credit card info is invalid';

export const scenarios = [
  {
    folder: 's83a-paymentservice-release-rejects-cards',
    incidentTime: '2026-05-12T10:58:00Z',
    description: 'checkout failing for everyone since ~10:40, "could not charge the card". browsing + cart still work, payments team says nothing changed on their side',
    expected: { component: 'paymentservice', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'paymentservice', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      paymentservice (Node.js, @grpc/grpc-js, pino) validates the card in charge.js with simple-card-validator and throws
      CreditCardError "Credit card info is invalid" when the validator reports the number invalid; its gRPC health check
      does not exercise charge, so the pods stay Ready. The fault follows the shape of a dependency bump in a rebuilt
      image (upstream issues about simple-card-validator/Luhn behaviour): release v0.10.7-rc2 rolled at 10:38 and every
      Charge since returns Unknown "Credit card info is invalid", which checkoutservice wraps as "failed to charge card"
      and the frontend shows as HTTP 500. Deviation from upstream: the image tag v0.10.7-rc2 is invented for the release.
      Decoys: recommendationservice was OOMKilled three days ago (one old restart); frontend logs a routine 404.`,
    workloads: {
      paymentservice: {
        rollout: { at: -20, oldContainers: { server: { image: `${REG}/paymentservice:v0.10.6` } } },
        containers: { server: { image: `${REG}/paymentservice:v0.10.7-rc2` } },
      },
      recommendationservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:paymentservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set paymentservice-%NEW% to 1', source: 'deployment-controller', first: -20, last: -20 },
      { on: 'deploy:paymentservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set paymentservice-%OLD% to 0 from 1', source: 'deployment-controller', first: -19, last: -19 },
      { on: 'pod:paymentservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -20, last: -20 },
      { on: 'pod:paymentservice#0', reason: 'Pulling', message: `Pulling image "${REG}/paymentservice:v0.10.7-rc2"`, fieldPath: 'spec.containers{server}', first: -19.9, last: -19.9 },
      { on: 'pod:paymentservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/paymentservice:v0.10.7-rc2" in 3.412s (3.412s including waiting). Image size: 41327918 bytes.`, fieldPath: 'spec.containers{server}', first: -19.8, last: -19.8 },
      { on: 'pod:paymentservice#0', reason: 'Created', message: 'Created container server', fieldPath: 'spec.containers{server}', first: -19.8, last: -19.8 },
      { on: 'pod:paymentservice#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -19.7, last: -19.7 },
    ],
    logs: {
      'paymentservice#0/server': [
        pino(-19.6, 'info', 'Starting gRPC server on port 50051...'),
        pino(-19.5, 'info', 'PaymentService gRPC server started on port 50051'),
        pino(-17.2, 'info', 'PaymentService#Charge invoked with request {"amount":{"currency_code":"USD","units":"62","nanos":990000000},"credit_card":{"credit_card_number":"4432-8015-6152-0454","credit_card_cvv":672,"credit_card_expiration_year":2027,"credit_card_expiration_month":1}}'),
        pino(-17.2, 'warn', 'Credit card info is invalid'),
        pino(-9.4, 'info', 'PaymentService#Charge invoked with request {"amount":{"currency_code":"EUR","units":"19","nanos":990000000},"credit_card":{"credit_card_number":"5105-1051-0510-5100","credit_card_cvv":318,"credit_card_expiration_year":2028,"credit_card_expiration_month":6}}'),
        pino(-9.4, 'warn', 'Credit card info is invalid'),
        pino(-2.1, 'info', 'PaymentService#Charge invoked with request {"amount":{"currency_code":"USD","units":"128","nanos":450000000},"credit_card":{"credit_card_number":"4432-8015-6152-0454","credit_card_cvv":672,"credit_card_expiration_year":2027,"credit_card_expiration_month":1}}'),
        pino(-2.1, 'warn', 'Credit card info is invalid'),
      ],
      'checkoutservice#0/server': [
        co(-40, 'info', '[PlaceOrder] user_id="4f1e0b7c-2a5d-4c39-8e11-6b0d9f2a7c54" user_currency="USD"'),
        co(-40, 'info', 'payment went through (transaction_id: 2e9b5d1c-8a47-4f03-b6e2-71c0a9f3d58e)'),
        co(-40, 'info', 'order confirmation email sent to "someone@example.com"'),
        co(-17.2, 'info', '[PlaceOrder] user_id="a8c2e6f0-3b71-4d95-9e2a-05f7c1b8d463" user_currency="USD"'),
        co(-17.2, 'warning', ERR),
        co(-9.4, 'info', '[PlaceOrder] user_id="71d0f3b9-c25e-48a6-b0e7-9a4c2f61d8e5" user_currency="EUR"'),
        co(-9.4, 'warning', ERR),
        co(-2.1, 'info', '[PlaceOrder] user_id="4f1e0b7c-2a5d-4c39-8e11-6b0d9f2a7c54" user_currency="USD"'),
        co(-2.1, 'warning', ERR),
      ],
      'frontend#0/server': [
        front(-30, 'debug', 'request started', { method: 'GET', path: '/product/OLJCESPC7Z' }),
        front(-30, 'debug', 'request complete', { method: 'GET', path: '/product/OLJCESPC7Z' }),
        front(-25, 'error', 'request error', { method: 'GET', path: '/favicon.ico', error: 'page not found' }),
        front(-17.2, 'debug', 'request started'),
        front(-17.2, 'error', 'request error', { error: `failed to complete the order: rpc error: code = Internal desc = ${ERR}` }),
        front(-2.1, 'debug', 'request started', { id: '0a6e4c2b-95f1-4d7e-8b3a-c12f7d09e6a4' }),
        front(-2.1, 'error', 'request error', { id: '0a6e4c2b-95f1-4d7e-8b3a-c12f7d09e6a4', error: `failed to complete the order: rpc error: code = Internal desc = ${ERR}` }),
      ],
      'frontend#1/server': [
        front(-9.4, 'debug', 'request started', { id: '5d2b8f10-6e4a-4c93-a7f1-3b0e9c82d4f6' }),
        front(-9.4, 'error', 'request error', { id: '5d2b8f10-6e4a-4c93-a7f1-3b0e9c82d4f6', error: `failed to complete the order: rpc error: code = Internal desc = ${ERR}` }),
        front(-4, 'debug', 'request complete', { method: 'GET', path: '/cart' }),
      ],
    },
  },
];
