// Batch s48a held-out scenario for Robot Shop (split: test), written blind; built by scripts/s48a-build.mjs with the kit
// and the kit system definition scripts/kit-systems/robot-shop.mjs (withDefaults, default PVCs, pino helper).
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, defaultPvcs, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const I = '2026-11-27T14:58:00Z';
const T = clock(I);
const N = ['ip-10-1-1-84.eu-west-1.compute.internal', 'ip-10-1-2-137.eu-west-1.compute.internal', 'ip-10-1-3-206.eu-west-1.compute.internal'];
const small = (lc, lm) => ({ limits: { cpu: lc, memory: lm }, requests: { cpu: '100m', memory: '50Mi' } });
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const d = (min) => new Date(Date.parse(T.isoMs(min)));
const p2 = (n) => String(n).padStart(2, '0');
const hms = (x) => `${p2(x.getUTCHours())}:${p2(x.getUTCMinutes())}:${p2(x.getUTCSeconds())}`;
const flask = (min, level, msg) => `[${T.java(min).replace('.', ',')}] ${level} in payment: ${msg}`;
const uwsgi = (min, req, path, ms, code, bytes) => {
  const x = d(min);
  return `[pid: 9|app: 0|req: ${req}/${req * 2 + 3}] %IPOF:web#0% () {42 vars in 561 bytes} [${DAY[x.getUTCDay()]} ${MON[x.getUTCMonth()]} ${x.getUTCDate()} ${hms(x)} ${x.getUTCFullYear()}] POST ${path} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${code}) 2 headers in 79 bytes (1 switches on core 0)`;
};
const nginx = (min, client, method, path, code, bytes, ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36') => {
  const x = d(min);
  return `${client} - - [${p2(x.getUTCDate())}/${MON[x.getUTCMonth()]}/${x.getUTCFullYear()}:${hms(x)} +0000] "${method} ${path} HTTP/1.1" ${code} ${bytes} "https://shop.robot-shop.example/" "${ua}"`;
};
const GW = 'https://paypal.com/';
const fail503 = (min, req, user) => [
  flask(min, 'INFO', `${GW} returned 503`),
  uwsgi(min + 0.01, req, `/pay/${user}`, 2 + (req % 7) * 311, 503, 13),
];
const failReset = (min, req, user) => [
  flask(min, 'ERROR', "('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))"),
  uwsgi(min + 0.01, req, `/pay/${user}`, 9000 + (req % 5) * 1013, 500, 92),
];
const ok = (min, req, user) => [
  flask(min, 'INFO', `${GW} returned 200`),
  uwsgi(min + 0.01, req, `/pay/${user}`, 388 + (req % 9) * 17, 200, 54),
];

