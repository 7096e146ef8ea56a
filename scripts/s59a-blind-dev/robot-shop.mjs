// Blind dev batch s59a: one Stan's Robot Shop scenario (mongodb left fsyncLock'ed by a manual backup, writes hang).
// Built by scripts/s59a-build.mjs with the kit system scripts/kit-systems/robot-shop.mjs (withDefaults, pino helper).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const T = clock('2026-04-21T09:42:00Z');
const LOCK = -19.2; // db.fsyncLock() over a port-forward
const SOCKET_TIMEOUT = 6; // node mongodb 3.x legacy topology socketTimeoutMS 360000

// MongoDB 5 structured log line (mongo/Dockerfile: FROM mongo:5).
const m = (min, s, c, id, ctx, msg, attr) =>
  JSON.stringify({ t: { $date: T.isoMs(min).replace('Z', '+00:00') }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });
const ckpt = (min, n) =>
  m(min, 'I', 'STORAGE', 22430, 'Checkpointer', 'WiredTiger message', {
    message: `[${Math.floor(Date.parse(T.isoMs(min)) / 1000)}:${(417211 + n * 7919) % 999999}][1:0x7f3b2c8f1700], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: ${88410 + n * 37}, snapshot max: ${88410 + n * 37} snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 311${n}`,
  });
const accepted = (min, remote, id, count) =>
  m(min, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote, uuid: `5d0c${id}a1-7b2e-4f0a-9c3d-${String(812300000000 + id * 7).slice(0, 12)}`, connectionId: id, connectionCount: count });
const ended = (min, remote, id, count) =>
  m(min, 'I', 'NETWORK', 22944, `conn${id}`, 'Connection ended', { remote, uuid: `5d0c${id}a1-7b2e-4f0a-9c3d-${String(812300000000 + id * 7).slice(0, 12)}`, connectionId: id, connectionCount: count });
const nodeMeta = (min, remote, id) =>
  m(min, 'I', 'NETWORK', 51800, `conn${id}`, 'client metadata', {
    remote, client: `conn${id}`,
    doc: { driver: { name: 'nodejs', version: '3.7.4' }, os: { type: 'Linux', name: 'linux', architecture: 'x64', version: '5.10.226-214.880.amzn2.x86_64' }, platform: "'Node.js v14.21.3, LE (legacy)" },
  });

// partner-11's order write (pool connection 61) starts at -18.92 and times out 6 min later; the driver drops the
// connection and opens a replacement; partner-40's write (connection 62) starts at -12.88, partner-5's at -6.84.
const P11 = -18.97, O11 = P11 + 0.013;
const P40 = O11 + SOCKET_TIMEOUT + 0.005, O40 = P40 + 0.013;
const P5 = O40 + SOCKET_TIMEOUT + 0.005;
const mongoLog = [
  ckpt(-31, 1), ckpt(-30, 2), ckpt(-29, 3), ckpt(-28, 4), ckpt(-27, 5), ckpt(-26, 6), ckpt(-25, 7), ckpt(-24, 8), ckpt(-23, 9), ckpt(-22, 10), ckpt(-21, 11), ckpt(-20, 12),
  accepted(-19.6, '127.0.0.1:53122', 87, 9),
  m(-19.58, 'I', 'NETWORK', 51800, 'conn87', 'client metadata', {
    remote: '127.0.0.1:53122', client: 'conn87',
    doc: { application: { name: 'mongosh 2.2.10' }, driver: { name: 'nodejs|mongosh', version: '6.7.0|2.2.10' }, platform: 'Node.js v20.12.2, LE', os: { name: 'darwin', architecture: 'arm64', version: '23.4.0', type: 'Darwin' } },
  }),
  m(LOCK, 'I', 'COMMAND', 20462, 'conn87', 'mongod is locked and no writes are allowed', { lockCount: 1, seeAlso: 'http://dochub.mongodb.org/core/fsynccommand' }),
  ended(-17.3, '127.0.0.1:53122', 87, 8),
  ended(O11 + SOCKET_TIMEOUT, '%IPOF:user#0%:38814', 61, 7),
  accepted(O11 + SOCKET_TIMEOUT + 0.01, '%IPOF:user#0%:40172', 88, 8), nodeMeta(O11 + SOCKET_TIMEOUT + 0.011, '%IPOF:user#0%:40172', 88),
  ended(O40 + SOCKET_TIMEOUT, '%IPOF:user#0%:38822', 62, 7),
  accepted(O40 + SOCKET_TIMEOUT + 0.01, '%IPOF:user#0%:40206', 89, 8), nodeMeta(O40 + SOCKET_TIMEOUT + 0.011, '%IPOF:user#0%:40206', 89),
];

