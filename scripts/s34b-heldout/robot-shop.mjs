// s34b held-out scenario for Stan's Robot Shop (split: test), written blind: the kit system definition
// (instana/robot-shop K8s/helm at 55292e2, 2.1.0) plus one incident; built by scripts/s34b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const T = clock('2026-08-21T19:40:00Z');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// redis 4.0 log line: pid:role dd Mon HH:MM:SS.mmm <level> message
const rl = (min, pid, role, lvl, msg) => {
  const s = T.java(min);
  return `${pid}:${role} ${s.slice(8, 10)} ${MON[Number(s.slice(5, 7)) - 1]} ${s.slice(11)} ${lvl} ${msg}`;
};
const MISCONF = 'MISCONF Errors writing to the AOF file: No space left on device';
const SKUS = ['Watson', 'Ewooid', 'HPTD', 'UHJ', 'EPE', 'EMM', 'SHCE', 'RED'];

const redisLog = [
  rl(-60 * 24 * 6, 1, 'C', '#', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
  rl(-60 * 24 * 6, 1, 'C', '#', 'Redis version=4.0.6, bits=64, commit=00000000, modified=0, pid=1, just started'),
  rl(-60 * 24 * 6, 1, 'C', '#', 'Configuration loaded'),
  rl(-60 * 24 * 6 + 0.001, 1, 'M', '*', 'Running mode=standalone, port=6379.'),
  rl(-60 * 24 * 6 + 0.001, 1, 'M', '#', 'WARNING: The TCP backlog setting of 511 cannot be enforced because /proc/sys/net/core/somaxconn is set to the lower value of 128.'),
  rl(-60 * 24 * 6 + 0.001, 1, 'M', '#', 'Server initialized'),
  rl(-60 * 24 * 6 + 0.002, 1, 'M', '*', 'DB loaded from append only file: 0.412 seconds'),
  rl(-60 * 24 * 6 + 0.002, 1, 'M', '*', 'Ready to accept connections'),
  rl(-60 * 24 * 2, 1, 'M', '*', 'Starting automatic rewriting of AOF on 100% growth'),
  rl(-60 * 24 * 2, 1, 'M', '*', 'Background append only file rewriting started by pid 1877'),
  rl(-60 * 24 * 2 + 0.1, 1, 'M', '*', 'AOF rewrite child asks to stop sending diffs.'),
  rl(-60 * 24 * 2 + 0.1, 1877, 'C', '*', 'AOF rewrite: 41 MB of memory used by copy-on-write'),
  rl(-60 * 24 * 2 + 0.11, 1, 'M', '*', 'Background AOF rewrite terminated with success'),
  rl(-60 * 24 * 2 + 0.11, 1, 'M', '*', 'Background AOF rewrite finished successfully'),
  rl(-24.3, 1, 'M', '*', 'Starting automatic rewriting of AOF on 100% growth'),
  rl(-24.3, 1, 'M', '*', 'Background append only file rewriting started by pid 2941'),
  rl(-24.1, 2941, 'C', '#', 'Write error writing append only file on disk: No space left on device'),
  rl(-24.1, 1, 'M', '#', 'Background AOF rewrite terminated with error'),
  rl(-22.8, 1, 'M', '*', 'Starting automatic rewriting of AOF on 100% growth'),
  rl(-22.8, 1, 'M', '*', 'Background append only file rewriting started by pid 2958'),
  rl(-22.7, 2958, 'C', '#', 'Write error writing append only file on disk: No space left on device'),
  rl(-22.7, 1, 'M', '#', 'Background AOF rewrite terminated with error'),
  rl(-21.6, 1, 'M', '#', 'Error writing to the AOF file: No space left on device'),
  rl(-21.55, 1, 'M', '#', 'Error writing to the AOF file: No space left on device'),
  rl(-18.2, 1, 'M', '*', 'Starting automatic rewriting of AOF on 100% growth'),
  rl(-18.2, 1, 'M', '*', 'Background append only file rewriting started by pid 3012'),
  rl(-18.1, 3012, 'C', '#', 'Write error writing append only file on disk: No space left on device'),
  rl(-18.1, 1, 'M', '#', 'Background AOF rewrite terminated with error'),
  rl(-11.4, 1, 'M', '#', 'Error writing to the AOF file: No space left on device'),
];

const cartLog = [];
for (let i = 0; i < 18; i++) {
  const m = -36 + i * 1.9;
  const user = `anonymous-${(4181 + i * 37) % 9999}`;
  const sku = SKUS[i % SKUS.length];
  if (m < -21.6) {
    cartLog.push(pino(T, m, 'info', '%POD%', 'request completed', `"req":{"id":${1200 + i},"method":"GET","url":"/add/${user}/${sku}/1","remoteAddress":"::ffff:10.1.2.73"},"res":{"statusCode":200},"responseTime":${4 + (i % 5)},`));
  } else {
    cartLog.push(pino(T, m, 'error', '%POD%', MISCONF, `"req":{"id":${1200 + i},"method":"GET","url":"/add/${user}/${sku}/1","remoteAddress":"::ffff:10.1.2.73"},"type":"ReplyError","stack":"ReplyError: ${MISCONF}\\n    at parseError (/opt/server/node_modules/redis-parser/lib/parser.js:193:12)\\n    at parseType (/opt/server/node_modules/redis-parser/lib/parser.js:303:14)","command":"SETEX","code":"MISCONF",`));
    cartLog.push(pino(T, m + 0.001, 'info', '%POD%', 'request completed', `"req":{"id":${1200 + i},"method":"GET","url":"/add/${user}/${sku}/1","remoteAddress":"::ffff:10.1.2.73"},"res":{"statusCode":500},"responseTime":${3 + (i % 4)},`));
  }
  if (i % 3 === 0) cartLog.push(pino(T, m + 0.4, 'info', '%POD%', 'request completed', `"req":{"id":${1300 + i},"method":"GET","url":"/cart/${user}","remoteAddress":"::ffff:10.1.2.73"},"res":{"statusCode":200},"responseTime":2,`));
}

const nginx = (min, path, status, bytes) => {
  const s = T.java(min);
  return `10.1.1.84 - - [${s.slice(8, 10)}/${MON[Number(s.slice(5, 7)) - 1]}/${s.slice(0, 4)}:${s.slice(11, 19)} +0000] "GET ${path} HTTP/1.1" ${status} ${bytes} "http://shop.robotshop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36" "-"`;
};
const webLog = [];
for (let i = 0; i < 14; i++) {
  const m = -32 + i * 2.2;
  webLog.push(nginx(m, `/api/catalogue/product/${SKUS[i % SKUS.length]}`, 200, 412));
  webLog.push(nginx(m + 0.05, `/api/cart/add/anonymous-${(4181 + i * 37) % 9999}/${SKUS[i % SKUS.length]}/1`, m < -21.6 ? 200 : 500, m < -21.6 ? 236 : 96));
  webLog.push(nginx(m + 0.1, `/api/ratings/api/fetch/${SKUS[i % SKUS.length]}`, 200, 38));
}

export const scenarios = [
  withDefaults({
    folder: 's34b-redis-aof-volume-full',
    incidentTime: '2026-08-21T19:40:00Z',
    description: "robot shop: add to cart fails for everyone ('something went wrong'), browsing is fine",
    expected: { component: 'redis', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy'],
    grounding: `
      Robot Shop 2.1.0 (K8s/helm at 55292e2): cart (Node.js, node_redis) keeps carts in the redis StatefulSet (redis:4.0.6, limits
      100Mi, volumeClaimTemplate data of 1Gi gp2 mounted at /mnt/redis) at redis:6379; web's nginx proxies /api/cart/ to cart.
      Deviation from upstream: the team runs redis with args --dir /mnt/redis --appendonly yes so that carts survive restarts.
      Incident: the append-only file fills the 1Gi volume; redis' automatic AOF rewrite fails ("Write error writing append only
      file on disk: No space left on device", "Background AOF rewrite terminated with error"), then the AOF write itself fails
      ("Error writing to the AOF file: No space left on device") and redis 4 refuses every write with "-MISCONF Errors writing to
      the AOF file: No space left on device" while reads still work (redis/src/server.c processCommand, aof.c). The pod stays
      Running and Ready (no probe upstream), no event is written; cart's pino log shows node_redis ReplyError MISCONF on SETEX and
      500s for /add, web's nginx access log 500 on /api/cart/add while catalogue and ratings return 200. Decoys: a catalogue
      rollout an hour earlier that completed, and an old ratings restart. Expected: redis, resource-exhaustion (its disk is full).`,
    workloads: {
      redis: {
        containers: { redis: { args: ['redis-server', '--dir', '/mnt/redis', '--appendonly', 'yes'] } },
        pods: [{ name: 'redis-0', created: T.iso(-60 * 24 * 6) }],
      },
      catalogue: {
        containers: { catalogue: { resources: { limits: { cpu: '200m', memory: '200Mi' }, requests: { cpu: '100m', memory: '100Mi' } } } },
        rollout: { at: -61, revision: 5, oldContainers: { catalogue: { resources: { limits: { cpu: '200m', memory: '100Mi' }, requests: { cpu: '100m', memory: '50Mi' } } } } },
      },
      ratings: {
        pods: [{ containers: { ratings: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 40), last: { exitCode: 137, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 41) } }) } }],
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -61 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -60.4 },
      { on: 'rs:catalogue', reason: 'SuccessfulCreate', message: 'Created pod: catalogue-%RS%', first: -61 },
    ],
    logs: {
      'redis#0/redis': redisLog,
      'cart#0/cart': cartLog,
      'web#0/web': webLog,
      'catalogue#0/catalogue': [
        pino(T, -60.5, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -60.5, 'info', '%POD%', 'Started on port 8080'),
        ...Array.from({ length: 6 }, (_, i) => pino(T, -30 + i * 5, 'info', '%POD%', 'request completed', `"req":{"id":${300 + i},"method":"GET","url":"/product/${SKUS[i]}"},"res":{"statusCode":200},"responseTime":3,`)),
      ],
    },
  }),
];
