// Blind dev scenario of batch s27a for Robot Shop (kit system definition): PayPal's edge answers 503 and resets
// connections, so payment's gateway check fails most checkouts while every pod stays Running and Ready.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults } from '../kit-systems/robot-shop.mjs';

export { system };

const INCIDENT = '2026-08-20T19:25:00Z';
const T = clock(INCIDENT);
const START = -23; // 19:02

const flaskTs = (min) => T.java(min).replace('.', ',');
const flask = (min, level, msg) => `[${flaskTs(min)}] ${level} in payment: ${msg}`;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ctime = (min) => {
  const d = new Date(Date.parse(INCIDENT) + min * 60000);
  const p = (n) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
};
const clf = (min) => {
  const d = new Date(Date.parse(INCIDENT) + min * 60000);
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
};
const USERS = ['partner-57', 'anonymous-4419', 'partner-12', 'anonymous-8830', 'partner-91', 'anonymous-2207'];
const CART = (u) => `{'total': 1466.99, 'tax': 244.5, 'items': [{'qty': 1, 'sku': 'HAL-1', 'name': 'HAL', 'price': 1466.99, 'subtotal': 1466.99}, {'qty': 1, 'sku': 'SHIP', 'name': 'shipping to United Kingdom', 'price': 6, 'subtotal': 6}], 'user': '${u}'}`;
const RESET = "HTTPSConnectionPool(host='paypal.com', port=443): Max retries exceeded with url: / (Caused by ProtocolError('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer')))";

const uwsgi = (min, n, ip, method, path, bytes, ms, status) =>
  `[pid: 9|app: 0|req: ${n}/${n}] ${ip} () {42 vars in 689 bytes} [${ctime(min)}] ${method} ${path} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${status}) 2 headers in ${status === 200 ? 80 : 79} bytes (1 switches on core 0)`;

// One checkout every ~40 s; from 19:02 PayPal answers 503 to most, resets some, lets a few through slowly.
const checkouts = () => {
  const out = [];
  let k = 0;
  for (let m = -41; m < -0.3; m += 0.68) {
    const u = USERS[k % USERS.length];
    const faulty = m >= START;
    const kind = !faulty ? 'ok' : k % 5 === 1 ? 'reset' : k % 5 === 3 ? 'ok' : 'e503';
    const ms = kind === 'ok' ? (faulty ? 2900 + (k % 7) * 310 : 180 + (k % 5) * 23) : kind === 'reset' ? 10120 + (k % 3) * 40 : 640 + (k % 4) * 55;
    out.push({ m, u, kind, ms, k });
    k++;
  }
  return out;
};
const CO = checkouts();
const WEB_IP = '%IPOF:web#0%';
const paymentLog = () => {
  const lines = [];
  for (const c of CO) {
    lines.push(flask(c.m, 'INFO', `payment for ${c.u}`));
    lines.push(flask(c.m + 0.0002, 'INFO', CART(c.u)));
    const end = c.m + c.ms / 60000;
    if (c.kind === 'reset') {
      lines.push(flask(end, 'ERROR', RESET));
      lines.push(uwsgi(end, 3100 + c.k * 3, WEB_IP, 'POST', `/pay/${c.u}`, RESET.length, c.ms, 500));
      continue;
    }
    const st = c.kind === 'ok' ? 200 : 503;
    lines.push(flask(end, 'INFO', `https://paypal.com/ returned ${st}`));
    if (st === 200) {
      lines.push(flask(end + 0.0001, 'INFO', 'queue order'));
      if (c.u.startsWith('partner')) lines.push(flask(end + 0.0003, 'INFO', 'order history returned 200'));
      lines.push(flask(end + 0.0005, 'INFO', 'cart delete returned 200'));
      lines.push(uwsgi(end + 0.0005, 3100 + c.k * 3, WEB_IP, 'POST', `/pay/${c.u}`, 51, c.ms + 14, 200));
    } else {
      lines.push(uwsgi(end, 3100 + c.k * 3, WEB_IP, 'POST', `/pay/${c.u}`, 13, c.ms, 503));
    }
  }
  return lines;
};
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36';
const webLog = () => {
  const lines = [];
  for (const c of CO) {
    const client = ['10.1.1.84', '10.1.2.137', '10.1.3.206'][c.k % 3];
    lines.push(`${client} - - [${clf(c.m - 0.05)}] "GET /api/cart/cart/${c.u} HTTP/1.1" 200 412 "https://shop.robot-shop.example/" "${UA}"`);
    const st = c.kind === 'ok' ? 200 : c.kind === 'reset' ? 500 : 503;
    const len = st === 200 ? 51 : st === 503 ? 13 : RESET.length;
    lines.push(`${client} - - [${clf(c.m + c.ms / 60000 + 0.0006)}] "POST /api/payment/pay/${c.u} HTTP/1.1" ${st} ${len} "https://shop.robot-shop.example/" "${UA}"`);
  }
  return lines;
};

export const scenarios = [
  withDefaults({
    folder: 's27a-payment-paypal-503',
    incidentTime: INCIDENT,
    description: 'robot shop: most customers get an error when they click Pay, since ~19:00. rest of the shop works',
    expected: { component: 'payment-gateway', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'payment', cause: 'external-dependency' }],
    difficulty: 'medium',
    traits: ['external-dependency-failure', 'pods-ready', 'time-expression', 'decoy'],
    grounding: `
      instana/robot-shop payment/payment.py (2.1.0): POST /pay/<id> checks the user, validates the cart, then makes a
      "dummy call to payment gateway": requests.get(PAYMENT_GATEWAY) with no timeout (default https://paypal.com/), logs
      "<gateway> returned <status>", and answers 'payment error' with PayPal's own status when it is not 200, or the
      exception text with 500 (after app.logger.error(err)) when the request raises. It runs under uWSGI (request log lines)
      with Flask's default log format; web's nginx proxies /api/payment/ to payment:8080 and logs the combined format.
      Fault: from 19:02 PayPal's edge answers most requests to paypal.com with 503 and resets some connections
      (ConnectionResetError 104); the few that pass take 3-5 s. Every pod is Running and Ready, payment's /health stays
      200, no Kubernetes event; only payment's log ("https://paypal.com/ returned 503", "Connection reset by peer") and
      web's 503/500 on POST /api/payment/pay name the cause; carts, catalogue and ratings work. Decoy: a healthy ratings
      rollout 70 minutes earlier. Expected: external-dependency on payment-gateway (the topology's external PayPal);
      the same cause named on payment also accepted.`,
    workloads: {
      ratings: { rollout: { at: -70, revision: 5 } },
    },
    events: [
      { on: 'deploy:ratings', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-%NEW% to 1', first: -70 },
      { on: 'deploy:ratings', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-%OLD% to 0 from 1', first: -69.3 },
      { on: 'pod:ratings#0', fieldPath: 'spec.containers{ratings}', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:80/_health": dial tcp %PODIP%:80: connect: connection refused', count: 3, first: -69.8, last: -69.6 },
    ],
    logs: {
      'payment#0/payment': paymentLog(),
      'web#0/web': webLog(),
    },
  }),
];
