// Batch s85c (blind dev): one Robot Shop scenario on the kit system definition (scripts/kit-systems/robot-shop.mjs).
// Fault: the external payment gateway answers 503 after seconds; payment stays Ready and relays it, web's 503s on /api/payment are louder.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const INC = '2026-12-02T19:40:00Z';
const T = clock(INC);
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ctime = (min) => { const d = new Date(T.isoMs(min)); return `${DAYS[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${d.toISOString().slice(11, 19)} ${d.getUTCFullYear()}`; };
const clf = (min) => { const d = new Date(T.isoMs(min)); return `${String(d.getUTCDate()).padStart(2, '0')}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${d.toISOString().slice(11, 19)} +0000`; };
let req = 2210;
const uw = (min, method, path, status, bytes, ms) => `[pid: ${7 + (req % 2)}|app: 0|req: ${(req++) - 2100}/${req}] %IPOF:web#0% () {52 vars in 842 bytes} [${ctime(min)}] ${method} ${path} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${status}) 2 headers in ${status === 200 ? 71 : 80} bytes (1 switches on core 0)`;
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const ng = (min, client, method, path, status, bytes) => `${client} - - [${clf(min)}] "${method} ${path} HTTP/1.1" ${status} ${bytes} "https://shop.robotshop.example/" "${UA}" "-"`;
const users = ['anonymous-2931', 'jdoe', 'anonymous-4017', 'k.meyer', 'anonymous-5520', 'stan', 'anonymous-6181'];
const pays = [-24, -21.5, -18.2, -14.9, -11.3, -7.6, -3.1];

export const scenarios = [
  withDefaults({
    folder: 's85c-payment-gateway-503',
    incidentTime: INC,
    description: 'checkout broken, ppl get "payment error" on the pay step for the last ~20 min. cart + shipping calc work fine. payments pod restarted recently?',
    expected: { component: 'payment-gateway', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'payment', cause: 'external-dependency' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'external-dependency-failure', 'callers-only', 'decoy', 'time-expression', 'partial-name'],
    workloads: {
      payment: {
        pods: [{
          containers: {
            payment: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 133),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 133.1) },
            }),
          },
          readyTransition: T.iso(-60 * 24 * 2 - 132.9),
        }],
      },
    },
    events: [],
    logs: {
      'payment#0/payment': [
        uw(-31.5, 'POST', '/pay/anonymous-1877', 200, 1143, 612),
        uw(-27.8, 'POST', '/pay/m.ross', 200, 1189, 574),
        ...pays.flatMap((m, i) => [
          uw(m + 0.07, 'POST', `/pay/${users[i]}`, 503, 13, 3000 + ((i * 317) % 900)),
        ]),
      ],
      'web#0/web': [
        ng(-31.55, '10.1.1.84', 'GET', '/api/cart/cart/anonymous-1877', 200, 412),
        ng(-31.5, '10.1.1.84', 'POST', '/api/payment/pay/anonymous-1877', 200, 1143),
        ng(-27.8, '10.1.2.137', 'POST', '/api/payment/pay/m.ross', 200, 1189),
        ...pays.flatMap((m, i) => [
          ng(m - 0.6, '10.1.3.206', 'GET', `/api/shipping/calc/${2650 + i * 131}`, 200, 48),
          ng(m - 0.5, '10.1.3.206', 'POST', `/api/shipping/confirm/${users[i]}`, 200, 402),
          ng(m - 0.1, '10.1.1.84', 'GET', `/api/cart/cart/${users[i]}`, 200, 398),
          ng(m + 0.07, '10.1.2.137', 'POST', `/api/payment/pay/${users[i]}`, 503, 13),
        ]),
        ng(-1.2, '10.1.2.137', 'GET', '/api/catalogue/products', 200, 3211),
      ],
      'cart#0/cart': [
        ...pays.map((m, i) => pino(T, m - 0.1, 'info', '%POD%', 'request completed', `"req":{"id":${400 + i},"method":"GET","url":"/cart/${users[i]}"},"res":{"statusCode":200},"responseTime":${3 + i},`)),
      ],
    },
    grounding: `
      Manifest facts: instana/robot-shop K8s/helm at 55292e2, rs-payment:2.1.0 (Python Flask under uWSGI, 100Mi limit, no
      probes), PAYMENT_GATEWAY left at the chart default (https://paypal.com/), web (nginx) proxying /api/payment/ to
      payment:8080. payment.py GETs PAYMENT_GATEWAY before it publishes the order to RabbitMQ and, when the answer is not
      200, returns "payment error" (13 bytes) with the gateway's status, without logging the cause. Fault (external
      outage, as in public payment-provider status incidents): the gateway answers 503 after ~3 s since 19:16; payment stays
      Running and Ready and only uWSGI's request lines show 503 and 3-4 s latencies; web's nginx access log shows the 503s
      on POST /api/payment/pay while cart and shipping answer 200. Decoy: payment's OOMKilled (exit 137) two days ago, one
      restart, Ready since. Deviation: the gateway outage is simulated; nothing in the cluster changed.
    `,
  }),
];
