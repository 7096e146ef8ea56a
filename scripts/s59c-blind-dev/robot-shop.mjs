// Batch s59c blind dev scenario for Stan's Robot Shop (kit system definition): a StatefulSet change points redis' --dir at its
// root-owned EBS volume; every BGSAVE fails and redis answers all writes with MISCONF while staying Ready.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, defaultPvcs, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const INCIDENT = '2026-04-28T10:52:00Z';
const T = clock(INCIDENT);
const ROLL = -38; // redis-0 recreated with the new template at 10:14
const FIRST_FAIL = -32.9; // first BGSAVE attempt, 300 s after start with >= 10 changes

// redis 4.0.6 log lines: "<pid>:<role> DD Mon HH:MM:SS.mmm <level> msg"
const rtime = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())} ${mon} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`;
};
const r = (pid, role, min, lvl, msg) => `${pid}:${role} ${rtime(min)} ${lvl} ${msg}`;

const redisLog = [
  r(1, 'C', ROLL + 0.1, '#', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
  r(1, 'C', ROLL + 0.1, '#', 'Redis version=4.0.6, bits=64, commit=00000000, modified=0, pid=1, just started'),
  r(1, 'C', ROLL + 0.1, '#', 'Configuration loaded'),
  r(1, 'M', ROLL + 0.1003, '*', 'Running mode=standalone, port=6379.'),
  r(1, 'M', ROLL + 0.1003, '#', 'WARNING: The TCP backlog setting of 511 cannot be enforced because /proc/sys/net/core/somaxconn is set to the lower value of 128.'),
  r(1, 'M', ROLL + 0.1003, '#', 'Server initialized'),
  r(1, 'M', ROLL + 0.1003, '#', "WARNING you have Transparent Huge Pages (THP) support enabled in your kernel. This will create latency and memory usage issues with Redis. To fix this issue run the command 'echo never > /sys/kernel/mm/transparent_hugepage/enabled' as root, and add it to your /etc/rc.local in order to retain the setting after a reboot. Redis must be restarted after THP is disabled."),
  r(1, 'M', ROLL + 0.1005, '*', 'Ready to accept connections'),
];
let pid = 19;
for (let m = FIRST_FAIL; m < -0.05; m += 5.1 / 60) {
  redisLog.push(
    r(1, 'M', m, '*', '10 changes in 300 seconds. Saving...'),
    r(1, 'M', m + 0.00002, '*', `Background saving started by pid ${pid}`),
    r(pid, 'C', m + 0.00004, '#', 'Failed opening the RDB file dump.rdb (in server root dir /mnt/redis) for saving: Permission denied'),
    r(1, 'M', m + 0.0017, '#', 'Background saving error'),
  );
  pid++;
}

const MISCONF = 'MISCONF Redis is configured to save RDB snapshots, but it is currently not able to persist on disk. Commands that may modify the data set are disabled, because this instance is configured to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option). Please check the Redis logs for details about the RDB error.';
const STACK = `ReplyError: ${MISCONF}\\n    at parseError (/opt/server/node_modules/redis-parser/lib/parser.js:179:12)\\n    at parseType (/opt/server/node_modules/redis-parser/lib/parser.js:302:14)`;
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const reqOf = (id, url, port) => `"req":{"id":${id},"method":"GET","url":"${url}","headers":{"host":"%H%:8080","connection":"close","user-agent":"${UA}","accept":"application/json, text/plain, */*"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${port}},`;
const resOf = (code, len) => `"res":{"statusCode":${code},"headers":{"x-powered-by":"Express","timing-allow-origin":"*","access-control-allow-origin":"*","content-type":"application/json; charset=utf-8","content-length":"${len}"}},`;
const SKUS = [['HAL-1', 'HAL', 2001], ['RED', 'Responsive Enhanced Droid', 700], ['EMM', 'Eve', 1000], ['CNA', 'Cybernetic Nanny', 4990], ['RMC', 'Robot Mk. C', 1200]];

const cartLog = [
  pino(T, -60 * 24 * 5, 'info', '%POD%', 'Started on port', ''),
  pino(T, -60 * 24 * 5 + 0.01, 'info', '%POD%', 'Redis READY', ''),
  pino(T, ROLL - 0.15, 'error', '%POD%', 'Redis ERROR', ''),
  pino(T, ROLL - 0.1, 'error', '%POD%', 'Redis ERROR', ''),
  pino(T, ROLL + 0.12, 'info', '%POD%', 'Redis READY', ''),
];
const userLog = [
  pino(T, -60 * 24 * 5, 'info', '%POD%', 'Started on port', ''),
  pino(T, -60 * 24 * 5 + 0.01, 'info', '%POD%', 'Redis READY', ''),
  pino(T, -60 * 24 * 5 + 0.02, 'info', '%POD%', 'MongoDB connected', ''),
  pino(T, ROLL - 0.15, 'error', '%POD%', 'Redis ERROR', ''),
  pino(T, ROLL + 0.13, 'info', '%POD%', 'Redis READY', ''),
];
const webLog = [];
const ntime = (min) => {
  const d = new Date(Date.parse(T.iso(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
};
const nginx = (min, path, code, bytes, src) => `${src} - - [${ntime(min)}] "GET ${path} HTTP/1.1" ${code} ${bytes} "http://shop.robot-shop.example/" "${UA}" "-"`;
const SRC = ['10.1.1.84', '10.1.2.137', '10.1.3.206'];
let reqId = 4810, uid = 1312;
for (let m = ROLL + 1; m < -0.5; m += 0.9) {
  const failing = m >= FIRST_FAIL;
  const src = SRC[Math.round(-m * 3) % 3];
  const port = 40000 + ((reqId * 37) % 20000);
  // a visitor lands: the SPA asks user for an anonymous id (INCR)
  userLog.push(pino(T, m, 'error', '%POD%', 'Unique ID test', reqOf(reqId, '/uniqueid', port).replace('%H%', 'user')));
  if (failing) {
    userLog.push(pino(T, m + 0.0001, 'error', '%POD%', 'ERROR', reqOf(reqId, '/uniqueid', port).replace('%H%', 'user')));
    userLog.push(pino(T, m + 0.0002, 'info', '%POD%', 'request completed', reqOf(reqId, '/uniqueid', port).replace('%H%', 'user') + resOf(500, 74) + '"responseTime":2,'));
    webLog.push(nginx(m, '/api/user/uniqueid', 500, 74, src));
  } else {
    userLog.push(pino(T, m + 0.0002, 'info', '%POD%', 'request completed', reqOf(reqId, '/uniqueid', port).replace('%H%', 'user') + resOf(200, 29) + '"responseTime":1,'));
    webLog.push(nginx(m, '/api/user/uniqueid', 200, 29, src));
  }
  webLog.push(nginx(m + 0.05, '/api/catalogue/products', 200, 2342, src));
  webLog.push(nginx(m + 0.06, '/api/ratings/api/fetch/HAL-1', 200, 31, src));
  // and adds a robot to the cart
  const [sku, name, price] = SKUS[reqId % SKUS.length];
  const url = `/add/anonymous-${uid}/${sku}/1`;
  const cid = reqId + 1;
  const cport = port + 1;
  const rq = reqOf(cid, url, cport).replace('%H%', 'cart');
  cartLog.push(pino(T, m + 0.2, 'info', '%POD%', 'got product', rq));
  cartLog.push(pino(T, m + 0.2001, 'info', '%POD%', 'got cart', rq));
  cartLog.push(pino(T, m + 0.2002, 'info', '%POD%', 'saving cart', ''));
  if (failing) {
    cartLog.push(pino(T, m + 0.2003, 'error', '%POD%', MISCONF, `${rq}"type":"ReplyError","stack":"${STACK}","command":"SETEX","args":["anonymous-${uid}",3600,"{\\"total\\":${price},\\"tax\\":${(price - price / 1.2).toFixed(3)},\\"items\\":[{\\"qty\\":1,\\"sku\\":\\"${sku}\\",\\"name\\":\\"${name}\\",\\"price\\":${price},\\"subtotal\\":${price}}]}"],"code":"MISCONF",`));
    cartLog.push(pino(T, m + 0.2004, 'info', '%POD%', 'request completed', rq + resOf(500, 221) + '"responseTime":9,'));
    webLog.push(nginx(m + 0.2, `/api/cart${url}`, 500, 221, src));
  } else {
    cartLog.push(pino(T, m + 0.2004, 'info', '%POD%', 'request completed', rq + resOf(200, 131) + '"responseTime":8,'));
    webLog.push(nginx(m + 0.2, `/api/cart${url}`, 200, 131, src));
  }
  cartLog.push(pino(T, m + 0.3, 'info', '%POD%', 'request completed', reqOf(cid + 1, `/cart/anonymous-${uid - 3}`, cport + 1).replace('%H%', 'cart') + resOf(200, 131) + '"responseTime":1,'));
  webLog.push(nginx(m + 0.3, `/api/cart/cart/anonymous-${uid - 3}`, 200, 131, src));
  reqId += 3;
  uid += 1;
}

export const scenarios = [
  withDefaults({
    folder: 's59c-redis-dir-pvc-misconf',
    description: "basket team here: 'add to cart' is broken for everyone since ~10:20 (spinner then error). browsing the catalogue and login still work",
    incidentTime: INCIDENT,
    expected: { component: 'redis', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'redis', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifests: instana/robot-shop K8s/helm (SOURCES.md): StatefulSet redis (redis:4.0.6, volumeClaimTemplate data mounted at
      /mnt/redis, no probes, no fsGroup), cart and user reach it as REDIS_HOST=redis (cart/server.js saveCart -> SETEX,
      user/server.js /uniqueid -> INCR, both with the node redis client); web (nginx) proxies /api/cart and /api/user.
      Fault: redis' data never actually lands on the claim upstream (redis writes dump.rdb to /data); at 10:14 the basket team
      rolled the StatefulSet with args [redis-server, --dir, /mnt/redis] to "use the PVC". The ext4 root of the EBS volume is
      root:root 0755 and the image's entrypoint only chowns /data before dropping to uid 999, so redis starts, serves reads and
      stays Ready, but the first background save (save 300 10 of the default config) fails with "Failed opening the RDB file
      dump.rdb (in server root dir /mnt/redis) for saving: Permission denied" and is retried every 5 s; with
      stop-writes-on-bgsave-error yes every write is refused with -MISCONF (the well-known redis permission report, e.g. the
      Stack Overflow question "redis failed opening .rdb for saving: permission denied"). cart logs a ReplyError code MISCONF per
      add-to-cart and answers 500; user's INCR fails the same way. Reads (GET cart, catalogue, ratings, login in MongoDB) work.
      Decoys: user logs "Unique ID test" at error level on every /uniqueid call (upstream code); the Redis ERROR lines of cart and
      user at 10:14 are the connection drop while redis-0 was recreated; dispatch restarted once two days ago.
      Deviations from upstream: the --dir argument (the change itself); StatefulSet generation bumped to 4 by the build script.`,
    workloads: {
      redis: {
        containers: { redis: { args: ['redis-server', '--dir', '/mnt/redis'] } },
        pods: [{ created: T.iso(ROLL) }],
      },
      dispatch: {
        pods: [{
          containers: {
            dispatch: {
              state: { running: { startedAt: T.iso(-60 * 24 * 2 - 41) } }, ready: true, started: true, restartCount: 1,
              lastState: { terminated: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 41.2), containerID: '%CID%' } },
            },
          },
        }],
      },
    },
    events: [
      { on: 'sts:redis', reason: 'SuccessfulDelete', message: 'delete Pod redis-0 in StatefulSet redis successful', first: ROLL - 0.2 },
      { on: 'sts:redis', reason: 'SuccessfulCreate', message: 'create Pod redis-0 in StatefulSet redis successful', first: ROLL - 0.05 },
      { on: 'pod:redis#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned robot-shop/redis-0 to %NODE%', first: ROLL - 0.05 },
      { on: 'pod:redis#0', reason: 'Pulled', message: 'Container image "redis:4.0.6" already present on machine', first: ROLL + 0.05, fieldPath: 'spec.containers{redis}' },
      { on: 'pod:redis#0', reason: 'Created', message: 'Created container redis', first: ROLL + 0.06, fieldPath: 'spec.containers{redis}' },
      { on: 'pod:redis#0', reason: 'Started', message: 'Started container redis', first: ROLL + 0.08, fieldPath: 'spec.containers{redis}' },
    ],
    logs: {
      'redis#0/redis': redisLog,
      'cart#0/cart': cartLog,
      'user#0/user': userLog,
      'web#0/web': webLog,
    },
  }),
];
