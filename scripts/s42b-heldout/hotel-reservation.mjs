// Batch s42b held-out scenario for DeathStarBench hotelReservation (split: test), written blind: the session-3 system
// definition (scripts/s3-scenarios/hotel-reservation.mjs) and its default PVCs, expanded by scripts/s42b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

// ---------------------------------------------------------------------------------------------------------------
// s42b-mongodb-rate-wiredtiger-panic: the AKS node holding mongodb-rate reboots unexpectedly; afterwards mongod finds
// a checksum error in its WiredTiger files, panics (fassert 50853) and crash-loops. rate panics on cache misses.
const I = '2026-08-18T10:07:00Z';
const T = clock(I);
const [N0, N1, N2] = system.nodes.map((n) => n.name);
const REBOOT = -41;

// zerolog ConsoleWriter with colours, as the services print it.
const LV = { INF: '\x1b[32mINF\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', PNC: '\x1b[1m\x1b[31mPNC\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const rateBoot = (min) => [
  zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(min, 'INF', 'cmd/rate/main.go:23', 'Reading config...'),
  zl(min, 'INF', 'cmd/rate/main.go:36', 'Read database URL: mongodb-rate:27017'),
  zl(min, 'INF', 'cmd/rate/main.go:37', 'Initializing DB connection...'),
  zl(min + 0.5, 'INF', 'cmd/rate/main.go:39', 'Successfull'),
  zl(min + 0.5, 'INF', 'cmd/rate/main.go:41', 'Read profile memcashed address: memcached-rate:11211'),
  zl(min + 0.5, 'INF', 'cmd/rate/main.go:42', 'Initializing Memcashed client...'),
  zl(min + 0.5, 'INF', 'cmd/rate/main.go:44', 'Successfull'),
  zl(min + 0.5, 'INF', 'cmd/rate/main.go:55', 'Read target port: 8084'),
  zl(min + 0.5, 'INF', 'cmd/rate/main.go:56', 'Read consul address: consul:8500'),
  zl(min + 0.5, 'INF', 'cmd/rate/main.go:57', 'Read jaeger address: jaeger:6831'),
  zl(min + 0.5, 'INF', 'cmd/rate/main.go:66', 'Initializing jaeger agent [service name: rate | host: jaeger:6831]...'),
  zl(min + 0.5, 'INF', 'tracing/tracer.go:26', 'Jaeger client: adjusted sample ratio 0.010000'),
  zl(min + 0.5, 'INF', 'cmd/rate/main.go:71', 'Jaeger agent initialized'),
  zl(min + 0.5, 'INF', 'cmd/rate/main.go:73', 'Initializing consul agent [host: consul:8500]...'),
  zl(min + 0.5, 'INF', 'cmd/rate/main.go:78', 'Consul agent initialized'),
  zl(min + 0.5, 'INF', 'cmd/rate/main.go:89', 'Starting server...'),
  zl(min + 0.5, 'INF', 'registry/registry.go:91', 'Trying to register service [ name: srv-rate, id: 6b1f0e2c-3d7a-4e59-a8c4-71d2f9b3e610, address: %PODIP%:8084 ]'),
  zl(min + 0.5, 'INF', 'services/rate/server.go:99', 'Successfully registered in consul'),
];
const selErr = (ip) =>
  `server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-rate:27017, Type: Unknown, Last error: dial tcp ${ip}:27017: connect: connection refused }, ] }`;
const ratePanic = (min, ids) => {
  const msg = `Tried to find hotelIds [${ids}], but got error: ${selErr('%SVCIP:mongodb-rate%')}`;
  return [
    zl(min, 'PNC', 'services/rate/server.go:181', msg),
    `panic: ${msg}`,
    '',
    'goroutine 2214 [running]:',
    'github.com/rs/zerolog.(*Logger).Panic.func1({0xc0004b2000?, 0x0?})',
    '\t/workspace/vendor/github.com/rs/zerolog/log.go:396 +0x27',
    'github.com/rs/zerolog.(*Event).msg(0xc00031e0c0, {0xc0004b2000, 0x1a4})',
    '\t/workspace/vendor/github.com/rs/zerolog/event.go:158 +0x2c2',
    'github.com/rs/zerolog.(*Event).Msgf(0xc00031e0c0, {0x10a3f2e?, 0x2?}, {0xc0005a3d58?, 0x1?, 0x1?})',
    '\t/workspace/vendor/github.com/rs/zerolog/event.go:129 +0x4e',
    'github.com/delimitrou/DeathStarBench/tree/master/hotelReservation/services/rate.(*Server).GetRates(0xc0001c8000, {0x12b8f50, 0xc0003a8e40}, 0xc0002d4f00)',
    '\t/workspace/services/rate/server.go:181 +0x9d4',
  ];
};

