// Online Boutique (GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml at 34ffea9, v0.10.6) as
// the kit's system, and its session-2 dev scenarios (issue 13); grounding notes in each scenario and SOURCES.md.
import { clock, cs } from '../s2-scenario-kit.mjs';

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const grpcProbe = (port) => ({ grpc: { port, service: '' }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 });
const sec = { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, privileged: false, readOnlyRootFilesystem: true };
const res = (rc, rm, lc, lm) => ({ requests: { cpu: rc, memory: rm }, limits: { cpu: lc, memory: lm } });
const svc = (name, port, env = [], r = res('100m', '64Mi', '200m', '128Mi'), extra = {}) => ({
  name,
  containers: [{ name: 'server', image: `${REG}/${name}:v0.10.6`, ports: [{ containerPort: port }], env: [{ name: 'PORT', value: String(port) }, ...env], readinessProbe: grpcProbe(port), livenessProbe: grpcProbe(port), resources: r, securityContext: sec }],
  service: { ports: [{ name: 'grpc', port: extra.svcPort ?? port, targetPort: port }] },
  serviceAccountName: name,
  terminationGracePeriodSeconds: 5,
  podSecurityContext: { fsGroup: 1000, runAsGroup: 1000, runAsNonRoot: true, runAsUser: 1000 },
  ...extra,
});
const ADDR = {
  pc: { name: 'PRODUCT_CATALOG_SERVICE_ADDR', value: 'productcatalogservice:3550' },
  cur: { name: 'CURRENCY_SERVICE_ADDR', value: 'currencyservice:7000' },
  cart: { name: 'CART_SERVICE_ADDR', value: 'cartservice:7070' },
  rec: { name: 'RECOMMENDATION_SERVICE_ADDR', value: 'recommendationservice:8080' },
  ship: { name: 'SHIPPING_SERVICE_ADDR', value: 'shippingservice:50051' },
  co: { name: 'CHECKOUT_SERVICE_ADDR', value: 'checkoutservice:5050' },
  ad: { name: 'AD_SERVICE_ADDR', value: 'adservice:9555' },
  pay: { name: 'PAYMENT_SERVICE_ADDR', value: 'paymentservice:50051' },
  email: { name: 'EMAIL_SERVICE_ADDR', value: 'emailservice:5000' },
};
const httpProbe = (path, cookie) => ({ httpGet: { path, port: 8080, scheme: 'HTTP', httpHeaders: [{ name: 'Cookie', value: cookie }] }, initialDelaySeconds: 10, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 });

export const system = {
  id: 'online-boutique',
  namespace: 'boutique',
  labels: (name) => ({ app: name }),
  nodeLabels: (n) => ({ 'cloud.google.com/gke-nodepool': 'default-pool', 'node.kubernetes.io/instance-type': 'e2-standard-4', 'topology.kubernetes.io/zone': n.zone }),
  kernel: '6.1.100+', osImage: 'Container-Optimized OS from Google', kubelet: 'v1.30.5-gke.1014001',
  nodes: [
    { name: 'gke-boutique-prod-default-pool-4f2a9c1e-7kqx', ip: '10.128.0.14', podCidr: '10.8.0', zone: 'us-central1-a' },
    { name: 'gke-boutique-prod-default-pool-4f2a9c1e-m2dt', ip: '10.128.0.15', podCidr: '10.8.1', zone: 'us-central1-a' },
    { name: 'gke-boutique-prod-default-pool-9b31d0a7-wz5c', ip: '10.128.0.22', podCidr: '10.8.2', zone: 'us-central1-b' },
  ],
  workloads: [
    {
      name: 'frontend',
      containers: [{ name: 'server', image: `${REG}/frontend:v0.10.6`, ports: [{ containerPort: 8080 }], env: [{ name: 'PORT', value: '8080' }, ADDR.pc, ADDR.cur, ADDR.cart, ADDR.rec, ADDR.ship, ADDR.co, ADDR.ad, { name: 'SHOPPING_ASSISTANT_SERVICE_ADDR', value: 'shoppingassistantservice:80' }, { name: 'ENABLE_PROFILER', value: '0' }], readinessProbe: httpProbe('/_healthz', 'shop_session-id=x-readiness-probe'), livenessProbe: httpProbe('/_healthz', 'shop_session-id=x-liveness-probe'), resources: res('100m', '64Mi', '200m', '128Mi'), securityContext: sec }],
      service: { ports: [{ name: 'http', port: 80, targetPort: 8080 }] },
      serviceAccountName: 'frontend', podAnnotations: { 'sidecar.istio.io/rewriteAppHTTPProbers': 'true' }, replicas: 2,
    },
    svc('checkoutservice', 5050, [ADDR.pc, ADDR.ship, ADDR.pay, ADDR.email, ADDR.cur, ADDR.cart]),
    svc('cartservice', 7070, [{ name: 'REDIS_ADDR', value: 'redis-cart:6379' }], res('200m', '64Mi', '300m', '128Mi'), { replicas: 2 }),
    {
      name: 'redis-cart',
      containers: [{ name: 'redis', image: 'redis:alpine', ports: [{ containerPort: 6379 }], readinessProbe: { tcpSocket: { port: 6379 }, periodSeconds: 5, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 }, livenessProbe: { tcpSocket: { port: 6379 }, periodSeconds: 5, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 }, volumeMounts: [{ mountPath: '/data', name: 'redis-data' }], resources: res('70m', '200Mi', '125m', '256Mi'), securityContext: sec }],
      volumes: [{ name: 'redis-data', emptyDir: {} }],
      service: { ports: [{ name: 'tcp-redis', port: 6379, targetPort: 6379 }] },
      podSecurityContext: { fsGroup: 1000, runAsGroup: 1000, runAsNonRoot: true, runAsUser: 1000 },
    },
    svc('productcatalogservice', 3550, [{ name: 'DISABLE_PROFILER', value: '1' }], undefined, { replicas: 2 }),
    svc('currencyservice', 7000, [{ name: 'DISABLE_PROFILER', value: '1' }]),
    svc('paymentservice', 50051, [{ name: 'DISABLE_PROFILER', value: '1' }]),
    svc('shippingservice', 50051, [{ name: 'DISABLE_PROFILER', value: '1' }]),
    svc('emailservice', 8080, [{ name: 'DISABLE_PROFILER', value: '1' }, { name: 'SENDGRID_API_HOST', value: 'api.sendgrid.com' }], undefined, { svcPort: 5000, service: { ports: [{ name: 'grpc', port: 5000, targetPort: 8080 }] } }),
    svc('recommendationservice', 8080, [ADDR.pc, { name: 'DISABLE_PROFILER', value: '1' }], res('100m', '220Mi', '200m', '450Mi')),
    svc('adservice', 9555, [], res('200m', '180Mi', '300m', '300Mi')),
    {
      name: 'loadgenerator',
      containers: [{ name: 'main', image: `${REG}/loadgenerator:v0.10.6`, env: [{ name: 'FRONTEND_ADDR', value: 'frontend:80' }, { name: 'USERS', value: '10' }, { name: 'RATE', value: '1' }], resources: res('300m', '256Mi', '500m', '512Mi'), securityContext: sec }],
      serviceAccountName: 'loadgenerator',
    },
  ],
};

