// Blind dev batch s57b, OpenTelemetry demo: one scenario on the kit system scripts/kit-systems/otel-demo.mjs.
// A Chaos Mesh NetworkChaos (35% packet loss on cart's interface) outlived its game day: network-fault at cart.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const T = clock('2026-05-12T13:30:00Z');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const vk = (min, role, pid, mark, msg) => {
  const j = T.java(min);
  return `${pid}:${role} ${j.slice(8, 10)} ${MON[Number(j.slice(5, 7)) - 1]} ${j.slice(0, 4)} ${j.slice(11)} ${mark} ${msg}`;
};
const users = ['3c5f1a2e-8d4b-4c7e-9f0a-6b2d1e8c7a94', 'a91d7e44-2b6f-4e0c-8a3d-5f9c0b1e2d76', '0f8e2c6a-7d1b-4a9e-b3c5-2e6d8f4a1c07', 'd4b7a0e2-5c3f-4e8a-9b1d-7f2c6e0a8b35'];
const seTimeout = (cmd, key, elapsed, ops) =>
  `StackExchange.Redis.RedisTimeoutException: Timeout awaiting response (outbound=0KiB, inbound=0KiB, ${elapsed}ms elapsed, timeout is 5000ms), command=${cmd}, next: ${cmd} ${key}, inst: 0, qu: 0, qs: 1, aw: False, bw: SpinningDown, rs: ReadAsync, ws: Idle, in: 0, last-in: 0, cur-in: 0, sync-ops: 0, async-ops: ${ops}, serverEndpoint: valkey-cart:6379, conn-sec: 412.6, aoc: 1, mc: 1/1/0, mgr: 10 of 10 available, clientName: %POD%(SE.Redis-v2.8.24.3255), IOCP: (Busy=0,Free=1000,Min=1,Max=1000), WORKER: (Busy=1,Free=32766,Min=4,Max=32767), POOL: (Threads=11,QueuedItems=0,CompletedItems=${ops * 7},CurrentQueue=0,CurrentPool=0), v: 2.8.24.3255 (Please take a look at this article for some common client-side issues that can cause timeouts: https://stackexchange.github.io/StackExchange.Redis/Timeouts)`;
const cartLog = [
  'info: cart.cartstore.ValkeyCartStore[0]',
  '      Connecting to Redis: valkey-cart:6379,ignoreUnknown=true',
  'info: cart.cartstore.ValkeyCartStore[0]',
  '      Successfully connected to Redis',
  'info: Microsoft.Hosting.Lifetime[14]',
  '      Now listening on: http://[::]:8080',
  'info: Microsoft.Hosting.Lifetime[0]',
  '      Application started. Press Ctrl+C to shut down.',
  'info: Microsoft.Hosting.Lifetime[0]',
  '      Hosting environment: Production',
  'info: Microsoft.Hosting.Lifetime[0]',
  '      Content root path: /app',
];
for (let i = 0; i < 26; i++) {
  const u = users[i % users.length];
  const ops = 18230 + i * 37;
  if (i % 3 === 1) {
    cartLog.push('info: cart.cartstore.ValkeyCartStore[0]', `      GetCartAsync called with userId=${u}`);
    cartLog.push('info: Grpc.AspNetCore.Server.ServerCallHandler[7]', `      Error status code 'FailedPrecondition' with detail 'Can't access cart storage. ${seTimeout('HGET', u, 5120 + i * 13, ops)}' raised.`);
  } else if (i % 5 === 2) {
    cartLog.push('info: cart.cartstore.ValkeyCartStore[0]', `      AddItemAsync called with userId=${u}, productId=${['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM'][i % 4]}, quantity=${1 + (i % 3)}`);
    cartLog.push('info: Grpc.AspNetCore.Server.ServerCallHandler[7]', `      Error status code 'FailedPrecondition' with detail 'Can't access cart storage. ${seTimeout('HGET', u, 5031 + i * 7, ops)}' raised.`);
  } else {
    cartLog.push('info: cart.cartstore.ValkeyCartStore[0]', `      GetCartAsync called with userId=${u}`);
  }
}
const fe = (min, msg, stack = true) => [
  `Error: ${msg}`,
  ...(stack ? [
    '    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)',
    '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)',
    '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client-interceptors.js:361:141)',
    '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client-interceptors.js:324:181)',
    '    at /app/node_modules/@grpc/grpc-js/build/src/resolving-call.js:135:78',
    '    at process.processTicksAndRejections (node:internal/process/task_queues:77:11)',
    'for call at',
    '    at ServiceClientImpl.makeUnaryRequest (/app/node_modules/@grpc/grpc-js/build/src/client.js:161:32)',
    '    at ServiceClientImpl.<anonymous> (/app/node_modules/@grpc/grpc-js/build/src/make-client.js:105:19)',
    '    at /app/.next/server/pages/api/cart.js:1:2211',
  ] : []),
];
const frontendLog = ['  ▲ Next.js 15.2.1', '  - Local:        http://localhost:8080', '  - Network:      http://0.0.0.0:8080', '', ' ✓ Starting...', ' ✓ Ready in 312ms'];
for (let i = 0; i < 9; i++) {
  frontendLog.push(...fe(0, i % 3 === 2
    ? 'DEADLINE_EXCEEDED: Deadline exceeded after 5.002s,LB pick: 0.000s,remote_addr=%SVCIP:cart%:8080'.replace(/^/, '4 ')
    : `9 FAILED_PRECONDITION: Can't access cart storage. StackExchange.Redis.RedisTimeoutException: Timeout awaiting response (outbound=0KiB, inbound=0KiB, ${5088 + i * 11}ms elapsed, timeout is 5000ms), command=HGET, next: HGET ${users[i % 4]}, inst: 0, qu: 0, qs: 1, aw: False, bw: SpinningDown, rs: ReadAsync, ws: Idle, in: 0, last-in: 0, cur-in: 0`));
}
const checkoutLog = [];
for (let i = 0; i < 8; i++) {
  const m = -14 + i * 1.7;
  checkoutLog.push(JSON.stringify({ time: T.isoMs(m).replace('Z', '+00:00'), level: 'INFO', msg: `[PlaceOrder] user_id="${users[i % 4]}" user_currency="${['USD', 'EUR', 'CAD', 'JPY'][i % 4]}"` }));
  if (i % 2 === 0) checkoutLog.push(JSON.stringify({ time: T.isoMs(m + 0.09).replace('Z', '+00:00'), level: 'ERROR', msg: `failed to prepare order: failed to get user cart during checkout: rpc error: code = ${i % 4 === 0 ? `FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisTimeoutException: Timeout awaiting response (outbound=0KiB, inbound=0KiB, 5104ms elapsed, timeout is 5000ms), command=HGET` : 'Unavailable desc = error reading from server: read tcp %PODIP%:48822->%SVCIP:cart%:8080: read: connection reset by peer'}` }));
  else checkoutLog.push(JSON.stringify({ time: T.isoMs(m + 0.02).replace('Z', '+00:00'), level: 'INFO', msg: `payment went through (transaction_id: ${['b1e2f3a4', 'c5d6e7f8', '09a8b7c6', 'd5e4f3a2'][i % 4]}-7c41-4f0e-9a2d-3b6e8c1f5a09)` }));
}
const valkeyLog = [
  vk(-60 * 24 * 9, 'C', 1, '*', 'oO0OoO0OoO0Oo Valkey is starting oO0OoO0OoO0Oo'),
  vk(-60 * 24 * 9, 'C', 1, '*', 'Valkey version=8.1.3, bits=64, commit=00000000, modified=0, pid=1, just started'),
  vk(-60 * 24 * 9, 'M', 1, '*', 'Server initialized'),
  vk(-60 * 24 * 9, 'M', 1, '*', 'Ready to accept connections tcp'),
];
[-125, -65, -5].forEach((m, k) => {
  valkeyLog.push(
    vk(m, 'M', 1, '*', '100 changes in 300 seconds. Saving...'),
    vk(m, 'M', 1, '*', `Background saving started by pid ${3812 + k * 97}`),
    vk(m + 0.01, 'C', 3812 + k * 97, '*', 'DB saved on disk'),
    vk(m + 0.01, 'C', 3812 + k * 97, '*', 'Fork CoW for RDB: current 0 MB, peak 0 MB, average 0 MB'),
    vk(m + 0.02, 'M', 1, '*', 'Background saving terminated with success'),
  );
});

