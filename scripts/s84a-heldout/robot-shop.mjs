// Blind held-out batch s84a: one Robot Shop scenario (split test), on the kit system definition
// scripts/kit-systems/robot-shop.mjs (withDefaults, default PVCs, pino helper); built by scripts/s84a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const INC = '2025-11-04T08:51:00Z';
const T = clock(INC);
const N1 = 'ip-10-1-1-84.eu-west-1.compute.internal';
const PV = 'pvc-5b0e9c3d-41a7-4f2e-9d8a-6c1e7f30b2a4';
const GM = '/var/lib/kubelet/plugins/kubernetes.io/csi/ebs.csi.aws.com/3c9d1f0e7a5b42c8e6f1a9d03b7c5e2f8a4d6b1c9e0f7a3d5b2c8e1f4a6d9b07/globalmount';
const fsck = `MountVolume.MountDevice failed for volume "${PV}" : rpc error: code = Internal desc = could not format "/dev/nvme1n1" and mount it at "${GM}": 'fsck' found errors on device /dev/nvme1n1 but could not correct them: fsck from util-linux 2.30.2\n/dev/nvme1n1 contains a file system with errors, check forced.\n/dev/nvme1n1: Inode 131090 has an invalid extent node (blk 1056771, lblk 0)\n\n\n/dev/nvme1n1: UNEXPECTED INCONSISTENCY; RUN fsck MANUALLY.\n\t(i.e., without -a or -p options)\n`;
const rebooted = (restarts = 1) => cs.restartedRunning({ restarts, startedAt: T.iso(-30.6), last: { exitCode: 255, reason: 'Unknown', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-33.5) } });

export const scenarios = [
  withDefaults({
    folder: 's84a-redis-volume-fsck',
    incidentTime: INC,
    description: 'robotshop: add to cart spins and then errors since ~08:20, after that node came back from the reboot. catalogue + login fine',
    expected: { component: 'redis', cause: 'storage-unavailable' },
    alsoAcceptable: [{ component: 'redis', cause: 'dependency-down' }],
    difficulty: 'hard',
    traits: ['louder-dependents', 'time-expression', 'partial-name', 'decoy'],
    grounding: `
      Robot Shop K8s/helm (55292e2): redis is a StatefulSet with volumeClaimTemplate data (1Gi, here gp2 on the EBS CSI
      driver), mounted at /mnt/redis; cart and user keep their state in redis:6379. Node ${N1} (eu-west-1a, the zone of
      the volume) had a kernel panic and came back at 08:20Z (Rebooted, NodeNotReady/NodeReady); the containers of the pods
      on it were restarted in place (lastState Unknown/255). The unclean shutdown left the ext4 file system on the EBS
      volume inconsistent: kubernetes/mount-utils' SafeFormatAndMount runs "fsck -a" before mounting and fails with
      "'fsck' found errors on device ... but could not correct them", wrapped by aws-ebs-csi-driver NodeStageVolume as
      "could not format ... and mount it at ..." (the shape reported in kubernetes-sigs/aws-ebs-csi-driver issues about
      fsck on dirty volumes). redis-0 stays ContainerCreating, the redis Service has no ready endpoint, and cart logs
      connection errors. Decoys: cart, mongodb and rabbitmq restarted once in the same reboot and are Ready.
      Deviation from upstream: redis-0 placed on ${N1}; storageClassName gp2 set at install (SOURCES.md).
    `,
    nodes: {
      [N1]: { conditions: { Ready: { type: 'Ready', status: 'True', lastHeartbeatTime: T.iso(-0.4), lastTransitionTime: T.iso(-30.9), reason: 'KubeletReady', message: 'kubelet is posting ready status' } } },
    },
    workloads: {
      redis: {
        pods: [{ node: N1, creating: true, phase: 'Running', readyTransition: T.iso(-33.5), containers: { redis: { ...cs.creating(), restartCount: 1, lastState: { terminated: { exitCode: 255, reason: 'Unknown', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-33.5), containerID: '%CID%' } } } } }],
      },
      cart: { pods: [{ node: N1, containers: { cart: rebooted() } }] },
      mongodb: { pods: [{ node: N1, containers: { mongodb: rebooted() } }] },
      rabbitmq: { pods: [{ node: N1, containers: { rabbitmq: rebooted() } }] },
    },
    events: [
      { on: `node:${N1}`, reason: 'NodeNotReady', message: `Node ${N1} status is now: NodeNotReady`, first: -33.2, source: 'node-controller' },
      { on: `node:${N1}`, reason: 'Rebooted', type: 'Warning', message: `Node ${N1} has been rebooted, boot id: 8e2f4c1a-93b7-4d05-a6e8-1f0c7b3d9a52`, first: -31.0 },
      { on: `node:${N1}`, reason: 'NodeReady', message: `Node ${N1} status is now: NodeReady`, first: -30.9 },
      { on: 'pod:redis#0', reason: 'FailedMount', type: 'Warning', message: fsck, first: -30.5, last: -0.9, count: 23 },
      { on: 'pod:redis#0', reason: 'FailedMount', type: 'Warning', message: 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition', first: -28.4, last: -2.1, count: 13 },
      { on: 'pod:cart#0', reason: 'SandboxChanged', message: 'Pod sandbox changed, it will be killed and re-created.', first: -30.8 },
      { on: 'pod:mongodb#0', reason: 'SandboxChanged', message: 'Pod sandbox changed, it will be killed and re-created.', first: -30.8 },
    ],
    logs: {
      'cart#0/cart': [
        pino(T, -30.5, 'info', '%POD%', 'Redis connected'),
        pino(T, -30.4, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -30.4, 'error', '%POD%', 'Redis ERROR', '"err":{"type":"Error","message":"Redis connection to redis:6379 failed - connect ECONNREFUSED %SVCIP:redis%:6379","stack":"Error: Redis connection to redis:6379 failed - connect ECONNREFUSED %SVCIP:redis%:6379\\n    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1134:16)","errno":"ECONNREFUSED","code":"ECONNREFUSED","syscall":"connect","address":"%SVCIP:redis%","port":6379},'),
        pino(T, -21.7, 'info', '%POD%', 'request completed', '"req":{"id":41,"method":"GET","url":"/add/4f9a2c71-0d3e-4b58-9a16-7c2e5f8d0b34/EMM/1","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":500},"responseTime":2006,'),
        pino(T, -9.3, 'error', '%POD%', 'Redis ERROR', '"err":{"type":"AbortError","message":"Redis connection lost and command aborted. It might have been processed.","code":"UNCERTAIN_STATE"},'),
        pino(T, -2.2, 'info', '%POD%', 'request completed', '"req":{"id":97,"method":"GET","url":"/add/4f9a2c71-0d3e-4b58-9a16-7c2e5f8d0b34/RD-10/1","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":500},"responseTime":2003,'),
      ],
      'catalogue#0/catalogue': [
        pino(T, -60 * 24 * 9 + 0.6, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -2.4, 'info', '%POD%', 'request completed', '"req":{"id":2291,"method":"GET","url":"/products","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":200},"responseTime":4,'),
      ],
    },
  }),
];
