// Blind dev batch s67b: a Robot Shop scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// catalogue's Node.js event loop blocked by a backtracking regular expression: pods Ready, callers (web, cart) loud.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export { defaultPvcs };

const INCIDENT = '2026-05-19T09:58:00Z';
const T = clock(INCIDENT);
const F = -18; // first request that never returns (09:40)

const CAT_IMAGE = 'robotshop/rs-catalogue:2.1.0-search2';
const SKUS = ['Watson', 'Ewooid', 'HPTD', 'UHJ', 'EPE', 'EMM', 'SHCE', 'RED', 'RMC', 'STAN-1', 'CNA', 'K9'];
const CATS = ['Artificial%20Intelligence', 'Robot'];

// express-pino-logger "request completed" line (pino 5, useLevelLabels) as catalogue and cart print it.
let reqId = 48210;
const reqLine = (min, host, method, url, from, status, ms, svc, extra = '') =>
  pino(T, min, 'info', host,
    'request completed',
    `"req":{"id":${reqId++},"method":"${method}","url":"${url}","headers":{"host":"${svc}:8080","connection":"close"},"remoteAddress":"::ffff:${from}","remotePort":${40000 + ((reqId * 37) % 20000)}},"res":{"statusCode":${status},"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8"}},"responseTime":${ms},${extra}`);

// catalogue: requests from web (nginx) and cart until 09:40, then silence; nothing restarts.
const catalogueLog = [
  pino(T, -60 * 24 * 6 + 0.4, 'info', '%POD%', 'Started on port 8080'),
  pino(T, -60 * 24 * 6 + 0.4, 'info', '%POD%', 'MongoDB connected'),
];
for (let m = -30; m < F; m += 0.35) {
  const i = Math.round((m + 30) * 10);
  if (i % 4 === 0) catalogueLog.push(reqLine(m, '%POD%', 'GET', `/product/${SKUS[i % SKUS.length]}`, '%IPOF:cart#0%', 200, 3 + (i % 5), 'catalogue'));
  else if (i % 4 === 1) catalogueLog.push(reqLine(m, '%POD%', 'GET', '/categories', '%IPOF:web#0%', 200, 2 + (i % 3), 'catalogue'));
  else if (i % 4 === 2) catalogueLog.push(reqLine(m, '%POD%', 'GET', `/products/${CATS[i % 2]}`, '%IPOF:web#0%', 200, 4 + (i % 6), 'catalogue'));
  else catalogueLog.push(reqLine(m, '%POD%', 'GET', `/search/${['robot', 'vacuum', 'arm'][i % 3]}`, '%IPOF:web#0%', 200, 9 + (i % 7), 'catalogue'));
}

// cart: its `request` call to catalogue has no timeout; once catalogue's accept backlog is full, connects time out.
const cartLog = [
  pino(T, -60 * 24 * 9 + 0.4, 'info', '%POD%', 'Started on port 8080'),
  pino(T, -60 * 24 * 9 + 0.4, 'info', '%POD%', 'Redis READY'),
];
for (let m = -30; m < F; m += 1.1) {
  const sku = SKUS[Math.round(-m) % SKUS.length];
  cartLog.push(pino(T, m, 'info', '%POD%', 'got product', `"req":{"id":${reqId++},"method":"GET","url":"/add/anonymous-${Math.round(-m * 131)}/${sku}/1","remoteAddress":"::ffff:%IPOF:web#0%"},`));
  cartLog.push(pino(T, m + 0.02, 'info', '%POD%', 'saving cart'));
  cartLog.push(reqLine(m + 0.02, '%POD%', 'GET', `/add/anonymous-${Math.round(-m * 131)}/${sku}/1`, '%IPOF:web#0%', 200, 14, 'cart'));
}
for (let m = F + 0.4; m < -0.5; m += 1.3) {
  const sku = SKUS[Math.round(-m * 3) % SKUS.length];
  if (m > F + 6) {
    const err = `"err":{"type":"Error","message":"connect ETIMEDOUT %SVCIP:catalogue%:8080","stack":"Error: connect ETIMEDOUT %SVCIP:catalogue%:8080\\n    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1107:14)","errno":"ETIMEDOUT","code":"ETIMEDOUT","syscall":"connect","address":"%SVCIP:catalogue%","port":8080},`;
    cartLog.push(pino(T, m, 'error', '%POD%', 'connect ETIMEDOUT %SVCIP:catalogue%:8080', `"req":{"id":${reqId++},"method":"GET","url":"/add/anonymous-${Math.round(-m * 97)}/${sku}/1","remoteAddress":"::ffff:%IPOF:web#0%"},${err}`));
    cartLog.push(reqLine(m, '%POD%', 'GET', `/add/anonymous-${Math.round(-m * 97)}/${sku}/1`, '%IPOF:web#0%', 500, 130421 + Math.round(-m * 11), 'cart'));
  }
  cartLog.push(reqLine(m + 0.3, '%POD%', 'GET', `/cart/anonymous-${Math.round(-m * 53)}`, '%IPOF:web#0%', 200, 2, 'cart'));
}

