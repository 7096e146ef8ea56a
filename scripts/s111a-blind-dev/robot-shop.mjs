// Blind dev batch s111a: Robot Shop spec (system from scripts/kit-systems/robot-shop.mjs, via withDefaults).
// One scenario: a cart release that looks products up in catalogue with a lower-cased SKU; catalogue logs the 404s.
import { clock } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const INC = '2026-04-07T16:52:00Z';
const T = clock(INC);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ngx = (m) => { const d = new Date(Date.parse(T.isoMs(m))); return `${String(d.getUTCDate()).padStart(2, '0')}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${T.java(m).slice(11, 19)} +0000`; };
export const scenarios = [
  withDefaults({
    folder: 's111a-cart-release-lowercase-sku',
    incidentTime: INC,
    description: 'robot shop: "add to cart" does nothing for every robot since ~16:30, catalog pages load fine. catalogue is throwing 404s?',
    expected: { component: 'cart', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      Robot Shop (instana/robot-shop K8s/helm at 55292e2): cart (Node.js, pino) answers GET /add/:id/:sku/:qty by fetching
      http://catalogue:8080/product/:sku and adding the product to the Redis cart; catalogue answers 404 "product not found"
      when the find by sku returns nothing (catalogue/server.js). Fault shape: a release normalising identifiers
      (sku.toLowerCase()) against a case-sensitive MongoDB match — the classic "case of the key changed in a release" bug.
      Deviation from upstream: cart is rolled from robotshop/rs-cart:2.1.0 to robotshop/rs-cart:2.1.1 at 16:28 (only the
      image differs). cart stays Ready (no probes upstream) and answers 404 "product not found" to web; catalogue, whose
      own log shows the 404s, is healthy and serves the catalogue pages. Decoy: catalogue's 404 lines and a benign rollout
      of web from a week ago.`,
    workloads: {
      cart: {
        rollout: { at: -24, revision: 5, oldContainers: { cart: { image: 'robotshop/rs-cart:2.1.0' } } },
        containers: { cart: { image: 'robotshop/rs-cart:2.1.1' } },
      },
      web: { rollout: { at: -60 * 24 * 7, revision: 3, oldContainers: { web: { image: 'robotshop/rs-web:2.0.1' } } } },
    },
    events: [
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cart-%NEW% to 1', first: -24, last: -24 },
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cart-%OLD% to 0 from 1', first: -23.3, last: -23.3 },
      { on: 'pod:cart#0', reason: 'Pulled', message: 'Successfully pulled image "robotshop/rs-cart:2.1.1" in 2.841s (2.841s including waiting). Image size: 49822301 bytes.', first: -23.8 },
      { on: 'pod:cart#0', reason: 'Started', message: 'Started container cart', first: -23.7 },
    ],
    logs: {
      'cart#0/cart': [
        pino(T, -23.6, 'info', '%POD%', 'Redis READY'),
        pino(T, -23.6, 'info', '%POD%', 'started on port 8080'),
        ...[-19.4, -14.2, -11.8, -7.5, -4.9, -2.2].flatMap((m) => [
          pino(T, m, 'info', '%POD%', 'request completed', '"req":{"id":1,"method":"GET","url":"/add/a3f9c2e1/RD-10/1"},"res":{"statusCode":404},"responseTime":12,'),
        ]),
      ],
      'catalogue#0/catalogue': [
        pino(T, -60 * 24 * 9 + 1, 'info', '%POD%', 'MongoDB connected'),
        ...[-30, -19.4, -14.2, -11.8, -7.5, -4.9, -2.2].flatMap((m, i) => i === 0
          ? [pino(T, m, 'info', '%POD%', 'request completed', '"req":{"id":88,"method":"GET","url":"/product/RD-10"},"res":{"statusCode":200},"responseTime":3,')]
          : [pino(T, m, 'info', '%POD%', 'request completed', `"req":{"id":${90 + i},"method":"GET","url":"/product/rd-10"},"res":{"statusCode":404},"responseTime":2,`),
             pino(T, m + 0.1, 'info', '%POD%', 'request completed', `"req":{"id":${120 + i},"method":"GET","url":"/products"},"res":{"statusCode":200},"responseTime":4,`)]),
      ],
      'web#0/web': [
        ...[-19.4, -11.8, -4.9].map((m) => `10.1.1.1 - - [${ngx(m)}] "GET /api/cart/add/a3f9c2e1/RD-10/1 HTTP/1.1" 404 17 "http://shop.robotshop.example/" "Mozilla/5.0"`),
      ],
    },
  }),
];
