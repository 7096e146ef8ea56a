// Held-out scenario (batch s42a, split test) for the OpenTelemetry demo, written blind: spec for the scenario kit
// (scripts/s2-scenario-kit.mjs) on the kit system definition scripts/kit-systems/otel-demo.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/otel-demo.mjs';

export const system = base;

const T = clock('2026-06-18T20:34:00Z');
const N = base.nodes.map((n) => n.name);
// Valkey's log prefix: <pid>:<role> <dd> <Mon> <yyyy> <hh:mm:ss.mmm> <level>
const vk = (min, role, lvl, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = d.toUTCString().slice(8, 11);
  const dd = String(d.getUTCDate()).padStart(2, '0');
  return `1:${role} ${dd} ${mon} 2026 ${T.java(min).slice(11)} ${lvl} ${msg}`;
};
const vkStart = (min) => [
  vk(min, 'C', '#', 'WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add \'vm.overcommit_memory = 1\' to /etc/sysctl.conf and then reboot or run the command \'sysctl vm.overcommit_memory=1\' for this to take effect.'),
  vk(min, 'C', '*', 'oO0OoO0OoO0Oo Valkey is starting oO0OoO0OoO0Oo'),
  vk(min, 'C', '*', 'Valkey version=8.1.3, bits=64, commit=00000000, modified=0, pid=1, just started'),
  vk(min, 'C', '#', 'Warning: no config file specified, using the default config. In order to specify a config file use valkey-server /path/to/valkey.conf'),
  vk(min + 0.001, 'M', '*', 'monotonic clock: POSIX clock_gettime'),
  vk(min + 0.001, 'M', '*', 'Running mode=standalone, port=6379.'),
  vk(min + 0.002, 'M', '*', 'Server initialized'),
  vk(min + 0.002, 'M', '*', 'Ready to accept connections tcp'),
];
const SE = 'v: 2.8.16.12844';
const seErr = (op, key) =>
  `Can't access cart storage. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: ${op} ${key}; UnableToConnect on valkey-cart:6379/Interactive, Initializing/NotStarted, last: NONE, origin: BeginConnectAsync, outstanding: 0, last-read: 0s ago, last-write: 0s ago, keep-alive: 60s, state: Connecting, mgr: 10 of 10 available, last-heartbeat: never, global: 0s ago, ${SE}`;
const users = ['8f0c2a5e-41d7-4b0e-9a55-3c2f7d1e6b90', 'c41e9b27-0d6a-4f3c-8e21-7b5a9d0c2e14', '2d7a6f03-b915-4c8e-a0d4-61e8f2c7b359', 'e9b35c10-7a2f-4d68-b1c0-4f8e2a6d9c73'];
const cartLog = [];
const feLog = [];
const proxyLog = [];
const envoy = (min, method, path, status, bytes, dur) =>
  `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${status} - via_upstream - "-" ${method === 'POST' ? 74 : 0} ${bytes} ${dur} ${dur - 1} "10.48.1.1" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36" "${(0x6a1f0000 + Math.round(-min * 997)).toString(16)}-7d3c-4b9e-9f1a-0c2b5e8d4a17" "frontend-proxy:8080" "%IPOF:frontend#0%:8080" frontend 10.48.1.1:0 %PODIP%:8080 10.48.1.1:0 - -`;
for (let m = -52; m < 0; m += 1.9) {
  const u = users[Math.abs(Math.round(m)) % users.length];
  // valkey-cart first OOMKilled at ~20:12 (-22); down during restarts and back-off since.
  const down = m > -22.3 && !(m > -19.8 && m < -18.6) && !(m > -14.5 && m < -13.6);
  if (!down) {
    cartLog.push('info: cart.cartstore.ValkeyCartStore[0]', `      AddItemAsync called with userId=${u}, productId=OLJCESPC7Z, quantity=1`);
    proxyLog.push(envoy(m, 'POST', '/api/cart?currencyCode=USD', 200, 95, 9));
    proxyLog.push(envoy(m + 0.1, 'GET', `/api/cart?sessionId=${u}&currencyCode=USD`, 200, 412, 7));
  } else {
    cartLog.push('fail: cart.cartstore.ValkeyCartStore[0]', `      ${seErr('HGET', u)}`);
    cartLog.push('fail: Grpc.AspNetCore.Server.ServerCallHandler[6]', `      Error when executing service method 'AddItem'.`, `      Grpc.Core.RpcException: Status(StatusCode="FailedPrecondition", Detail="${seErr('HGET', u)}")`);
    feLog.push(`Error: 9 FAILED_PRECONDITION: ${seErr('HGET', u)}`, '    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)', '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)', '  code: 9,', `  details: "Can't access cart storage. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HGET ${u}; ..."`, "  metadata: Metadata { internalRepr: Map(2) { 'content-type' => [Array], 'date' => [Array] }, options: {} }");
    proxyLog.push(envoy(m, 'POST', '/api/cart?currencyCode=USD', 500, 63, 5014));
    proxyLog.push(envoy(m + 0.1, 'GET', `/api/cart?sessionId=${u}&currencyCode=USD`, 500, 63, 5009));
  }
  proxyLog.push(envoy(m + 0.3, 'GET', '/api/products?currencyCode=USD', 200, 5203, 14));
  proxyLog.push(envoy(m + 0.5, 'GET', '/api/recommendations?productIds=&sessionId=' + u + '&currencyCode=USD', 200, 1821, 22));
}

