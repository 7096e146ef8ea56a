// Blind dev batch s119c: Robot Shop scenario (spec for scripts/s2-scenario-kit.mjs).
// cart's CATALOGUE_HOST set to a namespace-qualified name with the namespace misspelt (robotshop).
import { clock } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const T = clock('2025-05-20T09:10:00Z');
const base = system.workloads.find((w) => w.name === 'cart').containers[0].env;
const env = [...base, { name: 'CATALOGUE_HOST', value: 'catalogue.robotshop.svc.cluster.local' }];
const nginx = (min, st, path) => `10.1.1.84 - - [${new Date(Date.parse(T.isoMs(min))).toUTCString().replace(/^\w+, (\d+) (\w+) (\d+) ([\d:]+) GMT$/, '$1/$2/$3:$4 +0000')}] "GET ${path} HTTP/1.1" ${st} 87 "-" "Mozilla/5.0"`;

export const scenarios = [
  withDefaults({
    folder: 's119c-cart-catalogue-host-ns-typo',
    incidentTime: '2025-05-20T09:10:00Z',
    description: 'robot shop: add to cart fails for every product since the 08:40 change, browsing the catalogue still works fine',
    expected: { component: 'cart', cause: 'config-error' },
    alsoAcceptable: [{ component: 'cart', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'typo', 'time-expression'],
    workloads: {
      cart: { rollout: { at: -31, oldContainers: { cart: { env: base } } }, containers: { cart: { env } } },
    },
    events: [
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cart-%NEW% to 1', first: -31 },
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cart-%OLD% to 0 from 1', first: -30.5 },
    ],
    logs: {
      'cart#0/cart': [
        pino(T, -30.4, 'info', '%POD%', 'Redis READY'),
        pino(T, -30.4, 'info', '%POD%', 'started on port 8080'),
        pino(T, -22, 'warn', '%POD%', 'error getaddrinfo ENOTFOUND catalogue.robotshop.svc.cluster.local'),
        pino(T, -22, 'info', '%POD%', 'request completed', '"res":{"statusCode":500},"responseTime":14,"req":{"method":"GET","url":"/add/3a8f1c2e/RED/1"},'),
        pino(T, -2, 'warn', '%POD%', 'error getaddrinfo ENOTFOUND catalogue.robotshop.svc.cluster.local'),
        pino(T, -2, 'info', '%POD%', 'request completed', '"res":{"statusCode":500},"responseTime":9,"req":{"method":"GET","url":"/add/3a8f1c2e/EPE/1"},'),
      ],
      'catalogue#0/catalogue': [
        pino(T, -3, 'info', '%POD%', 'request completed', '"res":{"statusCode":200},"responseTime":3,"req":{"method":"GET","url":"/products"},'),
      ],
      'web#0/web': [nginx(-22, 200, '/api/catalogue/products'), nginx(-22, 500, '/api/cart/add/3a8f1c2e/RED/1'), nginx(-2, 500, '/api/cart/add/3a8f1c2e/EPE/1')],
    },
    grounding: `
      Upstream robot-shop cart/server.js reads CATALOGUE_HOST (default "catalogue") and on /add fetches the product from
      http://CATALOGUE_HOST:8080/product/:sku; a lookup error is logged with req.log.warn and answered 500. Fault: the cart
      release at -31 min sets CATALOGUE_HOST to catalogue.robotshop.svc.cluster.local (namespace is robot-shop), which
      does not resolve (getaddrinfo ENOTFOUND). Cart stays Ready; catalogue answers web directly and is healthy.
      Deviation: the upstream deployment has no CATALOGUE_HOST env; it was added here.`,
  }),
];
