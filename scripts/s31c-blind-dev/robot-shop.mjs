// Batch s31c (blind dev): one Robot Shop incident — the external payment gateway (Worldpay, set through the chart's
// payment.gateway value) answers 503 to payment's probe call, so every checkout ends in "payment error" while the cluster is green.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const INC = '2026-05-19T14:22:00Z';
const T = clock(INC);
const GW = 'https://secure.worldpay.com/';
const payEnv = [...system.workloads.find((w) => w.name === 'payment').containers[0].env, { name: 'PAYMENT_GATEWAY', value: GW }];
const flask = (min, lvl, msg) => {
  const d = T.java(min).replace('.', ',');
  return `[${d}] ${lvl} in payment: ${msg}`;
};
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ctime = (min) => { const d = new Date(Date.parse(T.isoMs(min))); return `${DAYS[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${T.java(min).slice(11, 19)} ${d.getUTCFullYear()}`; };
const nginxTs = (min) => { const d = new Date(Date.parse(T.isoMs(min))); return `${String(d.getUTCDate()).padStart(2, '0')}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${T.java(min).slice(11, 19)} +0000`; };
const uw = (min, n, method, path, bytes, ms, status) => `[pid: 9|app: 0|req: ${n}/${n + 411}] %IPOF:web#0% () {36 vars in 512 bytes} [${ctime(min)}] ${method} ${path} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${status}) 2 headers in ${status === 200 ? 72 : 80} bytes (1 switches on core 0)`;
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const ng = (min, client, method, path, status, bytes) => `${client} - - [${nginxTs(min)}] "${method} ${path} HTTP/1.1" ${status} ${bytes} "http://shop.robot-shop.example/" "${UA}"`;

const payLogs = [], webLogs = [], userLogs = [];
const users = ['anonymous-3f9a21c4', 'rsmith', 'anonymous-77b0e5d2', 'jchen', 'anonymous-c41d8a96', 'mlopez', 'anonymous-0b6e2f13'];
let n = 1880;
for (let i = 0; i < 30; i++) {
  const m = -52 + i * 1.7;
  const u = users[i % users.length];
  const client = `10.1.${(i % 3) + 1}.${40 + (i % 5)}`;
  webLogs.push(ng(m, client, 'GET', '/api/catalogue/products', 200, 2981));
  webLogs.push(ng(m + 0.05, client, 'GET', `/api/cart/cart/${u}`, 200, 214));
  userLogs.push(pino(T, m + 0.2, 'info', '%POD%', `checking user ${u}`));
  if (i % 2 === 0) continue;
  payLogs.push(flask(m + 0.2, 'INFO', `payment for ${u}`));
  payLogs.push(flask(m + 0.2, 'INFO', `{'total': ${(38.5 + i * 3.25).toFixed(2)}, 'tax': ${(6.42 + i * 0.54).toFixed(2)}, 'items': [{'qty': 1, 'sku': 'HAL-1', 'name': 'HAL', 'price': 2001, 'subtotal': 2001}]}`));
  if (m < -17) {
    payLogs.push(flask(m + 0.21, 'INFO', `${GW} returned 200`));
    payLogs.push(flask(m + 0.21, 'INFO', 'queue order'));
    payLogs.push(flask(m + 0.22, 'INFO', 'order history returned 200'));
    payLogs.push(flask(m + 0.22, 'INFO', 'cart delete returned 200'));
    payLogs.push(uw(m + 0.22, n++, 'POST', `/pay/${u}`, 52, 431 + i * 7, 200));
    webLogs.push(ng(m + 0.22, client, 'POST', `/api/payment/pay/${u}`, 200, 52));
  } else {
    payLogs.push(flask(m + 0.24, 'INFO', `${GW} returned 503`));
    payLogs.push(uw(m + 0.24, n++, 'POST', `/pay/${u}`, 13, 1873 + i * 11, 503));
    webLogs.push(ng(m + 0.24, client, 'POST', `/api/payment/pay/${u}`, 503, 13));
  }
}

export const scenarios = [
  withDefaults({
    folder: 's31c-payment-gateway-503',
    incidentTime: INC,
    description: 'robot shop: customers cant pay, checkout says payment error since 14:05. everything green in k8s',
    expected: { component: 'payment-gateway', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'payment', cause: 'external-dependency' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'external-dependency-failure', 'decoy', 'time-expression'],
    grounding: `
      Robot Shop 2.1.0 (instana/robot-shop K8s/helm): payment is Flask under uWSGI on 8080; payment.py reads PAYMENT_GATEWAY (chart
      value payment.gateway, default https://paypal.com/), calls it with requests.get before queueing the order, logs
      "<gateway> returned <status>" and answers 'payment error' with the gateway's status when it is not 200; web's nginx proxies
      /api/payment/ to payment:8080. The shop sets payment.gateway to https://secure.worldpay.com/ (topology: payment-gateway).
      The fault follows public payment-provider status incidents (PSP edge returning 503 for tens of minutes): from 14:05 every GET
      to the gateway answers 503, so every POST /pay/<user> returns 503 "payment error" (uWSGI request-log lines "generated 13 bytes …
      (HTTP/1.1 503)", nginx access lines 503 on /api/payment/pay/…), while catalogue, cart and user keep answering 200 and every
      pod stays Running and Ready with no restart or Warning event. Decoys: a ratings rollout 40 minutes earlier that completed and
      an old dispatch restart (exit 1 two days ago, when rabbitmq was restarted).`,
    workloads: {
      payment: { containers: { payment: { env: payEnv } } },
      ratings: { rollout: { at: -40, oldContainers: { ratings: { image: 'robotshop/rs-ratings:2.0.2' } } } },
      dispatch: { pods: [{ containers: { dispatch: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 11), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 11.3) } }) } }] },
    },
    events: [
      { on: 'deploy:ratings', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-%NEW% to 1', first: -40, last: -40 },
      { on: 'deploy:ratings', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-%OLD% to 0 from 1', first: -38.9, last: -38.9 },
      { on: 'pod:ratings#0', reason: 'Pulled', message: 'Successfully pulled image "robotshop/rs-ratings:2.1.0" in 4.212s (4.212s including waiting). Image size: 167384512 bytes.', fieldPath: 'spec.containers{ratings}', first: -39.8, last: -39.8 },
      { on: 'pod:ratings#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:80/_health": dial tcp %PODIP%:80: connect: connection refused', fieldPath: 'spec.containers{ratings}', first: -39.6, last: -39.4, count: 3 },
    ],
    logs: {
      'payment#0/payment': payLogs,
      'web#0/web': webLogs,
      'user#0/user': userLogs,
    },
  }),
];