// express-pino-logger "request completed" lines of user (pino 5, useLevelLabels).
const req = (min, method, url, status, ms, id) =>
  pino(T, min, 'info', '%POD%', 'request completed',
    `"req":{"id":${id},"method":"${method}","url":"${url}","headers":{"host":"user:8080","connection":"keep-alive","accept":"*/*","user-agent":"python-requests/2.25.1"},"remoteAddress":"::ffff:%IPOF:payment#0%","remotePort":${41000 + id % 900}},"res":{"statusCode":${status},"headers":{"x-powered-by":"Express","timing-allow-origin":"*","access-control-allow-origin":"*","content-type":"text/html; charset=utf-8","content-length":"${status === 200 ? 2 : 95}"}},"responseTime":${ms},`);
const webReq = (min, method, url, status, ms, id) =>
  pino(T, min, 'info', '%POD%', 'request completed',
    `"req":{"id":${id},"method":"${method}","url":"${url}","headers":{"host":"user:8080","connection":"close","x-real-ip":"10.1.2.1"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${52000 + id % 900}},"res":{"statusCode":${status},"headers":{"x-powered-by":"Express"}},"responseTime":${ms},`);
const timeout = (min, url, conn, id) =>
  pino(T, min, 'error', '%POD%', `connection ${conn} to mongodb:27017 timed out`,
    `"req":{"id":${id},"method":"POST","url":"${url}","headers":{"host":"user:8080","content-type":"application/json","user-agent":"python-requests/2.25.1"},"remoteAddress":"::ffff:%IPOF:payment#0%","remotePort":${41000 + id % 900}},"type":"Error","stack":"MongoNetworkTimeoutError: connection ${conn} to mongodb:27017 timed out\\n    at Socket.<anonymous> (/opt/server/node_modules/mongodb/lib/core/connection/connection.js:355:7)\\n    at Object.onceWrapper (events.js:519:28)\\n    at Socket.emit (events.js:400:28)\\n    at Socket._onTimeout (net.js:495:8)\\n    at listOnTimeout (internal/timers.js:557:17)\\n    at processTimers (internal/timers.js:500:7)","name":"MongoNetworkTimeoutError",`);
const userLog = [
  req(-27.45 + 0.0008, 'GET', '/check/partner-23', 200, 3, 18211),
  req(-27.45 + 0.0148, 'POST', '/order/partner-23', 200, 9, 18212),
  webReq(-25.8, 'POST', '/login', 200, 4, 18213),
  req(-22.15 + 0.0008, 'GET', '/check/partner-71', 200, 2, 18214),
  req(-22.15 + 0.0148, 'POST', '/order/partner-71', 200, 7, 18215),
  webReq(-21.2, 'GET', '/uniqueid', 200, 1, 18216),
  req(P11 + 0.0008, 'GET', '/check/partner-11', 200, 2, 18217),
  webReq(-17.9, 'POST', '/login', 200, 3, 18219),
  webReq(-16.0, 'GET', '/history/partner-58', 200, 4, 18220),
  webReq(-15.1, 'GET', '/uniqueid', 200, 1, 18221),
  timeout(O11 + SOCKET_TIMEOUT, '/order/partner-11', 61, 18218),
  req(O11 + SOCKET_TIMEOUT + 0.001, 'POST', '/order/partner-11', 500, 360004, 18218),
  req(P40 + 0.0008, 'GET', '/check/partner-40', 200, 2, 18222),
  webReq(-11.6, 'POST', '/login', 200, 3, 18224),
  webReq(-9.4, 'GET', '/uniqueid', 200, 1, 18225),
  timeout(O40 + SOCKET_TIMEOUT, '/order/partner-40', 62, 18223),
  req(O40 + SOCKET_TIMEOUT + 0.001, 'POST', '/order/partner-40', 500, 360003, 18223),
  req(P5 + 0.0008, 'GET', '/check/partner-5', 200, 2, 18226),
  webReq(-6.3, 'POST', '/login', 200, 4, 18228),
  webReq(-3.2, 'GET', '/history/partner-23', 200, 3, 18229),
];

