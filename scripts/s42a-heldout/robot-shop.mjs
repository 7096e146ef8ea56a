// Held-out scenario (batch s42a, split test) for Stan's Robot Shop, written blind: spec for the scenario kit
// (scripts/s2-scenario-kit.mjs) on the kit system definition scripts/kit-systems/robot-shop.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, defaultPvcs as pvcs, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const T = clock('2026-06-03T13:26:00Z');
const N = base.nodes.map((n) => n.name);
const agentEnv = base.workloads.find((w) => w.name === 'payment').containers[0].env;
const GW = 'https://secure.worldpay.com/';

// uWSGI request log line, as payment.ini's uWSGI prints it.
const uw = (min, pid, n, ip, method, path, bytes, ms, status) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const day = d.toUTCString().slice(0, 3);
  const mon = d.toUTCString().slice(8, 11);
  const dd = String(d.getUTCDate()).padStart(2, '0');
  return `[pid: ${pid}|app: 0|req: ${n}/${n * 2 + 1}] ${ip} () {38 vars in 512 bytes} [${day} ${mon} ${dd} ${T.go(min).slice(11)} 2026] ${method} ${path} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${status}) 2 headers in ${status === 200 ? 80 : 86} bytes (1 switches on core 0)`;
};
const ngx = (min, ip, method, path, status, bytes, rt) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = d.toUTCString().slice(8, 11);
  const dd = String(d.getUTCDate()).padStart(2, '0');
  return `${ip} - - [${dd}/${mon}/2026:${T.go(min).slice(11)} +0000] "${method} ${path} HTTP/1.1" ${status} ${bytes} "https://shop.robotshop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36" ${rt}`;
};
const WEBIP = '10.1.2.31';
const users = ['anonymous-48213', 'maria.k', 'anonymous-51977', 'j.tanaka', 'anonymous-52810', 'p.okafor', 'anonymous-53302', 'anonymous-53655'];

const paymentLogs = [[], []];
let turn = 0;
const paymentLog = { push: (...l) => paymentLogs[turn % 2].push(...l) };
const webLog = [];
// Before the gateway trouble: payments succeed.
[-44, -38.5, -33.2].forEach((m, i) => {
  const u = users[i];
  paymentLog.push(`payment for ${u}`, `{'jwt': '', 'total': ${[42.5, 1299, 87.3][i]}, 'tax': ${[7.08, 216.5, 14.55][i]}, 'items': [...]}`);
  paymentLog.push(`${GW} returned 200`, 'queue order', `order history returned 200`, `cart delete returned 200`);
  paymentLog.push(uw(m + 0.01, 9, 40 + i, WEBIP, 'POST', `/pay/${u}`, 50, 412 + i * 37, 200));
  turn++;
  webLog.push(ngx(m + 0.01, '10.1.1.12', 'POST', `/api/payment/pay/${u}`, 200, 50, (0.41 + i * 0.04).toFixed(3)));
});
// From ~13:03 the PSP answers 503 or drops the connection after a long wait.
const bad = [
  [-22.6, 503, 31204], [-20.9, 'reset', 45011], [-19.4, 503, 28830], [-16.8, 503, 30412], [-14.1, 'reset', 47007],
  [-11.7, 503, 29766], [-9.2, 503, 31089], [-6.5, 'reset', 44013], [-4.0, 503, 30551], [-1.4, 503, 29904],
];
bad.forEach(([m, what, ms], i) => {
  const u = users[(i + 3) % users.length];
  paymentLog.push(`payment for ${u}`, `{'jwt': '', 'total': ${(19.99 + i * 13.1).toFixed(2)}, 'tax': ${((19.99 + i * 13.1) / 6).toFixed(2)}, 'items': [...]}`);
  if (what === 503) {
    paymentLog.push(`${GW} returned 503`);
    paymentLog.push(uw(m + ms / 60000, 9 + (i % 2), 43 + i, WEBIP, 'POST', `/pay/${u}`, 13, ms, 503));
    webLog.push(ngx(m + ms / 60000, '10.1.1.12', 'POST', `/api/payment/pay/${u}`, 503, 13, (ms / 1000).toFixed(3)));
  } else {
    paymentLog.push(`('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))`);
    paymentLog.push(uw(m + ms / 60000, 9 + (i % 2), 43 + i, WEBIP, 'POST', `/pay/${u}`, 98, ms, 500));
    webLog.push(ngx(m + ms / 60000, '10.1.1.12', 'POST', `/api/payment/pay/${u}`, 500, 98, (ms / 1000).toFixed(3)));
  }
  turn++;
});
// Browsing keeps working.
for (let m = -43; m < 0; m += 3.7) {
  webLog.push(ngx(m, '10.1.1.12', 'GET', '/api/catalogue/products', 200, 2811, '0.012'));
  webLog.push(ngx(m + 0.2, '10.1.1.12', 'GET', '/api/ratings/api/fetch/EMM', 200, 32, '0.006'));
  webLog.push(ngx(m + 0.4, '10.1.1.12', 'GET', `/api/cart/cart/${users[Math.abs(Math.round(m)) % users.length]}`, 200, 214, '0.004'));
}
webLog.sort((a, b) => a.split('[')[1].localeCompare(b.split('[')[1]));

