// Blind dev batch s69b: one Stan's Robot Shop scenario for the scenario kit.
// cart is rebuilt on Node 20, whose http.globalAgent keeps sockets alive; its calls to catalogue intermittently hit ECONNRESET.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system };

const INCIDENT = '2026-11-21T19:34:00Z';
const T = clock(INCIDENT);
const ROLL = -47; // 18:47 UTC
const NEW_IMAGE = '482716390514.dkr.ecr.eu-west-1.amazonaws.com/robot-shop/rs-cart:2.1.0-node20';

const SKUS = [['Watson', 2001], ['Ewooid', 200], ['HPTD', 1000], ['UHJ', 10000], ['EPE', 200], ['CNA', 1000]];
const reqDone = (min, id, url, status, rt, remote) =>
  pino(T, min, status >= 500 ? 'error' : 'info', '%POD%', status >= 500 ? 'request errored' : 'request completed',
    `"req":{"id":${id},"method":"GET","url":"${url}","headers":{"host":"${url.startsWith('/product') ? 'catalogue:8080' : 'cart:8080'}","connection":"${url.startsWith('/product') ? 'keep-alive' : 'close'}"},"remoteAddress":"::ffff:${remote}","remotePort":${40000 + (id * 37) % 20000}},"res":{"statusCode":${status},"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8"}},${status >= 500 ? '"err":{"type":"Error","message":"failed with status code 500","stack":"Error: failed with status code 500\\n    at ServerResponse.onResFinished (/opt/server/node_modules/pino-http/logger.js:51:39)\\n    at ServerResponse.emit (node:events:531:35)\\n    at onFinish (node:_http_outgoing:1005:10)\\n    at afterWrite (node:internal/streams/writable:701:5)"},' : ''}"responseTime":${rt},`);

const cartLog = [
  pino(T, ROLL + 0.6, 'info', '%POD%', 'Started on port 8080'),
  pino(T, ROLL + 0.6, 'info', '%POD%', 'Redis READY'),
];
const catLog = [];
const webLog = [];
let id = 0;
const web = (min, path, status, bytes) => {
  const d = new Date(Date.parse(T.iso(min)));
  const mon = d.toUTCString().slice(8, 11);
  const ts = `${String(d.getUTCDate()).padStart(2, '0')}/${mon}/${d.getUTCFullYear()}:${T.iso(min).slice(11, 19)} +0000`;
  return `10.1.2.57 - - [${ts}] "GET ${path} HTTP/1.1" ${status} ${bytes} "http://shop.robotshop.example/" "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0"`;
};
for (let m = -26; m < -0.3; m += 0.085) {
  id++;
  const [sku, price] = SKUS[id % SKUS.length];
  const cartId = `b${(0x2c9e1 + (id % 23) * 131).toString(16)}`;
  // catalogue sees the product lookups that reach it (not the ones that died on a reset socket).
  const fail = m > ROLL + 2 && (id % 5 === 2 || id % 11 === 7);
  if (!fail) catLog.push(reqDone(m, id, `/product/${sku}`, 200, 2 + (id % 4), '%IPOF:cart#0%'));
  cartLog.push(reqDone(m + 0.002, id, `/add/${cartId}/${sku}/1`, fail ? 500 : 200, fail ? 1 + (id % 3) : 6 + (id % 5), '%IPOF:web#0%'));
  webLog.push(web(m + 0.003, `/api/cart/add/${cartId}/${sku}/1`, fail ? 500 : 200, fail ? 20 : 180 + (price % 97)));
  if (id % 4 === 0) webLog.push(web(m + 0.05, `/api/catalogue/products`, 200, 3117));
  if (id % 6 === 0) webLog.push(web(m + 0.08, `/api/ratings/api/fetch/${sku}`, 200, 43));
}

const cartContainer = system.workloads.find((w) => w.name === 'cart').containers[0];

export const scenarios = [
  withDefaults({
    folder: 's69b-cart-node20-keepalive-resets',
    description: 'robot shop: since this evening roughly 1 in 5 "add to cart" clicks fail (500), retrying usually works. browsing the catalogue is fine. basket team pls look',
    incidentTime: INCIDENT,
    expected: { component: 'cart', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      Manifest facts (instana/robot-shop K8s/helm at 55292e2, images robotshop/rs-*:2.1.0): cart (Node.js, express) looks every
      added SKU up at http://catalogue:8080/product/<sku> with the request library and answers 500 with the error object when that
      lookup fails (cart/server.js getProduct -> reject(err) -> res.status(500).send(err), body {"code":"ECONNRESET"}); cart and
      catalogue have no probes; catalogue is an express server whose http.Server keepAliveTimeout is Node's default 5 s.
      Fault (a release that is Ready but misbehaves): at 18:47 cart is rolled to an image rebuilt by the team on Node 20
      (482716390514.dkr.ecr.eu-west-1.amazonaws.com/robot-shop/rs-cart:2.1.0-node20; the only template change). Since Node 19
      http.globalAgent has keepAlive on, and the request library uses the global agent when given no pool options, so cart now
      reuses idle sockets to catalogue; when catalogue closes one at its 5 s keep-alive timeout just as cart writes the next request
      on it, the lookup fails with ECONNRESET "socket hang up" - the race of nodejs/node#20256 and the keep-alive default discussed
      in nodejs/node#47130. cart logs those adds as "request errored" 500 (pino-http), catalogue never sees them, the web nginx
      access log shows ~20% 500s on /api/cart/add while catalogue pages are 200. Nothing restarts; the new pod is Ready.
      Decoy: ratings was OOMKilled three days ago (100Mi limit) and restarted once.
      The answer is cart with bad-deploy-rollout (the Node 20 rebuild); catalogue is healthy.
      Deviations from upstream: the rebuilt cart image in a private ECR repository (upstream ships robotshop/rs-cart:2.1.0 on an
      older Node); log lines follow pino 5 with useLevelLabels as the kit's helper prints them.
    `,
    workloads: {
      cart: {
        containers: { cart: { image: NEW_IMAGE } },
        rollout: { at: ROLL, revision: 4, oldContainers: { cart: { image: cartContainer.image } } },
      },
      ratings: {
        pods: [{ containers: { ratings: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cart-%NEW% to 1', first: ROLL, last: ROLL },
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cart-%OLD% to 0 from 1', first: ROLL + 0.5, last: ROLL + 0.5 },
    ],
    logs: {
      'cart#0/cart': cartLog,
      'catalogue#0/catalogue': catLog,
      'web#0/web': webLog,
    },
  }),
];
