// Blind held-out batch s76b: the Robot Shop scenario (split test), as a spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/kit-systems/robot-shop.mjs (withDefaults, default PVC, pino helper); built by scripts/s76b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as basePvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

// The eu-west-1c worker was replaced by the managed node group's AMI update about 40 minutes before the incident.
const N1 = 'ip-10-1-1-84.eu-west-1.compute.internal';
const N2 = 'ip-10-1-2-137.eu-west-1.compute.internal';
const OLD3 = 'ip-10-1-3-206.eu-west-1.compute.internal';
const N3 = 'ip-10-1-3-57.eu-west-1.compute.internal';
export const system = {
  ...base,
  nodes: [
    base.nodes[0],
    base.nodes[1],
    { ...base.nodes[2], name: N3, ip: '10.1.3.57', providerID: 'aws:///eu-west-1c/i-09e4b7c2d1a5f8364' },
  ],
};
export const defaultPvcs = basePvcs;
export const newNodes = { [N3]: -40.6 };

const PV = basePvcs[0].volume;
const IT = '2026-03-03T10:47:00Z';
const T = clock(IT);
const nginxTime = (min) => {
  const d = new Date(Date.parse(IT) + Math.round(min * 60000));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
};
// The web pod that ran on the replaced node (its address is gone with it).
const OLDWEB = '10.1.3.118';
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36';
const HOST = 'a3f1c9e2b7d84e5f9a0c6b2d1e8f7a43-1187254396.eu-west-1.elb.amazonaws.com';
const access = (min, client, req, status, bytes, ref = `http://${HOST}/`) =>
  `${client} - - [${nginxTime(min)}] "${req} HTTP/1.1" ${status} ${bytes} "${ref}" "${UA}" "-"`;
const ngxErr = (min, conn, client, req, upstream) =>
  `${T.go(min)} [error] 23#23: *${conn} upstream timed out (110: Connection timed out) while reading response header from upstream, client: ${client}, server: localhost, request: "${req} HTTP/1.1", upstream: "${upstream}", host: "${HOST}", referrer: "http://${HOST}/"`;
const reqDone = (min, host, id, method, url, status, rt, remote) =>
  pino(T, min, 'info', host, 'request completed',
    `"req":{"id":${id},"method":"${method}","url":"${url}","headers":{"host":"cart:8080","connection":"close","user-agent":"${UA}"},"remoteAddress":"::ffff:${remote}","remotePort":${40000 + id}},"res":{"statusCode":${status},"headers":{"x-powered-by":"Express","timing-allow-origin":"*","access-control-allow-origin":"*","content-type":"application/json; charset=utf-8"}},"responseTime":${rt},`);
// node_redis 2.8 reconnects with a growing delay (retry_delay * 1.7 per attempt, no cap) and emits 'error' on each refused attempt.
const redisRetries = (start) => {
  const out = [];
  let t = start, d = 0.2;
  while (t < -0.2) { out.push(t); d *= 1.7; t += d / 60 + 0.01; }
  return out;
};

const cartLog = [
  pino(T, -60 * 24 * 9 + 0.3, 'info', '%POD%', 'Started on port'),
  pino(T, -60 * 24 * 9 + 0.35, 'info', '%POD%', 'Redis READY'),
  reqDone(-41.2, '%POD%', 58211, 'GET', '/cart/anonymous-4411', 200, 2, OLDWEB),
  reqDone(-37.9, '%POD%', 58212, 'GET', '/add/anonymous-4411/STAN-1/1', 200, 11, OLDWEB),
  reqDone(-33.4, '%POD%', 58213, 'GET', '/cart/anonymous-4415', 200, 3, OLDWEB),
  reqDone(-24.8, '%POD%', 58214, 'GET', '/add/anonymous-4418/Watson/1', 200, 9, OLDWEB),
  reqDone(-19.1, '%POD%', 58215, 'GET', '/cart/anonymous-4418', 200, 2, OLDWEB),
  pino(T, -15.45, 'error', '%POD%', 'Redis ERROR'),
  ...redisRetries(-15.44).map((m) => pino(T, m, 'error', '%POD%', 'Redis ERROR')),
];

const userLog = [
  pino(T, -60 * 24 * 9 + 0.3, 'info', '%POD%', 'Started on port'),
  pino(T, -60 * 24 * 9 + 0.32, 'info', '%POD%', 'Redis READY'),
  pino(T, -60 * 24 * 9 + 0.4, 'info', '%POD%', 'MongoDB connected'),
  pino(T, -15.45, 'error', '%POD%', 'Redis ERROR'),
  ...redisRetries(-15.43).map((m) => pino(T, m, 'error', '%POD%', 'Redis ERROR')),
];

