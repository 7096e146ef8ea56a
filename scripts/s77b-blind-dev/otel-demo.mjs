// Blind dev batch s77b: one OpenTelemetry demo scenario for the scenario kit (scripts/s2-scenario-kit.mjs), built by scripts/s77b-build.mjs.
// cart rolled with `ssl=true` appended to VALKEY_ADDR (StackExchange.Redis option) against a plaintext valkey-cart: cart Ready, every cart call fails.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const INC = '2026-04-21T19:05:00Z';
const T = clock(INC);
const NS = 'otel-demo';
const ROLL = -17;
const NEW_ADDR = 'valkey-cart:6379,ssl=true,abortConnect=false';

const cartBase = system.workloads.find((w) => w.name === 'cart').containers[0];
const newEnv = cartBase.env.map((e) => (e.name === 'VALKEY_ADDR' ? { name: 'VALKEY_ADDR', value: NEW_ADDR } : e));

// .NET console logger (simple format): "<level>: <category>[<eventId>]" then the message indented by 6.
const net = (lvl, cat, id, ...msg) => [`${lvl}: ${cat}[${id}]`, ...msg.map((m) => `      ${m}`)];
const SE = 'It was not possible to connect to the redis server(s). There was an authentication failure; check that passwords (or client certificates) are configured correctly: (AuthenticationException) Cannot determine the frame size or a corrupted frame was received.';
const detail = `Can't access cart storage. System.ApplicationException: Wasn't able to connect to redis`;
const cartLog = [
  ...net('info', 'cart.cartstore.ValkeyCartStore', 0, `Connecting to Redis: ${NEW_ADDR}`),
  ...net('info', 'Microsoft.Hosting.Lifetime', 14, 'Now listening on: http://[::]:8080'),
  ...net('info', 'Microsoft.Hosting.Lifetime', 0, 'Application started. Press Ctrl+C to shut down.'),
  ...net('info', 'Microsoft.Hosting.Lifetime', 0, 'Hosting environment: Production'),
  ...net('info', 'Microsoft.Hosting.Lifetime', 0, 'Content root path: /app'),
];
for (let i = 0; i < 46; i++) {
  const op = ['GetCart', 'AddItem', 'GetCart', 'EmptyCart'][i % 4];
  cartLog.push(
    ...net('fail', 'cart.cartstore.ValkeyCartStore', 0, `${op} failed: StackExchange.Redis.RedisConnectionException: ${SE}`),
    ...net('info', 'Grpc.AspNetCore.Server.ServerCallHandler', 7, `Error status code 'FailedPrecondition' with detail '${detail}' raised.`),
  );
}

// frontend (Next.js): unhandled API-route errors from grpc-js are printed with their stack.
const fe = ['  ▲ Next.js 14.2.29', '  - Local:        http://localhost:8080', '  - Network:      http://0.0.0.0:8080', '', ' ✓ Starting...', ' ✓ Ready in 412ms'];
for (let i = 0; i < 30; i++) {
  fe.push(
    `Error: 9 FAILED_PRECONDITION: ${detail}`,
    '    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)',
    '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)',
    '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client-interceptors.js:360:141)',
    '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client-interceptors.js:323:181)',
    '    at /app/node_modules/@grpc/grpc-js/build/src/resolving-call.js:129:78',
    '    at process.processTicksAndRejections (node:internal/process/task_queues:77:11)',
    'for call at',
    `    at ServiceClientImpl.makeUnaryRequest (/app/node_modules/@grpc/grpc-js/build/src/client.js:161:32)`,
    `    at ServiceClientImpl.${i % 3 === 0 ? 'addItem' : 'getCart'} (/app/node_modules/@grpc/grpc-js/build/src/make-client.js:105:19) {`,
    '  code: 9,',
    `  details: "${detail}",`,
    "  metadata: Metadata { internalRepr: Map(2) { 'content-type' => [Array], 'date' => [Array] }, options: {} }",
    '}',
  );
}

