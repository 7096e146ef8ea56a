// Batch s134a held-out specs for Online Boutique (system definition reused from the session-2 module).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const fl = (T, min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? `5c1e${String(Math.abs(Math.round(min * 100))).padStart(4, '0')}-8a2b-4d1f-9e3c-7b6a0d2f41c8`, 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '3f7d21a9-6c4e-4b8a-a1d2-0e9c5b7f8a64', severity, timestamp: T.isoMs(min) });

// ---------- 1: redis-cart OOM on RDB fork ----------
const T1 = clock('2026-05-12T15:40:00Z');
const redisStart = (T, min, pid = 1) => [
  `${pid}:C ${T.redis(min)} # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
  `${pid}:C ${T.redis(min)} # Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=${pid}, just started`,
  `${pid}:C ${T.redis(min)} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf`,
  `${pid}:M ${T.redis(min + 0.001)} * monotonic clock: POSIX clock_gettime`,
  `${pid}:M ${T.redis(min + 0.001)} * Running mode=standalone, port=6379.`,
  `${pid}:M ${T.redis(min + 0.002)} * Server initialized`,
  `${pid}:M ${T.redis(min + 0.05)} * Loading RDB produced by version 7.4.1`,
  `${pid}:M ${T.redis(min + 0.05)} * RDB age 41 seconds`,
  `${pid}:M ${T.redis(min + 0.05)} * RDB memory usage when created 171.62 Mb`,
  `${pid}:M ${T.redis(min + 0.3)} * Done loading RDB, keys loaded: 412877, keys expired: 0.`,
  `${pid}:M ${T.redis(min + 0.3)} * DB loaded from disk: 17.812 seconds`,
  `${pid}:M ${T.redis(min + 0.3)} * Ready to accept connections tcp`,
];
T1.redis = (min) => { const d = new Date(Date.parse('2026-05-12T15:40:00Z') + min * 60000); const M = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()]; const p = (n, w = 2) => String(n).padStart(w, '0'); return `${p(d.getUTCDate())} ${M} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`; };

const cartErr = (T, min, op = 'HGETALL', key = '3f7d21a9-6c4e-4b8a-a1d2-0e9c5b7f8a64') => [
  `fail: cartservice.cartstore.RedisCartStore[0]`,
  `      Can't access cart storage. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: ${op} ${key}, mc: 1/1/0, mgr: 10 of 10 available, clientName: %POD%(SE.Redis-v2.8.16.12844), IOCP: (Busy=0,Free=1000,Min=2,Max=1000), WORKER: (Busy=1,Free=32766,Min=2,Max=32767), POOL: (Threads=5,QueuedItems=0,CompletedItems=88213,Timers=4), v: 2.8.16.12844`,
  `       ---> StackExchange.Redis.RedisConnectionException: SocketFailure (ReadSocketError/ConnectionReset, last-recv: 0) on redis-cart:6379/Interactive, Idle/ReadAsync, last: ${op}, origin: ReadFromPipe, outstanding: 3, last-read: 0s ago, last-write: 0s ago, keep-alive: 60s, state: ConnectedEstablished, mgr: 10 of 10 available, in: 0, in-pipe: 0, out-pipe: 0, last-heartbeat: 0s ago, last-mbeat: 0s ago, global: 0s ago, v: 2.8.16.12844`,
  `       ---> System.IO.IOException: Unable to read data from the transport connection: Connection reset by peer.`,
  `         at StackExchange.Redis.PhysicalConnection.ReadFromPipe()`,
  `         --- End of inner exception stack trace ---`,
  `         at cartservice.cartstore.RedisCartStore.GetCartAsync(String userId) in /app/cartstore/RedisCartStore.cs:line 91`,
];

