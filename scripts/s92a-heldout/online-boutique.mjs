// Batch s92a held-out scenario for Online Boutique (split: test), written blind with the session-2 kit.
// System: the session-2 Online Boutique definition (GoogleCloudPlatform/microservices-demo at 34ffea9, v0.10.6).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const T = clock('2026-05-12T15:42:00Z');
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const nodeErr = (min) => [
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
  '    at Object.<anonymous> (/usr/src/app/server.js:17:21)',
  '    at Module._compile (node:internal/modules/cjs/loader:1469:14)',
  '    at Module._extensions..js (node:internal/modules/cjs/loader:1548:10)',
  '    at Module.load (node:internal/modules/cjs/loader:1288:32)',
  '    at Module._load (node:internal/modules/cjs/loader:1104:12)',
  '    at Module.require (node:internal/modules/cjs/loader:1311:19) {',
  "  code: 'MODULE_NOT_FOUND',",
  "  requireStack: [ '/usr/src/app/server.js', '/usr/src/app/index.js' ]",
  '}',
  '',
  'Node.js v20.17.0',
];
const pino = (min, level, msg, name = 'paymentservice-server') => `{"level":${level},"time":${Date.parse(T.isoMs(min))},"pid":1,"hostname":"%POD%","name":"${name}","msg":"${msg}"}`;

export const scenarios = [
  {
    folder: 's92a-payment-release-missing-module',
    incidentTime: '2026-05-12T15:42:00Z',
    description: 'payment svc deploy has been hanging in the pipeline for ~15 min (v0.10.7), rollout status never finishes. checkout still seems ok?',
    expected: { component: 'paymentservice', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'paymentservice', cause: 'crash-loop' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'partial-name', 'time-expression'],
    grounding: `
      Follows the common Node.js release failure where the image is built with a pruned or production-only
      node_modules that misses a runtime dependency: node exits 1 with "Error: Cannot find module" / MODULE_NOT_FOUND
      at require time (Node's own loader stack), the kubelet restarts it into CrashLoopBackOff. paymentservice runs 1
      replica with the default RollingUpdate 25%/25%, so maxUnavailable rounds to 0 and the old v0.10.6 pod keeps
      serving: checkout works while the Deployment reaches ProgressDeadlineExceeded (progressDeadlineSeconds 600).
      Manifest facts as upstream (image, PORT 50051, gRPC probes, resources, securityContext). Deviation: the
      v0.10.7 tag and its broken build are invented; the only template difference between the two ReplicaSets is the image tag.
      checkoutservice keeps charging through the old pod, so callers stay quiet.`,
    workloads: {
      paymentservice: {
        rollout: { at: -17, oldReplicas: 1, oldContainers: { server: { image: `${REG}/paymentservice:v0.10.6` } } },
        containers: { server: { image: `${REG}/paymentservice:v0.10.7` } },
        pods: [{ containers: { server: cs.crashLoop({ restarts: 7, exitCode: 1, startedAt: T.iso(-2.2), finishedAt: T.iso(-2.1), container: 'server' }) } }],
        unavailableSince: -17,
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-6.9), lastTransitionTime: T.iso(-6.9), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:paymentservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set paymentservice-%NEW% to 1', first: -17, last: -17 },
      { on: 'pod:paymentservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -17, last: -17 },
      { on: 'pod:paymentservice#0', reason: 'Pulling', message: `Pulling image "${REG}/paymentservice:v0.10.7"`, fieldPath: 'spec.containers{server}', first: -16.9, last: -16.9 },
      { on: 'pod:paymentservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/paymentservice:v0.10.7" in 3.412s (3.412s including waiting). Image size: 47318220 bytes.`, fieldPath: 'spec.containers{server}', first: -16.8, last: -16.8 },
      { on: 'pod:paymentservice#0', reason: 'Created', message: 'Created container server', fieldPath: 'spec.containers{server}', count: 8, first: -16.8, last: -2.2 },
      { on: 'pod:paymentservice#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', count: 8, first: -16.8, last: -2.2 },
      { on: 'pod:paymentservice#0', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{server}', count: 71, first: -16.5, last: -0.3 },
    ],
    logs: {
      'paymentservice#0/server': nodeErr(-2.2),
      'paymentservice#0/server/previous': nodeErr(-5.1),
      'paymentservice#old0/server': [
        pino(-16.2, 30, 'PaymentService#Charge invoked with request {\\"amount\\":{\\"currency_code\\":\\"USD\\",\\"units\\":\\"86\\",\\"nanos\\":990000000},\\"credit_card\\":{\\"credit_card_number\\":\\"4432-8015-6152-0454\\",\\"credit_card_cvv\\":672,\\"credit_card_expiration_year\\":2039,\\"credit_card_expiration_month\\":1}}'),
        pino(-16.2, 30, 'Transaction processed: visa ending 0454     Amount: USD86.990000000'),
        pino(-9.4, 30, 'PaymentService#Charge invoked with request {\\"amount\\":{\\"currency_code\\":\\"USD\\",\\"units\\":\\"31\\",\\"nanos\\":490000000},\\"credit_card\\":{\\"credit_card_number\\":\\"4432-8015-6152-0454\\",\\"credit_card_cvv\\":672,\\"credit_card_expiration_year\\":2039,\\"credit_card_expiration_month\\":1}}'),
        pino(-9.4, 30, 'Transaction processed: visa ending 0454     Amount: USD31.490000000'),
        pino(-1.8, 30, 'PaymentService#Charge invoked with request {\\"amount\\":{\\"currency_code\\":\\"USD\\",\\"units\\":\\"19\\",\\"nanos\\":990000000},\\"credit_card\\":{\\"credit_card_number\\":\\"4432-8015-6152-0454\\",\\"credit_card_cvv\\":672,\\"credit_card_expiration_year\\":2039,\\"credit_card_expiration_month\\":1}}'),
        pino(-1.8, 30, 'Transaction processed: visa ending 0454     Amount: USD19.990000000'),
      ],
      'checkoutservice#0/server': [
        `{"message":"[PlaceOrder] user_id=\\"8d1a7f2e-5b3c-4e9a-a0f6-2c7b1e9d3f54\\" user_currency=\\"USD\\"","severity":"info","timestamp":"${T.isoMs(-16.2)}"}`,
        `{"message":"payment went through (transaction_id: 3f1c9a0e-7b2d-4e58-9a61-d0c4b8e2f7a3)","severity":"info","timestamp":"${T.isoMs(-16.2)}"}`,
        `{"message":"order confirmation email sent to \\"someone@example.com\\"","severity":"info","timestamp":"${T.isoMs(-16.1)}"}`,
        `{"message":"[PlaceOrder] user_id=\\"c4e2b9a1-0f3d-4a7e-8b65-1d9f2c7e4a08\\" user_currency=\\"USD\\"","severity":"info","timestamp":"${T.isoMs(-1.8)}"}`,
        `{"message":"payment went through (transaction_id: 9a7e2c1f-4d8b-4f03-b6e9-5c2a1d7f0e84)","severity":"info","timestamp":"${T.isoMs(-1.8)}"}`,
        `{"message":"order confirmation email sent to \\"someone@example.com\\"","severity":"info","timestamp":"${T.isoMs(-1.7)}"}`,
      ],
    },
  },
];
