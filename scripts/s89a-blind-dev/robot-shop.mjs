// Batch s89a (blind dev): Robot Shop scenario — a catalogue release that renamed the /product/:sku route; cart and web 404.
// Spec module for scripts/s89a-build.mjs (scenario kit scripts/s2-scenario-kit.mjs, system scripts/kit-systems/robot-shop.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const T = clock('2026-08-14T18:50:00Z');
const base = system.workloads.find((w) => w.name === 'catalogue').containers[0];
const NEW_IMG = '489341227765.dkr.ecr.eu-west-1.amazonaws.com/robot-shop/rs-catalogue:2.1.0-catalog-api-v2';
const req = (min, host, method, url, status, ms, id) =>
  pino(T, min, 'info', host, 'request completed', `"req":{"id":${id},"method":"${method}","url":"${url}","headers":{"host":"${url.startsWith('/api') ? 'robotshop.example.com' : 'catalogue:8080'}","connection":"close"},"remoteAddress":"::ffff:%IPOF:cart#0%","remotePort":${40000 + id}},"res":{"statusCode":${status},"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8"}},"responseTime":${ms},`);
const catLog = [
  pino(T, -38, 'info', '%POD%', 'MongoDB connected'),
  pino(T, -38, 'info', '%POD%', 'Started on port 8080'),
  req(-30, '%POD%', 'GET', '/categories', 200, 6, 1),
  req(-29, '%POD%', 'GET', '/products/Robot', 200, 9, 2),
  req(-28.5, '%POD%', 'GET', '/product/RED', 404, 2, 3),
  req(-26, '%POD%', 'GET', '/product/CNA', 404, 1, 4),
  req(-22, '%POD%', 'GET', '/products/sku/CNA', 200, 4, 5),
  req(-17, '%POD%', 'GET', '/product/Watson', 404, 1, 6),
  req(-12, '%POD%', 'GET', '/categories', 200, 5, 7),
  req(-8, '%POD%', 'GET', '/product/EPE', 404, 2, 8),
  req(-3, '%POD%', 'GET', '/product/HAL-1', 404, 1, 9),
];
const cartReq = (min, url, status, ms, id) =>
  pino(T, min, 'info', '%POD%', 'request completed', `"req":{"id":${id},"method":"GET","url":"${url}","headers":{"host":"cart:8080","user-agent":"python-requests/2.31.0"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${51000 + id}},"res":{"statusCode":${status},"headers":{"x-powered-by":"Express","content-type":"text/html; charset=utf-8"}},"responseTime":${ms},`);
const cartLog = [
  pino(T, -60 * 24 * 2, 'info', '%POD%', 'Redis connected'),
  pino(T, -60 * 24 * 2, 'info', '%POD%', 'started on port 8080'),
  cartReq(-45, '/add/anonymous-7314/Ewooid/1', 200, 14, 311),
  cartReq(-28.5, '/add/anonymous-8821/RED/1', 404, 6, 312),
  cartReq(-26, '/add/anonymous-1002/CNA/1', 404, 5, 313),
  cartReq(-17, '/add/anonymous-5177/Watson/2', 404, 5, 314),
  cartReq(-14, '/cart/anonymous-5177', 404, 2, 315),
  cartReq(-8, '/add/anonymous-2090/EPE/1', 404, 4, 316),
  cartReq(-3, '/add/anonymous-6612/HAL-1/1', 404, 5, 317),
];
const nginx = (min, ip, method, path, status, bytes, rt) => {
  const d = new Date(Date.parse('2026-08-14T18:50:00Z') + min * 60000);
  const ts = `${String(d.getUTCDate()).padStart(2, '0')}/Aug/2026:${d.toISOString().slice(11, 19)} +0000`;
  return `${ip} - - [${ts}] "${method} ${path} HTTP/1.1" ${status} ${bytes} "http://robotshop.example.com/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36" ${rt}`;
};
const webLog = [
  nginx(-45, '10.1.0.37', 'GET', '/api/cart/add/anonymous-7314/Ewooid/1', 200, 212, '0.016'),
  nginx(-29, '10.1.2.18', 'GET', '/api/catalogue/products/Robot', 200, 3381, '0.011'),
  nginx(-28.6, '10.1.2.18', 'GET', '/api/catalogue/product/RED', 404, 32, '0.004'),
  nginx(-28.5, '10.1.2.18', 'GET', '/api/cart/add/anonymous-8821/RED/1', 404, 17, '0.008'),
  nginx(-26, '10.1.0.37', 'GET', '/api/cart/add/anonymous-1002/CNA/1', 404, 17, '0.007'),
  nginx(-17.1, '10.1.3.61', 'GET', '/api/catalogue/product/Watson', 404, 35, '0.003'),
  nginx(-17, '10.1.3.61', 'GET', '/api/cart/add/anonymous-5177/Watson/2', 404, 17, '0.007'),
  nginx(-12, '10.1.3.61', 'GET', '/api/catalogue/categories', 200, 61, '0.007'),
  nginx(-8, '10.1.2.18', 'GET', '/api/cart/add/anonymous-2090/EPE/1', 404, 17, '0.006'),
  nginx(-3, '10.1.0.37', 'GET', '/api/cart/add/anonymous-6612/HAL-1/1', 404, 17, '0.007'),
];

