// Batch s29c (blind dev): one hotel-reservation incident for the kit (scripts/s2-scenario-kit.mjs), built by scripts/s29c-build.mjs.
// mongodb-rate's Recreate rollout lands on another AKS node whose Azure disk attach fails (AttachDiskWhileBeingDetached); rate crash-loops.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system };

const res = (rc, rm, lc, lm) => ({ requests: { cpu: rc, memory: rm }, limits: { cpu: lc, memory: lm } });
// zerolog ConsoleWriter as the image prints it (ANSI colours kept by kubectl logs), see the system definition.
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', FTL: '\x1b[1m\x1b[31mFTL\x1b[0m\x1b[0m' };
const zl = (T, min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const mongoDate = (T, min) => T.isoMs(min).replace('Z', '+00:00');
const mlog = (T, min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: mongoDate(T, min) }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });

const N0 = 'aks-nodepool1-27419563-vmss000000';
const N2 = 'aks-nodepool1-27419563-vmss000002';

// --- s29c-rate-mongo-disk-stuck-detaching -------------------------------------------------------------------------
const A = clock('2026-11-18T14:38:00Z');
const ratePv = defaultPvcs.find((p) => p.name === 'rate-pvc').volume;
const DISK = `/subscriptions/3f1c2a7e-8d41-4b9a-a6e0-52c7d9f1b3a8/resourceGroups/mc_hotelres-prod_hotelres-aks_eastus2/providers/Microsoft.Compute/disks/${ratePv}`;
const selErr = 'server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-rate:27017, Type: Unknown, Last error: dial tcp %SVCIP:mongodb-rate%:27017: connect: connection refused }, ] }';
const rateStart = (T, m) => [
  zl(T, m, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(T, m, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(T, m, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(T, m, 'INF', 'cmd/rate/main.go:23', 'Reading config...'),
  zl(T, m, 'INF', 'cmd/rate/main.go:36', 'Read database URL: mongodb-rate:27017'),
  zl(T, m, 'INF', 'cmd/rate/main.go:37', 'Initializing DB connection...'),
  zl(T, m, 'INF', 'cmd/rate/main.go:39', 'New session successfull...'),
  zl(T, m, 'INF', 'cmd/rate/db.go:46', 'Generating test data...'),
  zl(T, m + 0.5, 'FTL', 'cmd/rate/db.go:58', selErr),
];
const rateLastRun = rateStart(A, -4.6);

const s1 = {
  folder: 's29c-rate-mongo-disk-stuck-detaching',
  description: 'hotel search page erroring since ~14:15, reservations still going through',
  incidentTime: '2026-11-18T14:38:00Z',
  expected: { component: 'mongodb-rate', cause: 'storage-unavailable' },
  difficulty: 'hard',
  traits: ['louder-dependents', 'time-expression', 'decoy'],
  grounding: `
    Manifests: hotelReservation kubernetes/ (kompose) — mongodb-rate is a single-replica Deployment with strategy Recreate and /data/db
    on PVC rate-pvc; rate reads RateMongoAddress=mongodb-rate:27017 and memcached-rate (config.json). Operator deviation: the mongo
    PVCs were moved to a zone-redundant class (managed-csi-zrs, StandardSSD_ZRS) so a mongo pod may move between the three zonal nodes.
    Fault: at 14:16 an engineer raised mongodb-rate's memory limit 1Gi -> 2Gi (WiredTiger cache warnings). Recreate deletes the old
    pod on vmss000000 first; the replacement is scheduled on vmss000002 and the Azure Disk CSI attach fails: first the attach/detach
    controller's "Multi-Attach error" while the disk is still attached to vmss000000, then repeated 409 AttachDiskWhileBeingDetached
    from ARM because the detach from the old VM hung (a known AKS/VMSS failure, aka.ms/AzureDiskDetached). The pod stays
    ContainerCreating with kubelet FailedMount "timed out waiting for the condition"; the Deployment passes its 600 s progress deadline.
    Effect: mongodb-rate has no endpoints, so the ClusterIP refuses. rate (services/rate/server.go: log.Panic on a Mongo error after
    a memcached miss; cmd/rate/db.go: log.Fatal on a query error while generating test data at start) crashed at 14:17 and now
    crash-loops on the mongo-go-driver "server selection error ... connection refused", louder than the silent pending database;
    search's GetRates calls fail with Unavailable, the frontend answers 500 on /hotels. Reservations do not use rate, so they work.
    Decoys: a healthy geo image rollout two hours earlier, and an OOM kill of user three days ago.
    The expected answer is the volume that cannot attach, on mongodb-rate (not a bad rollout: the new template is fine, only its
    memory limit changed; not rate: it is a victim).`,
  pvcs: defaultPvcs.map((p) => ({ ...p, storageClass: 'managed-csi-zrs' })),
  workloads: {
    'mongodb-rate': {
      rollout: { at: -22, revision: 3, oldContainers: { 'hotel-reserv-rate-mongo': { resources: res('100m', '256Mi', '1000m', '1Gi') } } },
      containers: { 'hotel-reserv-rate-mongo': { resources: res('100m', '512Mi', '1000m', '2Gi') } },
      pods: [{ node: N2, creating: true, created: A.iso(-21.8) }],
      unavailableSince: -22,
      endpointsChanged: -22,
      progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: A.iso(-11.8), lastTransitionTime: A.iso(-11.8), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
    },
    rate: {
      pods: [{ containers: { 'hotel-reserv-rate': cs.crashLoop({ restarts: 7, exitCode: 1, startedAt: A.iso(-4.6), finishedAt: A.iso(-4.1), container: 'hotel-reserv-rate' }) }, readyTransition: A.iso(-21.5) }],
    },
    geo: {
      rollout: { at: -128, revision: 5, oldContainers: { 'hotel-reserv-geo': { image: 'hotelres.azurecr.io/hotel-reservation:6ecb097' } } },
      containers: { 'hotel-reserv-geo': { image: 'hotelres.azurecr.io/hotel-reservation:9d41c7e' } },
    },
    user: {
      pods: [{ containers: { 'hotel-reserv-user': cs.restartedRunning({ restarts: 1, startedAt: A.iso(-60 * 24 * 3 - 40), last: { exitCode: 137, reason: 'OOMKilled', startedAt: A.iso(-60 * 24 * 9), finishedAt: A.iso(-60 * 24 * 3 - 40.2) } }) } }],
    },
  },
  events: [
    { on: 'deploy:mongodb-rate', reason: 'ScalingReplicaSet', message: 'Scaled down replica set mongodb-rate-%OLD% to 0 from 1', first: -22 },
    { on: 'deploy:mongodb-rate', reason: 'ScalingReplicaSet', message: 'Scaled up replica set mongodb-rate-%NEW% to 1', first: -21.8 },
    { on: 'pod:mongodb-rate#0', source: 'default-scheduler', reason: 'Scheduled', message: `Successfully assigned hotel-reservation/%POD% to ${N2}`, first: -21.8 },
    { on: 'pod:mongodb-rate#0', source: 'attachdetach-controller', type: 'Warning', reason: 'FailedAttachVolume', message: `Multi-Attach error for volume "${ratePv}" Volume is already exclusively attached to one node and can't be attached to another`, first: -21.8 },
    { on: 'pod:mongodb-rate#0', source: 'attachdetach-controller', type: 'Warning', reason: 'FailedAttachVolume', count: 11, first: -20.3, last: -0.8, message: `AttachVolume.Attach failed for volume "${ratePv}" : rpc error: code = Internal desc = Attach volume ${DISK} to instance ${N2} failed with Retriable: false, RetryAfter: 0s, HTTPStatusCode: 409, RawError: {"error":{"code":"AttachDiskWhileBeingDetached","message":"Cannot attach data disk '${ratePv}' to virtual machine 'aks-nodepool1-27419563-vmss_2' because the disk is currently being detached or the last detach operation failed. Please wait until the disk is completely detached and then try again or delete/detach the disk explicitly again. Instructions can be found at https://aka.ms/AzureDiskDetached"}}` },
    { on: 'pod:mongodb-rate#0', type: 'Warning', reason: 'FailedMount', count: 10, first: -19.7, last: -1.6, message: 'Unable to attach or mount volumes: unmounted volumes=[rate], unattached volumes=[rate], failed to process volumes=[]: timed out waiting for the condition' },
    { on: 'pod:rate#0', reason: 'Pulled', count: 8, first: -21.4, last: -4.6, message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine' },
    { on: 'pod:rate#0', reason: 'Created', count: 8, first: -21.4, last: -4.6, message: 'Created container hotel-reserv-rate' },
    { on: 'pod:rate#0', reason: 'Started', count: 8, first: -21.4, last: -4.6, message: 'Started container hotel-reserv-rate' },
    { on: 'pod:rate#0', type: 'Warning', reason: 'BackOff', count: 71, first: -20.6, last: -0.3, message: 'Back-off restarting failed container hotel-reserv-rate in pod %POD%_hotel-reservation(%PODUID%)' },
  ],
  logs: {
    'rate#0/hotel-reserv-rate': rateLastRun,
    'rate#0/hotel-reserv-rate/previous': rateLastRun,
    'search#0/hotel-reserv-search': [
      zl(A, -60 * 24 * 9, 'INF', 'cmd/search/main.go:23', 'Reading config...'),
      zl(A, -60 * 24 * 9, 'INF', 'cmd/search/main.go:58', 'Starting server...'),
      ...[-21.3, -20.9, -19.8, -17.5, -14.1, -11.0, -8.6, -6.2, -3.9, -2.0, -0.7].map((m) =>
        zl(A, m, 'ERR', 'services/search/server.go:118', `SearchHandler GetRates failed: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:rate#0%:8084: connect: connection refused"`)),
    ],
    'geo#0/hotel-reserv-geo': [
      zl(A, -127.5, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
      zl(A, -127.5, 'INF', 'cmd/geo/main.go:23', 'Reading config...'),
      zl(A, -127.5, 'INF', 'cmd/geo/main.go:36', 'Read database URL: mongodb-geo:27017'),
      zl(A, -127.5, 'INF', 'cmd/geo/main.go:37', 'Initializing DB connection...'),
      zl(A, -127.4, 'INF', 'cmd/geo/main.go:39', 'New session successfull...'),
      zl(A, -127.4, 'INF', 'cmd/geo/main.go:41', 'Generating test data...'),
      zl(A, -127.3, 'INF', 'cmd/geo/main.go:53', 'Read target port: 8083'),
      zl(A, -127.3, 'INF', 'cmd/geo/main.go:64', 'Initializing jaeger agent [service name: geo | host: jaeger:6831]...'),
      zl(A, -127.3, 'INF', 'cmd/geo/main.go:75', 'Initializing consul agent [host: consul:8500]...'),
      zl(A, -127.3, 'INF', 'cmd/geo/main.go:85', 'Starting server...'),
    ],
    'mongodb-reservation#0/hotel-reserv-reservation-mongo': [
      mlog(A, -9.2, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:reservation#0%:51432', connectionId: 412, connectionCount: 7 }),
      mlog(A, -3.1, 'I', 'STORAGE', 22430, 'WTCheckpointThread', 'WiredTiger message', { message: '[1794062460:118233][1:0x7f2c5d7fe700], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: 5821, snapshot max: 5821 snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0)' }),
    ],
  },
};

export const scenarios = [s1];
/** kompose gives every mongodb-<x> Deployment strategy Recreate (SOURCES.md); the kit writes RollingUpdate. */
export const strategies = {
  [s1.folder]: Object.fromEntries(['geo', 'profile', 'rate', 'recommendation', 'reservation', 'user'].map((n) => [`mongodb-${n}`, { type: 'Recreate' }])),
};
void N0;
