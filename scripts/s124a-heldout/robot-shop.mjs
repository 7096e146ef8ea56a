// Blind held-out batch s124a: one Robot Shop scenario (split test) for the scenario kit (scripts/s2-scenario-kit.mjs).
// System definition from scripts/kit-systems/robot-shop.mjs; grounding notes in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };
const I = '2026-05-19T07:42:00Z';
const T = clock(I);
const N1 = 'ip-10-1-1-84.eu-west-1.compute.internal';
const N2 = 'ip-10-1-2-137.eu-west-1.compute.internal';
const DEV = '/var/lib/kubelet/plugins/kubernetes.io/csi/ebs.csi.aws.com/5b0e9c3d41a74f2e9d8a6c1e7f30b2a4b6d1e7c2a9f04e85d13c6b7a2e9f0c41/globalmount';
const mountMsg = `MountVolume.MountDevice failed for volume "pvc-5b0e9c3d-41a7-4f2e-9d8a-6c1e7f30b2a4" : rpc error: code = Internal desc = could not format "/dev/nvme1n1" and mount it at "${DEV}": mount failed: exit status 32\nMounting command: mount\nMounting arguments: -t ext4 -o defaults /dev/nvme1n1 ${DEV}\nOutput: mount: ${DEV}: wrong fs type, bad option, bad superblock on /dev/nvme1n1, missing codepage or helper program, or other error.\n`;
const redisErr = (min, host, ip) => pino(T, min, 'error', host, 'Redis ERROR', `"err":{"type":"Error","message":"Redis connection to redis:6379 failed - connect ECONNREFUSED ${ip}:6379","stack":"Error: Redis connection to redis:6379 failed - connect ECONNREFUSED ${ip}:6379\\n    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1107:14)","errno":"ECONNREFUSED","code":"ECONNREFUSED","syscall":"connect","address":"${ip}","port":6379},`);

export const scenarios = [
  withDefaults({
    folder: 's124a-redis-volume-bad-superblock',
    incidentTime: I,
    description: 'robotshop basket empties itself and login says user not found?? started ~20 min ago, catalogue still works',
    expected: { component: 'redis', cause: 'storage-unavailable' },
    alsoAcceptable: [{ component: 'redis', cause: 'dependency-down' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression'],
    workloads: {
      redis: {
        pods: [{ name: 'redis-0', node: N2, created: T.iso(-21), creating: true }],
        endpointsChanged: -22,
        unavailableSince: -22,
      },
      cart: { pods: [{ node: N1 }] },
      user: { pods: [{ node: N1 }] },
      mongodb: {
        pods: [{ containers: { mongodb: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'sts:redis', source: 'statefulset-controller', reason: 'SuccessfulCreate', message: 'create Pod redis-0 in StatefulSet redis successful', first: -21, last: -21 },
      { on: 'pod:redis#0', source: 'default-scheduler', reason: 'Scheduled', message: `Successfully assigned robot-shop/redis-0 to ${N2}`, first: -21, last: -21 },
      { on: 'pod:redis#0', source: 'attachdetach-controller', reason: 'SuccessfulAttachVolume', message: 'AttachVolume.Attach succeeded for volume "pvc-5b0e9c3d-41a7-4f2e-9d8a-6c1e7f30b2a4" ', first: -20.5, last: -20.5 },
      { on: 'pod:redis#0', type: 'Warning', reason: 'FailedMount', message: mountMsg, first: -20, last: -0.8, count: 14 },
      { on: 'pod:redis#0', type: 'Warning', reason: 'FailedMount', message: 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition', first: -18.8, last: -2.6, count: 9 },
    ],
    logs: {
      'cart#0/cart': [
        pino(T, -60 * 24 * 2, 'info', '%POD%', 'Redis READY', ''),
        pino(T, -60 * 24 * 2, 'info', '%POD%', 'MongoDB connected', ''),
        pino(T, -22.6, 'info', '%POD%', 'request completed', '"req":{"id":8812,"method":"GET","url":"/cart/5d01b3e2a7c9","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":200},"responseTime":3,'),
        redisErr(-22.1, '%POD%', '%SVCIP:redis%'),
        pino(T, -21.9, 'info', '%POD%', 'request completed', '"req":{"id":8813,"method":"GET","url":"/add/5d01b3e2a7c9/EMM/1","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":500},"responseTime":5003,'),
        redisErr(-12.4, '%POD%', '%SVCIP:redis%'),
        pino(T, -6.2, 'info', '%POD%', 'request completed', '"req":{"id":8931,"method":"GET","url":"/cart/5d01b3e2a7c9","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":404},"responseTime":2,'),
        redisErr(-1.3, '%POD%', '%SVCIP:redis%'),
      ],
      'user#0/user': [
        pino(T, -60 * 24 * 2, 'info', '%POD%', 'Redis READY', ''),
        pino(T, -60 * 24 * 2, 'info', '%POD%', 'MongoDB connected', ''),
        redisErr(-22.0, '%POD%', '%SVCIP:redis%'),
        pino(T, -9.8, 'info', '%POD%', 'request completed', '"req":{"id":4120,"method":"POST","url":"/login","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":404},"responseTime":6,'),
        redisErr(-1.1, '%POD%', '%SVCIP:redis%'),
      ],
      'catalogue#0/catalogue': [
        pino(T, -60 * 24 * 2, 'info', '%POD%', 'MongoDB connected', ''),
        pino(T, -3.1, 'info', '%POD%', 'request completed', '"req":{"id":20211,"method":"GET","url":"/products","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":200},"responseTime":4,'),
      ],
    },
    grounding: `
      Manifest facts: redis is a StatefulSet with the volumeClaimTemplate data (gp2 EBS, 1Gi) mounted at /mnt/redis; cart and
      user connect to redis:6379 (K8s/helm values at 55292e2). Fault follows the aws-ebs-csi-driver mount path (NodeStage formats
      only a blank device, otherwise mounts ext4) and the util-linux "wrong fs type, bad option, bad superblock" failure reported
      when an EBS filesystem is damaged after an instance is stopped uncleanly: redis-0 was recreated on another node after its
      instance was replaced, the volume attached but its ext4 superblock is unreadable, so the pod stays ContainerCreating and the
      redis Service has no endpoints; cart and user log ECONNREFUSED to the ClusterIP (kube-proxy rejects a Service without
      endpoints). Decoy: a mongodb OOMKill three days old. Deviation from upstream: the pod names of cart/user pinned to one node.
    `,
  }),
];
