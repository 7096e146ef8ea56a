// Blind held-out batch s72a: one Robot Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs), on the kit
// system scripts/kit-systems/robot-shop.mjs (withDefaults, default PVCs, pino helper); built by scripts/s72a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { defaultPvcs };

// The eu-west-1a worker (ip-10-1-1-84, i-0a3d71c5e92f4b618) failed and was replaced by the node group; the API now
// lists its replacement in eu-west-1a (NEW_NODE, registered ~10 minutes before the incident).
export const NEW_NODE = 'ip-10-1-1-201.eu-west-1.compute.internal';
const [a, b, c] = base.nodes;
export const system = {
  ...base,
  nodes: [b, c, { ...a, name: NEW_NODE, ip: '10.1.1.201', providerID: 'aws:///eu-west-1a/i-0d94a2c7e51b38f06' }],
};

const T = clock('2026-08-12T03:25:00Z');
const B = b.name, C = c.name;
const PV = 'pvc-5b0e9c3d-41a7-4f2e-9d8a-6c1e7f30b2a4';
const VOL = 'vol-0c7f3a91d2e84b56f';
const ATTACH_ERR = `AttachVolume.Attach failed for volume "${PV}" : rpc error: code = Internal desc = Could not attach volume "${VOL}" to node "i-0d94a2c7e51b38f06": could not attach volume "${VOL}" to node "i-0d94a2c7e51b38f06": operation error EC2: AttachVolume, https response error StatusCode: 400, RequestID: 7d1c04e2-5b9a-4f38-a6e1-2c90b8f3d417, api error VolumeInUse: ${VOL} is already attached to an instance`;
const RECREATED = -10.9;
const redisErr = (min, host) => pino(T, min, 'error', host, `Redis ERROR Error: Redis connection to redis:6379 failed - connect ECONNREFUSED %SVCIP:redis%:6379`);
const cartLog = [
  pino(T, RECREATED + 0.3, 'info', '%POD%', 'Started on port 8080'),
  ...[-10.5, -10.2, -9.6, -8.7, -7.4, -6.1, -4.8, -3.5, -2.2, -0.9].map((m) => redisErr(m, '%POD%')),
  ...[-9.1, -6.6, -3.9, -1.4].map((m) => pino(T, m, 'info', '%POD%', 'request completed', `"req":{"id":${Math.round(-m * 17)},"method":"GET","url":"/health","headers":{"host":"cart:8080","user-agent":"kube-probe/1.30"},"remoteAddress":"::ffff:10.1.2.137","remotePort":${41000 + Math.round(-m * 13)}},"res":{"statusCode":200,"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8","content-length":"27"}},"responseTime":1,`)),
];
const userLog = [
  pino(T, -60 * 24 * 9 + 0.4, 'info', '%POD%', 'Started on port 8080'),
  pino(T, -60 * 24 * 9 + 0.4, 'info', '%POD%', 'Redis READY'),
  pino(T, -60 * 24 * 9 + 0.5, 'info', '%POD%', 'MongoDB connected'),
  pino(T, -15.8, 'error', '%POD%', 'Redis ERROR Error: Redis connection to redis:6379 failed - read ECONNRESET'),
  ...[-15.2, -13.9, -12.4, -10.8, -9.3, -7.7, -5.9, -4.1, -2.4, -0.6].map((m) => redisErr(m, '%POD%')),
];
const ts = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const M = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${M}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
};
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0.6478.126 Safari/537.36';
const HOST = 'shop.robotshop.example.com';
const acc = (min, path, status, bytes) => `10.1.2.15 - - [${ts(min)}] "GET ${path} HTTP/1.1" ${status} ${bytes} "https://${HOST}/" "${UA}"`;
const timeout = (min, n, path, svc, up) => `${T.go(min)} [error] 31#31: *${n} upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.2.15, server: localhost, request: "GET ${path} HTTP/1.1", upstream: "http://%SVCIP:${svc}%:8080${up}", host: "${HOST}"`;
const webLog = [];
[-24, -21, -18.5].forEach((m, i) => {
  webLog.push(acc(m, '/api/catalogue/products', 200, 2214), acc(m + 0.01, `/api/user/uniqueid`, 200, 42), acc(m + 0.02, `/api/cart/cart/anonymous-${2360 + i}`, 200, 187));
});
[-14.5, -12, -9.8, -7.2, -4.6, -2.1].forEach((m, i) => {
  webLog.push(acc(m, '/api/catalogue/products', 200, 2214));
  webLog.push(timeout(m + 1, 48120 + i * 37, '/api/user/uniqueid', 'user', '/uniqueid'));
  webLog.push(acc(m + 1, '/api/user/uniqueid', 504, 167));
  webLog.push(timeout(m + 1.01, 48121 + i * 37, `/api/cart/cart/anonymous-${2371 + i}`, 'cart', `/cart/anonymous-${2371 + i}`));
  webLog.push(acc(m + 1.01, `/api/cart/cart/anonymous-${2371 + i}`, 504, 167));
});

