// Blind dev scenario s27b for DeathStarBench hotelReservation (kit spec, split dev): mongodb-reservation's 1Gi
// Azure disk fills up, mongod panics and then cannot start again, reservation and the frontend's searches fail.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs } from '../s3-scenarios/hotel-reservation.mjs';

export const system = base;
export const defaultPvcs = pvcs;

// zerolog ConsoleWriter with colours, as the image's services print it (SOURCES.md).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', FTL: '\x1b[1m\x1b[31mFTL\x1b[0m\x1b[0m' };
const zl = (T, min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
// mongod 4.4 structured log lines.
const mdate = (T, min) => T.isoMs(min).replace('Z', '+00:00');
const ml = (T, min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: mdate(T, min) }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });

const T1 = clock('2026-03-17T09:42:00Z');
const MPOD = 'mongodb-reservation#0';

// One failed start of mongod on a full /data/db (4.4.6: WiredTiger cannot write its log files, fassert 28595, exit 14).
const mongoStart = (T, t0, pid = 1) => [
  ml(T, t0, 'I', 'CONTROL', 23285, 'main', "Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols 'none'"),
  ml(T, t0 + 0.0005, 'W', 'ASIO', 22601, 'main', 'No TransportLayer configured during NetworkInterface startup'),
  ml(T, t0 + 0.001, 'I', 'NETWORK', 4648601, 'main', 'Implicit TCP FastOpen unavailable. If TCP FastOpen is required, set tcpFastOpenServer, tcpFastOpenClient, and tcpFastOpenQueueSize.'),
  ml(T, t0 + 0.0015, 'I', 'STORAGE', 4615611, 'initandlisten', 'MongoDB starting', { pid, port: 27017, dbPath: '/data/db', architecture: '64-bit', host: '%POD%' }),
  ml(T, t0 + 0.0016, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: { version: '4.4.6', gitVersion: '72e66213c2c3eab37d9358d5e78ad7f5c1d0d0d7', openSSLVersion: 'OpenSSL 1.1.1f  31 Mar 2020', modules: [], allocator: 'tcmalloc', environment: { distmod: 'ubuntu2004', distarch: 'x86_64', target_arch: 'x86_64' } } }),
  ml(T, t0 + 0.0017, 'I', 'CONTROL', 51765, 'initandlisten', 'Operating System', { os: { name: 'Ubuntu', version: '20.04' } }),
  ml(T, t0 + 0.0018, 'I', 'CONTROL', 21951, 'initandlisten', 'Options set by command line', { options: { net: { bindIp: '*' } } }),
  ml(T, t0 + 0.003, 'I', 'STORAGE', 22270, 'initandlisten', 'Storage engine to use detected by data files', { dbpath: '/data/db', storageEngine: 'wiredTiger' }),
  ml(T, t0 + 0.0031, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', { config: 'create,cache_size=7680M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000,close_scan_interval=10,close_handle_minimum=250),statistics_log=(wait=0),verbose=[recovery_progress,checkpoint_progress,compact_progress],' }),
  ml(T, t0 + 0.012, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: 28, message: `[${Math.floor(Date.parse(T.isoMs(t0 + 0.012)) / 1000)}:412907][${pid}:0x7f3b6c5e1c80], connection: __posix_file_write, 633: /data/db/journal/WiredTigerTmplog.0000000001: handle-write: pwrite: failed to write 128 bytes at offset 0: No space left on device` }),
  ml(T, t0 + 0.0121, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: 28, message: `[${Math.floor(Date.parse(T.isoMs(t0 + 0.0121)) / 1000)}:413166][${pid}:0x7f3b6c5e1c80], connection: __log_file_server_init, 1502: log file server initialization failed: No space left on device` }),
  ml(T, t0 + 0.0125, 'W', 'STORAGE', 22347, 'initandlisten', 'Failed to start up WiredTiger under any compatibility version. This may be due to an unsupported upgrade or downgrade.'),
  ml(T, t0 + 0.0126, 'F', 'STORAGE', 28595, 'initandlisten', 'Terminating.', { reason: '28: No space left on device' }),
  ml(T, t0 + 0.0127, 'F', '-', 23091, 'initandlisten', 'Fatal assertion', { msgid: 28595, file: 'src/mongo/db/storage/wiredtiger/wiredtiger_kv_engine.cpp', line: 954 }),
  ml(T, t0 + 0.0128, 'F', '-', 23092, 'initandlisten', '\n\n***aborting after fassert() failure\n\n'),
];

