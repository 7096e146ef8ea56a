// Blind held-out batch s118b: one Robot Shop scenario (split test) for the s2 scenario kit.
// Built by scripts/s118b-build.mjs; system definition, defaults and pino helper from scripts/kit-systems/robot-shop.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const IT = '2026-05-13T08:31:00Z';
const T = clock(IT);
const N1 = 'ip-10-1-1-84.eu-west-1.compute.internal';
const MOUNT = 'MountVolume.MountDevice failed for volume "pvc-5b0e9c3d-41a7-4f2e-9d8a-6c1e7f30b2a4" : rpc error: code = Internal desc = could not format "/dev/nvme1n1" and mount it at "/var/lib/kubelet/plugins/kubernetes.io/csi/ebs.csi.aws.com/3f1c0d6a8e2b94c7f05a1d3e6b8c2f4a9d0e7b1c5a3f6e2d8c4b0a9f7e1d3c5b/globalmount": mount failed: exit status 32\nMounting command: mount\nMounting arguments: -t ext4 -o defaults /dev/nvme1n1 /var/lib/kubelet/plugins/kubernetes.io/csi/ebs.csi.aws.com/3f1c0d6a8e2b94c7f05a1d3e6b8c2f4a9d0e7b1c5a3f6e2d8c4b0a9f7e1d3c5b/globalmount\nOutput: mount: /var/lib/kubelet/plugins/kubernetes.io/csi/ebs.csi.aws.com/3f1c0d6a8e2b94c7f05a1d3e6b8c2f4a9d0e7b1c5a3f6e2d8c4b0a9f7e1d3c5b/globalmount: wrong fs type, bad option, bad superblock on /dev/nvme1n1, missing codepage or helper program, or other error.';

export const scenarios = [
  withDefaults({
    folder: 's118b-basket-after-node-crash',
    incidentTime: IT,
    description: 'robot shop: add to cart broken since the node crashed this morning (~08:05). catalogue + login still fine',
    expected: { component: 'redis', cause: 'storage-unavailable' },
    alsoAcceptable: [{ component: 'redis', cause: 'dependency-down' }],
    difficulty: 'hard',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `Manifests: robot-shop K8s/helm (kit-systems/robot-shop.mjs): redis is a StatefulSet with a 1Gi gp2
      volumeClaimTemplate "data" (EBS CSI); cart reads REDIS_HOST=redis. Fault follows the EBS CSI driver reports of
      "could not format ... and mount it ... wrong fs type, bad option, bad superblock" (kubernetes-sigs/aws-ebs-csi-driver
      issues) after an instance was hard-stopped: the ext4 superblock of the volume is damaged, so the volume attaches
      but MountDevice fails; redis-0 stays ContainerCreating with FailedMount warnings, the PVC stays Bound. With no ready
      redis pod the Service has no endpoints; cart (Node, ioredis) logs ECONNREFUSED and web (nginx) returns 502 for /api/cart.
      The node the old redis-0 ran on was replaced at ~08:05 (decoy: its events are gone; user also restarted once then).
      Deviation: redis-0 is recreated on ${N1}; user's single restart is a decoy from the same reboot.`,
    workloads: {
      redis: { pods: [{ node: N1, creating: true, created: T.iso(-24), containers: { redis: cs.creating() } }] },
      user: { pods: [{ containers: { user: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-25), last: { exitCode: 255, reason: 'Unknown', startedAt: T.iso(-60 * 24 * 5), finishedAt: T.iso(-26) } }) } }] },
    },
    events: [
      { on: 'sts:redis', reason: 'SuccessfulCreate', message: 'create Pod redis-0 in StatefulSet redis successful', first: -24 },
      { on: 'pod:redis#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/redis-0 to %NODE%', first: -24, source: 'default-scheduler' },
      { on: 'pod:redis#0', reason: 'SuccessfulAttachVolume', message: 'AttachVolume.Attach succeeded for volume "pvc-5b0e9c3d-41a7-4f2e-9d8a-6c1e7f30b2a4"', first: -23.5, source: 'attachdetach-controller' },
      { on: 'pod:redis#0', reason: 'FailedMount', message: MOUNT, first: -23.2, last: -1.2, count: 17, type: 'Warning' },
      { on: 'pod:redis#0', reason: 'FailedMount', message: 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition', first: -21.5, last: -1.5, count: 10, type: 'Warning' },
    ],
    logs: {
      'cart#0/cart': [
        pino(T, -40, 'info', '%POD%', 'added to cart'),
        pino(T, -25, 'error', '%POD%', 'ERROR Error: read ECONNRESET'),
        pino(T, -23, 'error', '%POD%', 'ERROR Error: connect ECONNREFUSED %SVCIP:redis%:6379'),
        pino(T, -12, 'error', '%POD%', 'ERROR Error: connect ECONNREFUSED %SVCIP:redis%:6379'),
        pino(T, -2, 'error', '%POD%', 'ERROR Error: connect ECONNREFUSED %SVCIP:redis%:6379'),
      ],
      'web#0/web': [
        `10.1.2.17 - - [13/May/2026:08:18:44 +0000] "GET /api/catalogue/products HTTP/1.1" 200 2379 "-" "Mozilla/5.0"`,
        `2026/05/13 08:18:51 [error] 23#23: *40211 upstream prematurely closed connection while reading response header from upstream, client: 10.1.2.17, server: localhost, request: "GET /api/cart/add/anonymous-7/EMM/1 HTTP/1.1", upstream: "http://%SVCIP:cart%:8080/add/anonymous-7/EMM/1", host: "robotshop.example.com"`,
        `10.1.2.17 - - [13/May/2026:08:18:51 +0000] "GET /api/cart/add/anonymous-7/EMM/1 HTTP/1.1" 502 157 "-" "Mozilla/5.0"`,
        `10.1.2.17 - - [13/May/2026:08:29:03 +0000] "GET /api/user/uniqueid HTTP/1.1" 200 42 "-" "Mozilla/5.0"`,
      ],
      'user#0/user': [
        pino(T, -25, 'info', '%POD%', 'MongoClient connected'),
        pino(T, -5, 'info', '%POD%', 'user logged in'),
      ],
    },
  }),
];
