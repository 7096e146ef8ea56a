// Batch s23c blind dev scenario for Sock Shop (session-2 system of scripts/s2-scenarios/sock-shop.mjs): a Black Friday surge
// whose front-end HPA scale-out stays Pending because the EKS node group is at its maximum; written blind, split dev.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const T = clock('2026-11-27T19:05:00Z');
const N = ['ip-10-0-1-23.eu-west-1.compute.internal', 'ip-10-0-2-148.eu-west-1.compute.internal', 'ip-10-0-3-91.eu-west-1.compute.internal'];
const PENDING = '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';
const livKill = (restarts, lastStart, lastEnd, ready) =>
  cs.restartedRunning({ restarts, startedAt: T.iso(lastEnd + 0.02), ready, last: { exitCode: 143, reason: 'Error', startedAt: T.iso(lastStart), finishedAt: T.iso(lastEnd) } });

// front-end (Node/Express, morgan "dev" lines on stdout)
const mg = (path, status, ms, len) => `GET ${path} ${status} ${ms.toFixed(3)} ms - ${len}`;
const feLog = () => [
  'App now running in production mode on port 8079',
  mg('/', 200, 3.412, 8688), mg('/catalogue?size=5', 200, 612.018, 1431), mg('/cart', 200, 488.75, 2), mg('/catalogue?page=1&size=6&tags=', 200, 1840.2, 1702),
  mg('/customers/OTk2NTQ4', 200, 2210.631, 342), mg('/card', 200, 2977.09, 2), mg('/catalogue/size?tags=', 200, 3390.5, 12),
  'POST /cart 500 5012.877 ms - 0',
  mg('/orders', 200, 4105.3, 1129), mg('/', 200, 1290.337, 8688),
];

