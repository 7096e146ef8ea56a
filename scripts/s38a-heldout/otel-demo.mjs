// Batch s38a held-out scenario for the OpenTelemetry demo (split: test), written blind: the kit system definition with one
// incident spec; built by scripts/s38a-build.mjs with the s2 scenario kit.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/otel-demo.mjs';

export const system = base;

const T = clock('2026-05-19T13:52:00Z');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// valkey/redis log line: "1:M 19 May 2026 13:48:02.117 * Ready to accept connections tcp"
const vk = (min, role, lvl, msg) => {
  const [d, t] = T.java(min).split(' ');
  const [y, m, dd] = d.split('-');
  return `1:${role} ${dd} ${MON[Number(m) - 1]} ${y} ${t} ${lvl} ${msg}`;
};
const vStart = (min) => [
  vk(min, 'C', '*', 'oO0OoO0OoO0Oo Valkey is starting oO0OoO0OoO0Oo'),
  vk(min, 'C', '*', 'Valkey version=8.1.3, bits=64, commit=00000000, modified=0, pid=1, just started'),
  vk(min, 'C', '#', 'Warning: no config file specified, using the default config. In order to specify a config file use valkey-server /path/to/valkey.conf'),
  vk(min + 0.001, 'M', '*', 'monotonic clock: POSIX clock_gettime'),
  vk(min + 0.001, 'M', '*', 'Running mode=standalone, port=6379.'),
  vk(min + 0.002, 'M', '*', 'Server initialized'),
  vk(min + 0.002, 'M', '*', 'Ready to accept connections tcp'),
];
const vSave = (min, pid, ok = true) => [
  vk(min, 'M', '*', '10000 changes in 60 seconds. Saving...'),
  vk(min + 0.001, 'M', '*', `Background saving started by pid ${pid}`),
  ...(ok
    ? [
        vk(min + 0.02, 'C', '*', 'DB saved on disk').replace(/^1:/, `${pid}:`),
        vk(min + 0.02, 'C', '*', 'Fork CoW for RDB: current 4 MB, peak 4 MB, average 3 MB').replace(/^1:/, `${pid}:`),
        vk(min + 0.03, 'M', '*', 'Background saving terminated with success'),
      ]
    : []),
];

const SE = (cmd, key, kind) =>
  kind === 'reset'
    ? `StackExchange.Redis.RedisConnectionException: SocketFailure (ReadSocketError/ConnectionReset, last-recv: 4) on valkey-cart:6379/Interactive, Idle/MarkProcessed, last: ${cmd}, origin: ReadFromPipe, outstanding: 1, last-read: 0s ago, last-write: 0s ago, keep-alive: 60s, state: ConnectedEstablished, mgr: 9 of 10 available, in: 0, in-pipe: 0, out-pipe: 0, last-heartbeat: 0s ago, last-mbeat: 0s ago, global: 0s ago, v: 2.8.16.12844`
    : `StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: ${cmd} ${key}; UnableToConnect on valkey-cart:6379/Interactive, Connecting/NotStarted, last: NONE, origin: BeginConnectAsync, outstanding: 0, last-read: 2s ago, last-write: 2s ago, keep-alive: 60s, state: Connecting, mgr: 10 of 10 available, last-heartbeat: never, last-mbeat: 0s ago, global: 0s ago, v: 2.8.16.12844`;
const users = ['0f7d2c9e-5b1a-4e63-a8d4-9c2b7e1f3a60', '5a91c3e7-2d48-4b0f-9e6a-1c7d3f82b5e4', 'c3e8a1f4-7b2d-4c95-8e06-4a9f1d2b6c73', '9d2b7e14-3f6a-4a8c-b1e5-6c0f9a3d2e81'];
const cartErr = (_min, i, kind) => {
  const cmd = i % 2 ? 'HGET' : 'HSET';
  return [
    `warn: Grpc.AspNetCore.Server.ServerCallHandler[7]`,
    `      Error status code 'FailedPrecondition' with detail 'Can't access cart storage. ${SE(cmd, users[i % users.length], kind)}' raised.`,
  ];
};
// Each OOM kill of valkey-cart: a reset burst, then ~10-20 s of UnableToConnect until the container is back.
const KILLS = [-81, -69, -56, -44, -31, -17.2, -4.2];
const cartLog = [
  `info: cart.cartstore.ValkeyCartStore[0]`,
  `      Connecting to Redis: valkey-cart:6379,ignoreUnknown=true,abortConnect=false`,
  ...KILLS.flatMap((k) => [...cartErr(k + 0.01, 0, 'reset'), ...cartErr(k + 0.05, 1, 'down'), ...cartErr(k + 0.12, 2, 'down'), ...cartErr(k + 0.2, 3, 'down')]),
];
// frontend-proxy (Envoy) access log in the demo's format.
const envoy = (min, method, path, status, bytes, ms, i) =>
  `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${status} - via_upstream - "-" ${method === 'POST' ? 92 : 0} ${bytes} ${ms} ${ms - 1} "-" "python-requests/2.32.4" "${['3f1c9a2e', '7b04d6e1', 'c52e8f93', '1e9a7d40'][i % 4]}-${(1000 + i * 37).toString(16)}-4c1d-9e2a-${(0x5a1c3e7b9d20 + i * 7919).toString(16)}" "frontend-proxy:8080" "%IPOF:frontend#0%:8080" frontend %IPOF:frontend-proxy#0%:${41000 + (i * 97) % 9000} %IPOF:frontend-proxy#0%:8080 %IPOF:load-generator#0%:${50000 + (i * 131) % 9000} - -`;
