// Batch s37a (blind dev): one hotel-reservation incident, written without reading the engine, the rules or other scenarios.
// DiskPressure on one AKS node evicts its pods; the zonal Azure Disks of mongodb-rate and mongodb-user cannot follow them.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const T = clock('2026-06-03T19:47:00Z');
const N0 = 'aks-nodepool1-27419563-vmss000000';
const N1 = 'aks-nodepool1-27419563-vmss000001';
const N2 = 'aks-nodepool1-27419563-vmss000002';

// zerolog ConsoleWriter as the services print it (colours on, so kubectl logs keep the ANSI escapes)
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', FTL: '\x1b[1m\x1b[31mFTL\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const boot = (min, svc) => [
  zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(min, 'INF', `cmd/${svc}/main.go:23`, 'Reading config...'),
];
const SEL = (db, ip) =>
  `server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: ${db}:27017, Type: Unknown, Last error: dial tcp ${ip}:27017: connect: connection refused }, ] }`;
const EVICT = (container, kib) =>
  `The node was low on resource: ephemeral-storage. Threshold quantity: 10386530304, available: ${kib}Ki. Container ${container} was using ${Math.floor(kib / 90000)}Ki, request is 0, has larger consumption of ephemeral-storage. `;
const NOFIT =
  '0/3 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/disk-pressure: }, 2 node(s) had volume node affinity conflict. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.';
const ev = (at, container, kib) => ({ evicted: EVICT(container, kib), node: N0, ev: at });
const rateRefused = `rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:rate#1%:8084: connect: connection refused"`;

export const scenarios = [
  {
    folder: 's37a-node-diskpressure-zonal-mongo',
    incidentTime: '2026-06-03T19:47:00Z',
    description: 'hotel search broken, /hotels gives 500 since ~19:25. rate looks like it is crashlooping?',
    expected: { component: 'mongodb-rate', cause: 'node-pressure', node: N0 },
    alsoAcceptable: [{ component: 'mongodb-rate', cause: 'unschedulable' }],
    difficulty: 'hard',
    traits: ['node-level', 'louder-dependents', 'time-expression'],
    grounding: `
      Manifests: DeathStarBench hotelReservation kubernetes/ (6ecb097) as the system's SOURCES.md describes it on AKS: mongodb-rate
      and mongodb-user (mongo:4.4.6) keep /data/db on PVCs rate-pvc and user-pvc, here Azure Disks (managed-csi), which are zonal
      (eastus2-1, the zone of ${N0} only); the three nodes sit in three zones. rate reads RateMongoAddress mongodb-rate:27017 and
      at start inserts its test data, log.Fatal-ing on a Mongo error (cmd/rate/db.go, mongo-go-driver server selection timeout
      30 s); search calls rate through consul (srv-rate), the frontend calls search.
      Fault: the OS disk of ${N0} fills from outside this namespace (a capture left running by a debug pod on a hostPath, not in the
      snapshot); the kubelet reports DiskPressure, taints the node node.kubernetes.io/disk-pressure:NoSchedule, fails to free
      enough by image GC (FreeDiskSpaceFailed "Attempted to free … bytes, but only found … bytes eligible to free") and evicts
      the node's pods one per housekeeping pass ("The node was low on resource: ephemeral-storage. Threshold quantity: …", the
      kubelet's eviction text; AKS' default hard threshold nodefs.available<10%). Stateless replacements (frontend, search, rate,
      reservation, memcached-reserve) land on the other nodes; mongodb-rate's and mongodb-user's replacements stay Pending:
      "1 node(s) had untolerated taint {node.kubernetes.io/disk-pressure: }, 2 node(s) had volume node affinity conflict" (the
      classic zonal-disk-after-eviction trap of AKS/EKS/GKE). The new rate pod cannot reach mongodb-rate (empty Endpoints,
      connection refused on its ClusterIP), log.Fatal-s after the 30 s server selection timeout and crash-loops (exit 1), so
      search's GetRates calls fail and the frontend's /hotels answers 500. user keeps serving from the users it loaded at start.
      A careful engineer names the node's disk pressure; the Pending mongodb-rate is the direct reason the outage lasts.
    `,
    nodes: {
      [N0]: {
        taints: [{ key: 'node.kubernetes.io/disk-pressure', effect: 'NoSchedule', timeAdded: T.iso(-24.6) }],
        conditions: {
          DiskPressure: { type: 'DiskPressure', status: 'True', lastHeartbeatTime: T.iso(-0.4), lastTransitionTime: T.iso(-24.6), reason: 'KubeletHasDiskPressure', message: 'kubelet has disk pressure' },
        },
      },
    },
    workloads: {
      consul: { pods: [{ node: N1 }] },
      frontend: { pods: [{ node: N2 }, ev(-21.1, 'hotel-reserv-frontend', 8962112), { node: N1, created: T.iso(-21.0) }] },
      search: { pods: [ev(-22.4, 'hotel-reserv-search', 9010344), { node: N2, created: T.iso(-22.3) }] },
      rate: {
        pods: [
          ev(-23.2, 'hotel-reserv-rate', 9032248),
          {
            node: N1,
            created: T.iso(-23.1),
            containers: {
              'hotel-reserv-rate': cs.crashLoop({ restarts: 7, exitCode: 1, startedAt: T.iso(-4.9), finishedAt: T.iso(-4.4), container: 'hotel-reserv-rate' }),
            },
          },
        ],
        unavailableSince: -23.2,
      },
      reservation: { pods: [ev(-21.7, 'hotel-reserv-reservation', 8991020), { node: N1, created: T.iso(-21.6) }] },
      'mongodb-rate': { pods: [ev(-23.8, 'hotel-reserv-rate-mongo', 9051876), { unscheduled: NOFIT, created: T.iso(-23.7) }], unavailableSince: -23.8, endpointsChanged: -23.8 },
      'mongodb-user': { pods: [ev(-22.9, 'hotel-reserv-user-mongo', 9024416), { unscheduled: NOFIT, created: T.iso(-22.8) }], unavailableSince: -22.9, endpointsChanged: -22.9 },
      'memcached-reserve': { pods: [ev(-20.6, 'hotel-reserv-reservation-mmc', 8955300), { node: N2, created: T.iso(-20.5) }] },
    },
    events: [
      { on: `node:${N0}`, reason: 'NodeHasDiskPressure', message: `Node ${N0} status is now: NodeHasDiskPressure`, first: -24.6, last: -24.6 },
      { on: `node:${N0}`, type: 'Warning', reason: 'EvictionThresholdMet', message: 'Attempting to reclaim ephemeral-storage', count: 31, first: -24.6, last: -0.3 },
      { on: `node:${N0}`, type: 'Warning', reason: 'FreeDiskSpaceFailed', message: '(combined from similar events): Failed to garbage collect required amount of images. Attempted to free 9842114150 bytes, but only found 1203741882 bytes eligible to free.', count: 5, first: -24.4, last: -4.4 },
      { on: 'pod:mongodb-rate#0', type: 'Warning', reason: 'Evicted', message: EVICT('hotel-reserv-rate-mongo', 9051876), first: -23.8, last: -23.8 },
      { on: 'pod:mongodb-rate#0', reason: 'Killing', fieldPath: 'spec.containers{hotel-reserv-rate-mongo}', message: 'Stopping container hotel-reserv-rate-mongo', first: -23.8, last: -23.8 },
      { on: 'pod:mongodb-rate#1', type: 'Warning', reason: 'FailedScheduling', source: 'default-scheduler', message: NOFIT, count: 9, first: -23.7, last: -1.7 },
      { on: 'pod:rate#0', type: 'Warning', reason: 'Evicted', message: EVICT('hotel-reserv-rate', 9032248), first: -23.2, last: -23.2 },
      { on: 'pod:mongodb-user#0', type: 'Warning', reason: 'Evicted', message: EVICT('hotel-reserv-user-mongo', 9024416), first: -22.9, last: -22.9 },
      { on: 'pod:mongodb-user#1', type: 'Warning', reason: 'FailedScheduling', source: 'default-scheduler', message: NOFIT, count: 9, first: -22.8, last: -1.9 },
      { on: 'pod:search#0', type: 'Warning', reason: 'Evicted', message: EVICT('hotel-reserv-search', 9010344), first: -22.4, last: -22.4 },
      { on: 'pod:reservation#0', type: 'Warning', reason: 'Evicted', message: EVICT('hotel-reserv-reservation', 8991020), first: -21.7, last: -21.7 },
      { on: 'pod:frontend#1', type: 'Warning', reason: 'Evicted', message: EVICT('hotel-reserv-frontend', 8962112), first: -21.1, last: -21.1 },
      { on: 'pod:memcached-reserve#0', type: 'Warning', reason: 'Evicted', message: EVICT('hotel-reserv-reservation-mmc', 8955300), first: -20.6, last: -20.6 },
      { on: 'pod:rate#1', type: 'Warning', reason: 'BackOff', fieldPath: 'spec.containers{hotel-reserv-rate}', message: 'Back-off restarting failed container hotel-reserv-rate in pod %POD%_hotel-reservation(%PODUID%)', count: 41, first: -21.5, last: -0.2 },
      { on: 'pod:rate#1', reason: 'Pulled', fieldPath: 'spec.containers{hotel-reserv-rate}', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', count: 8, first: -23.0, last: -4.9 },
    ],
    logs: {
      'rate#1/hotel-reserv-rate/previous': [
        ...boot(-4.9, 'rate'),
        zl(-4.9, 'INF', 'cmd/rate/main.go:36', 'Read database URL: mongodb-rate:27017'),
        zl(-4.9, 'INF', 'cmd/rate/main.go:37', 'Initializing DB connection...'),
        zl(-4.4, 'FTL', 'cmd/rate/db.go:34', SEL('mongodb-rate', '%SVCIP:mongodb-rate%')),
      ],
      'search#1/hotel-reserv-search': [
        ...boot(-22.2, 'search'),
        zl(-22.2, 'INF', 'cmd/search/main.go:46', 'Initializing consul agent [host: consul:8500]...'),
        zl(-22.2, 'INF', 'cmd/search/main.go:51', 'Consul agent initialized'),
        zl(-22.1, 'INF', 'cmd/search/main.go:70', 'Starting server...'),
        zl(-21.4, 'ERR', 'services/search/server.go:118', `Failed to get rates: ${rateRefused}`),
        zl(-17.0, 'ERR', 'services/search/server.go:118', `Failed to get rates: ${rateRefused}`),
        zl(-12.6, 'ERR', 'services/search/server.go:118', `Failed to get rates: ${rateRefused}`),
        zl(-8.3, 'ERR', 'services/search/server.go:118', `Failed to get rates: ${rateRefused}`),
        zl(-3.9, 'ERR', 'services/search/server.go:118', 'Failed to get rates: rpc error: code = DeadlineExceeded desc = context deadline exceeded'),
        zl(-1.0, 'ERR', 'services/search/server.go:118', `Failed to get rates: ${rateRefused}`),
      ],
      'frontend#0/hotel-reserv-frontend': [
        zl(-21.4, 'ERR', 'services/frontend/server.go:216', `SearchHandler Search failed: rpc error: code = Unknown desc = ${rateRefused}`),
        zl(-12.6, 'ERR', 'services/frontend/server.go:216', `SearchHandler Search failed: rpc error: code = Unknown desc = ${rateRefused}`),
        zl(-3.9, 'ERR', 'services/frontend/server.go:216', 'SearchHandler Search failed: rpc error: code = Unknown desc = rpc error: code = DeadlineExceeded desc = context deadline exceeded'),
      ],
      'reservation#1/hotel-reserv-reservation': [
        ...boot(-21.5, 'reservation'),
        zl(-21.5, 'INF', 'cmd/reservation/main.go:37', 'Read database URL: mongodb-reservation:27017'),
        zl(-21.5, 'INF', 'cmd/reservation/main.go:38', 'Initializing DB connection...'),
        zl(-21.4, 'INF', 'cmd/reservation/main.go:40', 'Successfull'),
        zl(-21.4, 'INF', 'cmd/reservation/main.go:76', 'Starting server...'),
      ],
    },
  },
];
