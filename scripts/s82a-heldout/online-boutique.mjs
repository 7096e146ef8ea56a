// Blind held-out batch s82a: one Online Boutique scenario (split test), written as a spec for scripts/s2-scenario-kit.mjs
// on the session-2 system definition (scripts/s2-scenarios/online-boutique.mjs); built by scripts/s82a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const NEW_IMAGE = 'us-central1-docker.pkg.dev/boutique-prod-4821/apps/currencyservice:v0.10.6-deps.2';
const I1 = '2026-04-21T14:37:00Z';
const T = clock(I1);
const currencyLog = (min, message, host = '%POD%') =>
  JSON.stringify({ severity: 'info', time: Date.parse(T.isoMs(min)), pid: 1, hostname: host, name: 'currencyservice-server', message });
const front = (min, severity, message, path, id, extra = {}) =>
  JSON.stringify({ 'http.req.id': id, 'http.req.method': 'GET', 'http.req.path': path, message, session: '3c1f7e2a-9b04-4d6e-8a51-0f2d6c9e4b17', severity, timestamp: T.isoMs(min), ...extra });
const crash = [
  'Profiler disabled.',
  'node:internal/modules/cjs/loader:1228',
  '  throw err;',
  '  ^',
  '',
  "Error: Cannot find module '@grpc/grpc-js'",
  'Require stack:',
  '- /usr/src/app/server.js',
  '    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)',
  '    at Module._load (node:internal/modules/cjs/loader:1051:27)',
  '    at Module.require (node:internal/modules/cjs/loader:1311:19)',
  '    at require (node:internal/modules/helpers:179:18)',
  '    at Object.<anonymous> (/usr/src/app/server.js:50:14)',
  '    at Module._compile (node:internal/modules/cjs/loader:1469:14)',
  '    at Module._extensions..js (node:internal/modules/cjs/loader:1548:10)',
  '    at Module.load (node:internal/modules/cjs/loader:1288:32)',
  '    at Module._load (node:internal/modules/cjs/loader:1104:12)',
  '    at TracingChannel.traceSync (node:diagnostics_channel:315:14) {',
  "  code: 'MODULE_NOT_FOUND',",
  "  requireStack: [ '/usr/src/app/server.js' ]",
  '}',
  '',
  'Node.js v20.18.0',
];

