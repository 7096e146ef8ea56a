// Blind held-out batch s122a: one Online Boutique scenario on the system part of scripts/s2-scenarios/online-boutique.mjs.
// Written before any engine run; grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const T = clock('2026-05-13T15:20:00Z');
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const crashLast = (s, f) => ({ exitCode: 1, reason: 'Error', startedAt: T.iso(s), finishedAt: T.iso(f) });
const nodeCrash = [
  'node:internal/modules/cjs/loader:1228',
  '  throw err;',
  '  ^',
  '',
  "Error: Cannot find module '@grpc/proto-loader'",
  'Require stack:',
  '- /usr/src/app/server.js',
  '- /usr/src/app/index.js',
  '    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)',
  '    at Module._load (node:internal/modules/cjs/loader:1051:27)',
  '    at Module.require (node:internal/modules/cjs/loader:1311:19)',
  '    at require (node:internal/modules/helpers:179:18)',
  '    at Object.<anonymous> (/usr/src/app/server.js:19:21)',
  '    at Module._compile (node:internal/modules/cjs/loader:1469:14)',
  '    at Module._extensions..js (node:internal/modules/cjs/loader:1548:10)',
  '    at Module.load (node:internal/modules/cjs/loader:1288:32)',
  '    at Module._load (node:internal/modules/cjs/loader:1104:12)',
  '    at Module.require (node:internal/modules/cjs/loader:1311:19) {',
  "  code: 'MODULE_NOT_FOUND',",
  "  requireStack: [ '/usr/src/app/server.js', '/usr/src/app/index.js' ]",
  '}',
  '',
  'Node.js v20.18.0',
];
const pino = (min, msg) => JSON.stringify({ severity: 'info', time: Date.parse(T.isoMs(min)), pid: 1, hostname: '%POD%', name: 'paymentservice-charge', message: msg });

export const scenarios = [
  {
    folder: 's122a-payment-release-missing-module',
    incidentTime: '2026-05-13T15:20:00Z',
    description: 'payments team: our deploy of paymentsvc v0.10.7 timed out in CD (progress deadline) ~15:05, checkout still works? pls check',
    expected: { component: 'paymentservice', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'paymentservice', cause: 'crash-loop' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'team-name', 'partial-name', 'time-expression'],
    workloads: {
      paymentservice: {
        rollout: { at: -26, revision: 6, oldReplicas: 1, oldContainers: { server: { image: `${REG}/paymentservice:v0.10.6` } } },
        containers: { server: { image: `${REG}/paymentservice:v0.10.7` } },
        pods: [{
          node: 'gke-boutique-prod-default-pool-9b31d0a7-wz5c',
          containers: { server: cs.crashLoop({ restarts: 9, startedAt: T.iso(-2.2), finishedAt: T.iso(-2.1), container: 'server' }) },
        }],
      },
    },
    events: [
      { on: 'deploy:paymentservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set paymentservice-%NEW% to 1', first: -26, last: -26 },
      { on: 'pod:paymentservice#0', reason: 'Pulled', message: `Container image "${REG}/paymentservice:v0.10.7" already present on machine`, first: -25, last: -2.3, count: 10, fieldPath: 'spec.containers{server}' },
      { on: 'pod:paymentservice#0', reason: 'Created', message: 'Created container server', first: -25, last: -2.3, count: 10, fieldPath: 'spec.containers{server}' },
      { on: 'pod:paymentservice#0', reason: 'Started', message: 'Started container server', first: -25, last: -2.2, count: 10, fieldPath: 'spec.containers{server}' },
      { on: 'pod:paymentservice#0', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%(%PODUID%)', type: 'Warning', first: -24, last: -0.4, count: 112, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'paymentservice#0/server': nodeCrash,
      'paymentservice#0/server/previous': nodeCrash,
      'paymentservice#old0/server': [
        pino(-12, 'PaymentService#Charge invoked with request {"amount":{"currency_code":"USD","units":"62","nanos":990000000},"credit_card":{"credit_card_number":"4432-8015-6152-0454","credit_card_cvv":672,"credit_card_expiration_year":2030,"credit_card_expiration_month":1}}'),
        pino(-12, 'Transaction processed: visa ending 0454     Amount: USD62.990000000'),
        pino(-3, 'PaymentService#Charge invoked with request {"amount":{"currency_code":"EUR","units":"18","nanos":490000000},"credit_card":{"credit_card_number":"4432-8015-6152-0454","credit_card_cvv":672,"credit_card_expiration_year":2030,"credit_card_expiration_month":1}}'),
        pino(-3, 'Transaction processed: visa ending 0454     Amount: EUR18.490000000'),
      ],
      'checkoutservice#0/server': [
        JSON.stringify({ message: '[PlaceOrder] user_id="4e2f8a10-6c3b-4f1e-9d2a-7b5c0e8f1a34" user_currency="USD"', severity: 'info', timestamp: T.isoMs(-12.1) }),
        JSON.stringify({ message: 'payment went through (transaction_id: 8c1d2e47-5a9b-4f60-b3e1-2d7c9a0f6b58)', severity: 'info', timestamp: T.isoMs(-12) }),
        JSON.stringify({ message: 'order confirmation email sent to "someone@example.com"', severity: 'info', timestamp: T.isoMs(-11.9) }),
      ],
    },
    grounding: `
      Online Boutique release manifest (34ffea9, v0.10.6) as the kit system. paymentservice is Node.js (server.js
      requires @grpc/grpc-js and @grpc/proto-loader). Deviation: a v0.10.7 image built by the team whose production
      dependency install dropped @grpc/proto-loader, so node exits with MODULE_NOT_FOUND (exit 1) at start and the new
      ReplicaSet's pod crash-loops. With one replica and maxUnavailable 25% (rounds down to 0) the old v0.10.6 pod keeps
      serving, so checkout still works: the fault is the stuck rollout. Old and new ReplicaSet templates differ only in
      the image tag.
    `,
  },
];
