// Blind held-out scenario of batch s36a for hotel-reservation (DeathStarBench hotelReservation on AKS), split: test.
// Kit spec (scripts/s2-scenario-kit.mjs) with the session-3 system definition and its default PVCs; built by scripts/s36a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

// zerolog ConsoleWriter as the image prints it (colours on, RFC3339, caller).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', PNC: '\x1b[1m\x1b[31mPNC\x1b[0m\x1b[0m' };
const zl = (T, min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;

const A = '2026-05-12T09:58:00Z';
const TA = clock(A);
const NODE = (i) => `aks-nodepool1-27419563-vmss00000${i}`;
const RATE_PV = defaultPvcs.find((p) => p.name === 'rate-pvc').volume;
const SUB = '/subscriptions/3f1c2a7e-8d41-4b9a-a6e0-52c7d9f1b3a8/resourceGroups/mc_hotelres-prod_hotelres-aks_eastus2/providers/Microsoft.Compute';

const rateBoot = (T, min) => [
  zl(T, min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(T, min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(T, min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(T, min, 'INF', 'cmd/rate/main.go:23', 'Reading config...'),
  zl(T, min, 'INF', 'cmd/rate/main.go:36', 'Read database URL: mongodb-rate:27017'),
  zl(T, min, 'INF', 'cmd/rate/main.go:37', 'Initializing DB connection...'),
  zl(T, min + 0.17, 'PNC', 'cmd/rate/db.go:42', 'no reachable servers'),
  'panic: no reachable servers',
  '',
  'goroutine 1 [running]:',
  'github.com/rs/zerolog.(*Logger).Panic.func1({0xc0000b6000?, 0x0?})',
  '\t/workspace/vendor/github.com/rs/zerolog/log.go:396 +0x27',
  'github.com/rs/zerolog.(*Event).msg(0xc0001c2000, {0xc0000b6000, 0x14})',
  '\t/workspace/vendor/github.com/rs/zerolog/event.go:158 +0x2c2',
  'main.initializeDatabase({0xc00002a0c0, 0x12})',
  '\t/workspace/cmd/rate/db.go:42 +0x1f5',
  'main.main()',
  '\t/workspace/cmd/rate/main.go:38 +0x6b8',
];

export const scenarios = [
  {
    folder: 's36a-mongodb-rate-azure-disk-stuck-attached',
    description: 'hotel search erroring / no prices since ~09:40, frontend returning 500s on /hotels',
    incidentTime: A,
    expected: { component: 'mongodb-rate', cause: 'storage-unavailable' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifests: hotelReservation/kubernetes mongodb-rate (mongo:4.4.6, /data/db on PVC rate-pvc) is a kompose Deployment with
      strategy Recreate (kompose writes Recreate for Deployments with volumes), so a template change deletes the old pod before the
      new one is created; the disk is an Azure managed disk (managed-csi, disk.csi.azure.com, ReadWriteOnce).
      Fault: at 09:38 a change raising mongodb-rate's memory limit (1Gi to 2Gi) rolls the Deployment. The old pod on vmss000001 is
      deleted but the Azure detach of its disk does not complete (a known AKS/azuredisk-csi failure: the VM update that detaches
      the disk hangs), so the new pod scheduled on vmss000002 cannot attach it: attachdetach-controller reports Multi-Attach, then
      azuredisk "disk(...) already attached to node(...), could not be attached to node(...)", and the kubelet times out mounting.
      The pod stays ContainerCreating with no container log, the Service has no endpoint.
      Callers: rate dials mongodb-rate at start (mgo) and panics with "no reachable servers", so rate crash-loops (louder than the
      database, which logs nothing); search logs Unavailable from rate, the frontend answers 500. Decoys: geo restarted once three
      days ago; memcached-rate healthy. Expected: mongodb-rate, storage-unavailable (the volume cannot be attached).`,
    nodes: {},
    workloads: {
      'mongodb-rate': {
        rollout: { at: -20, revision: 4, oldContainers: { 'hotel-reserv-rate-mongo': { resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1000m', memory: '1Gi' } } } }, oldReplicas: 0 },
        containers: { 'hotel-reserv-rate-mongo': { resources: { requests: { cpu: '100m', memory: '512Mi' }, limits: { cpu: '1000m', memory: '2Gi' } } } },
        unavailableSince: -20,
        progressing: (rs) => ({ type: 'Progressing', status: 'True', lastUpdateTime: TA.iso(-19.6), lastTransitionTime: TA.iso(-19.6), reason: 'ReplicaSetUpdated', message: `ReplicaSet "${rs}" is progressing.` }),
        pods: [{ node: NODE(2), created: TA.iso(-19.6), creating: true, readyTransition: TA.iso(-19.6) }],
        endpointsChanged: -20,
      },
      rate: {
        pods: [{
          node: NODE(0),
          created: TA.iso(-60 * 24 * 6),
          containers: { 'hotel-reserv-rate': cs.crashLoop({ restarts: 7, exitCode: 2, startedAt: TA.iso(-3.2), finishedAt: TA.iso(-2.9), container: 'hotel-reserv-rate' }) },
          readyTransition: TA.iso(-17.8),
        }],
        endpointsChanged: -3,
      },
      geo: {
        pods: [{ containers: { 'hotel-reserv-geo': cs.restartedRunning({ restarts: 1, startedAt: TA.iso(-60 * 24 * 3), last: { exitCode: 2, reason: 'Error', startedAt: TA.iso(-60 * 24 * 6), finishedAt: TA.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:mongodb-rate', reason: 'ScalingReplicaSet', message: 'Scaled down replica set mongodb-rate-%OLD% to 0 from 1', first: -20 },
      { on: 'deploy:mongodb-rate', reason: 'ScalingReplicaSet', message: 'Scaled up replica set mongodb-rate-%NEW% to 1', first: -19.6 },
      { on: 'pod:mongodb-rate#0', reason: 'Scheduled', message: `Successfully assigned hotel-reservation/%POD% to ${NODE(2)}`, source: 'default-scheduler', first: -19.6 },
      { on: 'pod:mongodb-rate#0', reason: 'FailedAttachVolume', type: 'Warning', source: 'attachdetach-controller', first: -19.5, last: -19.5, message: `Multi-Attach error for volume "${RATE_PV}" Volume is already exclusively attached to one node and can't be attached to another` },
      { on: 'pod:mongodb-rate#0', reason: 'FailedAttachVolume', type: 'Warning', source: 'attachdetach-controller', first: -17.9, last: -1.2, count: 9, message: `AttachVolume.Attach failed for volume "${RATE_PV}" : rpc error: code = Internal desc = Attach volume ${SUB}/disks/${RATE_PV} to instance ${NODE(2)} failed with disk(${SUB}/disks/${RATE_PV}) already attached to node(${SUB}/virtualMachineScaleSets/aks-nodepool1-27419563-vmss/virtualMachines/aks-nodepool1-27419563-vmss_1), could not be attached to node(${NODE(2)})` },
      { on: 'pod:mongodb-rate#0', reason: 'FailedMount', type: 'Warning', first: -17.6, last: -1.6, count: 8, message: 'Unable to attach or mount volumes: unmounted volumes=[rate], unattached volumes=[rate], failed to process volumes=[]: timed out waiting for the condition' },
      { on: 'pod:rate#0', reason: 'Pulled', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', first: -18, last: -3.2, count: 8 },
      { on: 'pod:rate#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-rate in pod %POD%_hotel-reservation(%PODUID%)', first: -17.5, last: -0.4, count: 64 },
    ],
    logs: {
      'rate#0/hotel-reserv-rate/previous': rateBoot(TA, -3.2),
      'search#0/hotel-reserv-search': [
        zl(TA, -31, 'INF', 'cmd/search/main.go:63', 'Starting server...'),
        ...[-18.4, -15.2, -12.7, -9.9, -7.1, -4.6, -2.2, -0.6].map((m) => zl(TA, m, 'ERR', 'services/search/server.go:117', 'SearchHandler GetRates failed: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:rate#0%:8084: connect: connection refused"')),
      ],
      'frontend#0/hotel-reserv-frontend': [
        ...[-18.3, -14.9, -11.6, -8.8, -5.5, -2.0].map((m) => zl(TA, m, 'ERR', 'services/frontend/server.go:182', 'searchHandler Nearby failed: rpc error: code = Unknown desc = GetRates: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:rate#0%:8084: connect: connection refused"')),
      ],
      'frontend#1/hotel-reserv-frontend': [
        ...[-17.1, -13.0, -9.3, -6.0, -1.1].map((m) => zl(TA, m, 'ERR', 'services/frontend/server.go:182', 'searchHandler Nearby failed: rpc error: code = Unknown desc = GetRates: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:rate#0%:8084: connect: connection refused"')),
      ],
      'geo#0/hotel-reserv-geo': [
        zl(TA, -60 * 24 * 3 + 0.1, 'INF', 'cmd/geo/main.go:38', 'Initializing DB connection...'),
        zl(TA, -60 * 24 * 3 + 0.2, 'INF', 'cmd/geo/main.go:40', 'Successfull'),
        zl(TA, -60 * 24 * 3 + 0.3, 'INF', 'cmd/geo/main.go:63', 'Starting server...'),
      ],
    },
  },
];

// Kompose writes strategy Recreate for Deployments that mount volumes (every mongodb-*); the kit writes RollingUpdate.
export const post = {
  's36a-mongodb-rate-azure-disk-stuck-attached': ({ readList, writeList }) => {
    const d = readList('deployments.json');
    for (const x of d.items) if (x.metadata.name.startsWith('mongodb-')) x.spec.strategy = { type: 'Recreate' };
    writeList('deployments.json', d);
  },
};
