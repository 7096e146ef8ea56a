// Blind held-out batch s96a: one Online Boutique scenario for the scenario kit (scripts/s2-scenario-kit.mjs),
// built by scripts/s96a-build.mjs; the system is the system part of scripts/s2-scenarios/online-boutique.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };
const incidentTime = '2026-05-12T13:58:00Z';
const T = clock(incidentTime);
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const j = (min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const front = (min, path, msg, sev = 'debug') => JSON.stringify({ 'http.req.id': `5d1e${String(Math.abs(Math.round(min * 10))).padStart(4, '0')}-8a2c-4f0b-9c11-3e7a0b6d2f41`, 'http.req.method': 'GET', 'http.req.path': path, message: msg, session: 'a3c1e7f2-6b90-4d18-8e25-0f4c9b7d1a62', severity: sev, timestamp: T.isoMs(min) });

export const scenarios = [
  {
    folder: 's96a-catalog-release-stuck',
    incidentTime,
    description: 'productcatalog deploy hanging in the pipeline since 13:35, argo says progressing, site looks ok??',
    expected: { component: 'productcatalogservice', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'productcatalogservice', cause: 'crash-loop' }, { component: 'productcatalogservice', cause: 'config-error' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'pods-ready', 'partial-name', 'time-expression'],
    grounding: `
      Manifest facts (GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml at 34ffea9): productcatalogservice
      runs 2 replicas (this deployment) of a Go server that reads products.json at start; src/productcatalogservice/server.go
      calls loadCatalog and ends with log.Fatalf("could not parse product catalog: %v", err) when protojson cannot parse the
      file (catalog_loader.go logs "failed to parse the catalog JSON" first). Fault: a team release v0.10.7-catalog-2 ships
      a products.json with a trailing comma; the new pod exits 1 at start and crash-loops. RollingUpdate with maxSurge 25%
      and maxUnavailable 25% of 2 replicas keeps both old pods serving, so the shop works and only the rollout hangs until
      progressDeadlineSeconds (600) marks it ProgressDeadlineExceeded. Deviations from upstream: the release tag and its
      broken catalog are the scenario's; old and new ReplicaSets differ only in the image tag.`,
    workloads: {
      productcatalogservice: {
        rollout: { at: -23.5, revision: 6, oldReplicas: 2, oldContainers: { server: { image: `${REG}/productcatalogservice:v0.10.6` } } },
        containers: { server: { image: `${REG}/productcatalogservice:v0.10.7-catalog-2` } },
        replicas: 2,
        pods: [{ containers: { server: cs.crashLoop({ restarts: 9, exitCode: 1, startedAt: T.iso(-2.2), finishedAt: T.iso(-2.2), container: 'server' }) } }],
        rsReplicas: 1,
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-12.9), lastTransitionTime: T.iso(-12.9), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 1', first: -23.5, last: -23.5, source: 'deployment-controller' },
      { on: 'pod:productcatalogservice#0', reason: 'Pulling', message: `Pulling image "${REG}/productcatalogservice:v0.10.7-catalog-2"`, first: -22.9, last: -22.9, fieldPath: 'spec.containers{server}' },
      { on: 'pod:productcatalogservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/productcatalogservice:v0.10.7-catalog-2" in 2.871s (2.871s including waiting). Image size: 13542810 bytes.`, first: -22.8, last: -22.8, fieldPath: 'spec.containers{server}' },
      { on: 'pod:productcatalogservice#0', reason: 'Created', message: 'Created container server', first: -22.8, last: -2.2, count: 10, fieldPath: 'spec.containers{server}' },
      { on: 'pod:productcatalogservice#0', reason: 'Started', message: 'Started container server', first: -22.8, last: -2.2, count: 10, fieldPath: 'spec.containers{server}' },
      { on: 'pod:productcatalogservice#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', first: -22.5, last: -0.6, count: 96, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'productcatalogservice#0/server/previous': [
        j(-2.2, 'info', 'Tracing disabled.'),
        j(-2.2, 'info', 'Profiling disabled.'),
        j(-2.19, 'info', 'starting grpc server at :3550'),
        j(-2.19, 'info', 'loading catalog from local products.json file...'),
        j(-2.19, 'warning', 'failed to parse the catalog JSON: proto: syntax error (line 214:3): unexpected token }'),
        j(-2.19, 'fatal', 'could not parse product catalog: proto: syntax error (line 214:3): unexpected token }'),
      ],
      'productcatalogservice#old0/server': [
        j(-60 * 24 * 6 + 0.4, 'info', 'starting grpc server at :3550'),
        j(-60 * 24 * 6 + 0.4, 'info', 'successfully parsed product catalog json'),
      ],
      'frontend#0/server': [
        front(-6, '/', 'request started'),
        front(-5.99, '/', 'request complete'),
        front(-4, '/product/OLJCESPC7Z', 'request started'),
        front(-3.99, '/product/OLJCESPC7Z', 'request complete'),
        front(-1, '/cart', 'request started'),
        front(-0.99, '/cart', 'request complete'),
      ],
    },
  },
];
