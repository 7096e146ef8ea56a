// Batch s35a (blind dev): one Robot Shop incident as a kit spec — an in-house web image whose nginx template lost the trailing
// slash of the payment proxy_pass, so every checkout reaches payment as /api/payment/pay/<id> and Flask answers 404.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const INC = '2026-05-06T10:31:00Z';
const T = clock(INC);
const ECR = '318907245163.dkr.ecr.eu-west-1.amazonaws.com/robot-shop/rs-web:2.1.0-eum3';

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const clf = (min) => { const d = new Date(Date.parse(T.iso(min))); const p = (n) => String(n).padStart(2, '0'); return `${p(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`; };
const ctime = (min) => { const d = new Date(Date.parse(T.iso(min))); const p = (n) => String(n).padStart(2, '0'); return `${DAY[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${d.getUTCFullYear()}`; };
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const LB = ['10.1.1.84', '10.1.2.137', '10.1.3.206'];
const USERS = ['partner-57', 'anonymous-2231', 'anonymous-2240', 'rk.jansen', 'anonymous-2252', 'mlopez', 'anonymous-2263'];
const SKUS = ['Watson', 'Ewooid', 'HPTD', 'UHJ', 'EMM', 'SHCE', 'RMC', 'CNA'];

const webLines = [];
const payLines = [
  `*** Starting uWSGI 2.0.21 (64bit) on [${ctime(-60 * 24 * 9 + 0.3)}] ***`,
  'compiled with version: 10.2.1 20210110 on 20 April 2023 10:05:12',
  'detected number of CPU cores: 2',
  'your processes number limit is 1048576',
  'uwsgi socket 0 bound to TCP address 0.0.0.0:8080 fd 3',
  'Python version: 3.9.16 (main, Apr  5 2023, 04:49:41)  [GCC 10.2.1 20210110]',
  '*** Python threads support is disabled. You can enable it with --enable-threads ***',
  'Python main interpreter initialized at 0x55a7c3f0b6a0',
  'WSGI app 0 (mountpoint=\'\') ready in 1 seconds on interpreter 0x55a7c3f0b6a0 pid: 1 (default app)',
  '*** uWSGI is running in multiple interpreter mode ***',
  'spawned uWSGI master process (pid: 1)',
  'spawned uWSGI worker 1 (pid: 9, cores: 1)',
  'spawned uWSGI worker 2 (pid: 10, cores: 1)',
];
let req = 4410;
for (let m = -48, i = 0; m < -0.1; m += 0.21 + ((i * 13) % 9) / 20, i++) {
  const ip = LB[i % 3];
  const after = m > -34.2;
  const kind = i % 6;
  if (kind === 0) webLines.push(`${ip} - - [${clf(m)}] "GET /api/catalogue/products HTTP/1.1" 200 4216 "http://shop.robot-shop.example/" "${UA}"`);
  else if (kind === 1) webLines.push(`${ip} - - [${clf(m)}] "GET /api/catalogue/product/${SKUS[i % SKUS.length]} HTTP/1.1" 200 337 "http://shop.robot-shop.example/" "${UA}"`);
  else if (kind === 2) webLines.push(`${ip} - - [${clf(m)}] "GET /api/ratings/api/fetch/${SKUS[(i + 3) % SKUS.length]} HTTP/1.1" 200 38 "http://shop.robot-shop.example/" "${UA}"`);
  else if (kind === 3) webLines.push(`${ip} - - [${clf(m)}] "GET /api/cart/cart/${USERS[i % USERS.length]} HTTP/1.1" 200 ${180 + (i % 7) * 41} "http://shop.robot-shop.example/" "${UA}"`);
  else if (kind === 4) webLines.push(`${ip} - - [${clf(m)}] "POST /api/shipping/confirm HTTP/1.1" 200 58 "http://shop.robot-shop.example/" "${UA}"`);
  else {
    const u = USERS[i % USERS.length];
    const pid = 9 + (req % 2);
    req++;
    if (after) {
      webLines.push(`${ip} - - [${clf(m)}] "POST /api/payment/pay/${u} HTTP/1.1" 404 207 "http://shop.robot-shop.example/" "${UA}"`);
      payLines.push(`[pid: ${pid}|app: 0|req: ${Math.floor(req / 2)}/${req}] 10.1.${2 + (i % 2)}.${41 + (i % 2) * 57} () {44 vars in 712 bytes} [${ctime(m)}] POST /api/payment/pay/${u} => generated 207 bytes in 0 msecs (HTTP/1.1 404) 3 headers in 103 bytes (1 switches on core 0)`);
    } else {
      webLines.push(`${ip} - - [${clf(m)}] "POST /api/payment/pay/${u} HTTP/1.1" 200 51 "http://shop.robot-shop.example/" "${UA}"`);
      payLines.push(`[pid: ${pid}|app: 0|req: ${Math.floor(req / 2)}/${req}] 10.1.${1 + (i % 2)}.${63 + (i % 2) * 20} () {44 vars in 712 bytes} [${ctime(m)}] POST /pay/${u} => generated 51 bytes in ${240 + (i % 9) * 31} msecs (HTTP/1.1 200) 2 headers in 71 bytes (1 switches on core 0)`);
    }
  }
}
// the web pod of the new ReplicaSet only has lines from its start (−34.5); the access log before it belongs to the old pod.
const newWeb = webLines.filter((l) => { const m = /\[(\d\d)\/\w+\/\d+:(\d\d):(\d\d):(\d\d)/.exec(l); return m && `${m[2]}:${m[3]}` >= T.hm(-34.5); });

export const scenarios = [
  withDefaults({
    folder: 's35a-web-nginx-payment-proxy-pass-slash',
    description: 'robot shop checkout broken - every order fails at payment, payments team please look asap',
    incidentTime: INC,
    expected: { component: 'web', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'web', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'team-name', 'decoy'],
    grounding: `
      Chart facts (instana/robot-shop K8s/helm at 55292e2): web is nginx serving the SPA and proxying the APIs from
      web/default.conf.template, where every API location ends in a slash on both sides ("location /api/payment/ { proxy_pass
      http://\${PAYMENT_HOST}:8080/; }"), so nginx replaces the /api/payment/ prefix and payment's Flask app (payment.py, route
      "/pay/<id>" under uWSGI on 8080) sees /pay/<id>. No probes on web or payment upstream.
      Fault: the storefront team's in-house web image (ECR, tag 2.1.0-eum3, adds the Instana EUM snippet to index.html) was rolled out
      at 09:56; its template was re-typed and the payment location lost the URI part ("proxy_pass http://\${PAYMENT_HOST}:8080;"). Per
      the nginx docs, without a URI the request URI is passed unchanged, so payment receives POST /api/payment/pay/<id> and Flask
      answers 404 (uWSGI request log "=> generated 207 bytes ... (HTTP/1.1 404)"). Every other API keeps its slash and works; all pods
      are Ready and nothing restarts. The SPA shows a payment error, so the on-call pages the payments team.
      The cause is the web rollout (its new ReplicaSet's image and the time the 404s start); payment only logs what it is sent.
      Decoys: payment's uWSGI log turns to 404s (the louder, wrongly suspected service) and a ratings restart two days ago.`,
    workloads: {
      web: {
        rollout: { at: -35, oldReplicas: 0, oldContainers: { web: { image: 'robotshop/rs-web:2.1.0' } } },
        containers: { web: { image: ECR } },
      },
      ratings: { pods: [{ containers: { ratings: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 46), last: { exitCode: 137, reason: 'Error', startedAt: T.iso(-60 * 24 * 6), finishedAt: T.iso(-60 * 46 - 0.3) } }) } }] },
    },
    events: [
      { on: 'deploy:web', reason: 'ScalingReplicaSet', message: 'Scaled up replica set web-%NEW% to 1', first: -35, last: -35 },
      { on: 'deploy:web', reason: 'ScalingReplicaSet', message: 'Scaled down replica set web-%OLD% to 0 from 1', first: -34.4, last: -34.4 },
      { on: 'pod:web#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', source: 'default-scheduler', first: -35, last: -35 },
      { on: 'pod:web#0', reason: 'Pulling', message: `Pulling image "${ECR}"`, first: -34.9, last: -34.9, fieldPath: 'spec.containers{web}' },
      { on: 'pod:web#0', reason: 'Pulled', message: `Successfully pulled image "${ECR}" in 3.412s (3.412s including waiting). Image size: 71652114 bytes.`, first: -34.8, last: -34.8, fieldPath: 'spec.containers{web}' },
      { on: 'pod:web#0', reason: 'Created', message: 'Created container web', first: -34.8, last: -34.8, fieldPath: 'spec.containers{web}' },
      { on: 'pod:web#0', reason: 'Started', message: 'Started container web', first: -34.7, last: -34.7, fieldPath: 'spec.containers{web}' },
    ],
    logs: {
      'web#0/web': [
        '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
        '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
        '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
        '20-envsubst-on-templates.sh: Running envsubst on /etc/nginx/templates/default.conf.template to /etc/nginx/conf.d/default.conf',
        '/docker-entrypoint.sh: Configuration complete; ready for start up',
        ...newWeb,
      ],
      'payment#0/payment': payLines,
      'cart#0/cart': [
        pino(T, -60 * 24 * 5, 'info', '%POD%', 'Redis connected'),
        pino(T, -60 * 24 * 5, 'info', '%POD%', 'Started on port 8080'),
      ],
    },
  }),
];
