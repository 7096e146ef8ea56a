// s27c blind dev scenario for Sock Shop (session-2 system, scripts/s2-scenarios/sock-shop.mjs): a newsletter campaign saturates
// the front-end, whose HPA scale-out stays Pending because the EKS node group is at its maximum size.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const INC = '2026-04-21T12:32:00Z';
const T = clock(INC);
const NODES = system.nodes.map((n) => n.name);
// front-end server.js: morgan("dev") request lines (method url status response-time ms - length)
const morgan = (lines) => lines;
const fe0 = [];
const paths = [
  ['/catalogue?page=1&size=6&tags=', 2873],
  ['/catalogue/size?tags=', 14],
  ['/cart', 2],
  ['/catalogue/a0a4f044-b040-410d-8ead-4de0446aec7e', 286],
  ['/tags', 107],
  ['/card', 2],
  ['/customers/57a98d98e4b00679b4a830af', 208],
  ['/catalogue?sort=id&size=3&tags=', 1436],
];
let i = 0;
for (let m = -40; m < -0.1; m += m < -22 ? 1.7 : 0.23) {
  const [p, len] = paths[i++ % paths.length];
  const loaded = m > -21;
  const ms = loaded ? 2200 + ((i * 7919) % 5400) + ((i * 31) % 1000) / 1000 : 9 + ((i * 131) % 60) + ((i * 17) % 1000) / 1000;
  const status = loaded && i % 11 === 0 ? 500 : p === '/cart' ? 200 : 200;
  fe0.push(`GET ${p} ${status} ${ms.toFixed(3)} ms - ${status === 500 ? 37 : len}`);
}
// morgan prints no timestamp; kubectl logs keep only the order
const fe1 = fe0.filter((_, j) => j % 2 === 1);

const cpu = (util) => ({ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: util, averageValue: `${util}m` } } });
const pending = (min) => ({
  unscheduled: '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
  created: T.iso(min),
});

