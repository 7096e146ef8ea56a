// Batch s43a (blind dev, split: dev): one Online Boutique incident on the session-2 system definition
// (GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml, v0.10.6): a frontend rollout pinned to a node pool that does not exist.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const frontLine = (T, min, severity, message, extra = {}) =>
  JSON.stringify({
    'http.req.id': extra.id ?? 'c1a8f0de-3b1e-4c57-9d6a-2f4b9e7a1c03',
    'http.req.method': extra.method ?? 'GET',
    'http.req.path': extra.path ?? '/',
    ...(extra.status ? { 'http.resp.status': extra.status, 'http.resp.took_ms': extra.took ?? 12, 'http.resp.bytes': extra.bytes ?? 9813 } : {}),
    message,
    session: extra.session ?? '9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0',
    severity,
    timestamp: T.isoMs(min),
  });

const T1 = clock('2026-02-17T10:58:00Z');
const okReq = (T, min, path, id, session, took) => [
  frontLine(T, min, 'debug', 'request started', { path, id, session }),
  frontLine(T, min + 0.0003, 'debug', 'request complete', { path, id, session, status: 200, took }),
];

export const scenarios = [
  {
    folder: 's43a-frontend-nodepool-selector',
    incidentTime: '2026-02-17T10:58:00Z',
    description: 'frontend deploy hung since ~10:35, argo says Degraded / progress deadline exceeded. shop still up on old version',
    expected: { component: 'frontend', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'frontend', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['time-expression', 'decoy'],
    grounding: `
      Online Boutique v0.10.6 frontend Deployment (2 replicas, RollingUpdate 25%/25%, so maxSurge 1 and maxUnavailable 0): the
      release adds nodeSelector cloud.google.com/gke-nodepool: frontend-pool, a dedicated pool whose Terraform apply never ran
      (every node of the cluster is in default-pool). The surge pod stays Pending with the scheduler's real message
      "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector", the cluster autoscaler reports
      NotTriggerScaleUp (no node group matches), and after progressDeadlineSeconds 600 the Deployment shows
      ProgressDeadlineExceeded; the two old pods keep serving, so users see nothing. A common GKE/EKS rollout failure
      (Kubernetes docs "Assigning Pods to Nodes", cluster-autoscaler FAQ "NotTriggerScaleUp"). Decoys: a cartservice OOMKill three
      days old (128Mi limit, restarted and healthy since) and a healthy adservice rollout this morning.`,
    workloads: {
      frontend: {
        rollout: { at: -23, revision: 9, oldReplicas: 2, oldPatch: { nodeSelector: undefined } },
        patch: { nodeSelector: { 'cloud.google.com/gke-nodepool': 'frontend-pool' } },
        pods: [{ unscheduled: "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.", created: T1.iso(-23) }],
        progressing: (rsName) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T1.iso(-13), lastTransitionTime: T1.iso(-13), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rsName}" has timed out progressing.` }),
      },
      cartservice: {
        pods: [
          { containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 24 * 3 - 130), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 24 * 3 - 131) } }) } },
          {},
        ],
      },
      adservice: { rollout: { at: -60 * 3.5, revision: 6, oldContainers: { server: { image: 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/adservice:v0.10.5' } } } },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -23 },
      { on: 'pod:frontend#0', reason: 'FailedScheduling', type: 'Warning', source: 'default-scheduler', message: "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.", first: -23, last: -3, count: 6 },
      { on: 'pod:frontend#0', reason: 'NotTriggerScaleUp', source: 'cluster-autoscaler', message: "pod didn't trigger scale-up: 1 node(s) didn't match Pod's node affinity/selector", first: -22.5, last: -1, count: 22 },
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set adservice-%NEW% to 1', first: -60 * 3.5 },
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set adservice-%OLD% to 0 from 1', first: -60 * 3.5 + 0.7 },
    ],
    logs: {
      'frontend#old0/server': [
        ...okReq(T1, -9.2, '/', '5e0b7a43-7d0e-4b8c-9a61-0c2f3e8d4b17', '2f8c1d3e-7a90-4b6e-8c12-9d4e0f6a7b21', 41),
        ...okReq(T1, -6.8, '/product/OLJCESPC7Z', 'a4d2c9e1-38f7-4e0b-b6a5-71c3d8e2f904', '2f8c1d3e-7a90-4b6e-8c12-9d4e0f6a7b21', 23),
        ...okReq(T1, -4.1, '/cart', '0d7e3f12-b95a-4c68-a2e4-6f1b9c8d3a75', 'c3a6e9f2-1b4d-4a8e-9f70-2d5c8b1e6a34', 18),
        ...okReq(T1, -1.4, '/', '9f1c4b6a-2e7d-4d03-8b5a-3c9e7f2a1d60', 'e7b2a4c9-5f18-4c6d-a3e0-8b1f9d2c7e45', 37),
      ],
      'frontend#old1/server': [
        ...okReq(T1, -8.3, '/product/66VCHSJNUP', '7b3e1d9c-4a2f-4e85-b0c6-d8f2a5e1c937', '5d9a2c7e-3f1b-4e6a-8d04-b7c1e9f3a268', 26),
        ...okReq(T1, -3.6, '/cart/checkout', 'e2c8a1f4-6d3b-4b97-9e05-1a7f3c8d2b64', '5d9a2c7e-3f1b-4e6a-8d04-b7c1e9f3a268', 212).map((l) => l.replace('"GET"', '"POST"')),
        frontLine(T1, -3.59, 'info', 'order placed', { path: '/cart/checkout', method: 'POST', id: 'e2c8a1f4-6d3b-4b97-9e05-1a7f3c8d2b64', session: '5d9a2c7e-3f1b-4e6a-8d04-b7c1e9f3a268' }),
      ],
    },
  },
];
