// s17 blind dev scenario (author b) for DeathStarBench hotelReservation on AKS: a node pool scaled 3 -> 2 leaves
// mongodb-recommendation Pending on its zonal Azure disk; session-3 system definition and default PVCs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

// zerolog ConsoleWriter as the image prints it (colours on), copied from the session-3 system definition's helpers.
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', FTL: '\x1b[1m\x1b[31mFTL\x1b[0m\x1b[0m' };
const zl = (T, min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const boot = (T, min, svc) => [
  zl(T, min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(T, min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(T, min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(T, min, 'INF', `cmd/${svc}/main.go:23`, 'Reading config...'),
];
const mlog = (T, min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: T.isoMs(min).replace('Z', '+00:00') }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });

const N = system.nodes.map((n) => n.name);
const GONE = N[2]; // aks-nodepool1-27419563-vmss000002, zone eastus2-3: removed by the scale-down
const T = clock('2026-11-30T11:41:00Z');
const SCALE = -21; // az aks nodepool scale --node-count 2 at 11:20
const re = (node, at, extra = {}) => ({ node, created: T.iso(at), readyTransition: T.iso(at + 0.3), ...extra });
const C = 'hotel-reserv-recommendation';
const selErr = 'server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-recommendation:27017, Type: Unknown, Last error: dial tcp %SVCIP:mongodb-recommendation%:27017: connect: connection refused }, ] }';
const attempt = (start) => [
  ...boot(T, start, 'recommendation'),
  zl(T, start, 'INF', 'cmd/recommendation/main.go:36', 'Read database URL: mongodb-recommendation:27017'),
  zl(T, start, 'INF', 'cmd/recommendation/main.go:37', 'Initializing DB connection...'),
  zl(T, start, 'INF', 'cmd/recommendation/db.go:29', 'New session successfull...'),
  zl(T, start, 'INF', 'cmd/recommendation/db.go:31', 'Generating test data...'),
  zl(T, start + 0.5, 'FTL', 'cmd/recommendation/db.go:35', selErr),
];

const scaleDown = {
  folder: 's17-mongodb-recommendation-zonal-disk-pending',
  incidentTime: '2026-11-30T11:41:00Z',
  description: 'hotel site: recommendations tab returns 500 since ~11:20, recomendation pod keeps restarting',
  expected: { component: 'mongodb-recommendation', cause: 'unschedulable' },
  alsoAcceptable: [{ component: 'mongodb-recommendation', cause: 'storage-unavailable' }],
  difficulty: 'medium',
  traits: ['louder-dependents', 'typo', 'time-expression'],
  grounding: `
    DeathStarBench hotelReservation at 6ecb097 (kubernetes/ and helm-chart): each mongodb-* Deployment mounts its
    PersistentVolumeClaim; in this AKS deployment the claims are managed-csi Azure Disks, which are zonal (LRS) and get a
    PV nodeAffinity on topology.kubernetes.io/zone. recommendation loads every hotel from mongodb-recommendation at start
    (cmd/recommendation/db.go counts and seeds the collection) and exits through log.Fatal when the query fails.
    Fault: at 11:20 the cluster was scaled from 3 to 2 nodes to save cost (az aks nodepool scale); AKS cordoned and drained
    ${GONE} (zone eastus2-3) and deleted it. The stateless pods on it (frontend, profile, user, memcached-rate,
    recommendation) were recreated on the two remaining nodes (zones eastus2-1 and -2), but mongodb-recommendation's disk
    lives in eastus2-3: the scheduler reports "volume node affinity conflict" and the pod stays Pending - the Azure
    "volume node affinity conflict after scale-down" problem described in AKS troubleshooting docs and many issue threads.
    The Service mongodb-recommendation has no endpoints, so recommendation's mongo-driver gets connection refused,
    fails server selection after 30 s and exits 1: CrashLoopBackOff, the loud symptom the description names.
    Expected mongodb-recommendation unschedulable; storage-unavailable also acceptable (the zonal disk is why).
  `,
  workloads: {
    frontend: { pods: [re(N[0], SCALE + 0.6), re(N[0], -60 * 24 * 9)] },
    profile: { pods: [re(N[1], SCALE + 0.6)] },
    user: { pods: [re(N[0], SCALE + 0.7)] },
    'memcached-rate': { pods: [re(N[1], SCALE + 0.6)] },
    'mongodb-profile': { pods: [{ node: N[0] }] },
    'mongodb-reservation': { pods: [{ node: N[1] }] },
    'mongodb-recommendation': {
      unavailableSince: SCALE + 0.6,
      endpointsChanged: SCALE + 0.5,
      pods: [{ unscheduled: '0/2 nodes are available: 2 node(s) had volume node affinity conflict. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.', created: T.iso(SCALE + 0.6) }],
    },
    recommendation: {
      unavailableSince: SCALE + 0.6,
      pods: [{ node: N[1], created: T.iso(SCALE + 0.6), containers: { [C]: cs.crashLoop({ restarts: 6, exitCode: 1, startedAt: T.iso(-6.9), finishedAt: T.iso(-6.4), backoff: '5m0s', container: C }) } }],
    },
  },
  events: [
    { on: `node:${GONE}`, reason: 'NodeNotSchedulable', message: `Node ${GONE} status is now: NodeNotSchedulable`, first: SCALE },
    { on: `node:${GONE}`, reason: 'RemovingNode', message: `Node ${GONE} event: Removing Node ${GONE} from Controller`, first: SCALE + 2.1, source: 'node-controller' },
    { on: 'pod:mongodb-recommendation#0', type: 'Warning', reason: 'FailedScheduling', message: '0/3 nodes are available: 1 node(s) were unschedulable, 2 node(s) had volume node affinity conflict. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.', first: SCALE + 0.6, last: SCALE + 1.9, count: 3, source: 'default-scheduler' },
    { on: 'pod:mongodb-recommendation#0', type: 'Warning', reason: 'FailedScheduling', message: '0/2 nodes are available: 2 node(s) had volume node affinity conflict. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.', first: SCALE + 2.2, last: -0.8, count: 19, source: 'default-scheduler' },
    { on: 'rs:mongodb-recommendation', reason: 'SuccessfulCreate', message: 'Created pod: mongodb-recommendation-%RS%', first: SCALE + 0.6 },
    { on: 'rs:recommendation', reason: 'SuccessfulCreate', message: 'Created pod: recommendation-%RS%', first: SCALE + 0.6 },
    { on: 'pod:recommendation#0', reason: 'Scheduled', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: SCALE + 0.6, source: 'default-scheduler' },
    { on: 'pod:recommendation#0', reason: 'Pulled', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', first: SCALE + 0.7, last: -6.9, count: 7, fieldPath: `spec.containers{${C}}` },
    { on: 'pod:recommendation#0', type: 'Warning', reason: 'BackOff', message: `Back-off restarting failed container ${C} in pod %POD%_hotel-reservation(%PODUID%)`, first: SCALE + 2, last: -0.3, count: 58, fieldPath: `spec.containers{${C}}` },
    { on: 'pod:profile#0', reason: 'Scheduled', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: SCALE + 0.6, source: 'default-scheduler' },
    { on: 'pod:user#0', reason: 'Scheduled', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: SCALE + 0.7, source: 'default-scheduler' },
    { on: 'pod:frontend#0', reason: 'Scheduled', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: SCALE + 0.6, source: 'default-scheduler' },
  ],
  logs: {
    'recommendation#0/hotel-reserv-recommendation': attempt(-6.9),
    'recommendation#0/hotel-reserv-recommendation/previous': attempt(-12.5),
    'profile#0/hotel-reserv-profile': [
      ...boot(T, SCALE + 0.8, 'profile'),
      zl(T, SCALE + 0.8, 'INF', 'cmd/profile/main.go:36', 'Read database URL: mongodb-profile:27017'),
      zl(T, SCALE + 0.8, 'INF', 'cmd/profile/main.go:37', 'Initializing DB connection...'),
      zl(T, SCALE + 0.8, 'INF', 'cmd/profile/db.go:38', 'New session successfull...'),
      zl(T, SCALE + 0.9, 'INF', 'cmd/profile/main.go:40', 'Successfull'),
      zl(T, SCALE + 0.9, 'INF', 'cmd/profile/main.go:42', 'Read profile memcashed address: memcached-profile:11211'),
      zl(T, SCALE + 0.9, 'INF', 'cmd/profile/main.go:52', 'Starting server...'),
    ],
    'mongodb-profile#0/hotel-reserv-profile-mongo': [
      mlog(T, SCALE + 0.85, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:profile#0%:44218', connectionId: 1187, connectionCount: 3 }),
      mlog(T, SCALE + 0.85, 'I', 'NETWORK', 51800, 'conn1187', 'client metadata', { remote: '%IPOF:profile#0%:44218', client: 'conn1187', doc: { driver: { name: 'mongo-go-driver', version: 'v1.11.3' }, os: { type: 'linux', architecture: 'amd64' }, platform: 'go1.21.6' } }),
    ],
  },
};

/** Nodes the API no longer lists at the incident (deleted by the scale-down); the build script drops them from nodes.json. */
export const removedNodes = { 's17-mongodb-recommendation-zonal-disk-pending': [GONE] };

export const scenarios = [scaleDown];
