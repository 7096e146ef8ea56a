// s9 held-out (split: test) scenarios for Online Boutique. Written by an author who had not seen the rule packs, the engine
// code or the system's other scenarios, and never ran the engine; expected answers fixed before generation.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const front = (T, min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? 'c1a8f0de-3b1e-4c57-9d6a-2f4b9e7a1c03', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0', severity, timestamp: T.isoMs(min) });
const rid = (i) => `${(0x3a1f0c00 + i * 7919).toString(16)}-5e2b-4c7a-9d10-${(0x2f4b9e7a1c03 + i * 104729).toString(16).slice(0, 12)}`;
const sid = (i) => `${(0x9b2f6400 + i * 613).toString(16)}-0e2a-4c39-b4d1-6a3c2e19f8d0`;
// pino as paymentservice/currencyservice configure it (messageKey 'message', level formatted as severity)
const pino = (T, min, severity, name, message, pod = '%POD%') => JSON.stringify({ severity, time: Date.parse(T.isoMs(min)), pid: 1, hostname: pod, name, message });
// logrus JSON as checkoutservice configures it
const logrus = (T, min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min).replace('Z', '000000Z') });
const redisTs = (T, min) => { const d = new Date(Date.parse(T.isoMs(min))); const mon = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()]; return `${String(d.getUTCDate()).padStart(2, '0')} ${mon} ${d.getUTCFullYear()} ${T.isoMs(min).slice(11, 23)}`; };

const adlog = (T, min, thread, message) => JSON.stringify({ instant: { epochSecond: Math.floor(Date.parse(T.isoMs(min)) / 1000), nanoOfSecond: 0 }, thread, level: 'INFO', loggerName: 'hipstershop.AdService', message, endOfBatch: false, loggerFqcn: 'org.apache.logging.log4j.spi.AbstractLogger', threadId: thread === 'main' ? 1 : 27, threadPriority: 5 });

export const scenarios = [];

