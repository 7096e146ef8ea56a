// Blind dev batch s85a: Robot Shop scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// A cart release that is Ready but throws on carts saved by the previous version.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };
const I = '2025-03-14T10:42:00Z';
const T = clock(I);
const h = 'cart-new';
export const scenarios = [withDefaults({
  folder: 's85a-cart-release-old-cart-shape',
  incidentTime: I,
  description: 'robotshop checkout broken for returning customers since ~10:05, new users can still buy. web showing 500s on /api/cart',
  expected: { component: 'cart', cause: 'bad-deploy-rollout' },
  difficulty: 'hard',
  traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression'],
  workloads: {
    cart: { containers: { cart: { image: 'robotshop/rs-cart:2.1.1' } }, rollout: { at: -38, oldContainers: { cart: { image: 'robotshop/rs-cart:2.1.0' } } } },
    mongodb: { pods: [{ containers: { mongodb: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) } }] },
  },
  events: [
    { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cart-%NEW% to 1', first: -38 },
    { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cart-%OLD% to 0 from 1', first: -37 },
    { on: 'pod:cart#0', reason: 'Pulled', message: 'Successfully pulled image "robotshop/rs-cart:2.1.1" in 2.871s (2.871s including waiting). Image size: 61234817 bytes.', first: -37.8 },
    { on: 'pod:cart#0', reason: 'Started', message: 'Started container cart', first: -37.6, fieldPath: 'spec.containers{cart}' },
  ],
  logs: {
    'cart#0/cart': [
      pino(T, -37.5, 'info', '%POD%', 'Using redis host redis'),
      pino(T, -37.4, 'info', '%POD%', 'Started on port 8080'),
      pino(T, -37.4, 'info', '%POD%', 'redis connected'),
      ...Array.from({ length: 14 }, (_, i) => [
        pino(T, -35 + i * 2.4, 'info', '%POD%', `request completed`, `"req":{"id":${410 + i},"method":"GET","url":"/add/${3120 + i}/HAL-1/1"},"res":{"statusCode":200},"responseTime":${8 + (i % 5)},`),
        pino(T, -34.6 + i * 2.4, 'error', '%POD%', `TypeError: Cannot read properties of undefined (reading 'reduce')\\n    at calcTotal (/opt/server/server.js:303:27)\\n    at /opt/server/server.js:196:31`, `"req":{"id":${500 + i},"method":"GET","url":"/cart/${2200 + i * 7}"},`),
        pino(T, -34.6 + i * 2.4, 'info', '%POD%', 'request errored', `"req":{"id":${500 + i},"method":"GET","url":"/cart/${2200 + i * 7}"},"res":{"statusCode":500},"err":{"type":"TypeError","message":"Cannot read properties of undefined (reading 'reduce')"},"responseTime":3,`),
      ]).flat(),
    ],
    'web#0/web': Array.from({ length: 12 }, (_, i) => [
      `10.1.2.54 - - [${T.java(-33 + i * 2.7).slice(0, 19).replace(' ', ':')} +0000] "GET /api/catalogue/products HTTP/1.1" 200 1821 "-" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36"`,
      `10.1.2.54 - - [${T.java(-32.6 + i * 2.7).slice(0, 19).replace(' ', ':')} +0000] "GET /api/cart/cart/${2200 + i * 7} HTTP/1.1" 500 148 "-" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36"`,
      `10.1.2.54 - - [${T.java(-32.3 + i * 2.7).slice(0, 19).replace(' ', ':')} +0000] "POST /api/payment/pay/${2200 + i * 7} HTTP/1.1" 500 37 "-" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36"`,
    ]).flat(),
    'payment#0/payment': Array.from({ length: 10 }, (_, i) => [
      `[${T.java(-32.3 + i * 3).replace('.', ',')}] INFO in payment: payment for ${2200 + i * 7}`,
      `[${T.java(-32.3 + i * 3).replace('.', ',')}] ERROR in payment: cart error Internal Server Error`,
      `10.1.3.77 - - [${T.java(-32.3 + i * 3).slice(0, 19)}] "POST /pay/${2200 + i * 7} HTTP/1.1" 500 -`,
    ]).flat(),
  },
  grounding: `
    Follows robot-shop's cart service (cart/server.js, Node.js with pino and express-pino-logger): carts are JSON
    documents in Redis keyed by user id, read back and summed on every GET /cart/:id. The deviation: an in-house
    release robotshop/rs-cart:2.1.1 renamed the cart's "items" array, so carts written by 2.1.0 (returning
    customers) throw a TypeError per request while new carts work; the pod is Ready (cart has no probe upstream).
    Callers are louder: nginx in web returns 500 on /api/cart and payment's Flask log says "cart error". Decoy:
    mongodb's OOMKill three days ago, recovered. Only the cart image tag differs between the two ReplicaSets.`,
})];
void h;
