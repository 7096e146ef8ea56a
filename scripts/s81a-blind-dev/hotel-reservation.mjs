// Batch s81a (blind dev): hotel-reservation, one scenario — a rate rollout that sets the image's GC env (debug.SetGCPercent)
// to 5: pods Ready, the garbage collector runs continuously under the 1-CPU limit and search latency climbs (config-error).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs } from '../s3-scenarios/hotel-reservation.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const INC = '2026-03-25T11:05:00Z';
const T = clock(INC);
const AT = -63;
const rateBase = base.workloads.find((w) => w.name === 'rate').containers[0];
const newEnv = rateBase.env.map((e) => (e.name === 'GC' ? { name: 'GC', value: '5' } : e));

// zerolog ConsoleWriter as the image prints it (same escapes as the s3 helpers).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const rateBoot = (min, gc) => [
  zl(min, 'INF', 'tune/setting.go:29', `Tune: setGCPercent to ${gc}`),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(min, 'INF', 'cmd/rate/main.go:23', 'Reading config...'),
  zl(min, 'INF', 'cmd/rate/main.go:36', 'Read database URL: mongodb-rate:27017'),
  zl(min, 'INF', 'cmd/rate/main.go:37', 'Initializing DB connection...'),
  zl(min + 0.01, 'INF', 'cmd/rate/db.go:39', 'New session successfull...'),
  zl(min + 0.01, 'INF', 'cmd/rate/db.go:41', 'Generating test data...'),
  zl(min + 0.02, 'INF', 'cmd/rate/main.go:40', 'Successfull'),
  zl(min + 0.02, 'INF', 'cmd/rate/main.go:42', 'Read profile memcashed address: memcached-rate:11211'),
  zl(min + 0.02, 'INF', 'cmd/rate/main.go:43', 'Initializing Memcashed client...'),
  zl(min + 0.02, 'INF', 'cmd/rate/main.go:48', 'Successfull'),
  zl(min + 0.02, 'INF', 'cmd/rate/main.go:53', 'Read target port: 8084'),
  zl(min + 0.02, 'INF', 'cmd/rate/main.go:54', 'Read consul address: consul:8500'),
  zl(min + 0.02, 'INF', 'cmd/rate/main.go:55', 'Read jaeger address: jaeger:6831'),
  zl(min + 0.02, 'INF', 'cmd/rate/main.go:57', 'Initializing jaeger agent [service name: rate | host: jaeger:6831]...'),
  zl(min + 0.03, 'INF', 'cmd/rate/main.go:62', 'Jaeger agent initialized'),
  zl(min + 0.03, 'INF', 'cmd/rate/main.go:64', 'Initializing consul agent [host: consul:8500]...'),
  zl(min + 0.03, 'INF', 'cmd/rate/main.go:69', 'Consul agent initialized'),
  zl(min + 0.03, 'INF', 'cmd/rate/main.go:80', 'Starting server...'),
];
const hcl = (min, lvl, msg) => `${T.isoMs(min)} [${lvl}] ${msg}`;
const consulLog = [
  hcl(AT + 0.88, 'INFO', 'agent: Synced service: service=7c41e0b2-5d3a-4f7e-9b61-2a8d04c9e517'),
  hcl(AT + 1.1, 'INFO', 'agent: Deregistered service: service=2f09a6d4-8c17-4b3e-a5f2-91d7e3b06c48'),
];

export const scenarios = [
  {
    folder: 's81a-rate-gc-percent-five',
    incidentTime: INC,
    description: 'hotel search has been crawling since about 10am, p99 on /hotels is 3-4s instead of ~150ms. booking and login are fine. discovery team?',
    expected: { component: 'rate', cause: 'config-error' },
    alsoAcceptable: [
      { component: 'rate', cause: 'bad-deploy-rollout' },
      { component: 'rate', cause: 'resource-exhaustion' },
    ],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'cpu-starvation', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      Manifest facts (delimitrou/DeathStarBench hotelReservation helm chart at 6ecb097, SOURCES.md): every Go service gets env GC=100 and
      MEMC_TIMEOUT=2; tune/setting.go reads GC into debug.SetGCPercent and logs "Tune: setGCPercent to <n>" at start; rate has limits cpu 1000m,
      memory 256Mi; /hotels on the frontend calls search, which calls geo then rate for every request.
      Fault: after rate came close to its memory limit, an engineer of the platform team lowered GC to 5 in the rate Deployment (10:02) to make it
      "collect more often". The value is accepted silently; with GOGC=5 the Go collector starts a new cycle after 5 % heap growth (Go GC guide,
      "GOGC"), i.e. many times a second under the search load, and the mark work plus allocation assists eat the 1-CPU quota, so rate's handlers are
      CFS-throttled and every /hotels request waits on it. Nothing restarts, nothing logs an error; the pods stay Ready. The new ReplicaSet's template
      differs from the old one only by GC (100 -> 5), visible also in rate's boot line.
      Deviations from upstream: the GC value; the consul agent lines are the registration churn of the rollout. Decoy: profile OOMKilled three days ago.
    `,
    workloads: {
      rate: {
        rollout: { at: AT, revision: 4, oldContainers: { 'hotel-reserv-rate': { env: rateBase.env } } },
        containers: { 'hotel-reserv-rate': { env: newEnv } },
      },
      profile: {
        pods: [
          {
            containers: {
              'hotel-reserv-profile': cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3 + 0.2),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:rate', reason: 'ScalingReplicaSet', message: 'Scaled up replica set rate-%NEW% to 1', first: AT, last: AT },
      { on: 'deploy:rate', reason: 'ScalingReplicaSet', message: 'Scaled down replica set rate-%OLD% to 0 from 1', first: AT + 0.8, last: AT + 0.8 },
      { on: 'pod:rate#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: AT + 0.52, last: AT + 0.52 },
      { on: 'pod:rate#0', fieldPath: 'spec.containers{hotel-reserv-rate}', reason: 'Pulled', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', first: AT + 0.55, last: AT + 0.55 },
      { on: 'pod:rate#0', fieldPath: 'spec.containers{hotel-reserv-rate}', reason: 'Created', message: 'Created container hotel-reserv-rate', first: AT + 0.56, last: AT + 0.56 },
      { on: 'pod:rate#0', fieldPath: 'spec.containers{hotel-reserv-rate}', reason: 'Started', message: 'Started container hotel-reserv-rate', first: AT + 0.6, last: AT + 0.6 },
    ],
    logs: {
      'rate#0/hotel-reserv-rate': rateBoot(AT + 0.85, 5),
      'consul#0/consul': consulLog,
    },
  },
];
