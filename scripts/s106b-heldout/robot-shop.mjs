// Blind held-out batch s106b: one Stan's Robot Shop scenario (split test) for the scenario kit
// (scripts/s2-scenario-kit.mjs), system from scripts/kit-systems/robot-shop.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const INCIDENT = '2026-05-19T11:38:00Z';
const T = clock(INCIDENT);
const NODE3 = 'ip-10-1-3-206.eu-west-1.compute.internal';
const PV = 'pvc-5b0e9c3d-41a7-4f2e-9d8a-6c1e7f30b2a4';
const cartHost = 'cart-%POD%';

const cartLogs = [];
for (let m = -15.6; m < -0.2; m += 1.3) cartLogs.push(pino(T, m, 'error', '%POD%', 'Redis ERROR'));
const webLogs = [
  `10.1.1.12 - - [19/May/2026:11:20:41 +0000] "GET /api/cart/cart/anonymous-4f1c2 HTTP/1.1" 200 212 "http://shop.robot.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"`,
  `10.1.2.40 - - [19/May/2026:11:21:03 +0000] "GET /api/catalogue/products HTTP/1.1" 200 3871 "http://shop.robot.example/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15"`,
];
const errs = [
  [-21.5 + 7.2, 'GET /api/cart/add/anonymous-9b2e1/RD-10/1', '/add/anonymous-9b2e1/RD-10/1', '10.1.2.40'],
  [-12.1, 'GET /api/cart/cart/anonymous-4f1c2', '/cart/anonymous-4f1c2', '10.1.1.12'],
  [-9.4, 'GET /api/cart/add/anonymous-77ad0/EMM-1/1', '/add/anonymous-77ad0/EMM-1/1', '10.1.3.19'],
  [-6.8, 'GET /api/cart/cart/user-ehorvath', '/cart/user-ehorvath', '10.1.1.12'],
  [-3.3, 'GET /api/cart/add/user-ehorvath/STAN-1/1', '/add/user-ehorvath/STAN-1/1', '10.1.1.12'],
  [-1.1, 'GET /api/cart/cart/anonymous-0c3d9', '/cart/anonymous-0c3d9', '10.1.2.40'],
];
for (const [m, req, path, client] of errs) {
  webLogs.push(`${T.go(m)} [error] 29#29: *${Math.round(5000 + m * -37)} upstream timed out (110: Connection timed out) while reading response header from upstream, client: ${client}, server: localhost, request: "${req} HTTP/1.1", upstream: "http://%SVCIP:cart%:8080${path}", host: "shop.robot.example", referrer: "http://shop.robot.example/"`);
  const d = new Date(Date.parse(INCIDENT) + m * 60000);
  const stamp = `19/May/2026:${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}:${String(d.getUTCSeconds()).padStart(2, '0')} +0000`;
  webLogs.push(`${client} - - [${stamp}] "${req} HTTP/1.1" 504 167 "http://shop.robot.example/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"`);
  webLogs.push(`${client} - - [${stamp}] "GET /api/catalogue/categories HTTP/1.1" 200 61 "http://shop.robot.example/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"`);
}
void cartHost;

export const scenarios = [
  withDefaults({
    folder: 's106b-redis-csi-driver-unregistered',
    description: 'robot shop basket just spins when adding stuff, 504s from the site since ~11:20. catalogue pages load fine',
    incidentTime: INCIDENT,
    expected: { component: 'redis', cause: 'storage-unavailable' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'partial-name'],
    grounding: `
      robot-shop K8s/helm at 55292e2: redis is a StatefulSet with the volumeClaimTemplate data (gp2, 1Gi); cart reads REDIS_HOST=redis
      through the node_redis client, which queues commands while it is disconnected (enable_offline_queue), so cart requests hang and
      web's nginx (proxy_pass http://cart:8080/) answers 504 after proxy_read_timeout.
      Fault follows the kubelet's CSI error when the driver's node plugin is not registered on the node
      ("driver name ebs.csi.aws.com not found in the list of registered CSI drivers", aws-ebs-csi-driver and kubernetes issues):
      redis-0 was deleted by hand at 11:22 and recreated on the same node (the only node in the volume's zone), where the
      ebs-csi-node DaemonSet pod had stopped registering after an add-on update (kube-system is outside the snapshot); the
      attach succeeds, MountDevice fails, the pod stays ContainerCreating without an IP and the redis Service has no endpoints.
      Deviations from upstream: none in the manifests; the cluster's EBS CSI add-on is assumed (the release uses storageClassName gp2).
    `,
    workloads: {
      redis: { pods: [{ node: NODE3, creating: true, created: T.iso(-16) }], endpointsChanged: -16.2 },
    },
    events: [
      { on: 'pod:redis#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned robot-shop/redis-0 to ${NODE3}`, first: -16, last: -16 },
      { on: 'pod:redis#0', reason: 'SuccessfulAttachVolume', source: 'attachdetach-controller', message: `AttachVolume.Attach succeeded for volume "${PV}" `, first: -15.7, last: -15.7 },
      { on: 'pod:redis#0', reason: 'FailedMount', type: 'Warning', count: 16, first: -15.6, last: -0.6, message: `MountVolume.MountDevice failed for volume "${PV}" : kubernetes.io/csi: attacher.MountDevice failed to create newCsiDriverClient: driver name ebs.csi.aws.com not found in the list of registered CSI drivers` },
      { on: 'pod:redis#0', reason: 'FailedMount', type: 'Warning', count: 6, first: -13.6, last: -1.6, message: 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition' },
      { on: 'sts:redis', reason: 'SuccessfulCreate', message: 'create Pod redis-0 in StatefulSet redis successful', first: -16, last: -16 },
    ],
    logs: {
      'cart#0/cart': [
        pino(T, -60 * 24 * 9 + 0.4, 'info', '%POD%', 'Redis READY'),
        pino(T, -60 * 24 * 9 + 0.4, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -16.1, 'error', '%POD%', 'Redis ERROR'),
        ...cartLogs,
      ],
      'web#0/web': webLogs,
    },
  }),
];
