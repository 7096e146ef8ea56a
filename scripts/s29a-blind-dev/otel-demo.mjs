// Batch s29a blind dev scenario for the OpenTelemetry demo 2.1.3 (kit system scripts/kit-systems/otel-demo.mjs):
// valkey-cart (valkey 8.1.3, 20Mi limit, no maxmemory) OOM-killed over and over under a traffic surge; cart is louder.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };
export const scenarios = [];

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// valkey/redis server log line: "<pid>:<role> 09 Dec 2026 14:05:11.123 <level> <msg>"
const vk = (T, min, role, lvl, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `1:${role} ${p(d.getUTCDate())} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${lvl} ${msg}`;
};
const vkBoot = (T, min) => [
  vk(T, min, 'C', '*', 'oO0OoO0OoO0Oo Valkey is starting oO0OoO0OoO0Oo'),
  vk(T, min, 'C', '*', 'Valkey version=8.1.3, bits=64, commit=00000000, modified=0, pid=1, just started'),
  vk(T, min, 'C', '#', 'Warning: no config file specified, using the default config. In order to specify a config file use valkey-server /path/to/valkey.conf'),
  vk(T, min + 0.001, 'M', '*', 'monotonic clock: POSIX clock_gettime'),
  vk(T, min + 0.001, 'M', '*', 'Running mode=standalone, port=6379.'),
  vk(T, min + 0.002, 'M', '*', 'Server initialized'),
  vk(T, min + 0.002, 'M', '*', 'Ready to accept connections tcp'),
];
// Microsoft.Extensions.Logging console formatter (the cart's default console provider).
const net = (lvl, cat, msg) => `${lvl}: ${cat}\n      ${msg}`;
const SER = 'v: 2.8.16.12844';
const noConn = (op, key) =>
  `StackExchange.Redis.RedisConnectionException: No connection (requires writable - not eligible for replica) is active/available to service this operation: ${op} ${key}, mc: 1/1/0, mgr: 10 of 10 available, clientName: %POD%(SE.Redis-v2.8.16.12844), IOCP: (Busy=0,Free=1000,Min=1,Max=1000), WORKER: (Busy=3,Free=32764,Min=2,Max=32767), POOL: (Threads=9,QueuedItems=0,CompletedItems=48213,Timers=4), ${SER}\n ---> StackExchange.Redis.RedisConnectionException: UnableToConnect on valkey-cart:6379/Interactive, Initializing/NotStarted, last: NONE, origin: BeginConnectAsync, outstanding: 0, last-read: 0s ago, last-write: 0s ago, keep-alive: 180s, state: Connecting, mgr: 10 of 10 available, last-heartbeat: never, global: 0s ago, ${SER}`;
const reset = `StackExchange.Redis.RedisConnectionException: SocketFailure (ReadSocketError/ConnectionReset, last-recv: 0) on valkey-cart:6379/Interactive, Idle/MarkProcessed, last: HGET, origin: ReadFromPipe, outstanding: 3, last-read: 0s ago, last-write: 0s ago, keep-alive: 180s, state: ConnectedEstablished, mgr: 9 of 10 available, in: 0, in-pipe: 0, out-pipe: 0, last-heartbeat: 0s ago, last-mbeat: 0s ago, global: 0s ago, ${SER}\n ---> System.IO.IOException: Unable to read data from the transport connection: Connection reset by peer.`;
const grpcFail = (method, detail) =>
  net('info', 'Grpc.AspNetCore.Server.ServerCallHandler[7]', `Error status code 'FailedPrecondition' with detail 'Can't access cart storage. ${detail.split('\n')[0]}' raised.`);
// Envoy default access log format, as frontend-proxy prints it.
const envoy = (T, min, method, path, code, flags, dur, upstream) =>
  `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${code} ${flags} 0 ${code === 200 ? 412 : 61} ${dur} ${dur - 1} "10.48.0.1" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36" "${upstream}" "frontend:8080" "%IPOF:frontend#0%:8080"`;

