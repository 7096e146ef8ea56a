// Blind held-out batch s122a: one Stan's Robot Shop scenario on the kit's system (scripts/kit-systems/robot-shop.mjs).
// Written before any engine run; grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const T = clock('2026-05-14T07:55:00Z');
const NODE_B = 'ip-10-1-2-137.eu-west-1.compute.internal';
const mountErr = 'MountVolume.MountDevice failed for volume "pvc-5b0e9c3d-41a7-4f2e-9d8a-6c1e7f30b2a4" : rpc error: code = Internal desc = could not format "/dev/nvme1n1" and mount it at "/var/lib/kubelet/plugins/kubernetes.io/csi/ebs.csi.aws.com/0d6f3e1a8c2b47d59e1f7a3c6b8d2e40e5a91c7f3b2d8e6a4c1f9b07d3e5a2c8/globalmount": mount failed: exit status 32\nMounting command: mount\nMounting arguments: -t ext4 -o defaults /dev/nvme1n1 /var/lib/kubelet/plugins/kubernetes.io/csi/ebs.csi.aws.com/0d6f3e1a8c2b47d59e1f7a3c6b8d2e40e5a91c7f3b2d8e6a4c1f9b07d3e5a2c8/globalmount\nOutput: mount: /var/lib/kubelet/plugins/kubernetes.io/csi/ebs.csi.aws.com/0d6f3e1a8c2b47d59e1f7a3c6b8d2e40e5a91c7f3b2d8e6a4c1f9b07d3e5a2c8/globalmount: wrong fs type, bad option, bad superblock on /dev/nvme1n1, missing codepage or helper program, or other error.';

export const scenarios = [
  withDefaults({
    folder: 's122a-redis-volume-bad-superblock',
    incidentTime: '2026-05-14T07:55:00Z',
    description: 'robotshop: cart is broken since this morning, add to basket spins forever. users/login fine',
    expected: { component: 'redis', cause: 'storage-unavailable' },
    alsoAcceptable: [{ component: 'redis', cause: 'dependency-down' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'partial-name', 'time-expression'],
    workloads: {
      redis: {
        pods: [{ node: NODE_B, creating: true, created: T.iso(-48) }],
      },
    },
    events: [
      { on: 'pod:redis#0', reason: 'Scheduled', message: `Successfully assigned robot-shop/redis-0 to ${NODE_B}`, source: 'default-scheduler', first: -48, last: -48 },
      { on: 'pod:redis#0', reason: 'SuccessfulAttachVolume', message: 'AttachVolume.Attach succeeded for volume "pvc-5b0e9c3d-41a7-4f2e-9d8a-6c1e7f30b2a4" ', source: 'attachdetach-controller', first: -47.5, last: -47.5 },
      { on: 'pod:redis#0', reason: 'FailedMount', message: mountErr, type: 'Warning', first: -47, last: -0.8, count: 31 },
      { on: 'pod:redis#0', reason: 'FailedMount', message: 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition', type: 'Warning', first: -45.5, last: -1.6, count: 21 },
      { on: 'sts:redis', reason: 'SuccessfulCreate', message: 'create Pod redis-0 in StatefulSet redis successful', first: -48, last: -48 },
    ],
    logs: {
      'cart#0/cart': [
        pino(T, -50, 'info', '%POD%', 'Redis READY'),
        pino(T, -48.5, 'error', '%POD%', 'ERROR Redis: Error: Redis connection to redis:6379 failed - connect ECONNREFUSED %SVCIP:redis%:6379'),
        pino(T, -30, 'info', '%POD%', 'request completed', '"req":{"id":412,"method":"GET","url":"/add/a3f0c1d2-9b8e-4e7a-8f6d-5c4b3a2e1f09/STAN-1/1"},"res":{"statusCode":500},"responseTime":3002.4,'),
        pino(T, -2, 'info', '%POD%', 'request completed', '"req":{"id":1377,"method":"GET","url":"/cart/a3f0c1d2-9b8e-4e7a-8f6d-5c4b3a2e1f09"},"res":{"statusCode":500},"responseTime":3001.1,'),
      ],
      'user#0/user': [
        pino(T, -48.6, 'error', '%POD%', 'ERROR Redis: Error: Redis connection to redis:6379 failed - connect ECONNREFUSED %SVCIP:redis%:6379'),
        pino(T, -10, 'info', '%POD%', 'request completed', '"req":{"id":2288,"method":"POST","url":"/login"},"res":{"statusCode":200},"responseTime":7.3,'),
      ],
      'web#0/web': [
        `10.1.1.84 - - [${'14/May/2026:07:52:11 +0000'}] "GET /api/cart/add/a3f0c1d2-9b8e-4e7a-8f6d-5c4b3a2e1f09/STAN-1/1 HTTP/1.1" 500 38 "http://shop.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"`,
        `10.1.1.84 - - [${'14/May/2026:07:52:40 +0000'}] "GET /api/user/uniqueid HTTP/1.1" 200 46 "http://shop.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"`,
      ],
    },
    grounding: `
      Robot Shop Helm chart (55292e2) as the kit system: redis is a StatefulSet with volumeClaimTemplate data (gp2,
      EBS CSI). After redis-0 was recreated (node patch reboot of its previous node), the EBS volume attaches but its ext4
      filesystem no longer mounts: kubelet's MountDevice fails with mount exit status 32 "wrong fs type, bad option, bad
      superblock" (the shape of aws-ebs-csi-driver and kubernetes issues about corrupted ext4 after an unclean detach).
      The pod stays ContainerCreating; the redis Service has no endpoints. cart and user (Node.js, pino) log ECONNREFUSED
      to redis; cart answers 500, login still works. Deviation: none beyond the incident state.
    `,
  }),
];