// 1. currencyservice OOM-killed (Node.js heap growth past the 128Mi limit) — pods restart, prices fail.
{
  const incidentTime = '2026-11-17T10:52:00Z';
  const T = clock(incidentTime);
  const oomLast = (n, startedAt, finishedAt) => ({ exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(startedAt), finishedAt: T.iso(finishedAt) });
  const conv = (min, i) => pino(T, min, 'info', 'currencyservice-server', i % 2 ? 'conversion request successful' : 'Getting supported currencies...');
  const lines = [];
  for (let m = -4.5, i = 0; m < -0.2; m += 0.2, i++) lines.push(conv(m, i));
  const prevLines = [pino(T, -9.8, 'info', 'currencyservice-server', 'Starting gRPC server on port 7000...'), pino(T, -9.7, 'info', 'currencyservice-server', 'CurrencyService gRPC server started on port 7000')];
  for (let m = -9.6, i = 0; m < -5.1; m += 0.15, i++) prevLines.push(conv(m, i));
  scenarios.push({
    folder: 's9-currency-oomkilled-under-load',
    incidentTime,
    description: 'product pages throwing 500s on and off since ~10:35, looks like the currency thing (prices / currency dropdown). storefront team pls check',
    expected: { component: 'currencyservice', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'currencyservice', cause: 'crash-loop' }, { component: 'currencyservice', cause: 'resource-exhaustion' }],
    difficulty: 'easy',
    traits: ['partial-name', 'team-name', 'time-expression', 'decoy', 'louder-dependents'],
    grounding: `currencyservice is the Node.js service of the manifest (server container, limits 200m/128Mi). Node.js services running
      near a tight cgroup memory limit are OOM-killed by the kernel before V8's heap limit triggers (no JS stack, exit 137, reason
      OOMKilled), as in the microservices-demo issues about currencyservice memory growth and the Chaos Mesh StressChaos memory
      experiments; the frontend renders every page with prices, so it is the loud one (rpc Unavailable on currencyservice:7000).
      Decoy: adservice rolled out an hour earlier and is healthy. No deviation from upstream beyond the rollout tag of adservice.`,
    workloads: {
      currencyservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 5, startedAt: T.iso(-4.6), last: oomLast(5, -9.9, -4.8), ready: true }) } }],
      },
      adservice: { rollout: { at: -65 }, containers: { server: { image: `${REG}/adservice:v0.10.7` } }, },
    },
    nodes: {},
    events: [
      { on: 'pod:currencyservice#0', reason: 'Pulled', message: `Container image "${REG}/currencyservice:v0.10.6" already present on machine`, first: -16, last: -4.7, count: 5 },
      { on: 'pod:currencyservice#0', reason: 'Created', message: 'Created container server', first: -16, last: -4.7, count: 5 },
      { on: 'pod:currencyservice#0', reason: 'Started', message: 'Started container server', first: -16, last: -4.6, count: 5 },
      { on: 'pod:currencyservice#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', first: -15, last: -4.8, count: 4 },
      { on: 'pod:currencyservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: timeout: failed to connect service ":7000" within 1s', first: -10.2, last: -5, count: 6 },
      { on: 'node:gke-boutique-prod-default-pool-9b31d0a7-wz5c', reason: 'SystemOOM', type: 'Warning', message: 'System OOM encountered, victim process: node, pid: 2417795', first: -17, last: -4.8, count: 5 },
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set adservice-%NEW% to 1', first: -65, last: -65 },
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set adservice-%OLD% to 0 from 1', first: -64, last: -64 },
    ],
    logs: {
      'currencyservice#0/server': lines,
      'currencyservice#0/server/previous': prevLines,
      'frontend#0/server': [
        front(T, -12, 'info', 'request complete', { path: '/product/OLJCESPC7Z', id: rid(1), session: sid(1) }),
        front(T, -11.5, 'error', 'request error', { path: '/product/66VCHSJNUP', id: rid(2), session: sid(2), error: 'could not retrieve currencies: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:currencyservice%:7000: connect: connection refused"' }),
        front(T, -10.1, 'error', 'request error', { path: '/', id: rid(3), session: sid(3), error: 'could not retrieve currencies: rpc error: code = Unavailable desc = error reading from server: EOF' }),
        front(T, -5.0, 'error', 'request error', { path: '/product/9SIQT8TOJO', id: rid(4), session: sid(4), error: 'failed to do currency conversion for product 9SIQT8TOJO: rpc error: code = Unavailable desc = error reading from server: EOF' }),
        front(T, -4.7, 'error', 'request error', { path: '/cart', id: rid(5), session: sid(5), error: 'could not retrieve currencies: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:currencyservice%:7000: connect: connection refused"' }),
        front(T, -3.0, 'info', 'request complete', { path: '/', id: rid(6), session: sid(6) }),
      ],
      'frontend#1/server': [
        front(T, -9.9, 'error', 'request error', { path: '/product/L9ECAV7KIM', id: rid(7), session: sid(7), error: 'failed to do currency conversion for product L9ECAV7KIM: rpc error: code = Unavailable desc = error reading from server: EOF' }),
        front(T, -2.1, 'info', 'request complete', { path: '/product/2ZYFJ3GM2N', id: rid(8), session: sid(8) }),
      ],
      'adservice#0/server': [
        adlog(T, -64.6, 'main', 'AdService starting.'),
        adlog(T, -64.5, 'main', 'Ad Service started, listening on 9555'),
        adlog(T, -3, 'grpc-default-executor-4', 'received ad request (context_words=[kitchen])'),
      ],
    },
  });
}

