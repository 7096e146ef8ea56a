// Batch s55a (blind dev): one Robot Shop scenario for the kit — no fault now: a PayPal-side blip (503s, one connect
// timeout) broke checkout for a quarter of an hour and ended by itself; system from scripts/kit-systems/robot-shop.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const T = clock('2026-05-14T09:52:00Z');
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const at = (min) => new Date(Date.parse('2026-05-14T09:52:00Z') + Math.round(min * 60000));
const ctime = (min) => { const d = at(min); const p = (n) => String(n).padStart(2, '0'); return `${DAYS[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${d.getUTCFullYear()}`; };
const clf = (min) => { const d = at(min); const p = (n) => String(n).padStart(2, '0'); return `${p(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`; };
// Flask's default handler format under uWSGI, and uWSGI's request log line.
const flask = (min, lvl, msg) => `[${T.java(min).replace('.', ',')}] ${lvl} in payment: ${msg}`;
let reqNo = 18240;
const uwsgi = (min, method, path, bytes, ms, status) => { reqNo += 1; return `[pid: 11|app: 0|req: ${reqNo - 18000}/${reqNo}] %IPOF:web#0% () {38 vars in 471 bytes} [${ctime(min)}] ${method} ${path} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${status}) ${status === 200 ? 3 : 2} headers in ${status === 200 ? 102 : 79} bytes (1 switches on core 0)`; };
const cart = (total) => `{'total': ${total}, 'tax': ${(total / 6).toFixed(2)}, 'items': [{'qty': 1, 'sku': 'CNA', 'name': 'Cybernated Neutral Android', 'price': 1000, 'subtotal': 1000}, {'qty': 1, 'sku': 'SHIP', 'name': 'shipping to Leeds United Kingdom', 'price': ${total - 1000}, 'subtotal': ${total - 1000}}]}`;

const USERS = ['anonymous-8812', 'fatima.n', 'anonymous-3307', 'j.doe', 'anonymous-1290', 'stan', 'anonymous-7741', 'p.hughes', 'anonymous-0456', 'mr.robot', 'anonymous-9918', 'anonymous-2265'];
const payLog = [
  flask(-60 * 24 * 9 + 0.4, 'INFO', 'Payment gateway https://paypal.com/'),
  flask(-60 * 24 * 9 + 0.4, 'INFO', 'Starting on port 8080'),
];
const webLog = [];
let u = 0;
const ok = (min) => {
  const id = USERS[u++ % USERS.length]; const total = 1000 + 37 + (u % 5) * 12;
  payLog.push(flask(min, 'INFO', `payment for ${id}`), flask(min, 'INFO', cart(total)), flask(min + 0.01, 'INFO', 'https://paypal.com/ returned 200'),
    flask(min + 0.01, 'INFO', 'queue order'));
  if (!id.startsWith('anonymous')) payLog.push(flask(min + 0.015, 'INFO', 'order history returned 200'));
  payLog.push(flask(min + 0.02, 'INFO', 'cart delete returned 200'), uwsgi(min + 0.02, 'POST', `/pay/${id}`, 51, 640 + (u % 7) * 31, 200));
  webLog.push([min + 0.02, `10.1.2.137 - - [${clf(min + 0.02)}] "POST /api/payment/pay/${id} HTTP/1.1" 200 51 "http://shop.robotshop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36" "-"`]);
};
const down = (min, code) => {
  const id = USERS[u++ % USERS.length]; const total = 1000 + 37 + (u % 5) * 12;
  payLog.push(flask(min, 'INFO', `payment for ${id}`), flask(min, 'INFO', cart(total)));
  if (code === 'timeout') {
    payLog.push(flask(min + 2.2, 'ERROR', "HTTPSConnectionPool(host='www.paypal.com', port=443): Max retries exceeded with url: / (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f9c2b4d3e50>: Failed to establish a new connection: [Errno 110] Connection timed out'))"),
      uwsgi(min + 2.2, 'POST', `/pay/${id}`, 262, 131071, 500));
    webLog.push([min + 1, `10.1.1.84 - - [${clf(min + 1)}] "POST /api/payment/pay/${id} HTTP/1.1" 504 167 "http://shop.robotshop.example/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1" "-"`]);
    return;
  }
  payLog.push(flask(min + 0.02, 'INFO', `https://paypal.com/ returned ${code}`), uwsgi(min + 0.02, 'POST', `/pay/${id}`, 13, 1090 + (u % 5) * 23, code));
  webLog.push([min + 0.02, `10.1.3.206 - - [${clf(min + 0.02)}] "POST /api/payment/pay/${id} HTTP/1.1" ${code} 13 "http://shop.robotshop.example/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15" "-"`]);
};
[-64, -58.5, -53.2, -47.9].forEach(ok);
[-41.3].forEach(ok);
[[-40.6, 503], [-39.2, 503], [-37.8, 'timeout'], [-35.1, 503], [-33.0, 502], [-31.4, 503], [-29.6, 503]].forEach(([m, c]) => down(m, c));
[-26.4, -22.8, -17.5, -12.1, -8.3, -4.0, -1.6].forEach(ok);
// routine health checks are not logged by uWSGI's default; one /metrics scrape per minute is
payLog.push(uwsgi(-1.2, 'GET', '/metrics', 1893, 2, 200));

