// s16 blind dev scenarios for DeathStarBench hotelReservation (two incidents), as compact specs for the kit
// (scripts/s2-scenario-kit.mjs) on the session-3 system definition and its default PVCs; built by scripts/s16-build-blind-dev-a.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

// zerolog ConsoleWriter as the services write it (colours on, RFC3339 time, caller under /workspace).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', PNC: '\x1b[1m\x1b[31mPNC\x1b[0m\x1b[0m' };
const zl = (T, min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const SVC = ['frontend', 'search', 'geo', 'profile', 'rate', 'recommendation', 'user', 'reservation'];
const configMaps = SVC.map((s) => ({ name: `${s}-hotelres`, keys: ['service-config.json'] }));

// Start-up of a service with a Mongo database and a memcached (cmd/<svc>/main.go: the log texts keep upstream's spelling).
const boot = (T, min, svc, port, mongo, memc) => [
  zl(T, min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(T, min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(T, min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(T, min, 'INF', `cmd/${svc}/main.go:23`, 'Reading config...'),
  zl(T, min, 'INF', `cmd/${svc}/main.go:36`, `Read database URL: ${mongo}`),
  zl(T, min, 'INF', `cmd/${svc}/main.go:37`, 'Initializing DB connection...'),
  zl(T, min + 0.01, 'INF', `cmd/${svc}/main.go:39`, 'New session successfull...'),
  zl(T, min + 0.01, 'INF', `cmd/${svc}/main.go:42`, `Read ${svc} memcashed address: ${memc}`),
  zl(T, min + 0.01, 'INF', `cmd/${svc}/main.go:43`, 'Initializing Memcashed client...'),
  zl(T, min + 0.01, 'INF', `cmd/${svc}/main.go:45`, 'Successfull'),
  zl(T, min + 0.01, 'INF', `cmd/${svc}/main.go:51`, `Read target port: ${port}`),
  zl(T, min + 0.01, 'INF', `cmd/${svc}/main.go:52`, 'Read consul address: consul:8500'),
  zl(T, min + 0.01, 'INF', `cmd/${svc}/main.go:53`, 'Read jaeger address: jaeger:6831'),
  zl(T, min + 0.01, 'INF', `cmd/${svc}/main.go:62`, `Initializing jaeger agent [service name: ${svc} | host: jaeger:6831]...`),
  zl(T, min + 0.02, 'INF', `cmd/${svc}/main.go:67`, 'Jaeger agent initialized'),
  zl(T, min + 0.02, 'INF', `cmd/${svc}/main.go:69`, 'Initializing consul agent [host: consul:8500]...'),
  zl(T, min + 0.02, 'INF', `cmd/${svc}/main.go:74`, 'Consul agent initialized'),
  zl(T, min + 0.02, 'INF', `cmd/${svc}/main.go:86`, 'Starting server...'),
];
// zerolog's Panic level logs the message, then panics with it; a panic in a gRPC handler goroutine ends the process (exit 2).
const panicTrace = (msg, file, fn, line) => [
  `panic: ${msg}`, '', 'goroutine 2871 [running]:',
  'github.com/rs/zerolog.(*Logger).Panic.func1({0xc000618b40?, 0x0?})', '\t/go/pkg/mod/github.com/rs/zerolog@v1.31.0/log.go:405 +0x27',
  'github.com/rs/zerolog.(*Event).msg(0xc0004c2a80, {0xc000618b40, 0xb1})', '\t/go/pkg/mod/github.com/rs/zerolog@v1.31.0/event.go:158 +0x2b9',
  'github.com/rs/zerolog.(*Event).Msgf(0xc0004c2a80, {0xd6f2a1?, 0x0?}, {0xc0003f1c48?, 0x0?, 0x0?})', '\t/go/pkg/mod/github.com/rs/zerolog@v1.31.0/event.go:131 +0x4a',
  `hotelReservation/services/${fn}(0xc0001f2300, {0xf1b6c8, 0xc0005a2e40}, 0xc0002d6b40)`, `\t/workspace/${file}:${line} +0x8c5`,
  `hotelReservation/services/${fn.split('.')[0]}/proto._${fn.split('.')[0][0].toUpperCase()}${fn.split('.')[0].slice(1)}_${fn.split('.').pop()}_Handler.func1({0xf1b6c8, 0xc0005a2e40}, {0xd3a7e0?, 0xc0002d6b40})`,
  `\t/workspace/services/${fn.split('.')[0]}/proto/${fn.split('.')[0]}_grpc.pb.go:124 +0x72`,
  'google.golang.org/grpc.(*Server).processUnaryRPC(0xc0001b6000, {0xf1e2a0, 0xc000330000}, 0xc00050c000, 0xc0001e8b10, 0x14b9c40, 0x0)',
  '\t/go/pkg/mod/google.golang.org/grpc@v1.59.0/server.go:1343 +0xe03',
  'created by google.golang.org/grpc.(*Server).serveStreams.func2.1 in goroutine 58',
  '\t/go/pkg/mod/google.golang.org/grpc@v1.59.0/server.go:1025 +0x139',
];

// ---------------------------------------------------------------------------------------------------------------------
// 1. memcached-reserve at its connection limit: it stays Running and Ready and logs nothing (no -v); every new connection
//    gets "ERROR Too many open connections" and reservation panics on the unexpected get response.
const s1 = (() => {
  const incidentTime = '2026-06-03T20:14:00Z';
  const T = clock(incidentTime);
  const onset = -13;
  const errLine = 'memcache: unexpected line in get response: "ERROR Too many open connections\\r\\n"';
  const keys = (k) => `[${[1, 2, 5, 7, 9, 12].map((h) => `${(h + k) % 80 + 1}_cap`).join(' ')}]`;
  const resPanicLog = (start, crash, k) => {
    const msg = `Tried to get memc_cap_key ${keys(k)}, but got memmcached error = ${errLine}`;
    return [
      ...boot(T, start, 'reservation', 8087, 'mongodb-reservation:27017', 'memcached-reserve:11211'),
      zl(T, crash, 'PNC', 'services/reservation/server.go:171', msg),
      ...panicTrace(msg, 'services/reservation/server.go', 'reservation.(*Server).CheckAvailability', 171),
    ];
  };
  const feLog = (seed) => {
    const out = [
      zl(T, -60 * 24 * 12 + seed, 'INF', 'cmd/frontend/main.go:23', 'Reading config...'),
      zl(T, -60 * 24 * 12 + seed, 'INF', 'cmd/frontend/main.go:44', 'Read target port: 5000'),
      zl(T, -60 * 24 * 12 + seed, 'INF', 'cmd/frontend/main.go:45', 'Read consul address: consul:8500'),
      zl(T, -60 * 24 * 12 + seed, 'INF', 'cmd/frontend/main.go:66', 'Starting server...'),
    ];
    let k = 0;
    for (let m = onset + 0.2 + seed * 0.13; m < -0.1; m += 0.37, k++) {
      const e = k % 4 === 3 ? 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:reservation#0%:8087: connect: connection refused"'
        : k % 4 === 1 ? 'rpc error: code = Unavailable desc = error reading from server: EOF'
          : 'rpc error: code = Unavailable desc = error reading from server: read tcp %PODIP%:' + (40112 + k) + '->%IPOF:reservation#0%:8087: read: connection reset by peer';
      out.push(zl(T, m, 'ERR', k % 3 === 0 ? 'services/frontend/server.go:306' : 'services/frontend/server.go:246', e));
    }
    return out;
  };
  return {
    folder: 's16-memcached-reserve-maxconns',
    description: 'bookings and hotel search failing on and off, reservation pods keep restarting',
    incidentTime,
    expected: { component: 'memcached-reserve', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'decoy'],
    grounding: `
      Manifests (DeathStarBench hotelReservation kubernetes/ and helm-chart at 6ecb097): memcached-reserve is memcached:1.6.22
      on 11211 with no probes and no -c, so the default limit of 1024 connections applies; reservation reaches it through
      ReserveMemcAddress=memcached-reserve:11211 with bradfitz/gomemcache. A flash-sale load test that the perf team pointed at
      the production frontend (wrk2, high concurrency) drives CheckAvailability's GetMulti calls far beyond gomemcache's two
      idle connections per server, so every extra concurrent call dials a new connection; at 20:01 memcached reaches maxconns.
      memcached 1.6 then answers each new connection with "ERROR Too many open connections" and closes it (maxconns_fast),
      logs nothing without -v, and keeps its pod Running (no probes). gomemcache reports the line as "memcache: unexpected line
      in get response", and services/reservation/server.go logs it with log.Panic ("Tried to get memc_cap_key [...], but got
      memmcached error = ..."), which ends the process (exit 2): reservation has restarted 6 times and the frontend logs gRPC
      Unavailable (EOF, connection reset, refused) towards it. The loudest component, reservation, is a dependent. Decoy:
      jaeger's all-in-one was OOMKilled three days ago (in-memory span storage) and has run since. A careful engineer names
      memcached-reserve's connection limit (resource-exhaustion).
    `,
    configMaps,
    workloads: {
      reservation: {
        pods: [{ containers: { 'hotel-reserv-reservation': cs.restartedRunning({ restarts: 6, startedAt: T.iso(-0.9), last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-2.6), finishedAt: T.iso(-1.3) } }) } }],
      },
      jaeger: {
        pods: [{ containers: { 'hotel-reserv-jaeger': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 212), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 24 * 3 - 212.1) } }) } }],
      },
    },
    events: [
      { on: 'pod:reservation#0', reason: 'Pulled', message: `Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine`, first: onset + 0.6, last: -0.92, count: 6, fieldPath: 'spec.containers{hotel-reserv-reservation}' },
      { on: 'pod:reservation#0', reason: 'Created', message: 'Created container hotel-reserv-reservation', first: onset + 0.6, last: -0.92, count: 6, fieldPath: 'spec.containers{hotel-reserv-reservation}' },
      { on: 'pod:reservation#0', reason: 'Started', message: 'Started container hotel-reserv-reservation', first: onset + 0.6, last: -0.9, count: 6, fieldPath: 'spec.containers{hotel-reserv-reservation}' },
      { on: 'pod:reservation#0', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-reservation in pod %POD%_hotel-reservation(%PODUID%)', first: onset + 3, last: -1.2, count: 9, type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-reservation}' },
    ],
    logs: {
      'reservation#0/hotel-reserv-reservation/previous': resPanicLog(-2.6, -1.3, 3),
      'reservation#0/hotel-reserv-reservation': [
        ...boot(T, -0.9, 'reservation', 8087, 'mongodb-reservation:27017', 'memcached-reserve:11211'),
      ],
      'frontend#0/hotel-reserv-frontend': feLog(0),
      'frontend#1/hotel-reserv-frontend': feLog(1),
      'search#0/hotel-reserv-search': [
        zl(T, -60 * 24 * 12, 'INF', 'cmd/search/main.go:23', 'Reading config...'),
        zl(T, -60 * 24 * 12, 'INF', 'cmd/search/main.go:63', 'Starting server...'),
      ],
      'profile#0/hotel-reserv-profile': boot(T, -60 * 24 * 12, 'profile', 8081, 'mongodb-profile:27017', 'memcached-profile:11211'),
      'jaeger#0/hotel-reserv-jaeger': [
        JSON.stringify({ level: 'info', ts: Date.parse(T.iso(-60 * 24 * 3 - 211.9)) / 1000 + 0.412, caller: 'flags/service.go:110', msg: 'Mounting metrics handler on admin server', route: '/metrics' }),
        JSON.stringify({ level: 'info', ts: Date.parse(T.iso(-60 * 24 * 3 - 211.9)) / 1000 + 0.498, caller: 'app/server.go:286', msg: 'Starting HTTP server', port: 16686, addr: ':16686' }),
      ],
    },
  };
})();

