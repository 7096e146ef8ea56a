// Blind dev batch s65a, Online Boutique: one scenario spec for the scenario kit on the session-2 system definition
// (scripts/s2-scenarios/online-boutique.mjs); built by scripts/s65a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';

export { system } from '../s2-scenarios/online-boutique.mjs';

const T = clock('2026-07-09T08:16:00Z');
const ROLLOUT = -22;
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const redisTs = (min) => {
  const d = new Date(T.isoMs(min));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`;
};
const rl = (min, role, lvl, msg) => `1:${role} ${redisTs(min)} ${lvl} ${msg}`;
// logrus JSONFormatter (keys sorted) as the Go frontend prints it.
const fl = (min, fields) => JSON.stringify(Object.fromEntries(Object.entries({ ...fields, timestamp: T.isoMs(min) }).sort(([a], [b]) => a.localeCompare(b))));

const REDIS_CONF_CM = 'redis-cart-config';
const dataMount = { mountPath: '/data', name: 'redis-data' };
const confMount = { mountPath: '/usr/local/etc/redis', name: 'redis-config', readOnly: true };
const dataVol = { name: 'redis-data', emptyDir: {} };
const confVol = { name: 'redis-config', configMap: { name: REDIS_CONF_CM, defaultMode: 420 } };

const redisLog = [
  rl(ROLLOUT + 0.6, 'C', '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
  rl(ROLLOUT + 0.6, 'C', '*', 'Redis version=7.4.2, bits=64, commit=00000000, modified=0, pid=1, just started'),
  rl(ROLLOUT + 0.6, 'C', '*', 'Configuration loaded'),
  rl(ROLLOUT + 0.6, 'M', '*', 'monotonic clock: POSIX clock_gettime'),
  rl(ROLLOUT + 0.6, 'M', '*', 'Running mode=standalone, port=6379.'),
  rl(ROLLOUT + 0.6, 'M', '#', 'WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add \'vm.overcommit_memory = 1\' to /etc/sysctl.conf and then reboot or run the command \'sysctl vm.overcommit_memory=1\' for this to take effect.'),
  rl(ROLLOUT + 0.6, 'M', '*', 'Server initialized'),
  rl(ROLLOUT + 0.6, 'M', '*', 'Ready to accept connections tcp'),
];

const SE = 'StackExchange.Redis.RedisConnectionException: It was not possible to connect to the redis server(s). SocketClosed (ReadEndOfStream, last-recv: 371) on redis-cart:6379/Interactive, Flushed/ComputeResult, last: ECHO, origin: ReadFromPipe, outstanding: 4, last-read: 0s ago, last-write: 0s ago, keep-alive: 60s, state: ConnectedEstablishing, mgr: 9 of 10 available, last-heartbeat: never, global: 0s ago, v: 2.7.33.41805\n   at Microsoft.Extensions.Caching.StackExchangeRedis.RedisCache.ConnectAsync(CancellationToken token)\n   at Microsoft.Extensions.Caching.StackExchangeRedis.RedisCache.GetAndRefreshAsync(String key, Boolean getData, CancellationToken token)\n   at Microsoft.Extensions.Caching.StackExchangeRedis.RedisCache.GetAsync(String key, CancellationToken token)\n   at cartservice.cartstore.RedisCartStore.GetCartAsync(String userId) in /app/cartstore/RedisCartStore.cs:line 94';
const users = ['9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0', '4e7d1a90-2c5b-4f83-a1e6-0d9c3b7f2a51', 'c03f8e2d-71a4-4b9e-8d26-5f1e9a0c4b37', '1a6b5c2e-93d7-4e08-b2f4-8c7d0e3a9f16'];
const paths = ['/', '/product/OLJCESPC7Z', '/cart', '/', '/product/66VCHSJNUP', '/product/1YMWWN1N4O', '/'];

const frontLog = (offset) => {
  const out = [];
  let k = 0;
  for (let m = -40 + offset; m < -0.3; m += 0.55) {
    k += 1;
    const id = `${(0x5e1c0000 + k * 977 + Math.round(offset * 10)).toString(16)}-3b1e-4c57-9d6a-2f4b9e7a1c03`;
    const path = paths[k % paths.length];
    const session = users[k % users.length];
    const base = { 'http.req.id': id, 'http.req.method': 'GET', 'http.req.path': path, session };
    out.push(fl(m, { ...base, message: 'request started', severity: 'debug' }));
    if (m < ROLLOUT + 0.7) {
      if (path !== '/cart') out.push(fl(m + 0.0002, { ...base, currency: 'USD', message: path === '/' ? 'home' : 'serving product page', severity: path === '/' ? 'info' : 'debug', ...(path === '/' ? {} : { id: path.split('/')[2] }) }));
      else out.push(fl(m + 0.0002, { ...base, message: 'view user cart', severity: 'debug' }));
      out.push(fl(m + 0.0005, { ...base, 'http.resp.bytes': path === '/' ? 10922 : 8120, 'http.resp.status': 200, 'http.resp.took_ms': 31 + (k % 17), message: 'request complete', severity: 'debug' }));
    } else {
      out.push(fl(m + 0.0004, { ...base, error: `could not retrieve cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. ${SE}`, message: 'request error', severity: 'error' }));
      out.push(fl(m + 0.0005, { ...base, 'http.resp.bytes': 1433, 'http.resp.status': 500, 'http.resp.took_ms': 6 + (k % 9), message: 'request complete', severity: 'debug' }));
    }
  }
  return out;
};

const cartLog = (offset) => {
  const out = [];
  let k = 0;
  for (let m = -30 + offset; m < -0.3; m += 0.6) {
    k += 1;
    out.push(`GetCartAsync called with userId=${users[(k + Math.round(offset)) % users.length]}`);
    if (k % 6 === 0 && m < ROLLOUT + 0.7) out.push(`AddItemAsync called with userId=${users[k % users.length]}, productId=OLJCESPC7Z, quantity=1`);
  }
  return out;
};

export const scenarios = [
  {
    folder: 's65a-redis-cart-protected-mode',
    description: 'online boutique: every page 500s with "could not retrieve cart" since 7:55ish. cartservice pods all ready, nothing restarting',
    incidentTime: '2026-07-09T08:16:00Z',
    expected: { component: 'redis-cart', cause: 'config-error' },
    alsoAcceptable: [{ component: 'redis-cart', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'rollout-regression', 'time-expression', 'partial-name', 'decoy'],
    grounding: `
      Fault: at 07:54 the platform team rolled redis-cart to start from a mounted redis.conf (ConfigMap redis-cart-config,
      command redis-server /usr/local/etc/redis/redis.conf) to add maxmemory after an earlier OOM. They started from the
      stock redis.conf, commented out its "bind 127.0.0.1 -::1" line so other pods could connect, and left
      "protected-mode yes" with no requirepass. The official redis image disables protected mode only in its compiled-in
      default; an explicit config file turns it back on, and with no bind address and no password Redis accepts TCP
      connections but answers every non-loopback client with "-DENIED Redis is running in protected mode ..." and closes
      the connection (redis.conf comments on protected-mode; the many public reports of DENIED after hand-written configs,
      e.g. redis/redis#12455, StackExchange/StackExchange.Redis#2647). Redis logs nothing for refused clients: its log
      is a clean start. The kubelet's tcpSocket probes only open a TCP connection, so redis-cart is Running and Ready.
      cartservice (v0.10.x: RedisCartStore over IDistributedCache, Ping() returns true) stays Ready too, and throws
      RpcException FailedPrecondition "Can't access cart storage. ..." with StackExchange.Redis seeing the socket closed
      during the handshake. The frontend calls GetCart on the home, product and cart pages, so every page is a 500
      "could not retrieve cart" (logrus "request error"): the frontend is by far the loudest component.
      The old and new redis-cart ReplicaSets differ exactly by the command, the config volume and its mount.
      Decoy: one cartservice pod was OOMKilled two days ago (restartCount 1) and has been fine since.
      Deviations from upstream: the redis.conf ConfigMap, command and mount (upstream runs redis:alpine with no config).
    `,
    configMaps: [{ name: REDIS_CONF_CM, keys: ['redis.conf'] }],
    workloads: {
      'redis-cart': {
        containers: { redis: { command: ['redis-server', '/usr/local/etc/redis/redis.conf'], volumeMounts: [dataMount, confMount] } },
        patch: { volumes: [dataVol, confVol] },
        rollout: { at: ROLLOUT, revision: 3, oldContainers: { redis: { command: undefined, volumeMounts: [dataMount] } }, oldPatch: { volumes: [dataVol] } },
        endpointsChanged: ROLLOUT + 0.7,
      },
      cartservice: {
        pods: [
          {},
          {
            containers: {
              server: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 49 - 8),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 49 - 8.1) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:redis-cart', reason: 'ScalingReplicaSet', message: 'Scaled up replica set redis-cart-%NEW% to 1', first: ROLLOUT },
      { on: 'deploy:redis-cart', reason: 'ScalingReplicaSet', message: 'Scaled down replica set redis-cart-%OLD% to 0 from 1', first: ROLLOUT + 0.8 },
      { on: 'rs:redis-cart', reason: 'SuccessfulCreate', message: 'Created pod: redis-cart-%RS%', first: ROLLOUT },
      { on: 'pod:redis-cart#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', first: ROLLOUT + 0.5, source: 'default-scheduler' },
      { on: 'pod:redis-cart#0', reason: 'Pulling', message: 'Pulling image "redis:alpine"', first: ROLLOUT + 0.5, fieldPath: 'spec.containers{redis}' },
      { on: 'pod:redis-cart#0', reason: 'Pulled', message: 'Successfully pulled image "redis:alpine" in 1.204s (1.204s including waiting). Image size: 17237642 bytes.', first: ROLLOUT + 0.55, fieldPath: 'spec.containers{redis}' },
      { on: 'pod:redis-cart#0', reason: 'Created', message: 'Created container redis', first: ROLLOUT + 0.55, fieldPath: 'spec.containers{redis}' },
      { on: 'pod:redis-cart#0', reason: 'Started', message: 'Started container redis', first: ROLLOUT + 0.58, fieldPath: 'spec.containers{redis}' },
    ],
    logs: {
      'redis-cart#0/redis': redisLog,
      'frontend#0/server': frontLog(0),
      'frontend#1/server': frontLog(0.27),
      'cartservice#0/server': cartLog(0),
      'cartservice#1/server': cartLog(0.3),
    },
  },
];