export const scenarios = [
  {
    folder: 's57b-cart-packet-loss',
    incidentTime: '2026-05-12T13:30:00Z',
    description: "astro shop: add-to-cart and checkout flaky since about 13:10, ppl see \"Can't access cart storage\" or it just hangs. valkey is up, no restarts anywhere. game day was this morning, supposedly all cleaned up",
    expected: { component: 'cart', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'valkey-cart', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'network-latency', 'decoy', 'time-expression'],
    grounding: `
      Follows Chaos Mesh's NetworkChaos (action: loss, loss: "35", correlation: "25", direction: both, selector
      labelSelectors opentelemetry.io/name: cart): chaos-daemon adds a netem qdisc in the selected pods' network namespace, so
      nothing in the Kubernetes API changes, and a NetworkChaos without a duration runs until it is deleted. The game-day
      experiment was re-applied at 13:08 by a GitOps sync of the chaos folder (the morning's clean-up deleted it from the
      cluster but not from the repo). Every packet to and from cart's pod may be dropped: its StackExchange.Redis calls to
      valkey-cart time out (qs: 1, in: 0 - sent, no reply within 5000ms) and surface as gRPC FailedPrecondition "Can't access
      cart storage" (cart's ValkeyCartStore wraps storage errors so), while callers see the same errors plus deadline
      exceeded and connection resets on their own connections to cart. valkey-cart is Ready, answers locally and keeps its
      normal BGSAVE cycle: the fault is on cart's network path, network-fault at cart (valkey-cart's side of the path also
      acceptable). The pods stay Running and Ready (the demo sets no probes on cart).
      Decoys: cart's own logs blame valkey-cart; an old accounting OOMKill (two days ago); the frontend is the loudest.
      Deviations from upstream: the NetworkChaos and its GitOps source are invented (not in the snapshot); the demo's cart
      logs through OpenTelemetry and the console; the console lines use .NET's default simple formatter; checkout's log is
      slog JSON; StackExchange.Redis' version and the counters in its timeout message are illustrative.`,
    workloads: {
      accounting: {
        pods: [{ containers: { accounting: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 0.1) } }) } }],
      },
    },
    events: [],
    logs: {
      'cart#0/cart': cartLog,
      'frontend#0/frontend': frontendLog,
      'checkout#0/checkout': checkoutLog,
      'valkey-cart#0/valkey-cart': valkeyLog,
    },
  },
];
