// Held-out scenario of blind batch s54b for DeathStarBench hotelReservation, on the session-3 system definition
// (scripts/s3-scenarios/hotel-reservation.mjs `system`, `defaultPvcs`); built by scripts/s54b-build.mjs (split: test).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const INC = '2026-07-14T14:47:00Z';
const T = clock(INC);
const NODE = (i) => `aks-nodepool1-27419563-vmss00000${i}`;
const PV = defaultPvcs.find((p) => p.name === 'reservation-pvc').volume;
const IMG = 'hotelres.azurecr.io/hotel-reservation:6ecb097';
const MONGO_SVC = '%SVCIP:mongodb-reservation%';

// zerolog ConsoleWriter{TimeFormat: RFC3339} with Caller(); colours on, so kubectl logs keeps the ANSI escapes.
const LV = {
  INF: '\x1b[32mINF\x1b[0m',
  ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m',
  FTL: '\x1b[1m\x1b[31mFTL\x1b[0m\x1b[0m',
};
const zl = (min, lvl, caller, msg) =>
  `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const selErr = `server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-reservation:27017, Type: Unknown, Last error: dial tcp ${MONGO_SVC}:27017: connect: connection refused }, ] }`;
// cmd/reservation/main.go + db.go: InsertMany of the test data waits out the 30 s server selection, then log.Fatal (exit 1).
const startAttempt = (start) => [
  zl(start, 'INF', 'cmd/reservation/main.go:23', 'Reading config...'),
  zl(start, 'INF', 'cmd/reservation/main.go:36', 'Initializing DB connection...'),
  zl(start, 'INF', 'cmd/reservation/db.go:27', 'Generating test data...'),
  zl(
    start,
    'INF',
    'cmd/reservation/db.go:56',
    'Attempting connection to mongodb://mongodb-reservation:27017',
  ),
  zl(start, 'INF', 'cmd/reservation/db.go:63', 'Successfully connected to MongoDB'),
  zl(start + 0.5, 'FTL', 'cmd/reservation/db.go:71', selErr),
];

// Frontend: only the search path logs a failed CheckAvailability (services/frontend/server.go:271).
const frontendLog = (seed) => {
  const out = [];
  for (let m = -20.4 + seed * 0.13; m < -0.2; m += 0.31 + ((Math.round(m * 10) + seed) % 4) * 0.11)
    out.push(zl(m, 'ERR', 'services/frontend/server.go:271', 'SearchHandler CheckAvailability failed'));
  return out;
};

export const scenarios = [
  {
    folder: 's54b-search-500s-reservation-restarting',
    incidentTime: INC,
    description:
      'booking team: hotel search returns 500s since about 14:25, the reservation pod keeps restarting. nothing deployed by us today',
    expected: { component: 'mongodb-reservation', cause: 'storage-unavailable' },
    difficulty: 'hard',
    traits: ['louder-dependents', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts: DeathStarBench hotelReservation at 6ecb097 (kit system of scripts/s3-scenarios/hotel-reservation.mjs):
      mongodb-reservation (mongo:4.4.6) keeps /data/db on PVC reservation-pvc (Azure Disk CSI, managed-csi, ReadWriteOnce);
      reservation reads ReserveMongoAddress=mongodb-reservation:27017 and ReserveMemcAddress=memcached-reserve:11211; no
      Deployment of the system has probes.
      Code facts: cmd/reservation/db.go connects lazily (mongo-driver v1.12.2: "Successfully connected to MongoDB" is logged
      before any round trip), then InsertMany of the test data and log.Fatal on its error (exit 1) after the 30 s server
      selection timeout; services/reservation/server.go CheckAvailability queries Mongo on a memcached miss and, when Find
      fails, calls curr.All on a nil cursor (nil pointer panic, exit 2); services/frontend/server.go logs only
      "SearchHandler CheckAvailability failed" and answers 500 with the gRPC error.
      Fault: the mongodb-reservation pod was deleted by hand 21 minutes before the incident; its replacement, scheduled on
      vmss000002, had the disk attached but NodeStageVolume fails: the ext4 filesystem on the disk has errors fsck -a cannot
      repair ("'fsck' found errors on device ... but could not correct them", kubernetes mount-utils, surfaced through
      azuredisk-csi-driver's "could not format ... and mount it at ..." - compare kubernetes-sigs/azuredisk-csi-driver#314,
      #2310 and the unflushed-data case described in PR #3711). The pod stays ContainerCreating, the Service has no endpoints,
      and reservation crash-loops on startup (the loudest thing in the namespace), so the frontend's search fails.
      Decoy: jaeger restarted once two days ago (OOMKilled at its 1Gi limit).
      Deviations from upstream: the hand deletion and the filesystem damage are invented; upstream mongodb Deployments use
      strategy Recreate (the kit writes RollingUpdate, irrelevant for a single deleted pod).
    `,
    workloads: {
      'mongodb-reservation': {
        pods: [{ creating: true, node: NODE(2), created: T.iso(-20.6), readyTransition: T.iso(-20.6) }],
        unavailableSince: -20.8,
        endpointsChanged: -20.8,
      },
      reservation: {
        pods: [
          {
            node: NODE(1),
            containers: {
              'hotel-reserv-reservation': cs.crashLoop({
                restarts: 8,
                exitCode: 1,
                startedAt: T.iso(-1.9),
                finishedAt: T.iso(-1.4),
                backoff: '5m0s',
                container: 'hotel-reserv-reservation',
              }),
            },
            readyTransition: T.iso(-20.1),
          },
        ],
        unavailableSince: -20.1,
        endpointsChanged: -20.1,
      },
      jaeger: {
        pods: [
          {
            containers: {
              'hotel-reserv-jaeger': cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 2 - 75),
                last: {
                  exitCode: 137,
                  reason: 'OOMKilled',
                  startedAt: T.iso(-60 * 24 * 11),
                  finishedAt: T.iso(-60 * 24 * 2 - 75.3),
                },
              }),
            },
          },
        ],
      },
    },
    events: [
      {
        on: 'pod:mongodb-reservation#0',
        reason: 'Scheduled',
        message: 'Successfully assigned hotel-reservation/%POD% to %NODE%',
        source: 'default-scheduler',
        first: -20.6,
      },
      {
        on: 'pod:mongodb-reservation#0',
        reason: 'SuccessfulAttachVolume',
        message: `AttachVolume.Attach succeeded for volume "${PV}" `,
        source: 'attachdetach-controller',
        first: -20.1,
      },
      {
        on: 'pod:mongodb-reservation#0',
        reason: 'FailedMount',
        type: 'Warning',
        count: 12,
        first: -19.8,
        last: -1.6,
        message: `MountVolume.MountDevice failed for volume "${PV}" : rpc error: code = Internal desc = could not format "/dev/disk/azure/scsi1/lun0"(lun: "0"), and mount it at "/var/lib/kubelet/plugins/kubernetes.io/csi/disk.csi.azure.com/5d1f0b8e7c2a49e3b6a4f09c8d7e21b35f6a0c4d9e8b7a6f5c4d3e2f1a0b9c8d/globalmount", failed with 'fsck' found errors on device /dev/disk/azure/scsi1/lun0 but could not correct them: fsck from util-linux 2.37.2\n/dev/sdc contains a file system with errors, check forced.\n/dev/sdc: Inode 131090 has an invalid extent node (blk 540711, lblk 0)\n\n\n/dev/sdc: UNEXPECTED INCONSISTENCY; RUN fsck MANUALLY.\n\t(i.e., without -a or -p options)\n.`,
      },
      {
        on: 'pod:mongodb-reservation#0',
        reason: 'FailedMount',
        type: 'Warning',
        count: 9,
        first: -18.5,
        last: -2.3,
        message:
          'Unable to attach or mount volumes: unmounted volumes=[reservation], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition',
      },
      {
        on: 'pod:reservation#0',
        reason: 'Pulled',
        message: `Container image "${IMG}" already present on machine`,
        fieldPath: 'spec.containers{hotel-reserv-reservation}',
        count: 9,
        first: -20.5,
        last: -1.9,
      },
      {
        on: 'pod:reservation#0',
        reason: 'Created',
        message: 'Created container hotel-reserv-reservation',
        fieldPath: 'spec.containers{hotel-reserv-reservation}',
        count: 9,
        first: -20.5,
        last: -1.9,
      },
      {
        on: 'pod:reservation#0',
        reason: 'Started',
        message: 'Started container hotel-reserv-reservation',
        fieldPath: 'spec.containers{hotel-reserv-reservation}',
        count: 9,
        first: -20.5,
        last: -1.9,
      },
      {
        on: 'pod:reservation#0',
        reason: 'BackOff',
        type: 'Warning',
        message:
          'Back-off restarting failed container hotel-reserv-reservation in pod %POD%_hotel-reservation(%PODUID%)',
        fieldPath: 'spec.containers{hotel-reserv-reservation}',
        count: 41,
        first: -19.9,
        last: -0.4,
      },
    ],
    configMaps: ['frontend', 'search', 'geo', 'profile', 'rate', 'recommendation', 'user', 'reservation']
      .map((n) => ({ name: `${n}-hotelres`, keys: ['service-config.json'] }))
      .concat([{ name: 'kube-root-ca.crt', keys: ['ca.crt'] }]),
    logs: {
      'reservation#0/hotel-reserv-reservation': startAttempt(-1.9),
      'reservation#0/hotel-reserv-reservation/previous': startAttempt(-7.4),
      'frontend#0/hotel-reserv-frontend': frontendLog(0),
      'frontend#1/hotel-reserv-frontend': frontendLog(1),
    },
  },
];
