// Blind held-out batch s130a: Online Boutique scenarios (system from scripts/s2-scenarios/online-boutique.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const fl = (T, min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? '4e1b7c20-9a3f-4d1e-8b6c-0f2a5d9e3b71', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? 'd71c3a9e-52f0-4b8e-a1c6-7e90b4f2d518', severity, timestamp: T.isoMs(min) });

// ---------- 1: redis-cart OOM-killed, cartservice and frontend louder ----------
const T1 = clock('2026-04-08T15:42:00Z');
const redisBoot = (min) => [
  `1:C ${redisDate(T1, min)} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
  `1:C ${redisDate(T1, min)} * Redis version=7.2.5, bits=64, commit=00000000, modified=0, pid=1, just started`,
  `1:C ${redisDate(T1, min)} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf`,
  `1:M ${redisDate(T1, min + 0.01)} * monotonic clock: POSIX clock_gettime`,
  `1:M ${redisDate(T1, min + 0.01)} * Running mode=standalone, port=6379.`,
  `1:M ${redisDate(T1, min + 0.01)} * Server initialized`,
  `1:M ${redisDate(T1, min + 0.02)} * Ready to accept connections tcp`,
];
function redisDate(T, min) {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())} ${mon} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`;
}
const cartErr = (T, min) => [
  `      Error getting cart`,
  `StackExchange.Redis.RedisConnectionException: It was not possible to connect to the redis server(s). ConnectTimeout`,
  `   at StackExchange.Redis.ConnectionMultiplexer.ConnectImpl(ConfigurationOptions configuration, TextWriter log) in /_/src/StackExchange.Redis/ConnectionMultiplexer.cs:line 1192`,
  `   at cartservice.cartstore.RedisCartStore.GetCartAsync(String userId) in /app/cartstore/RedisCartStore.cs:line 88`,
  `fail: Grpc.AspNetCore.Server.ServerCallHandler[6]`,
  `      Error when executing service method 'GetCart'.`,
  `      Grpc.Core.RpcException: Status(StatusCode="FailedPrecondition", Detail="Can't access cart storage. StackExchange.Redis.RedisConnectionException: It was not possible to connect to the redis server(s). ConnectTimeout")`,
  `         at cartservice.cartstore.RedisCartStore.GetCartAsync(String userId) in /app/cartstore/RedisCartStore.cs:line 101`,
  `         at cartservice.services.CartService.GetCart(GetCartRequest request, ServerCallContext context) in /app/services/CartService.cs:line 41`,
];
const redisOom = {
  folder: 's130a-cart-add-500s',
  description: 'ppl getting errors adding to cart / viewing cart since ~15:20, cartsvc logs full of redis timeouts. checkout also failing some of the time',
  incidentTime: '2026-04-08T15:42:00Z',
  expected: { component: 'redis-cart', cause: 'oom-killed' },
  alsoAcceptable: [{ component: 'redis-cart', cause: 'resource-exhaustion' }],
  difficulty: 'medium',
  traits: ['louder-dependents', 'pods-ready', 'decoy', 'time-expression', 'partial-name'],
  grounding: `
    Manifest fact: upstream redis-cart (release/kubernetes-manifests.yaml, v0.10.6) runs redis:alpine with a 256Mi memory
    limit, an emptyDir /data and no maxmemory setting, so the keyspace of carts grows until the kernel kills the
    process; Kubernetes reports lastState terminated OOMKilled / exit 137 and the container restarts (empty cart store).
    Follows the common "Redis without maxmemory inside a memory-limited container" OOM pattern (Redis docs on maxmemory,
    many public issues of OOMKilled redis pods). The pod is Ready between kills (tcpSocket probes pass as soon as redis
    listens). cartservice (.NET, StackExchange.Redis) logs RedisConnectionException during each restart window and the
    frontend logs "failed to retrieve cart" errors, which are louder than the cause. Decoy: frontend had a healthy
    rollout two days ago. Deviations: the restart counts, times and traffic volume are invented; the redis image tag is
    pinned in the status to the alpine build of 7.2.5 as the upstream floating tag resolved at the time.`,
  workloads: {
    'redis-cart': {
      pods: [{ containers: { redis: cs.restartedRunning({ restarts: 4, startedAt: T1.iso(-3.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-9.1), finishedAt: T1.iso(-3.4) } }) } }],
    },
    frontend: { rollout: { at: -60 * 24 * 2, oldContainers: { server: { image: `${REG}/frontend:v0.10.5` } } } },
  },
  events: [
    { on: 'pod:redis-cart#0', reason: 'Pulled', message: 'Container image "redis:alpine" already present on machine', first: -22, last: -3.3, count: 4 },
    { on: 'pod:redis-cart#0', reason: 'Created', message: 'Created container redis', first: -22, last: -3.3, count: 4 },
    { on: 'pod:redis-cart#0', reason: 'Started', message: 'Started container redis', first: -22, last: -3.2, count: 4 },
    { on: 'pod:redis-cart#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{redis}', message: 'Readiness probe failed: dial tcp %PODIP%:6379: connect: connection refused', first: -21.9, last: -3.3, count: 5 },
    { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -60 * 24 * 2 + 1.5 },
  ],
  logs: {
    'redis-cart#0/redis/previous': [
      ...redisBoot(-9.1),
      `1:M ${redisDate(T1, -7.5)} * 10000 changes in 60 seconds. Saving...`,
      `1:M ${redisDate(T1, -7.5)} * Background saving started by pid 23`,
      `23:C ${redisDate(T1, -7.2)} * DB saved on disk`,
      `23:C ${redisDate(T1, -7.2)} * Fork CoW for RDB: current 38 MB, peak 38 MB, average 21 MB`,
      `1:M ${redisDate(T1, -7.1)} * Background saving terminated with success`,
      `1:M ${redisDate(T1, -4.6)} * 10000 changes in 60 seconds. Saving...`,
      `1:M ${redisDate(T1, -4.6)} * Background saving started by pid 31`,
    ],
    'redis-cart#0/redis': [
      ...redisBoot(-3.2),
      `1:M ${redisDate(T1, -3.19)} * Loading RDB produced by version 7.2.5`,
      `1:M ${redisDate(T1, -3.19)} * RDB age 215 seconds`,
      `1:M ${redisDate(T1, -3.18)} * RDB memory usage when created 201.44 Mb`,
      `1:M ${redisDate(T1, -3.1)} * Done loading RDB, keys loaded: 1184310, keys expired: 0.`,
      `1:M ${redisDate(T1, -3.1)} * DB loaded from disk: 5.812 seconds`,
      `1:M ${redisDate(T1, -1.2)} * 10000 changes in 60 seconds. Saving...`,
      `1:M ${redisDate(T1, -1.2)} * Background saving started by pid 19`,
    ],
    'cartservice#0/server': [
      `info: cartservice.cartstore.RedisCartStore[0]`,
      `      Connecting to Redis: redis-cart:6379,ssl=false,allowAdmin=true,abortConnect=false`,
      `info: Microsoft.Hosting.Lifetime[14]`,
      `      Now listening on: http://0.0.0.0:7070`,
      `info: cartservice.services.CartService[0]`,
      `      AddItemAsync called with userId=d71c3a9e-52f0-4b8e-a1c6-7e90b4f2d518, productId=OLJCESPC7Z, quantity=1`,
      `fail: cartservice.cartstore.RedisCartStore[0]`,
      ...cartErr(T1, -20),
      `info: cartservice.services.CartService[0]`,
      `      GetCartAsync called with userId=0c9e51a2-7f3b-4a8d-b6e1-93d2f0a4c785`,
      `fail: cartservice.cartstore.RedisCartStore[0]`,
      ...cartErr(T1, -9),
      `fail: cartservice.cartstore.RedisCartStore[0]`,
      ...cartErr(T1, -3.3),
      `info: cartservice.services.CartService[0]`,
      `      AddItemAsync called with userId=5a3f0e7d-1c2b-4e96-8d4a-b07c6e2f9a13, productId=66VCHSJNUP, quantity=2`,
    ],
    'frontend#0/server': [
      fl(T1, -21, 'info', 'request started', { path: '/cart' }),
      fl(T1, -20.9, 'error', 'request error', { path: '/cart', error: 'could not retrieve cart: rpc error: code = FailedPrecondition desc = Can\'t access cart storage. StackExchange.Redis.RedisConnectionException: It was not possible to connect to the redis server(s). ConnectTimeout' }),
      fl(T1, -15, 'info', 'request complete', { path: '/product/OLJCESPC7Z' }),
      fl(T1, -9.1, 'error', 'request error', { path: '/cart', method: 'POST', error: 'failed to add to cart: rpc error: code = FailedPrecondition desc = Can\'t access cart storage. StackExchange.Redis.RedisConnectionException: It was not possible to connect to the redis server(s). ConnectTimeout' }),
      fl(T1, -3.4, 'error', 'request error', { path: '/cart/checkout', method: 'POST', error: 'failed to complete the order: rpc error: code = Internal desc = cart failure: failed to get user cart during checkout: rpc error: code = FailedPrecondition desc = Can\'t access cart storage. StackExchange.Redis.RedisConnectionException: It was not possible to connect to the redis server(s). ConnectTimeout' }),
      fl(T1, -1, 'info', 'request complete', { path: '/' }),
    ],
    'checkoutservice#0/server': [
      JSON.stringify({ message: '[PlaceOrder] user_id="5a3f0e7d-1c2b-4e96-8d4a-b07c6e2f9a13" user_currency="EUR"', severity: 'info', timestamp: T1.isoMs(-3.45) }),
      JSON.stringify({ message: 'failed to get user cart during checkout: rpc error: code = FailedPrecondition desc = Can\'t access cart storage.', severity: 'warning', timestamp: T1.isoMs(-3.4) }),
    ],
  },
};

