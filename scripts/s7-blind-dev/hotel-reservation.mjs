// DeathStarBench hotelReservation dev scenarios of the s7 batch: written blind (the author had not read the rule packs, the
// engine or correlation code, nor the system's other scenarios, and never ran the engine on these). Each expected answer was
// fixed before the snapshot was generated. The system is the session-3 one (scripts/s3-scenarios/hotel-reservation.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as basePvcs } from '../s3-scenarios/hotel-reservation.mjs';

export const system = base;
export const defaultPvcs = basePvcs;

const IMG = 'hotelres.azurecr.io/hotel-reservation:6ecb097';
const NODE = (i) => `aks-nodepool1-27419563-vmss00000${i}`;
// zerolog ConsoleWriter as cmd/*/main.go configures it (RFC3339, Caller(), colours left on).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', FTL: '\x1b[1m\x1b[31mFTL\x1b[0m\x1b[0m', PNC: '\x1b[1m\x1b[31mPNC\x1b[0m\x1b[0m' };
const zl = (T, min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const range = (from, to, step) => { const out = []; for (let m = from; m < to; m += step) out.push(Math.round(m * 1000) / 1000); return out; };
// Start-up sequence of cmd/<svc>/main.go (config, Mongo, memcached where the service has one, jaeger, consul, server).
const boot = (T, min, svc, port, { mongo, memc } = {}) => [
  zl(T, min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(T, min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(T, min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(T, min, 'INF', `cmd/${svc}/main.go:23`, 'Reading config...'),
  ...(mongo ? [
    zl(T, min, 'INF', `cmd/${svc}/main.go:36`, `Read database URL: ${mongo}`),
    zl(T, min, 'INF', `cmd/${svc}/main.go:37`, 'Initializing DB connection...'),
    zl(T, min + 0.01, 'INF', `cmd/${svc}/db.go:39`, 'New session successfull...'),
    zl(T, min + 0.01, 'INF', `cmd/${svc}/db.go:41`, 'Generating test data...'),
  ] : []),
  ...(memc ? [zl(T, min + 0.02, 'INF', `cmd/${svc}/main.go:47`, `Read ${svc} memcashed address: ${memc}`), zl(T, min + 0.02, 'INF', `cmd/${svc}/main.go:48`, 'Initializing Memcashed client...'), zl(T, min + 0.02, 'INF', `cmd/${svc}/main.go:52`, 'Successfull')] : []),
  zl(T, min + 0.02, 'INF', `cmd/${svc}/main.go:55`, `Read target port: ${port}`),
  zl(T, min + 0.02, 'INF', `cmd/${svc}/main.go:56`, 'Read consul address: consul:8500'),
  zl(T, min + 0.02, 'INF', `cmd/${svc}/main.go:57`, 'Read jaeger address: jaeger:6831'),
  zl(T, min + 0.02, 'INF', `cmd/${svc}/main.go:66`, 'Initializing jaeger agent [service name: ' + svc + ' | host: jaeger:6831]...'),
  zl(T, min + 0.02, 'INF', 'tracing/tracer.go:26', 'Jaeger client: adjusted sample ratio 0.010000'),
  zl(T, min + 0.03, 'INF', `cmd/${svc}/main.go:71`, 'Jaeger agent initialized'),
  zl(T, min + 0.03, 'INF', `cmd/${svc}/main.go:73`, 'Initializing consul agent [host: consul:8500]...'),
  zl(T, min + 0.03, 'INF', `cmd/${svc}/main.go:78`, 'Consul agent initialized'),
  zl(T, min + 0.03, 'INF', `cmd/${svc}/main.go:89`, 'Starting server...'),
];
const goroutines = (svc, file, fn) => [
  '', 'goroutine 2231 [running]:',
  'github.com/rs/zerolog.(*Logger).Panic.func1({0xc000512a80?, 0x0?})', '\t/workspace/vendor/github.com/rs/zerolog/log.go:396 +0x27',
  'github.com/rs/zerolog.(*Event).msg(0xc0003b2c00, {0xc000512a80, 0xb4})', '\t/workspace/vendor/github.com/rs/zerolog/event.go:158 +0x2c2',
  'github.com/rs/zerolog.(*Event).Msgf(0xc0003b2c00, {0xc2a9e1?, 0x0?}, {0xc0004f5d18?, 0x0?, 0x0?})', '\t/workspace/vendor/github.com/rs/zerolog/event.go:131 +0x4e',
  `github.com/harlow/go-micro-services/services/${svc}.(*Server).${fn}(0xc0001c6140, {0xd7e0a8, 0xc00049a1e0}, 0xc0002f0230)`, `\t/workspace/${file} +0x9d4`,
  `github.com/harlow/go-micro-services/services/${svc}/proto._${svc[0].toUpperCase()}${svc.slice(1)}_${fn}_Handler.func1({0xd7e0a8, 0xc00049a1e0}, {0xbf3c60?, 0xc0002f0230})`,
  `\t/workspace/services/${svc}/proto/${svc}.pb.go:412 +0x72`,
  'google.golang.org/grpc.(*Server).processUnaryRPC(0xc0001ce000, {0xd83b58, 0xc000602000}, 0xc0004a8240, 0xc0001c8f30, 0x1304f60, 0x0)',
  '\t/workspace/vendor/google.golang.org/grpc/server.go:1343 +0xdd1',
  'created by google.golang.org/grpc.(*Server).serveStreams.func1.1 in goroutine 61', '\t/workspace/vendor/google.golang.org/grpc/server.go:999 +0x91',
];
const mongoDate = (T, min) => T.isoMs(min).replace('Z', '+00:00');
const mlog = (T, min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: mongoDate(T, min) }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });
const mongoBoot = (T, min, db) => [
  mlog(T, min, 'I', 'CONTROL', 23285, 'main', 'Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols \'none\''),
  mlog(T, min, 'I', 'CONTROL', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host: db }),
  mlog(T, min, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: { version: '4.4.6', gitVersion: '72e66213c2c3eab37d9358d5e78ad7f5c1d0d0d7', openSSLVersion: 'OpenSSL 1.1.1f  31 Mar 2020', modules: [], allocator: 'tcmalloc', environment: { distmod: 'ubuntu2004', distarch: 'x86_64', target_arch: 'x86_64' } } }),
  mlog(T, min + 0.02, 'I', 'NETWORK', 23015, 'listener', 'Listening on', { address: '0.0.0.0' }),
  mlog(T, min + 0.02, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
];
const hcl = (T, min, lvl, msg) => `${T.isoMs(min)} [${lvl}]${lvl.length === 4 ? ' ' : ''} ${msg}`;
const ev = {
  backoff: (on, c, first, last, count) => ({ on, reason: 'BackOff', type: 'Warning', message: `Back-off restarting failed container ${c} in pod %POD%_hotel-reservation(%PODUID%)`, first, last, count, fieldPath: `spec.containers{${c}}` }),
  pulled: (on, c, image, first, last, count = 1) => ({ on, reason: 'Pulled', message: `Container image "${image}" already present on machine`, first, last, count, fieldPath: `spec.containers{${c}}` }),
  created: (on, c, first, last, count = 1) => ({ on, reason: 'Created', message: `Created container ${c}`, first, last, count, fieldPath: `spec.containers{${c}}` }),
  started: (on, c, first, last, count = 1) => ({ on, reason: 'Started', message: `Started container ${c}`, first, last, count, fieldPath: `spec.containers{${c}}` }),
  scheduled: (on, node, at) => ({ on, reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned hotel-reservation/%POD% to ${node}`, first: at, last: at }),
  pulling: (on, c, image, at) => ({ on, reason: 'Pulling', message: `Pulling image "${image}"`, first: at, last: at, fieldPath: `spec.containers{${c}}` }),
  pulledNew: (on, c, image, at, took = '1.842s', bytes = '38412871') => ({ on, reason: 'Pulled', message: `Successfully pulled image "${image}" in ${took} (${took} including waiting). Image size: ${bytes} bytes.`, first: at, last: at, fieldPath: `spec.containers{${c}}` }),
};
const oldOom = (T, daysAgo) => cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * daysAgo + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * daysAgo) } });
const HOTELS = ['1', '2', '5', '9', '14', '21', '33', '47', '62', '80'];

export const scenarios = [];

// ---------------------------------------------------------------------------------------------------------------------
// 1. mongodb-reservation wedged (WiredTiger eviction stall): mongod Running and Ready (no probes), silent; reservation
//    panics on the query error, then crash-loops because its start-up data check cannot reach the database.
{
  const T = clock('2026-12-03T14:41:00Z');
  const sel = (min) => `server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-reservation:27017, Type: Unknown, Last error: connection() error occurred during connection handshake: connection(mongodb-reservation:27017[-${Math.round(40 - min)}]) incomplete read of message header: context deadline exceeded }, ] }`;
  scenarios.push({
    folder: 's7-reservation-mongo-wedged-eviction-stall',
    description: 'booking + search returning 500s since about 14:20, reservation pod is crashlooping. booking team dashboards all red',
    incidentTime: '2026-12-03T14:41:00Z',
    expected: { component: 'mongodb-reservation', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'mongodb-reservation', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Fault: mongod of mongodb-reservation stops answering while its process stays up — the WiredTiger cache-full / eviction
      stall that MongoDB's production notes and many community threads describe ("operations stall when the cache reaches
      100% dirty"). The deployment has no probes on mongo (kubernetes/mongodb-reservation manifest), so the pod stays Running
      and Ready and the Service keeps its endpoint. mongod's own log shows slow queries getting slower until ~14:20, then nothing.
      Callers: services/reservation/server.go log.Panic()s "Tried to find hotelId [..] from date [..] to date [..], but got error"
      on a Mongo error after a memcached miss (Msgf with an extra argument, hence %!(EXTRA …)); the restarted process blocks in
      cmd/reservation/db.go's start-up data check and log.Fatal()s on the mongo-go-driver server selection timeout (30 s), so
      reservation crash-loops (exit 1) and is the loudest component. frontend logs only "SearchHandler CheckAvailability failed".
      Decoy: memcached-reserve was OOMKilled three days ago (restartCount 1, Running since).
      Deviations: those of SOURCES.md only.`,
    workloads: {
      reservation: {
        unavailableSince: -17,
        pods: [{ containers: { 'hotel-reserv-reservation': cs.crashLoop({ restarts: 5, exitCode: 1, startedAt: T.iso(-3.2), finishedAt: T.iso(-2.7), backoff: '2m40s', container: 'hotel-reserv-reservation' }) } }],
      },
      'memcached-reserve': { pods: [{ containers: { 'hotel-reserv-reservation-mmc': oldOom(T, 3) } }] },
    },
    events: [
      ev.backoff('pod:reservation#0', 'hotel-reserv-reservation', -17, -0.4, 31),
      ev.pulled('pod:reservation#0', 'hotel-reserv-reservation', IMG, -19.4, -2.9, 6),
      ev.created('pod:reservation#0', 'hotel-reserv-reservation', -19.4, -2.9, 6),
      ev.started('pod:reservation#0', 'hotel-reserv-reservation', -19.4, -2.9, 6),
    ],
    logs: {
      'reservation#0/hotel-reserv-reservation/previous': [
        ...boot(T, -3.2, 'reservation', 8087, { mongo: 'mongodb-reservation:27017' }).slice(0, 8),
        zl(T, -2.7, 'FTL', 'cmd/reservation/db.go:63', sel(-2.7)),
      ],
      'mongodb-reservation#0/hotel-reserv-reservation-mongo': [
        ...mongoBoot(T, -60 * 24 * 9, '%POD%'),
        ...range(-60 * 24 * 9 + 1, -60 * 24 * 9 + 2, 0.5).map((m, i) => mlog(T, m, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: `%IPOF:reservation#0%:${41210 + i}`, connectionId: 1 + i, connectionCount: 1 + i })),
        ...[[-31, 212], [-28.5, 1240], [-26, 3811], [-24.2, 9420], [-22.6, 18733], [-21.3, 29870]].map(([m, ms], i) => mlog(T, m, 'I', 'COMMAND', 51803, `conn${14 + i}`, 'Slow query', {
          type: 'command', ns: 'reservation-db.reservation', command: { find: 'reservation', filter: { hotelId: HOTELS[i + 2], inDate: '2015-04-17', outDate: '2015-04-18' }, lsid: { id: { $uuid: 'd2f0a1c4-6e7b-4b1d-9a3e-58c7f2b1e0' + String(10 + i) } }, $db: 'reservation-db' },
          planSummary: 'COLLSCAN', keysExamined: 0, docsExamined: 184211 + i * 913, cursorExhausted: true, numYields: 1439 + i * 80, nreturned: 0, reslen: 112, locks: { ReplicationStateTransition: { acquireCount: { w: 1441 } }, Global: { acquireCount: { r: 1441 } } },
          storage: { data: { bytesRead: 48132096 + i * 1000000, timeReadingMicros: ms * 900 } }, protocol: 'op_msg', durationMillis: ms,
        })),
      ],
      'frontend#0/hotel-reserv-frontend': [
        ...boot(T, -60 * 24 * 9, 'frontend', 5000),
        ...range(-20.6, -0.2, 0.7).map((m) => zl(T, m, 'ERR', 'services/frontend/server.go:230', 'SearchHandler CheckAvailability failed')),
      ],
      'frontend#1/hotel-reserv-frontend': [
        ...boot(T, -60 * 24 * 9, 'frontend', 5000),
        ...range(-20.1, -0.4, 0.9).map((m) => zl(T, m, 'ERR', 'services/frontend/server.go:230', 'SearchHandler CheckAvailability failed')),
      ],
    },
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// 2. memcached-profile's Service selector moved to new labels the pods do not carry: no endpoints, profile crash-loops.
{
  const T = clock('2026-11-24T09:52:00Z');
  const ids = ['[1 5 9 27]', '[2 3 14 41 62]', '[7 8 11]'];
  scenarios.push({
    folder: 's7-memc-profile-svc-selector-relabel',
    description: 'hotel detail pages 500 — discovery team says the profile svc keeps restarting over and over since ~9:30. pls look',
    incidentTime: '2026-11-24T09:52:00Z',
    expected: { component: 'memcached-profile', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'memcached-profile', cause: 'no-endpoints' }, { component: 'memcached-profile', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Fault: a label-standardisation change (Helm chart moving to the app.kubernetes.io/* recommended labels) was applied to the
      memcached-profile Service first; its new selector {app.kubernetes.io/name: memcached-profile, app.kubernetes.io/part-of:
      hotel-reservation} matches no pod (the pods still carry only io.kompose.service), so the Endpoints lost their address at
      ~09:35 (endpoints.kubernetes.io/last-change-trigger-time) while the memcached pod itself is Running and Ready. This is the
      "selector matches nothing after a relabel" outage of many public post-mortems (a Service with no endpoints: kube-proxy
      rejects connections to its ClusterIP, "connect: connection refused").
      Callers: gomemcache resolves memcached-profile:11211 to the ClusterIP at start; services/profile/server.go log.Panic()s
      "Tried to get hotelIds [...], but got memmcached error = ..." on any non-miss error, so profile restarts (exit 2) on almost
      every request and is the loudest component; frontend logs "SearchHandler GetProfiles failed".
      Decoy: a healthy geo rollout 40 minutes earlier (new image tag, Ready, quiet).`,
    workloads: {
      'memcached-profile': { serviceSelector: { 'app.kubernetes.io/name': 'memcached-profile', 'app.kubernetes.io/part-of': 'hotel-reservation' }, endpointsChanged: -17 },
      profile: {
        pods: [{ containers: { 'hotel-reserv-profile': cs.restartedRunning({ restarts: 11, startedAt: T.iso(-0.9), last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-3.1), finishedAt: T.iso(-1.2) } }) } }],
      },
      geo: { rollout: { at: -40, revision: 6 }, containers: { 'hotel-reserv-geo': { image: 'hotelres.azurecr.io/hotel-reservation:a41f9e2' } } },
    },
    events: [
      ev.backoff('pod:profile#0', 'hotel-reserv-profile', -13, -1.1, 9),
      ev.pulled('pod:profile#0', 'hotel-reserv-profile', IMG, -16.8, -0.9, 11),
      ev.started('pod:profile#0', 'hotel-reserv-profile', -16.8, -0.9, 11),
      { on: 'deploy:geo', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled up replica set geo-%NEW% to 1', first: -40, last: -40 },
      { on: 'deploy:geo', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled down replica set geo-%OLD% to 0 from 1', first: -39.4, last: -39.4 },
      ev.pulledNew('pod:geo#0', 'hotel-reserv-geo', 'hotelres.azurecr.io/hotel-reservation:a41f9e2', -39.8),
      ev.started('pod:geo#0', 'hotel-reserv-geo', -39.7, -39.7),
    ],
    logs: {
      'profile#0/hotel-reserv-profile/previous': [
        ...boot(T, -3.1, 'profile', 8081, { mongo: 'mongodb-profile:27017', memc: 'memcached-profile:11211' }),
        zl(T, -1.2, 'PNC', 'services/profile/server.go:101', `Tried to get hotelIds ${ids[0]}, but got memmcached error = dial tcp %SVCIP:memcached-profile%:11211: connect: connection refused`),
        `panic: Tried to get hotelIds ${ids[0]}, but got memmcached error = dial tcp %SVCIP:memcached-profile%:11211: connect: connection refused`,
        ...goroutines('profile', 'services/profile/server.go:101', 'GetProfiles'),
      ],
      'profile#0/hotel-reserv-profile': boot(T, -0.9, 'profile', 8081, { mongo: 'mongodb-profile:27017', memc: 'memcached-profile:11211' }),
      'frontend#0/hotel-reserv-frontend': [
        ...boot(T, -60 * 24 * 9, 'frontend', 5000),
        ...range(-16.5, -0.3, 0.8).map((m) => zl(T, m, 'ERR', 'services/frontend/server.go:247', 'SearchHandler GetProfiles failed')),
      ],
      'frontend#1/hotel-reserv-frontend': [
        ...boot(T, -60 * 24 * 9, 'frontend', 5000),
        ...range(-16.2, -0.6, 1.1).map((m) => zl(T, m, 'ERR', 'services/frontend/server.go:247', 'SearchHandler GetProfiles failed')),
      ],
      'geo#0/hotel-reserv-geo': boot(T, -39.6, 'geo', 8083, { mongo: 'mongodb-geo:27017' }),
    },
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// 3. rate CPU-starved at its 1-core limit during the evening peak; the HPA is pinned at its maximum. Pods Ready, no errors.
{
  const T = clock('2026-11-30T19:34:00Z');
  scenarios.push({
    folder: 's7-rate-cpu-throttled-hpa-maxed',
    description: 'search super slow tonight, p99 on /hotels ~8s, started around 18:55 utc. maybe prices/rates thing? no errors that i can see',
    incidentTime: '2026-11-30T19:34:00Z',
    expected: { component: 'rate', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'cpu-starvation', 'time-expression', 'partial-name', 'decoy'],
    grounding: `
      Fault: CPU saturation of rate at its container limit (1000m, request 100m — the upstream manifests' cpu values). The
      operator's HPA on rate (min 1, max 3, 80% of the request) scaled to its maximum at 18:53-18:56 and reports 962% of the
      request, i.e. every replica is at the limit and CFS-throttled; condition ScalingLimited/TooManyReplicas. Pods stay Running
      and Ready, nothing crashes, and rate logs nothing per request at LOG_LEVEL=INFO; search waits on GetRates and the frontend
      has no deadline, so the symptom is latency only (the "CPU limits cause throttling at low average utilisation" failure
      mode of many public write-ups, e.g. the Kubernetes CPU-limits/CFS-quota discussions and Zalando's and Buffer's posts).
      Deviation: the HPA on rate (not in upstream) with rate's replicas following it (3).
      Decoy: search was OOMKilled two days ago (one restart, Running since).`,
    workloads: {
      rate: {
        replicas: 3,
        pods: [{}, { created: T.iso(-41.2) }, { created: T.iso(-38.1) }],
      },
      search: { pods: [{ containers: { 'hotel-reserv-search': oldOom(T, 2) } }] },
    },
    hpas: [{
      name: 'rate',
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'rate' }, minReplicas: 1, maxReplicas: 3, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } } }] },
      status: {
        lastScaleTime: T.iso(-38.2), currentReplicas: 3, desiredReplicas: 3,
        currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageValue: '962m', averageUtilization: 962 } } }],
        conditions: [
          { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
          { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
          { type: 'ScalingLimited', status: 'True', lastTransitionTime: T.iso(-38.2), reason: 'TooManyReplicas', message: 'the desired replica count is more than the maximum replica count' },
        ],
      },
    }],
    events: [
      { on: 'hpa:rate', reason: 'SuccessfulRescale', message: 'New size: 2; reason: cpu resource utilization (percentage of request) above target', first: -41.3, last: -41.3 },
      { on: 'hpa:rate', reason: 'SuccessfulRescale', message: 'New size: 3; reason: cpu resource utilization (percentage of request) above target', first: -38.2, last: -38.2 },
      { on: 'deploy:rate', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled up replica set rate-%NEW% to 2 from 1', first: -41.3, last: -41.3 },
      { on: 'deploy:rate', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled up replica set rate-%NEW% to 3 from 2', first: -38.2, last: -38.2 },
      ev.scheduled('pod:rate#1', NODE(1), -41.2), ev.pulled('pod:rate#1', 'hotel-reserv-rate', IMG, -41.1), ev.started('pod:rate#1', 'hotel-reserv-rate', -41.0, -41.0),
      ev.scheduled('pod:rate#2', NODE(2), -38.1), ev.pulled('pod:rate#2', 'hotel-reserv-rate', IMG, -38.0), ev.started('pod:rate#2', 'hotel-reserv-rate', -37.9, -37.9),
    ],
    logs: {
      'rate#0/hotel-reserv-rate': boot(T, -60 * 24 * 9, 'rate', 8084, { mongo: 'mongodb-rate:27017', memc: 'memcached-rate:11211' }),
      'rate#1/hotel-reserv-rate': boot(T, -40.9, 'rate', 8084, { mongo: 'mongodb-rate:27017', memc: 'memcached-rate:11211' }),
      'rate#2/hotel-reserv-rate': boot(T, -37.8, 'rate', 8084, { mongo: 'mongodb-rate:27017', memc: 'memcached-rate:11211' }),
      'search#0/hotel-reserv-search': boot(T, -60 * 24 * 2 + 0.3, 'search', 8082),
      'frontend#0/hotel-reserv-frontend': boot(T, -60 * 24 * 9, 'frontend', 5000),
    },
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// 4. recommendation's ConfigMap edited two days ago with a misspelt Mongo host; the pod only re-read it when the AKS node
//    image upgrade drained its node this morning, and now crash-loops. The node upgrade is the decoy.
{
  const T = clock('2026-11-19T11:08:00Z');
  const FTL = 'server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-recomendation:27017, Type: Unknown, Last error: connection() error occurred during connection handshake: dial tcp: lookup mongodb-recomendation on 10.0.0.10:53: no such host }, ] }';
  scenarios.push({
    folder: 's7-recommendation-configmap-mongo-host-typo',
    description: 'recomendation endpoint on the hotel site erroring for the last 30 min or so. we had the AKS node image upgrade this morning, probably that?',
    incidentTime: '2026-11-19T11:08:00Z',
    expected: { component: 'recommendation', cause: 'config-error' },
    alsoAcceptable: [{ component: 'recommendation', cause: 'crash-loop' }],
    difficulty: 'hard',
    traits: ['decoy', 'typo', 'time-expression'],
    grounding: `
      Fault: ConfigMap recommendation-hotelres (the helm chart's service-config.json, mounted as config.json) was edited two days
      earlier with RecommendMongoAddress "mongodb-recomendation:27017" (one m). A ConfigMap mounted through subPath is not
      refreshed in a running pod (Kubernetes docs, "ConfigMaps consumed as subPath volumes will not receive updates"), so nothing
      broke until the pod was recreated. This morning's AKS node image upgrade cordoned and drained vmss000001 at ~10:36; the new
      recommendation pod on vmss000002 reads the bad address, cmd/recommendation/db.go's start-up data load gets the
      mongo-go-driver server selection timeout with the DNS "no such host" from kube-dns (10.0.0.10 on AKS) and log.Fatal()s (exit 1):
      CrashLoopBackOff. The node upgrade events (NodeNotSchedulable / NodeSchedulable, Rebooted) are the decoy: the node is
      Ready again and every other evicted pod (jaeger, geo, mongodb-geo and mongodb-recommendation with their Azure disks
      re-attached, memcached-profile) came back Ready on the other nodes.
      Deviations: those of SOURCES.md; the configmaps.json entry (names and keys only).`,
    workloads: {
      // Everything that ran on vmss000001 was evicted by the drain and recreated on the other two nodes.
      jaeger: { pods: [{ node: NODE(0), created: T.iso(-31.9) }] },
      geo: { pods: [{ node: NODE(2), created: T.iso(-31.8) }] },
      'mongodb-geo': { pods: [{ node: NODE(0), created: T.iso(-31.8) }] },
      'mongodb-recommendation': { pods: [{ node: NODE(2), created: T.iso(-31.7) }] },
      'memcached-profile': { pods: [{ node: NODE(0), created: T.iso(-31.6) }] },
      recommendation: {
        unavailableSince: -30,
        pods: [{ node: NODE(2), created: T.iso(-31.6), containers: { 'hotel-reserv-recommendation': cs.crashLoop({ restarts: 10, exitCode: 1, startedAt: T.iso(-2.6), finishedAt: T.iso(-2.1), container: 'hotel-reserv-recommendation' }) } }],
      },
    },
    configMaps: ['frontend', 'search', 'geo', 'profile', 'rate', 'recommendation', 'user', 'reservation'].map((n) => ({ name: `${n}-hotelres`, keys: ['service-config.json'] })),
    events: [
      { on: `node:${NODE(1)}`, reason: 'NodeNotSchedulable', message: `Node ${NODE(1)} status is now: NodeNotSchedulable`, first: -32.4, last: -32.4 },
      { on: `node:${NODE(1)}`, reason: 'Rebooted', type: 'Warning', message: `Node ${NODE(1)} has been rebooted, boot id: 6c1f0e2a-93b4-4d7e-8f15-2a9d3c7b41e0`, first: -26.8, last: -26.8 },
      { on: `node:${NODE(1)}`, reason: 'NodeReady', message: `Node ${NODE(1)} status is now: NodeReady`, first: -26.1, last: -26.1 },
      { on: `node:${NODE(1)}`, reason: 'NodeSchedulable', message: `Node ${NODE(1)} status is now: NodeSchedulable`, first: -24.9, last: -24.9 },
      ev.scheduled('pod:jaeger#0', NODE(0), -31.9),
      ev.scheduled('pod:geo#0', NODE(2), -31.8),
      ev.scheduled('pod:mongodb-geo#0', NODE(0), -31.8),
      { on: 'pod:mongodb-geo#0', reason: 'SuccessfulAttachVolume', source: 'attachdetach-controller', message: `AttachVolume.Attach succeeded for volume "${basePvcs[0].volume}" `, first: -30.9, last: -30.9 },
      ev.scheduled('pod:mongodb-recommendation#0', NODE(2), -31.7),
      { on: 'pod:mongodb-recommendation#0', reason: 'SuccessfulAttachVolume', source: 'attachdetach-controller', message: `AttachVolume.Attach succeeded for volume "${basePvcs[3].volume}" `, first: -30.6, last: -30.6 },
      ev.scheduled('pod:memcached-profile#0', NODE(0), -31.6),
      ev.scheduled('pod:recommendation#0', NODE(2), -31.6),
      ev.pulling('pod:recommendation#0', 'hotel-reserv-recommendation', IMG, -31.5),
      ev.pulledNew('pod:recommendation#0', 'hotel-reserv-recommendation', IMG, -31.3, '9.318s', '41207733'),
      ev.created('pod:recommendation#0', 'hotel-reserv-recommendation', -31.2, -2.6, 11),
      ev.started('pod:recommendation#0', 'hotel-reserv-recommendation', -31.2, -2.6, 11),
      ev.backoff('pod:recommendation#0', 'hotel-reserv-recommendation', -29.4, -0.3, 128),
    ],
    logs: {
      'recommendation#0/hotel-reserv-recommendation/previous': [
        ...boot(T, -2.6, 'recommendation', 8085, { mongo: 'mongodb-recomendation:27017' }).slice(0, 8),
        zl(T, -2.1, 'FTL', 'cmd/recommendation/db.go:47', FTL),
      ],
      'frontend#0/hotel-reserv-frontend': boot(T, -60 * 24 * 9, 'frontend', 5000),
    },
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// 5. frontend rollout: the new build's search handler dereferences a nil pointer; net/http recovers the panic, pods stay Ready.
{
  const T = clock('2026-11-21T13:34:00Z');
  const NEW = 'hotelres.azurecr.io/hotel-reservation:9d41c7e';
  const httpPanic = (m, i) => [
    `${T.go(m)} http: panic serving 10.224.0.${4 + (i % 3)}:${40112 + i * 37}: runtime error: invalid memory address or nil pointer dereference`,
    `goroutine ${8812 + i * 13} [running]:`,
    'net/http.(*conn).serve.func1()', '\t/usr/local/go/src/net/http/server.go:1898 +0xbe',
    'panic({0xb0a6e0?, 0x12a6c30?})', '\t/usr/local/go/src/runtime/panic.go:770 +0x132',
    'github.com/harlow/go-micro-services/services/frontend.(*Server).searchHandler(0xc0001c2000, {0xd8e9b0, 0xc0004ae2a0}, 0xc000512000)',
    '\t/workspace/services/frontend/server.go:214 +0x6b4',
    'net/http.HandlerFunc.ServeHTTP(0xc000120a40?, {0xd8e9b0?, 0xc0004ae2a0?}, 0x0?)', '\t/usr/local/go/src/net/http/server.go:2166 +0x29',
    'net/http.(*ServeMux).ServeHTTP(0xc0001d8a00?, {0xd8e9b0, 0xc0004ae2a0}, 0xc000512000)', '\t/usr/local/go/src/net/http/server.go:2683 +0x1ad',
    'net/http.serverHandler.ServeHTTP({0xc0003ea0f0?}, {0xd8e9b0?, 0xc0004ae2a0?}, 0x6?)', '\t/usr/local/go/src/net/http/server.go:3137 +0x8e',
    'net/http.(*conn).serve(0xc0004c6120, {0xd8f6a8, 0xc0001f4d80})', '\t/usr/local/go/src/net/http/server.go:2039 +0x5e8',
    'created by net/http.(*Server).Serve in goroutine 1', '\t/usr/local/go/src/net/http/server.go:3285 +0x4b4',
  ];
  scenarios.push({
    folder: 's7-frontend-rollout-nil-deref-search',
    description: 'hotel search page comes back empty / "empty reply from server" for lots of users since 13:10ish. nothing changed on our side afaik',
    incidentTime: '2026-11-21T13:34:00Z',
    expected: { component: 'frontend', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'time-expression'],
    grounding: `
      Fault: a new frontend build (image tag 9d41c7e, revision 8) rolled out at 13:10; its searchHandler dereferences a nil
      response field on every /hotels request. Go's net/http recovers a handler panic, logs "http: panic serving <addr>: …"
      with the goroutine stack through the standard logger (2006/01/02 15:04:05 stamps) and closes the connection, so clients see
      an empty reply while the process and both pods stay Running and Ready (the frontend has no probes upstream). The frontend's
      own zerolog lines are only the start-up ones. Remote addresses are node IPs (the LoadBalancer's SNAT).
      Decoys: a user rollout two hours earlier (healthy, quiet) and jaeger's OOMKill four days ago.
      Deviation: the fictional 9d41c7e build of the operator's fork.`,
    workloads: {
      frontend: {
        rollout: { at: -24, revision: 8, oldContainers: { 'hotel-reserv-frontend': { image: IMG } } },
        containers: { 'hotel-reserv-frontend': { image: NEW } },
      },
      user: { rollout: { at: -128, revision: 5 }, containers: { 'hotel-reserv-user': { image: 'hotelres.azurecr.io/hotel-reservation:4be01d3' } } },
      jaeger: { pods: [{ containers: { 'hotel-reserv-jaeger': oldOom(T, 4) } }] },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled up replica set frontend-%NEW% to 1', first: -24, last: -24 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled down replica set frontend-%OLD% to 1 from 2', first: -23.5, last: -23.5 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled up replica set frontend-%NEW% to 2 from 1', first: -23.5, last: -23.5 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -23.0, last: -23.0 },
      ev.pulling('pod:frontend#0', 'hotel-reserv-frontend', NEW, -23.9), ev.pulledNew('pod:frontend#0', 'hotel-reserv-frontend', NEW, -23.7, '6.104s', '41388102'), ev.started('pod:frontend#0', 'hotel-reserv-frontend', -23.6, -23.6),
      ev.pulling('pod:frontend#1', 'hotel-reserv-frontend', NEW, -23.4), ev.pulledNew('pod:frontend#1', 'hotel-reserv-frontend', NEW, -23.2, '5.877s', '41388102'), ev.started('pod:frontend#1', 'hotel-reserv-frontend', -23.1, -23.1),
    ],
    logs: {
      'frontend#0/hotel-reserv-frontend': [
        ...boot(T, -23.6, 'frontend', 5000),
        ...range(-22.8, -0.3, 1.7).flatMap((m, i) => httpPanic(m, i)),
      ],
      'frontend#1/hotel-reserv-frontend': [
        ...boot(T, -23.1, 'frontend', 5000),
        ...range(-22.1, -0.5, 2.1).flatMap((m, i) => httpPanic(m, i + 40)),
      ],
      'user#0/hotel-reserv-user': boot(T, -127.4, 'user', 8086, { mongo: 'mongodb-user:27017' }),
    },
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// 6. reservation rollout: the new build parses dates with time.RFC3339, so every CheckAvailability is rejected. A jaeger
//    upgrade eleven minutes earlier is the decoy.
{
  const T = clock('2026-11-26T09:56:00Z');
  const NEW = 'hotelres.azurecr.io/hotel-reservation:b7e2a90';
  const dates = ['2015-04-09', '2015-04-12', '2015-04-17', '2015-04-21', '2015-04-10'];
  const bad = (i) => `CheckAvailability: invalid inDate "${dates[i % 5]}": parsing time "${dates[i % 5]}" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "T"`;
  scenarios.push({
    folder: 's7-reservation-rollout-date-parse',
    description: 'hotel search broken since around 9:40, users get a 500 with "rpc error: code = InvalidArgument". platform also upgraded jaeger this morning fwiw',
    incidentTime: '2026-11-26T09:56:00Z',
    expected: { component: 'reservation', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'time-expression'],
    grounding: `
      Fault: reservation revision 7 (image b7e2a90 of the operator's fork, rolled out at 09:40) changed CheckAvailability's date
      handling to time.Parse(time.RFC3339, …); the frontend sends inDate/outDate as "2015-04-09" (services/frontend/server.go
      passes the query parameters through), so every call returns codes.InvalidArgument. The new pod is Running and Ready (no
      probes) and logs one ERR line per rejected request; the frontend logs "SearchHandler CheckAvailability failed" and answers
      500 with the gRPC error text (http.Error(w, err.Error(), 500)), which is what users paste. Go's time.Parse error text is
      the real one for a date-only value against RFC3339.
      Decoy: jaeger all-in-one 1.57 → 1.60 at 09:29 (a healthy rollout, tracing is not on the request path).
      Deviation: the fictional b7e2a90 build; jaeger 1.60.`,
    workloads: {
      reservation: {
        rollout: { at: -16, revision: 7, oldContainers: { 'hotel-reserv-reservation': { image: IMG } } },
        containers: { 'hotel-reserv-reservation': { image: NEW } },
      },
      jaeger: {
        rollout: { at: -27, revision: 4, oldContainers: { 'hotel-reserv-jaeger': { image: 'jaegertracing/all-in-one:1.57' } } },
        containers: { 'hotel-reserv-jaeger': { image: 'jaegertracing/all-in-one:1.60' } },
      },
    },
    events: [
      { on: 'deploy:jaeger', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled up replica set jaeger-%NEW% to 1', first: -27, last: -27 },
      { on: 'deploy:jaeger', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled down replica set jaeger-%OLD% to 0 from 1', first: -26.3, last: -26.3 },
      ev.pulling('pod:jaeger#0', 'hotel-reserv-jaeger', 'jaegertracing/all-in-one:1.60', -26.9),
      ev.pulledNew('pod:jaeger#0', 'hotel-reserv-jaeger', 'jaegertracing/all-in-one:1.60', -26.7, '4.212s', '34911208'),
      ev.started('pod:jaeger#0', 'hotel-reserv-jaeger', -26.6, -26.6),
      { on: 'deploy:reservation', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled up replica set reservation-%NEW% to 1', first: -16, last: -16 },
      { on: 'deploy:reservation', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled down replica set reservation-%OLD% to 0 from 1', first: -15.3, last: -15.3 },
      ev.pulling('pod:reservation#0', 'hotel-reserv-reservation', NEW, -15.9),
      ev.pulledNew('pod:reservation#0', 'hotel-reserv-reservation', NEW, -15.7, '5.530s', '41402214'),
      ev.started('pod:reservation#0', 'hotel-reserv-reservation', -15.6, -15.6),
    ],
    logs: {
      'reservation#0/hotel-reserv-reservation': [
        ...boot(T, -15.6, 'reservation', 8087, { mongo: 'mongodb-reservation:27017', memc: 'memcached-reserve:11211' }),
        ...range(-14.9, -0.2, 0.6).map((m, i) => zl(T, m, 'ERR', 'services/reservation/server.go:198', bad(i))),
      ],
      'jaeger#0/hotel-reserv-jaeger': [
        JSON.stringify({ level: 'info', ts: Date.parse(T.isoMs(-26.6)) / 1000, caller: 'flags/service.go:110', msg: 'Mounting metrics handler on admin server', route: '/metrics' }),
        JSON.stringify({ level: 'info', ts: Date.parse(T.isoMs(-26.6)) / 1000 + 0.004, caller: 'flags/admin.go:130', msg: 'Starting admin HTTP server', 'http-addr': ':14269' }),
        JSON.stringify({ level: 'info', ts: Date.parse(T.isoMs(-26.6)) / 1000 + 0.09, caller: 'app/server.go:245', msg: 'Query server started', 'http_addr': '[::]:16686', 'grpc_addr': '[::]:16685' }),
      ],
      'frontend#0/hotel-reserv-frontend': [
        ...boot(T, -60 * 24 * 9, 'frontend', 5000),
        ...range(-14.8, -0.1, 0.9).map((m) => zl(T, m, 'ERR', 'services/frontend/server.go:230', 'SearchHandler CheckAvailability failed')),
      ],
      'frontend#1/hotel-reserv-frontend': [
        ...boot(T, -60 * 24 * 9, 'frontend', 5000),
        ...range(-14.5, -0.3, 1.2).map((m) => zl(T, m, 'ERR', 'services/frontend/server.go:230', 'SearchHandler CheckAvailability failed')),
      ],
    },
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// 7. NetworkPolicy roll-out: default-deny-ingress plus per-component allow policies; the allow policy for memcached-reserve
//    selects "memcached-reservation", which matches no pod, so reservation's new memcached connections time out.
{
  const T = clock('2026-12-02T10:52:00Z');
  const created = -24;
  const allow = (name, target, from, port) => ({ name, created, spec: { podSelector: { matchLabels: { 'io.kompose.service': target } }, policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: { matchLabels: { 'io.kompose.service': from } } }], ports: [{ protocol: 'TCP', port }] }] } });
  const keys = ['5_2015-04-17', '9_2015-04-12', '14_2015-04-21', '2_2015-04-09'];
  const pnc = (k) => `Tried to get memc_key [${k}], but got memmcached error = memcache: connect timeout to %SVCIP:memcached-reserve%:11211`;
  scenarios.push({
    folder: 's7-netpol-allowlist-misses-memcached-reserve',
    description: 'booking flaky since ~10:30, reservation pods restarting every few minutes. platform did some security hardening this morning, idk if related',
    incidentTime: '2026-12-02T10:52:00Z',
    expected: { component: 'memcached-reserve', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'memcached-reserve', cause: 'dependency-down' }],
    difficulty: 'hard',
    traits: ['network-policy', 'pods-ready', 'louder-dependents', 'callers-only', 'time-expression'],
    grounding: `
      Fault: the platform team applied a namespace default-deny-ingress NetworkPolicy with one allow policy per component at
      10:28 (the "default deny, then allow-list" pattern of the Kubernetes NetworkPolicy docs and the ahmetb/kubernetes-network-policy-recipes).
      The allow policy for the reservation cache selects io.kompose.service=memcached-reservation — the Deployment is named
      memcached-reserve — so it selects no pod and memcached-reserve falls under the default deny. Established connections
      survived for a while (conntrack); new ones time out. gomemcache uses MEMC_TIMEOUT=2 s as its dial timeout and reports
      "memcache: connect timeout to <ip:port>" (the address resolved from memcached-reserve:11211 at start); services/reservation/server.go
      log.Panic()s "Tried to get memc_key [...], but got memmcached error = ..." so reservation restarts (exit 2) and is the loudest
      component, Ready between panics. memcached itself logs nothing (no -v) and stays Ready.
      Deviations: the NetworkPolicies (not in upstream).`,
    networkPolicies: [
      { name: 'default-deny-ingress', created, spec: { podSelector: {}, policyTypes: ['Ingress'] } },
      { name: 'allow-frontend-ingress', created, spec: { podSelector: { matchLabels: { 'io.kompose.service': 'frontend' } }, policyTypes: ['Ingress'], ingress: [{ ports: [{ protocol: 'TCP', port: 5000 }] }] } },
      { name: 'allow-grpc-in-namespace', created, spec: { podSelector: { matchExpressions: [{ key: 'io.kompose.service', operator: 'In', values: ['search', 'geo', 'profile', 'rate', 'recommendation', 'user', 'reservation', 'consul', 'jaeger'] }] }, policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: {} }] }] } },
      ...['geo', 'profile', 'rate', 'recommendation', 'reservation', 'user'].map((n) => allow(`allow-mongodb-${n}`, `mongodb-${n}`, n, 27017)),
      allow('allow-memcached-profile', 'memcached-profile', 'profile', 11211),
      allow('allow-memcached-rate', 'memcached-rate', 'rate', 11211),
      allow('allow-memcached-reserve', 'memcached-reservation', 'reservation', 11211),
    ],
    workloads: {
      reservation: {
        pods: [{ containers: { 'hotel-reserv-reservation': cs.restartedRunning({ restarts: 7, startedAt: T.iso(-2.8), last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-6.1), finishedAt: T.iso(-3.0) } }) } }],
      },
    },
    events: [
      ev.backoff('pod:reservation#0', 'hotel-reserv-reservation', -12.2, -2.9, 4),
      ev.pulled('pod:reservation#0', 'hotel-reserv-reservation', IMG, -19.3, -2.8, 7),
      ev.started('pod:reservation#0', 'hotel-reserv-reservation', -19.3, -2.8, 7),
    ],
    logs: {
      'reservation#0/hotel-reserv-reservation/previous': [
        ...boot(T, -6.1, 'reservation', 8087, { mongo: 'mongodb-reservation:27017', memc: 'memcached-reserve:11211' }),
        zl(T, -3.0, 'PNC', 'services/reservation/server.go:251', pnc(keys[0])),
        `panic: ${pnc(keys[0])}`,
        ...goroutines('reservation', 'services/reservation/server.go:251', 'CheckAvailability'),
      ],
      'reservation#0/hotel-reserv-reservation': boot(T, -2.8, 'reservation', 8087, { mongo: 'mongodb-reservation:27017', memc: 'memcached-reserve:11211' }),
      'frontend#0/hotel-reserv-frontend': [
        ...boot(T, -60 * 24 * 9, 'frontend', 5000),
        ...[-19.6, -19.5, -15.2, -12.4, -12.3, -9.0, -6.2, -3.1, -3.0, -0.7].map((m) => zl(T, m, 'ERR', 'services/frontend/server.go:230', 'SearchHandler CheckAvailability failed')),
      ],
      'frontend#1/hotel-reserv-frontend': [
        ...boot(T, -60 * 24 * 9, 'frontend', 5000),
        ...[-19.4, -15.3, -15.1, -12.5, -9.1, -6.3, -3.2, -0.6].map((m) => zl(T, m, 'ERR', 'services/frontend/server.go:230', 'SearchHandler CheckAvailability failed')),
      ],
    },
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// 8. No fault: a vague slowness report. Decoys: jaeger's OOMKill two days ago, a healthy search rollout 52 minutes ago,
//    consul warnings from last week, an ordinary slow query on mongodb-geo.
{
  const T = clock('2026-11-27T08:47:00Z');
  const NEW = 'hotelres.azurecr.io/hotel-reservation:c0d5e81';
  scenarios.push({
    folder: 's7-no-fault-vague-slowness-morning',
    description: 'site feels kinda slow this morning? nothing concrete, a couple of complaints in #support. can someone have a look',
    incidentTime: '2026-11-27T08:47:00Z',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy'],
    grounding: `
      No fault: every pod is Running and Ready, no Service lacks endpoints, no error in any log of the last hour.
      Decoys: jaeger was OOMKilled two days ago (the all-in-one in-memory store grows without --memory.max-traces; one restart,
      Running since); search rolled out a new build 52 minutes ago (Ready, start-up lines only); consul logged two
      "Request error … context canceled" lines six days ago (callers giving up on a watch, harmless) and its usual config-dir
      warning at start; mongodb-geo logged one 143 ms slow query this morning (a routine COLLSCAN of the 80-document collection).
      Deviation: the fictional c0d5e81 build of search.`,
    workloads: {
      jaeger: { pods: [{ containers: { 'hotel-reserv-jaeger': oldOom(T, 2) } }] },
      search: {
        rollout: { at: -52, revision: 9, oldContainers: { 'hotel-reserv-search': { image: IMG } } },
        containers: { 'hotel-reserv-search': { image: NEW } },
      },
    },
    events: [
      { on: 'deploy:search', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled up replica set search-%NEW% to 1', first: -52, last: -52 },
      { on: 'deploy:search', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled down replica set search-%OLD% to 0 from 1', first: -51.3, last: -51.3 },
      ev.pulling('pod:search#0', 'hotel-reserv-search', NEW, -51.9),
      ev.pulledNew('pod:search#0', 'hotel-reserv-search', NEW, -51.7, '3.981s', '41377310'),
      ev.started('pod:search#0', 'hotel-reserv-search', -51.6, -51.6),
    ],
    logs: {
      'search#0/hotel-reserv-search': boot(T, -51.6, 'search', 8082),
      'consul#0/consul': [
        hcl(T, -60 * 24 * 9, 'INFO', 'agent: Consul agent running!'),
        hcl(T, -60 * 24 * 9 + 0.01, 'WARN', 'agent.auto_config: skipping file /consul/config/README.md, extension must be .hcl or .json, or config format must be set'),
        hcl(T, -60 * 24 * 6, 'ERROR', 'agent.http: Request error: method=GET url=/v1/health/service/srv-rate?passing=1 from=10.244.2.18:51232 error="context canceled"'),
        hcl(T, -60 * 24 * 6 + 0.01, 'ERROR', 'agent.http: Request error: method=GET url=/v1/health/service/srv-geo?passing=1 from=10.244.2.18:51236 error="context canceled"'),
        hcl(T, -51.5, 'INFO', 'agent: Synced service: service=srv-search'),
      ],
      'mongodb-geo#0/hotel-reserv-geo-mongo': [
        ...mongoBoot(T, -60 * 24 * 9, '%POD%'),
        mlog(T, -37.2, 'I', 'COMMAND', 51803, 'conn41', 'Slow query', { type: 'command', ns: 'geo-db.geo', command: { find: 'geo', filter: {}, $db: 'geo-db' }, planSummary: 'COLLSCAN', keysExamined: 0, docsExamined: 80, cursorExhausted: true, numYields: 0, nreturned: 80, reslen: 6420, protocol: 'op_msg', durationMillis: 143 }),
      ],
      'frontend#0/hotel-reserv-frontend': boot(T, -60 * 24 * 9, 'frontend', 5000),
      'jaeger#0/hotel-reserv-jaeger': [
        JSON.stringify({ level: 'info', ts: Date.parse(T.isoMs(-60 * 24 * 2 + 0.2)) / 1000, caller: 'app/server.go:245', msg: 'Query server started', 'http_addr': '[::]:16686', 'grpc_addr': '[::]:16685' }),
      ],
    },
  });
}
