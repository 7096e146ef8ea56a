// Batch s44b held-out scenario for Online Boutique (split: test), written blind: one incident as a kit spec.
// System: the session-2 definition in scripts/s2-scenarios/online-boutique.mjs (release/kubernetes-manifests.yaml at 34ffea9, v0.10.6).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;

const INC = '2026-11-27T16:22:00Z';
const T = clock(INC);
const N = base.nodes.map((n) => n.name);
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';

const ids = ['3f1c9a2e', '7b44d0c1', 'a90e6f35', '1d2b8c47', 'e6a3f912', '58c07b2d', 'c4e19a60', '02f7d3b8'];
const paths = ['/', '/product/OLJCESPC7Z', '/cart', '/product/66VCHSJNUP', '/product/1YMWWN1N4O', '/cart/checkout', '/setCurrency', '/product/L9ECAV7KIM'];
const line = (min, i, took, status = 200, msg = 'request complete') =>
  JSON.stringify({
    'http.req.id': `${ids[i % 8]}-${(4096 + i * 37).toString(16)}-4c2a-9e1f-${(0x5a3c00000000 + i * 7919).toString(16)}`,
    'http.req.method': paths[i % 8] === '/cart/checkout' || paths[i % 8] === '/setCurrency' ? 'POST' : 'GET',
    'http.req.path': paths[i % 8],
    'http.resp.bytes': [10834, 7731, 5120, 7702, 7688, 0, 0, 7745][i % 8],
    'http.resp.status': paths[i % 8] === '/cart/checkout' || paths[i % 8] === '/setCurrency' ? 302 : status,
    'http.resp.took_ms': took,
    message: msg,
    session: `${ids[(i + 3) % 8]}-1e4b-4f0a-8d2c-${(0x9b2f64c70e2a + i).toString(16)}`,
    severity: 'debug',
    timestamp: T.isoMs(min),
  });
const frontLogs = (offset) => {
  const out = [];
  let i = offset;
  for (let m = -40; m < -0.1; m += 0.9) {
    // latency climbs with the evening traffic and the CPU limit; before -16 it is normal
    const took = m < -16 ? 40 + ((i * 13) % 70) : m < -7 ? 900 + ((i * 211) % 2400) : 2600 + ((i * 389) % 6900);
    out.push(line(m, i, took));
    i++;
  }
  return out;
};
const newFront = (startMin, offset) => {
  const out = [JSON.stringify({ message: 'starting server on :8080', severity: 'info', timestamp: T.isoMs(startMin) })];
  let i = offset;
  for (let m = startMin + 0.4; m < -0.1; m += 1.1) {
    out.push(line(m, i, 1800 + ((i * 433) % 6100)));
    i++;
  }
  return out;
};

const unsched = '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';
const FOLDER = 's44b-frontend-hpa-pending-cpu';

