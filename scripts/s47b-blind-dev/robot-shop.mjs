// Batch s47b (blind dev): one Robot Shop incident for the scenario kit, with the kit system definition of
// scripts/kit-systems/robot-shop.mjs. The external payment gateway answers 503, so every order fails at payment.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const INC = '2026-07-08T13:47:00Z';
const T = clock(INC);
const START = -27; // 13:20 UTC
const users = ['partner-57', 'anonymous-1783', 'rsmith', 'anonymous-1790', 'jfowler', 'partner-12', 'anonymous-1801', 'mkline'];
const ctime = (min) => {
  const d = new Date(Date.parse(T.iso(min)));
  return d.toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, (_, wd, dd, mo, yy, hms) => `${wd} ${mo} ${String(Number(dd)).padStart(2, ' ')} ${hms} ${yy}`);
};
const flask = (min, level, msg) => `[${T.java(min).replace('.', ',')}] ${level} in payment: ${msg}`;
const uwsgi = (min, n, status, bytes, ms) => `[pid: ${8 + (n % 2)}|app: 0|req: ${1700 + n}/${3400 + n * 2}] %IPOF:web#0% () {38 vars in 512 bytes} [${ctime(min)}] POST /pay/${users[n % users.length]} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${status}) 2 headers in ${status === 200 ? 80 : 87} bytes (1 switches on core 0)`;
const nginxTime = (min) => {
  const d = new Date(Date.parse(T.iso(min)));
  const mo = d.toUTCString().split(' ')[2];
  const p = (x) => String(x).padStart(2, '0');
  return `${p(d.getUTCDate())}/${mo}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
};
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const payLogs = [];
const webLogs = [];
const dispatchLogs = [];
let n = 0;
for (let m = -52; m < -0.3; m += 1.45) {
  const user = users[n % users.length];
  const bad = m >= START;
  payLogs.push(flask(m, 'INFO', `payment for ${user}`));
  payLogs.push(flask(m + 0.001, 'INFO', `{'total': ${(n * 173) % 900 + 42}.${n % 10}0, 'tax': ${(n * 29) % 150 + 7}.${n % 10}8, 'items': [{'qty': 1, 'sku': 'HAL-1', 'name': 'HAL', 'price': ${(n * 173) % 900 + 12}, 'subtotal': ${(n * 173) % 900 + 12}}, {'qty': 1, 'price': 30, 'sku': 'SHIP', 'name': 'shipping to ${n % 2 ? 'United Kingdom' : 'Germany'}', 'subtotal': 30}]}`));
  if (bad) {
    payLogs.push(flask(m + 0.012, 'INFO', 'https://paypal.com/ returned 503'));
    payLogs.push(uwsgi(m + 0.012, n, 503, 13, 640 + (n * 37) % 400));
    webLogs.push(`10.1.2.137 - - [${nginxTime(m + 0.013)}] "POST /api/payment/pay/${user} HTTP/1.1" 503 13 "http://shop.robotshop.example.com/" "${UA}"`);
  } else {
    const oid = `${(n * 2654435761 % 4294967296).toString(16).padStart(8, '0')}-4c1e-4d2a-8f3b-${String(n).padStart(12, '0')}`;
    payLogs.push(flask(m + 0.006, 'INFO', 'https://paypal.com/ returned 200'));
    payLogs.push(flask(m + 0.007, 'INFO', 'queue order'));
    payLogs.push(flask(m + 0.009, 'INFO', 'order history returned 200'));
    payLogs.push(flask(m + 0.01, 'INFO', 'cart delete returned 200'));
    payLogs.push(uwsgi(m + 0.01, n, 200, 51, 380 + (n * 23) % 200));
    webLogs.push(`10.1.2.137 - - [${nginxTime(m + 0.011)}] "POST /api/payment/pay/${user} HTTP/1.1" 200 51 "http://shop.robotshop.example.com/" "${UA}"`);
    dispatchLogs.push(`${T.go(m + 0.02)} processing order ${oid}`);
    dispatchLogs.push(`${T.go(m + 0.02)} order ${oid}`);
  }
  webLogs.push(`10.1.2.137 - - [${nginxTime(m + 0.3)}] "GET /api/catalogue/products HTTP/1.1" 200 3521 "http://shop.robotshop.example.com/" "${UA}"`);
  n++;
}

export const scenarios = [
  withDefaults({
    folder: 's47b-payment-gateway-503',
    incidentTime: INC,
    description: 'robot shop: nobody can pay since 13:20, checkout page shows an error',
    expected: { component: 'payment-gateway', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'payment', cause: 'external-dependency' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'external-dependency-failure', 'time-expression', 'decoy'],
    grounding: `
      Robot Shop 2.1.0 (kit system scripts/kit-systems/robot-shop.mjs). payment (Python Flask under uWSGI) makes a dummy GET to
      PAYMENT_GATEWAY (default https://paypal.com/) on every /pay/<id>, logs "<gateway> returned <status>" and, when the status
      is not 200, returns 'payment error' with that status (13 bytes) before queueing the order; web (nginx) proxies
      /api/payment/ to payment:8080 and the browser shows the error. From 13:20 UTC the gateway answers 503 to the cluster's
      NAT addresses (a PSP-side outage as PayPal/CDN status pages describe them), so every payment fails with 503 while all pods
      stay Running and Ready; orders stop reaching RabbitMQ and dispatch goes quiet. Log formats: Flask's default handler
      "[time] LEVEL in module: msg", the uWSGI request logger line, nginx combined. Decoys: a catalogue image rollout 40 minutes
      before (benign), rabbitmq restarted once four days ago.
      Written blind; the expected answer (the external gateway; the same cause on payment also accepted) was fixed before
      the snapshot was generated.`,
    workloads: {
      catalogue: {
        rollout: { at: -40, oldContainers: { catalogue: { image: 'robotshop/rs-catalogue:2.0.2' } }, oldReplicas: 0, revision: 5 },
      },
      rabbitmq: {
        pods: [{ containers: { rabbitmq: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 137, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -40 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -39.4 },
    ],
    logs: {
      'payment#0/payment': payLogs,
      'web#0/web': webLogs,
      'dispatch#0/dispatch': dispatchLogs,
      'catalogue#0/catalogue': [
        pino(T, -39.7, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -39.7, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -20, 'info', '%POD%', 'request completed', '"req":{"id":412,"method":"GET","url":"/products","headers":{"host":"catalogue:8080"}},"res":{"statusCode":200},"responseTime":4,'),
      ],
    },
  }),
];
