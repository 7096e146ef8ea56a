// Robot Shop held-out scenario of batch s40a (split: test), written blind: the kit system of scripts/kit-systems/robot-shop.mjs,
// one incident as data; built by scripts/s40a-build.mjs (StatefulSet pod names, headless dispatch Service).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const T = clock('2026-07-08T14:26:00Z');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Redis 4.0 log line: "<pid>:<role> <dd> <Mon> <HH:MM:SS.mmm> <level> <message>".
const rl = (min, lvl, msg, pid = 1, role = 'M') => {
  const iso = T.isoMs(min);
  return `${pid}:${role} ${iso.slice(8, 10)} ${MON[Number(iso.slice(5, 7)) - 1]} ${iso.slice(11, 23)} ${lvl} ${msg}`;
};
const FAIL = -21;
const redisLog = [
  rl(-60 * 24 * 12, '#', 'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf'),
  rl(-60 * 24 * 12, '#', 'WARNING: The TCP backlog setting of 511 cannot be enforced because /proc/sys/net/core/somaxconn is set to the lower value of 128.'),
  rl(-60 * 24 * 12, '#', 'Server initialized'),
  rl(-60 * 24 * 12, '#', 'WARNING overcommit_memory is set to 0! Background save may fail under low memory condition. To fix this issue add \'vm.overcommit_memory = 1\' to /etc/sysctl.conf and then reboot or run the command \'sysctl vm.overcommit_memory=1\' for this to take effect.'),
  rl(-60 * 24 * 12, '*', 'Ready to accept connections'),
  ...[-41, -36, -31, -26].flatMap((m, i) => [
    rl(m, '*', '10 changes in 300 seconds. Saving...'),
    rl(m, '*', `Background saving started by pid ${2311 + i * 17}`),
    rl(m + 0.05, '*', 'DB saved on disk', 2311 + i * 17, 'C'),
    rl(m + 0.05, '*', `RDB: ${21 + i * 7} MB of memory used by copy-on-write`, 2311 + i * 17, 'C'),
    rl(m + 0.06, '*', 'Background saving terminated with success'),
  ]),
  // From the first failed save on, serverCron retries every CONFIG_BGSAVE_RETRY_DELAY (5 s) while the save point still matches.
  ...Array.from({ length: Math.floor((-FAIL - 0.2) * 60 / 5.02) }, (_, i) => FAIL - 0.1 + (i * 5.02) / 60).flatMap((m, i) => [
    rl(m, '*', m - -26 > 15 ? '1 changes in 900 seconds. Saving...' : '10 changes in 300 seconds. Saving...'),
    rl(m, '*', `Background saving started by pid ${2402 + i * 3}`),
    rl(m + 0.03 + (i % 5) * 0.004, '#', 'Background saving terminated by signal 9'),
  ]),
];

const cartReq = (id, url, ip = '10.1.2.58') => `"req":{"id":${id},"method":"GET","url":"${url}","headers":{"host":"cart:8080","user-agent":"","x-instana-t":"6f1a2b9c0e4d7a35","connection":"close"},"remoteAddress":"::ffff:${ip}","remotePort":${40100 + (id % 900)}},`;
const misconf = (id, url) => pino(T, 0, 'error', '%POD%', 'MISCONF Redis is configured to save RDB snapshots, but it is currently not able to persist on disk. Commands that may modify the data set are disabled. Please check Redis logs for details about the error.', cartReq(id, url) + '"type":"Error","stack":"ReplyError: MISCONF Redis is configured to save RDB snapshots, but it is currently not able to persist on disk. Commands that may modify the data set are disabled. Please check Redis logs for details about the error.\\n    at parseError (/opt/server/node_modules/redis-parser/lib/parser.js:179:12)\\n    at parseType (/opt/server/node_modules/redis-parser/lib/parser.js:302:14)","command":"SETEX","code":"MISCONF",');
const at = (line, min) => line.replace(/"time":\d+/, `"time":${Date.parse(T.isoMs(min))}`);
const done = (min, id, url, status, ms) => pino(T, min, 'info', '%POD%', 'request completed', cartReq(id, url) + `"res":{"statusCode":${status},"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8"}},"responseTime":${ms},`);