const frontLine = (T, min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? 'c1a8f0de-3b1e-4c57-9d6a-2f4b9e7a1c03', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0', severity, timestamp: T.isoMs(min) });

export const scenarios = [];

// 1. redis-cart OOMKilled; cartservice and frontend louder.
{
  const incidentTime = '2026-11-03T09:52:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'redis-cart-oom-cart-louder', incidentTime,
    description: 'cart page 500s since ~9:40, cartservice logs full of redis errors — checkout team looking',
    expected: { component: 'redis-cart', cause: 'oom-killed' },
    difficulty: 'medium', traits: ['louder-dependents', 'time-expression', 'partial-name'],
    grounding: `release/kubernetes-manifests.yaml: redis-cart (redis:alpine, limits memory 256Mi, emptyDir /data), cartservice REDIS_ADDR=redis-cart:6379.
      Carts grew during a promotion; redis exceeds its 256Mi cgroup limit and is OOMKilled (exit 137) four times since 09:38, as the
      kubelet reports it; the .NET cartservice logs StackExchange.Redis RedisConnectionException and frontend logs the gRPC failure;
      both are louder than redis, whose own log only shows restarts.`,
    workloads: {
      'redis-cart': {
        pods: [{ containers: { redis: cs.restartedRunning({ restarts: 4, startedAt: T.iso(-1.5), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-5), finishedAt: T.iso(-1.6) } }) } }],
      },
    },
    events: [
      { on: 'pod:redis-cart#0', reason: 'Pulled', message: 'Container image "redis:alpine" already present on machine', fieldPath: 'spec.containers{redis}', first: -14, last: -1.6, count: 4 },
      { on: 'pod:redis-cart#0', reason: 'Started', message: 'Started container redis', fieldPath: 'spec.containers{redis}', first: -14, last: -1.5, count: 4 },
      { on: 'pod:redis-cart#0', reason: 'BackOff', message: 'Back-off restarting failed container redis in pod %POD%_boutique(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{redis}', first: -9, last: -2, count: 3 },
      { on: 'pod:redis-cart#0', reason: 'Unhealthy', message: 'Readiness probe failed: dial tcp %PODIP%:6379: connect: connection refused', type: 'Warning', fieldPath: 'spec.containers{redis}', first: -13, last: -1.6, count: 6 },
    ],
    logs: {
      'redis-cart#0/redis': [
        `1:C ${'03 Nov 2026 09:50:31.204'} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
        `1:C 03 Nov 2026 09:50:31.204 * Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started`,
        `1:M 03 Nov 2026 09:50:31.206 * monotonic clock: POSIX clock_gettime`,
        `1:M 03 Nov 2026 09:50:31.207 * Running mode=standalone, port=6379.`,
        `1:M 03 Nov 2026 09:50:31.208 * Server initialized`,
        `1:M 03 Nov 2026 09:50:31.208 * Ready to accept connections tcp`,
      ],
      'redis-cart#0/redis/previous': [
        `1:M 03 Nov 2026 09:47:02.115 * Server initialized`,
        `1:M 03 Nov 2026 09:47:02.116 * Ready to accept connections tcp`,
        `1:M 03 Nov 2026 09:49:10.882 * 10000 changes in 60 seconds. Saving...`,
        `1:M 03 Nov 2026 09:49:10.890 * Background saving started by pid 21`,
      ],
      'cartservice#0/server': [
        `info: cartservice.cartstore.RedisCartStore[0]`,
        `      Connecting to Redis: redis-cart:6379,ssl=false,allowAdmin=true,abortConnect=false`,
        `fail: Grpc.AspNetCore.Server.ServerCallHandler[6]`,
        `      Error when executing service method 'GetCart'.`,
        `      StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HGET 5d3c1e0a-8b7f-4a49-9a0e-2c6f3d8e4b71; It was not possible to connect to the redis server(s). ConnectTimeout, inst: 0, qu: 0, qs: 0, aw: False, bw: Inactive, rs: NotStarted, ws: Null, in: 0, last-in: 0, cur-in: 0, sync-ops: 0, async-ops: 3, serverEndpoint: redis-cart:6379, conn-sec: n/a, aoc: 0, mc: 1/1/0, mgr: 10 of 10 available, clientName: %POD%(SE.Redis-v2.6.122.38350), IOCP: (Busy=0,Free=1000,Min=1,Max=1000), v: 2.6.122.38350`,
        `       ---> StackExchange.Redis.RedisConnectionException: It was not possible to connect to the redis server(s). Error connecting right now. To allow this multiplexer to continue retrying until it's able to connect, use abortConnect=false in your connection string or AbortOnConnectFail=false; in your code.`,
        `         at cartservice.cartstore.RedisCartStore.GetCartAsync(String userId) in /app/src/cartstore/RedisCartStore.cs:line 146`,
        `fail: Grpc.AspNetCore.Server.ServerCallHandler[6]`,
        `      Error when executing service method 'AddItem'.`,
        `      StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HSET 0e7b4a92-61d3-4d0f-9c55-7a8e1f2b3c64; SocketClosed (ReadEndOfStream, last-recv: 0) on redis-cart:6379/Interactive, Idle/Faulted, last: HGET, origin: ReadFromPipe, outstanding: 1, last-read: 0s ago, last-write: 0s ago, keep-alive: 60s, state: ConnectedEstablished, mgr: 9 of 10 available`,
      ],
      'frontend#0/server': [
        frontLine(T, -11, 'debug', 'request started', { path: '/cart' }),
        frontLine(T, -11, 'error', 'request error', { path: '/cart', error: 'could not retrieve cart: rpc error: code = FailedPrecondition desc = Can\'t access cart storage. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HGET 9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0' }),
        frontLine(T, -4, 'error', 'request error', { path: '/cart', method: 'POST', error: 'failed to add to cart: rpc error: code = FailedPrecondition desc = Can\'t access cart storage. StackExchange.Redis.RedisConnectionException: It was not possible to connect to the redis server(s).' }),
      ],
    },
  });
}

