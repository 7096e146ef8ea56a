// Blind held-out batch s92b: one Sock Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the system part of scripts/s2-scenarios/sock-shop.mjs; grounding notes in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const T = clock('2026-07-08T16:44:00Z');
const NEW = '381492049355.dkr.ecr.eu-west-1.amazonaws.com/sock-shop/front-end:0.3.13-7f2c1d9';
const crash = [
  'internal/modules/cjs/loader.js:638',
  '    throw err;',
  '    ^',
  '',
  "Error: Cannot find module 'connect-redis'",
  '    at Function.Module._resolveFilename (internal/modules/cjs/loader.js:636:15)',
  '    at Function.Module._load (internal/modules/cjs/loader.js:562:25)',
  '    at Module.require (internal/modules/cjs/loader.js:692:17)',
  '    at require (internal/modules/cjs/helpers.js:25:18)',
  '    at Object.<anonymous> (/usr/src/app/server.js:8:24)',
  '    at Module._compile (internal/modules/cjs/loader.js:778:30)',
  '    at Object.Module._extensions..js (internal/modules/cjs/loader.js:789:10)',
  '    at Module.load (internal/modules/cjs/loader.js:653:32)',
  '    at tryModuleLoad (internal/modules/cjs/loader.js:593:12)',
  '    at Function.Module._load (internal/modules/cjs/loader.js:585:3)',
  'npm ERR! code ELIFECYCLE',
  'npm ERR! errno 1',
  'npm ERR! microservices-demo-front-end@0.0.1 start: `node server.js`',
  'npm ERR! Exit status 1',
];

export const scenarios = [
  {
    folder: 's92b-socks-fe-deploy',
    incidentTime: '2026-07-08T16:44:00Z',
    description: 'frontend deploy 0.3.13 hangs, pipeline timed out on rollout status after 10 min. shop still up as far as i can tell',
    expected: { component: 'front-end', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'front-end', cause: 'crash-loop' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'pods-ready', 'partial-name'],
    workloads: {
      'front-end': {
        replicas: 2, rsReplicas: 1,
        containers: { 'front-end': { image: NEW } },
        rollout: { at: -14, revision: 6, oldReplicas: 2, oldContainers: { 'front-end': { image: 'weaveworksdemos/front-end:0.3.12' } } },
        pods: [{ containers: { 'front-end': cs.crashLoop({ restarts: 7, exitCode: 1, startedAt: T.iso(-2.4), finishedAt: T.iso(-2.3), container: 'front-end' }) } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-4), lastTransitionTime: T.iso(-4), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 1', first: -14 },
      { on: 'rs:front-end', reason: 'SuccessfulCreate', message: 'Created pod: front-end-%RS%', first: -14 },
      { on: 'pod:front-end#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: -14 },
      { on: 'pod:front-end#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, first: -13.9, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#0', reason: 'Pulled', message: `Successfully pulled image "${NEW}" in 6.412s (6.412s including waiting). Image size: 41873215 bytes.`, first: -13.8, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#0', reason: 'Pulled', message: `Container image "${NEW}" already present on machine`, first: -13.5, last: -2.4, count: 7, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#0', reason: 'Created', message: 'Created container front-end', first: -13.8, last: -2.4, count: 8, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#0', reason: 'Started', message: 'Started container front-end', first: -13.8, last: -2.4, count: 8, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container front-end in pod %POD%(%PODUID%)', first: -13.6, last: -0.5, count: 58, fieldPath: 'spec.containers{front-end}' },
    ],
    logs: {
      'front-end#0/front-end': crash,
      'front-end#0/front-end/previous': crash,
      'front-end#old0/front-end': ['App now running in production mode on port 8079', 'Using redis for session store'],
      'front-end#old1/front-end': ['App now running in production mode on port 8079', 'Using redis for session store'],
    },
    grounding: `
      Upstream deploy/kubernetes/complete-demo.yaml: front-end (Node.js, weaveworksdemos/front-end:0.3.12, 2 replicas here,
      SESSION_REDIS=true so server.js loads the redis session store). Deviation: the team builds its own front-end image into
      ECR; release 0.3.13 moved a runtime dependency to devDependencies and the Dockerfile's "npm install --production" left it
      out, so node exits at start with "Cannot find module" (exit 1) and the kubelet backs off. The Deployment (maxSurge 25%,
      maxUnavailable 25%, progressDeadlineSeconds 600) keeps both old pods, so the shop stays up while the rollout reports
      ProgressDeadlineExceeded. The old and new ReplicaSets differ only in the image.
    `,
  },
];
