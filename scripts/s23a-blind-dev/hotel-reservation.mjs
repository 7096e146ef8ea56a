// Batch s23a (blind dev): a hotel-reservation incident for the accuracy corpus, written without knowledge of the engine.
// Uses the session-3 hotel-reservation system definition and its default PVCs; built by scripts/s23a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const OLD = 'hotelres.azurecr.io/hotel-reservation:6ecb097';
const NEW = 'hotelres.azurecr.io/hotel-reservation:8d2f41c';
const FE = 'hotelres.azurecr.io/hotel-reservation:3b7e9a0';
// zerolog ConsoleWriter with colours, as the image's services print it.
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (T, min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;

const S1 = (() => {
  const T = clock('2026-11-20T13:58:00Z');
  const token = `https://hotelres.azurecr.io/oauth2/token?scope=repository%3Ahotel-reservation%3Apull&service=hotelres.azurecr.io`;
  const pullErr = `Failed to pull image "${NEW}": failed to pull and unpack image "${NEW}": failed to resolve reference "${NEW}": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to ${token}: 401 Unauthorized`;
  const resvOld = [
    zl(T, -60 * 24 * 6 + 0.4, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
    zl(T, -60 * 24 * 6 + 0.4, 'INF', 'cmd/reservation/main.go:23', 'Reading config...'),
    zl(T, -60 * 24 * 6 + 0.4, 'INF', 'cmd/reservation/main.go:39', 'Read database URL: mongodb-reservation:27017'),
    zl(T, -60 * 24 * 6 + 0.4, 'INF', 'cmd/reservation/main.go:40', 'Initializing DB connection...'),
    zl(T, -60 * 24 * 6 + 0.45, 'INF', 'cmd/reservation/main.go:42', 'Successfull'),
    zl(T, -60 * 24 * 6 + 0.45, 'INF', 'cmd/reservation/main.go:46', 'Read reservation memcashed address: memcached-reserve:11211'),
    zl(T, -60 * 24 * 6 + 0.45, 'INF', 'cmd/reservation/main.go:56', 'Successfull'),
    zl(T, -60 * 24 * 6 + 0.46, 'INF', 'cmd/reservation/main.go:68', 'Consul agent initialized'),
    zl(T, -60 * 24 * 6 + 0.46, 'INF', 'services/reservation/server.go:87', 'Successfully registered in consul'),
  ];
  return {
    folder: 's23a-reservation-acr-401',
    description: 'reservation deploy stuck since ~13:40, argo app degraded, new pod never comes up',
    incidentTime: '2026-11-20T13:58:00Z',
    expected: { component: 'reservation', cause: 'image-pull' },
    difficulty: 'easy',
    traits: ['bad-credentials', 'decoy', 'time-expression'],
    grounding: `
      hotelReservation on AKS (session-3 system): every Go service runs the one image built from 6ecb097 and pushed to the
      team's ACR, hotelres.azurecr.io; AKS pulls it with the kubelet managed identity, which needs the AcrPull role on the
      registry (the attach-acr integration). A Terraform run of the platform repo at ~12:30 recreated the role assignments of
      the registry without the kubelet identity's AcrPull (a known way to lose the attach-acr grant; the registry and the
      cluster are in different state files). Nothing breaks for running pods: every node already has 6ecb097 and the frontend
      build 3b7e9a0, rolled out at 11:30 while the grant still existed (the decoy: the most recent successful rollout).
      At 13:40 Argo CD rolls reservation to a new build 8d2f41c; containerd's pull gets the registry's token endpoint answering
      401 Unauthorized ("failed to authorize: failed to fetch anonymous token: unexpected status from GET request to
      https://hotelres.azurecr.io/oauth2/token?...: 401 Unauthorized", the real containerd text when the kubelet has no
      credential for an ACR), so the new pod cycles ErrImagePull/ImagePullBackOff, the Deployment reports
      ProgressDeadlineExceeded after its 600 s, and the old reservation pod keeps serving (maxUnavailable 25% of one replica
      rounds down to zero), so bookings still work. The careful answer is an image pull failure of reservation's new pod caused
      by registry credentials (image-pull on reservation).`,
    workloads: {
      frontend: {
        rollout: { at: -148, revision: 5 },
        containers: { 'hotel-reserv-frontend': { image: FE } },
        rollout_: null,
      },
      reservation: {
        rollout: { at: -18, revision: 7, oldReplicas: 1, oldContainers: { 'hotel-reserv-reservation': { image: OLD } } },
        containers: { 'hotel-reserv-reservation': { image: NEW } },
        pods: [{ node: 'aks-nodepool1-27419563-vmss000001', phase: 'Pending', created: T.iso(-17.9), containers: { 'hotel-reserv-reservation': cs.waiting('ImagePullBackOff', `Back-off pulling image "${NEW}"`) } }],
        unavailableSince: -17.9,
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-7.9), lastTransitionTime: T.iso(-7.9), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:reservation', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reservation-%NEW% to 1', first: -18, last: -18, source: 'deployment-controller' },
      { on: 'rs:reservation', reason: 'SuccessfulCreate', message: 'Created pod: reservation-%RS%', first: -17.95, last: -17.95 },
      { on: 'pod:reservation#0', reason: 'Scheduled', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: -17.9, last: -17.9, source: 'default-scheduler' },
      { on: 'pod:reservation#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, first: -17.8, last: -2.6, count: 8, fieldPath: 'spec.containers{hotel-reserv-reservation}' },
      { on: 'pod:reservation#0', reason: 'Failed', message: pullErr, type: 'Warning', first: -17.7, last: -2.5, count: 8, fieldPath: 'spec.containers{hotel-reserv-reservation}' },
      { on: 'pod:reservation#0', reason: 'Failed', message: 'Error: ErrImagePull', type: 'Warning', first: -17.7, last: -2.5, count: 8, fieldPath: 'spec.containers{hotel-reserv-reservation}' },
      { on: 'pod:reservation#0', reason: 'BackOff', message: `Back-off pulling image "${NEW}"`, first: -17.6, last: -0.4, count: 71, fieldPath: 'spec.containers{hotel-reserv-reservation}' },
      { on: 'pod:reservation#0', reason: 'Failed', message: 'Error: ImagePullBackOff', type: 'Warning', first: -17.6, last: -0.4, count: 71, fieldPath: 'spec.containers{hotel-reserv-reservation}' },
    ],
    logs: {
      'reservation#old0/hotel-reserv-reservation': resvOld,
      'frontend#0/hotel-reserv-frontend': [
        zl(T, -147.6, 'INF', 'cmd/frontend/main.go:23', 'Reading config...'),
        zl(T, -147.6, 'INF', 'cmd/frontend/main.go:41', 'Read target port: 5000'),
        zl(T, -147.6, 'INF', 'cmd/frontend/main.go:42', 'Read consul address: consul:8500'),
        zl(T, -147.6, 'INF', 'cmd/frontend/main.go:43', 'Read jaeger address: jaeger:6831'),
        zl(T, -147.5, 'INF', 'cmd/frontend/main.go:61', 'Initializing gRPC clients...'),
        zl(T, -147.5, 'INF', 'services/frontend/server.go:71', 'Starting frontend service at 0.0.0.0:5000'),
      ],
      'frontend#1/hotel-reserv-frontend': [
        zl(T, -147.1, 'INF', 'cmd/frontend/main.go:23', 'Reading config...'),
        zl(T, -147.1, 'INF', 'cmd/frontend/main.go:61', 'Initializing gRPC clients...'),
        zl(T, -147.0, 'INF', 'services/frontend/server.go:71', 'Starting frontend service at 0.0.0.0:5000'),
      ],
    },
  };
})();
delete S1.workloads.frontend.rollout_;
S1.workloads.frontend.rollout.oldContainers = { 'hotel-reserv-frontend': { image: OLD } };

export const scenarios = [S1];
