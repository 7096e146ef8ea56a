// Online Boutique dev scenarios of the s6 batch: written blind (the author had not read the rule packs, the engine or
// correlation code, nor the system's other scenarios, and never ran the engine on these). Expected answers were fixed
// before generation. The system is the session-2 one; grounding in each scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const frontLine = (T, min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? 'e41b7c02-8d5f-4a31-9c6e-1f0a2b3d4c5e', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.took ? { 'http.resp.bytes': extra.bytes ?? 11873, 'http.resp.status': extra.status ?? 200, 'http.resp.took_ms': extra.took } : {}), ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '5c2d9e1a-7b4f-4e08-a3c6-90d1e2f3a4b5', severity, timestamp: T.isoMs(min) });
const goLine = (T, min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const pyLine = (T, min, severity, name, message) => JSON.stringify({ timestamp: T.isoMs(min), severity, name, message });
const pino = (T, min, level, msg, name = 'currencyservice-server') => `{"level":${level},"time":${Date.parse(T.isoMs(min))},"pid":1,"hostname":"%POD%","name":"${name}","msg":${JSON.stringify(msg)}}`;
const redisTs = (T, min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())} ${mon} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`;
};
const range = (from, to, step) => { const out = []; for (let m = from; m < to; m += step) out.push(Math.round(m * 1000) / 1000); return out; };
const PRODUCTS = ['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0', 'LS4PSXUNUM', '9SIQT8TOJO', '6E92ZMYYFZ'];
const MAILS = ['someone@example.com', 'k.ito@example.org', 'lena.m@example.net', 'j.doe@example.com', 'amira@example.org'];

export const scenarios = [];

// 1 — dependency-down: redis-cart paused with CLIENT PAUSE (milliseconds read as seconds), Ready, silent; callers time out.
{
  const T = clock('2026-11-17T09:58:00Z');
  const se = (qs, cmd = 'HMGET') => `StackExchange.Redis.RedisTimeoutException: Timeout performing ${cmd} (5000ms), next: ${cmd} ${'3f8a2c61-9d0e-4b75-8e14-b6c0a7d95e28'}, inst: 0, qu: 0, qs: ${qs}, aw: False, bw: SpinningDown, rs: ReadAsync, ws: Idle, in: 0, in-pipe: 0, out-pipe: 0, last-in: 0, cur-in: 0, sync-ops: 0, async-ops: 61822, serverEndpoint: redis-cart:6379, conn-sec: 604811.37, aoc: 0, mc: 1/1/0, mgr: 10 of 10 available, clientName: %POD%(SE.Redis-v2.6.122.38350), IOCP: (Busy=0,Free=1000,Min=1,Max=1000), WORKER: (Busy=1,Free=32766,Min=2,Max=32767), POOL: (Threads=7,QueuedItems=0,CompletedItems=912044,Timers=14), v: 2.6.122.38350 (Please take a look at this article for some common client-side issues that can cause timeouts: https://stackexchange.github.io/StackExchange.Redis/Timeouts)`;
  const cartLog = (q0) => [
    ...range(-40, -19, 4).flatMap((m) => ['info: Microsoft.AspNetCore.Hosting.Diagnostics[2]', `      Request finished HTTP/2 POST http://cartservice:7070/hipstershop.CartService/GetCart application/grpc - 200 - application/grpc 3.${Math.round(100 + m * -7)}ms`]),
    ...range(-17.5, -0.5, 1.25).flatMap((m, i) => ['info: Grpc.AspNetCore.Server.ServerCallHandler[7]', `      Error status code 'FailedPrecondition' with detail 'Can't access cart storage. ${se(q0 + i * 3, i % 3 === 2 ? 'EVAL' : 'HMGET')}' raised.`]),
  ];
  scenarios.push({
    folder: 's6-redis-cart-client-pause-left-on',
    split: 'dev',
    description: 'whole shop hangs ~5s then error page, every page not just cart. started around 9:40. storefront oncall, our pods look fine',
    incidentTime: '2026-11-17T09:58:00Z',
    expected: { component: 'redis-cart', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Redis's CLIENT PAUSE <timeout> [WRITE|ALL] suspends every client command for <timeout> milliseconds while the server keeps
      accepting TCP connections (Redis documentation, "CLIENT PAUSE"; it is the step of manual-failover and migration runbooks).
      Here a migration rehearsal ran CLIENT PAUSE 3600000 ALL (an hour, meant as seconds-scale) at ~09:40 and never unpaused.
      redis-cart stays Ready because its probes are tcpSocket on 6379 (release/kubernetes-manifests.yaml) and Redis logs nothing
      for a pause: its log only shows the last periodic RDB save before the pause and none after. cartservice
      (StackExchange.Redis behind IDistributedCache, src/cartservice/src/cartstore/RedisCartStore.cs) times out after 5000 ms;
      the timeout text is the library's, with the counters that tell a silent server from client-side starvation (qs growing,
      in: 0, WORKER Busy=1, mgr 10 of 10 available; StackExchange.Redis "Timeouts" documentation). The frontend calls GetCart on
      every page (cart size in the header), so every page fails with "could not retrieve cart". Decoys: recommendationservice's
      OOMKilled restart three days ago, a healthy adservice rollout 50 minutes ago.`,
    workloads: {
      'redis-cart': { since: -60 * 24 * 7 },
      adservice: { rollout: { at: -50, revision: 6, oldContainers: { server: { image: `${REG}/adservice:v0.10.5` } } } },
      recommendationservice: { pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) } }) } }] },
    },
    events: [
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set adservice-%NEW% to 1', first: -50 },
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set adservice-%OLD% to 0 from 1', first: -48.5 },
      { on: 'pod:adservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/adservice:v0.10.6" in 6.912s (6.912s including waiting). Image size: 172330041 bytes.`, first: -49.8 },
      { on: 'pod:adservice#0', reason: 'Started', message: 'Started container server', first: -49.6, fieldPath: 'spec.containers{server}' },
      { on: 'pod:adservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: timeout: failed to connect service ":9555" within 1s', first: -49.4, last: -49.2, count: 2, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'redis-cart#0/redis': [
        `1:C ${redisTs(T, -60 * 24 * 7)} # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.`,
        `1:C ${redisTs(T, -60 * 24 * 7 + 0.001)} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
        `1:C ${redisTs(T, -60 * 24 * 7 + 0.002)} * Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started`,
        `1:M ${redisTs(T, -60 * 24 * 7 + 0.004)} * Running mode=standalone, port=6379.`,
        `1:M ${redisTs(T, -60 * 24 * 7 + 0.005)} * Server initialized`,
        `1:M ${redisTs(T, -60 * 24 * 7 + 0.006)} * Ready to accept connections tcp`,
        ...range(-95, -19, 5).flatMap((m, i) => [
          `1:M ${redisTs(T, m)} * 100 changes in 300 seconds. Saving...`,
          `1:M ${redisTs(T, m + 0.001)} * Background saving started by pid ${4210 + i * 3}`,
          `${4210 + i * 3}:C ${redisTs(T, m + 0.004)} * DB saved on disk`,
          `${4210 + i * 3}:C ${redisTs(T, m + 0.005)} * Fork CoW for RDB: current 1 MB, peak 1 MB, average 0 MB`,
          `1:M ${redisTs(T, m + 0.006)} * Background saving terminated with success`,
        ]),
      ],
      'cartservice#0/server': cartLog(4),
      'cartservice#1/server': cartLog(6),
      'frontend#0/server': [
        ...range(-30, -19, 2).map((m) => frontLine(T, m, 'debug', 'request complete', { path: '/', took: 41 + Math.round(-m) })),
        ...range(-17, -0.5, 1.5).map((m, i) => frontLine(T, m, 'error', 'request error', { path: ['/', '/product/' + PRODUCTS[i % 9], '/cart', '/'][i % 4], error: `could not retrieve cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisTimeoutException: Timeout performing HMGET (5000ms), next: HMGET 5c2d9e1a-7b4f-4e08-a3c6-90d1e2f3a4b5, inst: 0, qu: 0, qs: ${8 + i * 3}, aw: False, bw: SpinningDown, rs: ReadAsync, ws: Idle, in: 0, serverEndpoint: redis-cart:6379, mgr: 10 of 10 available` })),
      ],
      'frontend#1/server': [
        ...range(-16.2, -0.5, 2).map((m, i) => frontLine(T, m, 'error', 'request error', { id: `0a9e${String(i).padStart(2, '0')}c7-1f22-4b0e-9d3c-7e8f6a5b4c3d`, method: i % 3 === 1 ? 'POST' : 'GET', path: i % 3 === 1 ? '/cart' : '/', error: i % 3 === 1 ? `failed to add to cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisTimeoutException: Timeout performing EVAL (5000ms), inst: 0, qu: 0, qs: ${11 + i}, in: 0, serverEndpoint: redis-cart:6379` : `could not retrieve cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisTimeoutException: Timeout performing HMGET (5000ms), inst: 0, qu: 0, qs: ${10 + i}, in: 0, serverEndpoint: redis-cart:6379` })),
      ],
      'checkoutservice#0/server': [goLine(T, -60 * 24 * 9, 'info', 'service config: &{productCatalogSvcAddr:productcatalogservice:3550 cartSvcAddr:cartservice:7070 currencySvcAddr:currencyservice:7000 shippingSvcAddr:shippingservice:50051 emailSvcAddr:emailservice:5000 paymentSvcAddr:paymentservice:50051}'), ...range(-36, -20, 4).map((m) => goLine(T, m, 'info', '[PlaceOrder] user_id="3b7e1a9d-5c2f-4d08-8e61-a4f0b9c2d713" user_currency="USD"'))],
    },
  });
}

// 2 — external-dependency: SendGrid answering 503; orders succeed, confirmation mails fail.
{
  const T = clock('2026-10-08T13:47:00Z');
  const emailLines = [];
  range(-55, -36, 3.5).forEach((m, i) => {
    emailLines.push(pyLine(T, m, 'INFO', 'emailservice-server', `A request to send order confirmation email to ${MAILS[i % 5]} has been received.`));
    emailLines.push(pyLine(T, m + 0.01, 'INFO', 'emailservice-server', `SendGrid accepted message for ${MAILS[i % 5]} (status 202)`));
  });
  range(-34, -0.5, 2.2).forEach((m, i) => {
    emailLines.push(pyLine(T, m, 'INFO', 'emailservice-server', `A request to send order confirmation email to ${MAILS[(i + 2) % 5]} has been received.`));
    emailLines.push(pyLine(T, m + 0.02, 'ERROR', 'emailservice-server', `Failed to send order confirmation to ${MAILS[(i + 2) % 5]}: HTTP Error 503: Service Unavailable\nTraceback (most recent call last):\n  File "/email/email_server.py", line 97, in SendOrderConfirmation\n    self.send_email(email, confirmation)\n  File "/email/email_server.py", line 74, in send_email\n    response = self.sg.client.mail.send.post(request_body=message.get())\n  File "/usr/local/lib/python3.12/site-packages/python_http_client/client.py", line 277, in http_request\n    self._make_request(opener, request, timeout=timeout)\n  File "/usr/local/lib/python3.12/site-packages/python_http_client/client.py", line 187, in _make_request\n    raise exc\npython_http_client.exceptions.ServiceUnavailableError: HTTP Error 503: Service Unavailable`));
  });
  const coLines = [goLine(T, -60 * 24 * 9, 'info', 'service config: &{productCatalogSvcAddr:productcatalogservice:3550 cartSvcAddr:cartservice:7070 currencySvcAddr:currencyservice:7000 shippingSvcAddr:shippingservice:50051 emailSvcAddr:emailservice:5000 paymentSvcAddr:paymentservice:50051}')];
  range(-34.05, -0.5, 2.2).forEach((m, i) => {
    coLines.push(goLine(T, m, 'info', `[PlaceOrder] user_id="${['9a1c', '4e7b', 'c03d', '7f52'][i % 4]}e2b1-77aa-4c1d-9b0e-3f5a6c7d8e9f" user_currency="${['USD', 'EUR', 'CAD', 'JPY'][i % 4]}"`));
    coLines.push(goLine(T, m + 0.005, 'info', `payment went through (transaction_id: ${['a1f0c2d3', 'b4e5f607', 'c8d9e0f1', 'd2a3b4c5'][i % 4]}-${1000 + i}-4e2f-9a8b-0c1d2e3f4a5b)`));
    coLines.push(goLine(T, m + 0.03, 'warning', `failed to send order confirmation to "${MAILS[(i + 2) % 5]}": rpc error: code = Internal desc = SendGrid request failed: HTTP Error 503: Service Unavailable`));
  });
  scenarios.push({
    folder: 's6-sendgrid-503-no-confirmation-mails',
    split: 'dev',
    description: 'support says customers aren\'t getting order confirmation emails since about 13:10. orders themselfs go thru ok. checkout team pls check',
    incidentTime: '2026-10-08T13:47:00Z',
    expected: { component: 'sendgrid', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'emailservice', cause: 'external-dependency' }],
    difficulty: 'medium',
    traits: ['external-dependency-failure', 'pods-ready', 'callers-only', 'decoy', 'typo', 'time-expression', 'team-name'],
    grounding: `
      SendGrid's v3 Mail Send API answers 503 Service Unavailable during provider incidents (status.sendgrid.com history:
      "Mail Send API returning elevated 5xx errors"); python-http-client (the sendgrid library's transport) raises
      ServiceUnavailableError "HTTP Error 503: Service Unavailable". emailservice sending through SendGrid
      (SENDGRID_API_HOST=api.sendgrid.com) is this operator's documented deviation (SOURCES.md); its log lines are the Python
      JSON logger of src/emailservice/email_server.py. checkoutservice's only warning is "failed to send order confirmation to
      %q" and it completes the order anyway (src/checkoutservice/main.go), so orders succeed. Every pod is Ready. Decoys: a
      healthy paymentservice rollout 40 minutes ago (checkout-team deploy), an old restart of emailservice two days ago.`,
    workloads: {
      paymentservice: { rollout: { at: -40, revision: 5, oldContainers: { server: { image: `${REG}/paymentservice:v0.10.5` } } } },
      emailservice: { pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 + 0.2), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2) } }) } }] },
    },
    events: [
      { on: 'deploy:paymentservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set paymentservice-%NEW% to 1', first: -40 },
      { on: 'deploy:paymentservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set paymentservice-%OLD% to 0 from 1', first: -39.2 },
      { on: 'pod:paymentservice#0', reason: 'Started', message: 'Started container server', first: -39.6, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'emailservice#0/server': emailLines,
      'checkoutservice#0/server': coLines,
      'paymentservice#0/server': range(-34.1, -0.5, 2.2).map((m, i) => pino(T, m, 30, `Transaction processed: visa ending 0${400 + i}     Amount: USD${30 + i}.${10 + i}`, 'paymentservice-charge')),
    },
  });
}

// 3 — external-dependency: SendGrid slow (reads time out after 30 s); checkout waits on the confirmation and looks broken.
{
  const T = clock('2026-09-22T19:31:00Z');
  const emailLines = [pyLine(T, -60 * 24 * 9, 'INFO', 'emailservice-server', 'starting the email service in production mode (SendGrid).'), pyLine(T, -60 * 24 * 9 + 0.01, 'INFO', 'emailservice-server', 'listening on port: 8080')];
  range(-60, -36, 4).forEach((m, i) => {
    emailLines.push(pyLine(T, m, 'INFO', 'emailservice-server', `A request to send order confirmation email to ${MAILS[i % 5]} has been received.`));
    emailLines.push(pyLine(T, m + 0.006, 'INFO', 'emailservice-server', `SendGrid accepted message for ${MAILS[i % 5]} (status 202)`));
  });
  range(-33, -1, 1.1).forEach((m, i) => {
    emailLines.push(pyLine(T, m, 'INFO', 'emailservice-server', `A request to send order confirmation email to ${MAILS[(i + 1) % 5]} has been received.`));
    if (m + 0.5 < -0.2) emailLines.push(pyLine(T, m + 0.5 + (i % 3) * 0.05, i % 4 === 3 ? 'INFO' : 'ERROR', 'emailservice-server', i % 4 === 3 ? `SendGrid accepted message for ${MAILS[(i + 1) % 5]} (status 202) after 27.91s` : `Failed to send order confirmation to ${MAILS[(i + 1) % 5]}: The read operation timed out\nTraceback (most recent call last):\n  File "/email/email_server.py", line 74, in send_email\n    response = self.sg.client.mail.send.post(request_body=message.get())\n  File "/usr/local/lib/python3.12/site-packages/python_http_client/client.py", line 187, in _make_request\n    return opener.open(request, timeout=timeout)\n  File "/usr/local/lib/python3.12/ssl.py", line 1252, in recv_into\n    return self.read(nbytes, buffer)\nTimeoutError: The read operation timed out`));
  });
  emailLines.sort((a, b) => JSON.parse(a).timestamp.localeCompare(JSON.parse(b).timestamp));
  const co = [goLine(T, -60 * 24 * 9, 'info', 'service config: &{productCatalogSvcAddr:productcatalogservice:3550 cartSvcAddr:cartservice:7070 currencySvcAddr:currencyservice:7000 shippingSvcAddr:shippingservice:50051 emailSvcAddr:emailservice:5000 paymentSvcAddr:paymentservice:50051}')];
  range(-33.02, -1, 1.1).forEach((m, i) => {
    co.push(goLine(T, m - 0.01, 'info', `[PlaceOrder] user_id="${['51ab', '9c3e', 'e7d0'][i % 3]}c1f2-6a3b-4d5e-8f90-a1b2c3d4e5f6" user_currency="${['USD', 'EUR', 'GBP'][i % 3]}"`));
    co.push(goLine(T, m - 0.005, 'info', `payment went through (transaction_id: ${['0f1e2d3c', '4b5a6978', '8c9dae0f'][i % 3]}-${2000 + i}-4a1b-8c2d-3e4f5a6b7c8d)`));
    if (i % 4 !== 3 && m + 0.5 < -0.2) co.push(goLine(T, m + 0.52, 'warning', `failed to send order confirmation to "${MAILS[(i + 1) % 5]}": rpc error: code = Internal desc = SendGrid request failed: The read operation timed out`));
  });
  co.sort((a, b) => JSON.parse(a).timestamp.localeCompare(JSON.parse(b).timestamp));
  scenarios.push({
    folder: 's6-sendgrid-slow-checkout-hangs',
    split: 'dev',
    description: 'placing an order takes forever (30s+), some ppl get the error page at checkout. maybe half an hour now. payments look like they go through though?',
    incidentTime: '2026-09-22T19:31:00Z',
    expected: { component: 'sendgrid', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'emailservice', cause: 'external-dependency' }],
    difficulty: 'hard',
    traits: ['external-dependency-failure', 'pods-ready', 'callers-only', 'louder-dependents', 'time-expression'],
    grounding: `
      A provider degradation where the SendGrid API accepts connections but answers after 25-60 s (status.sendgrid.com
      "Delays in API response times" incidents). emailservice (operator deviation: real SendGrid sending, SOURCES.md) uses the
      sendgrid client with a 30 s timeout, so most calls end in Python's "TimeoutError: The read operation timed out" from
      ssl.recv_into. checkoutservice calls SendOrderConfirmation synchronously inside PlaceOrder after charging the card
      (src/checkoutservice/main.go: charge → ship → empty cart → confirmation, failure only logged as a warning), and the
      frontend sets no deadline on PlaceOrder (src/frontend/rpc.go), so checkout requests take 30 s and the load balancer's
      30 s backend timeout cancels some of them ("context canceled"). The loud symptoms are in the frontend and checkout;
      the cause is outside the cluster. All pods Ready; no rollout today.`,
    logs: {
      'emailservice#0/server': emailLines,
      'checkoutservice#0/server': co,
      'frontend#0/server': range(-32, -1, 2.4).map((m, i) => (i % 3 === 2
        ? frontLine(T, m, 'error', 'request error', { method: 'POST', path: '/cart/checkout', error: 'failed to complete the order: rpc error: code = Canceled desc = context canceled' })
        : frontLine(T, m, 'debug', 'request complete', { method: 'POST', path: '/cart/checkout', took: 30100 + i * 37, bytes: 8911 }))),
      'frontend#1/server': [
        ...range(-58, -36, 5).map((m) => frontLine(T, m, 'debug', 'request complete', { method: 'POST', path: '/cart/checkout', took: 412, bytes: 8902 })),
        ...range(-31.3, -1, 3).map((m, i) => frontLine(T, m, 'debug', 'request complete', { method: i % 2 ? 'GET' : 'POST', path: i % 2 ? '/product/' + PRODUCTS[i % 9] : '/cart/checkout', took: i % 2 ? 38 : 29870 + i * 51 })),
      ],
    },
  });
}

// 4 — resource-exhaustion: currencyservice CPU-throttled at its 200m limit with the HPA at max; every page slow.
{
  const T = clock('2026-11-27T14:26:00Z');
  const cur = (n) => [
    ...range(-40, -0.3, 0.9 + n * 0.1).flatMap((m, i) => [pino(T, m, 30, i % 5 === 0 ? 'Getting supported currencies...' : 'conversion request successful')]),
  ];
  scenarios.push({
    folder: 's6-currency-cpu-throttled-hpa-maxed',
    split: 'dev',
    description: 'Black Friday traffic: storefront is crawling, every page 3-5s, p99 through the roof for the last ~20 min. nothing is erroring much, just slow',
    incidentTime: '2026-11-27T14:26:00Z',
    expected: { component: 'currencyservice', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'cpu-starvation', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      currencyservice is single-threaded Node.js with a 200m CPU limit (release/kubernetes-manifests.yaml); it is called for
      every price on every page (src/frontend/handlers.go converts each product price and the cart total). Under a traffic
      spike its container hits the CFS quota and is throttled; the event loop stalls, every conversion waits, and the frontend,
      which sets no deadline on these RPCs, becomes slow on every page. An HPA (operator deviation, min 1 / max 3, CPU 70 % of
      request) has scaled to its maximum and reports ScalingLimited/TooManyReplicas with utilisation near 200 % of request;
      kubelet's native gRPC probes occasionally miss their 1 s timeout ("timeout: health rpc did not complete within 1s") but
      not three in a row, so the pods stay Ready. Grounded in the well-known CFS-throttling failure of low CPU limits
      (Kubernetes issue kubernetes/kubernetes#67577, "CFS quotas can lead to unnecessary throttling") and the Online Boutique
      loadgenerator's own ramp behaviour. Decoy: a frontend rollout 55 minutes ago that is healthy.`,
    workloads: {
      currencyservice: { replicas: 3, pods: [{}, { created: T.iso(-23) }, { created: T.iso(-17) }] },
      frontend: { rollout: { at: -55, revision: 9, oldContainers: { server: { image: `${REG}/frontend:v0.10.5` } } } },
    },
    hpas: [{
      name: 'currencyservice',
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'currencyservice' }, minReplicas: 1, maxReplicas: 3, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }] },
      status: {
        lastScaleTime: T.iso(-17), currentReplicas: 3, desiredReplicas: 3,
        currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 197, averageValue: '197m' } } }],
        conditions: [
          { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-17), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
          { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
          { type: 'ScalingLimited', status: 'True', lastTransitionTime: T.iso(-16.5), reason: 'TooManyReplicas', message: 'the desired replica count is more than the maximum replica count' },
        ],
      },
    }],
    events: [
      { on: 'hpa:currencyservice', reason: 'SuccessfulRescale', message: 'New size: 2; reason: cpu resource utilization (percentage of request) above target', first: -23 },
      { on: 'hpa:currencyservice', reason: 'SuccessfulRescale', message: 'New size: 3; reason: cpu resource utilization (percentage of request) above target', first: -17 },
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set currencyservice-%NEW% to 2 from 1', first: -23 },
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set currencyservice-%NEW% to 3 from 2', first: -17 },
      { on: 'pod:currencyservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: timeout: health rpc did not complete within 1s', first: -19, last: -2, count: 7, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#1', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: timeout: health rpc did not complete within 1s', first: -14, last: -1.5, count: 4, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#2', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: timeout: health rpc did not complete within 1s', first: -9, last: -3, count: 3, fieldPath: 'spec.containers{server}' },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -55 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -53.5 },
    ],
    logs: {
      'currencyservice#0/server': cur(0),
      'currencyservice#1/server': cur(1).filter((l) => JSON.parse(l).time > Date.parse(T.isoMs(-22.5))),
      'currencyservice#2/server': cur(2).filter((l) => JSON.parse(l).time > Date.parse(T.isoMs(-16.5))),
      'frontend#0/server': [
        ...range(-45, -22, 3).map((m, i) => frontLine(T, m, 'debug', 'request complete', { path: i % 2 ? '/product/' + PRODUCTS[i % 9] : '/', took: 62 + i * 4 })),
        ...range(-21, -0.5, 1).map((m, i) => frontLine(T, m, 'debug', 'request complete', { path: i % 3 === 0 ? '/' : i % 3 === 1 ? '/product/' + PRODUCTS[i % 9] : '/cart', took: 2800 + ((i * 733) % 2600) })),
        frontLine(T, -6.4, 'error', 'request error', { path: '/', error: 'failed to do currency conversion for product 9SIQT8TOJO: rpc error: code = Canceled desc = context canceled' }),
      ],
      'frontend#1/server': range(-20.5, -0.5, 1.3).map((m, i) => frontLine(T, m, 'debug', 'request complete', { path: i % 2 ? '/product/' + PRODUCTS[(i + 3) % 9] : '/', took: 3100 + ((i * 577) % 2100) })),
    },
  });
}