// 2. productcatalogservice rollout sets EXTRA_LATENCY; pods Ready, frontend times out.
{
  const incidentTime = '2026-11-05T10:31:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'productcatalog-rollout-extra-latency', incidentTime,
    description: 'home page and product pages super slow / timing out after the 10:05 deploy, catalog team pls check',
    expected: { component: 'productcatalogservice', cause: 'bad-deploy-rollout' },
    difficulty: 'hard', traits: ['pods-ready', 'rollout-regression', 'time-expression', 'team-name'],
    grounding: `src/productcatalogservice/server.go reads EXTRA_LATENCY (a time.Duration added to every GetProduct/ListProducts, the demo's
      own fault injection). A release at 10:05 bumps the image to v0.10.7 and ships EXTRA_LATENCY=5.5s left over from a load test;
      the gRPC health check is unaffected so both pods stay Ready; frontend logs "context deadline exceeded" on every product call.`,
    workloads: {
      productcatalogservice: {
        rollout: { at: -26, oldContainers: { server: { image: `${REG}/productcatalogservice:v0.10.6`, env: [{ name: 'PORT', value: '3550' }, { name: 'DISABLE_PROFILER', value: '1' }] } } },
        containers: { server: { image: `${REG}/productcatalogservice:v0.10.7`, env: [{ name: 'PORT', value: '3550' }, { name: 'DISABLE_PROFILER', value: '1' }, { name: 'EXTRA_LATENCY', value: '5.5s' }] } },
      },
    },
    events: [
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 1', first: -26, last: -26 },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 0 from 2', first: -25, last: -25 },
    ],
    logs: {
      'productcatalogservice#0/server': [
        JSON.stringify({ message: 'successfully parsed product catalog json', severity: 'info', timestamp: T.isoMs(-25.8) }),
        JSON.stringify({ message: 'starting grpc server at :3550', severity: 'info', timestamp: T.isoMs(-25.8) }),
      ],
      'frontend#0/server': [
        frontLine(T, -20, 'error', 'request error', { path: '/', error: 'could not retrieve products: rpc error: code = DeadlineExceeded desc = context deadline exceeded' }),
        frontLine(T, -9, 'error', 'request error', { path: '/product/OLJCESPC7Z', error: 'could not retrieve product: rpc error: code = DeadlineExceeded desc = context deadline exceeded' }),
        frontLine(T, -2, 'error', 'request error', { path: '/', error: 'could not retrieve products: rpc error: code = DeadlineExceeded desc = context deadline exceeded' }),
      ],
      'recommendationservice#0/server': [
        JSON.stringify({ timestamp: T.isoMs(-7), severity: 'INFO', name: 'recommendationservice-server', message: '[Recv ListRecommendations] product_ids=[]' }),
        JSON.stringify({ timestamp: T.isoMs(-6.9), severity: 'ERROR', name: 'recommendationservice-server', message: '<_InactiveRpcError of RPC that terminated with: status = StatusCode.DEADLINE_EXCEEDED details = "Deadline Exceeded">' }),
      ],
    },
  });
}