// mongod 4.4 structured log.
const mdate = (min) => T.isoMs(min).replace('Z', '+00:00');
const ml = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: mdate(min) }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });
const mongoRun = (min) => [
  ml(min, 'I', 'CONTROL', 23285, 'main', 'Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols \'none\''),
  ml(min, 'W', 'ASIO', 22601, 'main', 'No TransportLayer configured during NetworkInterface startup'),
  ml(min, 'I', 'NETWORK', 4648601, 'main', 'Implicit TCP FastOpen unavailable. If TCP FastOpen is required, set tcpFastOpenServer, tcpFastOpenClient, and tcpFastOpenQueueSize.'),
  ml(min, 'I', 'STORAGE', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host: '%POD%' }),
  ml(min, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: { version: '4.4.6', gitVersion: '72e66213c2c3eab37d9358d5e78ad7f5c1d0d0d7', openSSLVersion: 'OpenSSL 1.1.1f  31 Mar 2020', modules: [], allocator: 'tcmalloc', environment: { distmod: 'ubuntu2004', distarch: 'x86_64', target_arch: 'x86_64' } } }),
  ml(min, 'I', 'CONTROL', 21951, 'initandlisten', 'Options set by command line', { options: { net: { bindIp: '*' } } }),
  ml(min, 'W', 'STORAGE', 22271, 'initandlisten', 'Detected unclean shutdown - Lock file is not empty', { lockFile: '/data/db/mongod.lock' }),
  ml(min, 'I', 'STORAGE', 22270, 'initandlisten', 'Storage engine to use detected by data files', { dbpath: '/data/db', storageEngine: 'wiredTiger' }),
  ml(min, 'W', 'STORAGE', 22302, 'initandlisten', 'Recovering data from the last clean checkpoint.'),
  ml(min, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', { config: 'create,cache_size=7680M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000,close_scan_interval=10,close_handle_minimum=250),statistics_log=(wait=0),verbose=[recovery_progress,checkpoint_progress,compact_progress],' }),
  ml(min + 0.02, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: -31802, message: '[1787047621:512381][1:0x7f3c1b9d4c80], file:collection-7--2146213794512937716.wt, WT_CURSOR.search: __wt_block_read_off, 283: collection-7--2146213794512937716.wt: read checksum error for 32768B block at offset 118784: block header checksum of 0x9f3d5b21 doesn\'t match expected checksum of 0x4a1c07e6' }),
  ml(min + 0.02, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: 0, message: '[1787047621:512440][1:0x7f3c1b9d4c80], file:collection-7--2146213794512937716.wt, WT_CURSOR.search: __wt_bm_corrupt_dump, 135: {118784, 32768, 0x4a1c07e6}: (chunk 1 of 32): 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ' }),
  ml(min + 0.02, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: -31804, message: '[1787047621:512901][1:0x7f3c1b9d4c80], file:collection-7--2146213794512937716.wt, WT_CURSOR.search: __wt_block_read_off_blind, 291: the process must exit and restart: WT_PANIC: WiredTiger library panic' }),
  ml(min + 0.02, 'F', '-', 23089, 'initandlisten', 'Fatal assertion', { msgid: 50853, file: 'src/mongo/db/storage/wiredtiger/wiredtiger_util.cpp', line: 481 }),
  ml(min + 0.02, 'F', '-', 23090, 'initandlisten', '\n\n***aborting after fassert() failure\n\n'),
  ml(min + 0.02, 'F', 'CONTROL', 4757800, 'initandlisten', 'Writing fatal message', { message: 'Got signal: 6 (Aborted).\n' }),
];

// Pods of the rebooted node: containers restarted once by the kubelet after the reboot (exit 255, reason Unknown).
const afterReboot = (container) => ({
  [container]: cs.restartedRunning({
    restarts: 1, startedAt: T.iso(REBOOT + 2.6),
    last: { exitCode: 255, reason: 'Unknown', startedAt: T.iso(-60 * 24 * 11), finishedAt: T.iso(REBOOT) },
  }),
});