export const scenarios = [
  {
    folder: 's27c-front-end-scaleout-pending',
    description: 'sock shop really slow / timing out for customers since the newsletter went out ~12:10, front end pods look busy',
    incidentTime: INC,
    expected: { component: 'front-end', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'front-end', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['time-expression', 'cpu-starvation'],
    grounding: `
      Sock Shop complete-demo.yaml (9dff06f): front-end is a single-threaded Node.js (Express) process with requests cpu 100m,
      limits cpu 300m, liveness and readiness httpGet / on 8079 with timeoutSeconds 1. This team added an HPA (cpu 60 % of
      requests, 2..8 replicas). At 12:10 a newsletter campaign tripled traffic: both front-end pods sit at their 300m limit
      (CFS-throttled), morgan's request lines go from ~20 ms to 2-8 s, a few 500s when downstream calls time out, readiness
      probes time out and take one pod out of the Service for a while, one liveness kill (exit 143). The HPA raised the
      Deployment to 5 replicas at 12:12, but the three new pods are Pending: "0/3 nodes are available: 3 Insufficient cpu"
      (the shared nodes' cpu requests are full) and the cluster-autoscaler answers NotTriggerScaleUp "pod didn't trigger
      scale-up: 1 max node group size reached" (the node group's max is 3). Nothing else is broken: catalogue, carts, user
      answer normally. A careful engineer names the front-end scale-out that cannot be scheduled as the cause
      (unschedulable on front-end) and would also accept the saturated front-end itself (resource-exhaustion); the liveness
      kill is a consequence.
    `,
    workloads: {
      'front-end': {
        replicas: 5,
        pods: [
          { node: NODES[0], containers: { 'front-end': cs.running(T.iso(-60 * 24 * 9 + 0.4)) } },
          {
            node: NODES[1],
            ready: false,
            readyTransition: T.iso(-1.1),
            containers: {
              'front-end': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-6.2), ready: false, last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9 + 0.4), finishedAt: T.iso(-6.3) } }),
            },
          },
          pending(-19.8),
          pending(-19.8),
          pending(-19.8),
        ],
      },
    },
    hpas: [
      {
        name: 'front-end',
        spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'front-end' }, minReplicas: 2, maxReplicas: 8, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 60 } } }] },
        status: {
          currentReplicas: 5, desiredReplicas: 5, lastScaleTime: T.iso(-19.8),
          currentMetrics: [cpu(296)],
          conditions: [
            { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
            { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
            { type: 'ScalingLimited', status: 'False', lastTransitionTime: T.iso(-60 * 24 * 3), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
          ],
        },
      },
    ],
    events: [
      { on: 'hpa:front-end', reason: 'SuccessfulRescale', message: 'New size: 5; reason: cpu resource utilization (percentage of request) above target', first: -19.8, last: -19.8 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 5 from 2', first: -19.8, last: -19.8 },
      { on: 'pod:front-end#2', type: 'Warning', reason: 'FailedScheduling', source: 'default-scheduler', message: '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.', first: -19.8, last: -0.9, count: 9 },
      { on: 'pod:front-end#3', type: 'Warning', reason: 'FailedScheduling', source: 'default-scheduler', message: '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.', first: -19.8, last: -0.9, count: 9 },
      { on: 'pod:front-end#4', type: 'Warning', reason: 'FailedScheduling', source: 'default-scheduler', message: '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.', first: -19.8, last: -0.9, count: 9 },
      { on: 'pod:front-end#2', reason: 'NotTriggerScaleUp', source: 'cluster-autoscaler', message: "pod didn't trigger scale-up: 1 max node group size reached", first: -19.6, last: -0.7, count: 38 },
      { on: 'pod:front-end#3', reason: 'NotTriggerScaleUp', source: 'cluster-autoscaler', message: "pod didn't trigger scale-up: 1 max node group size reached", first: -19.6, last: -0.7, count: 38 },
      { on: 'pod:front-end#4', reason: 'NotTriggerScaleUp', source: 'cluster-autoscaler', message: "pod didn't trigger scale-up: 1 max node group size reached", first: -19.6, last: -0.7, count: 38 },
      { on: 'pod:front-end#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -20.5, last: -0.4, count: 57, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#1', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -20.2, last: -0.3, count: 71, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#1', type: 'Warning', reason: 'Unhealthy', message: 'Liveness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -7.1, last: -0.5, count: 8, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#1', reason: 'Killing', message: 'Container front-end failed liveness probe, will be restarted', first: -6.5, last: -6.5, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#1', reason: 'Pulled', message: 'Container image "weaveworksdemos/front-end:0.3.12" already present on machine', first: -6.2, last: -6.2, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#1', reason: 'Started', message: 'Started container front-end', first: -6.2, last: -6.2, fieldPath: 'spec.containers{front-end}' },
    ],
    logs: {
      'front-end#0/front-end': morgan(fe0),
      'front-end#1/front-end': ['Using the redis based session manager', 'App now running in production mode on port 8079', ...fe1.slice(-60)],
      'front-end#1/front-end/previous': fe1.slice(0, -60),
      'catalogue#0/catalogue': [
        `ts=${T.isoMs(-9.6)} caller=logging.go:62 method=List tags= order=id pageNum=1 pageSize=6 result=6 err=null took=1.893914ms`,
        `ts=${T.isoMs(-9.5)} caller=logging.go:81 method=Count tags= result=9 err=null took=694.27µs`,
        `ts=${T.isoMs(-4.1)} caller=logging.go:62 method=List tags= order=id pageNum=1 pageSize=6 result=6 err=null took=2.104385ms`,
        `ts=${T.isoMs(-4.0)} caller=logging.go:91 method=Get id=a0a4f044-b040-410d-8ead-4de0446aec7e sock=a0a4f044-b040-410d-8ead-4de0446aec7e err=null took=1.208877ms`,
      ],
    },
  },
];
