// Batch s35a (blind dev): one Sock Shop incident as a kit spec — an orders rollout asks for 4 whole CPUs per pod, more than any
// m5.xlarge node can allocate; the new pod stays Pending, the Deployment times out progressing, the old pod keeps serving.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const INC = '2026-02-11T11:20:00Z';
const T = clock(INC);
const res = (rc, rm, lc, lm) => ({ requests: { cpu: rc, memory: rm }, limits: { cpu: lc, memory: lm } });
const OLD_OPTS = '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false';
const NEW_OPTS = '-Xms64m -Xmx128m -XX:+UseG1GC -XX:ActiveProcessorCount=4 -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false';
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [orders,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const UNSCHED = '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';

const ordersLog = [];
for (let m = -40, i = 0; m < -0.2; m += 1.3 + (i % 4) / 5, i++) {
  ordersLog.push(spring(m, 'INFO', `http-nio-80-exec-${1 + (i % 10)}`, 'w.w.s.o.controllers.OrdersController', `Received order request, customer ${['57a98d98e4b00679b4a830af', '57a98d98e4b00679b4a830b2', '57a98d98e4b00679b4a830b5'][i % 3]}`));
  if (i % 3 === 0) ordersLog.push(spring(m + 0.02, 'INFO', `http-nio-80-exec-${1 + (i % 10)}`, 'w.w.s.o.controllers.OrdersController', 'Created new order'));
}

export const scenarios = [
  {
    folder: 's35a-orders-rollout-cpu-request-unschedulable',
    description: 'orders deploy hanging in the pipeline for 20 min, argo shows it degraded. is prod ok?',
    incidentTime: INC,
    expected: { component: 'orders', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'orders', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (microservices-demo/microservices-demo deploy/kubernetes/complete-demo.yaml at 9dff06f): orders
      (weaveworksdemos/orders:0.4.7, JAVA_OPTS with -Xmx128m) requests 100m CPU / 300Mi and is limited to 500m / 500Mi, one replica,
      RollingUpdate 25 % / 25 %; the nodes are m5.xlarge (4 vCPU, 3920m allocatable).
      Fault: a tuning PR meant to give orders' JVM more parallel GC threads added -XX:ActiveProcessorCount=4 and set requests and limits
      to cpu "4" (in whole cores, not 400m). No node can ever allocate 4 CPUs, so the surge pod stays Pending with the scheduler's
      "0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming
      pod." and the cluster autoscaler's NotTriggerScaleUp (the node group's instance type has the same 4 vCPU). maxUnavailable rounds to
      0, so the old orders pod keeps serving (orders still created); after progressDeadlineSeconds 600 the Deployment reports
      ProgressDeadlineExceeded, which Argo CD shows as Degraded.
      The careful answer: the new orders pods are unschedulable because of the CPU request (the rollout itself is the change that
      caused it, also accepted). Decoys: a queue-master restart two days ago and an old carts restart.`,
    workloads: {
      orders: {
        rollout: { at: -24, oldReplicas: 1, oldContainers: { orders: { env: [{ name: 'JAVA_OPTS', value: OLD_OPTS }], resources: res('100m', '300Mi', '500m', '500Mi') } } },
        containers: { orders: { env: [{ name: 'JAVA_OPTS', value: NEW_OPTS }], resources: res('4', '300Mi', '4', '500Mi') } },
        pods: [{ unscheduled: UNSCHED, created: T.iso(-24) }],
        rsReplicas: 1,
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-14), lastTransitionTime: T.iso(-14), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
      'queue-master': { pods: [{ containers: { 'queue-master': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 49), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 49 - 0.4) } }) } }] },
      carts: { pods: [{ containers: { carts: cs.restartedRunning({ restarts: 2, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.3) } }) } }] },
    },
    events: [
      { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled up replica set orders-%NEW% to 1', first: -24, last: -24 },
      { on: 'pod:orders#0', reason: 'FailedScheduling', type: 'Warning', message: UNSCHED, source: 'default-scheduler', first: -24, last: -1.2, count: 9 },
      { on: 'pod:orders#0', reason: 'NotTriggerScaleUp', message: "pod didn't trigger scale-up: 1 Insufficient cpu", source: 'cluster-autoscaler', first: -23.8, last: -0.7, count: 141 },
    ],
    logs: {
      'orders#old0/orders': ordersLog,
    },
  },
];
