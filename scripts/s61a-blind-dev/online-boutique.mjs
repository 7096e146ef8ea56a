// Blind dev batch s61a: one Online Boutique scenario for the scenario kit (scripts/s2-scenario-kit.mjs), on the
// session-2 system definition of scripts/s2-scenarios/online-boutique.mjs (its system part only); built by scripts/s61a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

// ---- s61a-redis-cart-busy-lua-script: dependency-down on redis-cart ----
const INC = '2026-07-21T19:24:00Z';
const T = clock(INC);
const SCRIPT = -13; // 19:11, a cleanup script started with redis-cli --eval from a kubectl exec session
const SHA = '7c1e4b9a02d5f83e6a41c09b7d2e5f18a3c6d940';
const BOOT = -60 * 24 * 9;

// Redis 7 log lines: "<pid>:<role> <dd Mon yyyy HH:MM:SS.mmm> <level> <message>"
const rdate = (min) => {
  const d = new Date(Date.parse(INC) + min * 60000);
  const mon = d.toUTCString().split(' ')[2];
  const p = (x, w = 2) => String(x).padStart(w, '0');
  return `${p(d.getUTCDate())} ${mon} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`;
};
const rl = (min, role, lvl, msg, pid = 1) => `${pid}:${role} ${rdate(min)} ${lvl} ${msg}`;
const redisLog = [
  rl(BOOT + 0.3, 'C', '#', 'WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add \'vm.overcommit_memory = 1\' to /etc/sysctl.conf and then reboot or run the command \'sysctl vm.overcommit_memory=1\' for this to take effect.'),
  rl(BOOT + 0.3, 'C', '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
  rl(BOOT + 0.3, 'C', '*', 'Redis version=7.4.2, bits=64, commit=00000000, modified=0, pid=1, just started'),
  rl(BOOT + 0.3, 'C', '#', 'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf'),
  rl(BOOT + 0.3, 'M', '*', 'monotonic clock: POSIX clock_gettime'),
  rl(BOOT + 0.3, 'M', '*', 'Running mode=standalone, port=6379.'),
  rl(BOOT + 0.3, 'M', '*', 'Server initialized'),
  rl(BOOT + 0.3, 'M', '*', 'Ready to accept connections tcp'),
];
for (let m = -120; m < SCRIPT; m += 5) {
  const pid = 4100 + Math.round(-m);
  redisLog.push(
    rl(m, 'M', '*', '100 changes in 300 seconds. Saving...'),
    rl(m, 'M', '*', `Background saving started by pid ${pid}`),
    rl(m + 0.01, 'C', '*', 'DB saved on disk', pid),
    rl(m + 0.01, 'C', '*', 'Fork CoW for RDB: current 1 MB, peak 1 MB, average 1 MB', pid),
    rl(m + 0.012, 'M', '*', 'Background saving terminated with success'),
  );
}
redisLog.push(rl(SCRIPT + 5 / 60 + 0.0001, 'M', '#', `Slow script detected: still in execution after 5000 milliseconds. You can try killing the script using the SCRIPT KILL command. Script name is: ${SHA}.`));

// cartservice (.NET, SimpleConsole): each call logs its Console.WriteLine, then Grpc.AspNetCore logs the RpcException.
const BUSY = 'BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.';
const stack = (method) => [
  `         at Microsoft.Extensions.Caching.StackExchangeRedis.RedisCache.GetAndRefreshAsync(String key, Boolean getData, CancellationToken token)`,
  `         at Microsoft.Extensions.Caching.StackExchangeRedis.RedisCache.GetAsync(String key, CancellationToken token)`,
  `         at cartservice.cartstore.RedisCartStore.${method}(String userId${method === 'AddItemAsync' ? ', String productId, Int32 quantity' : ''})' raised.`,
];
const users = ['3f0c9b2e-6a41-4d8e-9b17-c2e5a08f4d61', 'a81d4c7f-20e9-4b35-8f6a-91c3e7d2b054', '0e6b2d93-8f1c-47a2-b5d0-6c9e4f1a3b87', 'c47a1e05-93d2-4f6b-a8e1-2b5f07c9d314'];
const cartA = [], cartB = [];
for (let m = -40, i = 0; m < -0.05; m += 0.4, i++) {
  const u = users[i % users.length];
  const out = i % 2 ? cartB : cartA;
  const method = i % 7 === 3 ? 'AddItemAsync' : 'GetCartAsync';
  out.push(method === 'AddItemAsync' ? `AddItemAsync called with userId=${u}, productId=OLJCESPC7Z, quantity=1` : `GetCartAsync called with userId=${u}`);
  if (m > SCRIPT + 5 / 60) {
    out.push('info: Grpc.AspNetCore.Server.ServerCallHandler[7]', `      Error status code 'FailedPrecondition' with detail 'Can't access cart storage. StackExchange.Redis.RedisServerException: ${BUSY}`, ...stack(method));
  }
}
const cartBoot = [
  'info: Microsoft.Hosting.Lifetime[14]',
  '      Now listening on: http://0.0.0.0:7070',
  'info: Microsoft.Hosting.Lifetime[0]',
  '      Application started. Press Ctrl+C to shut down.',
  'info: Microsoft.Hosting.Lifetime[0]',
  '      Hosting environment: Production',
  'info: Microsoft.Hosting.Lifetime[0]',
  '      Content root path: /app',
];

// frontend (Go, logrus JSON): "request error" with the wrapped gRPC status, 500 for every page that needs the cart.
const fline = (min, o) => JSON.stringify({ ...Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1))), timestamp: T.isoMs(min) });
const detail = `Can't access cart storage. StackExchange.Redis.RedisServerException: ${BUSY}\n   at Microsoft.Extensions.Caching.StackExchangeRedis.RedisCache.GetAndRefreshAsync(String key, Boolean getData, CancellationToken token)\n   at Microsoft.Extensions.Caching.StackExchangeRedis.RedisCache.GetAsync(String key, CancellationToken token)\n   at cartservice.cartstore.RedisCartStore.GetCartAsync(String userId)`;
const fe0 = [], fe1 = [];
const paths = ['/', '/product/OLJCESPC7Z', '/cart', '/product/66VCHSJNUP', '/', '/cart/checkout'];
for (let m = -30, i = 0; m < -0.05; m += 0.25, i++) {
  const fe = i % 2 ? fe1 : fe0;
  const path = paths[i % paths.length];
  const method = path === '/cart/checkout' ? 'POST' : 'GET';
  const id = `${(0x1a2b3c4d + i * 7919).toString(16).slice(0, 8)}-4f1e-4b2a-9c3d-${(0x5e6f7a8b9c0d + i * 104729).toString(16).slice(0, 12)}`;
  const session = users[i % users.length];
  const base = { 'http.req.id': id, 'http.req.method': method, 'http.req.path': path, session };
  fe.push(fline(m, { ...base, message: 'request started', severity: 'debug' }));
  if (m <= SCRIPT + 5 / 60) {
    fe.push(fline(m + 0.002, { ...base, 'http.resp.bytes': method === 'POST' ? 5718 : 11203, 'http.resp.status': 200, 'http.resp.took_ms': 38 + (i % 23), message: 'request complete', severity: 'debug' }));
    continue;
  }
  const err = method === 'POST'
    ? `failed to complete the order: rpc error: code = Internal desc = cart failure: failed to get user cart during checkout: rpc error: code = FailedPrecondition desc = ${detail}`
    : `could not retrieve cart: rpc error: code = FailedPrecondition desc = ${detail}`;
  fe.push(fline(m + 0.001, { ...base, error: err, message: 'request error', severity: 'error' }));
  fe.push(fline(m + 0.002, { ...base, 'http.resp.bytes': 3251, 'http.resp.status': 500, 'http.resp.took_ms': 12 + (i % 9), message: 'request complete', severity: 'debug' }));
}

