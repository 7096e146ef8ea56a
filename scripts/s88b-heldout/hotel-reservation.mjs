// Blind held-out batch s88b: one DeathStarBench hotelReservation scenario (split test) as a spec of the scenario kit.
// System and default PVCs from the system part of scripts/s3-scenarios/hotel-reservation.mjs; built by scripts/s88b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs } from '../s3-scenarios/hotel-reservation.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const INC = '2026-07-14T11:37:00Z';
const T = clock(INC);
const NODE = 'aks-nodepool1-27419563-vmss000001';
const mlog = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: T.isoMs(min).replace('Z', '+00:00') }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });
const LV = { INF: '\x1b[32mINF\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const failStart = (min) => [
  mlog(min, 'I', 'CONTROL', 23285, 'main', 'Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols \'none\''),
  mlog(min, 'W', 'ASIO', 22601, 'main', 'No TransportLayer configured during NetworkInterface startup'),
  mlog(min, 'I', 'NETWORK', 4648601, 'main', 'Implicit TCP FastOpen unavailable. If TCP FastOpen is required, set tcpFastOpenServer, tcpFastOpenClient, and tcpFastOpenQueueSize.'),
  mlog(min, 'I', 'STORAGE', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host: '%POD%' }),
  mlog(min, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: { version: '4.4.29', gitVersion: 'f4dda329a99811c707eb06d05ad023599f9be263', openSSLVersion: 'OpenSSL 1.1.1f  31 Mar 2020', modules: [], allocator: 'tcmalloc', environment: { distmod: 'ubuntu2004', distarch: 'x86_64', target_arch: 'x86_64' } } }),
  mlog(min, 'I', 'CONTROL', 21951, 'initandlisten', 'Options set by command line', { options: { net: { bindIp: '*' } } }),
  mlog(min, 'E', 'STORAGE', 20557, 'initandlisten', 'DBException in initAndListen, terminating', { error: 'DBPathInUse: Unable to lock the lock file: /data/db/mongod.lock (Resource temporarily unavailable). Another mongod instance is already running on the /data/db directory' }),
  mlog(min, 'I', 'NETWORK', 20562, 'initandlisten', 'Shutdown: going to close listening sockets'),
  mlog(min, 'I', '-', 20520, 'initandlisten', 'Stopping further Flow Control ticket acquisitions.'),
  mlog(min, 'I', 'CONTROL', 20565, 'initandlisten', 'Now exiting'),
  mlog(min, 'I', 'CONTROL', 23138, 'initandlisten', 'Shutting down', { exitCode: 100 }),
];

