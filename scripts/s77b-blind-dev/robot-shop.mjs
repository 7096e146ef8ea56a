// Blind dev batch s77b: one Stan's Robot Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs), built by scripts/s77b-build.mjs.
// catalogue's Node process blocks on a stdout pipe its containerd-shim stopped draining: pod Ready, its log just stops, web's 504s are loud.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const INC = '2026-04-07T10:58:00Z';
const T = clock(INC);
const N2 = 'ip-10-1-3-206.eu-west-1.compute.internal';
const HANG = -24.2; // 10:33:48

// express-pino-logger "request completed" as catalogue/cart/user print it (pino 5, useLevelLabels).
let reqId = 48120;
const done = (min, svc, method, url, status, rt, remote) =>
  pino(T, min, 'info', '%POD%', 'request completed',
    `"req":{"id":${reqId++},"method":"${method}","url":"${url}","headers":{"host":"${svc}:8080","connection":"close"},"remoteAddress":"::ffff:${remote}","remotePort":${40000 + (reqId * 37) % 20000}},"res":{"statusCode":${status},"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8"}},"responseTime":${rt},`);

const SKUS = ['Watson', 'Ewooid', 'HPTD', 'UHJ', 'EMM', 'SHCE', 'RED', 'RMC', 'STAN-1', 'CNA'];
const cat = [
  pino(T, -60 * 24 * 9 + 0.4, 'info', '%POD%', 'Started on port 8080'),
  pino(T, -60 * 24 * 9 + 0.45, 'info', '%POD%', 'MongoDB connected'),
];
for (let m = -59; m < HANG; m += 0.21) {
  const k = Math.round(Math.abs(m * 100)) % 4;
  cat.push(k === 0 ? done(m, 'catalogue', 'GET', '/products', 200, 3 + (reqId % 4), '%IPOF:web#0%')
    : k === 1 ? done(m, 'catalogue', 'GET', '/categories', 200, 2, '%IPOF:web#0%')
      : k === 2 ? done(m, 'catalogue', 'GET', `/product/${SKUS[reqId % 10]}`, 200, 2, '%IPOF:cart#0%')
        : done(m, 'catalogue', 'GET', '/health', 200, 1, '%IPOF:web#0%'));
}

const cart = [pino(T, -60 * 24 * 9 + 0.4, 'info', '%POD%', 'Redis connected'), pino(T, -60 * 24 * 9 + 0.41, 'info', '%POD%', 'started on port 8080')];
for (let m = -59; m < -0.3; m += 0.9) {
  const id = `${Math.floor(Math.abs(m * 977)) % 9000 + 1000}`;
  cart.push(done(m, 'cart', 'GET', `/cart/${id}`, 200, 2, '%IPOF:web#0%'));
  if (m < HANG) cart.push(done(m + 0.05, 'cart', 'GET', `/add/${id}/${SKUS[reqId % 10]}/1`, 200, 9, '%IPOF:web#0%'));
}

const user = [pino(T, -60 * 24 * 9 + 0.4, 'info', '%POD%', 'Started on port 8080'), pino(T, -60 * 24 * 9 + 0.42, 'info', '%POD%', 'MongoDB connected'), pino(T, -60 * 24 * 9 + 0.42, 'info', '%POD%', 'Redis connected')];
for (let m = -59; m < -0.3; m += 1.3) {
  user.push(done(m, 'user', 'GET', '/uniqueid', 200, 2, '%IPOF:web#0%'));
  if (Math.round(Math.abs(m)) % 3 === 0) user.push(done(m + 0.1, 'user', 'POST', '/login', 200, 6, '%IPOF:web#0%'));
}

// web: nginx 1.x official image (access log to stdout, error log to stderr), /api/<svc>/ proxied to the Services.
const nt = (min) => { const j = T.java(min); return `${j.slice(8, 10)}/Apr/2026:${j.slice(11, 19)} +0000`; };
const ne = (min) => T.java(min).slice(0, 19).replace(/-/g, '/');
const CLIENTS = ['10.1.1.84', '10.1.2.137', '10.1.3.206'];
const UA = '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"';
const web = [];
let conn = 913400;
for (let m = -59; m < -0.3; m += 0.37) {
  const c = CLIENTS[conn % 3];
  conn++;
  if (m < HANG) {
    web.push(`${c} - - [${nt(m)}] "GET /api/catalogue/products HTTP/1.1" 200 2853 "https://shop.robotshop.example/" ${UA} "-"`);
    if (conn % 3 === 0) web.push(`${c} - - [${nt(m + 0.02)}] "GET /api/cart/add/${conn % 9000 + 1000}/${SKUS[conn % 10]}/1 HTTP/1.1" 200 311 "https://shop.robotshop.example/" ${UA} "-"`);
  } else {
    // proxy_read_timeout 60s: the request logged here started a minute earlier.
    web.push(`${ne(m)} [error] 29#29: *${conn} upstream timed out (110: Connection timed out) while reading response header from upstream, client: ${c}, server: localhost, request: "GET /api/catalogue/products HTTP/1.1", upstream: "http://%SVCIP:catalogue%:8080/products", host: "shop.robotshop.example", referrer: "https://shop.robotshop.example/"`);
    web.push(`${c} - - [${nt(m)}] "GET /api/catalogue/products HTTP/1.1" 504 167 "https://shop.robotshop.example/" ${UA} "-"`);
    if (conn % 3 === 0) {
      web.push(`${ne(m + 0.02)} [error] 29#29: *${conn + 7} upstream timed out (110: Connection timed out) while reading response header from upstream, client: ${c}, server: localhost, request: "GET /api/cart/add/${conn % 9000 + 1000}/${SKUS[conn % 10]}/1 HTTP/1.1", upstream: "http://%SVCIP:cart%:8080/add/${conn % 9000 + 1000}/${SKUS[conn % 10]}/1", host: "shop.robotshop.example", referrer: "https://shop.robotshop.example/product/${SKUS[conn % 10]}"`);
      web.push(`${c} - - [${nt(m + 0.02)}] "GET /api/cart/add/${conn % 9000 + 1000}/${SKUS[conn % 10]}/1 HTTP/1.1" 504 167 "https://shop.robotshop.example/product/${SKUS[conn % 10]}" ${UA} "-"`);
    }
  }
  if (conn % 4 === 0) web.push(`${c} - - [${nt(m + 0.03)}] "POST /api/user/login HTTP/1.1" 200 98 "https://shop.robotshop.example/login" ${UA} "-"`);
}

