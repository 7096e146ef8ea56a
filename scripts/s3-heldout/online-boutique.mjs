// Online Boutique held-out (test split) scenarios, issue 13 measurement. Written without running the engine.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const wl = (name) => system.workloads.find((w) => w.name === name);
const envOf = (name) => wl(name).containers[0].env;
const envSet = (name, changes) => {
  const base = envOf(name).map((e) => (changes[e.name] !== undefined ? { name: e.name, value: changes[e.name] } : e));
  for (const [k, v] of Object.entries(changes)) if (!base.find((e) => e.name === k)) base.push({ name: k, value: v });
  return base;
};
// logrus JSONFormatter: keys sorted (encoding/json of a map).
const sortKeys = (o) => Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
const fe = (T, min, severity, message, x = {}) => JSON.stringify(sortKeys({
  ...(x.error ? { error: x.error } : {}),
  'http.req.id': x.id ?? '4b0d7c1e-9a2f-4e63-8d15-0c7f2a9e6b31', 'http.req.method': x.method ?? 'GET', 'http.req.path': x.path ?? '/',
  ...(x.took !== undefined ? { 'http.resp.bytes': x.bytes ?? 7781, 'http.resp.status': x.status ?? 200, 'http.resp.took_ms': x.took } : {}),
  ...(x.extra ?? {}),
  message, session: x.session ?? 'e1f6a2c4-3d8b-4f1e-a7c9-5b2d0e8f4a16', severity, timestamp: T.isoMs(min),
}));
const go = (T, min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const py = (T, min, severity, name, message) => JSON.stringify({ timestamp: T.isoMs(min), severity, name, message });
const pino = (T, min, severity, name, message, pod = '%POD%') => JSON.stringify({ severity, time: Date.parse(T.isoMs(min)), pid: 1, hostname: pod, name, message });
const checkoutConfig = (email) => `service config: &{UnimplementedCheckoutServiceServer:{} productCatalogSvcAddr:productcatalogservice:3550 productCatalogSvcConn:<nil> cartSvcAddr:cartservice:7070 cartSvcConn:<nil> currencySvcAddr:currencyservice:7000 currencySvcConn:<nil> shippingSvcAddr:shippingservice:50051 shippingSvcConn:<nil> emailSvcAddr:${email} emailSvcConn:<nil> paymentSvcAddr:paymentservice:50051 paymentSvcConn:<nil>}`;

export const scenarios = [];

// T1. checkoutservice EMAIL_SERVICE_ADDR changed to the emailservice *container* port (8080); the Service only maps 5000.
{
  const incidentTime = '2026-10-07T11:20:00Z';
  const T = clock(incidentTime);
  const at = -(60 * 48 + 100); // Monday 09:40
  const lines = [
    go(T, at + 0.6, 'info', 'Tracing disabled.'),
    go(T, at + 0.6, 'info', 'Profiling disabled.'),
    go(T, at + 0.6, 'info', checkoutConfig('emailservice:8080')),
    go(T, at + 0.6, 'info', 'starting to listen on tcp: "[::]:5050"'),
  ];
  for (const [m, user, mail, slow] of [[-52, '7e0b2f9c-41d8-4a2e-b6f3-9c1d5a7e2b40', 'j.moreau@example.org', true], [-31, '2c9a4d71-8e5f-4b03-a1d6-3f7b0c2e9d58', 'someone@example.com', false], [-6, 'b41f0e83-6c2a-4d97-8e15-a0d3c7f92b64', 'k.tanaka@example.net', true]]) {
    lines.push(go(T, m, 'info', `[PlaceOrder] user_id="${user}" user_currency="EUR"`));
    lines.push(go(T, m + 0.01, 'info', `payment went through (transaction_id: ${user.slice(0, 8)}-5f1c-4e2a-9b7d-${user.slice(-12)})`));
    lines.push(go(T, m + (slow ? 0.35 : 0.02), 'warning', `failed to send order confirmation to "${mail}": rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:emailservice%:8080: i/o timeout"`));
  }
  scenarios.push({
    folder: 'checkout-email-addr-container-port', incidentTime,
    description: 'ppl not getting order confirmation mails since monday-ish?? orders themselves go thru fine. email svc pod looks totally idle',
    expected: { component: 'checkoutservice', cause: 'config-error' },
    alsoAcceptable: [{ component: 'checkoutservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard', traits: ['pods-ready', 'partial-name'],
    grounding: `release/kubernetes-manifests.yaml: emailservice listens on container port 8080 and its Service maps port 5000 → 8080;
      checkoutservice reads EMAIL_SERVICE_ADDR=emailservice:5000 (src/checkoutservice/main.go mustMapEnv). A Helm values clean-up on Monday
      09:40 "aligned" the address to the container port (emailservice:8080), rolling out checkoutservice (its start-up line
      "service config: &{... emailSvcAddr:emailservice:8080 ...}" is the main.go log.Infof("service config: %+v", svc)). The ClusterIP
      has no rule for port 8080, so the SYN goes nowhere and grpc-go's dial fails after its 20 s minimum connect timeout with "i/o
      timeout". PlaceOrder sends the confirmation last and only logs log.Warnf("failed to send order confirmation to %q: %+v"), so
      orders succeed (some 20 s slower) and emailservice receives nothing. The rollout's Events expired long ago (1 h event TTL), so
      only the ReplicaSets and the pod template show the change. All pods Ready.`,
    workloads: {
      checkoutservice: {
        rollout: { at, oldContainers: { server: { env: envOf('checkoutservice') } } },
        containers: { server: { env: envSet('checkoutservice', { EMAIL_SERVICE_ADDR: 'emailservice:8080' }) } },
      },
    },
    logs: {
      'checkoutservice#0/server': lines,
      'emailservice#0/server': [
        py(T, -60 * 24 * 9 + 0.4, 'INFO', 'emailservice-server', 'starting the email service in SendGrid mode.'),
        py(T, -60 * 24 * 9 + 0.4, 'INFO', 'emailservice-server', 'Profiler disabled.'),
        py(T, -60 * 24 * 9 + 0.5, 'INFO', 'emailservice-server', 'listening on port: 8080'),
        py(T, at - 6, 'INFO', 'emailservice-server', 'A request to send order confirmation email to m.silva@example.com has been received.'),
        py(T, at - 5.9, 'INFO', 'emailservice-server', 'Message sent: <Xk2vB9sTQ3a1ZpYw0eL7Cg@geopod-ismtpd-3>'),
      ],
      'frontend#0/server': [
        fe(T, -52.4, 'info', 'order placed', { path: '/cart/checkout', method: 'POST', extra: { order: 'c3f1a6e2-4b7d-11f1-9a0c-0a580a080115' } }),
        fe(T, -52.4, 'debug', 'request complete', { path: '/cart/checkout', method: 'POST', took: 20187, bytes: 9412 }),
        fe(T, -6.4, 'info', 'order placed', { path: '/cart/checkout', method: 'POST', extra: { order: '5d92e0b7-4b8e-11f1-9a0c-0a580a080115' } }),
        fe(T, -6.4, 'debug', 'request complete', { path: '/cart/checkout', method: 'POST', took: 21033, bytes: 9398 }),
      ],
    },
  });
}

// T2. redis-cart writes frozen by CLIENT PAUSE WRITE left on by an aborted migration script; reads still work.
{
  const incidentTime = '2026-10-09T10:58:00Z';
  const T = clock(incidentTime);
  const timeout = (cmd, qs, pod) => `StackExchange.Redis.RedisTimeoutException: Timeout awaiting response (outbound=0KiB, inbound=0KiB, 5012ms elapsed, timeout is 5000ms), command=${cmd}, next: ${cmd} 7c1e9a40-2f6b-4d83-b5e1-0a9d3c6f8e27, inst: 0, qu: 0, qs: ${qs}, aw: False, bw: Inactive, rs: ReadAsync, ws: Idle, in: 0, in-pipe: 0, out-pipe: 0, last-in: 0, cur-in: 0, sync-ops: 0, async-ops: 48211, serverEndpoint: redis-cart:6379, conn-sec: 412338.52, aoc: 1, mc: 1/1/0, mgr: 10 of 10 available, clientName: ${pod}(SE.Redis-v2.7.33.41805), IOCP: (Busy=0,Free=1000,Min=1,Max=1000), WORKER: (Busy=1,Free=32766,Min=2,Max=32767), POOL: (Threads=6,QueuedItems=0,CompletedItems=191240,Timers=4), v: 2.7.33.41805 (Please take a look at this article for some common client-side issues that can cause timeouts: https://stackexchange.github.io/StackExchange.Redis/Timeouts)`;
  const cartLines = (qs0) => [
    `GetCartAsync called with userId=e1f6a2c4-3d8b-4f1e-a7c9-5b2d0e8f4a16`,
    `AddItemAsync called with userId=e1f6a2c4-3d8b-4f1e-a7c9-5b2d0e8f4a16, productId=9SIQT8TOJO, quantity=1`,
    `info: Grpc.AspNetCore.Server.ServerCallHandler[7]`,
    `      Error status code 'FailedPrecondition' with detail 'Can't access cart storage. ${timeout('HSET', qs0, '%POD%')}` + "\n   at Microsoft.Extensions.Caching.StackExchangeRedis.RedisCache.SetAsync(String key, Byte[] value, DistributedCacheEntryOptions options, CancellationToken token)\n   at cartservice.cartstore.RedisCartStore.AddItemAsync(String userId, String productId, Int32 quantity) in /app/cartstore/RedisCartStore.cs:line 61' raised.",
    `GetCartAsync called with userId=0f3b8d26-91c4-4e7a-b2d5-6a8c1e4f9b03`,
    `AddItemAsync called with userId=0f3b8d26-91c4-4e7a-b2d5-6a8c1e4f9b03, productId=66VCHSJNUP, quantity=2`,
    `info: Grpc.AspNetCore.Server.ServerCallHandler[7]`,
    `      Error status code 'FailedPrecondition' with detail 'Can't access cart storage. ${timeout('HSET', qs0 + 6, '%POD%')}' raised.`,
    `EmptyCartAsync called with userId=2b7e4f90-c1d3-4a68-9e52-7d0f3a1b6c84`,
    `info: Grpc.AspNetCore.Server.ServerCallHandler[7]`,
    `      Error status code 'FailedPrecondition' with detail 'Can't access cart storage. ${timeout('HSET', qs0 + 9, '%POD%')}' raised.`,
    `GetCartAsync called with userId=2b7e4f90-c1d3-4a68-9e52-7d0f3a1b6c84`,
  ];
  scenarios.push({
    folder: 'redis-cart-client-pause-writes', incidentTime,
    description: 'cant add anything to the cart since about 10:40, the cart page itself loads fine. cartservice spamming timeouts',
    expected: { component: 'redis-cart', cause: 'dependency-down' },
    difficulty: 'hard', traits: ['pods-ready', 'callers-only', 'louder-dependents', 'time-expression'],
    grounding: `redis-cart (redis:alpine 7.x, tcpSocket probes) behind cartservice (REDIS_ADDR=redis-cart:6379; src/cartservice RedisCartStore over
      Microsoft.Extensions.Caching.StackExchangeRedis, which wraps every failure in RpcException FailedPrecondition "Can't access cart
      storage."). SRE prepared the move to Memorystore (the repo's kustomize/components/memorystore) with a copy script that runs
      CLIENT PAUSE <ms> WRITE (Redis ≥ 6.2) to freeze writes during the copy, with a one-hour pause; the script died at 10:39 before
      CLIENT UNPAUSE. Reads (HMGET) are served, write commands are held by the server, so StackExchange.Redis times out after 5000 ms
      on every write (qs grows); Grpc.AspNetCore logs RpcConnectionError at Information ("Error status code '…' with detail '…' raised.").
      redis logs nothing for CLIENT PAUSE (its last lines are the RDB save before it); its TCP probe passes, so every pod is Ready.
      Checkout's EmptyCart failures are ignored by PlaceOrder (_ = cs.emptyUserCart), so orders still go through.`,
    logs: {
      'redis-cart#0/redis': [
        `1:C 30 Sep 2026 08:14:51.302 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
        `1:M 30 Sep 2026 08:14:51.305 * Running mode=standalone, port=6379.`,
        `1:M 30 Sep 2026 08:14:51.306 * Server initialized`,
        `1:M 30 Sep 2026 08:14:51.306 * Ready to accept connections tcp`,
        `1:M 09 Oct 2026 10:33:17.048 * 100 changes in 300 seconds. Saving...`,
        `1:M 09 Oct 2026 10:33:17.049 * Background saving started by pid 2113`,
        `2113:C 09 Oct 2026 10:33:17.091 * DB saved on disk`,
        `2113:C 09 Oct 2026 10:33:17.092 * Fork CoW for RDB: current 0 MB, peak 0 MB, average 0 MB`,
        `1:M 09 Oct 2026 10:33:17.150 * Background saving terminated with success`,
      ],
      'cartservice#0/server': cartLines(4),
      'cartservice#1/server': cartLines(2),
      'frontend#0/server': [
        fe(T, -16, 'debug', 'request complete', { path: '/cart', took: 38, bytes: 11203 }),
        fe(T, -14, 'error', 'request error', { path: '/cart', method: 'POST', error: `failed to add to cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. ${timeout('HSET', 6, 'cartservice')}` }),
        fe(T, -14, 'debug', 'request complete', { path: '/cart', method: 'POST', took: 5031, status: 500, bytes: 3311 }),
        fe(T, -3, 'error', 'request error', { path: '/cart', method: 'POST', error: `failed to add to cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. ${timeout('HSET', 13, 'cartservice')}` }),
        fe(T, -2.5, 'debug', 'request complete', { path: '/cart', took: 41, bytes: 2980 }),
      ],
      'checkoutservice#0/server': [
        go(T, -9, 'info', '[PlaceOrder] user_id="2b7e4f90-c1d3-4a68-9e52-7d0f3a1b6c84" user_currency="USD"'),
        go(T, -9, 'info', 'payment went through (transaction_id: 3a8e1f27-c4b9-4d05-8e62-f1a07b3d9c58)'),
        go(T, -8.9, 'info', 'order confirmation email sent to "someone@example.com"'),
      ],
    },
  });
}

// T3. SendGrid account out of credits (401 "Maximum credits exceeded"); adservice OOM-killing concurrently, unrelated.
{
  const incidentTime = '2026-10-12T07:40:00Z';
  const T = clock(incidentTime);
  const mail = [];
  for (const m of [-84, -71, -47, -29, -12, -3]) {
    mail.push(py(T, m, 'INFO', 'emailservice-server', 'A request to send order confirmation email to someone@example.com has been received.'));
    mail.push(py(T, m + 0.01, 'ERROR', 'emailservice-server', 'HTTP Error 401: Unauthorized — POST https://api.sendgrid.com/v3/mail/send: {"errors":[{"field":null,"message":"Maximum credits exceeded","help":null}]}'));
  }
  scenarios.push({
    folder: 'sendgrid-credits-exhausted-ad-oom-concurrent', incidentTime,
    description: 'order confirmation emails not going out since ~06:15 this morning. orders are fine',
    expected: { component: 'sendgrid', cause: 'external-dependency' },
    difficulty: 'hard', traits: ['external-dependency-failure', 'pods-ready', 'concurrent-faults', 'time-expression'],
    grounding: `Deviation (SOURCES.md): emailservice sends through SendGrid's v3 mail/send API. The SendGrid account is shared with a marketing
      tool whose weekend campaign used up the plan's monthly credits; SendGrid then answers 401 with {"message":"Maximum credits exceeded"}
      (its documented behaviour for an exhausted plan — a 401 that is not a bad key). emailservice pods stay Ready (local gRPC health);
      checkoutservice logs the failure as a warning and orders succeed. Concurrently and unrelated, adservice (Java, limit 300Mi) is
      being OOMKilled under the morning traffic (restartCount 6, last at 07:33), and frontend logs "failed to retrieve ads" — louder, but not
      what the engineer reports.`,
    workloads: {
      adservice: { pods: [{ containers: { server: cs.restartedRunning({ restarts: 6, startedAt: T.iso(-6.5), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-19), finishedAt: T.iso(-6.6) } }) } }] },
    },
    events: [
      { on: 'pod:adservice#0', reason: 'Pulled', message: `Container image "${REG}/adservice:v0.10.6" already present on machine`, fieldPath: 'spec.containers{server}', first: -58, last: -6.6, count: 3 },
      { on: 'pod:adservice#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -58, last: -6.5, count: 3 },
      { on: 'pod:adservice#0', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":9555" within 1s', type: 'Warning', fieldPath: 'spec.containers{server}', first: -57, last: -6, count: 7 },
    ],
    logs: {
      'emailservice#0/server': mail,
      'checkoutservice#0/server': [
        go(T, -12.1, 'info', '[PlaceOrder] user_id="5c0a7e39-d2f4-4b18-96e3-b1f8c4a27d05" user_currency="GBP"'),
        go(T, -12.05, 'info', 'payment went through (transaction_id: 9b2d4f61-7a3e-4c80-b5d9-2e6f1a8c0b47)'),
        go(T, -11.98, 'warning', 'failed to send order confirmation to "someone@example.com": rpc error: code = Unknown desc = Exception calling application: HTTP Error 401: Unauthorized'),
        go(T, -3.1, 'info', '[PlaceOrder] user_id="e84b1c06-3f9a-4d72-a0e5-7c2b9d4f1a63" user_currency="USD"'),
        go(T, -3.05, 'info', 'payment went through (transaction_id: 1f7c3a95-e2b8-4d64-9a01-5d3e8b6f2c70)'),
        go(T, -2.98, 'warning', 'failed to send order confirmation to "someone@example.com": rpc error: code = Unknown desc = Exception calling application: HTTP Error 401: Unauthorized'),
      ],
      'adservice#0/server/previous': [
        JSON.stringify({ instant: { epochSecond: Math.floor(Date.parse(T.iso(-18.9)) / 1000), nanoOfSecond: 0 }, thread: 'main', level: 'INFO', loggerName: 'hipstershop.AdService', message: 'Ad Service started, listening on 9555', endOfBatch: false, loggerFqcn: 'org.apache.logging.log4j.spi.AbstractLogger', threadId: 1, threadPriority: 5, time: T.isoMs(-18.9) }),
        JSON.stringify({ instant: { epochSecond: Math.floor(Date.parse(T.iso(-7)) / 1000), nanoOfSecond: 0 }, thread: 'grpc-default-executor-41', level: 'INFO', loggerName: 'hipstershop.AdService', message: 'received ad request (context_words=[clothing])', endOfBatch: false, loggerFqcn: 'org.apache.logging.log4j.spi.AbstractLogger', threadId: 77, threadPriority: 5, time: T.isoMs(-7) }),
      ],
      'frontend#1/server': [
        fe(T, -9, 'warning', 'failed to retrieve ads', { path: '/product/1YMWWN1N4O', error: 'failed to get ads: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:adservice%:9555: connect: connection refused"' }),
        fe(T, -4, 'warning', 'failed to retrieve ads', { path: '/product/L9ECAV7KIM', error: 'failed to get ads: rpc error: code = DeadlineExceeded desc = context deadline exceeded' }),
      ],
    },
  });
}

// T4. currencyservice CPU-saturated at its HPA maximum after a newsletter blast; pods Ready, frontend very slow.
{
  const incidentTime = '2026-10-14T18:32:00Z';
  const T = clock(incidentTime);
  const cur = (pod, mins) => mins.flatMap((m) => [
    pino(T, m, 'info', 'currencyservice-server', 'Getting supported currencies...', pod),
    pino(T, m + 0.01, 'info', 'currencyservice-server', 'received conversion request', pod),
    pino(T, m + 0.02, 'info', 'currencyservice-server', 'conversion request successful', pod),
  ]);
  scenarios.push({
    folder: 'currencyservice-cpu-saturated-hpa-max', incidentTime,
    description: 'shop crawling since the newsletter went out at 18:00, home page takes 10s+ to load. nothing deployed',
    expected: { component: 'currencyservice', cause: 'resource-exhaustion' },
    difficulty: 'hard', traits: ['pods-ready', 'cpu-starvation', 'louder-dependents', 'time-expression'],
    grounding: `currencyservice (Node.js, @grpc/grpc-js, single-threaded; requests 100m / limit 200m CPU in release/kubernetes-manifests.yaml) is
      called for every price on every page (frontend handlers.go converts each product), so it is the first service to saturate under
      load. Deviation: this operator runs an HPA on it (min 1, max 3, 70 % of the CPU request). The 18:00 newsletter tripled traffic: the
      HPA scaled to 3 at 18:13 and reports ScalingLimited/TooManyReplicas (the HPA controller's condition text) at ~197 % of requests;
      each pod is throttled at its 200m limit, so conversions queue for seconds. Pods stay Ready (one probe timeout now and then, the
      grpc probe's "failed to connect service \\":7000\\" within 1s"); frontend has no deadline on these calls, so it logs slow requests
      and "context canceled" when browsers give up.`,
    hpas: [{
      name: 'currencyservice',
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'currencyservice' }, minReplicas: 1, maxReplicas: 3, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }] },
      status: {
        lastScaleTime: T.iso(-19), currentReplicas: 3, desiredReplicas: 3,
        currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageValue: '197m', averageUtilization: 197 } } }],
        conditions: [
          { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-14), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
          { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
          { type: 'ScalingLimited', status: 'True', lastTransitionTime: T.iso(-19), reason: 'TooManyReplicas', message: 'the desired replica count is more than the maximum replica count' },
        ],
      },
    }],
    workloads: { currencyservice: { replicas: 3, pods: [{}, { created: T.iso(-24) }, { created: T.iso(-19) }] } },
    events: [
      { on: 'hpa:currencyservice', reason: 'SuccessfulRescale', message: 'New size: 2; reason: cpu resource utilization (percentage of request) above target', first: -24, last: -24 },
      { on: 'hpa:currencyservice', reason: 'SuccessfulRescale', message: 'New size: 3; reason: cpu resource utilization (percentage of request) above target', first: -19, last: -19 },
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set currencyservice-%NEW% to 2 from 1', first: -24, last: -24 },
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set currencyservice-%NEW% to 3 from 2', first: -19, last: -19 },
      { on: 'pod:currencyservice#0', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":7000" within 1s', type: 'Warning', fieldPath: 'spec.containers{server}', first: -27, last: -4, count: 11 },
      { on: 'pod:currencyservice#2', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":7000" within 1s', type: 'Warning', fieldPath: 'spec.containers{server}', first: -15, last: -2, count: 6 },
    ],
    logs: {
      'currencyservice#0/server': cur('%POD%', [-20, -11, -3]),
      'currencyservice#2/server': [pino(T, -18.8, 'info', 'currencyservice-server', 'Starting gRPC server on port 7000...'), ...cur('%POD%', [-9, -1.5])],
      'frontend#0/server': [
        fe(T, -21, 'debug', 'request complete', { path: '/', took: 6412, bytes: 10875 }),
        fe(T, -13, 'error', 'request error', { path: '/', error: 'failed to do currency conversion for product OLJCESPC7Z: rpc error: code = Canceled desc = context canceled' }),
        fe(T, -8, 'debug', 'request complete', { path: '/product/66VCHSJNUP', took: 11873, bytes: 8120 }),
        fe(T, -2, 'error', 'request error', { path: '/cart', error: 'could not retrieve currencies: rpc error: code = Canceled desc = context canceled' }),
        fe(T, -1.5, 'debug', 'request complete', { path: '/', took: 12940, bytes: 10875 }),
      ],
      'frontend#1/server': [
        fe(T, -6, 'error', 'request error', { path: '/product/2ZYFJ3GM2N', error: 'failed to convert currency: rpc error: code = Canceled desc = context canceled' }),
        fe(T, -1, 'debug', 'request complete', { path: '/', took: 10317, bytes: 10875 }),
      ],
    },
  });
}

// T5. paymentservice v0.10.7 regression: every card reported expired; pods Ready.
{
  const incidentTime = '2026-10-16T13:41:00Z';
  const T = clock(incidentTime);
  const pay = [pino(T, -28.6, 'info', 'paymentservice-server', 'PaymentService gRPC server started on port 50051')];
  for (const [m, last4, mm, yy] of [[-24, '7732', 11, 2058], [-15, '0418', 3, 2031], [-4, '9265', 7, 2077]]) {
    pay.push(pino(T, m, 'info', 'paymentservice-server', `PaymentService#Charge invoked with request {"amount":{"currency_code":"USD","units":"112","nanos":890000000},"credit_card":{"credit_card_number":"4716-2210-3349-${last4}","credit_card_cvv":512,"credit_card_expiration_year":${yy},"credit_card_expiration_month":${mm}}}`));
    pay.push(`ExpiredCreditCard [Error]: Your credit card (ending ${last4}) expired on ${mm}/${yy}\n    at module.exports (/usr/src/app/charge.js:73:59)\n    at HipsterShopServer.ChargeServiceHandler (/usr/src/app/server.js:44:24)\n    at Object.onReceiveHalfClose (/usr/src/app/node_modules/@grpc/grpc-js/build/src/server.js:1461:25)\n    at BaseServerInterceptingCall.maybePushNextMessage (/usr/src/app/node_modules/@grpc/grpc-js/build/src/server-interceptors.js:575:31)\n    at process.processTicksAndRejections (node:internal/process/task_queues:77:11) {\n  code: 400\n}`);
  }
  const err = (last4, mm, yy) => `failed to complete the order: rpc error: code = Internal desc = failed to charge card: could not charge the card: rpc error: code = Unknown desc = Your credit card (ending ${last4}) expired on ${mm}/${yy}`;
  scenarios.push({
    folder: 'payment-rollout-every-card-expired', incidentTime,
    description: 'place order broken for everyone since ~13:15, error page says the card is expired but its not (tried 3 diff cards)',
    expected: { component: 'paymentservice', cause: 'bad-deploy-rollout' },
    difficulty: 'medium', traits: ['rollout-regression', 'pods-ready', 'time-expression'],
    grounding: `src/paymentservice/charge.js validates the card with simple-card-validator and throws ExpiredCreditCard ("Your credit card (ending
      NNNN) expired on M/YYYY", code 400) when (currentYear*12+currentMonth) > (year*12+month); server.js logs the error with console.warn
      and returns it, which grpc-js sends as status UNKNOWN. A v0.10.7 build rolled out at 13:12 refactored the check to compare
      Date.now() with year*12+month, so every card "expires" (the loadgenerator's cards expire between this year and +70 years, as in
      src/loadgenerator/locustfile.py). The pod is Ready (CheckHandler always answers SERVING); checkoutservice returns
      "failed to charge card", frontend logs the request error.`,
    workloads: {
      paymentservice: {
        rollout: { at: -29, oldContainers: { server: { image: `${REG}/paymentservice:v0.10.6` } } },
        containers: { server: { image: `${REG}/paymentservice:v0.10.7` } },
      },
    },
    events: [
      { on: 'deploy:paymentservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set paymentservice-%NEW% to 1', first: -29, last: -29 },
      { on: 'deploy:paymentservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set paymentservice-%OLD% to 0 from 1', first: -28.4, last: -28.4 },
      { on: 'pod:paymentservice#0', reason: 'Pulling', message: `Pulling image "${REG}/paymentservice:v0.10.7"`, fieldPath: 'spec.containers{server}', first: -28.9, last: -28.9 },
      { on: 'pod:paymentservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/paymentservice:v0.10.7" in 3.412s (3.412s including waiting). Image size: 54127733 bytes.`, fieldPath: 'spec.containers{server}', first: -28.8, last: -28.8 },
      { on: 'pod:paymentservice#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -28.7, last: -28.7 },
    ],
    logs: {
      'paymentservice#0/server': pay,
      'checkoutservice#0/server': [
        go(T, -24.01, 'info', '[PlaceOrder] user_id="c2e8a41f-6b9d-4f37-8a05-d1b3e7c9f264" user_currency="USD"'),
        go(T, -15.01, 'info', '[PlaceOrder] user_id="93f0b6d2-1e4a-4c58-b7f9-0a6d2c8e4b15" user_currency="USD"'),
        go(T, -4.01, 'info', '[PlaceOrder] user_id="4a7d1c83-f5e2-49b6-8d30-b9e1a6f2c047" user_currency="USD"'),
      ],
      'frontend#0/server': [
        fe(T, -24, 'error', 'request error', { path: '/cart/checkout', method: 'POST', error: err('7732', 11, 2058) }),
        fe(T, -4, 'error', 'request error', { path: '/cart/checkout', method: 'POST', error: err('9265', 7, 2077) }),
      ],
      'frontend#1/server': [fe(T, -15, 'error', 'request error', { path: '/cart/checkout', method: 'POST', error: err('0418', 3, 2031) })],
    },
  });
}

// T6. SRE tightens checkoutservice egress; the 50051 rule admits paymentservice only, not shippingservice.
{
  const incidentTime = '2026-10-19T15:27:00Z';
  const T = clock(incidentTime);
  const sel = (app) => ({ podSelector: { matchLabels: { app } } });
  const err = 'failed to complete the order: rpc error: code = Internal desc = shipping quote failure: failed to get shipping quote: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:shippingservice%:50051: i/o timeout"';
  scenarios.push({
    folder: 'checkout-egress-policy-omits-shipping', incidentTime,
    description: 'checkout fails at "place order" since ~15:05 — shipping quote on the cart page works fine tho',
    expected: { component: 'checkoutservice', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'shippingservice', cause: 'network-fault' }],
    difficulty: 'hard', traits: ['network-policy', 'pods-ready', 'time-expression'],
    grounding: `The repo's kustomize/components/network-policies gives every service an ingress allow-list and "egress: - {}". At 15:04 SRE replaced
      checkoutservice's egress with an explicit list (kube-dns 53, productcatalog 3550, cart 7070, currency 7000, email 8080, and 50051
      to pods labelled app=paymentservice) — shippingservice also listens on 50051 but was left out. PlaceOrder quotes shipping before it
      charges (src/checkoutservice/main.go prepareOrderItemsAndShippingQuoteFromCart), so every order fails with "shipping quote failure"
      after grpc-go's 20 s connect attempt times out, and no card is charged. frontend's own GetQuote on the cart page is allowed
      (frontend keeps egress {} and shippingservice's ingress admits frontend and checkoutservice). All pods Ready.`,
    networkPolicies: [
      { name: 'checkoutservice', created: -23, spec: { podSelector: { matchLabels: { app: 'checkoutservice' } }, policyTypes: ['Ingress', 'Egress'], ingress: [{ from: [sel('frontend')], ports: [{ port: 5050, protocol: 'TCP' }] }], egress: [
        { to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }], ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }] },
        { to: [sel('productcatalogservice')], ports: [{ port: 3550, protocol: 'TCP' }] },
        { to: [sel('cartservice')], ports: [{ port: 7070, protocol: 'TCP' }] },
        { to: [sel('currencyservice')], ports: [{ port: 7000, protocol: 'TCP' }] },
        { to: [sel('emailservice')], ports: [{ port: 8080, protocol: 'TCP' }] },
        { to: [sel('paymentservice')], ports: [{ port: 50051, protocol: 'TCP' }] },
      ] } },
      { name: 'shippingservice', created: -60 * 24 * 30, spec: { podSelector: { matchLabels: { app: 'shippingservice' } }, policyTypes: ['Ingress', 'Egress'], ingress: [{ from: [sel('frontend'), sel('checkoutservice')], ports: [{ port: 50051, protocol: 'TCP' }] }], egress: [{}] } },
      { name: 'paymentservice', created: -60 * 24 * 30, spec: { podSelector: { matchLabels: { app: 'paymentservice' } }, policyTypes: ['Ingress', 'Egress'], ingress: [{ from: [sel('checkoutservice')], ports: [{ port: 50051, protocol: 'TCP' }] }], egress: [{}] } },
      { name: 'frontend', created: -60 * 24 * 30, spec: { podSelector: { matchLabels: { app: 'frontend' } }, policyTypes: ['Ingress', 'Egress'], ingress: [{}], egress: [{}] } },
      { name: 'deny-all', created: -60 * 24 * 30, spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] } },
    ],
    logs: {
      'checkoutservice#0/server': [
        go(T, -21, 'info', '[PlaceOrder] user_id="6e1b9d47-2c8a-4f05-b3d6-8a0f4c7e2b91" user_currency="USD"'),
        go(T, -12, 'info', '[PlaceOrder] user_id="d5a3f820-7b1e-4c69-9e24-f0c8b2a6d713" user_currency="CAD"'),
        go(T, -2, 'info', '[PlaceOrder] user_id="81c4e6b2-0d9f-4a37-a5e8-3b7f1d2c9e60" user_currency="USD"'),
      ],
      'frontend#0/server': [
        fe(T, -20.6, 'error', 'request error', { path: '/cart/checkout', method: 'POST', error: err }),
        fe(T, -18, 'debug', 'request complete', { path: '/cart', took: 64, bytes: 12410 }),
        fe(T, -1.6, 'error', 'request error', { path: '/cart/checkout', method: 'POST', error: err }),
      ],
      'frontend#1/server': [fe(T, -11.6, 'error', 'request error', { path: '/cart/checkout', method: 'POST', error: err })],
      'shippingservice#0/server': [
        go(T, -17, 'info', '[GetQuote] received request'),
        go(T, -17, 'info', '[GetQuote] completed request'),
        go(T, -6, 'info', '[GetQuote] received request'),
        go(T, -6, 'info', '[GetQuote] completed request'),
      ],
    },
  });
}

// T7. recommendationservice OOMKilled repeatedly (leak after a base-image bump last week); a healthy frontend rollout is the decoy.
{
  const incidentTime = '2026-10-21T12:05:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'recommendation-oom-frontend-rollout-decoy', incidentTime,
    description: 'recs keep vanishing from product pages today, on and off. frontend deploy at 11:30 might have broken something?',
    expected: { component: 'recommendationservice', cause: 'oom-killed' },
    difficulty: 'medium', traits: ['decoy', 'partial-name'],
    grounding: `recommendationservice (Python gRPC, thread pool of 10 workers, limits memory 450Mi in release/kubernetes-manifests.yaml) was rebuilt six
      days ago on a newer base image whose grpcio build leaks per-call memory; RSS grows under daytime load until the kernel OOM-kills
      the container (exit 137, reason OOMKilled, restartCount 7 since 06:00). Each time, frontend's ListRecommendations fails and it only
      logs a warning ("failed to get product recommendations", non-critical in handlers.go), so the section disappears for a minute or two.
      Decoy: frontend rolled out v0.10.6 → v0.10.7 at 11:30; both new pods are Ready with no errors.`,
    workloads: {
      recommendationservice: { pods: [{ containers: { server: cs.restartedRunning({ restarts: 7, startedAt: T.iso(-8.7), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-49), finishedAt: T.iso(-8.9) } }) } }] },
      frontend: { rollout: { at: -35, oldContainers: { server: { image: `${REG}/frontend:v0.10.6` } } }, containers: { server: { image: `${REG}/frontend:v0.10.7` } } },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -35, last: -35 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 1 from 2', first: -34.5, last: -34.5 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 2 from 1', first: -34.5, last: -34.5 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -34, last: -34 },
      { on: 'pod:recommendationservice#0', reason: 'Pulled', message: `Container image "${REG}/recommendationservice:v0.10.6" already present on machine`, fieldPath: 'spec.containers{server}', first: -49.1, last: -8.9, count: 2 },
      { on: 'pod:recommendationservice#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -49, last: -8.7, count: 2 },
      { on: 'pod:recommendationservice#0', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":8080" within 1s', type: 'Warning', fieldPath: 'spec.containers{server}', first: -49, last: -8.5, count: 4 },
    ],
    logs: {
      'recommendationservice#0/server': [
        py(T, -8.6, 'INFO', 'recommendationservice-server', 'initializing recommendationservice'),
        py(T, -8.6, 'INFO', 'recommendationservice-server', 'Profiler disabled.'),
        py(T, -8.6, 'INFO', 'recommendationservice-server', 'Tracing disabled.'),
        py(T, -8.5, 'INFO', 'recommendationservice-server', 'listening on port: 8080'),
        py(T, -3, 'INFO', 'recommendationservice-server', "[Recv ListRecommendations] product_ids=['0PUK6V6EV0', '1YMWWN1N4O', '9SIQT8TOJO', 'LS4PSXUNUM', '2ZYFJ3GM2N']"),
      ],
      'recommendationservice#0/server/previous': [
        py(T, -48.9, 'INFO', 'recommendationservice-server', 'listening on port: 8080'),
        py(T, -9.2, 'INFO', 'recommendationservice-server', "[Recv ListRecommendations] product_ids=['OLJCESPC7Z', '66VCHSJNUP', '6E92ZMYYFZ', 'L9ECAV7KIM', '2ZYFJ3GM2N']"),
        py(T, -9.0, 'INFO', 'recommendationservice-server', "[Recv ListRecommendations] product_ids=['9SIQT8TOJO', '0PUK6V6EV0', 'LS4PSXUNUM', '1YMWWN1N4O', 'OLJCESPC7Z']"),
      ],
      'frontend#0/server': [
        fe(T, -33, 'info', 'starting server on 0.0.0.0:8080'),
        fe(T, -8.8, 'warning', 'failed to get product recommendations', { path: '/product/6E92ZMYYFZ', error: 'rpc error: code = Unavailable desc = error reading from server: EOF' }),
        fe(T, -8.6, 'warning', 'failed to get product recommendations', { path: '/cart', error: 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:recommendationservice%:8080: connect: connection refused"' }),
        fe(T, -2, 'debug', 'request complete', { path: '/product/66VCHSJNUP', took: 58, bytes: 9874 }),
      ],
    },
  });
}

// T8. cartservice rollout raises memory requests to 1Gi; the surge pod is Pending, autoscaler at max; old pods serve.
{
  const incidentTime = '2026-10-23T16:50:00Z';
  const T = clock(incidentTime);
  const msg = '0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';
  scenarios.push({
    folder: 'cartservice-rollout-pending-insufficient-memory', incidentTime,
    description: 'cart deploy stuck for like 40 min, pipeline just says waiting for rollout to finish. cart itself still works',
    expected: { component: 'cartservice', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'cartservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium', traits: ['pods-ready', 'partial-name', 'time-expression'],
    grounding: `cartservice runs 2 replicas with requests 200m/64Mi, limits 300m/128Mi (release/kubernetes-manifests.yaml) and the Deployment default
      RollingUpdate 25 %/25 % (maxUnavailable rounds to 0, maxSurge to 1). A .NET 8 rebuild (v0.10.7) at 16:08 raised requests to
      200m/1Gi (limit 2Gi); the three e2-standard-4 nodes are full of other namespaces' workloads and the node pool is at its autoscaler
      maximum, so the surge pod stays Pending: the scheduler's "3 Insufficient memory" and cluster-autoscaler's NotTriggerScaleUp "pod
      didn't trigger scale-up: 1 max node group size reached". After progressDeadlineSeconds (600) the Deployment reports
      Progressing=False/ProgressDeadlineExceeded. The two old pods keep serving, so users see nothing.`,
    workloads: {
      cartservice: {
        rollout: { at: -42, oldReplicas: 2, oldContainers: { server: { image: `${REG}/cartservice:v0.10.6`, resources: { requests: { cpu: '200m', memory: '64Mi' }, limits: { cpu: '300m', memory: '128Mi' } } } } },
        containers: { server: { image: `${REG}/cartservice:v0.10.7`, resources: { requests: { cpu: '200m', memory: '1Gi' }, limits: { cpu: '300m', memory: '2Gi' } } } },
        pods: [{ created: T.iso(-42), unscheduled: msg }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-32), lastTransitionTime: T.iso(-32), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cartservice-%NEW% to 1', first: -42, last: -42 },
      { on: 'pod:cartservice#0', reason: 'FailedScheduling', message: msg, type: 'Warning', source: 'default-scheduler', first: -42, last: -3, count: 9 },
      { on: 'pod:cartservice#0', reason: 'NotTriggerScaleUp', message: "pod didn't trigger scale-up: 1 max node group size reached", source: 'cluster-autoscaler', first: -41, last: -1, count: 24 },
    ],
    logs: {
      'cartservice#old0/server': [
        `GetCartAsync called with userId=e1f6a2c4-3d8b-4f1e-a7c9-5b2d0e8f4a16`,
        `AddItemAsync called with userId=e1f6a2c4-3d8b-4f1e-a7c9-5b2d0e8f4a16, productId=LS4PSXUNUM, quantity=1`,
        `GetCartAsync called with userId=e1f6a2c4-3d8b-4f1e-a7c9-5b2d0e8f4a16`,
      ],
    },
  });
}

// T9. emailservice's SendGrid key Secret deleted by External Secrets; the pod replaced by a node upgrade cannot start.
{
  const incidentTime = '2026-10-26T09:15:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'emailservice-sendgrid-secret-deleted', incidentTime,
    description: 'confirmation mails not sent since ~9am, email pod not starting?',
    expected: { component: 'emailservice', cause: 'config-missing' },
    difficulty: 'easy', traits: ['partial-name', 'time-expression'],
    grounding: `Deviation (SOURCES.md): emailservice sends through SendGrid and reads SENDGRID_API_KEY from Secret sendgrid-api-key (secretKeyRef).
      The Secret is synced by External Secrets Operator with deletionPolicy Delete; a rename of the key in Secret Manager at 08:40 made ESO
      delete the target Secret. GKE node auto-upgrade drained the node at 08:58 and the replacement pod stays in CreateContainerConfigError
      with the kubelet's 'secret "sendgrid-api-key" not found'. With no ready endpoint, checkoutservice's calls are refused and it logs
      "failed to send order confirmation"; orders succeed.`,
    workloads: {
      emailservice: {
        containers: { server: { env: [...envOf('emailservice'), { name: 'SENDGRID_API_KEY', valueFrom: { secretKeyRef: { name: 'sendgrid-api-key', key: 'api-key' } } }] } },
        pods: [{ created: T.iso(-17), containers: { server: cs.waiting('CreateContainerConfigError', 'secret "sendgrid-api-key" not found') } }],
        unavailableSince: -17,
      },
    },
    events: [
      { on: 'pod:emailservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -17, last: -17 },
      { on: 'pod:emailservice#0', reason: 'Pulled', message: `Container image "${REG}/emailservice:v0.10.6" already present on machine`, fieldPath: 'spec.containers{server}', first: -16.8, last: -0.4, count: 76 },
      { on: 'pod:emailservice#0', reason: 'Failed', message: 'Error: secret "sendgrid-api-key" not found', type: 'Warning', fieldPath: 'spec.containers{server}', first: -16.8, last: -0.4, count: 76 },
    ],
    logs: {
      'checkoutservice#0/server': [
        go(T, -11, 'info', '[PlaceOrder] user_id="f0d27b5e-8c13-4a96-b4e1-6c9a3d7f0e28" user_currency="EUR"'),
        go(T, -11, 'info', 'payment went through (transaction_id: 7e4a9c12-3b6f-4d08-a1c5-e9f2b8d04a37)'),
        go(T, -10.99, 'warning', 'failed to send order confirmation to "someone@example.com": rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:emailservice%:5000: connect: connection refused"'),
        go(T, -2, 'info', '[PlaceOrder] user_id="2d8f6a41-e7c0-4b53-9a12-5f3b0c8e6d94" user_currency="USD"'),
        go(T, -2, 'info', 'payment went through (transaction_id: c81f3e57-9a2d-4b60-8e47-1d6b0a9f3c25)'),
        go(T, -1.99, 'warning', 'failed to send order confirmation to "someone@example.com": rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:emailservice%:5000: connect: connection refused"'),
      ],
    },
  });
}

// T10. No fault: "random" recommendations and off-topic ads are the demo's behaviour. Decoys: a healthy cart rollout, an old OOM.
{
  const incidentTime = '2026-10-28T15:10:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'no-fault-random-recs-and-ads', incidentTime,
    description: 'support says recommendations are "random garbage" and the ad banner shows kitchen stuff on a watch page — is recs/ads broken??',
    expected: null,
    difficulty: 'medium', traits: ['no-fault', 'decoy', 'partial-name'],
    grounding: `Nothing is wrong. src/recommendationservice/recommendation_server.py returns random.sample of the catalog minus the cart (no
      personalisation), and adservice returns ads for the request's categories or, without a match, random ads — the demo's behaviour.
      Decoys: cartservice rolled out v0.10.6 → v0.10.7 50 minutes earlier (both pods Ready, no errors since); adservice was OOMKilled two
      days ago (restartCount 1, lastState 2 days old) and has run cleanly since.`,
    workloads: {
      cartservice: { rollout: { at: -50, oldContainers: { server: { image: `${REG}/cartservice:v0.10.6` } } }, containers: { server: { image: `${REG}/cartservice:v0.10.7` } } },
      adservice: { pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 49), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 49 - 0.2) } }) } }] },
    },
    events: [
      { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cartservice-%NEW% to 1', first: -50, last: -50 },
      { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cartservice-%OLD% to 1 from 2', first: -49.5, last: -49.5 },
      { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cartservice-%NEW% to 2 from 1', first: -49.5, last: -49.5 },
      { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cartservice-%OLD% to 0 from 1', first: -49, last: -49 },
    ],
    logs: {
      'recommendationservice#0/server': [
        py(T, -7, 'INFO', 'recommendationservice-server', "[Recv ListRecommendations] product_ids=['L9ECAV7KIM', '0PUK6V6EV0', '2ZYFJ3GM2N', '9SIQT8TOJO', 'OLJCESPC7Z']"),
        py(T, -2, 'INFO', 'recommendationservice-server', "[Recv ListRecommendations] product_ids=['6E92ZMYYFZ', 'LS4PSXUNUM', '1YMWWN1N4O', '66VCHSJNUP', 'L9ECAV7KIM']"),
      ],
      'adservice#0/server': [
        JSON.stringify({ instant: { epochSecond: Math.floor(Date.parse(T.iso(-5)) / 1000), nanoOfSecond: 0 }, thread: 'grpc-default-executor-118', level: 'INFO', loggerName: 'hipstershop.AdService', message: 'received ad request (context_words=[accessories])', endOfBatch: false, loggerFqcn: 'org.apache.logging.log4j.spi.AbstractLogger', threadId: 212, threadPriority: 5, time: T.isoMs(-5) }),
      ],
      'cartservice#0/server': [`GetCartAsync called with userId=e1f6a2c4-3d8b-4f1e-a7c9-5b2d0e8f4a16`, `AddItemAsync called with userId=e1f6a2c4-3d8b-4f1e-a7c9-5b2d0e8f4a16, productId=1YMWWN1N4O, quantity=1`],
      'frontend#0/server': [
        fe(T, -5, 'debug', 'request complete', { path: '/product/66VCHSJNUP', took: 47, bytes: 9912 }),
        fe(T, -2, 'debug', 'request complete', { path: '/product/1YMWWN1N4O', took: 52, bytes: 9876 }),
      ],
    },
  });
}