// ---------------------------------------------------------------------------------------------------------------------
// 2. memcached-profile OOMKilled: a chart upgrade two days ago raised its cache to -m 1024 under a 256Mi limit; once the
//    slabs filled past the limit the container is OOMKilled again and again, and profile panics on every restart.
const s2 = (() => {
  const incidentTime = '2026-06-10T13:37:00Z';
  const T = clock(incidentTime);
  const rolloutAt = -60 * 24 * 2 - 70;
  const ooms = [-71, -38, -6.2];
  const profPanic = (start, crash, k) => {
    const ids = `[${Array.from({ length: 5 }, (_, i) => String(((k * 7 + i * 3) % 80) + 1)).join(' ')}]`;
    const msg = `Tried to get hotelIds ${ids}, but got memmcached error = dial tcp %SVCIP:memcached-profile%:11211: connect: connection refused`;
    return [
      ...boot(T, start, 'profile', 8081, 'mongodb-profile:27017', 'memcached-profile:11211'),
      zl(T, crash, 'PNC', 'services/profile/server.go:129', msg),
      ...panicTrace(msg, 'services/profile/server.go', 'profile.(*Server).GetProfiles', 129),
    ];
  };
  const mdate = (min) => T.isoMs(min).replace('Z', '+00:00');
  const slow = (min, ms, id) => JSON.stringify({ t: { $date: mdate(min) }, s: 'I', c: 'COMMAND', id: 51803, ctx: `conn${1400 + id}`, msg: 'Slow query', attr: { type: 'command', ns: 'profile-db.hotels', command: { find: 'hotels', filter: { id: String(id) }, limit: 1, singleBatch: true, lsid: { id: { $uuid: `5f0c2a1e-8b7d-4e3f-9a6c-1d2e3f4a5b${String(id % 100).padStart(2, '0')}` } }, $db: 'profile-db' }, planSummary: 'COLLSCAN', keysExamined: 0, docsExamined: 80, cursorExhausted: true, numYields: 0, nreturned: 1, reslen: 1123, locks: { Global: { acquireCount: { r: 1 } } }, protocol: 'op_msg', durationMillis: ms } });
  const mongoLog = [];
  for (const o of ooms) for (let i = 0; i < 4; i++) mongoLog.push(slow(o + 0.05 + i * 0.02, 104 + i * 17, (i * 11 + Math.round(-o)) % 80 + 1));
  return {
    folder: 's16-memcached-profile-oom-after-cache-size-bump',
    description: 'hotel details / search results erroring on and off for the last hour or so, profile keeps crashing',
    incidentTime,
    expected: { component: 'memcached-profile', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'memcached-profile', cause: 'config-error' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Manifests (DeathStarBench hotelReservation at 6ecb097, as in the system definition): memcached-profile is memcached:1.6.22
      with a 256Mi memory limit and a 128 MB cache; profile reaches it through ProfileMemcAddress=memcached-profile:11211.
      Two days before the incident a chart upgrade (revision 4) started memcached with "-m 1024 -t 2" to raise the hit rate,
      without raising the limit. memcached allocates slab pages lazily, so nothing happened until the cache had filled past
      ~256 MiB with hotel profiles; since 12:26 the kernel OOM-kills it (exit 137, OOMKilled; node-problem-detector's
      OOMKilling event on the node with memcached's anon-rss at the limit), three times in the last hour. Each time the
      process is gone for a moment and the cache restarts cold: profile's GetMulti fails with "connect: connection refused"
      to the Service address and services/profile/server.go logs it with log.Panic, which ends the profile process (exit 2),
      so profile has restarted as often and is the louder component; mongodb-profile logs a burst of slow finds (COLLSCAN,
      no index on id) right after each restart, from the cold cache (decoy). A careful engineer names memcached-profile
      OOMKilled (its -m above its limit); calling it a configuration error of memcached-profile is also accepted.
    `,
    configMaps,
    workloads: {
      'memcached-profile': {
        rollout: { at: rolloutAt, revision: 4 },
        containers: { 'hotel-reserv-profile-mmc': { args: ['-m', '1024', '-t', '2'] } },
        pods: [{ node: 'aks-nodepool1-27419563-vmss000002', containers: { 'hotel-reserv-profile-mmc': cs.restartedRunning({ restarts: 3, startedAt: T.iso(ooms[2] + 0.02), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(ooms[1] + 0.02), finishedAt: T.iso(ooms[2]) } }) } }],
      },
      profile: {
        pods: [{ containers: { 'hotel-reserv-profile': cs.restartedRunning({ restarts: 3, startedAt: T.iso(ooms[2] + 0.4), last: { exitCode: 2, reason: 'Error', startedAt: T.iso(ooms[1] + 0.35), finishedAt: T.iso(ooms[2] + 0.01) } }) } }],
      },
    },
    events: [
      ...ooms.map((o, i) => ({ on: 'node:aks-nodepool1-27419563-vmss000002', reason: 'OOMKilling', message: `Memory cgroup out of memory: Killed process ${21877 + i * 3412} (memcached) total-vm:1189432kB, anon-rss:261204kB, file-rss:3072kB, shmem-rss:0kB, UID:11211 pgtables:652kB oom_score_adj:999`, first: o, type: 'Warning', source: 'kernel-monitor' })),
      { on: 'pod:memcached-profile#0', reason: 'Pulled', message: 'Container image "memcached:1.6.22" already present on machine', first: ooms[0] + 0.01, last: ooms[2] + 0.01, count: 3, fieldPath: 'spec.containers{hotel-reserv-profile-mmc}' },
      { on: 'pod:memcached-profile#0', reason: 'Created', message: 'Created container hotel-reserv-profile-mmc', first: ooms[0] + 0.01, last: ooms[2] + 0.01, count: 3, fieldPath: 'spec.containers{hotel-reserv-profile-mmc}' },
      { on: 'pod:memcached-profile#0', reason: 'Started', message: 'Started container hotel-reserv-profile-mmc', first: ooms[0] + 0.02, last: ooms[2] + 0.02, count: 3, fieldPath: 'spec.containers{hotel-reserv-profile-mmc}' },
      { on: 'pod:profile#0', reason: 'Pulled', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', first: ooms[0] + 0.3, last: ooms[2] + 0.38, count: 3, fieldPath: 'spec.containers{hotel-reserv-profile}' },
      { on: 'pod:profile#0', reason: 'Started', message: 'Started container hotel-reserv-profile', first: ooms[0] + 0.32, last: ooms[2] + 0.4, count: 3, fieldPath: 'spec.containers{hotel-reserv-profile}' },
      { on: 'pod:profile#0', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-profile in pod %POD%_hotel-reservation(%PODUID%)', first: ooms[0] + 0.05, last: ooms[2] + 0.1, count: 3, type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-profile}' },
      { on: 'deploy:memcached-profile', reason: 'ScalingReplicaSet', message: 'Scaled up replica set memcached-profile-%NEW% to 1', first: rolloutAt },
    ],
    logs: {
      'profile#0/hotel-reserv-profile/previous': profPanic(ooms[1] + 0.35, ooms[2] + 0.01, 2),
      'profile#0/hotel-reserv-profile': boot(T, ooms[2] + 0.4, 'profile', 8081, 'mongodb-profile:27017', 'memcached-profile:11211'),
      'mongodb-profile#0/hotel-reserv-profile-mongo': mongoLog,
      'frontend#0/hotel-reserv-frontend': ooms.flatMap((o, i) => [0, 1, 2].map((j) => zl(T, o + 0.02 + j * 0.05, 'ERR', 'services/frontend/server.go:306', j === 0 ? 'rpc error: code = Unavailable desc = error reading from server: EOF' : `rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:profile#0%:8081: connect: connection refused"`))),
    },
  };
})();

export const scenarios = [s1, s2];