export const scenarios = [
  withDefaults({
    folder: 's72a-basket-504s',
    description: 'robot shop: basket and login spinning then 504 since ~03:12, synthetic check paging. catalogue pages load ok',
    incidentTime: '2026-08-12T03:25:00Z',
    expected: { component: 'redis', cause: 'storage-unavailable' },
    difficulty: 'hard',
    traits: ['louder-dependents', 'time-expression'],
    workloads: {
      dispatch: { pods: [{ node: B }] },
      payment: { pods: [{ node: C }] },
      web: { pods: [{ node: C }] },
      cart: { pods: [{ node: B, created: T.iso(RECREATED) }] },
      rabbitmq: { pods: [{ node: C, created: T.iso(RECREATED) }] },
      redis: {
        pods: [{
          name: 'redis-0', node: NEW_NODE, creating: true, created: T.iso(-9.3),
          specOverride: { volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'data-redis-0' } }] },
        }],
      },
    },
    events: [
      { on: `node:${a.name}`, reason: 'RemovingNode', message: `Node ${a.name} event: Removing Node ${a.name} from Controller`, first: -11.2, source: 'node-controller' },
      { on: `node:${NEW_NODE}`, reason: 'Starting', message: 'Starting kubelet.', first: -10.1 },
      { on: `node:${NEW_NODE}`, reason: 'RegisteredNode', message: `Node ${NEW_NODE} event: Registered Node ${NEW_NODE} in Controller`, first: -9.9, source: 'node-controller' },
      { on: `node:${NEW_NODE}`, reason: 'NodeReady', message: `Node ${NEW_NODE} status is now: NodeReady`, first: -9.5 },
      { on: 'sts:redis', reason: 'SuccessfulCreate', message: 'create Pod redis-0 in StatefulSet redis successful', first: -9.35, source: 'statefulset-controller' },
      { on: 'pod:redis#0', reason: 'Scheduled', message: `Successfully assigned robot-shop/redis-0 to ${NEW_NODE}`, first: -9.3, source: 'default-scheduler' },
      { on: 'pod:redis#0', reason: 'FailedAttachVolume', message: ATTACH_ERR, first: -9.2, last: -0.8, count: 9, type: 'Warning', source: 'attachdetach-controller' },
      { on: 'pod:redis#0', reason: 'FailedMount', message: 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data], failed to process volumes=[]: timed out waiting for the condition', first: -7.2, last: -0.9, count: 4, type: 'Warning' },
      { on: 'pod:cart#0', reason: 'Scheduled', message: `Successfully assigned robot-shop/%POD% to ${B}`, first: RECREATED, source: 'default-scheduler' },
      { on: 'pod:cart#0', reason: 'Pulled', message: 'Container image "robotshop/rs-cart:2.1.0" already present on machine', first: RECREATED + 0.05, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:cart#0', reason: 'Started', message: 'Started container cart', first: RECREATED + 0.1, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:rabbitmq#0', reason: 'Scheduled', message: `Successfully assigned robot-shop/%POD% to ${C}`, first: RECREATED, source: 'default-scheduler' },
      { on: 'pod:rabbitmq#0', reason: 'Started', message: 'Started container rabbitmq', first: RECREATED + 0.1, fieldPath: 'spec.containers{rabbitmq}' },
    ],
    logs: {
      'cart#0/cart': cartLog,
      'user#0/user': userLog,
      'web#0/web': webLog,
    },
    grounding: `
      Manifests: instana/robot-shop K8s/helm at 55292e2 (images robotshop/rs-*:2.1.0) through the kit system; redis is the
      StatefulSet with volumeClaimTemplate "data" (1Gi gp2, EBS CSI), cart and user reach it as redis:6379 (REDIS_HOST
      default); web proxies /api/cart/ and /api/user/ with nginx's default 60s read timeout.
      Fault: the EC2 instance of the eu-west-1a worker failed its status checks and was replaced by the node group; the
      old instance hung in shutting-down and kept the EBS volume of data-redis-0 attached, so the EBS CSI controller's
      AttachVolume for the replacement node fails with EC2 "VolumeInUse: ... is already attached to an instance"
      (aws-ebs-csi-driver error wording, aws-sdk-go-v2 style) and kubelet reports FailedMount "Unable to attach or mount
      volumes ... timed out waiting for the condition". redis-0 sits in ContainerCreating, the redis Service has no
      endpoints, and cart and user (node_redis with the offline queue on) log Redis connection errors while their
      requests queue, so web answers 504 on basket and uniqueid/login; catalogue pages keep working. Pods that lived on
      the failed node (cart, rabbitmq) were recreated elsewhere and are healthy. Deviations: the node failure is
      invented; the replacement node's name and instance id; the pod's projected service-account volume is left out as
      the kit writes pod specs; pino lines use the kit helper.
    `,
  }),
];
