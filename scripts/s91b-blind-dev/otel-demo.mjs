// Blind dev batch s91b: OpenTelemetry demo (Astronomy Shop) scenario (spec for scripts/s2-scenario-kit.mjs).
// valkey-cart left in CLIENT PAUSE WRITE by a crashed migration script: reads answer, writes hang; cart and checkout are loud.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };
const T = clock('2026-05-26T10:44:00Z');
const iso = (m) => T.isoMs(m);
const vk = (min, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `1:M ${String(d.getUTCDate()).padStart(2, '0')} ${mon} ${d.getUTCFullYear()} ${T.java(min).slice(11)} * ${msg}`;
};
const valkeyLog = [
  '1:C 18 May 2026 07:02:11.204 * oO0OoO0OoO0Oo Valkey is starting oO0OoO0OoO0Oo',
  '1:C 18 May 2026 07:02:11.204 * Valkey version=8.1.3, bits=64, commit=00000000, modified=0, pid=1, just started',
  '1:C 18 May 2026 07:02:11.204 # Warning: no config file specified, using the default config. In order to specify a config file use valkey-server /path/to/valkey.conf',
  '1:M 18 May 2026 07:02:11.205 * monotonic clock: POSIX clock_gettime',
  '1:M 18 May 2026 07:02:11.206 * Running mode=standalone, port=6379.',
  '1:M 18 May 2026 07:02:11.206 * Server initialized',
  '1:M 18 May 2026 07:02:11.206 * Ready to accept connections tcp',
  vk(-60 * 5, '100 changes in 300 seconds. Saving...'),
  vk(-60 * 5, 'Background saving started by pid 2871'),
  vk(-60 * 5 + 0.02, 'Background saving terminated with success'),
  vk(-31, '100 changes in 300 seconds. Saving...'),
  vk(-31, 'Background saving started by pid 3309'),
  vk(-30.98, 'Background saving terminated with success'),
];
const to = (cmd, ms, key, busy) =>
  `StackExchange.Redis.RedisTimeoutException: Timeout awaiting response (outbound=0KiB, inbound=0KiB, ${ms}ms elapsed, timeout is 5000ms), command=${cmd}, next: ${cmd} ${key}, inst: 0, qu: 0, qs: ${busy}, aw: False, bw: SpinningDown, rs: ReadAsync, ws: Idle, in: 0, in-pipe: 0, out-pipe: 0, last-in: 0, cur-in: 0, sync-ops: 0, async-ops: 48213, serverEndpoint: valkey-cart:6379, conn-sec: 704112.3, aoc: 1, mc: 1/1/0, mgr: 10 of 10 available, clientName: %POD%(SE.Redis-v2.8.58.56414), IOCP: (Busy=0,Free=1000,Min=1,Max=1000), WORKER: (Busy=1,Free=32766,Min=4,Max=32767), POOL: (Threads=7,QueuedItems=0,CompletedItems=903411,Timers=${busy + 3}), v: 2.8.58.56414 (Please take a look at this article for some common client-side issues that can cause timeouts: https://stackexchange.github.io/StackExchange.Redis/Timeouts)`;
