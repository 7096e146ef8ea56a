// Batch s45a (blind dev): one Online Boutique incident for the scenario kit, written without reading the engine or rules.
// A marketing-email surge: the frontend HPA asks for 10 pods but a namespace ResourceQuota on limits.cpu stops it at 4.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const T = clock('2026-09-18T18:58:00Z');
const rec = system.workloads.find((w) => w.name === 'recommendationservice').containers[0];
const QUOTA_MSG = 'is forbidden: exceeded quota: boutique-quota, requested: limits.cpu=200m, used: limits.cpu=3925m, limited: limits.cpu=4';
const PRODUCTS = ['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0', 'LS4PSXUNUM', '9SIQT8TOJO'];
const sid = (i) => `${(0x3a1f9c00 + i * 7919).toString(16)}-6b2e-4c1a-9d47-${(0x5e83a1c20f41 + i * 104729).toString(16).slice(0, 12)}`;
const rid = (i) => `${(0x7c2d4e10 + i * 15485863).toString(16).slice(0, 8)}-91ab-4f0e-8c3d-${(0x2b6f90d1e7a3 + i * 32452843).toString(16).slice(0, 12)}`;
const line = (min, o) => JSON.stringify({ ...o, timestamp: T.isoMs(min) });

const frontLog = (seed, restarted) => {
  const out = [];
  if (restarted) out.push(line(restarted, { message: 'starting server on :8080', severity: 'info' }));
  for (let i = 0; i < 14; i++) {
    const m = (restarted ?? -34) + 0.1 + i * ((0 - (restarted ?? -34)) / 14);
    const n = seed * 100 + i;
    const path = i % 4 === 0 ? '/' : i % 4 === 3 ? '/cart' : `/product/${PRODUCTS[n % 8]}`;
    const slow = m > -15;
    if (slow && i % 3 === 1)
      out.push(line(m - 0.01, { error: 'rpc error: code = DeadlineExceeded desc = context deadline exceeded', 'http.req.id': rid(n), 'http.req.method': 'GET', 'http.req.path': path, message: 'failed to retrieve ads', session: sid(n), severity: 'warning' }));
    out.push(line(m, { 'http.req.id': rid(n), 'http.req.method': 'GET', 'http.req.path': path, 'http.resp.bytes': 7000 + (n * 37) % 3000, 'http.resp.status': 200, 'http.resp.took_ms': slow ? 1400 + (n * 613) % 3900 : 38 + (n * 7) % 60, message: 'request complete', session: sid(n), severity: 'debug' }));
  }
  return out;
};

const quota = {
  name: 'boutique-quota',
  hard: { pods: '40', 'requests.cpu': '4', 'requests.memory': '8Gi', 'limits.cpu': '4', 'limits.memory': '8Gi' },
  used: { pods: '17', 'requests.cpu': '2170m', 'requests.memory': '1688Mi', 'limits.cpu': '3925m', 'limits.memory': '3182Mi' },
};

const hpa = {
  name: 'frontend',
  spec: {
    scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'frontend' },
    minReplicas: 2,
    maxReplicas: 10,
    metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 60 } } }],
  },
  status: {
    lastScaleTime: T.iso(-9),
    currentReplicas: 4,
    desiredReplicas: 10,
    currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 189, averageValue: '189m' } } }],
    conditions: [
      { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 12), reason: 'SucceededRescale', message: 'the HPA controller was able to update the target scale to 10' },
      { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 12), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
      { type: 'ScalingLimited', status: 'True', lastTransitionTime: T.iso(-9), reason: 'TooManyReplicas', message: 'the desired replica count is more than the maximum replica count' },
    ],
  },
};

const killed = (restarts, startedAt, prevStart, finishedAt, ready = true) =>
  cs.restartedRunning({ restarts, startedAt: T.iso(startedAt), ready, last: { exitCode: 143, reason: 'Error', startedAt: T.iso(prevStart), finishedAt: T.iso(finishedAt) } });

