// s20 held-out scenario for Stan's Robot Shop (split: test), written blind: the external payment gateway (PayPal)
// answering 503s and hanging, seen through payment's single uWSGI worker and web's nginx. Built by scripts/s20-build-h.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system };

const A = '2026-11-27T19:46:00Z';
const T = clock(A);
const d = (min) => { const x = new Date(Date.parse(A) + Math.round(min * 60000)); return x; };
const flask = (min, lvl, msg) => `[${T.java(min).replace('.', ',')}] ${lvl} in payment: ${msg}`;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ctime = (min) => { const x = d(min); const p = (n) => String(n).padStart(2, '0'); return `${DAYS[x.getUTCDay()]} ${MON[x.getUTCMonth()]} ${String(x.getUTCDate()).padStart(2, ' ')} ${p(x.getUTCHours())}:${p(x.getUTCMinutes())}:${p(x.getUTCSeconds())} ${x.getUTCFullYear()}`; };
const clf = (min) => { const x = d(min); const p = (n) => String(n).padStart(2, '0'); return `${p(x.getUTCDate())}/${MON[x.getUTCMonth()]}/${x.getUTCFullYear()}:${p(x.getUTCHours())}:${p(x.getUTCMinutes())}:${p(x.getUTCSeconds())} +0000`; };
const uwsgi = (req, min, id, bytes, ms, status) =>
  `[pid: 8|app: 0|req: ${req}/${req}] %IPOF:web#0% () {40 vars in 563 bytes} [${ctime(min)}] POST /pay/${id} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${status}) 2 headers in ${status === 200 ? 79 : 86} bytes (1 switches on core 0)`;
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const USERS = ['4f1e2a9c-0b7d-4c55-9a1e-2d7f3b8c6e10', 'anonymous-1732736412093', 'c81d3e77-5a2f-4b1c-8e9d-0f6a2b4c7d31', 'anonymous-1732736580431', '2b9a6f14-7c3e-4d80-a5b1-9e2c8d7f6a05'];
const CART = (u) => `{'total': 1399.98, 'tax': 233.33, 'items': [{'qty': 1, 'sku': 'EMM', 'name': 'Emma', 'price': 1200, 'subtotal': 1200}, {'qty': 1, 'sku': 'SHIP', 'name': 'shipping to United Kingdom', 'price': 199.98, 'subtotal': 199.98}], 'user': '${u}'}`;

const pay = [];
const web = [];
let req = 48211;
// before the gateway went bad: payments complete in ~300 ms
for (let i = 0; i < 5; i++) {
  const m = -34 + i * 2.1, u = USERS[i % USERS.length];
  pay.push(flask(m, 'INFO', `payment for ${u}`), flask(m, 'INFO', CART(u)), flask(m + 0.004, 'INFO', 'https://paypal.com/ returned 200'),
    flask(m + 0.005, 'INFO', 'queue order'), flask(m + 0.005, 'INFO', 'message sent'), flask(m + 0.006, 'INFO', 'cart delete returned 200'),
    uwsgi(req++, m + 0.006, u, 50, 312 + i * 17, 200));
  web.push([m + 0.006, `10.1.1.31 - - [${clf(m + 0.006)}] "POST /api/payment/pay/${u} HTTP/1.1" 200 50 "https://shop.robotshop.example/" "${UA}" "-"`]);
}
// from ~19:24 the gateway answers 503 after long waits, or resets the TLS handshake
const bad = [
  [503, 8412], [503, 14790], ['ssl', 21044], [503, 9931], ['timeout', 0], [503, 17205], [503, 11388], ['ssl', 25617], [503, 12993], ['timeout', 0], [503, 19770], [503, 8841],
];
bad.forEach(([kind, ms], i) => {
  const m = -21.5 + i * 1.6, u = USERS[(i + 2) % USERS.length];
  if (kind === 'timeout') {
    pay.push(flask(m, 'INFO', `payment for ${u}`), flask(m, 'INFO', CART(u)));
    web.push([m + 1, `10.1.1.31 - - [${clf(m + 1)}] "POST /api/payment/pay/${u} HTTP/1.1" 504 494 "https://shop.robotshop.example/" "${UA}" "-"`]);
    web.push([m + 1.0001, `${T.go(m + 1)} [error] 23#23: *${90112 + i} upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.1.31, server: localhost, request: "POST /api/payment/pay/${u} HTTP/1.1", upstream: "http://%SVCIP:payment%:8080/pay/${u}", host: "shop.robotshop.example", referrer: "https://shop.robotshop.example/"`]);
    return;
  }
  pay.push(flask(m, 'INFO', `payment for ${u}`), flask(m, 'INFO', CART(u)));
  if (kind === 'ssl') {
    pay.push(flask(m + ms / 60000, 'ERROR', "HTTPSConnectionPool(host='www.paypal.com', port=443): Max retries exceeded with url: / (Caused by SSLError(SSLEOFError(8, '[SSL: UNEXPECTED_EOF_WHILE_READING] EOF occurred in violation of protocol (_ssl.c:1007)')))"));
    pay.push(uwsgi(req++, m + ms / 60000, u, 228, ms, 500));
    web.push([m + ms / 60000, `10.1.1.31 - - [${clf(m + ms / 60000)}] "POST /api/payment/pay/${u} HTTP/1.1" 500 228 "https://shop.robotshop.example/" "${UA}" "-"`]);
  } else {
    pay.push(flask(m + ms / 60000, 'INFO', 'https://paypal.com/ returned 503'));
    pay.push(uwsgi(req++, m + ms / 60000, u, 13, ms, 503));
    web.push([m + ms / 60000, `10.1.1.31 - - [${clf(m + ms / 60000)}] "POST /api/payment/pay/${u} HTTP/1.1" 503 13 "https://shop.robotshop.example/" "${UA}" "-"`]);
  }
  web.push([m - 0.3, `10.1.1.31 - - [${clf(m - 0.3)}] "GET /api/cart/cart/${u} HTTP/1.1" 200 412 "https://shop.robotshop.example/" "${UA}" "-"`]);
});
const webLines = web.sort((a, b) => a[0] - b[0]).map((x) => x[1]);