// payment: Flask's default handler under uWSGI (payment.ini: processes = 1, no threads), uWSGI request lines.
const fl = (min, lvl, module, msg) => `[${T.java(min).replace('.', ',')}] ${lvl} in ${module}: ${msg}`;
const ctime = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${day} ${mon} ${String(d.getUTCDate()).padStart(2, ' ')} ${T.go(min).slice(11)} ${d.getUTCFullYear()}`;
};
const uw = (min, n, path, bytes, ms, status) =>
  `[pid: 9|app: 0|req: ${n}/${n}] %IPOF:web#0% () {46 vars in 689 bytes} [${ctime(min)}] POST ${path} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.0 ${status}) 2 headers in ${bytes ? 72 : 0} bytes (${bytes ? 1 : 0} switches on core 0)`;
const cart = (sku, qty, price) => `{'total': ${(qty * price + 9.99).toFixed(2)}, 'tax': ${((qty * price) / 6).toFixed(2)}, 'items': [{'qty': ${qty}, 'sku': '${sku}', 'name': 'Robot', 'price': ${price}, 'subtotal': ${qty * price}}, {'qty': 1, 'sku': 'SHIP', 'name': 'shipping to Lisbon Portugal', 'price': 9.99, 'subtotal': 9.99}]}`;
const paid = (start, n, user, sku, qty, price) => [
  fl(start, 'INFO', 'payment', `payment for ${user}`),
  fl(start + 0.001, 'INFO', 'payment', cart(sku, qty, price)),
  fl(start + 0.012, 'INFO', 'payment', 'https://paypal.com/ returned 200'),
  fl(start + 0.013, 'INFO', 'payment', 'queue order'),
];
const paymentLog = [
  ...paid(-27.45, 4312, 'partner-23', 'EMM', 1, 1199),
  fl(-27.45 + 0.015, 'INFO', 'payment', 'order history returned 200'),
  fl(-27.45 + 0.0172, 'INFO', 'payment', 'cart delete returned 200'),
  uw(-27.45, 4312, '/pay/partner-23', 49, 1043, 200),
  ...paid(-22.15, 4313, 'partner-71', 'HAL-1', 2, 1666),
  fl(-22.15 + 0.015, 'INFO', 'payment', 'order history returned 200'),
  fl(-22.15 + 0.0162, 'INFO', 'payment', 'cart delete returned 200'),
  uw(-22.15, 4313, '/pay/partner-71', 49, 975, 200),
  ...paid(P11, 4314, 'partner-11', 'STAN-1', 1, 67000),
  // the order-history POST to user hangs (requests.post without a timeout); nginx gives up after 60 s
  fl(O11 + SOCKET_TIMEOUT + 0.002, 'INFO', 'payment', 'order history returned 500'),
  fl(O11 + SOCKET_TIMEOUT + 0.004, 'INFO', 'payment', 'cart delete returned 200'),
  'uwsgi_response_writev_headers_and_body_do(): Broken pipe [core/writer.c line 306] during POST /pay/partner-11 (%IPOF:web#0%)',
  'OSError: write error',
  uw(P11, 4314, '/pay/partner-11', 0, 361018, 200),
  ...paid(P40, 4315, 'partner-40', 'Watson', 1, 2001),
  fl(O40 + SOCKET_TIMEOUT + 0.002, 'INFO', 'payment', 'order history returned 500'),
  fl(O40 + SOCKET_TIMEOUT + 0.004, 'INFO', 'payment', 'cart delete returned 200'),
  'uwsgi_response_writev_headers_and_body_do(): Broken pipe [core/writer.c line 306] during POST /pay/partner-40 (%IPOF:web#0%)',
  'OSError: write error',
  uw(P40, 4315, '/pay/partner-40', 0, 361021, 200),
  ...paid(P5, 4316, 'partner-5', 'CNA', 1, 1024),
];