export const scenarios = [
  {
    folder: FOLDER,
    description: 'boutique storefront crawling, pages 5-10s, checkout timing out for customers. black friday traffic',
    incidentTime: INC,
    expected: { component: 'frontend', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'frontend', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['cpu-starvation', 'decoy'],
    grounding: `
      Manifest facts (release/kubernetes-manifests.yaml at 34ffea9, v0.10.6): frontend requests 100m CPU and is limited to 200m,
      readiness/liveness GET /_healthz with timeoutSeconds 1; upstream ships no HPA, this cluster adds the HPA the project's
      autoscaling docs suggest (autoscaling/v2, CPU 60% of request, 2..10 replicas). The three e2-standard-4 nodes of a fixed-size
      node pool (cluster autoscaler max 3) are shared with other namespaces' requests (monitoring, ingress), so little CPU is
      left unrequested.
      Incident (the classic peak-traffic capacity failure: HPA scales out, cluster cannot place the pods): from 16:06 the evening
      peak drives the two frontends to their 200m limit; the HPA rescales to 5 (16:08) and 8 (16:16). Two new pods fit, four stay
      Pending with the scheduler's "0/3 nodes are available: 3 Insufficient cpu" and cluster-autoscaler's NotTriggerScaleUp
      "max node group size reached". The four running frontends are throttled at their limit, request latency climbs from ~60 ms
      to 2-9 s and a few /_healthz probes time out (pods stay Ready). The Deployment reports MinimumReplicasUnavailable.
      Backends are healthy. Decoy: a routine recommendationservice rollout 50 minutes earlier, healthy.
      A careful engineer names frontend's pods that cannot be scheduled (the CPU starvation of the running ones is accepted too).
    `,
    workloads: {
      frontend: {
        replicas: 8,
        pods: [
          { node: N[0] },
          { node: N[1] },
          { node: N[2], created: T.iso(-13.9) },
          { node: N[0], created: T.iso(-13.9) },
          { unscheduled: unsched, created: T.iso(-13.9) },
          { unscheduled: unsched, created: T.iso(-5.9) },
          { unscheduled: unsched, created: T.iso(-5.9) },
          { unscheduled: unsched, created: T.iso(-5.9) },
        ],
        unavailableSince: -5.5,
        endpointsChanged: -13.2,
      },
      recommendationservice: { rollout: { at: -50, revision: 6 } },
    },
    hpas: [
      {
        name: 'frontend',
        spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'frontend' }, minReplicas: 2, maxReplicas: 10, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 60 } } }] },
        status: {
          lastScaleTime: T.iso(-6), currentReplicas: 8, desiredReplicas: 8,
          currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 193, averageValue: '193m' } } }],
          conditions: [
            { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
            { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
            { type: 'ScalingLimited', status: 'False', lastTransitionTime: T.iso(-60 * 24 * 2), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
          ],
        },
      },
    ],
    events: [
      { on: 'hpa:frontend', reason: 'SuccessfulRescale', message: 'New size: 5; reason: cpu resource utilization (percentage of request) above target', first: -14 },
      { on: 'hpa:frontend', reason: 'SuccessfulRescale', message: 'New size: 8; reason: cpu resource utilization (percentage of request) above target', first: -6 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 5 from 2', first: -14 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 8 from 5', first: -6 },
      { on: 'pod:frontend#4', reason: 'FailedScheduling', message: unsched, type: 'Warning', source: 'default-scheduler', first: -13.9, last: -0.6, count: 9 },
      { on: 'pod:frontend#5', reason: 'FailedScheduling', message: unsched, type: 'Warning', source: 'default-scheduler', first: -5.9, last: -0.5, count: 4 },
      { on: 'pod:frontend#6', reason: 'FailedScheduling', message: unsched, type: 'Warning', source: 'default-scheduler', first: -5.9, last: -0.5, count: 4 },
      { on: 'pod:frontend#7', reason: 'FailedScheduling', message: unsched, type: 'Warning', source: 'default-scheduler', first: -5.9, last: -0.4, count: 4 },
      { on: 'pod:frontend#4', reason: 'NotTriggerScaleUp', message: "pod didn't trigger scale-up: 1 max node group size reached", source: 'cluster-autoscaler', first: -13.7, last: -0.7, count: 27 },
      { on: 'pod:frontend#5', reason: 'NotTriggerScaleUp', message: "pod didn't trigger scale-up: 1 max node group size reached", source: 'cluster-autoscaler', first: -5.7, last: -0.7, count: 11 },
      { on: 'pod:frontend#6', reason: 'NotTriggerScaleUp', message: "pod didn't trigger scale-up: 1 max node group size reached", source: 'cluster-autoscaler', first: -5.7, last: -0.7, count: 11 },
      { on: 'pod:frontend#7', reason: 'NotTriggerScaleUp', message: "pod didn't trigger scale-up: 1 max node group size reached", source: 'cluster-autoscaler', first: -5.7, last: -0.7, count: 11 },
      { on: 'pod:frontend#2', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -13.9 },
      { on: 'pod:frontend#3', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -13.9 },
      { on: 'pod:frontend#0', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/_healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', type: 'Warning', fieldPath: 'spec.containers{server}', first: -9.2, last: -1.3, count: 5 },
      { on: 'pod:frontend#1', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/_healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', type: 'Warning', fieldPath: 'spec.containers{server}', first: -7.8, last: -2.1, count: 3 },
      { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendationservice-%NEW% to 1', first: -50 },
      { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set recommendationservice-%OLD% to 0 from 1', first: -49.2 },
    ],
    logs: {
      'frontend#0/server': frontLogs(0),
      'frontend#1/server': frontLogs(5),
      'frontend#2/server': newFront(-13.4, 2),
      'frontend#3/server': newFront(-13.3, 7),
      'recommendationservice#0/server': [
        JSON.stringify({ timestamp: T.isoMs(-49.6), severity: 'INFO', name: 'recommendationservice-server', message: 'initializing recommendationservice' }),
        JSON.stringify({ timestamp: T.isoMs(-49.6), severity: 'INFO', name: 'recommendationservice-server', message: 'listening on port: 8080' }),
        ...[-30, -20, -12, -5, -1].map((m) => JSON.stringify({ timestamp: T.isoMs(m), severity: 'INFO', name: 'recommendationservice-server', message: '[Recv ListRecommendations] product_ids=[\'0PUK6V6EV0\', \'LS4PSXUNUM\', \'9SIQT8TOJO\', \'L9ECAV7KIM\', \'2ZYFJ3GM2N\']' })),
      ],
      'checkoutservice#0/server': [-18, -9, -2].map((m) => JSON.stringify({ message: 'payment went through (transaction_id: 0d1f6c2a-44b7-4c1e-9a3e-8c2f1b7e5d90)', severity: 'info', timestamp: T.isoMs(m) })),
    },
  },
];
