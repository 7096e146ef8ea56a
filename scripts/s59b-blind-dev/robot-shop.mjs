// Blind dev batch s59b: one Stan's Robot Shop scenario (bad-deploy-rollout) for the scenario kit, built by
// scripts/s59b-build.mjs with the kit system definition scripts/kit-systems/robot-shop.mjs (withDefaults, pino, defaultPvcs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const INCIDENT = '2026-03-17T15:48:00Z';
const T = clock(INCIDENT);
const NEW_CART = '734918260451.dkr.ecr.eu-west-1.amazonaws.com/robot-shop/rs-cart:2.1.0-b47';

// node 14's warning for a rejected promise nobody handles: node-redis 4 rejects every command with ClientClosedError
// ("The client is closed") while the client was never connect()ed; the express callback never runs and the request hangs.
const unhandled = (id) => [
  '(node:1) UnhandledPromiseRejectionWarning: Error: The client is closed',
  '    at Commander._RedisClient_sendCommand (/opt/server/node_modules/@redis/client/dist/lib/client/index.js:490:31)',
  '    at Commander.commandsExecutor (/opt/server/node_modules/@redis/client/dist/lib/client/index.js:188:154)',
  '    at Commander.BaseClass.<computed> [as get] (/opt/server/node_modules/@redis/client/dist/lib/commander.js:8:29)',
  '    at /opt/server/server.js:139:17',
  '    at Layer.handle [as handle_request] (/opt/server/node_modules/express/lib/router/layer.js:95:5)',
  '    at next (/opt/server/node_modules/express/lib/router/route.js:137:13)',
  '    at Route.dispatch (/opt/server/node_modules/express/lib/router/route.js:112:3)',
  '    at Layer.handle [as handle_request] (/opt/server/node_modules/express/lib/router/layer.js:95:5)',
  '    at /opt/server/node_modules/express/lib/router/index.js:281:22',
  `(node:1) UnhandledPromiseRejectionWarning: Unhandled promise rejection. This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). To terminate the node process on unhandled promise rejection, use the CLI flag \`--unhandled-rejections=strict\` (see https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). (rejection id: ${id})`,
];

const cartLog = (() => {
  const h = '%POD%';
  const out = [
    pino(T, -27.3, 'info', h, 'Started on port 8080'),
    '(node:1) [DEP0005] DeprecationWarning: Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
  ];
  let id = 1;
  for (let m = -26.8; m < -0.5; m += 2.3) {
    out.push(...unhandled(id++));
    out.push(pino(T, m + 0.4, 'info', h, 'request completed', '"req":{"id":' + (40 + id) + ',"method":"GET","url":"/health","headers":{"host":"%PODIP%:8080","user-agent":"kube-probe/1.30+"},"remoteAddress":"::ffff:10.1.2.137","remotePort":48122},"res":{"statusCode":200,"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8","content-length":"27"}},"responseTime":1,'));
    out.push(...unhandled(id++));
  }
  return out;
})();

