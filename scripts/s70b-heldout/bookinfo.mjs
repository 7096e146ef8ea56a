// Blind held-out batch s70b: one Istio Bookinfo scenario (split: test) for the scenario kit (scripts/s2-scenario-kit.mjs).
// Built by scripts/s70b-build.mjs with the kit system scripts/kit-systems/bookinfo.mjs (bookinfoScenario for the selectors).
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const INCIDENT = '2026-08-18T10:34:00Z';
const T = clock(INCIDENT);
const NODES = system.nodes.map((n) => n.name);
const UNSCHED = '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';
// gunicorn's error log: "[%Y-%m-%d %H:%M:%S %z] [pid] [LEVEL] message".
const gu = (min, pid, level, msg) => `[${T.go(min).replaceAll('/', '-')} +0000] [${pid}] [${level}] ${msg}`;
const pp = (first) => {
  const out = [];
  let pid = first;
  for (let m = -21.5, k = 0; m < -0.4; m += 0.9 + (k % 3) * 0.35, k++) {
    const victim = pid - (k % 8);
    out.push(gu(m, 1, 'CRITICAL', `WORKER TIMEOUT (pid:${victim})`));
    if (k % 2 === 0) out.push(gu(m + 0.01, victim, 'INFO', 'Worker exiting (pid: ' + victim + ')'));
    pid += 1;
    out.push(gu(m + 0.03, pid, 'INFO', `Booting worker with pid: ${pid}`));
  }
  return out;
};

const hpa = {
  name: 'productpage-v1',
  spec: {
    scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'productpage-v1' },
    minReplicas: 2,
    maxReplicas: 8,
    metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 60 } } }],
  },
  status: {
    lastScaleTime: T.iso(-12),
    currentReplicas: 5,
    desiredReplicas: 5,
    currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageValue: '792m', averageUtilization: 99 } } }],
    conditions: [
      { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
      { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
      { type: 'ScalingLimited', status: 'False', lastTransitionTime: T.iso(-60 * 24 * 2), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
    ],
  },
};

const pending = (created) => ({ unscheduled: UNSCHED, created: T.iso(created) });

export const scenarios = [
  bookinfoScenario({
    folder: 's70b-productpage-scaleout-stuck',
    incidentTime: INCIDENT,
    description: 'bookinfo product page timing out / super slow for ~20 min (campaign traffic). hpa scaled it up but still slow??',
    expected: { component: 'productpage', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'productpage', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['cpu-starvation', 'time-expression', 'partial-name'],
    grounding: `
      Manifests: istio/istio samples/bookinfo/platform/kube (bookinfo.yaml and the details-v2, ratings-v2-mysql and mysql
      variants) through scripts/kit-systems/bookinfo.mjs, sidecar-injected, on three m5.large nodes shared with other
      namespaces. Fault shape: a scale-out that cannot be placed, as Kubernetes and cluster-autoscaler report it: under
      campaign traffic the productpage-v1 HorizontalPodAutoscaler (autoscaling/v2, 60% CPU of request) raised the Deployment
      from 2 to 4 and then 5 replicas, but the three new pods stay Pending: the scheduler's FailedScheduling "0/3 nodes are
      available: 3 Insufficient cpu" and cluster-autoscaler's NotTriggerScaleUp "pod didn't trigger scale-up: 1 max node group
      size reached" (the node group is at its maximum). The two running productpage pods stay Ready but saturated: gunicorn
      (productpage's image runs gunicorn with gevent workers) logs WORKER TIMEOUT and reboots workers. Deviations: upstream
      productpage sets no resources and no HPA; this team added a CPU request of 800m (plus memory) and the HPA. The other
      namespaces' pods that fill the nodes are not in the snapshot. The kit writes every Service port as TCP.
    `,
    workloads: {
      'productpage-v1': {
        since: -60 * 24 * 4,
        replicas: 5,
        unavailableSince: -19,
        containers: { productpage: { resources: { requests: { cpu: '800m', memory: '256Mi' }, limits: { memory: '512Mi' } } } },
        pods: [{ node: NODES[0] }, { node: NODES[2] }, pending(-19), pending(-19), pending(-12)],
      },
    },
    hpas: [hpa],
    events: [
      { on: 'hpa:productpage-v1', reason: 'SuccessfulRescale', message: 'New size: 4; reason: cpu resource utilization (percentage of request) above target', first: -19 },
      { on: 'hpa:productpage-v1', reason: 'SuccessfulRescale', message: 'New size: 5; reason: cpu resource utilization (percentage of request) above target', first: -12 },
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productpage-v1-%NEW% from 2 to 4', first: -19 },
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productpage-v1-%NEW% from 4 to 5', first: -12 },
      { on: 'pod:productpage-v1#2', reason: 'FailedScheduling', message: UNSCHED, type: 'Warning', source: 'default-scheduler', first: -19, last: -1.2, count: 7 },
      { on: 'pod:productpage-v1#3', reason: 'FailedScheduling', message: UNSCHED, type: 'Warning', source: 'default-scheduler', first: -19, last: -1.2, count: 7 },
      { on: 'pod:productpage-v1#4', reason: 'FailedScheduling', message: UNSCHED, type: 'Warning', source: 'default-scheduler', first: -12, last: -1.2, count: 5 },
      { on: 'pod:productpage-v1#2', reason: 'NotTriggerScaleUp', message: "pod didn't trigger scale-up: 1 max node group size reached", source: 'cluster-autoscaler', first: -18.8, last: -0.8, count: 36 },
      { on: 'pod:productpage-v1#3', reason: 'NotTriggerScaleUp', message: "pod didn't trigger scale-up: 1 max node group size reached", source: 'cluster-autoscaler', first: -18.8, last: -0.8, count: 36 },
      { on: 'pod:productpage-v1#4', reason: 'NotTriggerScaleUp', message: "pod didn't trigger scale-up: 1 max node group size reached", source: 'cluster-autoscaler', first: -11.8, last: -0.8, count: 22 },
    ],
    logs: {
      'productpage-v1#0/productpage': pp(2214),
      'productpage-v1#1/productpage': pp(1987),
    },
  }),
];
