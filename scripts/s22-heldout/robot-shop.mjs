// s22 held-out scenario (blind, split: test) for Stan's Robot Shop: after an EC2 host failure the replacement node cannot attach
// redis' EBS volume (still attached to the dead instance), so redis-0 sits in ContainerCreating. System: scripts/kit-systems/robot-shop.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const T = clock('2026-06-16T21:12:00Z');
const OLD = 'ip-10-1-1-84.eu-west-1.compute.internal';
const NEW = 'ip-10-1-1-201.eu-west-1.compute.internal';
const N1 = 'ip-10-1-2-137.eu-west-1.compute.internal';
const N2 = 'ip-10-1-3-206.eu-west-1.compute.internal';
const VOL = 'vol-0e4b7a19c2d83f561';
const attachMsg = `AttachVolume.Attach failed for volume "pvc-5b0e9c3d-41a7-4f2e-9d8a-6c1e7f30b2a4" : rpc error: code = Internal desc = Could not attach volume "${VOL}" to node "i-0c2f81d7b4a9e3650": could not attach volume "${VOL}" to node "i-0c2f81d7b4a9e3650": operation error EC2: AttachVolume, https response error StatusCode: 400, RequestID: 8d3e61f2-0a7c-4b95-9e14-c27f5a0d83b6, api error VolumeInUse: ${VOL} is already attached to an instance`;
const fresh = (min) => ({ node: NEW, created: T.iso(min) });
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n) => String(n).padStart(2, '0');
const ngx = (min) => { const d = new Date(T.isoMs(min)); return `${p2(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`; };
const HOST = 'a3f9c1d07e2b44c6a8e51f0d92b7c3e4-1187342095.eu-west-1.elb.amazonaws.com';
const UA = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36';
const timeout = (min, n, client, path, svc, up) => `${T.go(min)} [error] 31#31: *${n} upstream timed out (110: Connection timed out) while reading response header from upstream, client: ${client}, server: localhost, request: "GET /api/${path} HTTP/1.1", upstream: "http://%SVCIP:${svc}%:8080/${up}", host: "${HOST}", referrer: "http://${HOST}/"`;
const access = (min, client, path, status, bytes) => `${client} - - [${ngx(min)}] "GET /api/${path} HTTP/1.1" ${status} ${bytes} "http://${HOST}/" "${UA}" "-"`;
// node_redis 2.x reconnect backoff (retry_delay * 1.7^n), each failed attempt emits 'error'.
const redisErrTimes = [-10.6, -10.59, -10.58, -10.57, -10.55, -10.52, -10.47, -10.38, -10.24, -10.0, -9.6, -8.9, -7.75, -5.8, -2.5];

