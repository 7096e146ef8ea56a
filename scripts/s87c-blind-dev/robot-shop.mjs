// Blind dev batch s87c: one Robot Shop scenario (a cart rollout sets CATALOGUE_HOST to a misspelt name; pods stay Ready).
// System part from scripts/kit-systems/robot-shop.mjs (withDefaults, pino, defaultPvcs); built by scripts/s87c-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };
const T = clock('2026-06-02T10:41:00Z');
const agentEnv = system.workloads.find((w) => w.name === 'cart').containers[0].env;
const H = '%POD%';
const enotfound = (min) => pino(T, min, 'error', H, 'getaddrinfo ENOTFOUND catalouge catalouge:8080', '"type":"Error","stack":"Error: getaddrinfo ENOTFOUND catalouge catalouge:8080\\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] (dns.js:56:26)","errno":"ENOTFOUND","code":"ENOTFOUND","syscall":"getaddrinfo","hostname":"catalouge","host":"catalouge","port":"8080",');
const cart = [
  pino(T, -21.4, 'info', H, 'Redis READY'),
  pino(T, -21.3, 'info', H, 'started on port 8080'),
  ...[-17.2, -12.8, -9.1, -5.5, -1.7].flatMap((m) => [enotfound(m), pino(T, m + 0.001, 'info', H, 'request completed', '"req":{"id":1,"method":"GET","url":"/add/b1f2d6b0-27ad-4c0e-9a59-3bd5a8d23f6e/Watson/1"},"res":{"statusCode":500},"responseTime":14,')]),
  pino(T, -3.2, 'info', H, 'request completed', '"req":{"id":7,"method":"GET","url":"/cart/b1f2d6b0-27ad-4c0e-9a59-3bd5a8d23f6e"},"res":{"statusCode":404},"responseTime":2,'),
];
const ng = (min, method, path, status, bytes) => { const d = new Date(Date.parse(T.iso(min))); const mon = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()]; const p = (n) => String(n).padStart(2, '0'); return `10.1.2.137 - - [${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000] "${method} ${path} HTTP/1.1" ${status} ${bytes} "http://shop.robot-shop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"`; };
const web = [
  ng(-30, 'GET', '/api/catalogue/products', 200, 2894),
  ng(-24, 'GET', '/api/ratings/api/fetch/Watson', 200, 31),
  ...[-17.2, -12.8, -9.1, -5.5, -1.7].flatMap((m) => [ng(m - 0.05, 'GET', '/api/catalogue/product/Watson', 200, 212), ng(m, 'GET', '/api/cart/add/b1f2d6b0-27ad-4c0e-9a59-3bd5a8d23f6e/Watson/1', 500, 212)]),
  ng(-3.2, 'GET', '/api/cart/cart/b1f2d6b0-27ad-4c0e-9a59-3bd5a8d23f6e', 404, 21),
];
export const scenarios = [
  withDefaults({
    folder: 's87c-cart-catalogue-host-typo',
    incidentTime: '2026-06-02T10:41:00Z',
    description: 'nobody can add robots to the basket since ~10:20, catalogue + search look fine. redis acting up again?',
    expected: { component: 'cart', cause: 'config-error' },
    alsoAcceptable: [{ component: 'cart', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'time-expression'],
    workloads: {
      cart: {
        rollout: { at: -22, revision: 6, oldContainers: { cart: { env: agentEnv } } },
        containers: { cart: { env: [...agentEnv, { name: 'CATALOGUE_HOST', value: 'catalouge' }] } },
      },
      redis: {
        pods: [{ containers: { redis: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4 + 0.3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4) } }) } }],
      },
    },
    events: [
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cart-%NEW% to 1', first: -22 },
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cart-%OLD% to 0 from 1', first: -21.2 },
      { on: 'pod:cart#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', source: 'default-scheduler', first: -22 },
      { on: 'pod:cart#0', reason: 'Pulled', message: 'Container image "robotshop/rs-cart:2.1.0" already present on machine', fieldPath: 'spec.containers{cart}', first: -21.9 },
      { on: 'pod:cart#0', reason: 'Created', message: 'Created container cart', fieldPath: 'spec.containers{cart}', first: -21.9 },
      { on: 'pod:cart#0', reason: 'Started', message: 'Started container cart', fieldPath: 'spec.containers{cart}', first: -21.8 },
    ],
    logs: {
      'cart#0/cart': cart,
      'web#0/web': web,
    },
    grounding: `
      Fault: revision 6 of the cart Deployment (10:19) adds env CATALOGUE_HOST=catalouge (misspelt) to make the catalogue address
      explicit; the image is unchanged (rs-cart:2.1.0), so the old and new ReplicaSet templates differ only by that env var.
      cart/server.js reads CATALOGUE_HOST (default "catalogue") and calls http://<host>:8080/product/<sku> on every
      /add; with no Service of that name the lookup fails with getaddrinfo ENOTFOUND and cart answers 500. cart has no
      probe upstream, so it stays Ready; catalogue and ratings keep serving. Pattern: config typos in an env var shipped
      by a rollout (public post-mortems of "hostname typo in config" outages); the loud symptom is the basket.
      Decoy: redis-0 has an OOMKilled restart four days old and the description blames redis.
      Deviations from upstream (robot-shop K8s/helm at 2.1.0): the CATALOGUE_HOST env on cart.
      Log formats: pino 5 JSON with level labels (cart), nginx combined access log (web).
    `,
  }),
];
