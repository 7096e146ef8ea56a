// Batch s52b held-out scenario for Stan's Robot Shop (split: test), written blind; built by scripts/s52b-build.mjs
// with the kit system definition scripts/kit-systems/robot-shop.mjs (withDefaults, default PVCs, pino helper).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const TI = '2026-05-20T13:05:00Z';
const T = clock(TI);
const flask = (min, level, msg) => `[${T.java(min).replace('.', ',')}] ${level} in payment: ${msg}`;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ctime = (min) => { const d = new Date(Date.parse(TI) + min * 60000); return `${DAYS[d.getUTCDay()]} ${MONS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${T.java(min).slice(11, 19)} ${d.getUTCFullYear()}`; };
const clf = (min) => { const d = new Date(Date.parse(TI) + min * 60000); return `${String(d.getUTCDate()).padStart(2, '0')}/${MONS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${T.java(min).slice(11, 19)} +0000`; };
const uwsgi = (min, n, ip, path, bytes, ms, status) => `[pid: 9|app: 0|req: ${n}/${n * 2 + 1}] ${ip} () {40 vars in 612 bytes} [${ctime(min)}] POST ${path} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${status}) 2 headers in ${status === 200 ? 80 : 82} bytes (1 switches on core 0)`;
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const users = ['anonymous-1716209117421', 'anonymous-1716209342118', 'rkeller', 'anonymous-1716209505877', 'mbauer', 'anonymous-1716209630092'];
const cart = (u) => `{'total': 3299.98, 'tax': 549.997, 'items': [{'qty': 2, 'sku': 'Watson', 'name': 'Watson', 'price': 1649.99, 'subtotal': 3299.98}], 'user': '${u}'}`;

function paymentLogs() {
  const out = [];
  let n = 1711;
  for (let m = -48; m < -26; m += 3.1) {
    const u = users[n % users.length];
    out.push(flask(m, 'INFO', `payment for ${u}`), flask(m, 'INFO', cart(u)), flask(m + 0.005, 'INFO', 'https://paypal.com/ returned 200'),
      flask(m + 0.006, 'INFO', 'queue order'), flask(m + 0.006, 'INFO', "msg headers {'X-Instana-T': '8f1c2e7a9b3d4f60', 'X-Instana-S': '3a9d5e1f7c2b8a40', 'X-Instana-L': '1'}"),
      flask(m + 0.007, 'INFO', 'order history returned 200'), flask(m + 0.008, 'INFO', 'cart delete returned 200'),
      uwsgi(m + 0.008, n, '%IPOF:web#0%', `/pay/${u}`, 49, 512, 200));
    n++;
  }
  for (let m = -25.4; m < -0.3; m += 1.6) {
    const u = users[n % users.length];
    out.push(flask(m, 'INFO', `payment for ${u}`), flask(m, 'INFO', cart(u)));
    if (n % 7 === 0) {
      out.push(flask(m + 0.02, 'INFO', 'https://paypal.com/ returned 200'), flask(m + 0.021, 'INFO', 'queue order'),
        flask(m + 0.022, 'INFO', 'order history returned 200'), flask(m + 0.023, 'INFO', 'cart delete returned 200'),
        uwsgi(m + 0.023, n, '%IPOF:web#0%', `/pay/${u}`, 49, 1408, 200));
    } else {
      out.push(flask(m + 0.03, 'INFO', 'https://paypal.com/ returned 503'), uwsgi(m + 0.03, n, '%IPOF:web#0%', `/pay/${u}`, 13, 1874 + (n % 5) * 311, 503));
    }
    n++;
  }
  return out;
}

function webLogs() {
  const out = [];
  let n = 0;
  for (let m = -30; m < -0.3; m += 0.9) {
    n++;
    const ip = `10.1.${(n % 3) + 1}.${40 + (n % 17)}`;
    out.push(`${ip} - - [${clf(m)}] "GET /api/catalogue/products HTTP/1.1" 200 2287 "https://shop.robotshop.example/" "${UA}"`);
    if (n % 3 === 0) out.push(`${ip} - - [${clf(m + 0.05)}] "GET /api/cart/cart/${users[n % users.length]} HTTP/1.1" 200 214 "https://shop.robotshop.example/" "${UA}"`);
    if (n % 2 === 0 && m > -25.4) {
      const ok = n % 14 === 0;
      out.push(`${ip} - - [${clf(m + 0.1)}] "POST /api/payment/pay/${users[n % users.length]} HTTP/1.1" ${ok ? 200 : 503} ${ok ? 49 : 13} "https://shop.robotshop.example/" "${UA}"`);
    }
  }
  return out;
}

export const scenarios = [
  withDefaults({
    folder: 's52b-payment-gateway-503',
    description: 'robot shop checkout: most payments fail, customers complaining at the pay step for ~25 min',
    incidentTime: TI,
    expected: { component: 'payment-gateway', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'payment', cause: 'external-dependency' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'external-dependency-failure', 'callers-only', 'time-expression', 'decoy'],
    grounding: `
      Robot Shop 2.1.0 (instana/robot-shop K8s/helm): payment is the Python Flask service (robotshop/rs-payment:2.1.0
      under uwsgi, port 8080, limits 200m/100Mi) whose /pay/<id> handler first makes a GET to its PAYMENT_GATEWAY
      (default https://paypal.com/), logs "<gateway> returned <status>" and answers 'payment error' with the gateway's
      status when it is not 200, before queueing the order on RabbitMQ and calling user and cart. Here the gateway
      answers 503 to most requests for 25 minutes (a third-party outage; PayPal's status page records such partial
      503 incidents): payment's uwsgi request lines show HTTP 503 with 13-byte bodies, the web nginx access log
      shows POST /api/payment/pay/... 503, no order reaches rabbitmq or dispatch. Every pod is Running and Ready, no
      event names payment; the Flask log formatter is the default "[asctime] LEVEL in module: message". Decoy: a
      catalogue rollout 50 minutes earlier (memory limit raised from 100Mi to 200Mi) that completed healthily.
    `,
    workloads: {
      catalogue: {
        rollout: { at: -50, oldReplicas: 0, oldContainers: { catalogue: { resources: { limits: { cpu: '200m', memory: '100Mi' }, requests: { cpu: '100m', memory: '50Mi' } } } } },
        containers: { catalogue: { resources: { limits: { cpu: '200m', memory: '200Mi' }, requests: { cpu: '100m', memory: '100Mi' } } } },
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -50, last: -50 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -49.2, last: -49.2 },
      { on: 'pod:catalogue#0', reason: 'Pulled', fieldPath: 'spec.containers{catalogue}', message: 'Container image "robotshop/rs-catalogue:2.1.0" already present on machine', first: -49.8, last: -49.8 },
      { on: 'pod:catalogue#0', reason: 'Started', fieldPath: 'spec.containers{catalogue}', message: 'Started container catalogue', first: -49.7, last: -49.7 },
    ],
    logs: {
      'payment#0/payment': paymentLogs(),
      'web#0/web': webLogs(),
      'catalogue#0/catalogue': [
        pino(T, -49.6, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -49.6, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -2.1, 'info', '%POD%', 'request completed', '"req":{"id":4821,"method":"GET","url":"/products","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":200},"responseTime":4,'),
      ],
    },
  }),
];
