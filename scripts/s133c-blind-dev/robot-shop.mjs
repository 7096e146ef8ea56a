// s133c blind dev: Stan's Robot Shop (system from scripts/kit-systems/robot-shop.mjs).
import { clock } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const INC = '2026-05-15T19:05:00Z';
const T = clock(INC);
const START = -22;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ctime = (min) => { const d = new Date(Date.parse(T.isoMs(min))); return `${DAYS[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${T.java(min).slice(11, 19)} ${d.getUTCFullYear()}`; };
const pyts = (min) => T.java(min).replace('.', ',');
const nginxTs = (min) => { const d = new Date(Date.parse(T.isoMs(min))); return `${String(d.getUTCDate()).padStart(2, '0')}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${T.java(min).slice(11, 19)} +0000`; };

const pay = [];
const web = [];
let k = 0;
for (let m = -45; m < -0.5; m += 1.3) {
  k++;
  const id = `${1000 + k}`;
  web.push(`10.1.0.${40 + (k % 7)} - - [${nginxTs(m)}] "GET /api/catalogue/products HTTP/1.1" 200 1987 "https://shop.robot-shop.example/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36"`);
  if (k % 2) continue;
  if (m < START) {
    pay.push(`[${pyts(m)}] INFO in payment: payment for ${id}`);
    pay.push(`[${pyts(m + 0.01)}] INFO in payment: Queued order ${id}`);
    pay.push(`[pid: 9|app: 0|req: ${k}/${k * 2}] %IPOF:web#0% () {42 vars in 601 bytes} [${ctime(m)}] POST /pay/${id} => generated 47 bytes in 312 msecs (HTTP/1.1 200) 2 headers in 72 bytes (1 switches on core 0)`);
    web.push(`10.1.0.${40 + (k % 7)} - - [${nginxTs(m + 0.01)}] "POST /api/payment/pay/${id} HTTP/1.1" 200 47 "https://shop.robot-shop.example/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36"`);
  } else {
    pay.push(`[${pyts(m)}] INFO in payment: payment for ${id}`);
    pay.push(`[${pyts(m + 0.17)}] ERROR in payment: Exception on /pay/${id} [POST]`);
    pay.push([
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.9/site-packages/urllib3/connectionpool.py", line 449, in _make_request',
      '    six.raise_from(e, None)',
      '  File "/usr/local/lib/python3.9/site-packages/urllib3/connectionpool.py", line 444, in _make_request',
      '    httplib_response = conn.getresponse()',
      'socket.timeout: The read operation timed out',
      '',
      'During handling of the above exception, another exception occurred:',
      '',
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.9/site-packages/flask/app.py", line 2073, in wsgi_app',
      '    response = self.full_dispatch_request()',
      '  File "/app/payment.py", line 91, in pay',
      '    req = requests.get(PAYMENT_GATEWAY)',
      '  File "/usr/local/lib/python3.9/site-packages/requests/adapters.py", line 532, in send',
      '    raise ReadTimeout(e, request=request)',
      "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='paypal.com', port=443): Read timed out. (read timeout=10)",
    ].join('\n'));
    pay.push(`[pid: 9|app: 0|req: ${k}/${k * 2}] %IPOF:web#0% () {42 vars in 601 bytes} [${ctime(m)}] POST /pay/${id} => generated 265 bytes in 10214 msecs (HTTP/1.1 500) 2 headers in 91 bytes (1 switches on core 0)`);
    web.push(`10.1.0.${40 + (k % 7)} - - [${nginxTs(m + 0.17)}] "POST /api/payment/pay/${id} HTTP/1.1" 500 265 "https://shop.robot-shop.example/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36"`);
  }
}

export const scenarios = [
  withDefaults({
    folder: 's133c-paypal-timeouts',
    description: 'robot shop: nobody can pay for ~20 min, checkout spins ~10s then "payment error". payments team on it? payment pod looks green',
    incidentTime: INC,
    expected: { component: 'payment-gateway', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'payment-gateway', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'external-dependency-failure', 'time-expression', 'team-name'],
    grounding: `
      Robot Shop payment (Python Flask under uWSGI, rs-payment:2.1.0) calls the gateway named by PAYMENT_GATEWAY
      (helm values payment.gateway, default https://paypal.com/) with requests before publishing the order to
      RabbitMQ. The fault is the external gateway hanging (the "third-party API latency / outage" case of public
      post-mortems and of Gremlin/Chaos Mesh HTTP delay experiments on egress): since ~18:43 every call reads for 10 s
      and times out, payment returns 500 and web (nginx) logs the 500 on /api/payment/pay. Nothing in the cluster
      changed: every pod stays Running and Ready, no Events, no restarts. Deviations: upstream payment.py calls
      requests.get without a timeout; a 10 s read timeout is assumed to have been added locally, and the Flask log
      format is the default "[time] LEVEL in module: msg".`,
    logs: {
      'payment#0/payment': pay,
      'web#0/web': web,
    },
  }),
];
