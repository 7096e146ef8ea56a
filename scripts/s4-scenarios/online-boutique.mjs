// Online Boutique dev scenarios of the fourth pass of issue 13 ("Diagnosis accuracy II"): the cause shapes the held-out split is
// weakest on (a dependency down seen by its callers, SendGrid failing, exhaustion on a running pod, a configuration error in a
// running service's logs, a rollout whose new pods are Ready). The system is the session-2 one; grounding in each scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const frontLine = (T, min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? '7d3e9a10-52c4-4b8e-a1f6-0c9b2d4e8f17', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '3f8a2c61-9d0e-4b75-8e14-b6c0a7d95e28', severity, timestamp: T.isoMs(min) });
const goLine = (T, min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const pyLine = (T, min, severity, name, message) => JSON.stringify({ timestamp: T.isoMs(min), severity, name, message });
const pino = (T, min, level, msg) => `{"level":${level},"time":${Date.parse(T.isoMs(min))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","msg":${JSON.stringify(msg)}}`;
const netInfo = (logger, lines) => [`info: ${logger}`, ...lines.map((l) => `      ${l}`)];

export const scenarios = [];

// 1. dependency-down, absent pods: redis-cart scaled to 0 by a cost-saving job aimed at the wrong namespace.
{
  const incidentTime = '2026-11-26T07:24:00Z';
  const T = clock(incidentTime);
  const redisFail = (m, op, key) => [
    ...netInfo('Grpc.AspNetCore.Server.ServerCallHandler[7]', [`Error status code 'FailedPrecondition' with detail 'Can't access cart storage. StackExchange.Redis.RedisConnectionException: It was not possible to connect to the redis server(s). UnableToConnect on redis-cart:6379/Interactive, Initializing/NotStarted, last: NONE, origin: BeginConnectAsync, outstanding: 0, last-read: 0s ago, last-write: 0s ago, keep-alive: 60s, state: Connecting, mgr: 10 of 10 available, last-heartbeat: never, global: 0s ago, v: 2.6.122.38350 (${op} ${key})' raised.`]),
  ];
  scenarios.push({
    folder: 'redis-cart-scaled-to-zero-cost-job', incidentTime,
    description: 'everyone gets "cart unavailable" since 07:00, no deploys this morning. checkout team on it',
    expected: { component: 'redis-cart', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'redis-cart', cause: 'no-endpoints' }],
    difficulty: 'hard', traits: ['callers-only', 'louder-dependents', 'time-expression', 'team-name'],
    grounding: `redis-cart is one Deployment replica (release/kubernetes-manifests.yaml). A cost-saving job ("kubectl scale deploy --all
      --replicas=0" at 07:00, meant for the staging namespace) ran against boutique; only redis-cart was not brought back by the
      GitOps sync because its replica count is ignored there. The deployment controller logs "Scaled down replica set … to 0 from 1";
      no redis pod exists, the Service has no endpoints, so connects are rejected. cartservice (IDistributedCache over
      StackExchange.Redis, every failure wrapped as RpcException FailedPrecondition "Can't access cart storage.", logged by
      Grpc.AspNetCore as "Error status code … raised.") and frontend ("could not retrieve cart") are the only witnesses; cartservice's
      gRPC health check does not ping Redis, so its pods stay Ready.`,
    workloads: { 'redis-cart': { replicas: 0, pods: [], rsReplicas: 0, endpointsChanged: -24 } },
    events: [
      { on: 'deploy:redis-cart', reason: 'ScalingReplicaSet', message: 'Scaled down replica set redis-cart-%NEW% to 0 from 1', first: -24, last: -24 },
    ],
    logs: {
      'cartservice#0/server': [
        ...netInfo('cartservice.cartstore.RedisCartStore[0]', ['Connecting to Redis: redis-cart:6379,ssl=false,allowAdmin=true,abortConnect=false']),
        ...redisFail(-20, 'HGET', '5d3c1e0a-8b7f-4a49-9a0e-2c6f3d8e4b71'),
        ...redisFail(-12, 'HSET', '0e7b4a92-61d3-4d0f-9c55-7a8e1f2b3c64'),
        ...redisFail(-3, 'HGET', '9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0'),
      ],
      'cartservice#1/server': [
        ...redisFail(-17, 'HGET', '61c0d2e9-4a7b-4f31-8c5d-2e9f0b7a1d36'),
        ...redisFail(-5, 'HSET', 'a4e81f07-3c92-4d6b-b0e5-7f2c9d1a6e48'),
      ],
      'frontend#0/server': [
        frontLine(T, -19, 'error', 'request error', { path: '/cart', error: "could not retrieve cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisConnectionException: It was not possible to connect to the redis server(s). UnableToConnect on redis-cart:6379/Interactive" }),
        frontLine(T, -8, 'error', 'request error', { path: '/cart', method: 'POST', error: "failed to add to cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisConnectionException: It was not possible to connect to the redis server(s). UnableToConnect on redis-cart:6379/Interactive" }),
        frontLine(T, -2, 'error', 'request error', { path: '/cart', error: "could not retrieve cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisConnectionException: It was not possible to connect to the redis server(s). UnableToConnect on redis-cart:6379/Interactive" }),
      ],
    },
  });
}

