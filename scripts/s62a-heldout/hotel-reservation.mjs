// Blind held-out batch s62a: one DeathStarBench hotelReservation scenario for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the session-3 system definition and default PVCs (scripts/s3-scenarios/hotel-reservation.mjs); built by scripts/s62a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { defaultPvcs, system } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const incidentTime = '2026-07-08T03:52:00Z';
const T = clock(incidentTime);
const NODE0 = 'aks-nodepool1-27419563-vmss000000';
const IMG = 'hotelres.azurecr.io/hotel-reservation:6ecb097';
const REBOOT = -46.2; // the VM went down (unplanned host maintenance); kubelet back at -45.6

// zerolog ConsoleWriter with colours, as cmd/*/main.go configures it (same shape as the session-3 helpers).
const LV = { INF: '\x1b[32mINF\x1b[0m', FTL: '\x1b[1m\x1b[31mFTL\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const boot = (min, svc) => [
  zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(min, 'INF', `cmd/${svc}/main.go:24`, 'Reading config...'),
];
const rateRun = (start) => [
  ...boot(start, 'rate'),
  zl(start, 'INF', 'cmd/rate/main.go:37', 'Initializing DB connection...'),
  zl(start, 'INF', 'cmd/rate/db.go:30', 'Generating test data...'),
  zl(start, 'INF', 'cmd/rate/db.go:123', 'Attempting connection to mongodb://mongodb-rate:27017'),
  zl(start, 'INF', 'cmd/rate/db.go:130', 'Successfully connected to MongoDB'),
  zl(start + 0.5, 'FTL', 'cmd/rate/db.go:135', 'server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-rate:27017, Type: Unknown, Last error: dial tcp %SVCIP:mongodb-rate%:27017: connect: connection refused }, ] }'),
];

// mongod 4.4 structured log lines, padded as mongod prints them.
const ml = (min, s, c, id, ctx, msg, attr) =>
  `{"t":{"$date":"${T.isoMs(min).replace('Z', '+00:00')}"},"s":"${s}",${' '.repeat(Math.max(1, 3 - s.length))}"c":"${c}",${' '.repeat(Math.max(1, 9 - c.length))}"id":${id},${' '.repeat(Math.max(1, 8 - String(id).length))}"ctx":"${ctx}","msg":${JSON.stringify(msg)}${attr ? `,"attr":${JSON.stringify(attr)}` : ''}}`;
