// Held-out batch s126a: Robot Shop (system from scripts/kit-systems/robot-shop.mjs).
import { clock } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const flask = (T, min, level, msg) => `${T.java(min).replace(' ', ' ').slice(0, 19)},${T.java(min).slice(20, 23)} ${level} ${msg}`;
const nginx = (T, min, req, status, bytes, rt) => { const d = new Date(T.isoMs(min)); const M = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()]; const p = (n) => String(n).padStart(2, '0'); return `10.1.2.37 - - [${p(d.getUTCDate())}/${M}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000] "${req} HTTP/1.1" ${status} ${bytes} "http://shop.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36" ${rt}`; };

export const scenarios = [];
{
  const incidentTime = '2026-12-10T19:44:00Z';
  const T = clock(incidentTime);
  scenarios.push(withDefaults({
    folder: 's126a-paypal-gateway-timeouts', incidentTime,
    description: 'payments team: checkout "pay now" spinning then error for ~25min, payment pods all green. is it us or paypal',
    expected: { component: 'payment-gateway', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'payment-gateway', cause: 'dependency-down' }],
    difficulty: 'medium', traits: ['pods-ready', 'external-dependency-failure', 'callers-only', 'team-name', 'time-expression'],
    grounding: `instana/robot-shop payment/payment.py: /pay/<id> first calls requests.get(PAYMENT_GATEWAY) (values payment.gateway,
      default https://paypal.com/) and answers 500 "payment error" when the gateway call raises or returns non-200, before any
      order is queued on rabbitmq. The helm chart sets no timeout on that call beyond uWSGI's harakiri. Fault: the external
      gateway degrades (HTTP 503 from its edge, then read timeouts) from ~19:18; payment stays Running and Ready because its
      /health does not touch the gateway; web's nginx logs 500/504 on POST /api/payment/pay. Deviation: the gateway outage is
      invented (modelled on public PSP status-page incidents); no cluster object changes. Decoy: dispatch logs its usual
      order-processing lines and rabbitmq is healthy.`,
    logs: {
      'payment#0/payment': [
        flask(T, -40, 'INFO', 'Payment ID 7a1e2c94-5b3d-4f80-9e61-0d2c8b4a7f15'),
        flask(T, -40, 'INFO', 'order 7a1e2c94-5b3d-4f80-9e61-0d2c8b4a7f15 queued'),
        flask(T, -25, 'INFO', 'Payment ID 1c9f3e72-8a4b-4d6e-b0f5-3e7a2d91c468'),
        flask(T, -25, 'ERROR', 'Exception on /pay/anonymous-1733859412 [POST]'),
        'Traceback (most recent call last):',
        '  File "/usr/local/lib/python3.9/site-packages/flask/app.py", line 2447, in wsgi_app',
        '    response = self.full_dispatch_request()',
        '  File "/app/payment.py", line 72, in pay',
        '    raise Exception(\'payment gateway returned {}\'.format(req.status_code))',
        'Exception: payment gateway returned 503',
        flask(T, -14, 'INFO', 'Payment ID 5e0b7d21-c3a8-49f6-a1d4-8b6f2e9c0357'),
        flask(T, -13, 'ERROR', 'Exception on /pay/4f2c1b [POST]'),
        'Traceback (most recent call last):',
        '  File "/usr/local/lib/python3.9/site-packages/urllib3/connectionpool.py", line 449, in _make_request',
        '    six.raise_from(e, None)',
        'socket.timeout: The read operation timed out',
        '',
        'During handling of the above exception, another exception occurred:',
        '',
        'requests.exceptions.ReadTimeout: HTTPSConnectionPool(host=\'paypal.com\', port=443): Read timed out. (read timeout=None)',
        flask(T, -4, 'ERROR', 'Exception on /pay/61ab09 [POST]'),
        'requests.exceptions.ReadTimeout: HTTPSConnectionPool(host=\'paypal.com\', port=443): Read timed out.',
        '[pid: 9|app: 0|req: 4412/8830] 10.1.2.37 () {42 vars in 612 bytes} [Thu Dec 10 19:40:12 2026] GET /health => generated 2 bytes in 0 msecs (HTTP/1.1 200) 2 headers in 79 bytes (1 switches on core 0)',
      ],
      'web#0/web': [
        nginx(T, -41, 'GET /api/catalogue/products', 200, 2745, '0.012'),
        nginx(T, -40, 'POST /api/payment/pay/anonymous-1733857121', 200, 64, '0.611'),
        nginx(T, -25, 'POST /api/payment/pay/anonymous-1733859412', 500, 290, '1.204'),
        nginx(T, -13, 'POST /api/payment/pay/4f2c1b', 504, 167, '60.001'),
        nginx(T, -12, 'GET /api/cart/cart/4f2c1b', 200, 311, '0.006'),
        nginx(T, -4, 'POST /api/payment/pay/61ab09', 504, 167, '60.002'),
      ],
      'dispatch#0/dispatch': [
        `${T.go(-40)} processing order {"orderid":"7a1e2c94-5b3d-4f80-9e61-0d2c8b4a7f15","user":"anonymous-1733857121"}`,
        `${T.go(-40)} order 7a1e2c94-5b3d-4f80-9e61-0d2c8b4a7f15 processed`,
      ],
    },
  }));
}
