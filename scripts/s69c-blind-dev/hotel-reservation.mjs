// Blind dev batch s69c, DeathStarBench hotelReservation: one scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs),
// built by scripts/s69c-build.mjs; the system is the session-3 hotel-reservation definition with its default PVCs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const INC = '2026-04-14T07:40:00Z';
const T = clock(INC);
const REBOOT = -268; // 03:12: vmss000002 hard-reset (host maintenance failure), back Ready at 03:14
const UP = REBOOT + 2.4;
const NODE2 = 'aks-nodepool1-27419563-vmss000002';

// zerolog ConsoleWriter as the session-3 system writes it (colours on, kubectl keeps the ANSI escapes).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', FTL: '\x1b[1m\x1b[31mFTL\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const boot = (min, svc) => [
  zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(min, 'INF', `cmd/${svc}/main.go:23`, 'Reading config...'),
];
const mdate = (min) => T.isoMs(min).replace('Z', '+00:00');
const ml = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: mdate(min) }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });
const wtTs = (min) => `[${Math.floor(Date.parse(T.isoMs(min)) / 1000)}:${String(Math.round((Date.parse(T.isoMs(min)) % 1000) * 1000 + 417)).padStart(6, '0')}][1:0x7f3e9b2c7c80]`;

const mongoHead = (t, host, clean) => [
  ml(t, 'I', 'CONTROL', 23285, 'main', "Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols 'none'"),
  ml(t, 'W', 'ASIO', 22601, 'main', 'No TransportLayer configured during NetworkInterface startup'),
  ml(t, 'I', 'NETWORK', 4648601, 'main', 'Implicit TCP FastOpen unavailable. If TCP FastOpen is required, set tcpFastOpenServer, tcpFastOpenClient, and tcpFastOpenQueueSize.'),
  ml(t + 0.001, 'I', 'STORAGE', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host }),
  ml(t + 0.001, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: { version: '4.4.6', gitVersion: '72e66213c2c3eab37d9358d5e78ad7f5c1d0d0d7', openSSLVersion: 'OpenSSL 1.1.1  11 Sep 2018', modules: [], allocator: 'tcmalloc', environment: { distmod: 'ubuntu1804', distarch: 'x86_64', target_arch: 'x86_64' } } }),
  ml(t + 0.001, 'I', 'CONTROL', 51765, 'initandlisten', 'Operating System', { os: { name: 'Ubuntu', version: '18.04' } }),
  ml(t + 0.001, 'I', 'CONTROL', 21951, 'initandlisten', 'Options set by command line', { options: { net: { bindIp: '*' } } }),
  ...(clean ? [] : [ml(t + 0.002, 'W', 'STORAGE', 22271, 'initandlisten', 'Detected unclean shutdown - Lock file is not empty', { lockFile: '/data/db/mongod.lock' })]),
  ml(t + 0.002, 'I', 'STORAGE', 22270, 'initandlisten', 'Storage engine to use detected by data files', { dbpath: '/data/db', storageEngine: 'wiredTiger' }),
  ...(clean ? [] : [ml(t + 0.002, 'W', 'STORAGE', 22302, 'initandlisten', 'Recovering data from the last clean checkpoint.')]),
  ml(t + 0.002, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', { config: 'create,cache_size=7480M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000,close_scan_interval=10,close_handle_minimum=250),statistics_log=(wait=0),verbose=[recovery_progress,checkpoint_progress,compact_progress],' }),
];
// mongodb-profile: WiredTiger's metadata file fails its block checksum at every open -> WT_PANIC -> fassert -> SIGABRT (134).
const corrupt = (t, host) => [
  ...mongoHead(t, host, false),
  ml(t + 0.004, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: 0, message: `${wtTs(t + 0.004)}, file:WiredTiger.wt, connection: __wt_block_read_off, 283: WiredTiger.wt: read checksum error for 4096B block at offset 36864: block header checksum of 0x5a1f9c3e doesn't match expected checksum of 0x8d2e47b1` }),
  ml(t + 0.004, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: 0, message: `${wtTs(t + 0.004)}, file:WiredTiger.wt, connection: __wt_bm_corrupt_dump, 135: {36864, 4096, 0x8d2e47b1}: (chunk 1 of 4): 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00` }),
  ml(t + 0.004, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: -31802, message: `${wtTs(t + 0.004)}, file:WiredTiger.wt, connection: __wt_block_read_off, 292: WiredTiger.wt: fatal read error: WT_ERROR: non-specific WiredTiger error` }),
  ml(t + 0.004, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: -31804, message: `${wtTs(t + 0.004)}, file:WiredTiger.wt, connection: __wt_panic, 490: the process must exit and restart: WT_PANIC: WiredTiger library panic` }),
  ml(t + 0.004, 'F', '-', 23089, 'initandlisten', 'Fatal assertion', { msgid: 50853, file: 'src/mongo/db/storage/wiredtiger/wiredtiger_util.cpp', line: 446 }),
  ml(t + 0.004, 'F', '-', 23090, 'initandlisten', '\n\n***aborting after fassert() failure\n\n'),
  ml(t + 0.004, 'F', 'CONTROL', 4757800, 'initandlisten', 'Writing fatal message', { message: 'Got signal: 6 (Aborted).\n' }),
];
// mongodb-reservation, same node, same reset: journal recovery succeeds.
const recovered = (t, host) => [
  ...mongoHead(t, host, false),
  ml(t + 0.01, 'I', 'STORAGE', 22430, 'initandlisten', 'WiredTiger message', { message: `${wtTs(t + 0.01)}, txn-recover: [WT_VERB_RECOVERY_PROGRESS] Recovering log 41 through 42` }),
  ml(t + 0.012, 'I', 'STORAGE', 22430, 'initandlisten', 'WiredTiger message', { message: `${wtTs(t + 0.012)}, txn-recover: [WT_VERB_RECOVERY_PROGRESS] Recovering log 42 through 42` }),
  ml(t + 0.014, 'I', 'STORAGE', 22430, 'initandlisten', 'WiredTiger message', { message: `${wtTs(t + 0.014)}, txn-recover: [WT_VERB_RECOVERY | WT_VERB_RECOVERY_PROGRESS] Main recovery loop: starting at 41/33792 to 42/256` }),
  ml(t + 0.016, 'I', 'STORAGE', 22430, 'initandlisten', 'WiredTiger message', { message: `${wtTs(t + 0.016)}, txn-recover: [WT_VERB_RECOVERY | WT_VERB_RECOVERY_PROGRESS] Set global recovery timestamp: (0, 0)` }),
  ml(t + 0.02, 'I', 'STORAGE', 4795906, 'initandlisten', 'WiredTiger opened', { durationMillis: 1184 }),
  ml(t + 0.02, 'I', 'RECOVERY', 23987, 'initandlisten', 'WiredTiger recoveryTimestamp', { recoveryTimestamp: { $timestamp: { t: 0, i: 0 } } }),
  ml(t + 0.021, 'W', 'CONTROL', 22120, 'initandlisten', 'Access control is not enabled for the database. Read and write access to data and configuration is unrestricted', { tags: ['startupWarnings'] }),
  ml(t + 0.022, 'I', 'NETWORK', 23015, 'listener', 'Listening on', { address: '/tmp/mongodb-27017.sock' }),
  ml(t + 0.022, 'I', 'NETWORK', 23015, 'listener', 'Listening on', { address: '0.0.0.0' }),
  ml(t + 0.022, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
  ml(t + 0.3, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:reservation#0%:51842', connectionId: 1, connectionCount: 1 }),
  ml(t + 0.3, 'I', 'NETWORK', 51800, 'conn1', 'client metadata', { remote: '%IPOF:reservation#0%:51842', client: 'conn1', doc: { driver: { name: 'mongo-go-driver', version: 'v1.11.3' }, os: { type: 'linux', architecture: 'amd64' }, platform: 'go1.21.13' } }),
  ml(t + 60, 'I', 'STORAGE', 22430, 'WTCheckpointThread', 'WiredTiger message', { message: `${wtTs(t + 60)}, WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: 4127, snapshot max: 4127 snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0)` }),
];

// profile (same node) restarts after the reset, cannot reach its database, log.Fatal after the 30 s server selection.
const profileRun = (t) => [
  ...boot(t, 'profile'),
  zl(t + 0.001, 'INF', 'cmd/profile/main.go:36', 'Read database URL: mongodb-profile:27017'),
  zl(t + 0.001, 'INF', 'cmd/profile/main.go:37', 'Initializing DB connection...'),
  zl(t + 0.002, 'INF', 'cmd/profile/db.go:112', 'New session successfull...'),
  zl(t + 0.002, 'INF', 'cmd/profile/db.go:114', 'Generating test data...'),
  zl(t + 0.502, 'FTL', 'cmd/profile/db.go:123', 'server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-profile:27017, Type: Unknown, Last error: dial tcp %SVCIP:mongodb-profile%:27017: connect: connection refused }, ] }'),
];

const mcRestart = (restarts) => ({ restarts, startedAt: T.iso(UP), last: { exitCode: 255, reason: 'Unknown', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(REBOOT) } });
const lastMongo = -3.1;
const lastProfile = -1.9;

const searchLog = [...boot(-60 * 24 * 9 + 0.3, 'search'), zl(-60 * 24 * 9 + 0.31, 'INF', 'cmd/search/main.go:60', 'Successfull')];

export const scenarios = [
  {
    folder: 's69c-mongodb-profile-wiredtiger-checksum-after-reset',
    description: 'hotel search returns 500 for basically everything since early this morning (~3:15?), reservations + login fine. discovery team',
    incidentTime: INC,
    expected: { component: 'mongodb-profile', cause: 'crash-loop' },
    alsoAcceptable: [{ component: 'mongodb-profile', cause: 'dependency-down' }, { component: 'mongodb-profile', cause: 'storage-unavailable' }],
    difficulty: 'hard',
    traits: ['louder-dependents', 'time-expression', 'team-name', 'decoy', 'node-level'],
    grounding: `
      Manifests: delimitrou/DeathStarBench hotelReservation kubernetes + helm-chart at 6ecb097 as the session-3 system:
      mongodb-profile runs mongo:4.4.6 on the Azure disk claim profile-pvc (managed-csi); profile reads its database URL
      mongodb-profile:27017 from its ConfigMap and, at start, connects and generates its test data, stopping with log.Fatal
      when that fails; frontend calls search then profile for every hotel page.
      Fault: node vmss000002 was hard-reset at 03:12 (an Azure host failure; the node was Ready again at 03:14, events of it
      have aged out). Every container on it came back with a lastState terminated reason Unknown, exit 255. mongod on
      mongodb-profile finds WiredTiger.wt failing its block checksum at every open ("read checksum error for 4096B block ...
      WT_PANIC: WiredTiger library panic", Fatal assertion 50853, SIGABRT -> exit 134) - the pattern of the WiredTiger and
      MongoDB reports after an unclean stop (wiredtiger/wiredtiger#1963 "read checksum error ... the process must exit and
      restart", bitnami/charts#9946 with 4.4 structured logs); only mongod --repair or a restore fixes it. CrashLoopBackOff
      since 03:15 (55 restarts). profile, restarted by the same reset, cannot reach its database (the Service has no ready
      endpoint: "connection refused" on the ClusterIP after the 30 s server selection) and crash-loops too with an FTL line:
      the louder, nearer symptom. search and every other service stay up; hotel pages fail at the profile call.
      Decoys: the reset itself (the node is Ready now), the restarts of frontend, user, memcached-rate and
      mongodb-reservation on that node (mongodb-reservation's journal recovery is clean and it serves), an emptied
      memcached-rate cache.
      Deviations from upstream: the reset, the corruption and every WiredTiger offset/checksum are invented; log line
      numbers of cmd/profile are approximate; pod names, IPs and uids come from the kit.`,
    nodes: {
      [NODE2]: { conditions: { Ready: { type: 'Ready', status: 'True', lastHeartbeatTime: T.iso(-0.4), lastTransitionTime: T.iso(REBOOT + 2.1), reason: 'KubeletReady', message: 'kubelet is posting ready status' } } },
    },
    workloads: {
      frontend: { pods: [{ node: NODE2, readyTransition: T.iso(UP + 0.1), containers: { 'hotel-reserv-frontend': cs.restartedRunning(mcRestart(1)) } }, {}] },
      user: { pods: [{ node: NODE2, readyTransition: T.iso(UP + 0.1), containers: { 'hotel-reserv-user': cs.restartedRunning(mcRestart(1)) } }] },
      'memcached-rate': { pods: [{ node: NODE2, readyTransition: T.iso(UP + 0.1), containers: { 'hotel-reserv-rate-mmc': cs.restartedRunning(mcRestart(1)) } }] },
      'mongodb-reservation': { pods: [{ node: NODE2, readyTransition: T.iso(UP + 0.1), containers: { 'hotel-reserv-reservation-mongo': cs.restartedRunning(mcRestart(1)) } }] },
      profile: {
        pods: [{ node: NODE2, readyTransition: T.iso(REBOOT), containers: { 'hotel-reserv-profile': cs.crashLoop({ restarts: 47, exitCode: 1, reason: 'Error', startedAt: T.iso(lastProfile - 0.51), finishedAt: T.iso(lastProfile), container: 'hotel-reserv-profile' }) } }],
        unavailableSince: REBOOT,
      },
      'mongodb-profile': {
        pods: [{ node: NODE2, readyTransition: T.iso(REBOOT), containers: { 'hotel-reserv-profile-mongo': cs.crashLoop({ restarts: 55, exitCode: 134, reason: 'Error', startedAt: T.iso(lastMongo), finishedAt: T.iso(lastMongo + 0.01), container: 'hotel-reserv-profile-mongo' }) } }],
        unavailableSince: REBOOT,
      },
    },
    events: [
      { on: 'pod:mongodb-profile#0', reason: 'Pulled', message: 'Container image "mongo:4.4.6" already present on machine', first: UP, last: lastMongo, count: 56, fieldPath: 'spec.containers{hotel-reserv-profile-mongo}' },
      { on: 'pod:mongodb-profile#0', reason: 'Created', message: 'Created container hotel-reserv-profile-mongo', first: UP, last: lastMongo, count: 56, fieldPath: 'spec.containers{hotel-reserv-profile-mongo}' },
      { on: 'pod:mongodb-profile#0', reason: 'Started', message: 'Started container hotel-reserv-profile-mongo', first: UP, last: lastMongo, count: 56, fieldPath: 'spec.containers{hotel-reserv-profile-mongo}' },
      { on: 'pod:mongodb-profile#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-profile-mongo in pod %POD%_hotel-reservation(%PODUID%)', first: UP + 0.1, last: -0.2, count: 1241, fieldPath: 'spec.containers{hotel-reserv-profile-mongo}' },
      { on: 'pod:profile#0', reason: 'Pulled', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', first: UP, last: lastProfile - 0.51, count: 48, fieldPath: 'spec.containers{hotel-reserv-profile}' },
      { on: 'pod:profile#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-profile in pod %POD%_hotel-reservation(%PODUID%)', first: UP + 0.7, last: -0.1, count: 1163, fieldPath: 'spec.containers{hotel-reserv-profile}' },
    ],
    logs: {
      'mongodb-profile#0/hotel-reserv-profile-mongo': corrupt(lastMongo, '%POD%'),
      'mongodb-profile#0/hotel-reserv-profile-mongo/previous': corrupt(lastMongo - 5.04, '%POD%'),
      'mongodb-reservation#0/hotel-reserv-reservation-mongo': recovered(UP + 0.05, '%POD%'),
      'profile#0/hotel-reserv-profile': profileRun(lastProfile - 0.51),
      'profile#0/hotel-reserv-profile/previous': profileRun(lastProfile - 5.6),
      'search#0/hotel-reserv-search': searchLog,
    },
  },
];
