// Batch s31a (blind dev): one Robot Shop incident for the kit, written without reading the engine or other scenarios.
// The external payment gateway (PayPal) answers most of payment's gateway checks with HTTP 503; checkout fails at the last step.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, defaultPvcs, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const INC = '2026-05-14T16:40:00Z';
const T = clock(INC);
const START = -26; // 16:14: PayPal's edge starts answering 503
const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const at = (min) => new Date(Date.parse(INC) + Math.round(min * 60000));
const p2 = (n) => String(n).padStart(2, '0');
const hms = (d) => `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
// uWSGI request log (payment.ini: uwsgi with the default logformat) and Flask's default handler format.
const uwsgi = (min, n, ip, path, bytes, ms, status) => {
  const d = at(min);
  return `[pid: 9|app: 0|req: ${n}/${n * 2 + 1}] ${ip} () {36 vars in 482 bytes} [${DOW[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${p2(d.getUTCDate())} ${hms(d)} ${d.getUTCFullYear()}] POST ${path} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${status}) 2 headers in ${status === 200 ? 79 : 80} bytes (1 switches on core 0)`;
};
const flask = (min, lvl, msg) => `[${T.java(min).replace('.', ',').slice(0, 23)}] ${lvl} in payment: ${msg}`;
// nginx combined format as web's access log prints it.
const nginx = (min, ip, method, path, status, bytes) => {
  const d = at(min);
  return `${ip} - - [${p2(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${hms(d)} +0000] "${method} ${path} HTTP/1.1" ${status} ${bytes} "https://shop.robotshop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"`;
};

const users = ['anonymous-3187', 'rachel', 'anonymous-3203', 'tomasz.k', 'anonymous-3211', 'jbloggs', 'anonymous-3240', 'mei_lin', 'anonymous-3252', 'anonymous-3266'];
const payLines = [];
const webLines = [];
let n = 1412;
for (let m = -44, i = 0; m < -0.5; m += 1.35, i++) {
  const u = users[i % users.length];
  const failing = m >= START && i % 5 !== 0; // roughly four in five gateway checks fail after 16:14
  const ip = ['10.1.1.42', '10.1.3.17'][i % 2];
  payLines.push(flask(m, 'INFO', `payment for ${u}`));
  if (failing) {
    payLines.push(uwsgi(m + 0.03, n, ip, `/pay/${u}`, 13, 1800 + ((i * 379) % 2400), 503));
    webLines.push(nginx(m + 0.035, '10.1.2.7', 'POST', `/api/payment/pay/${u}`, 503, 13));
  } else {
    payLines.push(uwsgi(m + 0.01, n, ip, `/pay/${u}`, 41, 420 + ((i * 211) % 300), 200));
    webLines.push(nginx(m + 0.015, '10.1.2.7', 'POST', `/api/payment/pay/${u}`, 200, 41));
  }
  webLines.push(nginx(m - 0.4, '10.1.2.7', 'GET', `/api/cart/cart/${u}`, 200, 412));
  webLines.push(nginx(m - 0.3, '10.1.2.7', 'GET', '/api/catalogue/products', 200, 2461));
  n++;
}

export const scenarios = [
  withDefaults({
    folder: 's31a-payment-gateway-503',
    description: 'robot shop checkout broken - customers get "payment error" on the last step since 16:15ish. cart etc fine',
    incidentTime: INC,
    expected: { component: 'payment-gateway', cause: 'external-dependency' },
    difficulty: 'medium',
    traits: ['external-dependency-failure', 'callers-only', 'time-expression', 'decoy'],
    grounding: `
      Robot Shop K8s/helm (kit system scripts/kit-systems/robot-shop.mjs): payment is the Python Flask app of payment/payment.py
      under uWSGI (payment.ini), which on every POST /pay/<id> first calls the gateway named by PAYMENT_GATEWAY (values
      payment.gateway, default https://paypal.com/; set explicitly in this release) with requests.get and, when the answer is not
      200, returns the text "payment error" with the gateway's status code; web's nginx proxies /api/payment/ to it. Incident:
      from 16:14 PayPal's edge answers most of these checks with HTTP 503 (the shape of PayPal status-page incidents of partial
      API/edge unavailability). payment stays Running and Ready with no restart; its only evidence is its uWSGI request log
      (503 after 2-4 s, 13 bytes: "payment error") and web's access log of POST /api/payment/pay/<user> answered 503, about four in
      five since 16:14; cart, catalogue and user answer normally. The expected answer is the external payment-gateway component.
      Decoys: a rollout restart of catalogue at 16:02 (healthy) and an old ratings restart two days ago.`,
    workloads: {
      payment: {
        containers: { payment: { env: [{ name: 'INSTANA_AGENT_HOST', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.hostIP' } } }, { name: 'PAYMENT_GATEWAY', value: 'https://paypal.com/' }] } },
      },
      catalogue: {
        rollout: { at: -38, revision: 5, oldPatch: { podAnnotations: undefined } },
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-38.1) } },
      },
      ratings: {
        pods: [{ containers: { ratings: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 49), last: { exitCode: 255, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 49 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -38, last: -38 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -37.4, last: -37.4 },
      { on: 'pod:catalogue#0', reason: 'Pulled', message: 'Container image "robotshop/rs-catalogue:2.1.0" already present on machine', first: -37.9, last: -37.9 },
      { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', first: -37.8, last: -37.8 },
    ],
    logs: {
      'payment#0/payment': payLines,
      'web#0/web': webLines,
      'catalogue#0/catalogue': [
        pino(T, -37.7, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -37.7, 'info', '%POD%', 'Started on port 8080'),
      ],
      'cart#0/cart': [
        pino(T, -60 * 24 * 9 + 0.4, 'info', '%POD%', 'Redis READY'),
        pino(T, -60 * 24 * 9 + 0.4, 'info', '%POD%', 'Started on port 8080'),
      ],
    },
  }),
];
