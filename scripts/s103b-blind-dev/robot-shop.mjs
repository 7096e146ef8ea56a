// Blind dev batch s103b (robot-shop): one scenario built by scripts/s103b-build.mjs with the scenario kit.
// redis accepts TCP but refuses every new client with "max number of clients reached" (maxclients cut to 992 by the fd limit).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };
const incidentTime = '2026-05-12T19:42:00Z';
const T = clock(incidentTime);
const redisHost = 'redis';
const cartLines = [];
for (let m = -38; m < -0.5; m += 2.7) cartLines.push(pino(T, m, 'info', 'cart-%POD%'.replace('cart-', ''), 'request completed', '"req":{"method":"GET","url":"/cart/anonymous-' + Math.round(-m * 37) + '"},"res":{"statusCode":200},"responseTime":4,'));
const cartErr = [];
for (let m = -14.2; m < -0.3; m += 1.1) {
  cartErr.push(pino(T, m, 'error', '%POD%', 'ERROR ReplyError: ERR max number of clients reached', ''));
  cartErr.push(pino(T, m + 0.02, 'info', '%POD%', 'request completed', '"req":{"method":"GET","url":"/add/anonymous-' + Math.round(-m * 91) + '/RD-10/1"},"res":{"statusCode":500},"responseTime":3,'));
}
export const scenarios = [
  withDefaults({
    folder: 's103b-redis-maxclients-992',
    incidentTime,
    description: 'robotshop add to cart returning 500 for ~15 min, user login also flaky. catalogue still works',
    expected: { component: 'redis', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'redis', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'decoy', 'partial-name', 'time-expression'],
    grounding: `
      Manifest facts (instana/robot-shop K8s/helm at 55292e2): redis is a StatefulSet of redis:4.0.6 with no probes and no maxclients
      setting; cart and user (Node.js, redis client) keep state in it at redis:6379. Redis 4 computes maxclients from the open-file limit:
      with a soft nofile of 1024 it prints "maxclients has been reduced to 992" at start (the warning in redis/src/server.c
      adjustOpenFilesLimit), and once 992 clients are connected it accepts each new TCP connection and answers the first command with
      "-ERR max number of clients reached" (networking.c acceptCommonHandler). Fault: a reporting CronJob outside the namespace opened a
      connection per key and never closed them (redis timeout 0 by default keeps idle clients forever); redis stays Running and Ready
      (no probe), its Endpoints are ready, and only cart and user log errors. Deviation from upstream: none in the manifests; the
      leaking client is not in the snapshot. Decoy: cart restarted three days ago after an OOMKill at its 100Mi limit (since recovered).
    `,
    workloads: {
      cart: {
        pods: [{ containers: { cart: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
    },
    events: [],
    logs: {
      'redis#0/redis': [
        '1:C 03 May 19:42:18.218 # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo',
        '1:C 03 May 19:42:18.218 # Redis version=4.0.6, bits=64, commit=00000000, modified=0, pid=1, just started',
        '1:C 03 May 19:42:18.218 # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf',
        "1:M 03 May 19:42:18.219 # You requested maxclients of 10000 requiring at least 10032 max file descriptors.",
        "1:M 03 May 19:42:18.219 # Server can't set maximum open files to 10032 because of OS error: Operation not permitted.",
        '1:M 03 May 19:42:18.219 # Current maximum open files is 1024. maxclients has been reduced to 992 to compensate for low ulimit. If you need higher maxclients increase \'ulimit -n\'.',
        '1:M 03 May 19:42:18.220 * Running mode=standalone, port=6379.',
        '1:M 03 May 19:42:18.220 # WARNING: The TCP backlog setting of 511 cannot be enforced because /proc/sys/net/core/somaxconn is set to the lower value of 128.',
        '1:M 03 May 19:42:18.220 # Server initialized',
        '1:M 03 May 19:42:18.220 * Ready to accept connections',
        ...[-300, -240, -180, -120, -60, -25].map((m) => `1:M ${T.go(m).slice(8, 10)} May ${T.go(m).slice(11)}.${String(100 + Math.abs(m)).slice(-3)} * 10 changes in 300 seconds. Saving...`),
        `1:M 12 May ${T.go(-25).slice(11)}.412 * Background saving started by pid 4187`,
        `4187:C 12 May ${T.go(-24.9).slice(11)}.030 * DB saved on disk`,
        `1:M 12 May ${T.go(-24.9).slice(11)}.117 * Background saving terminated with success`,
      ],
      'cart#0/cart': [...cartLines.slice(0, 9), ...cartErr].map((l) => l.replace('"hostname":"%POD%"', '"hostname":"%POD%"')),
      'user#0/user': [
        pino(T, -40, 'info', '%POD%', 'Connected to MongoDB'),
        pino(T, -40, 'info', '%POD%', 'Started on port 8080'),
        ...[-13.6, -11.9, -9.4, -7.7, -5.1, -2.8, -1.2].map((m) => pino(T, m, 'error', '%POD%', 'redis error ReplyError: ERR max number of clients reached')),
        pino(T, -1.1, 'info', '%POD%', 'request completed', '"req":{"method":"GET","url":"/uniqueid"},"res":{"statusCode":500},"responseTime":2,'),
      ],
      'catalogue#0/catalogue': [
        pino(T, -6, 'info', '%POD%', 'request completed', '"req":{"method":"GET","url":"/products"},"res":{"statusCode":200},"responseTime":6,'),
        pino(T, -2, 'info', '%POD%', 'request completed', '"req":{"method":"GET","url":"/categories"},"res":{"statusCode":200},"responseTime":3,'),
      ],
      'web#0/web': [
        `10.1.2.41 - - [12/May/2026:${T.go(-3).slice(11)} +0000] "GET /api/cart/add/anonymous-1523/RD-10/1 HTTP/1.1" 500 36 "http://shop.example.com/" "Mozilla/5.0"`,
        `10.1.2.41 - - [12/May/2026:${T.go(-2).slice(11)} +0000] "GET /api/catalogue/products HTTP/1.1" 200 2810 "http://shop.example.com/" "Mozilla/5.0"`,
        `10.1.3.17 - - [12/May/2026:${T.go(-1).slice(11)} +0000] "GET /api/user/uniqueid HTTP/1.1" 500 0 "http://shop.example.com/" "Mozilla/5.0"`,
      ],
    },
  }),
];
