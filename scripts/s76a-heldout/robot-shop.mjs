// Blind held-out batch s76a: one Stan's Robot Shop scenario (split test) on the kit system scripts/kit-systems/robot-shop.mjs.
// Written without reading the engine, its rules or any other scenario; built by scripts/s76a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const GW = 'https://paypal.com/';
const WEB_ENV = [
  { name: 'INSTANA_EUM_KEY', value: 'jHq7T2bLR3yXw0ZgM9vK4c' },
  { name: 'INSTANA_EUM_REPORTING_URL', value: 'https://eum-blue-saas.instana.io' },
];

const s1 = (() => {
  const T = clock('2026-05-15T10:58:00Z');
  const flask = (min, lvl, msg) => `[${T.java(min).replace('.', ',')}] ${lvl} in payment: ${msg}`;
  const day = (min) => new Date(Date.parse(T.isoMs(min))).toUTCString().replace(/^(\w+), (\d\d) (\w+) (\d{4}) (\S+) GMT$/, '$1 $3 $2 $5 $4');
  let req = 2871;
  const uw = (min, path, status, bytes, msecs, ip) =>
    `[pid: 7|app: 0|req: ${++req}/${req}] ${ip} () {42 vars in 571 bytes} [${day(min)}] POST ${path} => generated ${bytes} bytes in ${msecs} msecs (HTTP/1.1 ${status}) 2 headers in ${status === 200 ? 72 : 81} bytes (1 switches on core 0)`;
  const cart = (id, total) => `{'total': ${total}, 'tax': ${(total / 6).toFixed(2)}, 'items': [{'qty': 1, 'sku': 'EMM', 'name': 'Eve', 'price': ${total - 10}, 'subtotal': ${total - 10}}, {'qty': 1, 'sku': 'SHIP', 'name': 'shipping to Germany', 'price': 10, 'subtotal': 10}]}`;
  const payFail = (min, id, total, status = 503) => [
    flask(min, 'INFO', `payment for ${id}`),
    flask(min, 'INFO', cart(id, total)),
    flask(min + 0.004, 'INFO', `${GW} returned ${status}`),
    uw(min + 0.005, `/pay/${id}`, status, 13, 287 + Math.round(total) % 200, '%IPOF:web#0%'),
  ];
  const payOk = (min, id, total, order) => [
    flask(min, 'INFO', `payment for ${id}`),
    flask(min, 'INFO', cart(id, total)),
    flask(min + 0.004, 'INFO', `${GW} returned 200`),
    flask(min + 0.005, 'INFO', 'queue order'),
    flask(min + 0.006, 'INFO', 'order history returned 200'),
    flask(min + 0.007, 'INFO', 'cart delete returned 200'),
    uw(min + 0.008, `/pay/${id}`, 200, 51, 463, '%IPOF:web#0%'),
  ];
  const web = (min, method, path, status, bytes) => {
    const d = new Date(Date.parse(T.isoMs(min)));
    const ts = d.toUTCString().replace(/^\w+, (\d\d) (\w+) (\d{4}) (\S+) GMT$/, '$1/$2/$3:$4 +0000');
    return `10.1.1.84 - - [${ts}] "${method} ${path} HTTP/1.1" ${status} ${bytes} "http://shop.robotshop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"`;
  };
  return {
    folder: 's76a-pay-step-payment-error',
    incidentTime: '2026-05-15T10:58:00Z',
    description: 'checkout dies at the pay step with "payment error" since around 10:40, payments team please look. browsing and cart work',
    expected: { component: 'payment-gateway', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'payment', cause: 'external-dependency' }],
    difficulty: 'medium',
    traits: ['external-dependency-failure', 'pods-ready', 'callers-only', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Stan's Robot Shop (instana/robot-shop K8s/helm at 55292e2, images 2.1.0): payment (Flask under uWSGI,
      payment.ini) calls PAYMENT_GATEWAY (default https://paypal.com/) with a plain requests.get before queueing the
      order; payment.py logs "<gateway> returned <status>" and, for anything but 200, answers 'payment error' with the
      gateway's status code, which web (nginx proxy_pass to payment:8080) passes to the browser. Fault: the gateway is
      answering 503 for most requests (a partial outage on the provider's side, outside the cluster); a few calls still
      get 200. Every robot-shop pod stays Running and Ready, payment has no probe, and nothing in the cluster changed
      near 10:40; the evidence is payment's own log and web's 503s on POST /api/payment/pay. Decoys: web was rolled out
      26 hours earlier to add the Instana EUM variables (the two ReplicaSet templates differ by exactly those env
      entries), and rabbitmq has one OOMKilled restart three days old. Deviations from upstream: the EUM values and the
      outage itself are invented; Flask's default handler format is used for app.logger under uWSGI.`,
    workloads: {
      web: {
        rollout: { at: -60 * 26, revision: 2, oldContainers: { web: { env: undefined } } },
        containers: { web: { env: WEB_ENV } },
      },
      rabbitmq: {
        pods: [
          {
            containers: {
              rabbitmq: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3 + 0.3),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 11), finishedAt: T.iso(-60 * 24 * 3) },
              }),
            },
            readyTransition: T.iso(-60 * 24 * 3 + 0.5),
          },
        ],
      },
    },
    events: [],
    logs: {
      'payment#0/payment': [
        ...payOk(-24.2, '5a9e1c4f7b2d', 1004.99, 'x'),
        ...payOk(-19.6, 'anonymous-88213', 329.99, 'y'),
        ...payFail(-17.8, 'anonymous-40217', 1009.99),
        ...payOk(-15.3, '62c1f8ab30de', 49.99, 'z'),
        ...payFail(-13.9, '5b3d0e7a91cf', 2014.99),
        ...payFail(-11.2, 'anonymous-77120', 339.99),
        ...payFail(-9.4, 'anonymous-12095', 59.99),
        ...payFail(-7.7, '5a9e1c4f7b2d', 1004.99),
        ...payFail(-7.5, '5a9e1c4f7b2d', 1004.99),
        ...payOk(-5.1, 'anonymous-50661', 1214.99, 'w'),
        ...payFail(-3.6, '61f0a2c9d84e', 124.99),
        ...payFail(-1.9, 'anonymous-31448', 1009.99),
        ...payFail(-0.6, 'anonymous-90353', 2014.99),
      ],
      'web#0/web': [
        web(-19.7, 'GET', '/api/cart/cart/anonymous-88213', 200, 412),
        web(-19.6, 'POST', '/api/payment/pay/anonymous-88213', 200, 51),
        web(-17.8, 'POST', '/api/payment/pay/anonymous-40217', 503, 13),
        web(-13.9, 'POST', '/api/payment/pay/5b3d0e7a91cf', 503, 13),
        web(-12.0, 'GET', '/api/catalogue/products', 200, 3417),
        web(-11.2, 'POST', '/api/payment/pay/anonymous-77120', 503, 13),
        web(-9.4, 'POST', '/api/payment/pay/anonymous-12095', 503, 13),
        web(-8.8, 'GET', '/api/ratings/api/fetch/EMM', 200, 41),
        web(-7.7, 'POST', '/api/payment/pay/5a9e1c4f7b2d', 503, 13),
        web(-7.5, 'POST', '/api/payment/pay/5a9e1c4f7b2d', 503, 13),
        web(-5.1, 'POST', '/api/payment/pay/anonymous-50661', 200, 51),
        web(-4.2, 'GET', '/api/cart/add/61f0a2c9d84e/EMM/1', 200, 388),
        web(-3.6, 'POST', '/api/payment/pay/61f0a2c9d84e', 503, 13),
        web(-1.9, 'POST', '/api/payment/pay/anonymous-31448', 503, 13),
        web(-0.6, 'POST', '/api/payment/pay/anonymous-90353', 503, 13),
      ],
      'cart#0/cart': [
        pino(T, -4.2, 'info', '%POD%', 'request completed', '"req":{"id":1193,"method":"GET","url":"/add/61f0a2c9d84e/EMM/1"},"res":{"statusCode":200},"responseTime":9,'),
        pino(T, -1.1, 'info', '%POD%', 'request completed', '"req":{"id":1194,"method":"GET","url":"/cart/anonymous-90353"},"res":{"statusCode":200},"responseTime":3,'),
      ],
      'user#0/user': [
        pino(T, -5.1, 'info', '%POD%', 'request completed', '"req":{"id":882,"method":"GET","url":"/check/anonymous-50661"},"res":{"statusCode":404},"responseTime":2,'),
        pino(T, -3.6, 'info', '%POD%', 'request completed', '"req":{"id":883,"method":"GET","url":"/check/61f0a2c9d84e"},"res":{"statusCode":200},"responseTime":4,'),
      ],
    },
  };
})();

export const scenarios = [withDefaults(s1)];
