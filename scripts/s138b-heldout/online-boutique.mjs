// Blind held-out batch s138b, Online Boutique.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const T = clock('2026-05-12T09:52:00Z');
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const redisTs = (min) => { const d = new Date(Date.parse('2026-05-12T09:52:00Z') + min * 60000); const mon = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()]; return `${d.getUTCDate()} ${mon} ${d.getUTCFullYear()} ${d.toISOString().slice(11, 23)}`; };
const redisBoot = (min, loadMs) => [
  `1:C ${redisTs(min)} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
  `1:C ${redisTs(min)} * Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started`,
  `1:C ${redisTs(min)} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf`,
  `1:M ${redisTs(min + 0.001)} * monotonic clock: POSIX clock_gettime`,
  `1:M ${redisTs(min + 0.001)} * Running mode=standalone, port=6379.`,
  `1:M ${redisTs(min + 0.002)} * Server initialized`,
  `1:M ${redisTs(min + 0.002)} * Loading RDB produced by version 7.4.1`,
  `1:M ${redisTs(min + 0.003)} * RDB age 212 seconds`,
  `1:M ${redisTs(min + 0.003)} * RDB memory usage when created 201.37 Mb`,
  `1:M ${redisTs(min + loadMs / 60000)} * Done loading RDB, keys loaded: 1488213, keys expired: 0.`,
  `1:M ${redisTs(min + loadMs / 60000)} * DB loaded from disk: ${(loadMs / 1000).toFixed(3)} seconds`,
  `1:M ${redisTs(min + loadMs / 60000)} * Ready to accept connections tcp`,
];
const cartErr = (min, user, op = 'GetCart') => [
  `GetCartAsync called with userId=${user}`,
  `fail: Grpc.AspNetCore.Server.ServerCallHandler[6]`,
  `      Error when executing service method '${op}'.`,
  `      Grpc.Core.RpcException: Status(StatusCode="FailedPrecondition", Detail="Can't access cart storage. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HMGET ${user}; It was not possible to connect to the redis server(s). ConnectTimeout, mc: 1/1/0, mgr: 10 of 10 available, clientName: ${'%POD%'}(SE.Redis-v2.6.122.38350), IOCP: (Busy=0,Free=1000,Min=1,Max=1000), WORKER: (Busy=1,Free=32766,Min=2,Max=32767), v: 2.6.122.38350")`,
  `         at cartservice.cartstore.RedisCartStore.GetCartAsync(String userId) in /app/cartstore/RedisCartStore.cs:line 95`,
  `         at cartservice.services.CartService.GetCart(GetCartRequest request, ServerCallContext context) in /app/services/CartService.cs:line 44`,
  `         at Grpc.Shared.Server.UnaryServerMethodInvoker\`3.ResolvedInterceptorInvoker(TRequest resolvedRequest, ServerCallContext resolvedContext)`,
  `         at Grpc.AspNetCore.Server.Internal.CallHandlers.UnaryServerCallHandler\`3.HandleCallAsyncCore(HttpContext httpContext, HttpContextServerCallContext serverCallContext)`,
];
const fe = (min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? 'a0c3e1f2-7d44-4b1e-9c0a-5e2d8f6b1a07', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/cart', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '4e7b2a10-93cd-4f58-a1e6-0b9d2c3f7e41', severity, timestamp: T.isoMs(min) });
const feErr = 'failed to retrieve cart: rpc error: code = FailedPrecondition desc = Can\'t access cart storage. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HMGET';

export const scenarios = [
  {
    folder: 's138b-cart-flaky-add-to-cart',
    incidentTime: '2026-05-12T09:52:00Z',
    description: 'boutique: ppl getting 500 on /cart and carts coming back empty, on and off since ~9:35. frontend was deployed this morning fwiw',
    expected: { component: 'redis-cart', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'redis-cart', cause: 'crash-loop' }, { component: 'redis-cart', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      redis-cart in release/kubernetes-manifests.yaml runs redis:alpine with limits memory 256Mi, an emptyDir at /data and no
      redis.conf, so no maxmemory and the default RDB save points. Failure follows the common "Redis in a container without
      maxmemory" OOM pattern (kernel cgroup OOM kill, exit 137): cart keys grow past the limit (deviation: the snapshot implies
      a burst of anonymous carts, ~1.5M keys, which the demo does not generate by itself); the restarted container reloads the
      RDB from the surviving emptyDir, refills and is killed again. cartservice wraps the StackExchange.Redis exception into
      FailedPrecondition "Can't access cart storage." exactly as upstream RedisCartStore does; frontend logs "failed to retrieve
      cart". Decoy: a healthy frontend rollout at ~08:10 (same image tag, an env change for profiler), unrelated.
    `,
    workloads: {
      'redis-cart': {
        pods: [{ containers: { redis: cs.restartedRunning({ restarts: 4, startedAt: T.iso(-2.6), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-7.9), finishedAt: T.iso(-2.9) } }) } }],
        since: -60 * 24 * 12,
      },
      frontend: {
        rollout: { at: -102, revision: 6, oldReplicas: 0, oldContainers: { server: { env: [{ name: 'PORT', value: '8080' }, { name: 'PRODUCT_CATALOG_SERVICE_ADDR', value: 'productcatalogservice:3550' }, { name: 'CURRENCY_SERVICE_ADDR', value: 'currencyservice:7000' }, { name: 'CART_SERVICE_ADDR', value: 'cartservice:7070' }, { name: 'RECOMMENDATION_SERVICE_ADDR', value: 'recommendationservice:8080' }, { name: 'SHIPPING_SERVICE_ADDR', value: 'shippingservice:50051' }, { name: 'CHECKOUT_SERVICE_ADDR', value: 'checkoutservice:5050' }, { name: 'AD_SERVICE_ADDR', value: 'adservice:9555' }, { name: 'SHOPPING_ASSISTANT_SERVICE_ADDR', value: 'shoppingassistantservice:80' }, { name: 'ENABLE_PROFILER', value: '1' }] } } },
      },
    },
    events: [
      { on: 'pod:redis-cart#0', reason: 'Pulled', message: 'Container image "redis:alpine" already present on machine', fieldPath: 'spec.containers{redis}', first: -17.2, last: -2.7, count: 4 },
      { on: 'pod:redis-cart#0', reason: 'Created', message: 'Created container redis', fieldPath: 'spec.containers{redis}', first: -17.2, last: -2.7, count: 4 },
      { on: 'pod:redis-cart#0', reason: 'Started', message: 'Started container redis', fieldPath: 'spec.containers{redis}', first: -17.2, last: -2.6, count: 4 },
      { on: 'pod:redis-cart#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: dial tcp %PODIP%:6379: connect: connection refused', fieldPath: 'spec.containers{redis}', first: -12.9, last: -2.8, count: 3 },
      { on: 'pod:redis-cart#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container redis in pod %POD%_boutique(%PODUID%)', fieldPath: 'spec.containers{redis}', first: -8.1, last: -2.9, count: 2 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -102, last: -102 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 1 from 2', first: -101.4, last: -101.4 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 2 from 1', first: -101.4, last: -101.4 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -100.9, last: -100.9 },
    ],
    logs: {
      'redis-cart#0/redis/previous': [...redisBoot(-7.9, 2850), `1:M ${redisTs(-6.5)} * 10000 changes in 60 seconds. Saving...`, `1:M ${redisTs(-6.5)} * Background saving started by pid 23`, `23:C ${redisTs(-6.2)} * DB saved on disk`, `23:C ${redisTs(-6.2)} * Fork CoW for RDB: current 41 MB, peak 41 MB, average 23 MB`, `1:M ${redisTs(-6.19)} * Background saving terminated with success`, `1:M ${redisTs(-3.1)} * 10000 changes in 60 seconds. Saving...`, `1:M ${redisTs(-3.1)} * Background saving started by pid 31`],
      'redis-cart#0/redis': redisBoot(-2.6, 2910),
      'cartservice#0/server': [
        ...['7d1a', 'b33e', '02f9'].map((u) => `GetCartAsync called with userId=5c${u}e0-11aa-4f0e-8d2b-6e0f3a9b1c2d`),
        'AddItemAsync called with userId=5c7d1ae0-11aa-4f0e-8d2b-6e0f3a9b1c2d, productId=OLJCESPC7Z, quantity=1',
        ...cartErr(-17, 'e1f0aa93-5b6d-4c8e-9a71-3d2c0b4f8e15'),
        ...cartErr(-12.5, '8a2c4d61-0f3e-47b9-b5d8-1e9a7c6f2034', 'AddItem'),
        'GetCartAsync called with userId=0b9d2c3f-7e41-4e7b-2a10-93cd4f58a1e6',
        ...cartErr(-7.7, '4e7b2a10-93cd-4f58-a1e6-0b9d2c3f7e41'),
        ...cartErr(-2.8, '4e7b2a10-93cd-4f58-a1e6-0b9d2c3f7e41'),
        'GetCartAsync called with userId=9d1e44b0-6a2f-4c7e-8b13-5f0a2d7c9e68',
      ],
      'cartservice#1/server': [
        'GetCartAsync called with userId=3f6a9b2e-0c1d-4e58-97a4-b2d6e8f1c035',
        ...cartErr(-12.7, '3f6a9b2e-0c1d-4e58-97a4-b2d6e8f1c035'),
        ...cartErr(-3.0, '6c0e2b7a-1d5f-4a93-8e26-9b4f1c7d3a50', 'AddItem'),
        'EmptyCartAsync called with userId=2a7c9e1b-4d3f-4b60-a8e5-7f1d0c6b9e24',
      ],
      'frontend#0/server': [
        fe(-30, 'debug', 'request started', { path: '/' }),
        fe(-30, 'debug', 'request complete', { path: '/' }),
        fe(-17, 'error', 'request error', { error: feErr }),
        fe(-12.5, 'error', 'request error', { method: 'POST', error: 'failed to add to cart: rpc error: code = FailedPrecondition desc = Can\'t access cart storage. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HMGET' }),
        fe(-9, 'debug', 'request complete', { path: '/product/OLJCESPC7Z' }),
        fe(-7.7, 'error', 'request error', { error: feErr }),
        fe(-2.8, 'error', 'request error', { error: feErr }),
        fe(-1.5, 'debug', 'request complete', { path: '/cart' }),
      ],
      'frontend#1/server': [
        fe(-20, 'debug', 'request complete', { path: '/product/66VCHSJNUP' }),
        fe(-12.7, 'error', 'request error', { error: feErr }),
        fe(-3.0, 'error', 'request error', { method: 'POST', error: 'failed to add to cart: rpc error: code = FailedPrecondition desc = Can\'t access cart storage. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HMGET' }),
      ],
    },
  },
];

const T2 = clock('2026-05-19T16:44:00Z');
const pcLog = (min, sev, msg) => JSON.stringify({ message: msg, severity: sev, timestamp: T2.isoMs(min) });
scenarios.push({
  folder: 's138b-catalog-deploy-stuck',
  incidentTime: '2026-05-19T16:44:00Z',
  description: 'prod pipeline for productcatalog v0.10.7 timing out on rollout status for ~20min, site seems ok?? pls check before we retry',
  expected: { component: 'productcatalogservice', cause: 'bad-deploy-rollout' },
  alsoAcceptable: [{ component: 'productcatalogservice', cause: 'crash-loop' }],
  difficulty: 'easy',
  traits: ['rollout-regression', 'time-expression', 'partial-name'],
  grounding: `
    productcatalogservice (2 replicas, RollingUpdate 25%/25% so maxUnavailable rounds to 0 and maxSurge to 1) reads
    products.json at start and calls log.Fatalf on failure, as upstream server.go does. Deviation: a v0.10.7 image build
    that dropped products.json from the image (a packaging regression of the kind upstream fixed in Dockerfile COPY lines);
    the new pod exits 1 and crash-loops, the two old v0.10.6 pods keep serving, so users see nothing and the Deployment reports
    ProgressDeadlineExceeded after progressDeadlineSeconds 600. Callers stay healthy.
  `,
  workloads: {
    productcatalogservice: {
      rollout: { at: -21, revision: 5, oldReplicas: 2, oldContainers: { server: { image: `${REG}/productcatalogservice:v0.10.6` } } },
      containers: { server: { image: `${REG}/productcatalogservice:v0.10.7` } },
      rsReplicas: 1,
      pods: [{ containers: { server: cs.crashLoop({ restarts: 8, exitCode: 1, startedAt: T2.iso(-3.3), finishedAt: T2.iso(-3.3), container: 'server' }) } }],
      progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T2.iso(-11), lastTransitionTime: T2.iso(-11), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
    },
  },
  events: [
    { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 1', first: -21, last: -21 },
    { on: 'pod:productcatalogservice#0', reason: 'Pulling', message: `Pulling image "${REG}/productcatalogservice:v0.10.7"`, fieldPath: 'spec.containers{server}', first: -20.4, last: -20.4 },
    { on: 'pod:productcatalogservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/productcatalogservice:v0.10.7" in 3.412s (3.412s including waiting). Image size: 19823311 bytes.`, fieldPath: 'spec.containers{server}', first: -20.3, last: -20.3 },
    { on: 'pod:productcatalogservice#0', reason: 'Created', message: 'Created container server', fieldPath: 'spec.containers{server}', first: -20.3, last: -3.4, count: 9 },
    { on: 'pod:productcatalogservice#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -20.3, last: -3.3, count: 9 },
    { on: 'pod:productcatalogservice#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', fieldPath: 'spec.containers{server}', first: -20, last: -0.4, count: 91 },
  ],
  logs: {
    'productcatalogservice#0/server/previous': [
      pcLog(-3.31, 'info', 'Profiling disabled.'),
      pcLog(-3.31, 'info', 'Tracing disabled.'),
      pcLog(-3.3, 'fatal', 'failed to open product catalog json file: open products.json: no such file or directory'),
    ],
    'productcatalogservice#old0/server': [pcLog(-60 * 24 * 6 + 0.5, 'info', 'starting grpc server at :3550'), pcLog(-2, 'info', 'successfully parsed product catalog json')],
    'frontend#0/server': [-10, -4].map((m, i) => JSON.stringify({ 'http.req.id': i ? '5d0e7c21-9a3b-4f6e-b812-0c4d7e9f1a36' : 'e2b9f4a0-1c7d-4e85-a3f6-7b0d9c2e5f14', 'http.req.method': 'GET', 'http.req.path': i ? '/product/1YMWWN1N4O' : '/', message: 'request complete', session: '7f3a0c9e-2b6d-41e8-95c4-d0a1e7b3f268', severity: 'debug', timestamp: T2.isoMs(m) })),
  },
});
