// Blind held-out batch s78b: the Robot Shop scenario (kit system scripts/kit-systems/robot-shop.mjs with withDefaults).
// Built by scripts/s78b-build.mjs with the session-2 scenario kit; expected answer fixed before generation.
import { clock } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const T = clock('2026-03-02T11:07:00Z');
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n) => String(n).padStart(2, '0');
// uWSGI request log date ("Mon Mar  2 10:31:02 2026") and Flask's default handler ("[2026-03-02 10:31:02,118] INFO in payment: ...").
const ctime = (min) => {
  const d = new Date(T.isoMs(min));
  return `${DAYS[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
};
const flask = (min, level, msg) => `[${T.java(min).replace('.', ',')}] ${level} in payment: ${msg}`;
let reqNo = 48190;
const uw = (min, path, bytes, msecs, status) => {
  reqNo += 1;
  return `[pid: 8|app: 0|req: ${reqNo}/${reqNo}] %IPOF:web#0% () {44 vars in 618 bytes} [${ctime(min - msecs / 60000)}] POST ${path} => generated ${bytes} bytes in ${msecs} msecs (HTTP/1.1 ${status}) 2 headers in ${status === 200 ? 72 : 79} bytes (1 switches on core 0)`;
};
const QUEUE_FULL = '*** uWSGI listen queue of socket "0.0.0.0:8080" (fd: 3) full !!! (101/100) ***';
const USERS = ['4d1e2f0a', 'anonymous-7f3c1b', '9a64c0e2', 'anonymous-21d9e8', 'b3f0a771', '5e2c8d14', 'anonymous-c0a4f5', '71be39d2'];
const py = (v) => (Number.isInteger(v) ? `${v}.0` : String(Math.round(v * 100) / 100));
const cartOf = (n) => `{'total': ${py(n * 17.5 + 4.99)}, 'tax': ${py(n * 2.92)}, 'items': [{'qty': ${n}, 'sku': 'EMM', 'name': 'Emma', 'price': 17.5, 'subtotal': ${py(n * 17.5)}}, {'qty': 1, 'sku': 'SHIP', 'name': 'shipping to Germany', 'price': 4.99, 'subtotal': 4.99}]}`;

// A healthy order before the gateway degraded.
const okOrder = (min, i) => {
  const u = USERS[i % USERS.length];
  const anon = u.startsWith('anonymous');
  return [
    flask(min, 'INFO', `payment for ${u}`),
    flask(min, 'INFO', cartOf(1 + (i % 3))),
    flask(min + 0.005, 'INFO', `https://paypal.com/ returned 200`),
    flask(min + 0.006, 'INFO', 'queue order'),
    ...(anon ? [] : [flask(min + 0.007, 'INFO', 'order history returned 200')]),
    flask(min + 0.008, 'INFO', 'cart delete returned 200'),
    uw(min + 0.008, `/pay/${u}`, 49, 380 + (i * 37) % 200, 200),
  ];
};
// A slow gateway answer: the single uWSGI worker is held for `secs` seconds per order.
const slowOrder = (start, secs, i, outcome) => {
  const u = USERS[(i + 3) % USERS.length];
  const end = start + secs / 60;
  const out = [flask(start, 'INFO', `payment for ${u}`), flask(start, 'INFO', cartOf(1 + (i % 2)))];
  if (outcome === 503) {
    out.push(flask(end, 'INFO', 'https://paypal.com/ returned 503'), uw(end, `/pay/${u}`, 13, secs * 1000 + 211, 503));
  } else {
    out.push(
      flask(end, 'ERROR', "('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))"),
      uw(end, `/pay/${u}`, 99, secs * 1000 + 87, 500),
    );
  }
  if (i > 0) out.splice(out.length - 1, 0, `uwsgi_response_writev_headers_and_body_do(): Broken pipe [core/writer.c line 306] during POST /pay/${u} (%IPOF:web#0%)`, 'OSError: write error');
  return out;
};

