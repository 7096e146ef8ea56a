// Blind dev batch s59a: one DeathStarBench hotelReservation scenario (a profile release whose replies exceed gRPC's 4 MiB).
// Built by scripts/s59a-build.mjs with the session-3 system definition (system, defaultPvcs) of scripts/s3-scenarios/hotel-reservation.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const T = clock('2026-06-09T19:12:00Z');
const ROLL = -31; // profile rollout (18:41)
const IMG = 'hotelres.azurecr.io/hotel-reservation:6ecb097';
const NEW_IMG = 'hotelres.azurecr.io/hotel-reservation:profile-2.4.0-b71e9c3';

// zerolog ConsoleWriter with colours, as the session-3 system documents (kubectl logs keeps the ANSI escapes).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const boot = (min, svc) => [
  zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(min, 'INF', `cmd/${svc}/main.go:23`, 'Reading config...'),
];
const s = (sec) => ROLL + 0.5 + sec / 60;
const profileLog = [
  ...boot(s(3), 'profile'),
  zl(s(3), 'INF', 'cmd/profile/main.go:36', 'Read database URL: mongodb-profile:27017'),
  zl(s(3), 'INF', 'cmd/profile/main.go:37', 'Initializing DB connection...'),
  zl(s(4), 'INF', 'cmd/profile/main.go:39', 'Successfull'),
  zl(s(4), 'INF', 'cmd/profile/main.go:42', 'Read profile memcashed address: memcached-profile:11211'),
  zl(s(4), 'INF', 'cmd/profile/main.go:43', 'Initializing Memcashed client...'),
  zl(s(4), 'INF', 'cmd/profile/main.go:48', 'Successfull'),
  zl(s(4), 'INF', 'cmd/profile/main.go:52', 'Read target port: 8081'),
  zl(s(4), 'INF', 'cmd/profile/main.go:53', 'Read consul address: consul:8500'),
  zl(s(4), 'INF', 'cmd/profile/main.go:54', 'Read jaeger address: jaeger:6831'),
  zl(s(4), 'INF', 'cmd/profile/main.go:63', 'Initializing jaeger agent [service name: profile | host: jaeger:6831]...'),
  zl(s(4), 'INF', 'cmd/profile/main.go:68', 'Jaeger agent initialized'),
  zl(s(4), 'INF', 'cmd/profile/main.go:70', 'Initializing consul agent [host: consul:8500]...'),
  zl(s(4), 'INF', 'cmd/profile/main.go:75', 'Consul agent initialized'),
  zl(s(4), 'INF', 'cmd/profile/main.go:86', 'Starting server...'),
  zl(s(5), 'INF', 'services/profile/server.go:71', 'Successfully registered in consul'),
];

// frontend/server.go searchHandler logs "SearchHandler GetProfiles failed" (no error text; the error goes to the HTTP body).
const FAILS0 = [-29.6, -27.9, -26.2, -24.8, -22.7, -20.3, -18.6, -16.1, -14.4, -12.0, -9.8, -7.5, -5.9, -3.6, -1.7];
const FAILS1 = [-29.1, -27.2, -25.5, -23.3, -21.1, -19.4, -17.0, -15.2, -13.1, -10.9, -8.6, -6.4, -4.7, -2.5, -0.9];
const fe = (fails) => [
  ...boot(-60 * 24 * 9 + 0.4, 'frontend'),
  zl(-60 * 24 * 9 + 0.4, 'INF', 'cmd/frontend/main.go:37', 'Read target port: 5000'),
  zl(-60 * 24 * 9 + 0.4, 'INF', 'cmd/frontend/main.go:38', 'Read consul address: consul:8500'),
  zl(-60 * 24 * 9 + 0.4, 'INF', 'cmd/frontend/main.go:39', 'Read jaeger address: jaeger:6831'),
  zl(-60 * 24 * 9 + 0.4, 'INF', 'services/frontend/server.go:46', 'Initializing gRPC clients...'),
  zl(-60 * 24 * 9 + 0.41, 'INF', 'services/frontend/server.go:67', 'Successfull'),
  zl(-60 * 24 * 9 + 0.41, 'INF', 'services/frontend/server.go:89', 'Serving http'),
  ...fails.map((t) => zl(t, 'ERR', 'services/frontend/server.go:187', 'SearchHandler GetProfiles failed')),
];