{
  const incidentTime = '2026-12-09T14:32:00Z';
  const T = clock(incidentTime);
  const kills = [-27.2, -21.4, -15.1, -9.6, -3.9];
  const uid = (i) => ['8f2c1a9e-71d4-4c2b-9a0e-3b6d5f12c7aa', 'c41d7e02-5a93-4f1b-8e6c-0d2a9b7f3e15', '2b9e6f40-1c7d-4a85-b3e2-9f0c4d6a1b78'][i % 3];
  const cartLog = [
    net('info', 'cart.cartstore.ValkeyCartStore[0]', `GetCartAsync called with userId=${uid(0)}`),
    net('info', 'cart.cartstore.ValkeyCartStore[0]', `AddItemAsync called with userId=${uid(1)}, productId=OLJCESPC7Z, quantity=1`),
  ];
  for (const k of kills) {
    cartLog.push(
      net('info', 'cart.cartstore.ValkeyCartStore[0]', `GetCartAsync called with userId=${uid(2)}`),
      reset,
      net('info', 'cart.cartstore.ValkeyCartStore[0]', 'Connection failed. Disposing the object'),
      net('info', 'cart.cartstore.ValkeyCartStore[0]', `AddItemAsync called with userId=${uid(0)}, productId=66VCHSJNUP, quantity=2`),
      grpcFail('AddItem', noConn('HGET', uid(0))),
      net('info', 'cart.cartstore.ValkeyCartStore[0]', `GetCartAsync called with userId=${uid(1)}`),
      grpcFail('GetCart', noConn('HGET', uid(1))),
      net('info', 'cart.cartstore.ValkeyCartStore[0]', 'Connection to redis was restored successfully.'),
      net('info', 'cart.cartstore.ValkeyCartStore[0]', `GetCartAsync called with userId=${uid(2)}`),
    );
  }
  const proxy = [];
  for (const k of [-30, ...kills]) {
    proxy.push(envoy(T, k - 0.8, 'GET', '/api/cart?sessionId=' + uid(2) + '&currencyCode=USD', 200, '-', 14, 'b7d0c2e4-1f9a-4c3e-8a6d-2e5f7b9c0d11'));
    if (k !== -30) {
      proxy.push(envoy(T, k + 0.05, 'POST', '/api/cart?currencyCode=USD', 500, '-', 1012, '4e8a1c7f-93b2-4d6e-a0f5-7c2d9e1b3a46'));
      proxy.push(envoy(T, k + 0.1, 'GET', '/api/cart?sessionId=' + uid(1) + '&currencyCode=USD', 500, '-', 1008, '9c3f5b2a-6e1d-47a8-b4c0-1d7e8f2a5b93'));
    }
  }
  scenarios.push({
    folder: 's29a-valkey-cart-oomkilled-carts-lost',
    incidentTime,
    description: 'astronomy shop: cart errors since ~14:05, users say their cart empties itself, cart svc throwing storage errors',
    expected: { component: 'valkey-cart', cause: 'oom-killed' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `OpenTelemetry demo 2.1.3 manifest (kubernetes/opentelemetry-demo.yaml): valkey-cart runs valkey/valkey:8.1.3-alpine with no config
      file (no maxmemory, no persistence) and a 20Mi memory limit; cart (.NET, StackExchange.Redis) stores each cart as a hash with a
      60-minute expiry (src/cart/src/cartstore/ValkeyCartStore.cs) and rethrows every store error as FailedPrecondition "Can't access cart
      storage. …". Under a traffic surge the keyspace grows past the 20Mi limit within ~6 minutes, the kernel OOM-kills valkey (GKE COS,
      cgroup v2: the container is OOMKilled, exit 137) five times since ~14:05; each restart empties every cart (no persistence) and
      cart logs ConnectionReset / "No connection is active/available" errors with FailedPrecondition answers, frontend-proxy shows 500s on
      /api/cart. Valkey's own log says nothing about it (it is killed, not failing). Decoy: a healthy email rollout 50 minutes earlier.`,
    workloads: {
      'valkey-cart': {
        pods: [{
          containers: {
            'valkey-cart': cs.restartedRunning({ restarts: 5, startedAt: T.iso(kills[4] + 0.05), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(kills[3] + 0.05), finishedAt: T.iso(kills[4]) } }),
          },
        }],
      },
      email: { rollout: { at: -50, oldContainers: { email: { image: 'ghcr.io/open-telemetry/demo:2.1.2-email' } } } },
    },
    events: [
      { on: 'pod:valkey-cart#0', reason: 'Pulled', message: 'Container image "valkey/valkey:8.1.3-alpine" already present on machine', fieldPath: 'spec.containers{valkey-cart}', first: kills[0] + 0.05, last: kills[4] + 0.05, count: 5 },
      { on: 'pod:valkey-cart#0', reason: 'Created', message: 'Created container: valkey-cart', fieldPath: 'spec.containers{valkey-cart}', first: kills[0] + 0.05, last: kills[4] + 0.05, count: 5 },
      { on: 'pod:valkey-cart#0', reason: 'Started', message: 'Started container valkey-cart', fieldPath: 'spec.containers{valkey-cart}', first: kills[0] + 0.06, last: kills[4] + 0.06, count: 5 },
      { on: 'pod:valkey-cart#0', reason: 'BackOff', message: 'Back-off restarting failed container valkey-cart in pod %POD%_otel-demo(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{valkey-cart}', first: kills[2] + 0.01, last: kills[4] + 0.01, count: 3 },
      { on: 'deploy:email', reason: 'ScalingReplicaSet', message: 'Scaled up replica set email-%NEW% from 0 to 1', first: -50, last: -50 },
      { on: 'deploy:email', reason: 'ScalingReplicaSet', message: 'Scaled down replica set email-%OLD% from 1 to 0', first: -49.4, last: -49.4 },
    ],
    logs: {
      'valkey-cart#0/valkey-cart': vkBoot(T, kills[4] + 0.06),
      'valkey-cart#0/valkey-cart/previous': vkBoot(T, kills[3] + 0.06),
      'cart#0/cart': cartLog,
      'frontend-proxy#0/frontend-proxy': proxy,
      'email#0/email': [
        'Puma starting in single mode...',
        '* Puma version: 6.6.0 ("Return to Forever")',
        '* Ruby version: ruby 3.4.4 (2025-05-14 revision a38531fd3f) +YJIT +PRISM [x86_64-linux]',
        '*  Min threads: 0',
        '*  Max threads: 5',
        '*  Environment: production',
        '*          PID: 1',
        '* Listening on http://0.0.0.0:8080',
        'Use Ctrl-C to stop',
      ],
    },
  });
}
