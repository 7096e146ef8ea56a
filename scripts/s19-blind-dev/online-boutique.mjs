// s19 blind dev scenarios, part a: three Online Boutique incidents (written blind: no rule pack, engine code or other
// scenario read, engine never run) on the session-2 system definition; built by scripts/s19-build-a.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const res = (rc, rm, lc, lm) => ({ requests: { cpu: rc, memory: rm }, limits: { cpu: lc, memory: lm } });
const wl = (name) => base.workloads.find((w) => w.name === name);
const container = (name) => wl(name).containers[0];

// ---------------------------------------------------------------------------------------------------------------
// Deterministic helpers (seeded PRNG, ids, log line builders).
function rngOf(seed) {
  let a = 0;
  for (const ch of seed) a = (Math.imul(a, 31) + ch.charCodeAt(0)) | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const hex = (r, n) => Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join('');
const uuid = (r) => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${'89ab'[Math.floor(r() * 4)]}${hex(r, 3)}-${hex(r, 12)}`;
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const between = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));

/** logrus JSONFormatter line (keys sorted, RFC3339Nano timestamp) as the Go services write it. */
const nano = (T, min, r) => T.isoMs(min).replace('Z', `${String(between(r, 0, 999999)).padStart(6, '0')}Z`.replace(/0+Z$/, 'Z'));
const goJson = (T, min, r, severity, message, fields = {}) => {
  const o = { ...fields, message, severity, timestamp: nano(T, min, r) };
  return JSON.stringify(Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]])));
};

const PRODUCTS = ['0PUK6V6EV0', '1YMWWN1N4O', '2ZYFJ3GM2N', '66VCHSJNUP', '6E92ZMYYFZ', '9SIQT8TOJO', 'L9ECAV7KIM', 'LS4PSXUNUM', 'OLJCESPC7Z'];
const CURRENCIES = ['EUR', 'USD', 'JPY', 'CAD', 'GBP', 'TRY'];
const FIRST = ['james', 'maria', 'li', 'fatima', 'oliver', 'sofia', 'kenji', 'amara', 'lucas', 'nina', 'omar', 'paula', 'ravi', 'elena'];
const LAST = ['smith', 'garcia', 'chen', 'okafor', 'mueller', 'rossi', 'tanaka', 'silva', 'kowalski', 'dubois', 'haddad', 'novak'];
const DOMAINS = ['example.org', 'example.net', 'example.com'];

/**
 * Simulates the loadgenerator's locust users (and a few real shoppers) against the two frontend pods: returns the
 * frontend log lines per pod (request started / handler line / request error / request complete, plus the kubelet's
 * /_healthz probes) and the PlaceOrder calls that reached checkoutservice. `decide(kind, req)` returns
 * { error, status } for a failing request, or null.
 */
function simulateFrontend({ T, seed, from, to, gap, sessions, decide, ads = true }) {
  const r = rngOf(seed);
  const pods = [[], []];
  const orders = [];
  // probes: readiness and liveness every 10 s on each pod
  for (let p = 0; p < 2; p++) {
    for (let t = from + p * 0.037; t < to; t += 10 / 60) {
      for (const probe of ['x-readiness-probe', 'x-liveness-probe']) {
        const tt = t + (probe === 'x-liveness-probe' ? 0.061 : 0);
        if (tt >= to) continue;
        const id = uuid(r);
        const f = { 'http.req.id': id, 'http.req.method': 'GET', 'http.req.path': '/_healthz', session: probe };
        pods[p].push([tt, goJson(T, tt, r, 'debug', 'request started', f)]);
        pods[p].push([tt + 0.00001, goJson(T, tt + 0.00001, r, 'debug', 'request complete', { ...f, 'http.resp.bytes': 2, 'http.resp.status': 200, 'http.resp.took_ms': 0 })]);
      }
    }
  }
  const weights = [['home', 24], ['product', 26], ['cart', 16], ['add', 16], ['checkout', 10], ['currency', 8]];
  const total = weights.reduce((a, [, w]) => a + w, 0);
  const kindOf = () => { let x = r() * total; for (const [k, w] of weights) { if ((x -= w) < 0) return k; } return 'home'; };
  let t = from + r() * gap;
  while (t < to - 0.05) {
    const s = pick(r, sessions);
    const p = Math.floor(r() * 2);
    const kind = kindOf();
    const emit = (method, path, handler, okStatus, okBytes, extraOk = []) => {
      const id = uuid(r);
      const f = { 'http.req.id': id, 'http.req.method': method, 'http.req.path': path, session: s.id };
      const lines = pods[p];
      lines.push([t, goJson(T, t, r, 'debug', 'request started', f)]);
      if (handler) lines.push([t + 0.00002, goJson(T, t + 0.00002, r, handler.severity, handler.message, { ...f, ...(handler.fields ?? {}) })]);
      const out = decide(kind, { t, s, path, method });
      let status = okStatus, bytes = okBytes(), took = between(r, 8, 70);
      if (out) {
        status = out.status ?? 500; bytes = between(r, 3400, 3900); took = out.took ?? between(r, 6, 40);
        lines.push([t + took / 60000 - 0.00001, goJson(T, t + took / 60000 - 0.00001, r, 'error', 'request error', { ...f, error: out.error })]);
      } else {
        for (const x of extraOk) lines.push([t + took / 60000 - 0.00001, goJson(T, t + took / 60000 - 0.00001, r, x.severity, x.message, { ...f, ...(x.fields ?? {}) })]);
      }
      if (!out && ads && kind === 'product' && r() < 0.05) {
        lines.push([t + 0.0015, goJson(T, t + 0.0015, r, 'warning', 'failed to retrieve ads', { ...f, error: 'failed to get ads: rpc error: code = DeadlineExceeded desc = context deadline exceeded' })]);
      }
      lines.push([t + took / 60000, goJson(T, t + took / 60000, r, 'debug', 'request complete', { ...f, 'http.resp.bytes': bytes, 'http.resp.status': status, 'http.resp.took_ms': took })]);
      t += (took + 5) / 60000;
      return !out;
    };
    if (kind === 'home') {
      emit('GET', '/', { severity: 'info', message: 'home', fields: { currency: s.currency } }, 200, () => between(r, 10400, 11600));
    } else if (kind === 'product') {
      const id = s.pickProduct ? s.pickProduct(r) : pick(r, PRODUCTS);
      emit('GET', `/product/${id}`, { severity: 'debug', message: 'serving product page', fields: { currency: s.currency, id } }, 200, () => between(r, 7700, 8500));
    } else if (kind === 'cart') {
      emit('GET', '/cart', { severity: 'debug', message: 'view user cart' }, 200, () => between(r, 8800, 9700));
    } else if (kind === 'add' || kind === 'checkout') {
      const id = s.pickProduct ? s.pickProduct(r) : pick(r, PRODUCTS);
      const qty = between(r, 1, 10);
      const okP = emit('GET', `/product/${id}`, { severity: 'debug', message: 'serving product page', fields: { currency: s.currency, id } }, 200, () => between(r, 7700, 8500));
      t += between(r, 1, 4) / 60;
      const okA = emit('POST', '/cart', { severity: 'debug', message: 'adding to cart', fields: { product: id, quantity: qty } }, 302, () => 0);
      if (okA) s.cart.push(id);
      void okP;
      if (kind === 'checkout') {
        t += between(r, 1, 3) / 60;
        const order = uuid(r);
        const email = `${pick(r, FIRST)}.${pick(r, LAST)}${between(r, 1, 99)}@${pick(r, DOMAINS)}`;
        const placedAt = t;
        const ok = emit('POST', '/cart/checkout', { severity: 'debug', message: 'placing order' }, 200, () => between(r, 7100, 7600), [{ severity: 'info', message: 'order placed', fields: { order } }]);
        orders.push({ t: placedAt, user: s.id, currency: s.currency, email, ok, cart: [...s.cart], amount: between(r, 20, 900), nanos: between(r, 0, 99) * 10000000 });
        if (ok) s.cart = [];
      }
    } else if (kind === 'currency') {
      const nw = pick(r, CURRENCIES);
      emit('POST', '/setCurrency', { severity: 'debug', message: 'setting currency', fields: { 'curr.new': nw, 'curr.old': s.currency } }, 302, () => 0);
      s.currency = nw;
    }
    t += (gap * (0.4 + r() * 1.2));
  }
  return {
    pods: pods.map((xs) => xs.sort((a, b) => a[0] - b[0]).map((x) => x[1])),
    orders: orders.sort((a, b) => a.t - b.t),
  };
}

const sessionsOf = (seed, n, extra = () => ({})) => {
  const r = rngOf(seed);
  return Array.from({ length: n }, (_, i) => ({ id: uuid(r), currency: pick(r, CURRENCIES), cart: [], ...extra(i, r) }));
};

/** checkoutservice lines for the PlaceOrder calls the frontends made (logrus JSON). */
function checkoutLines(T, seed, orders, { failAfter = Infinity, failIf = () => false } = {}) {
  const r = rngOf(seed);
  const out = [];
  for (const o of orders) {
    const t = o.t + 0.00005;
    out.push(goJson(T, t, r, 'info', `[PlaceOrder] user_id=${JSON.stringify(o.user)} user_currency=${JSON.stringify(o.currency)}`));
    if (o.ok && !(t >= failAfter) && !failIf(o)) {
      out.push(goJson(T, t + 0.0004, r, 'info', `payment went through (transaction_id: ${uuid(r)})`));
      out.push(goJson(T, t + 0.0007, r, 'info', `order confirmation email sent to ${JSON.stringify(o.email)}`));
    }
  }
  return out;
}

const goStartup = (T, min, r, extra = []) => [
  goJson(T, min, r, 'info', 'Tracing disabled.'),
  goJson(T, min + 0.00001, r, 'info', 'Profiling disabled.'),
  ...extra.map((m, i) => goJson(T, min + 0.00002 * (i + 2), r, 'info', m)),
];

const podEvents = (key, at, image, { pulled = 'present', node = true } = {}) => [
  { on: `pod:${key}`, reason: 'Scheduled', message: `Successfully assigned boutique/%POD% to %NODE%`, first: at, source: 'default-scheduler' },
  ...(pulled === 'present'
    ? [{ on: `pod:${key}`, reason: 'Pulled', message: `Container image "${image}" already present on machine`, first: at + 0.05, fieldPath: 'spec.containers{server}' }]
    : [
        { on: `pod:${key}`, reason: 'Pulling', message: `Pulling image "${image}"`, first: at + 0.03, fieldPath: 'spec.containers{server}' },
        { on: `pod:${key}`, reason: 'Pulled', message: `Successfully pulled image "${image}" in ${pulled} (${pulled} including waiting). Image size: 21474302 bytes.`, first: at + 0.08, fieldPath: 'spec.containers{server}' },
      ]),
  { on: `pod:${key}`, reason: 'Created', message: 'Created container: server', first: at + 0.27, fieldPath: 'spec.containers{server}' },
  { on: `pod:${key}`, reason: 'Started', message: 'Started container server', first: at + 0.29, fieldPath: 'spec.containers{server}' },
].filter(() => node);

const rolloutEvents = (name, at, replicas) => {
  if (replicas === 1) {
    return [
      { on: `deploy:${name}`, reason: 'ScalingReplicaSet', message: `Scaled up replica set ${name}-%NEW% from 0 to 1`, first: at + 0.49 },
      { on: `deploy:${name}`, reason: 'ScalingReplicaSet', message: `Scaled down replica set ${name}-%OLD% from 1 to 0`, first: at + 1.01 },
    ];
  }
  return [
    { on: `deploy:${name}`, reason: 'ScalingReplicaSet', message: `Scaled up replica set ${name}-%NEW% from 0 to 1`, first: at + 0.49 },
    { on: `deploy:${name}`, reason: 'ScalingReplicaSet', message: `Scaled down replica set ${name}-%OLD% from 2 to 1`, first: at + 1.0 },
    { on: `deploy:${name}`, reason: 'ScalingReplicaSet', message: `Scaled up replica set ${name}-%NEW% from 1 to 2`, first: at + 0.995 },
    { on: `deploy:${name}`, reason: 'ScalingReplicaSet', message: `Scaled down replica set ${name}-%OLD% from 1 to 0`, first: at + 1.51 },
  ];
};

const NS_CONFIGMAPS = [{ name: 'kube-root-ca.crt', keys: ['ca.crt'] }];

// ---------------------------------------------------------------------------------------------------------------
// 1. productcatalogservice: a products.json ConfigMap edit gave the sunglasses' id a trailing space; only the
//    requests that name the old id (loadgenerator's fixed list, carts filled before the edit) fail.
function productcatalogSkuTrailingSpace() {
  const incidentTime = '2026-11-24T10:41:00Z';
  const T = clock(incidentTime);
  const editAt = -23.4; // ConfigMap edited 10:17:36
  const restartAt = -22.2; // kubectl rollout restart 10:18:48
  const onset = restartAt + 1.5; // both new productcatalogservice pods serve the edited file (10:20:18)
  const BAD = 'OLJCESPC7Z';
  const notFound = `rpc error: code = NotFound desc = no product with ID ${BAD}`;
  const switched = (t) => t >= onset || (t >= restartAt + 1.0 && (Math.floor(t * 997) % 2 === 0));
  const sessions2 = sessionsOf('s19-pc-sessions', 14, (i) => ({
    ...(i < 3 ? { cart: [BAD, PRODUCTS[(i * 3) % 8]], poisoned: true } : {}),
    ...(i === 13 ? { pickProduct: (r) => (r() < 0.5 ? `${BAD} ` : pick(r, PRODUCTS)), realUser: true } : {}),
  }));
  for (const s of sessions2) {
    const inner = s.pickProduct;
    s.pickProduct = (r) => { const id = inner ? inner(r) : pick(r, PRODUCTS); s.lastProduct = id; return id; };
  }
  const fe = simulateFrontend({
    T, seed: 's19-pc-frontend', from: -29, to: -0.05, gap: 0.1, sessions: sessions2,
    decide: (kind, { t, s, path, method }) => {
      if (!switched(t)) return null;
      if (path === `/product/${BAD}`) return { error: `could not retrieve product: ${notFound}` };
      if (method === 'POST' && path === '/cart' && s.lastProduct === BAD) return { error: `could not retrieve product: ${notFound}` };
      if (path === '/cart' && method === 'GET' && s.cart.includes(BAD)) return { error: `could not retrieve product #${BAD}: ${notFound}` };
      if (path === '/cart/checkout' && s.cart.includes(BAD)) return { error: `failed to complete the order: rpc error: code = Internal desc = failed to prepare order: failed to get product #"${BAD}"` };
      return null;
    },
  });
  const r = rngOf('s19-pc-misc');
  const pcImage = container('productcatalogservice').image;
  const catalogMount = {
    volumeMounts: [{ name: 'catalog', mountPath: '/src/products.json', subPath: 'products.json', readOnly: true }],
  };
  const catalogVolume = [{ name: 'catalog', configMap: { name: 'productcatalog-products', defaultMode: 420 } }];
  const pcStart = (i) => goStartup(T, restartAt + 0.5 + i * 0.5 + 0.31, r, [
    'starting grpc server at :3550',
    'loading catalog from local products.json file...',
    'successfully parsed product catalog json',
  ]);
  const restartedAt = T.iso(restartAt).replace('Z', 'Z');
  return {
    folder: 's19-productcatalog-sku-trailing-space-configmap',
    incidentTime,
    description: 'checkout failing for some customers since ~10:20, the cart page 500s for them too. rest of the shop seems ok',
    expected: { component: 'productcatalogservice', cause: 'config-error' },
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'time-expression'],
    grounding: `
      Online Boutique release/kubernetes-manifests.yaml at 34ffea9 (v0.10.6); productcatalogservice reads products.json from its
      working directory /src once at start (src/productcatalogservice/catalog_loader.go loadCatalogFromLocalFile; reload only on
      SIGUSR1) and GetProduct answers codes.NotFound "no product with ID %s" on an exact string match (product_catalog.go), without
      logging. Deviation of this operator: the merchandising team keeps the catalogue in the ConfigMap productcatalog-products,
      mounted over /src/products.json with subPath (so only a restart picks an edit up). At 10:17 an edit pasted from the
      merchandising spreadsheet left the sunglasses' id as "OLJCESPC7Z " (trailing space); the editor ran kubectl rollout restart at
      10:18 (template annotation kubectl.kubernetes.io/restartedAt, new ReplicaSet, pods Ready). The catalogue parses fine and the
      home page lists the product under the new id, so browsing works; every request that names the old id fails: the
      loadgenerator's fixed product list (src/loadgenerator/locustfile.py) hits /product/OLJCESPC7Z, and carts filled before the
      edit hold OLJCESPC7Z, so their /cart ("could not retrieve product #%s", frontend handlers.go) and checkout (checkoutservice
      prepOrderItems "failed to get product #%q") fail. Callers only: productcatalogservice logs its normal start-up lines. The
      ConfigMap edit is visible in its managedFields (kubectl-edit, 10:17); its content is not in the snapshot. Log formats: logrus
      JSON (message/severity/timestamp) of the Go services, frontend request logging from src/frontend/middleware.go. Decoy:
      adservice restarted once three days ago (OOMKilled at its 300Mi limit).
    `,
    configMaps: [...NS_CONFIGMAPS, { name: 'productcatalog-products', keys: ['products.json'] }],
    workloads: {
      productcatalogservice: {
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': restartedAt }, volumes: catalogVolume },
        containers: { server: catalogMount },
        rollout: { at: restartAt, revision: 6, oldPatch: { podAnnotations: undefined } },
      },
      adservice: {
        pods: [{
          containers: {
            server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 131), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 131.5) } }),
          },
        }],
      },
    },
    events: [
      ...rolloutEvents('productcatalogservice', restartAt, 2),
      ...podEvents('productcatalogservice#0', restartAt + 0.5, pcImage),
      ...podEvents('productcatalogservice#1', restartAt + 1.0, pcImage),
    ],
    logs: {
      'frontend#0/server': fe.pods[0],
      'frontend#1/server': fe.pods[1],
      'productcatalogservice#0/server': pcStart(0),
      'productcatalogservice#1/server': pcStart(1),
      'checkoutservice#0/server': checkoutLines(T, 's19-pc-checkout', fe.orders),
    },
    _configMapEdits: [['productcatalog-products', 'kubectl-edit', editAt, incidentTime]],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 2. redis-cart serves a TLS certificate that expired at 09:52: redis-server loaded it at start 32 days ago and never
