// Blind held-out batch s76a: one hotelReservation scenario (split test) on the session-3 system definition.
// Written without reading the engine, its rules or any other scenario; built by scripts/s76a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const OLD_IMG = 'hotelres.azurecr.io/hotel-reservation:6ecb097';
const NEW_IMG = 'hotelres.azurecr.io/hotel-reservation:b7e41d2';
// zerolog ConsoleWriter with colours, as the images print it (same shape as the session-3 system file).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (T, min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;

const s1 = (() => {
  const T = clock('2026-03-03T14:31:00Z');
  const start = 'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "./profile": stat ./profile: no such file or directory: unknown';
  const newPod = 'profile#0';
  const profileBoot = (m) => [
    zl(T, m, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
    zl(T, m, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
    zl(T, m, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
    zl(T, m, 'INF', 'cmd/profile/main.go:23', 'Reading config...'),
    zl(T, m, 'INF', 'cmd/profile/main.go:36', 'Read database URL: mongodb-profile:27017'),
    zl(T, m, 'INF', 'cmd/profile/main.go:37', 'Initializing DB connection...'),
    zl(T, m + 0.01, 'INF', 'cmd/profile/db.go:36', 'New session successfull...'),
    zl(T, m + 0.01, 'INF', 'cmd/profile/main.go:40', 'Successfull'),
    zl(T, m + 0.01, 'INF', 'cmd/profile/main.go:42', 'Read profile memcashed address: memcached-profile:11211'),
    zl(T, m + 0.01, 'INF', 'cmd/profile/main.go:43', 'Initializing Memcashed client...'),
    zl(T, m + 0.01, 'INF', 'cmd/profile/main.go:47', 'Successfull'),
    zl(T, m + 0.01, 'INF', 'cmd/profile/main.go:51', 'Read target port: 8081'),
    zl(T, m + 0.01, 'INF', 'cmd/profile/main.go:52', 'Read consul address: consul:8500'),
    zl(T, m + 0.01, 'INF', 'cmd/profile/main.go:53', 'Read jaeger address: jaeger:6831'),
    zl(T, m + 0.01, 'INF', 'cmd/profile/main.go:62', 'Initializing jaeger agent [service name: profile | host: jaeger:6831]...'),
    zl(T, m + 0.02, 'INF', 'cmd/profile/main.go:67', 'Jaeger agent initialized'),
    zl(T, m + 0.02, 'INF', 'cmd/profile/main.go:69', 'Initializing consul agent [host: consul:8500]...'),
    zl(T, m + 0.02, 'INF', 'cmd/profile/main.go:74', 'Consul agent initialized'),
    zl(T, m + 0.02, 'INF', 'cmd/profile/main.go:85', 'Starting server...'),
  ];
  return {
    folder: 's76a-profile-deploy-hangs',
    incidentTime: '2026-03-03T14:31:00Z',
    description: 'discovery: profile deploy has been hanging since ~14:05, pipeline timed out waiting for rollout. hotel pages still load for me',
    expected: { component: 'profile', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [
      { component: 'profile', cause: 'crash-loop' },
      { component: 'profile', cause: 'config-error' },
    ],
    difficulty: 'medium',
    traits: ['rollout-regression', 'pods-ready', 'time-expression', 'team-name'],
    grounding: `
      DeathStarBench hotelReservation (kubernetes + helm chart at 6ecb097): the profile Deployment runs the shared
      hotel-reservation image with command ["./profile"] (a path relative to the image's WORKDIR), one replica, gRPC on
      8081. Fault: the CD pipeline rolled profile to a rebuilt image (tag b7e41d2) whose Dockerfile now installs the Go
      binaries with \`go install\` into the GOPATH bin directory instead of leaving them in /workspace; the Deployment's
      command was not changed, so runc cannot exec "./profile" (stat: no such file or directory). The kubelet reports
      this as lastState terminated reason StartError, exit code 128, startedAt 1970-01-01T00:00:00Z, the container never
      writes a log line, and the pod sits in CrashLoopBackOff with Failed/BackOff events. With one replica and the
      default 25% maxUnavailable (rounded down to 0) the old ReplicaSet's pod keeps serving, so users see nothing; the
      Deployment reports ProgressDeadlineExceeded after 600 s. The old and new ReplicaSet templates differ only in the
      image tag. Deviations from upstream: the rebuilt image and its tag are invented.`,
    workloads: {
      profile: {
        rollout: { at: -26, revision: 6, oldReplicas: 1, oldContainers: { 'hotel-reserv-profile': { image: OLD_IMG } } },
        containers: { 'hotel-reserv-profile': { image: NEW_IMG } },
        pods: [
          {
            containers: {
              'hotel-reserv-profile': {
                state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 5m0s restarting failed container=hotel-reserv-profile pod=%POD%(%PODUID%)' } },
                lastState: { terminated: { exitCode: 128, reason: 'StartError', message: start, startedAt: '1970-01-01T00:00:00Z', finishedAt: T.iso(-3.2), containerID: '%CID%' } },
                ready: false, started: false, restartCount: 9,
              },
            },
          },
        ],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-15.5), lastTransitionTime: T.iso(-15.5), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:profile', reason: 'ScalingReplicaSet', message: 'Scaled up replica set profile-%NEW% to 1', first: -26, last: -26 },
      { on: `pod:${newPod}`, reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: -25.5, last: -25.5 },
      { on: `pod:${newPod}`, reason: 'Pulling', message: `Pulling image "${NEW_IMG}"`, first: -25.4, last: -25.4, fieldPath: 'spec.containers{hotel-reserv-profile}' },
      { on: `pod:${newPod}`, reason: 'Pulled', message: `Successfully pulled image "${NEW_IMG}" in 4.218s (4.218s including waiting). Image size: 31862473 bytes.`, first: -25.3, last: -25.3, fieldPath: 'spec.containers{hotel-reserv-profile}' },
      { on: `pod:${newPod}`, reason: 'Pulled', message: `Container image "${NEW_IMG}" already present on machine`, count: 9, first: -25.2, last: -3.2, fieldPath: 'spec.containers{hotel-reserv-profile}' },
      { on: `pod:${newPod}`, reason: 'Created', message: 'Created container hotel-reserv-profile', count: 10, first: -25.3, last: -3.2, fieldPath: 'spec.containers{hotel-reserv-profile}' },
      { on: `pod:${newPod}`, reason: 'Failed', type: 'Warning', message: `Error: ${start}`, count: 10, first: -25.3, last: -3.2, fieldPath: 'spec.containers{hotel-reserv-profile}' },
      { on: `pod:${newPod}`, reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-profile in pod %POD%_hotel-reservation(%PODUID%)', count: 113, first: -25.1, last: -0.4, fieldPath: 'spec.containers{hotel-reserv-profile}' },
    ],
    logs: {
      'profile#old0/hotel-reserv-profile': profileBoot(-60 * 24 * 6 + 0.5),
      'frontend#0/hotel-reserv-frontend': [
        zl(T, -60 * 24 * 6, 'INF', 'cmd/frontend/main.go:23', 'Reading config...'),
        zl(T, -60 * 24 * 6, 'INF', 'cmd/frontend/main.go:40', 'Read target port: 5000'),
        zl(T, -60 * 24 * 6, 'INF', 'cmd/frontend/main.go:41', 'Read consul address: consul:8500'),
        zl(T, -60 * 24 * 6, 'INF', 'cmd/frontend/main.go:42', 'Read jaeger address: jaeger:6831'),
        zl(T, -60 * 24 * 6, 'INF', 'cmd/frontend/main.go:66', 'Starting server...'),
        zl(T, -60 * 24 * 6, 'INF', 'services/frontend/server.go:91', 'Serving http'),
        zl(T, -4.1, 'INF', 'services/frontend/server.go:123', 'searchHandler [lat: 37.7835, lon: -122.41, inDate: 2015-04-09, outDate: 2015-04-10]'),
        zl(T, -4.1, 'INF', 'services/frontend/server.go:155', 'SearchHandler gets searchResp'),
        zl(T, -4.09, 'INF', 'services/frontend/server.go:182', 'searchHandler gets reserveResp'),
        zl(T, -4.08, 'INF', 'services/frontend/server.go:197', 'searchHandler gets profileResp'),
        zl(T, -1.2, 'INF', 'services/frontend/server.go:123', 'searchHandler [lat: 37.7865, lon: -122.4165, inDate: 2015-04-12, outDate: 2015-04-14]'),
        zl(T, -1.2, 'INF', 'services/frontend/server.go:155', 'SearchHandler gets searchResp'),
        zl(T, -1.19, 'INF', 'services/frontend/server.go:182', 'searchHandler gets reserveResp'),
        zl(T, -1.18, 'INF', 'services/frontend/server.go:197', 'searchHandler gets profileResp'),
      ],
    },
  };
})();

export const scenarios = [s1];
