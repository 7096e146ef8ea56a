// Batch s37a (blind dev): one Online Boutique incident, written without reading the engine, the rules or other scenarios.
// redis-cart's dataset outgrows its 256Mi limit and the BGSAVE fork gets it OOMKilled over and over; cart calls fail.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const front = (T, min, severity, message, extra = {}) =>
  JSON.stringify({
    'http.req.id': extra.id ?? '5d0c7f1e-8a2b-4e3c-9f61-0b7a4c2d9e18',
    'http.req.method': extra.method ?? 'GET',
    'http.req.path': extra.path ?? '/cart',
    ...(extra.error ? { error: extra.error } : {}),
    message,
    session: extra.session ?? '2f8e4a61-7c3d-4b9e-a051-d6c2e8f71b34',
    severity,
    timestamp: T.isoMs(min),
  });
// redis 7 log line: <pid>:<role> dd Mon yyyy hh:mm:ss.mmm <level> message
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const rl = (T, min, pid, role, lvl, msg) => {
  const d = new Date(T.isoMs(min));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${pid}:${role} ${p(d.getUTCDate())} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${lvl} ${msg}`;
};
const redisBoot = (T, min, keys, mb) => [
  rl(T, min, 1, 'C', '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
  rl(T, min, 1, 'C', '*', 'Redis version=7.4.2, bits=64, commit=00000000, modified=0, pid=1, just started'),
  rl(T, min, 1, 'C', '#', 'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf'),
  rl(T, min + 0.001, 1, 'M', '*', 'monotonic clock: POSIX clock_gettime'),
  rl(T, min + 0.001, 1, 'M', '*', 'Running mode=standalone, port=6379.'),
  rl(T, min + 0.002, 1, 'M', '*', 'Server initialized'),
  rl(T, min + 0.002, 1, 'M', '*', 'Loading RDB produced by version 7.4.2'),
  rl(T, min + 0.002, 1, 'M', '*', 'RDB age 71 seconds'),
  rl(T, min + 0.002, 1, 'M', '*', `RDB memory usage when created ${mb} Mb`),
  rl(T, min + 0.07, 1, 'M', '*', `Done loading RDB, keys loaded: ${keys}, keys expired: 0.`),
  rl(T, min + 0.07, 1, 'M', '*', 'DB loaded from disk: 4.112 seconds'),
  rl(T, min + 0.07, 1, 'M', '*', 'Ready to accept connections tcp'),
];
const cartErr = (T, min, op, inner) => [
  `fail: Grpc.AspNetCore.Server.ServerCallHandler[6]`,
  `      Error when executing service method '${op}'.`,
  `      Grpc.Core.RpcException: Status(StatusCode="FailedPrecondition", Detail="Can't access cart storage. ${inner}")`,
  `         at cartservice.cartstore.RedisCartStore.${op === 'GetCart' ? 'GetCartAsync' : 'AddItemAsync'}(String userId${op === 'GetCart' ? '' : ', String productId, Int32 quantity'}) in /app/cartstore/RedisCartStore.cs:line ${op === 'GetCart' ? 110 : 76}`,
  `         at cartservice.services.CartService.${op}(${op === 'GetCart' ? 'GetCartRequest' : 'AddItemRequest'} request, ServerCallContext context) in /app/services/CartService.cs:line ${op === 'GetCart' ? 45 : 39}`,
];
const NOCONN = (id) =>
  `StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HGET ${id}; UnableToConnect on redis-cart:6379/Interactive, Initializing/NotStarted, last: NONE, origin: BeginConnectAsync, outstanding: 0, last-read: 0s ago, last-write: 0s ago, keep-alive: 60s, state: Connecting, mgr: 10 of 10 available, last-heartbeat: never, global: 1s ago, v: 2.7.33.41805`;
const LOADING = (id) => `StackExchange.Redis.RedisServerException: LOADING Redis is loading the dataset in memory, command: HGET ${id}`;

const T1 = clock('2026-05-12T14:58:00Z');
// OOM kills at about -41, -33, -25, -17, -10 and -3: each at the first RDB save after a restart.

export const scenarios = [
  {
    folder: 's37a-redis-cart-bgsave-oom',
    incidentTime: '2026-05-12T14:58:00Z',
    description: 'cart page erroring on the boutique since ~14:15, add to cart fails for a lot of users',
    expected: { component: 'redis-cart', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'redis-cart', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest: release/kubernetes-manifests.yaml (v0.10.6) runs redis-cart as redis:alpine with no config file (so the default
      save points "3600 1 300 100 60 10000" and no maxmemory), data dir /data on an emptyDir that survives container restarts,
      tcpSocket probes on 6379 and a 256Mi memory limit. cartservice (REDIS_ADDR=redis-cart:6379) stores every cart as a hash and
      never sets an expiry, so carts from bots and the load generator accumulate for weeks.
      Fault: the dataset reached ~190 MB; at each RDB save redis forks and the child's copy-on-write pages plus the parent exceed
      256Mi, the kernel OOM killer kills the container (OOMKilled, exit 137). redis restarts, reloads dump.rdb from the emptyDir
      (answering LOADING for ~4 s), passes the TCP probes (so the pod stays Ready between kills) and is killed again at the next
      save: six OOMKills in 40 minutes. This is the well-known "Redis BGSAVE fork doubles memory in a container" failure
      (redis.io admin docs on fork/COW and overcommit; many GitHub issues of redis-in-Kubernetes charts).
      Callers: cartservice (.NET, StackExchange.Redis 2.7) wraps errors as RpcException FailedPrecondition "Can't access cart
      storage." (src/cartservice/src/cartstore/RedisCartStore.cs), logged by Grpc.AspNetCore's ServerCallHandler; the frontend
      logs "could not retrieve cart" request errors (logrus JSON). Checkout also fails on GetCart.
      Decoys: a currencyservice rollout an hour and a half earlier (healthy), an adservice restart two days old.
    `,
    workloads: {
      'redis-cart': {
        pods: [
          {
            containers: {
              redis: cs.restartedRunning({
                restarts: 6,
                startedAt: T1.iso(-2.6),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-9.5), finishedAt: T1.iso(-3.1) },
              }),
            },
            readyTransition: T1.iso(-2.5),
          },
        ],
        endpointsChanged: -2.5,
      },
      currencyservice: {
        rollout: { at: -92, oldContainers: { server: { image: 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/currencyservice:v0.10.5' } } },
      },
      adservice: {
        pods: [
          {
            containers: {
              server: cs.restartedRunning({
                restarts: 1,
                startedAt: T1.iso(-60 * 51),
                last: { exitCode: 143, reason: 'Error', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 51 - 0.2) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'pod:redis-cart#0', reason: 'Pulled', message: 'Container image "redis:alpine" already present on machine', count: 6, first: -41, last: -2.7 },
      { on: 'pod:redis-cart#0', reason: 'Created', message: 'Created container: redis', count: 6, first: -41, last: -2.7 },
      { on: 'pod:redis-cart#0', reason: 'Started', message: 'Started container redis', count: 6, first: -41, last: -2.6 },
      { on: 'pod:redis-cart#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container redis in pod %POD%_boutique(%PODUID%)', count: 4, first: -25, last: -9.6 },
      { on: 'pod:redis-cart#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{redis}', message: 'Readiness probe failed: dial tcp %PODIP%:6379: connect: connection refused', count: 5, first: -33.5, last: -3 },
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set currencyservice-%NEW% from 0 to 1', first: -92, last: -92 },
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set currencyservice-%OLD% from 1 to 0', first: -91, last: -91 },
    ],
    logs: {
      'redis-cart#0/redis/previous': [
        ...redisBoot(T1, -9.5, 1843102, '196.41'),
        rl(T1, -8.4, 1, 'M', '*', '10000 changes in 60 seconds. Saving...'),
        rl(T1, -8.4, 1, 'M', '*', 'Background saving started by pid 24'),
        rl(T1, -8.3, 24, 'C', '*', 'DB saved on disk'),
        rl(T1, -8.3, 24, 'C', '*', 'Fork CoW for RDB: current 61 MB, peak 61 MB, average 38 MB'),
        rl(T1, -8.3, 1, 'M', '*', 'Background saving terminated with success'),
        rl(T1, -3.2, 1, 'M', '*', '100 changes in 300 seconds. Saving...'),
        rl(T1, -3.2, 1, 'M', '*', 'Background saving started by pid 31'),
      ],
      'redis-cart#0/redis': [...redisBoot(T1, -2.6, 1843377, '196.52')],
      'cartservice#0/server': [
        ...cartErr(T1, -41.1, 'GetCart', NOCONN('0b6a1f32-9d4e-4c2f-8a17-3e5c9d0f6b21')),
        ...cartErr(T1, -40.9, 'AddItem', NOCONN('9f3c2e71-5b8a-4d06-b1e4-7a2c6d9e0f53')),
        ...cartErr(T1, -33.5, 'GetCart', NOCONN('c4e81b0a-2f6d-47a9-9e35-1d8b7c6a2f04')),
        ...cartErr(T1, -33.4, 'GetCart', LOADING('c4e81b0a-2f6d-47a9-9e35-1d8b7c6a2f04')),
        ...cartErr(T1, -25.0, 'AddItem', NOCONN('6d2b9f40-8e1c-4a73-b5d6-0c9e3f7a1b82')),
        ...cartErr(T1, -17.3, 'GetCart', NOCONN('e1f7a3c9-4b06-4d8e-92a5-6f0c1d7b3e48')),
        ...cartErr(T1, -9.7, 'GetCart', NOCONN('3a9d6e12-7f4b-40c5-8e21-b6d0a4f97c35')),
        ...cartErr(T1, -9.6, 'GetCart', LOADING('3a9d6e12-7f4b-40c5-8e21-b6d0a4f97c35')),
        ...cartErr(T1, -3.0, 'AddItem', NOCONN('7b4e0c8f-1a9d-4f62-a3c7-5e2b8d6f0a19')),
        ...cartErr(T1, -2.5, 'GetCart', LOADING('7b4e0c8f-1a9d-4f62-a3c7-5e2b8d6f0a19')),
      ],
      'cartservice#1/server': [
        ...cartErr(T1, -41.0, 'GetCart', NOCONN('2c7f9a0e-6b3d-4e18-9f52-a0d4c8e1b763')),
        ...cartErr(T1, -25.0, 'GetCart', NOCONN('5e0a3d7c-9f21-4b6e-8c14-d2f7a6b9e035')),
        ...cartErr(T1, -24.9, 'GetCart', LOADING('5e0a3d7c-9f21-4b6e-8c14-d2f7a6b9e035')),
        ...cartErr(T1, -17.3, 'AddItem', NOCONN('8d1b6f4a-3e7c-4a09-b2d5-6c0e9f1a7b28')),
        ...cartErr(T1, -9.7, 'AddItem', NOCONN('a6c2e9f1-0d4b-4e73-8b5a-1f7d3c0e9a64')),
        ...cartErr(T1, -3.0, 'GetCart', NOCONN('f0b7d2a9-6e3c-41d8-a5f4-9c2e7b0d1a36')),
      ],
      'frontend#0/server': [
        front(T1, -48, 'info', 'request complete', { path: '/product/OLJCESPC7Z', method: 'GET' }),
        front(T1, -41.1, 'error', 'request error', { error: `could not retrieve cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. ${NOCONN('0b6a1f32-9d4e-4c2f-8a17-3e5c9d0f6b21')}` }),
        front(T1, -40.9, 'error', 'request error', { path: '/cart', method: 'POST', error: `failed to add to cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. ${NOCONN('9f3c2e71-5b8a-4d06-b1e4-7a2c6d9e0f53')}` }),
        front(T1, -33.4, 'error', 'request error', { path: '/', error: `could not retrieve cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. ${LOADING('c4e81b0a-2f6d-47a9-9e35-1d8b7c6a2f04')}` }),
        front(T1, -25.0, 'error', 'request error', { path: '/cart', method: 'POST', error: `failed to add to cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. ${NOCONN('6d2b9f40-8e1c-4a73-b5d6-0c9e3f7a1b82')}` }),
        front(T1, -20, 'info', 'request complete', { path: '/product/66VCHSJNUP', method: 'GET' }),
        front(T1, -17.3, 'error', 'request error', { error: `could not retrieve cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. ${NOCONN('e1f7a3c9-4b06-4d8e-92a5-6f0c1d7b3e48')}` }),
        front(T1, -9.6, 'error', 'request error', { path: '/', error: `could not retrieve cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. ${LOADING('3a9d6e12-7f4b-40c5-8e21-b6d0a4f97c35')}` }),
        front(T1, -3.0, 'error', 'request error', { path: '/cart', method: 'POST', error: `failed to add to cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. ${NOCONN('7b4e0c8f-1a9d-4f62-a3c7-5e2b8d6f0a19')}` }),
        front(T1, -1.2, 'info', 'request complete', { path: '/cart', method: 'GET' }),
      ],
      'frontend#1/server': [
        front(T1, -41.0, 'error', 'request error', { path: '/', error: `could not retrieve cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. ${NOCONN('2c7f9a0e-6b3d-4e18-9f52-a0d4c8e1b763')}` }),
        front(T1, -24.9, 'error', 'request error', { error: `could not retrieve cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. ${LOADING('5e0a3d7c-9f21-4b6e-8c14-d2f7a6b9e035')}` }),
        front(T1, -17.3, 'error', 'request error', { path: '/cart', method: 'POST', error: `failed to add to cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. ${NOCONN('8d1b6f4a-3e7c-4a09-b2d5-6c0e9f1a7b28')}` }),
        front(T1, -9.7, 'error', 'request error', { path: '/cart', method: 'POST', error: `failed to add to cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. ${NOCONN('a6c2e9f1-0d4b-4e73-8b5a-1f7d3c0e9a64')}` }),
        front(T1, -3.0, 'error', 'request error', { path: '/cart/checkout', method: 'POST', error: `failed to complete the order: rpc error: code = Internal desc = cart failure: failed to get user cart during checkout: rpc error: code = FailedPrecondition desc = Can't access cart storage. ${NOCONN('f0b7d2a9-6e3c-41d8-a5f4-9c2e7b0d1a36')}` }),
        front(T1, -0.8, 'info', 'request complete', { path: '/product/L9ECAV7KIM', method: 'GET' }),
      ],
      'checkoutservice#0/server': [
        JSON.stringify({ message: '[PlaceOrder] user_id="f0b7d2a9-6e3c-41d8-a5f4-9c2e7b0d1a36" user_currency="USD"', severity: 'info', timestamp: T1.isoMs(-3.0) }),
      ],
      'currencyservice#0/server': [
        JSON.stringify({ severity: 'info', time: Date.parse(T1.isoMs(-91.5)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message: 'Starting gRPC server on port 7000...' }),
        JSON.stringify({ severity: 'info', time: Date.parse(T1.isoMs(-1.1)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message: 'conversion request successful' }),
      ],
    },
  },
];
