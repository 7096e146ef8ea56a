// Blind dev batch s129a: Online Boutique scenario (system from scripts/s2-scenarios/online-boutique.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;
const T = clock('2026-04-16T16:44:00Z');
const at = -23;
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const NEW = `${REG}/productcatalogservice:v0.10.7`;
const s4 = {
  folder: 's129a-productcatalog-arm64-image',
  description: 'prodcatalog deploy v0.10.7 hanging in CD since 16:20ish, pipeline timed out. shop itself seems fine? need to know if we roll back',
  incidentTime: '2026-04-16T16:44:00Z',
  expected: { component: 'productcatalogservice', cause: 'bad-deploy-rollout' },
  alsoAcceptable: [{ component: 'productcatalogservice', cause: 'crash-loop' }],
  difficulty: 'medium',
  traits: ['rollout-regression', 'partial-name', 'time-expression', 'decoy'],
  grounding: `
    Online Boutique productcatalogservice (release/kubernetes-manifests.yaml v0.10.6, 2 replicas here, RollingUpdate
    25%/25%) was updated to a v0.10.7 image that the CI pushed from an arm64 build runner without a multi-arch manifest;
    on the amd64 GKE nodes runc cannot exec the Go binary ("exec /src/server: exec format error", exit 1), a common
    buildx/Apple-silicon release mistake reported in many public issues. maxUnavailable rounds to 0, so the two old pods
    keep serving and the shop works; the new pod crash-loops and the Deployment reports ProgressDeadlineExceeded after
    600s. Decoy: recommendationservice was OOM-killed once four days ago and has been stable since. Deviations: the
    v0.10.7 tag and the arm64 push are invented; replicas 2 as in the kit system.`,
  workloads: {
    productcatalogservice: {
      rollout: { at, oldReplicas: 2, oldContainers: { server: { image: `${REG}/productcatalogservice:v0.10.6` } } },
      containers: { server: { image: NEW } },
      rsReplicas: 1,
      pods: [{ containers: { server: cs.crashLoop({ restarts: 9, exitCode: 1, reason: 'Error', startedAt: T.iso(-2.1), finishedAt: T.iso(-2.1), container: 'server' }) } }],
      progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(at + 10), lastTransitionTime: T.iso(at + 10), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
    },
    recommendationservice: {
      pods: [{ containers: { server: { state: { running: { startedAt: T.iso(-60 * 24 * 4) } }, lastState: { terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.05), containerID: '%CID%' } }, ready: true, started: true, restartCount: 1 } } }],
    },
  },
  events: [
    { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 1', first: at },
    { on: 'pod:productcatalogservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', first: at + 0.5, source: 'default-scheduler' },
    { on: 'pod:productcatalogservice#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, first: at + 0.52, fieldPath: 'spec.containers{server}' },
    { on: 'pod:productcatalogservice#0', reason: 'Pulled', message: `Successfully pulled image "${NEW}" in 2.874s (2.874s including waiting). Image size: 18402116 bytes.`, first: at + 0.58, fieldPath: 'spec.containers{server}' },
    { on: 'pod:productcatalogservice#0', reason: 'Created', message: 'Created container server', first: at + 0.6, last: -2.1, count: 10, fieldPath: 'spec.containers{server}' },
    { on: 'pod:productcatalogservice#0', reason: 'Started', message: 'Started container server', first: at + 0.6, last: -2.1, count: 10, fieldPath: 'spec.containers{server}' },
    { on: 'pod:productcatalogservice#0', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', first: at + 0.9, last: -0.4, count: 97, type: 'Warning', fieldPath: 'spec.containers{server}' },
    { on: 'deploy:productcatalogservice', reason: 'ProgressDeadlineExceeded', message: 'Deployment "productcatalogservice" has timed out progressing.', first: at + 10, type: 'Warning', source: 'deployment-controller' },
  ],
  logs: {
    'productcatalogservice#0/server': ['exec /src/server: exec format error'],
    'productcatalogservice#0/server/previous': ['exec /src/server: exec format error'],
    'productcatalogservice#old0/server': [
      JSON.stringify({ message: 'successfully parsed product catalog json', severity: 'info', timestamp: T.isoMs(-60 * 24 * 6) }),
      JSON.stringify({ message: 'starting grpc server at :3550', severity: 'info', timestamp: T.isoMs(-60 * 24 * 6 + 0.01) }),
    ],
    'frontend#0/server': [
      JSON.stringify({ 'http.req.id': '0b7e1c52-9a4f-4d1e-8c2a-5f3e6d7c8b9a', 'http.req.method': 'GET', 'http.req.path': '/product/OLJCESPC7Z', message: 'request complete', 'http.resp.bytes': 7941, 'http.resp.status': 200, 'http.resp.took_ms': 38, session: '9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0', severity: 'debug', timestamp: T.isoMs(-3.2) }),
      JSON.stringify({ 'http.req.id': '5d2c8e1f-3a7b-4c6d-9e0f-1a2b3c4d5e6f', 'http.req.method': 'GET', 'http.req.path': '/', message: 'request complete', 'http.resp.bytes': 10924, 'http.resp.status': 200, 'http.resp.took_ms': 51, session: '4e1d7a2b-8c3f-4b5e-a6d9-0f1e2d3c4b5a', severity: 'debug', timestamp: T.isoMs(-1.1) }),
    ],
  },
};
export const scenarios = [s4];
