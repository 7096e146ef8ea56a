// Batch s45b blind dev scenario for the OpenTelemetry demo 2.1.3 (kit system scripts/kit-systems/otel-demo.mjs): valkey-cart
// outgrows its 20Mi limit when the RDB snapshot fork doubles its pages and is OOMKilled again and again; carts empty, cart louder.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const T5 = clock('2026-06-12T16:31:00Z');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n, w = 2) => String(n).padStart(w, '0');
// valkey/redis log line: 1:M 12 Jun 2026 16:02:11.123 * message
const vk = (T, min, role, lvl, msg) => {
  const d = new Date(T.isoMs(min));
  return `1:${role} ${p2(d.getUTCDate())} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${p2(d.getUTCMilliseconds(), 3)} ${lvl} ${msg}`;
};
const valkeyRun = (T, start, saveAt, childPid) => [
  vk(T, start, 'C', '*', 'oO0OoO0OoO0Oo Valkey is starting oO0OoO0OoO0Oo'),
  vk(T, start, 'C', '*', 'Valkey version=8.1.3, bits=64, commit=00000000, modified=0, pid=1, just started'),
  vk(T, start, 'C', '#', 'Warning: no config file specified, using the default config. In order to specify a config file use valkey-server /path/to/valkey.conf'),
  vk(T, start + 0.001, 'M', '*', 'monotonic clock: POSIX clock_gettime'),
  vk(T, start + 0.001, 'M', '*', 'Running mode=standalone, port=6379.'),
  vk(T, start + 0.001, 'M', '*', 'Server initialized'),
  vk(T, start + 0.001, 'M', '*', 'Ready to accept connections tcp'),
  ...(saveAt === undefined ? [] : [
    vk(T, saveAt, 'M', '*', '100 changes in 300 seconds. Saving...'),
    vk(T, saveAt + 0.001, 'M', '*', `Background saving started by pid ${childPid}`),
  ]),
];
const SE = (op, key) => `StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: ${op} ${key}; UnableToConnect on valkey-cart:6379/Interactive, Initializing/NotStarted, last: NONE, origin: BeginConnectAsync, outstanding: 0, last-read: 0s ago, last-write: 0s ago, keep-alive: 60s, state: Connecting, mgr: 10 of 10 available, last-heartbeat: never, global: 0s ago, v: 2.8.58.28305`;
const USERS = ['2f8c4a1e-6b3d-4e7a-9c15-0d2e8f7b3a61', '7a1d9e35-c842-4b6f-a0e3-5f9c2d81b4e7', 'c43b0f8a-19d7-4e25-b6a1-8e7d3c5f0a92', '5e9a2c71-3f4b-48d0-9e6c-1b7a8d2f4c05'];
const cartFail = (T, min, method, op, user) => [
  `fail: Grpc.AspNetCore.Server.ServerCallHandler[6]`,
  `      Error when executing service method '${method}'.`,
  `      Grpc.Core.RpcException: Status(StatusCode="FailedPrecondition", Detail="Can't access cart storage. ${SE(op, user)}")`,
  `         at cart.cartstore.ValkeyCartStore.${method === 'AddItem' ? 'AddItemAsync' : 'GetCartAsync'}(String userId${method === 'AddItem' ? ', String productId, Int32 quantity' : ''}) in /usr/src/app/src/cartstore/ValkeyCartStore.cs:line ${method === 'AddItem' ? 144 : 181}`,
  `         at cart.services.CartService.${method}(${method}Request request, ServerCallContext context) in /usr/src/app/src/services/CartService.cs:line ${method === 'AddItem' ? 41 : 57}`,
];
const feErr = (T, min, user) => [
  `Error: 9 FAILED_PRECONDITION: Can't access cart storage. ${SE('HGET', user)}`,
  '    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)',
  '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)',
  '    at /app/node_modules/@grpc/grpc-js/build/src/resolving-call.js:129:78',
  'for call at',
  '    at ServiceClientImpl.makeUnaryRequest (/app/node_modules/@grpc/grpc-js/build/src/client.js:161:32)',
  '    at /app/.next/server/pages/api/cart.js:1:2185',
  '    at new Promise (<anonymous>)',
  '    at Object.getCart (/app/.next/server/pages/api/cart.js:1:2162) {',
  '  code: 9,',
  `  details: "Can't access cart storage. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HGET ${user}; UnableToConnect on valkey-cart:6379/Interactive ...",`,
  "  metadata: Metadata { internalRepr: Map(0) {}, options: {} }",
  '}',
];
const envoy = (T, min, method, path, status, dur, ua) =>
  `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${status} - via_upstream - "-" ${method === 'POST' ? 71 : 0} ${status === 200 ? 412 : 58} ${dur} ${dur - 1} "-" "${ua}" "${USERS[Math.abs(Math.round(min)) % 4].slice(0, 8)}-9f2e-4c1b-8a7d-3e6f0b5c2d91" "frontend-proxy:8080" "%IPOF:frontend#0%:8080" frontend %PODIP%:48812 %PODIP%:8080 %IPOF:load-generator#0%:51230 - -`;
const LOCUST = 'python-requests/2.32.4';
const restarts = [-24.3, -17.9, -11.6, -5.5];
const KILLS = restarts.map((m, i) => `Memory cgroup out of memory: Killed process ${2211903 + i * 4127} (valkey-server) total-vm:${61244 + i * 512}kB, anon-rss:${19940 + i * 36}kB, file-rss:3968kB, shmem-rss:0kB, UID:999 pgtables:128kB oom_score_adj:999`);
const N1 = 'gke-astro-prod-default-pool-5f2c1a7e-9xwl';