const nginxLine = (min, ip, method, path, status, bytes, ua = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36') => {
  const d = new Date(Date.parse(INCIDENT) + min * 60000);
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return `${ip} - - [${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000] "${method} ${path} HTTP/1.1" ${status} ${bytes} "http://shop.robotshop.example/" "${ua}"`;
};
const nginxErr = (min, path, up) => {
  const d = new Date(Date.parse(INCIDENT) + min * 60000);
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}/${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} [error] 29#29: *${Math.floor(18000 + min * -37)} upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.1.14, server: localhost, request: "GET ${path} HTTP/1.1", upstream: "http://%SVCIP:cart%:8080${up}", host: "shop.robotshop.example", referrer: "http://shop.robotshop.example/"`;
};
const webLog = (() => {
  const out = [];
  const sku = ['Watson', 'STAN-1', 'HAL-1', 'EVE-1', 'RED-1', 'CNA'];
  for (let i = 0; i < 14; i++) {
    const m = -44 + i * 1.3;
    out.push(nginxLine(m, '10.1.1.14', 'GET', '/api/catalogue/products', 200, 2412));
    out.push(nginxLine(m + 0.1, '10.1.1.14', 'GET', `/api/cart/add/anonymous-${4120 + i}/${sku[i % 6]}/1`, 200, 196));
    out.push(nginxLine(m + 0.2, '10.1.1.14', 'GET', `/api/ratings/api/fetch/${sku[(i + 2) % 6]}`, 200, 37));
  }
  for (let i = 0; i < 18; i++) {
    const m = -25.5 + i * 1.35;
    out.push(nginxLine(m, '10.1.1.14', 'GET', '/api/catalogue/categories', 200, 52));
    out.push(nginxLine(m + 0.05, '10.1.1.14', 'GET', `/api/catalogue/product/${sku[i % 6]}`, 200, 331));
    const path = i % 3 === 2 ? `/api/cart/cart/anonymous-${4300 + i}` : `/api/cart/add/anonymous-${4300 + i}/${sku[i % 6]}/1`;
    out.push(nginxErr(m + 1.02, path, path.replace('/api/cart', '')));
    out.push(nginxLine(m + 1.02, '10.1.1.14', 'GET', path, 504, 167));
    if (i % 4 === 1) out.push(nginxLine(m + 1.1, '10.1.1.14', 'GET', `/api/shipping/calc/${2600 + i}`, 200, 61));
    if (i % 5 === 3) out.push(nginxLine(m + 1.2, '10.1.1.14', 'GET', `/api/user/uniqueid`, 200, 33));
  }
  return out;
})();

const springTs = (min) => T.java(min);
const shippingLog = [
  `${springTs(-60 * 24 * 6 + 0.6)}  INFO 1 --- [           main] com.instana.robotshop.shipping.ShippingServiceApplication : Started ShippingServiceApplication in 21.476 seconds (JVM running for 23.115)`,
  ...[-12.2, -7.9, -3.4].flatMap((m) => [
    `${springTs(m)}  INFO 1 --- [nio-8080-exec-${Math.round(-m) % 10}] c.i.robotshop.shipping.Controller        : confirm ${JSON.stringify({ location: 'Wiltshire', cost: 17.5 })}`,
    `${springTs(m + 1.0)}  WARN 1 --- [nio-8080-exec-${Math.round(-m) % 10}] c.i.robotshop.shipping.CartHelper        : adding shipping to cart`,
    `${springTs(m + 1.0)} ERROR 1 --- [nio-8080-exec-${Math.round(-m) % 10}] c.i.robotshop.shipping.CartHelper        : http client exception`,
    'java.net.SocketTimeoutException: Read timed out',
    '\tat java.base/java.net.SocketInputStream.socketRead0(Native Method)',
    '\tat java.base/java.net.SocketInputStream.socketRead(SocketInputStream.java:115)',
    '\tat java.base/java.net.SocketInputStream.read(SocketInputStream.java:168)',
    '\tat org.apache.http.impl.io.SessionInputBufferImpl.streamRead(SessionInputBufferImpl.java:137)',
    '\tat org.apache.http.impl.conn.DefaultHttpResponseParserFactory.create(DefaultHttpResponseParserFactory.java:56)',
    '\tat org.apache.http.impl.execchain.MainClientExec.execute(MainClientExec.java:272)',
    '\tat org.apache.http.impl.client.CloseableHttpClient.execute(CloseableHttpClient.java:108)',
    '\tat com.instana.robotshop.shipping.CartHelper.addToCart(CartHelper.java:45)',
    '\tat com.instana.robotshop.shipping.Controller.confirm(Controller.java:121)',
  ]),
];

