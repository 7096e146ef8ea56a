// Blind dev batch s57b, Stan's Robot Shop: one scenario on the kit system scripts/kit-systems/robot-shop.mjs.
// payment reads a mistyped PAYMENT_GATEWAY (helm `payment.gateway`) that it never checks at start (config-error).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const T = clock('2026-02-17T15:40:00Z');
const agentEnv = [{ name: 'INSTANA_AGENT_HOST', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.hostIP' } } }];
const GW = 'https://secure.wordlpay.com/';
const flask = (min, level, msg) => `[${T.java(min).replace('.', ',')}] ${level} in payment: ${msg}`;
const httpDate = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  return d.toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, (_, wd, dd, mo, y, hms) => `${wd} ${mo} ${dd} ${hms} ${y}`);
};
let req = 412;
const uwsgi = (min, method, path, status, bytes, ms) =>
  `[pid: ${min % 2 ? 11 : 12}|app: 0|req: ${++req}/${req * 2 + 7}] %IPOF:web#0% () {40 vars in 612 bytes} [${httpDate(min)}] ${method} ${path} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${status}) 2 headers in ${status === 200 ? 71 : 80} bytes (1 switches on core 0)`;
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const redisLog = (min, mark, msg) => {
  const j = T.java(min);
  return `1:M ${j.slice(8, 10)} ${MON[Number(j.slice(5, 7)) - 1]} ${j.slice(11)} ${mark} ${msg}`;
};
const nerr = (host) =>
  `HTTPSConnectionPool(host='${host}', port=443): Max retries exceeded with url: / (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f0e4c2b9d30>: Failed to establish a new connection: [Errno -2] Name or service not known'))`;
const ngx = (min, method, path, status, bytes, ua = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15') => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = d.toUTCString().split(' ')[2];
  const p = (n) => String(n).padStart(2, '0');
  return `10.1.0.${20 + (Math.abs(Math.round(min * 7)) % 40)} - - [${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000] "${method} ${path} HTTP/1.1" ${status} ${bytes} "https://shop.robotshop.example/" "${ua}"`;
};

const paymentLog = [];
const users = ['anonymous-4411', 'mkowalski', 'anonymous-4415', 'jdoe88', 'anonymous-4420', 'priya.s', 'anonymous-4431', 'tbrandt', 'anonymous-4437', 'anonymous-4440', 'lmartin', 'anonymous-4452'];
users.forEach((u, i) => {
  const m = -33 + i * 2.6;
  paymentLog.push(
    flask(m, 'INFO', `payment for ${u}`),
    flask(m + 0.001, 'INFO', `{'total': ${(1042.97 + i * 12).toFixed(2)}, 'tax': ${((1042.97 + i * 12) / 6).toFixed(2)}, 'items': [{'qty': 1, 'sku': 'HAL-1', 'price': ${1000 + i * 12}, 'name': 'HAL', 'subtotal': ${1000 + i * 12}}, {'qty': 1, 'sku': 'SHIP', 'price': 42.97, 'name': 'shipping to ${['Leeds UK', 'Lyon FR', 'Porto PT', 'Graz AT'][i % 4]}', 'subtotal': 42.97}]}`),
    flask(m + 0.05, 'ERROR', nerr('secure.wordlpay.com')),
    uwsgi(m + 0.06, 'POST', `/pay/${u}`, 500, 265, 57 + (i % 5) * 3),
  );
});

const webLog = [];
for (let i = 0; i < 22; i++) {
  const m = -34 + i * 1.45;
  webLog.push(ngx(m, 'GET', '/api/catalogue/products', 200, 1874));
  if (i % 2 === 0) webLog.push(ngx(m + 0.1, 'GET', `/api/cart/cart/${users[(i / 2) % users.length]}`, 200, 311));
  if (i % 3 === 0) webLog.push(ngx(m + 0.2, 'GET', '/api/ratings/api/fetch/HAL-1', 200, 42));
  if (i % 2 === 1) webLog.push(ngx(m + 0.3, 'POST', `/api/payment/pay/${users[(i - 1) / 2 % users.length]}`, 500, 265));
}