// 5 — config-error: checkoutservice rolled out with CURRENCY_SERVICE_ADDR on a port the Service does not have.
{
  const T = clock('2026-10-29T16:12:00Z');
  const co = { name: 'CURRENCY_SERVICE_ADDR', value: 'currencyservice:7000' };
  const env = base.workloads.find((w) => w.name === 'checkoutservice').containers[0].env;
  const newEnv = env.map((e) => (e.name === co.name ? { ...co, value: 'currencyservice:7001' } : e));
  const err = (p, cur) => `failed to complete the order: rpc error: code = Internal desc = failed to prepare order: failed to convert price of "${p}" to ${cur}: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:currencyservice%:7001: i/o timeout"`;
  scenarios.push({
    folder: 's6-checkout-currency-addr-wrong-port',
    split: 'dev',
    description: 'cant place orders — checkout spins ~20s then "failed to complete the order". browsing + cart are fine. started a bit after 15:30',
    incidentTime: '2026-10-29T16:12:00Z',
    expected: { component: 'checkoutservice', cause: 'config-error' },
    alsoAcceptable: [{ component: 'checkoutservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'typo', 'time-expression'],
    grounding: `
      checkoutservice reads its peers from *_SERVICE_ADDR env vars and dials them lazily (src/checkoutservice/main.go
      mustConnGRPC: non-blocking grpc.DialContext), logging them once as "service config: %+v". A "port clean-up" change rolled
      out at 15:34 set CURRENCY_SERVICE_ADDR=currencyservice:7001; the currencyservice Service only exposes 7000, and on GKE
      Dataplane V2 a ClusterIP port with no Service port is dropped, so grpc-go reports "transport: Error while dialing: dial
      tcp <ClusterIP>:7001: i/o timeout" (code Unavailable) after its 20 s connect timeout. PlaceOrder converts every item price
      first (prepOrderItems → "failed to convert price of %q to %s", wrapped as "failed to prepare order") and returns codes.Internal
      without logging, so only the frontend logs the error and it names currencyservice, which is healthy: the frontend's own
      conversions (CURRENCY_SERVICE_ADDR=currencyservice:7000) keep working. The new pod is Ready (gRPC health is local).
      Decoys: currencyservice had an unrelated restart five days ago; a Warning from last week's node upgrade is gone (events TTL).`,
    workloads: {
      checkoutservice: { rollout: { at: -38, revision: 5, oldContainers: { server: { env } } }, containers: { server: { env: newEnv } } },
      currencyservice: { pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 5 + 0.3), last: { exitCode: 137, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 5) } }) } }] },
    },
    events: [
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set checkoutservice-%NEW% to 1', first: -38 },
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set checkoutservice-%OLD% to 0 from 1', first: -37.3 },
      { on: 'pod:checkoutservice#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -38 },
      { on: 'pod:checkoutservice#0', reason: 'Pulled', message: `Container image "${REG}/checkoutservice:v0.10.6" already present on machine`, first: -37.9, fieldPath: 'spec.containers{server}' },
      { on: 'pod:checkoutservice#0', reason: 'Created', message: 'Created container server', first: -37.9, fieldPath: 'spec.containers{server}' },
      { on: 'pod:checkoutservice#0', reason: 'Started', message: 'Started container server', first: -37.8, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'checkoutservice#0/server': [
        goLine(T, -37.8, 'info', 'service config: &{productCatalogSvcAddr:productcatalogservice:3550 cartSvcAddr:cartservice:7070 currencySvcAddr:currencyservice:7001 shippingSvcAddr:shippingservice:50051 emailSvcAddr:emailservice:5000 paymentSvcAddr:paymentservice:50051}'),
        goLine(T, -37.79, 'info', 'starting to listen on tcp: "[::]:5050"'),
        ...range(-36, -0.6, 2.1).map((m, i) => goLine(T, m, 'info', `[PlaceOrder] user_id="${['7d1e', '2a9f', 'bc40'][i % 3]}a0c4-3e5f-4a6b-9c7d-8e9f0a1b2c3d" user_currency="${['USD', 'EUR', 'JPY'][i % 3]}"`)),
      ],
      'frontend#0/server': [
        ...range(-35.7, -0.3, 2.1).map((m, i) => frontLine(T, m, 'error', 'request error', { method: 'POST', path: '/cart/checkout', error: err(PRODUCTS[i % 9], ['USD', 'EUR', 'JPY'][i % 3]) })),
        ...range(-30, -1, 4).map((m, i) => frontLine(T, m, 'debug', 'request complete', { path: '/product/' + PRODUCTS[(i + 2) % 9], took: 44 + i })),
      ].sort((a, b) => JSON.parse(a).timestamp.localeCompare(JSON.parse(b).timestamp)),
      'currencyservice#0/server': range(-40, -0.3, 1.2).map((m) => pino(T, m, 30, 'conversion request successful')),
    },
  });
}

