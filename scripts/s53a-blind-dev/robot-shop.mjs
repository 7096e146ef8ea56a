// Blind dev batch s53a, Robot Shop: one scenario on the kit system definition (instana/robot-shop K8s/helm at 55292e2).
// The user Service is recreated with a new ClusterIP; web's nginx resolved `user` once at start and keeps dialling the old one.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const INCIDENT = '2026-05-05T14:30:00Z';
const T = clock(INCIDENT);
const RECREATED = -17; // 14:13 UTC: `kubectl replace --force -f user-service.yaml`
const OLD_IP = '10.100.23.187';
const ELB = 'a3f9c2e1b7d04e5f8a6c1b2d3e4f5a6b-1402958817.eu-west-1.elb.amazonaws.com';
const NODES = ['10.1.1.84', '10.1.2.137', '10.1.3.206'];
const UA = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const local = (min) => { const d = new Date(Date.parse(T.isoMs(min))); const p = (n) => String(n).padStart(2, '0'); return `${p(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`; };
const access = (min, i, method, path, status, bytes, ref = '/') => `${NODES[i % 3]} - - [${local(min)}] "${method} ${path} HTTP/1.1" ${status} ${bytes} "http://${ELB}${ref}" "${UA[i % 3]}" "-"`;
const upstreamErr = (min, conn, i, method, path) => `${T.go(min)} [error] 29#29: *${conn} upstream timed out (110: Connection timed out) while connecting to upstream, client: ${NODES[i % 3]}, server: localhost, request: "${method} /api/user${path} HTTP/1.1", upstream: "http://${OLD_IP}:8080${path}", host: "${ELB}", referrer: "http://${ELB}/"`;

function webLog() {
  const rows = [];
  const add = (min, line) => rows.push([min, line]);
  let conn = 48211;
  for (let m = -44; m < -0.3; m += 1.1) {
    const i = Math.round(-m * 10);
    const after = m > RECREATED;
    add(m, access(m, i, 'GET', '/api/catalogue/products', 200, 2716));
    add(m + 0.01, access(m + 0.01, i, 'GET', '/api/catalogue/categories', 200, 44));
    add(m + 0.02, access(m + 0.02, i + 1, 'GET', `/api/ratings/api/fetch/${['Watson', 'EMM', 'SHCE', 'STAN-1'][i % 4]}`, 200, 39, '/product.html'));
    if (i % 3 === 0) add(m + 0.03, access(m + 0.03, i, 'GET', `/api/cart/cart/anonymous-${3300 + (i % 40)}`, 200, 176, '/cart.html'));
    if (i % 4 === 1) add(m + 0.04, access(m + 0.04, i, 'POST', `/api/shipping/confirm/anonymous-${3300 + (i % 40)}`, 200, 37, '/shipping.html'));
    if (i % 5 === 2) add(m + 0.05, access(m + 0.05, i, 'POST', `/api/payment/pay/anonymous-${3300 + (i % 40)}`, 200, 58, '/payment.html'));
    const userCalls = [['GET', '/uniqueid', 36]];
    if (i % 3 === 1) userCalls.push(['POST', '/login', 146]);
    if (i % 4 === 2) userCalls.push(['GET', `/history/user${i % 7}`, 211]);
    userCalls.forEach(([method, path, okBytes], k) => {
      const start = m + 0.06 + k * 0.01;
      if (!after) { add(start, access(start, i + k, method, `/api/user${path}`, 200, okBytes)); return; }
      conn += 17;
      add(start + 1, upstreamErr(start + 1, conn, i + k, method, path));
      add(start + 1.0002, access(start + 1, i + k, method, `/api/user${path}`, 504, 497));
    });
  }
  return rows.filter((r) => r[0] < -0.05).sort((a, b) => a[0] - b[0]).map((r) => r[1]);
}