export const scenarios = [
  withDefaults({
    folder: 's20-payment-gateway-paypal-503',
    split: 'test',
    incidentTime: A,
    description: 'robot shop checkout broken - customers get an error when paying, started around 19:25, black friday traffic',
    expected: { component: 'payment-gateway', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'payment', cause: 'external-dependency' }],
    difficulty: 'medium',
    traits: ['external-dependency-failure', 'pods-ready', 'callers-only', 'decoy', 'time-expression'],
    grounding: `
      instana/robot-shop at 55292e2: payment/payment.py does requests.get(PAYMENT_GATEWAY) (default https://paypal.com/, the
      helm value payment.gateway left null) with no timeout, logs '{gateway} returned {status}' and answers the gateway's status
      ('payment error') when it is not 200, or str(err) with 500 on a RequestException; payment.ini runs one uWSGI process
      (python:3.9 image), so a gateway that hangs also stalls every other payment. web proxies /api/payment/ to payment:8080
      (nginx, default proxy_read_timeout 60s). Log formats: Flask's default handler '[%(asctime)s] %(levelname)s in %(module)s',
      uWSGI request lines, nginx combined access log and error log. Fault: the PSP in front of the shop (PayPal) degrading under
      Black Friday load, the public shape of PSP incidents: slow 503s and TLS connections closed mid-handshake. Every payment
      pod is Running and Ready (/health is local), cart, user, rabbitmq and dispatch are healthy. Decoys: a ratings restart
      (OOMKilled three days earlier); the HPAs of K8s/autoscale.sh on web and payment stay at 1 replica (payment's CPU is idle while it waits).`,
    workloads: {
      ratings: {
        pods: [{ containers: { ratings: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) } }],
      },
    },
    hpas: [
      {
        name: 'web',
        spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, minReplicas: 1, maxReplicas: 2, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }] },
        status: { currentReplicas: 1, desiredReplicas: 1, currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 38, averageValue: '38m' } } }], conditions: [{ type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 5), reason: 'ReadyForNewScale', message: 'recommended size matches current size' }, { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 5), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' }, { type: 'ScalingLimited', status: 'False', lastTransitionTime: T.iso(-60 * 24 * 5), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' }] },
      },
      {
        name: 'payment',
        spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'payment' }, minReplicas: 1, maxReplicas: 2, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }] },
        status: { currentReplicas: 1, desiredReplicas: 1, currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 6, averageValue: '6m' } } }], conditions: [{ type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 5), reason: 'ReadyForNewScale', message: 'recommended size matches current size' }, { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 5), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' }] },
      },
    ],
    events: [
      { on: 'pod:ratings#0', reason: 'Pulled', message: 'Container image "robotshop/rs-ratings:2.1.0" already present on machine', first: -60 * 24 * 3, fieldPath: 'spec.containers{ratings}' },
    ],
    logs: {
      'payment#0/payment': pay,
      'web#0/web': webLines,
      'cart#0/cart': Array.from({ length: 8 }, (_, i) => pino(T, -30 + i * 3.8, 'info', '%POD%', 'update cart', `"req":{"id":${7711 + i},"method":"GET","url":"/add/${USERS[i % 5]}/EMM/1"},`)),
      'dispatch#0/dispatch': [
        `${T.go(-33.9)} processing order 3f0d2a1e-6b5c-4e0a-9d7f-1a2b3c4d5e6f`, `${T.go(-31.8)} processing order 8e7c6b5a-4d3c-2b1a-0f9e-8d7c6b5a4d3c`, `${T.go(-29.7)} processing order 1c2d3e4f-5a6b-7c8d-9e0f-1a2b3c4d5e6f`,
        `${T.go(-27.6)} processing order 6a5b4c3d-2e1f-0a9b-8c7d-6e5f4a3b2c1d`, `${T.go(-25.5)} processing order 0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e`,
      ],
    },
  }),
];