// 6 — bad-deploy-rollout: frontend v0.10.7 panics in the cart handler for empty carts; pods Ready (/_healthz is fine).
{
  const T = clock('2026-11-03T11:02:00Z');
  const panic = (m, n) => [
    `${T.go(m)} http: panic serving 10.8.${n}.1:${41000 + Math.round(-m * 97)}: runtime error: index out of range [0] with length 0`,
    `goroutine ${80000 + Math.round(-m * 311)} [running]:`,
    'net/http.(*conn).serve.func1()',
    '\t/usr/local/go/src/net/http/server.go:1947 +0xbe',
    'panic({0x1c43a20?, 0xc000d3e0a8?})',
    '\t/usr/local/go/src/runtime/panic.go:785 +0x132',
    'main.(*frontendServer).viewCartHandler(0xc0001c8000, {0x2279c50, 0xc000b2e1c0}, 0xc000a45b80)',
    '\t/src/handlers.go:318 +0x1c6e',
    'net/http.HandlerFunc.ServeHTTP(0xc000d52a00?, {0x2279c50?, 0xc000b2e1c0?}, 0x0?)',
    '\t/usr/local/go/src/net/http/server.go:2220 +0x29',
    'main.(*logHandler).ServeHTTP(0xc00040c2a0, {0x2276b40, 0xc0003a21c0}, 0xc000a45a00)',
    '\t/src/middleware.go:82 +0x70b',
  ];
  const fe = (n, off) => {
    const out = [];
    range(-33 + off, -0.5, 1.7).forEach((m, i) => {
      const path = ['/', '/cart', '/product/' + PRODUCTS[i % 9], '/cart'][i % 4];
      out.push(frontLine(T, m, 'debug', 'request started', { path, id: `${n}${String(i).padStart(2, '0')}fa2b4-6c8d-4e0f-9a1b-2c3d4e5f6a7b` }));
      if (path === '/cart' && i % 8 !== 3) out.push(...panic(m + 0.001, n));
      else out.push(frontLine(T, m + 0.001, 'debug', 'request complete', { path, id: `${n}${String(i).padStart(2, '0')}fa2b4-6c8d-4e0f-9a1b-2c3d4e5f6a7b`, took: 35 + i }));
    });
    return out;
  };
  scenarios.push({
    folder: 's6-frontend-rollout-cart-panic',
    split: 'dev',
    description: 'cart page gives a 502 for a lot of customers since ~10:30, add to cart itself seems to work. home + product pages ok',
    incidentTime: '2026-11-03T11:02:00Z',
    expected: { component: 'frontend', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'time-expression'],
    grounding: `
      A frontend build (fictional v0.10.7, rolled out at 10:29) whose cart handler indexes the first cart item's shipping estimate
      without checking for an empty cart. Go's net/http recovers a handler panic per connection and writes "http: panic serving
      <addr>: <value>" with the goroutine trace to the server's error log (net/http server.go conn.serve), then closes the
      connection, which the Google load balancer reports to the browser as 502. The frontend's logHandler logs "request started"
      but never "request complete" for these (src/frontend/middleware.go). /_healthz is a separate handler, so both new pods are
      Ready and the rollout completed. Decoys: a productcatalogservice rollout at nearly the same time that is healthy, and
      recommendationservice's OOMKilled restart four days ago.`,
    workloads: {
      frontend: { rollout: { at: -33, revision: 11, oldContainers: { server: { image: `${REG}/frontend:v0.10.6` } } }, containers: { server: { image: `${REG}/frontend:v0.10.7` } } },
      productcatalogservice: { rollout: { at: -41, revision: 7, oldContainers: { server: { image: `${REG}/productcatalogservice:v0.10.5` } } } },
      recommendationservice: { pods: [{ containers: { server: cs.restartedRunning({ restarts: 2, startedAt: T.iso(-60 * 24 * 4 + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 6), finishedAt: T.iso(-60 * 24 * 4) } }) } }] },
    },
    events: [
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 1', first: -41 },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 1 from 2', first: -40.5 },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 2 from 1', first: -40.5 },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 0 from 1', first: -40 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -33 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 1 from 2', first: -32.4 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 2 from 1', first: -32.4 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -31.9 },
      { on: 'pod:frontend#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/frontend:v0.10.7" in 4.118s (4.118s including waiting). Image size: 19633021 bytes.`, first: -32.9, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#1', reason: 'Pulled', message: `Container image "${REG}/frontend:v0.10.7" already present on machine`, first: -32.3, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'frontend#0/server': fe(0, 0),
      'frontend#1/server': fe(1, 0.6),
      'productcatalogservice#0/server': [goLine(T, -40.9, 'info', 'successfully parsed product catalog json'), goLine(T, -40.89, 'info', 'starting grpc server at :3550')],
      'productcatalogservice#1/server': [goLine(T, -40.4, 'info', 'successfully parsed product catalog json'), goLine(T, -40.39, 'info', 'starting grpc server at :3550')],
    },
  });
}

