// Batch s29c (blind dev): one Robot Shop incident for the kit (scripts/s2-scenario-kit.mjs), built by scripts/s29c-build.mjs.
// A promotion's traffic pushes the Node.js user service past its 100Mi limit; it is OOM-killed every few minutes.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, defaultPvcs, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const T = clock('2026-11-24T09:52:00Z');
const HOST = (p) => p; // pino hostname is the pod name; filled per log below
void HOST;
const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';
const nginxTime = (min) => {
  const d = new Date(Date.parse('2026-11-24T09:52:00Z') + Math.round(min * 60000));
  const M = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${M}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
};
const access = (min, method, path, status, bytes, client = '10.1.2.137') => `${client} - - [${nginxTime(min)}] "${method} ${path} HTTP/1.1" ${status} ${bytes} "https://shop.robotshop.example/" "${ua}"`;
const nerr = (min, n, what, method, path) => `${T.go(min)} [error] 30#30: *${n} ${what}, client: 10.1.2.137, server: localhost, request: "${method} ${path} HTTP/1.1", upstream: "http://%SVCIP:user%:8080${path.replace('/api/user', '')}", host: "shop.robotshop.example", referrer: "https://shop.robotshop.example/"`;

// user: pino lines of server.js (start-up and pino-http "request completed").
const userReq = (min, id, method, url, status, ms) => pino(T, min, 'info', '%POD%', 'request completed', `"req":{"id":${id},"method":"${method}","url":"${url}","headers":{"host":"user:8080","x-forwarded-for":"10.1.2.137"}},"res":{"statusCode":${status}},"responseTime":${ms},`);
const userBoot = (min) => [
  pino(T, min, 'info', '%POD%', 'Started on port 8080'),
  pino(T, min + 0.02, 'info', '%POD%', 'Redis connected'),
  pino(T, min + 0.05, 'info', '%POD%', 'MongoDB connected'),
];
const userRun = (from, to, startId) => {
  const out = [];
  let id = startId;
  for (let m = from; m < to; m += 0.23) {
    out.push(userReq(m, id++, 'GET', '/uniqueid', 200, 2 + (id % 5)));
    if (id % 3 === 0) out.push(userReq(m + 0.05, id++, 'POST', '/login', 200, 41 + (id % 17)));
    if (id % 4 === 0) out.push(userReq(m + 0.1, id++, 'GET', `/check/${['anonymous-7f3a', 'sarah', 'mike.r', 'anonymous-91c2'][id % 4]}`, 200, 6 + (id % 9)));
  }
  return out;
};

