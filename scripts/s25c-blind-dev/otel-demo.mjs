// Blind dev scenario of batch s25c for the OpenTelemetry demo (kit system scripts/kit-systems/otel-demo.mjs): valkey-cart,
// capped at 20Mi, OOM-killed whenever its periodic RDB BGSAVE forks; cart and checkout are the loud ones.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/otel-demo.mjs';

export const system = base;

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Valkey/Redis server log line: "<pid>:<role> 12 May 2026 09:44:08.125 * message".
const vk = (T, min, pid, role, lvl, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${pid}:${role} ${p(d.getUTCDate())} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${lvl} ${msg}`;
};
const vkBoot = (T, m) => [
  vk(T, m, 1, 'C', '*', 'oO0OoO0OoO0Oo Valkey is starting oO0OoO0OoO0Oo'),
  vk(T, m, 1, 'C', '*', 'Valkey version=8.1.3, bits=64, commit=00000000, modified=0, pid=1, just started'),
  vk(T, m, 1, 'C', '#', 'Warning: no config file specified, using the default config. In order to specify a config file use valkey-server /path/to/valkey.conf'),
  vk(T, m + 0.001, 1, 'M', '*', 'monotonic clock: POSIX clock_gettime'),
  vk(T, m + 0.002, 1, 'M', '*', 'Running mode=standalone, port=6379.'),
  vk(T, m + 0.002, 1, 'M', '#', "WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect."),
  vk(T, m + 0.003, 1, 'M', '*', 'Server initialized'),
  vk(T, m + 0.003, 1, 'M', '*', 'Ready to accept connections tcp'),
];
const SE = (user, op) =>
  `StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: ${op} ${user}; It was not possible to connect to the redis server(s). ConnectTimeout, inst: 0, qu: 0, qs: 0, aw: False, bw: Inactive, rs: NotStarted, ws: Idle, in: 0, last-in: 0, cur-in: 0, sync-ops: 0, async-ops: 48213, serverEndpoint: valkey-cart:6379, conn-sec: n/a, aoc: 0, mc: 1/1/0, mgr: 10 of 10 available, clientName: %POD%(SE.Redis-v2.8.16.12844), IOCP: (Busy=0,Free=1000,Min=1,Max=1000), WORKER: (Busy=2,Free=32765,Min=2,Max=32767), POOL: (Threads=6,QueuedItems=0,CompletedItems=311842,Timers=4), v: 2.8.16.12844`;
const USERS = ['0f3c8a52-7d1e-4b6a-9c2f-5e8d1a7b3c40', '6b2e9d14-3a7f-4c81-b5e0-2d9f8c1a4e67', 'c81f4e27-9b3d-4a5c-8e16-7f0a2d5b9c13', '3e9a7c05-1d4b-4f82-a6c9-8b2e5f7d0a19'];
const cartFail = (T, min, i, method = 'GetCart', op = 'HGET') => [
  'info: Grpc.AspNetCore.Server.ServerCallHandler[7]',
  `      Error status code 'FailedPrecondition' with detail 'Can't access cart storage. ${SE(USERS[i % USERS.length], op)}' raised.`,
  `      Grpc.Core.RpcException: Status(StatusCode="FailedPrecondition", Detail="Can't access cart storage. ${SE(USERS[i % USERS.length], op)}")`,
  `         at cart.cartstore.ValkeyCartStore.${method === 'GetCart' ? 'GetCartAsync' : 'AddItemAsync'}(String userId${method === 'GetCart' ? '' : ', String productId, Int32 quantity'}) in /src/cartstore/ValkeyCartStore.cs:line ${method === 'GetCart' ? 233 : 168}`,
  `         at cart.services.CartService.${method}(${method}Request request, ServerCallContext context) in /src/services/CartService.cs:line ${method === 'GetCart' ? 38 : 30}`,
];

const T1 = clock('2026-05-12T09:52:00Z');
// valkey-cart OOM kills (minutes before the incident): each ~5 min after a start, when the 300 s / 100 changes save point forks.
const KILLS = [-37.2, -31.6, -25.9, -19.8, -13.1, -5.4];
const starts = [-60 * 24 * 6, -37.0, -31.3, -25.5, -19.2, -12.0, -2.9];

