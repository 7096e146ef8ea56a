// Batch s33b (blind dev): one Robot Shop incident on the kit system scripts/kit-systems/robot-shop.mjs — a namespace
// ResourceQuota tightened the day before blocks shipping's replacement pod after a cluster-autoscaler scale-down.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const IT = '2026-03-17T10:43:00Z';
const T = clock(IT);
const N = system.nodes.map((n) => n.name);
const GONE = 'ip-10-1-2-58.eu-west-1.compute.internal';
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const clf = (min) => { const d = new Date(Date.parse(T.isoMs(min))); const p = (n) => String(n).padStart(2, '0'); return `${p(d.getUTCDate())}/${months[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`; };
const UA = '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"';
const acc = (min, client, req, status, bytes, ref = 'http://shop.robot-shop.example/') => `${client} - - [${clf(min)}] "${req} HTTP/1.1" ${status} ${bytes} "${ref}" ${UA} "-"`;
const ngxErr = (min, conn, client, req, path) => `${T.go(min)} [error] 31#31: *${conn} connect() failed (111: Connection refused) while connecting to upstream, client: ${client}, server: localhost, request: "${req} HTTP/1.1", upstream: "http://%SVCIP:shipping%:8080${path}", host: "shop.robot-shop.example", referrer: "http://shop.robot-shop.example/"`;

const webLog = [];
const clients = ['10.1.1.84', '10.1.3.206', '10.1.2.137'];
for (let m = -40; m < -0.5; m += 1.7) {
  const c = clients[Math.round(-m) % 3];
  webLog.push(acc(m, c, 'GET /api/catalogue/products', 200, 2194));
  webLog.push(acc(m + 0.1, c, 'GET /api/ratings/api/fetch/Watson', 200, 31, 'http://shop.robot-shop.example/product/Watson'));
  if (m < -21.6) {
    webLog.push(acc(m + 0.3, c, 'GET /api/shipping/codes', 200, 3712, 'http://shop.robot-shop.example/shipping'));
    webLog.push(acc(m + 0.4, c, 'GET /api/shipping/calc/7231?cart=42', 200, 57, 'http://shop.robot-shop.example/shipping'));
  } else {
    const conn = 48110 + Math.round((m + 40) * 7);
    webLog.push(ngxErr(m + 0.3, conn, c, 'GET /api/shipping/codes', '/codes'));
    webLog.push(acc(m + 0.3, c, 'GET /api/shipping/codes', 502, 157, 'http://shop.robot-shop.example/shipping'));
  }
  webLog.push(acc(m + 0.5, c, 'GET /api/cart/cart/' + (4100 + Math.round(-m)), 200, 288, 'http://shop.robot-shop.example/cart'));
}

const ratingsLog = [
  `AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using %PODIP%. Set the 'ServerName' directive globally to suppress this message`,
  `[Tue Mar 17 10:21:49.118520 2026] [mpm_prefork:notice] [pid 1] AH00163: Apache/2.4.38 (Debian) PHP/7.4.33 configured -- resuming normal operations`,
  `[Tue Mar 17 10:21:49.118602 2026] [core:notice] [pid 1] AH00094: Command line: 'apache2 -D FOREGROUND'`,
  `10.1.1.84 - - [${clf(-20.5)}] "GET /_health HTTP/1.1" 200 253 "-" "kube-probe/1.30"`,
  `%IPOF:web#0% - - [${clf(-12.2)}] "GET /api/fetch/Watson HTTP/1.0" 200 31 "http://shop.robot-shop.example/product/Watson" ${UA}`,
  `10.1.1.84 - - [${clf(-1.5)}] "GET /_health HTTP/1.1" 200 253 "-" "kube-probe/1.30"`,
];

const cartLog = [
  pino(T, -60 * 24 * 5, 'info', '%POD%', 'Redis READY'),
  pino(T, -60 * 24 * 5, 'info', '%POD%', 'Started on port 8080'),
  pino(T, -30.2, 'info', '%POD%', 'request completed', `"req":{"id":8812,"method":"GET","url":"/cart/4130"},"res":{"statusCode":200},"responseTime":3,`),
  pino(T, -14.6, 'info', '%POD%', 'request completed', `"req":{"id":8890,"method":"GET","url":"/cart/4114"},"res":{"statusCode":200},"responseTime":2,`),
  pino(T, -2.1, 'info', '%POD%', 'request completed', `"req":{"id":8957,"method":"GET","url":"/cart/4102"},"res":{"statusCode":200},"responseTime":2,`),
];

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const asctime = (min) => { const d = new Date(Date.parse(T.isoMs(min))); const p = (n) => String(n).padStart(2, '0'); return `${DAYS[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${d.getUTCFullYear()}`; };
const EXCEEDED = 'pods "shipping-%RS%" is forbidden: exceeded quota: robot-shop-quota, requested: limits.memory=1000Mi, used: limits.memory=2536Mi, limited: limits.memory=3Gi';

