// Batch s41a (blind dev): one Online Boutique incident, built by scripts/s41a-build.mjs with the kit and the session-2
// system definition (microservices-demo v0.10.6 on GKE); `post` writes the quota failure into the Deployment and ReplicaSet.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const T = clock('2026-06-05T19:27:00Z');
const SPOT = 'gke-boutique-prod-spot-pool-5d0e8f21-c3rk';
const SESS = ['3f6c9a1e-5b2d-4e7a-9c0f-1d8e2b7a6c45', 'b81d4e20-7a3c-4f19-8e6b-0c5a9d2f3e71', '0d9e2f6a-1c4b-4a8e-b7d3-95f0e8c2a614', 'e4a7c1b9-2d6f-4c3e-a815-7b9d0f2e6c38'];
const fl = (min, severity, message, x = {}) => JSON.stringify({
  ...(x.error ? { error: x.error } : {}),
  'http.req.id': x.id, 'http.req.method': x.method ?? 'GET', 'http.req.path': x.path ?? '/',
  ...(x.status ? { 'http.resp.bytes': x.bytes ?? 4521, 'http.resp.status': x.status, 'http.resp.took_ms': x.took ?? 12 } : {}),
  message, session: x.session ?? SESS[0], severity, timestamp: T.isoMs(min),
});
const rid = (i) => { const h = ((i * 2654435761) >>> 0).toString(16).padStart(8, '0'); return `${h}-${h.slice(0, 4)}-4${h.slice(1, 4)}-9${h.slice(4, 7)}-${h}${h.slice(0, 4)}`; };
const DIAL = 'rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial tcp %SVCIP:checkoutservice%:5050: connect: connection refused\\"';
const frontendLog = (offset) => {
  const out = [];
  for (let m = -34 + offset * 0.37; m < -0.2; m += 1.9) {
    const i = Math.round((m + 40) * 100) + offset * 7;
    const s = SESS[(i >> 2) % 4];
    out.push(fl(m, 'debug', 'request started', { id: rid(i), path: '/product/OLJCESPC7Z', session: s }));
    out.push(fl(m + 0.002, 'debug', 'request complete', { id: rid(i), path: '/product/OLJCESPC7Z', session: s, status: 200, took: 18 + (i % 23), bytes: 8210 }));
    if (m > -20.6 && (i % 3) !== 2) {
      out.push(fl(m + 0.4, 'debug', 'request started', { id: rid(i + 1), method: 'POST', path: '/cart/checkout', session: s }));
      out.push(`{"error":"failed to complete the order: ${DIAL}","http.req.id":"${rid(i + 1)}","http.req.method":"POST","http.req.path":"/cart/checkout","message":"request error","session":"${s}","severity":"error","timestamp":"${T.isoMs(m + 0.401)}"}`);
      out.push(fl(m + 0.401, 'debug', 'request complete', { id: rid(i + 1), method: 'POST', path: '/cart/checkout', session: s, status: 500, took: 2, bytes: 3012 }));
    } else if (m <= -20.6 && (i % 3) === 0) {
      out.push(fl(m + 0.4, 'debug', 'request started', { id: rid(i + 1), method: 'POST', path: '/cart/checkout', session: s }));
      out.push(fl(m + 0.402, 'info', 'order placed', { id: rid(i + 1), method: 'POST', path: '/cart/checkout', session: s }).replace('"message":"order placed"', `"message":"order placed","order":"${rid(i + 9)}"`));
      out.push(fl(m + 0.403, 'debug', 'request complete', { id: rid(i + 1), method: 'POST', path: '/cart/checkout', session: s, status: 200, took: 143 + (i % 40), bytes: 6920 }));
    }
  }
  return out;
};
const QUOTA = 'exceeded quota: boutique-quota, requested: limits.memory=128Mi, used: limits.memory=3054Mi, limited: limits.memory=3Gi';

