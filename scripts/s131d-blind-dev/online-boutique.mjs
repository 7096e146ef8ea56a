// Batch s131d (blind dev): Online Boutique scenarios. System from scripts/s2-scenarios/online-boutique.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const fl = (T, min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? 'c1a8f0de-3b1e-4c57-9d6a-2f4b9e7a1c03', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0', severity, timestamp: T.isoMs(min) });
const gl = (T, min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });

// 1. No fault: the cart is emptied after an order is placed (checkoutservice PlaceOrder calls EmptyCart by design).
const T1 = clock('2026-05-12T14:31:00Z');
const SESS = '5e0c27a4-93b1-4f0d-8c6e-1d2a7b94e3f5';
const cartLines = [];
for (let m = -55; m < -1; m += 3.1) cartLines.push(m);
const noFaultCart = {
  folder: 's131d-cart-emptied-after-checkout',
  incidentTime: T1.iso(0),
  description: 'customer ticket: items vanish from their cart since ~14:10, they had 3 things in basket and now its empty. cartsvc was redeployed today, is it losing carts?',
  difficulty: 'medium',
  traits: ['no-fault', 'decoy', 'partial-name', 'time-expression'],
  grounding: `
    No fault. Online Boutique's checkoutservice PlaceOrder (src/checkoutservice/main.go) charges the card, ships the order
    and then calls cartservice EmptyCart for the user: an order placed empties the cart by design. The customer's session
    placed an order at 14:12 (frontend "order placed" and checkoutservice "[PlaceOrder]" lines, cartservice
    "EmptyCartAsync called with userId=" as RedisCartStore logs it), so the empty cart the ticket describes is expected.
    Decoy: cartservice was rolled out 38 minutes before the report (v0.10.5 -> v0.10.6, old ReplicaSet scaled to 0, the
    new pods Ready since), with a startup readiness-probe Warning on one new pod that recovered at once. redis-cart was not
    restarted (the carts of other sessions are intact, GetCartAsync keeps returning them). Deviation from upstream: image
    tags are the release's v0.10.5/v0.10.6, the log lines are abridged.`,
  workloads: {
    cartservice: { rollout: { at: -38, oldContainers: { server: { image: `${REG}/cartservice:v0.10.5` } } } },
  },
  events: [
    { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cartservice-%NEW% to 1', first: -38 },
    { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cartservice-%OLD% to 1 from 2', first: -37.4 },
    { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cartservice-%NEW% to 2 from 1', first: -37.4 },
    { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cartservice-%OLD% to 0 from 1', first: -36.8 },
    { on: 'pod:cartservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/cartservice:v0.10.6" in 4.212s (4.212s including waiting). Image size: 27311830 bytes.`, first: -37.8 },
    { on: 'pod:cartservice#0', reason: 'Started', message: 'Started container server', first: -37.7, fieldPath: 'spec.containers{server}' },
    { on: 'pod:cartservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: timeout: failed to connect service ":7070" within 1s: context deadline exceeded', first: -37.6, fieldPath: 'spec.containers{server}' },
    { on: 'pod:cartservice#1', reason: 'Started', message: 'Started container server', first: -37.2, fieldPath: 'spec.containers{server}' },
  ],
  logs: {
    'frontend#0/server': [
      ...cartLines.map((m) => fl(T1, m, 'debug', 'request started', { path: '/cart', session: '2d4b8f1e-6a0c-4e93-b7d5-f13a9c0e2b68' })),
      fl(T1, -22.3, 'debug', 'request started', { path: '/cart/checkout', method: 'POST', session: SESS, id: '7f3e2c1a-0b9d-4e6f-8a5c-3d2b1e0f9a87' }),
      fl(T1, -22.2, 'info', 'order placed', { path: '/cart/checkout', method: 'POST', session: SESS, id: '7f3e2c1a-0b9d-4e6f-8a5c-3d2b1e0f9a87' }),
      fl(T1, -22.2, 'debug', 'request complete', { path: '/cart/checkout', method: 'POST', session: SESS, id: '7f3e2c1a-0b9d-4e6f-8a5c-3d2b1e0f9a87' }),
      fl(T1, -20.9, 'debug', 'request started', { path: '/cart', session: SESS, id: 'a92c5e10-4f7b-4d3a-9e81-6b0c2f5d7a34' }),
      fl(T1, -20.9, 'debug', 'request complete', { path: '/cart', session: SESS, id: 'a92c5e10-4f7b-4d3a-9e81-6b0c2f5d7a34' }),
    ].sort((a, b) => JSON.parse(a).timestamp.localeCompare(JSON.parse(b).timestamp)),
    'checkoutservice#0/server': [
      gl(T1, -50, 'info', `[PlaceOrder] user_id="1c7e0a93-58b2-4d6f-a0e4-9b3f2c8d1e57" user_currency="EUR"`),
      gl(T1, -50, 'info', 'payment went through (transaction_id: 4b9a1d2e-7c3f-4e08-b5a6-0d9e8f1c2b73)'),
      gl(T1, -50, 'info', 'order confirmation email sent to "someone@example.com"'),
      gl(T1, -22.25, 'info', `[PlaceOrder] user_id="${SESS}" user_currency="USD"`),
      gl(T1, -22.22, 'info', 'payment went through (transaction_id: e3d8c0b1-29f4-4a6e-8b17-5c2d9f0a6e14)'),
      gl(T1, -22.2, 'info', 'order confirmation email sent to "j.mcalister@example.com"'),
    ],
    'cartservice#0/server': [
      `Started as process with id 1`,
      `Reading host address from CART_SERVICE_ADDR environment variable`,
      `Reading cart service address from REDIS_ADDR environment variable`,
      `Connecting to Redis: redis-cart:6379`,
      `info: Microsoft.Hosting.Lifetime[14]`,
      `      Now listening on: http://0.0.0.0:7070`,
      `info: Microsoft.Hosting.Lifetime[0]`,
      `      Application started. Press Ctrl+C to shut down.`,
      `AddItemAsync called with userId=${SESS}, productId=OLJCESPC7Z, quantity=1`,
      `AddItemAsync called with userId=${SESS}, productId=66VCHSJNUP, quantity=2`,
      `GetCartAsync called with userId=${SESS}`,
      `GetCartAsync called with userId=2d4b8f1e-6a0c-4e93-b7d5-f13a9c0e2b68`,
      `GetCartAsync called with userId=${SESS}`,
      `EmptyCartAsync called with userId=${SESS}`,
      `GetCartAsync called with userId=${SESS}`,
      `GetCartAsync called with userId=2d4b8f1e-6a0c-4e93-b7d5-f13a9c0e2b68`,
    ],
  },
};

// 2. Fault: a currencyservice release whose image lacks a runtime module; the new pod crash-loops, the old one serves.
const T2 = clock('2026-05-19T09:47:00Z');
const crashLog = [
  'node:internal/modules/cjs/loader:1228',
  '  throw err;',
  '  ^',
  '',
  "Error: Cannot find module '@grpc/proto-loader'",
  'Require stack:',
  '- /usr/src/app/server.js',
  '    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)',
  '    at Module._load (node:internal/modules/cjs/loader:1051:27)',
  '    at Module.require (node:internal/modules/cjs/loader:1311:19)',
  '    at require (node:internal/modules/helpers:179:18)',
  '    at Object.<anonymous> (/usr/src/app/server.js:47:21)',
  '    at Module._compile (node:internal/modules/cjs/loader:1469:14)',
  '    at Module._extensions..js (node:internal/modules/cjs/loader:1548:10)',
  '    at Module.load (node:internal/modules/cjs/loader:1288:32)',
  '    at Module._load (node:internal/modules/cjs/loader:1104:12)',
  '    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:174:12) {',
  "  code: 'MODULE_NOT_FOUND',",
  "  requireStack: [ '/usr/src/app/server.js' ]",
  '}',
  '',
  'Node.js v20.17.0',
];
const curRollout = {
  folder: 's131d-currency-release-missing-module',
  incidentTime: T2.iso(0),
  description: 'currencysvc deploy from the 9:30 release train still not done, argo shows progressing for 15 min. prod looks ok?? can someone check',
  difficulty: 'medium',
  expected: { component: 'currencyservice', cause: 'bad-deploy-rollout' },
  alsoAcceptable: [{ component: 'currencyservice', cause: 'crash-loop' }],
  traits: ['rollout-regression', 'partial-name', 'time-expression', 'pods-ready'],
  grounding: `
    Fault: a release of currencyservice (Node.js, src/currencyservice/server.js requires @grpc/proto-loader and
    @grpc/grpc-js at load) built with a Dockerfile change that pruned dependencies (npm ci --omit=dev after
    @grpc/proto-loader was moved to devDependencies), so node exits with MODULE_NOT_FOUND (exit code 1) at start. The
    Deployment has one replica and the RollingUpdate 25%/25% strategy, so maxUnavailable rounds down to 0: the old pod
    (v0.10.6) stays Ready and keeps serving, the new pod (v0.10.7) is in CrashLoopBackOff and the rollout does not
    progress (callers are quiet; the Service has the old endpoint). Deviation from upstream: v0.10.7 with this packaging
    defect is invented; the failure mode follows the common "Cannot find module" after a production-only install.`,
  workloads: {
    currencyservice: {
      rollout: { at: -17, oldReplicas: 1, oldContainers: { server: { image: `${REG}/currencyservice:v0.10.6` } } },
      containers: { server: { image: `${REG}/currencyservice:v0.10.7` } },
      pods: [{ containers: { server: cs.crashLoop({ restarts: 7, exitCode: 1, startedAt: T2.iso(-2.6), finishedAt: T2.iso(-2.5), container: 'server' }) } }],
      progressing: (rs) => ({ type: 'Progressing', status: 'True', lastUpdateTime: T2.iso(-16.5), lastTransitionTime: T2.iso(-16.5), reason: 'ReplicaSetUpdated', message: `ReplicaSet "${rs}" is progressing.` }),
    },
  },
  events: [
    { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set currencyservice-%NEW% to 1', first: -17 },
    { on: 'pod:currencyservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -17, source: 'default-scheduler' },
    { on: 'pod:currencyservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/currencyservice:v0.10.7" in 6.118s (6.118s including waiting). Image size: 61234177 bytes.`, first: -16.8, fieldPath: 'spec.containers{server}' },
    { on: 'pod:currencyservice#0', reason: 'Pulled', message: `Container image "${REG}/currencyservice:v0.10.7" already present on machine`, first: -16.4, last: -2.6, count: 7, fieldPath: 'spec.containers{server}' },
    { on: 'pod:currencyservice#0', reason: 'Created', message: 'Created container server', first: -16.8, last: -2.6, count: 8, fieldPath: 'spec.containers{server}' },
    { on: 'pod:currencyservice#0', reason: 'Started', message: 'Started container server', first: -16.8, last: -2.6, count: 8, fieldPath: 'spec.containers{server}' },
    { on: 'pod:currencyservice#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', first: -16.3, last: -0.4, count: 71, fieldPath: 'spec.containers{server}' },
  ],
  logs: {
    'currencyservice#0/server': crashLog,
    'currencyservice#0/server/previous': crashLog,
    'currencyservice#old0/server': [
      JSON.stringify({ severity: 'info', time: Date.parse(T2.iso(-30)), pid: 1, hostname: 'currencyservice', name: 'currencyservice-server', message: 'conversion request successful' }),
      JSON.stringify({ severity: 'info', time: Date.parse(T2.iso(-12)), pid: 1, hostname: 'currencyservice', name: 'currencyservice-server', message: 'Getting supported currencies...' }),
      JSON.stringify({ severity: 'info', time: Date.parse(T2.iso(-3)), pid: 1, hostname: 'currencyservice', name: 'currencyservice-server', message: 'conversion request successful' }),
    ],
  },
};

export const scenarios = [noFaultCart, curRollout];
