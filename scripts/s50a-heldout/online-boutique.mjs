// s50a held-out scenario for Online Boutique (split: test), written blind: the session-2 system definition and one incident.
// Built by scripts/s50a-build.mjs with the kit (scripts/s2-scenario-kit.mjs); `post` sets the frontend Deployment's status.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;

const T = clock('2026-11-27T18:52:00Z');
const fe = (min, path, took, status = 200, id = 'a3c1', sess = '5e2d') =>
  JSON.stringify({
    'http.req.id': `${id}${Math.round(min * 1000) % 9000 + 1000}-7f1e-4b2a-9c3d-${(took * 7919).toString(16).padStart(12, '0').slice(0, 12)}`,
    'http.req.method': 'GET', 'http.req.path': path, 'http.resp.bytes': 7000 + (took % 3000), 'http.resp.status': status,
    'http.resp.took_ms': took, message: 'request complete', session: `${sess}9a41-0c7e-4d2b-8f3a-1b6e${String(took).padStart(8, '0')}`,
    severity: 'debug', timestamp: T.isoMs(min),
  });
const paths = ['/', '/product/OLJCESPC7Z', '/product/66VCHSJNUP', '/cart', '/product/1YMWWN1N4O', '/', '/product/L9ECAV7KIM'];
const feLines = (from, to, step, tookAt) => {
  const out = [];
  for (let m = from, i = 0; m < to; m += step, i++) out.push(fe(m, paths[i % paths.length], tookAt(m, i)));
  return out;
};
const quotaMsg = (pod) =>
  `pods "${pod}" is forbidden: exceeded quota: compute-quota, requested: limits.cpu=200m, used: limits.cpu=3925m, limited: limits.cpu=4`;