// 2. dependency-down, pods Ready: a runaway Lua script blocks redis-cart; tcp probes still pass, every command answers BUSY.
{
  const incidentTime = '2026-11-27T15:12:00Z';
  const T = clock(incidentTime);
  const busy = (op, key) => netInfo('Grpc.AspNetCore.Server.ServerCallHandler[7]', [`Error status code 'FailedPrecondition' with detail 'Can't access cart storage. StackExchange.Redis.RedisServerException: BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE. (${op} ${key})' raised.`]);
  scenarios.push({
    folder: 'redis-cart-busy-lua-script-pods-ready', incidentTime,
    description: 'cart broken for about 15 min, cart pods are all green though',
    expected: { component: 'redis-cart', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'redis-cart', cause: 'resource-exhaustion' }],
    difficulty: 'hard', traits: ['pods-ready', 'louder-dependents', 'time-expression', 'partial-name'],
    grounding: `redis-cart (redis:alpine, tcpSocket probes on 6379). An engineer ran a cart-cleanup EVAL over every key from redis-cli at
      14:56; the script runs past lua-time-limit (5 s) and, having written, can only be stopped by SHUTDOWN NOSAVE. Redis logs "Slow
      script detected: still in execution after … milliseconds" and answers every other command "BUSY Redis is busy running a script"
      (Redis documentation of SCRIPT KILL / busy-reply-threshold). The kernel still accepts TCP connections, so the tcpSocket probes
      pass and the pod stays Ready; cartservice wraps the RedisServerException as "Can't access cart storage." and frontend fails
      the cart pages.`,
    logs: {
      'redis-cart#0/redis': [
        '1:M 27 Nov 2026 14:49:13.377 * 100 changes in 300 seconds. Saving...',
        '1:M 27 Nov 2026 14:49:13.401 * DB saved on disk',
        '1:M 27 Nov 2026 14:56:41.052 # Slow script detected: still in execution after 5003 milliseconds. You can try killing the script using the SCRIPT KILL command. Script name is: f_9b1e0c7d2a4f63e8b5c1d0a97e2f4b6c8d3a1e05.',
      ],
      'cartservice#0/server': [...busy('HGET', '5d3c1e0a-8b7f-4a49-9a0e-2c6f3d8e4b71'), ...busy('HSET', '0e7b4a92-61d3-4d0f-9c55-7a8e1f2b3c64'), ...busy('HGET', '2b6c1e8f-7d0a-4e93-a5b2-9c4f1d3e6a07')],
      'cartservice#1/server': [...busy('HGET', '61c0d2e9-4a7b-4f31-8c5d-2e9f0b7a1d36'), ...busy('HGET', 'a4e81f07-3c92-4d6b-b0e5-7f2c9d1a6e48')],
      'frontend#0/server': [
        frontLine(T, -14, 'error', 'request error', { path: '/cart', error: "could not retrieve cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisServerException: BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE." }),
        frontLine(T, -6, 'error', 'request error', { path: '/cart', method: 'POST', error: "failed to add to cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisServerException: BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE." }),
      ],
    },
  });
}

// 3. external-dependency: SendGrid connections time out; emailservice Ready, checkout slow and warns.
{
  const incidentTime = '2026-11-28T10:40:00Z';
  const T = clock(incidentTime);
  const lines = [];
  for (const m of [-33, -25, -17, -9, -3]) {
    lines.push(pyLine(T, m, 'INFO', 'emailservice-server', 'A request to send order confirmation email to someone@example.com has been received.'));
    lines.push(pyLine(T, m + 0.5, 'ERROR', 'emailservice-server', `<urlopen error [Errno 110] Connection timed out> — POST https://api.sendgrid.com/v3/mail/send`));
  }
  scenarios.push({
    folder: 'sendgrid-connect-timeouts-confirmations', incidentTime,
    description: 'no order confirmation mails for the last 40 minutes and placing an order takes 30s+',
    expected: { component: 'sendgrid', cause: 'external-dependency' },
    difficulty: 'hard', traits: ['external-dependency-failure', 'pods-ready', 'callers-only', 'time-expression'],
    grounding: `Deviation (SOURCES.md): emailservice sends through SendGrid's v3 mail/send (SENDGRID_API_HOST=api.sendgrid.com) with
      python-http-client (urllib). During a SendGrid edge incident TCP connects to api.sendgrid.com:443 time out; urllib raises
      URLError "<urlopen error [Errno 110] Connection timed out>". emailservice's gRPC health check is local, so it stays Ready;
      checkoutservice (src/checkoutservice/main.go) logs its only warning "failed to send order confirmation to …" after the
      blocking call, and the order itself succeeds, slowly.`,
    logs: {
      'emailservice#0/server': lines,
      'checkoutservice#0/server': [
        goLine(T, -24, 'info', 'payment went through (transaction_id: 1b7e4d2a-90c3-4f58-8a6e-3d2c0f9b7e41)'),
        goLine(T, -23.5, 'warning', 'failed to send order confirmation to "someone@example.com": rpc error: code = Unknown desc = Exception calling application: <urlopen error [Errno 110] Connection timed out>'),
        goLine(T, -8, 'info', 'payment went through (transaction_id: 8c2f0a6e-4d19-4b73-9e5a-1f7d3c0b2a68)'),
        goLine(T, -7.5, 'warning', 'failed to send order confirmation to "someone@example.com": rpc error: code = Unknown desc = Exception calling application: <urlopen error [Errno 110] Connection timed out>'),
      ],
    },
  });
}

