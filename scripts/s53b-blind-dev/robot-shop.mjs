// Blind dev batch s53b, Robot Shop: redis-0 cannot be scheduled after its only eu-west-1a node was retired and replaced in 1b
// (its gp2 EBS claim is zonal), built with the kit's Robot Shop system by scripts/s53b-build.mjs; grounding in the scenario.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as basePvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = basePvcs;

const OLD = 'ip-10-1-1-84.eu-west-1.compute.internal';
const NEW = 'ip-10-1-2-59.eu-west-1.compute.internal';
const B = 'ip-10-1-2-137.eu-west-1.compute.internal';
const C = 'ip-10-1-3-206.eu-west-1.compute.internal';

const T = clock('2026-05-12T09:58:00Z');
const SCHED2 = '0/2 nodes are available: 2 node(s) had volume node affinity conflict. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.';
const SCHED3 = '0/3 nodes are available: 3 node(s) had volume node affinity conflict. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.';

// pino-http child logger context (express-pino-logger 4) as cart and user print it with req.log.
const req = (id, method, url, remote) =>
  `"req":{"id":${id},"method":"${method}","url":"${url}","headers":{"host":"cart:8080","x-real-ip":"${remote}","connection":"close","user-agent":"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36","accept":"application/json, text/plain, */*"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${40000 + ((id * 7) % 20000)}},`;
const completed = (T, min, host, id, url, status, ms) =>
  `{"level":"info","time":${Date.parse(T.isoMs(min))},"pid":1,"hostname":"${host}",${req(id, 'GET', url, '81.2.69.160')}"res":{"statusCode":${status},"headers":{"x-powered-by":"Express","timing-allow-origin":"*","access-control-allow-origin":"*","content-type":"application/json; charset=utf-8"}},"responseTime":${ms},"msg":"request completed","v":1}`;

function cartLogs() {
  const h = '%POD%';
  const L = [];
  const skus = ['Watson', 'K9', 'EMM', 'RMC', 'SHCE', 'STAN-1', 'Ewooid', 'HPTD'];
  let id = 4810;
  // healthy traffic before the node went away
  for (let m = -41; m < -24; m += 1.7) {
    const sku = skus[Math.floor(-m) % skus.length];
    const cart = `anonymous-${1200 + Math.floor(-m)}`;
    L.push(pino(T, m, 'info', h, 'got product', req(id, 'GET', `/add/${cart}/${sku}/1`, '81.2.69.160')));
    L.push(pino(T, m + 0.002, 'info', h, 'got cart', req(id, 'GET', `/add/${cart}/${sku}/1`, '81.2.69.160')));
    L.push(pino(T, m + 0.003, 'info', h, 'saving cart', req(id, 'GET', `/add/${cart}/${sku}/1`, '81.2.69.160')));
    L.push(completed(T, m + 0.004, h, id, `/add/${cart}/${sku}/1`, 200, 21));
    id++;
    L.push(completed(T, m + 0.3, h, id, `/cart/${cart}`, 200, 3));
    id++;
  }
  // redis-0 is gone (node stopped at -23.6): redis GETs hang on the dead socket, nothing after "got product"
  for (let m = -23.2; m < -8.4; m += 1.3) {
    const sku = skus[Math.floor(-m * 3) % skus.length];
    const cart = `anonymous-${1300 + Math.floor(-m)}`;
    L.push(pino(T, m, 'info', h, 'got product', req(id, 'GET', `/add/${cart}/${sku}/1`, '81.2.69.160')));
    id++;
  }
  // ~15 min of TCP retransmissions later the socket times out: queued commands are aborted, then reconnects are refused
  L.push(pino(T, -8.1, 'error', h, 'Redis ERROR'));
  for (let k = 0; k < 11; k++) L.push(pino(T, -8.1 + 0.0005 * k, 'error', h, 'ERROR', req(4830 + k, 'GET', `/add/anonymous-${1310 + k}/K9/1`, '81.2.69.160')));
  let t = -8.1, d = 0.2 / 60;
  for (let k = 0; k < 11; k++) {
    t += d; d *= 1.7;
    if (t >= -0.1) break;
    L.push(pino(T, t, 'error', h, 'Redis ERROR'));
  }
  for (let m = -7.4; m < -0.5; m += 1.6) {
    L.push(pino(T, m, 'info', h, 'got product', req(id, 'GET', `/add/anonymous-${1400 + Math.floor(-m)}/EMM/1`, '81.2.69.160')));
    id++;
  }
  return L.sort((a, b) => JSON.parse(a).time - JSON.parse(b).time);
}

