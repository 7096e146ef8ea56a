// Blind held-out batch s56a: one DeathStarBench hotel-reservation scenario (split test) as a spec for the scenario kit, on the
// system part of scripts/s3-scenarios/hotel-reservation.mjs (system, defaultPvcs); built by scripts/s56a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const INC = '2026-06-03T11:27:00Z';
const T = clock(INC);
const ROLL = -24;
const OLD_IMG = 'hotelres.azurecr.io/hotel-reservation:6ecb097';
const NEW_IMG = 'hotelres.azurecr.io/hotel-reservation:b41d9c2';

// zerolog ConsoleWriter as cmd/*/main.go sets it up (colours on, caller paths under /workspace), copied from the system part.
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
// The start-up sequence of cmd/reservation/main.go and db.go at 6ecb097 (line numbers as there).
const boot = (min) => [
  zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'cmd/reservation/main.go:23', 'Reading config...'),
  zl(min, 'INF', 'cmd/reservation/main.go:36', 'Initializing DB connection...'),
  zl(min, 'INF', 'cmd/reservation/db.go:27', 'Generating test data...'),
  zl(min, 'INF', 'cmd/reservation/db.go:56', 'Attempting connection to mongodb://mongodb-reservation:27017'),
  zl(min + 0.01, 'INF', 'cmd/reservation/db.go:63', 'Successfully connected to MongoDB'),
  zl(min + 0.02, 'INF', 'cmd/reservation/db.go:78', 'Successfully inserted test data into reservation DB'),
  zl(min + 0.02, 'INF', 'cmd/reservation/main.go:40', 'Read profile memcashed address: memcached-reserve:11211'),
  zl(min + 0.02, 'INF', 'cmd/reservation/main.go:41', 'Initializing Memcashed client...'),
  zl(min + 0.02, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(min + 0.02, 'INF', 'cmd/reservation/main.go:43', 'Success'),
  zl(min + 0.02, 'INF', 'cmd/reservation/main.go:54', 'Initializing jaeger agent [service name: reservation | host: jaeger:6831]...'),
  zl(min + 0.03, 'INF', 'cmd/reservation/main.go:59', 'Jaeger agent initialized'),
  zl(min + 0.03, 'INF', 'cmd/reservation/main.go:61', 'Initializing consul agent [host: consul:8500]...'),
  zl(min + 0.03, 'INF', 'cmd/reservation/main.go:66', 'Consul agent initialized'),
  zl(min + 0.03, 'INF', 'cmd/reservation/main.go:77', 'Starting server...'),
];
const pullErr = `Failed to pull image "${NEW_IMG}": rpc error: code = Unknown desc = failed to pull and unpack image "${NEW_IMG}": failed to resolve reference "${NEW_IMG}": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://hotelres.azurecr.io/oauth2/token?scope=repository%3Ahotel-reservation%3Apull&service=hotelres.azurecr.io: 401 Unauthorized`;

const FRONT_CRASH = -60 * 24 * 2 - 388;