// 3. currencyservice crash-loop (Node), old adservice OOM as decoy; description has a typo.
{
  const incidentTime = '2026-11-07T16:20:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'currency-crashloop-old-ad-oom-decoy', incidentTime,
    description: 'prices not showing, curency conversion broken? started maybe 20 min ago',
    expected: { component: 'currencyservice', cause: 'crash-loop' },
    difficulty: 'medium', traits: ['typo', 'decoy', 'time-expression'],
    grounding: `src/currencyservice/server.js loads data/currency_conversion.json with require() at start-up. A node restart re-pulled a
      patched image whose JSON file is truncated: Node exits 1 with "SyntaxError: ... Unexpected end of JSON input" on every start, so
      the kubelet backs off (CrashLoopBackOff). Decoy: adservice was OOMKilled three days ago (restartCount 1, lastState 3 days old).`,
    workloads: {
      currencyservice: {
        pods: [{ created: T.iso(-22), containers: { server: cs.crashLoop({ restarts: 8, exitCode: 1, startedAt: T.iso(-2.2), finishedAt: T.iso(-2.1), container: 'server' }) } }],
      },
      adservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 72 + 1), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 72) } }) } }],
      },
    },
    events: [
      { on: 'pod:currencyservice#0', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{server}', first: -19, last: -1, count: 71 },
      { on: 'pod:currencyservice#0', reason: 'Pulled', message: `Container image "${REG}/currencyservice:v0.10.6" already present on machine`, fieldPath: 'spec.containers{server}', first: -21, last: -2.2, count: 8 },
    ],
    logs: {
      'currencyservice#0/server/previous': [
        `{"level":30,"time":${Date.parse(T.isoMs(-2.15))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","msg":"Profiler disabled."}`,
        `/usr/src/app/data/currency_conversion.json: Unexpected end of JSON input`,
        `SyntaxError: /usr/src/app/data/currency_conversion.json: Unexpected end of JSON input`,
        `    at parse (<anonymous>)`,
        `    at Module._extensions..json (node:internal/modules/cjs/loader:1443:39)`,
        `    at Module.load (node:internal/modules/cjs/loader:1206:32)`,
        `    at Module._load (node:internal/modules/cjs/loader:1022:12)`,
        `    at Module.require (node:internal/modules/cjs/loader:1231:19)`,
        `    at require (node:internal/modules/cjs/helpers:179:18)`,
        `    at Object.<anonymous> (/usr/src/app/server.js:82:18)`,
        ``,
        `Node.js v20.18.0`,
      ],
      'frontend#0/server': [
        frontLine(T, -15, 'error', 'request error', { path: '/', error: 'could not retrieve currencies: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.100.97.44:7000: connect: connection refused"' }),
        frontLine(T, -3, 'error', 'request error', { path: '/product/66VCHSJNUP', error: 'failed to convert currency for product: rpc error: code = Unavailable desc = no healthy upstream' }),
      ],
      'adservice#0/server': [
        `{"instant":{"epochSecond":${Math.floor(Date.parse(T.iso(-60 * 72 + 1.2)) / 1000)},"nanoOfSecond":0},"thread":"main","level":"INFO","loggerName":"hipstershop.AdService","message":"Ad Service started, listening on 9555","endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","threadId":1,"threadPriority":5,"logging.googleapis.com/trace":"","logging.googleapis.com/spanId":"","logging.googleapis.com/traceSampled":"false","time":"${T.isoMs(-60 * 72 + 1.2)}"}`,
      ],
    },
  });
}

// 4. paymentservice rollout to a tag that was never pushed; the old pod keeps serving but a node drain removed it.
{
  const incidentTime = '2026-11-10T13:48:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'payment-image-tag-missing-after-drain', incidentTime,
    description: 'checkout fails at "place order" for everyone since 13:30, payment step',
    expected: { component: 'paymentservice', cause: 'image-pull' },
    alsoAcceptable: [{ component: 'paymentservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy', traits: ['time-expression', 'partial-name'],
    grounding: `paymentservice (1 replica, port 50051). CI bumped the image to v0.10.7-rc2, a tag built but never pushed to Artifact Registry;
      the new pod is in ImagePullBackOff ("failed to resolve reference ... not found", as containerd reports it). The old pod was evicted
      by a node-pool upgrade drain at 13:29, so no payment pod serves; checkoutservice logs the gRPC Unavailable errors.`,
    workloads: {
      paymentservice: {
        rollout: { at: -40, oldContainers: { server: { image: `${REG}/paymentservice:v0.10.6` } } },
        containers: { server: { image: `${REG}/paymentservice:v0.10.7-rc2` } },
        pods: [{ created: T.iso(-19), containers: { server: cs.waiting('ImagePullBackOff', `Back-off pulling image "${REG}/paymentservice:v0.10.7-rc2"`) } }],
        unavailableSince: -19,
      },
    },
    events: [
      { on: 'pod:paymentservice#0', reason: 'Pulling', message: `Pulling image "${REG}/paymentservice:v0.10.7-rc2"`, fieldPath: 'spec.containers{server}', first: -19, last: -3, count: 7 },
      { on: 'pod:paymentservice#0', reason: 'Failed', message: `Failed to pull image "${REG}/paymentservice:v0.10.7-rc2": rpc error: code = NotFound desc = failed to pull and unpack image "${REG}/paymentservice:v0.10.7-rc2": failed to resolve reference "${REG}/paymentservice:v0.10.7-rc2": ${REG}/paymentservice:v0.10.7-rc2: not found`, type: 'Warning', fieldPath: 'spec.containers{server}', first: -19, last: -3, count: 7 },
      { on: 'pod:paymentservice#0', reason: 'Failed', message: 'Error: ErrImagePull', type: 'Warning', fieldPath: 'spec.containers{server}', first: -19, last: -3, count: 7 },
      { on: 'pod:paymentservice#0', reason: 'BackOff', message: `Back-off pulling image "${REG}/paymentservice:v0.10.7-rc2"`, fieldPath: 'spec.containers{server}', first: -18.5, last: -0.5, count: 80 },
      { on: 'pod:paymentservice#0', reason: 'Failed', message: 'Error: ImagePullBackOff', type: 'Warning', fieldPath: 'spec.containers{server}', first: -18.5, last: -0.5, count: 80 },
    ],
    logs: {
      'checkoutservice#0/server': [
        JSON.stringify({ message: '[PlaceOrder] user_id="4c1a9d3e-2b7f-4e58-a0c6-9f3d1b2e7a45" user_currency="EUR"', severity: 'info', timestamp: T.isoMs(-12) }),
        JSON.stringify({ message: 'failed to charge card: could not charge the card: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.100.61.120:50051: connect: connection refused"', severity: 'warning', timestamp: T.isoMs(-12) }),
        JSON.stringify({ message: 'failed to charge card: could not charge the card: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.100.61.120:50051: connect: connection refused"', severity: 'warning', timestamp: T.isoMs(-2) }),
      ],
    },
  });
}

