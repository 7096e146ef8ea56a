// Batch s29b (blind dev): one OpenTelemetry demo (2.1.3) incident on the kit system definition scripts/kit-systems/otel-demo.mjs.
// valkey-cart at its 20Mi limit is OOMKilled whenever a background RDB save forks under a heavier load test; carts empty, cart 500s.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const INC = '2026-03-18T09:58:00Z';
const T = clock(INC);
const NODE = 'gke-astro-prod-default-pool-5f2c1a7e-9xwl';
const lg = system.workloads.find((w) => w.name === 'load-generator').containers[0];
const lgEnv = (users) => lg.env.map((e) => (e.name === 'LOCUST_USERS' ? { name: 'LOCUST_USERS', value: String(users) } : e));

// valkey's own log line: "<pid>:<role> DD Mon YYYY HH:MM:SS.mmm <level> msg"
const vts = (min) => {
  const iso = T.isoMs(min);
  const d = new Date(iso);
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${String(d.getUTCDate()).padStart(2, '0')} ${mon} ${d.getUTCFullYear()} ${iso.slice(11, 23)}`;
};
const vstart = (min) => [
  `1:C ${vts(min)} # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.`,
  `1:C ${vts(min)} * oO0OoO0OoO0Oo Valkey is starting oO0OoO0OoO0Oo`,
  `1:C ${vts(min)} * Valkey version=8.1.3, bits=64, commit=00000000, modified=0, pid=1, just started`,
  `1:C ${vts(min)} # Warning: no config file specified, using the default config. In order to specify a config file use valkey-server /path/to/valkey.conf`,
  `1:M ${vts(min + 0.001)} * monotonic clock: POSIX clock_gettime`,
  `1:M ${vts(min + 0.001)} * Running mode=standalone, port=6379.`,
  `1:M ${vts(min + 0.002)} * Server initialized`,
  `1:M ${vts(min + 0.002)} * Ready to accept connections tcp`,
];
const vsave = (min, pid, ok = true) => [
  `1:M ${vts(min)} * 100 changes in 300 seconds. Saving...`,
  `1:M ${vts(min + 0.0005)} * Background saving started by pid ${pid}`,
  ...(ok
    ? [`${pid}:C ${vts(min + 0.004)} * DB saved on disk`, `${pid}:C ${vts(min + 0.004)} * Fork CoW for RDB: current 6 MB, peak 6 MB, average 4 MB`, `1:M ${vts(min + 0.006)} * Background saving terminated with success`]
    : []),
];
const valkeyPrev = [...vstart(-19.4), ...vsave(-14.35, 31), ...vsave(-9.3, 38), ...vsave(-4.25, 45), ...vsave(-2.7, 52, false)];
const valkeyCur = [...vstart(-2.5)];

