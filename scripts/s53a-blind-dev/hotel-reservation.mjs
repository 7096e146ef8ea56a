// Blind dev batch s53a, hotel-reservation: one scenario on the session-3 system definition (DeathStarBench 6ecb097, AKS).
// A Recreate rollout of mongodb-reservation asks for 2 CPUs; the only node in its Azure disk's zone cannot fit it.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs } from '../s3-scenarios/hotel-reservation.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const INCIDENT = '2026-04-21T10:52:00Z';
const T = clock(INCIDENT);
const ROLLOUT = -13; // 10:39 UTC

// zerolog ConsoleWriter with colours and Caller(), as the session-3 system's services print (copied: the helper is not exported).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', FTL: '\x1b[1m\x1b[31mFTL\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const boot = (min, svc) => [
  zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(min, 'INF', `cmd/${svc}/main.go:23`, 'Reading config...'),
];
const mlog = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: T.isoMs(min).replace('Z', '+00:00') }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });

const SELECTION = 'server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-reservation:27017, Type: Unknown, Last error: dial tcp %SVCIP:mongodb-reservation%:27017: connect: connection refused }, ] }';
const reservationRun = (start) => [
  ...boot(start, 'reservation'),
  zl(start, 'INF', 'cmd/reservation/main.go:36', 'Initializing DB connection...'),
  zl(start, 'INF', 'cmd/reservation/db.go:27', 'Generating test data...'),
  zl(start, 'INF', 'cmd/reservation/db.go:56', 'Attempting connection to mongodb://mongodb-reservation:27017'),
  zl(start, 'INF', 'cmd/reservation/db.go:63', 'Successfully connected to MongoDB'),
  zl(start + 0.5, 'FTL', 'cmd/reservation/db.go:71', SELECTION),
];
const UNSCHED = '0/3 nodes are available: 1 Insufficient cpu, 2 node(s) had volume node affinity conflict. preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling..';
const mongoRes = (rc, rm, lc, lm) => ({ requests: { cpu: rc, ...(rm ? { memory: rm } : {}) }, limits: { cpu: lc, ...(lm ? { memory: lm } : {}) } });

const frontendLog = (offset) => {
  const out = [...boot(-60 * 24 * 9 + 0.4 + offset, 'frontend'),
    zl(-60 * 24 * 9 + 0.4 + offset, 'INF', 'cmd/frontend/main.go:44', 'Initializing jaeger agent [service name: frontend | host: jaeger:6831]...'),
    zl(-60 * 24 * 9 + 0.4 + offset, 'INF', 'cmd/frontend/main.go:49', 'Jaeger agent initialized'),
    zl(-60 * 24 * 9 + 0.4 + offset, 'INF', 'cmd/frontend/main.go:51', 'Initializing consul agent [host: consul:8500]...'),
    zl(-60 * 24 * 9 + 0.4 + offset, 'INF', 'cmd/frontend/main.go:56', 'Consul agent initialized'),
    zl(-60 * 24 * 9 + 0.4 + offset, 'INF', 'cmd/frontend/main.go:67', 'Starting server...')];
  for (let m = ROLLOUT + 0.4 + offset / 3; m < -0.2; m += 0.75) out.push(zl(m, 'ERR', 'services/frontend/server.go:271', 'SearchHandler CheckAvailability failed'));
  return out;
};