// 5. SendGrid answering 503 / timing out; emailservice Ready, checkout logs warnings.
{
  const incidentTime = '2026-11-12T08:15:00Z';
  const T = clock(incidentTime);
  const lines = [];
  for (const m of [-24, -18, -11, -6, -2]) {
    lines.push(JSON.stringify({ timestamp: T.isoMs(m), severity: 'INFO', name: 'emailservice-server', message: 'A request to send order confirmation email to someone@example.com has been received.' }));
    lines.push(JSON.stringify({ timestamp: T.isoMs(m + 0.2), severity: 'ERROR', name: 'emailservice-server', message: `HTTP Error 503: Service Unavailable — POST https://api.sendgrid.com/v3/mail/send: {"errors":[{"message":"Service Unavailable","field":null,"help":null}]}` }));
  }
  scenarios.push({
    folder: 'email-sendgrid-503', incidentTime,
    description: 'customers not getting order confirmation emails since this morning, orders themselves go through fine',
    expected: { component: 'sendgrid', cause: 'external-dependency' },
    difficulty: 'medium', traits: ['external-dependency-failure', 'pods-ready', 'time-expression'],
    grounding: `Deviation (SOURCES.md): this operator's emailservice sends through SendGrid's v3 mail/send API (SENDGRID_API_HOST) instead of
      the demo's dummy mode. During a SendGrid incident the API answers 503 (python-http-client raises HTTP Error 503). emailservice pods
      stay Ready (gRPC health is local); checkoutservice logs "failed to send order confirmation" as a warning; orders succeed.`,
    logs: {
      'emailservice#0/server': lines,
      'checkoutservice#0/server': [
        JSON.stringify({ message: 'payment went through (transaction_id: 6f0c2a1e-97b4-4a3d-8d1c-5e2f7b9a0c34)', severity: 'info', timestamp: T.isoMs(-6) }),
        JSON.stringify({ message: 'failed to send order confirmation to "someone@example.com": rpc error: code = Unknown desc = Exception calling application: HTTP Error 503: Service Unavailable', severity: 'warning', timestamp: T.isoMs(-5.8) }),
      ],
    },
  });
}