export const scenarios = [
  {
    folder: 's45a-frontend-hpa-blocked-by-quota',
    incidentTime: '2026-09-18T18:58:00Z',
    description: 'boutique storefront crawling + intermittent 502s since ~18:45 (marketing email went out 18:40). frontend pods look up',
    expected: { component: 'frontend', cause: 'quota-exceeded' },
    difficulty: 'hard',
    traits: ['cpu-starvation', 'pods-ready', 'decoy', 'time-expression'],
    grounding: `
      Manifests: GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml at 34ffea9 (frontend requests 100m /
      limits 200m CPU, liveness and readiness httpGet /_healthz with timeoutSeconds 1; every container has CPU limits). Added
      as in many production installs: a frontend HorizontalPodAutoscaler (2-10 replicas, 60% CPU) and a namespace
      ResourceQuota boutique-quota sized by the platform team on normal traffic (limits.cpu 4). Fault: a marketing email at
      18:40 multiplies traffic; the HPA goes 2 -> 4 (18:27, fits: limits.cpu 3925m of 4) -> 7 (18:44) -> 10 (18:49), but every
      new frontend pod is refused by admission: the ReplicaSet's FailedCreate events and the Deployment's ReplicaFailure
      condition carry 'exceeded quota: boutique-quota, requested: limits.cpu=200m, used: limits.cpu=3925m, limited:
      limits.cpu=4' (the apiserver's quota admission text). The four frontend pods run pinned at their 200m limit (HPA 189% of
      request): requests take seconds, ad lookups time out ("failed to retrieve ads" DeadlineExceeded), the 1 s liveness and
      readiness probes time out, the kubelet restarts two pods (SIGTERM, exit 143) and one is not
      Ready, and the load balancer answers 502 for the gaps. Callers are users, so no service logs the quota: only the
      events, the HPA status and the Deployment say it. Decoy: a recommendationservice image bump (v0.10.6 -> v0.10.7) at
      18:23, healthy.`,
    resourceQuotas: [quota],
    hpas: [hpa],
    workloads: {
      frontend: {
        replicas: 10,
        rsReplicas: 10,
        pods: [
          { created: T.iso(-60 * 24 * 9) },
          { created: T.iso(-60 * 24 * 9), ready: false, readyTransition: T.iso(-1.6), containers: { server: killed(2, -3.2, -7.9, -3.3, false) } },
          { created: T.iso(-31.5) },
          { created: T.iso(-31.4), containers: { server: killed(1, -6.1, -31.2, -6.2) } },
        ],
        deployStatus: {
          observedGeneration: 11,
          replicas: 4,
          updatedReplicas: 4,
          readyReplicas: 3,
          availableReplicas: 3,
          unavailableReplicas: 7,
          conditions: [
            { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "frontend-%NEW%" has successfully progressed.' },
            { type: 'Available', status: 'False', lastUpdateTime: T.iso(-13.9), lastTransitionTime: T.iso(-13.9), reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' },
            { type: 'ReplicaFailure', status: 'True', lastUpdateTime: T.iso(-13.9), lastTransitionTime: T.iso(-13.9), reason: 'FailedCreate', message: `pods "frontend-%NEW%-x7bqk" ${QUOTA_MSG}` },
          ],
        },
      },
      recommendationservice: {
        rollout: { at: -35, oldContainers: { server: { image: rec.image } } },
        containers: { server: { image: rec.image.replace('v0.10.6', 'v0.10.7') } },
      },
    },
    events: [
      { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendationservice-%NEW% to 1', first: -35 },
      { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set recommendationservice-%OLD% to 0 from 1', first: -34.3 },
      { on: 'hpa:frontend', reason: 'SuccessfulRescale', message: 'New size: 4; reason: cpu resource utilization (percentage of request) above target', first: -31.6 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 4 from 2', first: -31.6 },
      { on: 'hpa:frontend', reason: 'SuccessfulRescale', message: 'New size: 7; reason: cpu resource utilization (percentage of request) above target', first: -14 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 7 from 4', first: -14 },
      { on: 'hpa:frontend', reason: 'SuccessfulRescale', message: 'New size: 10; reason: cpu resource utilization (percentage of request) above target', first: -9 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 10 from 7', first: -9 },
      { on: 'rs:frontend', reason: 'FailedCreate', type: 'Warning', message: `Error creating: pods "frontend-%RS%" ${QUOTA_MSG}`, first: -13.95 },
      { on: 'rs:frontend', reason: 'FailedCreate', type: 'Warning', message: `(combined from similar events): Error creating: pods "frontend-%RS%" ${QUOTA_MSG}`, first: -13.6, last: -0.4, count: 23 },
      { on: 'pod:frontend#1', reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: Get "http://%PODIP%:8080/_healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -12.2, last: -0.7, count: 12, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#1', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/_healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -12.4, last: -0.2, count: 21, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#1', reason: 'Killing', message: 'Container server failed liveness probe, will be restarted', first: -8.0, last: -3.3, count: 2, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#3', reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: Get "http://%PODIP%:8080/_healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -10.1, last: -1.9, count: 6, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#3', reason: 'Killing', message: 'Container server failed liveness probe, will be restarted', first: -6.2, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/_healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -11.7, last: -1.1, count: 9, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'frontend#0/server': frontLog(0),
      'frontend#1/server': frontLog(1, -3.2),
      'frontend#2/server': frontLog(2, -31.2),
      'frontend#3/server': frontLog(3, -6.1),
    },
  },
];

/** Fix-ups the kit cannot express: the frontend ReplicaSet wants 10 pods but has 4, with its ReplicaFailure condition. */
export const post = {
  's45a-frontend-hpa-blocked-by-quota': ({ read, write }) => {
    const rss = read('replicasets.json');
    for (const r of rss.items) {
      if (r.metadata.ownerReferences[0].name !== 'frontend') continue;
      r.status = {
        replicas: 4, fullyLabeledReplicas: 4, readyReplicas: 3, availableReplicas: 3, observedGeneration: 4,
        conditions: [{ type: 'ReplicaFailure', status: 'True', lastTransitionTime: T.iso(-13.9), reason: 'FailedCreate', message: `pods "${r.metadata.name}-x7bqk" ${QUOTA_MSG}` }],
      };
      r.metadata.generation = 4;
    }
    write('replicasets.json', rss);
  },
};
