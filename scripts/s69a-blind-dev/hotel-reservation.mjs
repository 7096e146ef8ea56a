// Blind dev batch s69a: one hotel-reservation scenario (config-error) for the scenario kit, on the session-3 system definition
// of scripts/s3-scenarios/hotel-reservation.mjs (system, defaultPvcs); built by scripts/s69a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const T = clock('2026-08-14T19:30:00Z');
const ROLL = -27;
const profile = system.workloads.find((w) => w.name === 'profile').containers[0];
const newEnv = profile.env.map((e) => (e.name === 'GC' ? { ...e, value: 'off' } : e));

// zerolog ConsoleWriter with colours (cmd/*/main.go), as kubectl logs returns it.
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const boot = (min, svc, gc) => [
  zl(min, 'INF', 'tune/setting.go:29', `Tune: setGCPercent to ${gc}`),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(min, 'INF', `cmd/${svc}/main.go:23`, 'Reading config...'),
];
const s = ROLL + 0.55;
const profileLog = [
  ...boot(s, 'profile', 0),
  zl(s, 'INF', 'cmd/profile/main.go:36', 'Read database URL: mongodb-profile:27017'),
  zl(s, 'INF', 'cmd/profile/main.go:37', 'Initializing DB connection...'),
  zl(s + 0.01, 'INF', 'cmd/profile/db.go:36', 'New session successfull...'),
  zl(s + 0.01, 'INF', 'cmd/profile/db.go:38', 'Generating test data...'),
  zl(s + 0.02, 'INF', 'cmd/profile/main.go:39', 'Successfull'),
  zl(s + 0.02, 'INF', 'cmd/profile/main.go:41', 'Read profile memcashed address: memcached-profile:11211'),
  zl(s + 0.02, 'INF', 'cmd/profile/main.go:42', 'Initializing Memcashed client...'),
  zl(s + 0.02, 'INF', 'cmd/profile/main.go:44', 'Successfull'),
  zl(s + 0.02, 'INF', 'cmd/profile/main.go:48', 'Read target port: 8081'),
  zl(s + 0.02, 'INF', 'cmd/profile/main.go:49', 'Read consul address: consul:8500'),
  zl(s + 0.02, 'INF', 'cmd/profile/main.go:50', 'Read jaeger address: jaeger:6831'),
  zl(s + 0.02, 'INF', 'cmd/profile/main.go:59', 'Initializing jaeger agent [service name: profile | host: jaeger:6831]...'),
  zl(s + 0.03, 'INF', 'tracing/tracer.go:26', 'Jaeger client: adjusted sample ratio 0.010000'),
  zl(s + 0.03, 'INF', 'cmd/profile/main.go:64', 'Jaeger agent initialized'),
  zl(s + 0.03, 'INF', 'cmd/profile/main.go:66', 'Initializing consul agent [host: consul:8500]...'),
  zl(s + 0.03, 'INF', 'cmd/profile/main.go:71', 'Consul agent initialized'),
  zl(s + 0.03, 'INF', 'cmd/profile/main.go:82', 'Starting server...'),
];
const old = -60 * 24 * 9 + 0.4;
const searchLog = [
  ...boot(old, 'search', 100),
  zl(old, 'INF', 'cmd/search/main.go:36', 'Read target port: 8082'),
  zl(old, 'INF', 'cmd/search/main.go:37', 'Read consul address: consul:8500'),
  zl(old, 'INF', 'cmd/search/main.go:38', 'Read jaeger address: jaeger:6831'),
  zl(old + 0.01, 'INF', 'cmd/search/main.go:56', 'Consul agent initialized'),
  zl(old + 0.01, 'INF', 'cmd/search/main.go:67', 'Starting server...'),
];
const frontendLog = [
  ...boot(old, 'frontend', 100),
  zl(old, 'INF', 'cmd/frontend/main.go:40', 'Read target port: 5000'),
  zl(old + 0.01, 'INF', 'services/frontend/server.go:48', 'Initializing gRPC clients...'),
  zl(old + 0.02, 'INF', 'services/frontend/server.go:68', 'Successfull'),
  zl(old + 0.02, 'INF', 'services/frontend/server.go:82', 'Serving http'),
];
const jaegerStart = -60 * 24 * 2 - 140;