const webLog = [
  'EUM not enabled',
  'Tracing not enabled',
  access(-13.9, '10.1.1.84', 'GET /', 200, 1893),
  access(-13.8, '10.1.1.84', 'GET /api/catalogue/categories', 200, 41),
  access(-13.7, '10.1.1.84', 'GET /api/catalogue/products', 200, 2315),
  access(-13.6, '10.1.2.137', 'GET /api/ratings/api/fetch/EMM', 200, 32),
  ngxErr(-12.6, 14, '10.1.1.84', 'GET /api/user/uniqueid', 'http://%SVCIP:user%:8080/uniqueid'),
  access(-12.6, '10.1.1.84', 'GET /api/user/uniqueid', 504, 494),
  access(-11.2, '10.1.2.137', 'GET /api/catalogue/product/Watson', 200, 303),
  ngxErr(-10.1, 27, '10.1.2.137', 'GET /api/cart/add/anonymous-4418/Watson/1', 'http://%SVCIP:cart%:8080/add/anonymous-4418/Watson/1'),
  access(-10.1, '10.1.2.137', 'GET /api/cart/add/anonymous-4418/Watson/1', 504, 494),
  access(-8.4, '10.1.1.84', 'GET /api/catalogue/products', 200, 2315),
  ngxErr(-7.3, 41, '10.1.1.84', 'GET /api/cart/cart/anonymous-4421', 'http://%SVCIP:cart%:8080/cart/anonymous-4421'),
  access(-7.3, '10.1.1.84', 'GET /api/cart/cart/anonymous-4421', 504, 494),
  access(-5.2, '10.1.2.137', 'GET /api/catalogue/categories', 200, 41),
  ngxErr(-4.4, 58, '10.1.2.137', 'GET /api/cart/add/anonymous-4418/EMM/1', 'http://%SVCIP:cart%:8080/add/anonymous-4418/EMM/1'),
  access(-4.4, '10.1.2.137', 'GET /api/cart/add/anonymous-4418/EMM/1', 504, 494),
  ngxErr(-2.1, 66, '10.1.1.84', 'GET /api/cart/cart/anonymous-4423', 'http://%SVCIP:cart%:8080/cart/anonymous-4423'),
  access(-2.1, '10.1.1.84', 'GET /api/cart/cart/anonymous-4423', 504, 494),
  access(-1.3, '10.1.1.84', 'GET /api/catalogue/product/STAN-1', 200, 297),
];

const catLog = [
  pino(T, -60 * 24 * 9 + 0.3, 'info', '%POD%', 'Started on port'),
  pino(T, -60 * 24 * 9 + 0.35, 'info', '%POD%', 'MongoDB connected'),
  pino(T, -13.7, 'info', '%POD%', 'request completed', '"req":{"id":90112,"method":"GET","url":"/products","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":200},"responseTime":6,'),
  pino(T, -8.4, 'info', '%POD%', 'request completed', '"req":{"id":90113,"method":"GET","url":"/products","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":200},"responseTime":5,'),
  pino(T, -1.3, 'info', '%POD%', 'request completed', '"req":{"id":90114,"method":"GET","url":"/product/STAN-1","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":200},"responseTime":3,'),
];

const moved = (min) => ({ pods: [{ created: T.iso(min) }] });
const podMsg = (pod) => `Successfully assigned robot-shop/${pod} to ${N3}`;

