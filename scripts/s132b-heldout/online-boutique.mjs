// Batch s132b (held-out) — Online Boutique scenarios, written blind against the s2 system definition.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const fe = (T, min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? 'c1a8f0de-3b1e-4c57-9d6a-2f4b9e7a1c03', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0', severity, timestamp: T.isoMs(min) });
const goj = (T, min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const pino = (T, min, sev, host, name, message) => JSON.stringify({ severity: sev, time: Date.parse(T.isoMs(min)), pid: 1, hostname: host, name, message });

// ---------- 1: paymentservice release that stays Ready but fails every charge ----------
const T1 = clock('2026-05-12T15:42:00Z');
const payFail = "Cannot read properties of undefined (reading 'units')";
const s1 = {
  folder: 's132b-payment-release-charges-fail',
  description: 'checkout broken on the boutique since ~15:25, users get an error page on place order. carts + browsing fine',
  incidentTime: '2026-05-12T15:42:00Z',
  expected: { component: 'paymentservice', cause: 'bad-deploy-rollout' },
  difficulty: 'hard',
  traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression', 'decoy'],
  grounding: `
    Online Boutique manifests (release v0.10.6): paymentservice is a Node.js gRPC server on 50051 with a gRPC
    readiness/liveness probe; checkoutservice calls it through PAYMENT_SERVICE_ADDR=paymentservice:50051 and the
    frontend calls checkoutservice on PlaceOrder. The fault follows a common release regression: a new paymentservice
    image (v0.10.7-rc.2, a deviation: no such upstream tag) whose charge handler dereferences a field of the amount
    that the request no longer carries, so every Charge RPC fails with gRPC UNKNOWN while the health service keeps
    answering SERVING and the pod stays Ready. The old ReplicaSet carries v0.10.6. Callers (checkoutservice,
    frontend) log "failed to charge card". Decoy: recommendationservice restarted after an OOM kill three days ago.
    Log formats follow upstream: pino JSON in paymentservice, logrus JSON in Go services.`,
  workloads: {
    paymentservice: {
      rollout: { at: -18, oldContainers: { server: { image: `${REG}/paymentservice:v0.10.6` } } },
      containers: { server: { image: `${REG}/paymentservice:v0.10.7-rc.2` } },
    },
    recommendationservice: {
      since: -60 * 24 * 8,
      pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 8), finishedAt: T1.iso(-60 * 24 * 3 - 0.1) } }) } }],
    },
  },
  events: [
    { on: 'deploy:paymentservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set paymentservice-%NEW% to 1', first: -18 },
    { on: 'deploy:paymentservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set paymentservice-%OLD% to 0 from 1', first: -17.2 },
    { on: 'rs:paymentservice', reason: 'SuccessfulCreate', message: 'Created pod: paymentservice-%RS%', first: -18, source: 'replicaset-controller' },
    { on: 'pod:paymentservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -17.9, source: 'default-scheduler' },
    { on: 'pod:paymentservice#0', reason: 'Pulling', message: `Pulling image "${REG}/paymentservice:v0.10.7-rc.2"`, first: -17.8, fieldPath: 'spec.containers{server}' },
    { on: 'pod:paymentservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/paymentservice:v0.10.7-rc.2" in 4.211s (4.211s including waiting). Image size: 48211934 bytes.`, first: -17.7, fieldPath: 'spec.containers{server}' },
    { on: 'pod:paymentservice#0', reason: 'Created', message: 'Created container server', first: -17.7, fieldPath: 'spec.containers{server}' },
    { on: 'pod:paymentservice#0', reason: 'Started', message: 'Started container server', first: -17.6, fieldPath: 'spec.containers{server}' },
  ],
  logs: {
    'paymentservice#0/server': [
      pino(T1, -17.6, 'info', '%POD%', 'paymentservice-server', 'Profiler disabled.'),
      pino(T1, -17.6, 'info', '%POD%', 'paymentservice-server', 'Tracing disabled.'),
      pino(T1, -17.5, 'info', '%POD%', 'paymentservice-server', 'PaymentService gRPC server started on port 50051'),
      pino(T1, -16.4, 'info', '%POD%', 'paymentservice-charge', 'PaymentService#Charge invoked with request {"amount":{"currency_code":"USD","units":"62","nanos":980000000},"credit_card":{"credit_card_number":"4432-8015-6152-0454","credit_card_cvv":672,"credit_card_expiration_year":2030,"credit_card_expiration_month":1}}'),
      pino(T1, -16.4, 'error', '%POD%', 'paymentservice-server', `TypeError: ${payFail}\n    at charge (/usr/src/app/charge.js:71:38)\n    at HipsterShopServer.ChargeServiceHandler (/usr/src/app/server.js:64:24)`),
      pino(T1, -9.1, 'info', '%POD%', 'paymentservice-charge', 'PaymentService#Charge invoked with request {"amount":{"currency_code":"EUR","units":"118","nanos":430000000},"credit_card":{"credit_card_number":"4432-8015-6152-0454","credit_card_cvv":672,"credit_card_expiration_year":2030,"credit_card_expiration_month":1}}'),
      pino(T1, -9.1, 'error', '%POD%', 'paymentservice-server', `TypeError: ${payFail}\n    at charge (/usr/src/app/charge.js:71:38)\n    at HipsterShopServer.ChargeServiceHandler (/usr/src/app/server.js:64:24)`),
      pino(T1, -2.7, 'info', '%POD%', 'paymentservice-charge', 'PaymentService#Charge invoked with request {"amount":{"currency_code":"USD","units":"24","nanos":990000000},"credit_card":{"credit_card_number":"4432-8015-6152-0454","credit_card_cvv":672,"credit_card_expiration_year":2030,"credit_card_expiration_month":1}}'),
      pino(T1, -2.7, 'error', '%POD%', 'paymentservice-server', `TypeError: ${payFail}\n    at charge (/usr/src/app/charge.js:71:38)\n    at HipsterShopServer.ChargeServiceHandler (/usr/src/app/server.js:64:24)`),
    ],
    'checkoutservice#0/server': [
      goj(T1, -31, 'info', '[PlaceOrder] user_id="5c1f0e2a-9a8e-4f4e-8d36-1b0c1d3f2a77" user_currency="USD"'),
      goj(T1, -31, 'info', 'payment went through (transaction_id: 6e2a7c41-93b0-4a8e-bf52-0d6c7ea1f3d9)'),
      goj(T1, -31, 'info', 'order confirmation email sent to "someone@example.com"'),
      goj(T1, -16.4, 'info', '[PlaceOrder] user_id="a3d0b8f4-1c55-4e27-9b7a-2f8e6c0d4b19" user_currency="USD"'),
      goj(T1, -16.4, 'warning', `failed to charge card: could not charge the card: rpc error: code = Unknown desc = ${payFail}`),
      goj(T1, -9.1, 'info', '[PlaceOrder] user_id="e71b2c90-4d3a-4f6b-8a15-9c2e7d0f5a36" user_currency="EUR"'),
      goj(T1, -9.1, 'warning', `failed to charge card: could not charge the card: rpc error: code = Unknown desc = ${payFail}`),
      goj(T1, -2.7, 'info', '[PlaceOrder] user_id="0f4c6a2e-8b7d-4e13-a9c5-3d1e2b7f6a08" user_currency="USD"'),
      goj(T1, -2.7, 'warning', `failed to charge card: could not charge the card: rpc error: code = Unknown desc = ${payFail}`),
    ],
    'frontend#0/server': [
      fe(T1, -20.2, 'debug', 'request started', { path: '/product/OLJCESPC7Z', id: '4e1b7d20-6a3c-4f1e-9b8d-2c7a0e5f3b61' }),
      fe(T1, -20.2, 'debug', 'request complete', { path: '/product/OLJCESPC7Z', id: '4e1b7d20-6a3c-4f1e-9b8d-2c7a0e5f3b61' }),
      fe(T1, -16.4, 'debug', 'request started', { method: 'POST', path: '/cart/checkout', id: '7a2c9e14-0b5d-4c8a-a1f3-6e9d2b0c7f45' }),
      fe(T1, -16.4, 'error', 'request error', { method: 'POST', path: '/cart/checkout', id: '7a2c9e14-0b5d-4c8a-a1f3-6e9d2b0c7f45', error: `failed to complete the order: rpc error: code = Internal desc = failed to charge card: could not charge the card: rpc error: code = Unknown desc = ${payFail}` }),
      fe(T1, -5.3, 'debug', 'request started', { path: '/cart', id: 'b8e3f1a2-7c4d-4e9b-8a06-1d2f3c4e5a67' }),
      fe(T1, -5.3, 'debug', 'request complete', { path: '/cart', id: 'b8e3f1a2-7c4d-4e9b-8a06-1d2f3c4e5a67' }),
      fe(T1, -2.7, 'debug', 'request started', { method: 'POST', path: '/cart/checkout', id: 'd1f0a9b3-5e2c-4a7d-b6c8-0e3f9a1b2c54' }),
      fe(T1, -2.7, 'error', 'request error', { method: 'POST', path: '/cart/checkout', id: 'd1f0a9b3-5e2c-4a7d-b6c8-0e3f9a1b2c54', error: `failed to complete the order: rpc error: code = Internal desc = failed to charge card: could not charge the card: rpc error: code = Unknown desc = ${payFail}` }),
    ],
  },
};

// ---------- 2: redis-cart OOM-killed repeatedly ----------
const T2 = clock('2026-06-03T09:18:00Z');
const s2 = {
  folder: 's132b-redis-cart-memory-limit',
  description: 'add to cart intermittently failing for last 15 min or so, cart page empties randomly',
  incidentTime: '2026-06-03T09:18:00Z',
  expected: { component: 'redis-cart', cause: 'oom-killed' },
  alsoAcceptable: [{ component: 'redis-cart', cause: 'crash-loop' }],
  difficulty: 'medium',
  traits: ['louder-dependents', 'time-expression'],
  grounding: `
    Online Boutique manifests (v0.10.6): redis-cart runs redis:alpine with a 256Mi memory limit and an emptyDir at
    /data; cartservice (.NET, StackExchange.Redis) reaches it at REDIS_ADDR=redis-cart:6379. The fault follows the
    classic container-limit OOM of an unbounded Redis (no maxmemory set upstream): the dataset grows past 256Mi, the
    kernel OOM-kills redis-server (exit 137, OOMKilled), the kubelet restarts it, and each restart loses the carts
    (emptyDir survives the container but the RDB snapshot is older). cartservice logs RedisConnectionException while
    redis is down, the frontend logs cart RPC failures. Deviation: cart growth from a load test is assumed.`,
  workloads: {
    'redis-cart': {
      since: -60 * 24 * 12,
      pods: [{ containers: { redis: cs.restartedRunning({ restarts: 4, startedAt: T2.iso(-1.6), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T2.iso(-5.9), finishedAt: T2.iso(-1.9) } }) } }],
    },
  },
  events: [
    { on: 'pod:redis-cart#0', reason: 'Pulled', message: 'Container image "redis:alpine" already present on machine', first: -16, last: -1.7, count: 4, fieldPath: 'spec.containers{redis}' },
    { on: 'pod:redis-cart#0', reason: 'Created', message: 'Created container redis', first: -16, last: -1.7, count: 4, fieldPath: 'spec.containers{redis}' },
    { on: 'pod:redis-cart#0', reason: 'Started', message: 'Started container redis', first: -16, last: -1.6, count: 4, fieldPath: 'spec.containers{redis}' },
    { on: 'pod:redis-cart#0', reason: 'Unhealthy', message: 'Readiness probe failed: dial tcp %PODIP%:6379: connect: connection refused', first: -16.1, last: -1.8, count: 6, type: 'Warning', fieldPath: 'spec.containers{redis}' },
    { on: 'pod:redis-cart#0', reason: 'BackOff', message: 'Back-off restarting failed container redis in pod %POD%_boutique(%PODUID%)', first: -6.2, last: -1.8, count: 2, type: 'Warning', fieldPath: 'spec.containers{redis}' },
  ],
  logs: {
    'redis-cart#0/redis': [
      '1:C 03 Jun 2026 09:16:24.312 # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo',
      '1:C 03 Jun 2026 09:16:24.312 # Redis version=7.2.4, bits=64, commit=00000000, modified=0, pid=1, just started',
      '1:C 03 Jun 2026 09:16:24.312 # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf',
      '1:M 03 Jun 2026 09:16:24.313 * monotonic clock: POSIX clock_gettime',
      '1:M 03 Jun 2026 09:16:24.314 * Running mode=standalone, port=6379.',
      '1:M 03 Jun 2026 09:16:24.314 * Server initialized',
      '1:M 03 Jun 2026 09:16:24.315 * Loading RDB produced by version 7.2.4',
      '1:M 03 Jun 2026 09:16:24.315 * RDB age 412 seconds',
      '1:M 03 Jun 2026 09:16:24.315 * RDB memory usage when created 201.37 Mb',
      '1:M 03 Jun 2026 09:16:26.902 * Done loading RDB, keys loaded: 184211, keys expired: 0.',
      '1:M 03 Jun 2026 09:16:26.902 * DB loaded from disk: 2.588 seconds',
      '1:M 03 Jun 2026 09:16:26.902 * Ready to accept connections tcp',
    ],
    'redis-cart#0/redis/previous': [
      '1:C 03 Jun 2026 09:12:07.118 # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo',
      '1:C 03 Jun 2026 09:12:07.118 # Redis version=7.2.4, bits=64, commit=00000000, modified=0, pid=1, just started',
      '1:M 03 Jun 2026 09:12:07.120 * Server initialized',
      '1:M 03 Jun 2026 09:12:09.541 * Done loading RDB, keys loaded: 171904, keys expired: 0.',
      '1:M 03 Jun 2026 09:12:09.541 * Ready to accept connections tcp',
      '1:M 03 Jun 2026 09:13:10.004 * 10000 changes in 60 seconds. Saving...',
      '1:M 03 Jun 2026 09:13:10.006 * Background saving started by pid 21',
      '21:C 03 Jun 2026 09:13:12.771 * DB saved on disk',
      '21:C 03 Jun 2026 09:13:12.772 * Fork CoW for RDB: current 38 MB, peak 38 MB, average 21 MB',
      '1:M 03 Jun 2026 09:13:12.835 * Background saving terminated with success',
      '1:M 03 Jun 2026 09:15:11.009 * 10000 changes in 60 seconds. Saving...',
      '1:M 03 Jun 2026 09:15:11.012 * Background saving started by pid 22',
    ],
    'cartservice#0/server': [
      'info: cartservice.cartstore.RedisCartStore[0]',
      '      AddItemAsync called with userId=3f0e2c91-7d4a-4b8e-a6c1-5b2d9e0f1a73, productId=66VCHSJNUP, quantity=1',
      'fail: cartservice.cartstore.RedisCartStore[0]',
      "      StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HGET 3f0e2c91-7d4a-4b8e-a6c1-5b2d9e0f1a73; It was not possible to connect to the redis server(s). ConnectTimeout, mc: 1/1/0, mgr: 10 of 10 available, clientName: %POD%(SE.Redis-v2.6.122.38350), IOCP: (Busy=0,Free=1000,Min=1,Max=1000), WORKER: (Busy=1,Free=32766,Min=2,Max=32767), v: 2.6.122.38350",
      '         at StackExchange.Redis.ConnectionMultiplexer.ThrowFailed[T](TaskCompletionSource`1 source, Exception unthrownException) in /_/src/StackExchange.Redis/ConnectionMultiplexer.cs:line 3006',
      '         at cartservice.cartstore.RedisCartStore.AddItemAsync(String userId, String productId, Int32 quantity) in /app/src/cartstore/RedisCartStore.cs:line 54',
      'info: cartservice.cartstore.RedisCartStore[0]',
      '      GetCartAsync called with userId=8a41d3e0-2b6c-4f97-9e15-0c7d2a6b3f84',
    ],
    'frontend#0/server': [
      fe(T2, -14.2, 'debug', 'request started', { method: 'POST', path: '/cart', id: '2c6e0a91-4f3b-4d7e-8a25-9b1c0d3e7f62' }),
      fe(T2, -14.2, 'error', 'request error', { method: 'POST', path: '/cart', id: '2c6e0a91-4f3b-4d7e-8a25-9b1c0d3e7f62', error: 'failed to add to cart: rpc error: code = FailedPrecondition desc = Can\'t access cart storage. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HGET 3f0e2c91-7d4a-4b8e-a6c1-5b2d9e0f1a73' }),
      fe(T2, -9.0, 'debug', 'request started', { path: '/', id: '5d8b2f47-1a9c-4e63-b0d7-3f2e8a1c6b95' }),
      fe(T2, -9.0, 'debug', 'request complete', { path: '/', id: '5d8b2f47-1a9c-4e63-b0d7-3f2e8a1c6b95' }),
      fe(T2, -1.9, 'debug', 'request started', { path: '/cart', id: '9e1d4c72-6b0a-4f3e-a8c5-2d7b1e9f0a36' }),
      fe(T2, -1.9, 'error', 'request error', { path: '/cart', id: '9e1d4c72-6b0a-4f3e-a8c5-2d7b1e9f0a36', error: 'could not retrieve cart: rpc error: code = FailedPrecondition desc = Can\'t access cart storage. StackExchange.Redis.RedisConnectionException: It was not possible to connect to the redis server(s). ConnectTimeout' }),
    ],
  },
};

export const scenarios = [s1, s2];
