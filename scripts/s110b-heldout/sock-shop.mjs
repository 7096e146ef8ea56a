// Blind held-out batch s110b: one Sock Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System as scripts/s2-scenarios/sock-shop.mjs defines it (upstream complete-demo.yaml at 9dff06f); %OLDPOD% filled by scripts/s110b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

// orders-db keeps its data on a ReadWriteOnce EBS claim (deviation: upstream mounts only a tmpfs /tmp).
// A fourth node in eu-west-1b (deviation: the node group grew to four nodes).
export const system = {
  ...base,
  nodes: [...base.nodes, { name: 'ip-10-0-2-77.eu-west-1.compute.internal', ip: '10.0.2.77', podCidr: '10.0.4', zone: 'eu-west-1b', providerID: 'aws:///eu-west-1b/i-03c6a8f2d91e4b7a5' }],
  workloads: base.workloads.map((w) => w.name !== 'orders-db' ? w : {
    ...w,
    volumes: [...w.volumes, { name: 'data', persistentVolumeClaim: { claimName: 'orders-db-data' } }],
    containers: w.containers.map((c) => ({ ...c, volumeMounts: [...c.volumeMounts, { mountPath: '/data/db', name: 'data' }] })),
  }),
};

const I = '2026-03-19T16:22:00Z';
const T = clock(I);
const NODES = system.nodes.map((n) => n.name);
const PV = 'pvc-8d2f41c7-93ab-4e56-b0d1-5c7e29a4f613';
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;

export const scenarios = [
  {
    folder: 's110b-orders-db-deploy-hangs',
    incidentTime: I,
    description: 'orders-db deploy has been hanging in the pipeline for 15+ min (just adding resource limits). orders still work??',
    expected: { component: 'orders-db', cause: 'storage-unavailable' },
    alsoAcceptable: [{ component: 'orders-db', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['pods-ready', 'rollout-regression', 'time-expression'],
    grounding: `Upstream orders-db is a one-replica Deployment (image mongo) with the default RollingUpdate strategy (maxSurge 25%,
      maxUnavailable 25%: for one replica the new pod is created before the old one goes). Fault, as in the common report "Multi-Attach
      error for volume ... Volume is already used by pod(s)" (kubernetes/kubernetes issues on RWO volumes with RollingUpdate Deployments):
      a change adding resource requests/limits rolled out; the new pod was scheduled on the other node of the volume's zone (eu-west-1b), and the attach-detach controller refuses to attach the ReadWriteOnce EBS volume still attached to the old pod's node; the
      kubelet times out mounting it. The old pod keeps serving, so orders work; the rollout passes its progress deadline.
      Deviations from upstream: a fourth node; orders-db mounts a ReadWriteOnce gp3 claim orders-db-data at /data/db; the release adds resources.`,
    pvcs: [{ name: 'orders-db-data', size: '20Gi', volume: PV, storageClass: 'gp3' }],
    events: [
      { on: 'deploy:orders-db', reason: 'ScalingReplicaSet', message: 'Scaled up replica set orders-db-%NEW% to 1', first: -17.5, last: -17.5 },
      { on: 'pod:orders-db#0', source: 'default-scheduler', reason: 'Scheduled', message: `Successfully assigned sock-shop/%POD% to ${NODES[3]}`, first: -17.4, last: -17.4 },
      { on: 'pod:orders-db#0', source: 'attachdetach-controller', type: 'Warning', reason: 'FailedAttachVolume', message: `Multi-Attach error for volume "${PV}" Volume is already used by pod(s) %OLDPOD%`, first: -17.4, last: -17.4 },
      { on: 'pod:orders-db#0', type: 'Warning', reason: 'FailedMount', message: 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data], failed to process volumes=[]: timed out waiting for the condition', first: -15.3, last: -1.1, count: 8 },
    ],
    workloads: {
      'orders-db': {
        containers: { 'orders-db': { resources: { requests: { cpu: '100m', memory: '300Mi' }, limits: { cpu: '500m', memory: '1Gi' } } } },
        rollout: { at: -17.5, revision: 4, oldContainers: { 'orders-db': { resources: undefined } }, oldReplicas: 1 },
        pods: [{ node: NODES[3], creating: true, created: T.iso(-17.4) }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-7.5), lastTransitionTime: T.iso(-7.5), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    logs: {
      'orders-db#old0/orders-db': [
        `{"t":{"$date":"${T.isoMs(-40).replace('Z', '+00:00')}"},"s":"I",  "c":"NETWORK",  "id":22943,   "ctx":"listener","msg":"Connection accepted","attr":{"remote":"%IPOF:orders#0%:51872","uuid":"6f1c2a9e-3b47-4d8e-a915-0c2d7e4b8f31","connectionId":1187,"connectionCount":9}}`,
        `{"t":{"$date":"${T.isoMs(-3).replace('Z', '+00:00')}"},"s":"I",  "c":"STORAGE",  "id":22430,   "ctx":"Checkpointer","msg":"WiredTiger message","attr":{"message":"[1773936900:482113][1:0x7f3a2c4e1700], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: 91822, snapshot max: 91822 snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 48211"}}`,
      ].join('\n'),
      'orders#0/orders': [
        spring(-6, 'INFO', 'orders', 'nio-80-exec-4', 'w.d.orders.controllers.OrdersController', 'Order created: 65f9c4a2e1b3d70012ab44c1'),
        spring(-2, 'INFO', 'orders', 'nio-80-exec-7', 'w.d.orders.controllers.OrdersController', 'Order created: 65f9c5e0e1b3d70012ab44c9'),
      ].join('\n'),
    },
  },
];