//    re-read the file cert-manager renewed. Live connections kept working; the cartservice rollout at 10:06 opened
//    new ones, which fail certificate validation (NotTimeValid). The rollout is the loud decoy.
function redisCartTlsExpired() {
  const incidentTime = '2026-12-01T10:20:00Z';
  const T = clock(incidentTime);
  const rollAt = -13.6; // 10:06:24
  const onsetHalf = rollAt + 1.0; // first new cartservice pod Ready, one old pod gone
  const onsetAll = rollAt + 1.5; // both old pods gone
  const sessions = sessionsOf('s19-tls-sessions', 12);
  const detail = (method) => [
    "Can't access cart storage. StackExchange.Redis.RedisConnectionException: It was not possible to connect to the redis server(s). There was an authentication failure; check that passwords (or client certificates) are configured correctly: (AuthenticationException) The remote certificate is invalid because of errors in the certificate chain: NotTimeValid",
    ' ---> System.Security.Authentication.AuthenticationException: The remote certificate is invalid because of errors in the certificate chain: NotTimeValid',
    '   at System.Net.Security.SslStream.CompleteHandshake(SslAuthenticationOptions sslAuthenticationOptions)',
    '   at System.Net.Security.SslStream.ForceAuthenticationAsync[TIOAdapter](Boolean receiveFirst, Byte[] reAuthenticationData, CancellationToken cancellationToken)',
    '   at StackExchange.Redis.PhysicalConnection.ConnectedAsync(Socket socket, ILogger log, SocketManager manager) in /_/src/StackExchange.Redis/PhysicalConnection.cs:line 1621',
    '   --- End of inner exception stack trace ---',
    '   at StackExchange.Redis.ConnectionMultiplexer.ConnectImplAsync(ConfigurationOptions configuration, TextWriter writer, Nullable`1 serverType) in /_/src/StackExchange.Redis/ConnectionMultiplexer.cs:line 589',
    '   at Microsoft.Extensions.Caching.StackExchangeRedis.RedisCache.ConnectSlowAsync(CancellationToken token)',
    '   at Microsoft.Extensions.Caching.StackExchangeRedis.RedisCache.GetAndRefreshAsync(String key, Boolean getData, CancellationToken token)',
    method === 'set'
      ? '   at Microsoft.Extensions.Caching.StackExchangeRedis.RedisCache.SetAsync(String key, Byte[] value, DistributedCacheEntryOptions options, CancellationToken token)'
      : '   at Microsoft.Extensions.Caching.StackExchangeRedis.RedisCache.GetAsync(String key, CancellationToken token)',
    method === 'set'
      ? '   at cartservice.cartstore.RedisCartStore.AddItemAsync(String userId, String productId, Int32 quantity) in /app/cartstore/RedisCartStore.cs:line 36'
      : '   at cartservice.cartstore.RedisCartStore.GetCartAsync(String userId) in /app/cartstore/RedisCartStore.cs:line 89',
  ].join('\n');
  const failing = (t) => t >= onsetAll || (t >= onsetHalf && Math.floor(t * 613) % 2 === 0);
  const fe = simulateFrontend({
    T, seed: 's19-tls-frontend', from: -23, to: -0.05, gap: 0.16, sessions,
    decide: (kind, { t, path, method }) => {
      if (!failing(t)) return null;
      const st = 'rpc error: code = FailedPrecondition desc = ';
      if (method === 'GET' && (path === '/' || path.startsWith('/product/') || path === '/cart')) return { error: `could not retrieve cart: ${st}${detail('get')}` };
      if (method === 'POST' && path === '/cart') return { error: `failed to add to cart: ${st}${detail('set')}` };
      if (path === '/cart/checkout') return { error: `failed to complete the order: rpc error: code = Internal desc = cart failure: failed to get user cart during checkout: ${st}${detail('get')}` };
      return null;
    },
  });
  // cartservice (.NET console logger): the new pods' start-up, then one failing cart call after another
  const r = rngOf('s19-tls-cart');
  const cartLog = (i) => {
    const start = rollAt + 0.5 + i * 0.5;
    const lines = [
      'info: Microsoft.Hosting.Lifetime[14]',
      '      Now listening on: http://[::]:7070',
      'info: Microsoft.Hosting.Lifetime[0]',
      '      Application started. Press Ctrl+C to shut down.',
      'info: Microsoft.Hosting.Lifetime[0]',
      '      Hosting environment: Production',
      'info: Microsoft.Hosting.Lifetime[0]',
      '      Content root path: /app',
    ];
    for (let t = start + 0.52; t < -0.1; t += 0.09 + r() * 0.2) {
      const user = pick(r, sessions).id;
      const add = r() < 0.15;
      lines.push(add ? `AddItemAsync called with userId=${user}, productId=${pick(r, PRODUCTS)}, quantity=${between(r, 1, 10)}` : `GetCartAsync called with userId=${user}`);
      lines.push('info: Grpc.AspNetCore.Server.ServerCallHandler[7]');
      const d = detail(add ? 'set' : 'get').split('\n');
      lines.push(`      Error status code 'FailedPrecondition' with detail '${d[0]}`);
      for (const x of d.slice(1)) lines.push(`      ${x}`);
      lines[lines.length - 1] += "' raised.";
    }
    return lines;
  };
  // redis-cart: the kubelet's tcpSocket probes (TCP connect, no TLS) log "(null)" every 5 s since day one; RDB saves every
  // five minutes while carts change; from 10:06 the new cartservice pods' handshakes end in a certificate-expired alert.
  const rr = rngOf('s19-tls-redis');
  const redisLines = [];
  const rts = (min) => {
    const d = new Date(Date.parse(incidentTime) + min * 60000);
    const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
    const p = (n, w = 2) => String(n).padStart(w, '0');
    return `${p(d.getUTCDate())} ${mon} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`;
  };
  const nodeGw = '10.8.2.1';
  for (let t = -21; t < -0.02; t += 5 / 60) {
    for (const off of [0, 0.0021]) {
      const tt = t + off;
      redisLines.push([tt, `1:M ${rts(tt + rr() * 0.0002)} # Error accepting a client connection: (null) (addr=${nodeGw}:${between(rr, 33000, 60999)} laddr=%PODIP%:6379)`]);
    }
  }
  for (let t = -20.2; t < rollAt; t += 5) {
    const pid = between(rr, 40000, 48000);
    redisLines.push([t, `1:M ${rts(t)} * 100 changes in 300 seconds. Saving...`]);
    redisLines.push([t + 0.00002, `1:M ${rts(t + 0.00002)} * Background saving started by pid ${pid}`]);
    redisLines.push([t + 0.0003, `${pid}:C ${rts(t + 0.0003)} * DB saved on disk`]);
    redisLines.push([t + 0.00031, `${pid}:C ${rts(t + 0.00031)} * Fork CoW for RDB: current 0 MB, peak 0 MB, average 0 MB`]);
    redisLines.push([t + 0.0017, `1:M ${rts(t + 0.0017)} * Background saving terminated with success`]);
  }
  for (let i = 0; i < 2; i++) {
    for (let t = rollAt + 1.02 + i * 0.5; t < -0.02; t += 0.09 + rr() * 0.2) {
      redisLines.push([t, `1:M ${rts(t)} # Error accepting a client connection: error:0A000415:SSL routines::sslv3 alert certificate expired (addr=%IPOF:cartservice#${i}%:${between(rr, 34000, 60999)} laddr=%PODIP%:6379)`]);
    }
  }
  const newCartImage = container('cartservice').image;
  const tlsArgs = ['--port', '0', '--tls-port', '6379', '--tls-cert-file', '/tls/tls.crt', '--tls-key-file', '/tls/tls.key', '--tls-ca-cert-file', '/tls/ca.crt', '--tls-auth-clients', 'no'];
  const cartEnv = [
    { name: 'PORT', value: '7070' },
    { name: 'REDIS_ADDR', value: 'redis-cart:6379,ssl=true,sslHost=redis-cart.boutique.svc.cluster.local' },
    { name: 'SSL_CERT_DIR', value: '/etc/ssl/internal-ca' },
  ];
  const cartMounts = { volumeMounts: [{ name: 'internal-ca', mountPath: '/etc/ssl/internal-ca', readOnly: true }] };
  const cartVolumes = [{ name: 'internal-ca', configMap: { name: 'internal-ca-bundle', defaultMode: 420 } }];
  return {
    folder: 's19-redis-cart-tls-cert-expired-cart-rollout',
    incidentTime,
    description: 'whole shop 500s since the cartservice deploy at 10:06, pls check cart / roll back?',
    expected: { component: 'redis-cart', cause: 'config-error' },
    alsoAcceptable: [{ component: 'redis-cart', cause: 'dependency-down' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'tls-misconfig', 'decoy', 'louder-dependents', 'time-expression'],
    grounding: `
      Online Boutique release/kubernetes-manifests.yaml at 34ffea9 (v0.10.6): cartservice (REDIS_ADDR, StackExchange.Redis through
      Microsoft.Extensions.Caching.StackExchangeRedis, every store failure wrapped as RpcException(FailedPrecondition, "Can't access
      cart storage. {ex}") in src/cartservice/src/cartstore/RedisCartStore.cs; its gRPC health check always answers SERVING) and
      redis-cart (redis:alpine, tcpSocket probes on 6379). Deviation of this operator (encryption in transit): redis-cart runs with
      --port 0 --tls-port 6379 and a certificate from Secret redis-cart-tls, issued by cert-manager from the internal Vault PKI with
      Vault's default 768h TTL; cartservice trusts the internal CA through the trust-manager ConfigMap internal-ca-bundle and adds
      ssl=true to REDIS_ADDR. redis-server reads the certificate files only at start: the pod has run 32 days, cert-manager renewed
      the Secret on day 21 and the kubelet updated the files, but the certificate in memory expired today at 09:52. Live TLS
      connections are not re-validated, so nothing failed until the checkout team's cartservice rollout at 10:06 (memory limit
      128Mi -> 192Mi, image unchanged) replaced both pods: every new connection fails validation. StackExchange.Redis's message
      "It was not possible to connect to the redis server(s). There was an authentication failure; check that passwords (or
      client certificates) are configured correctly: (AuthenticationException) The remote certificate is invalid because of errors
      in the certificate chain: NotTimeValid" (StackExchange.Redis issues 1662, 2991); .NET sends a certificate_expired alert, which
      Redis 7 logs at warning level as "Error accepting a client connection: error:0A000415:SSL routines::sslv3 alert certificate
      expired (addr=… laddr=…)"; the "(null)" lines are the long-standing noise of TCP probes against a TLS port (bitnami/charts
      18982, redis 7454). Grpc.AspNetCore logs the raised status at Information; the frontend renders "could not retrieve cart" on
      every page (handlers.go). The careful answer is redis-cart (an expired certificate still loaded; restart it), not the
      cartservice rollout, which changed only a memory limit and whose rollback would fail the same way.
    `,
    configMaps: [...NS_CONFIGMAPS, { name: 'internal-ca-bundle', keys: ['ca-certificates.crt'] }],
    workloads: {
      'redis-cart': {
        since: -(60 * 24 * 32 + 28),
        containers: {
          redis: {
            args: tlsArgs,
            volumeMounts: [{ mountPath: '/data', name: 'redis-data' }, { mountPath: '/tls', name: 'tls', readOnly: true }],
          },
        },
        patch: { volumes: [{ name: 'redis-data', emptyDir: {} }, { name: 'tls', secret: { secretName: 'redis-cart-tls', defaultMode: 420 } }] },
        pods: [{ node: 'gke-boutique-prod-default-pool-9b31d0a7-wz5c' }],
      },
      cartservice: {
        patch: { volumes: cartVolumes },
        containers: { server: { env: cartEnv, resources: res('200m', '64Mi', '300m', '192Mi'), ...cartMounts } },
        rollout: { at: rollAt, revision: 9, oldContainers: { server: { env: cartEnv, resources: res('200m', '64Mi', '300m', '128Mi'), ...cartMounts } } },
      },
    },
    events: [
      ...rolloutEvents('cartservice', rollAt, 2),
      ...podEvents('cartservice#0', rollAt + 0.5, newCartImage),
      ...podEvents('cartservice#1', rollAt + 1.0, newCartImage, { pulled: '1.871s' }),
    ],
    logs: {
      'frontend#0/server': fe.pods[0],
      'frontend#1/server': fe.pods[1],
      'cartservice#0/server': cartLog(0),
      'cartservice#1/server': cartLog(1),
      'redis-cart#0/redis': redisLines.sort((a, b) => a[0] - b[0]).map((x) => x[1]),
      'checkoutservice#0/server': checkoutLines(T, 's19-tls-checkout', fe.orders),
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 3. checkoutservice: a fork build rolled out at 14:36 dials paymentservice with TLS credentials while paymentservice
//    still serves plaintext gRPC; every order fails at the charge step, the error text names payment.
function checkoutPaymentTlsDial() {
  const incidentTime = '2026-11-27T14:52:00Z';
  const T = clock(incidentTime);
  const rollAt = -16.3;
  const onset = rollAt + 1.0; // new pod Ready, old pod scaled down
  const sessions = sessionsOf('s19-ckt-sessions', 12);
  const tlsErr = 'rpc error: code = Unavailable desc = connection error: desc = "transport: authentication handshake failed: tls: first record does not look like a TLS handshake"';
  const fe = simulateFrontend({
    T, seed: 's19-ckt-frontend', from: -29, to: -0.05, gap: 0.1, sessions,
    decide: (kind, { t, path }) => {
      if (t < onset || path !== '/cart/checkout') return null;
      return { error: `failed to complete the order: rpc error: code = Internal desc = failed to charge card: could not charge the card: ${tlsErr}`, took: between(rngOf(`c${t}`), 25, 90) };
    },
  });
  const r = rngOf('s19-ckt-misc');
  const newImage = 'us-central1-docker.pkg.dev/boutique-prod-4471/shop/checkoutservice:v0.10.6-14-g3e9a1c2';
  const oldImage = `${REG}/checkoutservice:v0.10.6`;
  const conf = '&{UnimplementedCheckoutServiceServer:{} productCatalogSvcAddr:productcatalogservice:3550 productCatalogSvcConn:0xc0001d8408 cartSvcAddr:cartservice:7070 cartSvcConn:0xc0001d8808 currencySvcAddr:currencyservice:7000 currencySvcConn:0xc0001d8c08 shippingSvcAddr:shippingservice:50051 shippingSvcConn:0xc0001d8008 emailSvcAddr:emailservice:5000 emailSvcConn:0xc0001d9008 paymentSvcAddr:paymentservice:50051 paymentSvcConn:0xc0001d9408}';
  const ckStart = rollAt + 0.5 + 0.31;
  const checkout = [
    ...goStartup(T, ckStart, r, [`service config: ${conf}`, 'starting to listen on tcp: "[::]:5050"']),
    ...checkoutLines(T, 's19-ckt-checkout', fe.orders.filter((o) => o.t >= onset)),
  ];
  // paymentservice (pino): one Charge per order that reached the charge step; none since the rollout
  const pay = [];
  const payStart = Date.parse(T.iso(-60 * 24 * 9));
  void payStart;
  const pr = rngOf('s19-ckt-pay');
  for (const o of fe.orders) {
    if (o.t >= onset || !o.ok) continue;
    const t = o.t + 0.0003;
    const card = `4${Array.from({ length: 15 }, () => between(pr, 0, 9)).join('')}`;
    const year = 2027 + between(pr, 0, 60);
    const month = between(pr, 1, 12);
    const ms = Date.parse(incidentTime) + Math.round(t * 60000);
    const host = '%POD%';
    const req = { amount: { currency_code: o.currency, units: String(o.amount), nanos: o.nanos }, credit_card: { credit_card_number: card, credit_card_cvv: between(pr, 100, 999), credit_card_expiration_year: year, credit_card_expiration_month: month } };
    pay.push(JSON.stringify({ severity: 'info', time: ms, pid: 1, hostname: host, name: 'paymentservice-server', message: `PaymentService#Charge invoked with request ${JSON.stringify(req)}` }));
    pay.push(JSON.stringify({ severity: 'info', time: ms + 2, pid: 1, hostname: host, name: 'paymentservice-server', message: `Transaction processed: visa ending ${card.slice(-4)}     Amount: ${o.currency}${o.amount}.${o.nanos}` }));
  }
  return {
    folder: 's19-checkout-fork-dials-payment-with-tls',
    incidentTime,
    description: 'payments down?? nobody can place an order since about 14:36, checkout page just errors',
    expected: { component: 'checkoutservice', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'tls-misconfig', 'partial-name', 'time-expression', 'decoy'],
    grounding: `
      Online Boutique release/kubernetes-manifests.yaml at 34ffea9 (v0.10.6): checkoutservice (Go) dials every dependency with
      insecure credentials (src/checkoutservice/main.go mustConnGRPC) and PlaceOrder wraps a failed charge as codes.Internal
      "failed to charge card: %+v" over "could not charge the card: %+v", logging only "[PlaceOrder] user_id=… user_currency=…";
      paymentservice (Node.js, pino JSON with severity) logs "PaymentService#Charge invoked with request …" and "Transaction
      processed: …" per charge (src/paymentservice/server.js, charge.js). Deviation of this operator: checkoutservice is built from
      the team's fork (image in their own Artifact Registry, git-describe tag v0.10.6-14-g3e9a1c2); the mTLS migration was shipped
      client-first, so the new build dials paymentservice with TLS transport credentials while paymentservice still serves
      plaintext HTTP/2. grpc-go's TLS client then reads paymentservice's HTTP/2 SETTINGS frame and fails with "transport:
      authentication handshake failed: tls: first record does not look like a TLS handshake" (crypto/tls record-header check),
      surfaced as code = Unavailable; paymentservice sees garbage on the connection and logs nothing (no request reaches the Charge
      handler), so its log simply stops at the rollout. The rollout (14:35:42, new ReplicaSet, pod Ready, gRPC health SERVING) is the
      only change; every error text names the payment step, which is what the on-call engineer blames. Decoy: recommendationservice
      restarted this morning after an OOMKill at its 450Mi limit.
    `,
    configMaps: NS_CONFIGMAPS,
    workloads: {
      checkoutservice: {
        containers: { server: { image: newImage } },
        rollout: { at: rollAt, revision: 12, oldContainers: { server: { image: oldImage } } },
      },
      recommendationservice: {
        pods: [{
          containers: {
            server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 5 - 12), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 5 - 12.4) } }),
          },
        }],
      },
    },
    events: [
      ...rolloutEvents('checkoutservice', rollAt, 1),
      ...podEvents('checkoutservice#0', rollAt + 0.5, newImage, { pulled: '3.402s' }),
    ],
    logs: {
      'frontend#0/server': fe.pods[0],
      'frontend#1/server': fe.pods[1],
      'checkoutservice#0/server': checkout,
      'paymentservice#0/server': pay,
    },
  };
}

const all = [productcatalogSkuTrailingSpace(), redisCartTlsExpired(), checkoutPaymentTlsDial()];

/** ConfigMaps edited before the incident: [name, field manager, minutes relative to the incident, incidentTime]. */
export const configMapEdits = Object.fromEntries(all.filter((s) => s._configMapEdits).map((s) => [s.folder, s._configMapEdits]));

export const scenarios = all.map(({ _configMapEdits, ...s }) => s);
