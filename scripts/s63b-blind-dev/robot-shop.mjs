// Batch s63b (blind dev): one Stan's Robot Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// payment moved to a dedicated AMQP user that the broker does not have: Ready, every /pay fails after charging.
import { createHash } from 'node:crypto';
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const hx = (s) => createHash('sha256').update(s).digest('hex');
const uuid = (s) => { const x = hx(s); return `${x.slice(0, 8)}-${x.slice(8, 12)}-4${x.slice(13, 16)}-8${x.slice(17, 20)}-${x.slice(20, 32)}`; };
const INCIDENT = '2026-06-02T14:38:00Z';
const T = clock(INCIDENT);
const ROLL = -31; // 14:07, in the 14:05 change window
const agentEnv = [{ name: 'INSTANA_AGENT_HOST', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.hostIP' } } }];
const NEW_ENV = [
  ...agentEnv,
  { name: 'AMQP_USER', value: 'rs-payment' },
  { name: 'AMQP_PWD', valueFrom: { secretKeyRef: { name: 'rabbitmq-payment', key: 'password' } } },
];

const pyts = (min) => T.java(min).replace('.', ',');
const fl = (min, lvl, msg) => `[${pyts(min)}] ${lvl} in payment: ${msg}`;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ctime = (min) => {
  const d = new Date(Date.parse(T.iso(min)));
  const p = (n) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
};
const REFUSED = "ConnectionClosedByBroker: (403) 'ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. For details see the broker logfile.'";
const WEB = '%IPOF:web#0%';

const orders = Array.from({ length: 15 }, (_, k) => ({ min: ROLL + 2.1 + k * 1.9, user: k % 3 === 0 ? `anonymous-${4117 + k}` : ['rkowalski', 'jpatel', 'mhansen', 'lnguyen'][k % 4], seed: `o${k}` }));
const cart = (k) => `{'total': ${(142.5 + k * 37).toFixed(1)}, 'tax': ${((142.5 + k * 37) / 6).toFixed(2)}, 'items': [{'qty': 1, 'sku': 'Watson', 'name': 'Watson', 'price': 2001, 'subtotal': 2001}, {'qty': 1, 'sku': 'SHIP', 'name': 'shipping to Germany', 'price': ${12 + k}, 'subtotal': ${12 + k}}]}`;

const paymentLog = () => {
  const st = ROLL + 0.8;
  const out = [
    '[uWSGI] getting INI configuration from payment.ini',
    `*** Starting uWSGI 2.0.21 (64bit) on [${ctime(st)}] ***`,
    'compiled with version: 10.2.1 20210110 on 11 March 2023 09:14:27',
    'os: Linux-5.10.226-214.880.amzn2.x86_64 #1 SMP Tue Oct 8 16:18:15 UTC 2024',
    `nodename: %POD%`,
    'machine: x86_64',
    'detected number of CPU cores: 2',
    'current working directory: /app',
    'detected binary path: /usr/local/bin/uwsgi',
    'uwsgi socket 0 bound to TCP address :8080 fd 3',
    'Python version: 3.9.16 (main, Mar 23 2023, 02:54:44)  [GCC 10.2.1 20210110]',
    '*** Python threads support is disabled. You can enable it with --enable-threads ***',
    'Python main interpreter initialized at 0x55d0c3a8e8a0',
    'WSGI app 0 (mountpoint=\'\') ready in 1 seconds on interpreter 0x55d0c3a8e8a0 pid: 1 (default app)',
    '*** uWSGI is running in multiple interpreter mode ***',
    'spawned uWSGI master process (pid: 1)',
    'spawned uWSGI worker 1 (pid: 7, cores: 1)',
    'spawned uWSGI worker 2 (pid: 8, cores: 1)',
  ];
  let req = 0;
  for (const o of orders) {
    const pid = req % 2 ? 8 : 7;
    req++;
    out.push(fl(o.min, 'INFO', `payment for ${o.user}`));
    out.push(fl(o.min + 0.0002, 'INFO', cart(req)));
    out.push(fl(o.min + 0.008, 'INFO', 'https://paypal.com/ returned 200'));
    out.push(fl(o.min + 0.0081, 'INFO', 'queue order'));
    out.push(`AMQPConnector - reporting failure: AMQPConnectorAMQPHandshakeError: ProbableAuthenticationError: Client was disconnected at a connection stage indicating a probable authentication error: ("${REFUSED}",)`);
    out.push(`AMQP connection workflow failed: AMQPConnectionWorkflowFailed: 1 exceptions in all; last exception - AMQPConnectorAMQPHandshakeError: ProbableAuthenticationError: Client was disconnected at a connection stage indicating a probable authentication error: ("${REFUSED}",); first exception - None.`);
    out.push('Error in _create_connection().');
    out.push('Traceback (most recent call last):');
    out.push('  File "/usr/local/lib/python3.9/site-packages/pika/adapters/blocking_connection.py", line 451, in _create_connection');
    out.push('    raise self._reap_last_connection_workflow_error(error)');
    out.push(`pika.exceptions.ProbableAuthenticationError: ${REFUSED}`);
    out.push(fl(o.min + 0.0085, 'ERROR', REFUSED));
    out.push(`[pid: ${pid}|app: 0|req: ${Math.ceil(req / 2)}/${req}] ${WEB} () {42 vars in 611 bytes} [${ctime(o.min)}] POST /pay/${o.user} => generated ${REFUSED.length} bytes in ${520 + (req * 37) % 200} msecs (HTTP/1.1 500) 2 headers in 91 bytes (1 switches on core 0)`);
  }
  return out;
};

const ra = (min, lvl, pidn, msg) => `${T.java(min)} [${lvl}] <0.${pidn}.0> ${msg}`;
const rabbitLog = () => {
  const out = [
    ra(-60 * 24 * 9 + 0.4, 'info', 5503, 'Server startup complete; 3 plugins started.'),
    ' * rabbitmq_management',
    ' * rabbitmq_web_dispatch',
    ' * rabbitmq_management_agent',
    ra(-60 * 24 * 9 + 0.7, 'info', 612, `accepting AMQP connection <0.612.0> (%IPOF:dispatch#0%:41822 -> %PODIP%:5672)`),
    ra(-60 * 24 * 9 + 0.7, 'info', 612, `connection <0.612.0> (%IPOF:dispatch#0%:41822 -> %PODIP%:5672): user 'guest' authenticated and granted access to vhost '/'`),
    ra(-60 * 24 * 2 - 311, 'info', 28110, `accepting AMQP connection <0.28110.0> (10.1.2.61:52264 -> %PODIP%:5672)`),
    ra(-60 * 24 * 2 - 311, 'info', 28110, `connection <0.28110.0> (10.1.2.61:52264 -> %PODIP%:5672): user 'guest' authenticated and granted access to vhost '/'`),
  ];
  out.push(ra(ROLL + 0.95, 'warning', 28110, `closing AMQP connection <0.28110.0> (10.1.2.61:52264 -> %PODIP%:5672):`));
  out.push('client unexpectedly closed TCP connection');
  let p = 30911;
  for (const o of orders) {
    const src = `%IPOF:payment#0%:${40000 + (parseInt(hx(o.seed).slice(0, 4), 16) % 20000)}`;
    out.push(ra(o.min + 0.0083, 'info', p, `accepting AMQP connection <0.${p}.0> (${src} -> %PODIP%:5672)`));
    out.push(ra(o.min + 0.0084, 'error', p, `Error on AMQP connection <0.${p}.0> (${src} -> %PODIP%:5672, state: starting):`));
    out.push("PLAIN login refused: user 'rs-payment' - invalid credentials");
    p += 17 + (o.min > 0 ? 1 : 0);
  }
  return out;
};

const clf = (min) => { const d = T.iso(min); return `${d.slice(8, 10)}/${MON[Number(d.slice(5, 7)) - 1]}/${d.slice(0, 4)}:${d.slice(11, 19)} +0000`; };
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const webLog = () => {
  const out = [];
  const node = ['10.1.1.84', '10.1.2.137', '10.1.3.206'];
  const ref = '"http://shop.robotshop.example/"';
  for (let k = 0; k < 40; k++) {
    const min = -50 + k * 1.2;
    const ip = node[k % 3];
    out.push({ min, line: `${ip} - - [${clf(min)}] "GET /api/catalogue/products HTTP/1.1" 200 2631 ${ref} "${UA}" "-"` });
    out.push({ min: min + 0.01, line: `${ip} - - [${clf(min + 0.01)}] "GET /api/ratings/api/fetch/Watson HTTP/1.1" 200 34 ${ref} "${UA}" "-"` });
    if (k % 3 === 1) out.push({ min: min + 0.02, line: `${ip} - - [${clf(min + 0.02)}] "GET /api/cart/cart/rkowalski HTTP/1.1" 200 329 ${ref} "${UA}" "-"` });
  }
  // before the change window payments went through; after it every one fails
  for (let k = 0; k < 6; k++) out.push({ min: -52 + k * 3.3, line: `${node[0]} - - [${clf(-52 + k * 3.3)}] "POST /api/payment/pay/anonymous-${4101 + k} HTTP/1.1" 200 52 ${ref} "${UA}" "-"` });
  for (const o of orders) out.push({ min: o.min + 0.009, line: `${node[1]} - - [${clf(o.min + 0.009)}] "POST /api/payment/pay/${o.user} HTTP/1.1" 500 ${REFUSED.length} ${ref} "${UA}" "-"` });
  return out.sort((a, b) => a.min - b.min).map((x) => x.line);
};

export const scenarios = [
  withDefaults({
    folder: 's63b-payment-amqp-user-not-on-broker',
    incidentTime: INCIDENT,
    description: 'checkout failing w/ 500 right after paying since the 14:05 change window - payments team. paypal side is fine, robots still browsable',
    expected: { component: 'payment', cause: 'config-error' },
    alsoAcceptable: [{ component: 'payment', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'bad-credentials', 'rollout-regression', 'decoy', 'time-expression', 'team-name'],
    workloads: {
      payment: {
        rollout: { at: ROLL, revision: 6, oldContainers: { payment: { env: agentEnv } } },
        containers: { payment: { env: NEW_ENV } },
      },
      shipping: {
        pods: [{
          containers: {
            shipping: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 12), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 3 - 12.2) } }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled up replica set payment-%NEW% to 1', first: ROLL },
      { on: 'pod:payment#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: ROLL + 0.5, source: 'default-scheduler' },
      { on: 'pod:payment#0', reason: 'Pulled', message: 'Container image "robotshop/rs-payment:2.1.0" already present on machine', first: ROLL + 0.52, fieldPath: 'spec.containers{payment}' },
      { on: 'pod:payment#0', reason: 'Created', message: 'Created container payment', first: ROLL + 0.53, fieldPath: 'spec.containers{payment}' },
      { on: 'pod:payment#0', reason: 'Started', message: 'Started container payment', first: ROLL + 0.55, fieldPath: 'spec.containers{payment}' },
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled down replica set payment-%OLD% to 0 from 1', first: ROLL + 0.9 },
    ],
    logs: {
      'payment#0/payment': paymentLog(),
      'rabbitmq#0/rabbitmq': rabbitLog(),
      'web#0/web': webLog(),
    },
    grounding: `
      Chart: instana/robot-shop K8s/helm at 55292e2 (SOURCES.md); payment is Flask under uWSGI (payment.ini), rabbitmq the
      upstream rabbitmq:3.7-management-alpine whose image allows the default guest user from other hosts.
      Code: payment/rabbitmq.py's Publisher connects lazily, on the first order, with AMQP_USER / AMQP_PWD (default guest)
      — the revision of rabbitmq.py that reads them; payment.py's pay() calls the gateway first, then queueOrder(), and
      its errorhandler(Exception) logs str(err) and answers 500, so the card is charged and the order is never queued.
      pika 1.x raises ProbableAuthenticationError when the broker closes the handshake with 403 ACCESS_REFUSED; its own
      ERROR records reach stderr through Python's last-resort handler. RabbitMQ 3.7 logs
      "Error on AMQP connection ... state: starting" / "PLAIN login refused: user '...' - invalid credentials".
      Fault: in the 14:05 change window the payments team moved payment off the shared guest account (rollout at 14:07:
      env AMQP_USER=rs-payment and AMQP_PWD from Secret rabbitmq-payment, no image change), but the rs-payment user was
      never created on the broker (its definitions import was in a separate, unmerged change). payment starts and is
      Ready (its /health does not touch AMQP); every POST /pay returns 500 after the gateway call; rabbitmq logs an error
      per attempt and is healthy (dispatch, on guest, stays connected and simply receives nothing).
      The old and the new payment ReplicaSet differ only in those two env entries.
      Deviations: the AMQP_USER/AMQP_PWD env, the Secret and the user name are this deployment's, not the chart's.
      Decoys: rabbitmq's own error lines, and shipping OOMKilled three days ago (one restart).
      Expected: payment / config-error (credentials the broker refuses, read only at the first publish); a careful
      engineer would also accept payment / bad-deploy-rollout (the 14:07 rollout introduced them).
    `,
  }),
];
