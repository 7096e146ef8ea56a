// Blind dev batch s97b, Robot Shop: mongodb refusing every unindexed query after notablescan was switched on at runtime;
// the mongod pod stays Ready, catalogue (and web) are loud. Built by scripts/s97b-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };
const I = '2026-05-14T11:05:00Z';
const T = clock(I);
const mts = (min) => T.isoMs(min).replace('Z', '+00:00');
const mlog = (min, s, c, id, ctx, msg, attr) => `{"t":{"$date":"${mts(min)}"},"s":"${s}",  "c":"${c}", "id":${id},   "ctx":"${ctx}","msg":"${msg}","attr":${JSON.stringify(attr)}}`;
const boot = -60 * 24 * 9 + 0.2;
const mongoLog = [
  mlog(boot, 'I', 'CONTROL', 23285, 'main', 'Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols \'none\'', {}),
  mlog(boot, 'I', 'CONTROL', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host: 'mongodb-%POD%'.replace('mongodb-', '') }),
  mlog(boot, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: { version: '5.0.30', gitVersion: 'ccd25b5d8bc4f5a9d8f5c29a9e7a1b3c81f5e3b8', openSSLVersion: 'OpenSSL 1.1.1f  31 Mar 2020', modules: [], allocator: 'tcmalloc', environment: { distmod: 'ubuntu2004', distarch: 'x86_64', target_arch: 'x86_64' } } }),
  mlog(boot + 0.02, 'I', 'NETWORK', 23015, 'listener', 'Listening on', { address: '0.0.0.0' }),
  mlog(boot + 0.02, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
  mlog(-41.3, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '10.1.2.58:51744', uuid: '6f1f0a5e-3c1d-4b8e-9d0c-5b7e2f9a1c44', connectionId: 2291, connectionCount: 9 }),
  mlog(-41.2, 'I', 'NETWORK', 51800, 'conn2291', 'client metadata', { remote: '10.1.2.58:51744', client: 'conn2291', doc: { application: { name: 'MongoDB Shell' }, driver: { name: 'MongoDB Internal Client', version: '5.0.30' }, os: { type: 'Linux', name: 'Ubuntu', architecture: 'x86_64', version: '20.04' } } }),
  mlog(-40.6, 'I', 'COMMAND', 23435, 'conn2291', 'Successfully set parameter to new value', { parameterName: 'notablescan', newValue: 'true', oldValue: 'false' }),
  mlog(-40.1, 'I', 'NETWORK', 22944, 'conn2291', 'Connection ended', { remote: '10.1.2.58:51744', uuid: '6f1f0a5e-3c1d-4b8e-9d0c-5b7e2f9a1c44', connectionId: 2291, connectionCount: 8 }),
  mlog(-12.4, 'I', 'STORAGE', 22430, 'Checkpointer', 'WiredTiger message', { message: `[${Math.floor(Date.parse(T.iso(-12.4)) / 1000)}:118342][1:0x7f1c2b7fe700], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: 81234, snapshot max: 81234 snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 1187` }),
];
const host = (n) => `catalogue-${n}`;
const err = 'MongoServerError: error processing query: ns=catalogue.productsTree: $and\\nSort: {}\\nProj: {}\\n planner returned error :: caused by :: No indexed plan available, and running with \'notablescan\'';
const catLog = [
  pino(T, -60 * 24 * 9 + 0.5, 'info', host('x'), 'Started on port 8080'),
  pino(T, -60 * 24 * 9 + 0.5, 'info', host('x'), 'MongoDB connected'),
  ...[-52, -47].map((m) => pino(T, m, 'info', host('x'), 'request completed', '"req":{"id":1,"method":"GET","url":"/products","headers":{"host":"catalogue:8080"}},"res":{"statusCode":200},"responseTime":6,')),
  ...[-39.8, -36.1, -31.5, -27.2, -22.9, -18.4, -14.0, -9.6, -5.3, -1.7].flatMap((m, i) => [
    pino(T, m, 'error', host('x'), 'ERROR', `"req":{"id":${40 + i},"method":"GET","url":"/products","headers":{"host":"catalogue:8080"}},"err":{"type":"MongoServerError","message":"${err}","stack":"${err}\\n    at Connection.onMessage (/opt/server/node_modules/mongodb/lib/cmap/connection.js:203:30)","ok":0,"code":291,"codeName":"NoQueryExecutionPlans"},`),
    pino(T, m + 0.01, 'info', host('x'), 'request completed', `"req":{"id":${40 + i},"method":"GET","url":"/products","headers":{"host":"catalogue:8080"}},"res":{"statusCode":500},"responseTime":3,`),
  ]),
  pino(T, -20.2, 'info', host('x'), 'request completed', '"req":{"id":57,"method":"GET","url":"/categories","headers":{"host":"catalogue:8080"}},"res":{"statusCode":500},"responseTime":2,'),
];
const nginxTs = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
};
const webLog = [
  ...[-52, -47].map((m) => `10.1.3.20 - - [${nginxTs(m)}] "GET /api/catalogue/products HTTP/1.1" 200 1748 "http://shop.example.com/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"`),
  ...[-39.8, -31.5, -22.9, -14.0, -5.3, -1.7].flatMap((m) => [
    `10.1.3.20 - - [${nginxTs(m)}] "GET /api/catalogue/categories HTTP/1.1" 500 227 "http://shop.example.com/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"`,
    `10.1.3.20 - - [${nginxTs(m)}] "GET /api/catalogue/products HTTP/1.1" 500 227 "http://shop.example.com/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"`,
    `10.1.3.20 - - [${nginxTs(m + 0.01)}] "GET /api/cart/cart/anonymous-7731 HTTP/1.1" 200 92 "http://shop.example.com/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"`,
  ]),
];
const userLog = [
  pino(T, -60 * 24 * 9 + 0.5, 'info', 'user-x', 'Started on port 8080'),
  pino(T, -60 * 24 * 9 + 0.5, 'info', 'user-x', 'MongoDB connected'),
  pino(T, -33, 'info', 'user-x', 'request completed', '"req":{"id":12,"method":"POST","url":"/login","headers":{"host":"user:8080"}},"res":{"statusCode":200},"responseTime":5,'),
  pino(T, -11, 'info', 'user-x', 'request completed', '"req":{"id":13,"method":"GET","url":"/uniqueid","headers":{"host":"user:8080"}},"res":{"statusCode":200},"responseTime":1,'),
];

