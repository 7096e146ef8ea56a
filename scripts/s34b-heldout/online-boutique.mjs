// s34b held-out scenario for Online Boutique (split: test), written blind: the session-2 system definition
// (microservices-demo v0.10.6 manifests) plus one incident; built by scripts/s34b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const T1 = clock('2026-05-19T14:32:00Z');
const fl = (T, min, msg, extra = {}) =>
  JSON.stringify({
    'http.req.id': extra.id,
    'http.req.method': extra.method ?? 'GET',
    'http.req.path': extra.path ?? '/',
    ...(extra.bytes !== undefined ? { 'http.resp.bytes': extra.bytes, 'http.resp.status': extra.status ?? 200, 'http.resp.took_ms': extra.took } : {}),
    message: msg,
    session: extra.session ?? '5d1f0c2a-8e3b-4a71-9f6e-3c2b7d8e1a40',
    severity: 'debug',
    timestamp: T.isoMs(min),
  });
const reqPair = (T, min, id, path, took, bytes) => [
  fl(T, min, 'request started', { id, path }),
  fl(T, min + took / 60000, 'request complete', { id, path, took, bytes }),
];
const PATHS = ['/', '/product/OLJCESPC7Z', '/product/66VCHSJNUP', '/cart', '/product/1YMWWN1N4O', '/', '/product/L9ECAV7KIM', '/product/2ZYFJ3GM2N'];
const frontendLog = (T, seed) => {
  const out = [];
  for (let i = 0; i < 24; i++) {
    const min = -40 + i * 1.6 + seed * 0.31;
    const slow = min > -24;
    const took = slow ? 1800 + ((i * 733 + seed * 211) % 2600) : 22 + ((i * 37 + seed * 13) % 90);
    const id = `${(0x3a1f0000 + i * 4099 + seed * 17).toString(16)}-6c2e-4b8a-9d31-${(0x51e2a7c00000 + i * 7919 + seed).toString(16)}`;
    out.push(...reqPair(T, min, id, PATHS[(i + seed) % PATHS.length], took, 7800 + ((i * 97) % 4000)));
  }
  return out;
};

const QUOTA_MSG = 'exceeded quota: boutique-quota, requested: limits.cpu=200m, used: limits.cpu=3925m, limited: limits.cpu=4';