export const scenarios = [
  {
    folder: 's56a-reservation-deploy-hangs-bookings-ok',
    description: 'booking team: our reservation deploy has been hanging for 20+ min and the pipeline timed out waiting for the rollout. bookings on the site still work. did something change on the cluster?',
    incidentTime: INC,
    expected: { component: 'reservation', cause: 'image-pull' },
    alsoAcceptable: [{ component: 'reservation', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (hotelReservation/kubernetes and the helm chart at 6ecb097, as in SOURCES.md): every Go service runs the
      operator's build of the repository from the private registry hotelres.azurecr.io (one image, ./<service> as command);
      reservation is a single-replica Deployment (RollingUpdate 25 %/25 %, progressDeadlineSeconds 600), so during a rollout
      the old pod keeps serving until the new one is Ready; AKS nodes pull from ACR with the kubelet identity.
      Fault (Microsoft's "Troubleshoot the 'failed to pull image' error: 401 Unauthorized" for AKS/ACR, and
      Azure/AKS issues about an attach-acr role assignment removed by infrastructure code): the kubelet identity lost its
      AcrPull role on hotelres.azurecr.io (a Terraform apply replaced the role assignments), so no node can pull an image it
      does not already hold. The booking team's rollout of reservation to the new build b41d9c2 at 11:03 creates a pod
      whose pull fails with containerd's "failed to authorize: failed to fetch anonymous token: … 401 Unauthorized"
      (ErrImagePull, then ImagePullBackOff); the Deployment reports ProgressDeadlineExceeded after ten minutes while the old
      pod (image 6ecb097, cached on its node) keeps answering, which is why bookings still work. The fault is the image pull
      of reservation's new pod; reading it as the rollout not becoming healthy is accepted.
      Decoy: one frontend pod restarted two days ago (exit 2, a Go panic) and has run since.
      Deviations from upstream: the registry, the image tags and the frontend restart are the operator's, as in SOURCES.md;
      the role-assignment change itself is outside the cluster and not in the snapshot.`,
    workloads: {
      reservation: {
        containers: { 'hotel-reserv-reservation': { image: NEW_IMG } },
        rollout: { at: ROLL, oldReplicas: 1, oldContainers: { 'hotel-reserv-reservation': { image: OLD_IMG } } },
        pods: [{ containers: { 'hotel-reserv-reservation': cs.waiting('ImagePullBackOff', `Back-off pulling image "${NEW_IMG}"`) } }],
        progressing: (rsName) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(ROLL + 10), lastTransitionTime: T.iso(ROLL + 10), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rsName}" has timed out progressing.` }),
      },
      frontend: {
        pods: [
          {},
          {
            containers: {
              'hotel-reserv-frontend': cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(FRONT_CRASH + 0.2),
                last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-60 * 24 * 9 + 0.4), finishedAt: T.iso(FRONT_CRASH) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:reservation', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reservation-%NEW% from 0 to 1', first: ROLL, source: 'deployment-controller' },
      { on: 'pod:reservation#0', reason: 'Scheduled', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: ROLL + 0.02, source: 'default-scheduler' },
      { on: 'pod:reservation#0', reason: 'Pulling', message: `Pulling image "${NEW_IMG}"`, fieldPath: 'spec.containers{hotel-reserv-reservation}', first: ROLL + 0.05, last: -2.6, count: 9 },
      { on: 'pod:reservation#0', type: 'Warning', reason: 'Failed', message: pullErr, fieldPath: 'spec.containers{hotel-reserv-reservation}', first: ROLL + 0.06, last: -2.6, count: 9 },
      { on: 'pod:reservation#0', type: 'Warning', reason: 'Failed', message: 'Error: ErrImagePull', fieldPath: 'spec.containers{hotel-reserv-reservation}', first: ROLL + 0.06, last: -2.6, count: 9 },
      { on: 'pod:reservation#0', reason: 'BackOff', message: `Back-off pulling image "${NEW_IMG}"`, fieldPath: 'spec.containers{hotel-reserv-reservation}', first: ROLL + 0.3, last: -0.4, count: 98 },
      { on: 'pod:reservation#0', type: 'Warning', reason: 'Failed', message: 'Error: ImagePullBackOff', fieldPath: 'spec.containers{hotel-reserv-reservation}', first: ROLL + 0.3, last: -0.4, count: 98 },
    ],
    logs: {
      'reservation#old0/hotel-reserv-reservation': [
        ...boot(-60 * 24 * 6 + 0.45),
      ],
      'frontend#1/hotel-reserv-frontend/previous': [
        zl(-60 * 24 * 9 + 0.4, 'INF', 'cmd/frontend/main.go:23', 'Reading config...'),
        zl(-60 * 24 * 9 + 0.41, 'INF', 'cmd/frontend/main.go:67', 'Starting server...'),
        'panic: runtime error: invalid memory address or nil pointer dereference',
        '[signal SIGSEGV: segmentation violation code=0x1 addr=0x10 pc=0xb5e4c6]',
        '',
        'goroutine 918273 [running]:',
        'github.com/delimitrou/DeathStarBench/hotelreservation/services/frontend.(*Server).searchHandler(0xc0001c2000, {0x12f6b20, 0xc00a3c41c0}, 0xc00b2e8a00)',
        '\t/workspace/services/frontend/server.go:213 +0x6a6',
        'net/http.HandlerFunc.ServeHTTP(0xc0000b4d80?, {0x12f6b20?, 0xc00a3c41c0?}, 0x0?)',
        '\t/usr/local/go/src/net/http/server.go:2136 +0x29',
      ],
      'frontend#1/hotel-reserv-frontend': [
        zl(FRONT_CRASH + 0.25, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
        zl(FRONT_CRASH + 0.25, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
        zl(FRONT_CRASH + 0.25, 'INF', 'cmd/frontend/main.go:23', 'Reading config...'),
        zl(FRONT_CRASH + 0.25, 'INF', 'cmd/frontend/main.go:44', 'Initializing jaeger agent [service name: frontend | host: jaeger:6831]...'),
        zl(FRONT_CRASH + 0.25, 'INF', 'cmd/frontend/main.go:49', 'Jaeger agent initialized'),
        zl(FRONT_CRASH + 0.25, 'INF', 'cmd/frontend/main.go:51', 'Initializing consul agent [host: consul:8500]...'),
        zl(FRONT_CRASH + 0.25, 'INF', 'cmd/frontend/main.go:56', 'Consul agent initialized'),
        zl(FRONT_CRASH + 0.26, 'INF', 'cmd/frontend/main.go:67', 'Starting server...'),
      ],
    },
  },
];
