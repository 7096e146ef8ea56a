// Blind dev batch s61a: one Stan's Robot Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the kit system scripts/kit-systems/robot-shop.mjs (withDefaults, defaultPvcs, pino); built by scripts/s61a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const agentEnv = [{ name: 'INSTANA_AGENT_HOST', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.hostIP' } } }];
const SANDBOX = 'https://api-m.sandbox.paypal.com/';

// ---- s61a-payment-gateway-sandbox-url: config-error on payment ----
const T1 = clock('2026-04-14T15:40:00Z');
const ROLL = -34; // helm upgrade at 15:06
// Flask's default handler under uWSGI: "[asctime] LEVEL in module: message"
const fl = (min, lvl, msg) => `[${T1.java(min).replace('.', ',')}] ${lvl} in payment: ${msg}`;
const uwsgiDate = (min) => {
  const d = new Date(Date.parse('2026-04-14T15:40:00Z') + min * 60000);
  const s = d.toUTCString(); // "Tue, 14 Apr 2026 15:06:31 GMT"
  const [, dow, day, mon, year, time] = /^(\w+), (\d+) (\w+) (\d+) ([\d:]+)/.exec(s);
  return `${dow} ${mon} ${day.padStart(2, ' ')} ${time} ${year}`;
};
const req = (min, n, user, status, bytes, ms) =>
  `[pid: ${n % 2 ? 9 : 10}|app: 0|req: ${Math.ceil(n / 2)}/${n}] %IPOF:web#0% () {44 vars in 693 bytes} [${uwsgiDate(min)}] POST /pay/${user} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${status}) 2 headers in ${status === 200 ? 71 : 80} bytes (1 switches on core ${n % 2})`;
const cart = (sku, name, price, city, ship) =>
  `{'total': ${(price + ship).toFixed(2).replace(/\.00$/, '')}, 'tax': ${((price + ship) / 6).toFixed(2)}, 'items': [{'qty': 1, 'sku': '${sku}', 'name': '${name}', 'price': ${price}, 'subtotal': ${price}}, {'qty': 1, 'sku': 'SHIP', 'name': 'shipping to ${city}', 'price': ${ship}, 'subtotal': ${ship}}]}`;

const paymentLog = [
  '*** Starting uWSGI 2.0.28 (64bit) on [' + uwsgiDate(ROLL + 0.81) + '] ***',
  'compiled with version: 12.2.0 on 03 March 2025 10:12:44',
  'os: Linux-5.10.226-214.880.amzn2.x86_64 #1 SMP Tue Oct 8 16:18:15 UTC 2024',
  'nodename: %POD%',
  'machine: x86_64',
  'clock source: unix',
  'pcre jit disabled',
  'detected number of CPU cores: 2',
  'current working directory: /app',
  'detected binary path: /usr/local/bin/uwsgi',
  'uWSGI running as root, you can use --uid/--gid/--chroot options',
  '*** WARNING: you are running uWSGI as root !!! (use the --uid flag) *** ',
  'your memory page size is 4096 bytes',
  'detected max file descriptor number: 1048576',
  'lock engine: pthread robust mutexes',
  'thunder lock: disabled (you can enable it with --thunder-lock)',
  'uwsgi socket 0 bound to TCP address 0.0.0.0:8080 fd 3',
  'Python version: 3.9.21 (main, Feb 25 2025, 05:41:39)  [GCC 12.2.0]',
  'Python main interpreter initialized at 0x5586d1c2f6a0',
  'python threads support enabled',
  'your server socket listen backlog is limited to 100 connections',
  'your mercy for graceful operations on workers is 60 seconds',
  'mapped 333504 bytes (325 KB) for 4 cores',
  '*** Operational MODE: preforking+threaded ***',
  'WSGI app 0 (mountpoint=\'\') ready in 2 seconds on interpreter 0x5586d1c2f6a0 pid: 1 (default app)',
  '*** uWSGI is running in multiple interpreter mode ***',
  'spawned uWSGI master process (pid: 1)',
  'spawned uWSGI worker 1 (pid: 9, cores: 2)',
  'spawned uWSGI worker 2 (pid: 10, cores: 2)',
];
const pays = [
  [-29.6, 'anonymous-4406', cart('EMM', 'Emma', 1015, 'Lyon France', 28.24), 612],
  [-27.1, 'anonymous-8815', cart('CNA', 'Cybernated Neutralization Android', 1000, 'Porto Portugal', 31.9), 577],
  [-22.4, 'hannah', cart('HAL-1', 'HAL', 2001, 'Hamburg Germany', 19.95), 703],
  [-18.9, 'anonymous-1327', cart('K9', 'K9', 99, 'Aberdeen United Kingdom', 24.1), 548],
  [-13.2, 'anonymous-5090', cart('RD-10', 'Responsive Domestic Robot', 2500, 'Madrid Spain', 33.37), 629],
  [-9.7, 'anonymous-2213', cart('STAN-1', 'Stan', 67, 'Lille France', 27.6), 590],
  [-6.3, 'anonymous-7723', cart('EPE', 'Extreme Probe Emulator', 953, 'Utrecht Netherlands', 22.15), 655],
  [-3.1, 'anonymous-3048', cart('EMM', 'Emma', 1015, 'Graz Austria', 30.4), 571],
  [-1.2, 'anonymous-6672', cart('Watson', 'Watson', 2000, 'Cork Ireland', 26.9), 602],
];
let n = 0;
for (const [min, user, c, ms] of pays) {
  n++;
  paymentLog.push(
    fl(min, 'INFO', `payment for ${user}`),
    fl(min, 'INFO', c),
    fl(min + ms / 60000, 'INFO', `${SANDBOX} returned 404`),
    req(min + ms / 60000, n, user, 404, 13, ms),
  );
}

