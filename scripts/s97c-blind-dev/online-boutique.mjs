// Blind dev batch s97c: one Online Boutique scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// cartservice's REDIS_ADDR carries syncTimeout=5 (meant as seconds, read as milliseconds): intermittent Redis timeouts.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const I = '2026-06-11T09:25:00Z';
const T = clock(I);
const cartEnv = system.workloads.find((w) => w.name === 'cartservice').containers[0].env;
const newEnv = cartEnv.map((e) => (e.name === 'REDIS_ADDR' ? { name: 'REDIS_ADDR', value: 'redis-cart:6379,connectTimeout=5,syncTimeout=5' } : e));
const fe = (min, severity, message, extra = {}) => JSON.stringify({ ...(extra.error ? { error: extra.error } : {}), 'http.req.id': extra.id ?? '3f1c0b7e-9a2d-4e61-8c55-1b7d2e9f4a10', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.status ? { 'http.resp.status': extra.status, 'http.resp.took_ms': extra.took ?? 12 } : {}), message, session: extra.session ?? 'c7d2a9e4-51b3-4f08-a6e2-0d94b3f7c1e8', severity, timestamp: T.isoMs(min) });
const rte = (op, qs = 1) => `StackExchange.Redis.RedisTimeoutException: Timeout awaiting response (outbound=0KiB, inbound=0KiB, 5ms elapsed, timeout is 5ms), command=${op}, next: ${op} , inst: 0, qu: 0, qs: ${qs}, aw: False, bw: SpinningDown, rs: ReadAsync, ws: Idle, in: 0, in-pipe: 0, out-pipe: 0, last-in: 0, cur-in: 0, sync-ops: 0, async-ops: 214, serverEndpoint: redis-cart:6379, conn-sec: 1622.4, aoc: 1, mc: 1/1/0, mgr: 10 of 10 available, clientName: %POD%(SE.Redis-v2.6.122.38350), IOCP: (Busy=0,Free=1000,Min=1,Max=1000), WORKER: (Busy=1,Free=32766,Min=2,Max=32767), POOL: (Threads=5,QueuedItems=0,CompletedItems=5821,Timers=6), v: 2.6.122.38350 (Please take a look at this article for some common client-side issues that can cause timeouts: https://stackexchange.github.io/StackExchange.Redis/Timeouts)`;
const feErr = (min, path, what, op, id) => fe(min, 'error', 'request error', { path, id, method: path === '/cart' && what.includes('add') ? 'POST' : 'GET', error: `${what}: rpc error: code = FailedPrecondition desc = Can't access cart storage. ${rte(op)}` });