// web: nginx (stdout access log in the image's "main" format, stderr error log), proxy_read_timeout default 60s.
const ua = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
const tl = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${String(d.getUTCDate()).padStart(2, '0')}/${mon}/${d.getUTCFullYear()}:${T.go(min).slice(11)} +0000`;
};
const acc = (min, method, path, status, bytes, ip = '10.1.2.1') =>
  `${ip} - - [${tl(min)}] "${method} ${path} HTTP/1.1" ${status} ${bytes} "https://shop.robotshop.example/" "${ua}" "81.193.44.${(bytes % 200) + 10}"`;
const tmo = (min, n, path) =>
  `${T.go(min)} [error] 29#29: *${n} upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.2.1, server: localhost, request: "POST /api/payment${path} HTTP/1.1", upstream: "http://%SVCIP:payment%:8080${path}", host: "shop.robotshop.example", referrer: "https://shop.robotshop.example/"`;
const webLog = [
  acc(-27.6, 'GET', '/api/cart/cart/partner-23', 200, 412),
  acc(-27.45 + 0.0174, 'POST', '/api/payment/pay/partner-23', 200, 49),
  acc(-26.1, 'GET', '/api/catalogue/products', 200, 2840),
  acc(-25.8, 'POST', '/api/user/login', 200, 118),
  acc(-22.15 + 0.0164, 'POST', '/api/payment/pay/partner-71', 200, 49),
  acc(-21.2, 'GET', '/api/user/uniqueid', 200, 28),
  acc(-20.4, 'GET', '/api/catalogue/categories', 200, 38),
  tmo(-17.97, 48213, '/pay/partner-11'),
  acc(-17.97, 'POST', '/api/payment/pay/partner-11', 504, 497),
  acc(-17.9, 'POST', '/api/user/login', 200, 121),
  acc(-17.2, 'GET', '/api/catalogue/product/HAL-1', 200, 301),
  tmo(-16.8, 48340, '/pay/partner-40'),
  acc(-16.8, 'POST', '/api/payment/pay/partner-40', 504, 497),
  acc(-16.0, 'GET', '/api/user/history/partner-58', 200, 1733),
  acc(-15.1, 'GET', '/api/user/uniqueid', 200, 28),
  acc(-14.4, 'GET', '/api/catalogue/products', 200, 2840),
  tmo(-14.1, 48452, '/pay/partner-5'),
  acc(-14.1, 'POST', '/api/payment/pay/partner-5', 504, 497),
  acc(-12.2, 'GET', '/api/cart/add/anonymous-3312/EMM/1', 200, 286),
  acc(-11.6, 'POST', '/api/user/login', 200, 118),
  tmo(-11.0, 48590, '/pay/anonymous-3312'),
  acc(-11.0, 'POST', '/api/payment/pay/anonymous-3312', 504, 497),
  acc(-9.4, 'GET', '/api/user/uniqueid', 200, 28),
  tmo(-8.7, 48701, '/pay/partner-58'),
  acc(-8.7, 'POST', '/api/payment/pay/partner-58', 504, 497),
  acc(-7.5, 'GET', '/api/catalogue/categories', 200, 38),
  acc(-6.3, 'POST', '/api/user/login', 200, 120),
  tmo(-5.2, 48822, '/pay/partner-23'),
  acc(-5.2, 'POST', '/api/payment/pay/partner-23', 504, 497),
  acc(-3.2, 'GET', '/api/user/history/partner-23', 200, 1922),
  tmo(-2.1, 48930, '/pay/partner-71'),
  acc(-2.1, 'POST', '/api/payment/pay/partner-71', 504, 497),
];

