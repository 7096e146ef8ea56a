// Batch s33c blind dev scenario for Robot Shop (system: scripts/kit-systems/robot-shop.mjs): redis' background save cannot
// fork near its 100Mi limit, so with stop-writes-on-bgsave-error it answers every write with MISCONF; cart and user fail.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, defaultPvcs as pvcs, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const INC = '2026-07-02T11:26:00Z';
const T = clock(INC);
const MISCONF =
  'MISCONF Redis is configured to save RDB snapshots, but is currently not able to persist on disk. Commands that may modify the data set are disabled. Please check Redis logs for details about the error.';

// redis 4.0 log lines: "<pid>:<role> <dd Mon HH:MM:SS.mmm> <level> <msg>".
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const rl = (min, lvl, msg) => {
  const d = new Date(Date.parse(INC) + Math.round(min * 60000));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `1:M ${p(d.getUTCDate())} ${MON[d.getUTCMonth()]} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${lvl} ${msg}`;
};
const redisLog = [
  rl(-60 * 24 * 12, '#', 'WARNING: The TCP backlog setting of 511 cannot be enforced because /proc/sys/net/core/somaxconn is set to the lower value of 128.'),
  rl(-60 * 24 * 12, '#', 'Server initialized'),
  rl(-60 * 24 * 12, '#', 'WARNING overcommit_memory is set to 0! Background save may fail under low memory condition. To fix this issue add \'vm.overcommit_memory = 1\' to /etc/sysctl.conf and then reboot or run the command \'sysctl vm.overcommit_memory=1\' for this to take effect.'),
  rl(-60 * 24 * 12, '*', 'Ready to accept connections'),
  rl(-36, '*', '10000 changes in 60 seconds. Saving...'),
  rl(-36, '*', 'Background saving started by pid 4127'),
  rl(-35.9, '*', 'DB saved on disk'),
  rl(-35.9, '*', 'RDB: 2 MB of memory used by copy-on-write'),
  rl(-35.9, '*', 'Background saving terminated with success'),
];
for (let m = -21.4; m < 0; m += 0.25) {
  redisLog.push(rl(m, '*', '10 changes in 300 seconds. Saving...'));
  redisLog.push(rl(m, '#', "Can't save in background: fork: Cannot allocate memory"));
}

const cartErr = (min, path) =>
  pino(T, min, 'error', '%POD%', MISCONF, `"req":{"id":${Math.round(min * 100 + 9000)},"method":"GET","url":"${path}","headers":{"host":"cart:8080","x-forwarded-for":"10.1.1.84"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":48812},"type":"Error","stack":"ReplyError: ${MISCONF}\\n    at parseError (/opt/server/node_modules/redis-parser/lib/parser.js:193:12)\\n    at parseType (/opt/server/node_modules/redis-parser/lib/parser.js:303:14)","code":"MISCONF","command":"SETEX","args":["${path.split('/')[2]}",3600,"{\\"total\\":0,\\"tax\\":0,\\"items\\":[]}"],`);
const nginx = (min, method, path, status, bytes) => {
  const d = new Date(Date.parse(INC) + Math.round(min * 60000));
  const p = (n) => String(n).padStart(2, '0');
  return `10.1.2.137 - - [${p(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000] "${method} ${path} HTTP/1.1" ${status} ${bytes} "http://robotshop.example.com/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"`;
};