export const scenarios = [
  {
    folder: 's69a-profile-gc-off-gcpercent-zero',
    incidentTime: '2026-08-14T19:30:00Z',
    description: 'hotel search + recommendations crawling since ~19:05, pages take 10-20s, no 5xx anywhere. login and booking feel normal. is search ok??',
    expected: { component: 'profile', cause: 'config-error' },
    alsoAcceptable: [
      { component: 'profile', cause: 'bad-deploy-rollout' },
      { component: 'profile', cause: 'resource-exhaustion' },
    ],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'cpu-starvation', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      Manifest and source facts (DeathStarBench hotelReservation helm chart and tune/setting.go at 6ecb097): every Go service gets
      GC=100 from the chart's values and calls tune.Init(), which reads it with strconv.Atoi, ignores the error and passes the result
      to debug.SetGCPercent, logging "Tune: setGCPercent to <n>"; profile has a 1000m CPU limit and no probes; the frontend calls
      profile (GetProfiles) for every /hotels search and every /recommendations answer, but not for /user or /reservation, and it
      sets no deadline on these calls and logs nothing when they are slow.
      Fault: a "perf tuning" values change 27 minutes before the incident set GC to "off" for profile only (meant as GOGC=off, which
      the Go runtime would honour from its own GOGC variable); Atoi("off") fails, the service sets GC percent 0 and says so at
      start ("Tune: setGCPercent to 0"), i.e. the collector runs continuously (a new cycle as soon as the heap grows at all), which
      eats profile's 1-CPU quota: CFS throttling, requests queue, searches and recommendations take seconds. Nothing errors,
      nothing restarts, the pod is Ready; the only traces are the rollout (old and new ReplicaSet templates differ exactly in that
      one env value) and the startup line. Expected: config-error on profile (a wrong value read and not rejected); the rollout
      that carried it and the CPU exhaustion it causes are also accepted.
      Decoys: jaeger OOMKilled two days ago (all-in-one with in-memory storage under a 1Gi limit), and the description suspects search.
      Deviations from upstream: the GC value; profile and search startup lines follow cmd/*/main.go of the image with their line
      numbers approximated.
    `,
    workloads: {
      profile: {
        rollout: { at: ROLL, revision: 4, oldContainers: { 'hotel-reserv-profile': { env: profile.env } } },
        containers: { 'hotel-reserv-profile': { env: newEnv } },
      },
      jaeger: {
        pods: [
          {
            containers: {
              'hotel-reserv-jaeger': cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(jaegerStart),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(jaegerStart - 0.05) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:profile', reason: 'ScalingReplicaSet', message: 'Scaled up replica set profile-%NEW% to 1', first: ROLL, last: ROLL },
      { on: 'pod:profile#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: ROLL + 0.3, last: ROLL + 0.3 },
      { on: 'pod:profile#0', reason: 'Pulled', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', fieldPath: 'spec.containers{hotel-reserv-profile}', first: ROLL + 0.45, last: ROLL + 0.45 },
      { on: 'pod:profile#0', reason: 'Created', message: 'Created container hotel-reserv-profile', fieldPath: 'spec.containers{hotel-reserv-profile}', first: ROLL + 0.5, last: ROLL + 0.5 },
      { on: 'pod:profile#0', reason: 'Started', message: 'Started container hotel-reserv-profile', fieldPath: 'spec.containers{hotel-reserv-profile}', first: ROLL + 0.52, last: ROLL + 0.52 },
      { on: 'deploy:profile', reason: 'ScalingReplicaSet', message: 'Scaled down replica set profile-%OLD% to 0 from 1', first: ROLL + 0.8, last: ROLL + 0.8 },
    ],
    logs: {
      'profile#0/hotel-reserv-profile': profileLog,
      'search#0/hotel-reserv-search': searchLog,
      'frontend#0/hotel-reserv-frontend': frontendLog,
      'frontend#1/hotel-reserv-frontend': frontendLog,
    },
  },
];