export const scenarios = [
  {
    folder: 's42a-valkey-cart-oomkilled',
    description: 'astronomy shop: add to cart broken, users see empty carts, for the past 20 min or so',
    incidentTime: '2026-06-18T20:34:00Z',
    expected: { component: 'valkey-cart', cause: 'oom-killed' },
    difficulty: 'easy',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml (2.1.3): valkey-cart runs valkey/valkey:8.1.3-alpine
      with a 20Mi memory limit, no config file (no maxmemory, so no eviction) and no volume; cart (.NET, StackExchange.Redis)
      keeps every cart as a hash with a 60-minute expiry. The demo's issue tracker has reports of valkey-cart/redis-cart
      being OOMKilled at its small limit under more load than the default 10 Locust users. Here an evening campaign raises
      traffic: valkey's RSS crosses 20Mi at ~20:12, the container is OOMKilled (exit 137) and crash-loops (6 restarts, each
      new container empty and refilled within minutes); cart logs StackExchange.Redis "No connection is active/available"
      and answers gRPC FailedPrecondition "Can't access cart storage.", the frontend logs grpc-js errors and frontend-proxy
      Envoy 500s on /api/cart, louder than valkey itself, whose previous log simply stops. Decoys: a recommendation rollout
      45 minutes earlier (healthy) and an ad OOMKill three days old.`,
    workloads: {
      'valkey-cart': {
        unavailableSince: -1.2,
        pods: [
          {
            node: N[1],
            created: T.iso(-60 * 24 * 5),
            readyTransition: T.iso(-1.2),
            containers: {
              'valkey-cart': cs.crashLoop({ restarts: 6, exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-4.6), finishedAt: T.iso(-1.3), backoff: '2m40s', container: 'valkey-cart' }),
            },
          },
        ],
      },
      cart: { pods: [{ node: N[0] }] },
      frontend: { pods: [{ node: N[2] }] },
      'frontend-proxy': { pods: [{ node: N[0] }] },
      recommendation: { rollout: { at: -45, revision: 3 } },
      ad: {
        pods: [
          {
            containers: {
              ad: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3 + 0.3),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 6), finishedAt: T.iso(-60 * 24 * 3) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'pod:valkey-cart#0', reason: 'Pulled', fieldPath: 'spec.containers{valkey-cart}', message: 'Container image "valkey/valkey:8.1.3-alpine" already present on machine', first: -21.9, last: -4.7, count: 7 },
      { on: 'pod:valkey-cart#0', reason: 'Created', fieldPath: 'spec.containers{valkey-cart}', message: 'Created container: valkey-cart', first: -21.9, last: -4.7, count: 7 },
      { on: 'pod:valkey-cart#0', reason: 'Started', fieldPath: 'spec.containers{valkey-cart}', message: 'Started container valkey-cart', first: -21.9, last: -4.6, count: 7 },
      { on: 'pod:valkey-cart#0', type: 'Warning', reason: 'BackOff', fieldPath: 'spec.containers{valkey-cart}', message: 'Back-off restarting failed container valkey-cart in pod %POD%_otel-demo(%PODUID%)', first: -13.9, last: -0.4, count: 19 },
      { on: 'deploy:recommendation', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendation-%NEW% to 1', first: -45 },
      { on: 'deploy:recommendation', reason: 'ScalingReplicaSet', message: 'Scaled down replica set recommendation-%OLD% to 0 from 1', first: -44.2 },
    ],
    logs: {
      'valkey-cart#0/valkey-cart/previous': [
        ...vkStart(-4.6),
        vk(-3.6, 'M', '*', '100 changes in 300 seconds. Saving...'),
        vk(-3.6, 'M', '*', 'Background saving started by pid 23'),
        vk(-3.5, 'C', '*', 'DB saved on disk'),
        vk(-3.5, 'C', '*', 'Fork CoW for RDB: current 1 MB, peak 1 MB, average 1 MB'),
        vk(-3.5, 'M', '*', 'Background saving terminated with success'),
        vk(-2.6, 'M', '*', '10000 changes in 60 seconds. Saving...'),
        vk(-2.6, 'M', '*', 'Background saving started by pid 31'),
        vk(-2.5, 'C', '*', 'DB saved on disk'),
        vk(-2.5, 'C', '*', 'Fork CoW for RDB: current 3 MB, peak 3 MB, average 2 MB'),
        vk(-2.5, 'M', '*', 'Background saving terminated with success'),
      ],
      'cart#0/cart': cartLog,
      'frontend#0/frontend': feLog,
      'frontend-proxy#0/frontend-proxy': proxyLog,
    },
  },
];
