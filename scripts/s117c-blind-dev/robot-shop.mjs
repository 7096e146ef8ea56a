// Batch s117c (blind dev): one Stan's Robot Shop scenario on the kit system definition.
// A catalogue release bumping node-fetch to the ESM-only v3 crashes at require(); the old pod keeps serving.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };
const INC = '2026-04-24T11:20:00Z';
const T = clock(INC);
const crash = [
  'node:internal/modules/cjs/loader:1080',
  '  throw err;',
  '',
  "Error [ERR_REQUIRE_ESM]: require() of ES Module /opt/server/node_modules/node-fetch/src/index.js from /opt/server/server.js not supported.",
  'Instead change the require of index.js in /opt/server/server.js to a dynamic import() which is available in all CommonJS modules.',
  '    at Object.<anonymous> (/opt/server/server.js:9:15) {',
  "  code: 'ERR_REQUIRE_ESM'",
  '}',
  '',
  'Node.js v18.20.4',
];
const oldLogs = [];
for (let m = -30; m < -0.3; m += 3) oldLogs.push(pino(T, m, 'info', '%POD%', 'request completed', `"req":{"id":${800 + Math.round(-m)},"method":"GET","url":"/products","headers":{"host":"catalogue:8080"}},"res":{"statusCode":200},"responseTime":${4 + Math.round(-m) % 5},`));
export const scenarios = [withDefaults({
  folder: 's117c-catalogue-node-fetch-esm',
  incidentTime: INC,
  description: 'robot shop catalogue deploy hanging in the pipeline for 20 min, rollout status never finishes. shop itself seems ok',
  expected: { component: 'catalogue', cause: 'bad-deploy-rollout' },
  alsoAcceptable: [{ component: 'catalogue', cause: 'crash-loop' }],
  difficulty: 'medium',
  traits: ['rollout-regression', 'time-expression', 'partial-name'],
  workloads: {
    catalogue: {
      rollout: { at: -21, revision: 7, oldReplicas: 1, oldContainers: { catalogue: { image: 'robotshop/rs-catalogue:2.1.0' } } },
      containers: { catalogue: { image: 'robotshop/rs-catalogue:2.1.1' } },
      pods: [{ containers: { catalogue: cs.crashLoop({ restarts: 8, startedAt: T.iso(-1.6), finishedAt: T.iso(-1.5), container: 'catalogue' }) } }],
      progressing: (rs) => ({ type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-21), lastTransitionTime: T.iso(-21), reason: 'ReplicaSetUpdated', message: `ReplicaSet "${rs}" is progressing.` }),
      unavailableSince: -21,
    },
  },
  events: [
    { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -21 },
    { on: 'pod:catalogue#0', reason: 'Pulled', message: 'Container image "robotshop/rs-catalogue:2.1.1" already present on machine', first: -20, last: -1.6, count: 9 },
    { on: 'pod:catalogue#0', reason: 'BackOff', message: 'Back-off restarting failed container catalogue in pod %POD%_robot-shop(%PODUID%)', type: 'Warning', first: -19.8, last: -0.8, count: 88 },
  ],
  logs: { 'catalogue#0/catalogue/previous': crash, 'catalogue#0/catalogue': crash, 'catalogue#old0/catalogue': oldLogs },
  grounding: `Upstream (instana/robot-shop 55292e2) runs rs-catalogue:2.1.0, a CommonJS Node.js service (server.js). Fault follows the
  widely reported node-fetch v3 break (ESM only; require() throws ERR_REQUIRE_ESM): an in-house 2.1.1 image bumped the dependency.
  Every start exits 1 at require, CrashLoopBackOff; with one replica and maxUnavailable 25% (rounds to 0) the old 2.1.0 pod keeps
  serving, so the shop works and only the rollout hangs (Progressing ReplicaSetUpdated). Deviation: image tag 2.1.1 in revision 7.`,
})];
