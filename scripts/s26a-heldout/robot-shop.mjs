// Batch s26a held-out scenario for Stan's Robot Shop (split: test), written blind: the external payment gateway
// (PAYMENT_GATEWAY, PayPal) answers 503 for every call, so payment refuses every order while all pods stay Ready.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, defaultPvcs, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const INC = '2026-06-02T19:25:00Z';
const T = clock(INC);
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ctime = (min) => {
  const d = new Date(T.isoMs(min));
  const p = (n) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
};
const clf = (min) => {
  const d = new Date(T.isoMs(min));
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
};
const flask = (min, lvl, msg) => `[${T.java(min).replace('.', ',')}] ${lvl} in payment: ${msg}`;
const uw = (min, req, ip, method, path, bytes, ms, status) =>
  `[pid: 9|app: 0|req: ${req}/${req * 2 - 1}] ${ip} () {38 vars in 512 bytes} [${ctime(min)}] ${method} ${path} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${status}) 2 headers in ${status === 200 ? 72 : 80} bytes (1 switches on core 0)`;
const ngx = (min, method, path, status, bytes, ms) =>
  `10.1.1.84 - - [${clf(min)}] "${method} ${path} HTTP/1.1" ${status} ${bytes} "https://shop.robot-shop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36" rt=${ms}`;

const GW = 'https://www.paypal.com/';
const ok = [-44, -38, -31, -27, -23.5];
const bad = [-19.6, -18.2, -16.9, -15.0, -13.4, -11.8, -10.1, -8.7, -6.9, -5.2, -3.8, -2.4, -1.1];
const uids = ['5b2f0a9c1e', '61c4d2a7b3', '0d9e8f7a6c', '7a3b1c9e5f', '44e0a1b2c3', 'c81d3f6a02', '9e7d5c3b1a', 'b2a4c6e8f0', '13579bdf24', '2468ace013', 'f0e1d2c3b4', 'a5b6c7d8e9', '3c2b1a0f9e', 'd4e5f6a7b8', '8f7e6d5c4b', '6b5a4f3e2d', 'e9d8c7b6a5', '1f2e3d4c5b'];

export const scenarios = [
  withDefaults({
    folder: 's26a-payment-gateway-503',
    split: 'test',
    description: 'robot shop checkout broken, customers get an error when they pay since about 19:05',
    incidentTime: INC,
    expected: { component: 'payment-gateway', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'payment', cause: 'external-dependency' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'external-dependency-failure', 'callers-only', 'time-expression', 'decoy'],
    grounding: `
      Manifests: instana/robot-shop K8s/helm at 55292e2, images robotshop/rs-*:2.1.0 (kit system scripts/kit-systems/robot-shop.mjs);
      payment's chart value payment.gateway sets PAYMENT_GATEWAY, here https://www.paypal.com/ (topology component payment-gateway).
      payment/payment.py (2.1.0): after checking the user (GET user:8080/check/<id>) and the cart, /pay/<id> makes a "dummy call to
      payment gateway" with requests.get(PAYMENT_GATEWAY), logs "<gateway> returned <status>" through Flask's app.logger and,
      when the status is not 200, answers "payment error" with the gateway's status; payment runs under uWSGI, whose request
      log is the "[pid: ..|app: ..|req: ..] ... => generated .. bytes in .. msecs (HTTP/1.1 503)" line. The web container is
      nginx proxying /api/payment/ to payment:8080.
      Fault: from 19:05 the gateway answers 503 Service Unavailable to every call (a provider-side outage, as PayPal status pages
      report them: "Service Unavailable" from the edge), so every order fails with 503 at the last step while browsing, cart and
      shipping keep working. No pod restarts, every pod stays Ready; the only evidence is payment's own log (the gateway's 503)
      and nginx's 503s on /api/payment/pay. The careful answer is the external gateway; payment with external-dependency is the
      same conclusion said from payment's side.
      Decoy: a ratings rollout 70 minutes earlier (new ReplicaSet Ready, readiness probe failed twice while PHP-FPM warmed up).
    `,
    workloads: {
      ratings: {
        rollout: { at: -70, oldReplicas: 0 },
        containers: { ratings: { image: 'robotshop/rs-ratings:2.1.0', env: [{ name: 'APP_ENV', value: 'prod' }] } },
        endpointsChanged: -69,
      },
    },
    events: [
      { on: 'deploy:ratings', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-%NEW% to 1', first: -70, last: -70 },
      { on: 'deploy:ratings', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-%OLD% to 0 from 1', first: -69, last: -69 },
      { on: 'pod:ratings#0', type: 'Warning', reason: 'Unhealthy', fieldPath: 'spec.containers{ratings}', message: 'Readiness probe failed: Get "http://%PODIP%:80/_health": dial tcp %PODIP%:80: connect: connection refused', first: -69.4, last: -69.3, count: 2 },
    ],
    logs: {
      'payment#0/payment': [
        ...ok.flatMap((m, i) => [
          flask(m, 'INFO', `{'total': ${[87.92, 44.5, 129.98, 62.0, 210.35][i]}, 'tax': ${[14.65, 7.42, 21.66, 10.33, 35.06][i]}, 'items': [...]}`.replace("'items': [...]", "'items': [{'qty': 1, 'sku': 'SHIP', 'name': 'shipping to United Kingdom', 'price': 20.0}]")),
          flask(m + 0.005, 'INFO', `${GW} returned 200`),
          uw(m + 0.01, 1201 + i, '10.1.2.58', 'POST', `/pay/${uids[i]}`, 52, 612 + i * 37, 200),
        ]),
        ...bad.flatMap((m, i) => [
          flask(m, 'INFO', `{'total': ${(40 + i * 13.7).toFixed(2)}, 'tax': ${((40 + i * 13.7) / 6).toFixed(2)}, 'items': [{'qty': 1, 'sku': 'SHIP', 'name': 'shipping to Germany', 'price': 25.0}]}`),
          flask(m + 0.005, 'INFO', `${GW} returned 503`),
          uw(m + 0.01, 1206 + i, '10.1.2.58', 'POST', `/pay/${uids[i + 5]}`, 13, 240 + (i % 4) * 61, 503),
        ]),
      ],
      'web#0/web': [
        ngx(-44, 'GET', '/api/catalogue/products', 200, 2811, '0.012'),
        ngx(-43.9, 'POST', '/api/payment/pay/' + uids[0], 200, 52, '0.631'),
        ngx(-23.5, 'POST', '/api/payment/pay/' + uids[4], 200, 52, '0.790'),
        ngx(-19.7, 'GET', '/api/cart/cart/' + uids[5], 200, 412, '0.009'),
        ...bad.map((m, i) => ngx(m + 0.01, 'POST', `/api/payment/pay/${uids[i + 5]}`, 503, 13, ((240 + (i % 4) * 61) / 1000 + 0.004).toFixed(3))),
        ngx(-0.8, 'GET', '/api/catalogue/categories', 200, 88, '0.007'),
        ngx(-0.6, 'GET', '/api/ratings/api/fetch/Watson', 200, 38, '0.021'),
      ],
      'user#0/user': [
        pino(T, -19.7, 'info', '%POD%', 'checking user exists', ''),
        pino(T, -10.2, 'info', '%POD%', 'checking user exists', ''),
        pino(T, -2.5, 'info', '%POD%', 'checking user exists', ''),
      ],
      'dispatch#0/dispatch': [
        `${T.go(-23.4)} Order ${uids[4]}-0f3a received`,
        `${T.go(-23.3)} Dispatched ${uids[4]}-0f3a`,
      ],
    },
  }),
];
