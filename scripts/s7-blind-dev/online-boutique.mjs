// Online Boutique dev scenarios of the s7 batch: written blind (the author had not read the rule packs, the engine or
// correlation code, nor the system's other scenarios, and never ran the engine on these). Each expected answer was fixed
// before the snapshot was generated. The system is the session-2 one (scripts/s2-scenarios/online-boutique.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const range = (from, to, step) => { const out = []; for (let m = from; m < to; m += step) out.push(Math.round(m * 1000) / 1000); return out; };
const hex = (seed, n) => { let x = ''; let v = seed * 2654435761 >>> 0; while (x.length < n) { v = (v * 1103515245 + 12345) >>> 0; x += (v >>> 8).toString(16).padStart(6, '0'); } return x.slice(0, n); };
const reqId = (i) => `${hex(i + 1, 8)}-${hex(i + 7, 4)}-4${hex(i + 3, 3)}-a${hex(i + 5, 3)}-${hex(i + 11, 12)}`;
// frontend (logrus JSONFormatter with the field map of src/frontend/main.go; keys sorted)
const front = (T, min, severity, message, x = {}) => JSON.stringify(Object.fromEntries(Object.entries({
  ...(x.error ? { error: x.error } : {}), 'http.req.id': x.id ?? reqId(Math.round(min * 100)), 'http.req.method': x.method ?? 'GET', 'http.req.path': x.path ?? '/',
  ...(x.took !== undefined ? { 'http.resp.bytes': x.bytes ?? 0, 'http.resp.status': x.status ?? 500, 'http.resp.took_ms': x.took } : {}),
  message, session: x.session ?? `${hex(Math.round(-min * 10), 8)}-${hex(3, 4)}-4${hex(9, 3)}-b${hex(4, 3)}-${hex(Math.round(-min * 10) + 2, 12)}`, severity, timestamp: T.isoMs(min),
}).sort(([a], [b]) => a.localeCompare(b))));
const goLine = (T, min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const pyLine = (T, min, severity, name, message) => JSON.stringify({ timestamp: T.isoMs(min), severity, name, message });
const PRODUCTS = ['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0', 'LS4PSXUNUM', '9SIQT8TOJO', '6E92ZMYYFZ'];
const MAILS = ['k.ito@example.org', 'lena.m@example.net', 'someone@example.com', 'j.doe@example.com', 'amira@example.org', 'p.okafor@example.net'];
const oldOom = (T, daysAgo, c) => cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * daysAgo + 0.3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 24 * daysAgo) } });
const ev = {
  started: (on, at, c = 'server') => ({ on, reason: 'Started', message: `Started container ${c}`, first: at, last: at, fieldPath: `spec.containers{${c}}` }),
  pulled: (on, image, at, took = '2.113s', size = '27331094', c = 'server') => ({ on, reason: 'Pulled', message: `Successfully pulled image "${image}" in ${took} (${took} including waiting). Image size: ${size} bytes.`, first: at, last: at, fieldPath: `spec.containers{${c}}` }),
};

export const scenarios = [];