const paymentLog = [
  '[uWSGI] getting INI configuration from payment.ini',
  `*** Starting uWSGI 2.0.21 (64bit) on [${ctime(-60 * 24 * 9)}] ***`,
  'compiled with version: 12.2.0 on 14 March 2023 09:51:12',
  'os: Linux-5.10.226-214.880.amzn2.x86_64 #1 SMP Tue Oct 8 16:18:15 UTC 2024',
  'nodename: %POD%',
  'machine: x86_64',
  'clock source: unix',
  'detected number of CPU cores: 2',
  'current working directory: /app',
  'detected binary path: /usr/local/bin/uwsgi',
  'uWSGI running as root, you can use --uid/--gid/--chroot options',
  'setgid() to 1',
  'setuid() to 1',
  'your memory page size is 4096 bytes',
  'detected max file descriptor number: 1048576',
  'lock engine: pthread robust mutexes',
  'thunder lock: disabled (you can enable it with --thunder-lock)',
  'uwsgi socket 0 bound to TCP address 0.0.0.0:8080 fd 3',
  'Python version: 3.9.18 (main, Feb 13 2024, 10:56:57)  [GCC 12.2.0]',
  'Python main interpreter initialized at 0x55d1c2a8e3f0',
  'python threads support enabled',
  'your server socket listen backlog is limited to 100 connections',
  'your mercy for graceful operations on workers is 60 seconds',
  'mapped 145840 bytes (142 KB) for 1 cores',
  '*** Operational MODE: single process ***',
  '*** uWSGI is running in multiple interpreter mode ***',
  'spawned uWSGI master process (pid: 1)',
  'spawned uWSGI worker 1 (pid: 8, cores: 1)',
  'WSGI app 0 (mountpoint=\'\') ready in 2 seconds on interpreter 0x55d1c2a8e3f0 pid: 8 (default app)',
  ...[-52, -49.5, -46, -43.2, -40.1, -37, -34.4, -31.6, -29.8, -28.1].flatMap((m, i) => okOrder(m, i)),
  // 10:40: the gateway starts answering after tens of seconds; orders queue behind the one worker.
  ...slowOrder(-27.2, 38, 0, 503),
  ...slowOrder(-26.55, 47, 1, 503),
  ...slowOrder(-25.75, 71, 2, 'aborted'),
  ...slowOrder(-24.55, 58, 3, 503),
  ...slowOrder(-23.55, 83, 4, 'aborted'),
  ...slowOrder(-22.15, 66, 5, 503),
  QUEUE_FULL,
  ...slowOrder(-21.05, 90, 6, 503),
  QUEUE_FULL,
  QUEUE_FULL,
  ...slowOrder(-19.5, 77, 7, 'aborted'),
  QUEUE_FULL,
  ...slowOrder(-18.2, 62, 8, 503),
  QUEUE_FULL,
  ...slowOrder(-17.15, 88, 9, 503),
  QUEUE_FULL,
  QUEUE_FULL,
  ...slowOrder(-15.65, 74, 10, 'aborted'),
  QUEUE_FULL,
  ...slowOrder(-14.4, 69, 11, 503),
  ...slowOrder(-13.2, 81, 12, 503),
  QUEUE_FULL,
  ...slowOrder(-11.8, 93, 13, 'aborted'),
  QUEUE_FULL,
  QUEUE_FULL,
  ...slowOrder(-10.2, 64, 14, 503),
  ...slowOrder(-9.1, 72, 15, 503),
  QUEUE_FULL,
  ...slowOrder(-7.9, 85, 16, 503),
  QUEUE_FULL,
  ...slowOrder(-6.45, 79, 17, 'aborted'),
  ...slowOrder(-5.1, 68, 18, 503),
  QUEUE_FULL,
  ...slowOrder(-3.95, 91, 19, 503),
  QUEUE_FULL,
  flask(-2.4, 'INFO', 'payment for 9a64c0e2'),
  flask(-2.4, 'INFO', cartOf(2)),
];

// nginx 1.21.6: access log (main format) and error log on the same stdout/stderr.
const clf = (min) => {
  const d = new Date(T.isoMs(min));
  return `${p2(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`;
};
const NODES = ['10.1.1.84', '10.1.2.137', '10.1.3.206'];
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36';
const acc = (min, i, method, path, status, bytes) => [
  min,
  `${NODES[i % 3]} - - [${clf(min)}] "${method} ${path} HTTP/1.1" ${status} ${bytes} "http://shop.robotshop.example/" "${UA}" "-"`,
];
let conn = 60211;
// nginx gives up 60 s after it handed a queued order to payment.
const timedOut = (min, i) => {
  const u = USERS[(i + 3) % USERS.length];
  conn += 17;
  return [
    [min, `${T.go(min)} [error] 29#29: *${conn} upstream timed out (110: Connection timed out) while reading response header from upstream, client: ${NODES[i % 3]}, server: localhost, request: "POST /api/payment/pay/${u} HTTP/1.1", upstream: "http://%SVCIP:payment%:8080/pay/${u}", host: "shop.robotshop.example", referrer: "http://shop.robotshop.example/"`],
    acc(min, i, 'POST', `/api/payment/pay/${u}`, 504, 497),
  ];
};
const browse = (min, i) => [
  acc(min, i, 'GET', '/api/catalogue/products', 200, 2873),
  acc(min + 0.01, i, 'GET', '/api/catalogue/categories', 200, 46),
  acc(min + 0.02, i, 'GET', `/api/ratings/api/fetch/${['EMM', 'SHCE', 'RED', 'WatsonV'][i % 4]}`, 200, 29),
  acc(min + 0.03, i, 'GET', `/api/cart/cart/${USERS[i % USERS.length]}`, 200, 311),
];
const webLog = [
  ...[-50, -44, -38, -33, -29, -26.2, -25.0, -17.3, -8.4, -5.6].flatMap((m, i) => browse(m, i)),
  ...[-52, -49.5, -46, -43.2, -40.1, -37, -34.4, -31.6, -29.8, -28.1].map((m, i) => acc(m + 0.008, i, 'POST', `/api/payment/pay/${USERS[i % USERS.length]}`, 200, 49)),
  acc(-26.57, 0, 'POST', `/api/payment/pay/${USERS[3]}`, 503, 497),
  ...Array.from({ length: 24 }, (_, k) => -26.3 + k * 1.02).filter((m) => m < -0.2).flatMap((m, i) => timedOut(m, i + 1)),
].sort((x, y) => x[0] - y[0]).map((x) => x[1]);

