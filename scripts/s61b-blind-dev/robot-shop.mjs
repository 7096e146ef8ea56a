// Batch s61b (blind dev): one Stan's Robot Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// Fault: a runaway Lua script keeps redis busy (BUSY replies), cart and user are the loud callers.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const INC = '2026-05-12T10:52:00Z';
const T = clock(INC);
const redisTs = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  return `${String(d.getUTCDate()).padStart(2, '0')} ${mon} ${T.isoMs(min).slice(11, 23)}`;
};
const nginxTs = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  return `${String(d.getUTCDate()).padStart(2, '0')}/${mon}/${d.getUTCFullYear()}:${T.isoMs(min).slice(11, 19)} +0000`;
};
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const range = (from, to, step) => { const out = []; for (let m = from; m < to; m += step) out.push(Math.round(m * 1000) / 1000); return out; };

// cart (pino 5 through express-pino-logger): `req.log.error('ERROR', err)` drops the error argument (no placeholder).
const cartReq = (id, method, url, port) =>
  `"req":{"id":${id},"method":"${method}","url":"${url}","headers":{"host":"cart:8080","x-real-ip":"10.1.1.84","x-forwarded-for":"10.1.1.84","connection":"close","user-agent":"${UA}","accept":"application/json, text/plain, */*"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${port}},`;
const cartLog = [
  pino(T, -60 * 24 * 4 + 0.4, 'info', '%POD%', 'Redis READY'),
  pino(T, -60 * 24 * 4 + 0.4, 'info', '%POD%', 'Started on port 8080'),
];
let reqId = 48213;
for (const m of range(-40, -24.2, 1.7)) {
  const anon = `anonymous-${41870 + Math.round(-m)}`;
  cartLog.push(pino(T, m, 'info', '%POD%', 'request completed', `${cartReq(reqId++, 'GET', `/cart/${anon}`, 41000 + Math.round(-m * 13))}"res":{"statusCode":200,"headers":{"x-powered-by":"Express","timing-allow-origin":"*","access-control-allow-origin":"*","content-type":"application/json; charset=utf-8","content-length":"118"}},"responseTime":3,`));
}
for (const m of range(-23.7, -0.3, 0.9)) {
  const anon = `anonymous-${41870 + Math.round(-m)}`;
  const add = Math.round(-m * 10) % 3 === 0;
  const url = add ? `/add/${anon}/HAL-1/1` : `/cart/${anon}`;
  cartLog.push(pino(T, m, 'error', '%POD%', 'ERROR', cartReq(reqId, 'GET', url, 42000 + Math.round(-m * 11))));
  cartLog.push(pino(T, m + 0.002, 'info', '%POD%', 'request completed', `${cartReq(reqId++, 'GET', url, 42000 + Math.round(-m * 11))}"res":{"statusCode":500,"headers":{"x-powered-by":"Express","timing-allow-origin":"*","access-control-allow-origin":"*","content-type":"application/json; charset=utf-8","content-length":"131"}},"responseTime":2,`));
}

const userLog = [
  pino(T, -60 * 24 * 9 + 0.3, 'info', '%POD%', 'Redis READY'),
  pino(T, -60 * 24 * 9 + 0.3, 'info', '%POD%', 'MongoDB connected'),
  pino(T, -60 * 24 * 9 + 0.3, 'info', '%POD%', 'Started on port 8080'),
];
for (const m of range(-22.9, -0.5, 3.1)) {
  userLog.push(pino(T, m, 'error', '%POD%', 'ERROR', `"req":{"id":${9120 + Math.round(-m)},"method":"GET","url":"/uniqueid","headers":{"host":"user:8080","connection":"close","user-agent":"${UA}"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${51000 + Math.round(-m * 7)}},`));
}

const catLog = [
  pino(T, -60 * 24 * 9 + 0.3, 'info', '%POD%', 'MongoDB connected'),
  pino(T, -60 * 24 * 9 + 0.3, 'info', '%POD%', 'Started on port 8080'),
];
for (const m of range(-30, -0.2, 2.3)) {
  catLog.push(pino(T, m, 'info', '%POD%', 'request completed', `"req":{"id":${77310 + Math.round(-m)},"method":"GET","url":"/products","headers":{"host":"catalogue:8080","connection":"close"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${38000 + Math.round(-m * 5)}},"res":{"statusCode":200,"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8","content-length":"4213"}},"responseTime":4,`));
}

const webLog = [];
for (const m of range(-30, -0.2, 0.8)) {
  const anon = `anonymous-${41870 + Math.round(-m)}`;
  const bad = m > -23.8;
  if (Math.round(-m * 10) % 2 === 0) webLog.push(`10.1.2.137 - - [${nginxTs(m)}] "GET /api/catalogue/products HTTP/1.1" 200 4213 "https://shop.robotshop.example/" "${UA}"`);
  webLog.push(`10.1.3.206 - - [${nginxTs(m + 0.01)}] "GET /api/cart/cart/${anon} HTTP/1.1" ${bad ? '500 131' : '200 118'} "https://shop.robotshop.example/" "${UA}"`);
  if (bad && Math.round(-m * 10) % 3 === 0) webLog.push(`10.1.1.84 - - [${nginxTs(m + 0.02)}] "GET /api/user/uniqueid HTTP/1.1" 500 131 "https://shop.robotshop.example/" "${UA}"`);
}