export const scenarios = [
  {
    folder: 's59a-profile-release-oversized-grpc-replies',
    description: 'hotels map page errors (500) for most searches since ~18:45, login + booking still ok. discovery team pls check',
    incidentTime: '2026-06-09T19:12:00Z',
    expected: { component: 'profile', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression', 'team-name', 'decoy'],
    workloads: {
      profile: {
        rollout: { at: ROLL, revision: 5, oldContainers: { 'hotel-reserv-profile': { image: IMG } } },
        containers: { 'hotel-reserv-profile': { image: NEW_IMG } },
      },
      // decoy: jaeger all-in-one (in-memory span storage) OOMKilled at its 1Gi limit two days ago
      jaeger: {
        pods: [{
          containers: {
            'hotel-reserv-jaeger': cs.restartedRunning({
              restarts: 2,
              startedAt: T.iso(-60 * 46 + 0.2),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 5), finishedAt: T.iso(-60 * 46) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:profile', reason: 'ScalingReplicaSet', message: 'Scaled up replica set profile-%NEW% to 1', first: ROLL },
      { on: 'pod:profile#0', reason: 'Scheduled', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', source: 'default-scheduler', first: ROLL + 0.5 },
      { on: 'pod:profile#0', reason: 'Pulling', message: `Pulling image "${NEW_IMG}"`, fieldPath: 'spec.containers{hotel-reserv-profile}', first: ROLL + 0.51 },
      { on: 'pod:profile#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMG}" in 2.312s (2.312s including waiting). Image size: 41873302 bytes.`, fieldPath: 'spec.containers{hotel-reserv-profile}', first: ROLL + 0.55 },
      { on: 'pod:profile#0', reason: 'Created', message: 'Created container hotel-reserv-profile', fieldPath: 'spec.containers{hotel-reserv-profile}', first: ROLL + 0.55 },
      { on: 'pod:profile#0', reason: 'Started', message: 'Started container hotel-reserv-profile', fieldPath: 'spec.containers{hotel-reserv-profile}', first: ROLL + 0.56 },
      { on: 'deploy:profile', reason: 'ScalingReplicaSet', message: 'Scaled down replica set profile-%OLD% to 0 from 1', first: ROLL + 0.6 },
    ],
    logs: {
      'profile#0/hotel-reserv-profile': profileLog,
      'frontend#0/hotel-reserv-frontend': fe(FAILS0),
      'frontend#1/hotel-reserv-frontend': fe(FAILS1),
    },
    grounding: `
      Fault: a profile release that is Running and Ready but whose replies no longer fit in a gRPC message. At 18:41 the
      discovery team rolled profile to an in-house image (hotel-reservation:profile-2.4.0-b71e9c3, revision 5) that
      inlines each hotel's JPEG thumbnails into profile.Hotel.Images instead of returning URLs. A GetProfiles reply for a
      search (geo returns the 5 nearest hotels, reservation keeps the available ones) is now about 5 MB. grpc-go clients
      refuse a received message above the default 4 MiB (4194304 bytes) with "rpc error: code = ResourceExhausted desc =
      grpc: received message larger than max (N vs. 4194304)"; the server side sends it without complaint, so profile
      logs nothing after its start-up. This is a well-known grpc-go behaviour (grpc.MaxCallRecvMsgSize, grpc/grpc-go
      issues about "received message larger than max") and the classic shape of a release that changes payload size.
      Effects follow hotelReservation/services/frontend/server.go: searchHandler calls search, reservation
      CheckAvailability, then profile GetProfiles; on the error it logs "SearchHandler GetProfiles failed" at ERR level and
      answers 500 with the gRPC error text; recommendHandler fails the same way without logging. Searches that return
      three hotels or fewer still fit and succeed, so "most searches" fail; /user and /reservation do not call profile
      and keep working, as the description says. search, geo, rate, memcached-profile and mongodb-profile are untouched.
      Expected: profile / bad-deploy-rollout (a new version that is Ready but misbehaves; the frontends are the loud ones).
      Decoy: jaeger all-in-one (in-memory span storage) was OOMKilled at its 1Gi limit 46 hours ago (restartCount 2),
      unrelated to the search errors.
      Deviations from upstream: the profile image tag and the thumbnail-inlining change are the incident's; the rest is the
      session-3 system definition (kompose Deployments, helm chart env and ConfigMaps).
    `,
  },
];
