// Blind dev batch s115d (no-fault incidents): Online Boutique spec module for scripts/s115d-build.mjs.
// One no-fault scenario: a shopper whose browser refuses the session cookie "loses" the cart; cartservice rolled fine.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const T = clock('2026-05-12T15:40:00Z');
const fl = (min, severity, message, x = {}) => JSON.stringify({ 'http.req.id': x.id ?? 'a3c1e0f2-5d7b-4e19-8c2a-1f0b9d6e4a7' + (x.n ?? 1), 'http.req.method': x.method ?? 'GET', 'http.req.path': x.path ?? '/', ...(x.error ? { error: x.error } : {}), message, session: x.session ?? '4d0b2e7a-91c3-4f5e-a8d6-0c2b7e9f1a35', severity, timestamp: T.isoMs(min) });
const sessions = ['e71f0c2a-3b9d-4a68-9c15-72d0e4b8a6f1', '0b5c9e3d-7a21-4f86-b4c0-9e1d2f7a3b58', '9c2e4f7a-1d3b-4e50-8a6f-b7c0d2e9f413', '5a8d1c3e-6f02-4b97-a1e5-3c9f0b7d2e64'];
const frontLog = [
  fl(-58, 'info', 'request started', { path: '/product/OLJCESPC7Z', n: 1 }),
  fl(-58, 'info', 'request complete', { path: '/product/OLJCESPC7Z', n: 1 }),
  fl(-47, 'warning', 'request error', { path: '/product/ZZZZZZZZZZ', n: 2, error: 'could not retrieve product: rpc error: code = NotFound desc = no product with ID ZZZZZZZZZZ' }),
  fl(-34.5, 'info', 'request started', { path: '/cart', n: 3 }),
  fl(-34.4, 'info', 'request complete', { path: '/cart', n: 3 }),
  // the complaining shopper: every request carries a fresh session id (no cookie sent back)
  ...sessions.flatMap((s, i) => [
    fl(-22 + i * 1.5, 'info', 'request started', { path: i % 2 ? '/cart' : '/cart', method: i % 2 ? 'GET' : 'POST', session: s, n: 4 + i }),
    fl(-22 + i * 1.5 + 0.01, 'info', i % 2 ? 'request complete' : 'request complete', { path: '/cart', method: i % 2 ? 'GET' : 'POST', session: s, n: 4 + i }),
  ]),
  fl(-9, 'info', 'request started', { path: '/cart/checkout', method: 'POST', n: 9 }),
  fl(-8.99, 'info', 'payment went through (transaction_id: 3f2b8c1e-7d4a-4e09-b6a5-1c0d9e2f7b84)', { path: '/cart/checkout', method: 'POST', n: 9 }),
  fl(-8.98, 'info', 'order placed', { path: '/cart/checkout', method: 'POST', n: 9 }),
  fl(-3, 'info', 'request started', { path: '/', n: 10 }),
  fl(-2.99, 'info', 'request complete', { path: '/', n: 10 }),
];
const cartLog = (startMin) => [
  `info: cartservice.CartServer[0]`,
  `      Starting cart service`,
  `info: Microsoft.Hosting.Lifetime[14]`,
  `      Now listening on: http://[::]:7070`,
  `info: Microsoft.Hosting.Lifetime[0]`,
  `      Application started. Press Ctrl+C to shut down.`,
  `info: Microsoft.Hosting.Lifetime[0]`,
  `      Hosting environment: Production`,
  `GetCartAsync called with userId=${sessions[0]}`,
  `AddItemAsync called with userId=${sessions[0]}, productId=66VCHSJNUP, quantity=1`,
  `GetCartAsync called with userId=${sessions[1]}`,
  `AddItemAsync called with userId=${sessions[2]}, productId=66VCHSJNUP, quantity=1`,
  `GetCartAsync called with userId=${sessions[3]}`,
  `GetCartAsync called with userId=4d0b2e7a-91c3-4f5e-a8d6-0c2b7e9f1a35`,
  `EmptyCartAsync called with userId=4d0b2e7a-91c3-4f5e-a8d6-0c2b7e9f1a35`,
].slice(0, startMin < -30 ? 15 : 15);

export const scenarios = [
  {
    folder: 's115d-cart-cookie-blocked-browser',
    incidentTime: '2026-05-12T15:40:00Z',
    description: 'support ticket: customer says her cart keeps emptying itself every time she clicks to view it (iphone, safari). cartsvc was deployed ~15:05, related??',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'partial-name', 'time-expression'],
    workloads: {
      cartservice: {
        rollout: { at: -35, revision: 6, oldContainers: { server: { image: `${REG}/cartservice:v0.10.5` } } },
        pods: [{}, {}],
      },
      'redis-cart': { pods: [{ containers: { redis: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.1) } }) } }] },
    },
    events: [
      { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cartservice-%NEW% to 1', first: -35 },
      { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cartservice-%OLD% to 1 from 2', first: -34.4 },
      { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cartservice-%NEW% to 2 from 1', first: -34.4 },
      { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cartservice-%OLD% to 0 from 1', first: -33.9 },
      { on: 'pod:cartservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/cartservice:v0.10.6" in 3.214s (3.214s including waiting). Image size: 32145210 bytes.`, first: -34.9 },
      { on: 'pod:cartservice#0', reason: 'Started', message: 'Started container server', first: -34.8 },
      { on: 'pod:cartservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: timeout: failed to connect service ":7070" within 1s', first: -34.7 },
      { on: 'pod:cartservice#1', reason: 'Started', message: 'Started container server', first: -34.3 },
    ],
    logs: {
      'frontend#0/server': frontLog,
      'cartservice#0/server': cartLog(-34.8),
      'cartservice#1/server': cartLog(-34.3).slice(0, 8),
      'redis-cart#0/redis': [
        `1:C 08 May 2026 15:40:02.118 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
        `1:M 08 May 2026 15:40:02.120 * Ready to accept connections tcp`,
        `1:M 12 May 2026 15:12:44.031 * 100 changes in 300 seconds. Saving...`,
        `1:M 12 May 2026 15:12:44.033 * Background saving started by pid 412`,
        `412:C 12 May 2026 15:12:44.061 * DB saved on disk`,
        `1:M 12 May 2026 15:12:44.134 * Background saving terminated with success`,
      ],
    },
    grounding: `No fault. Online Boutique keeps the cart in redis-cart under the shop_session-id cookie the frontend sets
      (src/frontend handlers: a request without the cookie gets a new UUID session). A browser that does not send the
      cookie back (Safari with "Block All Cookies", a privacy setting or a content blocker) gets a new session on each
      page, so the cart looks empty — a client-side cause; the frontend log shows four fresh session ids in a row for
      the cart pages, cartservice answers every call. Decoys in the window: cartservice rolled v0.10.5 -> v0.10.6 at
      15:05 (image tag only) with one readiness blip on the new pod, then both pods Ready; redis-cart OOMKilled four days
      ago and running since. Deviation from upstream: cartservice runs 2 replicas (upstream 1) and the old image tag.`,
  },
];
