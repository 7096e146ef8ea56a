// Batch s34a (held-out, split: test): one blind Robot Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the kit system definition scripts/kit-systems/robot-shop.mjs (withDefaults, default PVCs, pino helper) on EKS.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, defaultPvcs, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const IT = '2026-06-17T15:44:00Z';
const T = clock(IT);
const NEW = '485320117465.dkr.ecr.eu-west-1.amazonaws.com/robot-shop/rs-cart:2.1.0-12-g7c41e9d';
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const clf = (min) => { const d = new Date(T.isoMs(min)); return `${String(d.getUTCDate()).padStart(2, '0')}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${T.java(min).slice(11, 19)} +0000`; };
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36';
const acc = (min, ip, method, path, status, bytes) => `${ip} - - [${clf(min)}] "${method} ${path} HTTP/1.1" ${status} ${bytes} "https://shop.robotshop.example/" "${UA}"`;
const ngErr = (min, n, msg, path) => `${T.go(min)} [error] 31#31: *${n} ${msg}, client: 10.1.1.84, server: localhost, request: "GET /api/cart${path} HTTP/1.1", upstream: "http://%SVCIP:cart%:8080${path}", host: "shop.robotshop.example", referrer: "https://shop.robotshop.example/"`;

const HOST = '%POD%';
const reqLine = (min, host, id, method, url, status, rt) =>
  pino(T, min, 'info', host, 'request completed', `"req":{"id":${id},"method":"${method}","url":"${url}","remoteAddress":"::ffff:10.1.3.52","remotePort":${41000 + id}},"res":{"statusCode":${status}},"responseTime":${rt},`);

const crash = (line) => [
  `/opt/server/server.js:${line}`,
  '                var discount = product.promo.discount || 0;',
  '                                             ^',
  '',
  "TypeError: Cannot read property 'discount' of undefined",
  `    at Request._callback (/opt/server/server.js:${line}:46)`,
  '    at Request.self.callback (/opt/server/node_modules/request/request.js:185:22)',
  '    at Request.emit (events.js:400:28)',
  '    at Request.<anonymous> (/opt/server/node_modules/request/request.js:1154:10)',
  '    at Request.emit (events.js:400:28)',
  '    at IncomingMessage.<anonymous> (/opt/server/node_modules/request/request.js:1076:12)',
  '    at Object.onceWrapper (events.js:520:28)',
  '    at IncomingMessage.emit (events.js:412:35)',
  '    at endReadableNT (internal/streams/readable.js:1317:12)',
  '    at processTicksAndRejections (internal/process/task_queues.js:82:21)',
];
const cartPrev = [
  pino(T, -3.9, 'info', HOST, 'Redis READY'),
  pino(T, -3.9, 'info', HOST, 'Started on port 8080'),
  reqLine(-3.7, HOST, 1, 'GET', '/cart/3b7c5a2e-users-4417', 200, 4),
  reqLine(-3.2, HOST, 2, 'GET', '/cart/anonymous-2291', 200, 3),
  reqLine(-2.6, HOST, 3, 'GET', '/cart/3b7c5a2e-users-4417', 200, 5),
  ...crash(148),
];
// web's nginx: access log and error log both go to the container's output.
const web = [];
let n = 88120;
for (let m = -60; m < -0.3; m += 1.4, n += 37) {
  web.push(acc(m, '10.1.2.137', 'GET', '/api/catalogue/products', 200, 3120));
  if (m < -36) web.push(acc(m + 0.2, '10.1.2.137', 'GET', `/api/cart/add/anonymous-${n % 9000}/RD-${10 + (n % 8)}/1`, 200, 212));
  else if (n % 3 === 0) {
    web.push(ngErr(m + 0.2, n, 'upstream prematurely closed connection while reading response header from upstream', `/add/anonymous-${n % 9000}/Watson/1`));
    web.push(acc(m + 0.2, '10.1.1.84', 'GET', `/api/cart/add/anonymous-${n % 9000}/Watson/1`, 502, 157));
  } else if (n % 3 === 2) {
    web.push(acc(m + 0.2, '10.1.1.84', 'GET', `/api/cart/cart/anonymous-${n % 9000}`, 200, 96));
  } else {
    web.push(ngErr(m + 0.2, n, 'connect() failed (111: Connection refused) while connecting to upstream', `/cart/anonymous-${n % 9000}`));
    web.push(acc(m + 0.2, '10.1.1.84', 'GET', `/api/cart/cart/anonymous-${n % 9000}`, 502, 157));
  }
}

export const scenarios = [
  withDefaults({
    folder: 's34a-cart-promo-build-typeerror',
    description: 'robot shop: add to basket broken, cart errors since 15:10ish',
    incidentTime: IT,
    expected: { component: 'cart', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'cart', cause: 'crash-loop' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'time-expression', 'decoy'],
    grounding: `
      Robot Shop K8s/helm (2.1.0): cart is a Node.js/Express service on 8080 with pino logging (express-pino-logger "request completed"),
      no probes, limits 200m/100Mi; it reads products from catalogue with the request library on /add, and web's nginx proxies /api/cart/
      to cart:8080. Fault: an in-house cart build (ECR, 2.1.0-12-g7c41e9d) rolled out at 15:08 adds a promotion discount on /add and reads
      product.promo.discount, which is undefined for products without a promotion; the TypeError is thrown in the request callback, so
      Node exits with code 1 on the first such add. The single cart pod restarts into CrashLoopBackOff; between crashes the Service has no
      ready endpoint, so nginx logs connect() refused and upstream prematurely closed, and answers 502 on every /api/cart call.
      Node 14 error text ("Cannot read property 'discount' of undefined"), kubelet BackOff texts.
      Decoys: catalogue and the rest healthy, an old ratings restart three days ago.`,
    workloads: {
      cart: {
        rollout: { at: -36, revision: 5, oldContainers: { cart: { image: 'robotshop/rs-cart:2.1.0' } } },
        containers: { cart: { image: NEW } },
        unavailableSince: -1.9,
        pods: [{ containers: { cart: cs.crashLoop({ restarts: 9, exitCode: 1, startedAt: T.iso(-3.9), finishedAt: T.iso(-1.9), backoff: '2m40s', container: 'cart' }) } }],
      },
      ratings: {
        pods: [{ containers: { ratings: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cart-%NEW% to 1', first: -36 },
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cart-%OLD% to 0 from 1', first: -35.4 },
      { on: 'pod:cart#0', reason: 'Pulled', fieldPath: 'spec.containers{cart}', message: `Container image "${NEW}" already present on machine`, first: -33, last: -3.9, count: 9 },
      { on: 'pod:cart#0', reason: 'Started', fieldPath: 'spec.containers{cart}', message: 'Started container cart', first: -35.5, last: -3.9, count: 10 },
      { on: 'pod:cart#0', type: 'Warning', reason: 'BackOff', fieldPath: 'spec.containers{cart}', message: 'Back-off restarting failed container cart in pod %POD%_robot-shop(%PODUID%)', first: -30, last: -0.5, count: 27 },
    ],
    logs: {
      'cart#0/cart/previous': cartPrev,
      'web#0/web': web,
      'catalogue#0/catalogue': [
        pino(T, -60 * 24 * 2, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -60 * 24 * 2, 'info', '%POD%', 'Started on port 8080'),
      ],
    },
  }),
];