// 6. NetworkPolicy on redis-cart admitting a label nobody has; pods Ready, cartservice times out.
{
  const incidentTime = '2026-11-14T11:05:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'redis-cart-networkpolicy-wrong-label', incidentTime,
    description: 'add to cart spins forever then errors. started right after sre applied the new netpols (~10:50)',
    expected: { component: 'redis-cart', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'cartservice', cause: 'network-fault' }],
    difficulty: 'hard', traits: ['network-policy', 'pods-ready', 'callers-only', 'time-expression', 'team-name'],
    grounding: `The repo's kustomize/components/network-policies (one policy per service) was adapted by SRE; the redis-cart policy admits
      ingress only from pods labelled app=cart (the real label is app=cartservice). All pods stay Ready (probes come from the kubelet);
      cartservice's StackExchange.Redis connects time out (no RST under a dropping policy); the cause is at redis-cart's policy.`,
    networkPolicies: [
      { name: 'redis-cart', created: -15, spec: { podSelector: { matchLabels: { app: 'redis-cart' } }, policyTypes: ['Ingress', 'Egress'], ingress: [{ from: [{ podSelector: { matchLabels: { app: 'cart' } } }], ports: [{ port: 6379, protocol: 'TCP' }] }], egress: [{}] } },
      { name: 'frontend', created: -15, spec: { podSelector: { matchLabels: { app: 'frontend' } }, policyTypes: ['Ingress', 'Egress'], ingress: [{}], egress: [{}] } },
      { name: 'cartservice', created: -15, spec: { podSelector: { matchLabels: { app: 'cartservice' } }, policyTypes: ['Ingress', 'Egress'], ingress: [{ from: [{ podSelector: { matchLabels: { app: 'frontend' } } }, { podSelector: { matchLabels: { app: 'checkoutservice' } } }], ports: [{ port: 7070, protocol: 'TCP' }] }], egress: [{}] } },
    ],
    logs: {
      'cartservice#0/server': [
        `fail: Grpc.AspNetCore.Server.ServerCallHandler[6]`,
        `      Error when executing service method 'AddItem'.`,
        `      StackExchange.Redis.RedisTimeoutException: Timeout performing HGET (5000ms), next: HGET 0e7b4a92-61d3-4d0f-9c55-7a8e1f2b3c64, inst: 0, qu: 0, qs: 1, aw: False, bw: Inactive, rs: ReadAsync, ws: Idle, in: 0, last-in: 0, cur-in: 0, sync-ops: 0, async-ops: 12, serverEndpoint: redis-cart:6379, conn-sec: 874.2, aoc: 0, mc: 1/1/0, mgr: 10 of 10 available, clientName: %POD%(SE.Redis-v2.6.122.38350), IOCP: (Busy=0,Free=1000,Min=1,Max=1000), v: 2.6.122.38350 (Please take a look at this article for some common client-side issues that can cause timeouts: https://stackexchange.github.io/StackExchange.Redis/Timeouts)`,
        `         at cartservice.cartstore.RedisCartStore.AddItemAsync(String userId, String productId, Int32 quantity) in /app/src/cartstore/RedisCartStore.cs:line 118`,
        `fail: Grpc.AspNetCore.Server.ServerCallHandler[6]`,
        `      Error when executing service method 'GetCart'.`,
        `      StackExchange.Redis.RedisConnectionException: The message timed out in the backlog attempting to send because no connection became available (5000ms) - Last Connection Exception: UnableToConnect on redis-cart:6379/Interactive, Initializing/NotStarted, last: NONE, origin: BeginConnectAsync, outstanding: 0, last-read: 5s ago, last-write: 5s ago, keep-alive: 60s, state: Connecting, mgr: 10 of 10 available, last-heartbeat: never, global: 0s ago, v: 2.6.122.38350, command=HGET, timeout: 5000, inst: 0, qu: 0, qs: 0, aw: False, bw: CheckingForTimeout, rs: NotStarted, ws: Idle, in: 0, last-in: 0, cur-in: 0, sync-ops: 0, async-ops: 14, serverEndpoint: redis-cart:6379, conn-sec: n/a, aoc: 0`,
      ],
      'frontend#0/server': [
        frontLine(T, -12, 'error', 'request error', { path: '/cart', method: 'POST', error: 'failed to add to cart: rpc error: code = FailedPrecondition desc = Can\'t access cart storage. StackExchange.Redis.RedisTimeoutException: Timeout performing HGET (5000ms)' }),
      ],
      'redis-cart#0/redis': [
        `1:M 07 Nov 2026 09:12:40.002 * Ready to accept connections tcp`,
        `1:M 14 Nov 2026 10:49:13.377 * 100 changes in 300 seconds. Saving...`,
        `1:M 14 Nov 2026 10:49:13.401 * DB saved on disk`,
      ],
    },
  });
}

// 7. shippingservice Service targetPort edited to 50052; endpoints list ready pods on the wrong port.
{
  const incidentTime = '2026-11-16T15:40:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'shipping-service-targetport-50052', incidentTime,
    description: 'shipping quote fails on cart page for the past 15 minutes ("failed to get shipping quote")',
    expected: { component: 'shippingservice', cause: 'no-endpoints' },
    difficulty: 'medium', traits: ['wrong-target-port', 'pods-ready', 'time-expression'],
    grounding: `shippingservice listens on 50051 (PORT env, containerPort 50051). A Helm values change meant for a grpc-gateway sidecar set the
      Service's targetPort to 50052 at 15:24; Endpoints still list the ready pod, but on port 50052 where nothing listens, so frontend
      and checkout get "connection refused" from the pod IP.`,
    workloads: { shippingservice: { servicePorts: [{ name: 'grpc', port: 50051, targetPort: 50052 }], endpointsChanged: -16 } },
    logs: {
      'frontend#0/server': [
        frontLine(T, -14, 'error', 'request error', { path: '/cart', error: 'failed to get shipping quote: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.8.2.118:50052: connect: connection refused"' }),
        frontLine(T, -3, 'error', 'request error', { path: '/cart', error: 'failed to get shipping quote: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.8.2.118:50052: connect: connection refused"' }),
      ],
      'checkoutservice#0/server': [
        JSON.stringify({ message: 'failed to prepare order: shipping quote failure: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.8.2.118:50052: connect: connection refused"', severity: 'warning', timestamp: T.isoMs(-8) }),
      ],
      'shippingservice#0/server': [
        JSON.stringify({ message: 'Shipping Service listening on port 50051', severity: 'info', timestamp: T.isoMs(-60 * 24 * 9 + 0.4) }),
        JSON.stringify({ message: '[GetQuote] received request', severity: 'info', timestamp: T.isoMs(-17) }),
        JSON.stringify({ message: '[GetQuote] completed request', severity: 'info', timestamp: T.isoMs(-17) }),
      ],
    },
  });
}

