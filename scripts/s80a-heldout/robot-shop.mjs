// Blind held-out batch s80a: one Robot Shop scenario (split test) on the kit system definition
// scripts/kit-systems/robot-shop.mjs (instana/robot-shop K8s/helm at 55292e2); built by scripts/s80a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const T = clock('2026-05-08T19:42:00Z');
const NODE1 = 'ip-10-1-1-84.eu-west-1.compute.internal';
// nginx: error_log to stderr, combined access_log to stdout, both in the container log.
const pad = (n) => String(n).padStart(2, '0');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const clf = (min) => { const d = new Date(T.isoMs(min)); return `${pad(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`; };
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const acc = (min, client, req, status, bytes) => `${client} - - [${clf(min)}] "${req} HTTP/1.1" ${status} ${bytes} "https://shop.robot-shop.example/" "${UA}" "-"`;
const nerr = (min, n, msg, client, req, path) => `${T.go(min)} [error] 29#29: *${n} ${msg}, client: ${client}, server: localhost, request: "${req} HTTP/1.1", upstream: "http://%SVCIP:cart%:8080${path}", host: "shop.robot-shop.example", referrer: "https://shop.robot-shop.example/"`;
const flask = (min, level, msg) => `[${T.java(min).replace('.', ',')}] ${level} in payment: ${msg}`;
const uwsgi = (min, n, ip, method, path, bytes, ms, status) => {
  const d = new Date(T.isoMs(min));
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  return `[pid: 8|app: 0|req: ${n}/${n * 2 + 3}] ${ip} () {48 vars in 702 bytes} [${day} ${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${d.getUTCFullYear()}] ${method} ${path} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${status}) 2 headers in 80 bytes (1 switches on core 0)`;
};
const reqDone = (min, host, id, method, url, status, rt) =>
  pino(T, min, 'info', host, 'request completed', `"req":{"id":${id},"method":"${method}","url":"${url}","headers":{"host":"cart:8080","user-agent":"${UA}","x-instana-t":"6c0f${id}a91e"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${40000 + id}},"res":{"statusCode":${status},"headers":{"x-powered-by":"Express","timing-allow-origin":"*","access-control-allow-origin":"*","content-type":"application/json; charset=utf-8"}},"responseTime":${rt},`);
const cartRun = (start, n0) => [
  pino(T, start, 'info', '%POD%', 'Started on port'),
  pino(T, start + 0.01, 'info', '%POD%', 'Redis READY'),
  ...Array.from({ length: 14 }, (_, i) => reqDone(start + 0.1 + i * 0.045, '%POD%', n0 + i, 'GET', i % 3 === 0 ? `/add/anonymous-${4411 + i}/HAL-1/1` : `/cart/anonymous-${4411 + i}`, 200, 18 + (i * 37) % 190)),
  pino(T, start + 0.75, 'info', '%POD%', 'saving cart', `"total":1499.98,"tax":249.99666666666667,"items":[{"qty":2,"sku":"HAL-1","name":"HAL","price":749.99,"subtotal":1499.98}],`),
  ...Array.from({ length: 6 }, (_, i) => reqDone(start + 0.8 + i * 0.06, '%POD%', n0 + 20 + i, 'GET', `/add/anonymous-${4511 + i}/Watson/1`, 200, 340 + i * 210)),
];