// 4. external-dependency: SendGrid answers 429 (account rate limit); emailservice Ready.
{
  const incidentTime = '2026-11-29T12:05:00Z';
  const T = clock(incidentTime);
  const lines = [];
  for (const m of [-44, -36, -29, -21, -14, -7, -2]) {
    lines.push(pyLine(T, m, 'INFO', 'emailservice-server', 'A request to send order confirmation email to someone@example.com has been received.'));
    lines.push(pyLine(T, m + 0.1, 'ERROR', 'emailservice-server', 'HTTP Error 429: Too Many Requests — {"errors":[{"field":null,"message":"too many requests"}]}'));
  }
  scenarios.push({
    folder: 'sendgrid-429-rate-limited-black-friday', incidentTime,
    description: 'Black Friday: confirmation emails failing since ~11:20, orders fine',
    expected: { component: 'sendgrid', cause: 'external-dependency' },
    difficulty: 'medium', traits: ['external-dependency-failure', 'pods-ready', 'time-expression'],
    grounding: `Deviation (SOURCES.md): emailservice sends through SendGrid's v3 API. SendGrid answers HTTP 429 with
      {"errors":[{"field":null,"message":"too many requests"}]} once an account exceeds its rate limit (SendGrid's "Rate Limits" API
      documentation); python-http-client raises "HTTP Error 429: Too Many Requests". emailservice is Ready; checkoutservice logs the
      confirmation warning; orders succeed.`,
    logs: {
      'emailservice#0/server': lines,
      'checkoutservice#0/server': [
        goLine(T, -21, 'warning', 'failed to send order confirmation to "someone@example.com": rpc error: code = Unknown desc = Exception calling application: HTTP Error 429: Too Many Requests'),
        goLine(T, -7, 'warning', 'failed to send order confirmation to "someone@example.com": rpc error: code = Unknown desc = Exception calling application: HTTP Error 429: Too Many Requests'),
      ],
    },
  });
}

// 5. resource-exhaustion: redis-cart's volume is full; RDB saves fail and Redis refuses writes (MISCONF); pods Ready.
{
  const incidentTime = '2026-11-30T18:31:00Z';
  const T = clock(incidentTime);
  const misconf = (op, key) => netInfo('Grpc.AspNetCore.Server.ServerCallHandler[7]', [`Error status code 'FailedPrecondition' with detail 'Can't access cart storage. StackExchange.Redis.RedisServerException: MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk. Commands that may modify the data set are disabled, because this instance is configured to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option). Please check the Redis logs for details about the RDB error. (${op} ${key})' raised.`]);
  scenarios.push({
    folder: 'redis-cart-volume-full-misconf', incidentTime,
    description: 'cant add anything to the cart since around 18:10, viewing the cart works',
    expected: { component: 'redis-cart', cause: 'resource-exhaustion' },
    difficulty: 'hard', traits: ['pods-ready', 'louder-dependents', 'time-expression', 'typo'],
    grounding: `Deviation: this operator replaced redis-cart's emptyDir with a 1Gi PersistentVolumeClaim (redis-cart-data) to keep carts
      across restarts. The volume fills; Redis logs "Write error saving DB on disk: No space left on device" and "Background saving
      error", and with stop-writes-on-bgsave-error (default yes) answers writes with "MISCONF Redis is configured to save RDB
      snapshots, but it's currently unable to persist to disk…" (Redis documentation). Reads still work; the tcpSocket probes pass;
      cartservice wraps the error as "Can't access cart storage." and frontend fails "add to cart".`,
    pvcs: [{ name: 'redis-cart-data', size: '1Gi', storageClass: 'standard-rwo', provisioner: 'pd.csi.storage.gke.io', volume: 'pvc-3e1f9a2c-7b4d-4e08-9c61-5a2d8f0b3e74' }],
    workloads: { 'redis-cart': { patch: { volumes: [{ name: 'redis-data', persistentVolumeClaim: { claimName: 'redis-cart-data' } }] } } },
    logs: {
      'redis-cart#0/redis': [
        '1:M 30 Nov 2026 18:08:02.114 * 100 changes in 300 seconds. Saving...',
        '1:M 30 Nov 2026 18:08:02.131 * Background saving started by pid 1873',
        '1873:C 30 Nov 2026 18:08:09.640 # Write error saving DB on disk: No space left on device',
        '1:M 30 Nov 2026 18:08:09.702 # Background saving error',
        '1:M 30 Nov 2026 18:13:10.008 * 100 changes in 300 seconds. Saving...',
        '1:M 30 Nov 2026 18:13:10.020 * Background saving started by pid 1902',
        '1902:C 30 Nov 2026 18:13:17.455 # Write error saving DB on disk: No space left on device',
        '1:M 30 Nov 2026 18:13:17.512 # Background saving error',
        '1:M 30 Nov 2026 18:24:31.880 * 1 changes in 3600 seconds. Saving...',
        '1:M 30 Nov 2026 18:24:31.893 * Background saving started by pid 1955',
        '1955:C 30 Nov 2026 18:24:39.102 # Write error saving DB on disk: No space left on device',
        '1:M 30 Nov 2026 18:24:39.161 # Background saving error',
      ],
      'cartservice#0/server': [...misconf('HSET', '0e7b4a92-61d3-4d0f-9c55-7a8e1f2b3c64'), ...misconf('HSET', '2b6c1e8f-7d0a-4e93-a5b2-9c4f1d3e6a07'), ...misconf('HSET', '71d4c9e2-0a5b-4f86-b3e1-6c8d2f7a9b05')],
      'frontend#0/server': [
        frontLine(T, -18, 'error', 'request error', { path: '/cart', method: 'POST', error: "failed to add to cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisServerException: MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk." }),
        frontLine(T, -4, 'error', 'request error', { path: '/cart', method: 'POST', error: "failed to add to cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisServerException: MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk." }),
      ],
    },
  });
}