// cart (.NET console logger) around each kill: in-flight commands fail with SocketFailure, then UnableToConnect until valkey is back
const users = ['5d0c7a7e-41b6-4b0e-9a63-2f1a8c0d3e55', 'b2f4e8c1-0d7a-4e3b-8f26-91a5c3d7e402', '7e91c3a0-5b2d-4f8e-a1c6-3d0b9e7f2a18'];
const cartErr = (min, i, kind) => {
  const op = i % 2 ? 'HGET' : 'HSET';
  const inner =
    kind === 'socket'
      ? `StackExchange.Redis.RedisConnectionException: SocketFailure (ReadSocketError/ConnectionReset, last-recv: 7) on valkey-cart:6379/Interactive, Idle/MarkProcessed, last: ${op}, origin: ReadFromPipe, outstanding: 1, last-read: 0s ago, last-write: 0s ago, keep-alive: 60s, state: ConnectedEstablished, mgr: 9 of 10 available, in: 0, in-pipe: 0, out-pipe: 0, last-heartbeat: 0s ago, last-mbeat: 0s ago, global: 0s ago, v: 2.8.41.46474`
      : `StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: ${op} ${users[i % 3]}; UnableToConnect on valkey-cart:6379/Interactive, Initializing/NotStarted, last: NONE, origin: BeginConnectAsync, outstanding: 0, last-read: 0s ago, last-write: 0s ago, keep-alive: 60s, state: Connecting, mgr: 10 of 10 available, last-heartbeat: never, global: 0s ago, v: 2.8.41.46474`;
  return [
    `fail: Grpc.AspNetCore.Server.ServerCallHandler[6]`,
    `      Error when executing service method '${i % 2 ? 'GetCart' : 'AddItem'}'.`,
    `      Grpc.Core.RpcException: Status(StatusCode="FailedPrecondition", Detail="Can't access cart storage. ${inner}")`,
    `         at cart.cartstore.ValkeyCartStore.${i % 2 ? 'GetCartAsync' : 'AddItemAsync'}(String userId${i % 2 ? '' : ', String productId, Int32 quantity'}) in /src/cartstore/ValkeyCartStore.cs:line ${i % 2 ? 212 : 149}`,
    `         at cart.services.CartService.${i % 2 ? 'GetCart' : 'AddItem'}(${i % 2 ? 'GetCartRequest' : 'AddItemRequest'} request, ServerCallContext context) in /src/services/CartService.cs:line ${i % 2 ? 55 : 39}`,
  ];
};
const KILLS = [-38.1, -29.0, -19.55, -2.6];
const cartLog = (() => {
  const out = [
    'info: cart.cartstore.ValkeyCartStore[0]',
    '      Connecting to Valkey: valkey-cart:6379,ignoreUnknown=true',
    'info: Microsoft.Hosting.Lifetime[14]',
    '      Now listening on: http://[::]:8080',
  ];
  KILLS.forEach((k, j) => {
    out.push(...cartErr(k, j, 'socket'));
    for (let n = 0; n < 3 + j; n++) out.push(...cartErr(k + 0.05 + n * 0.04, j + n + 1, 'connect'));
  });
  return out;
})();

const proxyLine = (min, method, path, code, flags, dur, ua = 'python-requests/2.32.3') =>
  `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${code} ${flags} ${method === 'POST' ? 61 : 0} ${code === 200 ? 412 : 31} ${dur} ${dur - 1} "-" "${ua}" "${(Math.abs(Math.sin(min)) * 1e16).toString(16).slice(0, 8)}-4c2e-9b1d-a7f3-e05d2c8b1f64" "frontend-proxy:8080" "%IPOF:frontend#0%:8080"`;
const proxyLog = (() => {
  const out = [];
  for (let m = -45; m < -0.3; m += 0.75) {
    const near = KILLS.some((k) => m >= k - 0.05 && m <= k + 0.4);
    out.push(proxyLine(m, 'GET', '/api/products?currencyCode=USD', 200, '-', 14));
    out.push(near ? proxyLine(m + 0.1, 'POST', '/api/cart?currencyCode=USD', 500, '-', 9) : proxyLine(m + 0.1, 'POST', '/api/cart?currencyCode=USD', 200, '-', 11));
  }
  return out;
})();

const checkoutLog = KILLS.slice(1).map((k, i) =>
  JSON.stringify({ time: T.isoMs(k + 0.2), level: 'ERROR', msg: 'failed to prepare order', userId: users[i], error: `failed to get user cart during checkout: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HGET ${users[i]}; UnableToConnect on valkey-cart:6379/Interactive, Initializing/NotStarted` }),
);

