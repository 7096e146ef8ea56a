// Blind held-out batch s72b: one Stan's Robot Shop scenario (split test) for the scenario kit.
// System: scripts/kit-systems/robot-shop.mjs (instana/robot-shop K8s/helm at 55292e2) with withDefaults, defaultPvcs, pino.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, defaultPvcs, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const INC = '2026-07-08T14:26:00Z';
const T = clock(INC);
const DEL = -21; // redis-0 deleted by hand
const NODE = 'ip-10-1-2-137.eu-west-1.compute.internal';
const PV = 'pvc-5b0e9c3d-41a7-4f2e-9d8a-6c1e7f30b2a4';
const REFUSED = 'Redis ERROR Error: Redis connection to redis:6379 failed - connect ECONNREFUSED %SVCIP:redis%:6379';

const cartLog = [pino(T, -60 * 24 * 9 + 0.5, 'info', '%POD%', 'Redis READY'), pino(T, -60 * 24 * 9 + 0.5, 'info', '%POD%', 'Started on port 8080')];
const userLog = [pino(T, -60 * 24 * 9 + 0.5, 'info', '%POD%', 'Redis READY'), pino(T, -60 * 24 * 9 + 0.5, 'info', '%POD%', 'MongoDB connected'), pino(T, -60 * 24 * 9 + 0.5, 'info', '%POD%', 'Started on port 8080')];
for (let m = -50; m < DEL; m += 1.9) {
  cartLog.push(pino(T, m, 'info', '%POD%', 'GET /cart/4c2b1f 200', '"req":{"method":"GET","url":"/cart/4c2b1f"},"res":{"statusCode":200},"responseTime":3,'));
  userLog.push(pino(T, m + 0.2, 'info', '%POD%', 'POST /login 200', '"req":{"method":"POST","url":"/login"},"res":{"statusCode":200},"responseTime":5,'));
}
cartLog.push(pino(T, DEL + 0.05, 'error', '%POD%', 'Redis ERROR ReplyError: Connection lost (ECONNRESET)'));
userLog.push(pino(T, DEL + 0.05, 'error', '%POD%', 'Redis ERROR ReplyError: Connection lost (ECONNRESET)'));
for (let m = DEL + 0.2, i = 0; m < -0.3; m += 0.5, i++) {
  cartLog.push(pino(T, m, 'error', '%POD%', REFUSED));
  if (i % 2 === 0) cartLog.push(pino(T, m + 0.1, 'info', '%POD%', 'GET /add/4c2b1f/RD-10/1 500', '"req":{"method":"GET","url":"/add/4c2b1f/RD-10/1"},"res":{"statusCode":500},"responseTime":1,'));
  userLog.push(pino(T, m + 0.02, 'error', '%POD%', REFUSED));
  if (i % 3 === 0) userLog.push(pino(T, m + 0.2, 'info', '%POD%', 'GET /uniqueid 500', '"req":{"method":"GET","url":"/uniqueid"},"res":{"statusCode":500},"responseTime":1,'));
}
// catalogue (mongodb) is untouched.
const catLog = [pino(T, -60 * 24 * 9 + 0.5, 'info', '%POD%', 'MongoDB connected'), pino(T, -60 * 24 * 9 + 0.5, 'info', '%POD%', 'Started on port 8080')];
for (let m = -40; m < -0.3; m += 1.3)
  catLog.push(pino(T, m, 'info', '%POD%', 'GET /products 200', '"req":{"method":"GET","url":"/products"},"res":{"statusCode":200},"responseTime":4,'));
const d = (min) => {
  const x = new Date(Date.parse(INC) + min * 60000);
  const p = (n) => String(n).padStart(2, '0');
  return `${p(x.getUTCDate())}/${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][x.getUTCMonth()]}/${x.getUTCFullYear()}:${p(x.getUTCHours())}:${p(x.getUTCMinutes())}:${p(x.getUTCSeconds())} +0000`;
};
const webLog = [];
for (let m = -30; m < -0.3; m += 0.8) {
  webLog.push(`10.1.0.12 - - [${d(m)}] "GET /api/catalogue/products HTTP/1.1" 200 1904 "http://shop.robot.example/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"`);
  webLog.push(`10.1.0.12 - - [${d(m + 0.1)}] "GET /api/cart/add/4c2b1f/RD-10/1 HTTP/1.1" ${m > DEL ? 500 : 200} ${m > DEL ? 36 : 212} "http://shop.robot.example/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"`);
}

export const scenarios = [
  withDefaults({
    folder: 's72b-cache-volume-mount-no-csi-node',
    description: 'robotshop add-to-cart returns 500 since ~14:05, login flaky too. catalogue still loads. someone bounced the redis pod earlier to fix slowness',
    incidentTime: INC,
    expected: { component: 'redis', cause: 'storage-unavailable' },
    alsoAcceptable: [{ component: 'redis', cause: 'dependency-down' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'partial-name'],
    grounding: `
      Manifest facts (K8s/helm at 55292e2): redis is a StatefulSet (redis:4.0.6) with the volumeClaimTemplate data, release
      installed with storageClassName gp2 on EKS (aws-ebs-csi-driver, provisioner ebs.csi.aws.com); cart and user connect to
      redis:6379 (REDIS_HOST) and log client errors through pino ("Redis ERROR ..."); web (nginx) proxies /api/cart/.
      The fault follows the frequently reported EBS CSI failure where the driver's node plugin is not registered on the node
      (aws-ebs-csi-driver issues, add-on upgrade leaving ebs-csi-node unhealthy on a node): after redis-0 was deleted by hand it was
      recreated on the same node (its gp2 volume is zonal), the volume stays attached but the kubelet cannot stage it:
      "kubernetes.io/csi: attacher.MountDevice failed to create newCsiDriverClient: driver name ebs.csi.aws.com not found in the
      list of registered CSI drivers", so redis-0 stays ContainerCreating, the redis Service has no endpoints and cart/user get
      ECONNREFUSED (kube-proxy rejects a Service without endpoints). catalogue (MongoDB) keeps working.
      Deviations from upstream: the kube-system DaemonSet ebs-csi-node is outside the snapshot (namespace robot-shop only), so the
      node plugin's state is visible only through the kubelet's FailedMount messages.
    `,
    workloads: {
      redis: {
        pods: [{ name: 'redis-0', node: NODE, creating: true, created: T.iso(DEL + 0.1), readyTransition: T.iso(DEL + 0.1) }],
        endpointsChanged: DEL,
        unavailableSince: DEL,
      },
    },
    events: [
      { on: 'sts:redis', reason: 'SuccessfulCreate', message: 'create Pod redis-0 in StatefulSet redis successful', first: DEL + 0.1, last: DEL + 0.1 },
      { on: 'pod:redis#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned robot-shop/redis-0 to %NODE%', first: DEL + 0.1, last: DEL + 0.1 },
      { on: 'pod:redis#0', type: 'Warning', reason: 'FailedMount', message: `MountVolume.MountDevice failed for volume "${PV}" : kubernetes.io/csi: attacher.MountDevice failed to create newCsiDriverClient: driver name ebs.csi.aws.com not found in the list of registered CSI drivers`, first: DEL + 0.15, last: -0.9, count: 16 },
      { on: 'pod:redis#0', type: 'Warning', reason: 'FailedMount', message: 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition', first: DEL + 2.2, last: -0.6, count: 9 },
    ],
    logs: {
      'cart#0/cart': cartLog,
      'user#0/user': userLog,
      'catalogue#0/catalogue': catLog,
      'web#0/web': webLog,
    },
  }),
];
