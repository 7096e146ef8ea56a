// Blind dev batch s91c: Online Boutique scenario (spec for scripts/s2-scenario-kit.mjs, built by scripts/s91c-build.mjs).
// redis-cart cannot load a truncated dump.rdb after its node rebooted; cartservice is the loud one.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };
const IT = '2026-09-22T07:54:00Z';
const T = clock(IT);
const rlog = (min, lvl, msg, role = 'M') => { const d = new Date(Date.parse(IT) + min * 60000); const M = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()]; return `1:${role} ${String(d.getUTCDate()).padStart(2, '0')} ${M} ${d.getUTCFullYear()} ${d.toISOString().slice(11, 23)} ${lvl} ${msg}`; };
const redisStart = (min) => [
  rlog(min, '#', 'WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition.', 'C'),
  rlog(min, '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo', 'C'),
  rlog(min, '*', 'Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started', 'C'),
  rlog(min, '#', 'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf', 'C'),
  rlog(min, '*', 'monotonic clock: POSIX clock_gettime'),
  rlog(min, '*', 'Running mode=standalone, port=6379.'),
  rlog(min, '*', 'Server initialized'),
  rlog(min, '*', 'Loading RDB produced by version 7.4.1'),
  rlog(min, '*', 'RDB age 1093 seconds'),
  rlog(min, '*', 'RDB memory usage when created 3.82 Mb'),
  rlog(min, '#', 'Short read or OOM loading DB. Unrecoverable error, aborting now.'),
  rlog(min, '#', 'Internal error in RDB reading offset 0, function at rdb.c:3421 -> Unexpected EOF reading RDB file'),
];
const dotnet = (min) => [
  `fail: cartservice.cartstore.RedisCartStore[0]`,
  `      Can't access cart storage. StackExchange.Redis.RedisConnectionException: It was not possible to connect to the redis server(s). Error connecting right now. To allow this multiplexer to continue retrying until it's able to connect, use abortConnect=false in your connection string or AbortOnConnectFail=false; in your code.`,
];
const MINS = [-16.4, -13.1, -10.7, -8.2, -5.6, -3.2, -1.1];