export const scenarios = [
  withDefaults({
    folder: 's55a-checkout-errors-paypal-blip-over',
    incidentTime: '2026-05-14T09:52:00Z',
    description: 'payments here - rs checkout was throwing payment errors from ~09:10 to 09:25, looks fine now?? anything still broken on our side',
    difficulty: 'hard',
    traits: ['no-fault', 'team-name', 'time-expression', 'decoy', 'partial-name'],
    workloads: {
      mysql: {
        pods: [{
          containers: {
            mysql: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 212),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 212.3) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'pod:ratings#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{ratings}', message: 'Readiness probe failed: Get "http://%PODIP%:80/_health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -44.5, last: -44.4, count: 2 },
    ],
    logs: {
      'payment#0/payment': payLog,
      'web#0/web': [
        [-50.2, `10.1.1.84 - - [${clf(-50.2)}] "GET /api/catalogue/products HTTP/1.1" 200 2264 "http://shop.robotshop.example/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36" "-"`],
        [-45.9, `10.1.2.137 - - [${clf(-45.9)}] "GET /.env HTTP/1.1" 404 153 "-" "Mozilla/5.0 zgrab/0.x" "-"`],
        ...webLog,
        [-2.7, `10.1.3.206 - - [${clf(-2.7)}] "GET /api/ratings/api/fetch/CNA HTTP/1.1" 200 36 "http://shop.robotshop.example/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36" "-"`],
      ].sort((a, b) => a[0] - b[0]).map((x) => x[1]),
      'cart#0/cart': [
        pino(T, -41.29, 'info', '%POD%', 'request completed', '"res":{"statusCode":200},"responseTime":3,"req":{"id":40911,"method":"DELETE","url":"/cart/anonymous-8812","remoteAddress":"::ffff:%IPOF:payment#0%"},'),
        pino(T, -26.38, 'info', '%POD%', 'request completed', '"res":{"statusCode":200},"responseTime":2,"req":{"id":40977,"method":"DELETE","url":"/cart/anonymous-1290","remoteAddress":"::ffff:%IPOF:payment#0%"},'),
        pino(T, -18.02, 'info', '%POD%', 'request completed', '"res":{"statusCode":404},"responseTime":1,"req":{"id":41002,"method":"GET","url":"/cart/anonymous-5530","remoteAddress":"::ffff:%IPOF:web#0%"},'),
        pino(T, -1.58, 'info', '%POD%', 'request completed', '"res":{"statusCode":200},"responseTime":2,"req":{"id":41090,"method":"DELETE","url":"/cart/anonymous-0456","remoteAddress":"::ffff:%IPOF:payment#0%"},'),
      ],
    },
    grounding: `
      No fault now. Robot Shop 2.1.0 (helm chart at 55292e2), payment with the default PAYMENT_GATEWAY https://paypal.com/.
      payment/payment.py calls requests.get(PAYMENT_GATEWAY) on every /pay: a non-200 answer returns 'payment error' with
      that status, a RequestException is logged by app.logger.error and returns 500; Flask's default log format under
      uWSGI and uWSGI's request lines are what kubectl logs show. Between 09:11 and 09:23 the gateway answered 503/502 and
      once never accepted the connection ([Errno 110], nginx in web gave the browser 504 meanwhile), the shape of a PSP/CDN
      edge incident posted on a provider's status page; from 09:25 every call is "returned 200" again, orders are queued,
      history and cart deletes succeed. Nothing in the cluster changed: every pod Ready, no rollout, no restart but a mysql
      OOMKill (137) three days old, and a ratings readiness blip (two 1-second timeouts) 44 minutes ago. Deviations: the
      cart lines are express-pino-logger "request completed" records trimmed to a few fields; the shop's public host name is
      invented. A careful engineer answers: third-party blip, over, nothing to fix on our side (payment-gateway would be
      the answer only while it lasted).
    `,
  }),
];