// nginx (combined) in web: the UI keeps working, /api/payment answers 404 from the upstream.
const ngx = (min, src, line) => {
  const d = new Date(Date.parse('2026-04-14T15:40:00Z') + min * 60000);
  const mon = d.toUTCString().split(' ')[2];
  const p = (x) => String(x).padStart(2, '0');
  return `${src} - - [${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000] ${line}`;
};
const UA = '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/135.0.0.0 Safari/537.36"';
const REF = '"http://a3f1c9e2b7d84c05.elb.eu-west-1.amazonaws.com/"';
const web = [];
for (const [min, user, , ms] of pays) {
  web.push(
    [min - 0.8, ngx(min - 0.8, '10.1.2.137', `"GET /api/catalogue/products HTTP/1.1" 200 2890 ${REF} ${UA}`)],
    [min - 0.6, ngx(min - 0.6, '10.1.2.137', `"GET /api/cart/cart/${user} HTTP/1.1" 200 412 ${REF} ${UA}`)],
    [min - 0.4, ngx(min - 0.4, '10.1.3.206', `"GET /api/shipping/calc/4381 HTTP/1.1" 200 54 ${REF} ${UA}`)],
    [min - 0.3, ngx(min - 0.3, '10.1.3.206', `"POST /api/shipping/confirm/${user} HTTP/1.1" 200 433 ${REF} ${UA}`)],
    [min + ms / 60000, ngx(min + ms / 60000, '10.1.1.84', `"POST /api/payment/pay/${user} HTTP/1.1" 404 13 ${REF} ${UA}`)],
    [min + 0.2, ngx(min + 0.2, '10.1.1.84', `"GET /api/ratings/api/fetch/EMM HTTP/1.1" 200 43 ${REF} ${UA}`)],
  );
}
const webLog = web.filter(([m]) => m < 0).sort((a, b) => a[0] - b[0]).map(([, l]) => l);

const cartLog = [
  pino(T1, -60 * 24 * 9 + 0.5, 'info', '%POD%', 'Redis READY'),
  pino(T1, -60 * 24 * 9 + 0.5, 'info', '%POD%', 'Started on port 8080'),
  ...pays.map(([min, user]) => pino(T1, min - 0.6, 'info', '%POD%', 'request completed', `"req":{"id":${4000 + Math.round(-min * 10)},"method":"GET","url":"/cart/${user}","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":200},"responseTime":3,`)),
];
const shippingLog = [
  `${T1.java(-60 * 24 * 3 + 1.1)}  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port(s): 8080 (http) with context path ''`,
  `${T1.java(-60 * 24 * 3 + 1.2)}  INFO 1 --- [           main] c.i.r.shipping.ShippingServiceApplication : Started ShippingServiceApplication in 41.873 seconds (JVM running for 44.112)`,
];

