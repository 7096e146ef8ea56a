// Blind dev batch s81b, Robot Shop: catalogue's legacy MongoDB driver gives up reconnecting while mongodb is rescheduled.
// Spec module for scripts/s2-scenario-kit.mjs (built by scripts/s81b-build.mjs); system from scripts/kit-systems/robot-shop.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const INCIDENT = '2026-05-12T09:44:00Z';
const T = clock(INCIDENT);
const N1 = 'ip-10-1-1-84.eu-west-1.compute.internal';
const N3 = 'ip-10-1-3-206.eu-west-1.compute.internal';

// catalogue (pino 5 + express-pino-logger 4): a "request completed" line per request; `req.log.error('ERROR', e)` on a failed query.
const reqObj = (id, url, port) => `"req":{"id":${id},"method":"GET","url":"${url}","headers":{"host":"catalogue:8080","connection":"close"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${port}},`;
const urls = ['/categories', '/products/Robot', '/product/HAL-1', '/products/Artificial%20Intelligence', '/product/Watson', '/product/EMM', '/product/SHCE', '/search/robot'];
const catLog = [];
let rid = 48113;
for (let m = -75; m < -0.2; m += 0.37) {
  const url = urls[Math.floor(-m * 7) % urls.length];
  const id = rid++;
  const port = 40000 + ((id * 37) % 20000);
  if (m < -52.6) {
    catLog.push(pino(T, m, 'info', '%POD%', 'request completed', `${reqObj(id, url, port)}"res":{"statusCode":200,"headers":{"x-powered-by":"Express","timing-allow-origin":"*","access-control-allow-origin":"*","content-type":"application/json; charset=utf-8"}},"responseTime":${2 + (id % 4)},`));
  } else if (m < -51.9) {
    // operations buffered while the legacy topology retries (reconnectTries 30 x 1000 ms), then failed
    catLog.push(pino(T, -51.9 + (id % 5) * 0.001, 'error', '%POD%', 'ERROR', reqObj(id, url, port)));
    catLog.push(pino(T, -51.9 + (id % 5) * 0.001 + 0.0001, 'info', '%POD%', 'request completed', `${reqObj(id, url, port)}"res":{"statusCode":500,"headers":{"x-powered-by":"Express","timing-allow-origin":"*","access-control-allow-origin":"*","content-type":"application/json; charset=utf-8"}},"responseTime":${Math.round((m + 51.9) * -60000)},`));
  } else {
    catLog.push(pino(T, m, 'error', '%POD%', 'ERROR', reqObj(id, url, port)));
    catLog.push(pino(T, m + 0.00002, 'info', '%POD%', 'request completed', `${reqObj(id, url, port)}"res":{"statusCode":500,"headers":{"x-powered-by":"Express","timing-allow-origin":"*","access-control-allow-origin":"*","content-type":"application/json; charset=utf-8"}},"responseTime":1,`));
  }
}
catLog.sort((a, b) => JSON.parse(a).time - JSON.parse(b).time);

// web: nginx combined access log of the browser/load traffic (rs-web proxies /api/<service>/ to the services).
const nginxDate = (min) => {
  const d = new Date(Date.parse(INCIDENT) + min * 60000);
  const mon = d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
};
const UA = '"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"';
const webLog = [];
for (let m = -60; m < -0.1; m += 0.41) {
  const bad = m >= -52.5;
  const ip = `10.1.${1 + (Math.floor(-m) % 3)}.${20 + (Math.floor(-m * 3) % 200)}`;
  const line = (path, code, bytes, ref = 'http://shop.robotshop.example/') => `${ip} - - [${nginxDate(m)}] "GET ${path} HTTP/1.1" ${code} ${bytes} "${ref}" ${UA}`;
  webLog.push(line('/api/catalogue/categories', bad ? 500 : 200, bad ? 18 : 61));
  webLog.push(line('/api/catalogue/products/Robot', bad ? 500 : 200, bad ? 18 : 2716));
  if (Math.floor(-m * 10) % 3 === 0) webLog.push(line('/api/ratings/api/fetch/HAL-1', 200, 31));
  if (Math.floor(-m * 10) % 4 === 0) webLog.push(line('/api/cart/add/anonymous-4821/HAL-1/1', bad ? 500 : 200, bad ? 3 : 142));
  if (Math.floor(-m * 10) % 5 === 0) webLog.push(line('/api/user/uniqueid', 200, 36));
  if (Math.floor(-m * 10) % 7 === 0 && (m < -52.5 || m > -31)) webLog.push(`${ip} - - [${nginxDate(m)}] "POST /api/user/login HTTP/1.1" 200 108 "http://shop.robotshop.example/" ${UA}`);
  if (Math.floor(-m * 10) % 7 === 0 && m >= -52.5 && m <= -31) webLog.push(`${ip} - - [${nginxDate(m)}] "POST /api/user/login HTTP/1.1" 500 2 "http://shop.robotshop.example/" ${UA}`);
}