const wt = (min, thread) => { const ms = Date.parse(T.isoMs(min)); return `[${Math.floor(ms / 1000)}:${(ms % 1000) * 1000 + 417}][1:${thread}]`; };
const mongoStart = (t) => [
  ml(t, 'I', 'CONTROL', 23285, 'main', "Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols 'none'"),
  ml(t, 'W', 'ASIO', 22601, 'main', 'No TransportLayer configured during NetworkInterface startup'),
  ml(t, 'I', 'NETWORK', 4648601, 'main', 'Implicit TCP FastOpen unavailable. If TCP FastOpen is required, set tcpFastOpenServer, tcpFastOpenClient, and tcpFastOpenQueueSize.'),
  ml(t + 0.001, 'I', 'STORAGE', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host: '%POD%' }),
  ml(t + 0.001, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: { version: '4.4.6', gitVersion: '72e66213c2c3eab37d9358d5e78ad7f5c1d0d0d7', openSSLVersion: 'OpenSSL 1.1.1f  31 Mar 2020', modules: [], allocator: 'tcmalloc', environment: { distmod: 'ubuntu2004', distarch: 'x86_64', target_arch: 'x86_64' } } }),
  ml(t + 0.001, 'I', 'CONTROL', 51765, 'initandlisten', 'Operating System', { os: { name: 'Ubuntu', version: '20.04' } }),
  ml(t + 0.001, 'I', 'CONTROL', 21951, 'initandlisten', 'Options set by command line', { options: { net: { bindIp: '*' } } }),
  ml(t + 0.002, 'W', 'STORAGE', 22271, 'initandlisten', 'Detected unclean shutdown - Lock file is not empty', { lockFile: '/data/db/mongod.lock' }),
  ml(t + 0.002, 'I', 'STORAGE', 22270, 'initandlisten', 'Storage engine to use detected by data files', { dbpath: '/data/db', storageEngine: 'wiredTiger' }),
  ml(t + 0.002, 'W', 'STORAGE', 22302, 'initandlisten', 'Recovering data from the last clean checkpoint.'),
  ml(t + 0.002, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', { config: 'create,cache_size=256M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000,close_scan_interval=10,close_handle_minimum=250),statistics_log=(wait=0),verbose=[recovery_progress,checkpoint_progress,compact_progress],' }),
];
const mongoCorrupt = (t) => {
  const e = t + 0.006;
  const th = '0x7f3c1a2f4c80';
  return [
    ...mongoStart(t),
    ml(e, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: 0, message: `${wt(e, th)}, file:WiredTiger.wt, connection: __wt_block_read_off, 283: WiredTiger.wt: read checksum error for 4096B block at offset 24576: block header checksum of 0x63a1f2e4 doesn't match expected checksum of 0x1b5c8d07` }),
    ml(e, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: -31802, message: `${wt(e, th)}, file:WiredTiger.wt, connection: __wt_block_read_off, 292: WiredTiger.wt: fatal read error: WT_ERROR: non-specific WiredTiger error` }),
    ml(e, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: -31804, message: `${wt(e, th)}, file:WiredTiger.wt, connection: __wt_panic, 490: the process must exit and restart: WT_PANIC: WiredTiger library panic` }),
    ml(e, 'F', '-', 23089, 'initandlisten', 'Fatal assertion', { msgid: 50853, file: 'src/mongo/db/storage/wiredtiger/wiredtiger_util.cpp', line: 481 }),
    ml(e, 'F', '-', 23090, 'initandlisten', '\n\n***aborting after fassert() failure\n\n'),
    ml(e, 'F', 'CONTROL', 4757800, 'initandlisten', 'Writing fatal message', { message: 'Got signal: 6 (Aborted).\n' }),
  ];
};
const mongoRecovered = (t, peers) => [
  ...mongoStart(t),
  ml(t + 0.01, 'I', 'STORAGE', 22430, 'initandlisten', 'WiredTiger message', { message: `${wt(t + 0.01, '0x7f81c5d3bc80')}, txn-recover: [WT_VERB_RECOVERY_PROGRESS] Recovering log 31 through 32` }),
  ml(t + 0.012, 'I', 'STORAGE', 22430, 'initandlisten', 'WiredTiger message', { message: `${wt(t + 0.012, '0x7f81c5d3bc80')}, txn-recover: [WT_VERB_RECOVERY_PROGRESS] Recovering log 32 through 32` }),
  ml(t + 0.015, 'I', 'STORAGE', 4795906, 'initandlisten', 'WiredTiger opened', { durationMillis: 1024 }),
  ml(t + 0.015, 'I', 'RECOVERY', 23987, 'initandlisten', 'WiredTiger recoveryTimestamp', { recoveryTimestamp: { $timestamp: { t: 0, i: 0 } } }),
  ml(t + 0.02, 'I', 'NETWORK', 23015, 'listener', 'Listening on', { address: '/tmp/mongodb-27017.sock' }),
  ml(t + 0.02, 'I', 'NETWORK', 23015, 'listener', 'Listening on', { address: '0.0.0.0' }),
  ml(t + 0.02, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
  ...peers.map(([m, remote, n]) => ml(m, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote, connectionId: n, connectionCount: n })),
];

// Every container on the rebooted node died with the VM; the kubelet reports them Unknown/255 and starts them again.
const rebooted = (name, started) => ({
  readyTransition: T.iso(-44.6),
  containers: { [name]: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-45.1), last: { exitCode: 255, reason: 'Unknown', startedAt: started, finishedAt: T.iso(REBOOT) } }) },
});
const SINCE = T.iso(-60 * 24 * 9);
const nodeEvents = (wl) => [
  { on: `pod:${wl}#0`, reason: 'NodeNotReady', type: 'Warning', source: 'node-controller', message: 'Node is not ready', first: -46.1 },
  { on: `pod:${wl}#0`, reason: 'SandboxChanged', message: 'Pod sandbox changed, it will be killed and re-created.', first: -45.3 },
];

