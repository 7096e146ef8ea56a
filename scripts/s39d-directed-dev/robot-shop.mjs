// Batch s39d (directed dev): one Robot Shop incident, built by scripts/s39d-build.mjs with scripts/kit-systems/robot-shop.mjs.
// Written for the loopback-address capability: a catalogue rollout drops MONGO_URL and the in-house build falls back to
// mongodb://localhost:27017/catalogue, so the new pod connects to 127.0.0.1:27017 where nothing in its pod listens.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, defaultPvcs, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const INC = '2026-05-12T11:27:00Z';
const T = clock(INC);
const ROLL = -22.5; // 11:04:30
const ECR = '483920174562.dkr.ecr.eu-west-1.amazonaws.com/robot-shop/rs-catalogue';
const OLD_IMG = `${ECR}:2.1.0-ih.14`;
const NEW_IMG = `${ECR}:2.1.0-ih.15`;
const AGENT = { name: 'INSTANA_AGENT_HOST', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.hostIP' } } };
const OLD_ENV = [AGENT, { name: 'MONGO_URL', value: 'mongodb://mongodb:27017/catalogue' }];
const NEW_ENV = [AGENT];

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n) => String(n).padStart(2, '0');
const clf = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  return `${p2(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`;
};
const UA = '"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"';
const CLIENTS = ['10.1.1.12', '10.1.2.40', '10.1.3.77'];

// catalogue (new pod): pino 5 lines of the in-house build; mongoLoop retries every 30 s.
const host = '%POD%';
const CAT_START = ROLL + 0.45;
const mongoErr = (min) =>
  pino(T, min, 'error', host, 'MongoDB connection failed, retrying in 30s',
    '"err":{"type":"MongoNetworkError","message":"failed to connect to server [localhost:27017] on first connect [MongoNetworkError: connect ECONNREFUSED 127.0.0.1:27017]","stack":"MongoNetworkError: failed to connect to server [localhost:27017] on first connect [MongoNetworkError: connect ECONNREFUSED 127.0.0.1:27017]\\n    at Pool.<anonymous> (/opt/server/node_modules/mongodb/lib/core/topologies/server.js:438:11)\\n    at Pool.emit (node:events:517:28)\\n    at /opt/server/node_modules/mongodb/lib/core/connection/pool.js:562:14\\n    at /opt/server/node_modules/mongodb/lib/core/connection/pool.js:995:11\\n    at /opt/server/node_modules/mongodb/lib/core/connection/connect.js:32:7\\n    at callback (/opt/server/node_modules/mongodb/lib/core/connection/connect.js:280:5)\\n    at Socket.<anonymous> (/opt/server/node_modules/mongodb/lib/core/connection/connect.js:310:7)\\n    at Object.onceWrapper (node:events:632:26)\\n    at Socket.emit (node:events:517:28)\\n    at emitErrorNT (node:internal/streams/destroy:151:8)","name":"MongoNetworkError"},');
const catEvents = [];
catEvents.push([CAT_START, pino(T, CAT_START, 'info', host, 'Started on port 8080')]);
for (let m = CAT_START + 0.01; m < -0.05; m += 0.5 + 0.004) catEvents.push([m, mongoErr(m)]);

// web's nginx access log: catalogue routes 200 before the rollout, 500 (proxied from catalogue) after; other routes 200.
const web = [];
const cat = [];
let reqId = 40;
let k = 0;
const access = (min, method, path, status, bytes) =>
  web.push([min, `${CLIENTS[k++ % 3]} - - [${clf(min)}] "${method} ${path} HTTP/1.1" ${status} ${bytes} "https://shop.robotshop.example/" ${UA} "-"`]);
