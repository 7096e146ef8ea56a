// Batch s29c (blind dev): one Online Boutique incident for the kit (scripts/s2-scenario-kit.mjs), built by scripts/s29c-build.mjs.
// redis-cart was scaled to 0 replicas by hand (a "flush the carts" attempt never scaled back); every page that shows the cart fails.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const T = clock('2026-11-27T16:55:00Z');
const SESS = ['9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0', '41d7e0b3-5c9a-4f12-8e6b-c0a9d2f1e7b4', 'e3c81f52-7a64-4b0d-9d2e-18f5a6c3b9e1', '07a9b5d1-2e3f-4c8a-b6d0-9f1e3c5a7b24'];
const rid = (i) => `${['5c1e', 'a9d0', '2f7b', 'e4c6', '81b3', 'd07a'][i % 6]}${String(1000 + i * 37).slice(-4)}-3b1e-4c57-9d6a-${String(200000000000 + i * 7919).slice(0, 12)}`;
const fl = (min, severity, message, x = {}) => JSON.stringify({
  'http.req.id': rid(x.i ?? 0), 'http.req.method': x.method ?? 'GET', 'http.req.path': x.path ?? '/', ...(x.extra ?? {}),
  ...(x.error ? { error: x.error } : {}), message, session: SESS[(x.i ?? 0) % SESS.length], severity, timestamp: T.isoMs(min),
});
const redisErr = (user) => `No connection is active/available to service this operation: HMGET ${user}; UnableToConnect on redis-cart:6379/Interactive, Initializing/NotStarted, last: NONE, origin: BeginConnectAsync, outstanding: 0, last-read: 0s ago, last-write: 0s ago, keep-alive: 60s, state: Connecting, mgr: 10 of 10 available, last-heartbeat: never, last-mbeat: 0s ago, global: 0s ago, v: 2.6.122.57226`;
const cartErr = (user) => `rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisConnectionException: ${redisErr(user)}\n   at cartservice.cartstore.RedisCartStore.GetCartAsync(String userId) in /app/cartstore/RedisCartStore.cs:line 108`;
const fe = (from, step, off) => {
  const out = [];
  let i = off;
  for (let m = from; m < -0.1; m += step, i++) {
    const path = ['/', '/product/OLJCESPC7Z', '/cart', '/', '/product/66VCHSJNUP'][i % 5];
    const x = { i, path };
    out.push(fl(m, 'debug', 'request started', x));
    if (m < -14) {
      out.push(fl(m + 0.01, 'debug', 'request complete', { ...x, extra: { 'http.resp.bytes': 10412 + (i % 7) * 311, 'http.resp.status': 200, 'http.resp.took_ms': 18 + (i % 9) } }));
    } else {
      out.push(fl(m + 0.03, 'error', 'request error', { ...x, error: `could not retrieve cart: ${cartErr(SESS[i % SESS.length])}` }));
      out.push(fl(m + 0.03, 'debug', 'request complete', { ...x, extra: { 'http.resp.bytes': 2413, 'http.resp.status': 500, 'http.resp.took_ms': 1004 + (i % 13) } }));
    }
  }
  return out;
};
const cartLog = (off) => {
  const out = [];
  for (let m = -19, i = off; m < -0.1; m += 0.9, i++) {
    const u = SESS[i % SESS.length];
    out.push(`GetCartAsync called with userId=${u}`);
    if (m >= -14) {
      out.push('info: Grpc.AspNetCore.Server.ServerCallHandler[7]');
      out.push(`      Error status code 'FailedPrecondition' with detail 'Can't access cart storage. StackExchange.Redis.RedisConnectionException: ${redisErr(u)}`);
      out.push('   at cartservice.cartstore.RedisCartStore.GetCartAsync(String userId) in /app/cartstore/RedisCartStore.cs:line 108\' raised.');
    }
  }
  return out;
};

const s1 = {
  folder: 's29c-redis-cart-scaled-to-zero',
  description: 'boutique down - every page 500 since ~16:40',
  incidentTime: '2026-11-27T16:55:00Z',
  expected: { component: 'redis-cart', cause: 'no-endpoints' },
  alsoAcceptable: [{ component: 'redis-cart', cause: 'dependency-down' }],
  difficulty: 'medium',
  traits: ['louder-dependents', 'time-expression', 'decoy'],
  grounding: `
    Manifests: microservices-demo release/kubernetes-manifests.yaml v0.10.6 — redis-cart (redis:alpine, emptyDir /data, one replica,
    tcpSocket probes), cartservice REDIS_ADDR=redis-cart:6379, the frontend's home, product and cart handlers all call GetCart
    ("could not retrieve cart", renderHTTPError -> 500, logrus JSON at debug level). cartservice's gRPC health check is the static
    "Sample" check, so cartservice stays Ready.
    Fault: at 16:41 an engineer who wanted to clear stuck carts ran kubectl scale deployment/redis-cart --replicas=0 meaning to scale
    it back to 1, and did not. The Deployment, its ReplicaSet and the Service stay, with zero pods and an Endpoints object with no
    subsets; the only trace is the deployment-controller's ScalingReplicaSet event. StackExchange.Redis in cartservice cannot
    reconnect (the ClusterIP has no backend: connection refused), every GetCart fails with FailedPrecondition "Can't access cart
    storage. ... No connection is active/available ... UnableToConnect on redis-cart:6379", and the frontend answers 500 on every page.
    Decoy: a healthy productcatalogservice rollout three hours earlier. A careful engineer names redis-cart scaled to zero
    (no-endpoints); "redis-cart is down" (dependency-down on redis-cart) is the same diagnosis in other words.`,
  workloads: {
    'redis-cart': {
      replicas: 0,
      endpointsChanged: -14,
      deployStatus: {
        observedGeneration: 6,
        conditions: [
          { type: 'Available', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 9), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
          { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "redis-cart-%RSNAME%" has successfully progressed.' },
        ],
      },
    },
    productcatalogservice: {
      rollout: { at: -183, revision: 5, oldContainers: { server: { image: 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/productcatalogservice:v0.10.5' } } },
    },
  },
  events: [
    { on: 'deploy:redis-cart', reason: 'ScalingReplicaSet', message: 'Scaled down replica set redis-cart-%NEW% to 0 from 1', first: -14.2 },
  ],
  logs: {
    'frontend#0/server': fe(-19, 0.55, 0),
    'frontend#1/server': fe(-18.8, 0.6, 3),
    'cartservice#0/server': cartLog(0),
    'cartservice#1/server': cartLog(2),
    'productcatalogservice#0/server': [
      JSON.stringify({ message: 'successfully parsed product catalog json', severity: 'info', timestamp: T.isoMs(-182.6) }),
      JSON.stringify({ message: 'starting grpc server at :3550', severity: 'info', timestamp: T.isoMs(-182.6) }),
    ],
  },
};

export const scenarios = [s1];
/** Deployment status texts that name the ReplicaSet the kit generates (filled by the build script). */
export const fillRsName = { [s1.folder]: ['redis-cart'] };