const catalogueLog = [
  pino(T, -26.1, 'info', '%POD%', 'request completed', `"req":{"id":90211,"method":"GET","url":"/products","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":200},"responseTime":6,`),
  pino(T, -17.2, 'info', '%POD%', 'request completed', `"req":{"id":90212,"method":"GET","url":"/product/HAL-1","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":200},"responseTime":3,`),
  pino(T, -12.2, 'info', '%POD%', 'request completed', `"req":{"id":90213,"method":"GET","url":"/product/EMM","remoteAddress":"::ffff:%IPOF:cart#0%"},"res":{"statusCode":200},"responseTime":2,`),
  pino(T, -7.5, 'info', '%POD%', 'request completed', `"req":{"id":90214,"method":"GET","url":"/categories","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":200},"responseTime":4,`),
];

export const scenarios = [
  withDefaults({
    folder: 's59a-mongodb-fsynclock-checkout-hangs',
    description: 'robot shop checkout just spins since ~09:25, browsing + login are fine. payments team says their pods are healthy??',
    incidentTime: '2026-04-21T09:42:00Z',
    expected: { component: 'mongodb', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'team-name', 'decoy'],
    workloads: {
      shipping: {
        pods: [{
          containers: {
            shipping: cs.restartedRunning({
              restarts: 1,
              startedAt: T.iso(-60 * 24 * 3 + 0.4),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 3) },
            }),
          },
        }],
      },
    },
    events: [],
    logs: {
      'mongodb#0/mongodb': mongoLog,
      'user#0/user': userLog,
      'payment#0/payment': paymentLog,
      'web#0/web': webLog,
      'catalogue#0/catalogue': catalogueLog,
    },
    grounding: `
      Fault: MongoDB left write-locked by db.fsyncLock(). At 09:22:48 somebody on the platform team opened a mongosh
      session to the robot-shop mongodb through kubectl port-forward (the connection comes from 127.0.0.1, client metadata
      mongosh 2.2.10 on darwin) and ran db.fsyncLock() before copying /data/db for a manual backup; the session died two
      minutes later and db.fsyncUnlock() was never run. The lock is not tied to the session: mongod keeps blocking every
      write (log id 20462 "mongod is locked and no writes are allowed", lockCount 1 - the LOGV2 text of
      src/mongo/db/commands/fsync.cpp), while reads go on. MongoDB documents that fsyncLock blocks writes until
      fsyncUnlock; backup scripts that die between lock and unlock are a known way to wedge a replica or standalone.
      Effects follow robot-shop's code: user/server.js POST /order/:id does findOne (read, works) then
      ordersCollection.updateOne / insertOne (write, blocks); the node mongodb driver ^3.5.3 (user/package.json) with the
      legacy topology has socketTimeoutMS 360000, so each write fails after 6 minutes with MongoNetworkTimeoutError and a
      500, and the pool opens new connections meanwhile. payment/payment.py calls user /check/:id (read, works), the
      gateway, queues the order in RabbitMQ, then POSTs the order history with requests.post and no timeout; under uWSGI
      with processes = 1 (payment/payment.ini) the single worker hangs, web's nginx proxy_pass to payment times out after
      the default 60 s (504, 50x.html) and uWSGI later logs Broken pipe when it finally answers. Browsing (catalogue),
      login and history (reads) keep working, which is what the description says. payment is the loudest component and
      its pods are Running and Ready (no probes upstream); mongodb is Running and Ready too (no probes upstream).
      Expected: mongodb / dependency-down (a dependency hung for writes while its callers are the loud ones).
      Decoy: shipping was OOMKilled three days ago (restartCount 1), unrelated.
      Deviations from upstream: none in the manifests; log lines are written in the formats of MongoDB 5 (JSON), pino 5
      with useLevelLabels, Flask's default handler under uWSGI, and the nginx image's main access-log format.
    `,
  }),
];
