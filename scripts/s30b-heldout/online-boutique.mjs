// Held-out scenario of batch s30b (split: test) for Online Boutique, written blind: the session-2 system definition
// (release/kubernetes-manifests.yaml at 34ffea9) and one incident expanded by scripts/s30b-build.mjs with the kit.
import { createHash } from 'node:crypto';
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const hx = (s) => createHash('sha256').update(s).digest('hex');
const uuid = (s) => { const x = hx(s); return `${x.slice(0, 8)}-${x.slice(8, 12)}-4${x.slice(13, 16)}-9${x.slice(17, 20)}-${x.slice(20, 32)}`; };
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// redis-server's own log prefix: "<pid>:<role> DD Mon YYYY HH:MM:SS.mmm <level> msg"
const rlog = (T, min, pid, role, lvl, msg) => {
  const d = new Date(T.isoMs(min));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${pid}:${role} ${p(d.getUTCDate())} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${lvl} ${msg}`;
};
const flog = (T, min, severity, message, extra = {}) => JSON.stringify({
  ...(extra.error ? { error: extra.error } : {}),
  'http.req.id': uuid(`req/${min}`), 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/',
  ...(extra.status ? { 'http.resp.bytes': extra.bytes ?? 7418, 'http.resp.status': extra.status, 'http.resp.took_ms': extra.took ?? 31 } : {}),
  message, session: uuid(`sess/${Math.floor(min)}`), severity, timestamp: T.isoMs(min),
});
const PRODUCTS = ['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0', 'LS4PSXUNUM', '9SIQT8TOJO', '6E92ZMYYFZ'];
const MISCONF = "MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk. Commands that may modify the data set are disabled, because this instance is configured to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option). Please check the Redis logs for details about the RDB error.";

function redisCartLog(T) {
  const out = [
    rlog(T, -60 * 24 * 9, 1, 'C', '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
    rlog(T, -60 * 24 * 9, 1, 'C', '*', 'Redis version=7.2.4, bits=64, commit=00000000, modified=0, pid=1, just started'),
    rlog(T, -60 * 24 * 9, 1, 'C', '#', 'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf'),
    rlog(T, -60 * 24 * 9 + 0.001, 1, 'M', '*', 'monotonic clock: POSIX clock_gettime'),
    rlog(T, -60 * 24 * 9 + 0.001, 1, 'M', '*', 'Running mode=standalone, port=6379.'),
    rlog(T, -60 * 24 * 9 + 0.002, 1, 'M', '*', 'Server initialized'),
    rlog(T, -60 * 24 * 9 + 0.002, 1, 'M', '*', 'Ready to accept connections tcp'),
  ];
  // healthy saves in the hour before, child CoW growing with the dataset
  let pid = 88412;
  for (let m = -62, cow = 61; m < -23; m += 5, cow += 6) {
    out.push(rlog(T, m, 1, 'M', '*', '10000 changes in 60 seconds. Saving...'));
    out.push(rlog(T, m + 0.001, 1, 'M', '*', `Background saving started by pid ${pid}`));
    out.push(rlog(T, m + 0.06, pid, 'C', '*', 'DB saved on disk'));
    out.push(rlog(T, m + 0.061, pid, 'C', '*', `Fork CoW for RDB: current ${cow} MB, peak ${cow} MB, average ${Math.round(cow * 0.6)} MB`));
    out.push(rlog(T, m + 0.07, 1, 'M', '*', 'Background saving terminated with success'));
    pid += 37;
  }
  // from ~19:19 the forked child is killed by the cgroup OOM killer (parent ~171MB + CoW > 256Mi); writes then refused, retried every ~5s
  out.push(rlog(T, -23.4, 1, 'M', '*', '10000 changes in 60 seconds. Saving...'));
  out.push(rlog(T, -23.4 + 0.001, 1, 'M', '*', `Background saving started by pid ${pid}`));
  out.push(rlog(T, -23.4 + 0.05, 1, 'M', '#', 'Background saving terminated by signal 9'));
  pid += 29;
  for (let m = -23.2; m < -0.2; m += 0.19) {
    out.push(rlog(T, m, 1, 'M', '*', '100 changes in 300 seconds. Saving...'));
    out.push(rlog(T, m + 0.001, 1, 'M', '*', `Background saving started by pid ${pid}`));
    out.push(rlog(T, m + 0.045, 1, 'M', '#', 'Background saving terminated by signal 9'));
    pid += 3;
  }
  return out;
}

function cartLog(T, replica) {
  const out = [
    'info: Microsoft.Hosting.Lifetime[14]', '      Now listening on: http://0.0.0.0:7070',
    'info: Microsoft.Hosting.Lifetime[0]', '      Application started. Press Ctrl+C to shut down.',
    'info: Microsoft.Hosting.Lifetime[0]', '      Hosting environment: Production',
    'info: Microsoft.Hosting.Lifetime[0]', '      Content root path: /app',
  ];
  for (let m = -40 + replica * 0.3; m < -0.1; m += 0.7) {
    const user = uuid(`sess/${Math.floor(m)}`);
    out.push(`GetCartAsync called with userId=${user}`);
    if (Math.round(m * 10) % 3 === 0) {
      const prod = PRODUCTS[Math.abs(Math.round(m * 7)) % PRODUCTS.length];
      out.push(`AddItemAsync called with userId=${user}, productId=${prod}, quantity=${1 + (Math.abs(Math.round(m)) % 3)}`);
      if (m > -23.3) {
        out.push('info: Grpc.AspNetCore.Server.ServerCallHandler[7]');
        out.push(`      Error status code 'FailedPrecondition' with detail 'Can't access cart storage. StackExchange.Redis.RedisServerException: ${MISCONF}` +
          `\n   at Microsoft.Extensions.Caching.StackExchangeRedis.RedisCache.SetAsync(String key, Byte[] value, DistributedCacheEntryOptions options, CancellationToken token)` +
          `\n   at cartservice.cartstore.RedisCartStore.AddItemAsync(String userId, String productId, Int32 quantity) in /app/cartstore/RedisCartStore.cs:line 86' raised.`);
      }
    }
  }
  return out;
}

