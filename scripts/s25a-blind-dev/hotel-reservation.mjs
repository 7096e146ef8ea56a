// s25a blind dev scenario for hotel-reservation (session-3 system, scripts/s3-scenarios/hotel-reservation.mjs): after an
// unplanned reboot of an AKS node, mongodb-profile's Azure disk no longer mounts (bad superblock), the pod never starts.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const I1 = '2026-06-09T09:58:00Z';
const T = clock(I1);
const NODE = 'aks-nodepool1-27419563-vmss000002';
const OTHER = 'aks-nodepool1-27419563-vmss000000';
const PV = defaultPvcs.find((c) => c.name === 'profile-pvc').volume;
// zerolog ConsoleWriter as the images print it (colours on), as in the session-3 system module.
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const mlog = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: T.isoMs(min).replace('Z', '+00:00') }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });

const BOOT_DOWN = -21.5; // the VM went away
const BOOT_UP = -17.8; // kubelet back
const rebooted = (name, startedAt = T.iso(BOOT_UP + 0.6)) =>
  cs.restartedRunning({ restarts: 1, startedAt, last: { exitCode: 255, reason: 'Unknown', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(BOOT_DOWN) } });
const globalmount = `/var/lib/kubelet/plugins/kubernetes.io/csi/disk.csi.azure.com/8d1f3c6a2b9e47f05d6c1a3e9b7f2d4c8a6e1b3f5d7c9a2e4b6d8f0a1c3e5b7d/globalmount`;
const mountErr = `MountVolume.MountDevice failed for volume "${PV}" : rpc error: code = Internal desc = could not format /dev/disk/azure/scsi1/lun2(lun:2), and mount it at ${globalmount}, failed with mount failed: exit status 32\nMounting command: mount\nMounting arguments: -t ext4 -o defaults /dev/disk/azure/scsi1/lun2 ${globalmount}\nOutput: mount: ${globalmount}: wrong fs type, bad option, bad superblock on /dev/sdd, missing codepage or helper program, or other error.`;

const profileLog = [
  zl(-60 * 24 * 9 + 0.4, 'INF', 'cmd/profile/main.go:38', 'Read database URL: mongodb-profile:27017'),
  zl(-60 * 24 * 9 + 0.4, 'INF', 'cmd/profile/main.go:39', 'Initializing DB connection...'),
  zl(-60 * 24 * 9 + 0.5, 'INF', 'cmd/profile/main.go:41', 'Successfull'),
  zl(-60 * 24 * 9 + 0.5, 'INF', 'cmd/profile/main.go:45', 'Read profile memcashed address: memcached-profile:11211'),
  zl(-60 * 24 * 9 + 0.6, 'INF', 'cmd/profile/main.go:93', 'Starting server...'),
];
for (let m = -21.2, i = 0; m < -0.3; m += 0.61, i++) profileLog.push(zl(m, 'ERR', 'services/profile/server.go:114', 'Failed get hotels data: %!(EXTRA *errors.errorString=no reachable servers)'));

