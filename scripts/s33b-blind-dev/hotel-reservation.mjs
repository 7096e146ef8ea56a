// Batch s33b (blind dev): one hotel-reservation incident on the session-3 system (scripts/s3-scenarios/hotel-reservation.mjs) —
// a rate-db refresh restored without indexes, then a cache flush: mongodb-rate pins its CPU limit on collection scans.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs } from '../s3-scenarios/hotel-reservation.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const IT = '2026-03-24T16:05:00Z';
const T = clock(IT);
const mongoDate = (min) => T.isoMs(min).replace('Z', '+00:00');
const mlog = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: mongoDate(min) }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;

const mongo = [
  mlog(-60 * 24 * 20, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
  mlog(-36.4, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '127.0.0.1:51822', connectionId: 4412, connectionCount: 9 }),
  mlog(-36.4, 'I', 'NETWORK', 51800, 'conn4412', 'client metadata', { remote: '127.0.0.1:51822', client: 'conn4412', doc: { driver: { name: 'mongo-go-driver', version: 'v1.12.1' }, os: { type: 'darwin', architecture: 'arm64' }, platform: 'go1.21.6', application: { name: 'mongorestore' } } }),
  mlog(-36.3, 'I', 'COMMAND', 518070, 'conn4412', 'CMD: drop', { namespace: 'rate-db.inventory' }),
  mlog(-36.3, 'I', 'STORAGE', 20320, 'conn4412', 'createCollection', { namespace: 'rate-db.inventory', uuidDisposition: 'generated', uuid: { uuid: { $uuid: '8e2f4c1a-7b3d-4a69-b05e-1c9d3f7a2e84' } }, options: {} }),
  mlog(-31.1, 'I', 'NETWORK', 22944, 'conn4412', 'Connection ended', { remote: '127.0.0.1:51822', connectionId: 4412, connectionCount: 8 }),
];
for (let m = -27.6, i = 0; m < -0.3; m += 0.55, i++) {
  const dur = Math.round(2100 + (m + 28) * 410 + (i % 4) * 170);
  mongo.push(mlog(m, 'I', 'COMMAND', 51803, `conn${4390 + (i % 8)}`, 'Slow query', {
    type: 'command', ns: 'rate-db.inventory',
    command: { find: 'inventory', filter: { hotelId: String(1 + ((i * 37) % 80)) }, lsid: { id: { $uuid: 'c4a1e9d2-5f3b-4e87-a2c6-9b0d7e1f3a58' } }, $db: 'rate-db' },
    planSummary: 'COLLSCAN', keysExamined: 0, docsExamined: 2412883, cursorExhausted: true, numYields: 2431 + (i % 9), nreturned: 28, queryHash: '5A4A8F1B', planCacheKey: '5A4A8F1B', reslen: 4193,
    locks: { ReplicationStateTransition: { acquireCount: { w: 2432 } }, Global: { acquireCount: { r: 2432 } }, Database: { acquireCount: { r: 2432 } }, Collection: { acquireCount: { r: 2432 } }, Mutex: { acquireCount: { r: 1 } } },
    storage: {}, protocol: 'op_msg', durationMillis: dur,
  }));
}

const front = [
  ...[-50, -44, -38, -33].map((m) => zl(m, 'INF', 'services/frontend/server.go:150', 'searchHandler [lat: 37.7867, lon: -122.4112, inDate: 2015-04-12, outDate: 2015-04-15]')),
];
for (let m = -22.5, i = 0; m < -0.3; m += 0.7, i++) {
  front.push(zl(m - 0.5, 'INF', 'services/frontend/server.go:150', `searchHandler [lat: 37.${7800 + (i % 9) * 11}, lon: -122.${4000 + (i % 7) * 13}, inDate: 2015-04-1${i % 9}, outDate: 2015-04-2${i % 9}]`));
  front.push(zl(m, 'ERR', 'services/frontend/server.go:180', 'SearchHandler Nearby error: rpc error: code = Canceled desc = context canceled'));
}

