// Blind dev batch s77c: one Robot Shop scenario (redis StatefulSet restarted with --requirepass; cart and user cannot
// authenticate and hang), on scripts/kit-systems/robot-shop.mjs with its withDefaults and pino helper; built by scripts/s77c-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const INCIDENT = '2026-06-11T10:52:00Z';
const T = clock(INCIDENT);
const CHANGE = -38; // 10:14, the redis StatefulSet template change
const redisEnv = [{ name: 'REDIS_PASSWORD', valueFrom: { secretKeyRef: { name: 'redis-auth', key: 'password' } } }];

// Redis 4.0.6 start-up as the redis:4.0.6 image prints it (options on the command line, no config file).
const rd = (min, role, mark, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `1:${role} ${p(d.getUTCDate())} ${mon} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${mark} ${msg}`;
};
const s = CHANGE + 0.35;
const redisLog = [
  rd(s, 'C', '#', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
  rd(s, 'C', '#', 'Redis version=4.0.6, bits=64, commit=00000000, modified=0, pid=1, just started'),
  rd(s, 'C', '#', 'Configuration loaded'),
  rd(s + 0.0001, 'M', '*', 'Running mode=standalone, port=6379.'),
  rd(s + 0.0001, 'M', '#', 'WARNING: The TCP backlog setting of 511 cannot be enforced because /proc/sys/net/core/somaxconn is set to the lower value of 128.'),
  rd(s + 0.0001, 'M', '#', 'Server initialized'),
  rd(s + 0.0001, 'M', '#', 'WARNING you have Transparent Huge Pages (THP) support enabled in your kernel. This will create latency and memory usage issues with Redis. To fix this issue run the command \'echo never > /sys/kernel/mm/transparent_hugepage/enabled\' as root, and add it to your /etc/rc.local in order to retain the setting after a reboot. Redis must be restarted after THP is disabled.'),
  rd(s + 0.0002, 'M', '*', 'Ready to accept connections'),
];

const cartLog = (host) => {
  const L = [pino(T, -60 * 24 * 9 + 0.6, 'info', host, 'Started on port'), pino(T, -60 * 24 * 9 + 0.62, 'info', host, 'Redis READY')];
  for (let m = -55; m < CHANGE; m += 3.1) {
    L.push(pino(T, m, 'info', host, 'request completed', `"req":{"id":${Math.round(-m * 31)},"method":"GET","url":"/add/anonymous-${3100 + Math.round(-m)}/RED-${(Math.round(-m) % 8) + 1}/1","headers":{"host":"cart:8080","x-forwarded-for":"10.1.1.84"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${41000 + Math.round(-m * 17)}},"res":{"statusCode":200,"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8"}},"responseTime":${4 + (Math.round(-m) % 5)},`));
  }
  L.push(pino(T, CHANGE + 0.2, 'error', host, 'Redis ERROR'));
  L.push(pino(T, CHANGE + 0.45, 'error', host, 'Redis ERROR'));
  return L;
};
const userLog = (host) => {
  const L = [pino(T, -60 * 24 * 9 + 0.7, 'info', host, 'Started on port'), pino(T, -60 * 24 * 9 + 0.71, 'info', host, 'Redis READY'), pino(T, -60 * 24 * 9 + 0.73, 'info', host, 'MongoDB connected')];
  for (let m = -52; m < CHANGE; m += 4.3) {
    L.push(pino(T, m, 'info', host, 'request completed', `"req":{"id":${Math.round(-m * 13)},"method":"GET","url":"/uniqueid","headers":{"host":"user:8080"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${52000 + Math.round(-m * 7)}},"res":{"statusCode":200,"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8"}},"responseTime":3,`));
  }
  L.push(pino(T, CHANGE + 0.25, 'error', host, 'Redis ERROR'));
  L.push(pino(T, CHANGE + 0.46, 'error', host, 'Redis ERROR'));
  for (let m = CHANGE + 2; m < -0.5; m += 6.2) {
    L.push(pino(T, m, 'info', host, 'request completed', `"req":{"id":${Math.round(-m * 13) + 900},"method":"POST","url":"/login","headers":{"host":"user:8080","content-type":"application/json"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${53000 + Math.round(-m * 7)}},"res":{"statusCode":200,"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8"}},"responseTime":9,`));
  }
  return L;
};

const ngx = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return { access: `${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`, error: `${d.getUTCFullYear()}/${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}` };
};
const UA = '"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"';
const webLog = [];
for (let m = -50; m < -0.6; m += 1.3) {
  const k = Math.round(-m * 10);
  webLog.push(`10.1.1.84 - - [${ngx(m).access}] "GET /api/catalogue/products HTTP/1.1" 200 2810 "http://shop.robotshop.example/" ${UA} "-"`);
  if (m < CHANGE) {
    webLog.push(`10.1.2.137 - - [${ngx(m + 0.01).access}] "GET /api/cart/add/anonymous-${3100 + k % 50}/RED-${(k % 8) + 1}/1 HTTP/1.1" 200 171 "http://shop.robotshop.example/" ${UA} "-"`);
  } else if (m > CHANGE + 1 && m < -1.1 && k % 2 === 0) {
    const path = k % 4 === 0 ? `/api/cart/add/anonymous-${3100 + k % 50}/RED-${(k % 8) + 1}/1` : k % 3 === 0 ? '/api/user/uniqueid' : `/api/cart/cart/anonymous-${3100 + k % 50}`;
    const up = path.startsWith('/api/cart/') ? `http://%SVCIP:cart%:8080/${path.slice('/api/cart/'.length)}` : 'http://%SVCIP:user%:8080/uniqueid';
    webLog.push(`${ngx(m + 1).error} [error] 29#29: *${18000 + k} upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.2.137, server: localhost, request: "GET ${path} HTTP/1.1", upstream: "${up}", host: "shop.robotshop.example", referrer: "http://shop.robotshop.example/"`);
    webLog.push(`10.1.2.137 - - [${ngx(m + 1).access}] "GET ${path} HTTP/1.1" 504 167 "http://shop.robotshop.example/" ${UA} "-"`);
  }
}

