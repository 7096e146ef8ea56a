// Blind dev batch s105b: Robot Shop scenario (mongodb blocked by a foreground index build on the catalogue database).
// System from scripts/kit-systems/robot-shop.mjs (withDefaults, pino, default PVCs); built by scripts/s105b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const INC = '2026-06-03T14:19:00Z';
const T = clock(INC);
const mo = (min, comp, ctx, msg) => `${T.isoMs(min).replace('Z', '+0000')} I ${comp.padEnd(8)} [${ctx}] ${msg}`;
const ngx = (min, msg) => `${T.go(min)} [error] 29#29: *${Math.round(90000 + min * -311)} ${msg}`;
const upstreamTimeout = (min, uri, up) => ngx(min, `upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.2.137, server: localhost, request: "GET /api/catalogue/${uri} HTTP/1.1", upstream: "http://%SVCIP:catalogue%:8080/${up}", host: "shop.robotshop.example", referrer: "https://shop.robotshop.example/"`);
const access = (min, req, status, bytes) => {
  const d = new Date(Date.parse(INC) + Math.round(min * 60000));
  const p = (n) => String(n).padStart(2, '0');
  const M = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `10.1.2.137 - - [${p(d.getUTCDate())}/${M}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000] "${req} HTTP/1.1" ${status} ${bytes} "https://shop.robotshop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"`;
};
const B = -14; // foreground createIndex started
const slowFind = (min, conn, ms, filter) => mo(min, 'COMMAND', `conn${conn}`, `command catalogue.products command: find { find: "products", filter: ${filter}, lsid: { id: UUID("6f1c0a3e-2b47-4d8e-9a51-0c7e3f2b9d14") }, $db: "catalogue" } planSummary: COLLSCAN keysExamined:0 docsExamined:12 cursorExhausted:1 numYields:0 nreturned:${filter === '{}' ? 12 : 1} reslen:4211 locks:{ Global: { acquireCount: { r: 1 } }, Database: { acquireCount: { r: 1 }, acquireWaitCount: { r: 1 }, timeAcquiringMicros: { r: ${ms * 1000 - 210} } }, Collection: { acquireCount: { r: 1 } } } protocol:op_msg ${ms}ms`);