// reservation's start: reads config, registers nothing yet, dials Mongo and log.Fatal()s on "no reachable servers" (exit 1).
const reservationStart = (T, t0) => [
  zl(T, t0, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(T, t0, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(T, t0, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(T, t0, 'INF', 'cmd/reservation/main.go:23', 'Reading config...'),
  zl(T, t0, 'INF', 'cmd/reservation/main.go:38', 'Read database URL: mongodb-reservation:27017'),
  zl(T, t0, 'INF', 'cmd/reservation/main.go:39', 'Initializing DB connection...'),
  zl(T, t0 + 0.17, 'FTL', 'cmd/reservation/db.go:25', 'no reachable servers'),
];

const fe = (T, min, lvl, msg) => zl(T, min, lvl, 'services/frontend/server.go:' + (lvl === 'ERR' ? '232' : '131'), msg);
const feLog = (T, pod) => {
  const out = [zl(T, -60 * 24 * 9 + 0.4, 'INF', 'cmd/frontend/main.go:49', 'Starting server...')];
  for (let m = -40; m < -24; m += 1.7) out.push(fe(T, m + pod * 0.3, 'INF', `SearchHandler [lat: 37.${(7810 + pod * 13 + Math.round(m * -3)) % 9999}, lon: -122.${(4120 + Math.round(m * -7)) % 9999}, inDate: 2015-04-${10 + (Math.round(-m) % 9)}, outDate: 2015-04-${20 + (Math.round(-m) % 8)}]`));
  const reserved = `rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:reservation#0%:8087: connect: connection refused"`;
  for (let m = -23.6; m < -0.2; m += 0.45) {
    out.push(fe(T, m + pod * 0.11, 'INF', `SearchHandler [lat: 37.${(7690 + Math.round(-m * 31)) % 9999}, lon: -122.${(4030 + Math.round(-m * 17)) % 9999}, inDate: 2015-04-1${Math.round(-m) % 9}, outDate: 2015-04-2${Math.round(-m) % 8}]`));
    out.push(zl(T, m + pod * 0.11 + 0.001, 'ERR', 'services/frontend/server.go:262', `SearchHandler CheckAvailability failed: ${m < -22.9 ? 'rpc error: code = Unavailable desc = error reading from server: EOF' : reserved}`));
    if (Math.round(m * 10) % 4 === 0) out.push(zl(T, m + pod * 0.11 + 0.12, 'ERR', 'services/frontend/server.go:481', `reservationHandler MakeReservation failed: ${reserved}`));
  }
  return out;
};

export const scenarios = [
  {
    folder: 's27b-reservation-mongo-disk-full',
    incidentTime: '2026-03-17T09:42:00Z',
    description: 'hotel search giving 500s since about 9:20, bookings failing too',
    expected: { component: 'mongodb-reservation', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'mongodb-reservation', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      DeathStarBench hotelReservation as the helm chart deploys it (SOURCES.md): mongodb-reservation runs mongo:4.4.6 with /data/db
      on the 1Gi PVC reservation-pvc (managed-csi), the size the chart gives every database. The wrk2 load that runs against the
      system books a room with every reservation request, so the reservation collection, its indexes and the WiredTiger journal
      grow until the Azure disk is full. At about 09:18 WiredTiger's checkpoint write fails with ENOSPC and panics (WT_PANIC,
      abort); every restart then fails at "Opening WiredTiger" because the journal's temporary log file cannot be written:
      "No space left on device", "Failed to start up WiredTiger under any compatibility version", fatal assertion 28595, exit
      code 14 (the fassert-without-trace exit), CrashLoopBackOff with the kubelet back-off at its 5 minute cap. The cache size
      7680M is what 4.4.6 computes from the 16 GiB host, because it does not read the cgroup-v2 limit. Nothing in the
      Kubernetes API says the disk is full (no kubelet volume-stats event for a CSI volume): the claim is Bound and mounted.
      reservation's CheckAvailability panics on the first Mongo error after a memcached-reserve miss ("Tried to find hotelId
      ... but got error", exit 2, SOURCES.md) and then log.Fatal()s at start on mgo's "no reachable servers" (exit 1), so it
      crash-loops as loudly as the database; the frontend logs "SearchHandler CheckAvailability failed" on every search and
      MakeReservation failures, first with the stream cut by reservation's panic, then connection refused on reservation's pod
      address from consul. A careful engineer reads mongod's own log: the disk is full (resource-exhaustion on
      mongodb-reservation; its crash-loop is also accepted). Decoy: memcached-rate was OOM-killed three days earlier and has
      run cleanly since.`,
    workloads: {
      'mongodb-reservation': {
        pods: [{
          containers: {
            'hotel-reserv-reservation-mongo': cs.crashLoop({
              restarts: 8, exitCode: 14, startedAt: T1.iso(-3.8), finishedAt: T1.iso(-3.79), container: 'hotel-reserv-reservation-mongo',
            }),
          },
          readyTransition: T1.iso(-24),
        }],
      },
      reservation: {
        pods: [{
          containers: {
            'hotel-reserv-reservation': cs.crashLoop({
              restarts: 7, exitCode: 1, startedAt: T1.iso(-2.6), finishedAt: T1.iso(-2.43), container: 'hotel-reserv-reservation',
            }),
          },
          readyTransition: T1.iso(-23.9),
        }],
      },
      'memcached-rate': {
        pods: [{
          containers: {
            'hotel-reserv-rate-mmc': cs.restartedRunning({
              restarts: 1, startedAt: T1.iso(-60 * 24 * 3),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 24 * 3 - 0.1) },
            }),
          },
        }],
      },
    },
    events: [
      { on: `pod:${MPOD}`, reason: 'Pulled', message: 'Container image "mongo:4.4.6" already present on machine', first: -23.9, last: -3.8, count: 9, fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}' },
      { on: `pod:${MPOD}`, reason: 'Created', message: 'Created container hotel-reserv-reservation-mongo', first: -23.9, last: -3.8, count: 9, fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}' },
      { on: `pod:${MPOD}`, reason: 'Started', message: 'Started container hotel-reserv-reservation-mongo', first: -23.9, last: -3.8, count: 9, fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}' },
      { on: `pod:${MPOD}`, reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-reservation-mongo in pod %POD%_hotel-reservation(%PODUID%)', first: -23.7, last: -0.4, count: 104, fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}' },
      { on: 'pod:reservation#0', reason: 'Pulled', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', first: -23.8, last: -2.6, count: 8, fieldPath: 'spec.containers{hotel-reserv-reservation}' },
      { on: 'pod:reservation#0', reason: 'Started', message: 'Started container hotel-reserv-reservation', first: -23.8, last: -2.6, count: 8, fieldPath: 'spec.containers{hotel-reserv-reservation}' },
      { on: 'pod:reservation#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-reservation in pod %POD%_hotel-reservation(%PODUID%)', first: -23.5, last: -0.2, count: 97, fieldPath: 'spec.containers{hotel-reserv-reservation}' },
    ],
    logs: {
      [`${MPOD}/hotel-reserv-reservation-mongo`]: mongoStart(T1, -3.8),
      [`${MPOD}/hotel-reserv-reservation-mongo/previous`]: mongoStart(T1, -8.8),
      'reservation#0/hotel-reserv-reservation': reservationStart(T1, -2.6),
      'reservation#0/hotel-reserv-reservation/previous': reservationStart(T1, -7.6),
      'frontend#0/hotel-reserv-frontend': feLog(T1, 0),
      'frontend#1/hotel-reserv-frontend': feLog(T1, 1),
      'search#0/hotel-reserv-search': [
        zl(T1, -60 * 24 * 9 + 0.4, 'INF', 'cmd/search/main.go:71', 'Starting server...'),
        ...Array.from({ length: 10 }, (_, i) => zl(T1, -38 + i * 3.7, 'INF', 'services/search/server.go:133', 'SearchHandler Nearby: 5 hotels found, 5 have rates')),
      ],
    },
  },
];
