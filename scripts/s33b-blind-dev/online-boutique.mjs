// Batch s33b (blind dev): one Online Boutique incident on the session-2 system (scripts/s2-scenarios/online-boutique.mjs) —
// redis-cart, with no maxmemory, outgrows its 256Mi limit and is OOM-killed again a minute after every restart reloads its RDB.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;

const IT = '2026-03-19T10:31:00Z';
const T = clock(IT);
const N = system.nodes.map((n) => n.name);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const rts = (min) => { const d = new Date(Date.parse(T.isoMs(min))); const p = (n, w = 2) => String(n).padStart(w, '0'); return `${p(d.getUTCDate())} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`; };
const r = (min, role, lvl, msg) => `1:${role} ${rts(min)} ${lvl} ${msg}`;
const front = (min, severity, message, extra = {}) => JSON.stringify({ ...(extra.error ? { error: extra.error } : {}), 'http.req.id': extra.id, 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', message, session: extra.session, severity, timestamp: T.isoMs(min) });

// One redis-server life: start, reload the RDB the last successful save wrote (at -27.4), serve; the kernel then kills it
// without a log line as cart writes push the reloaded dataset over the cgroup limit.
const LAST_SAVE = -27.4;
const life = (start, loadSec) => [
  r(start, 'C', '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
  r(start, 'C', '*', 'Redis version=7.2.4, bits=64, commit=00000000, modified=0, pid=1, just started'),
  r(start, 'C', '#', 'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf'),
  r(start + 0.001, 'M', '*', 'monotonic clock: POSIX clock_gettime'),
  r(start + 0.001, 'M', '*', 'Running mode=standalone, port=6379.'),
  r(start + 0.001, 'M', '*', 'Server initialized'),
  r(start + 0.002, 'M', '*', 'Loading RDB produced by version 7.2.4'),
  r(start + 0.002, 'M', '*', `RDB age ${Math.round((start - LAST_SAVE) * 60)} seconds`),
  r(start + 0.002, 'M', '*', 'RDB memory usage when created 243.88 Mb'),
  r(start + loadSec / 60, 'M', '*', 'Done loading RDB, keys loaded: 1184163, keys expired: 0.'),
  r(start + loadSec / 60, 'M', '*', `DB loaded from disk: ${loadSec.toFixed(3)} seconds`),
  r(start + loadSec / 60, 'M', '*', 'Ready to accept connections tcp'),
];

const sessions = ['3f0c9a6e-5b21-4d7e-8a14-c2e97b6d0f35', 'a81d27c4-6e0b-4f93-b5c8-19d4e7f2a603', 'd25e8b17-04c9-4a6f-9e3b-7f81c0a4d962', '6b9f3e02-c7a4-4d18-a2e5-0d4b8f17c39e'];
const frontLog = [];
for (let m = -35, i = 0; m < -0.4; m += 0.9, i++) {
  const session = sessions[i % 4];
  const id = `${(0x4a00b3c1 + i * 7919).toString(16)}-2c4e-4b7a-9d31-${(0x5e20a4c9f1b7 + i * 104729).toString(16)}`;
  frontLog.push(front(m, 'debug', 'request started', { id, path: '/', session }));
  frontLog.push(front(m + 0.01, 'debug', 'home', { id, path: '/', session, method: 'GET' }).replace('"message":"home"', '"currency":"USD","message":"home"'));
  if (m < -24) {
    frontLog.push(front(m + 0.02, 'debug', 'request complete', { id, path: '/', session }).replace('"message"', '"http.resp.bytes":10719,"http.resp.status":200,"http.resp.took_ms":38,"message"'));
  } else {
    const err = i % 3 === 0
      ? 'could not retrieve cart: rpc error: code = FailedPrecondition desc = Can\'t access cart storage. StackExchange.Redis.RedisConnectionException: It was not possible to connect to the redis server(s). Error connecting right now. To allow this multiplexer to continue retrying until it\'s able to connect, use abortConnect=false in your connection string or AbortOnConnectFail=false; in your code.'
      : 'could not retrieve cart: rpc error: code = FailedPrecondition desc = Can\'t access cart storage. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HMGET ' + session + '; UnableToConnect on redis-cart:6379/Interactive, Initializing/NotStarted, last: NONE, origin: BeginConnectAsync, outstanding: 0, last-read: 0s ago, last-write: 0s ago, keep-alive: 60s, state: Connecting, mgr: 10 of 10 available, last-heartbeat: never, global: 0s ago, v: 2.7.4.20928';
    frontLog.push(front(m + 0.05, 'error', 'request error', { id, path: '/', session, error: err }));
    frontLog.push(front(m + 0.05, 'debug', 'request complete', { id, path: '/', session }).replace('"message"', '"http.resp.bytes":1534,"http.resp.status":500,"http.resp.took_ms":5012,"message"'));
  }
}

const cartLog = [];
for (let m = -35, i = 0; m < -0.4; m += 1.3, i++) {
  cartLog.push('Checking CartService Health');
  if (m < -24) cartLog.push(`GetCartAsync called with userId=${sessions[i % 4]}`);
  else {
    cartLog.push(`GetCartAsync called with userId=${sessions[i % 4]}`);
    cartLog.push(`Grpc.Core.RpcException: Status(StatusCode="FailedPrecondition", Detail="Can't access cart storage. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HMGET ${sessions[i % 4]}; UnableToConnect on redis-cart:6379/Interactive, Initializing/NotStarted, last: NONE, origin: BeginConnectAsync, outstanding: 0, last-read: 0s ago, last-write: 0s ago, keep-alive: 60s, state: Connecting, mgr: 10 of 10 available, last-heartbeat: never, global: 0s ago, v: 2.7.4.20928")`);
    cartLog.push('   at cartservice.cartstore.RedisCartStore.GetCartAsync(String userId) in /app/cartstore/RedisCartStore.cs:line 105');
    cartLog.push('   at cartservice.services.CartService.GetCart(GetCartRequest request, ServerCallContext context) in /app/services/CartService.cs:line 43');
  }
}

export const scenarios = [
  {
    folder: 's33b-redis-cart-oom-rdb-reload',
    split: 'dev',
    description: 'boutique frontend returning 500 on almost every page, cart is gone for users',
    incidentTime: IT,
    expected: { component: 'redis-cart', cause: 'oom-killed' },
    difficulty: 'easy',
    traits: ['louder-dependents', 'decoy'],
    grounding: `
      Manifests: GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml (redis-cart: redis:alpine, no args so
      no maxmemory, emptyDir /data, requests 70m/200Mi, limits 125m/256Mi, tcpSocket probes on 6379; cartservice REDIS_ADDR
      redis-cart:6379; frontend CART_SERVICE_ADDR). cartservice stores each session's cart with IDistributedCache and no expiry,
      and the loadgenerator plus real traffic create new sessions all the time, so the dataset only grows (a known upstream
      limitation: carts never expire). Fault, as Redis documents for containers without maxmemory: the dataset reaches the
      256Mi cgroup limit (the first kill during a BGSAVE fork, whose copy-on-write pages tip it over) and the kernel kills
      redis-server (OOMKilled, exit 137). The dump.rdb on the emptyDir survives container restarts, so each restart reloads the
      same ~244 MB (same key count every time: writes since the last save are lost) and is killed within about a minute as
      cart writes resume: CrashLoopBackOff, 7 restarts. Redis log lines are redis 7.2's real startup/RDB-load texts (an OOM
      kill leaves no log line); GKE's
      node-problem-detector OOMKilling event has the kernel's "Memory cgroup out of memory: Killed process" wording; cartservice
      returns FailedPrecondition "Can't access cart storage." with the StackExchange.Redis RedisConnectionException texts and
      the frontend wraps it as "could not retrieve cart" with 500s. cartservice stays Ready (its health check does not touch
      Redis). Decoys: a finished currencyservice rollout two days ago and an old adservice restart.
    `,
    workloads: {
      'redis-cart': {
        pods: [{
          node: N[1],
          readyTransition: T.iso(-2.7),
          containers: { redis: cs.crashLoop({ restarts: 7, exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-3.7), finishedAt: T.iso(-2.7), backoff: '5m0s', container: 'redis' }) },
        }],
        endpointsChanged: -2.7,
      },
      currencyservice: { rollout: { at: -60 * 24 * 2 - 130 }, containers: { server: { image: 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/currencyservice:v0.10.7' } } },
      adservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 12), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 24 * 3 - 12.5) } }) } }],
      },
    },
    events: [
      { on: 'pod:redis-cart#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{redis}', message: 'Back-off restarting failed container redis in pod %POD%_boutique(%PODUID%)', first: -23.9, last: -0.7, count: 38 },
      { on: 'pod:redis-cart#0', reason: 'Pulled', fieldPath: 'spec.containers{redis}', message: 'Container image "redis:alpine" already present on machine', first: -24.9, last: -3.7, count: 7 },
      { on: 'pod:redis-cart#0', reason: 'Created', fieldPath: 'spec.containers{redis}', message: 'Created container redis', first: -24.9, last: -3.7, count: 7 },
      { on: 'pod:redis-cart#0', reason: 'Started', fieldPath: 'spec.containers{redis}', message: 'Started container redis', first: -24.9, last: -3.7, count: 7 },
      { on: 'pod:redis-cart#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{redis}', message: 'Readiness probe failed: dial tcp %PODIP%:6379: connect: connection refused', first: -24.9, last: -3.6, count: 9 },
      { on: `node:${N[1]}`, reason: 'OOMKilling', type: 'Warning', source: 'kernel-monitor', message: 'Memory cgroup out of memory: Killed process 2281943 (redis-server) total-vm:318664kB, anon-rss:259872kB, file-rss:4096kB, shmem-rss:0kB, UID:1000 pgtables:612kB oom_score_adj:988', first: -25.1, last: -2.7, count: 8 },
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set currencyservice-%NEW% to 1', first: -60 * 24 * 2 - 130 },
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set currencyservice-%OLD% to 0 from 1', first: -60 * 24 * 2 - 129 },
    ],
    logs: {
      'redis-cart#0/redis': life(-3.7, 3.874),
      'redis-cart#0/redis/previous': life(-9.7, 3.902),
      'cartservice#0/server': cartLog,
      'frontend#0/server': frontLog,
      'checkoutservice#0/server': [
        JSON.stringify({ message: 'payment went through (transaction_id: 1f8a7c3e-9b42-4d6a-8e15-c07b2d94f361)', severity: 'info', timestamp: T.isoMs(-31.2) }),
        JSON.stringify({ message: 'order confirmation email sent to "someone@example.com"', severity: 'info', timestamp: T.isoMs(-31.2) }),
        JSON.stringify({ message: '[PlaceOrder] user_id="6b9f3e02-c7a4-4d18-a2e5-0d4b8f17c39e" user_currency="USD"', severity: 'info', timestamp: T.isoMs(-12.4) }),
        JSON.stringify({ message: 'failed to get user cart during checkout: rpc error: code = FailedPrecondition desc = Can\'t access cart storage.', severity: 'warning', timestamp: T.isoMs(-12.4) }),
      ],
    },
  },
];
