// Blind dev batch s91b: Online Boutique scenario (spec for scripts/s2-scenario-kit.mjs).
// cartservice (.NET) hung by thread-pool starvation (sync-over-async); redis-cart healthy; frontend and checkout loud.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };
const T = clock('2026-05-28T19:12:00Z');
const to = (ms, busy) =>
  `StackExchange.Redis.RedisTimeoutException: Timeout performing HGETALL (5000ms), next: HGETALL 7d3c1a9e-55b2-4f10-9c8e-0b2f6a4d1e73, inst: 0, qu: 0, qs: 0, aw: False, bw: Inactive, rs: ReadAsync, ws: Idle, in: 0, in-pipe: 0, out-pipe: 0, last-in: 11, cur-in: 0, sync-ops: 18342, async-ops: 2, serverEndpoint: redis-cart:6379, conn-sec: 33021.4, aoc: 0, mc: 1/1/0, mgr: 10 of 10 available, clientName: %POD%(SE.Redis-v2.6.122.38350), IOCP: (Busy=0,Free=1000,Min=2,Max=1000), WORKER: (Busy=${busy},Free=${32767 - busy},Min=2,Max=32767), POOL: (Threads=${busy + 4},QueuedItems=${busy * 3},CompletedItems=2811903,Timers=9), v: 2.6.122.38350 (Please take a look at this article for some common client-side issues that can cause timeouts: https://stackexchange.github.io/StackExchange.Redis/Timeouts)`;