export const scenarios = [
  {
    folder: 's91c-redis-cart-truncated-rdb',
    description: 'boutique carts empty / add to cart fails (500) since ~7:35, cartservice pods keep restarting. sre on call, node pool had a hiccup earlier',
    incidentTime: IT,
    expected: { component: 'redis-cart', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'redis-cart', cause: 'crash-loop' }, { component: 'redis-cart', cause: 'storage-unavailable' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Manifest facts: redis-cart runs redis:alpine with no config file (RDB snapshots on, "save" defaults) into /data, an emptyDir;
      an emptyDir survives container restarts and, when the Node comes back before the pod is evicted, a node reboot.
      cartservice (C#, StackExchange.Redis) reaches it at REDIS_ADDR=redis-cart:6379 and its gRPC health check pings Redis, so
      its readiness and liveness probes fail while Redis is down.
      Fault: gke-boutique-prod-default-pool-4f2a9c1e-m2dt had a kernel panic and rebooted at 07:31 (back in ~2 minutes); the
      dump.rdb left in the emptyDir is truncated, and Redis 7 refuses to start from it ("Short read or OOM loading DB.
      Unrecoverable error, aborting now." / "Unexpected EOF reading RDB file", as in redis/redis issue reports after power
      loss), exiting 1 on each start: CrashLoopBackOff. cartservice restarts (liveness) and is the loudest; frontend logs
      failed cart RPCs. The cause is the data store being down; crash-loop (its mechanism) and storage-unavailable (the
      corrupt file on its volume) are acceptable.
      Decoys: the node's reboot itself (Ready again for 20 minutes, NodeReady events), and a productcatalogservice pod that
      restarted with it and is healthy.
      Deviations from upstream: none.`,
    nodes: {},
    workloads: {
      'redis-cart': {
        pods: [{ node: 'gke-boutique-prod-default-pool-4f2a9c1e-m2dt', created: T.iso(-60 * 24 * 6), containers: { redis: cs.crashLoop({ restarts: 7, startedAt: T.iso(-3.6), finishedAt: T.iso(-3.59), container: 'redis' }) } }],
        unavailableSince: -22,
      },
      cartservice: {
        pods: [
          { containers: { server: cs.restartedRunning({ restarts: 3, startedAt: T.iso(-2.4), ready: false, last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-8.9), finishedAt: T.iso(-2.5) } }) } },
          { containers: { server: cs.restartedRunning({ restarts: 3, startedAt: T.iso(-1.7), ready: false, last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-8.1), finishedAt: T.iso(-1.8) } }) } },
        ],
        unavailableSince: -20,
      },
      productcatalogservice: {
        pods: [{}, { node: 'gke-boutique-prod-default-pool-4f2a9c1e-m2dt', containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-21.5), last: { exitCode: 255, reason: 'Unknown', startedAt: T.iso(-60 * 24 * 6), finishedAt: T.iso(-23) } }) } }],
      },
    },
    events: [
      { on: 'node:gke-boutique-prod-default-pool-4f2a9c1e-m2dt', reason: 'Rebooted', message: 'Node gke-boutique-prod-default-pool-4f2a9c1e-m2dt has been rebooted, boot id: 3b1f0c9e-7d42-4e51-a6b8-90c2d4f1e7a3', type: 'Warning', first: -22.5 },
      { on: 'node:gke-boutique-prod-default-pool-4f2a9c1e-m2dt', reason: 'NodeReady', message: 'Node gke-boutique-prod-default-pool-4f2a9c1e-m2dt status is now: NodeReady', first: -22 },
      { on: 'pod:redis-cart#0', reason: 'Pulled', message: 'Container image "redis:alpine" already present on machine', fieldPath: 'spec.containers{redis}', first: -22, last: -3.6, count: 8 },
      { on: 'pod:redis-cart#0', reason: 'BackOff', message: 'Back-off restarting failed container redis in pod %POD%_boutique(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{redis}', first: -20.5, last: -0.4, count: 88 },
      { on: 'pod:cartservice#0', reason: 'Unhealthy', message: 'Readiness probe failed: service unhealthy (responded with "NOT_SERVING")', type: 'Warning', fieldPath: 'spec.containers{server}', first: -21, last: -0.3, count: 121 },
      { on: 'pod:cartservice#0', reason: 'Unhealthy', message: 'Liveness probe failed: service unhealthy (responded with "NOT_SERVING")', type: 'Warning', fieldPath: 'spec.containers{server}', first: -21, last: -0.3, count: 60 },
      { on: 'pod:cartservice#0', reason: 'Killing', message: 'Container server failed liveness probe, will be restarted', fieldPath: 'spec.containers{server}', first: -15.3, last: -2.5, count: 3 },
      { on: 'pod:cartservice#1', reason: 'Unhealthy', message: 'Liveness probe failed: service unhealthy (responded with "NOT_SERVING")', type: 'Warning', fieldPath: 'spec.containers{server}', first: -20.6, last: -0.2, count: 58 },
      { on: 'pod:cartservice#1', reason: 'Killing', message: 'Container server failed liveness probe, will be restarted', fieldPath: 'spec.containers{server}', first: -14.8, last: -1.8, count: 3 },
    ],
    logs: {
      'redis-cart#0/redis': redisStart(-3.6),
      'redis-cart#0/redis/previous': redisStart(-6.2),
      'cartservice#0/server': [
        `info: Microsoft.Hosting.Lifetime[14]`,
        `      Now listening on: http://0.0.0.0:7070`,
        `info: Microsoft.Hosting.Lifetime[0]`,
        `      Application started. Press Ctrl+C to shut down.`,
        `info: Microsoft.Hosting.Lifetime[0]`,
        `      Hosting environment: Production`,
        `Checking CartService Health`,
        ...dotnet(-2),
        `Checking CartService Health`,
        ...dotnet(-1),
      ],
      'cartservice#1/server': [
        `info: Microsoft.Hosting.Lifetime[14]`,
        `      Now listening on: http://0.0.0.0:7070`,
        `Checking CartService Health`,
        ...dotnet(-1),
      ],
      'frontend#0/server': MINS.map((m) => JSON.stringify({ 'http.req.id': `4c9e2a1f-8b3d-4e6a-9f0c-1d2e3a4b5c${String(Math.round(-m * 10)).padStart(2, '0')}`, 'http.req.method': 'POST', 'http.req.path': '/cart', error: 'failed to add to cart: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:cartservice%:7070: connect: connection refused"', message: 'request error', session: '9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0', severity: 'error', timestamp: T.isoMs(m) })),
      'productcatalogservice#1/server': [
        JSON.stringify({ message: 'successfully parsed product catalog json', severity: 'info', timestamp: T.isoMs(-21.4) }),
        JSON.stringify({ message: 'starting grpc server at :3550', severity: 'info', timestamp: T.isoMs(-21.4) }),
      ],
    },
  },
];
