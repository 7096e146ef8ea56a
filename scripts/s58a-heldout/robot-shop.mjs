// Held-out batch s58a (blind): one Robot Shop scenario as a compact spec for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the kit system definition scripts/kit-systems/robot-shop.mjs (withDefaults, default PVCs, pino); built by scripts/s58a-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const T = clock('2026-06-02T03:38:00Z');
const [A, , C] = system.nodes.map((n) => n.name);
const OLD = 'ip-10-1-2-137.eu-west-1.compute.internal';
const NEW = 'ip-10-1-2-58.eu-west-1.compute.internal';
const NEW_ID = 'i-0d2a6f48c1b95e370';
const PV = 'pvc-5b0e9c3d-41a7-4f2e-9d8a-6c1e7f30b2a4';
const VOL = 'vol-0c4f1e8a2b7d93e56';
const nginxTs = (min) => T.go(min);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const clf = (min) => {
  const iso = T.iso(min);
  return `${iso.slice(8, 10)}/${MON[Number(iso.slice(5, 7)) - 1]}/${iso.slice(0, 4)}:${iso.slice(11, 19)} +0000`;
};
const access = (min, method, path, status, bytes, ua = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15') =>
  `10.1.1.20 - - [${clf(min)}] "${method} ${path} HTTP/1.1" ${status} ${bytes} "https://shop.robot-shop.example/" "${ua}" "-"`;
const upstreamTimeout = (min, n, path) =>
  `${nginxTs(min)} [error] 29#29: *${n} upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.1.20, server: localhost, request: "GET /api/cart${path} HTTP/1.1", upstream: "http://%SVCIP:cart%:8080${path}", host: "shop.robot-shop.example", referrer: "https://shop.robot-shop.example/"`;
const redisErr = (min, host) =>
  pino(T, min, 'error', host, 'Redis ERROR', `"err":{"type":"Error","message":"Redis connection to redis:6379 failed - connect ECONNREFUSED %SVCIP:redis%:6379","stack":"Error: Redis connection to redis:6379 failed - connect ECONNREFUSED %SVCIP:redis%:6379\\n    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1141:16)","errno":"ECONNREFUSED","code":"ECONNREFUSED","syscall":"connect","address":"%SVCIP:redis%","port":6379},`);

const resched = (node) => ({ since: -23, pods: [{ node }] });

export const scenarios = [
  withDefaults({
    folder: 's58a-robot-shop-basket-spins-after-node-swap',
    description: "robot shop: add to basket just spins and then errors, since the 3am node thing (~03:15). catalogue still works",
    incidentTime: '2026-06-02T03:38:00Z',
    expected: { component: 'redis', cause: 'storage-unavailable' },
    alsoAcceptable: [{ component: 'redis', cause: 'dependency-down' }],
    difficulty: 'hard',
    traits: ['louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Follows the EBS "Multi-Attach error" / "VolumeInUse … is already attached to an instance" shape after an ungraceful
      node loss (Kubernetes "Non-graceful node shutdown" docs: the attach-detach controller waits 6 minutes before force
      detaching; aws-ebs-csi-driver reports the EC2 VolumeInUse error while the old instance still holds the volume). At
      03:14 EC2 instance-retirement took ${OLD} (eu-west-1b) down hard; the instance hung in shutting-down, the cloud node
      controller deleted the Node at 03:15 and its Deployment pods were recreated on the two surviving nodes. redis-0 (the
      StatefulSet, claim data-redis-0 on a gp2 EBS volume in eu-west-1b) waited for a node in eu-west-1b (FailedScheduling
      with volume node affinity conflict, resolved when the replacement node ${NEW} joined at 03:18), was scheduled there
      and has been stuck in ContainerCreating since: Multi-Attach error, then AttachVolume.Attach failing with VolumeInUse
      while the old instance keeps the volume "detaching", and the kubelet's FailedMount timeouts. The redis Service has
      no endpoints; cart and user log Redis ECONNREFUSED, nginx in web times out on /api/cart; catalogue, ratings and
      shipping are fine. The fault is the volume that cannot be attached (storage-unavailable) on redis; "redis is down"
      is also accepted. Decoys: the NodeNotReady/RemovingNode events of the lost node, the transient scheduling conflict, the
      recent pod restarts of the rescheduled workloads. Deviations from upstream: none in the manifests (the release as
      SOURCES.md says, gp2 storage class); the replacement node replaces the lost one in the node list.
    `,
    nodes: { [OLD]: { name: NEW, ip: '10.1.2.58', providerID: `aws:///eu-west-1b/${NEW_ID}` } },
    workloads: {
      catalogue: resched(A),
      mysql: resched(C),
      ratings: resched(A),
      user: resched(C),
      redis: { pods: [{ node: NEW, creating: true, created: T.iso(-23) }] },
    },
    events: [
      { on: `node:${OLD}`, reason: 'NodeNotReady', source: 'node-controller', message: `Node ${OLD} status is now: NodeNotReady`, first: -23.6 },
      { on: `node:${OLD}`, reason: 'RemovingNode', source: 'node-controller', message: `Node ${OLD} event: Removing Node ${OLD} from Controller`, first: -23.1 },
      { on: `node:${NEW}`, reason: 'Starting', message: 'Starting kubelet.', first: -20.6 },
      { on: `node:${NEW}`, reason: 'NodeReady', message: `Node ${NEW} status is now: NodeReady`, first: -20.2 },
      { on: `node:${NEW}`, reason: 'RegisteredNode', source: 'node-controller', message: `Node ${NEW} event: Registered Node ${NEW} in Controller`, first: -20.4 },
      { on: 'sts:redis', reason: 'SuccessfulCreate', message: 'create Pod redis-0 in StatefulSet redis successful', first: -23 },
      { on: 'rs:catalogue', reason: 'SuccessfulCreate', message: 'Created pod: catalogue-%RS%', first: -23 },
      { on: 'rs:mysql', reason: 'SuccessfulCreate', message: 'Created pod: mysql-%RS%', first: -23 },
      { on: 'rs:ratings', reason: 'SuccessfulCreate', message: 'Created pod: ratings-%RS%', first: -23 },
      { on: 'rs:user', reason: 'SuccessfulCreate', message: 'Created pod: user-%RS%', first: -23 },
      { on: 'pod:redis#0', reason: 'FailedScheduling', type: 'Warning', source: 'default-scheduler', message: '0/2 nodes are available: 2 node(s) had volume node affinity conflict. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.', first: -23, last: -20.6, count: 4 },
      { on: 'pod:redis#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned robot-shop/redis-0 to ${NEW}`, first: -20 },
      { on: 'pod:redis#0', reason: 'FailedAttachVolume', type: 'Warning', source: 'attachdetach-controller', message: `Multi-Attach error for volume "${PV}" Volume is already exclusively attached to one node and can't be attached to another`, first: -20, last: -14.1, count: 1 },
      { on: 'pod:redis#0', reason: 'FailedAttachVolume', type: 'Warning', source: 'attachdetach-controller', message: `AttachVolume.Attach failed for volume "${PV}" : rpc error: code = Internal desc = Could not attach volume "${VOL}" to node "${NEW_ID}": could not attach volume "${VOL}" to node "${NEW_ID}": VolumeInUse: ${VOL} is already attached to an instance\n\tstatus code: 400, request id: 7f3b1c2e-9a4d-4e61-b2f0-5c8d17a9e3b4`, first: -13.9, last: -0.7, count: 11 },
      { on: 'pod:redis#0', reason: 'FailedMount', type: 'Warning', message: 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data], failed to process volumes=[]: timed out waiting for the condition', first: -18, last: -1.8, count: 8 },
    ],
    logs: {
      'cart#0/cart': [
        pino(T, -60 * 24 * 4, 'info', '%POD%', 'Redis READY'),
        pino(T, -60 * 24 * 4, 'info', '%POD%', 'Started on port 8080'),
        ...[-23.2, -22.9, -22.4, -21.3, -19.1, -15.0, -10.8, -6.7, -2.6].map((m) => redisErr(m, '%POD%')),
      ],
      'user#0/user': [
        pino(T, -22.6, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -22.5, 'info', '%POD%', 'MongoDB connected'),
        ...[-22.5, -22.1, -20.9, -18.0, -13.9, -9.8, -5.7, -1.6].map((m) => redisErr(m, '%POD%')),
      ],
      'web#0/web': [
        access(-24, 'GET', '/api/catalogue/products', 200, 2937),
        access(-22.8, 'GET', '/api/catalogue/categories', 200, 72),
        upstreamTimeout(-21.5, 48211, '/add/anonymous-4417/RD-10/1'),
        access(-21.5, 'GET', '/api/cart/add/anonymous-4417/RD-10/1', 504, 167),
        access(-16.2, 'GET', '/api/catalogue/product/STAN-1', 200, 311),
        access(-16.0, 'GET', '/api/ratings/api/fetch/STAN-1', 200, 34),
        upstreamTimeout(-14.9, 48402, '/cart/anonymous-4417'),
        access(-14.9, 'GET', '/api/cart/cart/anonymous-4417', 504, 167),
        upstreamTimeout(-8.3, 48655, '/add/anonymous-5120/EMM/1'),
        access(-8.3, 'GET', '/api/cart/add/anonymous-5120/EMM/1', 504, 167),
        access(-4.4, 'GET', '/api/catalogue/products', 200, 2937),
        upstreamTimeout(-2.1, 48877, '/add/anonymous-5120/EMM/1'),
        access(-2.1, 'GET', '/api/cart/add/anonymous-5120/EMM/1', 504, 167),
      ],
      'catalogue#0/catalogue': [
        pino(T, -22.7, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -22.6, 'info', '%POD%', 'MongoDB connected'),
      ],
    },
  }),
];
