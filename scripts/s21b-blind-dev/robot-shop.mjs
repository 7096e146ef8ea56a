// s21b blind dev scenario for Stan's Robot Shop (split: dev): a worker node under DiskPressure evicting shop pods one by one.
// Uses the kit system definition scripts/kit-systems/robot-shop.mjs; built by scripts/s21b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const N1 = 'ip-10-1-1-84.eu-west-1.compute.internal';
const N2 = 'ip-10-1-2-137.eu-west-1.compute.internal';
const N3 = 'ip-10-1-3-206.eu-west-1.compute.internal';

const T = clock('2026-06-03T09:48:00Z');
const evictMsg = (container, using) =>
  `The node was low on resource: ephemeral-storage. Threshold quantity: 10386530304, available: ${9790000 + using % 97}Ki. Container ${container} was using ${using}Ki, request is 0, has larger consumption of ephemeral-storage. `;

// nginx error/access lines of rs-web (web/default.conf.template proxies /api/<svc>/ to http://<svc>:8080/).
const ngErr = (min, conn, req, svc, path) =>
  `${T.go(min)} [error] 31#31: *${conn} connect() failed (111: Connection refused) while connecting to upstream, client: 10.1.1.57, server: localhost, request: "GET ${req} HTTP/1.1", upstream: "http://%SVCIP:${svc}%:8080${path}", host: "shop.robot-shop.example.com", referrer: "https://shop.robot-shop.example.com/"`;
const ngAcc = (min, req, code, bytes) => {
  const p = T.isoMs(min); // 2026-06-03T09:23:12.000Z
  const [date, time] = [p.slice(0, 10), p.slice(11, 19)];
  const [Y, M, D] = date.split('-');
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(M) - 1];
  return `10.1.1.57 - - [${D}/${mon}/${Y}:${time} +0000] "GET ${req} HTTP/1.1" ${code} ${bytes} "https://shop.robot-shop.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"`;
};

const diskPressure = {
  type: 'DiskPressure', status: 'True', lastHeartbeatTime: T.iso(-0.4), lastTransitionTime: T.iso(-23.5),
  reason: 'KubeletHasDiskPressure', message: 'kubelet has disk pressure',
};

