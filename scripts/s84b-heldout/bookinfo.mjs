// Blind held-out batch s84b: the Bookinfo scenario of this batch (spec for scripts/s2-scenario-kit.mjs).
// System: scripts/kit-systems/bookinfo.mjs through bookinfoScenario (upstream Service selectors); only what differs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system } from '../kit-systems/bookinfo.mjs';

const T = clock('2026-03-26T09:52:00Z');
const NEW = '386017442915.dkr.ecr.us-east-2.amazonaws.com/bookinfo/ratings-v1:1.20.1-node20-r2';
const OLD = 'docker.io/istio/examples-bookinfo-ratings-v1:1.20.1';
const crash = [
  'node:internal/modules/cjs/loader:1228',
  '  throw err;',
  '  ^',
  '',
  "Error: Cannot find module 'httpdispatcher'",
  'Require stack:',
  '- /opt/microservices/ratings.js',
  '    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)',
  '    at Module._load (node:internal/modules/cjs/loader:1051:27)',
  '    at Module.require (node:internal/modules/cjs/loader:1311:19)',
  '    at require (node:internal/modules/helpers:179:18)',
  '    at Object.<anonymous> (/opt/microservices/ratings.js:17:18)',
  '    at Module._compile (node:internal/modules/cjs/loader:1469:14)',
  '    at Module._extensions..js (node:internal/modules/cjs/loader:1548:10)',
  '    at Module.load (node:internal/modules/cjs/loader:1288:32)',
  '    at Module._load (node:internal/modules/cjs/loader:1104:12)',
  '    at TracingChannel.traceSync (node:diagnostics_channel:315:14) {',
  "  code: 'MODULE_NOT_FOUND',",
  "  requireStack: [ '/opt/microservices/ratings.js' ]",
  '}',
  '',
  'Node.js v20.18.1',
];

export const scenarios = [
  bookinfoScenario({
    folder: 's84b-ratings-deploy-hung',
    incidentTime: '2026-03-26T09:52:00Z',
    description: 'community team: ratings v1 deploy has been hanging in the pipeline for ~25 min, stars still show on the product page',
    expected: { component: 'ratings', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'ratings', cause: 'crash-loop' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'team-name', 'time-expression'],
    grounding: `
      Manifest facts (istio/istio samples/bookinfo/platform/kube/bookinfo.yaml): ratings-v1 is one replica of a
      Node.js app (/opt/microservices/ratings.js requires httpdispatcher), behind the ratings Service that selects
      app: ratings; with maxSurge 25% / maxUnavailable 25% of one replica the old pod keeps serving while the new one
      starts. Fault shape: a team rebuild of the ratings image on a newer Node base that skipped \`npm install\`
      (public "Cannot find module ... MODULE_NOT_FOUND" container crash reports); the new pod crash-loops with exit 1,
      the Deployment reports ProgressDeadlineExceeded, the old ReplicaSet keeps stars working. Deviations from
      upstream: the new image is the team's ECR rebuild; the old template is identical but for the image.`,
    workloads: {
      'ratings-v1': {
        containers: { ratings: { image: NEW } },
        rollout: { at: -26, oldContainers: { ratings: { image: OLD } }, oldReplicas: 1 },
        pods: [{ containers: { ratings: cs.crashLoop({ restarts: 9, exitCode: 1, startedAt: T.iso(-2.4), finishedAt: T.iso(-2.3), container: 'ratings' }) } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-15.8), lastTransitionTime: T.iso(-15.8), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-v1-%NEW% to 1', first: -26 },
      { on: 'pod:ratings-v1#0', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', source: 'default-scheduler', first: -25.9 },
      { on: 'pod:ratings-v1#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, first: -25.7, fieldPath: 'spec.containers{ratings}' },
      { on: 'pod:ratings-v1#0', reason: 'Pulled', message: `Successfully pulled image "${NEW}" in 4.212s (4.212s including waiting). Image size: 61734521 bytes.`, first: -25.6, fieldPath: 'spec.containers{ratings}' },
      { on: 'pod:ratings-v1#0', reason: 'Pulled', message: `Container image "${NEW}" already present on machine`, first: -25.2, last: -2.4, count: 9, fieldPath: 'spec.containers{ratings}' },
      { on: 'pod:ratings-v1#0', reason: 'Created', message: 'Created container: ratings', first: -25.6, last: -2.4, count: 10, fieldPath: 'spec.containers{ratings}' },
      { on: 'pod:ratings-v1#0', reason: 'Started', message: 'Started container ratings', first: -25.6, last: -2.4, count: 10, fieldPath: 'spec.containers{ratings}' },
      { on: 'pod:ratings-v1#0', reason: 'BackOff', message: 'Back-off restarting failed container ratings in pod %POD%_bookinfo(%PODUID%)', type: 'Warning', first: -25.1, last: -0.6, count: 112, fieldPath: 'spec.containers{ratings}' },
    ],
    logs: {
      'ratings-v1#0/ratings/previous': crash,
      'ratings-v1#0/ratings': crash,
      'ratings-v1#old0/ratings': [
        'Server listening on: http://0.0.0.0:9080',
        'GET /ratings/0',
        'GET /ratings/0',
        'GET /ratings/0',
      ],
      'reviews-v2#0/reviews': [
        '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 2.914 seconds.',
        '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.318 seconds.',
      ],
    },
  }),
];
