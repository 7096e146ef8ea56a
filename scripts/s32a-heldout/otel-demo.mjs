// Batch s32a held-out scenario for the OpenTelemetry demo (split: test), written blind; built by scripts/s32a-build.mjs with
// the kit and the kit system definition scripts/kit-systems/otel-demo.mjs.
import { createHash } from 'node:crypto';
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const FOLDER = 's32a-checkout-rollout-pending';
const T = clock('2026-07-08T14:37:00Z');
const REV = 9;
const checkoutBase = system.workloads.find((w) => w.name === 'checkout').containers[0];
const newRes = { limits: { memory: '32Mi' } };
const SELECTOR = { 'cloud.google.com/gke-nodepool': 'app-pool' };

// checkout (Go, log/slog JSON handler to stdout)
const slog = (min, lvl, msg, extra = '') => `{"time":"${T.isoMs(min).replace('Z', '')}${String(Math.abs(Math.round(min * 1e5)) % 1e6).padStart(6, '0')}Z","level":"${lvl}","msg":"${msg}"${extra}}`;
const checkoutLog = () => {
  const out = [slog(-60 * 24 * 6 + 0.2, 'INFO', 'service config', ',"config":{}'), slog(-60 * 24 * 6 + 0.2, 'INFO', 'starting to listen on tcp: \\"[::]:8080\\"')];
  for (let m = -40; m < -0.2; m += 2.3) {
    const id = createHash('md5').update(String(m)).digest('hex');
    out.push(slog(m, 'INFO', '[PlaceOrder]', `,"user_id":"${id.slice(0, 8)}-${id.slice(8, 12)}-4${id.slice(13, 16)}-8${id.slice(17, 20)}-${id.slice(20, 32)}","user_currency":"USD"`));
    out.push(slog(m + 0.01, 'INFO', 'payment went through', `,"transaction_id":"${id.slice(3, 11)}-${id.slice(11, 15)}-4${id.slice(16, 19)}-9${id.slice(20, 23)}-${id.slice(4, 16)}"`));
    out.push(slog(m + 0.02, 'INFO', 'order confirmation email sent', `,"email":"${['larry_sergei@example.com', 'someone@example.com', 'sherlock@example.com'][Math.round(m) & 1]}"`));
  }
  return out;
};

export const scenarios = [
  {
    folder: FOLDER,
    split: 'test',
    incidentTime: '2026-07-08T14:37:00Z',
    description: 'checkout deploy pipeline timed out, rollout hanging since 14:10 - astro shop prod',
    expected: { component: 'checkout', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'checkout', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'time-expression', 'decoy'],
    grounding: `
      open-telemetry/opentelemetry-helm-charts opentelemetry-demo 2.1.3 (images ghcr.io/open-telemetry/demo:2.1.3-*): checkout
      (Go, port 8080, memory limit 20Mi, GOMEMLIMIT 16MiB, wait-for-kafka init container), one replica, RollingUpdate 25%/25%.
      Fault: the commerce team's values for prod were copied from the staging cluster and carry
      nodeSelector cloud.google.com/gke-nodepool=app-pool (staging's pool) with a memory limit raised to 32Mi. The prod cluster
      has only default-pool, so the new ReplicaSet's pod stays Pending: default-scheduler FailedScheduling "0/3 nodes are
      available: 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not
      helpful for scheduling." After progressDeadlineSeconds (600) the Deployment reports ProgressDeadlineExceeded; the old
      pod (maxUnavailable rounds down to 0) keeps serving, so orders still go through and checkout's log is normal.
      Decoy: a product-catalog rollout an hour earlier that completed normally.`,
    workloads: {
      checkout: {
        patch: { nodeSelector: SELECTOR },
        containers: { checkout: { resources: newRes } },
        rollout: { at: -27, revision: REV, oldPatch: { nodeSelector: undefined }, oldContainers: { checkout: { resources: checkoutBase.resources } }, oldReplicas: 1 },
        pods: [
          { unscheduled: "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.", created: T.iso(-27) },
        ],
        deployStatus: {
          observedGeneration: 7,
          replicas: 2,
          updatedReplicas: 1,
          readyReplicas: 1,
          availableReplicas: 1,
          unavailableReplicas: 1,
          conditions: [
            { type: 'Available', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 6), lastTransitionTime: T.iso(-60 * 24 * 6), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
            { type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-17), lastTransitionTime: T.iso(-17), reason: 'ProgressDeadlineExceeded', message: 'ReplicaSet "%NEWRS%" has timed out progressing.' },
          ],
        },
      },
      'product-catalog': { rollout: { at: -64, revision: 6 } },
    },
    events: [
      { on: 'deploy:checkout', reason: 'ScalingReplicaSet', message: 'Scaled up replica set checkout-%NEW% to 1', first: -27 },
      { on: 'pod:checkout#0', reason: 'FailedScheduling', type: 'Warning', source: 'default-scheduler', message: "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.", first: -27, last: -2.2, count: 8 },
      { on: 'rs:checkout', reason: 'SuccessfulCreate', message: 'Created pod: checkout-%RS%', first: -27 },
      { on: 'deploy:product-catalog', reason: 'ScalingReplicaSet', message: 'Scaled up replica set product-catalog-%NEW% to 1', first: -64 },
      { on: 'deploy:product-catalog', reason: 'ScalingReplicaSet', message: 'Scaled down replica set product-catalog-%OLD% to 0 from 1', first: -63.4 },
    ],
    logs: {
      'checkout#old0/checkout': checkoutLog(),
      'product-catalog#0/product-catalog': [
        `{"time":"${T.isoMs(-63.5)}","level":"INFO","msg":"Loaded 10 products"}`,
        `{"time":"${T.isoMs(-63.5)}","level":"INFO","msg":"Product Catalog gRPC server started on port: 8080"}`,
      ],
    },
  },
];
