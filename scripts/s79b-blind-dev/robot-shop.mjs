// Blind dev batch s79b, Stan's Robot Shop: one scenario spec for the kit (scripts/s2-scenario-kit.mjs).
// cart rolled out with CATALOGUE_HOST=catalogue:8080; its product lookups go to /:8080/product/<sku> and every add-to-cart fails.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, defaultPvcs, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const IT = '2026-11-22T19:33:00Z';
const T = clock(IT);
const agentEnv = [{ name: 'INSTANA_AGENT_HOST', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.hostIP' } } }];
const NEWENV = [...agentEnv, { name: 'REDIS_HOST', value: 'redis' }, { name: 'CATALOGUE_HOST', value: 'catalogue:8080' }];
const reqLine = (min, host, id, method, url, status, ms, extra = '') =>
  pino(T, min, 'info', host, 'request completed', `"req":{"id":${id},"method":"${method}","url":"${url}","headers":{"host":"${url.startsWith('/:') || url.startsWith('/product') ? 'catalogue:8080' : 'cart:8080'}","connection":"close"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${40000 + id}},"res":{"statusCode":${status},"headers":{"x-powered-by":"Express","content-type":"${status === 200 ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8'}"}},"responseTime":${ms},${extra}`);
const nginx = (min, method, path, status, bytes, ms) => {
  const d = new Date(T.isoMs(min));
  const M = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return `10.1.1.84 - - [${p(d.getUTCDate())}/${M}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000] "${method} ${path} HTTP/1.1" ${status} ${bytes} "https://shop.robotshop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36" ${ms}`;
};

export const scenarios = [
  withDefaults({
    folder: 's79b-cart-catalogue-host-port',
    incidentTime: IT,
    description: 'robot shop: adding robots to the basket fails since ~19:10 (red error, basket stays empty). browsing the catalog, login and ratings all fine. catalog team says nothing changed on their side',
    expected: { component: 'cart', cause: 'config-error' },
    alsoAcceptable: [{ component: 'cart', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Manifest/code facts (instana/robot-shop K8s/helm at 55292e2, cart/server.js): cart reads CATALOGUE_HOST (default "catalogue") and
      REDIS_HOST (default "redis") and builds the product lookup as 'http://' + catalogueHost + ':8080/product/' + sku with the
      \`request\` library; a non-200 answer rejects the promise and /add/:id/:sku/:qty answers 500. cart has no probes upstream.
      Fault: 23 minutes before the incident the platform team's values refactor rolled cart (revision 4) with explicit env
      REDIS_HOST=redis and CATALOGUE_HOST=catalogue:8080 ("host:port like the other charts"). cart starts and connects to Redis
      normally; the product URL becomes http://catalogue:8080:8080/product/<sku>, which Node's legacy url.parse (used by request)
      reads as host catalogue:8080 with path "/:8080/product/<sku>" (checked with node's url.parse), so catalogue answers Express's 404
      and cart answers 500 to every add. The value is read per request and never rejected at start: cart's pod is Running and Ready
      with 0 restarts. Loud: web's access log (500 on /api/cart/add) and catalogue's own 404s for "/:8080/product/..." (the catalogue
      team is the first suspect). Public shape: the host-vs-host:port confusion of *_HOST variables (e.g. robot-shop issues about
      CATALOGUE_HOST/REDIS_HOST overrides) and Node's DEP0170 note that such URLs are invalid.
      The ReplicaSets differ only in cart's env (two variables added). Decoy: mongodb was OOMKilled three days ago under its 200Mi
      limit and has run since. Deviations from upstream: the two env vars are the incident's change.
    `,
    workloads: {
      cart: {
        containers: { cart: { env: NEWENV } },
        rollout: { at: -23, oldContainers: { cart: { env: agentEnv } } },
      },
      mongodb: {
        pods: [{ containers: { mongodb: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 10), finishedAt: T.iso(-60 * 24 * 3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cart-%NEW% to 1', first: -23 },
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cart-%OLD% to 0 from 1', first: -22.4 },
      { on: 'pod:cart#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: -23 },
      { on: 'pod:cart#0', reason: 'Pulled', fieldPath: 'spec.containers{cart}', message: 'Container image "robotshop/rs-cart:2.1.0" already present on machine', first: -22.9 },
      { on: 'pod:cart#0', reason: 'Created', fieldPath: 'spec.containers{cart}', message: 'Created container cart', first: -22.9 },
      { on: 'pod:cart#0', reason: 'Started', fieldPath: 'spec.containers{cart}', message: 'Started container cart', first: -22.8 },
    ],
    logs: {
      'cart#0/cart': [
        pino(T, -22.8, 'info', '%POD%', 'Redis READY'),
        pino(T, -22.8, 'info', '%POD%', 'Started on port 8080'),
        reqLine(-21.5, '%POD%', 1, 'GET', '/cart/anonymous-4812', 200, 3),
        reqLine(-19.9, '%POD%', 2, 'GET', '/add/anonymous-4812/Watson/1', 500, 9),
        reqLine(-14.2, '%POD%', 3, 'GET', '/add/anonymous-4977/K9/1', 500, 7),
        reqLine(-8.6, '%POD%', 4, 'GET', '/cart/anonymous-4977', 404, 2),
        reqLine(-3.3, '%POD%', 5, 'GET', '/add/vdlubesnoy/HAL-1/1', 500, 8),
      ],
      'catalogue#0/catalogue': [
        pino(T, -60 * 24 * 9, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -60 * 24 * 9, 'info', '%POD%', 'MongoDB connected'),
        reqLine(-40, '%POD%', 88210, 'GET', '/product/Watson', 200, 4),
        reqLine(-19.9, '%POD%', 88391, 'GET', '/:8080/product/Watson', 404, 1),
        reqLine(-16, '%POD%', 88402, 'GET', '/products', 200, 6),
        reqLine(-14.2, '%POD%', 88420, 'GET', '/:8080/product/K9', 404, 1),
        reqLine(-3.3, '%POD%', 88517, 'GET', '/:8080/product/HAL-1', 404, 1),
      ],
      'web#0/web': [
        nginx(-40, 'GET', '/api/cart/add/anonymous-4731/Watson/1', 200, 128, '0.011'),
        nginx(-19.9, 'GET', '/api/cart/add/anonymous-4812/Watson/1', 500, 3, '0.010'),
        nginx(-16, 'GET', '/api/catalogue/products', 200, 3921, '0.007'),
        nginx(-14.2, 'GET', '/api/cart/add/anonymous-4977/K9/1', 500, 3, '0.008'),
        nginx(-9, 'GET', '/api/ratings/api/fetch/K9', 200, 39, '0.021'),
        nginx(-3.3, 'GET', '/api/cart/add/vdlubesnoy/HAL-1/1', 500, 3, '0.009'),
      ],
    },
  }),
];