export const scenarios = [
  {
    folder: 's33b-mongodb-rate-collscan-cpu',
    split: 'dev',
    description: 'hotel search is crawling / timing out for users since ~15:40, frontend pods look fine',
    incidentTime: IT,
    expected: { component: 'mongodb-rate', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'cpu-starvation', 'time-expression', 'louder-dependents'],
    grounding: `
      Manifests: DeathStarBench hotelReservation kubernetes/helm (mongodb-rate mongo:4.4.6, limits 1000m/1Gi, PVC rate-pvc;
      memcached-rate memcached:1.6.22; rate reads rate-db.inventory by hotelId on a memcached miss and writes the result back).
      Deviation stated: this deployment loaded its real rate plans, about 2.4M inventory documents, not the 80-hotel seed.
      Fault, a common MongoDB operational incident: at ~15:29 an engineer refreshed rate-db from a laptop with mongorestore
      --drop --noIndexRestore through a port-forward (mongod 4.4 logs the 127.0.0.1 connection, the client metadata
      application "mongorestore", "CMD: drop" and "createCollection", and no index build), then, per the runbook, restarted
      memcached-rate (kubectl rollout restart, 15:36) to flush stale rates. With a cold cache every search misses and runs a
      find on hotelId with no index: mongod 4.4 "Slow query" lines with planSummary COLLSCAN, docsExamined 2412883, durations
      growing from 2 s to 13 s as queries queue on a CPU limit of one core. mongodb-rate stays Running and Ready (no probes), no
      Warning event; the frontend logs the gRPC "context canceled" errors when users and the gateway give up. Expected
      mongodb-rate resource-exhaustion (its CPU is exhausted by unindexed scans). The memcached-rate restart looks like the
      trigger and is part of the chain, but memcached is healthy.
    `,
    workloads: {
      'memcached-rate': { rollout: { at: -29.2, revision: 4 }, patch: { podAnnotations: { ...base.workloads.find((w) => w.name === 'memcached-rate').podAnnotations, 'kubectl.kubernetes.io/restartedAt': T.iso(-29.2).replace('Z', '+00:00') } } },
    },
    events: [
      { on: 'deploy:memcached-rate', reason: 'ScalingReplicaSet', message: 'Scaled up replica set memcached-rate-%NEW% to 1', first: -29.2 },
      { on: 'deploy:memcached-rate', reason: 'ScalingReplicaSet', message: 'Scaled down replica set memcached-rate-%OLD% to 0 from 1', first: -28.9 },
      { on: 'pod:memcached-rate#0', reason: 'Pulled', fieldPath: 'spec.containers{hotel-reserv-rate-mmc}', message: 'Container image "memcached:1.6.22" already present on machine', first: -29.1 },
      { on: 'pod:memcached-rate#0', reason: 'Created', fieldPath: 'spec.containers{hotel-reserv-rate-mmc}', message: 'Created container hotel-reserv-rate-mmc', first: -29.1 },
      { on: 'pod:memcached-rate#0', reason: 'Started', fieldPath: 'spec.containers{hotel-reserv-rate-mmc}', message: 'Started container hotel-reserv-rate-mmc', first: -29 },
    ],
    logs: {
      'mongodb-rate#0/hotel-reserv-rate-mongo': mongo,
      'frontend#0/hotel-reserv-frontend': front,
      'rate#0/hotel-reserv-rate': [
        zl(-60 * 24 * 6, 'INF', 'cmd/rate/main.go:42', 'Read database URL: mongodb-rate:27017'),
        zl(-60 * 24 * 6, 'INF', 'cmd/rate/main.go:43', 'Initializing DB connection...'),
        zl(-60 * 24 * 6, 'INF', 'cmd/rate/main.go:47', 'Successfull'),
        zl(-60 * 24 * 6, 'INF', 'cmd/rate/main.go:49', 'Read profile memcashed address: memcached-rate:11211'),
        zl(-60 * 24 * 6, 'INF', 'cmd/rate/main.go:86', 'Starting server...'),
      ],
    },
  },
];