const cartLog = [
  pino(T, -60 * 24 * 12, 'info', '%POD%', 'Redis READY', ''),
  pino(T, -60 * 24 * 12, 'info', '%POD%', 'Started on port 8080', ''),
  done(-30.2, 88120, '/add/anonymous-3b81/STAN-1/1', 200, 9),
  done(-26.7, 88161, '/cart/anonymous-3b81', 200, 2),
  done(-22.9, 88240, '/add/7a51e9c0d2/EMM/1', 200, 11),
  ...[FAIL + 0.3, -19.4, -17.2, -15.0, -13.8, -11.1, -8.4, -6.6, -5.0, -2.9, -1.2, -0.3].flatMap((m, i) => {
    const id = 88310 + i * 23;
    const url = i % 3 === 2 ? `/update/7a51e9c0d2/Watson/${i % 4}` : `/add/anonymous-${(4000 + i * 97).toString(16)}/${['STAN-1', 'CNA', 'EPE', 'HPTD'][i % 4]}/1`;
    return [at(misconf(id, url), m), done(m + 0.001, id, url, 500, 3)];
  }),
  done(-7.7, 88601, '/cart/7a51e9c0d2', 200, 1),
].sort((a, b) => Number(a.match(/"time":(\d+)/)[1]) - Number(b.match(/"time":(\d+)/)[1]));

const nginx = (min, path, status, bytes, ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36') => {
  const iso = T.iso(min);
  return `10.1.1.12 - - [${iso.slice(8, 10)}/${MON[Number(iso.slice(5, 7)) - 1]}/${iso.slice(0, 4)}:${iso.slice(11, 19)} +0000] "GET ${path} HTTP/1.1" ${status} ${bytes} "http://shop.robot-shop.example/" "${ua}"`;
};
const webLog = [
  nginx(-26.7, '/api/cart/cart/anonymous-3b81', 200, 212),
  nginx(-25.0, '/api/catalogue/products', 200, 2871),
  nginx(-22.9, '/api/cart/add/7a51e9c0d2/EMM/1', 200, 188),
  ...[FAIL + 0.3, -17.2, -13.8, -11.1, -8.4, -5.0, -2.9, -0.3].map((m, i) => nginx(m, `/api/cart/add/anonymous-${(4000 + i * 97).toString(16)}/${['STAN-1', 'CNA', 'EPE', 'HPTD'][i % 4]}/1`, 500, 260)),
  nginx(-12.0, '/api/catalogue/categories', 200, 96),
  nginx(-7.7, '/api/cart/cart/7a51e9c0d2', 200, 305),
  nginx(-3.5, '/api/ratings/api/fetch/CNA', 200, 35),
].sort((a, b) => a.slice(16, 46).localeCompare(b.slice(16, 46)));

export const scenarios = [
  withDefaults({
    folder: 's40a-cart-redis-bgsave-killed',
    incidentTime: '2026-07-08T14:26:00Z',
    description: 'robot shop: add to cart returns 500 for everyone, browsing works. started ~14:05',
    expected: { component: 'redis', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'redis', cause: 'oom-killed' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'time-expression', 'decoy'],
    grounding: `
      Robot Shop 2.1.0 helm chart (kit system): cart (Node.js, redis client, pino/pino-http) keeps carts in the redis StatefulSet
      (redis:4.0.6 started without a config file, so the default save points 900/1, 300/10, 60/10000 and stop-writes-on-bgsave-error yes
      apply) with limits 200m/100Mi. Fault: after weeks of carts the dataset sits near 70 MB; every BGSAVE forks, and under the write
      rate the copy-on-write pages push the container's cgroup over 100Mi, so the kernel OOM killer kills the fork child: Redis logs
      "Background saving terminated by signal 9" (a widely reported symptom of tight container memory limits) and, with the last save
      failed, refuses every write with the Redis 4 MISCONF reply. The redis process itself survives: no restart, no OOMKilled status, no
      Event, the pod stays Running and Ready (it has no probe upstream). Reads still work, so the cart page and catalogue load; every
      SETEX (add/update) fails with ReplyError MISCONF in cart's pino-http lines and web's nginx answers 500. The expected cause is
      memory exhaustion at redis (its limit too small for a fork); oom-killed on redis is also accepted because the kernel OOM-kills
      the save child. Decoys: a catalogue rollout an hour earlier (healthy), a ratings restart yesterday.
    `,
    workloads: {
      catalogue: { rollout: { at: -64, oldReplicas: 0, revision: 5 }, containers: { catalogue: { image: 'robotshop/rs-catalogue:2.1.1' } } },
      ratings: { pods: [{ containers: { ratings: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 19), last: { exitCode: 255, reason: 'Error', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 19 - 0.2) } }) } }] },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', source: 'deployment-controller', first: -64 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', source: 'deployment-controller', first: -63 },
    ],
    logs: {
      'redis#0/redis': redisLog,
      'cart#0/cart': cartLog,
      'web#0/web': webLog,
      'catalogue#0/catalogue': [
        pino(T, -63.6, 'info', '%POD%', 'MongoDB connected', ''),
        pino(T, -63.6, 'info', '%POD%', 'Started on port 8080', ''),
      ],
    },
  }),
];
