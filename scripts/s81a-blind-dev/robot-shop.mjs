// Batch s81a (blind dev): Stan's Robot Shop, one scenario — payment's pod recreated under a Kyverno policy that injects
// HTTP_PROXY/HTTPS_PROXY/NO_PROXY, whose NO_PROXY misses the short in-cluster names payment calls (config-error).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const INC = '2026-03-17T14:52:00Z';
const T = clock(INC);
const N1 = 'ip-10-1-1-84.eu-west-1.compute.internal';
const N2 = 'ip-10-1-2-137.eu-west-1.compute.internal';
const payBase = base.workloads.find((w) => w.name === 'payment').containers[0];
const PROXY_ENV = [
  { name: 'HTTP_PROXY', value: 'http://egress-proxy.corp.internal:3128' },
  { name: 'HTTPS_PROXY', value: 'http://egress-proxy.corp.internal:3128' },
  { name: 'NO_PROXY', value: 'localhost,127.0.0.1,169.254.169.254,10.0.0.0/8,.svc,.cluster.local,.internal' },
];
const CREATED = -34;

const flask = (min, lvl, msg) => `[${T.java(min).replace('.', ',')}] ${lvl} in payment: ${msg}`;
const d = (min) => new Date(Date.parse(T.iso(min)));
const ctime = (min) => {
  const x = d(min);
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][x.getUTCDay()];
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][x.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return `${day} ${mon} ${p(x.getUTCDate())} ${p(x.getUTCHours())}:${p(x.getUTCMinutes())}:${p(x.getUTCSeconds())} ${x.getUTCFullYear()}`;
};
const clf = (min) => {
  const x = d(min);
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][x.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return `${p(x.getUTCDate())}/${mon}/${x.getUTCFullYear()}:${p(x.getUTCHours())}:${p(x.getUTCMinutes())}:${p(x.getUTCSeconds())} +0000`;
};

const ORDERS = [
  { min: -31.2, user: 'jane', item: ['HAL-1', 'HAL', 2001], ship: ['shipping to Germany', 12.25], ms: 812, req: 3 },
  { min: -27.8, user: 'anonymous-2214', item: ['Watson', 'Watson', 2001], ship: ['shipping to United Kingdom', 9.6], ms: 644, req: 5 },
  { min: -22.4, user: 'rkowalski', item: ['EVE', 'EVE', 5000], ship: ['shipping to Poland', 14.1], ms: 703, req: 8 },
  { min: -17.9, user: 'jane', item: ['HAL-1', 'HAL', 2001], ship: ['shipping to Germany', 12.25], ms: 590, req: 11 },
  { min: -12.3, user: 'mtanaka', item: ['K9', 'K9', 99], ship: ['shipping to Japan', 31.4], ms: 766, req: 15 },
  { min: -8.6, user: 'anonymous-2251', item: ['RD-10', 'Robbie', 1024], ship: ['shipping to France', 11.8], ms: 621, req: 18 },
  { min: -4.1, user: 'dsouza', item: ['STAN-1', 'Stan', 67], ship: ['shipping to India', 27.9], ms: 698, req: 22 },
  { min: -1.7, user: 'jane', item: ['HAL-1', 'HAL', 2001], ship: ['shipping to Germany', 12.25], ms: 574, req: 24 },
];
const cartOf = (o) => {
  const total = Math.round((o.item[2] + o.ship[1]) * 100) / 100;
  const tax = Math.round((total - total / 1.2) * 100) / 100;
  return { total, tax };
};
const payLog = [
  '[uWSGI] getting INI configuration from payment.ini',
  `*** Starting uWSGI 2.0.21 (64bit) on [${ctime(CREATED + 0.3)}] ***`,
  'compiled with version: 8.3.0 on 14 March 2023 10:21:37',
  'os: Linux-5.10.226-214.880.amzn2.x86_64 #1 SMP Tue Oct 8 16:18:15 UTC 2024',
  'nodename: %POD%',
  'machine: x86_64',
  'clock source: unix',
  'detected number of CPU cores: 2',
  'current working directory: /app',
  'detected binary path: /usr/local/bin/uwsgi',
  'your memory page size is 4096 bytes',
  'detected max file descriptor number: 1048576',
  'lock engine: pthread robust mutexes',
  'thunder lock: disabled (you can enable it with --thunder-lock)',
  'uWSGI http bound on :8080 fd 4',
  'uwsgi socket 0 bound to TCP address 127.0.0.1:41337 (port auto-assigned) fd 3',
  'Python version: 3.9.16 (main, Mar  1 2023, 20:34:18)  [GCC 8.3.0]',
  '*** Python threads support is disabled. You can enable it with --enable-threads ***',
  'Python main interpreter initialized at 0x55d0c3b1e8a0',
  'your server socket listen backlog is limited to 100 connections',
  'your mercy for graceful operations on workers is 60 seconds',
  'mapped 218712 bytes (213 KB) for 2 cores',
  '*** Operational MODE: preforking ***',
  `WSGI app 0 (mountpoint='') ready in 2 seconds on interpreter 0x55d0c3b1e8a0 pid: 1 (default app)`,
  '*** uWSGI is running in multiple interpreter mode ***',
  'spawned uWSGI master process (pid: 1)',
  'spawned uWSGI worker 1 (pid: 8, cores: 1)',
  'spawned uWSGI worker 2 (pid: 9, cores: 1)',
  'spawned uWSGI http 1 (pid: 10)',
];
for (const o of ORDERS) {
  const { total, tax } = cartOf(o);
  const cart = `{'id': '${o.user}', 'items': [{'qty': 1, 'sku': '${o.item[0]}', 'name': '${o.item[1]}', 'price': ${o.item[2]}, 'subtotal': ${o.item[2]}}, {'qty': 1, 'sku': 'SHIP', 'name': '${o.ship[0]}', 'price': ${o.ship[1]}, 'subtotal': ${o.ship[1]}}], 'total': ${total}, 'tax': ${tax}}`;
  payLog.push(
    flask(o.min, 'INFO', `payment for ${o.user}`),
    flask(o.min + 0.001, 'INFO', cart),
    flask(o.min + 0.006, 'INFO', 'https://paypal.com/ returned 200'),
    flask(o.min + 0.0065, 'INFO', 'queue order'),
    flask(o.min + 0.009, 'INFO', 'cart delete returned 503'),
    `[pid: ${o.req % 2 ? 8 : 9}|app: 0|req: ${Math.ceil(o.req / 2)}/${o.req}] %IPOF:web#0% () {38 vars in 512 bytes} [${ctime(o.min)}] POST /pay/${o.user} => generated 27 bytes in ${o.ms} msecs (HTTP/1.1 503) 2 headers in 91 bytes (1 switches on core 0)`,
  );
}