const catReq = (min, path, ok) => {
  reqId++;
  if (ok) return;
  catEvents.push([min - 0.0005, pino(T, min - 0.0005, 'error', host, 'database not available', `"req":{"id":${reqId},"method":"GET","url":"${path}","headers":{"host":"catalogue:8080","x-forwarded-for":"${CLIENTS[k % 3]}","connection":"close"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${41000 + reqId}},`)]);
  catEvents.push([min, pino(T, min, 'error', host, 'request errored', `"req":{"id":${reqId},"method":"GET","url":"${path}","headers":{"host":"catalogue:8080","x-forwarded-for":"${CLIENTS[k % 3]}","connection":"close"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${41000 + reqId}},"res":{"statusCode":500,"headers":{"x-powered-by":"Express","content-type":"text/html; charset=utf-8","content-length":"21"}},"err":{"type":"Error","message":"failed with status code 500","stack":"Error: failed with status code 500\\n    at ServerResponse.onResFinished (/opt/server/node_modules/pino-http/logger.js:73:38)\\n    at ServerResponse.emit (node:events:529:35)\\n    at onFinish (node:_http_server:1005:10)"},"responseTime":2,`)]);
};
const SKUS = ['Watson', 'EMM', 'SHCE', 'RED', 'UHJ', 'STAN-1'];
for (let m = -40, i = 0; m < -0.2; m += 1.15, i++) {
  const after = m > ROLL + 0.5;
  const paths = ['/api/catalogue/categories', i % 2 ? '/api/catalogue/products/Robot' : '/api/catalogue/products', `/api/catalogue/product/${SKUS[i % SKUS.length]}`];
  const path = paths[i % 3];
  access(m, 'GET', '/api/user/uniqueid', 200, 45);
  catReq(m + 0.01, path.replace('/api/catalogue', ''), !after);
  access(m + 0.01, 'GET', path, after ? 500 : 200, after ? 21 : path.includes('/product/') ? 403 : path.includes('categories') ? 112 : 3184);
  if (i % 2 === 0) access(m + 0.2, 'GET', `/api/ratings/api/fetch/${SKUS[i % SKUS.length]}`, 200, 38);
  if (i % 3 === 1) access(m + 0.3, 'GET', '/api/cart/cart/anonymous-' + (1200 + i), 200, 98);
  if (i % 5 === 2) access(m + 0.4, 'POST', '/api/user/login', 200, 139);
}
// the rollout itself: the old pod stops after the new one has started (no readiness probe, so it is Ready at once).
web.sort((a, b) => a[0] - b[0]);
catEvents.sort((a, b) => a[0] - b[0]);

// mongodb (rs-mongodb is FROM mongo:5: structured JSON log); user keeps its connections, the old catalogue's closes at the rollout.
const wt = (min) => `${Math.floor(Date.parse(T.isoMs(min)) / 1000)}:${String(Date.parse(T.isoMs(min)) % 1000).padStart(3, '0')}412`;
const mlog = (min, c, id, ctx, msg, attr) =>
  `{"t":{"$date":"${T.isoMs(min).replace('Z', '+00:00')}"},"s":"I",  "c":"${c}", "id":${id},   "ctx":"${ctx}","msg":"${msg}","attr":${attr}}`;
const mongo = [
  mlog(-38.1, 'STORAGE', 22430, 'Checkpointer', 'WiredTiger message', `{"message":"[${wt(-38.1)}][1:0x7f4b2c5d1700], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: 51207, snapshot max: 51207 snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 88311"}`),
  mlog(ROLL + 1.6, 'NETWORK', 22944, 'conn211', 'Connection ended', '{"remote":"10.1.2.119:48822","uuid":"5c6a1f0e-2d47-4b8e-9a0d-7e3b1c9f4a21","connectionId":211,"connectionCount":6}'),
  mlog(ROLL + 1.6, 'NETWORK', 22944, 'conn212', 'Connection ended', '{"remote":"10.1.2.119:48830","uuid":"8e2b7d14-61c3-4f0a-b5e9-2a4c8d7f1e03","connectionId":212,"connectionCount":5}'),
  mlog(-20.9, 'STORAGE', 22430, 'Checkpointer', 'WiredTiger message', `{"message":"[${wt(-20.9)}][1:0x7f4b2c5d1700], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: 51388, snapshot max: 51388 snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 88311"}`),
  mlog(-14.3, 'NETWORK', 22943, 'listener', 'Connection accepted', '{"remote":"%IPOF:user#0%:50214","uuid":"b1f94c27-3e8a-4d65-a0c2-6f7e19d83b54","connectionId":213,"connectionCount":6}'),
  mlog(-14.3, 'NETWORK', 51800, 'conn213', 'client metadata', '{"remote":"%IPOF:user#0%:50214","client":"conn213","doc":{"driver":{"name":"nodejs","version":"3.7.4"},"os":{"type":"Linux","name":"linux","architecture":"x64","version":"5.10.226-214.880.amzn2.x86_64"},"platform":"\'Node.js v18.20.4, LE (legacy)"}}'),
  mlog(-3.6, 'STORAGE', 22430, 'Checkpointer', 'WiredTiger message', `{"message":"[${wt(-3.6)}][1:0x7f4b2c5d1700], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: 51562, snapshot max: 51562 snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 88311"}`),
];

