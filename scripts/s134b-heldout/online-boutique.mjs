// Blind held-out batch s134b: Online Boutique scenarios (system imported from the s2 kit definition).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const fe = (T, min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? '4f1c2a9e-77b0-4d3c-9e51-0c2b8a6d3f19', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? 'a7e2c3d1-5b84-4f0e-8c6a-91d2e4f7b035', severity, timestamp: T.isoMs(min) });

// ---------- A: redis-cart OOM ----------
const A = clock('2026-05-12T14:22:00Z');
const redisBoot = (T, min) => [
  `1:C ${rd(T, min)} # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
  `1:C ${rd(T, min + 0.001)} # Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started`,
  `1:C ${rd(T, min + 0.002)} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf`,
  `1:M ${rd(T, min + 0.003)} * monotonic clock: POSIX clock_gettime`,
  `1:M ${rd(T, min + 0.004)} * Running mode=standalone, port=6379.`,
  `1:M ${rd(T, min + 0.005)} * Server initialized`,
];
function rd(T, min) {
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const iso = T.isoMs(min);
  const d = new Date(iso);
  return `${String(d.getUTCDate()).padStart(2, '0')} ${mon[d.getUTCMonth()]} ${d.getUTCFullYear()} ${iso.slice(11, 23)}`;
}
const cartErr = (T, min, method) => [
  `fail: Grpc.AspNetCore.Server.ServerCallHandler[6]`,
  `      Error when executing service method '${method}'.`,
  `      Grpc.Core.RpcException: Status(StatusCode="FailedPrecondition", Detail="Can't access cart storage. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HGET ${method === 'GetCart' ? 'a7e2c3d1-5b84-4f0e-8c6a-91d2e4f7b035' : '2d9f0b61-3c47-4a8e-b2d5-7e1f6c0a9b84'}; SocketFailure (ReadSocketError/ConnectionReset, last-recv: 0) on redis-cart:6379/Interactive, Idle/ReadAsync, last: HGET, origin: ReadFromPipe, outstanding: 1, last-read: 0s ago, last-write: 0s ago, keep-alive: 60s, state: ConnectedEstablished, mgr: 9 of 10 available, in: 0, in-pipe: 0, out-pipe: 0, last-heartbeat: 0s ago, last-mbeat: 0s ago, global: 0s ago, v: 2.6.122.38350")`,
  `         at cartservice.cartstore.RedisCartStore.GetCartAsync(String userId) in /app/cartstore/RedisCartStore.cs:line 112`,
  `         at cartservice.services.CartService.${method}(${method === 'GetCart' ? 'GetCartRequest' : 'AddItemRequest'} request, ServerCallContext context) in /app/services/CartService.cs:line 46`,
  `         at Grpc.Shared.Server.UnaryServerMethodInvoker\`3.ResolvedInterceptorInvoker(TRequest resolvedRequest, ServerCallContext resolvedContext)`,
];
const oomA = {
  folder: 's134b-cart-items-vanishing',
  incidentTime: '2026-05-12T14:22:00Z',
  description: 'cart keeps emptying itself / add to cart errors on and off since ~14:05, cartsvc logs full of redis exceptions',
  expected: { component: 'redis-cart', cause: 'oom-killed' },
  alsoAcceptable: [{ component: 'redis-cart', cause: 'crash-loop' }, { component: 'redis-cart', cause: 'resource-exhaustion' }],
  difficulty: 'medium',
  traits: ['louder-dependents', 'decoy', 'time-expression', 'partial-name'],
  grounding: `Online Boutique v0.10.6 manifests: redis-cart runs redis:alpine with a 256Mi memory limit, no maxmemory setting,
    and an emptyDir for /data, so a cart keyspace that grows past the limit gets the container OOM-killed (exit 137) by the kernel
    cgroup and the cart contents are lost on each restart. Follows the common "Redis without maxmemory in a memory-limited pod"
    failure and the chaos-mesh StressChaos memory experiments on redis-cart. cartservice (.NET, StackExchange.Redis) then throws
    RedisConnectionException surfaced to gRPC as FailedPrecondition "Can't access cart storage", and the frontend logs the failed
    rpc. Decoy: a frontend rollout two days ago (v0.10.5 -> v0.10.6) that completed healthily. Deviation: the OOM growth cause
    (session keys without TTL from a bot) is not visible in the snapshot; Redis log lines are abbreviated.`,
  workloads: {
    'redis-cart': {
      pods: [{ containers: { redis: cs.restartedRunning({ restarts: 4, startedAt: A.iso(-2.6), last: { exitCode: 137, reason: 'OOMKilled', startedAt: A.iso(-7.9), finishedAt: A.iso(-2.9) } }) } }],
    },
    frontend: { rollout: { at: -60 * 24 * 2, oldContainers: { server: { image: `${REG}/frontend:v0.10.5` } } } },
  },
  events: [
    { on: 'pod:redis-cart#0', reason: 'Pulled', message: 'Container image "redis:alpine" already present on machine', first: -16.5, last: -2.7, count: 5 },
    { on: 'pod:redis-cart#0', reason: 'Created', message: 'Created container redis', first: -16.5, last: -2.7, count: 5 },
    { on: 'pod:redis-cart#0', reason: 'Started', message: 'Started container redis', first: -16.5, last: -2.6, count: 5 },
    { on: 'pod:redis-cart#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container redis in pod %POD%_boutique(%PODUID%)', first: -12.2, last: -3.0, count: 6 },
    { on: 'pod:redis-cart#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: dial tcp %PODIP%:6379: connect: connection refused', first: -12.4, last: -2.8, count: 3 },
    { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -60 * 24 * 2 + 1.5 },
  ],
  logs: {
    'redis-cart#0/redis/previous': [
      ...redisBoot(A, -7.9),
      `1:M ${rd(A, -7.88)} * Ready to accept connections tcp`,
      `1:M ${rd(A, -6.9)} * 100 changes in 300 seconds. Saving...`,
      `1:M ${rd(A, -6.9)} * Background saving started by pid 21`,
      `21:C ${rd(A, -6.7)} * DB saved on disk`,
      `21:C ${rd(A, -6.7)} * Fork CoW for RDB: current 61 MB, peak 61 MB, average 38 MB`,
      `1:M ${rd(A, -6.69)} * Background saving terminated with success`,
      `1:M ${rd(A, -3.1)} * 100 changes in 300 seconds. Saving...`,
      `1:M ${rd(A, -3.1)} * Background saving started by pid 27`,
    ],
    'redis-cart#0/redis': [
      ...redisBoot(A, -2.6),
      `1:M ${rd(A, -2.59)} * Loading RDB produced by version 7.4.1`,
      `1:M ${rd(A, -2.58)} * RDB age 232 seconds`,
      `1:M ${rd(A, -2.55)} * Done loading RDB, keys loaded: 48211, keys expired: 0.`,
      `1:M ${rd(A, -2.55)} * DB loaded from disk: 1.842 seconds`,
      `1:M ${rd(A, -2.55)} * Ready to accept connections tcp`,
    ],
    'cartservice#0/server': [
      `info: cartservice.services.CartService[0]`,
      `      AddItemAsync called with userId=2d9f0b61-3c47-4a8e-b2d5-7e1f6c0a9b84, productId=OLJCESPC7Z, quantity=1`,
      ...cartErr(A, -16.4, 'AddItem'),
      ...cartErr(A, -12.3, 'GetCart'),
      `info: cartservice.services.CartService[0]`,
      `      GetCartAsync called with userId=a7e2c3d1-5b84-4f0e-8c6a-91d2e4f7b035`,
      ...cartErr(A, -7.9, 'GetCart'),
      ...cartErr(A, -2.8, 'AddItem'),
      `info: cartservice.services.CartService[0]`,
      `      GetCartAsync called with userId=a7e2c3d1-5b84-4f0e-8c6a-91d2e4f7b035`,
    ],
    'frontend#0/server': [
      fe(A, -20, 'debug', 'request started', { path: '/product/OLJCESPC7Z' }),
      fe(A, -20, 'debug', 'request complete', { path: '/product/OLJCESPC7Z' }),
      fe(A, -16.4, 'error', 'request error', { method: 'POST', path: '/cart', error: "failed to add to cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HGET 2d9f0b61-3c47-4a8e-b2d5-7e1f6c0a9b84; SocketFailure (ReadSocketError/ConnectionReset, last-recv: 0) on redis-cart:6379/Interactive" }),
      fe(A, -12.3, 'error', 'request error', { path: '/', error: "could not retrieve cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HGET a7e2c3d1-5b84-4f0e-8c6a-91d2e4f7b035" }),
      fe(A, -9, 'debug', 'request complete', { path: '/cart' }),
      fe(A, -7.9, 'error', 'request error', { path: '/cart', error: "could not retrieve cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HGET a7e2c3d1-5b84-4f0e-8c6a-91d2e4f7b035" }),
      fe(A, -2.8, 'error', 'request error', { method: 'POST', path: '/cart', error: "failed to add to cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HGET 2d9f0b61-3c47-4a8e-b2d5-7e1f6c0a9b84" }),
      fe(A, -1.5, 'debug', 'request complete', { path: '/' }),
    ],
  },
};

