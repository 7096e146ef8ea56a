// Blind dev batch s131c, Robot Shop: the external payment gateway answers 503; payment stays Ready.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs } from '../kit-systems/robot-shop.mjs';

const T = clock('2026-04-11T19:52:00Z');
const flask = (min, level, msg) => `[${T.java(min).replace('.', ',')}] ${level} in payment: ${msg}`;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ctime = (min) => { const d = new Date(Date.parse('2026-04-11T19:52:00Z') + min * 60000); return `${DAYS[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${d.toISOString().slice(11, 19)} ${d.getUTCFullYear()}`; };
const nginxTs = (min) => { const d = new Date(Date.parse('2026-04-11T19:52:00Z') + min * 60000); return `${String(d.getUTCDate()).padStart(2, '0')}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${d.toISOString().slice(11, 19)} +0000`; };
const uw = (min, req, method, path, bytes, ms, code) => `[pid: 9|app: 0|req: ${req}/${req * 2 + 11}] %IPOF:web#0% () {46 vars in 812 bytes} [${ctime(min)}] ${method} ${path} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${code}) 2 headers in ${code === 200 ? 72 : 80} bytes (1 switches on core 0)`;
const ng = (min, method, path, code, bytes) => `203.0.113.${40 + (Math.abs(Math.round(min * 3)) % 50)} - - [${nginxTs(min)}] "${method} ${path} HTTP/1.1" ${code} ${bytes} "http://shop.robot-shop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36" "-"`;
const pay = (min, req, user, ok) => ok
  ? [flask(min, 'INFO', `payment for ${user}`), flask(min + 0.005, 'INFO', 'https://paypal.com/ returned 200'), uw(min + 0.01, req, 'POST', `/pay/${user}`, 52, 731, 200)]
  : [flask(min, 'INFO', `payment for ${user}`), flask(min + 0.01, 'INFO', 'https://paypal.com/ returned 503'), uw(min + 0.01, req, 'POST', `/pay/${user}`, 13, 588, 503)];

const s1 = withDefaults({
  folder: 's131c-paypal-503-checkout',
  description: 'robot shop checkout failing at the pay step for most customers since 19:40ish - payments team pls look. payment pods are green',
  incidentTime: '2026-04-11T19:52:00Z',
  expected: { component: 'payment-gateway', cause: 'external-dependency' },
  alsoAcceptable: [{ component: 'payment', cause: 'external-dependency' }],
  difficulty: 'medium',
  traits: ['external-dependency-failure', 'pods-ready', 'callers-only', 'decoy', 'team-name', 'time-expression'],
  grounding: `
    instana/robot-shop payment/payment.py: POST /pay/<id> makes a "dummy call to payment gateway" requests.get(PAYMENT_GATEWAY)
    (default https://paypal.com/), logs "<gateway> returned <status>" and, when the status is not 200, answers
    'payment error' with that status, without an ERROR line. Here the gateway returns 503 for most calls since ~19:40
    (as during public PayPal incidents on status.paypal.com), so payment (Flask under uWSGI) answers 503 and web (nginx
    proxy_pass to payment:8080) logs 503 on /api/payment/pay/*; payment stays Running/Ready (no probe in the chart) and
    cart/user/shipping are healthy. Deviations: the 503 ratio and timing are invented. Decoy: mongodb was OOM-killed
    four days ago (limit 200Mi) and has been stable since; a healthy rollout-free cluster otherwise.`,
  workloads: {
    mongodb: {
      pods: [{ containers: { mongodb: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4 + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4) } }) } }],
    },
  },
  events: [],
  logs: {
    'payment#0/payment': [
      ...pay(-25, 1841, 'a1b2c3', true),
      ...pay(-18.2, 1842, 'u7f3k2', true),
      ...pay(-12.1, 1843, 'a9d1e4', false),
      ...pay(-10.4, 1844, 'anonymous-1744401', false),
      ...pay(-7.7, 1845, 'k5q8w1', true),
      ...pay(-5.3, 1846, 'r2t6y9', false),
      ...pay(-2.6, 1847, 'a9d1e4', false),
      ...pay(-0.9, 1848, 'm3n7b5', false),
    ],
    'web#0/web': [
      ng(-25, 'POST', '/api/payment/pay/a1b2c3', 200, 52),
      ng(-18.2, 'POST', '/api/payment/pay/u7f3k2', 200, 52),
      ng(-14, 'GET', '/api/catalogue/products', 200, 3518),
      ng(-12.1, 'POST', '/api/payment/pay/a9d1e4', 503, 13),
      ng(-10.4, 'POST', '/api/payment/pay/anonymous-1744401', 503, 13),
      ng(-9, 'GET', '/api/cart/cart/k5q8w1', 200, 284),
      ng(-7.7, 'POST', '/api/payment/pay/k5q8w1', 200, 52),
      ng(-5.3, 'POST', '/api/payment/pay/r2t6y9', 503, 13),
      ng(-2.6, 'POST', '/api/payment/pay/a9d1e4', 503, 13),
      ng(-0.9, 'POST', '/api/payment/pay/m3n7b5', 503, 13),
    ],
    'cart#0/cart': [
      pino(T, -9, 'info', '%POD%', 'request completed', '"req":{"id":2231,"method":"GET","url":"/cart/k5q8w1"},"res":{"statusCode":200},"responseTime":3,'),
      pino(T, -7.6, 'info', '%POD%', 'request completed', '"req":{"id":2232,"method":"DELETE","url":"/cart/k5q8w1"},"res":{"statusCode":200},"responseTime":2,'),
    ],
  },
});

export const scenarios = [s1];