// 2. redis-cart at maxmemory with noeviction: writes refused, redis stays Ready; cartservice and frontend are loud.
{
  const incidentTime = '2026-11-21T19:14:00Z';
  const T = clock(incidentTime);
  const oomErr = "Can't access cart storage. StackExchange.Redis.RedisServerException: OOM command not allowed when used memory > 'maxmemory'.";
  const cartFail = (min, method) => [
    'fail: Grpc.AspNetCore.Server.ServerCallHandler[6]',
    `      Error when executing service method '${method}'.`,
    `      Grpc.Core.RpcException: Status(StatusCode="FailedPrecondition", Detail="${oomErr}")`,
    '         at cartservice.cartstore.RedisCartStore.AddItemAsync(String userId, String productId, Int32 quantity) in /app/cartstore/RedisCartStore.cs:line 79',
    '         at cartservice.services.CartService.AddItem(AddItemRequest request, ServerCallContext context) in /app/services/CartService.cs:line 39',
    '         at Grpc.Shared.Server.UnaryServerMethodInvoker`3.ResolvedInterceptorInvoker(TRequest resolvedRequest, ServerCallContext resolvedContext)',
    '         at Grpc.AspNetCore.Server.Internal.CallHandlers.UnaryServerCallHandler`3.HandleCallAsyncCore(HttpContext httpContext, HttpContextServerCallContext serverCallContext)',
  ];
  const cartLines = (seed) => {
    const out = ['info: Microsoft.Hosting.Lifetime[14]', '      Now listening on: http://[::]:7070', 'info: Microsoft.Hosting.Lifetime[0]', '      Application started. Press Ctrl+C to shut down.'];
    for (let i = 0; i < 6; i++) {
      out.push(`AddItemAsync called with userId=${sid(i + seed)}, productId=${['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0'][i]}, quantity=${1 + (i % 3)}`);
      out.push(...cartFail(-20 + i * 3, 'AddItem'));
      out.push(`GetCartAsync called with userId=${sid(i + seed + 40)}`);
    }
    return out;
  };
  scenarios.push({
    folder: 's9-redis-cart-maxmemory-noeviction',
    incidentTime,
    description: 'Add to cart broken for everyone ~ last 25 min ("failed to add to cart"). cart svc pods look fine, nothing restarting?? checkout team',
    expected: { component: 'redis-cart', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'redis-cart', cause: 'dependency-down' }, { component: 'redis-cart', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'time-expression', 'team-name', 'partial-name'],
    grounding: `Deviation from upstream (stated): the operator runs redis-cart with --maxmemory 200mb --maxmemory-policy noeviction (args
      handed to redis-server by the image's docker-entrypoint), so that carts are never silently evicted. When used memory reaches
      maxmemory Redis refuses every write with "OOM command not allowed when used memory > 'maxmemory'" (Redis docs, maxmemory
      policies; the StackExchange.Redis RedisServerException text seen in many cartservice issues) while reads, PING and the TCP
      probes keep working: the redis pod stays Ready and logs nothing. cartservice wraps the error as FailedPrecondition "Can't
      access cart storage." (cartstore code) and the frontend shows "failed to add to cart".`,
    workloads: {
      'redis-cart': { containers: { redis: { args: ['--maxmemory', '200mb', '--maxmemory-policy', 'noeviction'] } }, since: -60 * 24 * 6 },
    },
    events: [
      { on: 'pod:recommendationservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: timeout: failed to connect service ":8080" within 1s', first: -60 * 24 * 2, last: -60 * 24 * 2 + 3, count: 2 },
    ],
    logs: {
      'redis-cart#0/redis': [
        `1:C ${redisTs(T, -60 * 24 * 6)} # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.`,
        `1:C ${redisTs(T, -60 * 24 * 6)} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
        `1:C ${redisTs(T, -60 * 24 * 6)} * Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started`,
        `1:C ${redisTs(T, -60 * 24 * 6)} * Configuration loaded`,
        `1:M ${redisTs(T, -60 * 24 * 6)} * monotonic clock: POSIX clock_gettime`,
        `1:M ${redisTs(T, -60 * 24 * 6)} * Running mode=standalone, port=6379.`,
        `1:M ${redisTs(T, -60 * 24 * 6)} * Server initialized`,
        `1:M ${redisTs(T, -60 * 24 * 6)} * Ready to accept connections tcp`,
        `1:M ${redisTs(T, -95)} * 100 changes in 300 seconds. Saving...`,
        `1:M ${redisTs(T, -95)} * Background saving started by pid 412`,
        `412:C ${redisTs(T, -94.9)} * DB saved on disk`,
        `412:C ${redisTs(T, -94.9)} * Fork CoW for RDB: current 2 MB, peak 2 MB, average 1 MB`,
        `1:M ${redisTs(T, -94.8)} * Background saving terminated with success`,
      ],
      'cartservice#0/server': cartLines(0),
      'cartservice#1/server': cartLines(10),
      'frontend#0/server': [
        front(T, -22, 'info', 'request complete', { path: '/cart', method: 'GET', id: rid(11), session: sid(11) }),
        front(T, -19.5, 'error', 'request error', { path: '/cart', method: 'POST', id: rid(12), session: sid(12), error: `failed to add to cart: rpc error: code = FailedPrecondition desc = ${oomErr}` }),
        front(T, -9, 'error', 'request error', { path: '/cart', method: 'POST', id: rid(13), session: sid(13), error: `failed to add to cart: rpc error: code = FailedPrecondition desc = ${oomErr}` }),
        front(T, -2, 'info', 'request complete', { path: '/product/OLJCESPC7Z', id: rid(14), session: sid(14) }),
      ],
      'frontend#1/server': [
        front(T, -14, 'error', 'request error', { path: '/cart', method: 'POST', id: rid(15), session: sid(15), error: `failed to add to cart: rpc error: code = FailedPrecondition desc = ${oomErr}` }),
        front(T, -3, 'error', 'request error', { path: '/cart', method: 'POST', id: rid(16), session: sid(16), error: `failed to add to cart: rpc error: code = FailedPrecondition desc = ${oomErr}` }),
      ],
    },
  });
}

// 3. paymentservice rollout: a dependency bump makes card types capitalised, every card is refused; pods stay Ready.
{
  const incidentTime = '2026-11-25T18:41:00Z';
  const T = clock(incidentTime);
  const refusal = 'Sorry, we cannot process Visa credit cards. Only VISA or MasterCard is accepted.';
  const refusalMc = 'Sorry, we cannot process Mastercard credit cards. Only VISA or MasterCard is accepted.';
  const payErr = (min, msg, n) => [
    pino(T, min, 'info', 'paymentservice-server', `PaymentService#Charge invoked with request {"amount":{"currency_code":"USD","units":"${30 + n}","nanos":${(n * 170000000) % 1000000000}},"credit_card":{"credit_card_number":"${n % 2 ? '5555-5555-5555-4444' : '4432-8015-6152-0454'}","credit_card_cvv":672,"credit_card_expiration_year":2030,"credit_card_expiration_month":1}}`),
    `UnacceptedCreditCard [Error]: ${msg}`,
    '    at charge (/usr/src/app/charge.js:75:11)',
    '    at HipsterShopServer.ChargeServiceHandler (/usr/src/app/server.js:44:24)',
    '    at Object.onReceiveHalfClose (/usr/src/app/node_modules/@grpc/grpc-js/build/src/server.js:1461:25)',
    '    at BaseServerInterceptingCall.maybePushNextMessage (/usr/src/app/node_modules/@grpc/grpc-js/build/src/server-interceptors.js:575:31)',
    '    at BaseServerInterceptingCall.handleEndEvent (/usr/src/app/node_modules/@grpc/grpc-js/build/src/server-interceptors.js:615:14)',
    '    at ServerHttp2Stream.<anonymous> (/usr/src/app/node_modules/@grpc/grpc-js/build/src/server-interceptors.js:382:18)',
    '    at ServerHttp2Stream.emit (node:events:519:28)',
    '    at endReadableNT (node:internal/streams/readable:1696:12)',
    '    at process.processTicksAndRejections (node:internal/process/task_queues:82:21) {',
    '  code: 400',
    '}',
  ];
  const payLines = [
    pino(T, -37.6, 'info', 'paymentservice-server', 'PaymentService gRPC server started on port 50051'),
  ];
  for (let i = 0; i < 8; i++) payLines.push(...payErr(-33 + i * 4, i % 2 ? refusalMc : refusal, i));
  const coFail = (min, i) => logrus(T, min, 'info', `[PlaceOrder] user_id="${sid(30 + i)}" user_currency="${['USD', 'EUR', 'CAD'][i % 3]}"`);
  const coLines = [];
  for (let i = 0; i < 8; i++) coLines.push(coFail(-33 + i * 4, i));
  scenarios.push({
    folder: 's9-payment-rollout-rejects-cards',
    incidentTime,
    description: "orders failing at checkout since around 6pm, customers say their card gets rejected (visa + mastercard both). we didnt change anything on checkout side",
    expected: { component: 'paymentservice', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'time-expression'],
    grounding: `paymentservice is the Node.js service of the manifest; charge.js accepts a card only when the type its card-validator
      library returns is exactly 'visa' or 'mastercard' and otherwise throws "Sorry, we cannot process <type> credit cards. Only VISA
      or MasterCard is accepted." (code 400), which server.js logs with console.warn and returns to checkoutservice. A rebuilt image
      (v0.10.7, a dependency bump that returns capitalised card types — the classic "minor bump changed a string" regression of
      public post-mortems) passes the gRPC health probes, so its pods are Ready, yet refuses every card. checkoutservice wraps it as
      Internal "failed to charge card: could not charge the card"; the frontend shows "failed to complete the order". Decoy: an
      OOM-kill of recommendationservice three days ago (restarted, Ready since).`,
    workloads: {
      paymentservice: { rollout: { at: -38 }, containers: { server: { image: `${REG}/paymentservice:v0.10.7` } } },
      recommendationservice: { pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) } }] },
    },
    events: [
      { on: 'deploy:paymentservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set paymentservice-%NEW% to 1', first: -38, last: -38 },
      { on: 'deploy:paymentservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set paymentservice-%OLD% to 0 from 1', first: -37.4, last: -37.4 },
      { on: 'pod:paymentservice#0', reason: 'Pulling', message: `Pulling image "${REG}/paymentservice:v0.10.7"`, first: -37.9, last: -37.9 },
      { on: 'pod:paymentservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/paymentservice:v0.10.7" in 3.412s (3.412s including waiting). Image size: 58231467 bytes.`, first: -37.8, last: -37.8 },
      { on: 'pod:paymentservice#0', reason: 'Created', message: 'Created container server', first: -37.8, last: -37.8 },
      { on: 'pod:paymentservice#0', reason: 'Started', message: 'Started container server', first: -37.7, last: -37.7 },
    ],
    logs: {
      'paymentservice#0/server': payLines,
      'checkoutservice#0/server': coLines,
      'frontend#0/server': [
        front(T, -45, 'info', 'request complete', { path: '/cart/checkout', method: 'POST', id: rid(21), session: sid(21) }),
        front(T, -29, 'error', 'request error', { path: '/cart/checkout', method: 'POST', id: rid(22), session: sid(22), error: `failed to complete the order: rpc error: code = Internal desc = failed to charge card: could not charge the card: rpc error: code = Unknown desc = ${refusal}` }),
        front(T, -17, 'error', 'request error', { path: '/cart/checkout', method: 'POST', id: rid(23), session: sid(23), error: `failed to complete the order: rpc error: code = Internal desc = failed to charge card: could not charge the card: rpc error: code = Unknown desc = ${refusalMc}` }),
        front(T, -5, 'error', 'request error', { path: '/cart/checkout', method: 'POST', id: rid(24), session: sid(24), error: `failed to complete the order: rpc error: code = Internal desc = failed to charge card: could not charge the card: rpc error: code = Unknown desc = ${refusal}` }),
      ],
      'frontend#1/server': [
        front(T, -21, 'error', 'request error', { path: '/cart/checkout', method: 'POST', id: rid(25), session: sid(25), error: `failed to complete the order: rpc error: code = Internal desc = failed to charge card: could not charge the card: rpc error: code = Unknown desc = ${refusalMc}` }),
        front(T, -3, 'info', 'request complete', { path: '/', id: rid(26), session: sid(26) }),
      ],
    },
  });
}

