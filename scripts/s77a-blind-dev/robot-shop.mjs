// Blind dev batch s77a: one Stan's Robot Shop scenario (the kit system scripts/kit-systems/robot-shop.mjs, withDefaults).
// A catalogue rebuild bumps the MongoDB Node.js driver to 6.x: connect() ignores the callback, so the pod is Ready and never "connected".
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const INCIDENT = '2026-05-19T11:26:00Z';
const T = clock(INCIDENT);
const ROLL = -34; // 10:52
const ECR = '412987650331.dkr.ecr.eu-west-1.amazonaws.com/robot-shop';

// pino 8 (the rebuilt image): numeric levels, no "v" field; pino-http 6 request logging.
const p8 = (min, level, msg, extra = '') => `{"level":${level},"time":${Date.parse(T.isoMs(min))},"pid":1,"hostname":"%POD%",${extra}"msg":"${msg}"}`;
const req = (n, url, from) => `"req":{"id":${n},"method":"GET","url":"${url}","query":{},"params":{},"headers":{"host":"catalogue:8080","user-agent":"${from === 'web' ? 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36' : '-'}","accept":"application/json, text/plain, */*","connection":"close"},"remoteAddress":"::ffff:${from === 'web' ? '%IPOF:web#0%' : '%IPOF:cart#0%'}","remotePort":${41000 + n * 7}},`;

const catalogueLog = () => {
  const out = [p8(ROLL + 0.6, 30, 'Started on port')];
  const urls = ['/categories', '/products/Robot', '/product/HAL-1', '/products/Artificial%20Intelligence', '/product/Watson', '/search/robot'];
  let n = 1;
  for (let m = ROLL + 1.2; m < -0.1; m += 0.8) {
    const url = urls[n % urls.length];
    const from = url.startsWith('/product/') && n % 2 ? 'cart' : 'web';
    out.push(p8(m, 50, 'database not available', req(n, url, from)));
    const body = url === '/products/Robot' || url.startsWith('/products/') ? 21 : 22;
    out.push(p8(m + 0.002, 50, 'request errored', `${req(n, url, from)}"res":{"statusCode":500,"headers":{"x-powered-by":"Express","timing-allow-origin":"*","access-control-allow-origin":"*","content-type":"text/html; charset=utf-8","content-length":"${body}"}},"err":{"type":"Error","message":"failed with status code 500","stack":"Error: failed with status code 500\\n    at onResFinished (/opt/server/node_modules/pino-http/logger.js:107:39)\\n    at ServerResponse.onResponseComplete (/opt/server/node_modules/pino-http/logger.js:148:14)\\n    at ServerResponse.emit (node:events:530:35)\\n    at onFinish (node:_http_outgoing:1005:10)\\n    at callback (node:internal/streams/writable:608:21)"},"responseTime":2,`));
    n++;
  }
  return out;
};

const webLog = () => {
  const out = [];
  let n = 0;
  const nginx = (min, path, code, bytes) => {
    const dt = new Date(Date.parse(T.isoMs(min)));
    const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][dt.getUTCMonth()];
    const ts = `${String(dt.getUTCDate()).padStart(2, '0')}/${mon}/${dt.getUTCFullYear()}:${String(dt.getUTCHours()).padStart(2, '0')}:${String(dt.getUTCMinutes()).padStart(2, '0')}:${String(dt.getUTCSeconds()).padStart(2, '0')} +0000`;
    return `10.1.${1 + (n++ % 3)}.${[84, 137, 206][n % 3]} - - [${ts}] "GET ${path} HTTP/1.1" ${code} ${bytes} "http://a3f9c1e0b7d2411e9b6a0c52f1d7e8a4-1487220395.eu-west-1.elb.amazonaws.com/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"`;
  };
  for (let m = -50; m < ROLL; m += 1.7) {
    out.push(nginx(m, '/api/catalogue/categories', 200, 52));
    out.push(nginx(m + 0.1, '/api/catalogue/products/Robot', 200, 2874));
    out.push(nginx(m + 0.3, '/api/user/uniqueid', 200, 49));
    out.push(nginx(m + 0.5, '/api/ratings/api/fetch/Watson', 200, 35));
  }
  for (let m = ROLL + 1.2; m < -0.1; m += 0.8) {
    out.push(nginx(m, '/api/catalogue/categories', 500, 22));
    out.push(nginx(m + 0.1, '/api/catalogue/products/Robot', 500, 21));
    out.push(nginx(m + 0.2, '/api/user/uniqueid', 200, 49));
    if (Math.round(m * 10) % 3 === 0) out.push(nginx(m + 0.3, '/api/cart/add/anonymous-1784/HAL-1/1', 404, 17));
    if (Math.round(m * 10) % 4 === 0) out.push(nginx(m + 0.4, '/api/user/login', 200, 51));
  }
  return out;
};