export const scenarios = [
  withDefaults({
    folder: 's42a-payment-psp-503',
    description: 'robot shop checkout failing - orders wont go through, browsing is fine',
    incidentTime: '2026-06-03T13:26:00Z',
    expected: { component: 'payment-gateway', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'payment', cause: 'external-dependency' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'external-dependency-failure', 'decoy'],
    grounding: `
      instana/robot-shop payment/payment.py: /pay/<id> does a GET on PAYMENT_GATEWAY (Helm values payment.gateway; here the
      shop's PSP, https://secure.worldpay.com/) with requests and no timeout, logs "<gateway> returned <status>", answers
      'payment error' with the gateway's status when it is not 200, and returns the exception text with a 500 when requests
      raises; payment runs under uWSGI (payment.ini), whose request log lines are kept as uWSGI prints them, and web's nginx
      proxies /api/payment/ to payment:8080 (combined log format plus request time). Public PSP status pages regularly record
      partial outages where the gateway answers 503 or drops connections after ~30-45 s. Here the gateway starts failing at
      ~13:03: every POST /pay answers 503 after ~30 s or 500 on "Connection aborted ... RemoteDisconnected"; payment's pods stay
      Ready (its /health does not touch the gateway), cart, catalogue, ratings and user keep serving, rabbitmq gets no new
      orders. Decoys: a ratings rollout 50 minutes earlier (healthy) and a dispatch restart two days old.`,
    workloads: {
      payment: {
        containers: { payment: { env: [...agentEnv, { name: 'PAYMENT_GATEWAY', value: GW }] } },
        pods: [{ node: N[1] }, { node: N[2] }],
        replicas: 2,
      },
      ratings: { rollout: { at: -50, revision: 5 } },
      dispatch: {
        pods: [
          {
            containers: {
              dispatch: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 48 + 0.5),
                last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 48) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:ratings', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-%NEW% to 1', first: -50 },
      { on: 'deploy:ratings', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-%OLD% to 0 from 1', first: -49.3 },
    ],
    logs: {
      'payment#0/payment': paymentLogs[0],
      'payment#1/payment': paymentLogs[1],
      'web#0/web': webLog,
      'cart#0/cart': [
        pino(T, -33.2, 'info', '%POD%', 'request completed', '"req":{"id":812,"method":"DELETE","url":"/cart/j.tanaka"},"res":{"statusCode":200},"responseTime":3,'),
        pino(T, -12.0, 'info', '%POD%', 'request completed', '"req":{"id":871,"method":"GET","url":"/cart/maria.k"},"res":{"statusCode":200},"responseTime":2,'),
        pino(T, -2.1, 'info', '%POD%', 'request completed', '"req":{"id":903,"method":"GET","url":"/cart/anonymous-53655"},"res":{"statusCode":200},"responseTime":2,'),
      ],
      'ratings#0/ratings': [
        `[${T.java(-49.5).replace(' ', 'T').slice(0, 19)}+00:00] app.INFO: Matched route "ratings_fetch". [] []`,
        `[${T.java(-10.4).replace(' ', 'T').slice(0, 19)}+00:00] app.INFO: Matched route "ratings_fetch". [] []`,
      ],
    },
  }),
];
