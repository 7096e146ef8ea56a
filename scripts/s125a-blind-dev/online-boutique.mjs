// Batch s125a (blind dev): Online Boutique scenarios; system from scripts/s2-scenarios/online-boutique.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };
export const scenarios = [];

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const fe = (T, min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? '4e1c2a90-7d3b-4f11-8a6e-0b9d5c3e2f71', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/cart', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? 'a3f9c2d1-55e7-4b0c-9e18-7c2d4b6a1f90', severity, timestamp: T.isoMs(min) });
const co = (T, min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });

// 1. cartservice .NET thread-pool starvation; SE.Redis timeouts blame redis-cart, which is healthy.
{
  const incidentTime = '2026-12-02T13:48:00Z';
  const T = clock(incidentTime);
  const se = (op, key, busy, queued, inst) => `      StackExchange.Redis.RedisTimeoutException: Timeout performing ${op} (5000ms), next: ${op} ${key}, inst: ${inst}, qu: 0, qs: 37, aw: False, bw: SpinningDown, rs: ReadAsync, ws: Idle, in: 0, in-pipe: 0, out-pipe: 0, last-in: 2, cur-in: 0, sync-ops: 0, async-ops: 184220, serverEndpoint: redis-cart:6379, conn-sec: 84211.2, aoc: 1, mc: 1/1/0, mgr: 10 of 10 available, clientName: %POD%(SE.Redis-v2.6.122.38350), IOCP: (Busy=0,Free=1000,Min=1,Max=1000), WORKER: (Busy=${busy},Free=${32767 - busy},Min=2,Max=32767), POOL: (Threads=${busy + 3},QueuedItems=${queued},CompletedItems=2218840,Timers=412), v: 2.6.122.38350 (Please take a look at this article for some common client-side issues that can cause timeouts: https://stackexchange.github.io/StackExchange.Redis/Timeouts)`;
  const cartLog = (off) => [
    `info: Microsoft.Hosting.Lifetime[14]`,
    `      Now listening on: http://0.0.0.0:7070`,
    `info: cartservice.cartstore.RedisCartStore[0]`,
    `      Successfully connected to Redis`,
    `warn: Microsoft.AspNetCore.Server.Kestrel[22]`,
    `      As of "${T.isoMs(-23 + off).replace('Z', '0000Z')}", the heartbeat has been running for "00:00:01.4183302" which is longer than "00:00:01". This could be caused by thread pool starvation.`,
    `fail: Grpc.AspNetCore.Server.ServerCallHandler[6]`,
    `      Error when executing service method 'GetCart'.`,
    se('HGET', 'a3f9c2d1-55e7-4b0c-9e18-7c2d4b6a1f90', 174, 912, 9),
    `         at cartservice.cartstore.RedisCartStore.GetCartAsync(String userId) in /app/src/cartstore/RedisCartStore.cs:line 146`,
    `warn: Microsoft.AspNetCore.Server.Kestrel[22]`,
    `      As of "${T.isoMs(-12 + off).replace('Z', '0000Z')}", the heartbeat has been running for "00:00:03.0921774" which is longer than "00:00:01". This could be caused by thread pool starvation.`,
    `fail: Grpc.AspNetCore.Server.ServerCallHandler[6]`,
    `      Error when executing service method 'AddItem'.`,
    se('HSET', '0e7b4a92-61d3-4d0f-9c55-7a8e1f2b3c64', 231, 1874, 12),
    `         at cartservice.cartstore.RedisCartStore.AddItemAsync(String userId, String productId, Int32 quantity) in /app/src/cartstore/RedisCartStore.cs:line 109`,
    `warn: Microsoft.AspNetCore.Server.Kestrel[22]`,
    `      As of "${T.isoMs(-3 + off).replace('Z', '0000Z')}", the heartbeat has been running for "00:00:05.7719012" which is longer than "00:00:01". This could be caused by thread pool starvation.`,
    `fail: Grpc.AspNetCore.Server.ServerCallHandler[6]`,
    `      Error when executing service method 'GetCart'.`,
    se('HGET', '5d3c1e0a-8b7f-4a49-9a0e-2c6f3d8e4b71', 262, 2410, 14),
  ];
  scenarios.push({
    folder: 's125a-cartservice-threadpool-starvation', incidentTime,
    description: 'cart + checkout v slow / erroring since about 13:25, cartsvc logs full of "Timeout performing HGET" - is redis-cart ok?? storefront team',
    expected: { component: 'cartservice', cause: 'resource-exhaustion' },
    difficulty: 'hard', traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression', 'partial-name', 'team-name'],
    grounding: `release/kubernetes-manifests.yaml (v0.10.6): cartservice (.NET, limits cpu 300m / memory 128Mi, REDIS_ADDR=redis-cart:6379), redis-cart
      (redis:alpine). The fault follows the StackExchange.Redis "Timeouts" documentation: a RedisTimeoutException whose WORKER Busy count is far
      above Min and whose POOL QueuedItems grows is client-side .NET thread-pool starvation, not a slow server; Kestrel's own
      "heartbeat ... could be caused by thread pool starvation" warning confirms it. redis-cart answers normally (its log shows routine saves).
      Deviations from upstream: the promotion traffic and a sync-over-async code path that blocks worker threads are invented; the redis-cart
      OOMKilled restart three days ago and the healthy adservice rollout at 13:02 are decoys.`,
    workloads: {
      'redis-cart': {
        pods: [{ containers: { redis: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
      adservice: {
        rollout: { at: -46, revision: 6, oldReplicas: 0, oldContainers: { server: { image: `${REG}/adservice:v0.10.5` } } },
      },
    },
    events: [
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set adservice-%NEW% to 1', first: -46, last: -46 },
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set adservice-%OLD% to 0 from 1', first: -45, last: -45 },
      { on: 'pod:cartservice#0', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":7070" within 1s', type: 'Warning', fieldPath: 'spec.containers{server}', first: -19, last: -4, count: 5 },
      { on: 'pod:cartservice#1', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":7070" within 1s', type: 'Warning', fieldPath: 'spec.containers{server}', first: -15, last: -7, count: 3 },
    ],
    logs: {
      'cartservice#0/server': cartLog(0),
      'cartservice#1/server': cartLog(1),
      'redis-cart#0/redis': [
        `1:M 02 Dec 2026 13:21:40.118 * 100 changes in 300 seconds. Saving...`,
        `1:M 02 Dec 2026 13:21:40.120 * Background saving started by pid 5311`,
        `5311:C 02 Dec 2026 13:21:40.171 * DB saved on disk`,
        `1:M 02 Dec 2026 13:21:40.221 * Background saving terminated with success`,
        `1:M 02 Dec 2026 13:36:41.004 * 100 changes in 300 seconds. Saving...`,
        `1:M 02 Dec 2026 13:36:41.006 * Background saving started by pid 5402`,
        `5402:C 02 Dec 2026 13:36:41.052 * DB saved on disk`,
        `1:M 02 Dec 2026 13:36:41.107 * Background saving terminated with success`,
      ],
      'frontend#0/server': [
        fe(T, -30, 'debug', 'request complete', { path: '/product/OLJCESPC7Z' }),
        fe(T, -21, 'error', 'request error', { error: 'could not retrieve cart: rpc error: code = Unknown desc = Exception was thrown by handler. RedisTimeoutException: Timeout performing HGET (5000ms), next: HGET a3f9c2d1-55e7-4b0c-9e18-7c2d4b6a1f90' }),
        fe(T, -14, 'error', 'request error', { path: '/cart', method: 'POST', error: 'failed to add to cart: rpc error: code = DeadlineExceeded desc = context deadline exceeded' }),
        fe(T, -9, 'debug', 'request complete', { path: '/product/9SIQT8TOJO' }),
        fe(T, -6, 'error', 'request error', { path: '/cart/checkout', method: 'POST', error: 'failed to complete the order: rpc error: code = Internal desc = cart failure: failed to get user cart during checkout: rpc error: code = DeadlineExceeded desc = context deadline exceeded' }),
        fe(T, -2, 'error', 'request error', { error: 'could not retrieve cart: rpc error: code = DeadlineExceeded desc = context deadline exceeded' }),
      ],
      'frontend#1/server': [
        fe(T, -18, 'error', 'request error', { error: 'could not retrieve cart: rpc error: code = DeadlineExceeded desc = context deadline exceeded', session: '7c11e0b2-2b8d-4a5e-b3f0-91d6c4a2e8f7' }),
        fe(T, -5, 'debug', 'request complete', { path: '/', session: '7c11e0b2-2b8d-4a5e-b3f0-91d6c4a2e8f7' }),
        fe(T, -3, 'error', 'request error', { path: '/cart/checkout', method: 'POST', error: 'failed to complete the order: rpc error: code = Internal desc = cart failure: failed to get user cart during checkout: rpc error: code = Unknown desc = Exception was thrown by handler. RedisTimeoutException: Timeout performing HGET (5000ms)', session: '7c11e0b2-2b8d-4a5e-b3f0-91d6c4a2e8f7' }),
      ],
      'checkoutservice#0/server': [
        co(T, -20, 'info', '[PlaceOrder] user_id="a3f9c2d1-55e7-4b0c-9e18-7c2d4b6a1f90" user_currency="EUR"'),
        co(T, -6, 'info', '[PlaceOrder] user_id="a3f9c2d1-55e7-4b0c-9e18-7c2d4b6a1f90" user_currency="USD"'),
        co(T, -3, 'info', '[PlaceOrder] user_id="7c11e0b2-2b8d-4a5e-b3f0-91d6c4a2e8f7" user_currency="USD"'),
      ],
      'adservice#0/server': [
        `{"instant":{"epochSecond":${Math.floor(Date.parse(T.iso(-45)) / 1000)},"nanoOfSecond":212000000},"thread":"main","level":"INFO","loggerName":"hipstershop.AdService","message":"Ad Service started, listening on 9555","endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","threadId":1,"threadPriority":5,"logging.googleapis.com/trace":"","logging.googleapis.com/spanId":"","logging.googleapis.com/traceSampled":"false","time":"${T.isoMs(-45)}"}`,
        `{"instant":{"epochSecond":${Math.floor(Date.parse(T.iso(-8)) / 1000)},"nanoOfSecond":4000000},"thread":"grpc-default-executor-3","level":"INFO","loggerName":"hipstershop.AdService","message":"received ad request (context_words=[kitchen])","endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","threadId":24,"threadPriority":5,"logging.googleapis.com/trace":"","logging.googleapis.com/spanId":"","logging.googleapis.com/traceSampled":"false","time":"${T.isoMs(-8)}"}`,
      ],
    },
  });
}
