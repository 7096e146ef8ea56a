// Blind dev batch s119b, hotel-reservation: one dependency-down scenario (mongodb-reservation, converted to a
// one-member replica set, recreated with a new pod IP and left REMOVED from its own replica set config).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';
export { system, defaultPvcs };

const I = '2026-05-19T09:42:00Z';
const T = clock(I);
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const ml = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: T.isoMs(min).replace('Z', '+00:00') }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });
const OLDIP = '10.244.2.57';
const sel = (n) => `server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-reservation:27017, Type: RSGhost, Average RTT: ${n}µs }, ] }`;

const mongoLog = [
  ml(-26.2, 'I', 'CONTROL', 23285, 'main', 'Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols \'none\''),
  ml(-26.2, 'I', 'CONTROL', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host: 'mongodb-reservation-%HOST%' }),
  ml(-26.2, 'I', 'CONTROL', 21951, 'initandlisten', 'Options set by command line', { options: { net: { bindIp: '*' }, replication: { replSet: 'rs0' } } }),
  ml(-26.1, 'I', 'STORAGE', 22270, 'initandlisten', 'Storage engine to use detected by data files', { dbpath: '/data/db', storageEngine: 'wiredTiger' }),
  ml(-26.0, 'I', 'REPL', 21529, 'initandlisten', 'Initializing rollback ID', { rbid: 3 }),
  ml(-25.9, 'I', 'REPL', 4280500, 'initandlisten', 'Attempting to create internal replication collections'),
  ml(-25.9, 'I', 'NETWORK', 23015, 'listener', 'Listening on', { address: '0.0.0.0' }),
  ml(-25.9, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
  ml(-25.9, 'I', 'REPL', 21311, 'ReplCoord-0', 'Did not find local initialized voted for document at startup'),
  ml(-25.9, 'W', 'REPL', 21405, 'ReplCoord-0', `Locally stored replica set configuration does not have a valid entry for the current node; waiting for reconfig or remote heartbeat`, { error: { code: 74, codeName: 'NodeNotFound', errmsg: `No host described in new configuration with {version: 1, term: 4} for replica set rs0 maps to this node` }, localConfig: { _id: 'rs0', version: 1, term: 4, members: [{ _id: 0, host: `${OLDIP}:27017`, arbiterOnly: false, buildIndexes: true, hidden: false, priority: 1, votes: 1 }] } }),
  ml(-25.9, 'I', 'REPL', 21358, 'ReplCoord-0', 'Replica set state transition', { newState: 'REMOVED', oldState: 'STARTUP' }),
  ...Array.from({ length: 14 }, (_, i) => [
    ml(-24 + i * 1.6, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: `%IPOF:reservation#0%:${41200 + i * 3}`, connectionId: 20 + i, connectionCount: 3 }),
    ml(-24 + i * 1.6 + 0.01, 'I', 'NETWORK', 51800, `conn${20 + i}`, 'client metadata', { remote: `%IPOF:reservation#0%:${41200 + i * 3}`, client: `conn${20 + i}`, doc: { driver: { name: 'mongo-go-driver', version: 'v1.11.4' }, os: { type: 'linux', architecture: 'amd64' }, platform: 'go1.21.13' } }),
  ]).flat(),
  ml(-3.1, 'I', 'REPL', 21405, 'ReplCoord-0', 'Locally stored replica set configuration does not have a valid entry for the current node; waiting for reconfig or remote heartbeat', { error: { code: 74, codeName: 'NodeNotFound' } }),
];

