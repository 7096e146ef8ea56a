// Blind dev batch s99a: one Online Boutique scenario (redis-cart refusing writes with MISCONF after its BGSAVE child was OOM-killed).
// System part re-exported from scripts/s2-scenarios/online-boutique.mjs; written without reading the engine or other scenarios.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const T = clock('2026-05-14T11:20:00Z');
const MISCONF = "MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk. Commands that may modify the data set are disabled, because this instance is configured to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option). Please check the Redis logs for details about the RDB error.";
const rl = (min, mark, msg, pid = 1, role = 'M') => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${pid}:${role} ${String(d.getUTCDate()).padStart(2, '0')} ${mon} ${d.getUTCFullYear()} ${T.java(min).slice(11)} ${mark} ${msg}`;
};
const fl = (min, sev, msg, extra) => JSON.stringify({ 'http.req.id': extra.id, 'http.req.method': extra.method, 'http.req.path': extra.path, ...(extra.error ? { error: extra.error } : {}), message: msg, session: extra.session, severity: sev, timestamp: T.isoMs(min) });

export const scenarios = [
  {
    folder: 's99a-redis-cart-misconf-bgsave-killed',
    incidentTime: '2026-05-14T11:20:00Z',
    description: 'add to cart errors on the boutique since about 10:55, browsing and product pages fine. cartservice throwing lots of exceptions',
    expected: { component: 'redis-cart', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'redis-cart', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      redis-cart (redis:alpine, limit 256Mi, emptyDir /data, release/kubernetes-manifests.yaml at 34ffea9) keeps the image's default
      save rules and stop-writes-on-bgsave-error yes. With the cart keyspace grown to ~190 MB, the BGSAVE child's copy-on-write
      pages push the container cgroup over its limit and the kernel OOM killer kills the child ("Background saving terminated by
      signal 9"), not redis-server: the container is not restarted and stays Ready (tcpSocket probes), reads work, every write
      answers MISCONF (redis/redis issues on stop-writes-on-bgsave-error; Redis docs "Background saving fails with a fork() error").
      cartservice (.NET, StackExchange.Redis) logs RedisServerException per AddItem/EmptyCart and answers FailedPrecondition; the frontend's
      "failed to add to cart" 500s are louder. Decoy: recommendationservice was rolled 2 h earlier with the same image (plain restart).`,
    workloads: {
      recommendationservice: { rollout: { at: -130 } },
    },
    events: [
      { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendationservice-%NEW% to 1', first: -130 },
      { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set recommendationservice-%OLD% to 0 from 1', first: -129 },
    ],
    logs: {
      'redis-cart#0/redis': [
        rl(-60 * 24 * 9, '*', 'Ready to accept connections tcp'),
        rl(-40, '*', '100 changes in 300 seconds. Saving...'),
        rl(-40, '*', 'Background saving started by pid 4117'),
        rl(-39.6, '*', 'DB saved on disk', 4117, 'C'),
        rl(-39.5, '*', 'Fork CoW for RDB: current 96 MB, peak 96 MB, average 58 MB', 4117, 'C'),
        rl(-39.4, '*', 'Background saving terminated with success'),
        rl(-26, '*', '100 changes in 300 seconds. Saving...'),
        rl(-26, '*', 'Background saving started by pid 4188'),
        rl(-25.7, '#', 'Background saving terminated by signal 9'),
        rl(-20, '*', '100 changes in 300 seconds. Saving...'),
        rl(-20, '*', 'Background saving started by pid 4202'),
        rl(-19.6, '#', 'Background saving terminated by signal 9'),
        rl(-14, '*', '100 changes in 300 seconds. Saving...'),
        rl(-14, '*', 'Background saving started by pid 4215'),
        rl(-13.7, '#', 'Background saving terminated by signal 9'),
        rl(-8, '*', '100 changes in 300 seconds. Saving...'),
        rl(-8, '*', 'Background saving started by pid 4231'),
        rl(-7.6, '#', 'Background saving terminated by signal 9'),
      ],
      'cartservice#0/server': [
        ...[-24, -18, -11, -5, -2].flatMap((m, i) => [
          `info: cartservice.services.CartService[0]`,
          `      AddItemAsync called with userId=${['4e1b2c9a', 'a07f33d2', '9c5e01b7', '1d2f8e64', '77b0c3a1'][i]}-5c2e-4f0b-8d1e-0b6f2a9c4e71, productId=OLJCESPC7Z, quantity=1`,
          `fail: cartservice.cartstore.RedisCartStore[0]`,
          `      Can't access cart storage. StackExchange.Redis.RedisServerException: ${MISCONF}`,
          `         at cartservice.cartstore.RedisCartStore.AddItemAsync(String userId, String productId, Int32 quantity) in /app/cartstore/RedisCartStore.cs:line 74`,
        ]),
        'info: cartservice.services.CartService[0]',
        '      GetCartAsync called with userId=2b8d0f4e-91a3-4c7e-b0d5-6f1e2a3c9d80',
      ],
      'cartservice#1/server': [
        ...[-21, -15, -9, -3].flatMap(() => [
          'info: cartservice.services.CartService[0]',
          '      EmptyCartAsync called with userId=c4a9e2d1-7b3f-4e60-9a8c-1f0d5b2e7c34',
          'fail: cartservice.cartstore.RedisCartStore[0]',
          `      Can't access cart storage. StackExchange.Redis.RedisServerException: ${MISCONF}`,
        ]),
      ],
      'frontend#0/server': [
        ...[-24, -18, -11, -5, -2].flatMap((m, i) => [
          fl(m, 'debug', 'request started', { id: `5f0c${i}a1e-2b7d-4c3f-9e80-1a6b3d5c7e9${i}`, method: 'POST', path: '/cart', session: 'a07f33d2-5c2e-4f0b-8d1e-0b6f2a9c4e71' }),
          fl(m, 'error', 'request error', { id: `5f0c${i}a1e-2b7d-4c3f-9e80-1a6b3d5c7e9${i}`, method: 'POST', path: '/cart', session: 'a07f33d2-5c2e-4f0b-8d1e-0b6f2a9c4e71', error: `failed to add to cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisServerException: ${MISCONF}` }),
        ]),
        fl(-3, 'debug', 'request complete', { id: '0e7d2c4b-6a1f-4b93-8c5e-2d9f0a1b3c47', method: 'GET', path: '/product/OLJCESPC7Z', session: '2b8d0f4e-91a3-4c7e-b0d5-6f1e2a3c9d80' }),
      ],
      'checkoutservice#0/server': [
        JSON.stringify({ message: '[PlaceOrder] user_id="c4a9e2d1-7b3f-4e60-9a8c-1f0d5b2e7c34" user_currency="USD"', severity: 'info', timestamp: T.isoMs(-9) }),
        JSON.stringify({ message: 'payment went through (transaction_id: 9f3b2c1d-4e5a-4b6c-8d7e-0f1a2b3c4d5e)', severity: 'info', timestamp: T.isoMs(-9) }),
      ],
    },
  },
];