const cartLog = () => {
  const out = [
    pino(T, -60 * 24 * 9, 'info', '%POD%', 'Redis connected'),
    pino(T, -60 * 24 * 9 + 0.01, 'info', '%POD%', 'Started on port 8080'),
  ];
  for (let m = -45; m < ROLL; m += 4) out.push(pino(T, m, 'info', '%POD%', 'got product', '"req":{"id":' + (900 + Math.round(-m)) + ',"method":"GET","url":"/add/anonymous-1731/Watson/1"},'));
  for (let m = ROLL + 1.5; m < -0.1; m += 2.4) {
    out.push(pino(T, m, 'info', '%POD%', 'got product', '"req":{"id":' + (1400 + Math.round(-m * 3)) + ',"method":"GET","url":"/add/anonymous-1784/HAL-1/1"},'));
    out.push(pino(T, m + 0.001, 'info', '%POD%', 'request completed', '"res":{"statusCode":404},"responseTime":6,'));
  }
  return out;
};

const mongoLine = (min, id, ctx, msg, attr) => JSON.stringify({ t: { $date: T.isoMs(min).replace('Z', '+00:00') }, s: 'I', c: 'NETWORK', id, ctx, msg, attr });
const mongoLog = () => {
  const out = [];
  out.push(mongoLine(-60 * 24 * 9 + 0.2, 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }));
  out.push(mongoLine(-60 * 24 * 9 + 0.5, 22943, 'listener', 'Connection accepted', { remote: '%IPOF:user#0%:52214', uuid: 'b1f0e7a2-3c41-4d8e-9a55-0e6c2f71d903', connectionId: 3, connectionCount: 3 }));
  out.push(mongoLine(-60 * 24 * 9 + 0.5, 51800, 'conn3', 'client metadata', { remote: '%IPOF:user#0%:52214', client: 'conn3', doc: { driver: { name: 'nodejs', version: '3.7.3' }, os: { type: 'Linux', name: 'linux', architecture: 'x64', version: '5.10.226-214.880.amzn2.x86_64' }, platform: "'Node.js v14.21.3, LE (unified)" } }));
  out.push(mongoLine(ROLL + 0.6, 22943, 'listener', 'Connection accepted', { remote: '%IPOF:catalogue#0%:38806', uuid: '4e9d2c71-8a03-4f6b-b2d1-7c5a90e3f618', connectionId: 418, connectionCount: 5 }));
  out.push(mongoLine(ROLL + 0.6, 51800, 'conn418', 'client metadata', { remote: '%IPOF:catalogue#0%:38806', client: 'conn418', doc: { driver: { name: 'nodejs', version: '6.5.0' }, platform: 'Node.js v20.12.2, LE', os: { name: 'linux', architecture: 'x64', version: '5.10.226-214.880.amzn2.x86_64', type: 'Linux' } } }));
  out.push(mongoLine(ROLL + 0.61, 22943, 'listener', 'Connection accepted', { remote: '%IPOF:catalogue#0%:38812', uuid: '0c7a1f5e-2b96-4d40-8e3a-95f1d6b2c774', connectionId: 419, connectionCount: 6 }));
  out.push(mongoLine(ROLL + 0.61, 22943, 'listener', 'Connection accepted', { remote: '%IPOF:catalogue#0%:38818', uuid: '7d30b2e9-5f14-4c8a-a1e6-3b9c0f4d2a85', connectionId: 420, connectionCount: 7 }));
  for (let m = -30; m < -0.1; m += 6)
    out.push(JSON.stringify({ t: { $date: T.isoMs(m).replace('Z', '+00:00') }, s: 'I', c: 'STORAGE', id: 22430, ctx: 'Checkpointer', msg: 'WiredTiger message', attr: { message: `[${Math.floor(Date.parse(T.isoMs(m)) / 1000)}:${112000 + Math.round(-m * 100)}][1:0x7f3b1c6e1700], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: ${5200 + Math.round(-m)}, snapshot max: ${5200 + Math.round(-m)} snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 1412` } }));
  return out;
};

