// Blind held-out batch s66b (split test): one Online Boutique scenario as a compact spec for scripts/s2-scenario-kit.mjs.
// System from the session-2 definition (scripts/s2-scenarios/online-boutique.mjs, system part); built by scripts/s66b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const I = '2026-04-08T15:07:00Z';
const T = clock(I);
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const front = (min, severity, message, extra = {}) =>
  JSON.stringify({
    'http.req.id': extra.id, 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/',
    ...(extra.status ? { 'http.resp.bytes': extra.bytes, 'http.resp.status': extra.status, 'http.resp.took_ms': extra.took } : {}),
    message, session: extra.session, severity, timestamp: T.isoMs(min),
  });
const served = (min, id, path, session, bytes, took) => [
  front(min, 'debug', 'request started', { id, path, session }),
  front(min + took / 60000, 'debug', 'request complete', { id, path, session, status: 200, bytes, took }),
];
const FS = '0/3 nodes are available: 3 node(s) didn\'t match Pod\'s node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.';

export const scenarios = [
  {
    folder: 's66b-frontend-release-stuck',
    incidentTime: I,
    description:
      'frontend v0.10.7 deploy has been stuck ~25min, pipeline says "Waiting for deployment "frontend" rollout to finish: 1 out of 2 new replicas have been updated..." and now timed out. shop itself seems ok?',
    expected: { component: 'frontend', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'frontend', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['pods-ready', 'rollout-regression', 'time-expression', 'decoy'],
    grounding: `
      Online Boutique as the session-2 system (GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml at
      34ffea9): frontend runs 2 replicas with the default RollingUpdate strategy (maxSurge 25% rounds up to 1, maxUnavailable
      25% rounds down to 0), so a new pod that cannot be scheduled leaves both old pods serving. Fault (deviation, the incident
      itself): release v0.10.7 of frontend (image tag v0.10.6 -> v0.10.7) also added nodeSelector
      cloud.google.com/gke-nodepool: frontend-pool, meant for a dedicated node pool the platform team had not created; every
      node is in default-pool. The new ReplicaSet's one pod stays Pending with the scheduler's FailedScheduling ("didn't match
      Pod's node affinity/selector") and the GKE cluster autoscaler's NotTriggerScaleUp (no node group would match); after
      progressDeadlineSeconds 600 the Deployment reports Progressing=False ProgressDeadlineExceeded while Available stays True.
      The old and new ReplicaSet templates differ in exactly the image tag and the nodeSelector. The shop keeps working on the
      two old pods (their request logs are normal). Decoy: adservice was OOM-killed once three days ago and has run cleanly
      since. Public shape: the Kubernetes documentation on failed deployments (ProgressDeadlineExceeded) and on nodeSelector,
      and countless "pod pending: didn't match node selector" reports after a node pool rename. Cause named: unschedulable on
      frontend; bad-deploy-rollout on frontend is also accepted.`,
    workloads: {
      frontend: {
        patch: { nodeSelector: { 'cloud.google.com/gke-nodepool': 'frontend-pool' } },
        containers: { server: { image: `${REG}/frontend:v0.10.7` } },
        rollout: { at: -27, oldReplicas: 2, oldPatch: { nodeSelector: undefined }, oldContainers: { server: { image: `${REG}/frontend:v0.10.6` } } },
        pods: [{ unscheduled: FS, created: T.iso(-26.9) }],
        rsReplicas: 1,
        progressing: (rsName) => ({
          type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-16.9), lastTransitionTime: T.iso(-16.9),
          reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rsName}" has timed out progressing.`,
        }),
      },
      adservice: {
        pods: [
          {
            containers: {
              server: cs.restartedRunning({
                restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.1),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -27 },
      { on: 'pod:frontend#0', source: 'default-scheduler', reason: 'FailedScheduling', type: 'Warning', message: FS, first: -26.9, last: -1.6, count: 7 },
      { on: 'pod:frontend#0', source: 'cluster-autoscaler', reason: 'NotTriggerScaleUp', message: "pod didn't trigger scale-up: 2 node(s) didn't match Pod's node affinity/selector", first: -26.6, last: -0.8, count: 16 },
    ],
    logs: {
      'frontend#old0/server': [
        ...served(-4.1, '7f3e2b9a-5c41-4d8e-a2f6-1b9c0d7e4a15', '/', 'e1c4a7b2-93d0-4f6a-8b25-c0d9e3f71a46', 10924, 38),
        ...served(-3.3, '2a9c6e1f-8b74-4e05-9d3a-6f1b2c8e7d90', '/product/OLJCESPC7Z', 'e1c4a7b2-93d0-4f6a-8b25-c0d9e3f71a46', 8113, 52),
        ...served(-2.2, 'c4d8f0a3-1e6b-47c9-b582-3a7e9d1f6c24', '/cart', 'e1c4a7b2-93d0-4f6a-8b25-c0d9e3f71a46', 9487, 41),
      ],
      'frontend#old1/server': [
        ...served(-3.8, '91b7d2e4-6a3f-4c18-8e05-d7c2a9f1b364', '/', '5d2f8c1a-7e49-4b36-a0c8-e9f13b6d2a75', 10924, 35),
        ...served(-1.5, 'f0a6c3e9-2d84-4b71-9c5e-8a1d7f2b4e06', '/product/66VCHSJNUP', '5d2f8c1a-7e49-4b36-a0c8-e9f13b6d2a75', 8096, 47),
      ],
    },
  },
];