export const scenarios = [
  {
    folder: 's42b-mongodb-rate-wiredtiger-panic',
    description: 'hotel search returning 500s / empty results for a lot of date ranges since ~09:30, frontend team says nothing deployed',
    incidentTime: I,
    expected: { component: 'mongodb-rate', cause: 'crash-loop' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      delimitrou/DeathStarBench hotelReservation (helm chart at 6ecb097): mongodb-rate runs mongo:4.4.6 with --bind_ip_all
      and its data on the rate-pvc Azure disk; rate reads memcached-rate first and mongodb-rate on a miss, and
      services/rate/server.go calls log.Panic() when the Find fails, so a gRPC request panics the whole process (exit 2).
      The node holding mongodb-rate, rate and profile rebooted unexpectedly (Azure host maintenance / kernel panic,
      kubelet "Rebooted" event, containers re-created with exit 255 reason Unknown). Following public MongoDB forum and
      JIRA reports (SERVER-47963-style "read checksum error ... WT_PANIC: WiredTiger library panic", "Fatal assertion"
      msgid 50853, "aborting after fassert() failure", "Got signal: 6 (Aborted)") the unclean shutdown left a torn block in
      a collection file: mongod aborts at every start and the kubelet backs off (CrashLoopBackOff, exit 134). rate's
      previous log shows the mongo-driver server selection timeout with connection refused. Decoys: the other pods of
      the rebooted node restarted once and are healthy, node Rebooted/NodeNotReady/NodeReady events 41 minutes old.
    `,
    workloads: {
      'mongodb-rate': {
        pods: [{
          node: N2,
          containers: {
            'hotel-reserv-rate-mongo': cs.crashLoop({
              restarts: 11, exitCode: 134, reason: 'Error', startedAt: T.iso(-3.1), finishedAt: T.iso(-3.08),
              backoff: '5m0s', container: 'hotel-reserv-rate-mongo',
            }),
          },
        }],
        unavailableSince: REBOOT + 2.6,
      },
      rate: {
        pods: [{
          node: N2,
          containers: {
            'hotel-reserv-rate': cs.restartedRunning({
              restarts: 5, startedAt: T.iso(-6.2),
              last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-12.9), finishedAt: T.iso(-7.4) },
            }),
          },
        }],
      },
      profile: { pods: [{ node: N2, containers: afterReboot('hotel-reserv-profile') }] },
      'memcached-profile': { pods: [{ node: N2, containers: afterReboot('hotel-reserv-profile-mmc') }] },
      'memcached-rate': { pods: [{ node: N0 }] },
      search: { pods: [{ node: N1 }] },
      frontend: { pods: [{ node: N0 }, { node: N1 }] },
      user: { pods: [{ node: N1 }] },
      'mongodb-profile': { pods: [{ node: N0 }] },
      'mongodb-reservation': { pods: [{ node: N1 }] },
    },
    events: [
      { on: `node:${N2}`, type: 'Warning', reason: 'Rebooted', message: `Node ${N2} has been rebooted, boot id: 7c1e5a0f-2b94-4d63-8e1a-5f0b9c3d2e71`, first: REBOOT + 1.9, last: REBOOT + 1.9 },
      { on: `node:${N2}`, reason: 'NodeNotReady', source: 'node-controller', message: `Node ${N2} status is now: NodeNotReady`, first: REBOOT + 0.7, last: REBOOT + 0.7 },
      { on: `node:${N2}`, reason: 'Starting', message: 'Starting kubelet.', first: REBOOT + 1.9, last: REBOOT + 1.9 },
      { on: `node:${N2}`, reason: 'NodeReady', message: `Node ${N2} status is now: NodeReady`, first: REBOOT + 2.1, last: REBOOT + 2.1 },
      { on: 'pod:mongodb-rate#0', reason: 'Pulled', message: 'Container image "mongo:4.4.6" already present on machine', fieldPath: 'spec.containers{hotel-reserv-rate-mongo}', first: REBOOT + 2.4, last: -3.1, count: 12 },
      { on: 'pod:mongodb-rate#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-rate-mongo in pod %POD%_hotel-reservation(%PODUID%)', fieldPath: 'spec.containers{hotel-reserv-rate-mongo}', first: REBOOT + 3, last: -0.4, count: 176 },
      { on: 'pod:rate#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-rate in pod %POD%_hotel-reservation(%PODUID%)', fieldPath: 'spec.containers{hotel-reserv-rate}', first: -30, last: -7.3, count: 6 },
    ],
    logs: {
      'mongodb-rate#0/hotel-reserv-rate-mongo': mongoRun(-3.1),
      'mongodb-rate#0/hotel-reserv-rate-mongo/previous': mongoRun(-8.2),
      'rate#0/hotel-reserv-rate': rateBoot(-6.2),
      'rate#0/hotel-reserv-rate/previous': [...rateBoot(-12.9), ...ratePanic(-7.4, '[85 12 57 64 93 3 41 77]')],
    },
  },
];