// checkout (Go, logrus JSON): PlaceOrder arrives, fails in prepareOrderItemsAndShippingQuoteFromCart without logging the error.
const co = [];
for (let m = -58; m < -0.4; m += 1.6) {
  const u = `${(Math.abs(Math.round(m * 7177)) % 0xffffffff).toString(16).padStart(8, '0')}-64a4-11ef-8d7e-${(Math.abs(Math.round(m * 313)) % 0xffffff).toString(16).padStart(6, '0')}be12cf`;
  co.push(JSON.stringify({ message: `[PlaceOrder] user_id="${u}" user_currency="USD"`, severity: 'info', timestamp: T.isoMs(m) }));
  if (m < ROLL + 0.7) {
    co.push(JSON.stringify({ message: `payment went through (transaction_id: ${(Math.abs(Math.round(m * 99991))).toString(16)}-3c2e-4f55-9d3a-0b5c1e7a${(Math.abs(Math.round(m * 17))).toString(16).padStart(4, '0')})`, severity: 'info', timestamp: T.isoMs(m + 0.01) }));
    co.push(JSON.stringify({ message: 'order confirmation email sent to "reed@example.com"', severity: 'info', timestamp: T.isoMs(m + 0.01) }));
    co.push(JSON.stringify({ message: 'sending to postProcessor', severity: 'info', timestamp: T.isoMs(m + 0.01) }));
  }
}

// valkey-cart: banner days ago, background saves while cart still wrote, nothing once writes stopped.
const vk = (min, who, sym, msg) => { const j = T.java(min); return `${who} ${j.slice(8, 10)} Apr ${j.slice(0, 4)} ${j.slice(11)} ${sym} ${msg}`; };
const VS = -60 * 24 * 9 + 0.4;
const valkey = [
  vk(VS, '1:C', '*', 'oO0OoO0OoO0Oo Valkey is starting oO0OoO0OoO0Oo'),
  vk(VS, '1:C', '*', 'Valkey version=8.1.3, bits=64, commit=00000000, modified=0, pid=1, just started'),
  vk(VS, '1:C', '#', 'Warning: no config file specified, using the default config. In order to specify a config file use valkey-server /path/to/valkey.conf'),
  vk(VS, '1:M', '*', 'monotonic clock: POSIX clock_gettime'),
  vk(VS, '1:M', '*', 'Running mode=standalone, port=6379.'),
  vk(VS, '1:M', '*', 'Server initialized'),
  vk(VS, '1:M', '*', 'Ready to accept connections tcp'),
];
let pid = 21480;
for (let m = -59; m < ROLL; m += 5.02) {
  valkey.push(
    vk(m, '1:M', '*', '100 changes in 300 seconds. Saving...'),
    vk(m, '1:M', '*', `Background saving started by pid ${pid}`),
    vk(m + 0.001, `${pid}:C`, '*', 'DB saved on disk'),
    vk(m + 0.001, `${pid}:C`, '*', 'Fork CoW for RDB: current 0 MB, peak 0 MB, average 0 MB'),
    vk(m + 0.002, '1:M', '*', 'Background saving terminated with success'),
  );
  pid += 7;
}