export const scenarios = [
  withDefaults({
    folder: 's80a-add-to-cart-spinning-after-newsletter',
    incidentTime: '2026-05-08T19:42:00Z',
    description: 'robot shop: since the newsletter went out (~19:15) "add to cart" spins/fails and payment is throwing 500s. catalogue pages load fine',
    expected: { component: 'cart', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'cart', cause: 'crash-loop' }, { component: 'cart', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (K8s/helm at 55292e2): cart is one replica of robotshop/rs-cart:2.1.0 (Node.js, express, pino,
      @instana/collector loaded in-process) with requests 100m/50Mi and limits 200m/100Mi and no probes; web proxies
      /api/cart/ to http://cart:8080/ and payment calls cart (CART_HOST) to delete the cart after an order.
      Fault: a newsletter at 19:15Z multiplies traffic; each cart process keeps many requests in flight (catalogue lookups,
      JSON carts, express-pino-logger request objects) and its resident memory climbs past the 100Mi limit, so the kernel
      OOM-kills node (exit 137, reason OOMKilled) within a minute or two of every start; after five restarts the kubelet backs
      off (CrashLoopBackOff). Grounded in the common Node.js-in-a-tight-cgroup failure (the V8 heap and the collector's native
      memory are not sized to the container limit). While the pod is down the cart Service has no ready endpoint, nginx gets
      connection refused (111) or a connection closed mid-response, payment gets ConnectionError for the cart delete.
      Decoy: ratings rolled out 2.1.0 -> 2.1.1 two hours earlier and is healthy. Deviations from upstream: the rs-ratings:2.1.1
      tag, the public host name in nginx's logs.
    `,
    workloads: {
      cart: {
        pods: [{
          node: NODE1,
          containers: {
            cart: cs.crashLoop({ restarts: 5, exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-3.6), finishedAt: T.iso(-2.4), backoff: '2m40s', container: 'cart' }),
          },
        }],
      },
      ratings: {
        rollout: { at: -128, revision: 4, oldContainers: { ratings: { image: 'robotshop/rs-ratings:2.1.0' } } },
        containers: { ratings: { image: 'robotshop/rs-ratings:2.1.1' } },
      },
    },
    events: [
      { on: 'pod:cart#0', type: 'Warning', reason: 'BackOff', fieldPath: 'spec.containers{cart}', message: 'Back-off restarting failed container cart in pod %POD%_robot-shop(%PODUID%)', first: -17, last: -0.4, count: 14 },
      { on: 'pod:cart#0', reason: 'Pulled', fieldPath: 'spec.containers{cart}', message: 'Container image "robotshop/rs-cart:2.1.0" already present on machine', first: -24, last: -3.6, count: 5 },
      { on: 'pod:cart#0', reason: 'Created', fieldPath: 'spec.containers{cart}', message: 'Created container cart', first: -24, last: -3.6, count: 5 },
      { on: 'pod:cart#0', reason: 'Started', fieldPath: 'spec.containers{cart}', message: 'Started container cart', first: -24, last: -3.6, count: 5 },
      { on: 'deploy:ratings', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-%NEW% to 1', first: -128 },
      { on: 'deploy:ratings', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-%OLD% to 0 from 1', first: -127.2 },
      { on: 'pod:ratings#0', reason: 'Pulled', fieldPath: 'spec.containers{ratings}', message: 'Successfully pulled image "robotshop/rs-ratings:2.1.1" in 6.214s (6.214s including waiting). Image size: 152340871 bytes.', first: -127.8 },
    ],
    logs: {
      'cart#0/cart/previous': cartRun(-3.6, 1),
      'cart#0/cart': cartRun(-3.6, 1),
      'web#0/web': [
        acc(-30, '10.1.2.18', 'GET /api/catalogue/products', 200, 2311),
        acc(-29.8, '10.1.2.18', 'GET /api/cart/add/anonymous-4102/HAL-1/1', 200, 112),
        acc(-25, '10.1.3.77', 'GET /api/catalogue/categories', 200, 41),
        nerr(-23.6, 81233, 'upstream prematurely closed connection while reading response header from upstream', '10.1.3.77', 'GET /api/cart/add/anonymous-4307/Watson/1', '/add/anonymous-4307/Watson/1'),
        acc(-23.6, '10.1.3.77', 'GET /api/cart/add/anonymous-4307/Watson/1', 502, 157),
        nerr(-23.5, 81240, 'connect() failed (111: Connection refused) while connecting to upstream', '10.1.1.40', 'GET /api/cart/cart/anonymous-4290', '/cart/anonymous-4290'),
        acc(-23.5, '10.1.1.40', 'GET /api/cart/cart/anonymous-4290', 502, 157),
        acc(-18, '10.1.2.18', 'GET /api/catalogue/product/K9', 200, 289),
        acc(-14.1, '10.1.3.77', 'GET /api/ratings/api/fetch/K9', 200, 44),
        nerr(-11.3, 84102, 'upstream prematurely closed connection while reading response header from upstream', '10.1.2.18', 'GET /api/cart/add/anonymous-4480/EPE/1', '/add/anonymous-4480/EPE/1'),
        acc(-11.3, '10.1.2.18', 'GET /api/cart/add/anonymous-4480/EPE/1', 502, 157),
        nerr(-9.8, 84377, 'connect() failed (111: Connection refused) while connecting to upstream', '10.1.1.40', 'GET /api/cart/add/anonymous-4492/HAL-1/1', '/add/anonymous-4492/HAL-1/1'),
        acc(-9.8, '10.1.1.40', 'GET /api/cart/add/anonymous-4492/HAL-1/1', 502, 157),
        acc(-6.0, '10.1.3.77', 'GET /api/catalogue/products', 200, 2311),
        acc(-5.2, '10.1.2.18', 'GET /api/cart/cart/anonymous-4501', 200, 180),
        nerr(-2.4, 85920, 'upstream prematurely closed connection while reading response header from upstream', '10.1.3.77', 'GET /api/cart/add/anonymous-4517/Watson/1', '/add/anonymous-4517/Watson/1'),
        acc(-2.4, '10.1.3.77', 'GET /api/cart/add/anonymous-4517/Watson/1', 502, 157),
        nerr(-1.1, 86011, 'connect() failed (111: Connection refused) while connecting to upstream', '10.1.2.18', 'GET /api/cart/cart/anonymous-4522', '/cart/anonymous-4522'),
        acc(-1.1, '10.1.2.18', 'GET /api/cart/cart/anonymous-4522', 502, 157),
        acc(-0.8, '10.1.2.18', 'GET /api/catalogue/categories', 200, 41),
      ],
      'payment#0/payment': [
        uwsgi(-33, 2211, '%IPOF:web#0%', 'POST', '/pay/anonymous-4011', 52, 148, 200),
        flask(-23.2, 'ERROR', "HTTPConnectionPool(host='cart', port=8080): Max retries exceeded with url: /cart/anonymous-4301 (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f1c3b2e5a90>: Failed to establish a new connection: [Errno 111] Connection refused'))"),
        uwsgi(-23.2, 2240, '%IPOF:web#0%', 'POST', '/pay/anonymous-4301', 208, 61, 500),
        flask(-9.7, 'ERROR', "HTTPConnectionPool(host='cart', port=8080): Max retries exceeded with url: /cart/anonymous-4470 (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f1c3b1d2f10>: Failed to establish a new connection: [Errno 111] Connection refused'))"),
        uwsgi(-9.7, 2266, '%IPOF:web#0%', 'POST', '/pay/anonymous-4470', 208, 57, 500),
        flask(-1.0, 'ERROR', "('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))"),
        uwsgi(-1.0, 2281, '%IPOF:web#0%', 'POST', '/pay/anonymous-4509', 91, 1204, 500),
      ],
      'catalogue#0/catalogue': [
        pino(T, -20, 'info', '%POD%', 'request completed', '"req":{"id":91822,"method":"GET","url":"/product/Watson"},"res":{"statusCode":200},"responseTime":4,'),
        pino(T, -8, 'info', '%POD%', 'request completed', '"req":{"id":93410,"method":"GET","url":"/products"},"res":{"statusCode":200},"responseTime":9,'),
        pino(T, -1.5, 'info', '%POD%', 'request completed', '"req":{"id":94102,"method":"GET","url":"/product/HAL-1"},"res":{"statusCode":200},"responseTime":3,'),
      ],
    },
  }),
];