const proxyLog = [];
for (let m = -30; m < -0.2; m += 0.8) {
  const broken = restarts.some((r) => m > r && m < r + 0.9) || (m > -24.3 && Math.round(m * 10) % 3 === 0);
  proxyLog.push(envoy(T5, m, 'GET', '/api/cart?sessionId=' + USERS[Math.abs(Math.round(m)) % 4] + '&currencyCode=USD', broken ? 500 : 200, broken ? 5012 : 6, LOCUST));
  proxyLog.push(envoy(T5, m + 0.1, 'GET', '/api/products/OLJCESPC7Z?currencyCode=USD', 200, 9, LOCUST));
}
const cartLog = [
  'info: cart.cartstore.ValkeyCartStore[0]',
  '      Connecting to Redis: valkey-cart:6379,ignoreUnknown=true',
  'info: Microsoft.Hosting.Lifetime[14]',
  '      Now listening on: http://[::]:8080',
];
const frontLog = [];
restarts.forEach((r, i) => {
  cartLog.push(...cartFail(T5, r + 0.05, 'GetCart', 'HGET', USERS[i % 4]));
  cartLog.push(...cartFail(T5, r + 0.2, 'AddItem', 'HSET', USERS[(i + 1) % 4]));
  frontLog.push(...feErr(T5, r + 0.05, USERS[i % 4]));
  frontLog.push(...feErr(T5, r + 0.3, USERS[(i + 2) % 4]));
});

export const scenarios = [
  {
    folder: 's45b-valkey-cart-oomkilled',
    description: 'astronomy shop: carts randomly empty / add to cart failing on and off for the last 25 min',
    incidentTime: '2026-06-12T16:31:00Z',
    expected: { component: 'valkey-cart', cause: 'oom-killed' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      opentelemetry-demo 2.1.3 (kubernetes/opentelemetry-demo.yaml at a8a3ea2): valkey-cart runs valkey/valkey:8.1.3-alpine with
      no config file (so the default save points apply) and a 20Mi memory limit; cart (.NET, StackExchange.Redis) reaches it at
      VALKEY_ADDR valkey-cart:6379. The load generator was scaled up (LOCUST_USERS 10 -> 50, a healthy rollout 35 minutes earlier,
      the decoy): carts grow towards the limit and each "100 changes in 300 seconds. Saving..." forks a BGSAVE child whose
      copy-on-write pages are charged to the same cgroup; on GKE's cgroup v2 the kubelet sets memory.oom.group, so the kernel
      kill takes the whole container: lastState OOMKilled/137, 4 restarts in 19 minutes, node-problem-detector's kernel-monitor
      OOMKilling events on the node ("Memory cgroup out of memory: Killed process ... (valkey-server)"). The store is in-memory
      only, so every restart empties every cart. cart logs Grpc.AspNetCore "Error when executing service method" with
      RpcException FailedPrecondition "Can't access cart storage. StackExchange.Redis.RedisConnectionException: No connection is
      active/available" around each restart; frontend logs grpc-js "9 FAILED_PRECONDITION", frontend-proxy's envoy 500s on
      /api/cart (louder). valkey-cart is Running and Ready at incident time. Expected: valkey-cart oom-killed.
    `,
    workloads: {
      'valkey-cart': {
        pods: [{
          node: N1,
          created: T5.iso(-60 * 24 * 8),
          containers: {
            'valkey-cart': cs.restartedRunning({ restarts: 4, startedAt: T5.iso(-5.3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T5.iso(-11.4), finishedAt: T5.iso(-5.5) } }),
          },
          readyTransition: T5.iso(-5.3),
        }],
        endpointsChanged: -5.3,
      },
      'load-generator': {
        rollout: { at: -35, revision: 3 },
        containers: {
          'load-generator': {
            env: system.workloads.find((w) => w.name === 'load-generator').containers[0].env.map((v) => (v.name === 'LOCUST_USERS' ? { name: 'LOCUST_USERS', value: '50' } : v)),
          },
        },
      },
    },
    events: [
      ...restarts.map((r, i) => ({ on: `node:${N1}`, reason: 'OOMKilling', type: 'Warning', source: 'kernel-monitor', message: KILLS[i], first: r - 0.02, last: r - 0.02 })),
      { on: 'pod:valkey-cart#0', reason: 'Pulled', message: 'Container image "valkey/valkey:8.1.3-alpine" already present on machine', first: -24.1, last: -5.3, count: 4, fieldPath: 'spec.containers{valkey-cart}' },
      { on: 'pod:valkey-cart#0', reason: 'Started', message: 'Started container valkey-cart', first: -24.1, last: -5.3, count: 4, fieldPath: 'spec.containers{valkey-cart}' },
      { on: 'pod:valkey-cart#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container valkey-cart in pod %POD%_otel-demo(%PODUID%)', first: -11.6, last: -5.5, count: 2, fieldPath: 'spec.containers{valkey-cart}' },
      { on: 'deploy:load-generator', reason: 'ScalingReplicaSet', message: 'Scaled up replica set load-generator-%NEW% to 1', first: -35, last: -35 },
      { on: 'deploy:load-generator', reason: 'ScalingReplicaSet', message: 'Scaled down replica set load-generator-%OLD% to 0 from 1', first: -34.4, last: -34.4 },
    ],
    logs: {
      'valkey-cart#0/valkey-cart/previous': valkeyRun(T5, -11.4, -5.6, 27),
      'valkey-cart#0/valkey-cart': valkeyRun(T5, -5.3),
      'cart#0/cart': cartLog,
      'frontend#0/frontend': frontLog,
      'frontend-proxy#0/frontend-proxy': proxyLog,
    },
  },
];