export const scenarios = [
  {
    folder: 's62a-search-500-after-3am',
    description: 'hotel search (/hotels) gives HTTP 500 since about 3:10, login + "my reservations" still work. nobody deployed tonight',
    incidentTime,
    expected: { component: 'mongodb-rate', cause: 'crash-loop' },
    difficulty: 'medium',
    traits: ['decoy', 'time-expression', 'louder-dependents'],
    grounding: `
      Manifests: delimitrou/DeathStarBench hotelReservation/kubernetes and helm-chart at 6ecb097 (session-3 system
      hotel-reservation): mongodb-rate (mongo:4.4.6 --bind_ip_all, /data/db on PVC rate-pvc) behind rate; rate's
      cmd/rate/db.go inserts its test data at start and log.Fatal's on the Mongo error (exit 1); search calls rate and the
      frontend answers the gRPC error with http.Error 500 without logging it (services/frontend/server.go).
      Fault: the VM aks-nodepool1-27419563-vmss000000 was restarted by an unplanned Azure host maintenance at 03:05 (kubelet
      "Rebooted" with a new boot id, NodeNotReady for about a minute, every container on it Unknown/255 and started again).
      mongodb-rate, on that node, did not survive the unclean shutdown: WiredTiger finds a checksum mismatch in
      WiredTiger.wt while recovering ("read checksum error … fatal read error … WT_PANIC: WiredTiger library panic", fatal
      assertion, "Got signal: 6 (Aborted)", exit 134) on every start, so it crash-loops and its Service has no ready
      endpoint; rate, restarted by the same reboot, can no longer insert its data (server selection error … connection
      refused) and crash-loops after it; search returns the error and the frontend answers 500. Login, profiles and
      reservations use other databases and work. Public reports of the same WiredTiger failure after unclean shutdowns:
      wiredtiger/wiredtiger#1963 (read checksum error in WiredTiger.wt, WT_PANIC, fatal assertion at start),
      wiredtiger/wiredtiger#1468, longhorn/longhorn#1909, bitnami/charts#9946.
      Decoys: the node reboot itself (the node is Ready again, other pods on it restarted once and serve: mongodb-user
      recovered from the same unclean shutdown with "Recovering data from the last clean checkpoint").
      Deviations from upstream: as the session-3 system (AKS, Azure disk PVCs, memory limits); the fassert line numbers of
      4.4.6 are approximate.`,
    nodes: {
      [NODE0]: { conditions: { Ready: { type: 'Ready', status: 'True', lastHeartbeatTime: T.iso(-0.4), lastTransitionTime: T.iso(-45.2), reason: 'KubeletReady', message: 'kubelet is posting ready status' } } },
    },
    workloads: {
      consul: { pods: [{ node: 'aks-nodepool1-27419563-vmss000001' }] },
      frontend: { pods: [{}, rebooted('hotel-reserv-frontend', SINCE)] },
      search: { pods: [rebooted('hotel-reserv-search', SINCE)] },
      reservation: { pods: [rebooted('hotel-reserv-reservation', SINCE)] },
      'mongodb-user': { pods: [rebooted('hotel-reserv-user-mongo', SINCE)] },
      'memcached-reserve': { pods: [rebooted('hotel-reserv-reservation-mmc', SINCE)] },
      rate: {
        unavailableSince: -46.1,
        pods: [{
          readyTransition: T.iso(-46.1),
          containers: { 'hotel-reserv-rate': cs.crashLoop({ restarts: 11, exitCode: 1, reason: 'Error', startedAt: T.iso(-3.1), finishedAt: T.iso(-2.6), container: 'hotel-reserv-rate' }) },
        }],
      },
      'mongodb-rate': {
        unavailableSince: -46.1,
        pods: [{
          readyTransition: T.iso(-46.1),
          containers: { 'hotel-reserv-rate-mongo': cs.crashLoop({ restarts: 13, exitCode: 134, reason: 'Error', startedAt: T.iso(-1.92), finishedAt: T.iso(-1.91), container: 'hotel-reserv-rate-mongo' }) },
        }],
      },
    },
    events: [
      { on: `node:${NODE0}`, reason: 'NodeNotReady', source: 'node-controller', message: `Node ${NODE0} status is now: NodeNotReady`, first: -46.1 },
      { on: `node:${NODE0}`, reason: 'Starting', message: 'Starting kubelet.', first: -45.6 },
      { on: `node:${NODE0}`, reason: 'NodeAllocatableEnforced', message: 'Updated Node Allocatable limit across pods', first: -45.6 },
      { on: `node:${NODE0}`, reason: 'NodeHasSufficientMemory', message: `Node ${NODE0} status is now: NodeHasSufficientMemory`, first: -45.6 },
      { on: `node:${NODE0}`, reason: 'Rebooted', type: 'Warning', message: `Node ${NODE0} has been rebooted, boot id: @@BOOTID:${NODE0}@@`, first: -45.55 },
      { on: `node:${NODE0}`, reason: 'NodeReady', message: `Node ${NODE0} status is now: NodeReady`, first: -45.2 },
      ...['search', 'reservation', 'mongodb-user', 'memcached-reserve', 'rate', 'mongodb-rate'].flatMap((w) => nodeEvents(w)),
      { on: 'pod:mongodb-rate#0', reason: 'Pulled', fieldPath: 'spec.containers{hotel-reserv-rate-mongo}', message: 'Container image "mongo:4.4.6" already present on machine', first: -45.1, last: -1.93, count: 14 },
      { on: 'pod:mongodb-rate#0', reason: 'Created', fieldPath: 'spec.containers{hotel-reserv-rate-mongo}', message: 'Created container hotel-reserv-rate-mongo', first: -45.1, last: -1.93, count: 14 },
      { on: 'pod:mongodb-rate#0', reason: 'Started', fieldPath: 'spec.containers{hotel-reserv-rate-mongo}', message: 'Started container hotel-reserv-rate-mongo', first: -45.05, last: -1.92, count: 14 },
      { on: 'pod:mongodb-rate#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-rate-mongo}', message: 'Back-off restarting failed container hotel-reserv-rate-mongo in pod %POD%_hotel-reservation(%PODUID%)', first: -44.9, last: -0.3, count: 201 },
      { on: 'pod:rate#0', reason: 'Pulled', fieldPath: 'spec.containers{hotel-reserv-rate}', message: `Container image "${IMG}" already present on machine`, first: -45.1, last: -3.11, count: 12 },
      { on: 'pod:rate#0', reason: 'Created', fieldPath: 'spec.containers{hotel-reserv-rate}', message: 'Created container hotel-reserv-rate', first: -45.1, last: -3.11, count: 12 },
      { on: 'pod:rate#0', reason: 'Started', fieldPath: 'spec.containers{hotel-reserv-rate}', message: 'Started container hotel-reserv-rate', first: -45.05, last: -3.1, count: 12 },
      { on: 'pod:rate#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-rate}', message: 'Back-off restarting failed container hotel-reserv-rate in pod %POD%_hotel-reservation(%PODUID%)', first: -44.2, last: -0.5, count: 138 },
    ],
    logs: {
      'mongodb-rate#0/hotel-reserv-rate-mongo': mongoCorrupt(-1.92),
      'mongodb-rate#0/hotel-reserv-rate-mongo/previous': mongoCorrupt(-6.92),
      'rate#0/hotel-reserv-rate': rateRun(-3.1),
      'rate#0/hotel-reserv-rate/previous': rateRun(-8.1),
      'mongodb-user#0/hotel-reserv-user-mongo': mongoRecovered(-45.05, [[-44.7, '%IPOF:user#0%:43218', 1], [-44.69, '%IPOF:user#0%:43220', 2]]),
      'search#0/hotel-reserv-search': [
        ...boot(-45.05, 'search'),
        zl(-45.05, 'INF', 'cmd/search/main.go:47', 'Initializing jaeger agent [service name: search | host: jaeger:6831]...'),
        zl(-45.05, 'INF', 'cmd/search/main.go:52', 'Jaeger agent initialized'),
        zl(-45.05, 'INF', 'cmd/search/main.go:54', 'Initializing consul agent [host: consul:8500]...'),
        zl(-45.05, 'INF', 'cmd/search/main.go:59', 'Consul agent initialized'),
        zl(-45.05, 'INF', 'cmd/search/main.go:70', 'Starting server...'),
        zl(-45.04, 'INF', 'services/search/server.go:86', 'Successfully registered in consul'),
      ],
    },
  },
];
