// Batch s91a (blind dev): one Stan's Robot Shop scenario on the kit system scripts/kit-systems/robot-shop.mjs (withDefaults, pino).
// redis-0 crash-loops on a corrupt append-only file after a forced delete; cart and user are the loud callers.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const IT = '2026-03-26T08:52:00Z';
const T = clock(IT);
const redisArgs = ['--appendonly', 'yes', '--dir', '/mnt/redis'];
const rl = (min, role, mark, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `1:${role} ${String(d.getUTCDate()).padStart(2, '0')} ${mon} ${T.java(min).slice(11, 23)} ${mark} ${msg}`;
};
const redisBoot = (min) => [
  rl(min, 'C', '#', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
  rl(min, 'C', '#', 'Redis version=4.0.6, bits=64, commit=00000000, modified=0, pid=1, just started'),
  rl(min, 'C', '#', 'Configuration loaded'),
  rl(min + 0.0001, 'M', '*', 'Running mode=standalone, port=6379.'),
  rl(min + 0.0001, 'M', '#', 'WARNING: The TCP backlog setting of 511 cannot be enforced because /proc/sys/net/core/somaxconn is set to the lower value of 128.'),
  rl(min + 0.0001, 'M', '#', 'Server initialized'),
  rl(min + 0.0001, 'M', '#', 'WARNING you have Transparent Huge Pages (THP) support enabled in your kernel. This will create latency and memory usage issues with Redis. To fix this issue run the command \'echo never > /sys/kernel/mm/transparent_hugepage/enabled\' as root, and add it to your /etc/rc.local in order to retain the setting after a reboot. Redis must be restarted after THP is changed.'),
  rl(min + 0.002, 'M', '#', 'Bad file format reading the append only file: make a backup of your AOF file, then use ./redis-check-aof --fix <filename>'),
];
const cartErr = (min) => pino(T, min, 'error', '%POD%', 'ERROR Error: Redis connection to redis:6379 failed - connect ECONNREFUSED %SVCIP:redis%:6379');

export const scenarios = [
  withDefaults({
    folder: 's91a-redis-aof-corrupt-after-force-delete',
    incidentTime: IT,
    description: 'robotshop: cant add anything to basket + login hangs/errors since ~8:30. catalogue and ratings pages load ok',
    expected: { component: 'redis', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'redis', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      Manifest facts: instana/robot-shop K8s/helm at 55292e2 as the kit system: redis is a StatefulSet (redis:4.0.6, data
      volume at /mnt/redis from the data-redis-0 claim, gp2); cart/server.js and user/server.js connect with REDIS_HOST
      (default redis) through the node redis client and keep retrying while it is down.
      Fault: redis-0 was force-deleted (kubectl delete --grace-period=0 --force) at about 08:27 while the node it ran on
      was patched, during an AOF rewrite; the restarted redis-server finds a corrupt appendonly.aof and exits 1 with
      "Bad file format reading the append only file: make a backup of your AOF file, then use ./redis-check-aof --fix
      <filename>" (redis/redis src/aof.c, loadAppendOnlyFile fmterr; reports of it after unclean shutdowns in redis/redis
      issues). The kubelet restarts it into CrashLoopBackOff; the redis Service has no ready endpoint; cart and user log
      ECONNREFUSED on every request and web's nginx returns 500/502 for /api/cart and /api/user; catalogue, ratings and
      shipping are untouched.
      Decoy: shipping OOMKilled two days ago (JVM with -Xmx768m against a 1000Mi limit), Ready since.
      Deviations from upstream: redis-server runs with args --appendonly yes --dir /mnt/redis (upstream starts it with the
      image defaults), the team's persistence change; the forced delete is invented.`,
    workloads: {
      redis: {
        containers: { redis: { args: redisArgs } },
        pods: [{ name: 'redis-0', created: T.iso(-25.5), readyTransition: T.iso(-25.4), containers: { redis: cs.crashLoop({ restarts: 6, exitCode: 1, reason: 'Error', startedAt: T.iso(-3.1), finishedAt: T.iso(-3.1), container: 'redis' }) } }],
      },
      shipping: {
        pods: [{ containers: { shipping: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 11), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 24 * 2 - 11.1) } }) } }],
      },
    },
    events: [
      { on: 'sts:redis', reason: 'SuccessfulCreate', message: 'create Pod redis-0 in StatefulSet redis successful', first: -25.5, last: -25.5 },
      { on: 'pod:redis#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/redis-0 to %NODE%', source: 'default-scheduler', first: -25.5, last: -25.5 },
      { on: 'pod:redis#0', reason: 'SuccessfulAttachVolume', message: 'AttachVolume.Attach succeeded for volume "pvc-5b0e9c3d-41a7-4f2e-9d8a-6c1e7f30b2a4" ', source: 'attachdetach-controller', first: -25.1, last: -25.1 },
      { on: 'pod:redis#0', reason: 'Pulled', message: 'Container image "redis:4.0.6" already present on machine', fieldPath: 'spec.containers{redis}', count: 7, first: -24.6, last: -3.1 },
      { on: 'pod:redis#0', reason: 'Created', message: 'Created container redis', fieldPath: 'spec.containers{redis}', count: 7, first: -24.6, last: -3.1 },
      { on: 'pod:redis#0', reason: 'Started', message: 'Started container redis', fieldPath: 'spec.containers{redis}', count: 7, first: -24.6, last: -3.1 },
      { on: 'pod:redis#0', reason: 'BackOff', message: 'Back-off restarting failed container redis in pod redis-0_robot-shop(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{redis}', count: 103, first: -24.5, last: -0.3 },
    ],
    logs: {
      'redis#0/redis': redisBoot(-3.1),
      'redis#0/redis/previous': redisBoot(-5.9),
      'cart#0/cart': [
        pino(T, -60 * 24 * 9, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -60 * 24 * 9, 'info', '%POD%', 'Redis READY'),
        pino(T, -27.2, 'info', '%POD%', 'request completed', '"req":{"id":4211,"method":"GET","url":"/cart/1773","headers":{"host":"cart:8080"}},"res":{"statusCode":200},"responseTime":3,'),
        ...Array.from({ length: 12 }, (_, i) => cartErr(-26 + i * 2)),
        ...Array.from({ length: 6 }, (_, i) => pino(T, -22 + i * 3.5, 'info', '%POD%', 'request completed', `"req":{"id":${4300 + i},"method":"GET","url":"/add/1773/Watson/1","headers":{"host":"cart:8080"}},"res":{"statusCode":500},"responseTime":${5003 + i},`)),
      ].sort((a, b) => JSON.parse(a).time - JSON.parse(b).time),
      'user#0/user': [
        pino(T, -60 * 24 * 9, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -60 * 24 * 9, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -60 * 24 * 9, 'info', '%POD%', 'Redis READY'),
        ...Array.from({ length: 10 }, (_, i) => pino(T, -25.8 + i * 2.4, 'error', '%POD%', 'ERROR Error: Redis connection to redis:6379 failed - connect ECONNREFUSED %SVCIP:redis%:6379')),
        ...Array.from({ length: 4 }, (_, i) => pino(T, -20 + i * 4.5, 'error', '%POD%', 'ERROR', `"err":{"type":"AbortError","message":"Ready check failed: Redis connection lost and command aborted. It might have been processed.","stack":"AbortError: Ready check failed: Redis connection lost and command aborted. It might have been processed.","code":"UNCERTAIN_STATE"},`)),
      ].sort((a, b) => JSON.parse(a).time - JSON.parse(b).time),
      'web#0/web': Array.from({ length: 10 }, (_, i) => {
        const d = new Date(Date.parse(T.isoMs(-24 + i * 2.2)));
        const ts = `${String(d.getUTCDate()).padStart(2, '0')}/Mar/2026:${T.java(-24 + i * 2.2).slice(11, 19)} +0000`;
        return i % 2
          ? `10.1.1.84 - - [${ts}] "GET /api/catalogue/products HTTP/1.1" 200 2210 "http://robotshop.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"`
          : `10.1.1.84 - - [${ts}] "GET /api/cart/add/anonymous-${3512 + i}/Watson/1 HTTP/1.1" 500 31 "http://robotshop.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"`;
      }),
    },
  }),
];