export const scenarios = [
  withDefaults({
    folder: 's22-redis-ebs-volume-in-use',
    split: 'test',
    description: 'robot shop: add to cart just spins and then errors, basket page empty. since ~21:00',
    incidentTime: '2026-06-16T21:12:00Z',
    expected: { component: 'redis', cause: 'storage-unavailable' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (instana/robot-shop K8s/helm at 55292e2): redis is a StatefulSet (redis:4.0.6) whose volumeClaimTemplate
      "data" is a 1Gi gp2 EBS claim (data-redis-0); cart keeps every basket in it (REDIS_HOST default redis) with the node_redis
      2.x client, whose offline queue holds commands while disconnected, so cart requests hang instead of failing; web's nginx
      proxies /api/cart/ and /api/user/ and gives up after proxy_read_timeout 60 s with 504. Fault: the EC2 instance behind
      ${OLD} (eu-west-1a) fails on its host at 20:53; the node goes NotReady, the Auto Scaling group replaces the instance and the
      cloud controller removes the Node at 20:59. The old instance is stuck shutting-down (the AWS knowledge-center case of an
      instance stuck in shutting-down on a degraded host), so its EBS volume stays attached; redis-0, recreated on the new node
      ${NEW} in the same zone, gets the aws-ebs-csi-driver's real "VolumeInUse: ... is already attached to an instance" on every
      attach retry (FailedAttachVolume from the attachdetach-controller) and the kubelet's "Unable to attach or mount volumes ...
      timed out waiting for the condition", and sits in ContainerCreating with no IP: the redis Service has no endpoint. cart logs
      node_redis "Redis ERROR" at each reconnect, web logs 504s for cart and uniqueid calls. The other pods of the failed node
      (cart, mongodb, rabbitmq, shipping) were recreated on the new node and are Running and Ready (context and decoys, as are the
      NotReady/RemovingNode events of the old node). Expected: redis, storage-unavailable.`,
    nodes: {
      [OLD]: { name: NEW, ip: '10.1.1.201', providerID: 'aws:///eu-west-1a/i-0c2f81d7b4a9e3650' },
    },
    workloads: {
      cart: { pods: [{ ...fresh(-10.9), containers: { cart: cs.running(T.iso(-10.7)) }, readyTransition: T.iso(-10.65) }], endpointsChanged: -10.65 },
      mongodb: { pods: [{ ...fresh(-10.9), containers: { mongodb: cs.running(T.iso(-10.6)) }, readyTransition: T.iso(-10.55) }], endpointsChanged: -10.55 },
      rabbitmq: { pods: [{ ...fresh(-10.9), containers: { rabbitmq: cs.running(T.iso(-10.6)) }, readyTransition: T.iso(-10.5) }], endpointsChanged: -10.5 },
      shipping: { pods: [{ ...fresh(-10.9), containers: { shipping: cs.running(T.iso(-10.5)) }, readyTransition: T.iso(-9.4) }], endpointsChanged: -9.4 },
      redis: { pods: [{ node: NEW, creating: true, created: T.iso(-10.9) }], endpointsChanged: -19.2 },
      web: { pods: [{ node: N1 }] },
      user: { pods: [{ node: N2 }] },
    },
    events: [
      { on: `node:${OLD}`, reason: 'NodeNotReady', source: 'node-controller', message: `Node ${OLD} status is now: NodeNotReady`, first: -19.2 },
      { on: `node:${OLD}`, reason: 'RemovingNode', source: 'node-controller', message: `Node ${OLD} event: Removing Node ${OLD} from Controller`, first: -12.6 },
      { on: `node:${NEW}`, reason: 'Starting', message: 'Starting kubelet.', first: -12.4 },
      { on: `node:${NEW}`, reason: 'NodeReady', message: `Node ${NEW} status is now: NodeReady`, first: -11.3 },
      { on: `node:${NEW}`, reason: 'RegisteredNode', source: 'node-controller', message: `Node ${NEW} event: Registered Node ${NEW} in Controller`, first: -12.2 },
      { on: 'sts:redis', reason: 'SuccessfulCreate', message: 'create Pod redis-0 in StatefulSet redis successful', first: -10.9 },
      { on: 'pod:redis#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned robot-shop/redis-0 to ${NEW}`, first: -10.9 },
      { on: 'pod:redis#0', reason: 'FailedAttachVolume', type: 'Warning', source: 'attachdetach-controller', message: attachMsg, first: -10.85, last: -0.7, count: 11 },
      { on: 'pod:redis#0', reason: 'FailedMount', type: 'Warning', message: 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-r7m2x]: timed out waiting for the condition', first: -8.8, last: -0.8, count: 5 },
      { on: 'pod:shipping#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{shipping}', message: 'Readiness probe failed: Get "http://%PODIP%:8080/health": dial tcp %PODIP%:8080: connect: connection refused', first: -10.4, last: -9.5, count: 11 },
    ],
    logs: {
      'cart#0/cart': [
        pino(T, -10.68, 'info', '%POD%', 'Started on port 8080'),
        ...redisErrTimes.map((m) => pino(T, m, 'error', '%POD%', 'Redis ERROR')),
      ].concat([-9.3, -7.1, -4.2, -1.6].map((m) => pino(T, m, 'info', '%POD%', 'got product', '"product":{"sku":"RED","name":"Robbie","price":1200,"instock":3},'))).sort((a, b) => JSON.parse(a).time - JSON.parse(b).time),
      'web#0/web': [
        access(-20.4, '10.1.2.57', 'cart/cart/anonymous-3187', 200, 214),
        access(-20.1, '10.1.2.57', 'ratings/api/fetch/RED', 200, 44),
        timeout(-18.2, 20411, '10.1.3.12', 'cart/add/anonymous-3201/EMM/1', 'cart', 'add/anonymous-3201/EMM/1'),
        access(-18.2, '10.1.3.12', 'cart/add/anonymous-3201/EMM/1', 504, 167),
        access(-9.8, '10.1.2.57', 'catalogue/products', 200, 3912),
        timeout(-8.3, 20977, '10.1.2.57', 'cart/add/anonymous-3187/RED/1', 'cart', 'add/anonymous-3187/RED/1'),
        access(-8.3, '10.1.2.57', 'cart/add/anonymous-3187/RED/1', 504, 167),
        timeout(-6.9, 21104, '10.1.1.40', 'user/uniqueid', 'user', 'uniqueid'),
        access(-6.9, '10.1.1.40', 'user/uniqueid', 504, 167),
        timeout(-6.1, 21180, '10.1.3.12', 'cart/cart/anonymous-3201', 'cart', 'cart/anonymous-3201'),
        access(-6.1, '10.1.3.12', 'cart/cart/anonymous-3201', 504, 167),
        timeout(-3.2, 21402, '10.1.2.57', 'cart/add/anonymous-3187/RED/1', 'cart', 'add/anonymous-3187/RED/1'),
        access(-3.2, '10.1.2.57', 'cart/add/anonymous-3187/RED/1', 504, 167),
        access(-1.9, '10.1.1.40', 'catalogue/categories', 200, 61),
        timeout(-0.6, 21633, '10.1.1.40', 'cart/add/anonymous-3215/HAL-1/1', 'cart', 'add/anonymous-3215/HAL-1/1'),
        access(-0.6, '10.1.1.40', 'cart/add/anonymous-3215/HAL-1/1', 504, 167),
      ],
    },
  }),
];

/** The replacement node joined the cluster minutes before the incident (the kit dates every Node 60 days back). */
export const nodeCreated = { 's22-redis-ebs-volume-in-use': { [NEW]: T.iso(-12.4) } };