// 7 — network-fault: a new ingress NetworkPolicy on productcatalogservice forgets recommendationservice.
{
  const T = clock('2026-12-01T15:44:00Z');
  const unav = `<_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.UNAVAILABLE\n\tdetails = "failed to connect to all addresses; last error: UNKNOWN: ipv4:%SVCIP:productcatalogservice%:3550: Failed to connect to remote host: Timeout occurred: FD Shutdown"\n\tdebug_error_string = "UNKNOWN:Error received from peer  {grpc_message:"failed to connect to all addresses; last error: UNKNOWN: ipv4:%SVCIP:productcatalogservice%:3550: Failed to connect to remote host: Timeout occurred: FD Shutdown", grpc_status:14}"\n>`;
  const rec = [pyLine(T, -60 * 24 * 9, 'INFO', 'recommendationservice-server', 'initializing recommendationservice'), pyLine(T, -60 * 24 * 9 + 0.01, 'INFO', 'recommendationservice-server', 'listening on port: 8080')];
  range(-50, -26, 3).forEach((m, i) => rec.push(pyLine(T, m, 'INFO', 'recommendationservice-server', `[Recv ListRecommendations] product_ids=['${PRODUCTS[(i + 1) % 9]}', '${PRODUCTS[(i + 4) % 9]}', '${PRODUCTS[(i + 6) % 9]}', '${PRODUCTS[(i + 7) % 9]}', '${PRODUCTS[(i + 8) % 9]}']`)));
  range(-23.5, -0.5, 1.6).forEach((m) => rec.push(pyLine(T, m, 'ERROR', 'grpc._server', `Exception calling application: ${unav}\nTraceback (most recent call last):\n  File "/usr/local/lib/python3.12/site-packages/grpc/_server.py", line 610, in _call_behavior\n    response_or_iterator = behavior(argument, context)\n  File "/recommendationservice/recommendation_server.py", line 69, in ListRecommendations\n    cat_response = product_catalog_stub.ListProducts(demo_pb2.Empty())\n  File "/usr/local/lib/python3.12/site-packages/grpc/_channel.py", line 1181, in __call__\n    return _end_unary_response_blocking(state, call, False, None)\n  File "/usr/local/lib/python3.12/site-packages/grpc/_channel.py", line 1006, in _end_unary_response_blocking\n    raise _InactiveRpcError(state)  # pytype: disable=not-instantiable\ngrpc._channel._InactiveRpcError: ${unav}`)));
  scenarios.push({
    folder: 's6-productcatalog-netpol-blocks-recs',
    split: 'dev',
    description: 'product detail pages 500ing (home page + cart fine). "failed to get product recomendations" in the web logs. since roughly 15:20',
    incidentTime: '2026-12-01T15:44:00Z',
    expected: { component: 'productcatalogservice', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'recommendationservice', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['network-policy', 'pods-ready', 'callers-only', 'louder-dependents', 'typo', 'time-expression'],
    grounding: `
      Online Boutique's kustomize/components/network-policies gives productcatalogservice an ingress allow-list of frontend,
      checkoutservice and recommendationservice. The catalog team applied a hand-written version at 15:19 that lists only
      frontend and checkoutservice; NetworkPolicy ingress rules are allow-lists, so recommendationservice's connections to
      3550 are dropped (Dataplane V2 drops, no RST) while frontend and checkout still work. The Python gRPC client fails with
      StatusCode.UNAVAILABLE "failed to connect to all addresses … Timeout occurred" and grpc._server logs "Exception calling
      application" with the traceback of ListRecommendations (src/recommendationservice/recommendation_server.py calls
      ListProducts first). The frontend renders the product page as an error when recommendations fail ("failed to get product
      recommendations", src/frontend/handlers.go). All pods Ready; the loud service (recommendationservice) is the victim.`,
    networkPolicies: [{
      name: 'productcatalogservice', created: -25,
      spec: {
        podSelector: { matchLabels: { app: 'productcatalogservice' } }, policyTypes: ['Ingress'],
        ingress: [{ from: [{ podSelector: { matchLabels: { app: 'frontend' } } }, { podSelector: { matchLabels: { app: 'checkoutservice' } } }], ports: [{ port: 3550, protocol: 'TCP' }] }],
      },
    }],
    logs: {
      'recommendationservice#0/server': rec,
      'frontend#0/server': [
        ...range(-40, -26, 3).map((m, i) => frontLine(T, m, 'debug', 'request complete', { path: '/product/' + PRODUCTS[i % 9], took: 58 + i })),
        ...range(-23.3, -0.4, 1.6).map((m, i) => frontLine(T, m, 'error', 'request error', { path: '/product/' + PRODUCTS[(i + 2) % 9], error: `failed to get product recommendations: rpc error: code = Unknown desc = Exception calling application: <_InactiveRpcError of RPC that terminated with: status = StatusCode.UNAVAILABLE details = "failed to connect to all addresses; last error: UNKNOWN: ipv4:%SVCIP:productcatalogservice%:3550: Failed to connect to remote host: Timeout occurred: FD Shutdown">` })),
        ...range(-22, -1, 3).map((m, i) => frontLine(T, m, 'debug', 'request complete', { path: '/', took: 71 + i })),
      ].sort((a, b) => JSON.parse(a).timestamp.localeCompare(JSON.parse(b).timestamp)),
      'productcatalogservice#0/server': [goLine(T, -60 * 24 * 9, 'info', 'successfully parsed product catalog json'), goLine(T, -60 * 24 * 9 + 0.01, 'info', 'starting grpc server at :3550')],
    },
  });
}
