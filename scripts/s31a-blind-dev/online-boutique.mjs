// Batch s31a (blind dev): one Online Boutique incident for the kit, written without reading the engine or other scenarios.
// A frontend v0.10.7 rollout reads FRONTEND_MESSAGE from a ConfigMap key that exists only in staging; the new pod never starts.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const INC = '2026-05-15T11:20:00Z';
const T = clock(INC);
const ROLL = -27; // 10:53: Argo CD syncs the frontend to v0.10.7
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const base = system.workloads.find((w) => w.name === 'frontend').containers[0];
const MSG = "couldn't find key FRONTEND_MESSAGE in ConfigMap boutique/frontend-config";

const newEnv = [
  ...base.env,
  { name: 'ENV_PLATFORM', valueFrom: { configMapKeyRef: { name: 'frontend-config', key: 'ENV_PLATFORM' } } },
  { name: 'FRONTEND_MESSAGE', valueFrom: { configMapKeyRef: { name: 'frontend-config', key: 'FRONTEND_MESSAGE' } } },
];
const oldEnv = [...base.env, { name: 'ENV_PLATFORM', valueFrom: { configMapKeyRef: { name: 'frontend-config', key: 'ENV_PLATFORM' } } }];

// logrus JSON of the Go frontend (debug level, as upstream sets it).
const req = (min, path, status, ms, id) => JSON.stringify({
  'http.req.id': id, 'http.req.method': 'GET', 'http.req.path': path, 'http.resp.bytes': status === 200 ? 7811 + (ms % 900) : 0,
  'http.resp.status': status, 'http.resp.took_ms': ms, message: 'request complete', session: 'e0a9f1c2-5b7d-4a3e-8c61-2f94d7b0a5e8', severity: 'debug', timestamp: T.isoMs(min),
});
const paths = ['/', '/product/OLJCESPC7Z', '/product/66VCHSJNUP', '/cart', '/product/1YMWWN1N4O', '/product/L9ECAV7KIM', '/'];
const frontLogs = (seed) => Array.from({ length: 26 }, (_, i) => req(-40 + i * 1.5 + seed * 0.3, paths[(i + seed) % paths.length], 200, 18 + ((i * 37 + seed * 11) % 60),
  `${(0x3a1f0c00 + i * 7919 + seed * 131).toString(16)}-6d2e-4b8a-9c1f-0e5d7a${String(100000 + i * 13 + seed).slice(-6)}`));

export const scenarios = [
  {
    folder: 's31a-frontend-configmap-key-missing',
    description: 'frontend deploy v0.10.7 stuck since before 11, argo shows it Degraded, site itself seems up?',
    incidentTime: INC,
    expected: { component: 'frontend', cause: 'config-missing' },
    alsoAcceptable: [{ component: 'frontend', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['time-expression', 'decoy'],
    grounding: `
      Online Boutique release/kubernetes-manifests.yaml (session-2 system definition): frontend, 2 replicas, RollingUpdate 25%/25%
      (so one surge pod, no old pod removed before a new one is Ready). The v0.10.x frontend reads optional banner settings from
      env (ENV_PLATFORM, FRONTEND_MESSAGE). Deviation for the incident: this shop feeds ENV_PLATFORM from a ConfigMap
      frontend-config; the v0.10.7 change synced at 10:53 also adds FRONTEND_MESSAGE from the same ConfigMap by configMapKeyRef
      without optional: true, but the key was only added to staging's ConfigMap. The kubelet keeps the surge pod in
      CreateContainerConfigError ("couldn't find key FRONTEND_MESSAGE in ConfigMap boutique/frontend-config", the kubelet's
      exact wording), the Deployment's Progressing condition turns False with ProgressDeadlineExceeded after 600 s, and the two
      old v0.10.6 pods keep serving, so users see nothing: the on-call engineer asks about the stuck deployment. The most common
      rollout failure in public Kubernetes troubleshooting guides (CreateContainerConfigError on a missing ConfigMap key).
      bad-deploy-rollout on frontend is also accepted (a rollout that does not become healthy). Decoy: two adservice readiness
      probe timeouts 47 minutes earlier (a JVM GC pause), Ready since.`,
    configMaps: [
      { name: 'frontend-config', keys: ['ENV_PLATFORM'] },
      { name: 'kube-root-ca.crt', keys: ['ca.crt'] },
    ],
    workloads: {
      frontend: {
        containers: { server: { image: `${REG}/frontend:v0.10.7`, env: newEnv } },
        rollout: { at: ROLL, revision: 9, oldReplicas: 2, oldContainers: { server: { image: `${REG}/frontend:v0.10.6`, env: oldEnv } } },
        pods: [{ containers: { server: cs.waiting('CreateContainerConfigError', MSG) } }],
        progressing: (rsName) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(ROLL + 10.02), lastTransitionTime: T.iso(ROLL + 10.02), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rsName}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: ROLL, last: ROLL },
      { on: 'pod:frontend#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned boutique/%POD% to %NODE%', first: ROLL + 0.01, last: ROLL + 0.01 },
      { on: 'pod:frontend#0', reason: 'Pulling', fieldPath: 'spec.containers{server}', message: `Pulling image "${REG}/frontend:v0.10.7"`, first: ROLL + 0.03, last: ROLL + 0.03 },
      { on: 'pod:frontend#0', reason: 'Pulled', fieldPath: 'spec.containers{server}', message: `Successfully pulled image "${REG}/frontend:v0.10.7" in 3.204s (3.204s including waiting). Image size: 18437562 bytes.`, first: ROLL + 0.09, last: ROLL + 0.09 },
      { on: 'pod:frontend#0', type: 'Warning', reason: 'Failed', fieldPath: 'spec.containers{server}', message: `Error: ${MSG}`, first: ROLL + 0.1, last: -0.2, count: 126 },
      { on: 'pod:frontend#0', reason: 'Pulled', fieldPath: 'spec.containers{server}', message: `Container image "${REG}/frontend:v0.10.7" already present on machine`, first: ROLL + 0.3, last: -0.2, count: 125 },
      { on: 'pod:adservice#0', type: 'Warning', reason: 'Unhealthy', fieldPath: 'spec.containers{server}', message: 'Readiness probe failed: timeout: health rpc did not complete within 1s', first: -47.3, last: -46.8, count: 2 },
    ],
    logs: {
      'frontend#old0/server': frontLogs(0),
      'frontend#old1/server': frontLogs(1),
    },
  },
];

// The Deployment counts the surge pod as unavailable (build script: post).
export const post = {
  's31a-frontend-configmap-key-missing': ({ deployments }) => {
    const d = deployments.items.find((x) => x.metadata.name === 'frontend');
    d.status.unavailableReplicas = 1;
  },
};