// 6. resource-exhaustion: checkoutservice runs out of file descriptors (a connection leak); pod Ready, flapping probe warnings.
{
  const incidentTime = '2026-12-01T21:48:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'checkout-too-many-open-files', incidentTime,
    description: 'checkout failing for most users since 21:30, some orders go through',
    expected: { component: 'checkoutservice', cause: 'resource-exhaustion' },
    difficulty: 'hard', traits: ['pods-ready', 'time-expression'],
    grounding: `checkoutservice (Go, one replica). A patched build (v0.10.7-hotfix1, rolled out five days earlier without incident) dials a
      new gRPC connection per PlaceOrder and never closes it; after days of traffic the process reaches its open-file limit (1048576
      soft limit lowered to 4096 by the node's containerd LimitNOFILE in this operator's node image). Go reports "socket: too many
      open files" on dial and grpc-go "Server.Accept failed: accept tcp [::]:5050: accept4: too many open files; retrying in …" on
      accept; the kubelet's gRPC probes fail now and then (a few Unhealthy warnings), the pod stays Ready; frontend logs
      "failed to complete the order".`,
    workloads: {
      checkoutservice: {
        rollout: { at: -60 * 24 * 5, oldContainers: { server: { image: `${REG}/checkoutservice:v0.10.6` } } },
        containers: { server: { image: `${REG}/checkoutservice:v0.10.7-hotfix1` } },
      },
    },
    events: [
      { on: 'pod:checkoutservice#0', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":5050" within 1s', type: 'Warning', fieldPath: 'spec.containers{server}', first: -17, last: -3, count: 4 },
    ],
    logs: {
      'checkoutservice#0/server': [
        goLine(T, -19, 'info', '[PlaceOrder] user_id="4c1a9d3e-2b7f-4e58-a0c6-9f3d1b2e7a45" user_currency="USD"'),
        goLine(T, -19, 'warning', 'failed to prepare order: cart failure: failed to get user cart during checkout: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:cartservice%:7070: socket: too many open files"'),
        '2026/12/01 21:31:12 WARNING: [core] [Server #1] grpc: Server.Accept failed: accept tcp [::]:5050: accept4: too many open files; retrying in 5ms',
        '2026/12/01 21:31:12 WARNING: [core] [Server #1] grpc: Server.Accept failed: accept tcp [::]:5050: accept4: too many open files; retrying in 10ms',
        goLine(T, -11, 'warning', 'failed to prepare order: failed to get product #"OLJCESPC7Z": rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:productcatalogservice%:3550: socket: too many open files"'),
        '2026/12/01 21:41:50 WARNING: [core] [Server #1] grpc: Server.Accept failed: accept tcp [::]:5050: accept4: too many open files; retrying in 5ms',
        goLine(T, -4, 'warning', 'failed to charge card: could not charge the card: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:paymentservice%:50051: socket: too many open files"'),
      ],
      'frontend#0/server': [
        frontLine(T, -19, 'error', 'request error', { path: '/cart/checkout', method: 'POST', error: 'failed to complete the order: rpc error: code = Internal desc = cart failure: failed to get user cart during checkout: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:cartservice%:7070: socket: too many open files"' }),
        frontLine(T, -7, 'error', 'request error', { path: '/cart/checkout', method: 'POST', error: 'failed to complete the order: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:checkoutservice%:5050: i/o timeout"' }),
      ],
    },
  });
}

