// Blind dev batch s99c: Online Boutique scenario spec (currencyservice rebuilt on Node 20 with a legacy grpc native addon).
// System part imported from scripts/s2-scenarios/online-boutique.mjs (release/kubernetes-manifests.yaml at 34ffea9); built by scripts/s99c-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;
const I = '2026-08-18T15:34:00Z';
const T = clock(I);
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const NEWIMG = 'europe-docker.pkg.dev/acme-shop/boutique/currencyservice:2026.08.18-1';
const OLDIMG = 'europe-docker.pkg.dev/acme-shop/boutique/currencyservice:2026.07.30-2';
const crash = [
  '/usr/src/app/node_modules/grpc/src/grpc_extension.js:53',
  '      throw error;',
  '      ^',
  '',
  'Error: Failed to load gRPC binary module because it was not installed for the current system',
  'Expected directory: node-v115-linux-x64-musl',
  'Found: [node-v83-linux-x64-musl]',
  'This problem can often be fixed by running "npm rebuild" on the current system',
  "Original error: Cannot find module '/usr/src/app/node_modules/grpc/src/node/extension_binary/node-v115-linux-x64-musl/grpc_node.node'",
  'Require stack:',
  '- /usr/src/app/node_modules/grpc/src/grpc_extension.js',
  '- /usr/src/app/node_modules/grpc/src/client_interceptors.js',
  '- /usr/src/app/node_modules/grpc/src/client.js',
  '- /usr/src/app/node_modules/grpc/index.js',
  '- /usr/src/app/server.js',
  '    at Object.<anonymous> (/usr/src/app/node_modules/grpc/src/grpc_extension.js:53:13)',
  '    at Module._compile (node:internal/modules/cjs/loader:1364:14)',
  '    at Module._extensions..js (node:internal/modules/cjs/loader:1422:10)',
  '    at Module.load (node:internal/modules/cjs/loader:1203:32)',
  '',
  'Node.js v20.17.0',
];
const pl = (min, msg) => JSON.stringify({ severity: 'info', time: Date.parse(T.isoMs(min)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message: msg });
const oldLog = [];
for (let m = -30; m < 0; m += 1.3) { oldLog.push(pl(m, 'Getting supported currencies...')); oldLog.push(pl(m + 0.1, 'conversion request successful')); }
const fe = (min, msg, path, st) => JSON.stringify({ 'http.req.id': `5e${Math.abs(Math.round(min * 100)).toString(16)}a1c2-7d4b-4e1f-9a3c-0b8d2f6e4a17`, 'http.req.method': 'GET', 'http.req.path': path, 'http.resp.bytes': 10733, 'http.resp.status': st, 'http.resp.took_ms': 38, message: msg, session: '2c7e91f4-58a3-4d0b-9e16-f3a08b6c5d21', severity: 'debug', timestamp: T.isoMs(min) });
const front = [];
for (let m = -20; m < 0; m += 1.9) front.push(fe(m, 'request complete', '/', 200), fe(m + 0.3, 'request complete', '/product/OLJCESPC7Z', 200));
export const scenarios = [
  {
    folder: 's99c-currency-grpc-native-abi',
    incidentTime: I,
    description: 'currencysvc deploy from 15:05 still not done, argo says degraded / progress deadline exceeded. is checkout affected?',
    expected: { component: 'currencyservice', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'currencyservice', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'partial-name', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (release/kubernetes-manifests.yaml at 34ffea9): currencyservice is one Node.js replica on 7000 with gRPC
      readiness/liveness probes; the Deployment's default RollingUpdate (25% surge / 25% unavailable) keeps the old pod while the new
      one is not Ready. Fault: this shop runs an in-house fork of currencyservice that still uses the deprecated native \`grpc\`
      package (as upstream did before moving to @grpc/grpc-js). The 15:05 release bumped the runtime stage to node:20-alpine but
      copied node_modules from a builder stage still on Node 14, so the prebuilt addon is for ABI v83 and Node 20 (ABI v115) cannot
      load it - the "Failed to load gRPC binary module because it was not installed for the current system" error of grpc/grpc-node
      issues. The new pod crash-loops, the Deployment reports ProgressDeadlineExceeded, the old pod still serves, so checkout works
      (frontend requests are 200). Decoy: recommendationservice OOMKilled three days ago. Deviations: the image names and registry of
      the fork; upstream images use @grpc/grpc-js.`,
    workloads: {
      currencyservice: {
        containers: { server: { image: NEWIMG } },
        rollout: { at: -29, oldContainers: { server: { image: OLDIMG } }, oldReplicas: 1 },
        pods: [{ containers: { server: cs.crashLoop({ restarts: 9, exitCode: 1, startedAt: T.iso(-2.1), finishedAt: T.iso(-2.0), container: 'server' }) } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-19), lastTransitionTime: T.iso(-19), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
      recommendationservice: { pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) } }] },
    },
    events: [
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set currencyservice-%NEW% to 1', first: -29 },
      { on: 'pod:currencyservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -29 },
      { on: 'pod:currencyservice#0', reason: 'Pulling', message: `Pulling image "${NEWIMG}"`, first: -28.9, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', reason: 'Pulled', message: `Successfully pulled image "${NEWIMG}" in 4.212s (4.212s including waiting). Image size: 61830452 bytes.`, first: -28.8, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', reason: 'Pulled', message: `Container image "${NEWIMG}" already present on machine`, first: -28.5, last: -2.2, count: 9, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', reason: 'Created', message: 'Created container server', first: -28.8, last: -2.2, count: 10, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', reason: 'Started', message: 'Started container server', first: -28.8, last: -2.1, count: 10, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', type: 'Warning', first: -28.3, last: -0.3, count: 118, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'currencyservice#0/server': crash,
      'currencyservice#0/server/previous': crash,
      'currencyservice#old0/server': oldLog,
      'frontend#0/server': front,
    },
  },
];