const resvMongo = [
  mlog(BOOT_UP + 0.9, 'I', 'CONTROL', 23285, 'main', 'Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols \'none\''),
  mlog(BOOT_UP + 0.9, 'I', 'CONTROL', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host: '%POD%' }),
  mlog(BOOT_UP + 0.91, 'W', 'STORAGE', 22271, 'initandlisten', 'Detected unclean shutdown - Lock file is not empty', { lockFile: '/data/db/mongod.lock' }),
  mlog(BOOT_UP + 0.91, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', { config: 'create,cache_size=7476M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000,close_scan_interval=10,close_handle_minimum=250),statistics_log=(wait=0),verbose=[recovery_progress,checkpoint_progress,compact_progress],' }),
  mlog(BOOT_UP + 0.95, 'I', 'STORAGE', 22430, 'initandlisten', 'WiredTiger message', { message: '[1781000407:412987][1:0x7f3b8c1e4c80], txn-recover: [WT_VERB_RECOVERY_PROGRESS] Recovering log 41 through 42' }),
  mlog(BOOT_UP + 0.98, 'I', 'STORAGE', 4795906, 'initandlisten', 'WiredTiger opened', { durationMillis: 4127 }),
  mlog(BOOT_UP + 1.0, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
  mlog(BOOT_UP + 1.3, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:reservation#0%:40312', connectionId: 1, connectionCount: 1 }),
];

export const scenarios = [
  {
    folder: 's25a-mongodb-profile-bad-superblock',
    incidentTime: I1,
    description: 'hotel search very slow and lots of hotels on the map have no name/address/picture since ~9:40',
    expected: { component: 'mongodb-profile', cause: 'storage-unavailable' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      session-3 system (DeathStarBench hotelReservation on AKS, 1Gi managed-csi Azure disks per mongod). The VM behind
      ${NODE} was restarted by an unplanned Azure host failure at 09:36; the node went NotReady, came back 4 minutes later
      with a new boot id (kubelet "Rebooted" Warning), and its pods restarted in place (last state Unknown, exit 255):
      frontend, user, memcached-rate and mongodb-reservation recovered, mongod replaying its journal after "Detected unclean
      shutdown". mongodb-profile's disk did not: the Azure Disk CSI node plugin's mount fails with exit status 32 and "wrong fs
      type, bad option, bad superblock on /dev/sdd" (the ext4 superblock damaged by the hard stop, as in
      kubernetes-sigs/azuredisk-csi-driver reports), so the pod stays in ContainerCreating with FailedMount events and never
      starts. profile (gopkg.in/mgo.v2 session) waits out mgo's sync timeout on every cache miss and logs services/profile
      server.go's "Failed get hotels data: " with a missing verb (%!(EXTRA ... no reachable servers)), returning empty
      profiles: searches take seconds and hotels outside memcached-profile show no name or address. The expected answer is the
      disk, not the node: the node is Ready again and every other pod on it recovered.
    `,
    nodes: {
      [NODE]: {
        conditions: {
          Ready: { type: 'Ready', status: 'True', lastHeartbeatTime: T.iso(-0.4), lastTransitionTime: T.iso(BOOT_UP + 0.3), reason: 'KubeletReady', message: 'kubelet is posting ready status' },
        },
      },
    },
    workloads: {
      frontend: { pods: [{ containers: { 'hotel-reserv-frontend': rebooted() } }, {}] },
      profile: { pods: [{ node: OTHER }] },
      user: { pods: [{ containers: { 'hotel-reserv-user': rebooted() } }] },
      'memcached-rate': { pods: [{ containers: { 'hotel-reserv-rate-mmc': rebooted() } }] },
      'mongodb-reservation': { pods: [{ containers: { 'hotel-reserv-reservation-mongo': rebooted(T.iso(BOOT_UP + 0.9)) } }] },
      'mongodb-profile': {
        unavailableSince: BOOT_DOWN,
        endpointsChanged: BOOT_DOWN + 0.6,
        pods: [
          {
            node: NODE,
            creating: true,
            phase: 'Running',
            readyTransition: T.iso(BOOT_DOWN + 0.6),
            containers: {
              'hotel-reserv-profile-mongo': {
                state: { waiting: { reason: 'ContainerCreating' } },
                lastState: { terminated: { exitCode: 255, reason: 'Unknown', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(BOOT_DOWN), containerID: '%CID%' } },
                ready: false, started: false, restartCount: 0,
              },
            },
          },
        ],
      },
    },
    events: [
      { on: `node:${NODE}`, reason: 'NodeNotReady', message: `Node ${NODE} status is now: NodeNotReady`, first: BOOT_DOWN + 0.7, source: 'node-controller', type: 'Normal' },
      { on: `node:${NODE}`, reason: 'Starting', message: 'Starting kubelet.', first: BOOT_UP },
      { on: `node:${NODE}`, reason: 'Rebooted', message: `Node ${NODE} has been rebooted, boot id: 6c3e1f9a-2b7d-4e85-9a14-d0f7c2b85e31`, type: 'Warning', first: BOOT_UP + 0.1 },
      { on: `node:${NODE}`, reason: 'NodeReady', message: `Node ${NODE} status is now: NodeReady`, first: BOOT_UP + 0.3 },
      { on: 'pod:mongodb-profile#0', reason: 'FailedMount', message: mountErr, type: 'Warning', first: BOOT_UP + 0.4, last: -1.6, count: 11 },
      { on: 'pod:mongodb-profile#0', reason: 'FailedMount', message: 'Unable to attach or mount volumes: unmounted volumes=[profile], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition', type: 'Warning', first: BOOT_UP + 2.4, last: -1.5, count: 7 },
      { on: 'pod:mongodb-reservation#0', reason: 'SandboxChanged', message: 'Pod sandbox changed, it will be killed and re-created.', first: BOOT_UP + 0.5 },
      { on: 'pod:mongodb-reservation#0', reason: 'Started', message: 'Started container hotel-reserv-reservation-mongo', first: BOOT_UP + 0.9 },
      { on: 'pod:user#0', reason: 'SandboxChanged', message: 'Pod sandbox changed, it will be killed and re-created.', first: BOOT_UP + 0.5 },
      { on: 'pod:frontend#0', reason: 'SandboxChanged', message: 'Pod sandbox changed, it will be killed and re-created.', first: BOOT_UP + 0.5 },
      { on: 'pod:memcached-rate#0', reason: 'SandboxChanged', message: 'Pod sandbox changed, it will be killed and re-created.', first: BOOT_UP + 0.5 },
    ],
    logs: {
      'profile#0/hotel-reserv-profile': profileLog,
      'mongodb-reservation#0/hotel-reserv-reservation-mongo': resvMongo,
      'frontend#0/hotel-reserv-frontend': [
        zl(BOOT_UP + 0.7, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
        zl(BOOT_UP + 0.7, 'INF', 'cmd/frontend/main.go:23', 'Reading config...'),
        zl(BOOT_UP + 0.7, 'INF', 'cmd/frontend/main.go:57', 'Initializing jaeger agent [service name: frontend | host: jaeger:6831]...'),
        zl(BOOT_UP + 0.8, 'INF', 'cmd/frontend/main.go:70', 'Initializing consul agent [host: consul:8500]...'),
        zl(BOOT_UP + 0.8, 'INF', 'cmd/frontend/main.go:81', 'Starting server...'),
      ],
    },
  },
];