const ob1 = {
  folder: 's134a-cart-empty-checkout-flaky',
  incidentTime: '2026-05-12T15:40:00Z',
  description: 'boutique: users say their carts are randomly empty + "place order" fails every few tries, started maybe 25 min ago. cartservice logs full of redis errors',
  expected: { component: 'redis-cart', cause: 'oom-killed' },
  alsoAcceptable: [{ component: 'redis-cart', cause: 'crash-loop' }, { component: 'redis-cart', cause: 'resource-exhaustion' }],
  difficulty: 'medium',
  traits: ['louder-dependents', 'decoy', 'time-expression'],
  grounding: `
    Manifest facts (microservices-demo v0.10.6 kubernetes-manifests): redis-cart runs redis:alpine with no config file, a
    256Mi memory limit and an emptyDir at /data; cartservice reaches it through REDIS_ADDR=redis-cart:6379 with
    StackExchange.Redis. Fault: the cart keyspace grew (a bot kept creating carts) to ~170 MB of RSS; the default
    RDB save policy forks a child for BGSAVE and copy-on-write under write load pushes the cgroup over 256Mi, so the
    kernel OOM-kills redis (exit 137, reason OOMKilled). The restarted redis reloads dump.rdb from the emptyDir (it
    survives container restarts), so it dies again on the next BGSAVE: 5 restarts in 25 minutes with back-off.
    This follows the Redis documentation's warning on fork/copy-on-write memory during BGSAVE and the many public
    reports of Redis OOMKilled in containers during background saves. Between restarts the pod is Ready again,
    cartservice and frontend are the loud ones. Decoy: recommendationservice was OOMKilled once three days ago and has
    been running since. Deviations from upstream: the bot traffic and the key count are invented; redis version
    7.4.1 is what redis:alpine resolved to.`,
  workloads: {
    'redis-cart': {
      pods: [{ containers: { redis: cs.restartedRunning({ restarts: 5, startedAt: T1.iso(-1.5), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-5.8), finishedAt: T1.iso(-2.1) } }) } }],
    },
    recommendationservice: {
      pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 24 * 3 + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 24 * 3) } }) } }],
    },
  },
  events: [
    { on: 'pod:redis-cart#0', reason: 'Pulled', message: 'Container image "redis:alpine" already present on machine', first: -26, last: -1.6, count: 6, fieldPath: 'spec.containers{redis}' },
    { on: 'pod:redis-cart#0', reason: 'Created', message: 'Created container redis', first: -26, last: -1.6, count: 6, fieldPath: 'spec.containers{redis}' },
    { on: 'pod:redis-cart#0', reason: 'Started', message: 'Started container redis', first: -26, last: -1.5, count: 6, fieldPath: 'spec.containers{redis}' },
    { on: 'pod:redis-cart#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container redis in pod %POD%_boutique(%PODUID%)', first: -17, last: -2, count: 7, fieldPath: 'spec.containers{redis}' },
    { on: 'pod:redis-cart#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: dial tcp %PODIP%:6379: connect: connection refused', first: -24, last: -1.8, count: 9, fieldPath: 'spec.containers{redis}' },
  ],
  logs: {
    'redis-cart#0/redis/previous': [
      ...redisStart(T1, -5.8),
      `1:M ${T1.redis(-4.1)} * 10000 changes in 60 seconds. Saving...`,
      `1:M ${T1.redis(-4.1)} * Background saving started by pid 23`,
      `23:C ${T1.redis(-3.2)} * DB saved on disk`,
      `23:C ${T1.redis(-3.2)} * Fork CoW for RDB: current 61 MB, peak 61 MB, average 37 MB`,
      `1:M ${T1.redis(-3.2)} * Background saving terminated with success`,
      `1:M ${T1.redis(-2.3)} * 10000 changes in 60 seconds. Saving...`,
      `1:M ${T1.redis(-2.3)} * Background saving started by pid 31`,
    ],
    'redis-cart#0/redis': [...redisStart(T1, -1.5), `1:M ${T1.redis(-0.6)} * 10000 changes in 60 seconds. Saving...`, `1:M ${T1.redis(-0.6)} * Background saving started by pid 19`],
    'cartservice#0/server': [
      `info: Microsoft.AspNetCore.Hosting.Diagnostics[1]`, `      Request starting HTTP/2 POST http://cartservice:7070/hipstershop.CartService/GetCart - application/grpc -`,
      `info: Microsoft.AspNetCore.Hosting.Diagnostics[2]`, `      Request finished HTTP/2 POST http://cartservice:7070/hipstershop.CartService/GetCart - 200 - application/grpc 4.1133ms`,
      ...cartErr(T1, -22), ...cartErr(T1, -14, 'HSET'), ...cartErr(T1, -8),
      `info: Microsoft.AspNetCore.Hosting.Diagnostics[2]`, `      Request finished HTTP/2 POST http://cartservice:7070/hipstershop.CartService/AddItem - 200 - application/grpc 3.8821ms`,
      ...cartErr(T1, -2.1, 'HSET'),
    ],
    'cartservice#1/server': [...cartErr(T1, -21), ...cartErr(T1, -2.2)],
    'frontend#0/server': [
      fl(T1, -30, 'debug', 'request started', { path: '/cart' }),
      fl(T1, -30, 'debug', 'request complete', { path: '/cart' }),
      fl(T1, -22, 'error', 'request error', { path: '/cart', error: 'could not retrieve cart: rpc error: code = FailedPrecondition desc = Can\'t access cart storage. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HGETALL 3f7d21a9-6c4e-4b8a-a1d2-0e9c5b7f8a64' }),
      fl(T1, -14, 'error', 'request error', { path: '/cart/checkout', method: 'POST', error: 'failed to complete the order: rpc error: code = Internal desc = cart failure: failed to get user cart during checkout: rpc error: code = FailedPrecondition desc = Can\'t access cart storage. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HGETALL 3f7d21a9-6c4e-4b8a-a1d2-0e9c5b7f8a64' }),
      fl(T1, -8, 'debug', 'request complete', { path: '/product/OLJCESPC7Z' }),
      fl(T1, -2.1, 'error', 'request error', { path: '/cart', method: 'POST', error: 'failed to add to cart: rpc error: code = FailedPrecondition desc = Can\'t access cart storage. StackExchange.Redis.RedisConnectionException: SocketFailure (ReadSocketError/ConnectionReset) on redis-cart:6379/Interactive' }),
    ],
    'checkoutservice#0/server': [
      JSON.stringify({ message: '[PlaceOrder] user_id="3f7d21a9-6c4e-4b8a-a1d2-0e9c5b7f8a64" user_currency="USD"', severity: 'info', timestamp: T1.isoMs(-14.01) }),
      JSON.stringify({ message: 'payment went through (transaction_id: 5d4e8b7a-1c2f-4e3a-9b6d-0a8c7f1e2d35)', severity: 'info', timestamp: T1.isoMs(-11) }),
    ],
  },
};