export const scenarios = [
  {
    folder: 's53a-mongodb-reservation-zonal-disk-cpu',
    incidentTime: INCIDENT,
    description: 'hotel site: search results and booking both 500 since ~10:40. reservation pod keeps restarting (crashloop), geo/rate look fine',
    expected: { component: 'mongodb-reservation', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'mongodb-reservation', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['louder-dependents', 'rollout-regression', 'time-expression', 'decoy'],
    workloads: {
      'mongodb-reservation': {
        rollout: { at: ROLLOUT, revision: 2, oldReplicas: 0, oldContainers: { 'hotel-reserv-reservation-mongo': { resources: mongoRes('100m', '256Mi', '1000m', '1Gi') } } },
        containers: { 'hotel-reserv-reservation-mongo': { resources: mongoRes('2', '2Gi', '2', '4Gi') } },
        pods: [{ unscheduled: UNSCHED, created: T.iso(ROLLOUT + 0.1) }],
        unavailableSince: ROLLOUT, endpointsChanged: ROLLOUT,
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(ROLLOUT + 10.1), lastTransitionTime: T.iso(ROLLOUT + 10.1), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
      reservation: {
        pods: [{
          containers: { 'hotel-reserv-reservation': cs.crashLoop({ restarts: 5, exitCode: 1, startedAt: T.iso(-3.4), finishedAt: T.iso(-2.9), backoff: '2m40s', container: 'hotel-reserv-reservation' }) },
          readyTransition: T.iso(ROLLOUT + 0.6),
        }],
        endpointsChanged: ROLLOUT + 0.6,
      },
      profile: {
        pods: [{ containers: { 'hotel-reserv-profile': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 75), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 75.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:mongodb-reservation', reason: 'ScalingReplicaSet', message: 'Scaled down replica set mongodb-reservation-%OLD% to 0 from 1', first: ROLLOUT, last: ROLLOUT },
      { on: 'deploy:mongodb-reservation', reason: 'ScalingReplicaSet', message: 'Scaled up replica set mongodb-reservation-%NEW% to 1 from 0', first: ROLLOUT + 0.1, last: ROLLOUT + 0.1 },
      { on: 'rs:mongodb-reservation', reason: 'SuccessfulCreate', message: 'Created pod: %PODOF:mongodb-reservation%', first: ROLLOUT + 0.1, last: ROLLOUT + 0.1 },
      { on: 'pod:mongodb-reservation#0', source: 'default-scheduler', type: 'Warning', reason: 'FailedScheduling', message: UNSCHED, first: ROLLOUT + 0.1, last: -1.2, count: 9 },
      { on: 'pod:reservation#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-reservation in pod %POD%(%PODUID%)', first: ROLLOUT + 1.4, last: -0.4, count: 41 },
      { on: 'pod:reservation#0', reason: 'Pulled', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', first: ROLLOUT + 0.6, last: -3.4, count: 5 },
      { on: 'pod:reservation#0', reason: 'Created', message: 'Created container hotel-reserv-reservation', first: ROLLOUT + 0.6, last: -3.4, count: 5 },
      { on: 'pod:reservation#0', reason: 'Started', message: 'Started container hotel-reserv-reservation', first: ROLLOUT + 0.6, last: -3.4, count: 5 },
    ],
    logs: {
      'reservation#0/hotel-reserv-reservation/previous': reservationRun(-3.4),
      'reservation#0/hotel-reserv-reservation': reservationRun(-3.4),
      'frontend#0/hotel-reserv-frontend': frontendLog(0),
      'frontend#1/hotel-reserv-frontend': frontendLog(0.3),
      'mongodb-rate#0/hotel-reserv-rate-mongo': [
        ...[-44, -33, -21, -9].map((m) => mlog(m, 'I', 'STORAGE', 22430, 'WTCheckpointThread', 'WiredTiger message', { message: `[${Math.floor(Date.parse(T.isoMs(m)) / 1000)}:${412000 + Math.round(-m * 917)}][1:0x7f3d2c1f0700], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: ${9120 + Math.round(-m)}, snapshot max: ${9120 + Math.round(-m)} snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 41877` })),
      ],
      'profile#0/hotel-reserv-profile': [
        ...boot(-60 * 24 * 3 - 74.9, 'profile'),
        zl(-60 * 24 * 3 - 74.9, 'INF', 'cmd/profile/main.go:36', 'Initializing DB connection...'),
        zl(-60 * 24 * 3 - 74.9, 'INF', 'cmd/profile/db.go:33', 'Generating test data...'),
        zl(-60 * 24 * 3 - 74.9, 'INF', 'cmd/profile/db.go:163', 'Attempting connection to mongodb://mongodb-profile:27017'),
        zl(-60 * 24 * 3 - 74.9, 'INF', 'cmd/profile/db.go:170', 'Successfully connected to MongoDB'),
        zl(-60 * 24 * 3 - 74.8, 'INF', 'cmd/profile/main.go:40', 'Read profile memcashed address: memcached-profile:11211'),
        zl(-60 * 24 * 3 - 74.8, 'INF', 'cmd/profile/main.go:41', 'Initializing Memcashed client...'),
        zl(-60 * 24 * 3 - 74.8, 'INF', 'cmd/profile/main.go:43', 'Success'),
        zl(-60 * 24 * 3 - 74.8, 'INF', 'cmd/profile/main.go:54', 'Initializing jaeger agent [service name: profile | host: jaeger:6831]...'),
        zl(-60 * 24 * 3 - 74.8, 'INF', 'cmd/profile/main.go:59', 'Jaeger agent initialized'),
        zl(-60 * 24 * 3 - 74.7, 'INF', 'services/profile/server.go:82', 'Successfully registered in consul'),
      ],
    },
    post(dir, { editJson, readJson }) {
      editJson(dir, 'deployments.json', (l) => {
        for (const d of l.items) if (d.metadata.name.startsWith('mongodb-')) d.spec.strategy = { type: 'Recreate' };
      });
      const pods = readJson(dir, 'pods.json').items;
      editJson(dir, 'events.json', (l) => {
        for (const e of l.items) e.message = e.message.replace(/%PODOF:([a-z0-9-]+)%/g, (_, wl) => pods.find((p) => p.metadata.labels['io.kompose.service'] === wl).metadata.name);
      });
    },
    grounding: `
      Manifests: delimitrou/DeathStarBench hotelReservation/kubernetes at 6ecb097: reserve/mongodb-reservation-deployment.yaml uses
      strategy Recreate (kompose) and mounts claim reservation-pvc; the session-3 system runs it on AKS (three Standard_D4s_v5 nodes,
      one per zone eastus2-1/2/3) with managed-csi, zonal LRS disks whose PV nodeAffinity pins topology.disk.csi.azure.com/zone.
      Fault: at 10:39 the booking team raised mongodb-reservation to requests = limits cpu 2 (memory 2Gi/4Gi) for a load test. Recreate
      deletes the old pod first; the new one can only run in eastus2-2, where the disk is, and that node has no 2 CPUs left:
      FailedScheduling "0/3 nodes are available: 1 Insufficient cpu, 2 node(s) had volume node affinity conflict" (the scheduler's
      wording since 1.27, with the double full stop), Deployment ProgressDeadlineExceeded after 600 s. Well-known shape: zonal disks
      plus a node pool with one node per zone (Azure and EKS docs on volume node affinity conflicts).
      Dependents: cmd/reservation/db.go inserts its seed data at every start; with no endpoints the mongo-go-driver (v1.12.2) gives up
      after the 30 s server selection timeout and log.Fatal exits 1, so reservation crash-loops (its first crash, a nil cursor after a
      failed Find, is no longer in the logs). services/frontend/server.go logs "SearchHandler CheckAvailability failed" for every
      search, so search and booking both fail. Logs: zerolog ConsoleWriter with colours and Caller; mongod 4.4 JSON logs.
      Decoy: profile OOMKilled three days ago; reservation is the loud, restarting component.
      Deviations: the PersistentVolume and its nodeAffinity are not in the snapshot (no PV kind); the scheduler counts kube-system
      requests that are not listed; the resource change is invented.
    `,
  },
];

