// Held-out batch s68b (blind, split test): one Stan's Robot Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System, default PVCs, withDefaults and the pino helper from scripts/kit-systems/robot-shop.mjs; built by scripts/s68b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const incidentTime = '2026-06-02T09:48:00Z';
const T = clock(incidentTime);
const res = (rc, rm, lc, lm) => ({ limits: { cpu: lc, memory: lm }, requests: { cpu: rc, memory: rm } });

// nginx (rs-web) access log, default "combined" format
const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const clf = (m) => { const d = new Date(Date.parse(T.isoMs(m))); const p = (n) => String(n).padStart(2, '0'); return `${p(d.getUTCDate())}/${mon[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`; };
const UA = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15'];
const acc = (m, ip, method, path, status, bytes, ua = 0) => `${ip} - - [${clf(m)}] "${method} ${path} HTTP/1.1" ${status} ${bytes} "https://shop.robotshop.example/" "${UA[ua]}"`;

// logins: most succeed; one customer keeps getting "incorrect password" (a 404 by design in user/server.js)
const logins = [
  [-41.5, 'carla.m', 200], [-38.0, 'jhughes', 200], [-33.2, 'stan', 200], [-29.4, 'mrs.brightside', 404], [-29.0, 'mrs.brightside', 404],
  [-28.3, 'mrs.brightside', 404], [-27.6, 'rgarcia', 200], [-24.9, 'mrs.brightside', 404], [-21.7, 'tkowalski', 200], [-17.3, 'nadia_b', 200],
  [-14.8, 'mrs.brightside', 404], [-11.2, 'ppatel', 200], [-8.6, 'user', 200], [-5.1, 'lwong', 200], [-2.3, 'stan', 200],
];
const USERHOST = '%POD%';
const reqObj = (i, ip) => `"req":{"id":${4310 + i},"method":"POST","url":"/login","headers":{"host":"user:8080","x-real-ip":"${ip}","x-forwarded-for":"${ip}","content-type":"application/json;charset=utf-8","content-length":"47"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${41000 + i * 13}},`;
const custIp = (i) => ['86.14.202.77', '31.52.118.9', '92.40.176.233', '78.146.3.61'][i % 4];
const userLog = logins.flatMap(([m, name, status], i) => {
  const ip = name === 'mrs.brightside' ? '82.132.219.40' : custIp(i);
  const r = reqObj(i, ip);
  return [
    pino(T, m, 'info', USERHOST, 'login', r),
    pino(T, m + 0.0002, 'info', USERHOST, `user {\\"_id\\":\\"64f1c2a9e4b0${(100 + i).toString(16)}d3f2a1c${i}\\",\\"name\\":\\"${name}\\",\\"password\\":\\"<redacted>\\",\\"email\\":\\"${name.replace(/[^a-z]/g, '')}@mail.example\\"}`, r),
    pino(T, m + 0.0004, 'info', USERHOST, 'request completed', `${r}"res":{"statusCode":${status},"headers":{"x-powered-by":"Express","timing-allow-origin":"*","access-control-allow-origin":"*","content-type":"${status === 200 ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8'}","content-length":"${status === 200 ? 118 : 18}"}},"responseTime":${3 + (i % 5)},`),
  ];
});
const webLog = [
  ...logins.map(([m, name, status], i) => acc(m + 0.0006, name === 'mrs.brightside' ? '82.132.219.40' : custIp(i), 'POST', '/api/user/login', status, status === 200 ? 118 : 18, name === 'mrs.brightside' ? 1 : i % 3)),
  ...[-40.1, -35.6, -30.2, -26.0, -19.9, -13.3, -9.4, -4.0, -1.1].map((m, i) => acc(m, custIp(i), 'GET', '/api/catalogue/products', 200, 6342, i % 3)),
  ...[-39.0, -31.8, -22.5, -12.0, -3.3].map((m, i) => acc(m, custIp(i + 1), 'GET', `/api/cart/cart/anonymous-${1822 + i}`, 200, 212, i % 3)),
  ...[-34.1, -16.4, -6.8].map((m, i) => acc(m, custIp(i + 2), 'POST', `/api/payment/pay/${['carla.m', 'tkowalski', 'ppatel'][i]}`, 200, 96, i % 3)),
].sort((a, b) => a.slice(a.indexOf('[')).localeCompare(b.slice(b.indexOf('['))));

export const scenarios = [
  withDefaults({
    folder: 's68b-cannot-login-ticket',
    incidentTime,
    description: 'support ticket: customer says she cant log into robot shop since this morning, keeps getting an error. is the user svc broken?? accounts team pls check',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      Manifests: instana/robot-shop K8s/helm (kit system scripts/kit-systems/robot-shop.mjs): web (nginx) proxies /api/user/ to user:8080;
      user (Node.js, express-pino-logger) answers POST /login with the user document, or 404 "incorrect password" / "name not found"
      (user/server.js), logging "login", "user %o" and express-pino-logger's "request completed" per request.
      No fault: every pod is Running and Ready, MongoDB and Redis are connected, and other customers log in, browse, fill carts and pay
      through the same path during the window. One account ("mrs.brightside", from one client IP) gets 404 "incorrect password" five
      times in a row: a mistyped or forgotten password, which the shop reports with a 404 by design. Decoys: catalogue had a routine
      rollout 35 minutes ago (revision 4 only raised its CPU limit 200m -> 300m, the new pod is Ready), and cart was OOMKilled three days ago.
      Deviations: the customer names and IPs are invented; the user document's password is redacted in the log (upstream logs it in clear).
    `,
    workloads: {
      catalogue: {
        rollout: { at: -35, oldReplicas: 0, oldContainers: { catalogue: { resources: res('100m', '50Mi', '200m', '100Mi') } } },
        containers: { catalogue: { resources: res('100m', '50Mi', '300m', '100Mi') } },
      },
      cart: {
        pods: [{
          containers: {
            cart: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.2),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -35 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -34.4 },
    ],
    logs: {
      'user#0/user': userLog,
      'web#0/web': webLog,
      'catalogue#0/catalogue': [
        pino(T, -34.1, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -34.1, 'info', '%POD%', 'Started on port 8080'),
      ],
    },
  }),
];