export const scenarios = [
  withDefaults({
    folder: 's48a-payment-gateway-503',
    incidentTime: I,
    description: 'robot shop checkout broken since ~14:40, people get an error on the pay button. black friday traffic',
    // Fixed before the snapshot was generated.
    expected: { component: 'payment-gateway', cause: 'external-dependency' },
    difficulty: 'medium',
    traits: ['external-dependency-failure', 'callers-only', 'pods-ready', 'time-expression', 'decoy'],
    grounding: `
      instana/robot-shop payment/payment.py: after checking the user and the cart, /pay/<id> makes a "dummy call to payment gateway"
      with requests.get(PAYMENT_GATEWAY) (default https://paypal.com/ in the helm chart, values payment.gateway unset), logs
      "<gateway> returned <status>" and answers 'payment error' with the gateway's status when it is not 200, or logs the requests
      exception and answers 500. From 14:40 the gateway answers 503 to most calls and drops others without a response (urllib3
      RemoteDisconnected), so payment (Flask under uWSGI, Ready, no probes upstream) returns 503/500 for most /pay requests; web's
      nginx logs the 503/500 responses on /api/payment/pay/ while catalogue, cart, user and shipping answer 200. No pod restarts, no
      Warning event beyond a benign ratings rollout (memory limit 100Mi to 200Mi) 35 minutes earlier. Expected: the external payment
      gateway (topology component payment-gateway) is failing.`,
    workloads: {
      payment: { pods: [{ node: N[2] }] },
      web: { pods: [{ node: N[0] }] },
      cart: { pods: [{ node: N[1] }] },
      ratings: {
        rollout: { at: -35, revision: 4, oldContainers: { ratings: { resources: small('200m', '100Mi') } }, oldReplicas: 0 },
        containers: { ratings: { resources: small('200m', '200Mi') } },
        pods: [{ node: N[1] }],
      },
    },
    events: [
      { on: 'deploy:ratings', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-%NEW% to 1', first: -35, last: -35 },
      { on: 'deploy:ratings', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-%OLD% to 0 from 1', first: -34, last: -34 },
    ],
    logs: {
      'payment#0/payment': [
        ...ok(-26.3, 4402, '5f9d8c1e2a71b3001cf0a1b2'),
        ...ok(-22.9, 4403, 'anonymous-1732719092'),
        ...ok(-19.4, 4404, '5f9d8c1e2a71b3001cf0a1c7'),
        ...fail503(-17.2, 4405, '5f9d8c1e2a71b3001cf0a1d4'),
        ...failReset(-15.8, 4406, 'anonymous-1732719505'),
        ...fail503(-14.1, 4407, '5f9d8c1e2a71b3001cf0a1e9'),
        ...ok(-12.6, 4408, '5f9d8c1e2a71b3001cf0a1f0'),
        ...fail503(-10.9, 4409, '5f9d8c1e2a71b3001cf0a202'),
        ...fail503(-9.7, 4410, 'anonymous-1732719896'),
        ...failReset(-7.5, 4411, '5f9d8c1e2a71b3001cf0a21b'),
        ...fail503(-5.2, 4412, '5f9d8c1e2a71b3001cf0a1d4'),
        ...fail503(-3.6, 4413, '5f9d8c1e2a71b3001cf0a230'),
        ...failReset(-1.9, 4414, 'anonymous-1732720155'),
        ...fail503(-0.7, 4415, '5f9d8c1e2a71b3001cf0a241'),
      ],
      'web#0/web': [
        nginx(-19.39, '10.1.1.12', 'POST', '/api/payment/pay/5f9d8c1e2a71b3001cf0a1c7', 200, 54),
        nginx(-17.5, '10.1.2.40', 'GET', '/api/catalogue/products', 200, 2418),
        nginx(-17.19, '10.1.1.12', 'POST', '/api/payment/pay/5f9d8c1e2a71b3001cf0a1d4', 503, 13),
        nginx(-15.6, '10.1.3.7', 'POST', '/api/payment/pay/anonymous-1732719505', 500, 92),
        nginx(-14.09, '10.1.2.40', 'POST', '/api/payment/pay/5f9d8c1e2a71b3001cf0a1e9', 503, 13),
        nginx(-13.0, '10.1.3.7', 'GET', '/api/cart/cart/5f9d8c1e2a71b3001cf0a1f0', 200, 311),
        nginx(-12.59, '10.1.3.7', 'POST', '/api/payment/pay/5f9d8c1e2a71b3001cf0a1f0', 200, 54),
        nginx(-10.89, '10.1.1.12', 'POST', '/api/payment/pay/5f9d8c1e2a71b3001cf0a202', 503, 13),
        nginx(-9.69, '10.1.2.40', 'POST', '/api/payment/pay/anonymous-1732719896', 503, 13),
        nginx(-8.1, '10.1.2.40', 'GET', '/api/ratings/api/fetch/HAL-1', 200, 39),
        nginx(-7.3, '10.1.3.7', 'POST', '/api/payment/pay/5f9d8c1e2a71b3001cf0a21b', 500, 92),
        nginx(-5.19, '10.1.1.12', 'POST', '/api/payment/pay/5f9d8c1e2a71b3001cf0a1d4', 503, 13),
        nginx(-4.0, '10.1.1.12', 'GET', '/api/user/uniqueid', 200, 36),
        nginx(-3.59, '10.1.2.40', 'POST', '/api/payment/pay/5f9d8c1e2a71b3001cf0a230', 503, 13),
        nginx(-1.7, '10.1.3.7', 'POST', '/api/payment/pay/anonymous-1732720155', 500, 92),
        nginx(-0.69, '10.1.1.12', 'POST', '/api/payment/pay/5f9d8c1e2a71b3001cf0a241', 503, 13),
      ],
      'cart#0/cart': [
        pino(T, -13.05, 'info', '%POD%', 'GET /cart/5f9d8c1e2a71b3001cf0a1f0', '"req":{"id":8812,"method":"GET","url":"/cart/5f9d8c1e2a71b3001cf0a1f0"},"res":{"statusCode":200},"responseTime":3,'),
        pino(T, -4.2, 'info', '%POD%', 'GET /cart/5f9d8c1e2a71b3001cf0a230', '"req":{"id":8840,"method":"GET","url":"/cart/5f9d8c1e2a71b3001cf0a230"},"res":{"statusCode":200},"responseTime":2,'),
      ],
    },
  }),
];
