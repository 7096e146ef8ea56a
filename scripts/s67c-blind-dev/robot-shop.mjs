// Blind dev batch s67c (no-fault incidents): one Robot Shop scenario, built by scripts/s67c-build.mjs with the scenario
// kit; the system is scripts/kit-systems/robot-shop.mjs (instana/robot-shop K8s/helm at 55292e2, rs-*:2.1.0).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const T = clock('2026-04-13T11:34:00Z');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const at = (min) => new Date(Date.parse(T.isoMs(min)));
const p2 = (x) => String(x).padStart(2, '0');
const hms = (d) => `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
// nginx "main" log_format (the image's nginx.conf), behind the AWS classic LB: remote_addr is a node.
const nginx = (min, from, req, status, bytes, ref = 'http://shop.robotshop.example/', ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36') => {
  const d = at(min);
  return `${from} - - [${p2(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${hms(d)} +0000] "${req} HTTP/1.1" ${status} ${bytes} "${ref}" "${ua}" "-"`;
};
// Flask's default handler (payment.py under uWSGI, payment.ini) and uWSGI's request log line.
const flask = (min, level, msg) => `[${T.java(min).replace(/\.(\d{3})$/, ',$1')}] ${level} in payment: ${msg}`;
const uwsgi = (min, method, path, status, bytes, ms) => {
  const d = at(min);
  return `[pid: 9|app: 0|req: #N#] %IPOF:web#0% () {38 vars in 512 bytes} [${DAY[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${hms(d)} ${d.getUTCFullYear()}] ${method} ${path} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${status}) 2 headers in ${status === 200 ? 72 : 79} bytes (1 switches on core 0)`;
};
const goLog = (min, msg) => `${T.go(min)} ${msg}`;
const N1 = '10.1.1.84', N2 = '10.1.2.137', N3 = '10.1.3.206';

// Good payments by other shoppers (anonymous and logged in) and the customer's three refused ones.
const goodPays = [
  { min: -52.3, user: 'anonymous-3081', anon: true, items: "[{'qty': 1, 'sku': 'Watson', 'name': 'Watson', 'price': 2001, 'subtotal': 2001}, {'qty': 1, 'sku': 'SHIP', 'name': 'shipping to Germany Hamburg', 'price': 48.12, 'subtotal': 48.12}]", total: 2049.12, tax: 341.52, order: '7c3f2a91-5e08-4d6b-9b1e-0a2f84c6d713' },
  { min: -40.8, user: 'mtorres', anon: false, items: "[{'qty': 2, 'sku': 'STAN-1', 'name': 'Stan', 'price': 67, 'subtotal': 134}, {'qty': 1, 'sku': 'SHIP', 'name': 'shipping to Spain Valencia', 'price': 61.5, 'subtotal': 61.5}]", total: 195.5, tax: 32.58, order: 'e41b0d27-93c6-4a85-8f3d-5b72c9e1a046' },
  { min: -14.6, user: 'anonymous-9412', anon: true, items: "[{'qty': 1, 'sku': 'EPE', 'name': 'Eve', 'price': 1200, 'subtotal': 1200}, {'qty': 1, 'sku': 'SHIP', 'name': 'shipping to United Kingdom Leeds', 'price': 30.24, 'subtotal': 30.24}]", total: 1230.24, tax: 205.04, order: '0a9e5c13-7f2b-4e46-a1d8-c36b7f04e925' },
  { min: -4.1, user: 'anonymous-5527', anon: true, items: "[{'qty': 3, 'sku': 'RMC', 'name': 'Robo Cat', 'price': 8, 'subtotal': 24}, {'qty': 1, 'sku': 'SHIP', 'name': 'shipping to France Lyon', 'price': 55.8, 'subtotal': 55.8}]", total: 79.8, tax: 13.3, order: 'b57d2e80-1c94-4f3a-8e6b-2d0a9f71c438' },
];
const badPays = [-27.9, -26.6, -21.2];
const badCart = "{'total': 2001, 'tax': 333.5, 'items': [{'qty': 1, 'sku': 'Watson', 'name': 'Watson', 'price': 2001, 'subtotal': 2001}]}";

const paymentLog = [
  ...goodPays.flatMap((p) => [
    flask(p.min, 'INFO', `payment for ${p.user}`),
    flask(p.min + 0.0001, 'INFO', `{'total': ${p.total}, 'tax': ${p.tax}, 'items': ${p.items}}`),
    flask(p.min + 0.006, 'INFO', 'https://www.paypal.com/ returned 200'),
    flask(p.min + 0.0061, 'INFO', 'queue order'),
    flask(p.min + 0.0062, 'INFO', 'message sent'),
    ...(p.anon ? [] : [flask(p.min + 0.0064, 'INFO', 'order history returned 200')]),
    flask(p.min + 0.0066, 'INFO', 'cart delete returned 200'),
    uwsgi(p.min + 0.0067, 'POST', `/pay/${p.user}`, 200, 50, 402 + Math.round(p.min * -3)),
  ]),
  ...badPays.flatMap((m) => [
    flask(m, 'INFO', 'payment for kbauer'),
    flask(m + 0.0001, 'INFO', badCart),
    flask(m + 0.0002, 'WARNING', 'cart not valid'),
    uwsgi(m + 0.0002, 'POST', '/pay/kbauer', 400, 15, 11),
  ]),
  ...Array.from({ length: 6 }, (_, i) => uwsgi(-55 + i * 9.5, 'GET', '/metrics', 200, 1893, 2)),
];
const key = (l) => (l.startsWith('[pid') ? l.match(/\d{2}:\d{2}:\d{2} \d{4}\]/)[0].slice(0, 8) + '.999' : l.match(/\d{2}:\d{2}:\d{2},\d{3}/)[0].replace(',', '.'));
paymentLog.sort((a, b) => key(a).localeCompare(key(b)));
const paymentFull = [
  '*** Starting uWSGI 2.0.20 (64bit) on [Sun Apr 12 08:13:41 2026] ***',
  'spawned uWSGI master process (pid: 1)',
  'spawned uWSGI worker 1 (pid: 9, cores: 1)',
  ...(() => { let n = 4127; return paymentLog.map((l) => (l.includes('#N#') ? (n++, l.replace('#N#', `${n}/${n}`)) : l)); })(),
];

const webLog = [
  nginx(-58.1, N2, 'GET /api/catalogue/products', 200, 3412),
  nginx(-52.31, N1, 'POST /api/payment/pay/anonymous-3081', 200, 50, 'http://shop.robotshop.example/payment'),
  nginx(-44.2, N3, 'GET /images/Watson.jpg', 304, 0),
  nginx(-40.81, N2, 'POST /api/payment/pay/mtorres', 200, 50, 'http://shop.robotshop.example/payment'),
  nginx(-36.5, N1, 'GET /favicon.ico', 404, 153, 'http://shop.robotshop.example/'),
  nginx(-33.2, N3, 'GET /api/cart/add/kbauer/Watson/1', 200, 142, 'http://shop.robotshop.example/product/Watson', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15'),
  nginx(-32.4, N3, 'GET /api/shipping/codes', 200, 4127, 'http://shop.robotshop.example/shipping', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15'),
  nginx(-31.7, N3, 'GET /api/shipping/calc/4218', 200, 48, 'http://shop.robotshop.example/shipping', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15'),
  nginx(-31.5, N3, 'POST /api/shipping/confirm/kbauer', 200, 231, 'http://shop.robotshop.example/shipping', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15'),
  nginx(-29.9, N3, 'GET /api/cart/cart/kbauer', 200, 231, 'http://shop.robotshop.example/cart', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15'),
  nginx(-29.89, N3, 'GET /api/cart/update/kbauer/SHIP/0', 200, 142, 'http://shop.robotshop.example/cart', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15'),
  ...badPays.map((m) => nginx(m + 0.0003, N3, 'POST /api/payment/pay/kbauer', 400, 15, 'http://shop.robotshop.example/payment', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15')),
  nginx(-18.3, N1, 'GET /api/ratings/api/fetch/Watson', 200, 38),
  nginx(-14.61, N2, 'POST /api/payment/pay/anonymous-9412', 200, 50, 'http://shop.robotshop.example/payment'),
  nginx(-9.7, N1, 'GET /api/user/uniqueid', 200, 29),
  nginx(-4.11, N2, 'POST /api/payment/pay/anonymous-5527', 200, 50, 'http://shop.robotshop.example/payment'),
  nginx(-1.2, N3, 'GET /api/catalogue/categories', 200, 42),
].sort((a, b) => a.match(/:(\d{2}:\d{2}:\d{2}) /)[1].localeCompare(b.match(/:(\d{2}:\d{2}:\d{2}) /)[1]));

const cartReq = (min, method, url, status, ms) =>
  pino(T, min, 'info', '%POD%', 'request completed', `"req":{"id":${Math.round(-min * 31)},"method":"${method}","url":"${url}","headers":{"host":"cart:8080","connection":"close"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${40000 + Math.round(-min * 97)}},"res":{"statusCode":${status},"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8"}},"responseTime":${ms},`);

export const scenarios = [
  withDefaults({
    folder: 's67c-pay-cart-not-valid-one-customer',
    description: 'support escalation: customer kbauer cant pay, says "ERROR placing order" every time since this morning. is paymnet broken? (payments deployed yesterday)',
    incidentTime: '2026-04-13T11:34:00Z',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'typo', 'partial-name', 'time-expression'],
    workloads: {
      // Yesterday's payment release: PAYMENT_GATEWAY set through values payment.gateway (helm chart), went fine.
      payment: {
        serviceSelector: { service: 'payment' },
        rollout: { at: -60 * 27 - 21, revision: 3, oldContainers: { payment: { env: system.workloads.find((w) => w.name === 'payment').containers[0].env } } },
        containers: { payment: { env: [...system.workloads.find((w) => w.name === 'payment').containers[0].env, { name: 'PAYMENT_GATEWAY', value: 'https://www.paypal.com/' }] } },
      },
      // ratings (Apache + PHP, 100Mi limit) was OOMKilled two days ago, Ready since.
      ratings: { pods: [{ containers: { ratings: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 133), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 24 * 2 - 133.4) } }) } }] },
    },
    events: [
      { on: 'pod:ratings#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:80/_health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -47, last: -46, count: 2, fieldPath: 'spec.containers{ratings}' },
    ],
    logs: {
      'payment#0/payment': paymentFull,
      'web#0/web': webLog,
      'cart#0/cart': [
        pino(T, -60 * 24 * 9 + 0.5, 'info', '%POD%', 'Started on port', ''),
        pino(T, -60 * 24 * 9 + 0.51, 'info', '%POD%', 'Redis READY', ''),
        cartReq(-52.306, 'GET', '/cart/anonymous-3081', 200, 2),
        cartReq(-52.305, 'DELETE', '/cart/anonymous-3081', 200, 3),
        cartReq(-40.805, 'DELETE', '/cart/mtorres', 200, 2),
        cartReq(-33.2, 'GET', '/add/kbauer/Watson/1', 200, 14),
        pino(T, -33.199, 'info', '%POD%', 'saving cart', ''),
        cartReq(-31.499, 'POST', '/shipping/kbauer', 200, 4),
        pino(T, -31.498, 'info', '%POD%', 'saving cart', ''),
        cartReq(-29.9, 'GET', '/cart/kbauer', 200, 1),
        cartReq(-29.89, 'GET', '/update/kbauer/SHIP/0', 200, 3),
        pino(T, -29.889, 'info', '%POD%', 'saving cart', ''),
        cartReq(-14.605, 'DELETE', '/cart/anonymous-9412', 200, 2),
        cartReq(-4.105, 'DELETE', '/cart/anonymous-5527', 200, 2),
      ],
      'dispatch#0/dispatch': [
        goLog(-60 * 24 * 9 + 0.4, 'Error Percent is 0'),
        goLog(-60 * 24 * 9 + 0.41, 'Connecting to amqp://guest:guest@rabbitmq:5672/'),
        goLog(-60 * 24 * 9 + 0.45, 'Rabbit MQ ready true'),
        goLog(-60 * 24 * 9 + 0.46, 'Waiting for messages'),
        ...goodPays.flatMap((p) => [
          goLog(p.min + 0.007, `Order {"orderid": "${p.order}", "user": "${p.user}", "cart": {"total": ${p.total}, "tax": ${p.tax}, "items": [...]}}`),
          goLog(p.min + 0.007, 'Headers map[]'),
          goLog(p.min + 0.007, `order ${p.order}`),
          goLog(p.min + 0.007, 'opentracing: SpanContext not found in Extract carrier'),
          goLog(p.min + 0.007, 'Failed to get context from headers'),
          goLog(p.min + 0.007, 'Creating root span'),
        ]),
      ],
    },
    grounding: `
      No fault in the cluster: a client-side quirk of the shop's own AngularJS UI (web/static/js/controller.js at 55292e2).
      The customer confirmed shipping (POST /api/shipping/confirm/kbauer -> cart /shipping/kbauer adds the SHIP line),
      then went back to the basket, whose cartform loadCart() removes the SHIP line (GET /api/cart/update/kbauer/SHIP/0)
      and caches that cart in currentUser; going forward to /payment again posts the cached cart without SHIP, and
      payment.py (2.1.0) answers 'cart not valid' 400 ("# check that the cart is valid ... has_shipping"), which the UI
      shows as "ERROR placing order". The three refused payments are all hers; four other shoppers paid in the same hour
      (paypal 200, queue order, message sent, dispatch "Order ..."). Fix: re-select shipping, not an operator action.
      Healthy noise: dispatch's "SpanContext not found" lines on every order (no Instana agent), a favicon 404, a ratings
      readiness blip 47 minutes ago, Prometheus scrapes of /metrics.
      Decoys: yesterday's payment release (only PAYMENT_GATEWAY=https://www.paypal.com/ added through values
      payment.gateway; the old ReplicaSet's template lacks it, nothing else differs), ratings OOMKilled two days ago.
      Deviations: the shop's hostname, the customers and carts are invented; the uWSGI banner is shortened; express-pino-
      logger request headers are trimmed.
    `,
  }),
];
