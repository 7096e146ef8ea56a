// Batch s28b held-out scenario for Stan's Robot Shop (split: test), written blind; the system is the kit definition
// scripts/kit-systems/robot-shop.mjs (withDefaults, default PVCs), built by scripts/s28b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const T = clock('2026-05-21T19:32:00Z');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const d = (min) => new Date(Date.parse(T.isoMs(min)));
// Flask's default handler format under uWSGI, and uWSGI's request log line.
const flask = (min, lvl, msg) => `[${T.java(min).replace('.', ',')}] ${lvl} in payment: ${msg}`;
const uw = (min, req, path, status, bytes, ms) => {
  const x = d(min);
  const p = (n) => String(n).padStart(2, '0');
  return `[pid: ${req % 2 ? 9 : 10}|app: 0|req: ${req}/${req * 2 - 1}] %IPOF:web#0% () {40 vars in 561 bytes} [${DAY[x.getUTCDay()]} ${MON[x.getUTCMonth()]} ${p(x.getUTCDate())} ${p(x.getUTCHours())}:${p(x.getUTCMinutes())}:${p(x.getUTCSeconds())} ${x.getUTCFullYear()}] POST ${path} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${status}) 2 headers in ${status === 200 ? 71 : 80} bytes (1 switches on core 0)`;
};
const nginxTime = (min) => {
  const x = d(min);
  const p = (n) => String(n).padStart(2, '0');
  return `${p(x.getUTCDate())}/${MON[x.getUTCMonth()]}/${x.getUTCFullYear()}:${p(x.getUTCHours())}:${p(x.getUTCMinutes())}:${p(x.getUTCSeconds())} +0000`;
};
const ng = (min, method, path, status, bytes) =>
  `10.1.0.57 - - [${nginxTime(min)}] "${method} ${path} HTTP/1.1" ${status} ${bytes} "https://shop.robotshop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36" "-"`;

const users = ['anonymous-1716312', 'partner-57', 'jcosta', 'anonymous-1716398', 'rkhan', 'anonymous-1716407', 'stan', 'anonymous-1716433'];
const payLines = [];
const webLines = [];
let req = 4102;
// healthy before the gateway trouble
for (const [min, u] of [[-52.3, 'rkhan'], [-47.9, 'anonymous-1716201'], [-41.2, 'partner-57']]) {
  payLines.push(flask(min, 'INFO', `payment for ${u}`), flask(min + 0.002, 'INFO', 'https://paypal.com/ returned 200'), flask(min + 0.004, 'INFO', 'queue order'), flask(min + 0.006, 'INFO', 'order history returned 200'), flask(min + 0.008, 'INFO', 'cart delete returned 200'), uw(min + 0.009, req++, `/pay/${u}`, 200, 51, 488));
  webLines.push(ng(min + 0.01, 'POST', `/api/payment/pay/${u}`, 200, 51));
}
// from ~18:56 the gateway answers 503 to most requests, with a few successes
const fails = [-35.6, -33.9, -31.2, -29.8, -27.5, -24.1, -22.7, -19.3, -16.8, -13.5, -11.9, -9.4, -7.2, -5.8, -3.3, -1.7];
fails.forEach((min, i) => {
  const u = users[i % users.length];
  if (i === 6 || i === 12) {
    payLines.push(flask(min, 'INFO', `payment for ${u}`), flask(min + 0.05, 'INFO', 'https://paypal.com/ returned 200'), flask(min + 0.052, 'INFO', 'queue order'), flask(min + 0.054, 'INFO', 'order history returned 200'), flask(min + 0.056, 'INFO', 'cart delete returned 200'), uw(min + 0.057, req++, `/pay/${u}`, 200, 51, 3604));
    webLines.push(ng(min + 0.058, 'POST', `/api/payment/pay/${u}`, 200, 51));
    return;
  }
  payLines.push(flask(min, 'INFO', `payment for ${u}`), flask(min + 0.03, 'INFO', 'https://paypal.com/ returned 503'), uw(min + 0.031, req++, `/pay/${u}`, 503, 13, 1811 + i * 37));
  webLines.push(ng(min + 0.032, 'POST', `/api/payment/pay/${u}`, 503, 13));
  webLines.push(ng(min + 0.2, 'GET', `/api/cart/cart/${u}`, 200, 412));
});
webLines.sort();

export const scenarios = [
  withDefaults({
    folder: 's28b-payment-gateway-503',
    incidentTime: '2026-05-21T19:32:00Z',
    description: 'robot shop: checkout failing for most customers, payment step just errors. started maybe half an hour ago',
    expected: { component: 'payment-gateway', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'payment', cause: 'external-dependency' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'external-dependency-failure', 'callers-only', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (instana/robot-shop K8s/helm at 55292e2, kit system): payment is rs-payment:2.1.0, Python Flask under
      uWSGI on 8080; its /pay/<id> handler first makes a GET to PAYMENT_GATEWAY (chart value payment.gateway, default
      https://paypal.com/), logs "<gateway> returned <status>" and answers 'payment error' with the gateway's status when it
      is not 200, before queueing the order on RabbitMQ, writing user history and deleting the cart. web's nginx proxies
      /api/payment/ to payment:8080.
      Fault: from about 18:56 the gateway answers most of these GETs with 503 (a PayPal edge incident of the kind on
      status.paypal.com and in public outage trackers); payment relays the 503, so web logs POST /api/payment/pay/<user>
      503 for most checkouts, two of sixteen succeed slowly. Every pod stays Running and Ready and nothing in Events
      changes; only payment's own log names the gateway.
      Decoy: a healthy catalogue rollout two hours earlier (MONGO_URL made explicit in the chart).`,
    workloads: {
      catalogue: {
        rollout: { at: -121, revision: 5, oldContainers: { catalogue: { env: system.workloads.find((w) => w.name === 'catalogue').containers[0].env } } },
        containers: { catalogue: { env: [...system.workloads.find((w) => w.name === 'catalogue').containers[0].env, { name: 'MONGO_URL', value: 'mongodb://mongodb:27017/catalogue' }] } },
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -121 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -120.4 },
    ],
    logs: {
      'payment#0/payment': payLines,
      'web#0/web': webLines,
      'catalogue#0/catalogue': [
        pino(T, -120.3, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -120.3, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -14.2, 'info', '%POD%', 'request completed', '"req":{"id":88121,"method":"GET","url":"/products","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":200},"responseTime":4,'),
      ],
    },
  }),
];
