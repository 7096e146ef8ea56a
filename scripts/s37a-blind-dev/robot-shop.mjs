// Batch s37a (blind dev): one Robot Shop incident, written without reading the engine, the rules or other scenarios.
// A tightened namespace ResourceQuota blocks the re-creation of the user pod after a cluster-autoscaler scale-down.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const T = clock('2026-04-21T10:34:00Z');
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n) => String(n).padStart(2, '0');
// nginx access log (combined) and error log
const acc = (min, client, method, path, status, bytes) => {
  const d = new Date(T.isoMs(min));
  return `${client} - - [${p2(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000] "${method} ${path} HTTP/1.1" ${status} ${bytes} "http://shop.robot-shop.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36"`;
};
const nerr = (min, conn, client, method, path, upPath) =>
  `${T.go(min)} [error] 29#29: *${conn} connect() failed (111: Connection refused) while connecting to upstream, client: ${client}, server: localhost, request: "${method} ${path} HTTP/1.1", upstream: "http://%SVCIP:user%:8080${upPath}", host: "shop.robot-shop.example.com", referrer: "http://shop.robot-shop.example.com/"`;
// Flask default logger and the uWSGI request line of payment
const flask = (min, lvl, msg) => `[${T.java(min).replace('.', ',')}] ${lvl} in payment: ${msg}`;
const uw = (min, n, method, path, status, bytes, ms) => {
  const d = new Date(T.isoMs(min));
  return `[pid: 9|app: 0|req: ${n}/${n * 2 + 1}] 10.1.1.37 () {36 vars in 458 bytes} [${DAYS[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} ${d.getUTCFullYear()}] ${method} ${path} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${status}) 2 headers in 91 bytes (1 switches on core 0)`;
};
const refused = (path) =>
  `HTTPConnectionPool(host='user', port=8080): Max retries exceeded with url: ${path} (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a1c2e5b50>: Failed to establish a new connection: [Errno 111] Connection refused'))`;

const QUOTA_MSG = 'Error creating: pods "user-%RS%" is forbidden: exceeded quota: robot-shop-quota, requested: limits.cpu=200m, used: limits.cpu=2200m, limited: limits.cpu=2';