const checkout = [];
for (let m = -30, i = 0; m < -0.05; m += 1.5, i++) {
  checkout.push(JSON.stringify({ message: `[PlaceOrder] user_id="${users[i % users.length]}" user_currency="USD"`, severity: 'info', timestamp: T.isoMs(m) }));
  if (m < SCRIPT) {
    checkout.push(JSON.stringify({ message: `payment went through (transaction_id: ${(0x3c2b1a09 + i * 31337).toString(16)}-6d5e-4f70-8a9b-0c1d2e3f4a5b)`, severity: 'info', timestamp: T.isoMs(m + 0.003) }));
    checkout.push(JSON.stringify({ message: `order confirmation email sent to "someone@example.com"`, severity: 'info', timestamp: T.isoMs(m + 0.004) }));
  }
}

const recOom = cs.restartedRunning({
  restarts: 1,
  startedAt: T.iso(-60 * 24 * 3 + 0.2),
  last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(BOOT + 0.4), finishedAt: T.iso(-60 * 24 * 3) },
});
const res = (rc, rm, lc, lm) => ({ requests: { cpu: rc, memory: rm }, limits: { cpu: lc, memory: lm } });
const AD_ROLL = -128; // 17:16, adservice memory limit raised; healthy

export const scenarios = [
  {
    folder: 's61a-redis-cart-busy-lua-script',
    incidentTime: INC,
    description: 'boutique front page and cart 500ing for everyone since ~19:10!! cartservice pods all green tho. checkout team?',
    expected: { component: 'redis-cart', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'partial-name', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml at 34ffea9): redis-cart runs
      redis:alpine with tcpSocket readiness and liveness on 6379 and no config file; cartservice reaches it through
      REDIS_ADDR=redis-cart:6379 and src/cartservice/src/cartstore/RedisCartStore.cs wraps every cache error in
      RpcException(FailedPrecondition, "Can't access cart storage. {ex}"); its Ping() always answers true, so cartservice's
      gRPC probes stay green. The frontend needs the cart (size) on every page.
      Fault: at 19:11 an engineer ran a cart-cleanup Lua script with redis-cli --eval from a kubectl exec session; it walks
      the whole keyspace and deletes stale carts. After the busy threshold (5 s, lua-time-limit / busy-reply-threshold) Redis
      logs "Slow script detected" and answers every other command with "BUSY Redis is busy running a script. You can only
      call SCRIPT KILL or SHUTDOWN NOSAVE." (Redis scripting documentation); since the script already wrote, SCRIPT KILL is
      refused (UNKILLABLE) and only SHUTDOWN NOSAVE would end it. Redis still accepts TCP connections, so redis-cart stays
      Running and Ready with no restart and no event; the background saves stop. cartservice logs a FailedPrecondition per
      call and the frontend a "request error" with HTTP 500 per page: the callers are far louder than the culprit.
      Decoys: recommendationservice was OOMKilled three days ago; adservice rolled out at 17:16 (memory limit 300Mi ->
      400Mi) and is healthy.
      Deviations from upstream: adservice's memory limit; logs written in the Redis 7, ASP.NET Core SimpleConsole and
      logrus JSON formats, not captured from a cluster.
    `,
    workloads: {
      recommendationservice: { pods: [{ containers: { server: recOom } }] },
      adservice: {
        containers: { server: { resources: res('200m', '180Mi', '300m', '400Mi') } },
        rollout: { at: AD_ROLL, revision: 5, oldContainers: { server: { resources: res('200m', '180Mi', '300m', '300Mi') } } },
      },
    },
    events: [],
    logs: {
      'redis-cart#0/redis': redisLog,
      'cartservice#0/server': [...cartBoot, ...cartA],
      'cartservice#1/server': [...cartBoot, ...cartB],
      'frontend#0/server': fe0,
      'frontend#1/server': fe1,
      'checkoutservice#0/server': checkout,
    },
  },
];