const proxyLog = [];
for (let m = -30, i = 0; m < -0.2; m += 0.25, i++) {
  const inKill = KILLS.some((k) => m >= k && m <= k + 0.3);
  const r = i % 4;
  if (r === 0) proxyLog.push(envoy(m, 'GET', `/api/cart?sessionId=${users[i % 4]}&currencyCode=USD`, inKill ? 500 : 200, inKill ? 58 : 311, inKill ? 19 : 6, i));
  else if (r === 1) proxyLog.push(envoy(m, 'POST', '/api/cart?currencyCode=USD', inKill ? 500 : 200, inKill ? 58 : 2, inKill ? 23 : 9, i));
  else if (r === 2) proxyLog.push(envoy(m, 'GET', '/api/products/66VCHSJNUP?currencyCode=USD', 200, 1182, 11, i));
  else proxyLog.push(envoy(m, 'GET', '/api/recommendations?productIds=&sessionId=' + users[i % 4] + '&currencyCode=USD', 200, 2410, 34, i));
}

export const scenarios = [
  {
    folder: 's38a-valkey-cart-oom-bgsave',
    split: 'test',
    description: 'astro shop: carts keep getting emptied and add-to-cart fails now and then, since about 12:30',
    incidentTime: '2026-05-19T13:52:00Z',
    expected: { component: 'valkey-cart', cause: 'oom-killed' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      OpenTelemetry demo 2.1.3 (opentelemetry-demo.yaml a8a3ea2): valkey-cart valkey/valkey:8.1.3-alpine with a 20Mi memory limit and no
      config file (so the default RDB save points apply, no volume), cart (.NET, StackExchange.Redis) with VALKEY_ADDR
      valkey-cart:6379, frontend-proxy Envoy in front of the frontend, load-generator Locust.
      Fault: after the load-generator is redeployed with LOCUST_USERS 10 -> 150 for a capacity test (healthy rollout), the cart
      keyspace grows and every "10000 changes in 60 seconds" background save forks valkey; the fork's copy-on-write pages push the
      container over 20Mi and the kernel OOM-kills it (OOMKilled, exit 137) — seven times in ~80 minutes. Each restart starts empty
      (no persistence), so carts vanish, and cart logs StackExchange.Redis SocketFailure/UnableToConnect and answers
      FailedPrecondition "Can't access cart storage", which the frontend-proxy shows as 500s on /api/cart. Valkey log texts are the
      server's own ("Background saving started by pid", "Fork CoW for RDB"); the previous container log ends at the fork.
      Decoys: the load-generator rollout itself (healthy), a recommendation OOM three days old.
    `,
    workloads: {
      'valkey-cart': {
        pods: [{ containers: { 'valkey-cart': cs.restartedRunning({ restarts: 7, startedAt: T.iso(-4.05), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-17.05), finishedAt: T.iso(-4.2) } }) } }],
      },
      'load-generator': {
        rollout: { at: -95, oldReplicas: 0 },
        containers: { 'load-generator': { env: base.workloads.find((w) => w.name === 'load-generator').containers[0].env.map((e) => (e.name === 'LOCUST_USERS' ? { ...e, value: '150' } : e)) } },
      },
      recommendation: {
        pods: [{ containers: { recommendation: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:load-generator', reason: 'ScalingReplicaSet', message: 'Scaled up replica set load-generator-%NEW% to 1', first: -95 },
      { on: 'deploy:load-generator', reason: 'ScalingReplicaSet', message: 'Scaled down replica set load-generator-%OLD% to 0 from 1', first: -94.4 },
      { on: 'pod:valkey-cart#0', reason: 'Pulled', message: 'Container image "valkey/valkey:8.1.3-alpine" already present on machine', first: -80.9, last: -4.1, count: 7, fieldPath: 'spec.containers{valkey-cart}' },
      { on: 'pod:valkey-cart#0', reason: 'Created', message: 'Created container: valkey-cart', first: -80.9, last: -4.1, count: 7, fieldPath: 'spec.containers{valkey-cart}' },
      { on: 'pod:valkey-cart#0', reason: 'Started', message: 'Started container valkey-cart', first: -80.9, last: -4.05, count: 7, fieldPath: 'spec.containers{valkey-cart}' },
      { on: 'pod:valkey-cart#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container valkey-cart in pod %POD%_otel-demo(%PODUID%)', first: -43.9, last: -17.1, count: 2, fieldPath: 'spec.containers{valkey-cart}' },
    ],
    logs: {
      'valkey-cart#0/valkey-cart': [...vStart(-4.05), ...vSave(-2.9, 27), ...vSave(-1.1, 31)],
      'valkey-cart#0/valkey-cart/previous': [...vStart(-17.05), ...vSave(-15.8, 23), ...vSave(-12.4, 29), ...vSave(-9.0, 35), ...vSave(-6.1, 41), ...vSave(-4.22, 47, false)],
      'cart#0/cart': cartLog,
      'frontend-proxy#0/frontend-proxy': proxyLog,
    },
  },
];
