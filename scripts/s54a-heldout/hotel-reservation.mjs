// Blind held-out batch s54a: one DeathStarBench hotelReservation scenario (split test) as a spec of the scenario kit, on the
// session-3 system definition (scripts/s3-scenarios/hotel-reservation.mjs: system and defaultPvcs); built by scripts/s54a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

// zerolog ConsoleWriter as cmd/*/main.go configures it (RFC3339, Caller(), colours on), as the session-3 spec prints it.
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', FTL: '\x1b[1m\x1b[31mFTL\x1b[0m\x1b[0m' };
const zl = (T, min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const tune = (T, min) => [
  zl(T, min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(T, min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(T, min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
];

const T = clock('2026-03-17T09:26:00Z');
const NODE0 = 'aks-nodepool1-27419563-vmss000000';
const NODE2 = 'aks-nodepool1-27419563-vmss000002';
const SUB = '3f1c2a7e-8d41-4b9a-a6e0-52c7d9f1b3a8';
const RG = 'mc_hotelres-prod_hotelres-aks_eastus2';
const ratePvc = defaultPvcs.find((p) => p.name === 'rate-pvc');
const DISK = `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.Compute/disks/${ratePvc.volume}`;
const ANN = system.workloads.find((w) => w.name === 'mongodb-rate').podAnnotations;
const RESTARTED = { ...ANN, 'kubectl.kubernetes.io/restartedAt': T.iso(-23.1) };

const topo = (ip) => `server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-rate:27017, Type: Unknown, Last error: dial tcp ${ip}:27017: connect: connection refused }, ] }`;
const rateBoot = (start, fatal) => [
  ...tune(T, start),
  zl(T, start, 'INF', 'cmd/rate/main.go:24', 'Reading config...'),
  zl(T, start, 'INF', 'cmd/rate/main.go:37', 'Read database URL: mongodb-rate:27017'),
  zl(T, start, 'INF', 'cmd/rate/main.go:38', 'Initializing DB connection...'),
  zl(T, start, 'INF', 'cmd/rate/db.go:33', 'New session successfull...'),
  zl(T, start, 'INF', 'cmd/rate/db.go:35', 'Generating test data...'),
  ...(fatal ? [zl(T, start + 0.5, 'FTL', 'cmd/rate/db.go:38', topo('%SVCIP:mongodb-rate%'))] : []),
];
const frontBoot = (start) => [
  ...tune(T, start),
  zl(T, start, 'INF', 'cmd/frontend/main.go:23', 'Reading config...'),
  zl(T, start, 'INF', 'cmd/frontend/main.go:39', 'Read target port: 5000'),
  zl(T, start, 'INF', 'cmd/frontend/main.go:40', 'Read consul address: consul:8500'),
  zl(T, start, 'INF', 'cmd/frontend/main.go:41', 'Read jaeger address: jaeger:6831'),
  zl(T, start, 'INF', 'cmd/frontend/main.go:50', 'Initializing jaeger agent [service name: frontend | host: jaeger:6831]...'),
  zl(T, start, 'INF', 'tracing/tracer.go:26', 'Jaeger client: adjusted sample ratio 0.010000'),
  zl(T, start, 'INF', 'cmd/frontend/main.go:55', 'Jaeger agent initialized'),
  zl(T, start, 'INF', 'cmd/frontend/main.go:57', 'Initializing consul agent [host: consul:8500]...'),
  zl(T, start, 'INF', 'cmd/frontend/main.go:62', 'Consul agent initialized'),
  zl(T, start, 'INF', 'cmd/frontend/main.go:73', 'Starting server...'),
];

export const scenarios = [
  {
    folder: 's54a-search-errors-rate-restarting',
    description: 'hotel site: search page erroring since about 9:05, rate svc keeps restarting. booking team says they shipped nothing today',
    incidentTime: '2026-03-17T09:26:00Z',
    expected: { component: 'mongodb-rate', cause: 'storage-unavailable' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'team-name', 'decoy'],
    grounding: `
      Manifests: delimitrou/DeathStarBench hotelReservation (helm chart at 6ecb097, as in the session-3 system definition). The
      kompose-generated hotelReservation/kubernetes/*/mongodb-rate-deployment.yaml uses strategy Recreate for every MongoDB
      Deployment (RWO claim); the build script writes that strategy on the six mongodb-* Deployments of this snapshot (the kit
      writes RollingUpdate).
      Code: cmd/rate/main.go + db.go (initializeDatabase: CountDocuments at start-up, log.Fatal on error, so a rate pod cannot start
      without MongoDB); services/rate/server.go (log.Panic in the per-hotel goroutine on a Find error).
      Fault: at 09:02:54 a "kubectl rollout restart" of mongodb-rate (restartedAt annotation) stopped the old pod on vmss000000 and the
      new pod was scheduled on vmss000002; the Azure disk of rate-pvc never finished detaching from the old VM and every attach
      attempt fails with AttachDiskWhileBeingDetached (public reports: Azure/AKS#615, Azure/AKS#1278, kubernetes/kubernetes#78657;
      CSI error layout of disk.csi.azure.com). The pod stays ContainerCreating with FailedAttachVolume/FailedMount, the mongodb-rate
      Service has no endpoints, and rate — the loud component — first panicked on in-flight lookups and now exits 1 at start-up on
      a server selection timeout (CrashLoopBackOff). memcached-rate keeps answering cached hotels, so some searches still work.
      Decoy: memcached-profile restarted once three days ago (OOMKilled). Deviations: VM and disk names follow the AKS cluster of the
      system definition; caller line numbers of the zerolog output are approximate.
    `,
    workloads: {
      'mongodb-rate': {
        patch: { podAnnotations: RESTARTED },
        rollout: { at: -23, revision: 4, oldReplicas: 0, oldPatch: { podAnnotations: ANN } },
        pods: [{ node: NODE2, creating: true, created: T.iso(-22.8) }],
        unavailableSince: -23,
        progressing: (rs) => ({ type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-22.8), lastTransitionTime: T.iso(-22.8), reason: 'ReplicaSetUpdated', message: `ReplicaSet "${rs}" is progressing.` }),
      },
      rate: {
        pods: [{
          node: NODE0,
          containers: { 'hotel-reserv-rate': cs.crashLoop({ restarts: 7, exitCode: 1, startedAt: T.iso(-3.2), finishedAt: T.iso(-2.7), container: 'hotel-reserv-rate' }) },
        }],
        unavailableSince: -21.5,
        endpointsChanged: -21.5,
      },
      'memcached-profile': {
        pods: [{ containers: { 'hotel-reserv-profile-mmc': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:mongodb-rate', reason: 'ScalingReplicaSet', message: 'Scaled down replica set mongodb-rate-%OLD% to 0 from 1', first: -23 },
      { on: 'deploy:mongodb-rate', reason: 'ScalingReplicaSet', message: 'Scaled up replica set mongodb-rate-%NEW% to 1', first: -22.8 },
      { on: 'pod:mongodb-rate#0', source: 'default-scheduler', reason: 'Scheduled', message: `Successfully assigned hotel-reservation/%POD% to ${NODE2}`, first: -22.8 },
      {
        on: 'pod:mongodb-rate#0', source: 'attachdetach-controller', type: 'Warning', reason: 'FailedAttachVolume', first: -22.6, last: -0.9, count: 12,
        message: `AttachVolume.Attach failed for volume "${ratePvc.volume}" : rpc error: code = Internal desc = Attach volume ${DISK} to instance ${NODE2} failed with Retriable: false, RetryAfter: 0s, HTTPStatusCode: 409, RawError: {\n  "error": {\n    "code": "AttachDiskWhileBeingDetached",\n    "message": "Cannot attach data disk '${ratePvc.volume}' to VM 'aks-nodepool1-27419563-vmss_2' because the disk is currently being detached or the last detach operation failed. Please wait until the disk is completely detached and then try again or delete/detach the disk explicitly again. Instructions can be found at https://aka.ms/AzureDiskDetached"\n  }\n}`,
      },
      { on: 'pod:mongodb-rate#0', type: 'Warning', reason: 'FailedMount', first: -20.7, last: -2.5, count: 9, message: 'Unable to attach or mount volumes: unmounted volumes=[rate], unattached volumes=[rate], failed to process volumes=[]: timed out waiting for the condition' },
      { on: 'pod:rate#0', reason: 'Pulled', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', first: -21.4, last: -3.2, count: 7, fieldPath: 'spec.containers{hotel-reserv-rate}' },
      { on: 'pod:rate#0', reason: 'Created', message: 'Created container hotel-reserv-rate', first: -21.4, last: -3.2, count: 7, fieldPath: 'spec.containers{hotel-reserv-rate}' },
      { on: 'pod:rate#0', reason: 'Started', message: 'Started container hotel-reserv-rate', first: -21.4, last: -3.2, count: 7, fieldPath: 'spec.containers{hotel-reserv-rate}' },
      { on: 'pod:rate#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-rate in pod %POD%_hotel-reservation(%PODUID%)', first: -20.8, last: -0.4, count: 88, fieldPath: 'spec.containers{hotel-reserv-rate}' },
    ],
    logs: {
      'rate#0/hotel-reserv-rate/previous': rateBoot(-3.2, true),
      'frontend#0/hotel-reserv-frontend': frontBoot(-60 * 24 * 9 + 0.4),
      'frontend#1/hotel-reserv-frontend': frontBoot(-60 * 24 * 9 + 0.4),
      'geo#0/hotel-reserv-geo': [
        ...tune(T, -60 * 24 * 9 + 0.4),
        zl(T, -60 * 24 * 9 + 0.4, 'INF', 'cmd/geo/main.go:24', 'Reading config...'),
        zl(T, -60 * 24 * 9 + 0.4, 'INF', 'cmd/geo/main.go:37', 'Read database URL: mongodb-geo:27017'),
        zl(T, -60 * 24 * 9 + 0.4, 'INF', 'cmd/geo/main.go:38', 'Initializing DB connection...'),
        zl(T, -60 * 24 * 9 + 0.4, 'INF', 'cmd/geo/db.go:29', 'New session successfull...'),
        zl(T, -60 * 24 * 9 + 0.4, 'INF', 'cmd/geo/main.go:41', 'Successfull'),
        zl(T, -60 * 24 * 9 + 0.4, 'INF', 'cmd/geo/main.go:65', 'Starting server...'),
      ],
    },
  },
];