export const scenarios = [
  {
    folder: 's25c-valkey-cart-bgsave-oom',
    incidentTime: '2026-05-12T09:52:00Z',
    description: 'astronomy shop: carts getting emptied + add to cart errors since ~09:15, checkout failing too',
    expected: { component: 'valkey-cart', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'valkey-cart', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      OpenTelemetry demo 2.1.3 manifest (kubernetes/opentelemetry-demo.yaml): valkey-cart runs valkey/valkey:8.1.3-alpine with a
      20Mi memory limit and no config file, so Valkey's default save points (3600 1 / 300 100 / 60 10000) apply and it
      BGSAVEs to /data every few minutes under the load generator's add-to-cart traffic. BGSAVE forks; on cgroup v2 nodes
      (GKE 1.32, COS) the kubelet sets memory.oom.group, so when parent plus copy-on-write child pass 20Mi the kernel kills
      the whole container: OOMKilled, exit 137, six times since 09:15, each restart an empty store. This is the classic
      Redis "fork for BGSAVE under a tight container limit" failure (Redis/Valkey docs on overcommit and fork; the
      "WARNING Memory overcommit must be enabled" line valkey prints at every start). Node problem detector's OOMKilling
      Node event (GKE default), kubelet BackOff. cart (.NET, StackExchange.Redis 2.8) raises FailedPrecondition "Can't access
      cart storage." with the library's real "No connection is active/available ... UnableToConnect/ConnectTimeout" text
      while valkey-cart restarts; checkout (Go) logs "failed to get user cart during checkout". Decoys: an old OOM kill of
      recommendation (500Mi) three days ago, and a benign rollout of ad 40 minutes before.
    `,
    nodes: {},
    workloads: {
      'valkey-cart': {
        pods: [
          {
            created: T1.iso(starts[0]),
            node: 'gke-astro-prod-default-pool-5f2c1a7e-9xwl',
            containers: {
              'valkey-cart': cs.restartedRunning({
                restarts: 6,
                startedAt: T1.iso(-2.9),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-12.0), finishedAt: T1.iso(-5.4) },
              }),
            },
          },
        ],
      },
      recommendation: {
        pods: [
          {
            containers: {
              recommendation: cs.restartedRunning({
                restarts: 1,
                startedAt: T1.iso(-60 * 24 * 3 - 41),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 6), finishedAt: T1.iso(-60 * 24 * 3 - 41.2) },
              }),
            },
          },
        ],
      },
      ad: {
        rollout: { at: -40, revision: 5, oldContainers: { ad: { image: 'ghcr.io/open-telemetry/demo:2.1.2-ad' } } },
      },
    },
    events: [
      { on: 'node:gke-astro-prod-default-pool-5f2c1a7e-9xwl', source: 'kernel-monitor', type: 'Warning', reason: 'OOMKilling', first: KILLS[0], last: KILLS[5], count: 6, message: 'Memory cgroup out of memory: Killed process 52 (valkey-server) total-vm:61204kB, anon-rss:9736kB, file-rss:3328kB, shmem-rss:0kB, UID:999 pgtables:120kB oom_score_adj:999' },
      { on: 'pod:valkey-cart#0', reason: 'Pulled', first: -37.0, last: -2.9, count: 6, message: 'Container image "valkey/valkey:8.1.3-alpine" already present on machine', fieldPath: 'spec.containers{valkey-cart}' },
      { on: 'pod:valkey-cart#0', reason: 'Created', first: -37.0, last: -2.9, count: 6, message: 'Created container: valkey-cart', fieldPath: 'spec.containers{valkey-cart}' },
      { on: 'pod:valkey-cart#0', reason: 'Started', first: -37.0, last: -2.9, count: 6, message: 'Started container valkey-cart', fieldPath: 'spec.containers{valkey-cart}' },
      { on: 'pod:valkey-cart#0', type: 'Warning', reason: 'BackOff', first: -25.8, last: -3.1, count: 9, message: 'Back-off restarting failed container valkey-cart in pod %POD%_otel-demo(%PODUID%)', fieldPath: 'spec.containers{valkey-cart}' },
      { on: 'deploy:ad', source: 'deployment-controller', reason: 'ScalingReplicaSet', first: -40, message: 'Scaled up replica set ad-%NEW% from 0 to 1' },
      { on: 'deploy:ad', source: 'deployment-controller', reason: 'ScalingReplicaSet', first: -39.2, message: 'Scaled down replica set ad-%OLD% from 1 to 0' },
      { on: 'pod:ad#0', reason: 'Pulled', first: -40, message: 'Successfully pulled image "ghcr.io/open-telemetry/demo:2.1.3-ad" in 6.912s (6.912s including waiting). Image size: 187306112 bytes.', fieldPath: 'spec.containers{ad}' },
    ],
    configMaps: [
      { name: 'otel-collector', keys: ['relay'] },
      { name: 'flagd-config', keys: ['demo.flagd.json'] },
      { name: 'product-catalog-products', keys: ['products.json'] },
    ],
    logs: {
      'valkey-cart#0/valkey-cart': [
        ...vkBoot(T1, -2.9),
      ],
      'valkey-cart#0/valkey-cart/previous': [
        ...vkBoot(T1, -12.0),
        vk(T1, -7.0, 1, 'M', '*', '100 changes in 300 seconds. Saving...'),
        vk(T1, -7.0, 1, 'M', '*', 'Background saving started by pid 38'),
        vk(T1, -6.9, 38, 'C', '*', 'DB saved on disk'),
        vk(T1, -6.9, 38, 'C', '*', 'Fork CoW for RDB: current 3 MB, peak 3 MB, average 2 MB'),
        vk(T1, -6.9, 1, 'M', '*', 'Background saving terminated with success'),
        vk(T1, -5.5, 1, 'M', '*', '100 changes in 300 seconds. Saving...'),
        vk(T1, -5.5, 1, 'M', '*', 'Background saving started by pid 52'),
      ],
      'cart#0/cart': [
        'info: cart.cartstore.ValkeyCartStore[0]',
        '      Connecting to Redis: valkey-cart:6379,ignoreUnknown=true',
        'info: cart.cartstore.ValkeyCartStore[0]',
        '      Connected to Redis',
        'info: Microsoft.Hosting.Lifetime[14]',
        '      Now listening on: http://[::]:8080',
        'info: Microsoft.Hosting.Lifetime[0]',
        '      Application started. Press Ctrl+C to shut down.',
        'info: cart.cartstore.ValkeyCartStore[0]',
        '      GetCartAsync called with userId=0f3c8a52-7d1e-4b6a-9c2f-5e8d1a7b3c40',
        ...cartFail(T1, -37, 0),
        ...cartFail(T1, -36.9, 1, 'AddItem', 'HGET'),
        'warn: cart.cartstore.ValkeyCartStore[0]',
        "      Wasn't able to connect to redis",
        ...cartFail(T1, -31.5, 2),
        ...cartFail(T1, -25.8, 3, 'AddItem', 'HGET'),
        ...cartFail(T1, -19.7, 0),
        ...cartFail(T1, -19.6, 1),
        ...cartFail(T1, -13.0, 2, 'AddItem', 'HGET'),
        ...cartFail(T1, -5.3, 3),
        ...cartFail(T1, -5.2, 0, 'AddItem', 'HGET'),
        'warn: cart.cartstore.ValkeyCartStore[0]',
        "      Wasn't able to connect to redis",
        ...cartFail(T1, -3.5, 1),
        'info: cart.cartstore.ValkeyCartStore[0]',
        '      AddItemAsync called with userId=c81f4e27-9b3d-4a5c-8e16-7f0a2d5b9c13, productId=OLJCESPC7Z, quantity=1',
      ],
      'checkout#0/checkout': [
        ...[-36.9, -31.4, -25.7, -19.6, -12.9, -5.2, -3.4].map((m, i) =>
          JSON.stringify({ time: T1.isoMs(m + 0.001 * i), level: 'ERROR', msg: 'failed to prepare order', 'app.user.id': USERS[i % USERS.length], error: `cart failure: failed to get user cart during checkout: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HGET ${USERS[i % USERS.length]}; It was not possible to connect to the redis server(s). ConnectTimeout` })),
        JSON.stringify({ time: T1.isoMs(-1.2), level: 'INFO', msg: 'payment went through', 'app.user.id': USERS[2], transaction_id: '8d1e6f4a-2b7c-4e93-a05d-c3f9b71e2d68' }),
        JSON.stringify({ time: T1.isoMs(-1.2), level: 'INFO', msg: 'order placed', 'app.order.id': 'f2b8c4d6-1e7a-11f1-9a3c-0242ac120007' }),
      ],
      'ad#0/ad': [
        `${T1.java(-39.5).replace(' ', 'T')}Z - INFO  [main] oteldemo.AdService: Ad service starting.`,
        `${T1.java(-39.4).replace(' ', 'T')}Z - INFO  [main] oteldemo.AdService: Ad service started, listening on 8080`,
        `${T1.java(-2).replace(' ', 'T')}Z - INFO  [grpc-default-executor-3] oteldemo.AdService: Targeted ad request received for [binoculars]`,
      ],
    },
  },
];