export const scenarios = [
  withDefaults({
    folder: 's76b-cart-hangs-after-node-roll',
    incidentTime: IT,
    description: 'add to cart just spins since ~10:30, basket team pls look. platform rolled the node group AMI this morning fwiw',
    expected: { component: 'redis', cause: 'storage-unavailable' },
    alsoAcceptable: [{ component: 'redis', cause: 'storage-unavailable', node: N3 }],
    difficulty: 'hard',
    traits: ['louder-dependents', 'decoy', 'time-expression', 'team-name', 'node-level'],
    grounding: `
      Manifests: instana/robot-shop K8s/helm at 55292e2 (redis StatefulSet with the volumeClaimTemplate data, gp2, 1Gi; cart and
      user connect with node_redis 2.8 createClient({host: REDIS_HOST}) and log pino 'Redis ERROR' on every 'error' event;
      web is nginx 1.21.6 proxying /api/cart/ and /api/user/ with proxy_pass to the Service names, default 60s read timeout).
      Fault: the EKS managed node group's AMI update replaced the eu-west-1c worker; redis-0 was evicted by the drain and, the
      gp2 EBS volume being zonal, rescheduled onto the new eu-west-1c node. The volume attached, but the ebs-csi-node DaemonSet
      pod on the new node is not running (kube-system, not in the snapshot; the aws-ebs-csi-driver issues about the node plugin
      failing to read instance metadata with an IMDSv2 hop limit of 1 on new launch templates), so the kubelet has no CSI
      driver registered: MountVolume.MountDevice fails with "driver name ebs.csi.aws.com not found in the list of registered
      CSI drivers" and redis-0 stays ContainerCreating without an IP; the redis Service has no endpoints, node_redis reconnects
      get ECONNREFUSED and commands wait in the offline queue, so cart/user requests hang until nginx answers 504.
      Decoy: the node replacement itself (a new node, pods rescheduled 15 minutes ago) is routine and every other moved pod runs.
      Deviations from upstream: none in the manifests; node names and IPs invented, the replaced node is absent from the
      snapshot as the API no longer lists it; pino drops the error object passed after the message, as pino 5 prints it.
    `,
    nodes: {},
    workloads: {
      dispatch: moved(-15.3),
      payment: moved(-15.2),
      web: moved(-15.1),
      redis: { pods: [{ creating: true, created: T.iso(-14.8) }], endpointsChanged: -15.5 },
    },
    events: [
      { on: `node:${OLD3}`, reason: 'NodeNotSchedulable', message: `Node ${OLD3} status is now: NodeNotSchedulable`, first: -16.1 },
      { on: `node:${OLD3}`, reason: 'RemovingNode', message: `Node ${OLD3} event: Removing Node ${OLD3} from Controller`, source: 'node-controller', first: -9.4 },
      { on: `node:${N3}`, reason: 'Starting', message: 'Starting kubelet.', first: -41.2 },
      { on: `node:${N3}`, reason: 'NodeAllocatableEnforced', message: 'Updated Node Allocatable limit across pods', first: -41.1 },
      { on: `node:${N3}`, reason: 'RegisteredNode', message: `Node ${N3} event: Registered Node ${N3} in Controller`, source: 'node-controller', first: -40.7 },
      { on: `node:${N3}`, reason: 'NodeReady', message: `Node ${N3} status is now: NodeReady`, first: -40.4 },
      { on: 'pod:web#0', reason: 'Scheduled', message: podMsg('%POD%'), source: 'default-scheduler', first: -15.1 },
      { on: 'pod:web#0', reason: 'Pulling', message: 'Pulling image "robotshop/rs-web:2.1.0"', first: -15.08, fieldPath: 'spec.containers{web}' },
      { on: 'pod:web#0', reason: 'Pulled', message: 'Successfully pulled image "robotshop/rs-web:2.1.0" in 4.118s (4.118s including waiting). Image size: 58831212 bytes.', first: -15.0, fieldPath: 'spec.containers{web}' },
      { on: 'pod:web#0', reason: 'Created', message: 'Created container web', first: -14.96, fieldPath: 'spec.containers{web}' },
      { on: 'pod:web#0', reason: 'Started', message: 'Started container web', first: -14.95, fieldPath: 'spec.containers{web}' },
      { on: 'sts:redis', reason: 'SuccessfulCreate', message: 'create Pod redis-0 in StatefulSet redis successful', first: -14.8 },
      { on: 'pod:redis#0', reason: 'Scheduled', message: podMsg('redis-0'), source: 'default-scheduler', first: -14.8 },
      { on: 'pod:redis#0', reason: 'SuccessfulAttachVolume', message: `AttachVolume.Attach succeeded for volume "${PV}" `, source: 'attachdetach-controller', first: -14.2 },
      { on: 'pod:redis#0', type: 'Warning', reason: 'FailedMount', message: `MountVolume.MountDevice failed for volume "${PV}" : kubernetes.io/csi: attacher.MountDevice failed to create newCsiDriverClient: driver name ebs.csi.aws.com not found in the list of registered CSI drivers`, first: -14.1, last: -0.9, count: 12 },
      { on: 'pod:redis#0', type: 'Warning', reason: 'FailedMount', message: 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition', first: -12.7, last: -0.6, count: 6 },
    ],
    logs: {
      'cart#0/cart': cartLog,
      'user#0/user': userLog,
      'web#0/web': webLog,
      'catalogue#0/catalogue': catLog,
    },
  }),
];

/** Fix-ups the kit cannot express: the replacement node joined the cluster 40 minutes before the incident. */
export function post(spec, files) {
  for (const n of files['nodes.json'].items)
    if (newNodes[n.metadata.name] !== undefined) {
      n.metadata.creationTimestamp = T.iso(newNodes[n.metadata.name]);
      for (const c of n.status.conditions) c.lastTransitionTime = T.iso(newNodes[n.metadata.name] + 0.3);
    }
}
