// Blind dev batch s137c: Online Boutique scenarios (system from scripts/s2-scenarios/online-boutique.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const envOf = (name) => base.workloads.find((w) => w.name === name).containers[0].env;
const fl = (T, min, severity, message, extra = {}) => JSON.stringify({ ...(extra.error ? { error: extra.error } : {}), 'http.req.id': extra.id ?? 'a3f1c2d4-8b7e-4f10-9c2a-5d6e7f8a9b01', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', message, session: extra.session ?? '4e1d7b2a-9c3f-4a58-b6e0-1f2d3c4b5a69', severity, timestamp: T.isoMs(min) });
const gl = (T, min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });

// ---------------------------------------------------------------------------------------------------------------
// A: cartservice REDIS_ADDR gets ",defaultDatabase=16" -> SELECT 16 refused by Redis (16 databases, 0..15).
const TA = clock('2026-03-18T14:32:00Z');
const redisErr = 'StackExchange.Redis.RedisServerException: ERR DB index is out of range';
const cartFail = (min, op, user) => [
  `${op} called with userId=${user}`,
  `fail: Grpc.AspNetCore.Server.ServerCallHandler[6]`,
  `      Error when executing service method '${op.replace('Async', '')}'.`,
  `      Grpc.Core.RpcException: Status(StatusCode="FailedPrecondition", Detail="Can't access cart storage. ${redisErr}`,
  `         at StackExchange.Redis.ConnectionMultiplexer.ExecuteSyncImpl[T](Message message, ResultProcessor\`1 processor, ServerEndPoint server, T defaultValue) in /_/src/StackExchange.Redis/ConnectionMultiplexer.cs:line 2099`,
  `         at StackExchange.Redis.RedisDatabase.HashGetAll(RedisKey key, CommandFlags flags) in /_/src/StackExchange.Redis/RedisDatabase.cs:line 451`,
  `         at Microsoft.Extensions.Caching.StackExchangeRedis.RedisCache.GetAndRefreshAsync(String key, Boolean getData, CancellationToken token)`,
  `         at cartservice.cartstore.RedisCartStore.${op}(String userId) in /app/cartstore/RedisCartStore.cs:line 118")`,
  `         at cartservice.cartstore.RedisCartStore.${op}(String userId) in /app/cartstore/RedisCartStore.cs:line 124`,
  `         at cartservice.services.CartService.${op.replace('Async', '')}(${op.startsWith('Get') ? 'GetCartRequest' : 'AddItemRequest'} request, ServerCallContext context) in /app/services/CartService.cs:line 40`,
];
const users = ['3f2b9a1c-77d4-4e0a-b1c5-0a9e8d7c6b5a', 'b81c0e4d-2a3f-4c96-8e71-5d4f3a2b1c0e', '6d7e8f90-1a2b-4c3d-9e4f-5a6b7c8d9e0f'];
const cartLogs = (shift) => [
  'info: Microsoft.Hosting.Lifetime[14]',
  '      Now listening on: http://0.0.0.0:7070',
  'info: Microsoft.Hosting.Lifetime[0]',
  '      Application started. Press Ctrl+C to shut down.',
  'info: Microsoft.Hosting.Lifetime[0]',
  '      Hosting environment: Production',
  'info: Microsoft.Hosting.Lifetime[0]',
  '      Content root path: /app',
  'Checking CartService Health',
  ...cartFail(-20, 'GetCartAsync', users[shift % 3]),
  'Checking CartService Health',
  ...cartFail(-17, 'AddItemAsync', users[(shift + 1) % 3]),
  'Checking CartService Health',
  ...cartFail(-11, 'GetCartAsync', users[(shift + 2) % 3]),
  'Checking CartService Health',
  ...cartFail(-4, 'GetCartAsync', users[shift % 3]),
  'Checking CartService Health',
];
const frontA = (k) => {
  const out = [];
  for (let m = -40; m < -22; m += 4) out.push(fl(TA, m + k * 0.7, 'info', 'request complete', { path: '/product/OLJCESPC7Z', id: `0c1d2e3f-${k}${String(-m).padStart(3, '0')}-4a5b-8c6d-7e8f9a0b1c2d` }));
  for (let m = -21; m < -0.5; m += 2.5) {
    const rid = `9e8d7c6b-${k}${String(Math.round(-m * 10)).padStart(3, '0')}-4f3e-a2d1-0c9b8a7f6e5d`;
    if (Math.round(m) % 3 === 0) out.push(fl(TA, m + k * 0.4, 'error', 'request error', { path: '/cart/checkout', method: 'POST', id: rid, error: `failed to complete the order: rpc error: code = Internal desc = cart failure: failed to get user cart during checkout: rpc error: code = FailedPrecondition desc = Can't access cart storage. ${redisErr}` }));
    else out.push(fl(TA, m + k * 0.4, 'error', 'request error', { path: '/', id: rid, error: `could not retrieve cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. ${redisErr}` }));
    out.push(fl(TA, m + k * 0.4 + 0.3, 'info', 'request complete', { path: '/product/66VCHSJNUP', id: rid.replace('9e8d', '1a2b') }));
  }
  return out;
};
const cartOldEnv = envOf('cartservice');
const cartNewEnv = cartOldEnv.map((e) => (e.name === 'REDIS_ADDR' ? { name: 'REDIS_ADDR', value: 'redis-cart:6379,defaultDatabase=16' } : e));

const scenarioA = {
  folder: 's137c-cart-redis-defaultdatabase-out-of-range',
  incidentTime: '2026-03-18T14:32:00Z',
  description: 'boutique checkout broken since ~14:10, frontend 500s on cart + place order. cart svc pods all green, redis looks fine?',
  expected: { component: 'cartservice', cause: 'config-error' },
  alsoAcceptable: [{ component: 'cartservice', cause: 'bad-deploy-rollout' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression', 'decoy', 'partial-name'],
  grounding: `
    Upstream cartservice (src/cartservice, .NET) passes REDIS_ADDR verbatim as the StackExchange.Redis configuration string of
    AddStackExchangeRedisCache, so any option of that string is honoured; the manifest sets REDIS_ADDR=redis-cart:6379.
    Here a change at 14:10 (new ReplicaSet; old ReplicaSet keeps REDIS_ADDR=redis-cart:6379) appended ",defaultDatabase=16" (meant
    to separate a staging cart store); redis:alpine runs with the default "databases 16" (indexes 0-15), so every SELECT 16 is answered
    "ERR DB index is out of range" and every cart read/write fails with FailedPrecondition "Can't access cart storage", which the
    frontend and checkoutservice report as 500s. The health check of cartservice does not touch Redis, so both pods stay Ready, and
    redis-cart itself is healthy (it logs nothing for a refused SELECT). Decoys: redis-cart was OOM-killed three days ago and recovered;
    productcatalogservice rolled out two days ago and is healthy. Deviation: the defaultDatabase value is invented; the stack frames
    follow StackExchange.Redis 2.x and the line numbers are illustrative.`,
  workloads: {
    cartservice: {
      containers: { server: { env: cartNewEnv } },
      rollout: { at: -22, oldContainers: { server: { env: cartOldEnv } } },
    },
    'redis-cart': {
      pods: [{ containers: { redis: cs.restartedRunning({ restarts: 1, startedAt: TA.iso(-60 * 24 * 3 + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: TA.iso(-60 * 24 * 9), finishedAt: TA.iso(-60 * 24 * 3) } }) } }],
    },
    productcatalogservice: { rollout: { at: -60 * 24 * 2, revision: 6, oldContainers: { server: { image: `${REG}/productcatalogservice:v0.10.5` } } } },
  },
  events: [
    { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cartservice-%NEW% to 1', first: -22 },
    { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cartservice-%OLD% to 1 from 2', first: -21.5 },
    { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cartservice-%NEW% to 2 from 1', first: -21.5 },
    { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cartservice-%OLD% to 0 from 1', first: -21 },
    { on: 'pod:cartservice#0', reason: 'Pulled', message: `Container image "${REG}/cartservice:v0.10.6" already present on machine`, first: -21.9, fieldPath: 'spec.containers{server}' },
    { on: 'pod:cartservice#0', reason: 'Started', message: 'Started container server', first: -21.8, fieldPath: 'spec.containers{server}' },
    { on: 'pod:cartservice#1', reason: 'Started', message: 'Started container server', first: -21.3, fieldPath: 'spec.containers{server}' },
    { on: 'pod:cartservice#1', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: timeout: failed to connect service ":7070" within 1s', first: -21.2, fieldPath: 'spec.containers{server}' },
  ],
  logs: {
    'cartservice#0/server': cartLogs(0),
    'cartservice#1/server': cartLogs(1),
    'frontend#0/server': frontA(0),
    'frontend#1/server': frontA(1),
    'checkoutservice#0/server': [
      gl(TA, -30, 'info', '[PlaceOrder] user_id="6d7e8f90-1a2b-4c3d-9e4f-5a6b7c8d9e0f" user_currency="USD"'),
      gl(TA, -30, 'info', 'payment went through (transaction_id: 3c1f9a2e-5b7d-4e80-91a4-6f2c8d0e7b13)'),
      gl(TA, -30, 'info', 'order confirmation email sent to "someone@example.com"'),
      gl(TA, -18, 'info', '[PlaceOrder] user_id="3f2b9a1c-77d4-4e0a-b1c5-0a9e8d7c6b5a" user_currency="EUR"'),
      gl(TA, -9, 'info', '[PlaceOrder] user_id="b81c0e4d-2a3f-4c96-8e71-5d4f3a2b1c0e" user_currency="USD"'),
      gl(TA, -3, 'info', '[PlaceOrder] user_id="6d7e8f90-1a2b-4c3d-9e4f-5a6b7c8d9e0f" user_currency="USD"'),
    ],
    'redis-cart#0/redis': [
      '1:C 15 Mar 2026 14:32:14.061 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo',
      '1:C 15 Mar 2026 14:32:14.061 * Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started',
      '1:C 15 Mar 2026 14:32:14.061 # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf',
      '1:M 15 Mar 2026 14:32:14.062 * monotonic clock: POSIX clock_gettime',
      '1:M 15 Mar 2026 14:32:14.063 * Running mode=standalone, port=6379.',
      '1:M 15 Mar 2026 14:32:14.063 * Server initialized',
      '1:M 15 Mar 2026 14:32:14.063 * Ready to accept connections tcp',
      '1:M 18 Mar 2026 13:32:15.004 * 100 changes in 300 seconds. Saving...',
      '1:M 18 Mar 2026 13:32:15.005 * Background saving started by pid 4127',
      '4127:C 18 Mar 2026 13:32:15.011 * DB saved on disk',
      '1:M 18 Mar 2026 13:32:15.105 * Background saving terminated with success',
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// E: adservice release adds a nodeSelector for a node pool deleted last week -> new pod Pending, rollout stuck.
const TE = clock('2026-03-20T09:47:00Z');
const fs = '0/3 nodes are available: 3 node(s) didn\'t match Pod\'s node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.';
const scenarioE = {
  folder: 's137c-adservice-nodepool-selector-pending',
  incidentTime: '2026-03-20T09:47:00Z',
  description: 'adservce deploy stuck since 9:20ish, argo shows Progressing forever and the pipeline timed out. ads still showing on the site i think',
  expected: { component: 'adservice', cause: 'unschedulable' },
  alsoAcceptable: [{ component: 'adservice', cause: 'bad-deploy-rollout' }],
  difficulty: 'medium',
  traits: ['typo', 'time-expression', 'rollout-regression', 'decoy'],
  grounding: `
    The upstream adservice Deployment has no nodeSelector. Following GKE's documented practice of pinning JVM services to a dedicated
    node pool, a release at 09:23 (v0.10.6 -> v0.10.7-rc1 here; the image tag is invented) added
    nodeSelector cloud.google.com/gke-nodepool=jvm-pool, but that pool was deleted in last week's cost clean-up; the cluster only has
    default-pool nodes. The new pod stays Pending with the scheduler's "didn't match Pod's node affinity/selector" message and the
    cluster autoscaler's NotTriggerScaleUp, while the old ReplicaSet's pod (maxUnavailable 25% of 1 rounds to 0) keeps serving ads,
    so users see nothing. Decoy: recommendationservice was OOM-killed three days ago and recovered; the frontend logs only
    normal traffic.`,
  workloads: {
    adservice: {
      patch: { nodeSelector: { 'cloud.google.com/gke-nodepool': 'jvm-pool' } },
      containers: { server: { image: `${REG}/adservice:v0.10.7-rc1` } },
      rollout: { at: -24, oldReplicas: 1, oldPatch: { nodeSelector: undefined }, oldContainers: { server: { image: `${REG}/adservice:v0.10.6` } } },
      pods: [{ unscheduled: fs }],
    },
    recommendationservice: {
      pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: TE.iso(-60 * 24 * 3 + 0.3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: TE.iso(-60 * 24 * 9), finishedAt: TE.iso(-60 * 24 * 3) } }) } }],
    },
  },
  events: [
    { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set adservice-%NEW% to 1', first: -24 },
    { on: 'pod:adservice#0', reason: 'FailedScheduling', type: 'Warning', source: 'default-scheduler', message: fs, first: -24, last: -1.5, count: 9 },
    { on: 'pod:adservice#0', reason: 'NotTriggerScaleUp', source: 'cluster-autoscaler', message: 'pod didn\'t trigger scale-up: 1 node(s) didn\'t match Pod\'s node affinity/selector', first: -23.5, last: -2, count: 45 },
  ],
  logs: {
    'adservice#old0/server': [
      JSON.stringify({ instant: { epochSecond: Math.floor(Date.parse(TE.iso(-60 * 24 * 6 + 0.5)) / 1000), nanoOfSecond: 0 }, thread: 'main', level: 'INFO', loggerName: 'hipstershop.AdService', message: 'AdService starting.', endOfBatch: false, loggerFqcn: 'org.apache.logging.log4j.spi.AbstractLogger', threadId: 1, threadPriority: 5, time: TE.isoMs(-60 * 24 * 6 + 0.5) }),
      ...[-40, -31, -22, -13, -4].map((m) => JSON.stringify({ instant: { epochSecond: Math.floor(Date.parse(TE.iso(m)) / 1000), nanoOfSecond: 120000000 }, thread: 'grpc-default-executor-3', level: 'INFO', loggerName: 'hipstershop.AdService', message: 'received ad request (context_words=[clothing, accessories])', endOfBatch: false, loggerFqcn: 'org.apache.logging.log4j.spi.AbstractLogger', threadId: 27, threadPriority: 5, time: TE.isoMs(m) })),
    ],
    'frontend#0/server': [-30, -20, -10, -2].map((m) => fl(TE, m, 'info', 'request complete', { path: '/product/1YMWWN1N4O' })),
  },
};

export const scenarios = [scenarioA, scenarioE];
