// s50a held-out scenario for hotel-reservation (split: test), written blind: the session-3 system definition and one incident.
// Built by scripts/s50a-build.mjs with the kit (scripts/s2-scenario-kit.mjs); `post` writes the mongodb Deployments' Recreate strategy.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs } from '../s3-scenarios/hotel-reservation.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const T = clock('2026-10-06T09:41:00Z');
// zerolog ConsoleWriter with colours, as the hotelReservation binaries print it.
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const mdate = (min) => T.isoMs(min).replace('Z', '+00:00');
const ml = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: mdate(min) }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });
const wtTs = (min) => `${Math.floor(Date.parse(T.isoMs(min)) / 1000)}:${String(Math.round(min * 7919) % 999999).replace('-', '')}`;

const MONGO = 'hotel-reserv-reservation-mongo';
const mongoStart = (at) => [
  ml(at, 'I', 'CONTROL', 23285, 'main', "Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols 'none'"),
  ml(at, 'W', 'ASIO', 22601, 'main', 'No TransportLayer configured during NetworkInterface startup'),
  ml(at, 'I', 'NETWORK', 4648601, 'main', 'Implicit TCP FastOpen unavailable. If TCP FastOpen is required, set tcpFastOpenServer, tcpFastOpenClient, and tcpFastOpenQueueSize.'),
  ml(at + 0.001, 'I', 'STORAGE', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host: '%POD%' }),
  ml(at + 0.001, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: { version: '4.4.6', gitVersion: '72e66213c2c3eab37d9358d5e78ad7f5c1d0d0d7', openSSLVersion: 'OpenSSL 1.1.1f  31 Mar 2020', modules: [], allocator: 'tcmalloc', environment: { distmod: 'ubuntu2004', distarch: 'x86_64', target_arch: 'x86_64' } } }),
  ml(at + 0.001, 'I', 'CONTROL', 51765, 'initandlisten', 'Operating System', { os: { name: 'Ubuntu', version: '20.04' } }),
  ml(at + 0.001, 'I', 'CONTROL', 21951, 'initandlisten', 'Options set by command line', { options: { net: { bindIp: '*' } } }),
  ml(at + 0.002, 'I', 'STORAGE', 22270, 'initandlisten', 'Storage engine to use detected by data files', { dbpath: '/data/db', storageEngine: 'wiredTiger' }),
  ml(at + 0.002, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', { config: 'create,cache_size=256M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000,close_scan_interval=10,close_handle_minimum=250),statistics_log=(wait=0),verbose=[recovery_progress,checkpoint_progress,compact_progress],' }),
  ml(at + 0.012, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: 28, message: `[${wtTs(at + 0.012)}][1:0x7f5e3c9a1cc0], connection: __posix_file_write, 617: /data/db/journal/WiredTigerTmplog.0000000001: handle-write: pwrite: failed to write 131072 bytes at offset 0: No space left on device` }),
  ml(at + 0.012, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: 28, message: `[${wtTs(at + 0.012)}][1:0x7f5e3c9a1cc0], connection: __log_prealloc, 143: journal/WiredTigerTmplog.0000000001: log pre-allocation failed: No space left on device` }),
  ml(at + 0.012, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: -31804, message: `[${wtTs(at + 0.012)}][1:0x7f5e3c9a1cc0], connection: __wt_panic, 490: the process must exit and restart: WT_PANIC: WiredTiger library panic` }),
  ml(at + 0.012, 'F', '-', 23089, 'initandlisten', 'Fatal assertion', { msgid: 50853, file: 'src/mongo/db/storage/wiredtiger/wiredtiger_util.cpp', line: 481 }),
  ml(at + 0.012, 'F', '-', 23090, 'initandlisten', '\n\n***aborting after fassert() failure\n\n'),
  ml(at + 0.013, 'F', 'CONTROL', 4757800, 'initandlisten', 'Writing fatal message', { message: 'Got signal: 6 (Aborted).\n' }),
];

const srvErr = (addr) =>
  `server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-reservation:27017, Type: Unknown, Last error: connection() error occured during connection handshake: dial tcp ${addr}:27017: connect: connection refused }, ] }`;
const reservationLogs = () => {
  const out = [
    zl(-60 * 24 * 4, 'INF', 'cmd/reservation/main.go:46', 'Read database URL: mongodb-reservation:27017'),
    zl(-60 * 24 * 4, 'INF', 'cmd/reservation/main.go:47', 'Initializing DB connection...'),
    zl(-60 * 24 * 4, 'INF', 'cmd/reservation/main.go:49', 'Successfull'),
    zl(-60 * 24 * 4, 'INF', 'cmd/reservation/main.go:96', 'Starting server...'),
  ];
  const ms = [-20.6, -19.8, -18.9, -17.4, -16.2, -15.5, -13.9, -12.8, -11.1, -10.3, -9.4, -7.7, -6.2, -5.1, -3.6, -2.4, -1.3, -0.4];
  ms.forEach((m, i) => {
    if (i % 3 === 0)
      out.push(zl(m, 'ERR', 'services/reservation/server.go:93', `Tried to find hotelId [${(i * 7) % 80 + 1}] from date [2015-04-${10 + (i % 9)}] to date [2015-04-${11 + (i % 9)}], but got error: ${srvErr('%SVCIP:mongodb-reservation%')}`));
    else
      out.push(zl(m, 'ERR', 'services/reservation/server.go:243', `Tried to find hotelId [${(i * 11) % 80 + 1}] from date [2015-04-${9 + (i % 9)}] to date [2015-04-${10 + (i % 9)}], but got error: ${srvErr('%SVCIP:mongodb-reservation%')}`));
  });
  return out;
};

