// Robot Shop (scripts/kit-systems/robot-shop.mjs) scenario of batch s131b.
import { clock } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const T = clock('2026-05-06T09:48:00Z');
const p = (n) => String(n).padStart(2, '0');
const flask = (min, lvl, msg) => { const d = new Date(T.isoMs(min)); return `[${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())},${String(d.getUTCMilliseconds()).padStart(3, '0')}] ${lvl} in payment: ${msg}`; };
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ngx = (min, req, status, bytes, rt) => { const d = new Date(T.isoMs(min)); return `10.1.1.84 - - [${p(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000] "${req} HTTP/1.1" ${status} ${bytes} "http://shop.robot-shop.example/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36" ${rt}`; };
const uwsgi = (min, method, path, status, ms) => { const d = new Date(T.isoMs(min)); const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()]; return `[pid: 9|app: 0|req: ${Math.round(-min * 7) + 2000}/${Math.round(-min * 7) + 4100}] 10.1.2.61 () {34 vars in 412 bytes} [${day} ${MON[d.getUTCMonth()]} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${d.getUTCFullYear()}] ${method} ${path} => generated ${status === 200 ? 27 : 231} bytes in ${ms} msecs (HTTP/1.1 ${status}) 2 headers in 79 bytes (1 switches on core 0)`; };

const ERR = "HTTPSConnectionPool(host='paypal.com', port=443): Max retries exceeded with url: / (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f9c4b2e1d30>: Failed to establish a new connection: [Errno -2] Name or service not known'))";
const payLogs = [], webLogs = [];
for (let m = -90; m < -27; m += 3) {
  payLogs.push(flask(m, 'INFO', 'payment for 1f3c7a9e2b user 4a8d1e0c'), flask(m + 0.01, 'INFO', 'order 6b2f9d14-3e7a-4c58-a0d1-9e5c7b3f2a86'), uwsgi(m + 0.02, 'POST', '/pay/4a8d1e0c', 200, 412));
  webLogs.push(ngx(m + 0.02, 'POST /api/payment/pay/4a8d1e0c', 200, 27, '0.418'));
}
for (let m = -26; m < -0.3; m += 0.8) {
  payLogs.push(flask(m, 'INFO', 'payment for 9e0b4c2d7f user 7c1a5f3e'), flask(m + 0.001, 'ERROR', ERR), uwsgi(m + 0.002, 'POST', '/pay/7c1a5f3e', 500, 23));
  webLogs.push(ngx(m + 0.002, 'POST /api/payment/pay/7c1a5f3e', 500, 231, '0.026'));
  webLogs.push(ngx(m + 0.2, 'GET /api/catalogue/products', 200, 2613, '0.011'), ngx(m + 0.3, 'GET /api/ratings/api/fetch/Watson', 200, 44, '0.019'));
}
for (let m = -26; m < -0.3; m += 6) payLogs.push(flask(m + 0.5, 'INFO', 'Payment health check OK'));

export const scenarios = [
  withDefaults({
    folder: 's131b-paypal-dns-nxdomain',
    incidentTime: '2026-05-06T09:48:00Z',
    description: 'robot shop: every checkout fails at the pay step for ~25 min, "payment error" in UI. Payments team deployed ratings this morning, is that it? pods all green',
    expected: { component: 'payment-gateway', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'payment-gateway', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'external-dependency-failure', 'callers-only', 'decoy', 'time-expression', 'team-name'],
    grounding: `payment (instana/robot-shop payment/payment.py) does requests.get(PAYMENT_GATEWAY) with the default
      https://paypal.com/ before queueing an order, and answers 500 with the exception text when the request raises. The fault
      is the provider's DNS: the gateway hostname stops resolving (authoritative NXDOMAIN on the provider's side, in the style
      of public outages where a PSP's or CDN's zone delegation broke), so urllib3 raises NewConnectionError "[Errno -2] Name or
      service not known" within milliseconds; catalogue, ratings and everything in-cluster resolve fine, and payment's
      uWSGI stays healthy and Ready. The decoy is a healthy ratings rollout (rs-ratings 2.1.0 -> 2.1.1) 2 h before.
      Deviations: the 2.1.1 ratings tag is fictional; the Flask log line "payment for ..." follows payment.py's app.logger
      calls with Flask's default formatter.`,
    workloads: {
      ratings: { containers: { ratings: { image: 'robotshop/rs-ratings:2.1.1' } }, rollout: { at: -125, oldContainers: { ratings: { image: 'robotshop/rs-ratings:2.1.0' } } } },
    },
    events: [
      { on: 'deploy:ratings', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-%NEW% to 1', first: -125 },
      { on: 'deploy:ratings', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-%OLD% to 0 from 1', first: -123.5 },
    ],
    logs: { 'payment#0/payment': payLogs, 'web#0/web': webLogs },
  }),
];
