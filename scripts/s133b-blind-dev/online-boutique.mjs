import { clock, cs } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/online-boutique.mjs';

const T = clock('2026-04-09T09:48:00Z');
const rl = (min, role, lvl, msg) => { const d = new Date(Date.parse(T.isoMs(min))); const mon = d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' }); return `1:${role} ${String(d.getUTCDate()).padStart(2, '0')} ${mon} ${d.getUTCFullYear()} ${T.java(min).slice(11)} ${lvl} ${msg}`; };
const fe = (min, sev, msg, path, err) => JSON.stringify({ 'http.req.id': `6e1f${Math.abs(Math.round(min * 1000)).toString(16)}-0c2d-4b7e-9a31-5d8c2f1e7b40`, 'http.req.method': 'POST', 'http.req.path': path, ...(err ? { error: err } : {}), message: msg, session: '3d9a1b7e-44f0-4e8c-8a2d-1c6f0b9e5a27', severity: sev, timestamp: T.isoMs(min) });
const RO = "READONLY You can't write against a read only replica.";
const cartErr = (min, method) => [
  `fail: Grpc.AspNetCore.Server.ServerCallHandler[6]`,
  `      Error when executing service method '${method}'.`,
  `      Grpc.Core.RpcException: Status(StatusCode="FailedPrecondition", Detail="Can't access cart storage. StackExchange.Redis.RedisServerException: ${RO}`,
  `         at Microsoft.Extensions.Caching.StackExchangeRedis.RedisCache.SetAsync(String key, Byte[] value, DistributedCacheEntryOptions options, CancellationToken token)`,
  `         at cartservice.cartstore.RedisCartStore.${method}Async(String userId${method === 'AddItem' ? ', String productId, Int32 quantity' : ''})")`,
  `         at cartservice.cartstore.RedisCartStore.${method}Async(String userId${method === 'AddItem' ? ', String productId, Int32 quantity' : ''})`,
  `         at cartservice.services.CartService.${method}(${method}Request request, ServerCallContext context)`,
];

export const scenarios = [
  {
    folder: 's133b-redis-cart-demoted-to-replica',
    description: 'boutique: add to cart does nothing / 500 since about 9:20, place order also failing. viewing the cart still shows old items. cartservice pods look healthy??',
    incidentTime: '2026-04-09T09:48:00Z',
    expected: { component: 'redis-cart', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'redis-cart', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression', 'partial-name'],
    grounding: `Online Boutique v0.10.6 release manifests: cartservice stores carts in redis-cart (REDIS_ADDR=redis-cart:6379, redis:alpine,
      tcpSocket probes on 6379). During a Memorystore migration test a platform engineer ran "REPLICAOF 10.61.112.4 6379" against
      redis-cart from a debug pod (10.8.1.23) at 09:21. Redis turned itself into a replica of an address it cannot reach: it keeps
      serving stale reads (replica-serve-stale-data yes) but rejects every write with "READONLY You can't write against a read only
      replica.", and logs "Connecting to MASTER ... Timeout connecting to the MASTER" in a loop. The tcpSocket probes keep passing,
      so the pod stays Ready; cartservice's AddItem and EmptyCart fail with FailedPrecondition "Can't access cart storage" (the
      wrapper in cartservice's RedisCartStore), the frontend logs the failures and checkout fails at EmptyCart. The primary role
      lost is the fault (the store no longer accepts writes); config-error is also accepted since the replicaof setting is what
      Redis runs with. Log lines follow Redis 7 replication messages and StackExchange.Redis' RedisServerException. Decoy: a
      healthy currencyservice rollout 45 minutes earlier and a cartservice OOM restart three days ago. Deviation: the REPLICAOF
      command is invented for the story (the pattern is the same as the well-known SLAVEOF/REPLICAOF abuse of reachable Redis).`,
    workloads: {
      currencyservice: { rollout: { at: -45, revision: 5, oldContainers: { server: { image: 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/currencyservice:v0.10.5' } } } },
      cartservice: {
        pods: [
          { containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } },
          {},
        ],
      },
    },
    events: [
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set currencyservice-%NEW% to 1', first: -45 },
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set currencyservice-%OLD% to 0 from 1', first: -44 },
    ],
    logs: {
      'redis-cart#0/redis': [
        rl(-60 * 24 * 9, 'C', '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
        rl(-60 * 24 * 9, 'M', '*', 'Server initialized'),
        rl(-60 * 24 * 9, 'M', '*', 'Ready to accept connections tcp'),
        rl(-27.1, 'S', '*', 'Before turning into a replica, using my own master parameters to synthesize a cached master: I may be able to synchronize with the new master with just a partial transfer.'),
        rl(-27.1, 'S', '*', "Connecting to MASTER 10.61.112.4:6379"),
        rl(-27.1, 'S', '*', 'MASTER <-> REPLICA sync started'),
        rl(-27.1, 'S', '*', "REPLICAOF 10.61.112.4:6379 enabled (user request from 'id=4113 addr=10.8.1.23:51432 laddr=%PODIP%:6379 fd=11 name= age=6 idle=0 flags=N db=0 sub=0 psub=0 ssub=0 multi=-1 qbuf=0 qbuf-free=20474 argv-mem=0 multi-mem=0 rbs=1024 rbp=42 obl=0 oll=0 omem=0 tot-mem=22400 events=r cmd=replicaof user=default redir=-1 resp=2 lib-name= lib-ver=')"),
        ...Array.from({ length: 8 }, (_, i) => [
          rl(-26.1 + i * 3.1, 'S', '#', 'Timeout connecting to the MASTER...'),
          rl(-26.1 + i * 3.1, 'S', '*', 'Reconnecting to MASTER 10.61.112.4:6379 after failure'),
          rl(-26.1 + i * 3.1, 'S', '*', 'MASTER <-> REPLICA sync started'),
        ]).flat(),
      ],
      'cartservice#0/server': [
        'info: Microsoft.Hosting.Lifetime[0]', '      Now listening on: http://0.0.0.0:7070',
        ...cartErr(-26.4, 'AddItem'), ...cartErr(-19.0, 'EmptyCart'), ...cartErr(-11.2, 'AddItem'), ...cartErr(-3.5, 'AddItem'),
      ],
      'cartservice#1/server': [
        'info: Microsoft.Hosting.Lifetime[0]', '      Now listening on: http://0.0.0.0:7070',
        ...cartErr(-22.8, 'AddItem'), ...cartErr(-7.7, 'EmptyCart'),
      ],
      'frontend#0/server': [
        JSON.stringify({ 'http.req.id': '0a1b2c3d-1111-4e8c-8a2d-1c6f0b9e5a27', 'http.req.method': 'GET', 'http.req.path': '/cart', 'http.resp.bytes': 8412, 'http.resp.status': 200, 'http.resp.took_ms': 31, message: 'request complete', session: '3d9a1b7e-44f0-4e8c-8a2d-1c6f0b9e5a27', severity: 'debug', timestamp: T.isoMs(-30) }),
        fe(-26.4, 'error', 'request error', '/cart', `failed to add to cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisServerException: ${RO}`),
        fe(-19.0, 'error', 'request error', '/cart/checkout', `failed to complete the order: rpc error: code = Internal desc = failed to empty user cart during checkout: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisServerException: ${RO}`),
        fe(-11.2, 'error', 'request error', '/cart', `failed to add to cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisServerException: ${RO}`),
        fe(-3.5, 'error', 'request error', '/cart', `failed to add to cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisServerException: ${RO}`),
      ],
    },
  },
];