function frontendLog(T, replica) {
  const out = [
    JSON.stringify({ message: 'starting server on :8080', severity: 'info', timestamp: T.isoMs(-60 * 24 * 9 + 0.4) }),
  ];
  const paths = ['/', '/product/OLJCESPC7Z', '/product/66VCHSJNUP', '/cart', '/', '/product/L9ECAV7KIM'];
  let k = 0;
  for (let m = -30 + replica * 0.21; m < -0.1; m += 0.43, k++) {
    const path = paths[k % paths.length];
    out.push(flog(T, m, 'debug', 'request complete', { path, status: 200, took: 18 + (k % 40) }));
    if (k % 3 === 1) {
      if (m > -23.3) {
        out.push(flog(T, m + 0.01, 'error', 'request error', {
          method: 'POST', path: '/cart',
          error: `failed to add to cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisServerException: ${MISCONF}`,
        }));
        out.push(flog(T, m + 0.011, 'debug', 'request complete', { method: 'POST', path: '/cart', status: 500, bytes: 3327, took: 6 }));
      } else {
        out.push(flog(T, m + 0.01, 'debug', 'request complete', { method: 'POST', path: '/cart', status: 302, bytes: 0, took: 11 }));
      }
    }
  }
  return out;
}

const INCIDENT = '2026-03-18T19:42:00Z';
const T = clock(INCIDENT);

export const scenarios = [
  {
    folder: 's30b-redis-cart-bgsave-misconf',
    split: 'test',
    description: 'add to cart broken on the shop, 500 on POST /cart since ~19:20. browsing + product pages fine',
    incidentTime: INCIDENT,
    expected: { component: 'redis-cart', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'redis-cart', cause: 'oom-killed' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest: release/kubernetes-manifests.yaml at 34ffea9: redis-cart runs redis:alpine with no config file (so Redis' default
      save points and stop-writes-on-bgsave-error yes), memory limit 256Mi, tcpSocket probes on 6379 and an emptyDir /data; cartservice
      (.NET, Microsoft.Extensions.Caching.StackExchangeRedis) reaches it through REDIS_ADDR=redis-cart:6379; the frontend's POST /cart
      calls cartservice AddItem.
      Failure mode: the well-known Redis RDB persistence failure. With a dataset that has grown to ~170MB under months of loadgenerator
      sessions, the BGSAVE child's copy-on-write pages push the container's cgroup over 256Mi and the kernel kills the child
      ("Background saving terminated by signal 9"); the main process survives, so the container never restarts and the tcpSocket
      probes keep it Ready. Redis then refuses every write with the real MISCONF error text while reads (GetCart) keep working, and
      retries the background save every few seconds. cartservice surfaces it as FailedPrecondition "Can't access cart storage", the
      frontend as "failed to add to cart" 500s, louder than redis-cart's own warning lines. A careful engineer names redis-cart's
      memory as exhausted (resource-exhaustion); calling it an OOM kill (of the save child) is also accepted.
      Decoy: adservice's single restart two days ago (OOMKilled, 137), unrelated and healthy since.
      Log formats: redis-server 7.2 log prefix, ASP.NET Core console logger, the frontend's logrus JSON.`,
    workloads: {
      adservice: {
        pods: [{
          containers: {
            server: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 131),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.4), finishedAt: T.iso(-60 * 24 * 2 - 131.2) },
            }),
          },
        }],
      },
    },
    events: [],
    logs: {
      'redis-cart#0/redis': redisCartLog(T),
      'cartservice#0/server': cartLog(T, 0),
      'cartservice#1/server': cartLog(T, 1),
      'frontend#0/server': frontendLog(T, 0),
      'frontend#1/server': frontendLog(T, 1),
      'checkoutservice#0/server': [
        JSON.stringify({ message: 'service config: &{productCatalogSvcAddr:productcatalogservice:3550 ...}', severity: 'info', timestamp: T.isoMs(-60 * 24 * 9 + 0.3) }),
        JSON.stringify({ message: 'starting to listen on tcp: "[::]:5050"', severity: 'info', timestamp: T.isoMs(-60 * 24 * 9 + 0.31) }),
        ...[-38, -31, -17, -9, -3].map((m) => JSON.stringify({ message: `[PlaceOrder] user_id="${uuid(`sess/${m}`)}" user_currency="USD"`, severity: 'info', timestamp: T.isoMs(m) })),
        ...[-38, -31, -17, -9, -3].map((m) => JSON.stringify({ message: `payment went through (transaction_id: ${uuid(`tx/${m}`)})`, severity: 'info', timestamp: T.isoMs(m + 0.01) })),
      ].sort((a, b) => JSON.parse(a).timestamp.localeCompare(JSON.parse(b).timestamp)),
    },
  },
];
