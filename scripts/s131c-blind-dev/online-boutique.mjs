// Blind dev batch s131c, Online Boutique: redis-cart OOM-killed, and a no-fault page that cleared by itself.
import { clock, cs } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/online-boutique.mjs';

const fl = (T, min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? `4e1c${Math.abs(Math.round(min * 100)).toString(16).padStart(4, '0')}-7b2a-4f0e-9c1d-3a5b7e2f9d10`, 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), ...(extra.status ? { 'http.resp.status': extra.status, 'http.resp.took_ms': extra.took ?? 12 } : {}), message, session: extra.session ?? '5f0b2a9e-1c3d-4e7f-8a6b-0d9c2e4f1a37', severity, timestamp: T.isoMs(min) });

// ---------- 1: redis-cart OOM-killed ----------
const T1 = clock('2026-04-07T10:18:00Z');
const redisErr = 'StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HGET 5f0b2a9e-1c3d-4e7f-8a6b-0d9c2e4f1a37; It was not possible to connect to the redis server(s). ConnectTimeout, inst: 0, qu: 0, qs: 0, aw: False, bw: SpinningDown, rs: NotStarted, ws: Idle, in: 0, last-in: 0, cur-in: 0, sync-ops: 0, async-ops: 41, serverEndpoint: redis-cart:6379, conn-sec: n/a, aoc: 0, mc: 1/1/0, mgr: 10 of 10 available, clientName: cartservice-(SE.Redis-v2.6.122.38350), IOCP: (Busy=0,Free=1000,Min=1,Max=1000), WORKER: (Busy=1,Free=32766,Min=2,Max=32767), POOL: (Threads=5,QueuedItems=0,CompletedItems=2214,Timers=4), v: 2.6.122.38350';
const cartLog = (min, op = 'GetCart', user = '5f0b2a9e-1c3d-4e7f-8a6b-0d9c2e4f1a37') => [
  `fail: Grpc.AspNetCore.Server.ServerCallHandler[6]`,
  `      Error when executing service method '${op}'.`,
  `      Grpc.Core.RpcException: Status(StatusCode="FailedPrecondition", Detail="Can't access cart storage. ${redisErr}")`,
  `         at cartservice.cartstore.RedisCartStore.${op === 'AddItem' ? 'AddItemAsync' : 'GetCartAsync'}(String userId${op === 'AddItem' ? ', String productId, Int32 quantity' : ''}) in /app/cartstore/RedisCartStore.cs:line ${op === 'AddItem' ? 63 : 101}`,
  `         at cartservice.services.CartService.${op}(${op === 'AddItem' ? 'AddItemRequest' : 'GetCartRequest'} request, ServerCallContext context) in /app/services/CartService.cs:line ${op === 'AddItem' ? 35 : 43}`,
  `         at Grpc.Shared.Server.UnaryServerMethodInvoker\`3.ResolvedInterceptorInvoker(TRequest resolvedRequest, ServerCallContext resolvedContext)`,
  `         at Grpc.AspNetCore.Server.Internal.CallHandlers.UnaryServerCallHandler\`3.HandleCallAsyncCore(HttpContext httpContext, HttpContextServerCallContext serverCallContext)`,
];
const redisStart = (min, n) => [
  `1:C ${redisTs(min)} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
  `1:C ${redisTs(min)} * Redis version=7.2.4, bits=64, commit=00000000, modified=0, pid=1, just started`,
  `1:C ${redisTs(min)} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf`,
  `1:M ${redisTs(min + 0.01)} * monotonic clock: POSIX clock_gettime`,
  `1:M ${redisTs(min + 0.01)} * Running mode=standalone, port=6379.`,
  `1:M ${redisTs(min + 0.01)} * Server initialized`,
  `1:M ${redisTs(min + 0.02)} * Loading RDB produced by version 7.2.4`,
  `1:M ${redisTs(min + 0.02)} * RDB age ${n} seconds`,
  `1:M ${redisTs(min + 0.02)} * RDB memory usage when created 231.47 Mb`,
];
function redisTs(min) { const d = new Date(Date.parse('2026-04-07T10:18:00Z') + min * 60000); const M = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()]; return `${String(d.getUTCDate()).padStart(2,'0')} ${M} ${d.getUTCFullYear()} ${d.toISOString().slice(11, 23)}`; }

const s1 = {
  folder: 's131c-redis-cart-oom-loop',
  description: 'cart keeps coming back empty / add to cart errors on boutique since ~10:05, cartservice logs full of redis exceptions',
  incidentTime: '2026-04-07T10:18:00Z',
  expected: { component: 'redis-cart', cause: 'oom-killed' },
  alsoAcceptable: [{ component: 'redis-cart', cause: 'resource-exhaustion' }],
  difficulty: 'medium',
  traits: ['louder-dependents', 'decoy', 'time-expression', 'partial-name'],
  grounding: `
    Online Boutique release manifests v0.10.6: redis-cart runs redis:alpine with limits 125m/256Mi and an emptyDir at /data,
    no maxmemory setting (redis default 0 = unlimited), so the key space of carts can grow past the cgroup limit and the
    kernel OOM-kills redis-server (exit 137, reason OOMKilled), a failure mode the Redis docs warn about for maxmemory 0 in
    containers. cartservice (C#, StackExchange.Redis) then fails every HGET/HSET with RedisConnectionException wrapped in
    RpcException FailedPrecondition "Can't access cart storage." (RedisCartStore.cs upstream) and frontend logs the gRPC error.
    Deviation from upstream: a scraper bot creating thousands of sessions since ~09:50 is assumed to have filled the cart
    store; redis reloads its RDB from /data on each restart (default save policy), so it climbs back to the limit within
    minutes. Decoy: adservice (JVM) was OOM-killed once three days ago and has been stable since.`,
  workloads: {
    'redis-cart': {
      pods: [{ node: 'gke-boutique-prod-default-pool-9b31d0a7-wz5c', containers: { redis: cs.restartedRunning({ restarts: 4, startedAt: T1.iso(-1.6), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-4.9), finishedAt: T1.iso(-1.9) } }) } }],
    },
    adservice: {
      pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 24 * 3 + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 24 * 3) } }) } }],
    },
  },
  events: [
    { on: 'pod:redis-cart#0', reason: 'Pulled', message: 'Container image "redis:alpine" already present on machine', first: -12.6, last: -1.7, count: 4, fieldPath: 'spec.containers{redis}' },
    { on: 'pod:redis-cart#0', reason: 'Created', message: 'Created container redis', first: -12.6, last: -1.7, count: 4, fieldPath: 'spec.containers{redis}' },
    { on: 'pod:redis-cart#0', reason: 'Started', message: 'Started container redis', first: -12.6, last: -1.6, count: 4, fieldPath: 'spec.containers{redis}' },
    { on: 'pod:redis-cart#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: dial tcp %PODIP%:6379: connect: connection refused', first: -12.7, last: -1.8, count: 5, fieldPath: 'spec.containers{redis}' },
    { on: 'pod:redis-cart#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container redis in pod %POD%_boutique(%PODUID%)', first: -6.8, last: -1.9, count: 3, fieldPath: 'spec.containers{redis}' },
    { on: 'node:gke-boutique-prod-default-pool-9b31d0a7-wz5c', source: 'kernel-monitor', reason: 'OOMKilling', type: 'Warning', message: 'Memory cgroup out of memory: Killed process 4187 (redis-server) total-vm:312744kB, anon-rss:261204kB, file-rss:2816kB, shmem-rss:0kB, UID:1000 pgtables:608kB oom_score_adj:999', first: -12.8, last: -1.9, count: 4 },
  ],
  logs: {
    'redis-cart#0/redis/previous': [
      ...redisStart(-4.9, 171),
      `1:M ${redisTs(-4.7)} * Done loading RDB, keys loaded: 48213, keys expired: 0.`,
      `1:M ${redisTs(-4.7)} * DB loaded from disk: 12.804 seconds`,
      `1:M ${redisTs(-4.7)} * Ready to accept connections tcp`,
      `1:M ${redisTs(-3.0)} * 100 changes in 300 seconds. Saving...`,
      `1:M ${redisTs(-3.0)} * Background saving started by pid 27`,
    ],
    'redis-cart#0/redis': [
      ...redisStart(-1.6, 132),
      `1:M ${redisTs(-1.4)} * Done loading RDB, keys loaded: 51877, keys expired: 0.`,
      `1:M ${redisTs(-1.4)} * DB loaded from disk: 13.117 seconds`,
      `1:M ${redisTs(-1.4)} * Ready to accept connections tcp`,
    ],
    'cartservice#0/server': [
      `info: Microsoft.Hosting.Lifetime[14]`, `      Now listening on: http://0.0.0.0:7070`,
      `GetCartAsync called with userId=0b7d1f3e-55a2-4c1b-9e80-2f6a4d3c1b90`,
      `AddItemAsync called with userId=0b7d1f3e-55a2-4c1b-9e80-2f6a4d3c1b90, productId=OLJCESPC7Z, quantity=1`,
      ...cartLog(-12.5, 'AddItem'),
      `GetCartAsync called with userId=5f0b2a9e-1c3d-4e7f-8a6b-0d9c2e4f1a37`,
      ...cartLog(-12.4),
      `GetCartAsync called with userId=a71c9e02-3f4d-4b8a-8c51-7e2d0f6b9a14`,
      ...cartLog(-8.1),
      `AddItemAsync called with userId=a71c9e02-3f4d-4b8a-8c51-7e2d0f6b9a14, productId=66VCHSJNUP, quantity=2`,
      ...cartLog(-4.8, 'AddItem'),
      `GetCartAsync called with userId=5f0b2a9e-1c3d-4e7f-8a6b-0d9c2e4f1a37`,
      ...cartLog(-1.8),
      `GetCartAsync called with userId=d02e6b1a-8c7f-4e39-a5b0-1f9e3c7d2a68`,
    ],
    'cartservice#1/server': [
      `info: Microsoft.Hosting.Lifetime[14]`, `      Now listening on: http://0.0.0.0:7070`,
      `GetCartAsync called with userId=3c9a7e15-2b0d-4f68-91e4-8d5c2a0f7b36`,
      ...cartLog(-11.9, 'GetCart', '3c9a7e15-2b0d-4f68-91e4-8d5c2a0f7b36'),
      `AddItemAsync called with userId=3c9a7e15-2b0d-4f68-91e4-8d5c2a0f7b36, productId=L9ECAV7KIM, quantity=1`,
      ...cartLog(-2.2, 'AddItem'),
    ],
    'frontend#0/server': [
      fl(T1, -14, 'debug', 'request started', { path: '/product/OLJCESPC7Z' }),
      fl(T1, -13.9, 'debug', 'request complete', { path: '/product/OLJCESPC7Z', status: 200, took: 41 }),
      fl(T1, -12.5, 'error', 'request error', { method: 'POST', path: '/cart', error: 'failed to add to cart: rpc error: code = FailedPrecondition desc = Can\'t access cart storage. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HSET' }),
      fl(T1, -12.4, 'error', 'request error', { path: '/cart', error: 'could not retrieve cart: rpc error: code = FailedPrecondition desc = Can\'t access cart storage. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HGET' }),
      fl(T1, -9.0, 'debug', 'request complete', { path: '/', status: 200, took: 88 }),
      fl(T1, -4.8, 'error', 'request error', { method: 'POST', path: '/cart', error: 'failed to add to cart: rpc error: code = FailedPrecondition desc = Can\'t access cart storage. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HSET' }),
      fl(T1, -1.8, 'error', 'request error', { path: '/cart', error: 'could not retrieve cart: rpc error: code = FailedPrecondition desc = Can\'t access cart storage. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HGET' }),
      fl(T1, -0.6, 'debug', 'request complete', { path: '/cart', status: 200, took: 23 }),
    ],
    'adservice#0/server': [
      `{"instant":{"epochSecond":${Math.floor(Date.parse(T1.iso(-60 * 24 * 3 + 0.3)) / 1000)},"nanoOfSecond":0},"thread":"main","level":"INFO","loggerName":"hipstershop.AdService","message":"Ad Service started, listening on 9555","endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","threadId":1,"threadPriority":5,"logging.googleapis.com/trace":"","logging.googleapis.com/spanId":"","logging.googleapis.com/traceSampled":"false","time":"${T1.isoMs(-60 * 24 * 3 + 0.3)}"}`,
      `{"instant":{"epochSecond":${Math.floor(Date.parse(T1.iso(-3)) / 1000)},"nanoOfSecond":0},"thread":"grpc-default-executor-412","level":"INFO","loggerName":"hipstershop.AdService","message":"received ad request (context_words=[kitchen])","endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","threadId":487,"threadPriority":5,"logging.googleapis.com/trace":"","logging.googleapis.com/spanId":"","logging.googleapis.com/traceSampled":"false","time":"${T1.isoMs(-3)}"}`,
    ],
  },
};

