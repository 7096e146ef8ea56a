// Batch s43b (blind dev): one hotel-reservation incident on the session-3 system (scripts/s3-scenarios/hotel-reservation.mjs).
// nodepool1 is scaled in from 3 to 2 nodes; mongodb-rate's zonal Azure disk is left in a zone with no node and its pod stays Pending.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

// The snapshot is taken after vmss000002 (eastus2-3) was removed: two nodes remain.
export const system = { ...base, nodes: base.nodes.slice(0, 2) };
export { defaultPvcs };
const [N0, N1] = system.nodes.map((n) => n.name);
const GONE = base.nodes[2].name;

const T = clock('2026-09-23T10:35:00Z');
const LV = { INF: '\x1b[32mINF\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const SEL = (ip) => `server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-rate:27017, Type: Unknown, Last error: connection() error occurred during connection handshake: dial tcp ${ip}:27017: connect: connection refused }, ] }`;

const rateErrs = [];
const searchErrs = [];
const frontErrs = [];
[-16.8, -15.1, -13.9, -12.2, -10.6, -9.4, -8.1, -6.7, -5.2, -3.9, -2.6, -1.3, -0.4].forEach((m, i) => {
  const hotel = [3, 17, 28, 41, 9, 66, 52, 12, 75, 33, 5, 48, 70][i];
  rateErrs.push(zl(m, 'ERR', 'services/rate/server.go:150', `Tried to find hotelId [${hotel}] from date [2015-04-${String(9 + (i % 10)).padStart(2, '0')}] to date [2015-04-${String(10 + (i % 10)).padStart(2, '0')}], but got error ${SEL('%SVCIP:mongodb-rate%')}`));
  searchErrs.push(zl(m + 0.01, 'ERR', 'services/search/server.go:125', `SearchHandler GetRates failed: rpc error: code = Unknown desc = ${SEL('%SVCIP:mongodb-rate%')}`));
  frontErrs.push(zl(m + 0.02, 'ERR', 'services/frontend/server.go:243', `searchHandler: rpc error: code = Unknown desc = rpc error: code = Unknown desc = ${SEL('%SVCIP:mongodb-rate%')}`));
});

export const scenarios = [
  {
    folder: 's43b-mongodb-rate-zonal-disk-stranded',
    incidentTime: '2026-09-23T10:35:00Z',
    description: 'hotel search giving errors for a lot of searches since ~10:20, other pages fine',
    expected: { component: 'mongodb-rate', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'mongodb-rate', cause: 'storage-unavailable' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      DeathStarBench hotelReservation on AKS (session-3 system): mongodb-rate is a one-replica Deployment of mongo:4.4.6 on PVC rate-pvc
      (1Gi, managed-csi, disk.csi.azure.com). Azure managed disks on managed-csi are zonal (LRS): the PV carries node affinity to the
      zone it was provisioned in. Incident: to save cost someone scales nodepool1 (one VMSS spanning eastus2-1/2/3) from 3 to 2 nodes at
      10:16; AKS cordons and drains vmss000002, the only node in eastus2-3, and deletes it. Stateless pods (recommendation,
      memcached-rate) come back on the remaining nodes; mongodb-rate's replacement cannot: "0/2 nodes are available: 2 node(s) had volume
      node affinity conflict" (the known AKS caveat for zonal disks with a multi-zone pool and no node per zone). The Service has no
      endpoints, the driver's server selection fails with connection refused (kube-proxy rejects a ClusterIP without endpoints). rate's
      memcached came back empty, so misses go to mongo and fail; search and frontend log the gRPC errors louder. Searches whose rates
      are cached still work. Scheduler and node-controller event texts as Kubernetes 1.29 writes them. Decoys: the node removal and
      the recreated stateless pods. alsoAcceptable storage-unavailable: the stranded disk is the reason it cannot be scheduled.`,
    workloads: {
      'mongodb-rate': {
        pods: [{ unscheduled: '0/2 nodes are available: 2 node(s) had volume node affinity conflict. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.', created: T.iso(-18.4) }],
        unavailableSince: -18.4,
      },
      'memcached-rate': { pods: [{ node: N0, created: T.iso(-18.3) }] },
      recommendation: { pods: [{ node: N1, created: T.iso(-18.3) }] },
    },
    events: [
      { on: `node:${GONE}`, reason: 'NodeNotSchedulable', message: `Node ${GONE} status is now: NodeNotSchedulable`, first: -19.2 },
      { on: `node:${GONE}`, source: 'node-controller', reason: 'RemovingNode', message: `Node ${GONE} event: Removing Node ${GONE} from Controller`, first: -16.9 },
      { on: 'rs:mongodb-rate', reason: 'SuccessfulCreate', message: 'Created pod: mongodb-rate-%RS%', first: -18.4 },
      { on: 'rs:memcached-rate', reason: 'SuccessfulCreate', message: 'Created pod: memcached-rate-%RS%', first: -18.3 },
      { on: 'rs:recommendation', reason: 'SuccessfulCreate', message: 'Created pod: recommendation-%RS%', first: -18.3 },
      { on: 'pod:mongodb-rate#0', source: 'default-scheduler', reason: 'FailedScheduling', type: 'Warning', message: '0/3 nodes are available: 1 node(s) were unschedulable, 2 node(s) had volume node affinity conflict. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.', first: -18.4, last: -17.2, count: 2 },
      { on: 'pod:mongodb-rate#0', source: 'default-scheduler', reason: 'FailedScheduling', type: 'Warning', message: '0/2 nodes are available: 2 node(s) had volume node affinity conflict. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.', first: -16.8, last: -1.6, count: 6 },
      { on: 'pod:memcached-rate#0', source: 'default-scheduler', reason: 'Scheduled', message: `Successfully assigned hotel-reservation/%POD% to ${N0}`, first: -18.3 },
      { on: 'pod:recommendation#0', source: 'default-scheduler', reason: 'Scheduled', message: `Successfully assigned hotel-reservation/%POD% to ${N1}`, first: -18.3 },
      { on: 'pod:recommendation#0', reason: 'Started', fieldPath: 'spec.containers{hotel-reserv-recommendation}', message: 'Started container hotel-reserv-recommendation', first: -18.0 },
    ],
    logs: {
      'rate#0/hotel-reserv-rate': [
        zl(-60 * 24 * 9 + 0.4, 'INF', 'cmd/rate/main.go:70', 'Successfull'),
        zl(-60 * 24 * 9 + 0.45, 'INF', 'cmd/rate/main.go:85', 'Starting server...'),
        ...rateErrs,
      ],
      'search#0/hotel-reserv-search': searchErrs,
      'frontend#0/hotel-reserv-frontend': frontErrs.filter((_, i) => i % 2 === 0),
      'frontend#1/hotel-reserv-frontend': frontErrs.filter((_, i) => i % 2 === 1),
      'memcached-rate#0/hotel-reserv-rate-mmc': '',
      'recommendation#0/hotel-reserv-recommendation': [
        zl(-18.0, 'INF', 'cmd/recommendation/main.go:40', 'Reading config...'),
        zl(-17.9, 'INF', 'cmd/recommendation/main.go:58', 'Read database URL: mongodb-recommendation:27017'),
        zl(-17.9, 'INF', 'cmd/recommendation/main.go:59', 'Initializing DB connection...'),
        zl(-17.8, 'INF', 'cmd/recommendation/main.go:64', 'Successfull'),
        zl(-17.7, 'INF', 'cmd/recommendation/main.go:90', 'Starting server...'),
      ],
    },
  },
];