const shippingOom = cs.restartedRunning({
  restarts: 1,
  startedAt: T1.iso(-60 * 24 * 3 + 0.2),
  last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 9 + 0.4), finishedAt: T1.iso(-60 * 24 * 3) },
});

export const scenarios = [
  withDefaults({
    folder: 's61a-payment-gateway-sandbox-url',
    incidentTime: '2026-04-14T15:40:00Z',
    description: 'payments team: checkout dies at the pay step since ~15:05, basket + catalogue still work fine',
    expected: { component: 'payment', cause: 'config-error' },
    alsoAcceptable: [{ component: 'payment', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Chart fact (instana/robot-shop K8s/helm/templates/payment-deployment.yaml): PAYMENT_GATEWAY is only rendered when
      values payment.gateway is set; payment/payment.py reads it with os.getenv('PAYMENT_GATEWAY', 'https://paypal.com/')
      and, on every /pay/<id>, does requests.get(PAYMENT_GATEWAY), logs "<gateway> returned <status>" and answers
      'payment error' with the gateway's status when it is not 200. Nothing checks the value at start.
      Fault: a values file prepared for a PSP sandbox test (payment.gateway=https://api-m.sandbox.paypal.com/) was promoted
      with a helm upgrade at 15:06; the new payment ReplicaSet differs from the old one only by that env var. The pod starts
      and stays Ready (no probes upstream); every payment now logs "...sandbox.paypal.com/ returned 404" and uWSGI answers
      404, which nginx in web passes through for POST /api/payment/pay/<id> while catalogue, cart, shipping and ratings calls
      stay 200. The 404 of a GET on the API host's root is an assumption of this scenario.
      Decoys: shipping's JVM was OOMKilled three days ago (restartCount 1, running since); cart and shipping log normally.
      Deviations from upstream: the payment.gateway value; logs are written in the formats of uWSGI 2.0, Flask's default
      handler, nginx combined and pino 5, not captured from a cluster.
    `,
    workloads: {
      payment: {
        containers: { payment: { env: [...agentEnv, { name: 'PAYMENT_GATEWAY', value: SANDBOX }] } },
        rollout: { at: ROLL, revision: 4, oldContainers: { payment: { env: agentEnv } } },
      },
      shipping: { pods: [{ containers: { shipping: shippingOom } }] },
    },
    events: [
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled up replica set payment-%NEW% to 1', first: ROLL, last: ROLL },
      { on: 'pod:payment#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', source: 'default-scheduler', first: ROLL + 0.5 },
      { on: 'pod:payment#0', reason: 'Pulling', message: 'Pulling image "robotshop/rs-payment:2.1.0"', fieldPath: 'spec.containers{payment}', first: ROLL + 0.5 },
      { on: 'pod:payment#0', reason: 'Pulled', message: 'Successfully pulled image "robotshop/rs-payment:2.1.0" in 11.902s (11.902s including waiting). Image size: 61873344 bytes.', fieldPath: 'spec.containers{payment}', first: ROLL + 0.7 },
      { on: 'pod:payment#0', reason: 'Created', message: 'Created container payment', fieldPath: 'spec.containers{payment}', first: ROLL + 0.78 },
      { on: 'pod:payment#0', reason: 'Started', message: 'Started container payment', fieldPath: 'spec.containers{payment}', first: ROLL + 0.8 },
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled down replica set payment-%OLD% to 0 from 1', first: ROLL + 1.05, last: ROLL + 1.05 },
    ],
    logs: {
      'payment#0/payment': paymentLog,
      'web#0/web': webLog,
      'cart#0/cart': cartLog,
      'shipping#0/shipping': shippingLog,
    },
  }),
];
