// Batch s52a (held-out, split: test): one blind Robot Shop scenario for the kit (scripts/s2-scenario-kit.mjs), on the
// kit system definition with its withDefaults, default PVCs and pino helper; expected answer fixed before generation.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, defaultPvcs, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const I1 = '2026-12-11T20:18:00Z';
const T1 = clock(I1);
const FAULT = -34;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const at = (min) => new Date(Date.parse(T1.isoMs(min)));
const uwsgiDate = (min) => { const d = at(min); const p = (n) => String(n).padStart(2, '0'); return `${DAYS[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${d.getUTCFullYear()}`; };
const nginxDate = (min) => { const d = at(min); const p = (n) => String(n).padStart(2, '0'); return `${p(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`; };
const flask = (min, level, msg) => `[${T1.java(min).replace('.', ',')}] ${level} in payment: ${msg}`;

const pay = [], web = [];
for (let i = 0, m = -55; m < -0.2; m += 1.3, i++) {
  const user = i % 3 ? `anonymous-${(48211 + i * 7919) % 99991}` : ['rdouglas', 'jkerr', 'mpatel'][i % 3 === 0 ? (i / 3) % 3 : 0];
  const bad = m >= FAULT;
  const ms = bad ? 2100 + ((i * 613) % 7400) : 180 + ((i * 37) % 240);
  pay.push(flask(m, 'INFO', `payment for ${user}`));
  pay.push(flask(m + 0.001, 'INFO', `{'items': [{'qty': 1, 'sku': 'EMM', 'name': 'Ewooid', 'price': 42, 'subtotal': 42}, {'qty': 1, 'price': 8.99, 'sku': 'SHIP', 'name': 'shipping to Cambridge UK', 'subtotal': 8.99}], 'total': 50.99, 'tax': 8.5}`));
  if (bad) {
    pay.push(flask(m + ms / 60000, 'INFO', `https://paypal.com/ returned 503`));
    pay.push(`[pid: ${12 + (i % 2)}|app: 0|req: ${310 + i}/${620 + i * 2}] 10.1.1.${40 + (i % 3)} () {42 vars in 598 bytes} [${uwsgiDate(m)}] POST /pay/${user} => generated 13 bytes in ${ms} msecs (HTTP/1.1 503) 2 headers in 80 bytes (1 switches on core 0)`);
    web.push(`10.1.2.${100 + (i % 50)} - - [${nginxDate(m + ms / 60000)}] "POST /api/payment/pay/${user} HTTP/1.1" 503 13 "http://shop.robot-shop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"`);
  } else {
    pay.push(flask(m + ms / 60000, 'INFO', `https://paypal.com/ returned 200`));
    pay.push(flask(m + ms / 60000 + 0.001, 'INFO', 'queue order'));
    pay.push(flask(m + ms / 60000 + 0.002, 'INFO', 'cart delete returned 200'));
    pay.push(`[pid: ${12 + (i % 2)}|app: 0|req: ${310 + i}/${620 + i * 2}] 10.1.1.${40 + (i % 3)} () {42 vars in 598 bytes} [${uwsgiDate(m)}] POST /pay/${user} => generated 51 bytes in ${ms} msecs (HTTP/1.1 200) 2 headers in 72 bytes (1 switches on core 0)`);
    web.push(`10.1.2.${100 + (i % 50)} - - [${nginxDate(m + ms / 60000)}] "POST /api/payment/pay/${user} HTTP/1.1" 200 51 "http://shop.robot-shop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"`);
  }
  web.push(`10.1.2.${100 + (i % 50)} - - [${nginxDate(m + 0.2)}] "GET /api/catalogue/products HTTP/1.1" 200 3170 "http://shop.robot-shop.example/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15"`);
}

export const scenarios = [
  withDefaults({
    folder: 's52a-payment-gateway-503',
    split: 'test',
    description: 'robot shop checkout broken, customers get "payment error" when paying, started around 19:45',
    incidentTime: I1,
    expected: { component: 'payment-gateway', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'payment', cause: 'external-dependency' }],
    difficulty: 'easy',
    traits: ['external-dependency-failure', 'pods-ready', 'time-expression', 'decoy'],
    grounding: `
      instana/robot-shop payment/payment.py (2.1.0): /pay/<id> does requests.get(PAYMENT_GATEWAY) (default
      https://paypal.com/), logs "<gateway> returned <status>" and, on any status other than 200, returns 'payment error'
      with that status; the app runs under uWSGI (payment.ini), whose request log lines are shown; web's nginx proxies
      /api/payment/ to payment:8080. Fault: from ~19:44 the payment gateway answers 503 after 2-9 s (a PSP-side
      outage); every checkout fails with "payment error" 503 while all pods stay Ready and nothing in the cluster
      changes. Decoys: dispatch restarted once this afternoon after a RabbitMQ connection reset (its own log shows it
      reconnecting); no Events remain from it (the API keeps Events for an hour).
    `,
    workloads: {
      dispatch: {
        pods: [
          {
            containers: {
              dispatch: cs.restartedRunning({
                restarts: 1,
                startedAt: T1.iso(-60 * 5.5),
                last: { exitCode: 1, reason: 'Error', startedAt: T1.iso(-60 * 24 * 6), finishedAt: T1.iso(-60 * 5.5 - 0.2) },
              }),
            },
          },
        ],
      },
    },
    events: [],
    logs: {
      'payment#0/payment': pay,
      'web#0/web': web,
      'dispatch#0/dispatch': [
        `${T1.go(-60 * 5.5 + 0.1)} Connected to RabbitMQ`,
        ...Array.from({ length: 6 }, (_, i) => `${T1.go(-52 + i * 3)} processing order ${['3f9b1c2e', '7a0d4e61', 'c2e85f19', '91b7a3d0', '5e6c0b8f', 'd4a1f7e2'][i]}-4b1a-4e0c-9a2f-${(0x3b1f9e20a7c4 + i * 4091).toString(16)}`),
      ],
      'dispatch#0/dispatch/previous': [
        `${T1.go(-60 * 5.5 - 0.3)} Failed to consume: Exception (501) Reason: "read tcp %PODIP%:48112->%SVCIP:rabbitmq%:5672: read: connection reset by peer"`,
        `${T1.go(-60 * 5.5 - 0.2)} Failed to consume: Exception (504) Reason: "channel/connection is not open"`,
      ],
      'cart#0/cart': Array.from({ length: 5 }, (_, i) => pino(T1, -30 + i * 6, 'info', '%POD%', 'request completed', `"req":{"id":${1200 + i},"method":"GET","url":"/cart/anonymous-${41000 + i}"},"res":{"statusCode":200},"responseTime":${3 + i},`)),
    },
  }),
];
