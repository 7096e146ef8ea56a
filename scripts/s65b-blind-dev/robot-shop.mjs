// Blind dev batch s65b, Stan's Robot Shop: the robot-shop kit system (scripts/kit-systems/robot-shop.mjs) and one scenario,
// redis turned into a read-only replica of an unreachable host by a SLAVEOF sent through a port-forward (writes refused).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const INC = '2026-04-08T10:31:00Z';
const T = clock(INC);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Redis 4.0 log line: "<pid>:<role> DD Mon HH:MM:SS.mmm <level> message"
const rlog = (min, role, lvl, msg, pid = 1) => {
  const d = new Date(T.isoMs(min));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${pid}:${role} ${p(d.getUTCDate())} ${MON[d.getUTCMonth()]} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${lvl} ${msg}`;
};
// nginx "main" access log of the web pod
const nginx = (min, ip, req, status, bytes, ua = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36') => {
  const d = new Date(T.isoMs(min));
  const p = (n) => String(n).padStart(2, '0');
  return `${ip} - - [${p(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000] "${req}" ${status} ${bytes} "http://shop.robotshop.example/" "${ua}" "82.132.${(bytes % 200) + 10}.${(status % 50) + 3}"`;
};

const CART = 'cart-%POD%';
const req = (id, method, url, ip) => `"req":{"id":${id},"method":"${method}","url":"${url}","headers":{"host":"cart:8080","x-forwarded-for":"${ip}","connection":"close"},"remoteAddress":"::ffff:${ip}","remotePort":${40000 + (id * 7) % 25000}},`;
const readonlyErr = (cmd, key) => `"type":"ReplyError","stack":"ReplyError: READONLY You can't write against a read only slave.\\n    at parseError (/opt/server/node_modules/redis-parser/lib/parser.js:179:12)\\n    at parseType (/opt/server/node_modules/redis-parser/lib/parser.js:302:14)","command":"${cmd}","args":["${key}"${cmd === 'SETEX' ? ',3600,"{\\"total\\":0,\\"tax\\":0,\\"items\\":[]}"' : ''}],"code":"READONLY",`;

function cartLogs() {
  const out = [];
  const host = 'cart';
  out.push(pino(T, -60 * 24 * 9 + 0.4, 'info', '%POD%', 'Started on port 8080'));
  out.push(pino(T, -60 * 24 * 9 + 0.41, 'info', '%POD%', 'Redis READY'));
  let id = 48211;
  const web = '%IPOF:web#0%';
  // healthy traffic before the SLAVEOF
  for (let m = -40; m < -22; m += 1.5) {
    id++;
    out.push(pino(T, m, 'info', '%POD%', 'got product', req(id, 'GET', `/add/anonymous-${9120 + id % 40}/RD-${10 + (id % 9)}/1`, web)));
    out.push(pino(T, m + 0.001, 'info', '%POD%', 'got cart', req(id, 'GET', `/add/anonymous-${9120 + id % 40}/RD-${10 + (id % 9)}/1`, web)));
    out.push(pino(T, m + 0.002, 'info', '%POD%', 'saving cart'));
    out.push(pino(T, m + 0.003, 'info', '%POD%', 'request completed', `${req(id, 'GET', `/add/anonymous-${9120 + id % 40}/RD-${10 + (id % 9)}/1`, web)}"res":{"statusCode":200,"headers":{"x-powered-by":"Express","timing-allow-origin":"*","access-control-allow-origin":"*","content-type":"application/json; charset=utf-8","content-length":"142"}},"responseTime":${9 + (id % 7)},`));
    id++;
    out.push(pino(T, m + 0.6, 'info', '%POD%', 'request completed', `${req(id, 'GET', `/cart/anonymous-${9100 + id % 40}`, web)}"res":{"statusCode":200,"headers":{"x-powered-by":"Express","content-type":"application/json"}},"responseTime":${2 + (id % 3)},`));
  }
  // after: reads still answer, every write is refused by the replica
  for (let m = -21.6; m < -0.3; m += 0.7) {
    id++;
    const u = `/add/anonymous-${9180 + id % 60}/${['RD-10', 'EMM', 'STAN-1', 'CNC', 'HPTD'][id % 5]}/1`;
    out.push(pino(T, m, 'info', '%POD%', 'got product', req(id, 'GET', u, web)));
    out.push(pino(T, m + 0.001, 'info', '%POD%', 'got cart', req(id, 'GET', u, web)));
    out.push(pino(T, m + 0.002, 'info', '%POD%', 'saving cart'));
    out.push(pino(T, m + 0.003, 'error', '%POD%', "READONLY You can't write against a read only slave.", `${req(id, 'GET', u, web)}${readonlyErr('SETEX', `anonymous-${9180 + id % 60}`)}`));
    out.push(pino(T, m + 0.004, 'error', '%POD%', 'request errored', `${req(id, 'GET', u, web)}"res":{"statusCode":500,"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8","content-length":"118"}},"responseTime":${4 + (id % 5)},`));
    if (id % 3 === 0) {
      id++;
      out.push(pino(T, m + 0.3, 'info', '%POD%', 'request completed', `${req(id, 'GET', `/cart/anonymous-${9100 + id % 40}`, web)}"res":{"statusCode":200,"headers":{"x-powered-by":"Express","content-type":"application/json"}},"responseTime":2,`));
    }
  }
  void host; void CART;
  return out;
}

function userLogs() {
  const out = [
    pino(T, -60 * 24 * 9 + 0.4, 'info', '%POD%', 'Started on port 8080'),
    pino(T, -60 * 24 * 9 + 0.41, 'info', '%POD%', 'Redis READY'),
    pino(T, -60 * 24 * 9 + 0.45, 'info', '%POD%', 'MongoDB connected'),
  ];
  let id = 30390;
  const web = '%IPOF:web#0%';
  const ureq = (i, url) => `"req":{"id":${i},"method":"GET","url":"${url}","headers":{"host":"user:8080","x-forwarded-for":"${web}","connection":"close"},"remoteAddress":"::ffff:${web}","remotePort":${38000 + (i * 13) % 25000}},`;
  for (let m = -40; m < -22; m += 2.2) {
    id++;
    out.push(pino(T, m, 'info', '%POD%', 'request completed', `${ureq(id, '/uniqueid')}"res":{"statusCode":200,"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8","content-length":"31"}},"responseTime":3,`));
  }
  for (let m = -21.2; m < -0.4; m += 1.3) {
    id++;
    out.push(pino(T, m, 'error', '%POD%', 'ERROR', ureq(id, '/uniqueid')));
    out.push(pino(T, m + 0.001, 'error', '%POD%', 'request errored', `${ureq(id, '/uniqueid')}"res":{"statusCode":500,"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8","content-length":"96"}},"responseTime":2,`));
    if (id % 2 === 0) {
      id++;
      out.push(pino(T, m + 0.4, 'info', '%POD%', 'request completed', `${ureq(id, '/check/anonymous-9131')}"res":{"statusCode":404,"headers":{"x-powered-by":"Express"}},"responseTime":4,`));
    }
  }
  return out;
}

function redisLogs() {
  const s = -60 * 24 * 9;
  const out = [
    rlog(s, 'C', '#', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
    rlog(s, 'C', '#', 'Redis version=4.0.6, bits=64, commit=00000000, modified=0, pid=1, just started'),
    rlog(s, 'C', '#', 'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf'),
    rlog(s + 0.001, 'M', '*', 'Running mode=standalone, port=6379.'),
    rlog(s + 0.001, 'M', '#', 'WARNING: The TCP backlog setting of 511 cannot be enforced because /proc/sys/net/core/somaxconn is set to the lower value of 128.'),
    rlog(s + 0.001, 'M', '#', 'Server initialized'),
    rlog(s + 0.001, 'M', '#', "WARNING you have Transparent Huge Pages (THP) support enabled in your kernel. This will create latency and memory usage issues with Redis. To fix this issue run the command 'echo never > /sys/kernel/mm/transparent_hugepage/enabled' as root, and add it to your /etc/rc.local in order to retain the setting after a reboot. Redis must be restarted after THP is disabled."),
    rlog(s + 0.002, 'M', '*', 'DB loaded from disk: 0.004 seconds'),
    rlog(s + 0.002, 'M', '*', 'Ready to accept connections'),
  ];
  // background saves (default save points) while it was a master
  let pid = 7713;
  for (const m of [-62, -51, -40, -29]) {
    pid += 37;
    out.push(rlog(m, 'M', '*', '100 changes in 300 seconds. Saving...'));
    out.push(rlog(m, 'M', '*', `Background saving started by pid ${pid}`));
    out.push(rlog(m + 0.001, 'C', '*', 'DB saved on disk', pid));
    out.push(rlog(m + 0.001, 'C', '*', 'RDB: 0 MB of memory used by copy-on-write', pid));
    out.push(rlog(m + 0.002, 'M', '*', 'Background saving terminated with success'));
  }
  const at = -22.1;
  out.push(rlog(at, 'S', '*', 'Before turning into a slave, using my master parameters to synthesize a cached master: I may be able to synchronize with the new master with just a partial transfer.'));
  out.push(rlog(at, 'S', '*', "SLAVE OF 10.1.40.17:6379 enabled (user request from 'id=41877 addr=127.0.0.1:53812 fd=11 name= age=3 idle=0 flags=N db=0 sub=0 psub=0 multi=-1 qbuf=0 qbuf-free=32768 obl=0 oll=0 omem=0 events=r cmd=slaveof')"));
  for (let m = at + 0.012; m < -0.2; m += 61 / 60) {
    out.push(rlog(m, 'S', '*', 'Connecting to MASTER 10.1.40.17:6379'));
    out.push(rlog(m + 0.0002, 'S', '*', 'MASTER <-> SLAVE sync started'));
    if (m + 1 < -0.05) out.push(rlog(m + 1, 'S', '#', 'Timeout connecting to the MASTER...'));
  }
  return out;
}

function webLogs() {
  const out = [];
  const lb = ['10.1.1.84', '10.1.2.137', '10.1.3.206'];
  let k = 0;
  for (let m = -40; m < -22; m += 1.1) {
    k++;
    out.push(nginx(m, lb[k % 3], `GET /api/cart/add/anonymous-${9120 + k % 40}/RD-${10 + (k % 9)}/1 HTTP/1.1`, 200, 142));
    out.push(nginx(m + 0.2, lb[(k + 1) % 3], `GET /api/catalogue/products HTTP/1.1`, 200, 3812));
    out.push(nginx(m + 0.4, lb[(k + 2) % 3], `GET /api/user/uniqueid HTTP/1.1`, 200, 31));
  }
  for (let m = -21.6; m < -0.3; m += 0.7) {
    k++;
    out.push(nginx(m, lb[k % 3], `GET /api/cart/add/anonymous-${9180 + k % 60}/${['RD-10', 'EMM', 'STAN-1', 'CNC', 'HPTD'][k % 5]}/1 HTTP/1.1`, 500, 118));
    if (k % 2) out.push(nginx(m + 0.2, lb[(k + 1) % 3], `GET /api/cart/cart/anonymous-${9100 + k % 40} HTTP/1.1`, 200, 388));
    if (k % 2 === 0) out.push(nginx(m + 0.3, lb[(k + 2) % 3], `GET /api/user/uniqueid HTTP/1.1`, 500, 96));
    if (k % 3 === 0) out.push(nginx(m + 0.5, lb[k % 3], `GET /api/catalogue/products HTTP/1.1`, 200, 3812));
  }
  return out;
}

function dispatchCurrent() {
  const s = -60 * 24 * 2 + 0.6;
  const out = [`${T.go(s)} Error Percent is 0`, `${T.go(s)} Waiting for messages`, `${T.go(s)} Connecting to amqp://guest:guest@rabbitmq:5672/`, `${T.go(s + 0.01)} Rabbit MQ ready true`];
  // orders arrived normally until carts could no longer be written
  let n = 0;
  for (let m = -58; m < -22.5; m += 3.7) {
    n++;
    const id = `${['a3f1', '0c9e', '7b2d', 'e41a'][n % 4]}${(91234 + n * 77).toString(16)}-77c2-4d0e-9a6f-${(0x1e2f3a4b5c6d + n * 4099).toString(16)}`;
    out.push(`${T.go(m)} Order {"orderid": "${id}", "user": "anonymous-${9100 + n}", "cart": {"total": ${(n % 5) * 12 + 9}.99, "tax": ${(n % 5) * 2 + 1}.66}}`);
    out.push(`${T.go(m)} Headers map[X-INSTANA-L:1 X-INSTANA-S:${(0x6a1f2e3d + n * 131).toString(16)} X-INSTANA-T:${(0x19c0ffee + n * 17).toString(16)}]`);
  }
  return out;
}

