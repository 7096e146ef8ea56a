// Batch s38a held-out scenario for Stan's Robot Shop (split: test), written blind: the kit system definition with one
// incident spec; built by scripts/s38a-build.mjs with the s2 scenario kit.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const T = clock('2026-05-26T20:14:00Z');
const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const at = (min) => new Date(Date.parse('2026-05-26T20:14:00Z') + Math.round(min * 60000));
// uWSGI request log: [pid: 9|app: 0|req: 412/821] 10.1.3.55 () {42 vars in 583 bytes} [Tue May 26 19:31:02 2026] POST /pay/... => ...
const uw = (min, req, ip, path, status, bytes, ms) => {
  const d = at(min);
  const ts = `${DAY[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${d.toISOString().slice(11, 19)} ${d.getUTCFullYear()}`;
  return `[pid: ${req % 2 ? 9 : 10}|app: 0|req: ${Math.ceil(req / 2)}/${req}] ${ip} () {42 vars in 583 bytes} [${ts}] POST ${path} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${status}) 2 headers in ${status === 200 ? 72 : 80} bytes (1 switches on core 0)`;
};
// Flask's default handler: [2026-05-26 19:31:02,118] INFO in payment: ...
const fl = (min, lvl, msg) => `[${T.java(min).replace('.', ',')}] ${lvl} in payment: ${msg}`;
// nginx combined log of web
const ng = (min, path, status, bytes, ua) => {
  const d = at(min);
  const ts = `${String(d.getUTCDate()).padStart(2, '0')}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${d.toISOString().slice(11, 19)} +0000`;
  return `10.1.1.84 - - [${ts}] "${path.startsWith('/api/payment') ? 'POST' : 'GET'} ${path} HTTP/1.1" ${status} ${bytes} "http://shop.robot-shop.example/" "${ua}"`;
};
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36';
const ids = ['d41f2a7c-9e35-4b1e-8c60-2f7a9d3e1b58', 'anonymous-48213', '7c9e1b3a-5d2f-4e8a-b6c1-0a9f3e7d2c45', 'anonymous-77190', 'b2e8d4f1-3a6c-4d9e-a1f7-5c0b8e2d9a36'];
const SSL_EOF = "HTTPSConnectionPool(host='www.paypal.com', port=443): Max retries exceeded with url: / (Caused by SSLError(SSLEOFError(8, '[SSL: UNEXPECTED_EOF_WHILE_READING] EOF occurred in violation of protocol (_ssl.c:1000)')))";

const payLog = [];
const webLog = [];
for (let m = -58, i = 0; m < -0.5; m += 1.6, i++) {
  const id = ids[i % ids.length];
  const ip = '%IPOF:web#0%';
  payLog.push(fl(m, 'INFO', `payment for ${id}`));
  payLog.push(fl(m + 0.001, 'INFO', `{'total': ${(39.99 + (i % 4) * 42).toFixed(2)}, 'tax': ${((39.99 + (i % 4) * 42) / 6).toFixed(2)}, 'items': [{'qty': 1, 'sku': '${['EMM', 'HAL-1', 'STAN-1', 'CNA'][i % 4]}', 'name': '${['Eve', 'HAL', 'Stan', 'Cybernated Neutralization Armor'][i % 4]}', 'price': ${(39.99 + (i % 4) * 42).toFixed(2)}, 'subtotal': ${(39.99 + (i % 4) * 42).toFixed(2)}}, {'qty': 1, 'sku': 'SHIP', 'name': 'shipping to Leeds', 'price': 7.5, 'subtotal': 7.5}]}`));
  if (m < -24) {
    payLog.push(uw(m + 0.012, 400 + i, ip, `/pay/${id}`, 200, 54, 640 + ((i * 53) % 300)));
    webLog.push(ng(m + 0.013, `/api/payment/pay/${id}`, 200, 54, UA));
  } else if (i % 5 === 2) {
    payLog.push(fl(m + 0.008, 'ERROR', SSL_EOF));
    payLog.push(uw(m + 0.008, 400 + i, ip, `/pay/${id}`, 500, SSL_EOF.length, 380 + ((i * 71) % 200)));
    webLog.push(ng(m + 0.009, `/api/payment/pay/${id}`, 500, SSL_EOF.length, UA));
  } else {
    payLog.push(uw(m + 0.04, 400 + i, ip, `/pay/${id}`, 503, 13, 2100 + ((i * 97) % 1200)));
    webLog.push(ng(m + 0.04, `/api/payment/pay/${id}`, 503, 13, UA));
  }
  webLog.push(ng(m + 0.2, '/api/catalogue/products', 200, 3511, UA));
  webLog.push(ng(m + 0.3, `/api/cart/cart/${id}`, 200, 211, UA));
  if (i % 3 === 0) webLog.push(ng(m + 0.4, '/api/shipping/codes', 200, 9641, UA));
}

export const scenarios = [
  withDefaults({
    folder: 's38a-payment-gateway-paypal-503',
    split: 'test',
    description: "customers can't pay on robot shop, checkout errors at the pay step since ~19:50",
    incidentTime: '2026-05-26T20:14:00Z',
    expected: { component: 'payment-gateway', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'payment', cause: 'external-dependency' }],
    difficulty: 'medium',
    traits: ['external-dependency-failure', 'callers-only', 'pods-ready', 'time-expression', 'decoy'],
    grounding: `
      Robot Shop 2.1.0 (instana/robot-shop 55292e2): payment (Python Flask under uWSGI, rs-payment:2.1.0) calls PAYMENT_GATEWAY —
      unset in the chart values, so the code default https://paypal.com/ — with requests.get() before publishing the order to
      RabbitMQ; on a RequestException it logs the error and answers 500 with its text, on a non-200 status it answers
      'payment error' with the gateway's status. web's nginx proxies /api/payment/ to payment:8080.
      Fault: an edge incident at the gateway (paypal.com redirects to www.paypal.com, which answers 503 and sometimes resets the
      TLS handshake, as in PayPal's public status-page incidents) makes every checkout fail at the pay step since ~19:50 while all
      pods stay Ready and quiet: only payment's uWSGI request log (503 after 2-3 s, some 500s with urllib3's SSLEOFError text) and web's access log show it. Orders stop reaching dispatch.
      Decoy: a catalogue rollout restart 35 minutes earlier (healthy), and redis-0 restarted two days ago.
    `,
    workloads: {
      catalogue: {
        rollout: { at: -35, oldReplicas: 0 },
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-35) } },
      },
      redis: {
        pods: [{ containers: { redis: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 47), last: { exitCode: 0, reason: 'Completed', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 47 - 0.3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -35 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -34.4 },
      { on: 'pod:catalogue#0', reason: 'Pulled', message: 'Container image "robotshop/rs-catalogue:2.1.0" already present on machine', first: -34.9, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', first: -34.8, fieldPath: 'spec.containers{catalogue}' },
    ],
    logs: {
      'payment#0/payment': payLog,
      'web#0/web': webLog,
      'catalogue#0/catalogue': [
        pino(T, -34.8, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -34.7, 'info', '%POD%', 'MongoDB connected'),
      ],
    },
  }),
];