export const scenarios = [
  {
    folder: 's77b-cart-valkey-ssl-flag',
    incidentTime: INC,
    description: 'astronomy shop: add to cart errors out and checkout fails for the last ~15 min (commerce). valkey looks fine',
    expected: { component: 'cart', cause: 'config-error' },
    alsoAcceptable: [
      { component: 'cart', cause: 'bad-deploy-rollout' },
      { component: 'cart', cause: 'network-fault' },
    ],
    difficulty: 'medium',
    traits: ['pods-ready', 'tls-misconfig', 'rollout-regression', 'louder-dependents', 'decoy', 'team-name', 'time-expression'],
    workloads: {
      cart: {
        rollout: { at: ROLL, revision: 4, oldContainers: { cart: { env: cartBase.env } } },
        containers: { cart: { env: newEnv } },
      },
      // decoy: fraud-detection OOMKilled five days ago, Running since.
      'fraud-detection': {
        pods: [{
          containers: {
            'fraud-detection': cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 5 + 0.4),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 5) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cart-%NEW% to 1', first: ROLL },
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cart-%OLD% to 0 from 1', first: ROLL + 0.9 },
      { on: 'pod:cart#0', source: 'default-scheduler', reason: 'Scheduled', message: `Successfully assigned ${NS}/%POD% to %NODE%`, first: ROLL + 0.5 },
      { on: 'pod:cart#0', reason: 'Pulled', message: 'Container image "busybox:latest" already present on machine', fieldPath: 'spec.initContainers{wait-for-valkey-cart}', first: ROLL + 0.52 },
      { on: 'pod:cart#0', reason: 'Created', message: 'Created container wait-for-valkey-cart', fieldPath: 'spec.initContainers{wait-for-valkey-cart}', first: ROLL + 0.52 },
      { on: 'pod:cart#0', reason: 'Started', message: 'Started container wait-for-valkey-cart', fieldPath: 'spec.initContainers{wait-for-valkey-cart}', first: ROLL + 0.53 },
      { on: 'pod:cart#0', reason: 'Pulled', message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-cart" already present on machine', fieldPath: 'spec.containers{cart}', first: ROLL + 0.56 },
      { on: 'pod:cart#0', reason: 'Created', message: 'Created container cart', fieldPath: 'spec.containers{cart}', first: ROLL + 0.56 },
      { on: 'pod:cart#0', reason: 'Started', message: 'Started container cart', fieldPath: 'spec.containers{cart}', first: ROLL + 0.57 },
    ],
    logs: {
      'cart#0/cart': cartLog,
      'cart#0/wait-for-valkey-cart': [`valkey-cart (%SVCIP:valkey-cart%:6379) open`],
      'frontend#0/frontend': fe,
      'checkout#0/checkout': co,
      'valkey-cart#0/valkey-cart': valkey,
    },
    grounding: `
      Manifests: open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml (2.1.3) as scripts/kit-systems/otel-demo.mjs
      renders them: cart (.NET, StackExchange.Redis) reads VALKEY_ADDR=valkey-cart:6379 and is called by frontend and checkout;
      valkey-cart is valkey/valkey:8.1.3-alpine with no config file (plaintext RESP on 6379, no TLS).
      Fault: a security-hardening change (ticket "enable TLS for Redis clients") rolled cart 17 minutes ago with
      VALKEY_ADDR="${NEW_ADDR}", the option string copied from the Azure Cache for Redis .NET quickstart (which uses
      port 6380 with ssl=true). StackExchange.Redis accepts ssl=true in the configuration string and, with abortConnect=false,
      starts without throwing; every connect then opens a TLS handshake against a plaintext server, valkey answers the
      ClientHello as an inline command, and the client fails with "There was an authentication failure; check that passwords
      (or client certificates) are configured correctly: (AuthenticationException) Cannot determine the frame size or a corrupted
      frame was received" (the error StackExchange.Redis issues report for ssl=true against a non-TLS endpoint). cart's pod
      starts, passes its init container and stays Running and Ready (no probes upstream); each GetCart/AddItem/EmptyCart
      returns FAILED_PRECONDITION "Can't access cart storage..." (Grpc.AspNetCore logs "Error status code 'FailedPrecondition'
      ... raised."), the frontend's API routes print the grpc-js error, checkout's PlaceOrder stops after the [PlaceOrder] line.
      valkey-cart is healthy: its log only shows the background saves stopping once cart no longer writes.
      Expected cart/config-error: a value cart reads and does not reject at start; the two ReplicaSets differ only in that env
      value, so bad-deploy-rollout on cart is also right, and network-fault (a TLS mismatch on the cart -> valkey-cart path) too.
      Decoy: fraud-detection's OOMKill five days ago (restartCount 1, Running since). Deviations: the ValkeyCartStore
      "Connecting to Redis"/"... failed" log texts and the Next.js banner are written after the upstream code's shape, not copied.
    `,
  },
];
