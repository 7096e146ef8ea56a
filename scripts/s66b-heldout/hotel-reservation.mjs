// Blind held-out batch s66b (split test): one hotelReservation scenario as a compact spec for scripts/s2-scenario-kit.mjs.
// System and default PVCs from scripts/s3-scenarios/hotel-reservation.mjs (system part); built by scripts/s66b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const I = '2026-02-02T08:47:00Z';
const T = clock(I);
const VOL = defaultPvcs.find((p) => p.name === 'rate-pvc').volume;
const SUB = '3f1c2a7e-8d41-4b9a-a6e0-52c7d9f1b3a8';
const RG = 'mc_hotelres-prod_hotelres-aks_eastus2';
const NEW_NODE = 'aks-nodepool1-27419563-vmss000002';

// zerolog ConsoleWriter with colours, as the images print it (SOURCES.md).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', FTL: '\x1b[1m\x1b[31mFTL\x1b[0m\x1b[0m', PNC: '\x1b[1m\x1b[31mPNC\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const boot = (min, svc) => [
  zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(min, 'INF', `cmd/${svc}/main.go:23`, 'Reading config...'),
];
const SEL = () => `server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-rate:27017, Type: Unknown, Last error: dial tcp %SVCIP:mongodb-rate%:27017: connect: connection refused }, ] }`;
const attachFail = `AttachVolume.Attach failed for volume "${VOL}" : rpc error: code = Internal desc = Attach volume /subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.Compute/disks/${VOL} to instance ${NEW_NODE} failed with Retriable: false, RetryAfter: 0s, HTTPStatusCode: 409, RawError: {\n  "error": {\n    "code": "OperationNotAllowed",\n    "message": "Cannot attach data disk '${VOL}' to VM 'aks-nodepool1-27419563-vmss_2' because the disk is currently being detached or the last detach operation failed. Please wait until the disk is completely detached and then try again or delete/detach the disk explicitly again. Instance ids which are not updated: '2'"\n  }\n}`;