const cartErr = (min, cmd, key, n) => [
  'fail: cart.cartstore.ValkeyCartStore[0]',
  `      ${cmd === 'HSET' ? 'AddItemAsync' : 'EmptyCartAsync'} failed`,
  `      ${to(cmd, 5000 + n * 7, key, n)}`,
  '         at cart.cartstore.ValkeyCartStore.' + (cmd === 'HSET' ? 'AddItemAsync(String userId, String productId, Int32 quantity)' : 'EmptyCartAsync(String userId)') + ' in /src/cartstore/ValkeyCartStore.cs:line ' + (cmd === 'HSET' ? '162' : '204'),
  `fail: Grpc.AspNetCore.Server.ServerCallHandler[6]`,
  `      Error when executing service method '${cmd === 'HSET' ? 'AddItem' : 'EmptyCart'}'.`,
  `      Grpc.Core.RpcException: Status(StatusCode="FailedPrecondition", Detail="Can't access cart storage. ${to(cmd, 5000 + n * 7, key, n).slice(0, 120)}...")`,
];
const cartLog = [
  'info: Microsoft.Hosting.Lifetime[14]',
  '      Now listening on: http://[::]:8080',
  'info: Microsoft.Hosting.Lifetime[0]',
  '      Application started. Press Ctrl+C to shut down.',
  'info: cart.cartstore.ValkeyCartStore[0]',
  '      Successfully connected to Redis',
  'info: cart.cartstore.ValkeyCartStore[0]',
  '      GetCartAsync called with userId=5b6f0a3e-4c1d-4f0a-9e62-8d1b7a2c3f41',
  ...cartErr(-24, 'HSET', '5b6f0a3e-4c1d-4f0a-9e62-8d1b7a2c3f41', 1),
  'info: cart.cartstore.ValkeyCartStore[0]',
  '      GetCartAsync called with userId=0e8d22b1-7f3a-4c55-b0d9-61a4e7c2f9ab',
  ...cartErr(-17, 'HSET', '0e8d22b1-7f3a-4c55-b0d9-61a4e7c2f9ab', 3),
  ...cartErr(-12, 'DEL', '9a71c0f4-2b8e-4d1a-a3c6-5e0f9b7d2c18', 4),
  'info: cart.cartstore.ValkeyCartStore[0]',
  '      GetCartAsync called with userId=9a71c0f4-2b8e-4d1a-a3c6-5e0f9b7d2c18',
  ...cartErr(-4, 'HSET', 'c43e5d90-1a7b-48f2-9d0e-3b6a8f1c7e25', 6),
];
const slog = (min, level, msg, extra = {}) => JSON.stringify({ time: iso(min), level, msg, ...extra });
const checkoutLog = [
  slog(-50, 'INFO', 'order placed', { 'app.order.id': '2c6f11a0-6d73-11f0-b2a1-0a580a300112', 'app.shipping.tracking.id': '7e1b3d55-0f2a-4f0e-8c9a-6a7d9b1c2e34' }),
  slog(-50, 'INFO', 'sending to postProcessor'),
  slog(-12, 'INFO', 'payment went through', { transaction_id: 'd90a4e61-4f77-4b1f-9a3d-2f6c0b8e7d15' }),
  slog(-11.9, 'WARN', 'failed to empty user cart during checkout: rpc error: code = FailedPrecondition desc = Can\'t access cart storage. StackExchange.Redis.RedisTimeoutException: Timeout awaiting response (outbound=0KiB, inbound=0KiB, 5028ms elapsed, timeout is 5000ms), command=DEL'),
  slog(-11.9, 'INFO', 'order placed', { 'app.order.id': '8f0d3c72-6d7a-11f0-9c0e-0a580a300113' }),
  slog(-11.9, 'INFO', 'sending to postProcessor'),
];
const lgLog = [
  `[${T.java(-24).replace('.', ',')}] %POD%/ERROR/locust.user.users: 500 Server Error: Internal Server Error for url: http://frontend-proxy:8080/api/cart`,
  `[${T.java(-17).replace('.', ',')}] %POD%/ERROR/locust.user.users: 500 Server Error: Internal Server Error for url: http://frontend-proxy:8080/api/cart`,
  `[${T.java(-4).replace('.', ',')}] %POD%/ERROR/locust.user.users: 500 Server Error: Internal Server Error for url: http://frontend-proxy:8080/api/cart`,
];

export const scenarios = [
  {
    folder: 's91b-valkey-cart-client-pause-write',
    description: 'astro shop: add to cart spins ~5s then errors, since about 10:20. cart page still loads and shows old items. commerce team',
    incidentTime: '2026-05-26T10:44:00Z',
    expected: { component: 'valkey-cart', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'callers-only', 'time-expression', 'team-name', 'decoy'],
    workloads: {
      'valkey-cart': { since: -60 * 24 * 8 },
      cart: {
        pods: [{ containers: { cart: { state: { running: { startedAt: T.iso(-60 * 24 * 8 + 2) } }, lastState: { terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 24 * 8 + 1.9), containerID: '%CID%' } }, ready: true, started: true, restartCount: 1 } } }],
      },
    },
    events: [],
    logs: {
      'valkey-cart#0/valkey-cart': valkeyLog,
      'cart#0/cart': cartLog,
      'checkout#0/checkout': checkoutLog,
      'load-generator#0/load-generator': lgLog,
    },
    grounding: `
      OpenTelemetry demo 2.1.3 manifest (a8a3ea2): cart (.NET, StackExchange.Redis) keeps carts in valkey-cart
      (VALKEY_ADDR valkey-cart:6379, valkey/valkey:8.1.3-alpine, no probes); checkout calls cart's EmptyCart after
      payment. The cart store wraps storage errors as RpcException FailedPrecondition "Can't access cart storage."
      Fault: a platform engineer's pre-migration snapshot script (moving carts to a managed Valkey) sent
      CLIENT PAUSE 3600000 WRITE (Redis/Valkey CLIENT PAUSE WRITE mode, documented since 6.2) around 10:19 and died
      before CLIENT UNPAUSE; reads (HGETALL) keep answering, writes (HSET, DEL) are held, so StackExchange.Redis times
      out after 5000 ms with its real RedisTimeoutException text (WORKER Busy low: not client thread starvation).
      Valkey logs nothing about client pauses, so the server log shows only its routine RDB saves; the pod is Ready and
      never restarted. Deviations: the script and its pause are not upstream. Decoy: cart OOMKilled 8 days ago
      (restartCount 1, 160Mi limit).
    `,
  },
];