// 8. A node stops posting status; checkout and currency pods on it are unreachable.
{
  const incidentTime = '2026-11-18T02:26:00Z';
  const T = clock(incidentTime);
  const NODE = 'gke-boutique-prod-default-pool-4f2a9c1e-m2dt';
  const unknown = (type) => ({ type, status: 'Unknown', lastHeartbeatTime: T.iso(-13), lastTransitionTime: T.iso(-12.3), reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' });
  scenarios.push({
    folder: 'node-kubelet-stopped-checkout-currency', incidentTime,
    description: 'pager: checkout errors + currency conversion failing, nothing deployed tonight',
    expected: { component: 'checkoutservice', cause: 'node-not-ready', node: NODE },
    alsoAcceptable: [{ component: 'currencyservice', cause: 'node-not-ready', node: NODE }],
    difficulty: 'medium', traits: ['node-level', 'louder-dependents'],
    grounding: `GKE node ${NODE} hangs (kernel soft lockup, as in the GKE "node NotReady" troubleshooting guide): the node lifecycle
      controller marks every condition Unknown "Kubelet stopped posting node status." and NodeNotReady events fire for its pods;
      checkoutservice and currencyservice (1 replica each) run there and keep Running in the API but are unreachable; frontend logs the
      failures. Tolerations of 300s have not yet evicted them.`,
    nodes: { [NODE]: { heartbeat: -13, conditions: { MemoryPressure: unknown('MemoryPressure'), DiskPressure: unknown('DiskPressure'), PIDPressure: unknown('PIDPressure'), Ready: unknown('Ready') }, taints: [{ key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: T.iso(-12.3) }, { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: T.iso(-12.2) }] } },
    workloads: {
      checkoutservice: { pods: [{ node: NODE, ready: false, readyTransition: T.iso(-12.3) }] },
      currencyservice: { pods: [{ node: NODE, ready: false, readyTransition: T.iso(-12.3) }] },
    },
    events: [
      { on: `node:${NODE}`, reason: 'NodeNotReady', message: `Node ${NODE} status is now: NodeNotReady`, source: 'node-controller', first: -12.3, last: -12.3 },
      { on: 'pod:checkoutservice#0', reason: 'NodeNotReady', message: 'Node is not ready', type: 'Warning', source: 'node-controller', first: -12.2, last: -12.2 },
      { on: 'pod:currencyservice#0', reason: 'NodeNotReady', message: 'Node is not ready', type: 'Warning', source: 'node-controller', first: -12.2, last: -12.2 },
    ],
    logs: {
      'frontend#0/server': [
        frontLine(T, -10, 'error', 'request error', { path: '/', error: 'could not retrieve currencies: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.100.97.44:7000: i/o timeout"' }),
        frontLine(T, -4, 'error', 'request error', { path: '/cart/checkout', method: 'POST', error: 'failed to complete the order: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.100.23.9:5050: i/o timeout"' }),
      ],
    },
  });
}

// 9. adservice JVM heap exhausted (GC thrash), pods Ready; frontend only logs ads failures.
{
  const incidentTime = '2026-11-20T19:02:00Z';
  const T = clock(incidentTime);
  const j = (min, level, logger, message, thread = 'grpc-default-executor-3') => JSON.stringify({ instant: { epochSecond: Math.floor(Date.parse(T.iso(min)) / 1000), nanoOfSecond: 0 }, thread, level, loggerName: logger, message, endOfBatch: false, loggerFqcn: 'org.apache.logging.log4j.spi.AbstractLogger', threadId: 31, threadPriority: 5, time: T.isoMs(min) });
  scenarios.push({
    folder: 'adservice-heap-exhausted-pods-ready', incidentTime,
    description: 'ads banner missing on product pages and page loads got slower in the last 30 min',
    expected: { component: 'adservice', cause: 'resource-exhaustion' },
    difficulty: 'hard', traits: ['pods-ready', 'time-expression'],
    grounding: `adservice (Java 21, log4j2 JSON layout, limits memory 300Mi; its Dockerfile sets no -Xmx, so the JVM takes 1/4 of the
      cgroup). Under an evening traffic peak the heap is exhausted: the JVM logs java.lang.OutOfMemoryError: Java heap space and
      GC overhead; the gRPC health check still answers so the pod stays Ready and is never OOMKilled by the kernel; frontend logs
      "failed to retrieve ads" (non-critical) with deadline errors.`,
    logs: {
      'adservice#0/server': [
        j(-31, 'INFO', 'hipstershop.AdService', 'received ad request (context_words=[kitchen])'),
        j(-28, 'WARN', 'io.grpc.netty.shaded.io.grpc.netty.NettyServerHandler', 'Stream Error', 'grpc-nio-worker-ELG-3-2'),
        j(-22, 'ERROR', 'io.grpc.internal.SerializingExecutor', 'Exception while executing runnable io.grpc.internal.ServerImpl$JumpToApplicationThreadServerStreamListener$1HalfClosed@5a2e4553\njava.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3541)\n\tat java.base/java.util.ArrayList.grow(ArrayList.java:237)\n\tat hipstershop.AdService.getAdsByCategory(AdService.java:178)\n\tat hipstershop.AdService$AdServiceImpl.getAds(AdService.java:127)'),
        j(-15, 'ERROR', 'io.grpc.internal.SerializingExecutor', 'Exception while executing runnable io.grpc.internal.ServerImpl$JumpToApplicationThreadServerStreamListener$1HalfClosed@1f0b7e9d\njava.lang.OutOfMemoryError: GC overhead limit exceeded'),
        j(-6, 'ERROR', 'io.grpc.internal.SerializingExecutor', 'Exception while executing runnable io.grpc.internal.ServerImpl$JumpToApplicationThreadServerStreamListener$1HalfClosed@7c4d2b11\njava.lang.OutOfMemoryError: Java heap space'),
      ],
      'frontend#1/server': [
        frontLine(T, -20, 'warning', 'failed to retrieve ads', { path: '/product/L9ECAV7KIM', error: 'rpc error: code = DeadlineExceeded desc = context deadline exceeded' }),
        frontLine(T, -5, 'warning', 'failed to retrieve ads', { path: '/product/2ZYFJ3GM2N', error: 'rpc error: code = Unknown desc = ' }),
      ],
    },
  });
}

// 10. No fault: a slowness report during the load test window; healthy frontend rollout two hours ago; last week's warnings.
{
  const incidentTime = '2026-11-22T14:10:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'no-fault-slow-report-healthy-rollout', incidentTime,
    description: 'a customer on twitter says the boutique is slow?? can someone check, not sure anything is actually wrong',
    expected: null,
    difficulty: 'medium', traits: ['no-fault', 'decoy'],
    grounding: `Nothing is wrong. Decoys: frontend rolled out v0.10.6 → v0.10.7 two hours before (both pods Ready, no errors after);
      a recommendationservice readiness probe warning from 8 days ago; loadgenerator (locust) logs normal traffic. The report was one
      user on a slow mobile connection.`,
    workloads: {
      frontend: { rollout: { at: -125, oldContainers: { server: { image: `${REG}/frontend:v0.10.6` } } }, containers: { server: { image: `${REG}/frontend:v0.10.7` } } },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -125, last: -125 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -124, last: -124 },
      { on: 'pod:recommendationservice#0', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":8080" within 1s', type: 'Warning', fieldPath: 'spec.containers{server}', first: -60 * 24 * 8, last: -60 * 24 * 8 + 1, count: 2 },
    ],
    logs: {
      'frontend#0/server': [
        frontLine(T, -6, 'debug', 'request started', { path: '/' }),
        frontLine(T, -6, 'debug', 'request complete', { path: '/' }),
        frontLine(T, -2, 'debug', 'request started', { path: '/product/OLJCESPC7Z' }),
        frontLine(T, -2, 'debug', 'request complete', { path: '/product/OLJCESPC7Z' }),
      ],
      'loadgenerator#0/main': [
        `[${T.java(-3).replace('.', ',')}] %POD%/INFO/locust.main: Starting Locust 2.31.8`,
        ` Type     Name                                                                          # reqs      # fails |    Avg     Min     Max    Med |   req/s  failures/s`,
        ` GET      /                                                                               412     0(0.00%) |     48      11     611     39 |    1.40        0.00`,
        ` POST     /cart                                                                           139     0(0.00%) |     61      17     402     52 |    0.47        0.00`,
      ],
    },
  });
}