// ---------- 2: no fault: a page that cleared itself; productcatalogservice rolled out cleanly ----------
const T2 = clock('2026-04-09T14:41:00Z');
const pcOld = { server: { image: 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/productcatalogservice:v0.10.5' } };
const s2 = {
  folder: 's131c-nofault-frontend-blip',
  description: 'got paged "boutique frontend 5xx ratio" at 14:31, auto-resolved 14:34. prodcatalog was deployed a bit before that - is anything actually broken?',
  incidentTime: '2026-04-09T14:41:00Z',
  difficulty: 'hard',
  traits: ['no-fault', 'decoy', 'partial-name', 'time-expression'],
  grounding: `
    No fault. Online Boutique v0.10.6 manifests; productcatalogservice was rolled from v0.10.5 to v0.10.6 at 14:22 with the
    Deployment's default RollingUpdate (maxSurge/maxUnavailable 25%, 2 replicas): both new pods became Ready (gRPC probes on
    3550), the old ReplicaSet scaled to 0, Progressing=NewReplicaSetAvailable. The 5xx page followed a short burst of
    "context canceled" errors in frontend while the loadgenerator (Locust) ramped; everything is 200 again. Modelled on
    ordinary rollout noise in the Online Boutique demo, where an old pod terminates with in-flight calls (grace period 5s).
    Decoy: recommendationservice restarted once two days ago (OOMKilled, python, limit 450Mi) and has run since;
    last week's FailedScheduling warnings are not present (events expire after 1h). Deviation: the 5xx blip is invented.`,
  workloads: {
    productcatalogservice: { rollout: { at: -19, revision: 6, oldContainers: pcOld }, endpointsChanged: -18 },
    recommendationservice: {
      pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T2.iso(-60 * 24 * 2 + 0.3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T2.iso(-60 * 24 * 9), finishedAt: T2.iso(-60 * 24 * 2) } }) } }],
    },
  },
  events: [
    { on: 'deploy:productcatalogservice', source: 'deployment-controller', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 1', first: -19, last: -19 },
    { on: 'deploy:productcatalogservice', source: 'deployment-controller', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 1 from 2', first: -18.4, last: -18.4 },
    { on: 'deploy:productcatalogservice', source: 'deployment-controller', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 2 from 1', first: -18.4, last: -18.4 },
    { on: 'deploy:productcatalogservice', source: 'deployment-controller', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 0 from 1', first: -17.9, last: -17.9 },
    { on: 'pod:productcatalogservice#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -19, last: -19 },
    { on: 'pod:productcatalogservice#0', reason: 'Pulling', message: 'Pulling image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/productcatalogservice:v0.10.6"', first: -19, last: -19, fieldPath: 'spec.containers{server}' },
    { on: 'pod:productcatalogservice#0', reason: 'Pulled', message: 'Successfully pulled image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/productcatalogservice:v0.10.6" in 3.412s (3.412s including waiting). Image size: 21877504 bytes.', first: -18.9, last: -18.9, fieldPath: 'spec.containers{server}' },
    { on: 'pod:productcatalogservice#0', reason: 'Started', message: 'Started container server', first: -18.9, last: -18.9, fieldPath: 'spec.containers{server}' },
    { on: 'pod:productcatalogservice#1', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -18.4, last: -18.4 },
    { on: 'pod:productcatalogservice#1', reason: 'Pulled', message: 'Successfully pulled image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/productcatalogservice:v0.10.6" in 2.981s (2.981s including waiting). Image size: 21877504 bytes.', first: -18.3, last: -18.3, fieldPath: 'spec.containers{server}' },
    { on: 'pod:productcatalogservice#1', reason: 'Started', message: 'Started container server', first: -18.3, last: -18.3, fieldPath: 'spec.containers{server}' },
  ],
  logs: {
    'productcatalogservice#0/server': [
      `{"message":"successfully parsed product catalog json","severity":"info","timestamp":"${T2.isoMs(-18.9)}"}`,
      `{"message":"starting grpc server at :3550","severity":"info","timestamp":"${T2.isoMs(-18.9)}"}`,
    ],
    'productcatalogservice#1/server': [
      `{"message":"successfully parsed product catalog json","severity":"info","timestamp":"${T2.isoMs(-18.3)}"}`,
      `{"message":"starting grpc server at :3550","severity":"info","timestamp":"${T2.isoMs(-18.3)}"}`,
    ],
    'frontend#0/server': [
      fl(T2, -20, 'debug', 'request complete', { path: '/', status: 200, took: 64 }),
      fl(T2, -10.6, 'error', 'request error', { path: '/product/9SIQT8TOJO', error: 'rpc error: code = Canceled desc = context canceled' }),
      fl(T2, -10.5, 'error', 'request error', { path: '/', error: 'could not retrieve products: rpc error: code = Canceled desc = context canceled' }),
      fl(T2, -7.5, 'debug', 'request complete', { path: '/product/9SIQT8TOJO', status: 200, took: 37 }),
      fl(T2, -2, 'debug', 'request complete', { path: '/cart', status: 200, took: 21 }),
      fl(T2, -0.5, 'debug', 'request complete', { path: '/', status: 200, took: 58 }),
    ],
    'frontend#1/server': [
      fl(T2, -9.8, 'debug', 'request complete', { path: '/', status: 200, took: 71 }),
      fl(T2, -1.1, 'debug', 'request complete', { method: 'POST', path: '/cart/checkout', status: 200, took: 212 }),
    ],
    'loadgenerator#0/main': [
      `[${T2.java(-12).replace('.', ',')}] %POD%/INFO/locust.runners: Ramping to 10 users at a rate of 1.00 per second`,
      `[${T2.java(-10.6).replace('.', ',')}] %POD%/ERROR/locust.runners: GET / 500: HTTPError('500 Server Error: Internal Server Error for url: http://frontend:80/')`,
      `[${T2.java(-7).replace('.', ',')}] %POD%/INFO/locust.runners: All users spawned: {"WebsiteUser": 10} (10 total users)`,
    ],
  },
};

export const scenarios = [s1, s2];