// 7. resource-exhaustion: cartservice .NET thread-pool starvation under a traffic spike; Redis healthy, the timeouts blame it.
{
  const incidentTime = '2026-12-02T13:20:00Z';
  const T = clock(incidentTime);
  const tmo = (key, busy) => netInfo('Grpc.AspNetCore.Server.ServerCallHandler[7]', [`Error status code 'FailedPrecondition' with detail 'Can't access cart storage. StackExchange.Redis.RedisTimeoutException: Timeout awaiting response (outbound=0KiB, inbound=0KiB, 5781ms elapsed, timeout is 5000ms), command=HGET, next: HGET ${key}, inst: 0, qu: 0, qs: 0, aw: False, bw: Inactive, rs: ReadAsync, ws: Idle, in: 0, in-pipe: 0, out-pipe: 0, last-in: 2, cur-in: 0, sync-ops: 0, async-ops: 48213, serverEndpoint: redis-cart:6379, conn-sec: 81304.2, aoc: 1, mc: 1/1/0, mgr: 10 of 10 available, clientName: %POD%(SE.Redis-v2.6.122.38350), IOCP: (Busy=0,Free=1000,Min=1,Max=1000), WORKER: (Busy=${busy},Free=32567,Min=1,Max=32767), POOL: (Threads=${busy + 6},QueuedItems=${busy * 9},CompletedItems=912340), v: 2.6.122.38350 (Please take a look at this article for some common client-side issues that can cause timeouts: https://stackexchange.github.io/StackExchange.Redis/Timeouts)' raised.`]);
  scenarios.push({
    folder: 'cartservice-threadpool-starvation', incidentTime,
    description: 'cart super slow and timing out during the noon campaign (last 20 mins). cart logs blame redis?',
    expected: { component: 'cartservice', cause: 'resource-exhaustion' },
    difficulty: 'hard', traits: ['pods-ready', 'cpu-starvation', 'time-expression'],
    grounding: `cartservice (.NET, limits cpu 300m, 2 replicas). At the noon campaign the synchronous cart path blocks pool threads; the
      .NET thread pool injects threads slowly, work queues up, and StackExchange.Redis reports "Timeout awaiting response … WORKER:
      (Busy=…, Min=1 …), POOL: (… QueuedItems=…)" — the signature its Timeouts documentation attributes to thread-pool starvation on
      the client, not to Redis. Redis answers in microseconds (its log shows nothing); the cartservice pods stay Ready (health is
      local); frontend cart requests time out.`,
    logs: {
      'cartservice#0/server': [...tmo('5d3c1e0a-8b7f-4a49-9a0e-2c6f3d8e4b71', 163), ...tmo('2b6c1e8f-7d0a-4e93-a5b2-9c4f1d3e6a07', 188), ...tmo('9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0', 201)],
      'cartservice#1/server': [...tmo('61c0d2e9-4a7b-4f31-8c5d-2e9f0b7a1d36', 154), ...tmo('a4e81f07-3c92-4d6b-b0e5-7f2c9d1a6e48', 176)],
      'redis-cart#0/redis': [
        '1:M 02 Dec 2026 12:49:13.377 * 100 changes in 300 seconds. Saving...',
        '1:M 02 Dec 2026 12:49:13.401 * DB saved on disk',
        '1:M 02 Dec 2026 13:04:20.012 * 100 changes in 300 seconds. Saving...',
        '1:M 02 Dec 2026 13:04:20.038 * DB saved on disk',
      ],
      'frontend#0/server': [
        frontLine(T, -16, 'error', 'request error', { path: '/cart', error: "could not retrieve cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisTimeoutException: Timeout awaiting response (outbound=0KiB, inbound=0KiB, 5781ms elapsed, timeout is 5000ms), command=HGET" }),
        frontLine(T, -5, 'error', 'request error', { path: '/cart', method: 'POST', error: "failed to add to cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisTimeoutException: Timeout awaiting response (outbound=0KiB, inbound=0KiB, 6012ms elapsed, timeout is 5000ms), command=HSET" }),
      ],
    },
  });
}