export const scenarios = [
  withDefaults({
    folder: 's89a-catalogue-release-renamed-product-route',
    incidentTime: '2026-08-14T18:50:00Z',
    description: "robotshop: add to cart fails with 'product not found' for every robot, product detail page empty. category list still loads fine. since ~18:20",
    expected: { component: 'catalogue', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (instana/robot-shop K8s/helm at 55292e2): catalogue (Node.js/Express, pino) serves /categories,
      /products/:cat and /product/:sku from MongoDB; cart fetches http://catalogue:8080/product/<sku> on every add and
      answers 404 "product not found" when catalogue does not return 200; web (nginx) proxies /api/catalogue/ and /api/cart/.
      Fault: a catalogue image built from an internal "catalog-api-v2" branch (2.1.0-catalog-api-v2 in the team's ECR)
      was rolled out at 18:12; it moved the single-product route to /products/sku/:sku. The pods are Ready (/health is
      unchanged), listing and categories work, but every /product/<sku> lookup is 404, so cart rejects every add and the
      product page is blank. Shape follows public reports of API route renames shipped without the callers (breaking
      change in a minor release). Deviations from upstream: the internal image and the route change are invented; log
      lines follow pino 5 with express-pino-logger and nginx's combined format plus $upstream_response_time.
      Decoy: redis-0 restarted once two days ago (node patching) and cart reconnected; mongodb is untouched.`,
    workloads: {
      catalogue: {
        rollout: { at: -38.5, oldContainers: { catalogue: { image: base.image } } },
        containers: { catalogue: { image: NEW_IMG } },
      },
      redis: {
        pods: [{ containers: { redis: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 1), last: { exitCode: 0, reason: 'Completed', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 24 * 2 - 1.5) } }) } }],
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1 from 0', first: -38.6 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -37.9 },
      { on: 'pod:catalogue#0', reason: 'Pulling', message: `Pulling image "${NEW_IMG}"`, first: -38.5, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMG}" in 3.412s (3.412s including waiting). Image size: 61283342 bytes.`, first: -38.4, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#0', reason: 'Created', message: 'Created container catalogue', first: -38.4, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', first: -38.4, fieldPath: 'spec.containers{catalogue}' },
    ],
    logs: {
      'catalogue#0/catalogue': catLog,
      'cart#0/cart': cartLog,
      'web#0/web': webLog,
      'redis#0/redis': [
        `1:M 12 Aug 18:49:02.311 * DB loaded from disk: 0.002 seconds`,
        `1:M 12 Aug 18:49:02.311 * Ready to accept connections`,
      ],
    },
  }),
];
