// Blind dev batch s97c: one Robot Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// cart's CATALOGUE_PORT set to a port the catalogue Service does not expose; cart stays Ready, web (nginx) is loud.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const I = '2026-05-06T13:48:00Z';
const T = clock(I);
const agentEnv = system.workloads.find((w) => w.name === 'cart').containers[0].env;
const nginx = (min, msg) => `${T.go(min)} [error] 31#31: *${Math.round(4000 + min * -10)} ${msg}`;
const access = (min, ip, req, st, bytes, rt) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return `${ip} - - [${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000] "${req}" ${st} ${bytes} "http://shop.robot.example/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36" ${rt}`;
};
const cartHost = '%POD%';
const timedOut = (min, sku, n) =>
  pino(T, min, 'error', cartHost, `connect ETIMEDOUT %SVCIP:catalogue%:8000`,
    `"type":"Error","stack":"Error: connect ETIMEDOUT %SVCIP:catalogue%:8000\\n    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1141:16)","errno":"ETIMEDOUT","code":"ETIMEDOUT","syscall":"connect","address":"%SVCIP:catalogue%","port":8000,"req":{"id":${n},"method":"GET","url":"/add/anonymous-${n}x7/${sku}/1","headers":{"host":"cart:8080","x-real-ip":"10.1.1.84"}},`);

export const scenarios = [
  withDefaults({
    folder: 's97c-cart-catalogue-port-override',
    incidentTime: I,
    description: 'robotshop: add to cart just spins and then 504, browsing products + login fine. started after lunch maybe 13:20?',
    expected: { component: 'cart', cause: 'config-error' },
    alsoAcceptable: [{ component: 'cart', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      cart/server.js reads CATALOGUE_HOST (default catalogue) and CATALOGUE_PORT (default '8080') and builds
      http://<host>:<port>/product/<sku> for every add; the catalogue Service (helm catalogue-service.yaml) exposes only 8080.
      Fault: a values change for the cart chart (copied from a docker-compose override where catalogue was published on
      host port 8000) rolled cart at 13:18 with CATALOGUE_PORT=8000. Nothing rejects it at start: cart connects to Redis,
      logs Started on port 8080 and stays Ready (upstream has no probe on cart). A ClusterIP port with no Service rule is not
      answered (no kube-proxy rule, the SYN leaves the node and is dropped), so each add waits for the kernel connect
      timeout (~127 s) and request returns ETIMEDOUT; web's nginx gives up first (proxy_read_timeout 60 s) and logs
      upstream timed out + 504 for /api/cart/add. Catalogue, user and cart reads keep working.
      Decoys: catalogue's container was OOMKilled two days ago (one restart, healthy since); web is the loud one.
      Deviation from upstream: CATALOGUE_PORT is not set in the upstream cart Deployment (the default 8080 is used).
      The old and new cart ReplicaSets differ only in that env var.`,
    workloads: {
      cart: {
        rollout: { at: -30, oldContainers: { cart: { env: agentEnv } } },
        containers: { cart: { env: [...agentEnv, { name: 'CATALOGUE_PORT', value: '8000' }] } },
      },
      catalogue: {
        pods: [{ containers: { catalogue: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 50), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 50 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cart-%NEW% to 1', source: 'deployment-controller', first: -30 },
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cart-%OLD% to 0 from 1', source: 'deployment-controller', first: -29.4 },
      { on: 'pod:cart#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', source: 'default-scheduler', first: -29.9 },
      { on: 'pod:cart#0', reason: 'Pulled', message: 'Container image "robotshop/rs-cart:2.1.0" already present on machine', fieldPath: 'spec.containers{cart}', first: -29.8 },
      { on: 'pod:cart#0', reason: 'Created', message: 'Created container cart', fieldPath: 'spec.containers{cart}', first: -29.8 },
      { on: 'pod:cart#0', reason: 'Started', message: 'Started container cart', fieldPath: 'spec.containers{cart}', first: -29.7 },
    ],
    logs: {
      'cart#0/cart': [
        pino(T, -29.6, 'info', cartHost, 'Redis READY'),
        pino(T, -29.6, 'info', cartHost, 'Started on port 8080'),
        pino(T, -27, 'info', cartHost, 'request completed', '"res":{"statusCode":200},"responseTime":3,"req":{"id":1,"method":"GET","url":"/cart/anonymous-81x7"},'),
        timedOut(-24.8, 'Watson', 2),
        timedOut(-19.1, 'EMM', 5),
        pino(T, -17, 'info', cartHost, 'request completed', '"res":{"statusCode":200},"responseTime":2,"req":{"id":7,"method":"GET","url":"/cart/anonymous-92x7"},'),
        timedOut(-13.4, 'HAL-1', 9),
        timedOut(-8.2, 'Ewooid', 12),
        timedOut(-3.9, 'RED', 15),
      ],
      'catalogue#0/catalogue': [
        pino(T, -50, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -20, 'info', '%POD%', 'request completed', '"res":{"statusCode":200},"responseTime":4,"req":{"id":912,"method":"GET","url":"/products"},'),
        pino(T, -12, 'info', '%POD%', 'request completed', '"res":{"statusCode":200},"responseTime":3,"req":{"id":930,"method":"GET","url":"/product/Watson"},'),
        pino(T, -5, 'info', '%POD%', 'request completed', '"res":{"statusCode":200},"responseTime":5,"req":{"id":951,"method":"GET","url":"/categories"},'),
      ],
      'web#0/web': [
        access(-26, '10.1.2.17', 'GET /api/catalogue/products HTTP/1.1', 200, 3124, '0.006'),
        nginx(-23.8, 'upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.2.17, server: localhost, request: "GET /api/cart/add/anonymous-2x7/Watson/1 HTTP/1.1", upstream: "http://%SVCIP:cart%:8080/add/anonymous-2x7/Watson/1", host: "shop.robot.example", referrer: "http://shop.robot.example/"'),
        access(-23.8, '10.1.2.17', 'GET /api/cart/add/anonymous-2x7/Watson/1 HTTP/1.1', 504, 167, '60.001'),
        access(-15, '10.1.3.40', 'GET /api/user/login HTTP/1.1', 200, 88, '0.012'),
        nginx(-12.4, 'upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.3.40, server: localhost, request: "GET /api/cart/add/anonymous-9x7/HAL-1/1 HTTP/1.1", upstream: "http://%SVCIP:cart%:8080/add/anonymous-9x7/HAL-1/1", host: "shop.robot.example", referrer: "http://shop.robot.example/"'),
        access(-12.4, '10.1.3.40', 'GET /api/cart/add/anonymous-9x7/HAL-1/1 HTTP/1.1', 504, 167, '60.002'),
        access(-6, '10.1.1.200', 'GET /api/catalogue/product/RED HTTP/1.1', 200, 412, '0.004'),
        nginx(-2.9, 'upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.1.200, server: localhost, request: "GET /api/cart/add/anonymous-15x7/RED/1 HTTP/1.1", upstream: "http://%SVCIP:cart%:8080/add/anonymous-15x7/RED/1", host: "shop.robot.example", referrer: "http://shop.robot.example/"'),
        access(-2.9, '10.1.1.200', 'GET /api/cart/add/anonymous-15x7/RED/1 HTTP/1.1', 504, 167, '60.001'),
      ],
    },
  }),
];