export const scenarios = [
  {
    folder: 's23c-front-end-hpa-no-capacity',
    incidentTime: '2026-11-27T19:05:00Z',
    description: 'sock shop very slow / timing out for customers, black friday traffic. started around 18:45. can someone look at front-end',
    expected: { component: 'front-end', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'front-end', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['cpu-starvation', 'decoy', 'time-expression'],
    grounding: `
      complete-demo.yaml gives front-end requests 100m / limits 300m CPU, a liveness probe on / with a 1 s timeout (initial delay
      300 s) and a readiness probe on / (initial 30 s); upstream's deploy/kubernetes/autoscaling/ adds a CPU HorizontalPodAutoscaler for
      front-end, here min 2, max 8, 50% of request. The Black Friday mail went out at 18:43; the HPA scaled front-end to 4 and then to
      its maximum of 8 ("New size: 8; reason: cpu resource utilization (percentage of request) above target"). The EKS managed node
      group is at its maximum of three m5.xlarge, which the rest of the cluster's workloads fill, so the four newest front-end pods are
      Pending: the scheduler's "0/3 nodes are available: 3 Insufficient cpu. preemption: ... No preemption victims found" and
      cluster-autoscaler's NotTriggerScaleUp "pod didn't trigger scale-up: 1 max node group size reached" (its real message). The
      four Running pods are throttled at 300m: morgan lines climb from milliseconds to seconds, the 1 s liveness probe times out and
      the kubelet restarts them (exit 143 on SIGTERM), which takes more capacity away. The backends answer normally. Decoy: carts'
      OOMKilled restart three days ago. A careful engineer names front-end that cannot scale out (unschedulable replicas, the
      node group at its limit); CPU exhaustion of the running front-end pods is the same incident seen from the other side and is
      also accepted.`,
    hpas: [{
      name: 'front-end',
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'front-end' }, minReplicas: 2, maxReplicas: 8, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }] },
      status: {
        lastScaleTime: T.iso(-14.2), currentReplicas: 8, desiredReplicas: 8,
        currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 287, averageValue: '287m' } } }],
        conditions: [
          { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
          { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
          { type: 'ScalingLimited', status: 'True', lastTransitionTime: T.iso(-14.2), reason: 'TooManyReplicas', message: 'the desired replica count is more than the maximum replica count' },
        ],
      },
    }],
    workloads: {
      'front-end': {
        replicas: 8,
        unavailableSince: -14.2,
        pods: [
          { node: N[0], containers: { 'front-end': livKill(3, -7.9, -2.1, false) }, readyTransition: T.iso(-2.1) },
          { node: N[1], containers: { 'front-end': livKill(2, -12.4, -6.3, true) } },
          { node: N[2], created: T.iso(-18.1), containers: { 'front-end': cs.running(T.iso(-18)) } },
          { node: N[0], created: T.iso(-18.1), containers: { 'front-end': livKill(1, -17.9, -4.6, true) } },
          ...[0, 1, 2, 3].map(() => ({ unscheduled: PENDING, created: T.iso(-14.2) })),
        ],
      },
      carts: {
        pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 1), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) } }) } }],
      },
    },
    events: [
      { on: 'hpa:front-end', reason: 'SuccessfulRescale', message: 'New size: 4; reason: cpu resource utilization (percentage of request) above target', first: -18.2, last: -18.2 },
      { on: 'hpa:front-end', reason: 'SuccessfulRescale', message: 'New size: 8; reason: cpu resource utilization (percentage of request) above target', first: -14.2, last: -14.2 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 4 from 2', first: -18.2, last: -18.2 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 8 from 4', first: -14.2, last: -14.2 },
      ...[4, 5, 6, 7].flatMap((i) => [
        { on: `pod:front-end#${i}`, reason: 'FailedScheduling', type: 'Warning', source: 'default-scheduler', message: PENDING, first: -14.2, last: -0.9, count: 11 },
        { on: `pod:front-end#${i}`, reason: 'NotTriggerScaleUp', source: 'cluster-autoscaler', message: "pod didn't trigger scale-up: 1 max node group size reached", first: -14.0, last: -0.7, count: 84 },
      ]),
      { on: 'pod:front-end#0', reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', fieldPath: 'spec.containers{front-end}', first: -19.5, last: -2.2, count: 12 },
      { on: 'pod:front-end#0', reason: 'Killing', message: 'Container front-end failed liveness probe, will be restarted', fieldPath: 'spec.containers{front-end}', first: -13.9, last: -2.2, count: 3 },
      { on: 'pod:front-end#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', fieldPath: 'spec.containers{front-end}', first: -19.4, last: -0.5, count: 41 },
      { on: 'pod:front-end#1', reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', fieldPath: 'spec.containers{front-end}', first: -17.8, last: -6.4, count: 7 },
      { on: 'pod:front-end#1', reason: 'Killing', message: 'Container front-end failed liveness probe, will be restarted', fieldPath: 'spec.containers{front-end}', first: -12.5, last: -6.4, count: 2 },
      { on: 'pod:front-end#3', reason: 'Killing', message: 'Container front-end failed liveness probe, will be restarted', fieldPath: 'spec.containers{front-end}', first: -4.7, last: -4.7 },
      { on: 'pod:front-end#3', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', fieldPath: 'spec.containers{front-end}', first: -9.0, last: -1.2, count: 23 },
    ],
    logs: {
      'front-end#0/front-end': feLog().slice(0, 4),
      'front-end#0/front-end/previous': feLog(),
      'front-end#1/front-end': feLog().slice(0, 9),
      'front-end#2/front-end': feLog(),
      'catalogue#0/catalogue': [
        `ts=${T.isoMs(-9.5)} caller=logging.go:62 method=List tags= order=id pageNum=1 pageSize=6 result=6 err=null took=2.214038ms`,
        `ts=${T.isoMs(-9.4)} caller=logging.go:85 method=Count tags= result=9 err=null took=1.101822ms`,
        `ts=${T.isoMs(-1.2)} caller=logging.go:62 method=List tags= order=id pageNum=1 pageSize=5 result=5 err=null took=1.873551ms`,
      ],
    },
  },
];