export const scenarios = [
  withDefaults({
    folder: 's39d-catalogue-mongo-url-unset',
    description: 'robot shop product pages empty / 500 since ~11:05',
    incidentTime: INC,
    expected: { component: 'catalogue', cause: 'config-error' },
    alsoAcceptable: [{ component: 'catalogue', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'time-expression'],
    grounding: `
      Directed scenario (written for the loopback-address capability, not blind). Robot Shop K8s/helm (robotshop/rs-*:2.1.0)
      with catalogue built in-house from a fork and pushed to ECR (robot-shop/rs-catalogue:2.1.0-ih.N). catalogue is a Node.js
      Express app (pino 5 logs, mongodb driver 3.x) with no readiness probe; upstream server.js reads
      process.env.MONGO_URL || 'mongodb://mongodb:27017/catalogue', the fork changed that fallback to
      'mongodb://localhost:27017/catalogue' for docker-compose development and sets MONGO_URL in the Deployment instead.
      At 11:04:30 the rollout to 2.1.0-ih.15 also rewrote the container env from a templated values file that lost the
      MONGO_URL entry: the old ReplicaSet's pod template has MONGO_URL=mongodb://mongodb:27017/catalogue, the new one only
      INSTANA_AGENT_HOST. The new pod starts and is Ready at once (no readiness probe; /health answers 200 whatever the
      database state), the old ReplicaSet is scaled to 0. Its mongoLoop connects to localhost:27017, where nothing in the pod
      listens (one container, port 8080), and logs the driver's legacy-topology error "failed to connect to server
      [localhost:27017] on first connect [MongoNetworkError: connect ECONNREFUSED 127.0.0.1:27017]" every ~30 s; every
      /products, /products/:cat, /categories and /product/:sku logs "database not available" and answers 500 with
      upstream's 21-byte body "database not avaiable" (pino-http "request errored"), and web's nginx access log shows those 500s for /api/catalogue/* (proxied from catalogue) while /api/user, /api/cart and /api/ratings keep answering 200. MongoDB is healthy: its log shows the old
      catalogue's connections ending at the rollout and user's driver connecting normally. Expected: catalogue, config-error
      (the wrong value is the Deployment's env, read by the workload); bad-deploy-rollout on catalogue also accepted.
    `,
    workloads: {
      catalogue: {
        containers: { catalogue: { image: NEW_IMG, env: NEW_ENV, imagePullPolicy: 'IfNotPresent' } },
        rollout: { at: ROLL, revision: 9, oldContainers: { catalogue: { image: OLD_IMG, env: OLD_ENV, imagePullPolicy: 'IfNotPresent' } } },
        pods: [{ created: T.iso(ROLL + 0.02), readyTransition: T.iso(CAT_START - 0.01), node: 'ip-10-1-3-206.eu-west-1.compute.internal', containers: { catalogue: cs.running(T.iso(CAT_START - 0.02)) } }],
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: ROLL },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: CAT_START + 0.01 },
      { on: 'pod:catalogue#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', source: 'default-scheduler', first: ROLL + 0.02 },
      { on: 'pod:catalogue#0', reason: 'Pulling', message: `Pulling image "${NEW_IMG}"`, fieldPath: 'spec.containers{catalogue}', first: ROLL + 0.05 },
      { on: 'pod:catalogue#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMG}" in 14.212s (14.212s including waiting). Image size: 61844215 bytes.`, fieldPath: 'spec.containers{catalogue}', first: ROLL + 0.29 },
      { on: 'pod:catalogue#0', reason: 'Created', message: 'Created container catalogue', fieldPath: 'spec.containers{catalogue}', first: ROLL + 0.3 },
      { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', fieldPath: 'spec.containers{catalogue}', first: CAT_START - 0.02 },
    ],
    logs: {
      'catalogue#0/catalogue': catEvents.map((e) => e[1]),
      'web#0/web': web.map((e) => e[1]),
      'mongodb#0/mongodb': mongo,
      'cart#0/cart': [
        pino(T, -17.1, 'info', '%POD%', 'request completed', '"req":{"id":5121,"method":"GET","url":"/cart/anonymous-1204"},"res":{"statusCode":200},"responseTime":3,'),
        pino(T, -6.9, 'info', '%POD%', 'request completed', '"req":{"id":5139,"method":"GET","url":"/cart/anonymous-1213"},"res":{"statusCode":200},"responseTime":2,'),
      ],
      'user#0/user': [
        pino(T, -9.8, 'info', '%POD%', 'request completed', '"req":{"id":8802,"method":"POST","url":"/login"},"res":{"statusCode":200},"responseTime":6,'),
        pino(T, -2.1, 'info', '%POD%', 'request completed', '"req":{"id":8815,"method":"GET","url":"/uniqueid"},"res":{"statusCode":200},"responseTime":1,'),
      ],
    },
  }),
];
