// Blind held-out batch s82a: one Robot Shop scenario (split test), written as a spec for scripts/s2-scenario-kit.mjs
// on the kit system scripts/kit-systems/robot-shop.mjs (withDefaults, defaultPvcs, pino); built by scripts/s82a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const I1 = '2026-06-11T15:44:00Z';
const T = clock(I1);
const pad = (n) => String(n).padStart(2, '0');
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const at = (min) => new Date(Date.parse(T.isoMs(min)));
// Flask's default handler: [%(asctime)s] %(levelname)s in %(module)s: %(message)s
const flask = (min, level, msg) => `[${T.java(min).replace('.', ',')}] ${level} in payment: ${msg}`;
// uWSGI request logging (payment.ini: protocol http, processes 1).
const uwsgi = (min, req, ip, path, status, bytes, ms) => {
  const d = at(min);
  const ts = `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
  return `[pid: 9|app: 0|req: ${req}/${req}] ${ip} () {46 vars in 627 bytes} [${ts}] ${path.startsWith('/health') ? 'GET' : 'POST'} ${path} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${status}) 2 headers in ${status === 200 ? 79 : 78} bytes (1 switches on core 0)`;
};
const nginx = (min, ip, method, path, status, bytes, ref = 'http://shop.robot-shop.example/') => {
  const d = at(min);
  return `${ip} - - [${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000] "${method} ${path} HTTP/1.1" ${status} ${bytes} "${ref}" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"`;
};
const cart = (id) => `{'total': 1267.0, 'tax': 211.17, 'items': [{'qty': 1, 'sku': 'EMM', 'name': 'Eve', 'price': 1200, 'subtotal': 1200}, {'qty': 1, 'sku': 'SHIP', 'name': 'shipping to Germany', 'price': 67, 'subtotal': 67}], 'id': '${id}'}`;
const GW = 'https://paypal.com/';

const payLines = [];
let req = 412;
for (const [min, id, status] of [
  [-31.2, 'stan', 200], [-27.9, 'anonymous-48213', 200], [-23.4, 'anonymous-50177', 503], [-19.8, 'stan', 503],
  [-14.1, 'anonymous-51902', 503], [-9.6, 'anonymous-48213', 503], [-5.3, 'jenny', 503], [-1.7, 'anonymous-53318', 503],
]) {
  req++;
  payLines.push(flask(min, 'INFO', `payment for ${id}`), flask(min, 'INFO', cart(id)));
  if (status === 200) {
    payLines.push(flask(min + 0.02, 'INFO', `${GW} returned 200`), flask(min + 0.02, 'INFO', 'queue order'), flask(min + 0.03, 'INFO', 'order history returned 200'), flask(min + 0.03, 'INFO', 'cart delete returned 200'));
    payLines.push(uwsgi(min + 0.03, req, '%IPOF:web#0%', `/pay/${id}`, 200, 50, 1844));
  } else {
    payLines.push(flask(min + 0.05, 'INFO', `${GW} returned 503`));
    payLines.push(uwsgi(min + 0.05, req, '%IPOF:web#0%', `/pay/${id}`, 503, 13, 3107));
  }
}

export const scenarios = [
  withDefaults({
    folder: 's82a-checkout-payment-provider',
    incidentTime: I1,
    description: 'robot shop: every checkout ends in "payment error" since ~15:20. payments team says nothing was deployed today',
    expected: { component: 'payment-gateway', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'payment', cause: 'external-dependency' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'callers-only', 'external-dependency-failure', 'time-expression', 'decoy', 'team-name'],
    grounding: `
      Manifest and code facts (instana/robot-shop at 55292e2): payment.py makes a "dummy call to payment gateway"
      requests.get(PAYMENT_GATEWAY) (default https://paypal.com/, the chart's payment.gateway unset) and returns
      'payment error' with the gateway's status when it is not 200; it logs "<gateway> returned <status>" through Flask's
      default handler, and uWSGI (payment.ini, one process) logs each request.
      Fault: the payment provider's edge answers HTTP 503 from about 15:20 (the shape of public payment-provider outages
      posted on their status pages); nothing in the cluster changed. Every pod stays Ready, payment's /health keeps
      answering 200, no order reaches RabbitMQ, and the web nginx access log shows POST /api/payment/pay/... 503.
      Decoy: the rabbitmq pod was OOMKilled three days ago and has run since.
      Deviations from upstream: none in the manifests; user ids and carts are invented, uWSGI header sizes illustrative.`,
    workloads: {
      rabbitmq: {
        pods: [{ containers: { rabbitmq: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 41), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 41.3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cart-%NEW% to 1', first: -60 * 24 * 9 },
    ],
    logs: {
      'payment#0/payment': payLines,
      'web#0/web': [
        nginx(-31.2, '10.1.1.84', 'POST', '/api/payment/pay/stan', 200, 50),
        nginx(-27.9, '10.1.2.137', 'POST', '/api/payment/pay/anonymous-48213', 200, 50),
        nginx(-25.0, '10.1.1.84', 'GET', '/api/catalogue/products', 200, 2883),
        nginx(-23.4, '10.1.3.206', 'POST', '/api/payment/pay/anonymous-50177', 503, 13),
        nginx(-19.8, '10.1.1.84', 'POST', '/api/payment/pay/stan', 503, 13),
        nginx(-16.2, '10.1.2.137', 'GET', '/api/cart/cart/anonymous-51902', 200, 392),
        nginx(-14.1, '10.1.2.137', 'POST', '/api/payment/pay/anonymous-51902', 503, 13),
        nginx(-11.0, '10.1.3.206', 'GET', '/api/ratings/api/fetch/EMM', 200, 38),
        nginx(-9.6, '10.1.2.137', 'POST', '/api/payment/pay/anonymous-48213', 503, 13),
        nginx(-5.3, '10.1.1.84', 'POST', '/api/payment/pay/jenny', 503, 13),
        nginx(-3.9, '10.1.3.206', 'GET', '/api/shipping/calc/2911298', 200, 59),
        nginx(-1.7, '10.1.3.206', 'POST', '/api/payment/pay/anonymous-53318', 503, 13),
      ],
      'cart#0/cart': [
        pino(T, -16.2, 'info', '%POD%', 'request completed', '"req":{"id":2231,"method":"GET","url":"/cart/anonymous-51902","remoteAddress":"::ffff:%IPOF:web#0%","remotePort":48120},"res":{"statusCode":200},"responseTime":3,'),
        pino(T, -12.4, 'info', '%POD%', 'request completed', '"req":{"id":2232,"method":"GET","url":"/add/anonymous-51902/EMM/1","remoteAddress":"::ffff:%IPOF:web#0%","remotePort":48144},"res":{"statusCode":200},"responseTime":18,'),
        pino(T, -3.9, 'info', '%POD%', 'request completed', '"req":{"id":2233,"method":"GET","url":"/shipping/anonymous-53318","remoteAddress":"::ffff:%IPOF:web#0%","remotePort":48190},"res":{"statusCode":200},"responseTime":2,'),
      ],
    },
  }),
];
