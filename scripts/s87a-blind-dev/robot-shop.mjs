// Batch s87a (blind dev): one Stan's Robot Shop scenario on the kit system (scripts/kit-systems/robot-shop.mjs):
// a catalogue release that reads an empty MongoDB database while its pods stay Ready; cart is the loud one.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const I = '2026-04-21T15:36:00Z';
const T = clock(I);
const skus = ['Watson', 'Ewooid', 'HPTD', 'UHJ', 'EPE', 'EMM', 'SHCE', 'RED', 'RMC', 'STAN-1'];
const host = '%POD%';

const catalogue = [
  pino(T, -41.5, 'info', host, 'Started on port 8080'),
  pino(T, -41.4, 'info', host, 'MongoDB connected'),
];
const cart = [];
const web = [];
for (let k = 0; k < 16; k++) {
  const m = -39 + k * 2.3;
  const sku = skus[k % skus.length];
  catalogue.push(pino(T, m, 'info', host, 'request completed', `"req":{"id":${400 + k * 3},"method":"GET","url":"/categories","headers":{"host":"catalogue:8080","user-agent":"Mozilla/5.0"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${41000 + k}},"res":{"statusCode":200,"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8","content-length":"2"}},"responseTime":${2 + (k % 3)},`));
  catalogue.push(pino(T, m + 0.02, 'info', host, 'request completed', `"req":{"id":${401 + k * 3},"method":"GET","url":"/products/Robot","headers":{"host":"catalogue:8080","user-agent":"Mozilla/5.0"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${41100 + k}},"res":{"statusCode":200,"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8","content-length":"2"}},"responseTime":${3 + (k % 2)},`));
  catalogue.push(pino(T, m + 0.3, 'info', host, 'request completed', `"req":{"id":${402 + k * 3},"method":"GET","url":"/product/${sku}","headers":{"host":"catalogue:8080"},"remoteAddress":"::ffff:%IPOF:cart#0%","remotePort":${42000 + k}},"res":{"statusCode":404,"headers":{"x-powered-by":"Express","content-type":"text/html; charset=utf-8","content-length":"13"}},"responseTime":${2 + (k % 4)},`));
  cart.push(pino(T, m + 0.3, 'info', host, 'request completed', `"req":{"id":${900 + k},"method":"GET","url":"/add/${(0x5e1a0c + k).toString(16)}/${sku}/1","headers":{"host":"cart:8080"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${43000 + k}},"res":{"statusCode":404,"headers":{"x-powered-by":"Express","content-type":"text/html; charset=utf-8","content-length":"17"}},"responseTime":${6 + (k % 5)},`));
  cart.push(pino(T, m + 0.31, 'warn', host, `product not found ${sku}`));
  const ts = new Date(Date.parse(T.isoMs(m))).toUTCString().replace(/^\w+, (\d+) (\w+) (\d+) ([\d:]+) GMT$/, '$1/$2/$3:$4 +0000');
  web.push(`10.1.1.84 - - [${ts}] "GET /api/catalogue/categories HTTP/1.1" 200 2 "http://shop.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"`);
  web.push(`10.1.1.84 - - [${ts}] "GET /api/cart/add/${(0x5e1a0c + k).toString(16)}/${sku}/1 HTTP/1.1" 404 17 "http://shop.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"`);
  web.push(`10.1.1.84 - - [${ts}] "GET /api/ratings/api/fetch/${sku} HTTP/1.1" 200 38 "http://shop.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"`);
}
const mongo = (min, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: T.isoMs(min).replace('Z', '+00:00') }, s: 'I', c, id, ctx, msg, attr });
const mongodb = [
  mongo(-41.45, 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:catalogue#0%:39214', uuid: '6f1c2a3e-9b0d-4d51-8a7e-2c5f9e1b3d44', connectionId: 118, connectionCount: 7 }),
  mongo(-41.44, 'NETWORK', 51800, 'conn118', 'client metadata', { remote: '%IPOF:catalogue#0%:39214', client: 'conn118', doc: { driver: { name: 'nodejs', version: '3.6.12' }, os: { type: 'Linux', name: 'linux', architecture: 'x64', version: '5.10.226-214.880.amzn2.x86_64' }, platform: "'Node.js v14.21.3, LE (unified)" } }),
  mongo(-20, 'STORAGE', 22430, 'Checkpointer', 'WiredTiger message', { message: '[1745249880:101392][1:0x7f2a6c2f9700], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: 2241, snapshot max: 2241 snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 1' }),
  mongo(-8, 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:user#0%:51102', uuid: 'a0b7c3d2-51e8-4f0a-9c6d-7e3b2a1f8c09', connectionId: 131, connectionCount: 8 }),
];

export const scenarios = [
  withDefaults({
    folder: 's87a-catalogue-release-empty-db',
    description: 'robotshop: add to cart fails for every product ("product not found"), category pages look empty since this afternoon. ratings + login still work',
    incidentTime: I,
    expected: { component: 'catalogue', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'catalogue', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression'],
    workloads: {
      catalogue: {
        containers: { catalogue: { image: 'robotshop/rs-catalogue:2.1.1' } },
        rollout: { at: -42, oldContainers: { catalogue: { image: 'robotshop/rs-catalogue:2.1.0' } } },
      },
      // Decoy: ratings OOMKilled 50 minutes earlier, Ready since.
      ratings: {
        pods: [{ containers: { ratings: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 50), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 50 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -42, last: -42 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -41, last: -41 },
    ],
    logs: {
      'catalogue#0/catalogue': catalogue,
      'cart#0/cart': cart,
      'web#0/web': web,
      'mongodb#0/mongodb': mongodb,
    },
    grounding: `
      Manifest facts: catalogue (Node.js, Express + pino, MongoDB driver) reads MONGO_URL or its built-in default
      mongodb://mongodb:27017/catalogue and serves /categories, /products/:cat and /product/:sku from the products collection;
      cart GETs http://catalogue:8080/product/<sku> on every add and answers 404 "product not found" when catalogue does not
      answer 200 (cart's server.js). No probes on catalogue upstream, so nothing checks the data.
      Fault: an in-house catalogue build tagged 2.1.1 changed the built-in default database name (a refactor of the connection
      string); MONGO_URL is not set in the manifest, so the release connects to an empty database. MongoDB does not reject
      reads of a missing database: /categories and /products answer 200 with [] and /product/:sku 404. The pod is Ready, no
      error is logged by catalogue; cart and web are the loud ones. The two catalogue ReplicaSets differ only in the image tag.
      Class of fault: releases that silently read another database/collection after a connection-string refactor (public
      post-mortems of "empty catalogue after deploy"). Expected: catalogue bad-deploy-rollout; catalogue config-error accepted.
      Deviations from upstream: the 2.1.1 tag is an in-house build (upstream publishes 2.1.0); the mongodb image is logged in
      MongoDB 5 structured JSON. Decoy: ratings OOMKilled 50 minutes earlier and Ready since.
    `,
  }),
];
