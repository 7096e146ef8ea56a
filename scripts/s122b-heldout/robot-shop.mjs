// Blind held-out batch s122b: one Robot Shop scenario (split: test) on the kit system definition.
// Built by scripts/s122b-build.mjs with the scenario kit (scripts/s2-scenario-kit.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;
const IT = '2026-05-15T16:22:00Z';
const T = clock(IT);
const N2 = 'ip-10-1-2-137.eu-west-1.compute.internal';
const VOL = 'pvc-5b0e9c3d-41a7-4f2e-9d8a-6c1e7f30b2a4';
const mountErr = `MountVolume.MountDevice failed for volume "${VOL}" : rpc error: code = Internal desc = could not format "/dev/nvme1n1" and mount it at "/var/lib/kubelet/plugins/kubernetes.io/csi/ebs.csi.aws.com/3c1f8e0a9b2d7f64e5a1c0b9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9/globalmount": mount failed: exit status 32\nMounting command: mount\nMounting arguments: -t ext4 -o defaults /dev/nvme1n1 /var/lib/kubelet/plugins/kubernetes.io/csi/ebs.csi.aws.com/3c1f8e0a9b2d7f64e5a1c0b9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9/globalmount\nOutput: mount: /var/lib/kubelet/plugins/kubernetes.io/csi/ebs.csi.aws.com/3c1f8e0a9b2d7f64e5a1c0b9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9/globalmount: wrong fs type, bad option, bad superblock on /dev/nvme1n1, missing codepage or helper program, or other error.`;

export const scenarios = [
  withDefaults({
    folder: 's122b-redis-volume-bad-superblock',
    incidentTime: IT,
    description: 'basket broken in robot shop since 16:05 - add to cart spins, cart svc logs full of redis errors',
    expected: { component: 'redis', cause: 'storage-unavailable' },
    alsoAcceptable: [{ component: 'redis', cause: 'no-endpoints' }, { component: 'redis', cause: 'dependency-down' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    workloads: {
      redis: { pods: [{ name: 'redis-0', node: N2, creating: true, created: T.iso(-17) }], endpointsChanged: -17.5, unavailableSince: -17 },
      catalogue: {
        pods: [{ containers: { catalogue: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'pod:redis#0', reason: 'Scheduled', message: `Successfully assigned robot-shop/redis-0 to ${N2}`, source: 'default-scheduler', first: -17 },
      { on: 'pod:redis#0', reason: 'SuccessfulAttachVolume', message: `AttachVolume.Attach succeeded for volume "${VOL}" `, source: 'attachdetach-controller', first: -16.6 },
      { on: 'pod:redis#0', reason: 'FailedMount', message: mountErr, type: 'Warning', first: -16.4, last: -0.6, count: 14 },
      { on: 'pod:redis#0', reason: 'FailedMount', message: 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition', type: 'Warning', first: -15, last: -1, count: 7 },
      { on: 'sts:redis', reason: 'SuccessfulCreate', message: 'create Pod redis-0 in StatefulSet redis successful', first: -17 },
    ],
    logs: {
      'cart#0/cart': [
        pino(T, -30, 'info', '%POD%', 'GET /add/3f2a8c10/Watson/1', '"req":{"id":4411,"method":"GET","url":"/add/3f2a8c10/Watson/1"},'),
        pino(T, -17.4, 'error', '%POD%', 'Redis connection to redis:6379 failed - connect ECONNREFUSED 172.20.96.45:6379'),
        pino(T, -12.1, 'error', '%POD%', 'Redis connection to redis:6379 failed - connect ECONNREFUSED 172.20.96.45:6379'),
        pino(T, -3.5, 'error', '%POD%', 'ERROR The connection is already closed.'),
        pino(T, -0.7, 'error', '%POD%', 'Redis connection to redis:6379 failed - connect ECONNREFUSED 172.20.96.45:6379'),
      ],
      'user#0/user': [
        pino(T, -16.9, 'error', '%POD%', 'Redis connection to redis:6379 failed - connect ECONNREFUSED 172.20.96.45:6379'),
        pino(T, -2.2, 'info', '%POD%', 'GET /check/anonymous-2f81'),
      ],
    },
    grounding: `Robot Shop helm chart at 55292e2: redis is a StatefulSet with volumeClaimTemplate data (gp2, EBS CSI); cart and user
      use the node redis client against redis:6379. Fault follows public EBS CSI reports of MountDevice failing with
      "wrong fs type, bad option, bad superblock" on a volume whose filesystem was damaged (the pod was rescheduled after its
      old node was recycled): the attach succeeds, the mount fails, redis-0 stays ContainerCreating with no IP, the Service
      has no endpoints and callers get ECONNREFUSED. Decoy: catalogue's OOMKilled restart three days ago. Deviations:
      the ClusterIP printed in the client errors is illustrative; the kubelet's globalmount hash is illustrative.`,
  }),
];