export const scenarios = [
  withDefaults({
    folder: 's57b-payment-gateway-typo',
    incidentTime: '2026-02-17T15:40:00Z',
    description: 'robot shop checkout broken since ~15:05 - people get to the pay button then "payment failed". browsing + basket fine. paypal/worldpay status pages are green, payments team swears nothing is down',
    expected: { component: 'payment', cause: 'config-error' },
    alsoAcceptable: [{ component: 'payment', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'external-dependency-failure', 'decoy', 'time-expression'],
    grounding: `
      Follows instana/robot-shop payment/payment.py at 55292e2: PAYMENT_GATEWAY is read once at import
      (os.getenv('PAYMENT_GATEWAY', 'https://paypal.com/')) and only used inside pay(), as requests.get(PAYMENT_GATEWAY);
      a RequestException is logged with app.logger.error(err) and returned as a 500. The helm chart's payment-deployment.yaml
      renders env PAYMENT_GATEWAY from values payment.gateway only when it is set.
      Fault: a helm upgrade at 15:02 (--set payment.gateway=https://secure.wordlpay.com/, a typo of secure.worldpay.com while
      switching PSP) rolled payment to revision 4. Nothing validates the URL at start (uWSGI imports the app and serves), so
      the pod is Ready and every /pay fails with urllib3 1.26's NewConnectionError [Errno -2] Name or service not known,
      which reads like the external PSP or DNS being down. The wrong value is in payment's own configuration: config-error
      on payment; the rollout that delivered it is also acceptable.
      Decoys: an old redis restart (OOMKilled six days ago, Redis 4.0.6 under its 100Mi limit), the external payment-gateway
      component the description and the errors point at, cart and catalogue answering 200.
      Deviations from upstream: upstream leaves payment.gateway unset (paypal.com); the typo, the values and the Flask log
      handler format ([time] LEVEL in payment: msg, Flask's default_handler into uWSGI's log) and uWSGI's request lines are
      as the code and server write them. Timings, user ids and cart contents are invented.`,
    workloads: {
      payment: {
        containers: { payment: { env: [...agentEnv, { name: 'PAYMENT_GATEWAY', value: GW }] } },
        rollout: { at: -38, revision: 4, oldContainers: { payment: { env: agentEnv } } },
      },
      redis: {
        pods: [{ containers: { redis: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 6), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 6 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled up replica set payment-%NEW% to 1', first: -38 },
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled down replica set payment-%OLD% to 0 from 1', first: -37.3 },
      { on: 'pod:payment#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: -37.9 },
      { on: 'pod:payment#0', reason: 'Pulled', message: 'Container image "robotshop/rs-payment:2.1.0" already present on machine', fieldPath: 'spec.containers{payment}', first: -37.8 },
      { on: 'pod:payment#0', reason: 'Created', message: 'Created container payment', fieldPath: 'spec.containers{payment}', first: -37.8 },
      { on: 'pod:payment#0', reason: 'Started', message: 'Started container payment', fieldPath: 'spec.containers{payment}', first: -37.7 },
    ],
    logs: {
      'payment#0/payment': [
        '[uWSGI] getting INI configuration from payment.ini',
        '*** Starting uWSGI 2.0.20 (64bit) on [' + httpDate(-37.6) + '] ***',
        'spawned uWSGI master process (pid: 1)',
        'spawned uWSGI worker 1 (pid: 11, cores: 1)',
        'spawned uWSGI worker 2 (pid: 12, cores: 1)',
        ...paymentLog,
      ],
      'web#0/web': webLog,
      'cart#0/cart': [
        pino(T, -60 * 24 * 9, 'info', '%POD%', 'Redis READY'),
        pino(T, -60 * 24 * 9, 'info', '%POD%', 'Started on port 8080'),
        ...Array.from({ length: 10 }, (_, i) => pino(T, -33 + i * 3, 'info', '%POD%', 'request completed', `"req":{"id":${8811 + i},"method":"GET","url":"/cart/${users[i]}","headers":{"host":"cart:8080"},"remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":200},"responseTime":${3 + (i % 4)},`)),
      ],
      'redis#0/redis': [
        redisLog(-60 * 24 * 6 + 0.01, '#', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
        redisLog(-60 * 24 * 6 + 0.01, '#', 'Redis version=4.0.6, bits=64, commit=00000000, modified=0, pid=1, just started'),
        redisLog(-60 * 24 * 6 + 0.02, '*', 'Running mode=standalone, port=6379.'),
        redisLog(-60 * 24 * 6 + 0.02, '#', 'Server initialized'),
        redisLog(-60 * 24 * 6 + 0.03, '*', 'DB loaded from disk: 0.004 seconds'),
        redisLog(-60 * 24 * 6 + 0.03, '*', 'Ready to accept connections'),
        ...[-300, -240, -180, -120, -60].map((m) => redisLog(m, '*', '10 changes in 300 seconds. Saving...')),
      ],
    },
  }),
];
