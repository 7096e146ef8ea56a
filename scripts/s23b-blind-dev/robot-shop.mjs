// Blind dev scenario s23b for Stan's Robot Shop (kit system scripts/kit-systems/robot-shop.mjs): a backup job that fsyncLock()ed
// mongod and died before unlocking it, so every write to MongoDB blocks while reads still work and checkouts hang in payment.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as rsys, withDefaults, defaultPvcs as pvcs, pino } from '../kit-systems/robot-shop.mjs';

export const system = rsys;
export const defaultPvcs = pvcs;

const IT = '2026-07-09T06:44:00Z';
const T = clock(IT);
const LOCK = -41.6; // 06:02:24
const mdate = (min) => T.isoMs(min).replace('Z', '+00:00');
const mlog = (min, s, c, id, ctx, msg, attr) => `{"t":{"$date":"${mdate(min)}"},"s":"${s}",  "c":"${c}", "id":${id}, "ctx":"${ctx}","msg":"${msg}"${attr ? `,"attr":${JSON.stringify(attr)}` : ''}}`;

const mongo = [
  mlog(-52.1, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '10.1.2.41:50418', uuid: '2d6f7f3a-0c1e-4a51-b3a7-8e1f5c2b9d40', connectionId: 1187, connectionCount: 9 }),
  mlog(-52.1, 'I', 'NETWORK', 51800, 'conn1187', 'client metadata', { remote: '10.1.2.41:50418', client: 'conn1187', doc: { driver: { name: 'nodejs', version: '3.6.12' }, os: { type: 'Linux', name: 'linux', architecture: 'x64', version: '5.10.226-214.880.amzn2.x86_64' }, platform: 'Node.js v14.21.3, LE (legacy)' } }),
  mlog(-41.7, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '10.1.3.77:38962', uuid: '91b4c1d2-7e3f-4a8b-9c0d-5e6f7a8b9c0d', connectionId: 1203, connectionCount: 10 }),
  mlog(-41.7, 'I', 'NETWORK', 51800, 'conn1203', 'client metadata', { remote: '10.1.3.77:38962', client: 'conn1203', doc: { application: { name: 'mongosh 2.2.10' }, driver: { name: 'nodejs|mongosh', version: '6.6.2|2.2.10' }, platform: 'Node.js v20.12.2, LE', os: { name: 'linux', architecture: 'x64', version: '3.10.0-327.22.2.el7.x86_64', type: 'Linux' } } }),
  mlog(LOCK, 'I', 'COMMAND', 20462, 'conn1203', 'mongod is locked and no writes are allowed', { lockCount: 1, seeAlso: 'http://dochub.mongodb.org/core/fsynccommand' }),
  mlog(LOCK + 2.5, 'I', 'NETWORK', 22944, 'conn1203', 'Connection ended', { remote: '10.1.3.77:38962', uuid: '91b4c1d2-7e3f-4a8b-9c0d-5e6f7a8b9c0d', connectionId: 1203, connectionCount: 9 }),
];
for (let m = LOCK + 6; m < -0.5; m += 9.5)
  mongo.push(mlog(m, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '10.1.2.41:50' + (600 + Math.round(-m)), uuid: `c0${Math.round(-m)}a7e2-4b1c-4d2e-8f3a-9b0c1d2e3f4a`, connectionId: 1210 + Math.round(m + 50), connectionCount: 10 }));
mongo.sort((a, b) => a.slice(11, 40).localeCompare(b.slice(11, 40)));

const USERS = ['rdunn', 'stan', 'partner-57', 'mhoffman', 'stan', 'jcole'];
const ordid = (i) => `${(0x8f2c1a + i * 4099).toString(16)}-${(0x3b7d + i * 13).toString(16)}-4e1f-9a2b-${(0x6c7d8e9f0a1b + i * 7919).toString(16)}`;