// web (nginx): access log on stdout, error log on stderr; proxy_read_timeout 60s.
const ngxTime = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${String(d.getUTCDate()).padStart(2, '0')}/${mon}/${d.getUTCFullYear()}:${T.hm(min)}:${T.go(min).slice(17)} +0000`;
};
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const LB = ['10.1.1.37', '10.1.2.201', '10.1.3.118'];
let conn = 731204;
const access = (min, path, status, bytes, i) => `${LB[i % 3]} - - [${ngxTime(min)}] "GET ${path} HTTP/1.1" ${status} ${bytes} "https://shop.robotshop.example/" "${UA}" "-"`;
const upstreamErr = (min, path, svc, upath, i) =>
  `${T.go(min)} [error] 29#29: *${conn++} upstream timed out (110: Connection timed out) while reading response header from upstream, client: ${LB[i % 3]}, server: localhost, request: "GET ${path} HTTP/1.1", upstream: "http://%SVCIP:${svc}%:8080${upath}", host: "shop.robotshop.example", referrer: "https://shop.robotshop.example/"`;
const webLog = [];
for (let m = -30; m < -0.3; m += 0.5) {
  const i = Math.round((m + 30) * 2);
  if (m < F) {
    webLog.push(access(m, '/api/catalogue/categories', 200, 98, i));
    webLog.push(access(m + 0.1, `/api/catalogue/products/${CATS[i % 2]}`, 200, 2311, i + 1));
    if (i % 2 === 0) webLog.push(access(m + 0.2, `/api/cart/add/anonymous-${i * 7}/${SKUS[i % SKUS.length]}/1`, 200, 412, i + 2));
  } else if (m >= F + 1) {
    webLog.push(upstreamErr(m, '/api/catalogue/categories', 'catalogue', '/categories', i));
    webLog.push(access(m, '/api/catalogue/categories', 504, 494, i));
    webLog.push(upstreamErr(m + 0.05, `/api/catalogue/products/${CATS[i % 2]}`, 'catalogue', `/products/${CATS[i % 2]}`, i + 1));
    webLog.push(access(m + 0.05, `/api/catalogue/products/${CATS[i % 2]}`, 504, 494, i + 1));
    if (i % 3 === 0) {
      webLog.push(upstreamErr(m + 0.1, `/api/cart/add/anonymous-${i * 7}/${SKUS[i % SKUS.length]}/1`, 'cart', `/add/anonymous-${i * 7}/${SKUS[i % SKUS.length]}/1`, i + 2));
      webLog.push(access(m + 0.1, `/api/cart/add/anonymous-${i * 7}/${SKUS[i % SKUS.length]}/1`, 504, 494, i + 2));
    }
  }
  webLog.push(access(m + 0.15, `/api/user/uniqueid`, 200, 45, i + 1));
  if (i % 4 === 0) webLog.push(access(m + 0.25, `/api/ratings/api/fetch/${SKUS[i % SKUS.length]}`, 200, 34, i));
  if (i % 5 === 0) webLog.push(access(m + 0.3, `/api/cart/cart/anonymous-${i * 3}`, 200, 212, i));
}

