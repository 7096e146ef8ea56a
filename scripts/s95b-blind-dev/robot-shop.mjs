// Blind dev batch s95b: Robot Shop scenario (an in-house cart release rejects every quantity taken from the URL path).
// Spec module for scripts/s95b-build.mjs over the kit system scripts/kit-systems/robot-shop.mjs (withDefaults, pino).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const INC = '2026-05-13T11:26:00Z';
const T = clock(INC);
const NEW = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/robot-shop/rs-cart:2.1.1-b47';
const ngx = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const M = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()];
  return `${String(d.getUTCDate()).padStart(2, '0')}/${M}/${d.getUTCFullYear()}:${T.java(min).slice(11, 19)} +0000`;
};
const host0 = 'cart-%POD%';
const reqLog = (min, path, status, ms, id) => pino(T, min, status >= 500 ? 'error' : 'info', '%POD%', 'request completed',
  `"req":{"id":${id},"method":"GET","url":"${path}","headers":{"host":"cart:8080","x-forwarded-for":"10.1.1.84"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":41${id % 900 + 100}},"res":{"statusCode":${status},"headers":{"x-powered-by":"Express","content-type":"text/html; charset=utf-8"}},"responseTime":${ms},`);
const adds = [-31, -27.5, -22, -18.2, -12.7, -9.1, -4.4, -1.6];
void host0;

export const scenarios = [
  withDefaults({
    folder: 's95b-cart-release-rejects-quantity',
    incidentTime: INC,
    description: 'robotshop: "add to cart" does nothing for anyone since late morning, catalogue/login ok. basket team shipped something today?',
    expected: { component: 'cart', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Fault: an in-house cart build (2.1.1-b47, from a fork of instana/robot-shop cart/server.js) replaced
      \`var qty = parseInt(req.params.qty); if (isNaN(qty))\` in the GET /add/:id/:sku/:qty handler with
      \`if (!Number.isInteger(req.params.qty))\` during a "strict validation" refactor. Express route params are always strings,
      so every add answers 400 "quantity must be a number"; nothing throws, nothing restarts, the /health route still answers
      and the pod is Ready (class of bug: a release that rejects valid input). The rollout at -52 min changed only the image
      (old and new ReplicaSet templates differ by the image). cart logs every request through express-pino-logger
      (pino 5, useLevelLabels), a warn "quantity not a number" per add; web's nginx access log shows the 400s on /api/cart/add.
      Manifest facts: cart env INSTANA_AGENT_HOST only, image robotshop/rs-cart:2.1.0, limits 200m/100Mi (K8s/helm at 55292e2).
      Deviation: the ECR image and the validation change are invented for the scenario.
      Decoy: mongodb restarted once two days ago after an OOMKilled (200Mi limit), long since healthy; dispatch logs its
      usual AMQP consumer lines.
    `,
    workloads: {
      cart: {
        rollout: { at: -52, oldContainers: { cart: { image: 'robotshop/rs-cart:2.1.0' } } },
        containers: { cart: { image: NEW } },
      },
      mongodb: {
        pods: [{ containers: { mongodb: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 48), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 48 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cart-%NEW% to 1', first: -52 },
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cart-%OLD% to 0 from 1', first: -51 },
    ],
    logs: {
      'cart#0/cart': [
        pino(T, -51.5, 'info', '%POD%', 'Redis connected'),
        pino(T, -51.5, 'info', '%POD%', 'Started on port 8080'),
        reqLog(-48, '/health', 200, 1, 1),
        reqLog(-40, '/cart/4bd1c3e0a2', 200, 3, 2),
        ...adds.flatMap((m, i) => [
          pino(T, m, 'warn', '%POD%', 'quantity not a number', `"req":{"id":${10 + i},"method":"GET","url":"/add/${['4bd1c3e0a2', '93ae771c52', 'd0c5e12ab8', '7f33b6a019'][i % 4]}/${['Watson', 'HPTD', 'EMM', 'CNC', 'RED', 'Ewooid', 'SHCE', 'STAN-1'][i]}/1"},`),
          reqLog(m + 0.001, `/add/${['4bd1c3e0a2', '93ae771c52', 'd0c5e12ab8', '7f33b6a019'][i % 4]}/${['Watson', 'HPTD', 'EMM', 'CNC', 'RED', 'Ewooid', 'SHCE', 'STAN-1'][i]}/1`, 400, 1, 10 + i),
        ]),
        reqLog(-0.8, '/cart/93ae771c52', 200, 2, 40),
      ],
      'web#0/web': [
        `10.1.1.84 - - [${ngx(-40)}] "GET /api/cart/cart/4bd1c3e0a2 HTTP/1.1" 200 54 "http://shop.example.com/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)"`,
        ...adds.map((m, i) => `10.1.${(i % 3) + 1}.${[84, 137, 206][i % 3]} - - [${ngx(m)}] "GET /api/cart/add/${['4bd1c3e0a2', '93ae771c52', 'd0c5e12ab8', '7f33b6a019'][i % 4]}/${['Watson', 'HPTD', 'EMM', 'CNC', 'RED', 'Ewooid', 'SHCE', 'STAN-1'][i]}/1 HTTP/1.1" 400 25 "http://shop.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"`),
        `10.1.2.137 - - [${ngx(-3)}] "GET /api/catalogue/products HTTP/1.1" 200 2871 "http://shop.example.com/" "Mozilla/5.0 (X11; Linux x86_64)"`,
        `10.1.3.206 - - [${ngx(-2)}] "GET /api/user/uniqueid HTTP/1.1" 200 48 "http://shop.example.com/" "Mozilla/5.0 (X11; Linux x86_64)"`,
      ],
      'catalogue#0/catalogue': [
        pino(T, -60 * 24 * 9 + 0.5, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -3, 'info', '%POD%', 'request completed', '"req":{"id":8812,"method":"GET","url":"/products"},"res":{"statusCode":200},"responseTime":6,'),
      ],
      'mongodb#0/mongodb': [
        `{"t":{"$date":"${T.isoMs(-60 * 48 + 0.2).replace('Z', '+00:00')}"},"s":"I",  "c":"NETWORK",  "id":23016,   "ctx":"listener","msg":"Waiting for connections","attr":{"port":27017,"ssl":"off"}}`,
      ],
    },
  }),
];
