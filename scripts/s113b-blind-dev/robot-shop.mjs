// Blind dev batch s113b: Robot Shop spec (scripts/kit-systems/robot-shop.mjs) for the scenario kit.
// One scenario: a cart release (2.1.1) that stores carts in Redis with a 60-second TTL; checkout finds the cart gone.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, defaultPvcs, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };
const INC = '2025-07-22T11:30:00Z';
const T = clock(INC);
const cartLog = [
  pino(T, -47.6, 'info', '%POD%', 'Redis connected'),
  pino(T, -47.6, 'info', '%POD%', 'started on port 8080'),
];
const pay = [];
for (let m = -45; m < -1.6; m += 1.8) {
  cartLog.push(pino(T, m, 'info', '%POD%', 'request completed', `"req":{"id":${900 + Math.round(-m * 10)},"method":"GET","url":"/add/${'a'}${Math.round(-m * 37) % 9000}/RD-10/1","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":200},"responseTime":${(12 + (-m % 7)).toFixed(0)},`));
  cartLog.push(pino(T, m + 1.4, 'info', '%POD%', 'request completed', `"req":{"id":${901 + Math.round(-m * 10)},"method":"GET","url":"/cart/${'a'}${Math.round(-m * 37) % 9000}","remoteAddress":"::ffff:%IPOF:payment#0%"},"res":{"statusCode":404},"responseTime":2,`));
  pay.push(`[${T.java(m + 1.4).replace(' ', ' ')} +0000] [8] [INFO] Payment start`);
  pay.push(`${T.java(m + 1.41)} [ERROR] payment: cart not valid`);
  pay.push(`::ffff:%IPOF:web#0% - - [${T.java(m + 1.41)}] "POST /pay/a${Math.round(-m * 37) % 9000} HTTP/1.1" 400 -`);
}
const web = [];
for (let m = -44; m < -1.6; m += 1.8) {
  web.push(`10.1.1.84 - - [${T.java(m + 1.41)}] "POST /api/payment/pay/a${Math.round(-m * 37) % 9000} HTTP/1.1" 400 20 "http://shop.example.com/" "Mozilla/5.0"`);
}

export const scenarios = [
  withDefaults({
    folder: 's113b-cart-release-short-ttl',
    description: 'customers say their basket is empty when they hit Pay ("cart not valid") since the basket team shipped this morning. adding to cart works, catalogue works',
    incidentTime: INC,
    expected: { component: 'cart', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'team-name', 'time-expression'],
    grounding: `
      Upstream cart (Node.js, redis client) stores each cart with redisClient.setex(id, 3600, JSON) - a one-hour TTL.
      The 2.1.1 release (a refactor moving the TTL into a constant) writes it as 60, so a cart expires a minute after its
      last change; payment fetches GET /cart/<id> at checkout, gets 404 and answers 400 "cart not valid". Every pod is
      Ready, Redis is healthy, adding items works. The new ReplicaSet differs from the old one only in the cart image tag.
      Deviation from upstream: the rs-cart:2.1.1 image and its TTL bug are invented; payment's log lines follow its
      Flask/gunicorn output.`,
    workloads: {
      cart: {
        rollout: { at: -48, revision: 4, oldContainers: { cart: { image: 'robotshop/rs-cart:2.1.0' } } },
        containers: { cart: { image: 'robotshop/rs-cart:2.1.1' } },
        pods: [{ containers: { cart: cs.running(T.iso(-47.7)) } }],
      },
    },
    events: [
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cart-%NEW% to 1', first: -48 },
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cart-%OLD% to 0 from 1', first: -47.4 },
      { on: 'pod:cart#0', reason: 'Pulled', message: 'Successfully pulled image "robotshop/rs-cart:2.1.1" in 3.204s (3.204s including waiting). Image size: 41877105 bytes.', first: -47.8, fieldPath: 'spec.containers{cart}' },
    ],
    logs: {
      'cart#0/cart': cartLog,
      'payment#0/payment': pay,
      'web#0/web': web,
    },
  }),
];