export const scenarios = [
  {
    folder: 's97c-cartservice-redis-synctimeout-ms',
    incidentTime: I,
    description: 'boutique checkout flaky since ~8:40 — some people get "could not retrieve cart", refresh works. redis-cart dashboards look totally fine',
    expected: { component: 'cartservice', cause: 'config-error' },
    alsoAcceptable: [{ component: 'cartservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Online Boutique cartservice (.NET, StackExchange.Redis through AddStackExchangeRedisCache) passes REDIS_ADDR as the
      StackExchange.Redis configuration string, so options after the endpoint are honoured. Fault: a kustomize overlay
      meant to "give Redis 5 seconds" rolled cartservice at 08:37 with REDIS_ADDR=redis-cart:6379,connectTimeout=5,syncTimeout=5;
      StackExchange.Redis reads both in milliseconds (asyncTimeout defaults to syncTimeout), so a share of HGET/HMGET calls
      that take a few ms under load fail with RedisTimeoutException (the real message shape, timeout is 5ms), cartservice
      wraps it as FailedPrecondition "Can't access cart storage." and frontend logs request errors on /cart and checkout.
      Nothing rejects the value at start; both cartservice replicas stay Ready (the gRPC health check does not touch Redis).
      Decoys: redis-cart restarted once four days ago (OOMKilled at its 256Mi limit, healthy since, tcp probes pass);
      frontend and checkoutservice are the loud ones. Deviation from upstream: REDIS_ADDR is redis-cart:6379 upstream.
      The old and new cartservice ReplicaSets differ only in REDIS_ADDR.`,
    workloads: {
      cartservice: {
        rollout: { at: -48, oldContainers: { server: { env: cartEnv } } },
        containers: { server: { env: newEnv } },
      },
      'redis-cart': {
        pods: [{ containers: { redis: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 24 * 4 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cartservice-%NEW% to 1', first: -48 },
      { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cartservice-%OLD% to 1 from 2', first: -47.4 },
      { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cartservice-%NEW% to 2 from 1', first: -47.4 },
      { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cartservice-%OLD% to 0 from 1', first: -46.9 },
      { on: 'pod:cartservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -47.9 },
      { on: 'pod:cartservice#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -47.6 },
      { on: 'pod:cartservice#1', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -47.4 },
      { on: 'pod:cartservice#1', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -47.1 },
    ],
    logs: {
      'cartservice#0/server': [
        'Reading host address from REDIS_ADDR environment variable',
        'Redis cache host(hostname+port) was set to redis-cart:6379,connectTimeout=5,syncTimeout=5',
        "info: Microsoft.Hosting.Lifetime[14]\n      Now listening on: http://0.0.0.0:7070",
        'info: Microsoft.Hosting.Lifetime[0]\n      Application started. Press Ctrl+C to shut down.',
        'info: Microsoft.Hosting.Lifetime[0]\n      Hosting environment: Production',
        'GetCartAsync called with userId=c7d2a9e4-51b3-4f08-a6e2-0d94b3f7c1e8',
        'AddItemAsync called with userId=c7d2a9e4-51b3-4f08-a6e2-0d94b3f7c1e8, productId=OLJCESPC7Z, quantity=1',
        'GetCartAsync called with userId=0b31e6c2-7d4a-4a9f-95e0-3c8e1f62d7a5',
        `${rte('HMGET')}\n   at cartservice.cartstore.RedisCartStore.GetCartAsync(String userId) in /app/cartstore/RedisCartStore.cs:line 105`,
        'GetCartAsync called with userId=9e0f2c61-3a7b-4d15-b8c4-6f1d0a9e2b73',
        'EmptyCartAsync called with userId=9e0f2c61-3a7b-4d15-b8c4-6f1d0a9e2b73',
        'GetCartAsync called with userId=4a6d8e0f-2b1c-4e39-a7d5-8c0f3e61b924',
        `${rte('HMGET', 2)}\n   at cartservice.cartstore.RedisCartStore.GetCartAsync(String userId) in /app/cartstore/RedisCartStore.cs:line 105`,
      ],
      'cartservice#1/server': [
        'Reading host address from REDIS_ADDR environment variable',
        'Redis cache host(hostname+port) was set to redis-cart:6379,connectTimeout=5,syncTimeout=5',
        "info: Microsoft.Hosting.Lifetime[14]\n      Now listening on: http://0.0.0.0:7070",
        'info: Microsoft.Hosting.Lifetime[0]\n      Application started. Press Ctrl+C to shut down.',
        'AddItemAsync called with userId=5d2e7b90-6c14-4f3a-9e81-a0b7c3d5e216, productId=66VCHSJNUP, quantity=2',
        `${rte('HGET')}\n   at cartservice.cartstore.RedisCartStore.AddItemAsync(String userId, String productId, Int32 quantity) in /app/cartstore/RedisCartStore.cs:line 66`,
        'GetCartAsync called with userId=5d2e7b90-6c14-4f3a-9e81-a0b7c3d5e216',
      ],
      'redis-cart#0/redis': [
        `1:M ${T.go(-60 * 24 * 4).replaceAll('/', ' ').replace(/^(\d+) (\d+) (\d+) /, (_, y, m, d) => `${d} ${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(m) - 1]} ${y} `)}.114 * Ready to accept connections tcp`,
        '1:M 11 Jun 2026 08:12:03.021 * 100 changes in 300 seconds. Saving...',
        '1:M 11 Jun 2026 08:12:03.022 * Background saving started by pid 412',
        '412:C 11 Jun 2026 08:12:03.031 * DB saved on disk',
        '1:M 11 Jun 2026 08:12:03.123 * Background saving terminated with success',
        '1:M 11 Jun 2026 09:02:14.502 * 100 changes in 300 seconds. Saving...',
        '1:M 11 Jun 2026 09:02:14.503 * Background saving started by pid 433',
        '433:C 11 Jun 2026 09:02:14.512 * DB saved on disk',
        '1:M 11 Jun 2026 09:02:14.604 * Background saving terminated with success',
      ],
      'frontend#0/server': [
        fe(-44, 'debug', 'request started', { path: '/product/OLJCESPC7Z' }),
        fe(-44, 'debug', 'request complete', { path: '/product/OLJCESPC7Z', status: 200, took: 41 }),
        feErr(-31.2, '/cart', 'could not retrieve cart', 'HMGET', '8b1e4c2a-7f30-4d69-a5e2-1c9d0b7e3f46'),
        fe(-22, 'debug', 'request complete', { path: '/cart', status: 200, took: 18, id: 'a2d9c5e1-0b47-4c83-9f16-7e3a1d8b5c02' }),
        feErr(-9.6, '/cart/checkout', 'failed to complete the order: rpc error: code = Internal desc = failed to prepare order: failed to get user cart during checkout', 'HMGET', 'f0c3b7a9-2e15-4d68-8a41-5b9e0c7d3f21'),
        feErr(-2.1, '/cart', 'could not retrieve cart', 'HMGET', '6e4a1f8c-3d92-4b07-b5c6-0a7e2d9f1b38'),
      ],
      'checkoutservice#0/server': [
        `{"message":"[PlaceOrder] user_id=\\"9e0f2c61-3a7b-4d15-b8c4-6f1d0a9e2b73\\" user_currency=\\"USD\\"","severity":"info","timestamp":"${T.isoMs(-20)}"}`,
        `{"message":"payment went through (transaction_id: 2f1b8a4e-6c3d-4e97-a0b5-d81c7e93f624)","severity":"info","timestamp":"${T.isoMs(-20)}"}`,
        `{"message":"order confirmation email sent to \\"someone@example.com\\"","severity":"info","timestamp":"${T.isoMs(-19.9)}"}`,
        `{"message":"[PlaceOrder] user_id=\\"4a6d8e0f-2b1c-4e39-a7d5-8c0f3e61b924\\" user_currency=\\"EUR\\"","severity":"info","timestamp":"${T.isoMs(-9.6)}"}`,
      ],
    },
  },
];