// ---------- E: no fault ----------
const E = clock('2026-05-19T11:31:00Z');
const noFault = {
  folder: 's134b-frontend-latency-blip',
  incidentTime: '2026-05-19T11:31:00Z',
  description: 'saw a p99 latency blip on the boutique frontend around 11:10 for like 3 min, looks normal now?? can someone double check nothing is broken',
  expected: null,
  difficulty: 'medium',
  traits: ['no-fault', 'decoy', 'time-expression'],
  grounding: `Online Boutique v0.10.6 manifests, every workload healthy. The on-call saw a short latency spike that was the
    loadgenerator ramping (Locust USERS=10) plus a GKE node's periodic image GC; nothing in the cluster is broken. Decoys: adservice
    (JVM, 300Mi limit) carries an OOMKilled last state from three days ago, a known issue of adservice's memory use in
    upstream issues, long recovered; checkoutservice was rolled out (v0.10.5 -> v0.10.6) 55 minutes ago and is healthy.
    Deviation: none beyond the invented rollout timing.`,
  workloads: {
    adservice: { pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: E.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: E.iso(-60 * 24 * 9), finishedAt: E.iso(-60 * 24 * 3 - 0.2) } }) } }] },
    checkoutservice: { rollout: { at: -55, oldContainers: { server: { image: `${REG}/checkoutservice:v0.10.5` } } } },
  },
  events: [
    { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set checkoutservice-%NEW% to 1', first: -55 },
    { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set checkoutservice-%OLD% to 0 from 1', first: -54 },
  ],
  logs: {
    'frontend#0/server': [
      fe(E, -24, 'debug', 'request started', { path: '/' }),
      fe(E, -24, 'debug', 'request complete', { path: '/' }),
      fe(E, -21.2, 'debug', 'request started', { path: '/product/9SIQT8TOJO' }),
      fe(E, -21.1, 'debug', 'request complete', { path: '/product/9SIQT8TOJO' }),
      fe(E, -20.5, 'debug', 'request started', { method: 'POST', path: '/cart' }),
      fe(E, -20.4, 'debug', 'request complete', { method: 'POST', path: '/cart' }),
      fe(E, -4, 'debug', 'request started', { path: '/cart' }),
      fe(E, -4, 'debug', 'request complete', { path: '/cart' }),
    ],
    'checkoutservice#0/server': [
      JSON.stringify({ message: 'service config: &{productCatalogSvcAddr:productcatalogservice:3550 cartSvcAddr:cartservice:7070 currencySvcAddr:currencyservice:7000 shippingSvcAddr:shippingservice:50051 emailSvcAddr:emailservice:5000 paymentSvcAddr:paymentservice:50051}', severity: 'info', timestamp: E.isoMs(-54.6) }),
      JSON.stringify({ message: 'starting to listen on tcp: "[::]:5050"', severity: 'info', timestamp: E.isoMs(-54.6) }),
      JSON.stringify({ message: '[PlaceOrder] user_id="b1f0e3a2-6d4c-4e8b-9a7f-2c5d1e0f3b69" user_currency="EUR"', severity: 'info', timestamp: E.isoMs(-19.8) }),
      JSON.stringify({ message: 'payment went through (transaction_id: 0c9e1f7a-2b3d-4e5f-8a6b-7c1d9e0f2a34)', severity: 'info', timestamp: E.isoMs(-19.7) }),
      JSON.stringify({ message: 'order confirmation email sent to "someone@example.com"', severity: 'info', timestamp: E.isoMs(-19.7) }),
    ],
    'loadgenerator#0/main': [
      `[${E.go(-22).replaceAll('/', '-')},113] loadgenerator/INFO/locust.main: Starting Locust 2.31.5`,
      ' Type     Name                                                                          # reqs      # fails |    Avg     Min     Max    Med |   req/s  failures/s',
      ' GET      /                                                                               1811     0(0.00%) |     41       6     912     28 |    1.10        0.00',
      ' POST     /cart                                                                            612     0(0.00%) |     58      11    1204     39 |    0.40        0.00',
    ],
  },
};

export const scenarios = [oomA, noFault];
