// Blind held-out batch s78b: the hotel-reservation scenario (system and default PVCs of scripts/s3-scenarios/hotel-reservation.mjs).
// Built by scripts/s78b-build.mjs with the session-2 scenario kit; expected answer fixed before generation.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

// zerolog ConsoleWriter (TimeFormat RFC3339, Caller(), colours on) as cmd/*/main.go configures it.
const LV = { INF: '\x1b[32mINF\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', FTL: '\x1b[1m\x1b[31mFTL\x1b[0m\x1b[0m' };
const zl = (T, min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;

const T = clock('2026-05-07T14:32:00Z');
const RATE_PV = defaultPvcs.find((p) => p.name === 'rate-pvc').volume;
const NODE2 = 'aks-nodepool1-27419563-vmss000002';
const topo = 'server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-rate:27017, Type: Unknown, Last error: dial tcp %SVCIP:mongodb-rate%:27017: connect: connection refused }, ] }';
// One start of cmd/rate at 6ecb097: InsertMany of the test data waits 30 s for server selection, then log.Fatal (exit 1).
const rateStart = (t0) => [
  zl(T, t0, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(T, t0, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(T, t0, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(T, t0, 'INF', 'cmd/rate/main.go:24', 'Reading config...'),
  zl(T, t0, 'INF', 'cmd/rate/main.go:37', 'Initializing DB connection...'),
  zl(T, t0, 'INF', 'cmd/rate/db.go:30', 'Generating test data...'),
  zl(T, t0, 'INF', 'cmd/rate/db.go:123', 'Attempting connection to mongodb://mongodb-rate:27017'),
  zl(T, t0, 'INF', 'cmd/rate/db.go:130', 'Successfully connected to MongoDB'),
  zl(T, t0 + 0.5, 'FTL', 'cmd/rate/db.go:135', topo),
];

export const scenarios = [
  {
    folder: 's78b-rate-db-csi-driver-missing',
    incidentTime: '2026-05-07T14:32:00Z',
    description: 'hotel search giving 500s since ~14:13, rate pod is crashlooping?? booking team asking for eyes',
    expected: { component: 'mongodb-rate', cause: 'storage-unavailable' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'team-name', 'decoy'],
    grounding: `
      Manifest facts (DeathStarBench hotelReservation at 6ecb097, helm chart): mongodb-rate is a one-replica Deployment
      with the claim rate-pvc (managed-csi, disk.csi.azure.com on AKS) mounted at /data/db; cmd/rate reads
      RateMongoAddress mongodb-rate:27017 from its ConfigMap, and cmd/rate/db.go inserts its test data with
      InsertMany at every start and log.Fatal()s on error; services/rate/server.go on a memcached miss calls Find and, on
      error, logs "Failed get rate data: " and then dereferences the nil cursor (a Go panic, exit 2).
      The fault: the mongodb-rate pod was recreated 19 minutes before the incident (its old node was removed by a
      cluster-autoscaler scale-down) and landed on ${NODE2}, whose Azure Disk CSI node plugin (csi-azuredisk-node in
      kube-system) is not registered with the kubelet. The attach-detach controller attaches the disk, but the kubelet
      cannot stage it: FailedMount "driver name disk.csi.azure.com not found in the list of registered CSI drivers" and
      "Unable to attach or mount volumes ... timed out waiting for the condition". The pod stays Pending in
      ContainerCreating with no IP, so the mongodb-rate Service has no endpoints and connections are refused.
      The rate service is the loud one: its first memcached miss panicked it, and every restart now dies 30 s in with
      the mongo-driver 1.12 server selection timeout (exit 1), CrashLoopBackOff; search returns the gRPC error and the
      frontend answers 500 without logging. The cause is the database's volume that cannot be mounted on its node.
      Decoy: jaeger was OOMKilled two days ago and has been running since.
      Deviations from upstream: the cluster-autoscaler and the broken CSI node plugin are outside the snapshot's
      namespace (the kubelet events carry the evidence); the scenario adds no object upstream lacks.
      Public reports: kubernetes-sigs/azuredisk-csi-driver and AKS issues "driver name disk.csi.azure.com not found in the
      list of registered CSI drivers" after node image upgrades / a crashing csi-azuredisk-node pod.
    `,
    workloads: {
      'mongodb-rate': {
        unavailableSince: -19.4,
        endpointsChanged: -19.6,
        pods: [{ created: T.iso(-19.4), node: NODE2, creating: true }],
      },
      rate: {
        pods: [
          {
            node: 'aks-nodepool1-27419563-vmss000000',
            containers: {
              'hotel-reserv-rate': cs.crashLoop({
                restarts: 7,
                exitCode: 1,
                reason: 'Error',
                startedAt: T.iso(-5.4),
                finishedAt: T.iso(-4.9),
                backoff: '5m0s',
                container: 'hotel-reserv-rate',
              }),
            },
          },
        ],
      },
      jaeger: {
        pods: [
          {
            containers: {
              'hotel-reserv-jaeger': cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 49),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 49 - 0.2) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'pod:mongodb-rate#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned hotel-reservation/%POD% to ${NODE2}`, first: -19.4, last: -19.4 },
      { on: 'pod:mongodb-rate#0', reason: 'SuccessfulAttachVolume', source: 'attachdetach-controller', message: `AttachVolume.Attach succeeded for volume "${RATE_PV}" `, first: -18.7, last: -18.7 },
      { on: 'pod:mongodb-rate#0', reason: 'FailedMount', type: 'Warning', message: `MountVolume.MountDevice failed for volume "${RATE_PV}" : kubernetes.io/csi: attacher.MountDevice failed to create newCsiDriverClient: driver name disk.csi.azure.com not found in the list of registered CSI drivers`, first: -18.6, last: -0.9, count: 17 },
      { on: 'pod:mongodb-rate#0', reason: 'FailedMount', type: 'Warning', message: 'Unable to attach or mount volumes: unmounted volumes=[rate], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition', first: -17.3, last: -1.1, count: 9 },
      { on: 'pod:rate#0', reason: 'Pulled', fieldPath: 'spec.containers{hotel-reserv-rate}', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', first: -18.6, last: -5.4, count: 8 },
      { on: 'pod:rate#0', reason: 'Created', fieldPath: 'spec.containers{hotel-reserv-rate}', message: 'Created container hotel-reserv-rate', first: -18.6, last: -5.4, count: 8 },
      { on: 'pod:rate#0', reason: 'Started', fieldPath: 'spec.containers{hotel-reserv-rate}', message: 'Started container hotel-reserv-rate', first: -18.6, last: -5.4, count: 8 },
      { on: 'pod:rate#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-rate}', message: 'Back-off restarting failed container hotel-reserv-rate in pod %POD%_hotel-reservation(%PODUID%)', first: -18.0, last: -0.4, count: 68 },
    ],
    logs: {
      'rate#0/hotel-reserv-rate': rateStart(-5.4),
      'rate#0/hotel-reserv-rate/previous': rateStart(-5.4),
      'search#0/hotel-reserv-search': [
        zl(T, -60 * 24 * 9, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
        zl(T, -60 * 24 * 9, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
        zl(T, -60 * 24 * 9, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
        zl(T, -60 * 24 * 9, 'INF', 'cmd/search/main.go:24', 'Reading config...'),
        zl(T, -60 * 24 * 9, 'INF', 'cmd/search/main.go:47', 'Initializing jaeger agent [service name: search | host: jaeger:6831]...'),
        zl(T, -60 * 24 * 9, 'INF', 'tracing/tracer.go:27', 'Jaeger client: adjusted sample ratio 0.010000'),
        zl(T, -60 * 24 * 9, 'INF', 'cmd/search/main.go:52', 'Jaeger agent initialized'),
        zl(T, -60 * 24 * 9, 'INF', 'cmd/search/main.go:54', 'Initializing consul agent [host: consul:8500]...'),
        zl(T, -60 * 24 * 9, 'INF', 'cmd/search/main.go:59', 'Consul agent initialized'),
        zl(T, -60 * 24 * 9, 'INF', 'cmd/search/main.go:70', 'Starting server...'),
        zl(T, -60 * 24 * 9 + 0.1, 'INF', 'services/search/server.go:86', 'Successfully registered in consul'),
      ],
    },
  },
];