const cartLog = [
  'info: Microsoft.Hosting.Lifetime[14]',
  '      Now listening on: http://0.0.0.0:7070',
  'info: Microsoft.Hosting.Lifetime[0]',
  '      Application started. Press Ctrl+C to shut down.',
  'Connecting to Redis: redis-cart:6379,ssl=false,allowAdmin=true,abortConnect=false',
  'Successfully connected to Redis',
  'GetCartAsync called with userId=2f5c9b1e-0a64-4c3e-8f7d-91b2c6e4a058',
  'GetCartAsync called with userId=7d3c1a9e-55b2-4f10-9c8e-0b2f6a4d1e73',
  'warn: Microsoft.AspNetCore.Server.Kestrel[22]',
  '      As of "05/28/2026 18:47:31 +00:00", the heartbeat has been running for "00:00:01.4471402" which is longer than "00:00:01". This could be caused by thread pool starvation.',
  `fail: Grpc.AspNetCore.Server.ServerCallHandler[6]`,
  `      Error when executing service method 'GetCart'.`,
  `      Grpc.Core.RpcException: Status(StatusCode="FailedPrecondition", Detail="Can't access cart storage. ${to(5000, 61)}")`,
  'warn: Microsoft.AspNetCore.Server.Kestrel[22]',
  '      As of "05/28/2026 18:58:02 +00:00", the heartbeat has been running for "00:00:03.9182215" which is longer than "00:00:01". This could be caused by thread pool starvation.',
  `fail: Grpc.AspNetCore.Server.ServerCallHandler[6]`,
  `      Error when executing service method 'AddItem'.`,
  `      Grpc.Core.RpcException: Status(StatusCode="FailedPrecondition", Detail="Can't access cart storage. ${to(5000, 143)}")`,
  'warn: Microsoft.AspNetCore.Server.Kestrel[22]',
  '      As of "05/28/2026 19:09:40 +00:00", the heartbeat has been running for "00:00:07.2290347" which is longer than "00:00:01". This could be caused by thread pool starvation.',
];
const redisLog = [
  '1:C 21 May 2026 06:12:40.118 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo',
  '1:C 21 May 2026 06:12:40.118 * Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started',
  '1:M 21 May 2026 06:12:40.120 * Server initialized',
  '1:M 21 May 2026 06:12:40.120 * Ready to accept connections tcp',
  '1:M 28 May 2026 18:37:11.402 * 100 changes in 300 seconds. Saving...',
  '1:M 28 May 2026 18:37:11.403 * Background saving started by pid 2214',
  '1:M 28 May 2026 18:37:11.421 * Background saving terminated with success',
];
const fe = (min, sev, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? 'a3b0e2f4-71c5-4d0e-9b61-3c8f2d7a1e50', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/cart', message, session: extra.session ?? '7d3c1a9e-55b2-4f10-9c8e-0b2f6a4d1e73', severity: sev, timestamp: T.isoMs(min), ...(extra.error ? { error: extra.error } : {}) });
const frontLog = [
  fe(-40, 'debug', 'request complete', { path: '/', id: '0c1f3e57-2a4b-4d9e-8f60-7b3a1c5e9d24' }),
  fe(-24, 'error', 'request error', { error: 'could not retrieve cart: rpc error: code = FailedPrecondition desc = Can\'t access cart storage. StackExchange.Redis.RedisTimeoutException: Timeout performing HGETALL (5000ms)' }),
  fe(-13, 'error', 'request error', { path: '/cart', method: 'POST', id: '5e9a2c71-0d3f-4b8e-a6c4-19f0b7d3e2a8', error: 'failed to add to cart: rpc error: code = DeadlineExceeded desc = context deadline exceeded' }),
  fe(-6, 'error', 'request error', { path: '/product/OLJCESPC7Z', id: '9b4d7e12-6c0a-4f3b-8e59-2d1a7c6f0b43', error: 'could not retrieve cart: rpc error: code = Unavailable desc = error reading from server: EOF' }),
  fe(-3, 'debug', 'request complete', { path: '/product/66VCHSJNUP', id: '3f8c1a60-4e7b-42d9-b05e-8a2c6d1f9e37' }),
];
const coLog = [
  `{"message":"[PlaceOrder] user_id=\\"2f5c9b1e-0a64-4c3e-8f7d-91b2c6e4a058\\" user_currency=\\"EUR\\"","severity":"info","timestamp":"${T.isoMs(-30)}"}`,
  `{"message":"failed to prepare order: cart failure: failed to get user cart during checkout: rpc error: code = DeadlineExceeded desc = context deadline exceeded","severity":"warning","timestamp":"${T.isoMs(-9)}"}`,
];
const unhealthy = (i, first, last, count) => ({ on: `pod:cartservice#${i}`, reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: timeout: failed to connect service ":7070" within 1s: context deadline exceeded', first, last, count });

export const scenarios = [
  {
    folder: 's91b-cartservice-threadpool-starvation',
    description: 'boutique cart pages timing out for the last half hour?? redis looks fine to me. checkout also failing for some',
    incidentTime: '2026-05-28T19:12:00Z',
    expected: { component: 'cartservice', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'cartservice', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'cpu-starvation', 'time-expression', 'decoy'],
    workloads: {},
    events: [unhealthy(0, -22, -4, 7), unhealthy(1, -19, -2, 5)],
    logs: {
      'cartservice#0/server': cartLog,
      'cartservice#1/server': cartLog,
      'redis-cart#0/redis': redisLog,
      'frontend#0/server': frontLog,
      'checkoutservice#0/server': coLog,
    },
    grounding: `
      Online Boutique v0.10.6 manifest (34ffea9): cartservice (.NET, StackExchange.Redis, 2 replicas, gRPC probes with a
      1 s timeout) is the only client of redis-cart; frontend and checkoutservice call it over gRPC. Fault shape from the
      StackExchange.Redis "Timeouts" documentation and .NET thread-pool starvation reports: sync-over-async calls
      (.Result on HashGetAll) park worker threads faster than the pool injects them, so the Redis replies sit unread and
      the client reports "Timeout performing HGETALL" with WORKER Busy far above Min, and Kestrel warns that its heartbeat
      "could be caused by thread pool starvation". Redis itself is idle and healthy. Probes time out now and then
      (Unhealthy events) but the pods stay Ready and never restart; frontend and checkout are the loud ones and the
      timeout text names redis-cart (decoy). Deviations: the code path with blocking calls is a hypothetical patch of the
      cart store, not upstream.
    `,
  },
];