// 4. No fault: a vague "slow this morning" with a healthy frontend rollout, an old adservice OOM and a one-off probe blip.
{
  const incidentTime = '2026-11-28T09:47:00Z';
  const T = clock(incidentTime);
  const fl = [];
  const paths = ['/', '/product/OLJCESPC7Z', '/cart', '/product/66VCHSJNUP', '/setCurrency', '/product/1YMWWN1N4O'];
  for (let i = 0; i < 14; i++) fl.push(front(T, -40 + i * 2.7, 'info', 'request complete', { path: paths[i % paths.length], method: paths[i % paths.length] === '/setCurrency' ? 'POST' : 'GET', id: rid(40 + i), session: sid(40 + i) }));
  fl.splice(6, 0, front(T, -24.1, 'warning', 'failed to retrieve ads', { path: '/product/66VCHSJNUP', id: rid(60), session: sid(60), error: 'rpc error: code = DeadlineExceeded desc = context deadline exceeded' }));
  scenarios.push({
    folder: 's9-nofault-slow-this-morning',
    incidentTime,
    description: 'someone in #team-storefront said the shop felt sluggish this morning (~9ish?), not sure if real. no alerts fired. can u take a look',
    noFault: true,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression', 'team-name'],
    grounding: `Nothing is wrong: every Deployment is available and every pod Ready. Decoys an on-call engineer meets every week: a
      frontend rollout two hours earlier that completed cleanly (v0.10.6 -> a rebuilt v0.10.6-1 with the same config), an adservice
      container OOM-killed four days ago (the JVM adservice is known in the upstream issues for memory spikes at start), one
      readiness-probe timeout on productcatalogservice 50 minutes ago, and a single "failed to retrieve ads" warning (the frontend
      treats ads as optional and keeps serving). The description is vague and second-hand, as such reports are.`,
    workloads: {
      frontend: { rollout: { at: -125 }, containers: { server: { image: `${REG}/frontend:v0.10.6-1` } } },
      adservice: { pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.3) } }) } }] },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -125, last: -125 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 1 from 2', first: -124.4, last: -124.4 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 2 from 1', first: -124.4, last: -124.4 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -123.8, last: -123.8 },
      { on: 'pod:productcatalogservice#1', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: timeout: failed to connect service ":3550" within 1s', first: -50, last: -50 },
    ],
    logs: {
      'frontend#0/server': fl,
      'frontend#1/server': fl.slice(0, 5).map((l) => l.replace(/c1a8|3a1f/g, '3a2f')),
      'adservice#0/server': [adlog(T, -60 * 24 * 4 + 0.2, 'main', 'AdService starting.'), adlog(T, -60 * 24 * 4 + 0.4, 'main', 'Ad Service started, listening on 9555'), adlog(T, -24.2, 'grpc-default-executor-9', 'received ad request (context_words=[clothing, tops])')],
      'loadgenerator#0/main': [
        `[${T.java(-60 * 24 * 9 + 0.5).replace('.', ',')}] %POD%/INFO/locust.main: Starting Locust 2.31.8`,
        `[${T.java(-20).replace('.', ',')}] %POD%/WARNING/root: CPU usage above 90%! This may constrain your throughput and may even give inconsistent response time measurements! See https://docs.locust.io/en/stable/running-distributed.html for how to distribute the load over multiple CPU cores or machines`,
      ],
    },
  });
}