const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36';
const webLog = [];
const browse = (min, ip, user) => [
  `${ip} - - [${clf(min)}] "GET /api/catalogue/products HTTP/1.1" 200 2874 "http://shop.robotshop.example/" "${UA}" "-"`,
  `${ip} - - [${clf(min + 0.05)}] "GET /api/ratings/api/fetch/HAL-1 HTTP/1.1" 200 39 "http://shop.robotshop.example/" "${UA}" "-"`,
  `${ip} - - [${clf(min + 0.2)}] "GET /api/cart/add/${user}/HAL-1/1 HTTP/1.1" 200 188 "http://shop.robotshop.example/" "${UA}" "-"`,
  `${ip} - - [${clf(min + 0.4)}] "GET /api/shipping/codes HTTP/1.1" 200 5961 "http://shop.robotshop.example/" "${UA}" "-"`,
];
webLog.push(...browse(-44, '10.1.2.137', 'jane'), ...browse(-39, '10.1.1.84', 'anonymous-2209'));
webLog.push(`10.1.1.84 - - [${clf(-37.5)}] "POST /api/payment/pay/anonymous-2209 HTTP/1.1" 200 49 "http://shop.robotshop.example/" "${UA}" "-"`);
for (const o of ORDERS) {
  const ip = o.req % 3 ? '10.1.2.137' : '10.1.3.206';
  webLog.push(...browse(o.min - 2.5, ip, o.user));
  webLog.push(`${ip} - - [${clf(o.min + 0.012)}] "POST /api/payment/pay/${o.user} HTTP/1.1" 503 27 "http://shop.robotshop.example/" "${UA}" "-"`);
  webLog.push(`${ip} - - [${clf(o.min + 0.4)}] "GET /api/cart/cart/${o.user} HTTP/1.1" 200 231 "http://shop.robotshop.example/" "${UA}" "-"`);
}
webLog.sort((a, b) => a.slice(a.indexOf('[')).localeCompare(b.slice(b.indexOf('['))));

const dispatchLog = [];
for (const o of [{ min: -37.5, user: 'anonymous-2209', item: ['Watson', 'Watson', 2001], ship: ['shipping to Spain', 10.9] }, ...ORDERS]) {
  const { total, tax } = cartOf(o);
  const id = `${(Math.abs(o.min * 7919) | 0).toString(16).padStart(8, '0')}-4c1a-4e2b-9f3d-${(Math.abs(o.min * 104729) | 0).toString(16).padStart(12, '0')}`;
  dispatchLog.push(
    `${T.go(o.min + 0.01)} Order {"orderid": "${id}", "user": "${o.user}", "cart": {"id": "${o.user}", "items": [{"qty": 1, "sku": "${o.item[0]}", "name": "${o.item[1]}", "price": ${o.item[2]}, "subtotal": ${o.item[2]}}, {"qty": 1, "sku": "SHIP", "name": "${o.ship[0]}", "price": ${o.ship[1]}, "subtotal": ${o.ship[1]}}], "total": ${total}, "tax": ${tax}}}`,
    `${T.go(o.min + 0.01)} Headers map[]`,
  );
}

