// Stan's Robot Shop blind dev scenario of batch s41b (kit spec; built by scripts/s41b-build.mjs): redis' RDB background save
// child is killed by the cgroup OOM killer, redis refuses writes with MISCONF, cart and user fail every write.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// redis 4.0.x log line: pid:role DD Mon HH:MM:SS.mmm <level char> message (no year before 5.0).
const rlog = (T, min, pid, role, ch, msg) => {
  const iso = T.isoMs(min);
  return `${pid}:${role} ${iso.slice(8, 10)} ${MON[Number(iso.slice(5, 7)) - 1]} ${iso.slice(11, 23)} ${ch} ${msg}`;
};
const MISCONF =
  'MISCONF Redis is configured to save RDB snapshots, but it is currently not able to persist on disk. Commands that may modify the data set are disabled, because this instance is configured to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option). Please check the Redis logs for details about the RDB error.';
const nginx = (T, min, ip, req, status, bytes, ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36') => {
  const iso = T.iso(min);
  return `${ip} - - [${iso.slice(8, 10)}/${MON[Number(iso.slice(5, 7)) - 1]}/${iso.slice(0, 4)}:${iso.slice(11, 19)} +0000] "${req} HTTP/1.1" ${status} ${bytes} "https://shop.robot-shop.example/" "${ua}"`;
};

