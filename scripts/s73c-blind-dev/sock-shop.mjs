// Blind dev batch s73c: one Sock Shop scenario (a carts rollout pinned to a node group that does not exist yet, stuck
// Pending behind the old pod), on the session-2 Sock Shop system definition (scripts/s2-scenarios/sock-shop.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;

const T = clock('2026-05-19T15:48:00Z');
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [carts,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const carts = base.workloads.find((w) => w.name === 'carts');
const newSelector = { 'beta.kubernetes.io/os': 'linux', 'eks.amazonaws.com/nodegroup': 'general-2025' };
const SCHED = "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.";

const cartsLog = [];
for (let m = -70; m < -0.4; m += 1.3) {
  cartsLog.push(spring(m, 'INFO', `http-nio-80-exec-${1 + (Math.round(-m) % 10)}`, 'w.w.c.controllers.CartsController', `GET /carts/57a98d98e4b00679b4a830b2/items`));
  if (Math.round(-m * 10) % 4 === 0) cartsLog.push(spring(m + 0.2, 'INFO', `http-nio-80-exec-${1 + (Math.round(-m * 3) % 10)}`, 'w.w.c.controllers.ItemsController', 'Adding item to cart: Item{id=\'null\', itemId=\'3395a43e-2d88-40de-b95f-e00e1502085b\', quantity=1, unitPrice=18.0}'));
}
const feLog = [];
for (let m = -60; m < -0.3; m += 0.9) {
  feLog.push(`GET /catalogue?size=5 200 ${8 + (Math.round(-m) % 9)}.${Math.round(-m * 7) % 1000} ms - 1862`);
  feLog.push(`GET /cart 200 ${14 + (Math.round(-m) % 7)}.${Math.round(-m * 13) % 1000} ms - 233`);
  if (Math.round(-m * 10) % 3 === 0) feLog.push(`POST /cart 201 ${22 + (Math.round(-m) % 11)}.${Math.round(-m * 17) % 1000} ms - -`);
}
const qmLog = [
  `${T.java(-60 * 24 * 3 + 2)}  INFO [queue-master,,,] 7 --- [           main] w.w.q.QueueMasterApplication             : Started QueueMasterApplication in 21.662 seconds (JVM running for 23.145)`,
];
for (let m = -50; m < -1; m += 7) qmLog.push(`${T.java(m)}  INFO [queue-master,,,] 7 --- [cTaskExecutor-1] w.w.q.consumer.ShippingTaskHandler      : Received shipment task: ${['57a98d98e4b00679b4a830af', '57a98d98e4b00679b4a830b2', '57a98d98e4b00679b4a830b5'][Math.round(-m) % 3]}`);

export const scenarios = [
  {
    folder: 's73c-carts-rollout-nodegroup-pending',
    incidentTime: '2026-05-19T15:48:00Z',
    description: 'carts deploy stuck since ~14:55, pipeline timed out waiting for rollout status. shop itself seems ok?',
    expected: { component: 'carts', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'carts', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'pods-ready', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts: complete-demo.yaml at 9dff06f — carts is one replica (weaveworksdemos/carts:0.4.8) with
      nodeSelector beta.kubernetes.io/os: linux and the default RollingUpdate strategy (maxSurge 25%, maxUnavailable 25%),
      so with one replica the old pod is kept until a new one is available. The three EKS nodes are in node group
      general-2024.
      Fault: a node-group migration PR added nodeSelector eks.amazonaws.com/nodegroup: general-2025 to carts before the
      new node group existed. The new pod stays Pending with the scheduler's "didn't match Pod's node affinity/selector"
      FailedScheduling; after progressDeadlineSeconds (600) the Deployment reports Progressing=False
      ProgressDeadlineExceeded and "kubectl rollout status" in the pipeline fails ("exceeded its progress deadline"),
      as in Kubernetes docs "Deployments: Failed Deployment" and the common EKS node-group migration runbooks. The old
      carts pod keeps serving: shoppers see nothing, the front-end logs only 200/201s.
      The old and new ReplicaSet templates differ only by that nodeSelector key.
      Decoy: queue-master OOMKilled three days ago (restartCount 1), healthy since.
      Deviations: the node-group names, the rollout and the queue-master restart are invented.
    `,
    workloads: {
      carts: {
        patch: { nodeSelector: newSelector },
        rollout: { at: -53, revision: 6, oldPatch: { nodeSelector: carts.nodeSelector }, oldReplicas: 1 },
        pods: [{ unscheduled: SCHED, created: T.iso(-53) }],
        progressing: (rsName) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-43), lastTransitionTime: T.iso(-43), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rsName}" has timed out progressing.` }),
      },
      'queue-master': {
        pods: [{ containers: { 'queue-master': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.5), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 + 0.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set carts-%NEW% to 1', first: -53, last: -53 },
      { on: 'pod:carts#0', reason: 'FailedScheduling', source: 'default-scheduler', type: 'Warning', message: SCHED, first: -53, last: -3, count: 11 },
    ],
    logs: {
      'carts#old0/carts': cartsLog,
      'front-end#0/front-end': feLog,
      'front-end#1/front-end': feLog.slice(3),
      'queue-master#0/queue-master': qmLog,
    },
  },
];