// user (restarted by the accounts team at -31): pino lines of user/server.js
const userLog = [
  pino(T, -30.6, 'info', '%POD%', 'Started on port 8080'),
  pino(T, -30.58, 'info', '%POD%', 'Redis READY'),
  pino(T, -30.55, 'info', '%POD%', 'MongoDB connected'),
];
for (let m = -30; m < -0.3; m += 1.7) userLog.push(pino(T, m, 'info', '%POD%', 'request completed', `"req":{"id":${Math.round(-m * 10)},"method":"GET","url":"/uniqueid","headers":{"host":"user:8080","connection":"close"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${41000 + Math.round(-m * 13)}},"res":{"statusCode":200,"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8"}},"responseTime":3,`));

// mongodb (rs-mongodb = mongo:5 with the catalogue and users seeded in the image), new pod from -52
const mdate = (min) => T.isoMs(min).replace('Z', '+00:00');
const ml = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: mdate(min) }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });
const mongoLog = [
  ml(-50.7, 'I', 'NETWORK', 4915701, 'main', 'Initialized wire specification', { spec: { incomingExternalClient: { minWireVersion: 0, maxWireVersion: 13 }, incomingInternalClient: { minWireVersion: 0, maxWireVersion: 13 }, outgoing: { minWireVersion: 0, maxWireVersion: 13 }, isInternalClient: true } }),
  ml(-50.7, 'I', 'CONTROL', 23285, 'main', "Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols 'none'"),
  ml(-50.69, 'I', 'CONTROL', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host: '%POD%' }),
  ml(-50.69, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: { version: '5.0.24', gitVersion: 'f034f0c51b3dffef4b8c9452d77ede9888f28f66', openSSLVersion: 'OpenSSL 1.1.1f  31 Mar 2020', modules: [], allocator: 'tcmalloc', environment: { distmod: 'ubuntu2004', distarch: 'x86_64', target_arch: 'x86_64' } } }),
  ml(-50.69, 'I', 'CONTROL', 21951, 'initandlisten', 'Options set by command line', { options: { net: { bindIp: '*' } } }),
  ml(-50.66, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', { config: 'create,cache_size=3371M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),builtin_extension_config=(zstd=(compression_level=6)),file_manager=(close_idle_time=600,close_scan_interval=10,close_handle_minimum=250),statistics_log=(wait=0),verbose=[recovery_progress,checkpoint_progress,compact_progress],' }),
  ml(-50.62, 'W', 'CONTROL', 22120, 'initandlisten', 'Access control is not enabled for the database. Read and write access to data and configuration is unrestricted', { tags: ['startupWarnings'] }),
  ml(-50.6, 'I', 'NETWORK', 23015, 'listener', 'Listening on', { address: '/tmp/mongodb-27017.sock' }),
  ml(-50.6, 'I', 'NETWORK', 23015, 'listener', 'Listening on', { address: '0.0.0.0' }),
  ml(-50.6, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
  ml(-30.5, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:user#0%:52814', uuid: '8d1b2f4e-3c6a-4e0f-9b71-2a5e8c4d7f10', connectionId: 1, connectionCount: 1 }),
  ml(-30.5, 'I', 'NETWORK', 51800, 'conn1', 'client metadata', { remote: '%IPOF:user#0%:52814', client: 'conn1', doc: { driver: { name: 'nodejs', version: '3.5.11' }, os: { type: 'Linux', name: 'linux', architecture: 'x64', version: '5.10.226-214.880.amzn2.x86_64' }, platform: "'Node.js v10.24.1, LE (legacy)" } }),
  ml(-29.4, 'I', 'STORAGE', 22430, 'WTCheckpointThread', 'WiredTiger message', { message: '[1778575251:418220][1:0x7f3c5a1e6700], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: 31, snapshot max: 31 snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 1' }),
];

// cart (console.log): start lines of 9 days ago, then the adds that still reached it before the outage.
const cartLog = ['Started on port 8080', 'Redis READY undefined'];
for (let k = 0; k < 6; k++) {
  cartLog.push("got product { _id: '5f8d0d55b54764421b7156c5', sku: 'HAL-1', name: 'HAL', description: 'Sorry Dave, I cant do that', price: 2001, instock: 2, categories: [ 'Artificial Intelligence' ] }");
  cartLog.push("got cart { total: 0, tax: 0, items: [] }");
  cartLog.push("saving cart { total: 2001, tax: 333.5, items: [ { qty: 1, sku: 'HAL-1', name: 'HAL', price: 2001, subtotal: 2001 } ] }");
}

export const scenarios = [
  withDefaults({
    folder: 's81b-catalogue-mongo-driver-gave-up-after-reschedule',
    description: 'robot shop catlog page empty + add to basket failing since ~8:50. login broke too but came back after accounts restarted user',
    incidentTime: INCIDENT,
    expected: { component: 'catalogue', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'mongodb', cause: 'dependency-down' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'typo', 'time-expression'],
    workloads: {
      mongodb: {
        pods: [{ node: N3, created: T.iso(-52), containers: { mongodb: cs.running(T.iso(-50.72)) }, readyTransition: T.iso(-50.7) }],
      },
      user: {
        rollout: { at: -31.2, revision: 5, oldReplicas: 0 },
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': '2026-05-12T09:12:48Z' } },
      },
      web: { pods: [{ node: N1 }] },
    },
    events: [
      { on: 'pod:mongodb#0', reason: 'Scheduled', message: `Successfully assigned robot-shop/%POD% to ${N3}`, first: -52, source: 'default-scheduler' },
      { on: 'rs:mongodb', reason: 'SuccessfulCreate', message: 'Created pod: mongodb-%RS%', first: -52 },
      { on: 'pod:mongodb#0', reason: 'Pulling', message: 'Pulling image "robotshop/rs-mongodb:2.1.0"', first: -51.95, fieldPath: 'spec.containers{mongodb}' },
      { on: 'pod:mongodb#0', reason: 'Pulled', message: 'Successfully pulled image "robotshop/rs-mongodb:2.1.0" in 1m4.218s (1m4.218s including waiting). Image size: 243113290 bytes.', first: -50.88, fieldPath: 'spec.containers{mongodb}' },
      { on: 'pod:mongodb#0', reason: 'Created', message: 'Created container mongodb', first: -50.75, fieldPath: 'spec.containers{mongodb}' },
      { on: 'pod:mongodb#0', reason: 'Started', message: 'Started container mongodb', first: -50.72, fieldPath: 'spec.containers{mongodb}' },
      { on: 'deploy:user', reason: 'ScalingReplicaSet', message: 'Scaled up replica set user-%NEW% to 1', first: -31.2, source: 'deployment-controller' },
      { on: 'deploy:user', reason: 'ScalingReplicaSet', message: 'Scaled down replica set user-%OLD% to 0 from 1', first: -30.5, source: 'deployment-controller' },
      { on: 'pod:user#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: -31.2, source: 'default-scheduler' },
      { on: 'pod:user#0', reason: 'Pulled', message: 'Container image "robotshop/rs-user:2.1.0" already present on machine', first: -31.1, fieldPath: 'spec.containers{user}' },
      { on: 'pod:user#0', reason: 'Created', message: 'Created container user', first: -31.05, fieldPath: 'spec.containers{user}' },
      { on: 'pod:user#0', reason: 'Started', message: 'Started container user', first: -31.0, fieldPath: 'spec.containers{user}' },
    ],
    logs: {
      'catalogue#0/catalogue': catLog,
      'web#0/web': webLog,
      'user#0/user': userLog,
      'mongodb#0/mongodb': mongoLog,
      'cart#0/cart': cartLog,
    },
    grounding: `
      Manifests: instana/robot-shop K8s/helm (kit system scripts/kit-systems/robot-shop.mjs): catalogue and user are Node.js services
      that reach mongodb:27017 through the mongodb Service; cart calls catalogue /product/:sku before adding to a cart; web (nginx)
      proxies /api/catalogue/, /api/cart/, /api/user/. No probes on catalogue, user or mongodb upstream.
      Fault: catalogue/server.js (robot-shop at the 2.x images) connects once with MongoClient.connect(url, cb) and never watches the
      connection afterwards (mongoConnected stays true); its package.json pins mongodb ^3.5.3, whose legacy topology (no
      useUnifiedTopology) retries a lost server reconnectTries=30 x reconnectInterval=1000 ms and then gives up for good: every later
      operation fails ("Topology was destroyed" / "failed to reconnect after 30 attempts with interval 1000 ms", the widely reported
      Node driver 3.x behaviour) until the process restarts. The mongodb pod was replaced at 08:52 (its node was scaled in; the pod is
      new on another node and the image pull took 64 s), so mongodb was away for about two minutes, longer than 30 s.
      catalogue's pod stays Running and Ready with no restart; each request logs pino "ERROR" (req.log.error('ERROR', e) drops the
      error object from the message) and completes 500. cart returns 500 silently (getProduct rejects on a non-200); web's access log
      shows the 500s on /api/catalogue and /api/cart. user had the same stale driver (login 500s) until the accounts team ran
      kubectl rollout restart on it at 09:12 (a plain restart: the new ReplicaSet's template differs only by the restartedAt
      annotation), which reconnected it: a decoy rollout that was a fix. mongodb itself is healthy now.
      Expected: catalogue (an internal API that is down for its callers while Ready) dependency-down; mongodb dependency-down is also
      acceptable as the trigger. Deviations from upstream: the mongodb pod's node placement and a rollout restart of user.`,
  }),
];