export const scenarios = [
  {
    folder: 's119b-mongo-reservation-removed-from-own-rs',
    incidentTime: I,
    description: 'hotel search + booking both spinning then erroring since ~09:15, mongo-reservation pod is green, resrvation svc logs full of timeouts',
    expected: { component: 'mongodb-reservation', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'mongodb-reservation', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'typo', 'time-expression', 'decoy'],
    grounding: `
      Follows the MongoDB-on-Kubernetes report pattern where a replica set initiated with the pod IP as member host
      (rs.initiate() with no members list takes the host it sees) loses its member after the pod is recreated with a
      new IP: mongod logs "Locally stored replica set configuration does not have a valid entry for the current node"
      (NodeNotFound) and moves to REMOVED; it keeps accepting connections, so a TCP check or the Ready condition stays
      green, but no node is primary or secondary and mongo-go-driver reports the server as RSGhost and times out
      selection. Deviation from upstream (DeathStarBench hotelReservation helm chart, mongo:4.4.6 with --bind_ip_all):
      the team added --replSet rs0 to mongodb-reservation for change streams; its pod (PVC reservation-pvc) was
      deleted and recreated by its ReplicaSet this morning during node maintenance, with a new pod IP; the pod template is unchanged. Callers: reservation is
      loud (server selection timeouts), frontend returns 500 on /hotels and /reservation (search calls
      CheckAvailability). Decoy: a benign memcached-reserve restart three days ago left an old terminated state.`,
    workloads: {
      'mongodb-reservation': {
        containers: { 'hotel-reserv-reservation-mongo': { args: ['--bind_ip_all', '--replSet', 'rs0'] } },
        pods: [{ node: 'aks-nodepool1-27419563-vmss000000', created: T.iso(-27) }],
      },
      'memcached-reserve': {
        pods: [{ containers: { 'hotel-reserv-reservation-mmc': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'rs:mongodb-reservation', reason: 'SuccessfulCreate', message: 'Created pod: mongodb-reservation-%RS%', first: -27 },
      { on: 'pod:mongodb-reservation#0', reason: 'Scheduled', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', source: 'default-scheduler', first: -26.9 },
      { on: 'pod:mongodb-reservation#0', reason: 'SuccessfulAttachVolume', message: 'AttachVolume.Attach succeeded for volume "pvc-5a6e1c48-6b2e-4f1a-9c3d-812400031676"', source: 'attachdetach-controller', first: -26.6 },
      { on: 'pod:mongodb-reservation#0', reason: 'Pulled', message: 'Container image "mongo:4.4.6" already present on machine', first: -26.3, fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}' },
      { on: 'pod:mongodb-reservation#0', reason: 'Created', message: 'Created container hotel-reserv-reservation-mongo', first: -26.3, fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}' },
      { on: 'pod:mongodb-reservation#0', reason: 'Started', message: 'Started container hotel-reserv-reservation-mongo', first: -26.2, fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}' },
    ],
    logs: {
      'mongodb-reservation#0/hotel-reserv-reservation-mongo': mongoLog.map((l) => l.replace('%HOST%', '')),
      'reservation#0/hotel-reserv-reservation': [
        zl(-60 * 24 * 9, 'INF', 'cmd/reservation/main.go:38', 'Read database URL: mongodb-reservation:27017'),
        zl(-60 * 24 * 9, 'INF', 'cmd/reservation/db.go:30', 'New session successfull...'),
        zl(-60 * 24 * 9, 'INF', 'cmd/reservation/main.go:102', 'Successfull registered service in consul'),
        ...Array.from({ length: 16 }, (_, i) => zl(-24 + i * 1.4, 'ERR', 'services/reservation/server.go:198', `Tried to find reservation for hotelId [${['1', '5', '12', '27', '44', '3'][i % 6]}] from date [2015-04-${String(9 + (i % 5)).padStart(2, '0')}], but got error: ${sel(580 + i * 7)}`)),
      ],
      'frontend#0/hotel-reserv-frontend': [
        zl(-60 * 24 * 9, 'INF', 'cmd/frontend/main.go:82', 'Starting server...'),
        ...Array.from({ length: 12 }, (_, i) => zl(-23.5 + i * 1.8, 'ERR', 'services/frontend/server.go:236', `SearchHandler CheckAvailability failed: rpc error: code = Unknown desc = ${sel(590 + i * 5)}`)),
        zl(-9.2, 'ERR', 'services/frontend/server.go:452', `ReservationHandler MakeReservation failed: rpc error: code = Unknown desc = ${sel(602)}`),
      ],
      'frontend#1/hotel-reserv-frontend': [
        zl(-60 * 24 * 9, 'INF', 'cmd/frontend/main.go:82', 'Starting server...'),
        ...Array.from({ length: 10 }, (_, i) => zl(-22.8 + i * 2, 'ERR', 'services/frontend/server.go:236', `SearchHandler CheckAvailability failed: rpc error: code = Unknown desc = ${sel(575 + i * 9)}`)),
      ],
      'search#0/hotel-reserv-search': [
        zl(-60 * 24 * 9, 'INF', 'cmd/search/main.go:94', 'Starting server...'),
        zl(-12, 'INF', 'services/search/server.go:105', 'nearby lat = 37.7879, lon = -122.4075'),
      ],
      'memcached-reserve#0/hotel-reserv-reservation-mmc': ['memcached 1.6.22 starting, 2 threads, 128 MB'],
    },
  },
];
