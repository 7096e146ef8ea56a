// Blind dev batch s93b: Stan's Robot Shop scenario (kit system scripts/kit-systems/robot-shop.mjs, withDefaults, pino, defaultPvcs).
// catalogue's new MONGO_URL names a database that does not exist; mongod creates nothing, lists come back empty; cart/ratings/web are loud.
import { clock } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const T = clock('2026-05-16T11:18:00Z');
const base = system.workloads.find((w) => w.name === 'catalogue').containers[0];
const MONGO_URL = { name: 'MONGO_URL', value: 'mongodb://mongodb:27017/catalogues' };
const req = (min, host, id, method, url, status, ms) =>
  `{"level":"info","time":${Date.parse(T.isoMs(min))},"pid":1,"hostname":"${host}","req":{"id":${id},"method":"${method}","url":"${url}","headers":{"host":"catalogue:8080","connection":"close"},"remoteAddress":"::ffff:%IPOF:cart#0%","remotePort":${41000 + id}},"res":{"statusCode":${status},"headers":{"x-powered-by":"Express","access-control-allow-origin":"*","content-type":"application/json; charset=utf-8","content-length":"${status === 200 ? 2 : 9}"}},"responseTime":${ms},"msg":"request completed","v":1}`;
const nginx = (min, path, status, bytes, method = 'GET') => {
  const d = new Date(Date.parse(T.iso(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return `10.1.0.38 - - [${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000] "${method} ${path} HTTP/1.1" ${status} ${bytes} "http://shop.example.com/" "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"`;
};

export const scenarios = [
  withDefaults({
    folder: 's93b-catalogue-mongo-url-wrong-db',
    incidentTime: '2026-05-16T11:18:00Z',
    description: 'robotshop: product list empty since about 10:40, categories gone, "add to cart" says product not found. site itself up, logins fine',
    expected: { component: 'catalogue', cause: 'config-error' },
    alsoAcceptable: [{ component: 'catalogue', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      instana/robot-shop K8s/helm at 55292e2: catalogue (Node.js, Express, pino, mongodb driver) reads its database from MONGO_URL and
      falls back to mongodb://mongodb:27017/catalogue when unset (catalogue/server.js); cart asks catalogue for /product/<sku> on every add
      and answers 404 "product not found" when catalogue does not return 200; web (nginx) proxies /api/catalogue/ and /api/cart/; ratings
      calls catalogue to check a SKU before it stores a vote.
      Fault (a wrong value the workload reads but does not reject): at 10:39 a shared values file set MONGO_URL explicitly on catalogue to
      mongodb://mongodb:27017/catalogues (plural). MongoDB creates databases lazily, so the connection succeeds, catalogue logs "MongoDB
      connected", stays Running and Ready (no probe upstream), and every query on the empty database returns [] (products, categories,
      search) or 404 for a SKU. The only change between the old and new ReplicaSet is that env var.
      Deviation from upstream: MONGO_URL is not set by the chart; here it is.
      Decoy: the mongodb pod itself is healthy; a shipping readiness probe blip (Unhealthy warnings) from the night before.`,
    workloads: {
      catalogue: {
        rollout: { at: -39, revision: 2, oldContainers: { catalogue: { env: base.env } } },
        containers: { catalogue: { env: [...base.env, MONGO_URL] } },
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -39, last: -39 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -38.4, last: -38.4 },
      { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', fieldPath: 'spec.containers{catalogue}', first: -38.6, last: -38.6 },
      { on: 'pod:shipping#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', fieldPath: 'spec.containers{shipping}', first: -60 * 14, last: -60 * 13.8, count: 3 },
    ],
    logs: {
      'catalogue#0/catalogue': [
        pino(T, -38.6, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -38.5, 'info', '%POD%', 'MongoDB connected'),
        req(-37, '%POD%', 1, 'GET', '/products', 200, 4),
        req(-37, '%POD%', 2, 'GET', '/categories', 200, 2),
        req(-31, '%POD%', 3, 'GET', '/product/RD-10', 404, 3),
        req(-22, '%POD%', 4, 'GET', '/products/Robot', 200, 2),
        req(-14, '%POD%', 5, 'GET', '/product/EMM', 404, 2),
        req(-9, '%POD%', 6, 'GET', '/search/watson', 200, 3),
        req(-3, '%POD%', 7, 'GET', '/product/Watson', 404, 2),
      ],
      'cart#0/cart': [
        pino(T, -60 * 24 * 9, 'info', '%POD%', 'Redis connected'),
        pino(T, -31, 'info', '%POD%', 'request completed', '"req":{"id":811,"method":"GET","url":"/add/4a1f9c2e/RD-10/1"},"res":{"statusCode":404},"responseTime":9,'),
        pino(T, -14, 'info', '%POD%', 'request completed', '"req":{"id":812,"method":"GET","url":"/add/7c3e0b51/EMM/1"},"res":{"statusCode":404},"responseTime":7,'),
        pino(T, -3, 'info', '%POD%', 'request completed', '"req":{"id":813,"method":"GET","url":"/add/4a1f9c2e/Watson/1"},"res":{"statusCode":404},"responseTime":6,'),
      ],
      'ratings#0/ratings': [
        `[${T.isoMs(-20).replace('Z', '+00:00')}] [] RatingsAPI.WARNING: Product not found Ninja [] []`,
        `[${T.isoMs(-6).replace('Z', '+00:00')}] [] RatingsAPI.WARNING: Product not found Watson [] []`,
      ],
      'web#0/web': [
        nginx(-40, '/api/catalogue/products', 200, 5814),
        nginx(-37, '/api/catalogue/products', 200, 2),
        nginx(-37, '/api/catalogue/categories', 200, 2),
        nginx(-31, '/api/cart/add/4a1f9c2e/RD-10/1', 404, 17),
        nginx(-20, '/api/ratings/api/rate/Ninja/5', 404, 0, 'PUT'),
        nginx(-14, '/api/cart/add/7c3e0b51/EMM/1', 404, 17),
        nginx(-9, '/api/catalogue/search/watson', 200, 2),
        nginx(-5, '/api/user/login', 200, 83, 'POST'),
        nginx(-3, '/api/cart/add/4a1f9c2e/Watson/1', 404, 17),
      ],
    },
  }),
];