// 8. config-error: a config change points checkoutservice's PAYMENT_SERVICE_ADDR at a staging namespace; new pod Ready.
{
  const incidentTime = '2026-12-03T11:15:00Z';
  const T = clock(incidentTime);
  const env = (pay) => [{ name: 'PORT', value: '5050' }, { name: 'PRODUCT_CATALOG_SERVICE_ADDR', value: 'productcatalogservice:3550' }, { name: 'SHIPPING_SERVICE_ADDR', value: 'shippingservice:50051' }, { name: 'PAYMENT_SERVICE_ADDR', value: pay }, { name: 'EMAIL_SERVICE_ADDR', value: 'emailservice:5000' }, { name: 'CURRENCY_SERVICE_ADDR', value: 'currencyservice:7000' }, { name: 'CART_SERVICE_ADDR', value: 'cartservice:7070' }];
  const fail = (min) => goLine(T, min, 'warning', 'failed to charge card: could not charge the card: rpc error: code = Unavailable desc = name resolver error: produced zero addresses');
  scenarios.push({
    folder: 'checkout-payment-addr-staging-namespace', incidentTime,
    description: 'orders fail at payment since the config change this morning (~10:50)',
    expected: { component: 'checkoutservice', cause: 'config-error' },
    alsoAcceptable: [{ component: 'checkoutservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium', traits: ['pods-ready', 'rollout-regression', 'time-expression'],
    grounding: `checkoutservice reads PAYMENT_SERVICE_ADDR at start and logs "service config: &{…}" (src/checkoutservice/main.go). A
      Kustomize overlay meant for staging set it to paymentservice.boutique-staging:50051 in production at 10:50; the namespace does not
      exist in this cluster, so the DNS name does not resolve: grpc-go's dns resolver logs "dns: A record lookup error: lookup
      paymentservice.boutique-staging on 10.12.0.10:53: no such host" and calls fail "name resolver error: produced zero
      addresses". The new pod is Ready (health is local); paymentservice is healthy and never called.`,
    workloads: {
      checkoutservice: {
        rollout: { at: -25, oldContainers: { server: { env: env('paymentservice:50051') } } },
        containers: { server: { env: env('paymentservice.boutique-staging:50051') } },
      },
    },
    events: [
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set checkoutservice-%NEW% to 1', first: -25, last: -25 },
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set checkoutservice-%OLD% to 0 from 1', first: -24.5, last: -24.5 },
    ],
    logs: {
      'checkoutservice#0/server': [
        goLine(T, -24.6, 'info', 'service config: &{productCatalogSvcAddr:productcatalogservice:3550 cartSvcAddr:cartservice:7070 currencySvcAddr:currencyservice:7000 shippingSvcAddr:shippingservice:50051 emailSvcAddr:emailservice:5000 paymentSvcAddr:paymentservice.boutique-staging:50051}'),
        goLine(T, -24.6, 'info', 'starting to listen on tcp: "[::]:5050"'),
        '2026/12/03 10:51:02 WARNING: [core] [Channel #7] dns: A record lookup error: lookup paymentservice.boutique-staging on 10.12.0.10:53: no such host',
        goLine(T, -22, 'info', '[PlaceOrder] user_id="4c1a9d3e-2b7f-4e58-a0c6-9f3d1b2e7a45" user_currency="EUR"'),
        fail(-22),
        '2026/12/03 11:02:40 WARNING: [core] [Channel #7] dns: A record lookup error: lookup paymentservice.boutique-staging on 10.12.0.10:53: no such host',
        fail(-12),
        fail(-3),
      ],
      'frontend#0/server': [
        frontLine(T, -22, 'error', 'request error', { path: '/cart/checkout', method: 'POST', error: 'failed to complete the order: rpc error: code = Internal desc = failed to charge card: could not charge the card: rpc error: code = Unavailable desc = name resolver error: produced zero addresses' }),
        frontLine(T, -3, 'error', 'request error', { path: '/cart/checkout', method: 'POST', error: 'failed to complete the order: rpc error: code = Internal desc = failed to charge card: could not charge the card: rpc error: code = Unavailable desc = name resolver error: produced zero addresses' }),
      ],
      'paymentservice#0/server': [
        `{"level":30,"time":${Date.parse(T.isoMs(-60 * 24 * 9 + 0.4))},"pid":1,"hostname":"%POD%","name":"paymentservice-server","msg":"PaymentService gRPC server started on port 50051"}`,
      ],
    },
  });
}

// 9. bad-deploy-rollout, new pods Ready: cartservice v0.10.7 throws NullReferenceException in GetCart for carts written by v0.10.6.
{
  const incidentTime = '2026-12-04T09:40:00Z';
  const T = clock(incidentTime);
  const nre = [
    'fail: Grpc.AspNetCore.Server.ServerCallHandler[6]',
    "      Error when executing service method 'GetCart'.",
    '      System.NullReferenceException: Object reference not set to an instance of an object.',
    '         at cartservice.cartstore.RedisCartStore.GetCartAsync(String userId) in /app/src/cartstore/RedisCartStore.cs:line 97',
    '         at cartservice.services.CartService.GetCart(GetCartRequest request, ServerCallContext context) in /app/src/services/CartService.cs:line 45',
    '         at Grpc.Shared.Server.UnaryServerMethodInvoker`3.ResolvedInterceptorInvoker(TRequest resolvedRequest, ServerCallContext resolvedContext)',
  ];
  scenarios.push({
    folder: 'cartservice-rollout-getcart-nullref', incidentTime,
    description: 'returning customers get an error page on /cart since the 9:15 release, new visitors ok',
    expected: { component: 'cartservice', cause: 'bad-deploy-rollout' },
    difficulty: 'medium', traits: ['pods-ready', 'rollout-regression', 'time-expression'],
    grounding: `cartservice (.NET 8, Grpc.AspNetCore). The 09:15 release v0.10.7 changed the cart's stored shape; carts written by v0.10.6
      deserialize to a null item list and GetCart throws System.NullReferenceException, which Grpc.AspNetCore logs as "Error when
      executing service method 'GetCart'." and answers StatusCode.Unknown "Exception was thrown by handler." The new pods pass the
      gRPC health check and are Ready; frontend logs "could not retrieve cart".`,
    workloads: {
      cartservice: {
        rollout: { at: -25, oldContainers: { server: { image: `${REG}/cartservice:v0.10.6` } } },
        containers: { server: { image: `${REG}/cartservice:v0.10.7` } },
      },
    },
    events: [
      { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cartservice-%NEW% to 1', first: -25, last: -25 },
      { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cartservice-%OLD% to 1 from 2', first: -24.5, last: -24.5 },
      { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cartservice-%NEW% to 2 from 1', first: -24.5, last: -24.5 },
      { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cartservice-%OLD% to 0 from 1', first: -24, last: -24 },
    ],
    logs: {
      'cartservice#0/server': [...netInfo('Microsoft.Hosting.Lifetime[14]', ['Now listening on: http://[::]:7070']), ...nre, ...nre, ...nre],
      'cartservice#1/server': [...netInfo('Microsoft.Hosting.Lifetime[14]', ['Now listening on: http://[::]:7070']), ...nre, ...nre],
      'frontend#0/server': [
        frontLine(T, -21, 'error', 'request error', { path: '/cart', error: 'could not retrieve cart: rpc error: code = Unknown desc = Exception was thrown by handler. NullReferenceException: Object reference not set to an instance of an object.' }),
        frontLine(T, -9, 'error', 'request error', { path: '/cart', error: 'could not retrieve cart: rpc error: code = Unknown desc = Exception was thrown by handler. NullReferenceException: Object reference not set to an instance of an object.' }),
        frontLine(T, -1, 'error', 'request error', { path: '/cart', error: 'could not retrieve cart: rpc error: code = Unknown desc = Exception was thrown by handler. NullReferenceException: Object reference not set to an instance of an object.' }),
      ],
    },
  });
}

// 10. bad-deploy-rollout, new pod Ready: currencyservice v0.10.7 throws a TypeError on every Convert; product pages fail.
{
  const incidentTime = '2026-12-04T16:25:00Z';
  const T = clock(incidentTime);
  const err = (m) => pino(T, m, 50, "conversion request failed: TypeError: Cannot read properties of undefined (reading 'units')");
  scenarios.push({
    folder: 'currency-rollout-convert-typeerror', incidentTime,
    description: 'product pages + cart throw errors for EUR/GBP shoppers since about 16:00, USD fine. fx team deployed something?',
    expected: { component: 'currencyservice', cause: 'bad-deploy-rollout' },
    difficulty: 'medium', traits: ['pods-ready', 'rollout-regression', 'time-expression', 'team-name'],
    grounding: `currencyservice (Node.js, pino JSON lines, src/currencyservice/server.js convert() logs "conversion request failed: …" and
      answers the error). The 16:02 release v0.10.7 renamed a field of the conversion table; for any currency but the USD identity the
      lookup is undefined and convert throws "TypeError: Cannot read properties of undefined (reading 'units')". GetSupportedCurrencies
      and the gRPC health check work, so the new pod is Ready; frontend logs "failed to do currency conversion for product …".`,
    workloads: {
      currencyservice: {
        rollout: { at: -23, oldContainers: { server: { image: `${REG}/currencyservice:v0.10.6` } } },
        containers: { server: { image: `${REG}/currencyservice:v0.10.7` } },
      },
    },
    events: [
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set currencyservice-%NEW% to 1', first: -23, last: -23 },
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set currencyservice-%OLD% to 0 from 1', first: -22.5, last: -22.5 },
    ],
    logs: {
      'currencyservice#0/server': [
        pino(T, -22.7, 30, 'Profiler disabled.'),
        pino(T, -22.7, 30, 'Starting gRPC server on port 7000...'),
        pino(T, -21, 30, 'Getting supported currencies...'),
        pino(T, -21, 30, 'received conversion request'),
        err(-21), err(-14), err(-6), err(-1),
      ],
      'frontend#0/server': [
        frontLine(T, -21, 'error', 'request error', { path: '/product/OLJCESPC7Z', error: "failed to convert currency for product: rpc error: code = Unknown desc = TypeError: Cannot read properties of undefined (reading 'units')" }),
        frontLine(T, -6, 'error', 'request error', { path: '/', error: "failed to do currency conversion for product 66VCHSJNUP: rpc error: code = Unknown desc = TypeError: Cannot read properties of undefined (reading 'units')" }),
      ],
    },
  });
}

// 11 (second batch, scored before the changes after it). bad-deploy-rollout seen only by callers: shippingservice v0.10.7 answers
// every GetQuote with INTERNAL; its own log shows only request lines; the new pod is Ready.
{
  const incidentTime = '2026-12-05T08:50:00Z';
  const T = clock(incidentTime);
  const quote = (m) => goLine(T, m, 'info', '[GetQuote] received request');
  scenarios.push({
    folder: 'shipping-rollout-getquote-internal-callers-only', incidentTime,
    description: 'checkout + cart page broken since ~8:30 ("failed to get shipping quote"), shipping pods look fine',
    expected: { component: 'shippingservice', cause: 'bad-deploy-rollout' },
    difficulty: 'hard', traits: ['pods-ready', 'rollout-regression', 'callers-only', 'time-expression'],
    grounding: `shippingservice (Go, src/shippingservice/main.go logs "[GetQuote] received request" and "[GetQuote] completed request").
      The 08:28 release v0.10.7 rejects every address without a zip code with status.Error(codes.Internal, …) and logs nothing
      for it (the handler returns the error; grpc-go does not log it). The new pod passes the gRPC health check and is Ready;
      frontend's cart page and checkoutservice's PlaceOrder log the INTERNAL answer ("failed to get shipping quote", "shipping
      quote failure").`,
    workloads: {
      shippingservice: {
        rollout: { at: -22, oldContainers: { server: { image: `${REG}/shippingservice:v0.10.6` } } },
        containers: { server: { image: `${REG}/shippingservice:v0.10.7` } },
      },
    },
    events: [
      { on: 'deploy:shippingservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shippingservice-%NEW% to 1', first: -22, last: -22 },
      { on: 'deploy:shippingservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set shippingservice-%OLD% to 0 from 1', first: -21.5, last: -21.5 },
    ],
    logs: {
      'shippingservice#0/server': [
        goLine(T, -21.7, 'info', 'Shipping Service listening on port 50051'),
        quote(-19), quote(-15), quote(-11), quote(-6), quote(-2),
      ],
      'frontend#0/server': [
        frontLine(T, -19, 'error', 'request error', { path: '/cart', error: 'failed to get shipping quote: rpc error: code = Internal desc = invalid address: missing zip code' }),
        frontLine(T, -11, 'error', 'request error', { path: '/cart', error: 'failed to get shipping quote: rpc error: code = Internal desc = invalid address: missing zip code' }),
        frontLine(T, -2, 'error', 'request error', { path: '/cart', error: 'failed to get shipping quote: rpc error: code = Internal desc = invalid address: missing zip code' }),
      ],
      'checkoutservice#0/server': [
        goLine(T, -15, 'warning', 'failed to prepare order: shipping quote failure: rpc error: code = Internal desc = invalid address: missing zip code'),
        goLine(T, -6, 'warning', 'failed to prepare order: shipping quote failure: rpc error: code = Internal desc = invalid address: missing zip code'),
      ],
    },
  });
}

// 12 (third batch, scored before the change that follows it). network-fault at the caller: an egress hardening policy on
// emailservice admits only in-cluster peers and DNS, so SendGrid (outside the cluster) can no longer be reached.
{
  const incidentTime = '2026-12-05T10:40:00Z';
  const T = clock(incidentTime);
  const lines = [];
  for (const m of [-31, -24, -16, -9, -2]) {
    lines.push(pyLine(T, m, 'INFO', 'emailservice-server', 'A request to send order confirmation email to someone@example.com has been received.'));
    lines.push(pyLine(T, m + 0.5, 'ERROR', 'emailservice-server', '<urlopen error [Errno 110] Connection timed out> — POST https://api.sendgrid.com/v3/mail/send'));
  }
  scenarios.push({
    folder: 'email-egress-policy-blocks-sendgrid', incidentTime,
    description: 'order confirmation emails stopped after the security team rolled out egress policies this morning (~10:05)',
    expected: { component: 'emailservice', cause: 'network-fault' },
    difficulty: 'hard', traits: ['network-policy', 'pods-ready', 'external-dependency-failure', 'time-expression', 'team-name'],
    grounding: `An egress hardening NetworkPolicy (adapted from kustomize/components/network-policies, which ships "egress: - {}") selects
      app=emailservice with policyTypes [Egress] and admits only peers selected by namespaceSelector {} (every pod of every namespace)
      and port 53 for DNS. Pod and namespace selectors never match an address outside the cluster (Kubernetes NetworkPolicy
      semantics), so connections to api.sendgrid.com:443 are dropped and time out: urllib raises "<urlopen error [Errno 110] Connection
      timed out>". SendGrid itself is fine (its status page green); emailservice is Ready; checkout logs the confirmation warning.`,
    networkPolicies: [
      { name: 'emailservice-egress', created: -35, spec: { podSelector: { matchLabels: { app: 'emailservice' } }, policyTypes: ['Egress'], egress: [{ to: [{ namespaceSelector: {} }] }, { ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }] }] } },
    ],
    logs: {
      'emailservice#0/server': lines,
      'checkoutservice#0/server': [
        goLine(T, -24, 'warning', 'failed to send order confirmation to "someone@example.com": rpc error: code = Unknown desc = Exception calling application: <urlopen error [Errno 110] Connection timed out>'),
        goLine(T, -9, 'warning', 'failed to send order confirmation to "someone@example.com": rpc error: code = Unknown desc = Exception calling application: <urlopen error [Errno 110] Connection timed out>'),
      ],
    },
  });
}