const payment = [];
const user = [];
const webE = [];
const W = (min, line) => webE.push([min, line]);
const MON = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'];
const DAY = ['Sun','Mon','Tue','Wed','Thu','Fri','Sat'];
const clf = (min) => { const d = new Date(Date.parse(T.isoMs(min))); const p = (x) => String(x).padStart(2, '0'); return `${p(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`; };
const ctime = (min) => { const d = new Date(Date.parse(T.isoMs(min))); const p = (x) => String(x).padStart(2, '0'); return `${DAY[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${d.getUTCFullYear()}`; };
const dispatch = [];
let i = 0;
// before the lock: checkouts complete
for (let m = -58; m < LOCK; m += 3.1, i++) {
  const u = USERS[i % USERS.length];
  payment.push(`[${T.java(m).replace('.', ',')}] INFO in payment: payment for ${u}`, `[${T.java(m + 0.01).replace('.', ',')}] INFO in payment: paypal returned 200`, `[${T.java(m + 0.01).replace('.', ',')}] INFO in rabbitmq: Publishing order ${ordid(i)}`, `[${T.java(m + 0.02).replace('.', ',')}] INFO in payment: order history returned 200`, `[${T.java(m + 0.02).replace('.', ',')}] INFO in payment: cart delete returned 200`);
  payment.push(`[pid: ${9 + (i % 2)}|app: 0|req: ${4100 + i}/${8203 + 2 * i}] 10.1.1.23 () {46 vars in 611 bytes} [${ctime(m)}] POST /pay/${u} => generated 51 bytes in ${1100 + (i % 7) * 61} msecs (HTTP/1.1 200) 2 headers in 72 bytes (1 switches on core 0)`);
  user.push(pino(T, m + 0.015, 'info', '%POD%', 'order', `"req":{"id":${3300 + i},"method":"POST","url":"/order/${u}"},`));
  dispatch.push(`${T.go(m + 0.02)} processing order ${ordid(i)}`);
  W(m + 0.02, `10.1.0.${20 + (i % 30)} - - [${clf(m + 0.02)}] "POST /api/payment/pay/${u} HTTP/1.1" 200 51 "http://shop.robotshop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"`);
}
// after: the two uWSGI workers block on POST user:8080/order/<id>, which waits on the locked mongod
for (let m = LOCK + 1.2; m < -1.2; m += 2.2, i++) {
  const u = USERS[i % USERS.length];
  if (m < LOCK + 5) {
    payment.push(`[${T.java(m).replace('.', ',')}] INFO in payment: payment for ${u}`, `[${T.java(m + 0.01).replace('.', ',')}] INFO in payment: paypal returned 200`, `[${T.java(m + 0.01).replace('.', ',')}] INFO in rabbitmq: Publishing order ${ordid(i)}`);
    user.push(pino(T, m + 0.015, 'info', '%POD%', 'order', `"req":{"id":${3300 + i},"method":"POST","url":"/order/${u}"},`));
    dispatch.push(`${T.go(m + 0.02)} processing order ${ordid(i)}`);
  }
  W(m + 1, `10.1.0.${20 + (i % 30)} - - [${clf(m + 1)}] "POST /api/payment/pay/${u} HTTP/1.1" 504 167 "http://shop.robotshop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"`);
  W(m + 1, `${T.go(m + 1)} [error] 30#30: *${51000 + i * 7} upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.0.${20 + (i % 30)}, server: localhost, request: "POST /api/payment/pay/${u} HTTP/1.1", upstream: "http://%SVCIP:payment%:8080/pay/${u}", host: "shop.robotshop.example", referrer: "http://shop.robotshop.example/"`);
  if (i % 4 === 0) {
    W(m + 0.4, `10.1.0.${40 + (i % 9)} - - [${clf(m + 0.4)}] "GET /api/catalogue/products HTTP/1.1" 200 2784 "http://shop.robotshop.example/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"`);
    W(m + 0.5, `10.1.0.${40 + (i % 9)} - - [${clf(m + 0.5)}] "POST /api/user/login HTTP/1.1" 200 160 "http://shop.robotshop.example/login" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"`);
  }
  if (i % 5 === 0) {
    W(m + 1.02, `10.1.0.${60 + (i % 7)} - - [${clf(m + 1.02)}] "POST /api/user/register HTTP/1.1" 504 167 "http://shop.robotshop.example/login" "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0"`);
    user.push(pino(T, m + 0.02, 'info', '%POD%', 'register', `"req":{"id":${3900 + i},"method":"POST","url":"/register"},`));
  }
}
payment.push(`*** uWSGI listen queue of socket ":8080" (fd: 3) full !!! (101/100) ***`);
const web = webE.sort((a, b) => a[0] - b[0]).map((e) => e[1]);

export const scenarios = [
  withDefaults({
    folder: 's23b-mongodb-fsynclock-left-locked',
    split: 'dev',
    description: 'checkout just spins then errors on robot shop since about 6am. payment team can you look, gateway 504s on /api/payment/pay',
    incidentTime: IT,
    expected: { component: 'mongodb', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression'],
    grounding: `
      instana/robot-shop K8s/helm at 55292e2: mongodb is rs-mongodb (FROM mongo:5, structured JSON log), user (Node.js, pino,
      mongodb driver 3.x with no socket timeout) writes order history with updateOne on POST /order/:id, payment (Flask under uWSGI,
      two workers) charges the gateway, publishes the order to RabbitMQ and then POSTs the history to user with requests and no
      timeout, and web's nginx proxies /api/payment/ with the default 60 s proxy_read_timeout. A nightly backup run from outside the
      namespace (mongosh 2.2 from a pod on 10.1.3.77) called db.fsyncLock() before snapshotting the volume and was killed by its
      activeDeadlineSeconds before db.fsyncUnlock(): mongod logs "mongod is locked and no writes are allowed" (id 20462, lockCount
      1) and the client's "Connection ended", and stays Running and Ready. From then on every write blocks: user's order-history
      updates and registrations never answer, payment's workers hang after queueing the order (so dispatch keeps processing orders
      that customers see fail), nginx logs "upstream timed out (110: Connection timed out)" and 504s, and uWSGI's listen queue fills.
      Reads still work (catalogue, login, order history pages), which is how MongoDB's fsync lock behaves. The description blames
      payment, the loudest component; a careful engineer follows the hang to user and to the lock mongod itself logged.`,
    workloads: {
      mongodb: { pods: [{ created: T.iso(-60 * 24 * 12) }] },
    },
    events: [],
    logs: {
      'mongodb#0/mongodb': mongo,
      'payment#0/payment': payment,
      'user#0/user': user,
      'web#0/web': web,
      'dispatch#0/dispatch': dispatch,
    },
  }),
];
