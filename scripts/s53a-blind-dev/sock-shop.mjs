// Blind dev batch s53a, Sock Shop: one scenario on the session-2 system definition (complete-demo.yaml at 9dff06f).
// session-db's pod is deleted by hand and cannot come back: a new namespace ResourceQuota demands requests and limits.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;

const INCIDENT = '2026-04-14T11:41:00Z';
const T = clock(INCIDENT);
const DELETED = -21; // 11:20 UTC: `kubectl delete pod` on session-db
const QUOTA_MSG = (pod) => `pods "${pod}" is forbidden: failed quota: compute-resources: must specify limits.cpu for: session-db; limits.memory for: session-db; requests.cpu for: session-db; requests.memory for: session-db`;

// morgan "dev" as front-end's server.js registers it (coloured status).
const morgan = (method, url, status, ms, len) => {
  const c = status >= 500 ? 31 : status >= 400 ? 33 : status >= 300 ? 36 : 32;
  return `\x1b[0m${method} ${url} \x1b[${c}m${status} \x1b[0m${ms.toFixed(3)} ms - ${len}\x1b[0m`;
};
const banner = ['', '> microservices-demo-front-end@0.0.1 start /usr/src/app', '> node server.js', '', 'Using the redis based session manager', 'App now running in production mode on port 8079'];
const healthy = (n) => {
  const out = [];
  for (let i = 0; i < n; i++) {
    out.push(morgan('GET', '/catalogue?page=1&size=6&tags=', 200, 8.214 + i, 2193));
    out.push(morgan('GET', '/tags', 200, 3.402 + i / 3, 107));
    out.push('Request received: /cart, undefined', 'Customer ID: ' + ['hmzC5Dmh0XHljcWwX9ldTmIH0ZWnUtXj', 'O3lX0ufKL1a3S3dAqHn-Ce0y2rrXhLb6', '57a98d98e4b00679b4a830af'][i % 3]);
    out.push(morgan('GET', '/cart', 200, 14.117 + i, i % 3 === 2 ? 214 : 2));
    out.push(morgan('GET', '/catalogue/3395a43e-2d88-40de-b95f-e00e1502085b', 200, 6.89 + i, 340));
  }
  return out;
};
const broken = (n, withLogin) => {
  const out = [];
  for (let i = 0; i < n; i++) {
    out.push(morgan('GET', '/catalogue?page=1&size=6&tags=', 200, 7.981 + i, 2193));
    out.push('Request received: /cart, undefined');
    out.push(morgan('GET', '/cart', 500, 1.873 + i / 5, 63));
    out.push(morgan('GET', '/tags', 200, 2.951, 107));
    out.push(`Attempting to add to cart: {"id":"${['03fef6ac-1896-4ce8-bd69-b798f85c6e0b', '819e1fbf-8b7e-4f6d-811f-693534916a8b'][i % 2]}"}`);
    out.push(morgan('POST', '/cart', 500, 1.402 + i / 7, 63));
    if (withLogin && i === 1) out.push('Received login request', morgan('GET', '/login', 401, 31.4, 0));
  }
  return out;
};
const crash = (customer, user, npmLog) => [
  'Received login request',
  `{"user":{"firstName":"${user[0]}","lastName":"${user[1]}","username":"${user[2]}","id":"${customer}","_links":{"addresses":{"href":"http://user/customers/${customer}/addresses"},"cards":{"href":"http://user/customers/${customer}/cards"},"customer":{"href":"http://user/customers/${customer}"},"self":{"href":"http://user/customers/${customer}"}}}}`,
  customer,
  '/usr/src/app/api/user/index.js:270',
  '                            req.session.customerId = customerId;',
  '                                                   ^',
  '',
  "TypeError: Cannot set property 'customerId' of undefined",
  '    at Request._callback (/usr/src/app/api/user/index.js:270:52)',
  '    at Request.self.callback (/usr/src/app/node_modules/request/request.js:185:22)',
  '    at Request.emit (events.js:198:13)',
  '    at Request.<anonymous> (/usr/src/app/node_modules/request/request.js:1161:10)',
  '    at Request.emit (events.js:198:13)',
  '    at IncomingMessage.<anonymous> (/usr/src/app/node_modules/request/request.js:1083:12)',
  '    at Object.onceWrapper (events.js:286:20)',
  '    at IncomingMessage.emit (events.js:203:15)',
  '    at endReadableNT (_stream_readable.js:1145:12)',
  '    at process._tickCallback (internal/process/next_tick.js:63:19)',
  'npm ERR! code ELIFECYCLE',
  'npm ERR! errno 1',
  'npm ERR! microservices-demo-front-end@0.0.1 start: `node server.js`',
  'npm ERR! Exit status 1',
  'npm ERR! ',
  'npm ERR! Failed at the microservices-demo-front-end@0.0.1 start script.',
  'npm ERR! This is probably not a problem with npm. There is likely additional logging output above.',
  '',
  'npm ERR! A complete log of this run can be found in:',
  `npm ERR!     /home/myuser/.npm/_logs/${npmLog}-debug.log`,
];
const npmStamp = (min) => T.isoMs(min).replaceAll(':', '_');