const req = (id, method, url, ip, port, status, ms) => `"req":{"id":${id},"method":"${method}","url":"${url}","headers":{"host":"user:8080","user-agent":"python-requests/2.31.0","accept-encoding":"gzip, deflate","accept":"*/*","connection":"keep-alive"${method === 'POST' ? ',"content-length":"312","content-type":"application/json"' : ''}},"remoteAddress":"::ffff:${ip}","remotePort":${port}},"res":{"statusCode":${status},"headers":{"x-powered-by":"Express","timing-allow-origin":"*","access-control-allow-origin":"*","content-type":"text/html; charset=utf-8","content-length":"2","etag":"W/\\"2-nOO9QiTIwXgNtWtBJezz8kv3SLc\\""}},"responseTime":${ms},`;
function userLog(host) {
  const rows = [];
  let id = 90412;
  for (let m = -44; m < -0.3; m += 1.1) {
    const i = Math.round(-m * 10);
    if (m <= RECREATED) {
      rows.push([m + 0.06, pino(T, m + 0.06, 'info', host, 'request completed', `"req":{"id":${id++},"method":"GET","url":"/uniqueid","headers":{"host":"user:8080","connection":"close"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${40000 + i}},"res":{"statusCode":200},"responseTime":2,`)]);
      if (i % 3 === 1) rows.push([m + 0.07, pino(T, m + 0.07, 'info', host, 'login', `"req":{"id":${id++},"method":"POST","url":"/login","headers":{"host":"user:8080","connection":"close","content-type":"application/json;charset=UTF-8","content-length":"38"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${40100 + i}},`)]);
    }
    if (i % 5 === 2) {
      rows.push([m + 0.055, pino(T, m + 0.055, 'info', host, 'request completed', req(id++, 'GET', `/check/anonymous-${3300 + (i % 40)}`, '%IPOF:payment#0%', 51000 + i, 200, 3))]);
      rows.push([m + 0.058, pino(T, m + 0.058, 'info', host, 'request completed', req(id++, 'POST', `/order/anonymous-${3300 + (i % 40)}`, '%IPOF:payment#0%', 51100 + i, 200, 6))]);
    }
  }
  return rows.filter((r) => r[0] < -0.05).sort((a, b) => a[0] - b[0]).map((r) => r[1]);
}

const flask = (min, level, msg) => `[${T.java(min).replace('.', ',')}] ${level} in payment: ${msg}`;
const uwsgi = (min, n, method, path, ms) => { const d = new Date(Date.parse(T.isoMs(min))); return `[pid: ${11 + (n % 2)}|app: 0|req: ${n}/${n * 2 + 1}] %IPOF:web#0% () {38 vars in 512 bytes} [${d.toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, (_, wd, day, mon, y, hms) => `${wd} ${mon} ${String(Number(day)).padStart(2, ' ')} ${hms} ${y}`)}] ${method} ${path} => generated 58 bytes in ${ms} msecs (HTTP/1.1 200) 2 headers in 72 bytes (1 switches on core 0)`; };
function paymentLog() {
  const out = [];
  let n = 8120;
  for (let m = -44; m < -0.3; m += 1.1) {
    const i = Math.round(-m * 10);
    if (i % 5 !== 2) continue;
    const id = `anonymous-${3300 + (i % 40)}`;
    out.push(flask(m + 0.05, 'INFO', `payment for ${id}`));
    out.push(flask(m + 0.05, 'INFO', "{'total': 1474.0, 'tax': 245.67, 'items': [{'qty': 1, 'sku': 'Watson', 'name': 'Watson', 'price': 2001, 'subtotal': 2001}]}".replace('Watson\', \'name\': \'Watson', `${['Watson', 'EMM', 'SHCE', 'STAN-1'][i % 4]}', 'name': '${['Watson', 'EMM', 'SHCE', 'STAN-1'][i % 4]}`)));
    out.push(flask(m + 0.051, 'INFO', 'https://paypal.com/ returned 200'));
    out.push(flask(m + 0.052, 'INFO', 'order history returned 200'));
    out.push(flask(m + 0.053, 'INFO', 'cart delete returned 200'));
    out.push(flask(m + 0.053, 'INFO', 'queue order'));
    out.push(uwsgi(m + 0.054, n++, 'POST', `/pay/${id}`, 312 + (i % 90)));
  }
  return out;
}

