// s16 blind dev scenarios for Online Boutique (three incidents), as compact specs for the kit (scripts/s2-scenario-kit.mjs),
// on the session-2 system definition; built by scripts/s16-build-blind-dev-a.mjs (which also writes the ConfigMap edit times).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const NODES = system.nodes.map((n) => n.name);
const widx = (name) => system.workloads.findIndex((w) => w.name === name);
// The node the kit puts pod i of a workload on when the spec does not say.
const defaultNode = (name, i = 0) => NODES[(widx(name) + i) % NODES.length];

// frontend (Go, logrus JSON formatter with the upstream field map).
const sess = (n) => `${['9b2f64c7', '3e81a0d2', 'c47d19fe', '0a6b2c55', '71fd3e08', 'e2c95b14'][n % 6]}-0e2a-4c39-b4d1-6a3c2e19f8d${n % 10}`;
const reqId = (min, n) => { const x = Math.abs(Math.round(min * 997 + n * 131)).toString(16).padStart(8, '0').slice(-8); return `${x}-3b1e-4c57-9d6a-2f4b9e7a1c${String(n % 100).padStart(2, '0')}`; };
const fe = (T, min, severity, message, o = {}) => JSON.stringify({
  ...(o.error ? { error: o.error } : {}),
  'http.req.id': o.id ?? reqId(min, o.n ?? 0), 'http.req.method': o.method ?? 'GET', 'http.req.path': o.path ?? '/',
  ...(o.status ? { 'http.resp.bytes': o.bytes ?? 8123, 'http.resp.status': o.status, 'http.resp.took_ms': o.took ?? 38 } : {}),
  message, session: o.session ?? sess(o.n ?? 0), severity, timestamp: T.isoMs(min),
});
const feOk = (T, min, n, path = '/', took = 40, method = 'GET') => fe(T, min, 'debug', 'request complete', { n, path, method, status: 200, took, bytes: path === '/' ? 10418 : path.startsWith('/product') ? 8233 : 6120 });
const goJson = (T, min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const PATHS = ['/', '/product/OLJCESPC7Z', '/product/66VCHSJNUP', '/cart', '/product/1YMWWN1N4O', '/', '/product/L9ECAV7KIM', '/product/2ZYFJ3GM2N'];
// Normal frontend traffic between two instants (loadgenerator: 10 users, ~1 request per second across the two pods).
const feTraffic = (T, from, to, step, seed = 0, took = (i) => 25 + ((i * 37) % 60)) => {
  const out = [];
  let i = 0;
  for (let m = from; m < to; m += step, i++) out.push(feOk(T, m, seed + i, PATHS[(seed + i) % PATHS.length], took(i)));
  return out;
};

// Redis server log time (`1:C 12 May 2026 09:42:31.118 *`).
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const redisTs = (T, min) => { const d = new Date(T.isoMs(min)); const p = (n, w = 2) => String(n).padStart(w, '0'); return `${p(d.getUTCDate())} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`; };

// ---------------------------------------------------------------------------------------------------------------------
// 1. redis-cart: a redis.conf ConfigMap edited four days earlier with an invalid maxmemory-policy; it bites when a GKE
//    node auto-upgrade drains the node and the pod is recreated.
const s1 = (() => {
  const incidentTime = '2026-05-12T09:58:00Z';
  const T = clock(incidentTime);
  const drained = NODES[0];
  const drainAt = -16.5;
  const newNode = NODES[1];
  // Every pod the kit would put on the drained node was evicted and recreated elsewhere during the drain.
  const moved = {};
  for (const w of system.workloads) {
    const n = w.replicas ?? 1;
    const pods = Array.from({ length: n }, (_, i) => (defaultNode(w.name, i) === drained ? { node: NODES[1 + ((widx(w.name) + i) % 2)], created: T.iso(drainAt + 0.3 + (widx(w.name) % 4) * 0.2) } : {}));
    if (pods.some((p) => p.node) && w.name !== 'redis-cart') moved[w.name] = { pods };
  }
  const redisCrash = cs.crashLoop({ restarts: 7, exitCode: 1, reason: 'Error', startedAt: T.iso(-2.4), finishedAt: T.iso(-2.4), backoff: '5m0s', container: 'redis' });
  const redisStart = (min) => [
    `1:C ${redisTs(T, min)} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
    `1:C ${redisTs(T, min)} * Redis version=7.2.5, bits=64, commit=00000000, modified=0, pid=1, just started`,
    '',
    '*** FATAL CONFIG FILE ERROR (Redis 7.2.5) ***',
    'Reading the configuration file, at line 5',
    ">>> 'maxmemory-policy allkeys_lru'",
    'argument(s) must be one of the following: volatile-lru, volatile-lfu, volatile-random, volatile-ttl, allkeys-lru, allkeys-lfu, allkeys-random, noeviction',
  ];
  const seErr = 'StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HGET %UID%; UnableToConnect on redis-cart:6379/Interactive, Initializing/NotStarted, last: NONE, origin: BeginConnectAsync, outstanding: 0, last-read: 0s ago, last-write: 0s ago, keep-alive: 60s, state: Connecting, mgr: 10 of 10 available, last-heartbeat: never, global: 0s ago, v: 2.6.122';
  const cartErr = (min, n, method = 'GetCart') => [
    `info: Grpc.AspNetCore.Server.ServerCallHandler[7]`,
    `      Error status code 'FailedPrecondition' with detail 'Can't access cart storage. ${seErr.replace('%UID%', sess(n))}' raised.`,
  ];
  const cartLog = (seed) => {
    const out = [
      'info: Microsoft.Hosting.Lifetime[14]', '      Now listening on: http://0.0.0.0:7070',
      'info: Microsoft.Hosting.Lifetime[0]', '      Application started. Press Ctrl+C to shut down.',
      'info: Microsoft.Hosting.Lifetime[0]', '      Hosting environment: Production',
      'info: Microsoft.Hosting.Lifetime[0]', '      Content root path: /app',
    ];
    for (let m = -40 + seed * 0.7; m < drainAt; m += 1.6) out.push(`GetCartAsync called with userId=${sess(Math.round(m * 3))}`);
    let n = 0;
    for (let m = drainAt + 0.1 + seed * 0.3; m < -0.2; m += 0.55, n++) {
      out.push(`GetCartAsync called with userId=${sess(n + seed)}`);
      out.push(...cartErr(m, n + seed));
    }
    return out;
  };
  const feLog = (seed) => {
    const out = feTraffic(T, -45 + seed * 0.4, drainAt, 0.9, seed);
    let n = 0;
    for (let m = drainAt + 0.15 + seed * 0.2; m < -0.1; m += 0.45, n++) {
      const p = PATHS[(n + seed) % PATHS.length];
      if (n % 5 === 4) { out.push(feOk(T, m, n + 40, '/_healthz', 1)); continue; }
      out.push(fe(T, m, 'error', 'request error', { n: n + seed, path: p, error: `could not retrieve cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. ${seErr.replace('%UID%', sess(n + seed))}` }));
    }
    return out;
  };
  const otherPods = Object.fromEntries(Object.entries(moved).map(([k, v]) => [k, v]));
  return {
    folder: 's16-redis-cart-conf-typo-after-node-upgrade',
    description: 'cart broken for everyone since ~09:42, home page 500s when you have a session',
    incidentTime,
    expected: { component: 'redis-cart', cause: 'config-error' },
    alsoAcceptable: [{ component: 'redis-cart', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['decoy', 'time-expression', 'louder-dependents'],
    grounding: `
      Manifest: redis-cart is redis:alpine on port 6379 with tcpSocket probes and an emptyDir at /data (microservices-demo
      release/kubernetes-manifests.yaml at 34ffea9); cartservice reaches it through REDIS_ADDR=redis-cart:6379. Deviation of this
      operator: redis-server is started with /usr/local/etc/redis/redis.conf from a ConfigMap redis-cart-conf (a maxmemory cap
      and eviction policy added after a memory alert), stated here. The ConfigMap was edited four days before the incident
      (managedFields: kubectl-edit) with "maxmemory-policy allkeys_lru" (underscore instead of hyphen). The running redis had
      read its config at start nine days earlier, so nothing happened until a GKE node auto-upgrade cordoned and drained
      ${drained} at 09:41; the recreated redis-cart pod on ${newNode} exits 1 at every start with Redis 7.2's
      "*** FATAL CONFIG FILE ERROR" / "argument(s) must be one of the following" text for an enum config and is in
      CrashLoopBackOff. The other pods evicted by the drain came back healthy (decoy: many fresh pods, a cordoned node).
      cartservice (.NET, StackExchange.Redis 2.6) throws RpcException FailedPrecondition "Can't access cart storage." with
      the multiplexer's UnableToConnect text, logged by Grpc.AspNetCore; the frontend logs "request error" with "could not
      retrieve cart" on every page that loads the cart. A careful engineer names the redis.conf edit (config-error on
      redis-cart); crash-loop on redis-cart is also accepted.
    `,
    nodes: { [drained]: { unschedulable: true, taints: [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule', timeAdded: T.iso(drainAt) }] } },
    configMaps: [{ name: 'redis-cart-conf', keys: ['redis.conf'] }],
    workloads: {
      ...otherPods,
      'redis-cart': {
        patch: { volumes: [{ name: 'redis-data', emptyDir: {} }, { name: 'redis-conf', configMap: { name: 'redis-cart-conf', defaultMode: 420 } }] },
        containers: { redis: { command: ['redis-server', '/usr/local/etc/redis/redis.conf'], volumeMounts: [{ mountPath: '/data', name: 'redis-data' }, { mountPath: '/usr/local/etc/redis', name: 'redis-conf' }] } },
        pods: [{ node: newNode, created: T.iso(drainAt + 0.2), containers: { redis: redisCrash } }],
        unavailableSince: drainAt + 0.2,
        endpointsChanged: drainAt + 0.2,
      },
    },
    events: [
      { on: `node:${drained}`, reason: 'NodeNotSchedulable', message: `Node ${drained} status is now: NodeNotSchedulable`, first: drainAt - 0.3 },
      { on: 'rs:redis-cart', reason: 'SuccessfulCreate', message: 'Created pod: redis-cart-%RS%', first: drainAt + 0.2, source: 'replicaset-controller' },
      { on: 'pod:redis-cart#0', reason: 'Scheduled', message: `Successfully assigned boutique/%POD% to ${newNode}`, first: drainAt + 0.2, source: 'default-scheduler' },
      { on: 'pod:redis-cart#0', reason: 'Pulling', message: 'Pulling image "redis:alpine"', first: drainAt + 0.25, last: -2.5, count: 8, fieldPath: 'spec.containers{redis}' },
      { on: 'pod:redis-cart#0', reason: 'Pulled', message: 'Successfully pulled image "redis:alpine" in 612ms (612ms including waiting). Image size: 17264395 bytes.', first: drainAt + 0.3, last: -2.45, count: 8, fieldPath: 'spec.containers{redis}' },
      { on: 'pod:redis-cart#0', reason: 'Created', message: 'Created container redis', first: drainAt + 0.3, last: -2.45, count: 8, fieldPath: 'spec.containers{redis}' },
      { on: 'pod:redis-cart#0', reason: 'Started', message: 'Started container redis', first: drainAt + 0.3, last: -2.4, count: 8, fieldPath: 'spec.containers{redis}' },
      { on: 'pod:redis-cart#0', reason: 'BackOff', message: 'Back-off restarting failed container redis in pod %POD%_boutique(%PODUID%)', first: drainAt + 0.5, last: -0.3, count: 71, type: 'Warning', fieldPath: 'spec.containers{redis}' },
      ...Object.entries(moved).flatMap(([w, v]) => v.pods.map((p, i) => (p.node ? { on: `pod:${w}#${i}`, reason: 'Started', message: `Started container ${system.workloads[widx(w)].containers[0].name}`, first: drainAt + 0.9, fieldPath: `spec.containers{${system.workloads[widx(w)].containers[0].name}}` } : null)).filter(Boolean)),
    ],
    logs: {
      'redis-cart#0/redis': redisStart(-2.4),
      'redis-cart#0/redis/previous': redisStart(-7.4),
      'cartservice#0/server': cartLog(0),
      'cartservice#1/server': cartLog(1),
      'frontend#0/server': feLog(0),
      'frontend#1/server': feLog(1),
      'checkoutservice#0/server': [goJson(T, drainAt + 0.5, 'info', 'service config: &{productCatalogSvcAddr:productcatalogservice:3550 cartSvcAddr:cartservice:7070 currencySvcAddr:currencyservice:7000 shippingSvcAddr:shippingservice:50051 emailSvcAddr:emailservice:5000 paymentSvcAddr:paymentservice:50051}'), goJson(T, drainAt + 0.5, 'info', 'starting to listen on tcp: "[::]:5050"')],
      'productcatalogservice#0/server': [goJson(T, -60 * 24 * 9, 'info', 'successfully parsed product catalog json'), goJson(T, -60 * 24 * 9, 'info', 'starting grpc server at :3550')],
    },
  };
})();

// ---------------------------------------------------------------------------------------------------------------------
// 2. productcatalogservice: a rollout carries EXTRA_LATENCY=5.5s from a load-test overlay; pods Ready, every catalog call slow.
const s2 = (() => {
  const incidentTime = '2026-05-19T15:20:00Z';
  const T = clock(incidentTime);
  const at = -27;
  const slowTook = (i) => 5600 + ((i * 53) % 700);
  const feLog = (seed) => {
    const out = feTraffic(T, -50 + seed * 0.3, at + 1, 0.8, seed);
    let i = 0;
    for (let m = at + 1.2 + seed * 0.25; m < -0.1; m += 0.7, i++) {
      const p = PATHS[(i + seed) % PATHS.length];
      if (p === '/cart') { out.push(feOk(T, m, i + seed, p, 5590 + (i % 7) * 31)); continue; }
      if (i % 9 === 8) { out.push(fe(T, m, 'error', 'request error', { n: i + seed, path: '/cart/checkout', method: 'POST', error: 'failed to complete the order: rpc error: code = Internal desc = cart failure: failed to prepare order: failed to get product #"OLJCESPC7Z": rpc error: code = DeadlineExceeded desc = context deadline exceeded' })); continue; }
      out.push(feOk(T, m, i + seed, p, p === '/' ? slowTook(i) : slowTook(i) * 2));
    }
    return out;
  };
  const pcLog = (seed) => [
    goJson(T, at + 0.6 + seed * 0.5, 'info', 'extra latency enabled (duration: 5.5s)'),
    goJson(T, at + 0.6 + seed * 0.5, 'info', 'successfully parsed product catalog json'),
    goJson(T, at + 0.6 + seed * 0.5, 'info', 'starting grpc server at :3550'),
  ];
  const coLog = [];
  for (let m = -60, k = 0; m < -0.5; m += m < at ? 6 : 4, k++) {
    const uidn = `${(k * 7919 + 1031).toString(16)}e4-5d1c-4b0f-8a12-7c3e9d2a6f1${k % 10}`;
    coLog.push(goJson(T, m, 'info', `[PlaceOrder] user_id="${uidn}" user_currency="USD"`));
    if (m >= at + 1 && k % 2 === 0) continue; // the frontend gave up (deadline) before these completed: no further log lines
    const d = m >= at + 1 ? 11.3 / 60 : 0.08 / 60;
    coLog.push(goJson(T, m + d, 'info', `payment went through (transaction_id: ${(k * 104729).toString(16).padStart(8, '0')}-7a3b-4d2e-9f10-3c6b8a1d5e2${k % 10})`));
    coLog.push(goJson(T, m + d + 0.002, 'info', 'order confirmation email sent to "someone@example.com"'));
  }
  return {
    folder: 's16-productcatalog-extra-latency-rollout',
    description: 'shop is super slow, product pages take 10+ seconds, some checkouts time out',
    incidentTime,
    expected: { component: 'productcatalogservice', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'productcatalogservice', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'callers-only'],
    grounding: `
      Upstream productcatalogservice (Go, port 3550, grpc probes on the same port) has an EXTRA_LATENCY environment variable
      that sleeps the given time.Duration in every catalog RPC (src/productcatalogservice README "Latency injection"; the
      server logs "extra latency enabled (duration: …)" at start). Here a rollout 27 minutes before the incident (revision 4)
      adds EXTRA_LATENCY=5.5s, copied from a load-test overlay. The grpc health service does not sleep, so both new pods are
      Running and Ready and the rollout completed cleanly. The callers show it: frontend request logs (logrus JSON, "request
      complete" with http.resp.took_ms) jump from ~40 ms to 5.6 s for the home page and twice that for product pages
      (GetProduct and recommendations' ListProducts), and checkouts that fetch several products exceed the deadline
      (DeadlineExceeded in "failed to prepare order"). Decoy: adservice was OOMKilled three days ago and has run since.
      A careful engineer names the productcatalogservice rollout (bad-deploy-rollout); calling it a configuration error of
      that service is also accepted.
    `,
    workloads: {
      productcatalogservice: {
        rollout: { at, revision: 4, oldContainers: { server: { env: [{ name: 'PORT', value: '3550' }, { name: 'DISABLE_PROFILER', value: '1' }] } } },
        containers: { server: { env: [{ name: 'PORT', value: '3550' }, { name: 'DISABLE_PROFILER', value: '1' }, { name: 'EXTRA_LATENCY', value: '5.5s' }] } },
      },
      adservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 140), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 140.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 1', first: at },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 1 from 2', first: at + 0.5 },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 2 from 1', first: at + 0.5 },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 0 from 1', first: at + 1 },
      { on: 'pod:productcatalogservice#0', reason: 'Started', message: 'Started container server', first: at + 0.6, fieldPath: 'spec.containers{server}' },
      { on: 'pod:productcatalogservice#1', reason: 'Started', message: 'Started container server', first: at + 1.1, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'productcatalogservice#0/server': pcLog(0),
      'productcatalogservice#1/server': pcLog(1),
      'frontend#0/server': feLog(0),
      'frontend#1/server': feLog(1),
      'checkoutservice#0/server': coLog,
      'adservice#0/server': [
        `${T.java(-60 * 24 * 3 - 139.5)} INFO  [main] hipstershop.AdService - AdService starting.`,
        `${T.java(-60 * 24 * 3 - 139.4)} INFO  [main] hipstershop.AdService - Ad Service started, listening on 9555`,
        `${T.java(-3)} INFO  [grpc-default-executor-12] hipstershop.AdService - received ad request (context_words=[clothing])`,
        `${T.java(-1)} INFO  [grpc-default-executor-12] hipstershop.AdService - received ad request (context_words=[kitchen])`,
      ],
    },
  };
})();

// ---------------------------------------------------------------------------------------------------------------------
// 3. No fault: a planned `kubectl rollout restart` of checkoutservice made a 20-second blip of Unavailable errors; all recovered.
const s3 = (() => {
  const incidentTime = '2026-05-26T09:52:00Z';
  const T = clock(incidentTime);
  const at = -21.5;
  const restartedAt = { 'kubectl.kubernetes.io/restartedAt': T.iso(at) };
  const feLog = (seed) => {
    const out = feTraffic(T, -45 + seed * 0.3, at + 0.3, 0.8, seed);
    for (let k = 0; k < 3; k++)
      out.push(fe(T, at + 0.32 + k * 0.06 + seed * 0.03, 'error', 'request error', { n: 70 + k + seed, path: '/cart/checkout', method: 'POST', error: `failed to complete the order: rpc error: code = Unavailable desc = error reading from server: read tcp %PODIP%:${48212 + k * 3 + seed * 17}->%SVCIP:checkoutservice%:5050: read: connection reset by peer` }));
    out.push(...feTraffic(T, at + 0.6 + seed * 0.2, -0.1, 0.8, seed + 100));
    return out;
  };
  const coLog = [goJson(T, at + 0.15, 'info', 'service config: &{productCatalogSvcAddr:productcatalogservice:3550 cartSvcAddr:cartservice:7070 currencySvcAddr:currencyservice:7000 shippingSvcAddr:shippingservice:50051 emailSvcAddr:emailservice:5000 paymentSvcAddr:paymentservice:50051}'), goJson(T, at + 0.15, 'info', 'starting to listen on tcp: "[::]:5050"')];
  for (let m = at + 1.5, k = 0; m < -0.5; m += 2.3, k++) {
    coLog.push(goJson(T, m, 'info', `[PlaceOrder] user_id="${(k * 7919 + 77).toString(16)}b1-5d1c-4b0f-8a12-7c3e9d2a6f1${k % 10}" user_currency="${['USD', 'EUR', 'JPY'][k % 3]}"`));
    coLog.push(goJson(T, m + 0.0015, 'info', `payment went through (transaction_id: ${(k * 15485863).toString(16).slice(-8)}-7a3b-4d2e-9f10-3c6b8a1d5e2${k % 10})`));
    coLog.push(goJson(T, m + 0.0018, 'info', 'order confirmation email sent to "someone@example.com"'));
  }
  return {
    folder: 's16-checkout-rollout-restart-blip-no-fault',
    description: 'got paged for checkout errors around 09:30, is checkout broken?',
    incidentTime,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `
      No fault. checkoutservice (Go, port 5050, grpc probes, terminationGracePeriodSeconds 5 as upstream) was restarted with
      "kubectl rollout restart" at 09:30:30 (pod template annotation kubectl.kubernetes.io/restartedAt, revision 4) as part of a
      planned certificate rotation on the nodes. With one replica and the default maxUnavailable 25% / maxSurge 25%, the new pod
      became Ready after ~10 s and the old one terminated; frontend connections to the old pod were reset and three checkouts
      per frontend pod failed with gRPC Unavailable ("connection reset by peer") within twenty seconds, which fired the
      checkout error-rate page. A Readiness probe failure on the new pod at start (count 1) is the usual grpc probe racing the
      server start. Since then checkout logs orders going through every couple of minutes and the frontend serves normally;
      nothing in the cluster is wrong now. A careful engineer answers: a planned restart, recovered, no fault.
    `,
    workloads: {
      checkoutservice: {
        rollout: { at, revision: 4, oldPatch: {} },
        patch: { podAnnotations: restartedAt },
      },
    },
    events: [
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set checkoutservice-%NEW% to 1', first: at },
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set checkoutservice-%OLD% to 0 from 1', first: at + 0.2 },
      { on: 'pod:checkoutservice#0', reason: 'Started', message: 'Started container server', first: at + 0.1, fieldPath: 'spec.containers{server}' },
      { on: 'pod:checkoutservice#0', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":5050" within 1s: context deadline exceeded', first: at + 0.12, type: 'Warning', fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'checkoutservice#0/server': coLog,
      'frontend#0/server': feLog(0),
      'frontend#1/server': feLog(1),
      'cartservice#0/server': Array.from({ length: 20 }, (_, k) => `GetCartAsync called with userId=${sess(k)}`),
    },
  };
})();

export const scenarios = [s1, s2, s3];

export const configMapEdits = {
  // [ConfigMap, field manager of the edit, minutes before the incident, incidentTime]
  's16-redis-cart-conf-typo-after-node-upgrade': [['redis-cart-conf', 'kubectl-edit', -60 * 24 * 4 - 95, s1.incidentTime]],
};