const BOOT = -60 * 24 * 9 + 0.3;
const redisLog = [
  `1:C ${redisTs(BOOT)} # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
  `1:C ${redisTs(BOOT)} # Redis version=4.0.6, bits=64, commit=00000000, modified=0, pid=1, just started`,
  `1:C ${redisTs(BOOT)} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf`,
  `1:M ${redisTs(BOOT + 0.001)} * Running mode=standalone, port=6379.`,
  `1:M ${redisTs(BOOT + 0.001)} # WARNING: The TCP backlog setting of 511 cannot be enforced because /proc/sys/net/core/somaxconn is set to the lower value of 128.`,
  `1:M ${redisTs(BOOT + 0.001)} # Server initialized`,
  `1:M ${redisTs(BOOT + 0.001)} * Ready to accept connections`,
];
for (const m of [-52, -47, -42, -37, -32, -27]) {
  redisLog.push(`1:M ${redisTs(m)} * 10 changes in 300 seconds. Saving...`);
  redisLog.push(`1:M ${redisTs(m)} * Background saving started by pid ${2100 + Math.round(-m)}`);
  redisLog.push(`${2100 + Math.round(-m)}:C ${redisTs(m + 0.004)} * DB saved on disk`);
  redisLog.push(`${2100 + Math.round(-m)}:C ${redisTs(m + 0.004)} * RDB: 0 MB of memory used by copy-on-write`);
  redisLog.push(`1:M ${redisTs(m + 0.005)} * Background saving terminated with success`);
}
redisLog.push(`1:M ${redisTs(-23.82)} # Lua slow script detected: still in execution after 5000 milliseconds. You can try killing the script using the SCRIPT KILL command.`);

const dispatchLog = [
  `${T.go(-60 * 24 * 9 + 0.3)} Connecting to amqp://guest:guest@rabbitmq:5672/`,
  `${T.go(-60 * 24 * 9 + 0.3)} Waiting for messages`,
];
for (const m of [-44.2, -38.9, -31.5]) dispatchLog.push(`${T.go(m)} Order ${['5e1c9b0a', '5e1c9c71', '5e1c9e3d'][[-44.2, -38.9, -31.5].indexOf(m)]}-7c2d received`);

export const scenarios = [
  withDefaults({
    folder: 's61b-redis-busy-runaway-lua-script',
    description: 'basket broken on robot shop since ~10:30 - add to cart and view cart give 500s, browsing catalogue still works fine',
    incidentTime: INC,
    expected: { component: 'redis', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'callers-only', 'partial-name', 'time-expression', 'decoy'],
    grounding: `
      Chart facts (instana/robot-shop K8s/helm at 55292e2): redis is the StatefulSet redis (redis:4.0.6, no probes, default config,
      no lua-time-limit override so 5000 ms), cart and user reach it through REDIS_HOST=redis; cart/server.js answers every redis
      error with req.log.error('ERROR', err) and a 500, user/server.js the same on /uniqueid; pino 5 drops the error argument
      (no placeholder), so the callers' lines say only "ERROR". web (nginx) proxies /api/cart/ and /api/user/.
      Fault: an engineer ran a cart clean-up script with redis-cli --eval over a port-forward at 10:28; the Lua loop never ends,
      so redis (single-threaded) answers every other command with "BUSY Redis is busy running a script. You can only call SCRIPT
      KILL or SHUTDOWN NOSAVE." (Redis documentation of EVAL / lua-time-limit; redis 4.0 logs "Lua slow script detected ... after
      5000 milliseconds" once). The redis pod stays Running and Ready with zero restarts and no Events; its last log line is that
      warning and the periodic RDB saves stop. The cart and user pods stay Ready (their /health only checks that the client is
      connected, which it is), while cart's ERROR lines and web's 500s are the loud part; catalogue and mongodb are untouched.
      Decoy: shipping restarted once three days ago, OOMKilled (JVM heap vs 1000Mi limit), unrelated and long recovered.
      Deviations from upstream: none in the manifests; the Lua script and the port-forward are the incident.
    `,
    workloads: {
      shipping: {
        pods: [{ containers: { shipping: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) } }],
      },
      cart: { since: -60 * 24 * 4 },
    },
    logs: {
      'redis#0/redis': redisLog,
      'cart#0/cart': cartLog,
      'user#0/user': userLog,
      'catalogue#0/catalogue': catLog,
      'web#0/web': webLog,
      'dispatch#0/dispatch': dispatchLog,
    },
  }),
];