export const scenarios = [
  withDefaults({
    folder: 's65b-redis-readonly-replica-slaveof',
    description: 'basket team - add to cart broken since ~10:10, cart page still shows the old items fine. nothing deployed',
    incidentTime: INC,
    expected: { component: 'redis', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'redis', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      Manifest facts (instana/robot-shop K8s/helm at 55292e2): redis is the StatefulSet redis (redis:4.0.6, no probes, no
      config file, so the defaults: replica-read-only yes, slave-serve-stale-data yes); cart/server.js and user/server.js
      use the node redis 2.8 client against REDIS_HOST=redis, cart writes each cart with SETEX and answers 500 with the
      ReplyError when the write fails, user counts anonymous visitors with INCR on /uniqueid; both log through pino 5
      with express-pino-logger (pino-http logs "request errored" at level error for a 5xx).
      Fault: during a rehearsal of the basket team's move of carts to a Redis VM, the replication step was sent to the
      wrong end: through a kubectl port-forward (hence addr=127.0.0.1 in the log) the in-cluster redis got
      SLAVEOF 10.1.40.17 6379, an address that no longer answers. Redis 4.0 logs "SLAVE OF ... enabled (user request
      from ...)", then retries "Connecting to MASTER" / "Timeout connecting to the MASTER..." every repl-timeout; as a
      replica it keeps serving its stale data to GET but refuses every write with "READONLY You can't write against a
      read only slave." - the well-known symptom of an accidental or malicious SLAVEOF/REPLICAOF on an exposed Redis
      (redis docs, replication; many public "READONLY You can't write against a read only replica" reports).
      The pod stays Running and Ready, restartCount 0, no Event; the callers are the loud ones: cart 500s on every add,
      user 500s on /uniqueid, web's nginx access log full of 500s on /api/cart/add while /api/cart/cart reads answer 200.
      Decoys: dispatch restarted once 2 days ago (exit 1, RabbitMQ not yet up after a node replacement), the Redis
      startup warnings (somaxconn, THP) from 9 days ago. Deviations: none in the manifests; the VM address is invented.`,
    workloads: {
      redis: {
        pods: [{ node: 'ip-10-1-2-137.eu-west-1.compute.internal' }],
      },
      dispatch: {
        pods: [{
          containers: {
            dispatch: cs.restartedRunning({
              restarts: 1,
              startedAt: T.iso(-60 * 24 * 2 + 0.6),
              last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 2), finishedAt: T.iso(-60 * 24 * 2 + 0.3) },
            }),
          },
        }],
      },
    },
    events: [],
    logs: {
      'cart#0/cart': cartLogs(),
      'user#0/user': userLogs(),
      'redis#0/redis': redisLogs(),
      'web#0/web': webLogs(),
      'dispatch#0/dispatch': dispatchCurrent(),
      'dispatch#0/dispatch/previous': [
        `${T.go(-60 * 24 * 2)} Error Percent is 0`,
        `${T.go(-60 * 24 * 2)} Waiting for messages`,
        `${T.go(-60 * 24 * 2)} Connecting to amqp://guest:guest@rabbitmq:5672/`,
        `${T.go(-60 * 24 * 2 + 0.01)} dial tcp %SVCIP:rabbitmq%:5672: connect: connection refused`,
        `${T.go(-60 * 24 * 2 + 0.01)} Reconnecting to amqp://guest:guest@rabbitmq:5672/`,
        `${T.go(-60 * 24 * 2 + 0.2)} Rabbit MQ ready true`,
        `${T.go(-60 * 24 * 2 + 0.29)} Failed to consume : Exception (404) Reason: "NOT_FOUND - no queue 'orders' in vhost '/'"`,
      ],
    },
  }),
];
