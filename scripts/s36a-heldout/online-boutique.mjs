// Blind held-out scenario of batch s36a for Online Boutique (release/kubernetes-manifests.yaml at 34ffea9 on GKE), split: test.
// Kit spec with the session-2 system definition; built by scripts/s36a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const D = '2026-10-21T18:47:00Z';
const TD = clock(D);
const FAIL = '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';
const paths = ['/', '/product/OLJCESPC7Z', '/product/66VCHSJNUP', '/cart', '/product/9SIQT8TOJO', '/', '/product/L9ECAV7KIM', '/setCurrency'];
const front = (T, min, i, took, status = 200) => JSON.stringify({
  'http.req.id': `${(0x3a7f10 + i * 7919).toString(16)}-5c1e-4b2a-9d0f-${(0x7e21c4a0 + i * 104729).toString(16).padStart(12, '0')}`,
  'http.req.method': paths[i % paths.length] === '/setCurrency' ? 'POST' : 'GET',
  'http.req.path': paths[i % paths.length],
  'http.resp.bytes': status === 200 ? 10781 + (i % 5) * 733 : 0,
  'http.resp.status': status === 302 ? 302 : status,
  'http.resp.took_ms': took,
  message: 'request complete',
  session: `${(0x9b2f64c7 + i * 31).toString(16)}-0e2a-4c39-b4d1-6a3c2e19f8d0`,
  severity: 'debug',
  timestamp: T.isoMs(min),
});
const frontLogs = (T, seed) => [
  ...[-30, -27.5, -24, -21.2, -19.0].map((m, k) => front(T, m, seed + k, 38 + ((seed + k) * 17) % 60)),
  ...[-15.8, -13.9, -12.1, -10.4, -8.7, -7.0, -5.6, -4.1, -2.9, -1.6, -0.5].map((m, k) => front(T, m, seed + 10 + k, 2100 + ((seed + k) * 911) % 4300)),
];

export const scenarios = [
  {
    folder: 's36a-frontend-hpa-pending-no-cpu',
    description: 'storefront very slow since the promo email went out ~18:30, p95 > 5s',
    incidentTime: D,
    expected: { component: 'frontend', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'frontend', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'time-expression', 'decoy'],
    grounding: `
      Manifests: frontend (Go, requests cpu 100m, limits cpu 200m / memory 128Mi, 2 replicas) as release/kubernetes-manifests.yaml;
      this team added an autoscaling/v2 HPA on frontend (min 2, max 10, CPU 70% of request), a common addition to the demo
      (deviation from upstream, stated here). The GKE node pool is shared with other namespaces and its cluster-autoscaler
      maximum is 3 nodes.
      Fault: a promotional email sends traffic up at 18:30; the HPA scales frontend 2 -> 4 (scheduled) then 4 -> 10, and the six
      new pods stay Pending with the scheduler's "Insufficient cpu" while cluster-autoscaler reports NotTriggerScaleUp "max node
      group size reached". The four running frontend pods stay Ready at ~196% of their CPU request, at their 200m limit and
      throttled, so page latency climbs to seconds ("request complete" with http.resp.took_ms in the thousands); backends are
      healthy. Decoys: adservice restarted two days ago (old OOM), a healthy currencyservice rollout the day before.
      Expected: frontend, unschedulable (it cannot scale out); frontend resource-exhaustion (CPU-starved replicas) also accepted.`,
    hpas: [{
      name: 'frontend',
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'frontend' }, minReplicas: 2, maxReplicas: 10, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }] },
      status: {
        lastScaleTime: TD.iso(-9.4), currentReplicas: 10, desiredReplicas: 10,
        currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageValue: '196m', averageUtilization: 196 } } }],
        conditions: [
          { type: 'AbleToScale', status: 'True', lastTransitionTime: TD.iso(-60 * 24 * 20), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
          { type: 'ScalingActive', status: 'True', lastTransitionTime: TD.iso(-60 * 24 * 20), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
          { type: 'ScalingLimited', status: 'True', lastTransitionTime: TD.iso(-9.4), reason: 'TooManyReplicas', message: 'the desired replica count is more than the maximum replica count' },
        ],
      },
    }],
    workloads: {
      frontend: {
        replicas: 10,
        pods: [
          { node: 'gke-boutique-prod-default-pool-4f2a9c1e-7kqx', created: TD.iso(-60 * 24 * 3) },
          { node: 'gke-boutique-prod-default-pool-4f2a9c1e-m2dt', created: TD.iso(-60 * 24 * 3) },
          { node: 'gke-boutique-prod-default-pool-9b31d0a7-wz5c', created: TD.iso(-14.3) },
          { node: 'gke-boutique-prod-default-pool-4f2a9c1e-7kqx', created: TD.iso(-14.3) },
          ...Array.from({ length: 6 }, () => ({ unscheduled: FAIL, created: TD.iso(-9.4) })),
        ],
        unavailableSince: -9.4,
        endpointsChanged: -13.6,
      },
      adservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: TD.iso(-60 * 49), last: { exitCode: 137, reason: 'OOMKilled', startedAt: TD.iso(-60 * 24 * 6), finishedAt: TD.iso(-60 * 49 - 0.1) } }) } }],
      },
      currencyservice: { rollout: { at: -60 * 22, revision: 5, oldReplicas: 0 } },
    },
    events: [
      { on: 'hpa:frontend', reason: 'SuccessfulRescale', message: 'New size: 4; reason: cpu resource utilization (percentage of request) above target', first: -14.4 },
      { on: 'hpa:frontend', reason: 'SuccessfulRescale', message: 'New size: 10; reason: cpu resource utilization (percentage of request) above target', first: -9.5 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 4 from 2', first: -14.4 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 10 from 4', first: -9.5 },
      ...[4, 5, 6, 7, 8, 9].flatMap((i) => [
        { on: `pod:frontend#${i}`, reason: 'FailedScheduling', type: 'Warning', source: 'default-scheduler', message: FAIL, first: -9.4, last: -0.8 - i * 0.05, count: 5 + (i % 3) },
        { on: `pod:frontend#${i}`, reason: 'NotTriggerScaleUp', source: 'cluster-autoscaler', message: "pod didn't trigger scale-up: 1 max node group size reached", first: -9.2, last: -0.6, count: 17 + i },
      ]),
      { on: 'pod:frontend#2', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned boutique/%POD% to gke-boutique-prod-default-pool-9b31d0a7-wz5c', first: -14.3 },
      { on: 'pod:frontend#3', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned boutique/%POD% to gke-boutique-prod-default-pool-4f2a9c1e-7kqx', first: -14.3 },
    ],
    logs: {
      'frontend#0/server': frontLogs(TD, 1),
      'frontend#1/server': frontLogs(TD, 40),
      'frontend#2/server': frontLogs(TD, 80).slice(8),
      'frontend#3/server': frontLogs(TD, 120).slice(9),
      'cartservice#0/server': [
        `${TD.isoMs(-3.2)} info: cartservice.cartstore.RedisCartStore[0]`,
        '      GetCartAsync called with userId=9b2f6511-0e2a-4c39-b4d1-6a3c2e19f8d0',
      ],
    },
  },
];
