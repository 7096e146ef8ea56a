// Batch s25b blind dev scenario for Robot Shop (kit system scripts/kit-systems/robot-shop.mjs, chart at 55292e2): redis'
// BGSAVE child is OOM-killed at the 100Mi limit, stop-writes-on-bgsave-error turns every write into MISCONF.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const INC = '2026-05-14T14:52:00Z';
const T = clock(INC);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// redis 4.0 serverLog: "<pid>:<role> <day> <mon> <hh:mm:ss.mmm> <level char> <msg>"
const r4 = (min, role, lvl, msg) => { const d = new Date(Date.parse(T.isoMs(min))); return `1:${role} ${String(d.getUTCDate()).padStart(2, '0')} ${MON[d.getUTCMonth()]} ${T.java(min).slice(11)} ${lvl} ${msg}`; };
const MISCONF = 'MISCONF Redis is configured to save RDB snapshots, but is currently not able to persist on disk. Commands that may modify the data set are disabled. Please check Redis logs for details about the error.';
const stack = (cmd) => `ReplyError: ${MISCONF}\\n    at parseError (/opt/server/node_modules/redis-parser/lib/parser.js:193:12)\\n    at parseType (/opt/server/node_modules/redis-parser/lib/parser.js:303:14)`;
const nginxTs = (min) => { const d = new Date(Date.parse(T.isoMs(min))); return `${String(d.getUTCDate()).padStart(2, '0')}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${T.java(min).slice(11, 19)} +0000`; };
const UA = '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"';