const springBoot = (min, level, thread, logger, msg) => `${T.java(min)}  ${level.padStart(5)} 1 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;

export const scenarios = [
  withDefaults({
    folder: 's77a-catalogue-mongo-driver-callback',
    incidentTime: INCIDENT,
    description:
      'robotshop: product pages empty and /api/catalogue/* returns "database not avaiable" since about 10:55. mongo looks fine to us (login + user stuff works), #rs-catalog pls check',
    expected: { component: 'catalogue', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'typo', 'time-expression'],
    grounding: `
      Manifest facts (instana/robot-shop K8s/helm at 55292e2): catalogue is one Node.js Deployment without probes, MONGO_URL
      defaults to mongodb://mongodb:27017/catalogue; catalogue/server.js connects with mongoClient.connect(url, (error,
      client) => …) inside a retry loop, sets mongoConnected only in that callback, and answers every route with 500
      "database not avaiable"/"database not available" while mongoConnected is false (its /health still returns 200).
      Fault: an in-house rebuild of the catalogue image (ECR tag 2.1.0-r3, rolled out at 10:52) took a dependency-bot bump of
      "mongodb" from ^4.10 to ^6: the 5.0 driver removed callback support (CHANGES_5.0.0.md "Optional callback support
      migrated to mongodb-legacy"), so connect() treats the callback as an options object, connects, and never calls it —
      the hang reported in andrewjmead/node-course-v3-code#9 "MongoClient.connect is hung" (mongod logs "Connection accepted"
      and client metadata, the callback never runs). The pod is Running and Ready with no restarts, "MongoDB connected" is
      never logged, and the same rebuild brought pino 8 (numeric levels, no "v" field). mongod shows the new pod connecting
      with driver nodejs 6.5.0 and stays healthy; user (same MongoDB) keeps working. Louder dependents: web's nginx logs 500s
      for /api/catalogue/*, cart answers 404 "product not found" because getProduct resolves null on a non-200.
      Decoy: shipping's JVM was OOMKilled three days ago (restartCount 1). The old and new ReplicaSets differ only in the image.
    `,
    workloads: {
      catalogue: {
        rollout: { at: ROLL, revision: 6, oldContainers: { catalogue: { image: `${ECR}/rs-catalogue:2.1.0-r2` } } },
        containers: { catalogue: { image: `${ECR}/rs-catalogue:2.1.0-r3` } },
      },
      shipping: {
        pods: [{
          containers: {
            shipping: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: ROLL, source: 'deployment-controller' },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: ROLL + 0.7, source: 'deployment-controller' },
      { on: 'pod:catalogue#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: ROLL + 0.02, source: 'default-scheduler' },
      { on: 'pod:catalogue#0', reason: 'Pulling', message: `Pulling image "${ECR}/rs-catalogue:2.1.0-r3"`, first: ROLL + 0.05, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#0', reason: 'Pulled', message: `Successfully pulled image "${ECR}/rs-catalogue:2.1.0-r3" in 4.212s (4.212s including waiting). Image size: 61348201 bytes.`, first: ROLL + 0.4, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#0', reason: 'Created', message: 'Created container catalogue', first: ROLL + 0.42, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', first: ROLL + 0.45, fieldPath: 'spec.containers{catalogue}' },
    ],
    logs: {
      'catalogue#0/catalogue': catalogueLog(),
      'web#0/web': webLog(),
      'cart#0/cart': cartLog(),
      'mongodb#0/mongodb': mongoLog(),
      'user#0/user': [
        pino(T, -60 * 24 * 9, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -60 * 24 * 9 + 0.01, 'info', '%POD%', 'Started on port 8080'),
        ...Array.from({ length: 12 }, (_, i) => pino(T, -24 + i * 2, 'info', '%POD%', 'request completed', `"res":{"statusCode":200},"responseTime":${3 + (i % 4)},`)),
      ],
      'shipping#0/shipping': [
        springBoot(-60 * 24 * 3 + 0.2, 'INFO', 'main', 'com.instana.robotshop.shipping.Main', 'Starting Main v1.0 using Java 16.0.2 on %POD% with PID 1'),
        springBoot(-60 * 24 * 3 + 0.6, 'INFO', 'main', 'com.instana.robotshop.shipping.Main', 'Started Main in 21.483 seconds (JVM running for 23.102)'),
      ],
    },
  }),
];
