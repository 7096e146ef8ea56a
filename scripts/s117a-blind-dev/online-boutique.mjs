// Blind dev batch s117a: one Online Boutique scenario (a frontend release that is Ready but hands out a session cookie
// browsers drop, so every request gets a new cart). Built by scripts/s117a-build.mjs with the s2 scenario kit.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const I = '2025-03-11T15:42:00Z';
const T = clock(I);
const fl = (min, message, session, path, extra = {}) => JSON.stringify({ 'http.req.id': extra.id, 'http.req.method': extra.method ?? 'GET', 'http.req.path': path, ...(extra.status ? { 'http.resp.bytes': extra.bytes ?? 8412, 'http.resp.status': extra.status, 'http.resp.took_ms': extra.took ?? 41 } : {}), message, session, severity: 'debug', timestamp: T.isoMs(min) });
const sess = ['3f0c2a71-8d4e-4b19-a6c2-91e07d5b4c18', 'b87e1d02-5c6a-4f3e-9e21-0a4d7c9b2f63', '6d21c9e4-0b7f-4a58-8c13-f2e6a9d04b75', 'e4a90f36-2d1b-47c8-b5e0-7c3f18a6d921', '0a5f7b93-c6e2-4d81-9f04-5b2e8d7c1a36', '91c4e08d-7a3f-4b62-a1d5-e08b6f2c9d47'];
const frontLogs = [];
sess.forEach((s, i) => {
  const m = -12 + i * 1.7;
  const id1 = `7c${i}e4a1f-2b9d-4c63-8e07-1d5a9f3b6c2${i}`, id2 = `a3${i}d8b6e-0f4c-4a71-9b25-6e8c2d1f7a4${i}`;
  frontLogs.push(fl(m, 'request started', s, '/cart', { id: id1, method: 'POST' }));
  frontLogs.push(fl(m + 0.002, '[addToCart] product_id=OLJCESPC7Z quantity=1', s, '/cart', { id: id1, method: 'POST' }));
  frontLogs.push(fl(m + 0.004, 'request complete', s, '/cart', { id: id1, method: 'POST', status: 302, bytes: 0, took: 18 }));
  const s2 = sess[(i + 3) % sess.length].slice(0, 30) + 'ff' + String(i).padStart(4, '0');
  frontLogs.push(fl(m + 0.01, 'request started', s2, '/cart', { id: id2 }));
  frontLogs.push(fl(m + 0.011, '[viewCart] cart has 0 items', s2, '/cart', { id: id2 }));
  frontLogs.push(fl(m + 0.013, 'request complete', s2, '/cart', { id: id2, status: 200, bytes: 7321, took: 39 }));
});
const cartLogs = [
  `info: Microsoft.Hosting.Lifetime[14]\n      Now listening on: http://0.0.0.0:7070`,
  ...sess.flatMap((s, i) => [
    `AddItemAsync called with userId=${s}, productId=OLJCESPC7Z, quantity=1`,
    `GetCartAsync called with userId=${sess[(i + 3) % sess.length].slice(0, 30)}ff${String(i).padStart(4, '0')}`,
  ]),
];

export const scenarios = [
  {
    folder: 's117a-frontend-cookie-domain-rollout',
    incidentTime: I,
    description: 'boutique cart is always empty after "add to cart" since ~2pm, no errors anywhere. product pages + currency switch still work fine',
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'time-expression'],
    expected: { component: 'frontend', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'frontend', cause: 'config-error' }],
    workloads: {
      frontend: {
        containers: { server: { image: `${REG}/frontend:v0.10.7` } },
        rollout: { at: -102, oldContainers: { server: { image: `${REG}/frontend:v0.10.6` } } },
      },
      adservice: { pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 51), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 51 - 0.2) } }) } }] },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -102 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 1 from 2', first: -101.4 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 2 from 1', first: -101.4 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -100.8 },
    ],
    logs: {
      'frontend#0/server': frontLogs,
      'frontend#1/server': frontLogs.map((l) => l.replace(/7c(\d)e4a1f/, '5d$1b2c9e')),
      'cartservice#0/server': cartLogs,
      'adservice#0/server': [`{"instant":{"epochSecond":${Math.floor(Date.parse(T.iso(-20)) / 1000)},"nanoOfSecond":112000000},"thread":"grpc-default-executor-3","level":"INFO","loggerName":"hipstershop.AdService","message":"received ad request (context_words=[])","endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","threadId":41,"threadPriority":5,"logging.googleapis.com/trace":"","logging.googleapis.com/spanId":"","logging.googleapis.com/traceSampled":"false","time":"${T.isoMs(-20)}"}`],
    },
    grounding: `Upstream frontend (src/frontend/middleware.go ensureSessionID) sets the shop_session-id cookie and a new UUID whenever the request carries none; handlers.go addToCartHandler/viewCartHandler key the cart by that session ID (cartservice AddItemAsync/GetCartAsync log lines as in src/cartservice RedisCartStore).
    Invented deviation: a frontend v0.10.7 build (only the image tag differs between the ReplicaSets) sets the cookie with Domain=shop.boutique.internal while the shop is served on another host, so browsers drop it: every request gets a fresh session, the add and the view go to different carts, and nothing errors; pods stay Ready.
    Decoy: adservice OOMKilled once 51 minutes ago (old, unrelated). Expected frontend bad-deploy-rollout; config-error on frontend is also accepted since the wrong cookie domain is a setting baked into the release.`,
  },
];
