// Blind held-out batch s108a: one Stan's Robot Shop scenario (split: test) for the scenario kit.
// System, default PVCs and helpers from scripts/kit-systems/robot-shop.mjs; grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const I = '2026-06-03T14:41:00Z';
const T = clock(I);
const N1 = 'ip-10-1-1-84.eu-west-1.compute.internal';
const PV = 'pvc-5b0e9c3d-41a7-4f2e-9d8a-6c1e7f30b2a4';
const GM = `/var/lib/kubelet/plugins/kubernetes.io/csi/ebs.csi.aws.com/8f2c41d7e9a05b36c1f84e27d93a6b5c0e1f7a2d4b98c3e6f05a1d27c84b9e3f/globalmount`;
const mountMsg = `MountVolume.MountDevice failed for volume "${PV}" : rpc error: code = Internal desc = could not format "/dev/nvme1n1" and mount it at "${GM}": mount failed: exit status 32\nMounting command: mount\nMounting arguments: -t ext4 -o defaults /dev/nvme1n1 ${GM}\nOutput: mount: ${GM}: wrong fs type, bad option, bad superblock on /dev/nvme1n1, missing codepage or helper program, or other error.\n`;
const cartHost = 'cart-%POD%';
const redisErr = (min) => pino(T, min, 'error', '%POD%', 'Redis ERROR', '');

export const scenarios = [
  withDefaults({
    folder: 's108a-redis-volume-superblock',
    incidentTime: I,
    description: 'robotshop basket broken since 14:20ish - add to cart just errors. catalog + login still fine',
    expected: { component: 'redis', cause: 'storage-unavailable' },
    alsoAcceptable: [{ component: 'redis', cause: 'dependency-down' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'partial-name', 'decoy'],
    workloads: {
      redis: { pods: [{ node: N1, created: T.iso(-21), creating: true, containers: { redis: cs.creating() } }], unavailableSince: -21 },
      rabbitmq: { pods: [{ containers: { rabbitmq: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }] },
    },
    events: [
      { on: 'sts:redis', reason: 'SuccessfulCreate', message: 'create Pod redis-0 in StatefulSet redis successful', first: -21 },
      { on: 'pod:redis#0', source: 'default-scheduler', reason: 'Scheduled', message: `Successfully assigned robot-shop/redis-0 to ${N1}`, first: -21 },
      { on: 'pod:redis#0', source: 'attachdetach-controller', reason: 'SuccessfulAttachVolume', message: `AttachVolume.Attach succeeded for volume "${PV}" `, first: -20.6 },
      { on: 'pod:redis#0', type: 'Warning', reason: 'FailedMount', message: mountMsg, first: -20.4, last: -1.2, count: 14 },
      { on: 'pod:redis#0', type: 'Warning', reason: 'FailedMount', message: 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition', first: -18.9, last: -2.6, count: 8 },
    ],
    logs: {
      'cart#0/cart': [
        pino(T, -60 * 24 * 9, 'info', '%POD%', 'Redis READY'),
        pino(T, -40, 'info', '%POD%', 'request completed', '"req":{"id":8812,"method":"GET","url":"/cart/anonymous-4120","remoteAddress":"::ffff:10.1.2.77"},"res":{"statusCode":200},"responseTime":3,'),
        redisErr(-21.3),
        pino(T, -21.2, 'error', '%POD%', 'Redis ERROR', '"code":"ECONNREFUSED","errno":"ECONNREFUSED","syscall":"connect","address":"%SVCIP:redis%","port":6379,'),
        pino(T, -10, 'error', '%POD%', 'Redis ERROR', '"code":"ECONNREFUSED","errno":"ECONNREFUSED","syscall":"connect","address":"%SVCIP:redis%","port":6379,'),
        pino(T, -2, 'error', '%POD%', 'Redis ERROR', '"code":"ECONNREFUSED","errno":"ECONNREFUSED","syscall":"connect","address":"%SVCIP:redis%","port":6379,'),
        pino(T, -1.9, 'info', '%POD%', 'request completed', '"req":{"id":9307,"method":"GET","url":"/add/anonymous-5532/HAL-1/1","remoteAddress":"::ffff:10.1.2.77"},"res":{"statusCode":500},"responseTime":5002,'),
      ],
      'catalogue#0/catalogue': [
        pino(T, -60 * 24 * 9, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -3, 'info', '%POD%', 'request completed', '"req":{"id":20331,"method":"GET","url":"/products","remoteAddress":"::ffff:10.1.2.77"},"res":{"statusCode":200},"responseTime":4,'),
      ],
      'web#0/web': [
        `10.1.2.77 - - [${T.java(-3).slice(8,10)}/Jun/2026:${T.hm(-3)}:12 +0000] "GET /api/catalogue/products HTTP/1.1" 200 2311 "http://shop.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"`,
        `10.1.2.77 - - [${T.java(-2).slice(8,10)}/Jun/2026:${T.hm(-2)}:03 +0000] "GET /api/cart/add/anonymous-5532/HAL-1/1 HTTP/1.1" 500 68 "http://shop.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"`,
      ],
    },
    grounding: `
      Robot Shop helm chart (instana/robot-shop K8s/helm at 55292e2): redis is a StatefulSet with the volumeClaimTemplate
      data (gp2, 1Gi) mounted at /mnt/redis; cart reaches it at redis:6379 (REDIS_HOST default) and logs 'Redis ERROR' on the
      client's error event (cart/server.js). Fault follows the aws-ebs-csi-driver reports of a volume whose ext4 superblock
      is damaged after an unclean detach: the attach succeeds, NodeStageVolume's mount fails with exit status 32 "wrong fs
      type, bad option, bad superblock" and the pod stays ContainerCreating. Deviation: redis-0 was recreated 21 minutes
      before the incident (the old pod was deleted); the Service has no endpoint so cart's connects are refused. rabbitmq's
      OOMKilled three days ago is a decoy.`,
  }),
];