// mongodb (mongo:5 structured log): steady connection count, nothing else of note.
const ml = (min, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: T.isoMs(min).replace('Z', '+00:00') }, s: 'I', c, id, ctx, msg, ...(attr ? { attr } : {}) });
const mongo = [
  ml(-60 * 24 * 3 + 0.3, 'CONTROL', 23285, '-', 'Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols \'none\''),
  ml(-60 * 24 * 3 + 0.3, 'CONTROL', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host: '%POD%' }),
  ml(-60 * 24 * 3 + 0.31, 'STORAGE', 22270, 'initandlisten', 'Storage engine to use detected by data files', { dbpath: '/data/db', storageEngine: 'wiredTiger' }),
  ml(-60 * 24 * 3 + 0.35, 'NETWORK', 23015, 'listener', 'Listening on', { address: '0.0.0.0' }),
  ml(-60 * 24 * 3 + 0.35, 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
];
for (let m = -58; m < -0.5; m += 6.1) mongo.push(ml(m, 'STORAGE', 22430, 'Checkpointer', 'WiredTiger message', { message: `[${Math.floor(Date.parse(T.iso(m)) / 1000)}:${(Math.abs(m * 31337) % 999999).toFixed(0)}][1:0x7f3a1c5fe640], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: ${4100 + Math.round(-m)}, snapshot max: ${4100 + Math.round(-m)} snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 8812` }));

export const scenarios = [
  withDefaults({
    folder: 's77b-catalogue-stdout-blocked',
    incidentTime: INC,
    description: 'robot shop catalog page spins forever and add to basket times out since ~10:35. login still works, payments team says nothing changed',
    expected: { component: 'catalogue', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'callers-only', 'decoy', 'partial-name', 'time-expression'],
    workloads: {
      catalogue: { pods: [{ node: N2 }] },
      // decoy: mongodb was OOMKilled three days ago and restarted cleanly (catalogue and user reconnected then).
      mongodb: {
        pods: [{
          containers: {
            mongodb: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.25),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 3) },
            }),
          },
        }],
      },
    },
    logs: {
      'catalogue#0/catalogue': cat,
      'cart#0/cart': cart,
      'user#0/user': user,
      'web#0/web': web,
      'mongodb#0/mongodb': mongo,
    },
    grounding: `
      Manifests: instana/robot-shop K8s/helm (images robotshop/rs-*:2.1.0) as scripts/kit-systems/robot-shop.mjs renders them;
      catalogue is Node.js (express + express-pino-logger, pino 5 to stdout), has no probes upstream, and is called by web's
      nginx (/api/catalogue/ -> catalogue:8080) and by cart on every add (GET /product/<sku>, the request library with no
      timeout).
      Fault: at 10:33:48 the containerd-shim of the catalogue container on ${N2} stopped draining the container's
      stdout FIFO (the shape of containerd issues where a wedged shim stops copying a container's stdio and the process then blocks
      on its next write). Node's documentation (process I/O, "A note on process I/O") states that writes to pipes are synchronous
      on Linux, and catalogue logs every request, so once the 64 KiB pipe buffer filled the event loop blocked inside a write:
      the process is alive, the kernel still completes TCP handshakes into the listen backlog, nothing is ever answered. The pod
      stays Running and Ready (no probes), no restart, no Event; kubectl logs ends at the last line the shim copied, 10:33.
      Callers are the loud ones: web's nginx logs "upstream timed out (110: Connection timed out) while reading response header
      from upstream" and 504 for /api/catalogue/ and for /api/cart/add/ (cart waits on catalogue forever, so cart itself logs
      no error, only the requests that do not need catalogue). user, cart's other calls and mongodb are healthy; mongodb's
      connection count is steady. Expected catalogue/dependency-down: the catalogue API every browse and add depends on is hung
      while its pod looks fine.
      Decoy: mongodb's OOMKill three days ago (restartCount 1, Running since; catalogue and user reconnected then). catalogue is
      pinned to ${N2} for the story (the kit spreads pods otherwise). Deviations: the nginx host name, the user
      agent and the web log format (the official image's main format) are assumed.
    `,
  }),
];
