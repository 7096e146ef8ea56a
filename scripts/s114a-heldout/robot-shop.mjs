// Blind held-out batch s114a: one Stan's Robot Shop scenario on the kit's system (scripts/kit-systems/robot-shop.mjs).
// Grounding notes in the scenario's `grounding`; written before any engine run.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const IT = '2026-05-14T07:25:00Z';
const T = clock(IT);
const N2 = 'ip-10-1-2-137.eu-west-1.compute.internal';
const VOL = 'pvc-5b0e9c3d-41a7-4f2e-9d8a-6c1e7f30b2a4';
const redisErr = (min, host) => pino(T, min, 'error', host, 'Redis ERROR', `"err":{"type":"Error","message":"Redis connection to redis:6379 failed - connect ECONNREFUSED %SVCIP:redis%:6379","stack":"Error: Redis connection to redis:6379 failed - connect ECONNREFUSED %SVCIP:redis%:6379\\n    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1141:16)","errno":"ECONNREFUSED","code":"ECONNREFUSED","syscall":"connect","address":"%SVCIP:redis%","port":6379},`);

export const scenarios = [
  withDefaults({
    folder: 's114a-redis-volume-wont-mount',
    incidentTime: IT,
    description: 'robot shop: cant add anything to basket since the node patching at 7am, login also flaky',
    expected: { component: 'redis', cause: 'storage-unavailable' },
    alsoAcceptable: [{ component: 'redis', cause: 'no-endpoints' }, { component: 'redis', cause: 'dependency-down' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (instana/robot-shop K8s/helm at 55292e2): redis is a one-replica StatefulSet (redis:4.0.6) whose
      volumeClaimTemplate "data" (gp2 EBS, 1Gi) is mounted at /mnt/redis; cart and user reach it at REDIS_HOST=redis.
      Fault: after the morning node patching redis-0 was recreated on another node; the EBS volume attached, but
      MountDevice fails because the ext4 filesystem on it is damaged (the EBS CSI driver's mount error "wrong fs type,
      bad option, bad superblock", as in public aws-ebs-csi-driver issues after an unclean detach), so the pod stays in
      ContainerCreating, the redis Service has no endpoints and cart/user log ECONNREFUSED. Decoy: the node patching
      itself (all nodes Ready). Deviation from upstream: none in the manifests.
    `,
    workloads: {
      redis: { pods: [{ node: N2, creating: true, created: T.iso(-22) }], unavailableSince: -22 },
    },
    events: [
      { on: 'pod:redis#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned robot-shop/redis-0 to %NODE%', first: -22 },
      { on: 'pod:redis#0', reason: 'SuccessfulAttachVolume', source: 'attachdetach-controller', message: `AttachVolume.Attach succeeded for volume "${VOL}" `, first: -21.5 },
      { on: 'pod:redis#0', reason: 'FailedMount', type: 'Warning', message: `MountVolume.MountDevice failed for volume "${VOL}" : rpc error: code = Internal desc = could not format "/dev/nvme1n1" and mount it at "/var/lib/kubelet/plugins/kubernetes.io/csi/ebs.csi.aws.com/8c1f2e3a9b7d4c5e6f10a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3/globalmount": mount failed: exit status 32\nMounting command: mount\nMounting arguments: -t ext4 -o defaults /dev/nvme1n1 /var/lib/kubelet/plugins/kubernetes.io/csi/ebs.csi.aws.com/8c1f2e3a9b7d4c5e6f10a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3/globalmount\nOutput: mount: /var/lib/kubelet/plugins/kubernetes.io/csi/ebs.csi.aws.com/8c1f2e3a9b7d4c5e6f10a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3/globalmount: wrong fs type, bad option, bad superblock on /dev/nvme1n1, missing codepage or helper program, or other error.`, first: -21, last: -0.8, count: 17 },
      { on: 'pod:redis#0', reason: 'FailedMount', type: 'Warning', message: 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition', first: -19.8, last: -1.6, count: 9 },
      { on: `node:${N2}`, reason: 'NodeReady', message: `Node ${N2} status is now: NodeReady`, first: -27 },
      { on: `node:${N2}`, reason: 'Starting', message: 'Starting kubelet.', first: -28 },
    ],
    logs: {
      'cart#0/cart': [
        pino(T, -40, 'info', '%POD%', 'Redis READY', ''),
        redisErr(-21.8, '%POD%'),
        pino(T, -9.4, 'info', '%POD%', 'request completed', '"req":{"id":412,"method":"GET","url":"/cart/4a1c8e2b9d","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":404},"responseTime":2,'),
        redisErr(-5.2, '%POD%'),
        pino(T, -1.1, 'info', '%POD%', 'request completed', '"req":{"id":437,"method":"GET","url":"/add/4a1c8e2b9d/STAN-1/1","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":500},"responseTime":3,'),
        redisErr(-0.9, '%POD%'),
      ],
      'user#0/user': [
        pino(T, -40, 'info', '%POD%', 'Redis READY', ''),
        pino(T, -38, 'info', '%POD%', 'MongoDB connected', ''),
        redisErr(-21.7, '%POD%'),
        redisErr(-4.8, '%POD%'),
      ],
    },
  }),
];
