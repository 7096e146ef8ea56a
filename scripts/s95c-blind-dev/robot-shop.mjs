// Blind dev batch s95c: one Robot Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// user's REDIS_HOST edited to a per-pod DNS name that only a headless Service would publish (config-error).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;
const incidentTime = '2026-05-12T09:47:00Z';
const T = clock(incidentTime);
const userEnv = base.workloads.find((w) => w.name === 'user').containers[0].env;
const BAD = 'redis-0.redis.robot-shop.svc.cluster.local';
const U = 'user-%POD%';
const userLog = [
  pino(T, -21.6, 'info', '%POD%', 'MongoDB connected'),
  pino(T, -21.5, 'info', '%POD%', 'Started on port 8080'),
  `Error: getaddrinfo ENOTFOUND ${BAD}`,
  '    at GetAddrInfoReqWrap.onlookup [as oncomplete] (dns.js:66:26)',
  pino(T, -21.4, 'error', '%POD%', `Redis error Error: Redis connection to ${BAD}:6379 failed - getaddrinfo ENOTFOUND ${BAD}`),
];
for (let m = -19; m < -0.5; m += 2.5) {
  userLog.push(pino(T, m, 'info', '%POD%', 'request completed', '"req":{"id":' + Math.round(400 + m * -7) + ',"method":"GET","url":"/uniqueid","headers":{"host":"user:8080"}},"res":{"statusCode":500},"responseTime":10003.4,'));
  userLog.push(pino(T, m + 0.2, 'error', '%POD%', `ERROR Error: Redis connection to ${BAD}:6379 failed - getaddrinfo ENOTFOUND ${BAD}`));
  userLog.push(pino(T, m + 0.4, 'info', '%POD%', 'request completed', '"req":{"id":' + Math.round(401 + m * -7) + ',"method":"POST","url":"/login","headers":{"host":"user:8080"}},"res":{"statusCode":200},"responseTime":14.2,'));
}
const webLog = [];
for (let m = -19; m < -0.5; m += 2.5) {
  const d = T.go(m).replaceAll('-', '/');
  webLog.push(`10.1.1.84 - - [${T.hm(m)}] "GET /api/user/uniqueid HTTP/1.1" 500 21 "http://shop.example.com/" "Mozilla/5.0 (X11; Linux x86_64) Chrome/124.0" upstream=%SVCIP:user%:8080 rt=10.004`.replace(`[${T.hm(m)}]`, `[12/May/2026:${T.hm(m)}:0${Math.abs(Math.round(m)) % 10} +0000]`));
  webLog.push(`10.1.2.137 - - [12/May/2026:${T.hm(m + 0.3)}:1${Math.abs(Math.round(m)) % 10} +0000] "GET /api/catalogue/products HTTP/1.1" 200 2871 "http://shop.example.com/" "Mozilla/5.0 (Macintosh) Safari/17.4" upstream=%SVCIP:catalogue%:8080 rt=0.012`);
  void d;
}
const cartLog = [
  pino(T, -60 * 24 * 3, 'info', '%POD%', 'Redis connected'),
  pino(T, -60 * 24 * 3 + 0.1, 'info', '%POD%', 'started on port 8080'),
  pino(T, -8.2, 'info', '%POD%', 'request completed', '"req":{"id":88121,"method":"GET","url":"/cart/anonymous-41","headers":{"host":"cart:8080"}},"res":{"statusCode":404},"responseTime":1.3,'),
];

export const scenarios = [
  withDefaults({
    folder: 's95c-user-redis-host-pod-dns',
    description: 'robot shop: new visitors get an error banner and no basket since ~9:25, logged-in users look fine. accounts team pls check',
    incidentTime,
    expected: { component: 'user', cause: 'config-error' },
    alsoAcceptable: [{ component: 'user', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'team-name', 'time-expression', 'decoy'],
    workloads: {
      user: {
        rollout: { at: -22, revision: 6, oldContainers: { user: { env: userEnv } } },
        containers: { user: { env: [...userEnv, { name: 'REDIS_HOST', value: BAD }] } },
      },
      cart: {
        since: -60 * 24 * 3,
        pods: [{ containers: { cart: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:user', reason: 'ScalingReplicaSet', message: 'Scaled up replica set user-%NEW% to 1', first: -22 },
      { on: 'deploy:user', reason: 'ScalingReplicaSet', message: 'Scaled down replica set user-%OLD% to 0 from 1', first: -21.3 },
      { on: 'pod:user#0', reason: 'Pulled', message: 'Container image "robotshop/rs-user:2.1.0" already present on machine', first: -21.8 },
      { on: 'pod:user#0', reason: 'Started', message: 'Started container user', first: -21.7 },
    ],
    logs: { 'user#0/user': userLog, 'web#0/web': webLog, 'cart#0/cart': cartLog },
    grounding: `
      robot-shop K8s/helm at 55292e2: user (Node.js, rs-user:2.1.0) reads REDIS_HOST (default redis) and creates its redis client at start;
      the client keeps retrying, so the process does not exit and the pod (no probes upstream) stays Ready. user.js /uniqueid does
      redisClient.incr('anonymous-counter') and answers 500 when Redis errors, so anonymous visitors get no id (and the web UI no basket),
      while /login reads MongoDB only and keeps working. The Deployment was edited in place (kubectl set env) to add
      REDIS_HOST=redis-0.redis.robot-shop.svc.cluster.local, the per-pod name a StatefulSet pod only gets through a headless governing
      Service; the upstream redis Service has a ClusterIP, so that name gives NXDOMAIN (getaddrinfo ENOTFOUND), a common mistake
      reported in StatefulSet DNS questions (kubernetes.io StatefulSet "Stable Network ID"). Deviation from upstream: the extra env var
      (revision 6 vs 5, templates differ only by it); the web access-log format with upstream= and rt= is a log_format the operator added.
      Decoy: cart's OOMKilled restart three days ago. redis itself is healthy and cart still uses it.`,
  }),
];