const s1 = (() => {
  const incidentTime = '2026-05-12T14:20:00Z';
  const T = clock(incidentTime);
  const F = -22; // first failed background save (13:58)
  // redis: started six days ago; normal saves, then every background save child is killed (SIGKILL from the cgroup OOM killer).
  const redis = [
    rlog(T, -60 * 24 * 6, 1, 'C', '#', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
    rlog(T, -60 * 24 * 6, 1, 'C', '#', 'Redis version=4.0.6, bits=64, commit=00000000, modified=0, pid=1, just started'),
    rlog(T, -60 * 24 * 6, 1, 'C', '#', 'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf'),
    rlog(T, -60 * 24 * 6 + 0.001, 1, 'M', '*', 'Running mode=standalone, port=6379.'),
    rlog(T, -60 * 24 * 6 + 0.001, 1, 'M', '#', 'WARNING: The TCP backlog setting of 511 cannot be enforced because /proc/sys/net/core/somaxconn is set to the lower value of 128.'),
    rlog(T, -60 * 24 * 6 + 0.001, 1, 'M', '#', 'Server initialized'),
    rlog(T, -60 * 24 * 6 + 0.001, 1, 'M', '#', "WARNING overcommit_memory is set to 0! Background save may fail under low memory condition. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect."),
    rlog(T, -60 * 24 * 6 + 0.001, 1, 'M', '#', "WARNING you have Transparent Huge Pages (THP) support enabled in your kernel. This will create latency and memory usage issues with Redis. To fix this issue run the command 'echo never > /sys/kernel/mm/transparent_hugepage/enabled' as root, and add it to your /etc/rc.local in order to retain the setting after a reboot. Redis must be restarted after THP is disabled."),
    rlog(T, -60 * 24 * 6 + 0.002, 1, 'M', '*', 'DB loaded from disk: 0.009 seconds'),
    rlog(T, -60 * 24 * 6 + 0.002, 1, 'M', '*', 'Ready to accept connections'),
  ];
  let pid = 1764;
  // Saves of the last hour before the fault: a bot run creating anonymous carts since ~13:25 turns them into once a minute.
  const okSave = (min, rule, cow) => {
    pid += 1;
    redis.push(
      rlog(T, min, 1, 'M', '*', `${rule} Saving...`),
      rlog(T, min + 0.0005, 1, 'M', '*', `Background saving started by pid ${pid}`),
      rlog(T, min + 0.02, pid, 'C', '*', 'DB saved on disk'),
      rlog(T, min + 0.0201, pid, 'C', '*', `RDB: ${cow} MB of memory used by copy-on-write`),
      rlog(T, min + 0.022, 1, 'M', '*', 'Background saving terminated with success'),
    );
  };
  okSave(-77.3, '10 changes in 300 seconds.', 2);
  okSave(-66.1, '10 changes in 300 seconds.', 2);
  okSave(-55.0, '10 changes in 300 seconds.', 4);
  for (let m = -54; m < F - 0.5; m += 1.02) okSave(m, '10000 changes in 60 seconds.', Math.min(38, 6 + Math.round((m + 54) * 1.3)));
  for (let m = F + 0.09, k = 0; m < -0.1; m += 0.1 + (k % 3) * 0.003, k++) {
    pid += 1;
    redis.push(
      rlog(T, m, 1, 'M', '*', `10000 changes in 60 seconds. Saving...`),
      rlog(T, m + 0.0004, 1, 'M', '*', `Background saving started by pid ${pid}`),
      rlog(T, m + 0.031 + (k % 5) * 0.002, 1, 'M', '#', 'Background saving terminated by signal 9'),
    );
  }

  const cartIds = ['anonymous-48213', 'anonymous-48377', 'anonymous-48412', 'anonymous-48455', 'anonymous-48501', 'anonymous-48530'];
  const skus = ['STAN-1', 'HAL-1', 'Watson', 'EMM', 'CNC', 'EPE'];
  let rid = 90211;
  const req = (method, url, ip) => `"req":{"id":${rid++},"method":"${method}","url":"${url}","remoteAddress":"::ffff:${ip}","remotePort":${40000 + (rid % 20000)}},`;
  const webIp = '%IPOF:web#0%';
  const cart = [];
  const user = [];
  const web = [];
  for (let m = -40, i = 0; m < -0.2; m += 0.37, i++) {
    const id = cartIds[i % cartIds.length];
    const sku = skus[i % skus.length];
    const faulty = m >= F;
    const client = `10.1.${1 + (i % 3)}.${(i * 37) % 200 + 20}`;
    // GET /cart/:id keeps working (reads are allowed)
    cart.push(pino(T, m, 'info', '%POD%', 'request completed', `${req('GET', `/cart/${id}`, webIp)}"res":{"statusCode":200},"responseTime":${2 + (i % 4)},`));
    web.push(nginx(T, m, client, `GET /api/cart/cart/${id}`, 200, 412 + (i % 90)));
    if (!faulty) {
      cart.push(pino(T, m + 0.05, 'info', '%POD%', 'request completed', `${req('GET', `/add/${id}/${sku}/1`, webIp)}"res":{"statusCode":200},"responseTime":${7 + (i % 6)},`));
      web.push(nginx(T, m + 0.05, client, `GET /api/cart/add/${id}/${sku}/1`, 200, 530 + (i % 120)));
    } else {
      const r = req('GET', `/add/${id}/${sku}/1`, webIp);
      cart.push(
        pino(T, m + 0.05, 'error', '%POD%', MISCONF, `${r}"type":"ReplyError","stack":"ReplyError: ${MISCONF}\\n    at parseError (/opt/server/node_modules/redis-parser/lib/parser.js:193:12)\\n    at parseType (/opt/server/node_modules/redis-parser/lib/parser.js:303:14)","command":"SETEX","args":["${id}",3600,"{\\"total\\":${(i % 5) * 12 + 42},\\"tax\\":${(i % 5) * 2 + 7},\\"items\\":[…]}"],"code":"MISCONF",`),
        pino(T, m + 0.0502, 'info', '%POD%', 'request completed', `${r.replace(/"id":\d+/, `"id":${rid - 1}`)}"res":{"statusCode":500},"responseTime":${3 + (i % 3)},`),
      );
      web.push(nginx(T, m + 0.0503, client, `GET /api/cart/add/${id}/${sku}/1`, 500, 1186));
    }
    if (i % 3 === 0) {
      const ur = req('GET', '/uniqueid', webIp);
      if (!faulty) {
        user.push(pino(T, m + 0.1, 'info', '%POD%', 'request completed', `${ur}"res":{"statusCode":200},"responseTime":2,`));
        web.push(nginx(T, m + 0.1, client, 'GET /api/user/uniqueid', 200, 33));
      } else {
        user.push(
          pino(T, m + 0.1, 'error', '%POD%', 'ERROR', ur),
          pino(T, m + 0.1001, 'info', '%POD%', 'request completed', `${ur.replace(/"id":\d+/, `"id":${rid - 1}`)}"res":{"statusCode":500},"responseTime":2,`),
        );
        web.push(nginx(T, m + 0.1002, client, 'GET /api/user/uniqueid', 500, 1186));
      }
    }
    if (i % 4 === 1) web.push(nginx(T, m + 0.15, client, 'GET /api/catalogue/products', 200, 3127));
  }
  return {
    folder: 's41b-redis-bgsave-misconf',
    incidentTime,
    description: 'robot shop: add to cart fails for everyone since ~14:00, web shows 500s',
    expected: { component: 'redis', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'redis', cause: 'oom-killed' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Robot Shop helm chart (instana/robot-shop K8s/helm at 55292e2): redis is a StatefulSet of redis:4.0.6 with 200m/100Mi limits
      and no config file, so the default save rules (900 1, 300 10, 60 10000) and stop-writes-on-bgsave-error yes apply; cart's
      /add writes the cart with SETEX (3600 s) and user's /uniqueid does INCR anonymous-counter (cart/server.js, user/server.js).
      Fault: a bot run creating anonymous carts since ~13:25 grows the dataset so that saves run every minute and the
      copy-on-write of the fork (Transparent Huge Pages on, as redis itself warns at start) pushes the container past its 100Mi
      limit; on Amazon Linux 2 (cgroup v1) the memory cgroup OOM killer kills only the RDB child, so the server stays up, Ready,
      and never restarts, logging "Background saving terminated by signal 9" on each 5 s retry, and refuses every write with the
      MISCONF error (the node-redis ReplyError text of redis 4.0), as is widely reported for redis in containers with tight limits.
      cart logs the ReplyError (SETEX, code MISCONF) through pino-http and answers 500; user logs only "ERROR" (pino drops the
      extra argument of req.log.error('ERROR', err)) and answers 500; web's nginx logs 500 on /api/cart/add and /api/user/uniqueid
      while cart reads (GET /cart) keep working. No Kubernetes object shows the fault (no OOMKilled status: the container's main
      process survives). Decoys: dispatch restarted three days ago (rabbitmq not ready), a catalogue rollout restart 95 minutes
      before. The expected answer is redis exhausting its memory limit; oom-killed on redis also accepted (a process of it was).`,
    workloads: {
      redis: { since: -60 * 24 * 6 },
      dispatch: { pods: [{ containers: { dispatch: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.4), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 + 0.1) } }) } }] },
      catalogue: {
        rollout: { at: -95, revision: 3 },
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-95) } },
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -95 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -94.4 },
    ],
    logs: {
      'redis#0/redis': redis,
      'cart#0/cart': cart,
      'user#0/user': user,
      'web#0/web': web,
      'catalogue#0/catalogue': [
        pino(T, -94.4, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -94.39, 'info', '%POD%', 'Started on port 8080'),
      ],
    },
  };
})();

export const scenarios = [withDefaults(s1)];