const rts = (min) => {
  const d = new Date(Date.parse(INCIDENT) + min * 60000);
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${String(d.getUTCDate()).padStart(2, '0')} ${mon} ${d.toISOString().slice(11, 23)}`;
};
const REDIS_START = -60 * 24 * 6 - 0.5;
const redisLog = [
  `1:C ${rts(REDIS_START)} # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
  `1:C ${rts(REDIS_START)} # Redis version=4.0.6, bits=64, commit=00000000, modified=0, pid=1, just started`,
  `1:C ${rts(REDIS_START)} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf`,
  `1:M ${rts(REDIS_START + 0.001)} * Running mode=standalone, port=6379.`,
  `1:M ${rts(REDIS_START + 0.001)} # WARNING: The TCP backlog setting of 511 cannot be enforced because /proc/sys/net/core/somaxconn is set to the lower value of 128.`,
  `1:M ${rts(REDIS_START + 0.002)} * DB loaded from disk: 0.001 seconds`,
  `1:M ${rts(REDIS_START + 0.002)} * Ready to accept connections`,
  ...[-95.4, -33.1].flatMap((m, i) => [
    `1:M ${rts(m)} * 10 changes in 300 seconds. Saving...`,
    `1:M ${rts(m + 0.0001)} * Background saving started by pid ${412 + i * 19}`,
    `${412 + i * 19}:C ${rts(m + 0.0002)} * DB saved on disk`,
    `${412 + i * 19}:C ${rts(m + 0.0002)} * RDB: 0 MB of memory used by copy-on-write`,
    `1:M ${rts(m + 0.002)} * Background saving terminated with success`,
  ]),
];

export const scenarios = [
  withDefaults({
    folder: 's59b-cart-node-redis4-client-closed',
    description: 'add to basket spins then 504 since ~15:20, browsing + ratings fine. basket team?',
    incidentTime: INCIDENT,
    expected: { component: 'cart', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
    workloads: {
      cart: {
        rollout: { at: -28.2, revision: 6 },
        containers: { cart: { image: NEW_CART } },
        endpointsChanged: -27.1,
      },
      redis: {
        pods: [{
          name: 'redis-0',
          containers: {
            redis: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(REDIS_START),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 6 - 0.6) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cart-%NEW% to 1', first: -28.2 },
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cart-%OLD% to 0 from 1', first: -27.1 },
      { on: 'rs:cart', reason: 'SuccessfulCreate', message: 'Created pod: cart-%RS%', first: -28.2 },
      { on: 'pod:cart#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: -27.7 },
      { on: 'pod:cart#0', reason: 'Pulling', message: `Pulling image "${NEW_CART}"`, first: -27.65, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:cart#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_CART}" in 6.214s (6.214s including waiting). Image size: 61734102 bytes.`, first: -27.55, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:cart#0', reason: 'Created', message: 'Created container cart', first: -27.45, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:cart#0', reason: 'Started', message: 'Started container cart', first: -27.4, fieldPath: 'spec.containers{cart}' },
    ],
    logs: {
      'cart#0/cart': cartLog,
      'web#0/web': webLog,
      'shipping#0/shipping': shippingLog,
      'redis#0/redis': redisLog,
      'catalogue#0/catalogue': [
        pino(T, -60 * 24 * 9 + 0.4, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -60 * 24 * 9 + 0.4, 'info', '%POD%', 'Started on port 8080'),
      ],
    },
    grounding: `
      Stan's Robot Shop as installed from K8s/helm at 55292e2 (kit system scripts/kit-systems/robot-shop.mjs): cart (Node.js,
      express + pino, no probes in the chart) keeps carts in Redis through REDIS_HOST; web's nginx proxies /api/cart/ to
      CART_HOST:8080 with nginx's default 60s proxy_read_timeout; shipping's CartHelper posts the shipping line to cart.
      Fault: the basket team rolled an in-house cart build (ECR tag 2.1.0-b47, 28 minutes before) whose package.json moved the
      redis dependency to node-redis 4 without adapting server.js. node-redis 4 ignores the old { host } option, never connects
      until client.connect() is called and rejects every command with ClientClosedError "The client is closed" (the upgrade
      break reported in many redis/node-redis issues); on node 14 a rejected promise is only an UnhandledPromiseRejectionWarning,
      so the process stays up, /health still answers 200 (it does not check Redis) and every cart request's callback never
      runs: the request hangs until nginx gives up. The pod is Running and Ready with 0 restarts; there is no "Redis READY" line
      after "Started on port 8080". Louder: web's nginx error log (upstream timed out ... while reading response header from
      upstream) and 504s on /api/cart/*, shipping's CartHelper SocketTimeoutException; catalogue, ratings and user answer 200.
      Decoy: redis-0 was OOMKilled six days ago and has run since; its saves are normal.
      Deviations from upstream: the cart image (in-house ECR build), the web access-log host name; everything else as the chart.
    `,
  }),
];
