// s21c blind dev scenario for Online Boutique (split: dev): redis-cart OOM-killed at its 256Mi limit whenever a BGSAVE fork
// copies pages, seen by shoppers as carts losing items; written blind (no rule, engine or other-scenario code read).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
// frontend's logrus JSON lines (same shape as the session-2 helper, copied here because it is not exported)
const frontLine = (T, min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? 'c1a8f0de-3b1e-4c57-9d6a-2f4b9e7a1c03', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0', severity, timestamp: T.isoMs(min) });

// redis 7.4 log time: "11 Apr 2026 14:10:02.118"
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const rtime = (T, min) => { const d = new Date(T.isoMs(min)); const p = (n, w = 2) => String(n).padStart(w, '0'); return `${p(d.getUTCDate())} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`; };
const rl = (T, min, role, mark, msg) => `1:${role} ${rtime(T, min)} ${mark} ${msg}`;
const redisBoot = (T, m, keys, age) => [
  rl(T, m, 'C', '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
  rl(T, m, 'C', '*', 'Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started'),
  rl(T, m, 'C', '#', 'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf'),
  rl(T, m + 0.001, 'M', '*', 'monotonic clock: POSIX clock_gettime'),
  rl(T, m + 0.001, 'M', '*', 'Running mode=standalone, port=6379.'),
  rl(T, m + 0.001, 'M', '*', 'Server initialized'),
  rl(T, m + 0.002, 'M', '*', 'Loading RDB produced by version 7.4.1'),
  rl(T, m + 0.002, 'M', '*', `RDB age ${age} seconds`),
  rl(T, m + 0.002, 'M', '*', 'RDB memory usage when created 201.37 Mb'),
  rl(T, m + 0.03, 'M', '*', `Done loading RDB, keys loaded: ${keys}, keys expired: 0.`),
  rl(T, m + 0.03, 'M', '*', 'DB loaded from disk: 1.842 seconds'),
  rl(T, m + 0.03, 'M', '*', 'Ready to accept connections tcp'),
];
const SEREX = (cmd) => `StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: ${cmd} 3f6c1d2e-8a47-4b1e-9c25-7d0e4a9b6f13; SocketClosed (ReadEndOfStream, last-recv: 0) on redis-cart:6379/Interactive, Idle/Faulted, last: ${cmd}, origin: ReadFromPipe, outstanding: 1, last-read: 0s ago, last-write: 0s ago, keep-alive: 60s, state: ConnectedEstablished, mgr: 9 of 10 available, in: 0, in-pipe: 0, out-pipe: 0, last-heartbeat: 0s ago, last-mbeat: 0s ago, global: 0s ago, v: 2.7.4.20928`;
const OOMS = [-22, -15.5, -9.2, -3.1]; // each kill lands during a BGSAVE, ~30-40 s after "Saving..."

function cartLog(T, shift) {
  const out = [
    'info: Microsoft.Hosting.Lifetime[14]', '      Now listening on: http://0.0.0.0:7070',
    'info: Microsoft.Hosting.Lifetime[0]', '      Application started. Press Ctrl+C to shut down.',
    'info: Microsoft.Hosting.Lifetime[0]', '      Hosting environment: Production',
  ];
  for (const k of OOMS) {
    const n = shift ? 3 : 4;
    for (let i = 0; i < n; i++) {
      out.push('fail: Grpc.AspNetCore.Server.ServerCallHandler[6]', `      Error when executing service method '${i % 2 ? 'AddItem' : 'GetCart'}'.`,
        `      ${SEREX(i % 2 ? 'HSET' : 'HGETALL')}`,
        '         at StackExchange.Redis.ConnectionMultiplexer.ThrowFailed[T](TaskCompletionSource`1 source, Exception unthrownException) in /_/src/StackExchange.Redis/ConnectionMultiplexer.cs:line 2100',
        '         at Microsoft.Extensions.Caching.StackExchangeRedis.RedisCache.GetAndRefreshAsync(String key, Boolean getData, CancellationToken token)',
        '         at cartservice.cartstore.RedisCartStore.GetCartAsync(String userId) in /app/cartstore/RedisCartStore.cs:line 91',
      );
      void T; void k;
    }
  }
  return out;
}

function frontLog(T, off) {
  const out = [frontLine(T, -60 * 3 + off, 'info', 'starting server on :8080', {})];
  const paths = ['/cart', '/cart', '/product/OLJCESPC7Z', '/cart/checkout', '/', '/product/66VCHSJNUP'];
  let n = 0;
  for (let m = -40; m < -0.2; m += 1.3) {
    out.push(frontLine(T, m + off, 'debug', 'request complete', { path: paths[n % paths.length], id: `7d${String(1000 + n)}a4c-1f2e-4b7a-9e31-0c5d8f2a6b${String(10 + (n % 80))}` }));
    n++;
  }
  for (const k of OOMS) for (let i = 0; i < 3; i++) {
    const p = i === 2 ? '/cart' : i === 1 ? '/product/L9ECAV7KIM' : '/cart';
    const method = i === 1 ? 'GET' : i === 2 ? 'POST' : 'GET';
    const err = i === 1
      ? `could not retrieve cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. ${SEREX('HGETALL').slice(0, 160)}`
      : method === 'POST' ? `failed to add to cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. ${SEREX('HSET').slice(0, 160)}`
        : `could not retrieve cart: rpc error: code = Unavailable desc = error reading from server: EOF`;
    out.push(frontLine(T, k + 0.05 + i * 0.07 + off, 'error', 'request error', { path: p, method, error: err, id: `e4${i}b7c21-9a0d-4f3e-8b61-2c7d${String(k).replace(/[-.]/g, '')}a9f0${i}` }));
  }
  return out.sort((a, b) => JSON.parse(a).timestamp.localeCompare(JSON.parse(b).timestamp));
}

const T1 = clock('2026-04-11T14:32:00Z');
const redisCurrent = [
  ...redisBoot(T1, -3.0, 212874, 386),
  rl(T1, -1.6, 'M', '*', '10000 changes in 60 seconds. Saving...'),
  rl(T1, -1.6, 'M', '*', 'Background saving started by pid 23'),
  rl(T1, -0.9, 'C', '*', 'DB saved on disk'),
  rl(T1, -0.9, 'C', '*', 'Fork CoW for RDB: current 118 MB, peak 118 MB, average 71 MB'),
  rl(T1, -0.88, 'M', '*', 'Background saving terminated with success'),
];
const redisPrevious = [
  ...redisBoot(T1, -9.0, 211960, 388),
  rl(T1, -3.7, 'M', '*', '10000 changes in 60 seconds. Saving...'),
  rl(T1, -3.7, 'M', '*', 'Background saving started by pid 27'),
];

export const scenarios = [
  {
    folder: 's21c-redis-cart-bgsave-oom',
    incidentTime: '2026-04-11T14:32:00Z',
    description: 'boutique: customers say items vanish from their cart and add to cart errors out now and then, since ~14:10',
    expected: { component: 'redis-cart', cause: 'oom-killed' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest (release/kubernetes-manifests.yaml v0.10.6): redis-cart runs redis:alpine with no arguments (so no maxmemory, the
      default save points, RDB in the emptyDir /data) and limits cpu 125m / memory 256Mi; cartservice reaches it at REDIS_ADDR=redis-cart:6379
      through Microsoft.Extensions.Caching.StackExchangeRedis. Fault: a well-known Redis-in-a-container failure (Redis docs "Background saving
      fails with a fork() error", many GitHub issues about OOMKilled during BGSAVE): after months without eviction the carts dataset reached
      ~200 MB; when "10000 changes in 60 seconds" triggers a BGSAVE, copy-on-write pages of the forked child push the container cgroup over 256Mi
      and the kernel kills redis-server (OOMKilled, exit 137), four times since 14:10. Every restart reloads the last good RDB, so carts lose the
      items added since, which is what shoppers report. The previous container log ends right after "Background saving started"; the pod is
      Running and Ready again between kills. cartservice logs RedisConnectionException (SocketClosed) from StackExchange.Redis and returns
      FailedPrecondition "Can't access cart storage.", the frontend logs "request error" with "could not retrieve cart". Decoy: a
      recommendationservice rollout 45 minutes earlier that went fine.`,
    workloads: {
      'redis-cart': {
        since: -60 * 24 * 62,
        pods: [{
          containers: {
            redis: cs.restartedRunning({ restarts: 4, startedAt: T1.iso(-3.0), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-9.0), finishedAt: T1.iso(-3.1) } }),
          },
          readyTransition: T1.iso(-2.95),
        }],
      },
      recommendationservice: {
        rollout: { at: -45, revision: 6, oldContainers: { server: { image: `${REG}/recommendationservice:v0.10.5` } } },
      },
    },
    events: [
      { on: 'pod:redis-cart#0', reason: 'Pulled', message: 'Container image "redis:alpine" already present on machine', first: -21.9, last: -3.05, count: 4, fieldPath: 'spec.containers{redis}' },
      { on: 'pod:redis-cart#0', reason: 'Created', message: 'Created container redis', first: -21.9, last: -3.05, count: 4, fieldPath: 'spec.containers{redis}' },
      { on: 'pod:redis-cart#0', reason: 'Started', message: 'Started container redis', first: -21.9, last: -3.0, count: 4, fieldPath: 'spec.containers{redis}' },
      { on: 'pod:redis-cart#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container redis in pod %POD%_boutique(%PODUID%)', first: -9.2, last: -3.1, count: 2, fieldPath: 'spec.containers{redis}' },
      { on: 'pod:redis-cart#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: dial tcp %PODIP%:6379: connect: connection refused', first: -22, last: -3.1, count: 5, fieldPath: 'spec.containers{redis}' },
      { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendationservice-%NEW% to 1', first: -45, last: -45 },
      { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set recommendationservice-%OLD% to 0 from 1', first: -44.2, last: -44.2 },
    ],
    logs: {
      'redis-cart#0/redis': redisCurrent,
      'redis-cart#0/redis/previous': redisPrevious,
      'cartservice#0/server': cartLog(T1, false),
      'cartservice#1/server': cartLog(T1, true),
      'frontend#0/server': frontLog(T1, 0),
      'frontend#1/server': frontLog(T1, 0.31),
      'recommendationservice#0/server': [
        `{"timestamp": ${Date.parse(T1.isoMs(-44.6)) / 1000}, "severity": "INFO", "name": "recommendationservice-server", "message": "initializing recommendationservice"}`,
        `{"timestamp": ${Date.parse(T1.isoMs(-44.6)) / 1000}, "severity": "INFO", "name": "recommendationservice-server", "message": "product catalog address: productcatalogservice:3550"}`,
        `{"timestamp": ${Date.parse(T1.isoMs(-44.5)) / 1000}, "severity": "INFO", "name": "recommendationservice-server", "message": "listening on port: 8080"}`,
        ...[-30, -18, -7, -1].map((m) => `{"timestamp": ${Date.parse(T1.isoMs(m)) / 1000}, "severity": "INFO", "name": "recommendationservice-server", "message": "[Recv ListRecommendations] product_ids=['1YMWWN1N4O', '2ZYFJ3GM2N', 'LS4PSXUNUM', 'OLJCESPC7Z', '9SIQT8TOJO']"}`),
      ],
    },
  },
];
