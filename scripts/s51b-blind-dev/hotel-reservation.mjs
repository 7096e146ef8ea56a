// Batch s51b blind dev scenario for hotel-reservation (session-3 system definition, DeathStarBench 6ecb097 on AKS):
// a search release cannot be pulled from ACR (kubelet credentials expired: 401 on the token endpoint); old pod keeps serving.
import { clock, cs } from '../s2-scenario-kit.mjs';
export { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

const T = clock('2026-11-22T20:30:00Z');
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const OLD = 'hotelres.azurecr.io/hotel-reservation:6ecb097';
const NEW = 'hotelres.azurecr.io/hotel-reservation:9d41c7a';
const PULL_401 = `Failed to pull image "${NEW}": failed to pull and unpack image "${NEW}": failed to resolve reference "${NEW}": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://hotelres.azurecr.io/oauth2/token?scope=repository%3Ahotel-reservation%3Apull&service=hotelres.azurecr.io: 401 Unauthorized`;
const searchBoot = (min) => [
  zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(min, 'INF', 'cmd/search/main.go:23', 'Reading config...'),
  zl(min, 'INF', 'cmd/search/main.go:38', 'Read target port: 8082'),
  zl(min, 'INF', 'cmd/search/main.go:39', 'Read consul address: consul:8500'),
  zl(min, 'INF', 'cmd/search/main.go:40', 'Read jaeger address: jaeger:6831'),
  zl(min, 'INF', 'cmd/search/main.go:49', 'Initializing jaeger agent [service name: search | host: jaeger:6831]...'),
  zl(min, 'INF', 'tracing/tracer.go:26', 'Jaeger client: adjusted sample ratio 0.010000'),
  zl(min, 'INF', 'cmd/search/main.go:54', 'Jaeger agent initialized'),
  zl(min, 'INF', 'cmd/search/main.go:56', 'Initializing consul agent [host: consul:8500]...'),
  zl(min, 'INF', 'cmd/search/main.go:61', 'Consul agent initialized'),
  zl(min, 'INF', 'cmd/search/main.go:72', 'Starting server...'),
  zl(min, 'INF', 'registry/registry.go:91', 'Trying to register service [ name: srv-search, id: 3b9e0f4c-1d2a-4c8e-a7f6-91b0d2c5e8a3, address: %PODIP%:8082 ]'),
  zl(min, 'INF', 'services/search/server.go:103', 'Successfully registered in consul'),
];

export const scenarios = [
  {
    folder: 's51b-search-acr-pull-401',
    description: 'serach deploy stuck for ~25 min, the new pod never comes up',
    incidentTime: '2026-11-22T20:30:00Z',
    expected: { component: 'search', cause: 'image-pull' },
    alsoAcceptable: [{ component: 'search', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['pods-ready', 'typo', 'time-expression', 'decoy'],
    grounding: `
      hotelReservation helm chart on AKS: every Go service runs the one image hotelres.azurecr.io/hotel-reservation (pulled
      with the cluster's kubelet credentials, no imagePullSecrets), one replica, RollingUpdate 25%/25% (max surge 1, max
      unavailable 0 for one replica), progressDeadlineSeconds 600.
      Fault: at 20:04 search was rolled out to a new tag 9d41c7a. The AKS cluster authenticates to ACR with a service principal
      whose client secret expired (AKS service principals default to one-year secrets; "failed to fetch anonymous token ...
      401 Unauthorized" is containerd's text when the kubelet has no valid credential for the registry, the documented AKS
      symptom of an expired SP or a removed AcrPull assignment). Pods whose image is already on the node keep running, so
      nothing else is affected; the new search pod sits in ErrImagePull/ImagePullBackOff, the old ReplicaSet's pod keeps
      serving (users see no error), and the Deployment reports ProgressDeadlineExceeded after ten minutes.
      Decoy: jaeger was OOMKilled three days ago (all-in-one memory storage at its 1Gi limit) and has run since.
      Expected: search, image-pull; bad-deploy-rollout on search (the rollout never becomes healthy) is also acceptable.
    `,
    workloads: {
      search: {
        rollout: { at: -26, revision: 6, oldReplicas: 1, oldContainers: { 'hotel-reserv-search': { image: OLD } } },
        containers: { 'hotel-reserv-search': { image: NEW } },
        pods: [{ phase: 'Pending', containers: { 'hotel-reserv-search': cs.waiting('ImagePullBackOff', `Back-off pulling image "${NEW}"`) } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-16), lastTransitionTime: T.iso(-16), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
      jaeger: {
        pods: [{ containers: { 'hotel-reserv-jaeger': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 11), finishedAt: T.iso(-60 * 24 * 3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:search', reason: 'ScalingReplicaSet', message: 'Scaled up replica set search-%NEW% to 1', first: -26 },
      { on: 'pod:search#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: -26 },
      { on: 'pod:search#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, first: -25.9, last: -3.4, count: 7 },
      { on: 'pod:search#0', reason: 'Failed', type: 'Warning', message: PULL_401, first: -25.9, last: -3.4, count: 7 },
      { on: 'pod:search#0', reason: 'Failed', type: 'Warning', message: 'Error: ErrImagePull', first: -25.9, last: -3.4, count: 7 },
      { on: 'pod:search#0', reason: 'BackOff', message: `Back-off pulling image "${NEW}"`, first: -25.8, last: -0.6, count: 104 },
      { on: 'pod:search#0', reason: 'Failed', type: 'Warning', message: 'Error: ImagePullBackOff', first: -25.8, last: -0.6, count: 104 },
    ],
    logs: {
      'search#old0/hotel-reserv-search': searchBoot(-60 * 24 * 6 + 0.5),
      'frontend#0/hotel-reserv-frontend': [
        zl(-60 * 24 * 9 + 0.5, 'INF', 'cmd/frontend/main.go:23', 'Reading config...'),
        zl(-60 * 24 * 9 + 0.5, 'INF', 'cmd/frontend/main.go:81', 'Starting server...'),
        zl(-60 * 24 * 9 + 0.5, 'INF', 'services/frontend/server.go:87', 'Serving http'),
      ],
      'jaeger#0/hotel-reserv-jaeger': [
        `{"level":"info","ts":${(Date.parse(T.isoMs(-60 * 24 * 3 + 0.3)) / 1000).toFixed(6)},"caller":"flags/service.go:123","msg":"Mounting metrics handler on admin server","route":"/metrics"}`,
        `{"level":"info","ts":${(Date.parse(T.isoMs(-60 * 24 * 3 + 0.3)) / 1000).toFixed(6)},"caller":"memory/factory.go:85","msg":"Memory storage initialized","configuration":{"MaxTraces":0}}`,
        `{"level":"info","ts":${(Date.parse(T.isoMs(-60 * 24 * 3 + 0.3)) / 1000).toFixed(6)},"caller":"app/server.go:309","msg":"Query server started","http_addr":"[::]:16686","grpc_addr":"[::]:16685"}`,
      ],
    },
  },
];

/** What the kit cannot express: during a surge the Deployment counts the unavailable new replica. */
export const post = {
  's51b-search-acr-pull-401': ({ deployments }) => {
    const d = deployments.items.find((x) => x.metadata.name === 'search');
    d.status.unavailableReplicas = 1;
  },
};