export const scenarios = [
  {
    folder: 's34b-frontend-hpa-quota',
    incidentTime: '2026-05-19T14:32:00Z',
    description: 'shop is crawling since ~14:10, product pages take 3-4s to load, no errors just slow',
    expected: { component: 'frontend', cause: 'quota-exceeded' },
    alsoAcceptable: [{ component: 'frontend', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'cpu-starvation', 'time-expression', 'decoy'],
    grounding: `
      Online Boutique v0.10.6 (release/kubernetes-manifests.yaml): frontend requests 100m and limits 200m CPU, 2 replicas here.
      Deviation from upstream: the shop's team added a CPU HorizontalPodAutoscaler on frontend (min 2, max 10, 70% of request)
      and the platform team a namespace ResourceQuota boutique-quota with limits.cpu 4. The sum of the limits of the running pods
      (frontend x4 at 200m, cartservice x2 at 300m, productcatalogservice x2 at 200m, adservice 300m, loadgenerator 500m, redis-cart
      125m, six others at 200m) is 3925m, so when a traffic peak drives the HPA from 4 to 7 replicas the ReplicaSet controller's
      creates are rejected by the quota admission plugin with its real text ("exceeded quota: <name>, requested: ..., used: ...,
      limited: ...") as FailedCreate events, the Deployment gets ReplicaFailure/FailedCreate and stays below minimum availability,
      and the four frontend pods stay Ready but throttled at their 200m limit: the Go frontend's logrus JSON request log shows
      request complete in 2-4 s instead of tens of ms and kubelet readiness probes on /_healthz time out now and then
      (Client.Timeout exceeded while awaiting headers), as is common for CPU-throttled Go HTTP servers. Known Kubernetes behaviour:
      an HPA scaling into a ResourceQuota fails silently except for the ReplicaSet's FailedCreate events
      (kubernetes/kubernetes issues on HPA and ResourceQuota). Decoy: a currencyservice rollout three hours earlier that finished
      cleanly. Expected: frontend, quota-exceeded (the quota blocks the scale-out); frontend resource-exhaustion (CPU throttling at
      the limit) is also accepted.`,
    workloads: {
      frontend: {
        replicas: 7,
        rsReplicas: 7,
        pods: [
          {},
          {},
          { created: T1.iso(-21.6) },
          { created: T1.iso(-21.4) },
        ],
        unavailableSince: -17.8,
      },
      currencyservice: {
        rollout: { at: -182, revision: 6, oldContainers: { server: { image: `${'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo'}/currencyservice:v0.10.5` } } },
      },
    },
    hpas: [
      {
        name: 'frontend',
        spec: {
          scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'frontend' },
          minReplicas: 2,
          maxReplicas: 10,
          metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
        },
        status: {
          lastScaleTime: T1.iso(-18),
          currentReplicas: 4,
          desiredReplicas: 7,
          currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 196, averageValue: '196m' } } }],
          conditions: [
            { type: 'AbleToScale', status: 'True', lastTransitionTime: T1.iso(-60 * 24 * 12), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
            { type: 'ScalingActive', status: 'True', lastTransitionTime: T1.iso(-60 * 24 * 12), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
            { type: 'ScalingLimited', status: 'False', lastTransitionTime: T1.iso(-60 * 24 * 2), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
          ],
        },
      },
    ],
    resourceQuotas: [
      {
        name: 'boutique-quota',
        hard: { pods: '30', 'requests.cpu': '3', 'requests.memory': '4Gi', 'limits.cpu': '4', 'limits.memory': '6Gi' },
        used: { pods: '15', 'requests.cpu': '2270m', 'requests.memory': '1682Mi', 'limits.cpu': '3925m', 'limits.memory': '3210Mi' },
      },
    ],
    events: [
      { on: 'hpa:frontend', reason: 'SuccessfulRescale', message: 'New size: 4; reason: cpu resource utilization (percentage of request) above target', first: -22, source: 'horizontal-pod-autoscaler' },
      { on: 'hpa:frontend', reason: 'SuccessfulRescale', message: 'New size: 7; reason: cpu resource utilization (percentage of request) above target', first: -18, source: 'horizontal-pod-autoscaler' },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 4 from 2', first: -22 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 7 from 4', first: -18 },
      { on: 'rs:frontend', reason: 'SuccessfulCreate', message: 'Created pod: frontend-%RS%', first: -21.6, last: -21.4, count: 2 },
      { on: 'rs:frontend', type: 'Warning', reason: 'FailedCreate', message: `Error creating: pods "frontend-%RS%" is forbidden: ${QUOTA_MSG}`, first: -18, last: -0.7, count: 23 },
      { on: 'pod:frontend#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/_healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -19, last: -2.5, count: 7, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#2', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/_healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -16, last: -4, count: 4, fieldPath: 'spec.containers{server}' },
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set currencyservice-%NEW% to 1', first: -182 },
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set currencyservice-%OLD% to 0 from 1', first: -181 },
    ],
    logs: {
      'frontend#0/server': frontendLog(T1, 0),
      'frontend#1/server': frontendLog(T1, 1),
      'frontend#2/server': frontendLog(T1, 2).slice(-26),
      'frontend#3/server': frontendLog(T1, 3).slice(-24),
      'currencyservice#0/server': [
        JSON.stringify({ severity: 'info', time: Date.parse(T1.isoMs(-181.8)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message: 'Profiler disabled.' }),
        JSON.stringify({ severity: 'info', time: Date.parse(T1.isoMs(-181.8)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message: 'Tracing disabled.' }),
        JSON.stringify({ severity: 'info', time: Date.parse(T1.isoMs(-181.7)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message: 'Starting gRPC server on port 7000...' }),
        ...Array.from({ length: 10 }, (_, i) => [
          JSON.stringify({ severity: 'info', time: Date.parse(T1.isoMs(-30 + i * 3)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message: 'received conversion request' }),
          JSON.stringify({ severity: 'info', time: Date.parse(T1.isoMs(-30 + i * 3 + 0.0004)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message: 'conversion request successful' }),
        ]).flat(),
      ],
    },
  },
];

// Deployment and ReplicaSet status while the quota rejects the scale-out: 7 desired, 4 exist, ReplicaFailure set.
export const post = {
  's34b-frontend-hpa-quota': ({ edit, T }) => {
    const cond = { type: 'ReplicaFailure', status: 'True', lastUpdateTime: T.iso(-18), lastTransitionTime: T.iso(-18), reason: 'FailedCreate', message: `pods "frontend-%X%" is forbidden: ${QUOTA_MSG}` };
    let rsName;
    edit('replicasets.json', (l) => {
      const rs = l.items.find((r) => r.metadata.ownerReferences[0].name === 'frontend');
      rsName = rs.metadata.name;
      rs.status = { replicas: 4, fullyLabeledReplicas: 4, readyReplicas: 4, availableReplicas: 4, observedGeneration: 3, conditions: [{ type: 'ReplicaFailure', status: 'True', lastTransitionTime: T.iso(-18), reason: 'FailedCreate', message: cond.message.replace('frontend-%X%', `${rsName}-q8m2w`) }] };
      rs.metadata.generation = 3;
    });
    edit('deployments.json', (l) => {
      const d = l.items.find((x) => x.metadata.name === 'frontend');
      d.status.conditions.push({ ...cond, message: cond.message.replace('frontend-%X%', `${rsName}-q8m2w`) });
    });
  },
};