export const scenarios = [
  {
    folder: 's82a-currency-release-stuck',
    incidentTime: I1,
    description: 'currncy svc deploy hung since ~14:10, pipeline timed out waiting for rollout. shop looks ok?? checkout team',
    expected: { component: 'currencyservice', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'currencyservice', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'typo', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts: currencyservice is a single-replica Deployment (release/kubernetes-manifests.yaml at 34ffea9) with the
      default RollingUpdate 25%/25%, so with one replica maxUnavailable rounds down to 0 and maxSurge up to 1: the old
      ReplicaSet keeps its Ready pod while the new one fails, and after progressDeadlineSeconds (600) the Deployment reports
      Progressing=False/ProgressDeadlineExceeded. The shop keeps working through the old pod.
      Fault: a dependency-refresh rebuild of the Node.js service (pushed to the team's own registry as v0.10.6-deps.2) whose
      package.json moved a runtime dependency to devDependencies; the Dockerfile's production install drops it and the
      process exits 1 at require time with Node's MODULE_NOT_FOUND trace (the well-known "works locally, fails in the
      --omit=dev image" bug). The only template change between the two ReplicaSets is the image.
      Decoy: one cartservice pod was OOMKilled three days ago and has run since.
      Deviations from upstream: the rebuilt image and registry are invented; the line numbers of the stack trace are
      illustrative; the old ReplicaSet keeps the upstream image.`,
    workloads: {
      currencyservice: {
        containers: { server: { image: NEW_IMAGE } },
        rollout: { at: -27, oldReplicas: 1, oldContainers: { server: { image: `${REG}/currencyservice:v0.10.6` } } },
        pods: [
          {
            containers: {
              server: cs.crashLoop({ restarts: 9, exitCode: 1, startedAt: T.iso(-3.1), finishedAt: T.iso(-3.0), container: 'server' }),
            },
          },
        ],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-16.5), lastTransitionTime: T.iso(-16.5), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
        unavailableSince: -26.5,
      },
      cartservice: {
        pods: [
          { containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 7), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 7.2) } }) } },
          {},
        ],
      },
    },
    events: [
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set currencyservice-%NEW% to 1', first: -27 },
      { on: 'rs:currencyservice', reason: 'SuccessfulCreate', message: 'Created pod: currencyservice-%RS%', first: -27 },
      { on: 'pod:currencyservice#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -26.9 },
      { on: 'pod:currencyservice#0', reason: 'Pulling', fieldPath: 'spec.containers{server}', message: `Pulling image "${NEW_IMAGE}"`, first: -26.8 },
      { on: 'pod:currencyservice#0', reason: 'Pulled', fieldPath: 'spec.containers{server}', message: `Successfully pulled image "${NEW_IMAGE}" in 3.412s (3.412s including waiting). Image size: 48123457 bytes.`, first: -26.7 },
      { on: 'pod:currencyservice#0', reason: 'Pulled', fieldPath: 'spec.containers{server}', message: `Container image "${NEW_IMAGE}" already present on machine`, first: -26.2, last: -3.1, count: 9 },
      { on: 'pod:currencyservice#0', reason: 'Created', fieldPath: 'spec.containers{server}', message: 'Created container server', first: -26.7, last: -3.1, count: 10 },
      { on: 'pod:currencyservice#0', reason: 'Started', fieldPath: 'spec.containers{server}', message: 'Started container server', first: -26.7, last: -3.1, count: 10 },
      { on: 'pod:currencyservice#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{server}', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', first: -26.5, last: -0.4, count: 118 },
      { on: 'deploy:loadgenerator', reason: 'ScalingReplicaSet', message: 'Scaled up replica set loadgenerator-%NEW% to 1', first: -60 * 24 * 9 },
    ],
    logs: {
      'currencyservice#0/server': crash,
      'currencyservice#0/server/previous': crash,
      'currencyservice#old0/server': [
        currencyLog(-4.2, 'Getting supported currencies...'),
        currencyLog(-4.1, 'received conversion request'),
        currencyLog(-4.1, 'conversion request successful'),
        currencyLog(-2.6, 'received conversion request'),
        currencyLog(-2.6, 'conversion request successful'),
        currencyLog(-1.2, 'Getting supported currencies...'),
        currencyLog(-0.7, 'received conversion request'),
        currencyLog(-0.7, 'conversion request successful'),
      ],
      'frontend#0/server': [
        front(-3.4, 'debug', 'request started', '/', 'a41c7d0e-6f2b-4b91-9e35-1d8c2f7a0b64'),
        front(-3.4, 'debug', 'request complete', '/', 'a41c7d0e-6f2b-4b91-9e35-1d8c2f7a0b64', { 'http.resp.bytes': 10861, 'http.resp.status': 200, 'http.resp.took_ms': 41 }),
        front(-1.9, 'debug', 'request started', '/product/OLJCESPC7Z', 'c9e02b17-44d8-4d1e-b7a6-58f0e3a91c2d'),
        front(-1.9, 'debug', 'request complete', '/product/OLJCESPC7Z', 'c9e02b17-44d8-4d1e-b7a6-58f0e3a91c2d', { 'http.resp.bytes': 8214, 'http.resp.status': 200, 'http.resp.took_ms': 57 }),
        front(-0.8, 'debug', 'request started', '/cart', 'f03d6a58-2c71-4e0a-9b8d-7e4a1c5f2d90'),
        front(-0.8, 'debug', 'request complete', '/cart', 'f03d6a58-2c71-4e0a-9b8d-7e4a1c5f2d90', { 'http.resp.bytes': 9320, 'http.resp.status': 200, 'http.resp.took_ms': 33 }),
      ],
    },
  },
];