// Spring Boot 1.4 console pattern of the Java services (sleuth fields empty).
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;

export const scenarios = [
  {
    folder: 's53a-session-db-quota-requires-limits',
    incidentTime: INCIDENT,
    description: 'sock shop: add to cart and login return 500 since about 11:20, front-end pods restarting. catalogue browsing still works. web team says they did not deploy anything today',
    expected: { component: 'session-db', cause: 'quota-exceeded' },
    alsoAcceptable: [{ component: 'session-db', cause: 'no-endpoints' }],
    difficulty: 'hard',
    traits: ['louder-dependents', 'time-expression', 'team-name', 'decoy'],
    resourceQuotas: [{
      name: 'compute-resources',
      hard: { 'limits.cpu': '8', 'limits.memory': '16Gi', pods: '40', 'requests.cpu': '4', 'requests.memory': '8Gi' },
      used: { 'limits.cpu': '2700m', 'limits.memory': '4600Mi', pods: '14', 'requests.cpu': '899m', 'requests.memory': '2000Mi' },
    }],
    workloads: {
      'session-db': {
        pods: [], rsReplicas: 1, unavailableSince: DELETED, endpointsChanged: DELETED,
      },
      'front-end': {
        pods: [
          { containers: { 'front-end': cs.restartedRunning({ restarts: 3, startedAt: T.iso(-6.1), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-11.9), finishedAt: T.iso(-6.6) } }) }, readyTransition: T.iso(-5.5) },
          { containers: { 'front-end': cs.restartedRunning({ restarts: 2, startedAt: T.iso(-2.4), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-14.2), finishedAt: T.iso(-2.9) } }) }, readyTransition: T.iso(-1.8) },
        ],
      },
      carts: {
        pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 184), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 184.5) } }) } }],
      },
    },
    events: [
      { on: 'rs:session-db', type: 'Warning', reason: 'FailedCreate', message: `Error creating: ${QUOTA_MSG('session-db-%RS%')}`, first: DELETED + 0.02, last: -0.6, count: 19 },
      { on: 'pod:front-end#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container front-end in pod %POD%(%PODUID%)', first: -6.6, last: -6.4, count: 2 },
      { on: 'pod:front-end#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/front-end:0.3.12" already present on machine', first: -17.9, last: -6.1, count: 3 },
      { on: 'pod:front-end#0', reason: 'Started', message: 'Started container front-end', first: -17.9, last: -6.1, count: 3 },
      { on: 'pod:front-end#1', reason: 'Pulled', message: 'Container image "weaveworksdemos/front-end:0.3.12" already present on machine', first: -14.3, last: -2.4, count: 2 },
      { on: 'pod:front-end#1', reason: 'Started', message: 'Started container front-end', first: -14.3, last: -2.4, count: 2 },
      { on: 'pod:front-end#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": dial tcp %PODIP%:8079: connect: connection refused', first: -6.5, last: -6.0, count: 2 },
    ],
    logs: {
      'front-end#0/front-end/previous': [...banner, ...broken(3, false), ...crash('57a98d98e4b00679b4a830af', ['Eve', 'Berger', 'Eve_Berger'], npmStamp(-6.6))],
      'front-end#0/front-end': [...banner, ...broken(4, true)],
      'front-end#1/front-end/previous': [...banner, ...healthy(3), ...broken(5, false), ...crash('57a98e2ae4b00679b4a830b1', ['User', 'Name', 'user'], npmStamp(-2.9))],
      'front-end#1/front-end': [...banner, ...broken(1, false)],
      'carts#0/carts': [
        spring(-60 * 24 * 2 - 183.2, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 61.802 seconds (JVM running for 64.117)'),
        ...[-48, -39, -31, -26, -24.5, -22.8].map((m) => spring(m, 'INFO', 'carts', 'http-nio-80-exec-' + (Math.abs(Math.round(m)) % 9 + 1), 'w.weave.socks.cart.controllers.CartsController', 'Getting cart for customer: ' + ['57a98d98e4b00679b4a830af', 'hmzC5Dmh0XHljcWwX9ldTmIH0ZWnUtXj'][Math.abs(Math.round(m)) % 2])),
        spring(-23.1, 'DEBUG', 'carts', 'http-nio-80-exec-4', 'w.weave.socks.cart.controllers.ItemsController', 'Creating new item: Item{id=\'null\', itemId=\'819e1fbf-8b7e-4f6d-811f-693534916a8b\', quantity=1, unitPrice=14.0}'),
      ],
    },
    post(dir, { editJson, readJson }) {
      const rs = readJson(dir, 'replicasets.json').items.find((r) => r.metadata.name.startsWith('session-db-'));
      const gone = `${rs.metadata.name}-xq7mz`;
      const msg = QUOTA_MSG(`${rs.metadata.name}-n4d8w`);
      editJson(dir, 'replicasets.json', (l) => {
        const r = l.items.find((x) => x.metadata.name === rs.metadata.name);
        r.status = { replicas: 0, fullyLabeledReplicas: 0, observedGeneration: 1, conditions: [{ type: 'ReplicaFailure', status: 'True', lastTransitionTime: T.iso(DELETED + 0.02), reason: 'FailedCreate', message: msg }] };
      });
      editJson(dir, 'deployments.json', (l) => {
        const d = l.items.find((x) => x.metadata.name === 'session-db');
        d.status.conditions.push({ type: 'ReplicaFailure', status: 'True', lastUpdateTime: T.iso(DELETED + 0.02), lastTransitionTime: T.iso(DELETED + 0.02), reason: 'FailedCreate', message: msg });
      });
      editJson(dir, 'resourcequotas.json', (l) => {
        l.items[0].metadata.creationTimestamp = T.iso(-60 * 24 * 2 - 317);
        l.items[0].metadata.labels = { 'app.kubernetes.io/managed-by': 'argocd', 'platform.socks.example/policy': 'namespace-defaults' };
      });
      editJson(dir, 'events.json', (l) => {
        const node = 'ip-10-0-2-148.eu-west-1.compute.internal';
        l.items.unshift({
          metadata: { name: `${gone}.18a5e3c9f0d2b741`, namespace: 'sock-shop', uid: 'f3c1a9e2-7b4d-5e60-a812-4c9d0e7f1b35', resourceVersion: '9149990', creationTimestamp: T.iso(DELETED) },
          involvedObject: { kind: 'Pod', namespace: 'sock-shop', name: gone, uid: '6d2e8f41-0a9c-5b73-a4e1-92c7f0d3b586', apiVersion: 'v1', resourceVersion: '9011204', fieldPath: 'spec.containers{session-db}' },
          reason: 'Killing', message: 'Stopping container session-db', source: { component: 'kubelet', host: node },
          firstTimestamp: T.iso(DELETED), lastTimestamp: T.iso(DELETED), count: 1, type: 'Normal', eventTime: null, reportingComponent: 'kubelet', reportingInstance: node,
        });
      });
    },
    grounding: `
      Manifests: microservices-demo/microservices-demo deploy/kubernetes/complete-demo.yaml at 9dff06f: session-db (redis:alpine) sets no
      resources, front-end runs with SESSION_REDIS=true. front-end source (microservices-demo/front-end, image 0.3.12, node:10-alpine):
      config.js builds a connect-redis store on host session-db; express-session skips the session while its store is disconnected
      ("store is disconnected"), so req.session is undefined: helpers.getCustomerId throws inside the /cart handlers (Express answers
      500, morgan "dev" logs it) and api/user/index.js:270 sets req.session.customerId inside the request callback of /login, an
      uncaught TypeError that kills the Node process (npm ELIFECYCLE, exit 1). Catalogue routes never touch the session.
      Fault: the platform team's GitOps added a namespace ResourceQuota "compute-resources" with requests.* and limits.* two days ago;
      running pods were admitted before it and kept running. At 11:20 someone deleted the session-db pod to flush sessions; the
      ReplicaSet cannot create its replacement: "failed quota: ... must specify limits.cpu for: session-db; ..." (the quota admission
      wording of Kubernetes 1.2x, one "for: <container>" per resource). No pod, empty Endpoints, kube-proxy rejects the ClusterIP.
      Decoys: front-end pods restarting on every login attempt (the loud component), carts' OOMKilled restart two days ago.
      Deviations: the ResourceQuota and its used figures are invented (used sums the upstream requests/limits of the running pods;
      pods without resources count nothing); the kit writes no LimitRange (there is none). Customer ids come from the user-db seed.
    `,
  },
];