export const scenarios = [
  withDefaults({
    folder: 's77c-redis-requirepass-clients-hang',
    incidentTime: INCIDENT,
    description: 'robot shop: add to cart just spins forever since about 10:15, new visitors get a blank basket too. catalogue + login still fine. basket team is asleep',
    expected: { component: 'redis', cause: 'config-error' },
    alsoAcceptable: [{ component: 'redis', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'team-name', 'time-expression'],
    grounding: `
      Manifest facts (instana/robot-shop K8s/helm at 55292e2): redis is a one-replica StatefulSet on redis:4.0.6 with no args and no
      password; cart and user create their node_redis 2.x clients with { host: 'redis' } only (cart/server.js, user/server.js) —
      neither service has any setting for a Redis password. web (nginx) proxies /api/cart/ and /api/user/ to them with the default
      60 s proxy_read_timeout. Fault: a platform "Redis must require AUTH" hardening PR (security-scan finding) changes the redis
      StatefulSet at 10:14 to args ["--requirepass", "$(REDIS_PASSWORD)"] from a new Secret redis-auth; redis-0 is recreated and is
      Ready (tcp 6379 answers; its log is a clean start). node_redis reconnects, its ready check (INFO) gets "NOAUTH Authentication
      required.", emits "Ready check failed: ..." as an error event and never becomes ready, so with enable_offline_queue every
      later command is queued forever: cart and user requests hang, and pino 5 ("Redis ERROR" with the error as an extra argument
      it does not print) logs only the message. web logs 504 "upstream timed out (110: Connection timed out)" for /api/cart/* and
      /api/user/uniqueid; login (MongoDB) and catalogue keep working. Redis AUTH / NOAUTH behaviour per the Redis documentation
      (AUTH, requirepass) and node_redis' ready check (README "no_ready_check"). No ReplicaSet here: the StatefulSet's template is
      the changed one (args and env); the build script writes the StatefulSet pod's generateName and the headless dispatch Service.
      Deviation from upstream: the args, env and Secret (the change under test).`,
    workloads: {
      redis: { since: CHANGE + 0.3, containers: { redis: { args: ['--requirepass', '$(REDIS_PASSWORD)'], env: redisEnv } } },
    },
    events: [
      { on: 'sts:redis', reason: 'SuccessfulDelete', message: 'delete Pod redis-0 in StatefulSet redis successful', first: CHANGE },
      { on: 'sts:redis', reason: 'SuccessfulCreate', message: 'create Pod redis-0 in StatefulSet redis successful', first: CHANGE + 0.28 },
      { on: 'pod:redis#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned robot-shop/redis-0 to %NODE%', first: CHANGE + 0.29 },
      { on: 'pod:redis#0', reason: 'Pulled', fieldPath: 'spec.containers{redis}', message: 'Container image "redis:4.0.6" already present on machine', first: CHANGE + 0.32 },
      { on: 'pod:redis#0', reason: 'Created', fieldPath: 'spec.containers{redis}', message: 'Created container redis', first: CHANGE + 0.33 },
      { on: 'pod:redis#0', reason: 'Started', fieldPath: 'spec.containers{redis}', message: 'Started container redis', first: CHANGE + 0.34 },
    ],
    logs: {
      'redis#0/redis': redisLog,
      'cart#0/cart': cartLog('%POD%'),
      'user#0/user': userLog('%POD%'),
      'web#0/web': webLog,
    },
  }),
];
