// Blind held-out scenario (batch s24b, split: test) for hotel-reservation, in the kit's spec format (scripts/s2-scenario-kit.mjs):
// a node's hard reboot leaves mongodb-geo's WiredTiger files corrupt, so mongod aborts on every start (crash-loop).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const T = clock('2026-05-19T10:31:00Z');
const N1 = 'aks-nodepool1-27419563-vmss000001';
const REBOOT = -28.2;

// zerolog ConsoleWriter with colours, as the session-3 system's services print (cmd/*/main.go).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', FTL: '\x1b[1m\x1b[31mFTL\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const mlog = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: T.isoMs(min).replace('Z', '+00:00') }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });

const afterReboot = (restarts = 1) => cs.restartedRunning({
  restarts,
  startedAt: T.iso(REBOOT + 1.6),
  last: { exitCode: 255, reason: 'Unknown', startedAt: T.iso(-60 * 24 * 9 + 0.4), finishedAt: T.iso(REBOOT) },
});
const rebooted = (c, extra = {}) => ({ node: N1, readyTransition: T.iso(REBOOT + 1.8), containers: { [c]: afterReboot() }, ...extra });

const WT = '[1779186423:512804][1:0x7f2c9b1fe700], file:collection-0--2716402935518932451.wt, WT_SESSION.open_cursor';
const mongoStart = (min, host) => [
  mlog(min, 'I', 'CONTROL', 23285, 'main', "Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols 'none'"),
  mlog(min, 'I', 'NETWORK', 4648601, 'main', 'Implicit TCP FastOpen unavailable. If TCP FastOpen is required, set tcpFastOpenServer, tcpFastOpenClient, and tcpFastOpenQueueSize.'),
  mlog(min + 0.0005, 'I', 'STORAGE', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host }),
  mlog(min + 0.0005, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: { version: '4.4.6', gitVersion: '72e66213c2c3eab37d9358d5e78ad7f5c1d0d0d7', openSSLVersion: 'OpenSSL 1.1.1f  31 Mar 2020', modules: [], allocator: 'tcmalloc', environment: { distmod: 'ubuntu2004', distarch: 'x86_64', target_arch: 'x86_64' } } }),
  mlog(min + 0.0006, 'I', 'CONTROL', 21951, 'initandlisten', 'Options set by command line', { options: { net: { bindIp: '*' } } }),
  mlog(min + 0.0008, 'W', 'STORAGE', 22271, 'initandlisten', 'Detected unclean shutdown - Lock file is not empty', { lockFile: '/data/db/mongod.lock' }),
  mlog(min + 0.0008, 'I', 'STORAGE', 22270, 'initandlisten', 'Storage engine to use detected by data files', { dbpath: '/data/db', storageEngine: 'wiredTiger' }),
  mlog(min + 0.0009, 'W', 'STORAGE', 22302, 'initandlisten', 'Recovering data from the last clean checkpoint.'),
  mlog(min + 0.001, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', { config: 'create,cache_size=256M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000,close_scan_interval=10,close_handle_minimum=250),statistics_log=(wait=0),verbose=[recovery_progress,checkpoint_progress,compact_progress],' }),
];
const mongoCrash = (min, host) => [
  ...mongoStart(min, host),
  mlog(min + 0.012, 'I', 'STORAGE', 22430, 'initandlisten', 'WiredTiger message', { message: '[1779186423:498113][1:0x7f2c9b1fe700], txn-recover: [WT_VERB_RECOVERY_PROGRESS] Recovering log 14 through 15' }),
  mlog(min + 0.014, 'I', 'STORAGE', 22430, 'initandlisten', 'WiredTiger message', { message: '[1779186423:503377][1:0x7f2c9b1fe700], txn-recover: [WT_VERB_RECOVERY | WT_VERB_RECOVERY_PROGRESS] Set global recovery timestamp: (0, 0)' }),
  mlog(min + 0.016, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: 0, message: `${WT}: __wt_block_read_off, 283: collection-0--2716402935518932451.wt: read checksum error for 4096B block at offset 24576: block header checksum of 0x0 doesn't match expected checksum of 0x8b0d1f4e` }),
  mlog(min + 0.016, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: 0, message: `${WT}: __bm_corrupt_dump, 135: {24576, 4096, 0x8b0d1f4e}: (chunk 1 of 4): 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00` }),
  mlog(min + 0.016, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: -31802, message: `${WT}: __wt_block_read_off, 292: collection-0--2716402935518932451.wt: fatal read error: WT_ERROR: non-specific WiredTiger error` }),
  mlog(min + 0.016, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: -31804, message: `${WT}: __wt_panic, 490: the process must exit and restart: WT_PANIC: WiredTiger library panic` }),
  mlog(min + 0.016, 'F', '-', 23089, 'initandlisten', 'Fatal assertion', { msgid: 50853, file: 'src/mongo/db/storage/wiredtiger/wiredtiger_util.cpp', line: 538 }),
  mlog(min + 0.016, 'F', '-', 23090, 'initandlisten', '\n\n***aborting after fassert() failure\n\n'),
  mlog(min + 0.016, 'F', 'CONTROL', 4757800, 'initandlisten', 'Writing fatal message', { message: 'Got signal: 6 (Aborted).\n' }),
];
const mongoOk = (min, host) => [
  ...mongoStart(min, host),
  mlog(min + 0.03, 'I', 'STORAGE', 22430, 'initandlisten', 'WiredTiger message', { message: '[1779186420:118422][1:0x7f61d23bf700], txn-recover: [WT_VERB_RECOVERY | WT_VERB_RECOVERY_PROGRESS] Set global recovery timestamp: (0, 0)' }),
  mlog(min + 0.04, 'I', 'STORAGE', 4795906, 'initandlisten', 'WiredTiger opened', { durationMillis: 2311 }),
  mlog(min + 0.05, 'I', 'NETWORK', 23015, 'listener', 'Listening on', { address: '/tmp/mongodb-27017.sock' }),
  mlog(min + 0.05, 'I', 'NETWORK', 23015, 'listener', 'Listening on', { address: '0.0.0.0' }),
  mlog(min + 0.05, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
  mlog(min + 0.5, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:recommendation#0%:51922', connectionId: 1, connectionCount: 1 }),
];

const geoBoot = (min) => [
  zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(min, 'INF', 'cmd/geo/main.go:24', 'Reading config...'),
  zl(min, 'INF', 'cmd/geo/main.go:37', 'Read database URL: mongodb://mongodb-geo:27017'),
  zl(min, 'INF', 'cmd/geo/main.go:38', 'Initializing DB connection...'),
  zl(min, 'INF', 'cmd/geo/db.go:26', 'New client successfull...'),
  zl(min, 'INF', 'cmd/geo/db.go:28', 'Generating test data...'),
  zl(min + 0.5, 'FTL', 'cmd/geo/db.go:31', 'server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-geo:27017, Type: Unknown, Last error: dial tcp %SVCIP:mongodb-geo%:27017: connect: connection refused }, ] }'),
];

const GEO_DIAL = 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:geo#0%:8083: connect: connection refused"';

export const scenarios = [
  {
    folder: 's24b-mongodb-geo-wiredtiger-corrupt',
    incidentTime: '2026-05-19T10:31:00Z',
    description: 'hotel search giving 500s since about 10:05, login and reservations still ok',
    expected: { component: 'mongodb-geo', cause: 'crash-loop' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      DeathStarBench hotelReservation as the session-3 system has it: mongodb-geo is mongo:4.4.6 on the Azure disk claim
      geo-pvc; geo reads GeoMongoAddress from its config, connects with the Go mongo driver and seeds its collection at
      start (cmd/geo/db.go: log.Fatal on the first CountDocuments error); search calls geo over gRPC; frontend calls search.
      Incident: node aks-nodepool1-27419563-vmss000001 hard-rebooted at 10:02:48 (Azure host fault; kubelet "Rebooted"
      event, every container on it shows lastState Unknown/255). jaeger, recommendation, mongodb-recommendation (journal
      recovery) and memcached-profile came back; mongodb-geo's collection file was left with a zeroed 4 KiB block, so
      mongod 4.4 logs WiredTiger "read checksum error", WT_PANIC, "Fatal assertion" msgid 50853 and aborts on signal 6
      (exit 134) on every start: CrashLoopBackOff, Service without ready endpoints. geo, restarted by the same reboot, dies
      after the driver's 30 s server-selection timeout (connection refused) and crash-loops too, louder; search and
      frontend log gRPC Unavailable. The reboot and the recovered pods are the decoy; the node is Ready again.
      Expected: mongodb-geo crash-loop.`,
    nodes: {
      [N1]: {
        conditions: {
          Ready: { type: 'Ready', status: 'True', lastHeartbeatTime: T.iso(-0.4), lastTransitionTime: T.iso(REBOOT + 1.1), reason: 'KubeletReady', message: 'kubelet is posting ready status' },
        },
      },
    },
    workloads: {
      jaeger: { pods: [rebooted('hotel-reserv-jaeger')] },
      recommendation: { pods: [rebooted('hotel-reserv-recommendation')] },
      'memcached-profile': { pods: [rebooted('hotel-reserv-profile-mmc')] },
      'mongodb-recommendation': { pods: [rebooted('hotel-reserv-recommendation-mongo')] },
      'mongodb-geo': {
        pods: [{
          node: N1,
          readyTransition: T.iso(REBOOT),
          containers: { 'hotel-reserv-geo-mongo': cs.crashLoop({ restarts: 9, exitCode: 134, reason: 'Error', startedAt: T.iso(-3.4), finishedAt: T.iso(-3.38), container: 'hotel-reserv-geo-mongo' }) },
        }],
        unavailableSince: REBOOT,
      },
      geo: {
        pods: [{
          node: N1,
          readyTransition: T.iso(REBOOT),
          containers: { 'hotel-reserv-geo': cs.crashLoop({ restarts: 7, exitCode: 1, reason: 'Error', startedAt: T.iso(-2.1), finishedAt: T.iso(-1.6), container: 'hotel-reserv-geo' }) },
        }],
        unavailableSince: REBOOT,
      },
    },
    events: [
      { on: `node:${N1}`, type: 'Warning', reason: 'Rebooted', message: `Node ${N1} has been rebooted, boot id: 6c1f0e9a-3d27-4b58-9a41-e2f7c0d85b13`, first: REBOOT + 0.9 },
      { on: `node:${N1}`, reason: 'NodeReady', message: `Node ${N1} status is now: NodeReady`, first: REBOOT + 1.1 },
      { on: `node:${N1}`, reason: 'Starting', message: 'Starting kubelet.', first: REBOOT + 0.9 },
      { on: 'pod:mongodb-geo#0', type: 'Warning', reason: 'NodeNotReady', message: 'Node is not ready', source: 'node-controller', first: REBOOT + 0.7 },
      { on: 'pod:geo#0', type: 'Warning', reason: 'NodeNotReady', message: 'Node is not ready', source: 'node-controller', first: REBOOT + 0.7 },
      { on: 'pod:jaeger#0', reason: 'SandboxChanged', message: 'Pod sandbox changed, it will be killed and re-created.', first: REBOOT + 1.2 },
      { on: 'pod:recommendation#0', reason: 'SandboxChanged', message: 'Pod sandbox changed, it will be killed and re-created.', first: REBOOT + 1.2 },
      { on: 'pod:mongodb-recommendation#0', reason: 'SandboxChanged', message: 'Pod sandbox changed, it will be killed and re-created.', first: REBOOT + 1.2 },
      { on: 'pod:memcached-profile#0', reason: 'SandboxChanged', message: 'Pod sandbox changed, it will be killed and re-created.', first: REBOOT + 1.2 },
      { on: 'pod:mongodb-geo#0', reason: 'SandboxChanged', message: 'Pod sandbox changed, it will be killed and re-created.', first: REBOOT + 1.2 },
      { on: 'pod:geo#0', reason: 'SandboxChanged', message: 'Pod sandbox changed, it will be killed and re-created.', first: REBOOT + 1.2 },
      { on: 'pod:mongodb-geo#0', reason: 'Pulled', message: 'Container image "mongo:4.4.6" already present on machine', first: REBOOT + 1.4, last: -3.4, count: 10, fieldPath: 'spec.containers{hotel-reserv-geo-mongo}' },
      { on: 'pod:mongodb-geo#0', reason: 'Created', message: 'Created container hotel-reserv-geo-mongo', first: REBOOT + 1.4, last: -3.4, count: 10, fieldPath: 'spec.containers{hotel-reserv-geo-mongo}' },
      { on: 'pod:mongodb-geo#0', reason: 'Started', message: 'Started container hotel-reserv-geo-mongo', first: REBOOT + 1.4, last: -3.4, count: 10, fieldPath: 'spec.containers{hotel-reserv-geo-mongo}' },
      { on: 'pod:mongodb-geo#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-geo-mongo in pod %POD%_hotel-reservation(%PODUID%)', first: REBOOT + 1.6, last: -0.3, count: 121, fieldPath: 'spec.containers{hotel-reserv-geo-mongo}' },
      { on: 'pod:geo#0', reason: 'Pulled', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', first: REBOOT + 1.4, last: -2.1, count: 8, fieldPath: 'spec.containers{hotel-reserv-geo}' },
      { on: 'pod:geo#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-geo in pod %POD%_hotel-reservation(%PODUID%)', first: REBOOT + 3, last: -0.6, count: 84, fieldPath: 'spec.containers{hotel-reserv-geo}' },
    ],
    logs: {
      'mongodb-geo#0/hotel-reserv-geo-mongo/previous': mongoCrash(-3.4, '%POD%'),
      'geo#0/hotel-reserv-geo/previous': geoBoot(-2.1),
      'mongodb-recommendation#0/hotel-reserv-recommendation-mongo': mongoOk(REBOOT + 1.6, '%POD%'),
      'search#0/hotel-reserv-search': [
        zl(-60 * 24 * 9, 'INF', 'cmd/search/main.go:83', 'Starting server...'),
        ...[-27.9, -24.1, -19.6, -15.2, -11.8, -7.3, -4.4, -1.2].map((m) => zl(m, 'ERR', 'services/search/search.go:104', `Nearby error: ${GEO_DIAL}`)),
      ],
      'frontend#0/hotel-reserv-frontend': [
        zl(-34, 'INF', 'services/frontend/server.go:279', 'SearchHandler [lat: 37.7835, lon: -122.41, inDate: 2015-04-09, outDate: 2015-04-10]'),
        zl(-31, 'INF', 'services/frontend/server.go:571', 'ReservationHandler [inDate: 2015-04-14, outDate: 2015-04-15, hotelId: 12]'),
        ...[-27.8, -23.9, -19.5, -11.7, -4.3, -1.1].flatMap((m) => [
          zl(m, 'INF', 'services/frontend/server.go:279', 'SearchHandler [lat: 37.7835, lon: -122.41, inDate: 2015-04-09, outDate: 2015-04-10]'),
          zl(m + 0.001, 'ERR', 'services/frontend/server.go:301', `SearchHandler Nearby failed: rpc error: code = Unknown desc = ${GEO_DIAL}`),
        ]),
        zl(-9.2, 'INF', 'services/frontend/server.go:571', 'ReservationHandler [inDate: 2015-04-21, outDate: 2015-04-23, hotelId: 37]'),
        zl(-6.5, 'INF', 'services/frontend/server.go:522', 'UserHandler [username: Cornell_12]'),
      ],
      'recommendation#0/hotel-reserv-recommendation': [
        zl(REBOOT + 1.6, 'INF', 'cmd/recommendation/main.go:24', 'Reading config...'),
        zl(REBOOT + 1.6, 'INF', 'cmd/recommendation/main.go:37', 'Read database URL: mongodb://mongodb-recommendation:27017'),
        zl(REBOOT + 1.6, 'INF', 'cmd/recommendation/main.go:38', 'Initializing DB connection...'),
        zl(REBOOT + 1.7, 'INF', 'cmd/recommendation/main.go:41', 'Successfull'),
        zl(REBOOT + 1.7, 'INF', 'cmd/recommendation/main.go:74', 'Consul agent initialized'),
        zl(REBOOT + 1.7, 'INF', 'cmd/recommendation/main.go:85', 'Starting server...'),
      ],
    },
  },
];