export const scenarios = [
  {
    folder: 's66b-search-500-after-mongo-patch',
    incidentTime: I,
    description: 'hotel search returns 500 since about 8:25, rate svc is crashlooping. discovery team on it? reservations/login still ok',
    expected: { component: 'mongodb-rate', cause: 'storage-unavailable' },
    difficulty: 'hard',
    traits: ['louder-dependents', 'time-expression', 'team-name', 'decoy'],
    grounding: `
      hotelReservation as scripts/s3-scenarios/hotel-reservation.mjs (delimitrou/DeathStarBench at 6ecb097, operator overlay
      of test/scenarios/hotel-reservation/SOURCES.md: AKS, PVCs on Azure Disk managed-csi). Upstream facts used: the
      mongodb-* Deployments (kompose output) use strategy Recreate and mount /data/db from an RWO PVC (rate-pvc for
      mongodb-rate); rate reads memcached-rate first and on a miss queries mongodb-rate, log.Panic()-ing on a Mongo error
      (services/rate/server.go), and at start inserts its data, log.Fatal()-ing on a Mongo error (cmd/rate/db.go), so a Mongo
      outage crash-loops rate; search calls rate and frontend answers 500 for the search.
      Fault (deviation, the incident itself): a patch release of mongodb-rate (image mongo:4.4.6 -> mongo:4.4.29, the only
      difference between the old and new ReplicaSet templates) about 23 min before the incident. Recreate removed the old pod
      on vmss000001; the new pod went to vmss000002 and its Azure Disk cannot move: the attach-detach controller first reports
      Multi-Attach (the disk still attached to the old node), then every attach fails with Azure's 409 OperationNotAllowed
      "the disk is currently being detached or the last detach operation failed" - the failure reported in
      kubernetes-sigs/azuredisk-csi-driver and AKS issues about disks stuck detaching - and the kubelet times out mounting. The
      pod stays ContainerCreating, the mongodb-rate Service has no endpoint, rate crash-loops (its last run ended with the
      server-selection FTL; the first crash was the panic on a cache miss) and search/frontend return the gRPC error as a 500
      without logging it (services/search/server.go returns the error, frontend http.Error). Decoy: profile
      restarted once four days ago (a memcached-profile blip), healthy since. Cause named: storage-unavailable on mongodb-rate.
      The kit's RollingUpdate for the mongodb-* Deployments is rewritten to Recreate by scripts/s66b-build.mjs.`,
    workloads: {
      'mongodb-rate': {
        containers: { 'hotel-reserv-rate-mongo': { image: 'mongo:4.4.29' } },
        rollout: { at: -23.2, oldReplicas: 0, oldContainers: { 'hotel-reserv-rate-mongo': { image: 'mongo:4.4.6' } } },
        pods: [{ creating: true, node: NEW_NODE, created: T.iso(-22.9), readyTransition: T.iso(-22.9) }],
        unavailableSince: -23.2,
        endpointsChanged: -23.1,
        progressing: (rsName) => ({
          type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-12.9), lastTransitionTime: T.iso(-12.9),
          reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rsName}" has timed out progressing.`,
        }),
      },
      rate: {
        pods: [
          {
            containers: {
              'hotel-reserv-rate': cs.crashLoop({
                restarts: 6, exitCode: 1, reason: 'Error', startedAt: T.iso(-5.6), finishedAt: T.iso(-5.1), backoff: '5m0s', container: 'hotel-reserv-rate',
              }),
            },
            readyTransition: T.iso(-22.4),
          },
        ],
        unavailableSince: -22.4,
      },
      profile: {
        pods: [
          {
            containers: {
              'hotel-reserv-profile': cs.restartedRunning({
                restarts: 1, startedAt: T.iso(-60 * 24 * 4 + 0.2),
                last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:mongodb-rate', reason: 'ScalingReplicaSet', message: 'Scaled down replica set mongodb-rate-%OLD% to 0 from 1', first: -23.2 },
      { on: 'deploy:mongodb-rate', reason: 'ScalingReplicaSet', message: 'Scaled up replica set mongodb-rate-%NEW% to 1', first: -22.95 },
      { on: 'pod:mongodb-rate#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: -22.9 },
      { on: 'pod:mongodb-rate#0', source: 'attachdetach-controller', reason: 'FailedAttachVolume', type: 'Warning', message: `Multi-Attach error for volume "${VOL}" Volume is already exclusively attached to one node and can't be attached to another`, first: -22.9 },
      { on: 'pod:mongodb-rate#0', source: 'attachdetach-controller', reason: 'FailedAttachVolume', type: 'Warning', message: attachFail, first: -21.6, last: -0.7, count: 12 },
      { on: 'pod:mongodb-rate#0', reason: 'FailedMount', type: 'Warning', message: 'Unable to attach or mount volumes: unmounted volumes=[rate], unattached volumes=[rate], failed to process volumes=[]: timed out waiting for the condition', first: -20.8, last: -2.6, count: 9 },
      { on: 'pod:rate#0', reason: 'Pulled', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', first: -22.4, last: -5.6, count: 6, fieldPath: 'spec.containers{hotel-reserv-rate}' },
      { on: 'pod:rate#0', reason: 'Created', message: 'Created container hotel-reserv-rate', first: -22.4, last: -5.6, count: 6, fieldPath: 'spec.containers{hotel-reserv-rate}' },
      { on: 'pod:rate#0', reason: 'Started', message: 'Started container hotel-reserv-rate', first: -22.4, last: -5.6, count: 6, fieldPath: 'spec.containers{hotel-reserv-rate}' },
      { on: 'pod:rate#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-rate in pod %POD%_hotel-reservation(%PODUID%)', first: -21.9, last: -0.3, count: 41, fieldPath: 'spec.containers{hotel-reserv-rate}' },
    ],
    logs: {
      'rate#0/hotel-reserv-rate/previous': [
        ...boot(-5.6, 'rate'),
        zl(-5.6, 'INF', 'cmd/rate/main.go:36', 'Read database URL: mongodb-rate:27017'),
        zl(-5.6, 'INF', 'cmd/rate/main.go:37', 'Initializing DB connection...'),
        zl(-5.1, 'FTL', 'cmd/rate/db.go:43', SEL()),
      ],
      'profile#0/hotel-reserv-profile': [
        ...boot(-60 * 24 * 4 + 0.2, 'profile'),
        zl(-60 * 24 * 4 + 0.21, 'INF', 'cmd/profile/main.go:37', 'Read database URL: mongodb-profile:27017'),
        zl(-60 * 24 * 4 + 0.21, 'INF', 'cmd/profile/main.go:38', 'Initializing DB connection...'),
        zl(-60 * 24 * 4 + 0.23, 'INF', 'cmd/profile/db.go:38', 'New session successfull...'),
        zl(-60 * 24 * 4 + 0.25, 'INF', 'cmd/profile/main.go:61', 'Starting server...'),
      ],
    },
  },
];