function redisLog() {
  const out = [
    r4(-60 * 24 * 6, 'C', '#', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
    r4(-60 * 24 * 6, 'C', '#', 'Redis version=4.0.6, bits=64, commit=00000000, modified=0, pid=1, just started'),
    r4(-60 * 24 * 6, 'C', '#', 'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf'),
    r4(-60 * 24 * 6 + 0.001, 'M', '*', 'Running mode=standalone, port=6379.'),
    r4(-60 * 24 * 6 + 0.001, 'M', '#', 'WARNING: The TCP backlog setting of 511 cannot be enforced because /proc/sys/net/core/somaxconn is set to the lower value of 128.'),
    r4(-60 * 24 * 6 + 0.001, 'M', '#', 'Server initialized'),
    r4(-60 * 24 * 6 + 0.001, 'M', '#', "WARNING you have Transparent Huge Pages (THP) support enabled in your kernel. This will create latency and memory usage issues with Redis. To fix this issue run the command 'echo never > /sys/kernel/mm/transparent_hugepage/enabled' as root, and add it to your /etc/rc.local in order to retain the setting after a reboot. Redis must be restarted after THP is disabled."),
    r4(-60 * 24 * 6 + 0.002, 'M', '*', 'Ready to accept connections'),
  ];
  let pid = 4143;
  const ok = (m, trigger, cow) => {
    out.push(r4(m, 'M', '*', trigger), r4(m + 0.0002, 'M', '*', `Background saving started by pid ${pid}`), r4(m + 0.03, String(pid), '*', 'DB saved on disk').replace(/^1:\d+/, `${pid}:C`), r4(m + 0.03, String(pid), '*', `RDB: ${cow} MB of memory used by copy-on-write`).replace(/^1:\d+/, `${pid}:C`), r4(m + 0.032, 'M', '*', 'Background saving terminated with success'));
    pid += 2;
  };
  ok(-71, '10 changes in 300 seconds. Saving...', 4);
  ok(-58, '10 changes in 300 seconds. Saving...', 5);
  ok(-44, '10000 changes in 60 seconds. Saving...', 9);
  ok(-35, '10000 changes in 60 seconds. Saving...', 14);
  ok(-24.5, '10000 changes in 60 seconds. Saving...', 21);
  // 14:39 on: every child dies in the cgroup OOM, redis retries every CONFIG_BGSAVE_RETRY_DELAY (5 s).
  for (let s = -13.2 * 60; s < -2; s += 5.1) {
    const m = s / 60;
    out.push(r4(m, 'M', '*', '10000 changes in 60 seconds. Saving...'), r4(m + 0.0002, 'M', '*', `Background saving started by pid ${pid}`), r4(m + 0.045, 'M', '#', 'Background saving terminated by signal 9'));
    pid += 2;
  }
  return out;
}

const SKUS = [['Watson', 'Watson'], ['EMM', 'Ewooid'], ['HPTD', 'High-Powered Travel Droid'], ['UHJ', 'Ultimate Harvester'], ['CNA', 'Cybernetic Neural Augmentation'], ['RMC', 'Robot Motor Controller']];
function cartLog(pod, times, badFrom, idBase) {
  const out = [pino(T, -60 * 24 * 6 + 0.2, 'info', '%POD%', 'Redis READY')];
  if (pod === 1) out[0] = pino(T, -30.6, 'info', '%POD%', 'Redis READY');
  out.push(pino(T, pod === 1 ? -30.6 : -60 * 24 * 6 + 0.2, 'info', '%POD%', 'Started on port 8080'));
  times.forEach((m, i) => {
    const [sku, name] = SKUS[(i + pod) % SKUS.length];
    const id = `anonymous-${idBase + i * 7}`;
    const req = `"req":{"id":${idBase + i},"method":"GET","url":"/add/${id}/${sku}/1","headers":{"host":"cart:8080","user-agent":"Mozilla/5.0","x-forwarded-for":"10.1.1.84"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${41000 + i * 13}},`;
    out.push(pino(T, m, 'info', '%POD%', 'got product', req));
    out.push(pino(T, m + 0.0003, 'info', '%POD%', 'got cart', req));
    out.push(pino(T, m + 0.0004, 'info', '%POD%', 'saving cart'));
    if (m >= badFrom) {
      out.push(pino(T, m + 0.0006, 'error', '%POD%', MISCONF, `${req}"type":"Error","stack":"${stack('SETEX')}","command":"SETEX","code":"MISCONF",`));
      out.push(pino(T, m + 0.0007, 'info', '%POD%', 'request completed', `${req}"res":{"statusCode":500,"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8"}},"responseTime":4,`));
    } else {
      out.push(pino(T, m + 0.0006, 'info', '%POD%', 'request completed', `${req}"res":{"statusCode":200,"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8"}},"responseTime":11,`));
    }
  });
  return out;
}

function userLog() {
  const out = [pino(T, -60 * 24 * 6 + 0.3, 'info', '%POD%', 'Redis READY'), pino(T, -60 * 24 * 6 + 0.3, 'info', '%POD%', 'MongoDB connected'), pino(T, -60 * 24 * 6 + 0.3, 'info', '%POD%', 'Started on port 8080')];
  [-22.4, -16.1, -12.7, -11.5, -9.8, -7.2, -5.5, -3.1, -1.4].forEach((m, i) => {
    const req = `"req":{"id":${9120 + i},"method":"GET","url":"/uniqueid","headers":{"host":"user:8080","user-agent":"Mozilla/5.0"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${52000 + i * 17}},`;
    if (m >= -13.2) {
      out.push(pino(T, m, 'error', '%POD%', 'ERROR', req));
      out.push(pino(T, m + 0.0001, 'info', '%POD%', 'request completed', `${req}"res":{"statusCode":500},"responseTime":2,`));
    } else out.push(pino(T, m, 'info', '%POD%', 'request completed', `${req}"res":{"statusCode":200},"responseTime":3,`));
  });
  return out;
}

const CART0 = [-40.2, -33.7, -26.1, -19.8, -12.9, -10.4, -8.1, -6.6, -4.0, -1.9];
const CART1 = [-29.5, -23.0, -17.2, -12.1, -9.3, -7.0, -4.8, -2.7, -0.8];
function webLog() {
  const out = [];
  const ip = '10.1.2.137';
  const all = [...CART0.map((m, i) => [m, 0, i]), ...CART1.map((m, i) => [m, 1, i])].sort((a, b) => a[0] - b[0]);
  for (const [m, pod, i] of all) {
    const [sku] = SKUS[(i + pod) % SKUS.length];
    out.push(`${ip} - - [${nginxTs(m - 0.001)}] "GET /api/catalogue/product/${sku} HTTP/1.1" 200 214 "http://shop.robot-shop.example/" ${UA}`);
    out.push(`${ip} - - [${nginxTs(m)}] "GET /api/cart/add/anonymous-${(pod ? 3300 : 4400) + i * 7}/${sku}/1 HTTP/1.1" ${m >= -13.2 ? 500 : 200} ${m >= -13.2 ? 239 : 187} "http://shop.robot-shop.example/" ${UA}`);
  }
  return out;
}

export const scenarios = [
  withDefaults({
    folder: 's25b-redis-bgsave-misconf',
    incidentTime: INC,
    description: 'robot shop: add to cart broken, users get an error when adding anything, since about 14:40',
    expected: { component: 'redis', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'redis', cause: 'oom-killed' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      The chart's redis StatefulSet runs redis:4.0.6 with no config file (so the default save points 900/1, 300/10, 60/10000 and
      stop-writes-on-bgsave-error yes) under a 100Mi memory limit; the 1Gi claim is mounted on /mnt/redis while redis writes
      dump.rdb to its working directory /data. A marketing campaign doubled traffic from 14:20 (the cart HPA from
      K8s/autoscale.sh, min 1 max 2 at 50% CPU, went to 2: a benign decoy) and the carts (SETEX 3600) grew redis' RSS close to
      the limit. From 14:39 every BGSAVE child forked by the "10000 changes in 60 seconds" save point is killed by the cgroup
      OOM killer ("Background saving terminated by signal 9"): on these Amazon Linux 2 nodes (cgroup v1) only the child dies,
      so PID 1 keeps running, the container is never OOMKilled, there is no Kubernetes event, and redis retries every 5 s.
      With the last save failed, redis answers every write with the -MISCONF error (4.0 wording) while reads still work:
      cart/server.js saveCart rejects and the pino request log shows the node_redis ReplyError (code MISCONF, command SETEX)
      with a 500 for /add and /shipping; user's /uniqueid INCR on anonymous-counter fails with req.log.error('ERROR'); nginx in
      web returns those 500s. redis is Running and Ready (no probes upstream). Expected: redis, resource-exhaustion (memory
      at its limit); oom-killed on redis also accepted (the killed process is redis' own child).
    `,
    hpas: [{
      name: 'cart',
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'cart' }, minReplicas: 1, maxReplicas: 2, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }] },
      status: {
        lastScaleTime: T.iso(-31), currentReplicas: 2, desiredReplicas: 2,
        currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageValue: '61m', averageUtilization: 61 } } }],
        conditions: [
          { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-26), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
          { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
          { type: 'ScalingLimited', status: 'True', lastTransitionTime: T.iso(-31), reason: 'TooManyReplicas', message: 'the desired replica count is more than the maximum replica count' },
        ],
      },
    }],
    workloads: {
      cart: { replicas: 2, pods: [{}, { created: T.iso(-31), node: 'ip-10-1-3-206.eu-west-1.compute.internal' }] },
    },
    events: [
      { on: 'hpa:cart', reason: 'SuccessfulRescale', message: 'New size: 2; reason: cpu resource utilization (percentage of request) above target', first: -31, last: -31 },
      { on: 'rs:cart', reason: 'SuccessfulCreate', message: 'Created pod: cart-%RS%', first: -31, last: -31 },
      { on: 'pod:cart#1', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned robot-shop/%POD% to ip-10-1-3-206.eu-west-1.compute.internal', first: -31, last: -31 },
      { on: 'pod:cart#1', reason: 'Pulled', message: 'Container image "robotshop/rs-cart:2.1.0" already present on machine', first: -30.9, last: -30.9, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:cart#1', reason: 'Created', message: 'Created container cart', first: -30.9, last: -30.9, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:cart#1', reason: 'Started', message: 'Started container cart', first: -30.8, last: -30.8, fieldPath: 'spec.containers{cart}' },
    ],
    logs: {
      'redis#0/redis': redisLog(),
      'cart#0/cart': cartLog(0, CART0, -13.2, 4400),
      'cart#1/cart': cartLog(1, CART1, -13.2, 3300),
      'user#0/user': userLog(),
      'web#0/web': webLog(),
    },
  }),
];
void cs;
