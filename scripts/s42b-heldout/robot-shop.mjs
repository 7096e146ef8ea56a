// Batch s42b held-out scenario for Stan's Robot Shop (split: test), written blind: kit system definition
// scripts/kit-systems/robot-shop.mjs, expanded by scripts/s42b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

// ---------------------------------------------------------------------------------------------------------------
// s42b-payment-gateway-503: the payment gateway (PAYMENT_GATEWAY, default https://paypal.com/) answers 503 or drops
// the connection for most calls; payment stays Ready and passes the status through, web answers 503/500 on /api/payment.
const I1 = '2026-05-21T14:58:00Z';
const T1 = clock(I1);
const NODE_A = 'ip-10-1-1-84.eu-west-1.compute.internal';
const NODE_B = 'ip-10-1-2-137.eu-west-1.compute.internal';
const NODE_C = 'ip-10-1-3-206.eu-west-1.compute.internal';

// Flask's default handler (app.logger under uWSGI): "[asctime] LEVEL in module: message", asctime "YYYY-MM-DD HH:MM:SS,mmm".
const flask = (min, lvl, msg) => `[${T1.java(min).replace('.', ',')}] ${lvl} in payment: ${msg}`;
// uWSGI request logger.
const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const uwsgiTime = (min) => {
  const d = new Date(Date.parse(T1.isoMs(min)));
  const p = (n) => String(n).padStart(2, '0');
  return `${DOW[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
};
let reqNo = 48211;
const uwsgi = (min, method, path, code, bytes, ms) =>
  `[pid: 9|app: 0|req: ${++reqNo}/${reqNo}] 10.1.3.41 () {38 vars in 512 bytes} [${uwsgiTime(min)}] ${method} ${path} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${code}) 2 headers in ${code === 200 ? 79 : 81} bytes (1 switches on core 0)`;
// nginx combined format (web).
const ngTime = (min) => {
  const d = new Date(Date.parse(T1.isoMs(min)));
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
};
const UA = '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"';
const REF = '"https://shop.robotshop.example.com/"';
const ng = (min, ip, method, path, code, bytes) => `${ip} - - [${ngTime(min)}] "${method} ${path} HTTP/1.1" ${code} ${bytes} ${REF} ${UA}`;

const CART = (id, total) =>
  `{'total': ${total}, 'tax': ${(total / 6).toFixed(2)}, 'items': [{'qty': 1, 'sku': 'HAL-1', 'name': 'HAL', 'price': ${total - 10}, 'subtotal': ${total - 10}}, {'qty': 1, 'sku': 'SHIP', 'name': 'shipping to ${id}', 'price': 10, 'subtotal': 10}]}`;

const paymentLog = [];
const webLog = [];
// healthy before the fault (before ~14:37)
[[-34, 'anonymous-18233', 1009], [-31, 'cbrown', 2010], [-27.5, 'anonymous-18291', 669], [-24, 'jsmith', 1345]].forEach(([m, u, total]) => {
  paymentLog.push(
    flask(m, 'INFO', `payment for ${u}`),
    flask(m, 'INFO', CART(u, total)),
    flask(m + 0.005, 'INFO', 'https://paypal.com/ returned 200'),
    flask(m + 0.006, 'INFO', 'queue order'),
    ...(u.startsWith('anonymous') ? [] : [flask(m + 0.008, 'INFO', 'order history returned 200')]),
    flask(m + 0.01, 'INFO', 'cart delete returned 200'),
    uwsgi(m + 0.01, 'POST', `/pay/${u}`, 200, 51, 412 + Math.round(total / 10)),
  );
  webLog.push(ng(m + 0.011, '10.1.2.19', 'POST', `/api/payment/pay/${u}`, 200, 51));
});
// the gateway fails from ~14:37: 503s, slow answers, dropped connections; one success in between
const fail = [
  [-21, 'anonymous-18302', 1009, '503', 9811], [-19.5, 'mwilson', 669, 'reset', 30114], [-18, 'anonymous-18317', 2010, '503', 12033],
  [-16, 'cbrown', 1345, '503', 8875], [-14.5, 'anonymous-18322', 669, 'ok', 3321], [-13, 'anonymous-18340', 1009, 'reset', 30087],
  [-11, 'jsmith', 2010, '503', 10421], [-9, 'anonymous-18352', 1345, '503', 9310], [-7.5, 'mwilson', 669, 'reset', 30102],
  [-6, 'anonymous-18371', 1009, '503', 11877], [-4, 'anonymous-18380', 2010, '503', 9542], [-2.5, 'cbrown', 669, '503', 10011],
];
for (const [m, u, total, kind, ms] of fail) {
  paymentLog.push(flask(m, 'INFO', `payment for ${u}`), flask(m, 'INFO', CART(u, total)));
  const end = m + ms / 60000;
  if (kind === '503') {
    paymentLog.push(flask(end, 'INFO', 'https://paypal.com/ returned 503'), uwsgi(end, 'POST', `/pay/${u}`, 503, 13, ms));
    webLog.push(ng(end + 0.001, '10.1.2.19', 'POST', `/api/payment/pay/${u}`, 503, 13));
  } else if (kind === 'reset') {
    const err = "HTTPSConnectionPool(host='paypal.com', port=443): Max retries exceeded with url: / (Caused by ProtocolError('Connection aborted.', RemoteDisconnected('Remote end closed connection without response')))";
    paymentLog.push(flask(end, 'ERROR', err), uwsgi(end, 'POST', `/pay/${u}`, 500, 214, ms));
    webLog.push(ng(end + 0.001, '10.1.2.19', 'POST', `/api/payment/pay/${u}`, 500, 214));
  } else {
    paymentLog.push(
      flask(end, 'INFO', 'https://paypal.com/ returned 200'), flask(end, 'INFO', 'queue order'),
      flask(end + 0.002, 'INFO', 'cart delete returned 200'), uwsgi(end + 0.002, 'POST', `/pay/${u}`, 200, 51, ms + 140),
    );
    webLog.push(ng(end + 0.003, '10.1.2.19', 'POST', `/api/payment/pay/${u}`, 200, 51));
  }
}
// normal browsing keeps working in web
for (let m = -33; m < -0.5; m += 2.5) {
  webLog.push(
    ng(m, '10.1.1.57', 'GET', '/api/catalogue/products', 200, 3417),
    ng(m + 0.2, '10.1.3.12', 'GET', '/api/ratings/api/fetch/RD-10', 200, 38),
    ng(m + 0.4, '10.1.2.19', 'GET', '/api/cart/cart/anonymous-18' + String(300 + Math.round(-m)), 200, 245),
  );
}
const byTime = (a) => a; // lines already emitted in time order per request; keep as written

const paymentCurrent = [
  `*** Starting uWSGI 2.0.21 (64bit) on [${uwsgiTime(-60 * 24 * 2 - 350 + 0.32)}] ***`,
  'compiled with version: 10.2.1 20210110 on 14 March 2023 11:02:35',
  'os: Linux-5.10.226-214.880.amzn2.x86_64 #1 SMP Tue Oct 8 16:18:15 UTC 2024',
  'detected number of CPU cores: 2',
  'your memory page size is 4096 bytes',
  'uwsgi socket 0 bound to TCP address 0.0.0.0:8080 fd 3',
  'Python version: 3.9.18 (main, Feb 13 2024, 09:58:52)  [GCC 10.2.1 20210110]',
  '*** uWSGI is running in multiple interpreter mode ***',
  'spawned uWSGI master process (pid: 1)',
  'spawned uWSGI worker 1 (pid: 9, cores: 1)',
  'WSGI app 0 (mountpoint=\'\') ready in 2 seconds on interpreter 0x55d1c2f0a6e0 pid: 9 (default app)',
  ...byTime(paymentLog),
];

const dispatchLog = [];
for (const m of [-34, -31, -27.5, -24, -14.5]) dispatchLog.push(`${T1.go(m + 0.02)} processing order`);

const cartLog = [];
for (let m = -30; m < -0.5; m += 4)
  cartLog.push(pino(T1, m, 'info', '%POD%', 'request completed', `"req":{"id":${9120 + Math.round(-m)},"method":"GET","url":"/cart/anonymous-18${300 + Math.round(-m)}"},"res":{"statusCode":200},"responseTime":3,`));

export const scenarios = [
  withDefaults({
    folder: 's42b-payment-gateway-503',
    description: 'robot shop checkout broken - customers get "payment error" or a spinner when they hit Pay, since ~14:37. browsing + cart fine',
    incidentTime: I1,
    expected: { component: 'payment-gateway', cause: 'external-dependency' },
    difficulty: 'medium',
    traits: ['pods-ready', 'external-dependency-failure', 'time-expression', 'decoy'],
    grounding: `
      instana/robot-shop payment/payment.py (2.1.0): every POST /pay/<id> first calls requests.get(PAYMENT_GATEWAY) (values
      payment.gateway, default https://paypal.com/) with no timeout; a RequestException is logged with app.logger.error and
      answered 500 with its text, a non-200 status is passed through as 'payment error' with the gateway's status code; the
      app runs under uWSGI (payment.ini: 1 process, http socket 0.0.0.0:8080), so Flask's default handler
      ("[asctime] LEVEL in payment: ...") and uWSGI's request logger write the log. The fault follows public reports of
      payment-provider incidents (intermittent 503 Service Unavailable and connections closed without response for
      ~20 minutes); requests's real ProtocolError/RemoteDisconnected text. Callers: web's nginx (proxy_pass to payment:8080)
      logs the 503/500 in combined format; dispatch stops logging 'processing order' except for the one payment that got
      through. payment's pod stays Ready (/health is local). Decoys: a catalogue rollout 50 minutes earlier that is
      healthy, and a ratings restart two days old. Deviation from upstream: none in the manifests.
    `,
    workloads: {
      catalogue: { rollout: { at: -52 } },
      cart: { pods: [{ node: NODE_A }] },
      payment: { pods: [{ node: NODE_B }], since: -60 * 24 * 2 - 350 },
      web: { pods: [{ node: NODE_C }] },
      ratings: {
        pods: [{
          node: NODE_A,
          containers: {
            ratings: cs.restartedRunning({
              restarts: 1, startedAt: T1.iso(-60 * 24 * 2 - 40),
              last: { exitCode: 137, reason: 'Error', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 24 * 2 - 40.5) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -52, last: -52 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -51, last: -51 },
      { on: 'pod:catalogue#0', reason: 'Pulled', message: 'Container image "robotshop/rs-catalogue:2.1.0" already present on machine', first: -51.8, last: -51.8 },
      { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', first: -51.7, last: -51.7 },
    ],
    logs: {
      'payment#0/payment': paymentCurrent,
      'web#0/web': webLog.sort((a, b) => (a.slice(a.indexOf('[')) < b.slice(b.indexOf('[')) ? -1 : 1)),
      'dispatch#0/dispatch': dispatchLog,
      'cart#0/cart': cartLog,
      'catalogue#0/catalogue': [
        pino(T1, -51.6, 'info', '%POD%', 'MongoDB connected'),
        pino(T1, -51.6, 'info', '%POD%', 'Started on port 8080'),
      ],
    },
  }),
];