export const scenarios = [
  {
    folder: 's29b-valkey-cart-bgsave-oom',
    incidentTime: INC,
    description: 'astronomy shop: carts randomly emptying + add to cart errors on and off since ~9:20',
    expected: { component: 'valkey-cart', cause: 'oom-killed' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (opentelemetry-demo.yaml at a8a3ea2, chart 2.1.3): valkey-cart runs valkey/valkey:8.1.3-alpine with no config file,
      no volume and a 20Mi memory limit (no request, so the request equals the limit); cart reaches it at VALKEY_ADDR=valkey-cart:6379
      through StackExchange.Redis and turns a storage failure into FailedPrecondition "Can't access cart storage. …" (ValkeyCartStore.cs);
      checkout reports "failed to get user cart during checkout".
      Incident: the SRE team raised the load test (load-generator revision 3, LOCUST_USERS 10 -> 40) an hour ago. Valkey's default save
      policy ("save 3600 1 300 100 60 10000" when started without a config file) forks a child every five minutes to write dump.rdb; with
      four times the write rate the copy-on-write pages of the fork push the container over 20Mi, and on GKE 1.32 (cgroup v2,
      memory.oom.group) the kernel kills the whole container: OOMKilled, exit 137, four restarts in 40 minutes, each losing every cart (no
      volume). node-problem-detector's kernel-monitor reports the "Memory cgroup out of memory" kills on the node. Between kills everything
      is Ready; cart's error bursts (SocketFailure for in-flight commands, then UnableToConnect until valkey is back) and the frontend-proxy's
      500s on POST /api/cart are louder than valkey's own log, which just stops after "Background saving started by pid …".
      Decoy: the load-generator rollout is the trigger, not the fault (it is healthy and the test is wanted); a careful engineer names
      valkey-cart's memory limit. Log formats: valkey's "pid:role date level" lines with its 8.x startup banner, .NET console logger
      "fail: Category[EventId]" blocks, envoy's default access log.`,
    workloads: {
      'load-generator': {
        rollout: { at: -55, revision: 3, oldContainers: { 'load-generator': { env: lgEnv(10) } } },
        containers: { 'load-generator': { env: lgEnv(40) } },
      },
      'valkey-cart': {
        pods: [
          {
            node: NODE,
            containers: {
              'valkey-cart': cs.restartedRunning({
                restarts: 4,
                startedAt: T.iso(-2.5),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-19.4), finishedAt: T.iso(-2.6) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:load-generator', reason: 'ScalingReplicaSet', message: 'Scaled up replica set load-generator-%NEW% to 1 from 0', first: -55, last: -55 },
      { on: 'deploy:load-generator', reason: 'ScalingReplicaSet', message: 'Scaled down replica set load-generator-%OLD% to 0 from 1', first: -54.2, last: -54.2 },
      { on: `node:${NODE}`, reason: 'OOMKilling', type: 'Warning', source: 'kernel-monitor', count: 4, first: -38.1, last: -2.6, message: 'Memory cgroup out of memory: Killed process 52 (valkey-rdb-bgsa) total-vm:42188kB, anon-rss:9236kB, file-rss:3120kB, shmem-rss:0kB, UID:999 pgtables:96kB oom_score_adj:999' },
      { on: 'pod:valkey-cart#0', reason: 'Pulled', message: 'Container image "valkey/valkey:8.1.3-alpine" already present on machine', fieldPath: 'spec.containers{valkey-cart}', count: 4, first: -38, last: -2.52 },
      { on: 'pod:valkey-cart#0', reason: 'Created', message: 'Created container: valkey-cart', fieldPath: 'spec.containers{valkey-cart}', count: 4, first: -38, last: -2.51 },
      { on: 'pod:valkey-cart#0', reason: 'Started', message: 'Started container valkey-cart', fieldPath: 'spec.containers{valkey-cart}', count: 4, first: -38, last: -2.5 },
      { on: 'pod:valkey-cart#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container valkey-cart in pod %POD%_otel-demo(%PODUID%)', fieldPath: 'spec.containers{valkey-cart}', count: 2, first: -19.5, last: -2.58 },
    ],
    logs: {
      'valkey-cart#0/valkey-cart/previous': valkeyPrev,
      'valkey-cart#0/valkey-cart': valkeyCur,
      'cart#0/cart': cartLog,
      'checkout#0/checkout': checkoutLog,
      'frontend-proxy#0/frontend-proxy': proxyLog,
      'load-generator#0/load-generator': [
        `[${T.java(-54).replace('.', ',')}] %POD%/INFO/locust.main: Starting Locust 2.37.10`,
        `[${T.java(-54).replace('.', ',')}] %POD%/INFO/locust.main: Starting web interface at http://0.0.0.0:8089, press enter to open your default browser.`,
        `[${T.java(-53.9).replace('.', ',')}] %POD%/INFO/locust.runners: Ramping to 40 users at a rate of 1.00 per second`,
        `[${T.java(-53.2).replace('.', ',')}] %POD%/INFO/locust.runners: All users spawned: {"WebsiteBrowserUser": 20, "WebsiteUser": 20} (40 total users)`,
      ],
    },
  },
];