const cartReq = (min, i, method, url, status, ms) =>
  pino(T, min, 'info', '%POD%', 'request completed',
    `"req":{"id":${20481 + i},"method":"${method}","url":"${url}","headers":{"host":"cart:8080","connection":"close","accept":"application/json"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${40120 + i * 7}},"res":{"statusCode":${status},"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8"}},"responseTime":${ms},`);

export const scenarios = [
  withDefaults({
    folder: 's78b-checkout-gateway-slow-single-worker',
    incidentTime: '2026-03-02T11:07:00Z',
    description: 'robot shop checkout spins forever then "gateway time-out" since about 10:40. browsing + cart fine. payments team pls take a look',
    expected: { component: 'payment-gateway', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'payment', cause: 'external-dependency' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'external-dependency-failure', 'louder-dependents', 'time-expression', 'team-name', 'decoy'],
    grounding: `
      Manifest and code facts (instana/robot-shop at 55292e2): payment runs payment.py under uWSGI with payment.ini
      (master, processes = 1, no threads option, so one request at a time; listen backlog 100) and no probes in the K8s
      manifests; pay() calls requests.get(PAYMENT_GATEWAY) (default https://paypal.com/) with no timeout, returns
      'payment error' with the gateway's status when it is not 200, and logs a RequestException before answering 500.
      web is nginx 1.21.6 with proxy_pass http://payment:8080/ for /api/payment/ and the default 60 s
      proxy_read_timeout, error_page 50x -> /50x.html.
      The fault: from 10:40 the public gateway answers the payment call slowly (38-93 s) and mostly with 503, sometimes
      dropping the connection — an outage on the provider's side (PayPal status-page incidents of this shape, elevated
      latency and 5xx on the edge). Because the call has no timeout and uWSGI has one worker, every order holds the
      worker for a minute or more, the listen queue fills ("uWSGI listen queue ... full !!! (101/100)"), and nginx gives
      up after 60 s with 504 (its error log: "upstream timed out (110: Connection timed out) while reading response header
      from upstream"). uWSGI then writes into the closed socket (Broken pipe, OSError: write error). The payment pod stays
      Running and Ready; browsing, ratings and cart calls through the same nginx keep answering 200.
      The cause is the external gateway; naming payment for the external dependency is also accepted. The missing
      request timeout and the single worker amplify the outage but are upstream defaults, not a change.
      Decoy: catalogue had a plain kubectl rollout restart 20 hours ago (identical pod template) and is healthy.
      Deviations from upstream: none in the manifests; the gateway's behaviour is the incident.
    `,
    workloads: {
      catalogue: {
        rollout: { at: -60 * 20, oldReplicas: 0 },
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-60 * 20 - 0.2).replace('Z', '+00:00') } },
      },
    },
    logs: {
      'payment#0/payment': paymentLog,
      'web#0/web': webLog,
      'cart#0/cart': [
        pino(T, -60 * 24 * 9, 'info', '%POD%', 'Redis READY', ''),
        pino(T, -60 * 24 * 9, 'info', '%POD%', 'Started on port 8080', ''),
        ...[-50, -44, -38, -33, -29, -26.2, -25, -17.3, -8.4, -5.6].map((m, i) => cartReq(m + 0.03, i, 'GET', `/cart/${USERS[i % USERS.length]}`, 200, 2 + (i % 4))),
        ...[-28.1].map((m, i) => cartReq(m + 0.008, 20 + i, 'DELETE', '/cart/9a64c0e2', 200, 3)),
      ].sort((a, b) => JSON.parse(a).time - JSON.parse(b).time),
    },
  }),
];