export const scenarios = [
  withDefaults({
    folder: 's21b-node-disk-pressure-evictions',
    incidentTime: '2026-06-03T09:48:00Z',
    description: 'robot shop flapping since ~09:25 - product pages and login fail for a minute then come back, web giving 502s',
    expected: { component: 'catalogue', cause: 'node-pressure', node: N2 },
    difficulty: 'medium',
    traits: ['node-level', 'time-expression', 'decoy'],
    grounding: `
      Node-level fault as EKS users meet it: a worker's root volume fills (here from a log shipper's filesystem buffer under
      /var/log on the host, outside the namespace) until the kubelet's nodefs.available<10% hard eviction threshold is met.
      The kubelet sets DiskPressure, taints the node node.kubernetes.io/disk-pressure:NoSchedule, fails image GC
      (ImageGCFailed, images in use) and evicts pods one after another with its real message ("The node was low on resource:
      ephemeral-storage. Threshold quantity: ..., available: ...Ki. Container X was using ...Ki, request is 0, has larger
      consumption of ephemeral-storage."). Robot Shop sets no ephemeral-storage requests (K8s/helm templates), so its pods on
      the node are ranked by usage: ratings, then catalogue, then user were evicted; each replacement lands on another node
      and the shop recovers for that path, so the symptom is flapping. web (nginx, proxy_pass http://<svc>:8080/) logs
      connect() failed (111: Connection refused) and 502s while a service has no endpoint. Decoy: a healthy payment rollout
      two hours earlier. Images, ports, resources and labels as in instana/robot-shop K8s/helm at 55292e2.`,
    nodes: {
      [N2]: {
        conditions: { DiskPressure: diskPressure },
        taints: [{ key: 'node.kubernetes.io/disk-pressure', effect: 'NoSchedule', timeAdded: T.iso(-23.5) }],
      },
    },
    workloads: {
      ratings: {
        pods: [
          { node: N2, evicted: evictMsg('ratings', 48212), created: T.iso(-60 * 24 * 12) },
          { node: N3, created: T.iso(-21.8), readyTransition: T.iso(-21.0) },
        ],
      },
      catalogue: {
        pods: [
          { node: N2, evicted: evictMsg('catalogue', 31876), created: T.iso(-60 * 24 * 12) },
          { node: N1, created: T.iso(-14.6) },
        ],
      },
      user: {
        pods: [
          { node: N2, evicted: evictMsg('user', 29540), created: T.iso(-60 * 24 * 12) },
          { node: N3, created: T.iso(-5.7) },
        ],
      },
      payment: { rollout: { at: -126, revision: 6, oldContainers: { payment: { image: 'robotshop/rs-payment:2.0.9' } } } },
    },
    events: [
      { on: `node:${N2}`, reason: 'NodeHasDiskPressure', message: `Node ${N2} status is now: NodeHasDiskPressure`, first: -23.5 },
      { on: `node:${N2}`, reason: 'EvictionThresholdMet', message: 'Attempting to reclaim ephemeral-storage', type: 'Warning', first: -23.4, last: -1.2, count: 9 },
      { on: `node:${N2}`, reason: 'ImageGCFailed', message: '(combined from similar events): Failed to garbage collect required amount of images. Attempted to free 6873519718 bytes, but only found 0 bytes eligible to free.', type: 'Warning', first: -28, last: -2.1, count: 6 },
      { on: 'pod:ratings#0', reason: 'Evicted', message: evictMsg('ratings', 48212), type: 'Warning', first: -22 },
      { on: 'pod:ratings#0', reason: 'Killing', message: 'Stopping container ratings', fieldPath: 'spec.containers{ratings}', first: -22 },
      { on: 'pod:ratings#1', reason: 'Scheduled', message: `Successfully assigned robot-shop/%POD% to ${N3}`, source: 'default-scheduler', first: -21.8 },
      { on: 'pod:ratings#1', reason: 'Pulled', message: 'Successfully pulled image "robotshop/rs-ratings:2.1.0" in 21.907s (21.907s including waiting). Image size: 180712312 bytes.', fieldPath: 'spec.containers{ratings}', first: -21.4 },
      { on: 'pod:catalogue#0', reason: 'Evicted', message: evictMsg('catalogue', 31876), type: 'Warning', first: -14.8 },
      { on: 'pod:catalogue#0', reason: 'Killing', message: 'Stopping container catalogue', fieldPath: 'spec.containers{catalogue}', first: -14.8 },
      { on: 'pod:catalogue#1', reason: 'Scheduled', message: `Successfully assigned robot-shop/%POD% to ${N1}`, source: 'default-scheduler', first: -14.6 },
      { on: 'pod:catalogue#1', reason: 'Pulled', message: 'Successfully pulled image "robotshop/rs-catalogue:2.1.0" in 14.112s (14.112s including waiting). Image size: 62348109 bytes.', fieldPath: 'spec.containers{catalogue}', first: -14.3 },
      { on: 'pod:user#0', reason: 'Evicted', message: evictMsg('user', 29540), type: 'Warning', first: -5.9 },
      { on: 'pod:user#0', reason: 'Killing', message: 'Stopping container user', fieldPath: 'spec.containers{user}', first: -5.9 },
      { on: 'pod:user#1', reason: 'Scheduled', message: `Successfully assigned robot-shop/%POD% to ${N3}`, source: 'default-scheduler', first: -5.7 },
      { on: 'pod:user#1', reason: 'Pulled', message: 'Successfully pulled image "robotshop/rs-user:2.1.0" in 12.381s (12.381s including waiting). Image size: 63107244 bytes.', fieldPath: 'spec.containers{user}', first: -5.5 },
      { on: 'rs:ratings', reason: 'SuccessfulCreate', message: 'Created pod: ratings-%RS%', first: -21.8 },
      { on: 'rs:catalogue', reason: 'SuccessfulCreate', message: 'Created pod: catalogue-%RS%', first: -14.6 },
      { on: 'rs:user', reason: 'SuccessfulCreate', message: 'Created pod: user-%RS%', first: -5.7 },
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled up replica set payment-%NEW% to 1', first: -126 },
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled down replica set payment-%OLD% to 0 from 1', first: -125 },
    ],
    logs: {
      'web#0/web': [
        ngAcc(-23.0, '/api/catalogue/products', 200, 1904),
        ngAcc(-22.4, '/api/ratings/api/fetch/HAL-1000', 200, 35),
        ngErr(-21.9, 18231, '/api/ratings/api/fetch/K9', 'ratings', '/api/fetch/K9'),
        ngAcc(-21.9, '/api/ratings/api/fetch/K9', 502, 157),
        ngErr(-21.6, 18240, '/api/ratings/api/fetch/STAN-1', 'ratings', '/api/fetch/STAN-1'),
        ngAcc(-21.6, '/api/ratings/api/fetch/STAN-1', 502, 157),
        ngAcc(-20.7, '/api/ratings/api/fetch/STAN-1', 200, 35),
        ngAcc(-16.2, '/api/catalogue/categories', 200, 62),
        ngErr(-14.7, 18877, '/api/catalogue/products', 'catalogue', '/products'),
        ngAcc(-14.7, '/api/catalogue/products', 502, 157),
        ngErr(-14.5, 18881, '/api/catalogue/categories', 'catalogue', '/categories'),
        ngAcc(-14.5, '/api/catalogue/categories', 502, 157),
        ngErr(-14.3, 18890, '/api/catalogue/product/EPE', 'catalogue', '/product/EPE'),
        ngAcc(-14.3, '/api/catalogue/product/EPE', 502, 157),
        ngAcc(-13.9, '/api/catalogue/products', 200, 1904),
        ngAcc(-9.1, '/api/cart/cart/s-2718', 200, 188),
        ngErr(-5.8, 19320, '/api/user/uniqueid', 'user', '/uniqueid'),
        ngAcc(-5.8, '/api/user/uniqueid', 502, 157),
        ngErr(-5.6, 19327, '/api/user/login', 'user', '/login'),
        ngAcc(-5.6, '/api/user/login', 502, 157),
        ngErr(-5.4, 19331, '/api/user/uniqueid', 'user', '/uniqueid'),
        ngAcc(-5.4, '/api/user/uniqueid', 502, 157),
        ngAcc(-5.0, '/api/user/uniqueid', 200, 44),
        ngAcc(-2.2, '/api/catalogue/products', 200, 1904),
      ],
      'catalogue#1/catalogue': [
        pino(T, -14.1, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -14.0, 'info', '%POD%', 'MongoDB connected'),
      ],
      'user#1/user': [
        pino(T, -5.2, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -5.2, 'info', '%POD%', 'Redis READY'),
        pino(T, -5.1, 'info', '%POD%', 'MongoDB connected'),
      ],
      'cart#0/cart': [
        pino(T, -9.1, 'info', '%POD%', 'request completed', '"req":{"id":41877,"method":"GET","url":"/cart/s-2718"},"res":{"statusCode":200},"responseTime":3,'),
      ],
    },
  }),
];