// 11. checkoutservice rollout moves the liveness probe to a port nothing listens on: killed every ~30s.
{
  const incidentTime = '2026-11-24T17:35:00Z';
  const T = clock(incidentTime);
  const probe = { grpc: { port: 5051, service: '' }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 };
  scenarios.push({
    folder: 'checkout-liveness-probe-port-changed', incidentTime,
    description: 'orders failing intermittently since the 17:10 release, checkout pods restarting a lot',
    expected: { component: 'checkoutservice', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'checkoutservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium', traits: ['rollout-regression', 'time-expression'],
    grounding: `checkoutservice probes are grpc on 5050 upstream. A release at 17:10 that added a metrics port also moved the liveness
      probe to 5051 (readiness left on 5050): the kubelet logs "Liveness probe failed: ... failed to connect service \\":5051\\" within
      1s", kills the container and restarts it (exit 143 after SIGTERM), so orders fail
      while a pod restarts.`,
    workloads: {
      checkoutservice: {
        rollout: { at: -25, oldContainers: { server: { livenessProbe: grpcProbe(5050) } } },
        containers: { server: { livenessProbe: probe } },
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 9, startedAt: T.iso(-0.7), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-3.4), finishedAt: T.iso(-0.8) } }) } }],
      },
    },
    events: [
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set checkoutservice-%NEW% to 1', first: -25, last: -25 },
      { on: 'pod:checkoutservice#0', reason: 'Unhealthy', message: 'Liveness probe failed: timeout: failed to connect service ":5051" within 1s', type: 'Warning', fieldPath: 'spec.containers{server}', first: -24, last: -1, count: 27 },
      { on: 'pod:checkoutservice#0', reason: 'Killing', message: 'Container server failed liveness probe, will be restarted', fieldPath: 'spec.containers{server}', first: -23.5, last: -0.8, count: 9 },
      { on: 'pod:checkoutservice#0', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{server}', first: -12, last: -1, count: 6 },
    ],
    logs: {
      'checkoutservice#0/server': [
        JSON.stringify({ message: 'service config: &{productCatalogSvcAddr:productcatalogservice:3550 cartSvcAddr:cartservice:7070 currencySvcAddr:currencyservice:7000 shippingSvcAddr:shippingservice:50051 emailSvcAddr:emailservice:5000 paymentSvcAddr:paymentservice:50051}', severity: 'info', timestamp: T.isoMs(-0.69) }),
        JSON.stringify({ message: 'starting to listen on tcp: "[::]:5050"', severity: 'info', timestamp: T.isoMs(-0.68) }),
      ],
      'frontend#0/server': [
        frontLine(T, -9, 'error', 'request error', { path: '/cart/checkout', method: 'POST', error: 'failed to complete the order: rpc error: code = Unavailable desc = error reading from server: EOF' }),
        frontLine(T, -2, 'error', 'request error', { path: '/cart/checkout', method: 'POST', error: 'failed to complete the order: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.100.23.9:5050: connect: connection refused"' }),
      ],
    },
  });
}