export const scenarios = [
  {
    folder: 's41a-checkout-quota-after-spot-preemption',
    incidentTime: '2026-06-05T19:27:00Z',
    description: 'place order broken on the boutique, checkout gives 500 for everyone, started ~20 min ago',
    expected: { component: 'checkoutservice', cause: 'quota-exceeded' },
    alsoAcceptable: [{ component: 'checkoutservice', cause: 'no-endpoints' }],
    difficulty: 'hard',
    traits: ['time-expression', 'decoy'],
    grounding: `
      Manifest facts (microservices-demo release/kubernetes-manifests.yaml v0.10.6, session-2 system): checkoutservice is
      one replica listening on 5050 (limits 200m/128Mi), the frontend calls it at checkoutservice:5050 on POST
      /cart/checkout and logs the gRPC error with "failed to complete the order" and "request error" (logrus JSON,
      keys sorted). Deviations: the namespace carries a ResourceQuota boutique-quota (limits.cpu 4, limits.memory 3Gi, set by
      the platform team) and the frontend an HPA (2-6 replicas, 70% CPU), and the cluster has a spot node pool; both are
      common in GKE shops but not upstream. Fault: at the evening peak GKE reclaims the spot VM that held the only
      checkoutservice pod (the node object is deleted by the cloud node lifecycle controller, pod GC removes its pods).
      In the same minute the HPA scales the frontend from 3 to 4, which takes the last 128Mi of limits.memory; the
      ReplicaSet controller's replacement pod is then refused by quota admission ("exceeded quota: boutique-quota,
      requested: limits.memory=128Mi, used: limits.memory=3054Mi, limited: limits.memory=3Gi") on every retry, the
      Deployment shows ReplicaFailure/FailedCreate, the Service has no endpoints and kube-proxy rejects the frontend's
      connections (connection refused). The quota's used figures are the sum of the upstream limits with 4 frontends.
      Decoys: the HPA rescale itself (normal peak behaviour), an old adservice restart.`,
    resourceQuotas: [{
      name: 'boutique-quota',
      hard: { 'limits.cpu': '4', 'limits.memory': '3Gi', 'requests.cpu': '3', 'requests.memory': '2Gi', pods: '20' },
      used: { 'limits.cpu': '3725m', 'limits.memory': '3054Mi', 'requests.cpu': '2070m', 'requests.memory': '1624Mi', pods: '16' },
    }],
    hpas: [{
      name: 'frontend',
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'frontend' }, minReplicas: 2, maxReplicas: 6, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }] },
      status: {
        currentReplicas: 4, desiredReplicas: 4, lastScaleTime: T.iso(-20.7),
        currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 61, averageValue: '61m' } } }],
        conditions: [
          { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 12), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
          { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 12), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
          { type: 'ScalingLimited', status: 'False', lastTransitionTime: T.iso(-60 * 24 * 3), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
        ],
      },
    }],
    workloads: {
      frontend: {
        replicas: 4,
        pods: [{}, {}, {}, { created: T.iso(-20.7), node: 'gke-boutique-prod-default-pool-9b31d0a7-wz5c' }],
      },
      checkoutservice: {
        pods: [],
        rsReplicas: 1,
        endpointsChanged: -20.8,
        deployStatus: {
          observedGeneration: 5, replicas: 0, updatedReplicas: 0, readyReplicas: 0, availableReplicas: 0, unavailableReplicas: 1,
          conditions: [
            { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "%RSNAME:checkoutservice%" has successfully progressed.' },
            { type: 'Available', status: 'False', lastUpdateTime: T.iso(-20.8), lastTransitionTime: T.iso(-20.8), reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' },
            { type: 'ReplicaFailure', status: 'True', lastUpdateTime: T.iso(-20.7), lastTransitionTime: T.iso(-20.7), reason: 'FailedCreate', message: `pods "%RSNAME:checkoutservice%-" is forbidden: ${QUOTA}` },
          ],
        },
      },
      adservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 31), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 31) } }) } }],
      },
    },
    events: [
      { on: `node:${SPOT}`, source: 'cloud-node-lifecycle-controller', reason: 'DeletingNode', message: `Deleting node ${SPOT} because it does not exist in the cloud provider`, first: -20.4, last: -20.4 },
      { on: `node:${SPOT}`, source: 'node-controller', reason: 'RemovingNode', message: `Node ${SPOT} event: Removing Node ${SPOT} from Controller`, first: -20.3, last: -20.3 },
      { on: 'hpa:frontend', reason: 'SuccessfulRescale', message: 'New size: 4; reason: cpu resource utilization (percentage of request) above target', first: -20.7, last: -20.7 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 4 from 3', first: -20.7, last: -20.7 },
      { on: 'pod:frontend#3', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to gke-boutique-prod-default-pool-9b31d0a7-wz5c', first: -20.7, last: -20.7 },
      { on: 'pod:frontend#3', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/frontend:v0.10.6" already present on machine', first: -20.6, last: -20.6, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#3', reason: 'Started', message: 'Started container server', first: -20.6, last: -20.6, fieldPath: 'spec.containers{server}' },
      { on: 'rs:checkoutservice', type: 'Warning', reason: 'FailedCreate', message: `Error creating: pods "%RSNAME:checkoutservice%-" is forbidden: ${QUOTA}`, first: -20.7, last: -0.6, count: 27 },
    ],
    logs: {
      'frontend#0/server': frontendLog(0),
      'frontend#1/server': frontendLog(1),
      'frontend#3/server': [
        `{"message":"starting server on :8080","severity":"info","timestamp":"${T.isoMs(-20.6)}"}`,
        ...frontendLog(2).filter((l) => Date.parse(JSON.parse(l.replace(/\\"/g, "'")).timestamp) > Date.parse(T.isoMs(-20.5))),
      ],
      'productcatalogservice#0/server': [
        `{"message":"successfully parsed product catalog json","severity":"info","timestamp":"${T.isoMs(-60 * 24 * 9 + 0.4)}"}`,
        `{"message":"starting grpc server at :3550","severity":"info","timestamp":"${T.isoMs(-60 * 24 * 9 + 0.4)}"}`,
      ],
    },
  },
];

/** What the kit cannot express: the ReplicaSet's name in the quota messages, the ReplicaSet's ReplicaFailure condition. */
export const post = {
  's41a-checkout-quota-after-spot-preemption': (dir) => {
    const rd = (f) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const wr = (f, b) => writeFileSync(join(dir, f), JSON.stringify(b, null, 2) + '\n');
    const rss = rd('replicasets.json');
    const rs = rss.items.find((r) => r.metadata.ownerReferences[0].name === 'checkoutservice');
    rs.status = { replicas: 0, observedGeneration: 1, conditions: [{ type: 'ReplicaFailure', status: 'True', lastTransitionTime: T.iso(-20.7), reason: 'FailedCreate', message: `pods "${rs.metadata.name}-" is forbidden: ${QUOTA}` }] };
    wr('replicasets.json', rss);
    for (const f of ['deployments.json', 'events.json']) {
      const txt = readFileSync(join(dir, f), 'utf8').replaceAll('%RSNAME:checkoutservice%', rs.metadata.name);
      writeFileSync(join(dir, f), txt);
    }
  },
};