export const scenarios = [
  withDefaults({
    folder: 's97b-mongo-notablescan',
    description: 'robot shop home page shows no robots at all since about 10:25, login still works. catalog svc returning 500s',
    incidentTime: I,
    expected: { component: 'mongodb', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'mongodb', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'partial-name'],
    grounding: `Robot Shop K8s/helm at 55292e2: catalogue (Node.js, express + pino, mongodb driver) reads products and categories
      from mongodb (rs-mongodb, mongo:5 based, no probe); user reads the users collection by its unique name index. Fault: during
      a query-tuning session someone ran db.adminCommand({setParameter: 1, notablescan: true}) from a shell pod (MongoDB docs:
      notablescan makes "operations that require a collection scan" fail, error 291 NoQueryExecutionPlans). catalogue's
      find({}) and distinct('categories') need a collection scan and fail; user lookups by the indexed name keep working. mongod
      logs only the parameter change (id 23435) and stays Running and Ready; catalogue and web are the loud ones. No restart
      anywhere; the shell pod is gone. Deviation from upstream: catalogue logs the driver error object in the pino line
      (upstream passes it as a second argument).`,
    logs: {
      'mongodb#0/mongodb': mongoLog,
      'catalogue#0/catalogue': catLog.map((l) => l.replaceAll('catalogue-x', '%POD%')),
      'web#0/web': webLog,
      'user#0/user': userLog.map((l) => l.replaceAll('user-x', '%POD%')),
    },
  }),
];