// ---------- 2: productcatalogservice release carrying EXTRA_LATENCY ----------
const T2 = clock('2026-06-03T09:25:00Z');
const pcEnvNew = [{ name: 'PORT', value: '3550' }, { name: 'DISABLE_PROFILER', value: '1' }, { name: 'EXTRA_LATENCY', value: '5.5s' }];
const pcEnvOld = [{ name: 'PORT', value: '3550' }, { name: 'DISABLE_PROFILER', value: '1' }];
const pcLog = (T, min, msg, sev = 'info') => JSON.stringify({ message: msg, severity: sev, timestamp: T.isoMs(min) });
const pcStart = (T, min) => [pcLog(T, min, 'successfully parsed product catalog json'), pcLog(T, min + 0.001, 'extra latency enabled (duration: 5.5s)'), pcLog(T, min + 0.002, 'starting grpc server at :3550')];
const ob2 = {
  folder: 's134a-storefront-slow-after-release',
  incidentTime: '2026-06-03T09:25:00Z',
  description: 'shop homepage + product pages super slow since ~9:10, loadgen p95 went from 200ms to 6s+. nothing crashing, all green in k8s',
  expected: { component: 'productcatalogservice', cause: 'bad-deploy-rollout' },
  alsoAcceptable: [{ component: 'productcatalogservice', cause: 'config-error' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'rollout-regression', 'callers-only', 'network-latency', 'decoy', 'time-expression'],
  grounding: `
    Manifest facts: productcatalogservice (v0.10.6) listens on 3550 with gRPC readiness/liveness probes and is
    reached by frontend and recommendationservice through PRODUCT_CATALOG_SERVICE_ADDR. Upstream source reads the
    EXTRA_LATENCY env var and sleeps that long in every ListProducts/GetProduct/SearchProducts call, logging
    "extra latency enabled (duration: ...)" at start; the gRPC health service is not delayed, so pods stay Ready.
    This is the fault the upstream repo documents for demonstrating latency debugging (the "EXTRA_LATENCY" knob).
    Story: a release at 09:09 (revision 4) copied EXTRA_LATENCY=5.5s from a load-test overlay into prod; the old
    ReplicaSet (revision 3) has no EXTRA_LATENCY. Callers (frontend, recommendationservice, loadgenerator) show the
    latency; frontend's 5s-ish deadlines on some paths surface as DeadlineExceeded. Decoy: adservice was rolled out
    two days ago and is healthy. Deviations: the overlay mistake and timings are invented.`,
  workloads: {
    productcatalogservice: {
      containers: { server: { env: pcEnvNew } },
      rollout: { at: -16, oldContainers: { server: { env: pcEnvOld } } },
    },
    adservice: { containers: { server: { image: 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/adservice:v0.10.7' } }, rollout: { at: -60 * 24 * 2, oldContainers: { server: { image: 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/adservice:v0.10.6' } } } },
  },
  events: [
    { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 1', first: -16, last: -16 },
    { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 1 from 2', first: -15.5, last: -15.5 },
    { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 2 from 1', first: -15.5, last: -15.5 },
    { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 0 from 1', first: -15, last: -15 },
    { on: 'pod:productcatalogservice#0', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/productcatalogservice:v0.10.6" already present on machine', first: -15.9, fieldPath: 'spec.containers{server}' },
    { on: 'pod:productcatalogservice#0', reason: 'Started', message: 'Started container server', first: -15.8, fieldPath: 'spec.containers{server}' },
    { on: 'pod:productcatalogservice#1', reason: 'Started', message: 'Started container server', first: -15.3, fieldPath: 'spec.containers{server}' },
  ],
  logs: {
    'productcatalogservice#0/server': [...pcStart(T2, -15.8)],
    'productcatalogservice#1/server': [...pcStart(T2, -15.3)],
    'frontend#0/server': [
      fl(T2, -20, 'debug', 'request complete', { path: '/' }),
      fl(T2, -12, 'debug', 'request complete', { path: '/' }),
      fl(T2, -11, 'error', 'request error', { path: '/product/66VCHSJNUP', error: 'could not retrieve product: rpc error: code = DeadlineExceeded desc = context deadline exceeded' }),
      fl(T2, -6, 'debug', 'request complete', { path: '/product/9SIQT8TOJO' }),
      fl(T2, -3, 'error', 'request error', { path: '/', error: 'could not retrieve products: rpc error: code = DeadlineExceeded desc = context deadline exceeded' }),
    ],
    'recommendationservice#0/server': [
      JSON.stringify({ timestamp: T2.isoMs(-20), severity: 'INFO', name: 'recommendationservice-server', message: '[Recv ListRecommendations] product_ids=[\'OLJCESPC7Z\', \'1YMWWN1N4O\', \'9SIQT8TOJO\', \'L9ECAV7KIM\', \'LS4PSXUNUM\']' }),
      JSON.stringify({ timestamp: T2.isoMs(-7), severity: 'ERROR', name: 'recommendationservice-server', message: 'Exception calling application: <_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.DEADLINE_EXCEEDED\n\tdetails = "Deadline Exceeded"\n\tdebug_error_string = "UNKNOWN:Deadline Exceeded {grpc_status:4}"\n>' }),
    ],
    'loadgenerator#0/main': [
      ` Type     Name                                                                          # reqs      # fails |    Avg     Min     Max    Med |   req/s  failures/s`,
      `--------|----------------------------------------------------------------------------|-------|-------------|-------|-------|-------|-------|--------|-----------`,
      ` GET      /                                                                               812     37(4.56%) |   4920     151   11241   5600 |    0.90        0.04`,
      ` GET      /product/66VCHSJNUP                                                             401     19(4.74%) |   5710     162   11088   5700 |    0.40        0.02`,
      ` POST     /cart                                                                           398      0(0.00%) |   5841     170   11420   5800 |    0.40        0.00`,
    ],
  },
};

export const scenarios = [ob1, ob2];
