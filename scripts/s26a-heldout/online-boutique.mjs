// Batch s26a held-out scenario for Online Boutique (split: test), written blind: a frontend rollout adds envFrom a
// ConfigMap that was never applied, so the new pod sits in CreateContainerConfigError and the rollout hangs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const INC = '2026-06-09T10:32:00Z';
const T = clock(INC);
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const fl = (min, severity, message, extra = {}) =>
  JSON.stringify({
    'http.req.id': extra.id ?? '4be0f2a1-9c3d-4e57-8a61-0d2c7b9e3f14',
    'http.req.method': extra.method ?? 'GET',
    'http.req.path': extra.path ?? '/',
    ...(extra.status ? { 'http.resp.bytes': extra.bytes ?? 8123, 'http.resp.status': extra.status, 'http.resp.took_ms': extra.took ?? 41 } : {}),
    message,
    session: extra.session ?? '6f1d0b2e-4a37-4c8e-9b15-e2d3a4c5f607',
    severity,
    timestamp: T.isoMs(min),
  });
const front = system.workloads.find((w) => w.name === 'frontend').containers[0];

export const scenarios = [
  {
    folder: 's26a-frontend-rollout-missing-configmap',
    split: 'test',
    description: 'frontend deploy has been hanging in argo for 20 min, new pod never comes up',
    incidentTime: INC,
    expected: { component: 'frontend', cause: 'config-missing' },
    alsoAcceptable: [{ component: 'frontend', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'pods-ready', 'time-expression', 'decoy'],
    grounding: `
      Manifests: GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml at 34ffea9 (v0.10.6; session-2 system
      definition): frontend is a Deployment of 2 replicas with the default RollingUpdate strategy (maxSurge 25% -> 1,
      maxUnavailable 25% -> 0), so a rollout whose new pod never becomes Ready leaves both old pods serving.
      Change: the storefront team's Argo CD application bumps frontend to v0.10.7 and adds envFrom configMapRef
      frontend-feature-flags (not optional); the ConfigMap lives in a second Argo application that was not synced. The kubelet
      cannot build the container's environment: the container waits in CreateContainerConfigError with
      'configmap "frontend-feature-flags" not found' and the Warning Failed event "Error: configmap ... not found" repeats;
      after progressDeadlineSeconds (600) the Deployment reports ProgressDeadlineExceeded. The shop keeps working on the two old
      pods. configmaps.json lists only kube-root-ca.crt in the namespace.
      Decoy: cartservice restarted once two days ago (OOMKilled at its 128Mi limit), healthy since; nothing else changed.
    `,
    configMaps: [{ name: 'kube-root-ca.crt', keys: ['ca.crt'] }],
    workloads: {
      frontend: {
        rollout: { at: -21, oldReplicas: 2, oldContainers: { server: { image: `${REG}/frontend:v0.10.6`, envFrom: undefined } } },
        containers: {
          server: { image: `${REG}/frontend:v0.10.7`, envFrom: [{ configMapRef: { name: 'frontend-feature-flags' } }] },
        },
        rsReplicas: 1,
        pods: [
          {
            containers: {
              server: cs.waiting('CreateContainerConfigError', 'configmap "frontend-feature-flags" not found'),
            },
          },
        ],
        progressing: (rs) => ({
          type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-11), lastTransitionTime: T.iso(-11),
          reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.`,
        }),
      },
      cartservice: {
        pods: [
          {
            containers: {
              server: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 2 - 17),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 17.1) },
              }),
            },
          },
          {},
        ],
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -21, last: -21 },
      { on: 'pod:frontend#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -20.5, last: -20.5 },
      { on: 'pod:frontend#0', reason: 'Pulling', fieldPath: 'spec.containers{server}', message: `Pulling image "${REG}/frontend:v0.10.7"`, first: -20.5, last: -20.5 },
      { on: 'pod:frontend#0', reason: 'Pulled', fieldPath: 'spec.containers{server}', message: `Successfully pulled image "${REG}/frontend:v0.10.7" in 3.412s (3.412s including waiting). Image size: 14012417 bytes.`, first: -20.4, last: -20.4 },
      { on: 'pod:frontend#0', type: 'Warning', reason: 'Failed', fieldPath: 'spec.containers{server}', message: 'Error: configmap "frontend-feature-flags" not found', first: -20.4, last: -0.3, count: 96 },
      { on: 'pod:frontend#0', reason: 'Pulled', fieldPath: 'spec.containers{server}', message: `Container image "${REG}/frontend:v0.10.7" already present on machine`, first: -20.2, last: -0.3, count: 95 },
    ],
    logs: {
      'frontend#old0/server': [
        fl(-3.2, 'info', 'request started', { path: '/product/OLJCESPC7Z' }),
        fl(-3.2, 'debug', 'request complete', { path: '/product/OLJCESPC7Z', status: 200, took: 38 }),
        fl(-1.1, 'info', 'request started', { path: '/cart', id: '9a0c1e2f-3b4d-4c5e-8f60-718293a4b5c6' }),
        fl(-1.1, 'debug', 'request complete', { path: '/cart', id: '9a0c1e2f-3b4d-4c5e-8f60-718293a4b5c6', status: 200, took: 22, bytes: 6210 }),
      ],
      'frontend#old1/server': [
        fl(-2.4, 'info', 'request started', { path: '/', id: '0e1f2a3b-4c5d-4e6f-9a7b-8c9d0e1f2a3b' }),
        fl(-2.4, 'debug', 'request complete', { path: '/', id: '0e1f2a3b-4c5d-4e6f-9a7b-8c9d0e1f2a3b', status: 200, took: 51, bytes: 10544 }),
      ],
    },
  },
];
void front;
