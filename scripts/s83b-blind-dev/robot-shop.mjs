// Blind dev batch s83b, Robot Shop: one dependency-down scenario (mongodb Ready but its WiredTiger read tickets held by
// ad-hoc collection scans; catalogue, user and web are the loud ones). Built by scripts/s83b-build.mjs with the kit.
import { clock } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };
const INC = '2026-05-14T11:05:00Z';
const T = clock(INC);
const mlog = (min, c, id, ctx, msg, attr) => `{"t":{"$date":"${T.isoMs(min).replace('Z', '+00:00')}"},"s":"${c === 'NETWORK' || c === 'COMMAND' ? 'I' : 'W'}",  "c":"${c}",${' '.repeat(Math.max(1, 9 - c.length))}"id":${id},   "ctx":"${ctx}","msg":"${msg}","attr":${JSON.stringify(attr)}}`;
const mongo = [];
for (let i = 0; i < 9; i++) {
  const m = -27 + i * 3;
  mongo.push(mlog(m, 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: `127.0.0.1:${41200 + i}`, connectionId: 900 + i, connectionCount: 40 + i }));
  mongo.push(mlog(m + 2.5, 'COMMAND', 51803, `conn${900 + i}`, 'Slow query', { type: 'command', ns: 'catalogue.products', appName: 'pymongo', command: { aggregate: 'products', pipeline: [{ $match: { description: { $regex: 'robot' } } }, { $lookup: { from: 'users.orders', localField: 'sku', foreignField: 'cart.items.sku', as: 'orders' } }] }, planSummary: 'COLLSCAN', keysExamined: 0, docsExamined: 48210331, numYields: 412003, locks: { Global: { acquireCount: { r: 412004 } } }, storage: {}, remote: `127.0.0.1:${41200 + i}`, protocol: 'op_msg', durationMillis: 151204 + i * 911 }));
}
mongo.push(mlog(-1.2, 'COMMAND', 51803, 'conn611', 'Slow query', { type: 'command', ns: 'catalogue.products', command: { find: 'products', filter: { categories: 'Robot' } }, planSummary: 'COLLSCAN', docsExamined: 12, nreturned: 12, queues: { execution: { admissions: 1, totalTimeQueuedMicros: 28811023 } }, remote: '%IPOF:catalogue#0%:52114', protocol: 'op_msg', durationMillis: 28812 }));
const cat = [pino(T, -60 * 24 * 9, 30, '%POD%', 'MongoDB connected')];
for (let m = -24; m < -0.4; m += 2.3) cat.push(pino(T, m, 50, '%POD%', 'ERROR', '"err":{"type":"MongoServerSelectionError","message":"connection <monitor> to %SVCIP:mongodb%:27017 timed out","name":"MongoServerSelectionError"},'));
const user = [pino(T, -60 * 24 * 9, 30, '%POD%', 'MongoDB connected'), pino(T, -60 * 24 * 9, 30, '%POD%', 'Redis READY')];
for (let m = -22; m < -0.4; m += 4.1) user.push(pino(T, m, 50, '%POD%', 'ERROR', '"err":{"type":"MongoNetworkTimeoutError","message":"connection 14 to mongodb:27017 timed out"},'));
const web = [];
for (let m = -25; m < -0.2; m += 1.9) web.push(`${T.go(m)} [error] 30#30: *${18231 + Math.round(m * -10)} upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.1.84, server: localhost, request: "GET /api/catalogue/products HTTP/1.1", upstream: "http://%SVCIP:catalogue%:8080/products", host: "shop.example.net"`);
const cart = [pino(T, -60 * 24 * 9, 30, '%POD%', 'Redis READY'), pino(T, -9, 50, '%POD%', 'ERROR', '"err":"ESOCKETTIMEDOUT",')];

export const scenarios = [withDefaults({
  folder: 's83b-mongodb-tickets-held-by-report',
  incidentTime: INC,
  description: 'robotshop catalog wont load + login spins, started maybe half an hour ago. web nginx shows upstream timeouts. cart/payment look ok??',
  expected: { component: 'mongodb', cause: 'dependency-down' },
  alsoAcceptable: [{ component: 'mongodb', cause: 'resource-exhaustion' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'louder-dependents', 'partial-name'],
  grounding: `
    Robot Shop (K8s/helm at 55292e2): catalogue and user read MongoDB at mongodb:27017 (MONGO_URL), web's nginx proxies
    /api/catalogue/ and /api/user/. The fault follows the common MongoDB incident of WiredTiger read tickets (execution
    admissions) exhausted by long collection scans: an analyst ran an unindexed $regex + $lookup aggregation from pymongo
    through kubectl port-forward (remote 127.0.0.1) in nine parallel runs; every scan yields but holds its ticket for minutes,
    so the shop's small find()s queue for ~30 s. mongod stays Running and Ready (no probes upstream), no restart; catalogue
    (pino) and user are loud with driver timeouts and web's nginx with "upstream timed out". Cart and payment do not use
    MongoDB. Deviations: the mongod log follows MongoDB 5.0 structured logging (rs-mongodb:2.1.0 assumed on mongo 5); the
    queue attribute names follow 7.0's slow-query output. Expected cause fixed before generation.`,
  logs: {
    'mongodb#0/mongodb': mongo,
    'catalogue#0/catalogue': cat,
    'user#0/user': user,
    'web#0/web': web,
    'cart#0/cart': cart,
  },
})];