const s1 = {
  folder: 's29c-user-node-oom-promo-traffic',
  description: 'robot shop logins flaky since about 9:10, people get 502 and get logged out',
  incidentTime: '2026-11-24T09:52:00Z',
  expected: { component: 'user', cause: 'oom-killed' },
  difficulty: 'easy',
  traits: ['time-expression', 'decoy'],
  grounding: `
    Manifests: instana/robot-shop K8s/helm user-deployment.yaml (robotshop/rs-user:2.1.0, Node.js/Express, port 8080, requests
    100m/50Mi, limits 200m/100Mi, no probes); web's nginx proxies /api/user/ to http://user:8080/ and payment calls user's /check/<id>.
    Fault: a newsletter promotion at 09:10 multiplies anonymous visits; every page view asks user for /uniqueid and logins rise.
    Node.js sizes its V8 heap from the host, not the cgroup, so under this load the user process grows past its 100Mi limit and the
    kernel OOM-kills it about every four minutes (lastState OOMKilled, exit 137, restartCount 9, BackOff between restarts); nothing
    is logged by the dying process. While it restarts, web's nginx logs "upstream prematurely closed connection" and
    "connect() failed (111: Connection refused)" with 502s on /api/user/*, sessions whose /check fails are dropped (the "logged
    out"), and payment's requests to user fail with urllib3 "Connection refused".
    Decoys: a healthy catalogue rollout 35 minutes ago and an OOM kill of shipping (JVM) three days ago.`,
  ...withDefaults({
    workloads: {
      user: {
        pods: [{ containers: { user: cs.restartedRunning({ restarts: 9, startedAt: T.iso(-2.1), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-6.5), finishedAt: T.iso(-2.5) } }) } }],
      },
      catalogue: {
        rollout: { at: -35, revision: 6, oldContainers: { catalogue: { image: 'robotshop/rs-catalogue:2.1.0' } } },
        containers: { catalogue: { image: 'robotshop/rs-catalogue:2.1.1' } },
      },
      shipping: {
        pods: [{ containers: { shipping: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 12), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 24 * 3 - 12.3) } }) } }],
      },
    },
  }),
  events: [
    { on: 'pod:user#0', reason: 'Pulled', count: 9, first: -41.5, last: -2.2, message: 'Container image "robotshop/rs-user:2.1.0" already present on machine' },
    { on: 'pod:user#0', reason: 'Created', count: 9, first: -41.5, last: -2.2, message: 'Created container user' },
    { on: 'pod:user#0', reason: 'Started', count: 9, first: -41.5, last: -2.1, message: 'Started container user' },
    { on: 'pod:user#0', type: 'Warning', reason: 'BackOff', count: 14, first: -28.3, last: -2.4, message: 'Back-off restarting failed container user in pod %POD%_robot-shop(%PODUID%)' },
    { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -35 },
    { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -34.2 },
  ],
  logs: {
    'user#0/user': [...userBoot(-2.1), ...userRun(-2.0, -0.1, 1)],
    'user#0/user/previous': [...userBoot(-6.5), ...userRun(-6.4, -2.5, 1)],
    'web#0/web': [
      access(-44.0, 'GET', '/api/user/uniqueid', 200, 44),
      access(-43.2, 'POST', '/api/user/login', 200, 112),
      nerr(-41.6, 88214, 'upstream prematurely closed connection while reading response header from upstream', 'POST', '/api/user/login'),
      access(-41.6, 'POST', '/api/user/login', 502, 157),
      nerr(-41.6, 88219, 'connect() failed (111: Connection refused) while connecting to upstream', 'GET', '/api/user/uniqueid'),
      access(-41.6, 'GET', '/api/user/uniqueid', 502, 157),
      access(-40.9, 'GET', '/api/catalogue/products', 200, 3121),
      nerr(-28.4, 91407, 'upstream prematurely closed connection while reading response header from upstream', 'GET', '/api/user/check/sarah'),
      access(-28.4, 'GET', '/api/user/check/sarah', 502, 157),
      nerr(-28.3, 91411, 'connect() failed (111: Connection refused) while connecting to upstream', 'POST', '/api/user/login'),
      access(-28.3, 'POST', '/api/user/login', 502, 157),
      nerr(-28.1, 91420, 'connect() failed (111: Connection refused) while connecting to upstream', 'GET', '/api/user/uniqueid'),
      access(-28.1, 'GET', '/api/user/uniqueid', 502, 157),
      access(-20.2, 'GET', '/api/ratings/api/fetch/Watson', 200, 54),
      nerr(-10.9, 94102, 'upstream prematurely closed connection while reading response header from upstream', 'POST', '/api/user/login'),
      access(-10.9, 'POST', '/api/user/login', 502, 157),
      nerr(-10.8, 94106, 'connect() failed (111: Connection refused) while connecting to upstream', 'GET', '/api/user/uniqueid'),
      access(-10.8, 'GET', '/api/user/uniqueid', 502, 157),
      nerr(-2.5, 96311, 'upstream prematurely closed connection while reading response header from upstream', 'GET', '/api/user/uniqueid'),
      access(-2.5, 'GET', '/api/user/uniqueid', 502, 157),
      nerr(-2.3, 96318, 'connect() failed (111: Connection refused) while connecting to upstream', 'POST', '/api/user/login'),
      access(-2.3, 'POST', '/api/user/login', 502, 157),
      access(-1.4, 'GET', '/api/user/uniqueid', 200, 44),
      access(-0.6, 'GET', '/api/catalogue/categories', 200, 61),
    ],
    'payment#0/payment': [
      `[${T.java(-28.3).replace('.', ',')}] ERROR in payment: user service error: HTTPConnectionPool(host='user', port=8080): Max retries exceeded with url: /check/mike.r (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a2c1d9e50>: Failed to establish a new connection: [Errno 111] Connection refused'))`,
      `${'10.1.2.137'} - - [${nginxTime(-28.3)}] "POST /pay/mike.r HTTP/1.1" 500 -`,
      `[${T.java(-2.3).replace('.', ',')}] ERROR in payment: user service error: HTTPConnectionPool(host='user', port=8080): Max retries exceeded with url: /check/anonymous-91c2 (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a2c0b4a10>: Failed to establish a new connection: [Errno 111] Connection refused'))`,
      `${'10.1.2.137'} - - [${nginxTime(-2.3)}] "POST /pay/anonymous-91c2 HTTP/1.1" 500 -`,
    ],
    'catalogue#0/catalogue': [
      pino(T, -34.6, 'info', '%POD%', 'Started on port 8080'),
      pino(T, -34.6, 'info', '%POD%', 'MongoDB connected'),
    ],
  },
};

export const scenarios = [s1];
