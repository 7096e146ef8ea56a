// Blind held-out batch s108a: one Online Boutique scenario (split: test) for the scenario kit.
// System as the system part of scripts/s2-scenarios/online-boutique.mjs has it; grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const I = '2026-04-22T16:07:00Z';
const T = clock(I);
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const crash = [
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
  '    at Object.<anonymous> (/usr/src/app/server.js:18:21)',
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
const pj = (min, sev, msg) => JSON.stringify({ severity: sev, time: Date.parse(T.isoMs(min)), pid: 1, hostname: '%POD%', name: 'paymentservice-charge', message: msg });
const co = (min, msg) => JSON.stringify({ message: msg, severity: 'info', timestamp: T.isoMs(min) });

export const scenarios = [
  {
    folder: 's108a-payment-release-missing-module',
    incidentTime: I,
    description: 'paymentservice v0.10.7 deploy stuck, CD pipeline still waiting on rollout status for ~20 min. checkout itself seems ok??',
    expected: { component: 'paymentservice', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'paymentservice', cause: 'crash-loop' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'pods-ready', 'time-expression'],
    workloads: {
      paymentservice: {
        rollout: { at: -21, revision: 6, oldReplicas: 1, oldContainers: { server: { image: `${REG}/paymentservice:v0.10.6` } } },
        containers: { server: { image: `${REG}/paymentservice:v0.10.7` } },
        pods: [{ containers: { server: cs.crashLoop({ restarts: 8, startedAt: T.iso(-4.6), finishedAt: T.iso(-4.5), container: 'server' }) } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-11), lastTransitionTime: T.iso(-11), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:paymentservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set paymentservice-%NEW% to 1', first: -21 },
      { on: 'pod:paymentservice#0', reason: 'Pulled', message: `Container image "${REG}/paymentservice:v0.10.7" already present on machine`, first: -20.8, last: -4.7, count: 9, fieldPath: 'spec.containers{server}' },
      { on: 'pod:paymentservice#0', reason: 'Created', message: 'Created container server', first: -20.8, last: -4.7, count: 9, fieldPath: 'spec.containers{server}' },
      { on: 'pod:paymentservice#0', reason: 'Started', message: 'Started container server', first: -20.7, last: -4.6, count: 9, fieldPath: 'spec.containers{server}' },
      { on: 'pod:paymentservice#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', first: -19.5, last: -0.4, count: 88, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'paymentservice#0/server/previous': crash,
      'paymentservice#old0/server': [
        pj(-60 * 24 * 6, 'info', 'PaymentService#Charge invoked with request {"amount":{"currency_code":"USD","units":"61","nanos":990000000},"credit_card":{"credit_card_number":"4432-8015-6152-0454","credit_card_cvv":672,"credit_card_expiration_year":2039,"credit_card_expiration_month":1}}'),
        pj(-3.2, 'info', 'Transaction processed: visa ending 0454     Amount: USD61.990000000'),
      ],
      'checkoutservice#0/server': [
        co(-3.3, '[PlaceOrder] user_id="4e7b0f8e-5c1a-4d2e-9b6f-2a3c8d9e1f70" user_currency="USD"'),
        co(-3.2, 'payment went through (transaction_id: 8f1b2c6a-0d3e-4b57-a9c4-71e2f5d08b3c)'),
        co(-3.1, 'order confirmation email sent to "someone@example.com"'),
      ],
    },
    grounding: `
      Online Boutique release/kubernetes-manifests.yaml (34ffea9): paymentservice is one replica of the Node.js service,
      gRPC probes on 50051, default RollingUpdate (25%/25%, so the v0.10.6 pod stays while the new one is not Ready).
      Deviation: revision 6 changes only the image tag to v0.10.7, a build whose image lacks a production dependency; Node
      exits 1 with MODULE_NOT_FOUND at require time (the public node "Cannot find module" shape, as when a dependency is moved
      to devDependencies and npm install --omit=dev drops it). The Deployment reaches ProgressDeadlineExceeded (600s);
      checkout keeps working through the old pod.`,
  },
];