function userLogs() {
  const h = '%POD%';
  const L = [];
  L.push(pino(T, -8.05, 'error', h, 'Redis ERROR'));
  let t = -8.05, d = 0.2 / 60;
  for (let k = 0; k < 11; k++) {
    t += d; d *= 1.7;
    if (t >= -0.1) break;
    L.push(pino(T, t, 'error', h, 'Redis ERROR'));
  }
  for (let k = 0; k < 6; k++) L.push(pino(T, -8.05 + 0.0004 * k, 'error', h, 'ERROR', req(2210 + k, 'GET', '/uniqueid', '81.2.69.160').replace('cart:8080', 'user:8080')));
  L.push(pino(T, -36, 'info', h, 'login', req(2190, 'POST', '/login', '81.2.69.160').replace('cart:8080', 'user:8080')));
  L.push(pino(T, -36, 'info', h, 'user', req(2190, 'POST', '/login', '81.2.69.160').replace('cart:8080', 'user:8080')));
  return L.sort((a, b) => JSON.parse(a).time - JSON.parse(b).time);
}

const nginxTime = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
};
const access = (min, method, path, status, bytes) =>
  `10.1.2.137 - - [${nginxTime(min)}] "${method} ${path} HTTP/1.1" ${status} ${bytes} "https://shop.robotshop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36" "81.2.69.160"`;
const timedOut = (min, n, path, svc) =>
  `${T.go(min)} [error] 29#29: *${n} upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.2.137, server: localhost, request: "GET /api/${path} HTTP/1.1", upstream: "http://%SVCIP:${svc}%:8080/${path.replace(/^[a-z]+\//, '')}", host: "shop.robotshop.example", referrer: "https://shop.robotshop.example/"`;

function webLogs() {
  const L = [];
  let n = 88120;
  for (let m = -41; m < -24; m += 1.7) {
    L.push([m, access(m, 'GET', '/api/catalogue/products', 200, 2417)]);
    L.push([m + 0.1, access(m + 0.1, 'GET', `/api/cart/add/anonymous-${1200 + Math.floor(-m)}/Watson/1`, 200, 161)]);
    L.push([m + 0.4, access(m + 0.4, 'GET', '/api/ratings/api/fetch/Watson', 200, 38)]);
  }
  for (let m = -23.2; m < -0.2; m += 1.3) {
    L.push([m - 0.2, access(m - 0.2, 'GET', '/api/catalogue/products', 200, 2417)]);
    L.push([m - 0.1, access(m - 0.1, 'GET', '/api/catalogue/product/K9', 200, 187)]);
    const end = m + 1;
    if (end < -0.05) {
      const path = `cart/add/anonymous-${1300 + Math.floor(-m)}/K9/1`;
      L.push([end, timedOut(end, n++, path, 'cart')]);
      L.push([end + 0.0001, access(end + 0.0001, 'GET', `/api/${path}`, 504, 494)]);
    }
    if (Math.floor(-m) % 3 === 0 && end < -0.05) {
      L.push([end + 0.01, timedOut(end + 0.01, n++, 'user/uniqueid', 'user')]);
      L.push([end + 0.0101, access(end + 0.0101, 'GET', '/api/user/uniqueid', 504, 494)]);
    }
  }
  return L.sort((a, b) => a[0] - b[0]).map((x) => x[1]);
}

const ratingsLogs = [
  `AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using %PODIP%. Set the 'ServerName' directive globally to suppress this message`,
  `AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using %PODIP%. Set the 'ServerName' directive globally to suppress this message`,
  `[Tue May 12 09:35:21.512034 2026] [mpm_prefork:notice] [pid 1] AH00163: Apache/2.4.56 (Debian) PHP/7.4.33 configured -- resuming normal operations`,
  `[Tue May 12 09:35:21.512101 2026] [core:notice] [pid 1] AH00094: Command line: 'apache2 -D FOREGROUND'`,
  `%IPOF:web#0% - - [12/May/2026:09:36:02 +0000] "GET /api/fetch/Watson HTTP/1.1" 200 38 "https://shop.robotshop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"`,
  `%IPOF:web#0% - - [12/May/2026:09:41:17 +0000] "GET /api/fetch/K9 HTTP/1.1" 200 38 "https://shop.robotshop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"`,
];