export const scenarios = [
  withDefaults({
    folder: 's33c-redis-misconf-bgsave',
    incidentTime: INC,
    description: 'robot shop: add to cart broken for customers, they get an error popup, started around 11:05. catalogue pages load fine',
    expected: { component: 'redis', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'redis', cause: 'dependency-down' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Manifest facts (instana/robot-shop K8s/helm at 55292e2): redis is a StatefulSet of redis:4.0.6 with no config file, so the image
      defaults apply (save 900 1 / 300 10 / 60 10000, stop-writes-on-bgsave-error yes, dir /data), resources limits 200m / 100Mi; cart
      (Node.js, node redis client, pino logs) stores every cart with SETEX id 3600 and returns 500 with the error on failure; user
      INCRs anonymous-counter in redis for every new anonymous visitor; web is nginx proxying /api/cart/ and /api/user/.
      Fault: a promotion has grown the cart keyspace, and redis' resident set sits close to its 100Mi cgroup limit; when the next
      save point fires, fork() for the background save fails ("Can't save in background: fork: Cannot allocate memory", the classic
      cause of MISCONF, logged again each time the save condition fires; the startup log already warned that
      overcommit_memory is 0). With stop-writes-on-bgsave-error on, redis refuses every write with "MISCONF Redis is configured to
      save RDB snapshots, but is currently not able to persist on disk ..." (the redis 4.0 text) while reads still work: the pod
      stays Running and Ready, no restart, no event. cart logs ReplyError MISCONF on SETEX for every add-to-cart and web shows 500s on
      /api/cart/add; user fails INCR on /uniqueid. Catalogue (mongodb) and ratings are unaffected.
      A careful engineer reads the redis log: redis has run out of memory headroom to fork its snapshot and stopped accepting writes
      (resource-exhaustion on redis); describing it as redis being down for writes (dependency-down on redis) is also accepted.
      Decoys: a catalogue rollout yesterday that completed, and a ratings pod restarted four days ago.`,
    workloads: {
      catalogue: { rollout: { at: -60 * 20, revision: 5 } },
      ratings: {
        pods: [
          {
            containers: {
              ratings: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 4),
                last: { exitCode: 255, reason: 'Error', startedAt: T.iso(-60 * 24 * 11), finishedAt: T.iso(-60 * 24 * 4 - 0.3) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -60 * 20 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -60 * 20 + 0.4 },
    ],
    logs: {
      'redis#0/redis': redisLog,
      'cart#0/cart': [
        pino(T, -25, 'info', '%POD%', 'request completed', '"req":{"id":8121,"method":"GET","url":"/cart/anonymous-8817"},"res":{"statusCode":200},"responseTime":4,'),
        pino(T, -23.2, 'info', '%POD%', 'request completed', '"req":{"id":8233,"method":"GET","url":"/add/anonymous-8840/Watson/1"},"res":{"statusCode":200},"responseTime":9,'),
        cartErr(-21.2, '/add/anonymous-8851/EMM/1'),
        cartErr(-19.6, '/add/anonymous-8862/STAN-1/1'),
        cartErr(-16.1, '/add/anonymous-8870/Watson/2'),
        pino(T, -15.0, 'info', '%POD%', 'request completed', '"req":{"id":8410,"method":"GET","url":"/cart/anonymous-8870"},"res":{"statusCode":200},"responseTime":3,'),
        cartErr(-12.5, '/add/anonymous-8891/HHGTTG/1'),
        cartErr(-8.8, '/add/anonymous-8903/K9/1'),
        cartErr(-5.3, '/add/anonymous-8912/RD-10/1'),
        cartErr(-1.9, '/add/anonymous-8920/Watson/1'),
      ],
      'user#0/user': [
        pino(T, -24.1, 'info', '%POD%', 'request completed', '"req":{"id":5120,"method":"GET","url":"/uniqueid"},"res":{"statusCode":200},"responseTime":2,'),
        pino(T, -17.3, 'error', '%POD%', 'ERROR', `"err":{"type":"ReplyError","message":"${MISCONF}","code":"MISCONF","command":"INCR","args":["anonymous-counter"]},`),
        pino(T, -9.9, 'error', '%POD%', 'ERROR', `"err":{"type":"ReplyError","message":"${MISCONF}","code":"MISCONF","command":"INCR","args":["anonymous-counter"]},`),
        pino(T, -3.0, 'error', '%POD%', 'ERROR', `"err":{"type":"ReplyError","message":"${MISCONF}","code":"MISCONF","command":"INCR","args":["anonymous-counter"]},`),
      ],
      'web#0/web': [
        nginx(-25, 'GET', '/api/catalogue/products', 200, 1792),
        nginx(-23.2, 'GET', '/api/cart/add/anonymous-8840/Watson/1', 200, 96),
        nginx(-21.2, 'GET', '/api/cart/add/anonymous-8851/EMM/1', 500, 272),
        nginx(-19.6, 'GET', '/api/cart/add/anonymous-8862/STAN-1/1', 500, 272),
        nginx(-17.3, 'GET', '/api/user/uniqueid', 500, 244),
        nginx(-16.1, 'GET', '/api/cart/add/anonymous-8870/Watson/2', 500, 272),
        nginx(-15.0, 'GET', '/api/catalogue/product/Watson', 200, 212),
        nginx(-12.5, 'GET', '/api/cart/add/anonymous-8891/HHGTTG/1', 500, 272),
        nginx(-9.9, 'GET', '/api/user/uniqueid', 500, 244),
        nginx(-8.8, 'GET', '/api/cart/add/anonymous-8903/K9/1', 500, 272),
        nginx(-6.0, 'GET', '/api/ratings/api/fetch/K9', 200, 38),
        nginx(-5.3, 'GET', '/api/cart/add/anonymous-8912/RD-10/1', 500, 272),
        nginx(-3.0, 'GET', '/api/user/uniqueid', 500, 244),
        nginx(-1.9, 'GET', '/api/cart/add/anonymous-8920/Watson/1', 500, 272),
      ],
      'catalogue#0/catalogue': [
        pino(T, -60 * 20 + 0.2, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -15.0, 'info', '%POD%', 'request completed', '"req":{"id":20411,"method":"GET","url":"/product/Watson"},"res":{"statusCode":200},"responseTime":6,'),
      ],
    },
  }),
];
