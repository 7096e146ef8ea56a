import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;

const IT = '2026-04-21T15:40:00Z';
const T = clock(IT);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const rd = (min) => { const d = new Date(Date.parse(IT) + min * 60000); const p = (n, w = 2) => String(n).padStart(w, '0'); return `${p(d.getUTCDate())} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`; };
const redisStart = (min, pid = 1) => [
  `${pid}:C ${rd(min)} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
  `${pid}:C ${rd(min)} * Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=${pid}, just started`,
  `${pid}:C ${rd(min)} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf`,
  `${pid}:M ${rd(min + 0.001)} * monotonic clock: POSIX clock_gettime`,
  `${pid}:M ${rd(min + 0.001)} * Running mode=standalone, port=6379.`,
  `${pid}:M ${rd(min + 0.002)} * Server initialized`,
  `${pid}:M ${rd(min + 0.05)} * Loading RDB produced by version 7.4.1`,
  `${pid}:M ${rd(min + 0.05)} * RDB age 412 seconds`,
  `${pid}:M ${rd(min + 0.05)} * RDB memory usage when created 61.27 Mb`,
  `${pid}:M ${rd(min + 0.09)} * Done loading RDB, keys loaded: 318442, keys expired: 0.`,
  `${pid}:M ${rd(min + 0.09)} * DB loaded from disk: 2.371 seconds`,
  `${pid}:M ${rd(min + 0.09)} * Ready to accept connections tcp`,
];
const bg = (min, pid, child) => [
  `${pid}:M ${rd(min)} * 10000 changes in 60 seconds. Saving...`,
  `${pid}:M ${rd(min)} * Background saving started by pid ${child}`,
];
const fl = (min, sev, msg, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? '5e0b7c12-9a3f-4d21-8b6e-3f1c0a9d7e42', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/cart', ...(extra.error ? { error: extra.error } : {}), message: msg, session: extra.session ?? 'a4c1e7f2-6b09-4d3e-9c58-1f2e7d0b6a93', severity: sev, timestamp: T.isoMs(min) });
const cartErr = 'rpc error: code = FailedPrecondition desc = Can\'t access cart storage. StackExchange.Redis.RedisConnectionException: It was not possible to connect to the redis server(s). UnableToConnect on redis-cart:6379/Interactive, Initializing/NotStarted, last: NONE, origin: BeginConnectAsync, outstanding: 0, last-read: 0s ago, last-write: 0s ago, keep-alive: 60s, state: Connecting, mgr: 10 of 10 available, last-heartbeat: never, global: 0s ago, v: 2.6.122.38350';

export const scenarios = [
  {
    folder: 's132a-cart-redis-memory',
    incidentTime: IT,
    description: 'cart page flaky, ppl getting "failed to retrieve cart" on and off since about 15:15. checkout team says not them',
    expected: { component: 'redis-cart', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'redis-cart', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Online Boutique release manifests (v0.10.6): redis-cart runs redis:alpine with memory limit 256Mi, no redis.conf and
      so no maxmemory, data on an emptyDir at /data. Fault follows the well-known pattern of an unbounded Redis inside a
      cgroup limit (Redis docs "maxmemory" / Kubernetes OOMKilled reports): abandoned carts from a bot crawl grow the keyspace,
      the RDB fork (copy-on-write) pushes the container over 256Mi and the kernel OOM-kills it (exit 137, OOMKilled), the
      kubelet restarts it in place; each restart reloads the RDB (a few seconds) and the TCP probes pass again, so the pod
      is Ready most of the time. cartservice (.NET, StackExchange.Redis) and frontend log the connection errors and are
      louder than redis. Decoy: adservice has one OOM kill from three days ago (JVM heap, unrelated and recovered).
      Deviations from upstream: the Redis image resolves to 7.4.1; a bot crawl is the assumed cause of key growth.`,
    nodes: {
      'gke-boutique-prod-default-pool-9b31d0a7-wz5c': {},
    },
    workloads: {
      'redis-cart': {
        pods: [{
          node: 'gke-boutique-prod-default-pool-4f2a9c1e-m2dt',
          containers: {
            redis: cs.restartedRunning({ restarts: 5, startedAt: T.iso(-2.4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-7.9), finishedAt: T.iso(-2.6) } }),
          },
        }],
      },
      adservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 12), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 12.3) } }) } }],
      },
    },
    events: [
      { on: 'pod:redis-cart#0', reason: 'Pulled', message: 'Container image "redis:alpine" already present on machine', first: -24.5, last: -2.5, count: 5, fieldPath: 'spec.containers{redis}' },
      { on: 'pod:redis-cart#0', reason: 'Created', message: 'Created container redis', first: -24.5, last: -2.5, count: 5, fieldPath: 'spec.containers{redis}' },
      { on: 'pod:redis-cart#0', reason: 'Started', message: 'Started container redis', first: -24.4, last: -2.4, count: 5, fieldPath: 'spec.containers{redis}' },
      { on: 'pod:redis-cart#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: dial tcp %PODIP%:6379: connect: connection refused', first: -24.6, last: -2.5, count: 7, fieldPath: 'spec.containers{redis}' },
      { on: 'pod:redis-cart#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container redis in pod %POD%_boutique(%PODUID%)', first: -13.1, last: -2.6, count: 3, fieldPath: 'spec.containers{redis}' },
      { on: 'node:gke-boutique-prod-default-pool-4f2a9c1e-m2dt', source: 'kernel-monitor', reason: 'OOMKilling', type: 'Warning', message: 'Memory cgroup out of memory: Killed process 2718431 (redis-server) total-vm:312448kB, anon-rss:259876kB, file-rss:3584kB, shmem-rss:0kB, UID:1000 pgtables:596kB oom_score_adj:984', first: -24.7, last: -2.6, count: 5 },
      { on: 'node:gke-boutique-prod-default-pool-4f2a9c1e-m2dt', source: 'kernel-monitor', reason: 'OOMKilling', type: 'Warning', message: 'Memory cgroup out of memory: Killed process 1190244 (java) total-vm:4412280kB, anon-rss:305112kB, file-rss:21744kB, shmem-rss:0kB, UID:1000 pgtables:1012kB oom_score_adj:988', first: -60 * 24 * 3 - 12.4, last: -60 * 24 * 3 - 12.4, count: 1 },
    ],
    logs: {
      'redis-cart#0/redis/previous': [
        ...redisStart(-7.9),
        `1:M ${rd(-7.2)} * 10000 changes in 60 seconds. Saving...`,
        `1:M ${rd(-7.2)} * Background saving started by pid 22`,
        `22:C ${rd(-7.1)} * DB saved on disk`,
        `22:C ${rd(-7.1)} * Fork CoW for RDB: current 41 MB, peak 41 MB, average 27 MB`,
        `1:M ${rd(-7.1)} * Background saving terminated with success`,
        `1:M ${rd(-5.0)} * 10000 changes in 60 seconds. Saving...`,
        `1:M ${rd(-5.0)} * Background saving started by pid 31`,
        `31:C ${rd(-4.9)} * DB saved on disk`,
        `31:C ${rd(-4.9)} * Fork CoW for RDB: current 58 MB, peak 58 MB, average 36 MB`,
        `1:M ${rd(-4.9)} * Background saving terminated with success`,
        ...bg(-2.8, 1, 40),
      ],
      'redis-cart#0/redis': [
        ...redisStart(-2.4),
        ...bg(-1.3, 1, 19),
        `19:C ${rd(-1.2)} * DB saved on disk`,
        `19:C ${rd(-1.2)} * Fork CoW for RDB: current 62 MB, peak 62 MB, average 40 MB`,
        `1:M ${rd(-1.2)} * Background saving terminated with success`,
      ],
      'cartservice#0/server': [
        `info: cartservice.cartstore.RedisCartStore[0]`,
        `      GetCartAsync called with userId=a4c1e7f2-6b09-4d3e-9c58-1f2e7d0b6a93`,
        `info: cartservice.cartstore.RedisCartStore[0]`,
        `      AddItemAsync called with userId=0d9e2b41-7c3a-4f58-a1e6-52b8c9f0e7d4, productId=OLJCESPC7Z, quantity=1`,
        `fail: cartservice.cartstore.RedisCartStore[0]`,
        `      Can't access cart storage. StackExchange.Redis.RedisConnectionException: No connection is available to service this operation: HGET a4c1e7f2-6b09-4d3e-9c58-1f2e7d0b6a93; It was not possible to connect to the redis server(s). ConnectTimeout; IOCP: (Busy=0,Free=1000,Min=2,Max=1000), WORKER: (Busy=1,Free=32766,Min=2,Max=32767), Local-CPU: n/a`,
        `       ---> StackExchange.Redis.RedisConnectionException: It was not possible to connect to the redis server(s). ConnectTimeout`,
        `         --- End of inner exception stack trace ---`,
        `         at StackExchange.Redis.ConnectionMultiplexer.ExecuteSyncImpl[T](Message message, ResultProcessor\`1 processor, ServerEndPoint server, T defaultValue) in /_/src/StackExchange.Redis/ConnectionMultiplexer.cs:line 2099`,
        `         at cartservice.cartstore.RedisCartStore.GetCartAsync(String userId) in /app/cartstore/RedisCartStore.cs:line 95`,
        `info: cartservice.cartstore.RedisCartStore[0]`,
        `      GetCartAsync called with userId=7b1f0c93-2e64-4a8d-b5c7-0e9f3d2a6c18`,
        `fail: cartservice.cartstore.RedisCartStore[0]`,
        `      Can't access cart storage. StackExchange.Redis.RedisConnectionException: No connection is available to service this operation: HGET 7b1f0c93-2e64-4a8d-b5c7-0e9f3d2a6c18; SocketClosed (ReadEndOfStream, last-recv: 0) on redis-cart:6379/Interactive, Idle/MarkProcessed, last: HGET, origin: ReadFromPipe, outstanding: 1, last-read: 0s ago, last-write: 0s ago, keep-alive: 60s, state: ConnectedEstablished, mgr: 9 of 10 available, last-heartbeat: 0s ago, last-mbeat: 0s ago, global: 0s ago, v: 2.6.122.38350`,
        `info: cartservice.cartstore.RedisCartStore[0]`,
        `      GetCartAsync called with userId=a4c1e7f2-6b09-4d3e-9c58-1f2e7d0b6a93`,
      ],
      'frontend#0/server': [
        fl(-30, 'debug', 'request started', { path: '/product/OLJCESPC7Z', id: '1f9c2a70-3b5d-4e81-96a2-8d0c7e4b5f13' }),
        fl(-30, 'debug', 'request complete', { path: '/product/OLJCESPC7Z', id: '1f9c2a70-3b5d-4e81-96a2-8d0c7e4b5f13' }),
        fl(-24.5, 'error', 'request error', { error: `failed to get cart: ${cartErr}`, id: '2a7e9b04-6c13-4f8d-b2e5-91d0c3f6a748' }),
        fl(-13.0, 'error', 'request error', { path: '/cart', error: `could not retrieve cart: ${cartErr}`, id: '8d3f1b62-0a4e-4c97-a5d8-2e6b9f0c1a35' }),
        fl(-7.6, 'debug', 'request complete', { path: '/', id: '3c6a0e91-7d2b-4f54-8e19-b0a4c7d2f586' }),
        fl(-2.5, 'error', 'request error', { method: 'POST', path: '/cart', error: `failed to add to cart: ${cartErr}`, id: '9e0d4c17-5b3a-4a62-b8f1-6c2e7a9d0b54' }),
        fl(-1.0, 'debug', 'request complete', { path: '/cart', id: '4b8e2f05-1c7d-4e36-a9b0-5f3d8c6e2a71' }),
      ],
    },
  },
];
