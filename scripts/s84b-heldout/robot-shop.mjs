// Blind held-out batch s84b: the Robot Shop scenario of this batch (spec for scripts/s2-scenario-kit.mjs).
// System: scripts/kit-systems/robot-shop.mjs with its withDefaults and defaultPvcs; only what differs is listed.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs } from '../kit-systems/robot-shop.mjs';

const T = clock('2026-06-02T10:47:00Z');
const D = (min) => { const d = new Date(Date.parse(T.isoMs(min))); return `${String(d.getUTCDate()).padStart(2, '0')}/Jun/2026:${T.go(min).slice(11)} +0000`; };
const ngx = (min, method, path, code, bytes, rt) => `10.1.2.137 - - [${D(min)}] "${method} ${path} HTTP/1.1" ${code} ${bytes} "http://shop.robotshop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36" rt=${rt}`;
const uw = (min, n, path, code, bytes, ms) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  return `[pid: 8|app: 0|req: ${n}/${n + 3}] %IPOF:web#0% () {42 vars in 598 bytes} [${day} Jun  2 ${T.go(min).slice(11)} 2026] POST ${path} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${code}) 2 headers in 79 bytes (1 switches on core 0)`;
};

export const scenarios = [
  withDefaults({
    folder: 's84b-pay-button-spins',
    incidentTime: '2026-06-02T10:47:00Z',
    description: 'checkout brokn - pay button spins then "payment error", since 10:20ish. cart + catalogue are fine',
    expected: { component: 'payment-gateway', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'payment', cause: 'external-dependency' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'external-dependency-failure', 'callers-only', 'typo', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (instana/robot-shop payment/payment.py, K8s/helm): payment (Python, uWSGI) calls
      requests.get(PAYMENT_GATEWAY) on every /pay and answers 'payment error' with the gateway's status when it is not
      200; PAYMENT_GATEWAY is unset in the chart so the default https://paypal.com/ is used. Fault shape: a third-party
      payment provider outage answering 503 (public status-page incidents of payment providers); nothing in the
      cluster changes, payment stays Ready and logs only uWSGI request lines, web's nginx shows 503 on
      /api/payment/pay/. Decoy: shipping was OOMKilled three days ago and has run since. Deviations from upstream: none.`,
    workloads: {
      shipping: {
        pods: [{ containers: { shipping: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.3) } }) } }],
      },
    },
    events: [],
    logs: {
      'payment#0/payment': [
        uw(-31.5, 4411, '/pay/8f0d2c1a', 200, 123, 388),
        uw(-26.2, 4412, '/pay/c21e9b07', 503, 13, 1712),
        uw(-21.9, 4413, '/pay/5a7e3d90', 503, 13, 1655),
        uw(-17.0, 4414, '/pay/e09b41c6', 503, 13, 2041),
        uw(-12.4, 4415, '/pay/5a7e3d90', 503, 13, 1590),
        uw(-8.8, 4416, '/pay/7c3f2a18', 200, 123, 612),
        uw(-5.1, 4417, '/pay/b4d1e8f2', 503, 13, 1888),
        uw(-1.7, 4418, '/pay/e09b41c6', 503, 13, 1733),
      ],
      'web#0/web': [
        ngx(-31.6, 'GET', '/api/cart/cart/8f0d2c1a', 200, 412, '0.011'),
        ngx(-31.5, 'POST', '/api/payment/pay/8f0d2c1a', 200, 123, '0.391'),
        ngx(-26.2, 'POST', '/api/payment/pay/c21e9b07', 503, 13, '1.715'),
        ngx(-22.0, 'GET', '/api/catalogue/products', 200, 3521, '0.008'),
        ngx(-21.9, 'POST', '/api/payment/pay/5a7e3d90', 503, 13, '1.658'),
        ngx(-17.0, 'POST', '/api/payment/pay/e09b41c6', 503, 13, '2.044'),
        ngx(-12.4, 'POST', '/api/payment/pay/5a7e3d90', 503, 13, '1.593'),
        ngx(-8.8, 'POST', '/api/payment/pay/7c3f2a18', 200, 123, '0.615'),
        ngx(-5.2, 'GET', '/api/ratings/api/fetch/RED', 200, 42, '0.019'),
        ngx(-5.1, 'POST', '/api/payment/pay/b4d1e8f2', 503, 13, '1.891'),
        ngx(-1.7, 'POST', '/api/payment/pay/e09b41c6', 503, 13, '1.736'),
      ],
      'cart#0/cart': [
        pino(T, -31.6, 'info', '%POD%', 'request completed', '"req":{"id":7712,"method":"GET","url":"/cart/8f0d2c1a"},"res":{"statusCode":200},"responseTime":4,'),
        pino(T, -8.9, 'info', '%POD%', 'request completed', '"req":{"id":7790,"method":"GET","url":"/cart/7c3f2a18"},"res":{"statusCode":200},"responseTime":3,'),
      ],
      'dispatch#0/dispatch': [
        `${T.go(-31.4)} processing order ${'8f0d2c1a'}`.replace('8f0d2c1a', '{"orderid":"8f0d2c1a-4e1b-43f7","user":"8f0d2c1a"}'),
        `${T.go(-8.7)} processing order {"orderid":"7c3f2a18-9d02-4c5a","user":"7c3f2a18"}`,
      ],
    },
  }),
];
