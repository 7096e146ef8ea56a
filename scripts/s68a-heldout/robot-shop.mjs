// Blind held-out batch s68a (split: test): one Robot Shop scenario as a compact spec for the scenario kit
// (scripts/s2-scenario-kit.mjs), on scripts/kit-systems/robot-shop.mjs; built by scripts/s68a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const N0 = 'ip-10-1-1-84.eu-west-1.compute.internal';
const N1 = 'ip-10-1-2-137.eu-west-1.compute.internal';
const N2 = 'ip-10-1-3-206.eu-west-1.compute.internal';
const evictMsg = (avail, c, used, req) =>
  `The node was low on resource: memory. Threshold quantity: 100Mi, available: ${avail}. Container ${c} was using ${used}, request is ${req}, has larger consumption of memory. `;
const mlog = (T, min, s, c, id, ctx, msg, attr) =>
  JSON.stringify({ t: { $date: T.isoMs(min).replace('Z', '+00:00') }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });
// nginx "combined" access log of the web container.
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ngx = (T, min, ip, req, status, bytes) => {
  const d = new Date(T.isoMs(min));
  const p = (n) => String(n).padStart(2, '0');
  const ts = `${p(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
  return `${ip} - - [${ts}] "${req} HTTP/1.1" ${status} ${bytes} "https://shop.robot-shop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"`;
};
// Spring Boot 2 default console pattern of rs-shipping.
const sb = (T, min, level, thread, logger, msg) => `${T.java(min)}  ${level.padStart(5)} 1 --- [${thread.padStart(15)}] ${logger.padEnd(40).slice(0, 40)} : ${msg}`;

const A = (() => {
  const T = clock('2026-06-02T13:18:00Z');
  const host = (w) => `%POD%`;
  void host;
  const cat = [
    pino(T, -60 * 24 * 9 + 0.2, 'info', '%POD%', 'Started on port 8080'),
    pino(T, -60 * 24 * 9 + 0.25, 'info', '%POD%', 'MongoDB connected'),
  ];
  for (let m = -40; m < -0.2; m += 1.3) {
    const bad = m >= -9.1 && m < -7.6;
    if (bad) {
      cat.push(pino(T, m, 'error', '%POD%', 'ERROR', `"req":{"id":${Math.round(9000 + (m + 40) * 10)},"method":"GET","url":"/products","headers":{"host":"catalogue:8080","connection":"close"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${40000 + Math.round((m + 40) * 37)}},"err":{"type":"MongoNetworkError","message":"connection 4 to mongodb:27017 closed","stack":"MongoNetworkError: connection 4 to mongodb:27017 closed\\n    at Socket.<anonymous> (/opt/server/node_modules/mongodb/lib/core/connection/connection.js:138:18)\\n    at Object.onceWrapper (events.js:421:26)\\n    at Socket.emit (events.js:314:20)"},`));
      cat.push(pino(T, m + 0.001, 'info', '%POD%', 'request completed', `"req":{"id":${Math.round(9000 + (m + 40) * 10)},"method":"GET","url":"/products"},"res":{"statusCode":500},"responseTime":${Math.round(30000 + (m + 40) * 3)},`));
    } else {
      cat.push(pino(T, m, 'info', '%POD%', 'request completed', `"req":{"id":${Math.round(9000 + (m + 40) * 10)},"method":"GET","url":"/products"},"res":{"statusCode":200},"responseTime":${4 + Math.round(Math.abs(m) % 6)},`));
    }
  }
  const usr = [
    pino(T, -60 * 24 * 9 + 0.2, 'info', '%POD%', 'Redis READY'),
    pino(T, -60 * 24 * 9 + 0.25, 'info', '%POD%', 'MongoDB connected'),
  ];
  for (let m = -39.3; m < -0.2; m += 2.1) {
    const bad = m >= -9.1 && m < -7.6;
    const url = m > -7 && Math.round(m) % 2 === 0 ? '/login' : '/uniqueid';
    usr.push(bad
      ? pino(T, m, 'error', '%POD%', 'ERROR', `"err":{"type":"MongoNetworkError","message":"connection 2 to mongodb:27017 closed"},`)
      : url === '/login' && m > -7
        ? pino(T, m, 'info', '%POD%', 'request completed', `"req":{"method":"POST","url":"/login"},"res":{"statusCode":404},"responseTime":6,`)
        : pino(T, m, 'info', '%POD%', 'request completed', `"req":{"method":"GET","url":"/uniqueid"},"res":{"statusCode":200},"responseTime":2,`));
  }
  const web = [];
  for (let m = -30; m < -0.3; m += 0.6) {
    const ip = ['10.1.0.17', '10.1.0.142', '10.1.0.88'][Math.round(-m * 10) % 3];
    if (m >= -16.1 && m < -14.6) web.push(ngx(T, m, ip, 'GET /api/shipping/codes', 502, 157));
    else if (m >= -9.1 && m < -7.6) web.push(ngx(T, m, ip, 'GET /api/catalogue/products', 500, 76));
    else if (Math.round(-m * 10) % 4 === 0) web.push(ngx(T, m, ip, 'GET /api/shipping/codes', 200, 4321));
    else web.push(ngx(T, m, ip, 'GET /api/catalogue/products', 200, 5219));
  }
  return withDefaults({
    folder: 's68a-pods-restarting-by-themselves',
    incidentTime: '2026-06-02T13:18:00Z',
    description: 'robot shop: products + shipping quote errored for a few min around 13:00, now some customers say their account is gone?? pods seem to be restarting on their own',
    expected: { component: 'mongodb', cause: 'node-pressure', node: N0 },
    alsoAcceptable: [{ component: 'shipping', cause: 'node-pressure', node: N0 }],
    difficulty: 'hard',
    traits: ['node-level', 'louder-dependents', 'time-expression'],
    grounding: `
      Node memory pressure with kubelet evictions (kubelet hard threshold memory.available<100Mi, the EKS default). Robot Shop's
      helm chart at 55292e2: shipping requests 500Mi (limit 1000Mi), mongodb requests 100Mi (limit 200Mi); pods whose usage exceeds
      their request are evicted first. The memory is taken outside the namespace: the node's log-shipping DaemonSet (priority
      system-node-critical, never evicted by the kubelet) grows its buffers while its output is throttled — the shape of the public
      aws-for-fluent-bit / fluent-bit reports of unbounded memory without Mem_Buf_Limit. The snapshot shows it as the API would from
      the robot-shop namespace: Node ${N0} with MemoryPressure=True (KubeletHasInsufficientMemory) and the
      node.kubernetes.io/memory-pressure:NoSchedule taint, kubelet EvictionThresholdMet "Attempting to reclaim memory" Events, two
      Failed/Evicted pods with the kubelet's eviction message (shipping at -16 min, mongodb at -9 min), and their replacements
      Running on the other nodes. rs-mongodb keeps its data in the container (no volume upstream) and re-seeds the catalogue and the
      demo users on start, so accounts registered since the last start are gone — the customers' complaint. Callers are louder:
      catalogue and user log MongoNetworkError, web (nginx) returns 500/502 on /api/catalogue and /api/shipping during the evictions.
      Deviations: the DaemonSet is outside the snapshot's namespace and not listed; pino request fields are abridged.
    `,
    nodes: {
      [N0]: {
        conditions: {
          MemoryPressure: { type: 'MemoryPressure', status: 'True', lastHeartbeatTime: T.iso(-0.5), lastTransitionTime: T.iso(-17.2), reason: 'KubeletHasInsufficientMemory', message: 'kubelet has insufficient memory available' },
        },
        taints: [{ key: 'node.kubernetes.io/memory-pressure', effect: 'NoSchedule', timeAdded: T.iso(-17.1) }],
      },
    },
    workloads: {
      shipping: {
        pods: [
          { node: N0, created: T.iso(-60 * 24 * 9), evicted: evictMsg('91244Ki', 'shipping', '934512Ki', '500Mi') },
          { node: N2, created: T.iso(-15.9), readyTransition: T.iso(-14.6) },
        ],
        endpointsChanged: -14.6,
      },
      mongodb: {
        pods: [
          { node: N0, created: T.iso(-60 * 24 * 9), evicted: evictMsg('79816Ki', 'mongodb', '187340Ki', '100Mi') },
          { node: N1, created: T.iso(-8.9), readyTransition: T.iso(-8.5) },
        ],
        endpointsChanged: -8.5,
      },
      cart: { pods: [{ node: N0 }] },
      rabbitmq: { pods: [{ node: N0 }] },
      catalogue: { pods: [{ node: N1 }] },
      user: { pods: [{ node: N2 }] },
      web: { pods: [{ node: N1 }] },
    },
    events: [
      { on: `node:${N0}`, reason: 'NodeHasInsufficientMemory', message: `Node ${N0} status is now: NodeHasInsufficientMemory`, first: -17.2 },
      { on: `node:${N0}`, reason: 'EvictionThresholdMet', type: 'Warning', message: 'Attempting to reclaim memory', first: -17.0, last: -1.2, count: 6 },
      { on: 'pod:shipping#0', reason: 'Evicted', type: 'Warning', message: evictMsg('91244Ki', 'shipping', '934512Ki', '500Mi'), first: -16.0 },
      { on: 'pod:shipping#0', reason: 'Killing', message: 'Stopping container shipping', first: -16.0, fieldPath: 'spec.containers{shipping}' },
      { on: 'pod:shipping#1', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: -15.9 },
      { on: 'pod:shipping#1', reason: 'Pulling', message: 'Pulling image "robotshop/rs-shipping:2.1.0"', first: -15.85, fieldPath: 'spec.containers{shipping}' },
      { on: 'pod:shipping#1', reason: 'Pulled', message: 'Successfully pulled image "robotshop/rs-shipping:2.1.0" in 14.412s (14.412s including waiting). Image size: 197513218 bytes.', first: -15.62, fieldPath: 'spec.containers{shipping}' },
      { on: 'pod:shipping#1', reason: 'Created', message: 'Created container shipping', first: -15.61, fieldPath: 'spec.containers{shipping}' },
      { on: 'pod:shipping#1', reason: 'Started', message: 'Started container shipping', first: -15.6, fieldPath: 'spec.containers{shipping}' },
      { on: 'pod:shipping#1', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/health": dial tcp %PODIP%:8080: connect: connection refused', first: -15.5, last: -14.75, count: 9, fieldPath: 'spec.containers{shipping}' },
      { on: 'pod:mongodb#0', reason: 'Evicted', type: 'Warning', message: evictMsg('79816Ki', 'mongodb', '187340Ki', '100Mi'), first: -9.0 },
      { on: 'pod:mongodb#0', reason: 'Killing', message: 'Stopping container mongodb', first: -9.0, fieldPath: 'spec.containers{mongodb}' },
      { on: 'pod:mongodb#1', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: -8.9 },
      { on: 'pod:mongodb#1', reason: 'Pulled', message: 'Container image "robotshop/rs-mongodb:2.1.0" already present on machine', first: -8.62, fieldPath: 'spec.containers{mongodb}' },
      { on: 'pod:mongodb#1', reason: 'Created', message: 'Created container mongodb', first: -8.61, fieldPath: 'spec.containers{mongodb}' },
      { on: 'pod:mongodb#1', reason: 'Started', message: 'Started container mongodb', first: -8.6, fieldPath: 'spec.containers{mongodb}' },
    ],
    logs: {
      'catalogue#0/catalogue': cat,
      'user#0/user': usr,
      'web#0/web': web,
      'shipping#1/shipping': [
        sb(T, -15.58, 'INFO', 'main', 'c.i.r.s.ShippingServiceApplication', 'Starting ShippingServiceApplication v1.0 on %POD% with PID 1 (/opt/shipping/shipping.jar started by root in /opt/shipping)'),
        sb(T, -15.57, 'INFO', 'main', 'c.i.r.s.ShippingServiceApplication', 'No active profile set, falling back to default profiles: default'),
        sb(T, -15.2, 'INFO', 'main', 'o.s.b.w.embedded.tomcat.TomcatWebServer', 'Tomcat initialized with port(s): 8080 (http)'),
        sb(T, -15.0, 'INFO', 'main', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Starting...'),
        sb(T, -14.95, 'INFO', 'main', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Start completed.'),
        sb(T, -14.72, 'INFO', 'main', 'o.s.b.w.embedded.tomcat.TomcatWebServer', "Tomcat started on port(s): 8080 (http) with context path ''"),
        sb(T, -14.71, 'INFO', 'main', 'c.i.r.s.ShippingServiceApplication', 'Started ShippingServiceApplication in 52.914 seconds (JVM running for 55.301)'),
        sb(T, -14.6, 'INFO', 'http-nio-8080-exec-1', 'c.i.r.shipping.Controller', 'Request for codes'),
        ...Array.from({ length: 9 }, (_, i) => sb(T, -13 + i * 1.4, 'INFO', `http-nio-8080-exec-${(i % 10) + 1}`, 'c.i.r.shipping.Controller', 'Request for codes')),
      ],
      'mongodb#1/mongodb': [
        mlog(T, -8.59, 'I', 'CONTROL', 23285, 'main', 'Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols \'none\''),
        mlog(T, -8.59, 'I', 'CONTROL', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host: '%POD%' }),
        mlog(T, -8.57, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
        mlog(T, -8.55, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '127.0.0.1:45872', connectionId: 1, connectionCount: 1 }),
        mlog(T, -8.54, 'I', 'STORAGE', 20320, 'conn1', 'createCollection', { namespace: 'catalogue.products', uuidDisposition: 'generated', uuid: { $uuid: '5b1f0e3c-2a4d-4c7e-9f81-3d6a2b0c9e17' }, options: {} }),
        mlog(T, -8.53, 'I', 'STORAGE', 20320, 'conn1', 'createCollection', { namespace: 'users.users', uuidDisposition: 'generated', uuid: { $uuid: '0e9d4a2b-7c1f-4b3e-8a65-f2c9d1e07b43' }, options: {} }),
        mlog(T, -8.45, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:catalogue#0%:51324', connectionId: 7, connectionCount: 2 }),
        mlog(T, -8.44, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:user#0%:38816', connectionId: 8, connectionCount: 3 }),
      ],
    },
  });
})();

export const scenarios = [A];