export const scenarios = [
  {
    folder: 's50a-reservation-mongo-volume-full',
    split: 'test',
    description: 'hotel site: booking a room fails with an error since ~09:20, search still works',
    incidentTime: '2026-10-06T09:41:00Z',
    expected: { component: 'mongodb-reservation', cause: 'resource-exhaustion' },
    alsoAcceptable: [
      { component: 'mongodb-reservation', cause: 'storage-unavailable' },
      { component: 'mongodb-reservation', cause: 'crash-loop' },
    ],
    difficulty: 'medium',
    traits: ['time-expression', 'decoy'],
    grounding: `
      DeathStarBench hotelReservation helm chart: mongodb-reservation (mongo:4.4.6, --bind_ip_all, limits 1 CPU / 1Gi) keeps
      /data/db on the 1Gi PVC reservation-pvc (managed-csi Azure disk). Months of wrk2 "reserve" load fill the reservation
      collection plus its indexes and the WiredTiger journal (3 x 100 MB preallocated log files) until the disk is full; at
      09:19 mongod hit ENOSPC on a journal write, WiredTiger panicked (WT_PANIC, fassert 50853, "Got signal: 6 (Aborted)"),
      and every restart dies the same way while preallocating the journal: CrashLoopBackOff, exit 134, seven restarts. The
      log lines are mongod 4.4's structured JSON (ids 22435, 23089, 23090, 4757800 and the WiredTiger
      "__posix_file_write ... pwrite ... No space left on device" text as public mongo JIRA and forum reports show it).
      The reservation service (mongo-go-driver) logs server-selection errors with "connection refused" on the Service
      address since the pod is not Ready; search and recommendation keep working, only reserve/availability fail.
      Decoy: jaeger OOMKilled two days ago. A careful engineer names the full volume of mongodb-reservation
      (resource-exhaustion: disk space); storage-unavailable and crash-loop on the same component are also accepted.`,
    workloads: {
      'mongodb-reservation': {
        pods: [{
          containers: {
            [MONGO]: cs.crashLoop({ restarts: 7, exitCode: 134, reason: 'Error', startedAt: T.iso(-3.3), finishedAt: T.iso(-3.3), container: MONGO }),
          },
          readyTransition: T.iso(-21.9),
        }],
        endpointsChanged: -21.9,
        unavailableSince: -21.9,
      },
      jaeger: {
        pods: [{ containers: { 'hotel-reserv-jaeger': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 49), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 49 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'pod:mongodb-reservation#0', reason: 'Pulled', message: 'Container image "mongo:4.4.6" already present on machine', first: -21.5, last: -3.4, count: 7, fieldPath: `spec.containers{${MONGO}}` },
      { on: 'pod:mongodb-reservation#0', reason: 'Created', message: `Created container ${MONGO}`, first: -21.5, last: -3.4, count: 7, fieldPath: `spec.containers{${MONGO}}` },
      { on: 'pod:mongodb-reservation#0', reason: 'Started', message: `Started container ${MONGO}`, first: -21.4, last: -3.3, count: 7, fieldPath: `spec.containers{${MONGO}}` },
      { on: 'pod:mongodb-reservation#0', reason: 'BackOff', type: 'Warning', message: `Back-off restarting failed container ${MONGO} in pod %POD%_hotel-reservation(%PODUID%)`, first: -21.2, last: -0.6, count: 88, fieldPath: `spec.containers{${MONGO}}` },
    ],
    logs: {
      'mongodb-reservation#0/hotel-reserv-reservation-mongo/previous': mongoStart(-3.3),
      'reservation#0/hotel-reserv-reservation': reservationLogs(),
      'search#0/hotel-reserv-search': [
        zl(-60 * 24 * 4, 'INF', 'cmd/search/main.go:64', 'Starting server...'),
        zl(-12.3, 'INF', 'services/search/server.go:118', 'nearby lat = 37.7835, lon = -122.4156'),
        zl(-4.9, 'INF', 'services/search/server.go:118', 'nearby lat = 37.7867, lon = -122.4112'),
      ],
    },
  },
];

// kompose-generated mongodb Deployments use the Recreate strategy (one RWO disk each).
export const post = {
  's50a-reservation-mongo-volume-full': (dir) => {
    const f = join(dir, 'deployments.json');
    const list = JSON.parse(readFileSync(f, 'utf8'));
    for (const d of list.items) if (d.metadata.name.startsWith('mongodb-')) d.spec.strategy = { type: 'Recreate' };
    writeFileSync(f, JSON.stringify(list, null, 2) + '\n');
  },
};