export const scenarios = [
  {
    folder: 's50a-frontend-hpa-blocked-by-quota',
    split: 'test',
    description: 'shop is crawling, product pages timing out since ~18:35. black friday traffic',
    incidentTime: '2026-11-27T18:52:00Z',
    expected: { component: 'frontend', cause: 'quota-exceeded' },
    alsoAcceptable: [{ component: 'frontend', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'time-expression'],
    grounding: `
      Online Boutique release manifest (v0.10.6): frontend requests 100m/64Mi, limits 200m/128Mi, /_healthz probes with a 1 s
      timeout; productcatalogservice 100m/200m. The namespace carries a platform-team ResourceQuota "compute-quota" (limits.cpu 4)
      sized for normal traffic, and HPAs (autoscaling/v2, CPU 70 %) on frontend and productcatalogservice, as GKE's
      Online Boutique autoscaling guide sets them. During the evening peak productcatalogservice scaled 2 -> 4 at 18:21 and took
      the quota's headroom; when frontend's HPA asked for 6 replicas at 18:35 every pod creation was rejected by the quota
      admission ("exceeded quota: compute-quota, requested: limits.cpu=200m, used: limits.cpu=3925m, limited: limits.cpu=4",
      the apiserver's exact wording), so the two frontend pods stay throttled at their 200m limit: request latencies of 3-9 s,
      liveness timeouts and one liveness restart. Deployment status carries ReplicaFailure/FailedCreate as the deployment
      controller writes it. Used quota is the sum of the manifest's limits with 4 productcatalog replicas.
      A careful engineer names the quota blocking frontend's scale-out; CPU exhaustion of frontend is the same fault seen
      from the pods, also accepted.`,
    hpas: [
      {
        name: 'frontend',
        spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'frontend' }, minReplicas: 2, maxReplicas: 8, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }] },
        status: {
          lastScaleTime: T.iso(-17), currentReplicas: 2, desiredReplicas: 6,
          currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageValue: '196m', averageUtilization: 196 } } }],
          conditions: [
            { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 12), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
            { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 12), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
            { type: 'ScalingLimited', status: 'False', lastTransitionTime: T.iso(-60 * 24 * 3), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
          ],
        },
      },
      {
        name: 'productcatalogservice',
        spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'productcatalogservice' }, minReplicas: 2, maxReplicas: 6, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }] },
        status: {
          lastScaleTime: T.iso(-31), currentReplicas: 4, desiredReplicas: 4,
          currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageValue: '61m', averageUtilization: 61 } } }],
          conditions: [
            { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 12), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
            { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 12), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
            { type: 'ScalingLimited', status: 'False', lastTransitionTime: T.iso(-60 * 24 * 3), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
          ],
        },
      },
    ],
    resourceQuotas: [
      {
        name: 'compute-quota',
        hard: { pods: '40', 'requests.cpu': '3', 'requests.memory': '4Gi', 'limits.cpu': '4', 'limits.memory': '6Gi' },
        used: { pods: '16', 'requests.cpu': '2270m', 'requests.memory': '1688Mi', 'limits.cpu': '3925m', 'limits.memory': '3182Mi' },
      },
    ],
    workloads: {
      frontend: {
        replicas: 6,
        rsReplicas: 6,
        pods: [
          { node: 'gke-boutique-prod-default-pool-4f2a9c1e-7kqx' },
          {
            node: 'gke-boutique-prod-default-pool-9b31d0a7-wz5c',
            containers: {
              server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-5.6), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 6), finishedAt: T.iso(-5.8) } }),
            },
            readyTransition: T.iso(-5.2),
          },
        ],
        endpointsChanged: -5.2,
      },
      productcatalogservice: {
        replicas: 4,
        pods: [{}, {}, { created: T.iso(-31), node: 'gke-boutique-prod-default-pool-4f2a9c1e-m2dt' }, { created: T.iso(-31), node: 'gke-boutique-prod-default-pool-9b31d0a7-wz5c' }],
        endpointsChanged: -30.5,
      },
    },
    events: [
      { on: 'hpa:productcatalogservice', reason: 'SuccessfulRescale', message: 'New size: 4; reason: cpu resource utilization (percentage of request) above target', first: -31.2 },
      { on: 'rs:productcatalogservice', reason: 'SuccessfulCreate', message: 'Created pod: productcatalogservice-%RS%', first: -31.1 },
      { on: 'pod:productcatalogservice#2', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -31 },
      { on: 'pod:productcatalogservice#2', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/productcatalogservice:v0.10.6" already present on machine', first: -30.9, fieldPath: 'spec.containers{server}' },
      { on: 'pod:productcatalogservice#3', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -31 },
      { on: 'pod:productcatalogservice#3', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/productcatalogservice:v0.10.6" already present on machine', first: -30.9, fieldPath: 'spec.containers{server}' },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 4 from 2', first: -31.2 },
      { on: 'hpa:frontend', reason: 'SuccessfulRescale', message: 'New size: 6; reason: cpu resource utilization (percentage of request) above target', first: -17.1 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 6 from 2', first: -17.1 },
      { on: 'rs:frontend', reason: 'FailedCreate', type: 'Warning', message: `Error creating: ${quotaMsg('frontend-%RS%')}`, first: -17, last: -0.4, count: 23 },
      { on: 'pod:frontend#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/_healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -14, last: -1.1, count: 9, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#1', reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: Get "http://%PODIP%:8080/_healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -12, last: -2.3, count: 6, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#1', reason: 'Killing', message: 'Container server failed liveness probe, will be restarted', first: -5.9, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#1', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/frontend:v0.10.6" already present on machine', first: -5.7, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#1', reason: 'Started', message: 'Started container server', first: -5.6, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'frontend#0/server': [
        ...feLines(-24, -17, 0.7, (m, i) => 140 + ((i * 37) % 260)),
        ...feLines(-17, -0.2, 0.45, (m, i) => 2900 + ((i * 613) % 6100)),
      ],
      'frontend#1/server': [
        JSON.stringify({ message: 'starting server on :8080', severity: 'info', timestamp: T.isoMs(-5.55) }),
        ...feLines(-5.4, -0.2, 0.4, (m, i) => 3400 + ((i * 577) % 5200)),
      ],
      'frontend#1/server/previous': [
        ...feLines(-20, -17, 0.6, (m, i) => 150 + ((i * 41) % 240)),
        ...feLines(-17, -5.9, 0.5, (m, i) => 3100 + ((i * 701) % 6400)),
      ],
      'productcatalogservice#2/server': [
        JSON.stringify({ message: 'successfully parsed product catalog json', severity: 'info', timestamp: T.isoMs(-30.8) }),
        JSON.stringify({ message: 'starting grpc server at :3550', severity: 'info', timestamp: T.isoMs(-30.8) }),
      ],
    },
  },
];

// The deployment controller's status for frontend: 6 desired, 2 created, ReplicaFailure from the quota admission.
export const post = {
  's50a-frontend-hpa-blocked-by-quota': (dir) => {
    const f = join(dir, 'deployments.json');
    const list = JSON.parse(readFileSync(f, 'utf8'));
    const rs = JSON.parse(readFileSync(join(dir, 'replicasets.json'), 'utf8')).items.find((r) => r.metadata.ownerReferences[0].name === 'frontend');
    const d = list.items.find((x) => x.metadata.name === 'frontend');
    d.status = {
      observedGeneration: 9, replicas: 2, updatedReplicas: 2, readyReplicas: 2, availableReplicas: 2, unavailableReplicas: 4,
      conditions: [
        { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: `ReplicaSet "${rs.metadata.name}" has successfully progressed.` },
        { type: 'Available', status: 'False', lastUpdateTime: T.iso(-17), lastTransitionTime: T.iso(-17), reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' },
        { type: 'ReplicaFailure', status: 'True', lastUpdateTime: T.iso(-17), lastTransitionTime: T.iso(-17), reason: 'FailedCreate', message: quotaMsg(`${rs.metadata.name}-x7q2k`) },
      ],
    };
    d.metadata.generation = 9;
    writeFileSync(f, JSON.stringify(list, null, 2) + '\n');
  },
};