const cartHost = 'cart';
const cartLog = [];
let rid = 40112;
for (const o of ORDERS) {
  cartLog.push(
    pino(T, o.min - 2.3, 'info', '%POD%', 'request completed', `"req":{"id":${rid++},"method":"GET","url":"/add/${o.user}/${o.item[0]}/1","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":200},"responseTime":6,`),
    pino(T, o.min - 2.1, 'info', '%POD%', 'request completed', `"req":{"id":${rid++},"method":"GET","url":"/shipping/${o.user}","remoteAddress":"::ffff:%IPOF:shipping#0%"},"res":{"statusCode":200},"responseTime":3,`),
    pino(T, o.min + 0.4, 'info', '%POD%', 'request completed', `"req":{"id":${rid++},"method":"GET","url":"/cart/${o.user}","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":200},"responseTime":2,`),
  );
}
void cartHost;

export const scenarios = [
  withDefaults({
    folder: 's81a-payment-proxy-env-no-proxy',
    incidentTime: INC,
    description: 'robotshop checkout broken since ~14:20 — customers get an error on pay and their basket is still full, but dispatch still shows the orders coming in?? payments team pls look',
    expected: { component: 'payment', cause: 'config-error' },
    alsoAcceptable: [{ component: 'payment', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'decoy', 'team-name', 'time-expression', 'partial-name'],
    grounding: `
      Manifest facts (instana/robot-shop K8s/helm at 55292e2, SOURCES.md): payment (robotshop/rs-payment:2.1.0, Python Flask under uWSGI) calls
      http://user:8080/check/<id>, PAYMENT_GATEWAY (https://paypal.com/), publishes the order to rabbitmq, then DELETEs http://cart:8080/cart/<id>;
      read in payment/payment.py: a non-200 from the user check silently makes the buyer anonymous, a non-200 from the cart delete returns
      'order history update error' with that status, AFTER the order was queued (so dispatch still processes it).
      Fault (public pattern): a cluster-wide egress proxy injected as env by an admission policy (Kyverno mutate rule adding HTTP_PROXY/HTTPS_PROXY/NO_PROXY;
      Kyverno records it in the pod annotation policies.kyverno.io/last-applied-patches). python-requests honours HTTP_PROXY and only bypasses hosts that
      match a NO_PROXY suffix or, for IP hosts, a CIDR; the short Service names 'user' and 'cart' match neither '.svc' nor '.cluster.local', so both calls
      go to the corporate squid, which cannot resolve them and answers 503 (ERR_DNS_FAIL). The paypal call works through the proxy, rabbitmq (AMQP) is not
      proxied, so orders reach dispatch while every checkout answers 503 and the cart is never emptied. The value is read, never rejected at start.
      Timeline: the payment pod was deleted at 14:18 so that it would pick up the proxy (the platform team's change), the ReplicaSet recreated it and the
      policy mutated it: the pod spec carries the three env vars, the ReplicaSet and Deployment templates do not (no rollout, revision unchanged).
      Deviations from upstream: the Kyverno annotation and the injected env on the payment pod; the web nginx access log is written in the combined format;
      uWSGI banner abbreviated. Decoy: shipping (Java) OOMKilled three days ago and running since; cart and user are healthy and log normally.
    `,
    workloads: {
      payment: {
        pods: [
          {
            node: N2,
            created: T.iso(CREATED),
            readyTransition: T.iso(CREATED + 0.3),
            specOverride: { containers: [{ ...payBase, env: [...payBase.env, ...PROXY_ENV] }] },
            containers: { payment: cs.running(T.iso(CREATED + 0.2)) },
          },
        ],
      },
      shipping: {
        pods: [
          {
            node: N1,
            containers: {
              shipping: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3 + 0.1),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'rs:payment', reason: 'SuccessfulCreate', message: 'Created pod: %PODNAME:payment#0%', first: CREATED, last: CREATED },
      { on: 'pod:payment#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: CREATED, last: CREATED },
      { on: 'pod:payment#0', fieldPath: 'spec.containers{payment}', reason: 'Pulled', message: 'Container image "robotshop/rs-payment:2.1.0" already present on machine', first: CREATED + 0.05, last: CREATED + 0.05 },
      { on: 'pod:payment#0', fieldPath: 'spec.containers{payment}', reason: 'Created', message: 'Created container payment', first: CREATED + 0.1, last: CREATED + 0.1 },
      { on: 'pod:payment#0', fieldPath: 'spec.containers{payment}', reason: 'Started', message: 'Started container payment', first: CREATED + 0.15, last: CREATED + 0.15 },
    ],
    logs: {
      'payment#0/payment': payLog,
      'web#0/web': webLog,
      'dispatch#0/dispatch': dispatchLog,
      'cart#0/cart': cartLog,
    },
  }),
];

/** Post-processing the kit cannot express (scripts/s81a-build.mjs): Kyverno's annotation on the mutated pod. */
export const podAnnotations = {
  's81a-payment-proxy-env-no-proxy': {
    'payment#0': {
      'policies.kyverno.io/last-applied-patches': 'inject-egress-proxy.add-proxy-env.kyverno.io: added /spec/containers/0/env/1\ninject-egress-proxy.add-proxy-env.kyverno.io: added /spec/containers/0/env/2\ninject-egress-proxy.add-proxy-env.kyverno.io: added /spec/containers/0/env/3\n',
    },
  },
};
