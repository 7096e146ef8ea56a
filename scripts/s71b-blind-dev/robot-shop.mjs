// Blind dev batch s71b: one Robot Shop scenario (web release whose nginx template dropped the trailing slash of the cart proxy_pass),
// on the kit system scripts/kit-systems/robot-shop.mjs, built by scripts/s71b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;
const incidentTime = '2026-05-27T19:15:00Z';
const T = clock(incidentTime);
const ROLL = -34;
const NEW_IMG = '402817615380.dkr.ecr.eu-west-1.amazonaws.com/robot-shop/rs-web:2.1.0-4-g7c2e91d';
const OLD_IMG = 'robotshop/rs-web:2.1.0';
const clf = (min) => {
  const d = T.java(min);
  const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${d.slice(8, 10)}/${MON[Number(d.slice(5, 7)) - 1]}/${d.slice(0, 4)}:${d.slice(11, 19)} +0000`;
};
const UA = '"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"';
const acc = (min, ip, req, status, bytes) => `${ip} - - [${clf(min)}] "${req} HTTP/1.1" ${status} ${bytes} "http://shop.robot.example/" ${UA}`;
const SKUS = ['Watson', 'HAL-1', 'Ewok', 'K9', 'RD-10', 'STAN-1'];
const web = [
  '/docker-entrypoint.sh: Configuration complete; ready for start up',
];
for (let m = ROLL + 0.6, k = 0; m < -0.2; m += 0.35, k++) {
  const ip = ['10.1.1.84', '10.1.2.137', '10.1.3.206'][k % 3];
  const sku = SKUS[k % SKUS.length];
  const uid = `anonymous-${4021 + (k % 7)}`;
  if (k % 3 === 0) web.push(acc(m, ip, 'GET /api/catalogue/products', 200, 2713), acc(m + 0.01, ip, `GET /api/ratings/api/fetch/${sku}`, 200, 36));
  if (k % 3 === 1) web.push(acc(m, ip, `GET /api/cart/add/${uid}/${sku}/1`, 404, 172), acc(m + 0.02, ip, `GET /api/user/uniqueid`, 200, 44));
  if (k % 3 === 2) web.push(acc(m, ip, `GET /api/cart/cart/${uid}`, 404, 170), acc(m + 0.01, ip, `GET /api/catalogue/product/${sku}`, 200, 311));
}
const cart = [pino(T, -60 * 24 * 8, 'info', '%POD%', 'Redis connected'), pino(T, -60 * 24 * 8, 'info', '%POD%', 'started on port 8080')];
for (let m = -50, k = 0; m < -0.2; m += 0.7, k++) {
  const uid = `anonymous-${4021 + (k % 7)}`;
  const sku = SKUS[k % SKUS.length];
  const url = m < ROLL + 0.6 ? (k % 2 ? `/add/${uid}/${sku}/1` : `/cart/${uid}`) : (k % 2 ? `/api/cart/add/${uid}/${sku}/1` : `/api/cart/cart/${uid}`);
  const code = m < ROLL + 0.6 ? 200 : 404;
  cart.push(pino(T, m, 'info', '%POD%', 'request completed', `"req":{"id":${1200 + k},"method":"GET","url":"${url}","headers":{"host":"cart:8080","connection":"close"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${40000 + k * 13}},"res":{"statusCode":${code},"headers":{"x-powered-by":"Express","content-type":"text/html; charset=utf-8"}},"responseTime":${code === 404 ? 1 : 4},`));
}
const catalogue = [];
for (let m = -50; m < -0.2; m += 1.1) catalogue.push(pino(T, m, 'info', '%POD%', 'request completed', `"req":{"id":${Math.round(-m * 10)},"method":"GET","url":"/products","headers":{"host":"catalogue:8080"}},"res":{"statusCode":200},"responseTime":3,`));
const ratings = [];
for (let m = -50; m < -0.2; m += 1.6) ratings.push(`[${T.iso(m).replace('T', ' ').replace('Z', '')}] request.INFO: Matched route "_api_fetch". {"route":"_api_fetch","route_parameters":{"_route":"_api_fetch","sku":"Watson"},"request_uri":"http://ratings/api/fetch/Watson","method":"GET"} []`);

export const scenarios = [
  withDefaults({
    folder: 's71b-web-nginx-cart-proxy-slash',
    incidentTime,
    description: "robot shop: nobody can add to basket since ~18:40, UI just says error. cart service is returning 404s?? browsing + ratings fine",
    expected: { component: 'web', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'web', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'partial-name', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (K8s/helm at 55292e2; web/default.conf.template): web (nginx) proxies /api/cart/ with "proxy_pass http://\${CART_HOST}:8080/;"
      - the trailing slash makes nginx replace the /api/cart/ prefix, so cart (Node/Express) receives /add/<id>/<sku>/<qty> and /cart/<id>.
      Fault: a web release 34 minutes before the incident (in-house image rs-web:2.1.0-4-g7c2e91d, replacing robotshop/rs-web:2.1.0; the old and
      new ReplicaSet templates differ only in the image) shipped a "tidied" template whose cart location reads
      "proxy_pass http://\${CART_HOST}:8080;" (no URI part): nginx then forwards the full original URI /api/cart/add/..., which matches no
      Express route, and cart answers 404 "Cannot GET". Public pattern: nginx proxy_pass URI/trailing-slash semantics (nginx docs for
      ngx_http_proxy_module; countless Q&A threads). web stays Running/Ready (no probes) with no restart.
      Decoys: cart's own request log is the one full of 404s (it looks like the culprit); ratings had an OOMKill restart four days ago;
      catalogue and user traffic through web is healthy. Deviations from upstream: the in-house web image; logs abridged.
    `,
    workloads: {
      web: {
        containers: { web: { image: NEW_IMG } },
        rollout: { at: ROLL, revision: 4, oldContainers: { web: { image: OLD_IMG } } },
      },
      ratings: {
        pods: [{ containers: { ratings: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4 - 7), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 7.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:web', reason: 'ScalingReplicaSet', message: 'Scaled up replica set web-%NEW% to 1 from 0', first: ROLL, last: ROLL },
      { on: 'deploy:web', reason: 'ScalingReplicaSet', message: 'Scaled down replica set web-%OLD% to 0 from 1', first: ROLL + 0.7, last: ROLL + 0.7 },
      { on: 'pod:web#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: ROLL + 0.5, last: ROLL + 0.5 },
      { on: 'pod:web#0', reason: 'Pulling', message: `Pulling image "${NEW_IMG}"`, fieldPath: 'spec.containers{web}', first: ROLL + 0.51, last: ROLL + 0.51 },
      { on: 'pod:web#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMG}" in 2.814s (2.814s including waiting). Image size: 52418733 bytes.`, fieldPath: 'spec.containers{web}', first: ROLL + 0.56, last: ROLL + 0.56 },
      { on: 'pod:web#0', reason: 'Created', message: 'Created container web', fieldPath: 'spec.containers{web}', first: ROLL + 0.57, last: ROLL + 0.57 },
      { on: 'pod:web#0', reason: 'Started', message: 'Started container web', fieldPath: 'spec.containers{web}', first: ROLL + 0.58, last: ROLL + 0.58 },
    ],
    logs: {
      'web#0/web': web,
      'cart#0/cart': cart,
      'catalogue#0/catalogue': catalogue,
      'ratings#0/ratings': ratings,
    },
  }),
];