// ---------------------------------------------------------------------------------------------------------------------
// 1. SendGrid's v3 Mail Send API answering 502/503: confirmation mails fail, orders still go through.
{
  const T = clock('2026-11-25T21:14:00Z');
  const codes = ['HTTP Error 503: Service Unavailable', 'HTTP Error 503: Service Unavailable', 'HTTP Error 502: Bad Gateway', 'HTTP Error 503: Service Unavailable'];
  const cls = (c) => c.includes('503') ? 'python_http_client.exceptions.ServiceUnavailableError' : 'python_http_client.exceptions.BadGatewayError';
  const orders = range(-41.5, -0.5, 2.3);
  scenarios.push({
    folder: 's7-sendgrid-5xx-confirmation-mails',
    description: 'checkout team: customers not getting order confirmation emails since ~20:30. orders themselves look fine (payments going through)',
    incidentTime: '2026-11-25T21:14:00Z',
    expected: { component: 'sendgrid', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'emailservice', cause: 'external-dependency' }],
    difficulty: 'medium',
    traits: ['external-dependency-failure', 'pods-ready', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Fault: SendGrid's v3 Mail Send API answering 502/503 for a stretch — the "elevated error rates on Mail Send" incidents on
      status.sendgrid.com. emailservice (the operator's SendGrid deviation, SOURCES.md) uses the sendgrid Python library, whose
      python_http_client raises ServiceUnavailableError / BadGatewayError ("HTTP Error 503: Service Unavailable"); the handler
      logs it and aborts the RPC with INTERNAL, as email_server.py does for its own failures. checkoutservice's PlaceOrder only
      warns "failed to send order confirmation to %q: %+v" (src/checkoutservice/main.go) after "payment went through", so orders
      succeed and no pod is unhealthy: emailservice stays Running and Ready.
      Decoys: a healthy paymentservice rollout 95 minutes ago and recommendationservice's OOMKill three days ago.
      Deviation: the fictional v0.10.7 paymentservice image.`,
    workloads: {
      paymentservice: { rollout: { at: -95, revision: 5, oldContainers: { server: { image: `${REG}/paymentservice:v0.10.6` } } }, containers: { server: { image: `${REG}/paymentservice:v0.10.7` } } },
      recommendationservice: { pods: [{ containers: { server: oldOom(T, 3) } }] },
    },
    logs: {
      'emailservice#0/server': [
        pyLine(T, -60 * 24 * 9, 'INFO', 'emailservice-server', 'starting the email service in SendGrid mode.'),
        pyLine(T, -60 * 24 * 9, 'INFO', 'emailservice-server', 'listening on port: 8080'),
        ...range(-70, -43, 3.1).flatMap((m, i) => [
          pyLine(T, m, 'INFO', 'emailservice-server', `A request to send order confirmation email to ${MAILS[i % 6]} has been received.`),
          pyLine(T, m + 0.01, 'INFO', 'emailservice-server', `Order confirmation email sent to ${MAILS[i % 6]} (status 202).`),
        ]),
        ...orders.flatMap((m, i) => [
          pyLine(T, m + 0.01, 'INFO', 'emailservice-server', `A request to send order confirmation email to ${MAILS[(i + 2) % 6]} has been received.`),
          pyLine(T, m + 0.02, 'ERROR', 'emailservice-server', `Failed to send order confirmation email to ${MAILS[(i + 2) % 6]} via SendGrid: ${cls(codes[i % 4])}: ${codes[i % 4]}`),
        ]),
      ],
      'checkoutservice#0/server': [
        goLine(T, -60 * 24 * 9, 'info', 'service config: &{productCatalogSvcAddr:productcatalogservice:3550 productCatalogSvcConn:<nil> cartSvcAddr:cartservice:7070 cartSvcConn:<nil> currencySvcAddr:currencyservice:7000 currencySvcConn:<nil> shippingSvcAddr:shippingservice:50051 shippingSvcConn:<nil> emailSvcAddr:emailservice:5000 emailSvcConn:<nil> paymentSvcAddr:paymentservice:50051 paymentSvcConn:<nil>}'),
        goLine(T, -60 * 24 * 9, 'info', 'starting to listen on tcp: "[::]:5050"'),
        ...range(-70, -43, 3.1).flatMap((m, i) => [
          goLine(T, m - 0.01, 'info', `[PlaceOrder] user_id="${hex(i + 40, 8)}-${hex(i, 4)}-4${hex(i + 1, 3)}-9${hex(i + 2, 3)}-${hex(i + 3, 12)}" user_currency="USD"`),
          goLine(T, m - 0.005, 'info', `payment went through (transaction_id: ${hex(i + 90, 8)}-${hex(i + 91, 4)}-4${hex(i + 92, 3)}-8${hex(i + 93, 3)}-${hex(i + 94, 12)})`),
        ]),
        ...orders.flatMap((m, i) => [
          goLine(T, m - 0.01, 'info', `[PlaceOrder] user_id="${hex(i + 140, 8)}-${hex(i, 4)}-4${hex(i + 1, 3)}-9${hex(i + 2, 3)}-${hex(i + 3, 12)}" user_currency="${['USD', 'EUR', 'USD', 'JPY', 'GBP'][i % 5]}"`),
          goLine(T, m - 0.005, 'info', `payment went through (transaction_id: ${hex(i + 190, 8)}-${hex(i + 191, 4)}-4${hex(i + 192, 3)}-8${hex(i + 193, 3)}-${hex(i + 194, 12)})`),
          goLine(T, m + 0.03, 'warning', `failed to send order confirmation to "${MAILS[(i + 2) % 6]}": rpc error: code = Internal desc = An error occurred when sending the email.`),
        ]),
      ],
    },
    events: [
      { on: 'deploy:paymentservice', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled up replica set paymentservice-%NEW% to 1', first: -95, last: -95 },
    ],
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// 2. redis-cart left in CLIENT PAUSE … WRITE by an aborted migration runbook: reads answer, writes block; redis is Ready
//    and silent, cartservice's StackExchange.Redis writes time out.
{
  const T = clock('2026-12-01T16:22:00Z');
  const to = (i, pod) => `Timeout performing HSET (5000ms), next: HSET ${hex(i + 300, 8)}-${hex(i + 301, 4)}-4${hex(i + 302, 3)}-a${hex(i + 303, 3)}-${hex(i + 304, 12)}, inst: 0, qu: 0, qs: ${3 + (i % 9)}, aw: False, bw: SpinningDown, rs: ReadAsync, ws: Idle, in: 0, in-pipe: 0, out-pipe: 0, last-in: 0, cur-in: 0, sync-ops: 0, async-ops: ${48211 + i * 17}, serverEndpoint: redis-cart:6379, conn-sec: ${(871204.1 + i * 41.7).toFixed(2)}, aoc: 1, mc: 1/1/0, mgr: 10 of 10 available, clientName: ${pod}(SE.Redis-v2.7.33.41805), WORKER: (Busy=${1 + (i % 3)},Free=32766,Min=2,Max=32767), POOL: (Threads=${7 + (i % 4)},QueuedItems=0,CompletedItems=${1822301 + i * 211},Timers=${9 + (i % 3)}), v: 2.7.33.41805 (Please take a look at this article for some common client-side issues that can cause timeouts: https://stackexchange.github.io/StackExchange.Redis/Timeouts)`;
  const redisTs = (min) => {
    const d = new Date(Date.parse(T.isoMs(min)));
    const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
    const p = (n, w = 2) => String(n).padStart(w, '0');
    return `${p(d.getUTCDate())} ${mon} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`;
  };
  const save = (min, pid) => [
    `1:M ${redisTs(min)} * 100 changes in 300 seconds. Saving...`,
    `1:M ${redisTs(min + 0.001)} * Background saving started by pid ${pid}`,
    `${pid}:C ${redisTs(min + 0.003)} * DB saved on disk`,
    `${pid}:C ${redisTs(min + 0.003)} * Fork CoW for RDB: current 0 MB, peak 0 MB, average 0 MB`,
    `1:M ${redisTs(min + 0.004)} * Background saving terminated with success`,
  ];
  const adds = (from, pod, seed) => range(from, -0.4, 1.3).flatMap((m, i) => [
    `AddItemAsync called with userId=${hex(seed + i, 8)}-${hex(seed + i + 1, 4)}-4${hex(seed + i + 2, 3)}-b${hex(seed + i + 3, 3)}-${hex(seed + i + 4, 12)}, productId=${PRODUCTS[(i + seed) % 9]}, quantity=${1 + (i % 3)}`,
    'info: Grpc.AspNetCore.Server.ServerCallHandler[7]',
    `      Error status code 'FailedPrecondition' with detail 'Can't access cart storage. StackExchange.Redis.RedisTimeoutException: ${to(i + seed, pod)}' raised.`,
    `GetCartAsync called with userId=${hex(seed + i + 50, 8)}-${hex(seed + i + 51, 4)}-4${hex(seed + i + 52, 3)}-b${hex(seed + i + 53, 3)}-${hex(seed + i + 54, 12)}`,
  ]);
  scenarios.push({
    folder: 's7-redis-cart-client-pause-write',
    description: 'add to cart spins ~5s then error page, started maybe 15-20 min ago. viewing the cart works fine weirdly',
    incidentTime: '2026-12-01T16:22:00Z',
    expected: { component: 'redis-cart', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'time-expression'],
    grounding: `
      Fault: redis-cart was left in "CLIENT PAUSE 3600000 WRITE" at ~16:04 by an aborted cart-migration runbook (Redis docs,
      CLIENT PAUSE: in WRITE mode, since 6.2, clients sending write commands are blocked until the pause ends while reads are
      served — the mechanism used for controlled failovers). Redis logs nothing about the pause; its periodic RDB saves stop
      because nothing changes. The tcpSocket probes pass, so redis-cart is Running and Ready with its endpoint.
      Callers: cartservice's RedisCartStore (IDistributedCache over StackExchange.Redis 2.7) gets a RedisTimeoutException after
      5000 ms on HSET (the message shape of the library's "Timeouts" documentation; no IOCP section on Linux) and answers
      FailedPrecondition "Can't access cart storage. …", which Grpc.AspNetCore logs at Information; reads (HMGET) still work.
      The .NET console logger writes no timestamps. frontend logs "request error" with "failed to add to cart: …" after ~5 s.`,
    workloads: {},
    logs: {
      'redis-cart#0/redis': [
        `1:C ${redisTs(-60 * 24 * 9)} # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.`,
        `1:C ${redisTs(-60 * 24 * 9)} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
        `1:C ${redisTs(-60 * 24 * 9)} * Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started`,
        `1:C ${redisTs(-60 * 24 * 9)} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf`,
        `1:M ${redisTs(-60 * 24 * 9)} * monotonic clock: POSIX clock_gettime`,
        `1:M ${redisTs(-60 * 24 * 9)} * Running mode=standalone, port=6379.`,
        `1:M ${redisTs(-60 * 24 * 9)} * Server initialized`,
        `1:M ${redisTs(-60 * 24 * 9)} * Ready to accept connections tcp`,
        ...[-62, -56.9, -51.8, -46.7, -41.6, -36.5, -31.4, -26.3, -21.2].flatMap((m, i) => save(m, 4100 + i * 7)),
      ],
      'cartservice#0/server': [
        'info: Microsoft.Hosting.Lifetime[14]', '      Now listening on: http://[::]:7070',
        'info: Microsoft.Hosting.Lifetime[0]', '      Application started. Press Ctrl+C to shut down.',
        'info: Microsoft.Hosting.Lifetime[0]', '      Hosting environment: Production',
        'info: Microsoft.Hosting.Lifetime[0]', '      Content root path: /app',
        ...adds(-16.6, '%POD%', 11),
      ],
      'cartservice#1/server': [
        'info: Microsoft.Hosting.Lifetime[14]', '      Now listening on: http://[::]:7070',
        'info: Microsoft.Hosting.Lifetime[0]', '      Application started. Press Ctrl+C to shut down.',
        ...adds(-16.1, '%POD%', 57),
      ],
      'frontend#0/server': range(-16.5, -0.3, 1.4).flatMap((m, i) => [
        front(T, m - 0.084, 'debug', 'request started', { method: 'POST', path: '/cart' }),
        front(T, m, 'error', 'request error', { method: 'POST', path: '/cart', error: `failed to add to cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisTimeoutException: ${to(i + 11, 'cartservice')}` }),
        front(T, m + 0.2, 'debug', 'request complete', { method: 'GET', path: '/cart', took: 38 + (i % 7), status: 200, bytes: 9418 }),
      ]),
      'frontend#1/server': range(-15.9, -0.6, 1.9).map((m, i) => front(T, m, 'error', 'request error', { method: 'POST', path: '/cart', error: `failed to add to cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisTimeoutException: ${to(i + 57, 'cartservice')}` })),
    },
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// 3. adservice runs out of native threads (pod pids limit) in the flash-sale burst: grpc-java's default executor is an
//    unbounded cached pool. Pods stay Ready; the frontend's 100 ms ads deadline expires.
{
  const T = clock('2026-11-22T12:40:00Z');
  const since = -60 * 24 * 6;
  const up = (min) => ((min - since) * 60).toFixed(3);
  const WORDS = ['[clothing, tops]', '[accessories]', '[kitchen]', '[footwear]', '[hair, beauty]', '[decor, home]', '[vintage]'];
  const j = (min, thread, tid, level, message) => JSON.stringify({
    instant: { epochSecond: Math.floor(Date.parse(T.isoMs(min)) / 1000), nanoOfSecond: (Date.parse(T.isoMs(min)) % 1000) * 1000000 + 412000 },
    thread, level, loggerName: 'hipstershop.AdService', message, endOfBatch: false, loggerFqcn: 'org.apache.logging.log4j.spi.AbstractLogger', threadId: tid, threadPriority: 5,
    'logging.googleapis.com/trace': '00000000000000000000000000000000', 'logging.googleapis.com/spanId': '0000000000000000', 'logging.googleapis.com/traceSampled': 'false', time: T.isoMs(min), severity: level,
  });
  const oome = (min, i) => [
    `[${up(min)}s][warning][os,thread] Failed to start thread "Unknown thread" - pthread_create failed (EAGAIN) for attributes: stacksize: 1024k, guardsize: 0k, detached.`,
    `Exception in thread "grpc-nio-worker-ELG-3-${1 + (i % 4)}" java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached`,
    '\tat java.base/java.lang.Thread.start0(Native Method)',
    '\tat java.base/java.lang.Thread.start(Thread.java:1526)',
    '\tat java.base/java.util.concurrent.ThreadPoolExecutor.addWorker(ThreadPoolExecutor.java:945)',
    '\tat java.base/java.util.concurrent.ThreadPoolExecutor.execute(ThreadPoolExecutor.java:1364)',
    '\tat io.grpc.internal.SerializingExecutor.schedule(SerializingExecutor.java:102)',
    '\tat io.grpc.internal.SerializingExecutor.execute(SerializingExecutor.java:95)',
    '\tat io.grpc.internal.ServerImpl$ServerTransportListenerImpl.streamCreatedInternal(ServerImpl.java:581)',
    '\tat io.grpc.internal.ServerImpl$ServerTransportListenerImpl.streamCreated(ServerImpl.java:475)',
    '\tat io.grpc.netty.shaded.io.grpc.netty.NettyServerHandler.onHeadersRead(NettyServerHandler.java:472)',
    '\tat io.grpc.netty.shaded.io.netty.util.concurrent.SingleThreadEventExecutor$4.run(SingleThreadEventExecutor.java:997)',
    '\tat java.base/java.lang.Thread.run(Thread.java:1583)',
  ];
  const burst = range(-49.5, -0.5, 2.6);
  scenarios.push({
    folder: 's7-adservice-native-threads-exhausted-sale',
    description: 'ads banner missing on product pages since around 11:50 (flash sale started 11:45). not urgent but storefront team wants eyes on it',
    incidentTime: '2026-11-22T12:40:00Z',
    expected: { component: 'adservice', cause: 'resource-exhaustion' },
    difficulty: 'medium',
    traits: ['pods-ready', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Fault: adservice cannot create threads. grpc-java's ServerBuilder without an executor uses a shared unbounded cached thread
      pool (grpc-java docs recommend a bounded executor for this reason); the flash-sale burst from 11:45 grew it
      (grpc-default-executor-N thread names in the four thousands) until the pod's pids limit (kubelet podPidsLimit 1024, set by
      the operator through GKE's node system configuration) refused pthread_create: the JVM prints "[os,thread] Failed to start
      thread … pthread_create failed (EAGAIN)" and "java.lang.OutOfMemoryError: unable to create native thread: possibly out of
      memory or process/resource limits reached" (JDK 21 texts) on stderr. The heap is fine (no OOMKill). The container stays up;
      gRPC health checks mostly still answer, so the pod is Ready with a few failed readiness and liveness probes.
      The frontend gives the ads RPC 100 ms (src/frontend/rpc.go) and warns "failed to retrieve ads" with DeadlineExceeded.
      Decoy: currencyservice OOMKilled five days ago (one restart).
      Deviation: the podPidsLimit node setting.`,
    workloads: {
      adservice: {
        since,
        pods: [{ containers: { server: cs.running(T.iso(since + 0.4)) } }],
      },
      currencyservice: { pods: [{ containers: { server: oldOom(T, 5) } }] },
    },
    events: [
      { on: 'pod:adservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: timeout: health rpc did not complete within 1s', first: -47.8, last: -3.4, count: 16, fieldPath: 'spec.containers{server}' },
      { on: 'pod:adservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: timeout: health rpc did not complete within 1s', first: -44.1, last: -6.2, count: 5, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'adservice#0/server': [
        j(since + 0.3, 'main', 1, 'INFO', 'Ad Service started, listening on 9555'),
        ...range(-70, -52, 1.7).map((m, i) => j(m, `grpc-default-executor-${112 + i}`, 131 + i, 'INFO', `received ad request (context_words=${WORDS[i % 7]})`)),
        ...burst.flatMap((m, i) => [
          j(m - 0.3, `grpc-default-executor-${3880 + i * 37}`, 3902 + i * 37, 'INFO', `received ad request (context_words=${WORDS[(i + 3) % 7]})`),
          ...(i % 2 === 0 ? oome(m, i) : []),
        ]),
      ],
      'frontend#0/server': burst.flatMap((m, i) => [
        front(T, m, 'warning', 'failed to retrieve ads', { path: `/product/${PRODUCTS[i % 9]}`, error: 'rpc error: code = DeadlineExceeded desc = context deadline exceeded' }),
        front(T, m + 0.01, 'debug', 'request complete', { path: `/product/${PRODUCTS[i % 9]}`, took: 131 + (i % 5) * 7, status: 200, bytes: 8120 + i }),
      ]),
      'frontend#1/server': range(-48.8, -0.8, 3.1).map((m, i) => front(T, m, 'warning', 'failed to retrieve ads', { path: `/product/${PRODUCTS[(i + 4) % 9]}`, error: 'rpc error: code = DeadlineExceeded desc = context deadline exceeded' })),
    },
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// 4. The catalog team's products.json edit (trailing comma) rolled productcatalogservice through its checksum annotation:
//    every parse fails, the catalog is empty, product pages 500. Pods Ready.
{
  const T = clock('2026-11-18T11:02:00Z');
  const CM = { volumes: [{ name: 'catalog', configMap: { name: 'productcatalog-products', defaultMode: 420 } }] };
  const mount = { server: { volumeMounts: [{ name: 'catalog', mountPath: '/src/products.json', subPath: 'products.json', readOnly: true }] } };
  const PARSE = "failed to parse the catalog JSON: invalid character ']' looking for beginning of value";
  const pc = (start, from, step) => [
    goLine(T, start, 'info', 'Profiling disabled.'),
    goLine(T, start, 'info', 'Tracing disabled.'),
    goLine(T, start, 'info', 'loading catalog from local products.json file...'),
    goLine(T, start, 'warning', PARSE),
    goLine(T, start + 0.01, 'info', 'starting grpc server at :3550'),
    ...range(from, -0.2, step).flatMap((m) => [goLine(T, m, 'info', 'loading catalog from local products.json file...'), goLine(T, m, 'warning', PARSE)]),
  ];
  scenarios.push({
    folder: 's7-productcatalog-products-json-trailing-comma',
    description: 'homepage shows zero products?! and product pages 500. catalog team pushed a price update this morning, maybe related. since ~10:40',
    incidentTime: '2026-11-18T11:02:00Z',
    expected: { component: 'productcatalogservice', cause: 'config-error' },
    alsoAcceptable: [{ component: 'productcatalogservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Fault: the catalog team edited products.json (a price update) and left a trailing comma in a "categories" array. The
      operator mounts products.json from ConfigMap productcatalog-products (subPath over /src/products.json) and rolls the
      Deployment through a checksum/catalog pod annotation, so the edit became revision 6 at 10:39. productcatalogservice
      (src/productcatalogservice/catalog_loader.go, server.go) logs "loading catalog from local products.json file..." and warns
      "failed to parse the catalog JSON: %v" (encoding/json's "invalid character ']' looking for beginning of value"), then
      answers ListProducts with an empty list and GetProduct with NotFound "no product with ID %s" — it retries the parse on every
      call because the catalog stays empty. The gRPC health check always answers SERVING, so both pods are Ready.
      Callers: frontend "request error" with "could not retrieve product: rpc error: code = NotFound desc = no product with ID …",
      checkoutservice's PlaceOrder "failed to prepare order: failed to get product #…" (code Internal), recommendationservice receives an empty catalog.
      Decoy: cartservice OOMKilled four days ago.
      Deviations: the ConfigMap mount and the checksum annotation (not in upstream).`,
    configMaps: [{ name: 'productcatalog-products', keys: ['products.json'] }],
    workloads: {
      productcatalogservice: {
        patch: { ...CM, podAnnotations: { 'checksum/catalog': '5f0c7e2a9b41d63e8a27c1f4b9d05e6a3c8f7b12d4e9a60c5b3f1e87d2a4c690' } },
        containers: mount,
        rollout: { at: -23, revision: 6, oldPatch: { podAnnotations: { 'checksum/catalog': 'a93d1c07e5b2f48a6c0e9d3b71f25a8c4e6d0b9f3a7c1e5d8b2f40a6c9e3d71b' } } },
      },
      cartservice: { pods: [{ containers: { server: oldOom(T, 4) } }, {}] },
    },
    events: [
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled up replica set productcatalogservice-%NEW% to 1', first: -23, last: -23 },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled down replica set productcatalogservice-%OLD% to 1 from 2', first: -22.5, last: -22.5 },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled up replica set productcatalogservice-%NEW% to 2 from 1', first: -22.5, last: -22.5 },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled down replica set productcatalogservice-%OLD% to 0 from 1', first: -22.0, last: -22.0 },
      { on: 'pod:productcatalogservice#0', reason: 'Pulled', message: `Container image "${REG}/productcatalogservice:v0.10.6" already present on machine`, first: -22.9, last: -22.9, fieldPath: 'spec.containers{server}' },
      ev.started('pod:productcatalogservice#0', -22.8),
      { on: 'pod:productcatalogservice#1', reason: 'Pulled', message: `Container image "${REG}/productcatalogservice:v0.10.6" already present on machine`, first: -22.4, last: -22.4, fieldPath: 'spec.containers{server}' },
      ev.started('pod:productcatalogservice#1', -22.3),
    ],
    logs: {
      'productcatalogservice#0/server': pc(-22.8, -21.9, 0.45),
      'productcatalogservice#1/server': pc(-22.3, -21.6, 0.55),
      'frontend#0/server': range(-21.7, -0.3, 0.9).flatMap((m, i) => i % 3 === 2
        ? [front(T, m, 'debug', 'request complete', { path: '/', took: 21, status: 200, bytes: 4212 })]
        : [front(T, m, 'error', 'request error', { path: `/product/${PRODUCTS[i % 9]}`, error: `could not retrieve product: rpc error: code = NotFound desc = no product with ID ${PRODUCTS[i % 9]}` })]),
      'frontend#1/server': range(-21.2, -0.5, 2.3).map((m, i) => i % 4 === 3
        ? front(T, m, 'error', 'request error', { method: 'POST', path: '/cart/checkout', error: `failed to complete the order: rpc error: code = Internal desc = failed to prepare order: failed to get product #"${PRODUCTS[(i + 2) % 9]}"` })
        : front(T, m, 'error', 'request error', { method: 'POST', path: '/cart', error: `could not retrieve product: rpc error: code = NotFound desc = no product with ID ${PRODUCTS[(i + 5) % 9]}` })),
      'recommendationservice#0/server': range(-21.5, -0.4, 1.6).map((m) => pyLine(T, m, 'INFO', 'recommendationservice-server', '[Recv ListRecommendations] product_ids=[]')),
    },
  });
}
