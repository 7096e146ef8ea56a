// Held-out batch s130b, Online Boutique (system definition re-exported from the s2 kit module).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// ---- redis-cart killed by its memory limit while forking for an RDB snapshot
const T1 = clock('2026-05-12T14:22:00Z');
const rts = (min) => { const d = new Date(T1.isoMs(min)); const j = T1.java(min); return `${d.getUTCDate()} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${j.slice(11)}`; };
const rl = (min, role, lvl, msg) => `1:${role} ${rts(min)} ${lvl} ${msg}`;
const fe = (min, sev, msg, extra = {}) => JSON.stringify({ ...(extra.error ? { error: extra.error } : {}), 'http.req.id': extra.id, 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', message: msg, session: extra.session, severity: sev, timestamp: T1.isoMs(min) });
const redisExc = (op) => `StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: ${op}; It was not possible to connect to the redis server(s). ConnectTimeout, inst: 0, qu: 0, qs: 0, aw: False, bw: SpinningDown, rs: NotStarted, ws: Idle, in: 0, last-in: 0, cur-in: 0, sync-ops: 0, async-ops: 2871, serverEndpoint: redis-cart:6379, conn-sec: n/a, aoc: 0, mc: 1/1/0, mgr: 10 of 10 available, clientName: cartservice(SE.Redis-v2.7.33.41805), IOCP: (Busy=0,Free=1000,Min=1,Max=1000), WORKER: (Busy=1,Free=32766,Min=2,Max=32767), v: 2.7.33.41805`;
const cartFail = (min, method, op) => [
  'fail: Grpc.AspNetCore.Server.ServerCallHandler[6]',
  `      Error when executing service method '${method}'.`,
  `      Grpc.Core.RpcException: Status(StatusCode="FailedPrecondition", Detail="Can't access cart storage. ${redisExc(op)}")`,
  '         at cartservice.cartstore.RedisCartStore.GetCartAsync(String userId) in /app/cartstore/RedisCartStore.cs:line 111',
  '         at cartservice.services.CartService.GetCart(GetCartRequest request, ServerCallContext context) in /app/services/CartService.cs:line 39',
  '         at Grpc.Shared.Server.UnaryServerMethodInvoker`3.ResolvedInterceptorInvoker(TRequest resolvedRequest, ServerCallContext resolvedContext)',
];

const redisPrev = [
  rl(-11.6, 'C', '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
  rl(-11.6, 'C', '*', 'Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started'),
  rl(-11.6, 'C', '#', 'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf'),
  rl(-11.6, 'M', '*', 'monotonic clock: POSIX clock_gettime'),
  rl(-11.6, 'M', '*', 'Running mode=standalone, port=6379.'),
  rl(-11.6, 'M', '*', 'Server initialized'),
  rl(-11.5, 'M', '*', 'Loading RDB produced by version 7.4.1'),
  rl(-11.5, 'M', '*', 'RDB age 71 seconds'),
  rl(-11.5, 'M', '*', 'RDB memory usage when created 118.40 Mb'),
  rl(-11.4, 'M', '*', 'Done loading RDB, keys loaded: 61742, keys expired: 0.'),
  rl(-11.4, 'M', '*', 'DB loaded from disk: 2.981 seconds'),
  rl(-11.4, 'M', '*', 'Ready to accept connections tcp'),
  rl(-6.4, 'M', '*', '100 changes in 300 seconds. Saving...'),
  rl(-6.4, 'M', '*', 'Background saving started by pid 27'),
  rl(-5.9, 'M', '*', '100 changes in 300 seconds. Saving...'),
];
const redisCur = [
  rl(-3.8, 'C', '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
  rl(-3.8, 'C', '*', 'Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started'),
  rl(-3.8, 'C', '#', 'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf'),
  rl(-3.8, 'M', '*', 'monotonic clock: POSIX clock_gettime'),
  rl(-3.8, 'M', '*', 'Running mode=standalone, port=6379.'),
  rl(-3.8, 'M', '*', 'Server initialized'),
  rl(-3.75, 'M', '*', 'Loading RDB produced by version 7.4.1'),
  rl(-3.75, 'M', '*', 'RDB age 496 seconds'),
  rl(-3.75, 'M', '*', 'RDB memory usage when created 118.40 Mb'),
  rl(-3.7, 'M', '*', 'Done loading RDB, keys loaded: 61742, keys expired: 0.'),
  rl(-3.7, 'M', '*', 'DB loaded from disk: 3.102 seconds'),
  rl(-3.7, 'M', '*', 'Ready to accept connections tcp'),
  rl(-0.9, 'M', '*', '100 changes in 300 seconds. Saving...'),
  rl(-0.9, 'M', '*', 'Background saving started by pid 24'),
];
const cartLogs = (k) => [
  'info: Microsoft.Hosting.Lifetime[14]',
  '      Now listening on: http://0.0.0.0:7070',
  ...cartFail(-18, 'GetCart', 'HGET cart-9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0'),
  ...cartFail(-12.1, 'AddItem', 'HSET cart-3e81c0aa-77d4-4f0e-8a3b-0c5d19e2b7f4'),
  ...cartFail(-11.8, 'GetCart', 'HGET cart-3e81c0aa-77d4-4f0e-8a3b-0c5d19e2b7f4'),
  ...cartFail(-5.7, 'GetCart', `HGET cart-${k}a4d0e9c-1f2b-4c8e-9d3a-5b6c7e8f9012`),
  ...cartFail(-5.2, 'AddItem', 'HSET cart-c0ffee12-3456-4789-abcd-ef0123456789'),
  ...cartFail(-4.0, 'EmptyCart', 'HDEL cart-77aa18b2-9c3d-4e5f-8a6b-7c8d9e0f1a2b'),
  ...cartFail(-1.2, 'GetCart', 'HGET cart-5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a'),
];
const feErr = (min, path, err, id) => fe(min, 'error', 'request error', { error: err, id, path, method: path === '/cart' && id.endsWith('1') ? 'POST' : 'GET', session: 'b8a4f1d2-6c3e-4a7b-9f0d-2e1c5a8b7d64' });
const cartRpc = "rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HGET cart-b8a4f1d2-6c3e-4a7b-9f0d-2e1c5a8b7d64; It was not possible to connect to the redis server(s). ConnectTimeout";
const feLogs = (off) => [
  fe(-25 + off, 'info', 'request started', { id: 'a0e1c2d3-0001-4f00-8a00-000000000001', path: '/', session: '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9' }),
  fe(-25 + off, 'debug', 'request complete', { id: 'a0e1c2d3-0001-4f00-8a00-000000000001', path: '/', session: '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9' }),
  feErr(-18 + off, '/cart', `could not retrieve cart: ${cartRpc}`, 'd1f0a9b8-0002-4c11-9e22-000000000002'),
  fe(-14 + off, 'info', 'request started', { id: 'a0e1c2d3-0003-4f00-8a00-000000000003', path: '/product/OLJCESPC7Z', session: '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9' }),
  fe(-14 + off, 'debug', 'request complete', { id: 'a0e1c2d3-0003-4f00-8a00-000000000003', path: '/product/OLJCESPC7Z', session: '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9' }),
  feErr(-12 + off, '/cart', `failed to add to cart: ${cartRpc.replace('HGET', 'HSET')}`, 'd1f0a9b8-0004-4c11-9e22-000000000011'),
  feErr(-11.7 + off, '/', `could not retrieve cart: ${cartRpc}`, 'd1f0a9b8-0005-4c11-9e22-000000000005'),
  feErr(-5.6 + off, '/cart/checkout', `failed to complete the order: rpc error: code = Internal desc = failed to prepare order: failed to get user cart during checkout: ${cartRpc}`, 'd1f0a9b8-0006-4c11-9e22-000000000006'),
  feErr(-5.1 + off, '/cart', `failed to add to cart: ${cartRpc.replace('HGET', 'HSET')}`, 'd1f0a9b8-0007-4c11-9e22-000000000021'),
  fe(-3 + off, 'info', 'request started', { id: 'a0e1c2d3-0008-4f00-8a00-000000000008', path: '/', session: '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9' }),
  fe(-3 + off, 'debug', 'request complete', { id: 'a0e1c2d3-0008-4f00-8a00-000000000008', path: '/', session: '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9' }),
  feErr(-1.1 + off, '/cart', `could not retrieve cart: ${cartRpc}`, 'd1f0a9b8-0009-4c11-9e22-000000000009'),
];
const co = (min, msg) => JSON.stringify({ message: msg, severity: 'warning', timestamp: T1.isoMs(min) });
const NODE0 = 'gke-boutique-prod-default-pool-4f2a9c1e-7kqx';

export const scenarios = [
  {
    folder: 's130b-cart-storage-flapping',
    incidentTime: '2026-05-12T14:22:00Z',
    description: 'boutique: add to cart / view cart throwing 500s on and off since ~14:05, checkout too. frontend looks fine?',
    expected: { component: 'redis-cart', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'redis-cart', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Online Boutique release manifests (v0.10.6): redis-cart runs redis:alpine with limits 125m/256Mi, an emptyDir at /data,
      no maxmemory setting, tcpSocket probes on 6379; cartservice reaches it through REDIS_ADDR=redis-cart:6379 and wraps
      every Redis failure in RpcException(FailedPrecondition, "Can't access cart storage. ...") (RedisCartStore.cs). The fault
      follows the well-known Redis failure mode documented in the Redis admin guide and many reports: a dataset close to the
      container limit plus a BGSAVE fork (copy-on-write pages) pushes the cgroup over its memory limit and the kernel OOM killer
      kills redis-server (exit 137, OOMKilled); the kubelet restarts it, it reloads the RDB and the cycle repeats every few
      minutes. Between kills the pod is Running and Ready, so only the restart count, lastState and the node's OOMKilling event
      show it; cartservice and frontend are louder. Decoys: a healthy frontend rollout two days ago (v0.10.5 -> v0.10.6) and an
      adservice OOM kill three days ago (adservice is a known memory-hungry JVM). Deviations: the cart dataset size is invented
      (loadgenerator carts accumulate because the demo never expires them); Redis version in logs is 7.4.1 for redis:alpine.
    `,
    workloads: {
      'redis-cart': {
        pods: [{
          containers: {
            redis: cs.restartedRunning({ restarts: 3, startedAt: T1.iso(-3.8), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-11.6), finishedAt: T1.iso(-5.85) } }),
          },
          readyTransition: T1.iso(-3.7),
        }],
      },
      frontend: {
        rollout: { at: -60 * 24 * 2, revision: 6, oldContainers: { server: { image: `${REG}/frontend:v0.10.5` } } },
      },
      adservice: {
        pods: [{
          containers: {
            server: cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 24 * 3 + 1), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 24 * 3 + 0.9) } }),
          },
        }],
      },
    },
    events: [
      { on: 'pod:redis-cart#0', reason: 'Pulled', message: 'Container image "redis:alpine" already present on machine', first: -24.5, last: -3.85, count: 3, fieldPath: 'spec.containers{redis}' },
      { on: 'pod:redis-cart#0', reason: 'Created', message: 'Created container redis', first: -24.5, last: -3.85, count: 3, fieldPath: 'spec.containers{redis}' },
      { on: 'pod:redis-cart#0', reason: 'Started', message: 'Started container redis', first: -24.5, last: -3.8, count: 3, fieldPath: 'spec.containers{redis}' },
      { on: 'pod:redis-cart#0', reason: 'Unhealthy', message: 'Readiness probe failed: dial tcp %PODIP%:6379: connect: connection refused', type: 'Warning', first: -17.9, last: -5.8, count: 4, fieldPath: 'spec.containers{redis}' },
      { on: `node:${NODE0}`, source: 'kernel-monitor', reason: 'OOMKilling', message: 'Memory cgroup out of memory: Killed process 27 (redis-server) total-vm:528404kB, anon-rss:259876kB, file-rss:4096kB, shmem-rss:0kB, UID:1000 pgtables:636kB oom_score_adj:984', type: 'Warning', first: -18.2, last: -5.85, count: 3 },
    ],
    logs: {
      'redis-cart#0/redis': redisCur,
      'redis-cart#0/redis/previous': redisPrev,
      'cartservice#0/server': cartLogs('1'),
      'cartservice#1/server': cartLogs('2').slice(0, 2).concat(cartFail(-11.9, 'GetCart', 'HGET cart-19a8b7c6-d5e4-4f3a-9b2c-1d0e9f8a7b6c'), cartFail(-5.4, 'AddItem', 'HSET cart-2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e')),
      'frontend#0/server': feLogs(0),
      'frontend#1/server': feLogs(0.2),
      'checkoutservice#0/server': [
        JSON.stringify({ message: '[PlaceOrder] user_id="b8a4f1d2-6c3e-4a7b-9f0d-2e1c5a8b7d64" user_currency="USD"', severity: 'info', timestamp: T1.isoMs(-5.62) }),
        co(-5.61, `failed to prepare order: failed to get user cart during checkout: ${cartRpc}`),
        JSON.stringify({ message: '[PlaceOrder] user_id="1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9" user_currency="EUR"', severity: 'info', timestamp: T1.isoMs(-20) }),
      ].sort((a, b) => JSON.parse(a).timestamp.localeCompare(JSON.parse(b).timestamp)),
    },
  },
];
