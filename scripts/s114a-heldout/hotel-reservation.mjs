// Blind held-out batch s114a: one DeathStarBench hotelReservation scenario on the kit's system
// (scripts/s3-scenarios/hotel-reservation.mjs); grounding notes in the scenario's `grounding`; written before any engine run.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';
export { system, defaultPvcs };

const IT = '2026-05-16T19:48:00Z';
const T = clock(IT);
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const baseEnv = (size) => [{ name: 'MEMCACHED_CACHE_SIZE', value: size }, { name: 'MEMCACHED_THREADS', value: '2' }];

export const scenarios = [
  {
    folder: 's114a-profile-cache-size-bump',
    incidentTime: IT,
    description: 'hotel search results slow tonight, p99 on /hotels way up since ~19:15. perf team bumped some cache sizes this afternoon fyi',
    expected: { component: 'memcached-profile', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'memcached-profile', cause: 'config-error' }, { component: 'memcached-profile', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['louder-dependents', 'time-expression', 'team-name', 'decoy'],
    grounding: `
      Manifest facts (DeathStarBench hotelReservation helm chart at 6ecb097): memcached-profile runs memcached:1.6.22 with
      MEMCACHED_CACHE_SIZE=128 (passed as -m, megabytes) and a 256Mi memory limit; profile reads it as a look-aside cache
      in front of mongodb-profile, so a cache miss or a failed Get only costs a MongoDB read.
      Fault: a tuning change raised MEMCACHED_CACHE_SIZE to 1024 on memcached-profile (and, as a decoy, to 256 on
      memcached-rate, which stays under its limit). memcached only allocates slab pages as items arrive, so the pod runs
      fine for hours, then its RSS crosses 256Mi and the kernel OOM-kills it (exit 137) each time the cache refills; profile
      logs memcache errors and falls back to MongoDB, making searches slow. Each rollout's old and new ReplicaSet differ
      only in that env value. Deviation from upstream: the two env values.
    `,
    workloads: {
      'memcached-profile': {
        rollout: { at: -290, oldReplicas: 0, oldContainers: { 'hotel-reserv-profile-mmc': { env: baseEnv('128') } } },
        containers: { 'hotel-reserv-profile-mmc': { env: baseEnv('1024') } },
        pods: [{ containers: { 'hotel-reserv-profile-mmc': cs.restartedRunning({ restarts: 4, startedAt: T.iso(-3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-14), finishedAt: T.iso(-3.1) } }) } }],
      },
      'memcached-rate': {
        rollout: { at: -288, oldReplicas: 0, oldContainers: { 'hotel-reserv-rate-mmc': { env: baseEnv('128') } } },
        containers: { 'hotel-reserv-rate-mmc': { env: baseEnv('256') } },
      },
    },
    events: [
      { on: 'deploy:memcached-profile', reason: 'ScalingReplicaSet', message: 'Scaled up replica set memcached-profile-%NEW% to 1', first: -290 },
      { on: 'deploy:memcached-profile', reason: 'ScalingReplicaSet', message: 'Scaled down replica set memcached-profile-%OLD% to 0 from 1', first: -289.5 },
      { on: 'deploy:memcached-rate', reason: 'ScalingReplicaSet', message: 'Scaled up replica set memcached-rate-%NEW% to 1', first: -288 },
      { on: 'deploy:memcached-rate', reason: 'ScalingReplicaSet', message: 'Scaled down replica set memcached-rate-%OLD% to 0 from 1', first: -287.5 },
      { on: 'pod:memcached-profile#0', reason: 'Pulled', fieldPath: 'spec.containers{hotel-reserv-profile-mmc}', message: 'Container image "memcached:1.6.22" already present on machine', first: -289.5, last: -3, count: 5 },
      { on: 'pod:memcached-profile#0', reason: 'Created', fieldPath: 'spec.containers{hotel-reserv-profile-mmc}', message: 'Created container hotel-reserv-profile-mmc', first: -289.5, last: -3, count: 5 },
      { on: 'pod:memcached-profile#0', reason: 'Started', fieldPath: 'spec.containers{hotel-reserv-profile-mmc}', message: 'Started container hotel-reserv-profile-mmc', first: -289.5, last: -3, count: 5 },
      { on: 'node:aks-nodepool1-27419563-vmss000001', reason: 'OOMKilling', type: 'Warning', source: 'kernel-monitor', message: 'Memory cgroup out of memory: Killed process 3318842 (memcached) total-vm:1182244kB, anon-rss:261120kB, file-rss:2048kB, shmem-rss:0kB, UID:11211 pgtables:620kB oom_score_adj:984', first: -34, last: -3.1, count: 4 },
    ],
    logs: {
      'profile#0/hotel-reserv-profile': [
        zl(-300, 'INF', 'cmd/profile/main.go:36', 'Read database URL: mongodb-profile:27017'),
        zl(-300, 'INF', 'cmd/profile/main.go:37', 'Initializing DB connection...'),
        zl(-300, 'INF', 'cmd/profile/main.go:39', 'Successfull'),
        zl(-300, 'INF', 'cmd/profile/main.go:52', 'Read profile memcashed address: memcached-profile:11211'),
        zl(-300, 'INF', 'services/profile/server.go:61', 'Successfully registered in consul'),
        zl(-33.8, 'WRN', 'services/profile/server.go:110', 'Memmcached error while trying to get hotel [27]= read tcp %PODIP%:51734->%SVCIP:memcached-profile%:11211: read: connection reset by peer'),
        zl(-33.7, 'WRN', 'services/profile/server.go:110', 'Memmcached error while trying to get hotel [41]= dial tcp %SVCIP:memcached-profile%:11211: connect: connection refused'),
        zl(-12.2, 'WRN', 'services/profile/server.go:110', 'Memmcached error while trying to get hotel [5]= memcache: connect timeout to %SVCIP:memcached-profile%:11211'),
        zl(-3.1, 'WRN', 'services/profile/server.go:110', 'Memmcached error while trying to get hotel [63]= read tcp %PODIP%:52210->%SVCIP:memcached-profile%:11211: read: connection reset by peer'),
        zl(-3.0, 'WRN', 'services/profile/server.go:110', 'Memmcached error while trying to get hotel [12]= dial tcp %SVCIP:memcached-profile%:11211: connect: connection refused'),
      ],
      'frontend#0/hotel-reserv-frontend': [
        zl(-300, 'INF', 'cmd/frontend/main.go:66', 'Starting server...'),
        zl(-20, 'INF', 'services/frontend/server.go:167', 'SearchHandler [lat: 37.7749, lon: -122.4194, inDate: 2015-04-09, outDate: 2015-04-10]'),
        zl(-2, 'INF', 'services/frontend/server.go:167', 'SearchHandler [lat: 37.7835, lon: -122.4056, inDate: 2015-04-11, outDate: 2015-04-14]'),
      ],
    },
  },
];