// ---------- 2: paymentservice rollout stuck on a tag that does not exist ----------
const T2 = clock('2026-05-19T09:37:00Z');
const badImg = `${REG}/paymentservice:v0.10.7-rc.1`;
const payImagePull = {
  folder: 's130a-payment-deploy-stuck',
  description: 'payments deploy from the release pipeline still not done after ~15 min, argo says Progressing forever. is checkout ok??',
  incidentTime: '2026-05-19T09:37:00Z',
  expected: { component: 'paymentservice', cause: 'image-pull' },
  alsoAcceptable: [{ component: 'paymentservice', cause: 'bad-deploy-rollout' }],
  difficulty: 'easy',
  traits: ['rollout-regression', 'pods-ready', 'partial-name', 'time-expression'],
  grounding: `
    Manifest fact: paymentservice is a single-replica Deployment with the default RollingUpdate strategy
    (maxUnavailable 25%, maxSurge 25%), so with one replica the old pod keeps serving while the new one cannot start.
    The release bumped the image to a tag that was never pushed to the Artifact Registry repository; containerd reports
    "failed to resolve reference ... not found", the kubelet emits Failed/ErrImagePull then BackOff/ImagePullBackOff
    (Kubernetes docs "Images" and the ImagePullBackOff troubleshooting pages), and after progressDeadlineSeconds (600)
    the Deployment condition becomes Progressing=False ProgressDeadlineExceeded. Checkout keeps working on the old pod.
    Deviations: the rc tag name and the timing are invented.`,
  workloads: {
    paymentservice: {
      rollout: { at: -17, oldReplicas: 1, oldContainers: { server: { image: `${REG}/paymentservice:v0.10.6` } } },
      containers: { server: { image: badImg } },
      pods: [{ containers: { server: cs.waiting('ImagePullBackOff', `Back-off pulling image "${badImg}"`) } }],
      progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T2.iso(-7), lastTransitionTime: T2.iso(-7), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
    },
  },
  events: [
    { on: 'deploy:paymentservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set paymentservice-%NEW% to 1', first: -17 },
    { on: 'pod:paymentservice#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -16.9 },
    { on: 'pod:paymentservice#0', reason: 'Pulling', fieldPath: 'spec.containers{server}', message: `Pulling image "${badImg}"`, first: -16.8, last: -2.1, count: 7 },
    { on: 'pod:paymentservice#0', reason: 'Failed', type: 'Warning', fieldPath: 'spec.containers{server}', message: `Failed to pull image "${badImg}": rpc error: code = NotFound desc = failed to pull and unpack image "${badImg}": failed to resolve reference "${badImg}": ${badImg}: not found`, first: -16.7, last: -2.0, count: 7 },
    { on: 'pod:paymentservice#0', reason: 'Failed', type: 'Warning', fieldPath: 'spec.containers{server}', message: 'Error: ErrImagePull', first: -16.7, last: -2.0, count: 7 },
    { on: 'pod:paymentservice#0', reason: 'BackOff', fieldPath: 'spec.containers{server}', message: `Back-off pulling image "${badImg}"`, first: -16.5, last: -0.4, count: 62 },
    { on: 'pod:paymentservice#0', reason: 'Failed', type: 'Warning', fieldPath: 'spec.containers{server}', message: 'Error: ImagePullBackOff', first: -16.5, last: -0.4, count: 62 },
    { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set checkoutservice-%NEW% to 1', first: -60 * 24 * 9 },
  ],
  logs: {
    'paymentservice#old0/server': [
      JSON.stringify({ severity: 'info', time: Date.parse(T2.isoMs(-6)), pid: 1, hostname: '%POD%', name: 'paymentservice-server', message: 'PaymentService#Charge invoked with request {"amount":{"currency_code":"USD","units":"52","nanos":990000000},"credit_card":{"credit_card_number":"4432-8015-6152-0454","credit_card_cvv":672,"credit_card_expiration_year":2029,"credit_card_expiration_month":1}}' }),
      JSON.stringify({ severity: 'info', time: Date.parse(T2.isoMs(-5.99)), pid: 1, hostname: '%POD%', name: 'paymentservice-charge', message: 'Transaction processed: visa ending 0454     Amount: USD52.990000000' }),
      JSON.stringify({ severity: 'info', time: Date.parse(T2.isoMs(-1.5)), pid: 1, hostname: '%POD%', name: 'paymentservice-server', message: 'PaymentService#Charge invoked with request {"amount":{"currency_code":"USD","units":"19","nanos":990000000},"credit_card":{"credit_card_number":"4432-8015-6152-0454","credit_card_cvv":672,"credit_card_expiration_year":2029,"credit_card_expiration_month":1}}' }),
      JSON.stringify({ severity: 'info', time: Date.parse(T2.isoMs(-1.49)), pid: 1, hostname: '%POD%', name: 'paymentservice-charge', message: 'Transaction processed: visa ending 0454     Amount: USD19.990000000' }),
    ],
    'checkoutservice#0/server': [
      JSON.stringify({ message: '[PlaceOrder] user_id="b2e47a19-6d3c-4f80-9e15-a8c3d7f06b24" user_currency="USD"', severity: 'info', timestamp: T2.isoMs(-6.01) }),
      JSON.stringify({ message: 'payment went through (transaction_id: 8f3d6c2a-1e7b-4a95-b0c4-5d9e2f7a1b36)', severity: 'info', timestamp: T2.isoMs(-5.98) }),
      JSON.stringify({ message: 'order confirmation email sent to "someone@example.com"', severity: 'info', timestamp: T2.isoMs(-5.9) }),
    ],
  },
};

export const scenarios = [redisOom, payImagePull];
