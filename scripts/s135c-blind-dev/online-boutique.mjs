// Blind dev batch s135c, Online Boutique (system as scripts/s2-scenarios/online-boutique.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as ob } from '../s2-scenarios/online-boutique.mjs';

export const system = ob;
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const base = (name) => ob.workloads.find((w) => w.name === name).containers[0];
const fl = (T, min, sev, message, ex = {}) => JSON.stringify({ ...(ex.error ? { error: ex.error } : {}), 'http.req.id': ex.id ?? 'c1a8f0de-3b1e-4c57-9d6a-2f4b9e7a1c03', 'http.req.method': ex.method ?? 'GET', 'http.req.path': ex.path ?? '/', message, session: ex.session ?? '9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0', severity: sev, timestamp: T.isoMs(min) });
const rid = (i) => `${(0x1a2b3c4d + i * 7919).toString(16)}-3b1e-4c57-9d6a-${(0x2f4b9e7a1c03 + i * 104729).toString(16).slice(-12)}`;

// ---------- 1: cartservice REDIS_ADDR gains ",ssl=true" in a rollout ----------
const T1 = clock('2026-05-12T14:31:00Z');
const cartEnvOld = base('cartservice').env;
const cartEnvNew = cartEnvOld.map((e) => (e.name === 'REDIS_ADDR' ? { ...e, value: 'redis-cart:6379,ssl=true,abortConnect=false' } : e));
const REDIS_ERR = "StackExchange.Redis.RedisConnectionException: It was not possible to connect to the redis server(s). There was an authentication failure; check that passwords (or client certificates) are configured correctly: (IOException) Received an unexpected EOF or 0 bytes from the transport stream.";
const cartLog = (T, start) => [
  `info: cartservice.Startup[0]`,
  `      Reading host address from REDIS_ADDR environment variable: redis-cart:6379,ssl=true,abortConnect=false`,
  `info: Microsoft.Hosting.Lifetime[14]`,
  `      Now listening on: http://[::]:7070`,
  `info: Microsoft.Hosting.Lifetime[0]`,
  `      Application started. Press Ctrl+C to shut down.`,
  `info: Microsoft.Hosting.Lifetime[0]`,
  `      Hosting environment: Production`,
  ...[0, 1, 2, 3, 4, 5, 6, 7].flatMap((i) => [
    `info: cartservice.cartstore.RedisCartStore[0]`,
    `      GetCartAsync called with userId=${rid(i + 3)}`,
    `fail: Grpc.AspNetCore.Server.ServerCallHandler[6]`,
    `      Error when executing service method 'GetCart'.`,
    `      Grpc.Core.RpcException: Status(StatusCode="FailedPrecondition", Detail="Can't access cart storage. ${REDIS_ERR}")`,
    `         at cartservice.cartstore.RedisCartStore.GetCartAsync(String userId) in /app/cartstore/RedisCartStore.cs:line 77`,
    `         at cartservice.services.CartService.GetCart(GetCartRequest request, ServerCallContext context) in /app/services/CartService.cs:line 41`,
    `         at Grpc.Shared.Server.UnaryServerMethodInvoker\`3.ResolvedInterceptorInvoker(TRequest resolvedRequest, ServerCallContext resolvedContext)`,
  ]),
];
const s1 = {
  folder: 's135c-cart-redis-ssl-flag',
  incidentTime: '2026-05-12T14:31:00Z',
  description: 'shop homepage + /cart throwing 500s "failed to get cart" since about 14:10, checkout broken too. redis-cart looks fine?? pls check',
  expected: { component: 'cartservice', cause: 'config-error' },
  alsoAcceptable: [{ component: 'cartservice', cause: 'bad-deploy-rollout' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'louder-dependents', 'rollout-regression', 'decoy', 'time-expression', 'partial-name'],
  grounding: `cartservice (C#, StackExchange.Redis) builds its ConnectionMultiplexer from REDIS_ADDR (upstream redis-cart:6379,
    RedisCartStore.cs appends nothing TLS-related). A change at ~14:09 rolled cartservice with REDIS_ADDR
    "redis-cart:6379,ssl=true,abortConnect=false" (someone copying a Memorystore-with-TLS connection string); redis:alpine
    in redis-cart serves plain TCP, so the TLS handshake gets EOF and StackExchange.Redis reports the documented
    "There was an authentication failure ... Received an unexpected EOF or 0 bytes from the transport stream" message
    (the well-known symptom of ssl=true against a non-TLS Redis, StackExchange.Redis issues). abortConnect=false lets the
    process start and the gRPC health check (which does not touch Redis in v0.10.x) keeps the pods Ready; every
    GetCart/AddItem fails with FailedPrecondition "Can't access cart storage", so frontend and checkoutservice are louder.
    Old ReplicaSet carries the upstream REDIS_ADDR. Decoys: productcatalogservice rolled healthily two days ago and an
    adservice container OOM-killed three days ago. Deviations: the ssl flag itself and log line numbers are invented.`,
  workloads: {
    cartservice: {
      containers: { server: { env: cartEnvNew } },
      rollout: { at: -22, revision: 6, oldContainers: { server: { env: cartEnvOld } } },
    },
    productcatalogservice: { rollout: { at: -60 * 24 * 2, revision: 5 } },
    adservice: {
      pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 24 * 3 - 0.1) } }) } }],
    },
  },
  events: [
    { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cartservice-%NEW% to 1', first: -22 },
    { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cartservice-%OLD% to 1 from 2', first: -21.4 },
    { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cartservice-%NEW% to 2 from 1', first: -21.4 },
    { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cartservice-%OLD% to 0 from 1', first: -20.8 },
    { on: 'pod:cartservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -21.5, source: 'default-scheduler' },
    { on: 'pod:cartservice#0', reason: 'Pulled', message: `Container image "${REG}/cartservice:v0.10.6" already present on machine`, first: -21.4 },
    { on: 'pod:cartservice#0', reason: 'Started', message: 'Started container server', first: -21.3 },
    { on: 'pod:cartservice#1', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -21 , source: 'default-scheduler' },
    { on: 'pod:cartservice#1', reason: 'Started', message: 'Started container server', first: -20.9 },
  ],
  logs: {
    'cartservice#0/server': cartLog(T1),
    'cartservice#1/server': cartLog(T1),
    'frontend#0/server': [
      fl(T1, -25, 'debug', 'request started', { path: '/product/OLJCESPC7Z' }),
      fl(T1, -25, 'debug', 'request complete', { path: '/product/OLJCESPC7Z' }),
      ...[-19, -16, -13, -10, -7, -4, -2].flatMap((m, i) => [
        fl(T1, m, 'debug', 'request started', { id: rid(i), path: i % 2 ? '/cart' : '/' }),
        fl(T1, m + 0.01, 'error', 'request error', { id: rid(i), path: i % 2 ? '/cart' : '/', error: `${i % 2 ? 'could not retrieve cart' : 'failed to get cart'}: rpc error: code = FailedPrecondition desc = Can't access cart storage. ${REDIS_ERR}` }),
      ]),
      fl(T1, -3, 'debug', 'request started', { path: '/product/66VCHSJNUP' }),
      fl(T1, -3, 'debug', 'request complete', { path: '/product/66VCHSJNUP' }),
    ],
    'checkoutservice#0/server': [-18, -12, -6, -1.5].map((m) => JSON.stringify({ message: `[PlaceOrder] user_id="${rid(m * -1)}" user_currency="USD"`, severity: 'info', timestamp: T1.isoMs(m) }) + '\n' +
      JSON.stringify({ message: `failed to prepare order: failed to get user cart during checkout: rpc error: code = FailedPrecondition desc = Can't access cart storage. ${REDIS_ERR}`, severity: 'warning', timestamp: T1.isoMs(m + 0.01) })),
    'redis-cart#0/redis': [
      `1:C ${T1.java(-60 * 24 * 9).slice(8, 10)} May 2026 03:12:40.118 # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
      `1:M ${T1.java(-60 * 24 * 9).slice(8, 10)} May 2026 03:12:40.121 * Ready to accept connections tcp`,
      `1:M 12 May 2026 13:58:02.004 * 100 changes in 300 seconds. Saving...`,
      `1:M 12 May 2026 13:58:02.009 * Background saving started by pid 412`,
      `412:C 12 May 2026 13:58:02.031 * DB saved on disk`,
      `1:M 12 May 2026 13:58:02.110 * Background saving terminated with success`,
    ],
  },
};

// ---------- 2: currencyservice NODE_OPTIONS heap cap too small ----------
const T2 = clock('2026-06-03T09:48:00Z');
const curEnvOld = base('currencyservice').env;
const curEnvNew = [...curEnvOld, { name: 'NODE_OPTIONS', value: '--max-old-space-size=24' }];
const v8fatal = (T, m) => [
  `{"level":30,"time":${Date.parse(T.isoMs(m - 0.6))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","msg":"Profiler disabled."}`,
  `{"level":30,"time":${Date.parse(T.isoMs(m - 0.6))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","msg":"Tracing disabled."}`,
  `{"level":30,"time":${Date.parse(T.isoMs(m - 0.59))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","msg":"Starting gRPC server on port 7000..."}`,
  `{"level":30,"time":${Date.parse(T.isoMs(m - 0.5))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","msg":"Getting supported currencies..."}`,
  `{"level":30,"time":${Date.parse(T.isoMs(m - 0.45))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","msg":"conversion request successful"}`,
  `{"level":30,"time":${Date.parse(T.isoMs(m - 0.3))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","msg":"conversion request successful"}`,
  '',
  '<--- Last few GCs --->',
  '',
  `[1:0x6f3c2a0]    ${Math.round(19000 + m * -10)} ms: Mark-Compact 23.6 (26.1) -> 23.4 (26.3) MB, 41.22 / 0.00 ms  (average mu = 0.182, current mu = 0.061) allocation failure; scavenge might not succeed`,
  `[1:0x6f3c2a0]    ${Math.round(19080 + m * -10)} ms: Mark-Compact 23.9 (26.3) -> 23.7 (26.6) MB, 52.87 / 0.00 ms  (average mu = 0.121, current mu = 0.043) allocation failure; scavenge might not succeed`,
  '',
  '',
  '<--- JS stacktrace --->',
  '',
  'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
  '----- Native stack trace -----',
  '',
  ' 1: 0xb8d0a3 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]',
  ' 2: 0xf06250 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
  ' 3: 0xf06537 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
  ' 4: 0x1118105  [node]',
  ' 5: 0x112ff88 v8::internal::Heap::CollectGarbage(v8::internal::AllocationSpace, v8::internal::GarbageCollectionReason, v8::GCCallbackFlags) [node]',
];
const curErr = 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:currencyservice%:7000: connect: connection refused"';
const s2 = {
  folder: 's135c-currency-node-heap-flag',
  incidentTime: '2026-06-03T09:48:00Z',
  description: 'boutique: prices/currency dropdown erroring on and off, checkout failing intermittently for the past ~25 min. currency svc restarting a lot',
  expected: { component: 'currencyservice', cause: 'config-error' },
  alsoAcceptable: [{ component: 'currencyservice', cause: 'crash-loop' }, { component: 'currencyservice', cause: 'bad-deploy-rollout' }],
  difficulty: 'medium',
  traits: ['louder-dependents', 'rollout-regression', 'decoy', 'time-expression', 'partial-name'],
  grounding: `currencyservice is Node.js (server.js, pino JSON logs, @grpc/grpc-js on 7000) with limits 200m/128Mi upstream. A
    "tuning" change at ~09:21 added NODE_OPTIONS=--max-old-space-size=24 (intended as MB headroom, read by V8 as a 24 MB
    old-space cap). The service loads currency_conversion.json and grpc-js/protobufjs descriptors on start, so under
    normal conversion traffic the heap reaches the cap within minutes and V8 aborts with "FATAL ERROR: Reached heap limit
    Allocation failed - JavaScript heap out of memory" (exit 134 SIGABRT, not a kernel OOM kill: the container uses ~60Mi
    of its 128Mi limit). Kubelet restarts it with back-off; frontend and checkoutservice see connection refused in the
    gaps. Old ReplicaSet has the upstream env. Decoy: a frontend pod Warning Unhealthy readiness probe from last week.
    Deviations: NODE_OPTIONS is not set upstream; heap numbers and native frames are representative of Node 20.`,
  workloads: {
    currencyservice: {
      containers: { server: { env: curEnvNew } },
      rollout: { at: -27, revision: 4, oldContainers: { server: { env: curEnvOld } } },
      unavailableSince: -3,
      pods: [{ containers: { server: cs.crashLoop({ restarts: 6, exitCode: 134, startedAt: T2.iso(-3.6), finishedAt: T2.iso(-2.9), backoff: '2m40s', container: 'server' }) } }],
    },
  },
  events: [
    { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set currencyservice-%NEW% to 1', first: -27 },
    { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set currencyservice-%OLD% to 0 from 1', first: -26.2 },
    { on: 'pod:currencyservice#0', reason: 'Started', message: 'Started container server', first: -26.4, last: -3.6, count: 7 },
    { on: 'pod:currencyservice#0', reason: 'Pulled', message: `Container image "${REG}/currencyservice:v0.10.6" already present on machine`, first: -26.4, last: -3.6, count: 7 },
    { on: 'pod:currencyservice#0', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', type: 'Warning', first: -19, last: -1, count: 23 },
    { on: 'pod:currencyservice#0', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":7000" within 1s', type: 'Warning', first: -20, last: -3, count: 9, fieldPath: 'spec.containers{server}' },
    { on: 'pod:frontend#1', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/_healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', type: 'Warning', first: -60 * 24 * 6, last: -60 * 24 * 6 + 0.2, count: 2, fieldPath: 'spec.containers{server}' },
  ],
  logs: {
    'currencyservice#0/server/previous': v8fatal(T2, -2.95),
    'frontend#0/server': [-22, -17, -12, -8, -5, -2.5].flatMap((m, i) => [
      fl(T2, m, 'debug', 'request started', { id: rid(i + 40), path: '/' }),
      fl(T2, m + 0.01, 'error', 'request error', { id: rid(i + 40), path: '/', error: `could not retrieve currencies: ${curErr}` }),
      fl(T2, m + 0.5, 'debug', 'request started', { id: rid(i + 50), path: '/product/1YMWWN1N4O' }),
      fl(T2, m + 0.51, 'debug', 'request complete', { id: rid(i + 50), path: '/product/1YMWWN1N4O' }),
    ]),
    'checkoutservice#0/server': [-15, -9, -4].flatMap((m) => [
      JSON.stringify({ message: '[PlaceOrder] user_id="5e1c7d08-2a4f-4b1e-9d0c-8f3a6b2e7c91" user_currency="EUR"', severity: 'info', timestamp: T2.isoMs(m) }),
      JSON.stringify({ message: `failed to prepare order: failed to convert price of "OLJCESPC7Z" to EUR: ${curErr}`, severity: 'warning', timestamp: T2.isoMs(m + 0.01) }),
    ]),
  },
};

export const scenarios = [s1, s2];