export const scenarios = [
  withDefaults({
    folder: 's53a-web-nginx-stale-user-clusterip',
    incidentTime: INCIDENT,
    description: 'robot shop login + register spin forever then "Gateway Time-out", started ~15 min ago. accounts team says the user service is healthy and payments still go through',
    expected: { component: 'web', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'user', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'time-expression', 'team-name', 'decoy'],
    workloads: {
      catalogue: {
        rollout: { at: -60 * 20, revision: 4, oldReplicas: 0, oldContainers: { catalogue: { resources: { limits: { cpu: '200m', memory: '100Mi' }, requests: { cpu: '100m', memory: '50Mi' } } } } },
        containers: { catalogue: { resources: { limits: { cpu: '200m', memory: '200Mi' }, requests: { cpu: '100m', memory: '100Mi' } } } },
      },
      dispatch: {
        pods: [{ containers: { dispatch: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 12), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 12.2) } }) } }],
      },
      user: { endpointsChanged: RECREATED },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1 from 0', first: -60 * 20, last: -60 * 20 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -60 * 20 + 0.4, last: -60 * 20 + 0.4 },
    ],
    logs: {
      'web#0/web': webLog(),
      'user#0/user': userLog('%POD%'),
      'payment#0/payment': paymentLog(),
      'dispatch#0/dispatch': [
        `${T.go(-60 * 24 * 2 - 11.9)} Connecting to amqp://guest:guest@rabbitmq:5672/`,
        `${T.go(-60 * 24 * 2 - 11.8)} Waiting for messages`,
        ...[-40, -29, -18, -7].map((m) => `${T.go(m)} Order anonymous-${3300 + Math.round(-m) % 40} dispatched`),
      ],
    },
    post(dir, { editJson, readJson }) {
      const users = readJson(dir, 'services.json').items.find((s) => s.metadata.name === 'user');
      if (users.spec.clusterIP === OLD_IP) throw new Error('old and new user ClusterIP collide');
      editJson(dir, 'services.json', (l) => {
        for (const s of l.items) {
          if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
          if (s.metadata.name === 'user') {
            s.metadata.creationTimestamp = T.iso(RECREATED);
            s.metadata.uid = '1b7e40c2-9d3a-5f18-a6c4-e02f9b8d7a31';
            s.metadata.resourceVersion = '9148802';
          }
        }
      });
      editJson(dir, 'endpoints.json', (l) => {
        const e = l.items.find((x) => x.metadata.name === 'user');
        e.metadata.creationTimestamp = T.iso(RECREATED);
        e.metadata.uid = '7c2d91e4-3f0b-5a86-b1d7-48e6a0c3f925';
        e.metadata.resourceVersion = '9148806';
      });
    },
    grounding: `
      Manifests: instana/robot-shop at 55292e2, K8s/helm (web Service type LoadBalancer, user Service ClusterIP 8080). web/Dockerfile
      (nginx:1.21.6, USER_HOST=user) and web/entrypoint.sh render web/default.conf.template with envsubst: "location /api/user/ {
      proxy_pass http://\${USER_HOST}:8080/; }" — a literal host name and no resolver directive, so nginx resolves user once, when it
      loads its configuration, and keeps the address for the life of the process (the documented nginx behaviour behind the usual
      "resolver + variable in proxy_pass" advice).
      Fault: at 14:13 the accounts team re-created the user Service (kubectl replace --force, to rename its port); it came back with a
      new ClusterIP. Nothing routes the old address any more (kube-proxy removed its rules), so every /api/user/* request from web
      waits out proxy_connect_timeout (60 s) and nginx answers 504 via error_page (error log: "upstream timed out (110: Connection
      timed out) while connecting to upstream" naming the old address). web has no probe and stays Running; the user pods are Ready
      and only see payment's calls (payment.py resolves USER_HOST per request with python-requests): /check and /order still succeed,
      which is why payments go through while uniqueid, login, register and history do not. Restarting web (or reloading nginx) fixes it.
      Logs: nginx "main" access log and error log; pino 5 lines (express-pino-logger) for user; Flask default handler and uWSGI request
      lines for payment; Go log lines for dispatch.
      Decoys: a healthy catalogue rollout 20 hours ago (memory limit raised), dispatch restarted two days ago.
      Deviations: the old ClusterIP (${OLD_IP}) is invented; the ELB host name and client addresses are invented; the re-created
      Service keeps the same spec (the port rename is not visible in a Service without named-port consumers).
    `,
  }),
];

