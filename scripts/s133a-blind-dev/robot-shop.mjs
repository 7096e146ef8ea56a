// s133a blind dev: Robot Shop — redis connection table at a maxclients lowered by the fd limit; a catalogue rollout stuck on an index conflict.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, defaultPvcs as pvcs, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const I1 = '2026-05-19T11:25:00Z';
const T1 = clock(I1);
const rl = (min, c, msg) => `1:${c} ${T1.java(min).slice(8, 10)} May ${T1.java(min).slice(11, 23)} ${msg}`;
const redisLog = [
  rl(-60 * 24 * 11, 'C', '# oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
  rl(-60 * 24 * 11, 'C', '# Redis version=4.0.6, bits=64, commit=00000000, modified=0, pid=1, just started'),
  rl(-60 * 24 * 11, 'C', '# Configuration loaded'),
  rl(-60 * 24 * 11, 'M', '# You requested maxclients of 10000 requiring at least 10032 max file descriptors.'),
  rl(-60 * 24 * 11, 'M', '# Server can\'t set maximum open files to 10032 because of OS error: Operation not permitted.'),
  rl(-60 * 24 * 11, 'M', '# Current maximum open files is 1024. maxclients has been reduced to 992 to compensate for low ulimit. If you need higher maxclients increase \'ulimit -n\'.'),
  rl(-60 * 24 * 11, 'M', '* Running mode=standalone, port=6379.'),
  rl(-60 * 24 * 11, 'M', '# Server initialized'),
  rl(-60 * 24 * 11, 'M', '* Ready to accept connections'),
  rl(-60 * 24 * 3, 'M', '* 10 changes in 300 seconds. Saving...'),
  rl(-60 * 24 * 3, 'M', '* Background saving started by pid 2211'),
  rl(-60 * 24 * 3, 'C', '* DB saved on disk'),
  rl(-42, 'M', '* 10 changes in 300 seconds. Saving...'),
  rl(-42, 'M', '* Background saving started by pid 9184'),
  rl(-42, 'C', '* DB saved on disk'),
];
const cartErr = (min) => pino(T1, min, 'error', '%POD%', 'ERR max number of clients reached', '"err":{"type":"ReplyError","message":"ERR max number of clients reached","stack":"ReplyError: ERR max number of clients reached\\n    at parseError (/opt/server/node_modules/redis-parser/lib/parser.js:193:12)\\n    at parseType (/opt/server/node_modules/redis-parser/lib/parser.js:303:14)","command":"GET","args":["4f1d3c6e-27b5-4a0b-9d47-e0c81a9b6f22"],"code":"ERR"},');
const cartLog = [
  pino(T1, -50, 'info', '%POD%', 'Redis connected'),
  pino(T1, -30, 'info', '%POD%', 'request completed', '"req":{"method":"GET","url":"/cart/4f1d3c6e"},"res":{"statusCode":200},"responseTime":4,'),
  pino(T1, -21.5, 'error', '%POD%', 'ERR max number of clients reached', '"err":{"type":"ReplyError","message":"ERR max number of clients reached","code":"ERR"},'),
  pino(T1, -21.5, 'error', '%POD%', 'Redis ERROR ReplyError: Ready check failed: ERR max number of clients reached'),
  pino(T1, -21.4, 'info', '%POD%', 'Redis reconnecting'),
  cartErr(-18),
  pino(T1, -17.9, 'info', '%POD%', 'request completed', '"req":{"method":"GET","url":"/cart/4f1d3c6e"},"res":{"statusCode":500},"responseTime":6,'),
  pino(T1, -14, 'info', '%POD%', 'Redis reconnecting'),
  cartErr(-9),
  pino(T1, -8.9, 'info', '%POD%', 'request completed', '"req":{"method":"POST","url":"/add/4f1d3c6e/RED/1"},"res":{"statusCode":500},"responseTime":3,'),
  cartErr(-2.3),
];
const userLog = [
  pino(T1, -40, 'info', '%POD%', 'request completed', '"req":{"method":"GET","url":"/uniqueid"},"res":{"statusCode":200},"responseTime":2,'),
  pino(T1, -19, 'error', '%POD%', 'ERROR ReplyError: ERR max number of clients reached'),
  pino(T1, -19, 'info', '%POD%', 'request completed', '"req":{"method":"GET","url":"/uniqueid"},"res":{"statusCode":500},"responseTime":5,'),
  pino(T1, -6, 'error', '%POD%', 'ERROR ReplyError: ERR max number of clients reached'),
];
const webLog = [
  `10.1.1.12 - - [${T1.java(-30).slice(8, 10)}/May/2026:${T1.java(-30).slice(11, 19)} +0000] "GET /api/cart/cart/4f1d3c6e HTTP/1.1" 200 212 "-" "Mozilla/5.0"`,
  `10.1.1.12 - - [${T1.java(-18).slice(8, 10)}/May/2026:${T1.java(-18).slice(11, 19)} +0000] "GET /api/cart/cart/4f1d3c6e HTTP/1.1" 500 51 "-" "Mozilla/5.0"`,
  `10.1.2.40 - - [${T1.java(-9).slice(8, 10)}/May/2026:${T1.java(-9).slice(11, 19)} +0000] "GET /api/cart/add/4f1d3c6e/RED/1 HTTP/1.1" 500 51 "-" "Mozilla/5.0"`,
  `10.1.2.40 - - [${T1.java(-6).slice(8, 10)}/May/2026:${T1.java(-6).slice(11, 19)} +0000] "GET /api/user/uniqueid HTTP/1.1" 500 43 "-" "Mozilla/5.0"`,
  `10.1.2.40 - - [${T1.java(-5).slice(8, 10)}/May/2026:${T1.java(-5).slice(11, 19)} +0000] "GET /api/catalogue/products HTTP/1.1" 200 3187 "-" "Mozilla/5.0"`,
];

const I2 = '2026-05-21T14:20:00Z';
const T2 = clock(I2);
const catPrev = [
  pino(T2, -2.2, 'info', '%POD%', 'MongoDB connected'),
  pino(T2, -2.2, 'error', '%POD%', 'ERROR', '"err":{"type":"MongoError","message":"Index with name: name_text_description_text already exists with different options","stack":"MongoError: Index with name: name_text_description_text already exists with different options\\n    at Connection.<anonymous> (/opt/server/node_modules/mongodb/lib/core/connection/pool.js:451:61)\\n    at processMessage (/opt/server/node_modules/mongodb/lib/core/connection/pool.js:375:9)","ok":0,"errmsg":"Index with name: name_text_description_text already exists with different options","code":85,"codeName":"IndexOptionsConflict","name":"MongoError"},'),
  `/opt/server/server.js:213`,
  `            throw err;`,
  `            ^`,
  ``,
  `MongoError: Index with name: name_text_description_text already exists with different options`,
  `    at Connection.<anonymous> (/opt/server/node_modules/mongodb/lib/core/connection/pool.js:451:61)`,
  `    at processMessage (/opt/server/node_modules/mongodb/lib/core/connection/pool.js:375:9) {`,
  `  ok: 0,`,
  `  code: 85,`,
  `  codeName: 'IndexOptionsConflict'`,
  `}`,
];
const mongoLog = [
  JSON.stringify({ t: { $date: T2.isoMs(-60 * 24 * 4) }, s: 'I', c: 'NETWORK', id: 23016, ctx: 'listener', msg: 'Waiting for connections', attr: { port: 27017, ssl: 'off' } }),
  JSON.stringify({ t: { $date: T2.isoMs(-60 * 24 * 2) }, s: 'W', c: 'COMMAND', id: 20525, ctx: 'conn412', msg: 'Slow query', attr: { type: 'command', ns: 'users.orders', durationMillis: 812 } }),
  JSON.stringify({ t: { $date: T2.isoMs(-2.2) }, s: 'I', c: 'INDEX', id: 20438, ctx: 'conn9931', msg: 'Index build: registering', attr: { namespace: 'catalogue.products', error: 'IndexOptionsConflict: Index with name: name_text_description_text already exists with different options' } }),
];

export const scenarios = [
  withDefaults({
    folder: 's133a-redis-maxclients',
    description: 'robot shop: add to cart failing w/ 500 for ~20 min, also user/uniqueid errors. catalogue browse ok. nothing restarted',
    incidentTime: I1,
    expected: { component: 'redis', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'callers-only', 'time-expression', 'partial-name'],
    grounding: `
      Redis caps client connections at maxclients (default 10000) but lowers it at start when it cannot raise RLIMIT_NOFILE:
      "maxclients has been reduced to 992 to compensate for low ulimit" (redis 4.0 server.c adjustOpenFilesLimit). Once 992 clients are
      connected every new connection gets "ERR max number of clients reached" and redis itself logs nothing more; node-redis (cart, user)
      surfaces it as a ReplyError, on reconnects as "Ready check failed". Manifest facts: robot-shop redis StatefulSet redis:4.0.6, no probes,
      so the pod stays Running/Ready; cart and user both use REDIS_HOST=redis; catalogue (mongodb) is unaffected, which matches the report.
      Deviation: the node image runs containerd with a 1024 soft nofile limit (upstream EKS defaults are higher), and the idle connections
      pile up because redis timeout is 0 (default) while cart pods were rescheduled repeatedly over eleven days leaving half-open sockets;
      the snapshot shows the startup warning eleven days old and the cart/user errors from ~11:03.
    `,
    workloads: { redis: { since: -60 * 24 * 11 }, cart: { since: -60 * 24 * 2 } },
    logs: {
      'redis#0/redis': redisLog,
      'cart#0/cart': cartLog,
      'user#0/user': userLog,
      'web#0/web': webLog,
    },
  }),
  withDefaults({
    folder: 's133a-catalogue-index-conflict',
    description: 'catalogue deploy (2.1.1) from ~14:05 never finishes, argo says progressing forever. shop still up afaik',
    incidentTime: I2,
    expected: { component: 'catalogue', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'catalogue', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'partial-name', 'time-expression', 'decoy'],
    grounding: `
      A catalogue release (image robotshop/rs-catalogue:2.1.1, our build) adds createIndex({name:'text', description:'text'}) with a weights option
      at startup; the products collection already has name_text_description_text created by the upstream mongodb init script (catalogue.js
      creates the text index) without weights, so MongoDB answers code 85 IndexOptionsConflict and the Node process rethrows and exits 1.
      The new ReplicaSet's pod crash-loops; with replicas 1 and maxUnavailable 25% the old 2.1.0 pod keeps serving, so the shop works and
      the Deployment reports Progressing until the 600 s deadline passes. Deviation: the 2.1.1 image and its index change are invented;
      upstream index creation lives in the mongodb image only. Decoy: a mongodb slow-query warning two days old.
    `,
    workloads: {
      catalogue: {
        rollout: { at: -15, oldReplicas: 1, oldContainers: { catalogue: { image: 'robotshop/rs-catalogue:2.1.0' } } },
        containers: { catalogue: { image: 'robotshop/rs-catalogue:2.1.1' } },
        pods: [{ containers: { catalogue: cs.crashLoop({ restarts: 6, exitCode: 1, startedAt: T2.iso(-2.25), finishedAt: T2.iso(-2.2), container: 'catalogue' }) } }],
        unavailableSince: -14.5,
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T2.iso(-4.5), lastTransitionTime: T2.iso(-4.5), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
      mongodb: { since: -60 * 24 * 4 },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -15 },
      { on: 'pod:catalogue#0', reason: 'Pulled', message: 'Container image "robotshop/rs-catalogue:2.1.1" already present on machine', first: -14.4, last: -2.3, count: 7 },
      { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', first: -14.4, last: -2.25, count: 7 },
      { on: 'pod:catalogue#0', reason: 'BackOff', message: 'Back-off restarting failed container catalogue in pod %POD%_robot-shop(%PODUID%)', type: 'Warning', first: -13.8, last: -0.6, count: 58 },
    ],
    logs: {
      'catalogue#0/catalogue/previous': catPrev,
      'catalogue#0/catalogue': [pino(T2, -0.5, 'info', '%POD%', 'MongoDB connected')],
      'catalogue#old0/catalogue': [pino(T2, -20, 'info', '%POD%', 'request completed', '"req":{"method":"GET","url":"/products"},"res":{"statusCode":200},"responseTime":7,')],
      'mongodb#0/mongodb': mongoLog,
    },
  }),
];