export const scenarios = [
  withDefaults({
    folder: 's53b-redis-pending-zonal-volume-after-node-retired',
    description: 'basket team: add to cart just spins and then errors out since ~09:35. browsing the catalogue is fine',
    incidentTime: '2026-05-12T09:58:00Z',
    expected: { component: 'redis', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'redis', cause: 'storage-unavailable' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'team-name', 'decoy'],
    nodes: {
      [OLD]: { name: NEW, ip: '10.1.2.59', podCidr: '10.1.2', zone: 'eu-west-1b', providerID: 'aws:///eu-west-1b/i-0c4e8a1f3b7d92a65' },
    },
    workloads: {
      cart: { pods: [{ node: B }] },
      catalogue: { pods: [{ node: C }] },
      dispatch: { pods: [{ node: C, created: T.iso(-22.8) }] },
      mongodb: { pods: [{ node: B }] },
      mysql: { pods: [{ node: C }] },
      payment: { pods: [{ node: B }] },
      rabbitmq: { pods: [{ node: C }] },
      ratings: { pods: [{ node: B, created: T.iso(-22.8) }] },
      redis: { pods: [{ unscheduled: SCHED3, created: T.iso(-22.8) }] },
      shipping: { pods: [{ node: B }] },
      user: { pods: [{ node: B }] },
      web: { pods: [{ node: C }] },
    },
    events: [
      { on: `node:${OLD}`, reason: 'NodeNotReady', message: `Node ${OLD} status is now: NodeNotReady`, source: 'node-controller', first: -23.2 },
      { on: `node:${OLD}`, reason: 'DeletingNode', message: `Deleting node ${OLD} because it does not exist in the cloud provider`, source: 'cloud-node-lifecycle-controller', first: -22.9 },
      { on: `node:${OLD}`, reason: 'RemovingNode', message: `Node ${OLD} event: Removing Node ${OLD} from Controller`, source: 'node-controller', first: -22.85 },
      { on: 'sts:redis', reason: 'SuccessfulCreate', message: 'create Pod redis-0 in StatefulSet redis successful', first: -22.8 },
      { on: 'rs:ratings', reason: 'SuccessfulCreate', message: 'Created pod: %RATINGS%', first: -22.8 },
      { on: 'rs:dispatch', reason: 'SuccessfulCreate', message: 'Created pod: %DISPATCH%', first: -22.8 },
      { on: 'pod:ratings#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', source: 'default-scheduler', first: -22.75 },
      { on: 'pod:ratings#0', reason: 'Pulled', message: 'Container image "robotshop/rs-ratings:2.1.0" already present on machine', first: -22.7 },
      { on: 'pod:ratings#0', reason: 'Created', message: 'Created container ratings', first: -22.7 },
      { on: 'pod:ratings#0', reason: 'Started', message: 'Started container ratings', first: -22.7 },
      { on: 'pod:dispatch#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', source: 'default-scheduler', first: -22.75 },
      { on: 'pod:dispatch#0', reason: 'Pulling', message: 'Pulling image "robotshop/rs-dispatch:2.1.0"', first: -22.72 },
      { on: 'pod:dispatch#0', reason: 'Pulled', message: 'Successfully pulled image "robotshop/rs-dispatch:2.1.0" in 3.412s (3.412s including waiting). Image size: 9402114 bytes.', first: -22.66 },
      { on: 'pod:dispatch#0', reason: 'Created', message: 'Created container dispatch', first: -22.66 },
      { on: 'pod:dispatch#0', reason: 'Started', message: 'Started container dispatch', first: -22.65 },
      { on: 'pod:redis#0', reason: 'FailedScheduling', message: SCHED2, source: 'default-scheduler', type: 'Warning', first: -22.8, last: -21.15, count: 3 },
      { on: `node:${NEW}`, reason: 'Starting', message: 'Starting kubelet.', first: -21.2 },
      { on: `node:${NEW}`, reason: 'NodeHasSufficientMemory', message: `Node ${NEW} status is now: NodeHasSufficientMemory`, first: -21.2 },
      { on: `node:${NEW}`, reason: 'NodeHasNoDiskPressure', message: `Node ${NEW} status is now: NodeHasNoDiskPressure`, first: -21.2 },
      { on: `node:${NEW}`, reason: 'NodeHasSufficientPID', message: `Node ${NEW} status is now: NodeHasSufficientPID`, first: -21.2 },
      { on: `node:${NEW}`, reason: 'NodeAllocatableEnforced', message: 'Updated Node Allocatable limit across pods', first: -21.2 },
      { on: `node:${NEW}`, reason: 'RegisteredNode', message: `Node ${NEW} event: Registered Node ${NEW} in Controller`, source: 'node-controller', first: -21.1 },
      { on: `node:${NEW}`, reason: 'NodeReady', message: `Node ${NEW} status is now: NodeReady`, first: -20.7 },
      { on: 'pod:redis#0', reason: 'FailedScheduling', message: SCHED3, source: 'default-scheduler', type: 'Warning', first: -20.6, last: -0.7, count: 19 },
      { on: 'pod:redis#0', reason: 'NotTriggerScaleUp', message: "pod didn't trigger scale-up: 1 node(s) had volume node affinity conflict", source: 'cluster-autoscaler', first: -22.5, last: -0.4, count: 21 },
    ],
    logs: {
      'cart#0/cart': cartLogs(),
      'user#0/user': userLogs(),
      'web#0/web': webLogs(),
      'ratings#0/ratings': ratingsLogs,
      'dispatch#0/dispatch': [
        `${T.go(-22.64)} Error Percent is 0`,
        `${T.go(-22.64)} Waiting for messages`,
        `${T.go(-22.64)} Connecting to amqp://guest:guest@rabbitmq:5672/`,
        `${T.go(-22.63)} Rabbit MQ ready true`,
      ],
    },
    grounding: `
      Robot Shop as the kit's system (instana/robot-shop K8s/helm at 55292e2, redis StatefulSet with the 1Gi \`data\` claim on gp2,
      release installed with --set redis.storageClassName=gp2 as in SOURCES.md). Fault: an EKS managed node group spanning three
      AZs loses its only eu-west-1a instance (EC2 scheduled retirement for degraded hardware); the ASG replacement lands in
      eu-west-1b (1a had no m5.large capacity). The cloud node lifecycle controller deletes the Node, pod GC removes its pods, the
      StatefulSet recreates redis-0, but redis-0's PersistentVolume is an EBS volume pinned to eu-west-1a by its node affinity:
      FailedScheduling "volume node affinity conflict" on every node, and cluster-autoscaler cannot help (NotTriggerScaleUp) because
      the multi-AZ node group's template node is not in 1a. This is the documented limitation in the cluster-autoscaler FAQ and the
      EKS best-practices guide ("one node group per AZ when using EBS volumes"); the scheduler and CA texts follow their sources.
      Callers: cart and user use node_redis 2.8 (offline queue on, no command timeout), so requests hang on the dead socket until
      TCP retransmission gives up (~15 min, tcp_retries2), then queued commands are aborted ("ERROR") and reconnects are refused
      (kube-proxy REJECT for a Service without endpoints); pino 5 prints only "Redis ERROR" because quick-format-unescaped drops
      the error argument (cart/server.js logger.error('Redis ERROR', e)). nginx in web returns 504 after proxy_read_timeout
      (60 s) for /api/cart/add and /api/user/uniqueid. Decoys: ratings and dispatch pods recreated 23 min ago on surviving nodes
      (healthy), the node churn events. Deviations: node replacement expressed as a renamed third node; the kit writes no PV, so
      the zone of pvc-5b0e9c3d… is only visible in the scheduler message.
    `,
    post(dir, h) {
      const pods = h.read(dir, 'pods');
      const name = (prefix) => pods.items.find((p) => p.metadata.name.startsWith(prefix)).metadata.name;
      h.edit(dir, 'events', (ev) => {
        for (const e of ev.items) e.message = e.message.replace('%RATINGS%', name('ratings-')).replace('%DISPATCH%', name('dispatch-'));
      });
      h.edit(dir, 'nodes', (nodes) => {
        const n = nodes.items.find((x) => x.metadata.name === NEW);
        n.metadata.creationTimestamp = T.iso(-21.2);
        for (const c of n.status.conditions) c.lastTransitionTime = c.type === 'Ready' ? T.iso(-20.7) : T.iso(-21.2);
      });
    },
  }),
];