export const scenarios = [
  withDefaults({
    folder: 's33b-shipping-quota-after-scale-down',
    split: 'dev',
    description: 'robot shop checkout is broken at the shipping step, country list never loads. since about 10:20',
    incidentTime: IT,
    expected: { component: 'shipping', cause: 'quota-exceeded' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifests: instana/robot-shop K8s/helm (shipping rs-shipping:2.1.0, requests 100m/500Mi, limits 200m/1000Mi, readiness
      /health on 8080; web nginx proxy_pass http://shipping:8080/ from web/default.conf.template) and K8s/resource-quota.yaml,
      whose robot-shop-quota name this cluster keeps. Deviation: the platform team's namespace right-sizing applied the day before
      (resourceVersion only, not in the snapshot as an edit time) lowered limits.memory to 3Gi from observed usage, below what the
      running pods already held (3536Mi); quota admission never touches running pods, so nothing happened until today.
      Fault: at ~10:21 the cluster autoscaler scaled down a fourth node (${GONE}); its pods were evicted. ratings' replacement
      (100Mi) was admitted, shipping's (1000Mi) is rejected by the ResourceQuota admission plugin with the real message
      "exceeded quota: robot-shop-quota, requested: limits.memory=1000Mi, used: limits.memory=2536Mi, limited:
      limits.memory=3Gi"; the ReplicaSet controller retries with FailedCreate, the Deployment has 0 pods, the shipping Service
      has no endpoints and web's nginx gets "connect() failed (111: Connection refused)" and answers 502 on /api/shipping/.
      Expected: shipping quota-exceeded (the empty Service is the consequence). Decoys: ratings' fresh pod from the same
      scale-down, an old payment restart, the cluster-autoscaler ScaleDown events.
    `,
    resourceQuotas: [{
      name: 'robot-shop-quota',
      hard: { 'limits.cpu': '4', 'limits.memory': '3Gi', pods: '20', 'requests.cpu': '2', 'requests.memory': '2Gi' },
      used: { 'limits.cpu': '2200m', 'limits.memory': '2536Mi', pods: '11', 'requests.cpu': '1100m', 'requests.memory': '1506Mi' },
    }],
    workloads: {
      shipping: { pods: [], rsReplicas: 1, unavailableSince: -21.6, endpointsChanged: -21.6 },
      ratings: { pods: [{ node: N[1], created: T.iso(-21.5) }], endpointsChanged: -21 },
      payment: {
        pods: [{
          node: N[2],
          containers: { payment: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4 - 50), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 50.2) } }) },
        }],
      },
    },
    events: [
      { on: 'rs:shipping', reason: 'FailedCreate', type: 'Warning', message: EXCEEDED, first: -21.6, last: -0.8, count: 17 },
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shipping-%NEW% to 1', first: -60 * 24 * 12, last: -60 * 24 * 12 },
      { on: 'pod:ratings#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned robot-shop/%POD% to ${N[1]}`, first: -21.5 },
      { on: 'pod:ratings#0', reason: 'Pulled', message: 'Container image "robotshop/rs-ratings:2.1.0" already present on machine', first: -21.4 },
      { on: 'pod:ratings#0', reason: 'Created', message: 'Created container ratings', first: -21.4 },
      { on: 'pod:ratings#0', reason: 'Started', message: 'Started container ratings', first: -21.3 },
    ],
    rawEvents: [
      { kind: 'Node', name: GONE, reason: 'ScaleDown', source: 'cluster-autoscaler', message: 'marked the node as toBeDeleted/unschedulable', first: -23 },
      { kind: 'Pod', name: '%RSOF:shipping%-qj4wz', reason: 'ScaleDown', source: 'cluster-autoscaler', message: 'deleting pod for node scale down', first: -22.4 },
      { kind: 'Pod', name: '%RSOF:ratings%-m8tkc', reason: 'ScaleDown', source: 'cluster-autoscaler', message: 'deleting pod for node scale down', first: -22.4 },
      { kind: 'Pod', name: '%RSOF:shipping%-qj4wz', reason: 'Killing', source: 'kubelet', host: GONE, message: 'Stopping container shipping', first: -22.3 },
      { kind: 'Node', name: GONE, reason: 'RemovingNode', source: 'node-controller', message: `Node ${GONE} event: Removing Node ${GONE} from Controller`, first: -20.1 },
    ],
    post: {
      // The Deployment controller copies the ReplicaSet's FailedCreate into a ReplicaFailure condition.
      'deployments.json': (list, T2, read) => {
        const d = list.items.find((x) => x.metadata.name === 'shipping');
        const ev = read('events.json').items.find((e) => e.reason === 'FailedCreate');
        d.status.conditions.push({ type: 'ReplicaFailure', status: 'True', lastUpdateTime: T2.iso(-21.6), lastTransitionTime: T2.iso(-21.6), reason: 'FailedCreate', message: ev.message });
      },
      // A ReplicaSet whose pod was deleted and could not be recreated counts no replicas.
      'replicasets.json': (list, T2, read) => {
        const r = list.items.find((x) => x.metadata.name.startsWith('shipping-'));
        const ev = read('events.json').items.find((e) => e.reason === 'FailedCreate');
        Object.assign(r.status, { replicas: 0, fullyLabeledReplicas: 0, readyReplicas: 0, availableReplicas: 0 });
        r.status.conditions = [{ type: 'ReplicaFailure', status: 'True', lastTransitionTime: T2.iso(-21.6), reason: 'FailedCreate', message: ev.message }];
      },
    },
    logs: {
      'web#0/web': webLog,
      'ratings#0/ratings': ratingsLog,
      'cart#0/cart': cartLog,
      'payment#0/payment': [
        `*** Starting uWSGI 2.0.23 (64bit) on [${asctime(-60 * 24 * 4 - 50)}] ***`,
        'spawned uWSGI master process (pid: 1)',
        'spawned uWSGI worker 1 (pid: 8, cores: 1)',
        `[pid: 8|app: 0|req: 311/311] %IPOF:web#0% () {36 vars in 512 bytes} [${asctime(-33)}] GET /health => generated 29 bytes in 1 msecs (HTTP/1.1 200) 2 headers in 72 bytes (1 switches on core 0)`,
      ],
    },
  }),
];