export const scenarios = [
  withDefaults({
    folder: 's37a-user-quota-after-scaledown',
    incidentTime: '2026-04-21T10:34:00Z',
    description: 'robot shop: nobody can log in and checkout errors out, started around 10:20',
    expected: { component: 'user', cause: 'quota-exceeded' },
    difficulty: 'medium',
    traits: ['time-expression', 'louder-dependents', 'decoy'],
    grounding: `
      Manifest: instana/robot-shop K8s/helm (2.1.0): user is a Node.js Deployment (robotshop/rs-user, 1 replica, container port
      8080, limits cpu 200m / memory 100Mi, requests 100m / 50Mi) behind Service user:8080; web's nginx proxies /api/user/ to
      user:8080 (the AngularJS app asks /api/user/uniqueid on every page load), and payment.py checks the buyer with
      GET http://user:8080/check/<id> before paying (requests; on RequestException it logs the error and answers 500).
      Fault (a shape from many EKS/FinOps post-mortems): yesterday a cost review applied a ResourceQuota robot-shop-quota with
      limits.cpu "2" to the namespace; quota is only checked at admission, so the running pods (2200m of cpu limits) stayed.
      At 10:19 the cluster autoscaler removed an under-used fourth node (ip-10-1-3-41), evicting the user pod (and catalogue,
      re-created first and admitted before the quota was recounted — the catalogue replacement started at 10:20). The user
      ReplicaSet's creates are rejected with the quota admission's exact text ("exceeded quota: robot-shop-quota, requested:
      limits.cpu=200m, used: limits.cpu=2200m, limited: limits.cpu=2"), FailedCreate events every few minutes, the Deployment
      has ReplicaFailure and no available replica, the user Endpoints are empty.
      Callers: web's nginx logs connect() failed (111: Connection refused) to the user ClusterIP and 502s for /api/user/*;
      payment logs urllib3 NewConnectionError for /check/<id> and returns 500 to web. Cart and catalogue keep serving.
      Decoys: catalogue's fresh pod (healthy), an old shipping restart from two days ago, the autoscaler's node events.
    `,
    workloads: {
      user: {
        pods: [],
        rsReplicas: 1,
        endpointsChanged: -15,
        deployStatus: {
          observedGeneration: 5, replicas: 0, updatedReplicas: 0, readyReplicas: 0, availableReplicas: 0, unavailableReplicas: 1,
          conditions: [
            { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "user-%RSNAME%" has successfully progressed.' },
            { type: 'Available', status: 'False', lastUpdateTime: T.iso(-15), lastTransitionTime: T.iso(-15), reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' },
            { type: 'ReplicaFailure', status: 'True', lastUpdateTime: T.iso(-15), lastTransitionTime: T.iso(-15), reason: 'FailedCreate', message: 'pods "user-%RSNAME%-x7k2q" is forbidden: exceeded quota: robot-shop-quota, requested: limits.cpu=200m, used: limits.cpu=2200m, limited: limits.cpu=2' },
          ],
        },
      },
      catalogue: { pods: [{ created: T.iso(-14.6), node: 'ip-10-1-1-84.eu-west-1.compute.internal' }] },
      shipping: {
        pods: [{
          containers: {
            shipping: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 49), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 49 - 0.3) } }),
          },
        }],
      },
    },
    resourceQuotas: [
      {
        name: 'robot-shop-quota',
        hard: { 'limits.cpu': '2', 'limits.memory': '6Gi', pods: '30', 'requests.cpu': '2', 'requests.memory': '4Gi' },
        used: { 'limits.cpu': '2200m', 'limits.memory': '3436Mi', pods: '11', 'requests.cpu': '1100m', 'requests.memory': '1906Mi' },
      },
    ],
    events: [
      { on: 'node:ip-10-1-3-41.eu-west-1.compute.internal', source: 'cluster-autoscaler', reason: 'ScaleDown', message: 'marked the node as toBeDeleted/unschedulable', first: -16, last: -16 },
      { on: 'node:ip-10-1-3-41.eu-west-1.compute.internal', source: 'cluster-autoscaler', reason: 'ScaleDown', message: 'node removed by cluster autoscaler', first: -15.2, last: -15.2 },
      { on: 'node:ip-10-1-3-41.eu-west-1.compute.internal', source: 'node-controller', reason: 'RemovingNode', message: 'Node ip-10-1-3-41.eu-west-1.compute.internal event: Removing Node ip-10-1-3-41.eu-west-1.compute.internal from Controller', first: -14.8, last: -14.8 },
      { on: 'rs:user', type: 'Warning', reason: 'FailedCreate', message: QUOTA_MSG, count: 17, first: -15.1, last: -1.4 },
      { on: 'pod:catalogue#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: -14.6, last: -14.6 },
      { on: 'pod:catalogue#0', reason: 'Pulled', message: 'Container image "robotshop/rs-catalogue:2.1.0" already present on machine', first: -14.5, last: -14.5 },
      { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', first: -14.4, last: -14.4 },
    ],
    logs: {
      'web#0/web': [
        acc(-16.5, '10.1.1.12', 'GET', '/api/user/uniqueid', 200, 45),
        acc(-16.4, '10.1.1.12', 'GET', '/api/catalogue/products', 200, 3427),
        acc(-16.1, '10.1.2.40', 'POST', '/api/user/login', 200, 139),
        nerr(-14.9, 48211, '10.1.1.12', 'GET', '/api/user/uniqueid', '/uniqueid'),
        acc(-14.9, '10.1.1.12', 'GET', '/api/user/uniqueid', 502, 157),
        acc(-14.8, '10.1.1.12', 'GET', '/api/catalogue/categories', 200, 112),
        nerr(-13.2, 48377, '10.1.2.40', 'POST', '/api/user/login', '/login'),
        acc(-13.2, '10.1.2.40', 'POST', '/api/user/login', 502, 157),
        acc(-11.0, '10.1.2.40', 'POST', '/api/payment/pay/4711', 500, 231),
        nerr(-9.4, 48602, '10.1.3.77', 'GET', '/api/user/uniqueid', '/uniqueid'),
        acc(-9.4, '10.1.3.77', 'GET', '/api/user/uniqueid', 502, 157),
        acc(-9.3, '10.1.3.77', 'GET', '/api/cart/cart/anonymous-1', 200, 98),
        nerr(-6.1, 48830, '10.1.1.12', 'POST', '/api/user/register', '/register'),
        acc(-6.1, '10.1.1.12', 'POST', '/api/user/register', 502, 157),
        acc(-4.2, '10.1.2.40', 'POST', '/api/payment/pay/4711', 500, 231),
        nerr(-1.8, 49015, '10.1.3.77', 'POST', '/api/user/login', '/login'),
        acc(-1.8, '10.1.3.77', 'POST', '/api/user/login', 502, 157),
        acc(-1.7, '10.1.3.77', 'GET', '/api/ratings/api/fetch/Watson', 200, 38),
      ],
      'payment#0/payment': [
        flask(-17.8, 'INFO', 'payment for 2217'),
        flask(-17.8, 'INFO', 'https://paypal.com/ returned 200'),
        uw(-17.8, 812, 'POST', '/pay/2217', 200, 52, 611),
        flask(-11.0, 'INFO', 'payment for 4711'),
        flask(-11.0, 'ERROR', refused('/check/4711')),
        uw(-11.0, 813, 'POST', '/pay/4711', 500, 231, 4),
        flask(-4.2, 'INFO', 'payment for 4711'),
        flask(-4.2, 'ERROR', refused('/check/4711')),
        uw(-4.2, 814, 'POST', '/pay/4711', 500, 231, 3),
      ],
      'catalogue#0/catalogue': [
        pino(T, -14.4, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -14.4, 'info', '%POD%', 'Started on port 8080'),
      ],
      'cart#0/cart': [
        pino(T, -9.3, 'info', '%POD%', 'request completed', '"req":{"id":311,"method":"GET","url":"/cart/anonymous-1"},"res":{"statusCode":200},"responseTime":3,'),
      ],
    },
  }),
];
