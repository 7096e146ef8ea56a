// Batch s29a blind dev scenario for Stan's Robot Shop (kit system scripts/kit-systems/robot-shop.mjs): redis' BGSAVE child is
// OOM-killed under the 100Mi limit, stop-writes-on-bgsave-error makes every write fail with MISCONF; redis stays Ready.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };
export const scenarios = [];

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Redis 4.0 server log line: "<pid>:<role> 14 Dec 14:02:11.123 <level> <msg>" (no year before Redis 5).
const rl = (T, min, role, lvl, msg, pid = 1) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${pid}:${role} ${p(d.getUTCDate())} ${MON[d.getUTCMonth()]} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${lvl} ${msg}`;
};
const MISCONF = 'MISCONF Redis is configured to save RDB snapshots, but it is currently not able to persist on disk. Commands that may modify the data set are disabled, because this instance is configured to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option). Please check the Redis logs for details about the RDB error.';
const nginx = (T, min, method, path, code, bytes) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const p = (n) => String(n).padStart(2, '0');
  return `10.1.2.15 - - [${p(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000] "${method} ${path} HTTP/1.1" ${code} ${bytes} "http://shop.robot-shop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"`;
};

{
  const incidentTime = '2026-12-14T14:20:00Z';
  const T = clock(incidentTime);
  const start = -60 * 24 * 9;
  const redis = [
    rl(T, start, 'C', '#', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
    rl(T, start, 'C', '#', 'Redis version=4.0.6, bits=64, commit=00000000, modified=0, pid=1, just started'),
    rl(T, start, 'C', '#', 'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf'),
    rl(T, start, 'M', '*', 'Running mode=standalone, port=6379.'),
    rl(T, start, 'M', '#', 'WARNING: The TCP backlog setting of 511 cannot be enforced because /proc/sys/net/core/somaxconn is set to the lower value of 128.'),
    rl(T, start, 'M', '#', 'Server initialized'),
    rl(T, start, 'M', '#', 'WARNING you have Transparent Huge Pages (THP) support enabled in your kernel. This will create latency and memory usage issues with Redis. To fix this issue run the command \'echo never > /sys/kernel/mm/transparent_hugepage/enabled\' as root, and add it to your /etc/rc.local in order to retain the setting after a reboot. Redis must be restarted after THP is disabled.'),
    rl(T, start, 'M', '*', 'Ready to accept connections'),
  ];
  let pid = 2114;
  for (const m of [-95, -64, -41]) {
    redis.push(
      rl(T, m, 'M', '*', '10000 changes in 60 seconds. Saving...'),
      rl(T, m, 'M', '*', `Background saving started by pid ${pid}`),
      rl(T, m + 0.03, 'C', '*', 'DB saved on disk', pid),
      rl(T, m + 0.03, 'C', '*', `RDB: ${[21, 27, 33][[-95, -64, -41].indexOf(m)]} MB of memory used by copy-on-write`, pid),
      rl(T, m + 0.04, 'M', '*', 'Background saving terminated with success'),
    );
    pid += 131;
  }
  for (const m of [-22.4, -21.3, -20.2, -17.9, -14.6, -11.2, -7.9, -4.5, -1.1]) {
    redis.push(
      rl(T, m, 'M', '*', '10000 changes in 60 seconds. Saving...'),
      rl(T, m, 'M', '*', `Background saving started by pid ${pid}`),
      rl(T, m + 0.06, 'M', '#', 'Background saving terminated by signal 9'),
    );
    pid += 7;
  }
  const cartErr = (min, host, cmd) => pino(T, min, 'error', host, MISCONF,
    `"req":{"id":${Math.round(-min * 97)},"method":"GET","url":"/add/anonymous-${48211 + Math.round(-min * 3)}/${cmd}","headers":{"host":"cart:8080","user-agent":"Mozilla/5.0"}},"type":"Error","stack":"ReplyError: ${MISCONF}\\n    at parseError (/opt/server/node_modules/redis-parser/lib/parser.js:179:12)\\n    at parseType (/opt/server/node_modules/redis-parser/lib/parser.js:302:14)","command":"SETEX","code":"MISCONF",`);
  const cartLog = [
    pino(T, start + 0.2, 'info', '%POD%', 'Redis READY'),
    pino(T, start + 0.2, 'info', '%POD%', 'Started on port 8080'),
    pino(T, -30, 'info', '%POD%', 'got product', '"product":{"sku":"Watson","name":"Watson","price":2001,"instock":9},'),
  ];
  const web = [nginx(T, -30, 'GET', '/api/cart/add/anonymous-48255/Watson/1', 200, 212)];
  for (const m of [-22.2, -19.8, -16.1, -13.4, -10.9, -8.3, -5.6, -2.7, -0.6]) {
    const sku = ['Watson', 'EMM', 'SHCE', 'RED', 'RMC'][Math.round(-m) % 5];
    cartLog.push(pino(T, m - 0.01, 'info', '%POD%', 'got product', `"product":{"sku":"${sku}","name":"${sku}","price":42,"instock":5},`), cartErr(m, '%POD%', `${sku}/1`));
    web.push(nginx(T, m, 'GET', `/api/cart/add/anonymous-${48211 + Math.round(-m * 3)}/${sku}/1`, 500, 401));
    web.push(nginx(T, m + 0.1, 'GET', '/api/user/uniqueid', 500, 389));
    web.push(nginx(T, m + 0.2, 'GET', '/api/catalogue/products', 200, 3112));
  }
  const userLog = [pino(T, start + 0.2, 'info', '%POD%', 'Redis READY'), pino(T, start + 0.2, 'info', '%POD%', 'MongoDB connected'), pino(T, start + 0.3, 'info', '%POD%', 'Started on port 8080')];
  for (const m of [-22.1, -18.7, -15.0, -11.5, -7.4, -3.3, -0.5])
    userLog.push(pino(T, m, 'error', '%POD%', 'ERROR', `"req":{"id":${Math.round(-m * 53)},"method":"GET","url":"/uniqueid","headers":{"host":"user:8080"}},`));
  scenarios.push(withDefaults({
    folder: 's29a-redis-bgsave-oom-misconf',
    incidentTime,
    description: 'robot shop: adding to cart fails with 500 since about 14:00, browsing the catalogue works',
    expected: { component: 'redis', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'redis', cause: 'oom-killed' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `Robot Shop helm chart (55292e2): redis is a StatefulSet of redis:4.0.6 with no config file (built-in save points 900/1,
      300/10, 60/10000, stop-writes-on-bgsave-error yes) and a 100Mi memory limit; cart stores each cart with SETEX (cart/server.js) and user
      INCRs 'anonymous-counter' for /uniqueid (user/server.js). With the dataset grown to ~60 MB by a week of anonymous carts and the
      afternoon's write rate, the fork()ed BGSAVE child's copy-on-write pages push the container cgroup past 100Mi; on EKS Amazon Linux 2
      (cgroup v1) the kernel kills only the child ("Background saving terminated by signal 9"), so redis-server keeps running, Ready,
      restartCount 0, with no Kubernetes event. After the first failed save Redis refuses every write with the MISCONF error: GETs work, so
      the catalogue and existing carts display, but every add to cart (cart's SETEX) and every new anonymous id (user's INCR) fails with
      500 at web's nginx. Deviation: the dataset size and the write rate are assumed. Decoy: dispatch restarted twice four days ago when
      rabbitmq was slow to start (a known Robot Shop start-order behaviour).`,
    workloads: {
      redis: { pods: [{ created: T.iso(start) }] },
      cart: { pods: [{ created: T.iso(start) }] },
      user: { pods: [{ created: T.iso(start) }] },
      dispatch: {
        pods: [{ containers: { dispatch: cs.restartedRunning({ restarts: 2, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 4 - 0.6), finishedAt: T.iso(-60 * 24 * 4 - 0.5) } }) } }],
      },
    },
    events: [],
    logs: {
      'redis#0/redis': redis,
      'cart#0/cart': cartLog,
      'user#0/user': userLog,
      'web#0/web': web,
      'dispatch#0/dispatch': [
        `${T.go(-60 * 24 * 4 + 0.1)} Connecting to amqp://guest:guest@rabbitmq:5672/`,
        `${T.go(-60 * 24 * 4 + 0.1)} Connected`,
        `${T.go(-60 * 24 * 4 + 0.1)} Waiting for messages`,
      ],
    },
  }));
}
