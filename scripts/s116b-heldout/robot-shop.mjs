// Blind held-out batch s116b: one Stan's Robot Shop scenario for the kit (scripts/s2-scenario-kit.mjs),
// system and helpers from scripts/kit-systems/robot-shop.mjs (instana/robot-shop K8s/helm at 55292e2).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const T = clock('2026-04-21T07:18:00Z');
const N2 = 'ip-10-1-2-137.eu-west-1.compute.internal';
const VOL = 'pvc-5b0e9c3d-41a7-4f2e-9d8a-6c1e7f30b2a4';
const GM = `/var/lib/kubelet/plugins/kubernetes.io/csi/ebs.csi.aws.com/8e1f2b7c4a90d35e6f1c2b8a7d4e9f0c3b5a6d1e2f7c8b9a0d3e4f5a6b7c8d9e/globalmount`;
const mountMsg = `MountVolume.MountDevice failed for volume "${VOL}" : rpc error: code = Internal desc = could not format "/dev/nvme1n1" and mount it at "${GM}": mount failed: exit status 32\nMounting command: mount\nMounting arguments: -t ext4 -o defaults /dev/nvme1n1 ${GM}\nOutput: mount: ${GM}: wrong fs type, bad option, bad superblock on /dev/nvme1n1, missing codepage or helper program, or other error.\n`;
const refused = (ip) => `Redis connection to redis:6379 failed - connect ECONNREFUSED ${ip}:6379`;
const cartLogs = [];
for (let m = -50; m < -1; m += 3.1) cartLogs.push(pino(T, m, 'error', '%POD%', 'ERROR', `"err":{"type":"Error","message":"${refused('%SVCIP:redis%')}","stack":"Error: ${refused('%SVCIP:redis%')}\\n    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1141:16)","errno":"ECONNREFUSED","code":"ECONNREFUSED","syscall":"connect","address":"%SVCIP:redis%","port":6379},`));
const userLogs = [];
for (let m = -48; m < -1; m += 4.3) userLogs.push(pino(T, m, 'error', '%POD%', 'redis error', `"err":{"type":"Error","message":"${refused('%SVCIP:redis%')}","code":"ECONNREFUSED"},`));
userLogs.push(pino(T, -5, 'info', '%POD%', 'request completed', '"req":{"id":412,"method":"GET","url":"/uniqueid"},"res":{"statusCode":500},"responseTime":3,'));

export const scenarios = [
  withDefaults({
    folder: 's116b-cart-login-after-nodegroup',
    incidentTime: '2026-04-21T07:18:00Z',
    description: 'robotshop: add to cart spins forever + anonymous login fails since early this morning, maybe related to the nodegroup AMI update last night? catalogue pages still fine',
    expected: { component: 'redis', cause: 'storage-unavailable' },
    alsoAcceptable: [{ component: 'redis', cause: 'dependency-down' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'partial-name'],
    grounding: `
      Manifest facts: redis is a StatefulSet (redis:4.0.6) with the volumeClaimTemplate "data" on gp2 (EBS CSI) mounted at /mnt/redis;
      cart and user reach it as redis:6379 (K8s/helm at 55292e2).
      Fault: after a managed node group AMI update recycled the nodes, redis-0 was rescheduled; its EBS volume attaches to the new node
      (attachdetach-controller SuccessfulAttachVolume) but the ext4 filesystem on it no longer mounts (kubelet FailedMount "wrong fs type,
      bad option, bad superblock on /dev/nvme1n1", the EBS CSI driver's MountDevice error text as in public aws-ebs-csi-driver
      issues about volumes left dirty by an unclean detach). redis-0 stays ContainerCreating, the redis Service has no endpoints, and
      cart and user log ECONNREFUSED from the Service address while catalogue (MongoDB) keeps working.
      Deviations from upstream: the device name and global mount hash are illustrative.`,
    workloads: {
      redis: { pods: [{ node: N2, creating: true, created: T.iso(-52) }] },
    },
    events: [
      { on: 'pod:redis#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned robot-shop/redis-0 to ${N2}`, first: -52, last: -52 },
      { on: 'pod:redis#0', reason: 'SuccessfulAttachVolume', source: 'attachdetach-controller', message: `AttachVolume.Attach succeeded for volume "${VOL}" `, first: -51.5, last: -51.5 },
      { on: 'pod:redis#0', reason: 'FailedMount', type: 'Warning', message: mountMsg, first: -51, last: -1.2, count: 31 },
      { on: 'pod:redis#0', reason: 'FailedMount', type: 'Warning', message: 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition', first: -49, last: -3, count: 22 },
    ],
    logs: {
      'cart#0/cart': cartLogs,
      'user#0/user': userLogs,
      'catalogue#0/catalogue': [pino(T, -20, 'info', '%POD%', 'request completed', '"req":{"id":9120,"method":"GET","url":"/products"},"res":{"statusCode":200},"responseTime":4,'), pino(T, -4, 'info', '%POD%', 'request completed', '"req":{"id":9188,"method":"GET","url":"/categories"},"res":{"statusCode":200},"responseTime":3,')],
    },
  }),
];