export const scenarios = [
  {
    folder: 's88b-mongo-geo-bump-never-finishes',
    description: 'hotelres: bumped mongo-geo to 4.4.29 ~20 min ago and the rollout never finishes, new pod keeps restarting. search still ok',
    incidentTime: INC,
    expected: { component: 'mongodb-geo', cause: 'crash-loop' },
    alsoAcceptable: [{ component: 'mongodb-geo', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'partial-name', 'time-expression'],
    grounding: `
      Manifests: hotelReservation/kubernetes at 6ecb097 (Deployment mongodb-geo, mongo:4.4.6 with --bind_ip_all, claim geo-pvc
      ReadWriteOnce mounted at /data/db; geo reads it through mongodb-geo:27017). The Deployment keeps the default
      RollingUpdate strategy (maxSurge 25%, so one surge pod) on a ReadWriteOnce Azure disk.
      Fault: a patch bump of the image to mongo:4.4.29 created a surge pod while the old mongod still ran; the zonal disk
      (managed-csi, LRS) pins the new pod to the old pod's node, where ReadWriteOnce lets both pods mount the same volume,
      so the new mongod cannot take /data/db/mongod.lock: DBPathInUse ... Another mongod instance is already running
      (mongod log ids 20557/23138), exit code 100, CrashLoopBackOff; the Deployment reports ProgressDeadlineExceeded.
      The old pod keeps serving, so geo and search work (the pattern of kubernetes/kubernetes issues on RWO volumes
      with RollingUpdate; the usual fix is strategy Recreate).
      The old and new ReplicaSets differ only by the image tag.
      Deviation from upstream: the image tag of the new revision.`,
    workloads: {
      'mongodb-geo': {
        containers: { 'hotel-reserv-geo-mongo': { image: 'mongo:4.4.29' } },
        rollout: { at: -21, oldReplicas: 1, oldContainers: { 'hotel-reserv-geo-mongo': { image: 'mongo:4.4.6' } } },
        pods: [{
          node: NODE,
          containers: { 'hotel-reserv-geo-mongo': cs.crashLoop({ restarts: 8, exitCode: 100, startedAt: T.iso(-1.9), finishedAt: T.iso(-1.85), container: 'hotel-reserv-geo-mongo' }) },
        }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-10.5), lastTransitionTime: T.iso(-10.5), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:mongodb-geo', reason: 'ScalingReplicaSet', message: 'Scaled up replica set mongodb-geo-%NEW% to 1', first: -21 },
      { on: 'rs:mongodb-geo', reason: 'SuccessfulCreate', source: 'replicaset-controller', message: 'Created pod: mongodb-geo-%RS%', first: -21 },
      { on: 'pod:mongodb-geo#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: -20.9 },
      { on: 'pod:mongodb-geo#0', reason: 'Pulling', fieldPath: 'spec.containers{hotel-reserv-geo-mongo}', message: 'Pulling image "mongo:4.4.29"', first: -20.8 },
      { on: 'pod:mongodb-geo#0', reason: 'Pulled', fieldPath: 'spec.containers{hotel-reserv-geo-mongo}', message: 'Successfully pulled image "mongo:4.4.29" in 6.912s (6.912s including waiting). Image size: 180514921 bytes.', first: -20.7 },
      { on: 'pod:mongodb-geo#0', reason: 'Pulled', fieldPath: 'spec.containers{hotel-reserv-geo-mongo}', message: 'Container image "mongo:4.4.29" already present on machine', first: -20.5, last: -1.95, count: 8 },
      { on: 'pod:mongodb-geo#0', reason: 'Created', fieldPath: 'spec.containers{hotel-reserv-geo-mongo}', message: 'Created container hotel-reserv-geo-mongo', first: -20.7, last: -1.95, count: 9 },
      { on: 'pod:mongodb-geo#0', reason: 'Started', fieldPath: 'spec.containers{hotel-reserv-geo-mongo}', message: 'Started container hotel-reserv-geo-mongo', first: -20.7, last: -1.9, count: 9 },
      { on: 'pod:mongodb-geo#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-geo-mongo}', message: 'Back-off restarting failed container hotel-reserv-geo-mongo in pod %POD%_hotel-reservation(%PODUID%)', first: -20.2, last: -0.3, count: 88 },
    ],
    logs: {
      'mongodb-geo#0/hotel-reserv-geo-mongo/previous': failStart(-1.9),
      'mongodb-geo#old0/hotel-reserv-geo-mongo': [
        mlog(-30, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:geo#0%:41872', connectionId: 4121, connectionCount: 3 }),
        mlog(-5, 'I', 'STORAGE', 22430, 'WTCheckpointThread', 'WiredTiger message', { message: '[1784028720:412785][1:0x7f2c91d4b700], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: 9120, snapshot max: 9120 snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0)' }),
      ],
      'geo#0/hotel-reserv-geo': [
        zl(-60 * 24 * 9 + 1, 'INF', 'cmd/geo/main.go:39', 'Read database URL: mongodb-geo:27017'),
        zl(-60 * 24 * 9 + 1, 'INF', 'cmd/geo/db.go:29', 'New session successfull...'),
        zl(-60 * 24 * 9 + 1, 'INF', 'cmd/geo/main.go:78', 'Successfully registered in consul'),
      ],
    },
  },
];