const mongoLog = [];
for (let m = -30; m < -0.5; m += 1) {
  mongoLog.push(`{"t":{"$date":"${T.isoMs(m).replace('Z', '+00:00')}"},"s":"I","c":"STORAGE","id":22430,"ctx":"Checkpointer","msg":"WiredTiger message","attr":{"message":"[${Math.floor(Date.parse(T.isoMs(m)) / 1000)}:${(412000 + Math.round(-m) * 17) % 999999}][1:0x7f5d1e3b8700], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: ${88210 - Math.round(m)}, snapshot max: ${88210 - Math.round(m)} snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 1"}}`);
}

const shippingLog = [
  `${T.java(-60 * 72 + 0.5)}  INFO 1 --- [           main] com.instana.robotshop.shipping.Main      : Started Main in 21.331 seconds (JVM running for 23.904)`,
  `${T.java(-60 * 72 + 0.6)}  INFO 1 --- [nio-8080-exec-1] o.s.web.servlet.DispatcherServlet        : Completed initialization in 12 ms`,
];

export const scenarios = [
  withDefaults({
    folder: 's67b-catalogue-event-loop-blocked',
    incidentTime: INCIDENT,
    description: 'robot shop product pages just spin since ~9:40, add to basket times out too. mongo dashboards look fine, login still works',
    expected: { component: 'catalogue', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'catalogue', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'time-expression', 'decoy'],
    workloads: {
      catalogue: { containers: { catalogue: { image: CAT_IMAGE } }, since: -60 * 24 * 6 },
      shipping: {
        pods: [{
          containers: {
            shipping: cs.restartedRunning({
              restarts: 1,
              startedAt: T.iso(-60 * 72),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 72 - 0.1) },
            }),
          },
        }],
      },
    },
    events: [],
    logs: {
      'catalogue#0/catalogue': catalogueLog,
      'cart#0/cart': cartLog,
      'web#0/web': webLog,
      'mongodb#0/mongodb': mongoLog,
      'shipping#0/shipping': shippingLog,
    },
    grounding: `
      Manifest facts (instana/robot-shop K8s/helm at 55292e2): catalogue is one Node.js (express, express-pino-logger, pino 5
      useLevelLabels) pod with no readiness or liveness probe, so a blocked process stays Ready and in the Endpoints; web is
      nginx with proxy_pass http://\${CATALOGUE_HOST}:8080/ and http://\${CART_HOST}:8080/ (default proxy_read_timeout 60s);
      cart/server.js getProduct() calls http://catalogue:8080/product/<sku> with the request library and no timeout, and logs
      req.log.error(err) then answers 500.
      Fault: the Stack Exchange outage of 20 July 2016 and Cloudflare's of 2 July 2019 — a regular expression with catastrophic
      backtracking pins a single-threaded runtime at 100% CPU. Here catalogue's /search handler runs a regex over product
      names in-process; one pathological search at 09:40 blocks the event loop for good: no more log lines from catalogue, no
      restart (no probe), the kernel accept backlog (511) fills, nginx returns 504 "upstream timed out" for every
      /api/catalogue/ call and for /api/cart/add (cart waits on catalogue), and cart's connects to the catalogue Service time
      out (connect ETIMEDOUT) once the backlog is full. user, ratings and the cart reads still answer. mongod is healthy.
      Decoy: shipping's JVM was OOMKilled three days ago (restartCount 1) and has been fine since.
      Deviations from upstream: catalogue runs an in-house build rs-catalogue:2.1.0-search2 (six days old, a prefix search by
      regular expression instead of upstream's MongoDB $text search); the incident is that build's latent bug hit by input,
      not its rollout. Log volumes are sampled.`,
  }),
];