export const scenarios = [
  withDefaults({
    folder: 's105b-mongodb-foreground-index-build',
    incidentTime: INC,
    description: 'robot shop product pages spinning since 14:05ish, login + cart still ok. catalog team did you change something?',
    expected: { component: 'mongodb', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'mongodb', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'team-name', 'time-expression', 'decoy'],
    workloads: {
      mongodb: { containers: { mongodb: { image: 'mongo:4.0.28' } } },
      ratings: {
        pods: [{ containers: { ratings: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
    },
    events: [],
    logs: {
      'mongodb#0/mongodb': [
        mo(-60 * 24 * 9, 'CONTROL', 'initandlisten', 'MongoDB starting : pid=1 port=27017 dbpath=/data/db 64-bit host=%POD%'),
        mo(-60 * 24 * 9, 'CONTROL', 'initandlisten', 'db version v4.0.28'),
        mo(-60 * 24 * 9 + 0.02, 'NETWORK', 'initandlisten', 'waiting for connections on port 27017'),
        mo(-30, 'NETWORK', 'listener', 'connection accepted from %IPOF:catalogue#0%:48812 #4127 (14 connections now open)'),
        mo(B - 0.3, 'NETWORK', 'listener', 'connection accepted from 127.0.0.1:51144 #4128 (15 connections now open)'),
        mo(B - 0.28, 'NETWORK', 'conn4128', 'received client metadata from 127.0.0.1:51144 conn4128: { application: { name: "MongoDB Shell" }, driver: { name: "MongoDB Internal Client", version: "4.0.28" }, os: { type: "Linux", name: "Ubuntu", architecture: "x86_64", version: "16.04" } }'),
        mo(B, 'INDEX', 'conn4128', 'build index on: catalogue.product_views properties: { v: 2, key: { sku: 1, ts: -1 }, name: "sku_1_ts_-1", ns: "catalogue.product_views" }'),
        mo(B, 'INDEX', 'conn4128', '\t building index using bulk method; build may temporarily use up to 500 megabytes of RAM'),
        mo(B + 1, '-', 'conn4128', '  Index Build: 702300/7412088 9%'),
        mo(B + 4, '-', 'conn4128', '  Index Build: 2411900/7412088 32%'),
        slowFind(B + 4.2, 4127, 252114, '{ categories: "Robot" }'),
        mo(B + 7, '-', 'conn4128', '  Index Build: 4310800/7412088 58%'),
        slowFind(B + 8.1, 4131, 301402, '{ sku: "STAN-1" }'),
        mo(B + 10, '-', 'conn4128', '  Index Build: 6120400/7412088 82%'),
        mo(B + 11.5, '-', 'conn4128', '  Index Build: 7412088/7412088 100%'),
        mo(B + 11.6, 'INDEX', 'conn4128', '\t done building bottom layer, going to commit'),
        mo(B + 12.8, '-', 'conn4128', '  Index: (2/3) BTree Bottom Up Progress: 3120500/7412088 42%'),
      ],
      'catalogue#0/catalogue': [
        pino(T, -60 * 24 * 9 + 0.4, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -60 * 24 * 9 + 0.45, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -20, 'info', '%POD%', 'request completed', '"req":{"id":88121,"method":"GET","url":"/products","remoteAddress":"::ffff:10.1.3.22"},"res":{"statusCode":200},"responseTime":6,'),
        pino(T, -16, 'info', '%POD%', 'request completed', '"req":{"id":88140,"method":"GET","url":"/product/RD-10","remoteAddress":"::ffff:10.1.1.41"},"res":{"statusCode":200},"responseTime":3,'),
        pino(T, -11.9, 'info', '%POD%', 'request completed', '"req":{"id":88152,"method":"GET","url":"/categories","remoteAddress":"::ffff:10.1.3.22"},"res":{"statusCode":200},"responseTime":190011,'),
      ],
      'web#0/web': [
        access(-20, 'GET /api/catalogue/products', 200, 4211),
        access(-18, 'GET /api/user/uniqueid', 200, 34),
        upstreamTimeout(-12.9, 'categories', 'categories'),
        upstreamTimeout(-12.1, 'products/Robot', 'products/Robot'),
        upstreamTimeout(-9.4, 'product/STAN-1', 'product/STAN-1'),
        access(-9.4, 'GET /api/catalogue/product/STAN-1', 504, 167),
        access(-8.8, 'POST /api/user/login', 200, 112),
        access(-8.7, 'GET /api/cart/cart/Hannah', 200, 388),
        upstreamTimeout(-6.2, 'products', 'products'),
        access(-6.2, 'GET /api/catalogue/products', 504, 167),
        upstreamTimeout(-3.0, 'categories', 'categories'),
        upstreamTimeout(-1.1, 'product/RD-10', 'product/RD-10'),
      ],
      'user#0/user': [
        pino(T, -60 * 24 * 9 + 0.4, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -60 * 24 * 9 + 0.42, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -8.8, 'info', '%POD%', 'request completed', '"req":{"id":51201,"method":"POST","url":"/login","remoteAddress":"::ffff:10.1.3.22"},"res":{"statusCode":200},"responseTime":7,'),
      ],
      'cart#0/cart': [
        pino(T, -8.7, 'info', '%POD%', 'request completed', '"req":{"id":33911,"method":"GET","url":"/cart/Hannah","remoteAddress":"::ffff:10.1.3.22"},"res":{"statusCode":200},"responseTime":2,'),
      ],
      'ratings#0/ratings': [
        `[${T.iso(-60 * 24 * 3).slice(0, 19).replace('T', ' ')}] AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using %PODIP%. Set the 'ServerName' directive globally to suppress this message`,
      ],
    },
    grounding: `
      Manifest facts (instana/robot-shop K8s/helm at 55292e2): catalogue reads MONGO_URL mongodb://mongodb:27017/catalogue,
      user mongodb://mongodb:27017/users; web's nginx proxies /api/catalogue/ to catalogue:8080 (default proxy_read_timeout
      60 s); mongodb has no probes.
      Fault (expected mongodb / dependency-down): at 14:05 a catalog engineer opened a mongo shell in the mongodb pod and ran
      db.product_views.createIndex({sku: 1, ts: -1}) on a 7.4-million-document clickstream collection the team had started
      writing into the catalogue database. On MongoDB 4.0 and earlier an index build is foreground unless background:true
      is given, and a foreground build "holds an exclusive lock on the parent database ... blocking all read and write
      operations" (MongoDB 4.0 manual, Index Build Operations on a Populated Collection). Every catalogue query queues on
      the Database lock for minutes (the "locks:{ ... timeAcquiringMicros" of the slow find lines); the users database is
      untouched, so login and cart still work. mongod stays Running and Ready (no probe), catalogue neither errors nor
      restarts (the Node.js driver just waits), and the loud ones are web's nginx 504 "upstream timed out" lines.
      Decoy: ratings OOMKilled three days ago (100Mi limit), Running since.
      Deviation: the shop's mongodb runs mongo:4.0.28 (seeded by the team's own job) instead of robotshop/rs-mongodb:2.1.0,
      so that foreground index builds exist; the product_views collection is invented.
    `,
  }),
];
