// Blind held-out batch s70a: one Robot Shop scenario (split test) on the kit system scripts/kit-systems/robot-shop.mjs.
// Built by scripts/s70a-build.mjs through the scenario kit (withDefaults, default PVCs, pino helper); grounding in scenario.yaml.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const INCIDENT = '2026-04-15T09:44:00Z';
const T = clock(INCIDENT);
const AT = -19; // rabbitmq rollout
const p2 = (n, w = 2) => String(n).padStart(w, '0');
const parts = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  return { d, us: `${p2(d.getUTCMilliseconds(), 3)}${p2(Math.abs(Math.round(min * 7919)) % 1000, 3)}` };
};
// RabbitMQ 3.9 console log: "2026-04-15 09:25:31.512142+00:00 [info] <0.222.0> msg"
const rl = (min, level, pid, msg) => {
  const { us } = parts(min);
  return `${T.java(min).slice(0, 19)}.${us}+00:00 [${level}] <${pid}> ${msg}`;
};
// Flask default handler under uWSGI: "[2026-04-15 09:26:12,345] INFO in payment: msg"
const fl = (min, level, mod, msg) => `[${T.java(min).replace('.', ',')}] ${level} in ${mod}: ${msg}`;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ctime = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  return `${DAYS[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
};
const clf = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  return `${p2(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`;
};

const AMQP_URI = 'amqp://guest:guest@rabbitmq:5672/';
const REFUSED =
  'ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. For details see the broker logfile.';

// --- rabbitmq (new pod, 3.9 with the ConfigMap mounted over /etc/rabbitmq) ---
const S = AT + 0.8; // container start
const rabbit = [
  rl(S + 0.02, 'notice', '0.44.0', 'Application syslog exited with reason: stopped'),
  rl(
    S + 0.02,
    'notice',
    '0.230.0',
    'Logging: switching to configured handler(s); following messages may not be visible in this log output',
  ),
  rl(S + 0.02, 'notice', '0.230.0', 'Logging: configured log handlers are now ACTIVE'),
  rl(S + 0.03, 'info', '0.236.0', 'ra: starting system quorum_queues'),
  rl(
    S + 0.03,
    'info',
    '0.236.0',
    'starting Ra system: quorum_queues in directory: /var/lib/rabbitmq/mnesia/rabbit@%POD%/quorum/rabbit@%POD%',
  ),
  rl(S + 0.04, 'info', '0.222.0', ''),
  rl(S + 0.04, 'info', '0.222.0', ' Starting RabbitMQ 3.9.29 on Erlang 25.3.2.6 [jit]'),
  rl(S + 0.04, 'info', '0.222.0', ' Copyright (c) 2007-2023 VMware, Inc. or its affiliates.'),
  rl(S + 0.04, 'info', '0.222.0', ' Licensed under the MPL 2.0. Website: https://rabbitmq.com'),
  '',
  '  ##  ##      RabbitMQ 3.9.29',
  '  ##  ##',
  '  ##########  Copyright (c) 2007-2023 VMware, Inc. or its affiliates.',
  '  ######  ##',
  '  ##########  Licensed under the MPL 2.0. Website: https://rabbitmq.com',
  '',
  '  Erlang:      25.3.2.6 [jit]',
  '  TLS Library: OpenSSL - OpenSSL 1.1.1w  11 Sep 2023',
  '',
  '  Doc guides:  https://rabbitmq.com/documentation.html',
  '  Support:     https://rabbitmq.com/contact.html',
  '  Tutorials:   https://rabbitmq.com/getstarted.html',
  '  Monitoring:  https://rabbitmq.com/monitoring.html',
  '',
  '  Logs: <stdout>',
  '',
  '  Config file(s): /etc/rabbitmq/rabbitmq.conf',
  '',
  '  Starting broker...',
  rl(S + 0.05, 'info', '0.222.0', ''),
  rl(S + 0.05, 'info', '0.222.0', ' node           : rabbit@%POD%'),
  rl(S + 0.05, 'info', '0.222.0', ' home dir       : /var/lib/rabbitmq'),
  rl(S + 0.05, 'info', '0.222.0', ' config file(s) : /etc/rabbitmq/rabbitmq.conf'),
  rl(S + 0.05, 'info', '0.222.0', ' cookie hash    : q3XdlJ0m8Zb1aVfYk2w7Tg=='),
  rl(S + 0.05, 'info', '0.222.0', ' log(s)         : <stdout>'),
  rl(S + 0.05, 'info', '0.222.0', ' database dir   : /var/lib/rabbitmq/mnesia/rabbit@%POD%'),
  rl(S + 0.08, 'info', '0.222.0', 'Running boot step pre_boot defined by app rabbit'),
  rl(
    S + 0.09,
    'info',
    '0.222.0',
    'Memory high watermark set to 409 MiB (429496729 bytes) of 7054 MiB (7396007936 bytes) total',
  ),
  rl(S + 0.09, 'info', '0.222.0', 'Enabling free disk space monitoring'),
  rl(S + 0.09, 'info', '0.222.0', 'Disk free limit set to 50MB'),
  rl(S + 0.12, 'info', '0.222.0', "Adding vhost '/' (description: 'Default virtual host', tags: [])"),
  rl(S + 0.13, 'info', '0.523.0', "Creating user 'guest'"),
  rl(S + 0.13, 'info', '0.523.0', "Setting user tags for user 'guest' to [administrator]"),
  rl(
    S + 0.13,
    'info',
    '0.523.0',
    "Successfully set permissions for 'guest' in virtual host '/' to '.*', '.*', '.*'",
  ),
  rl(S + 0.15, 'info', '0.598.0', 'Management plugin: HTTP (non-TLS) listener started on port 15672'),
  rl(S + 0.15, 'info', '0.628.0', 'Statistics database started.'),
  rl(S + 0.16, 'info', '0.222.0', 'Ready to start client connection listeners'),
  rl(S + 0.16, 'info', '0.662.0', 'started TCP listener on [::]:5672'),
  ' completed with 3 plugins.',
  rl(S + 0.17, 'info', '0.222.0', 'Server startup complete; 3 plugins started.'),
  rl(S + 0.17, 'info', '0.222.0', ' * rabbitmq_management'),
  rl(S + 0.17, 'info', '0.222.0', ' * rabbitmq_web_dispatch'),
  rl(S + 0.17, 'info', '0.222.0', ' * rabbitmq_management_agent'),
];

// clients: dispatch retries every second, payment on every checkout
let erl = 700;
const refused = (min, peerKey, port) => {
  const pid = `0.${erl++}.0`;
  const peer = `%IPOF:${peerKey}%:${port}`;
  return [
    rl(min, 'info', pid, `accepting AMQP connection <${pid}> (${peer} -> %PODIP%:5672)`),
    rl(
      min + 0.0005,
      'error',
      pid,
      `Error on AMQP connection <${pid}> (${peer} -> %PODIP%:5672, state: starting):`,
    ),
    rl(min + 0.0005, 'error', pid, "PLAIN login refused: user 'guest' can only connect via localhost"),
    rl(min + 0.0006, 'info', pid, `closing AMQP connection <${pid}> (${peer} -> %PODIP%:5672)`),
  ];
};
const conns = [];
const START = S + 0.18;
for (let m = START, k = 0; m < -0.05; m += 1.02 / 60, k++)
  conns.push({ m, who: 'dispatch#0', port: 41000 + ((k * 37) % 20000) });
const PAY_AT = [];
for (let m = START + 0.6, k = 0; m < -0.2; m += 0.55 + ((k * 13) % 7) / 10, k++) PAY_AT.push(m);
for (const [k, m] of PAY_AT.entries()) conns.push({ m: m + 0.01, who: 'payment#0', port: 52000 + k * 3 });
conns.sort((a, b) => a.m - b.m);
for (const c of conns) rabbit.push(...refused(c.m, c.who, c.port));

// dispatch (Go, log.Printf to stderr)
const dispatch = [
  `${T.go(-60 * 24 * 9 + 0.6)} Error Percent is 0`,
  `${T.go(-60 * 24 * 9 + 0.6)} Connecting to ${AMQP_URI}`,
  `${T.go(-60 * 24 * 9 + 0.6)} dial tcp %SVCIP:rabbitmq%:5672: connect: connection refused`,
  `${T.go(-60 * 24 * 9 + 0.6)} Reconnecting to ${AMQP_URI}`,
  `${T.go(-60 * 24 * 9 + 0.7)} Waiting for messages`,
  `${T.go(-60 * 24 * 9 + 0.8)} Rabbit MQ ready true`,
];
const orders = [
  [-34.2, 'user-4821'],
  [-29.7, 'anonymous-31447'],
  [-25.1, 'user-1093'],
  [-21.4, 'anonymous-31502'],
];
for (const [m, u] of orders) {
  const oid = ['3f1c2a9e', '8b7d', '4c21', 'a9e5', `0d6b3f2c${String(Math.abs(m * 100)).slice(0, 4)}`].join(
    '-',
  );
  dispatch.push(
    `${T.go(m)} Order {"orderid": "${oid}", "user": "${u}", "cart": {"total": 2028.18, "tax": 338.03, "items": [{"qty": 1, "sku": "Watson", "name": "Watson", "price": 2001, "subtotal": 2001}, {"qty": 1, "sku": "SHIP", "name": "shipping to Lyon", "price": 27.18, "subtotal": 27.18}]}}`,
  );
  dispatch.push(
    `${T.go(m)} Headers map[X-INSTANA-L:1 X-INSTANA-S:5f2a9c81d3e46b07 X-INSTANA-T:5f2a9c81d3e46b07]`,
  );
  dispatch.push(`${T.go(m)} Creating child span`);
}
dispatch.push(`${T.go(AT + 0.86)} Connecting to ${AMQP_URI}`);
// the old broker is gone and the new one is still booting: the Service refuses for a few seconds
for (let m = AT + 0.86; m < S + 0.16; m += 1.02 / 60) {
  dispatch.push(`${T.go(m)} dial tcp %SVCIP:rabbitmq%:5672: connect: connection refused`);
  dispatch.push(`${T.go(m)} Reconnecting to ${AMQP_URI}`);
}
for (const c of conns.filter((x) => x.who === 'dispatch#0')) {
  dispatch.push(`${T.go(c.m)} Exception (403) Reason: "username or password not allowed"`);
  dispatch.push(`${T.go(c.m)} Reconnecting to ${AMQP_URI}`);
}

// payment (Flask app.logger + pika through the lastResort handler + uWSGI request log)
const cart = (city, total) =>
  `{'total': ${total}, 'tax': ${(total / 6).toFixed(2)}, 'items': [{'qty': 1, 'sku': 'EMM', 'name': 'Eve', 'price': ${(total - 27.18).toFixed(2)}, 'subtotal': ${(total - 27.18).toFixed(2)}}, {'qty': 1, 'sku': 'SHIP', 'name': 'shipping to ${city}', 'price': 27.18, 'subtotal': 27.18}]}`;
const payment = [
  `*** Starting uWSGI 2.0.21 (64bit) on [${ctime(-60 * 24 * 9 + 0.5)}] ***`,
  'compiled with version: 10.2.1 20210110 on 14 March 2023 09:41:07',
  'os: Linux-5.10.226-214.880.amzn2.x86_64 #1 SMP Tue Oct 8 16:18:15 UTC 2024',
  'nodename: %POD%',
  'machine: x86_64',
  'detected number of CPU cores: 2',
  'current working directory: /app',
  'detected binary path: /usr/local/bin/uwsgi',
  'your memory page size is 4096 bytes',
  'uwsgi socket 0 bound to TCP address 0.0.0.0:8080 fd 3',
  'Python version: 3.9.16 (main, Mar 14 2023, 09:33:04)  [GCC 10.2.1 20210110]',
  'Python main interpreter initialized at 0x55d0c1e4a5e0',
  'spawned uWSGI master process (pid: 1)',
  'spawned uWSGI worker 1 (pid: 9, cores: 1)',
  "WSGI app 0 (mountpoint='') ready in 2 seconds on interpreter 0x55d0c1e4a5e0 pid: 9 (default app)",
];
let req = 3120;
const okPay = (m, user, city, total) => {
  req++;
  payment.push(
    fl(m, 'INFO', 'payment', `payment for ${user}`),
    fl(m, 'INFO', 'payment', cart(city, total)),
    fl(m + 0.004, 'INFO', 'payment', 'https://paypal.com/ returned 200'),
    fl(m + 0.004, 'INFO', 'payment', 'queue order'),
    fl(m + 0.004, 'INFO', 'rabbitmq', 'message sent'),
  );
  if (!user.startsWith('anonymous'))
    payment.push(fl(m + 0.005, 'INFO', 'payment', 'order history returned 200'));
  payment.push(
    fl(m + 0.006, 'INFO', 'payment', 'cart delete returned 200'),
    `[pid: 9|app: 0|req: ${req}/${req}] %IPOF:web#0% () {46 vars in 712 bytes} [${ctime(m)}] POST /pay/${user} => generated 50 bytes in 412 msecs (HTTP/1.1 200) 2 headers in 72 bytes (1 switches on core 0)`,
  );
};
for (const [m, u] of orders) okPay(m - 0.01, u, 'Lyon', 2028.18);
const WF = `AMQPConnectionWorkflowFailed: 1 exceptions in all; last exception - AMQPConnectorAMQPHandshakeError: ProbableAuthenticationError: ConnectionClosedByBroker: (403) '${REFUSED}'; first exception - None`;
const users = [
  'anonymous-31577',
  'user-2210',
  'anonymous-31590',
  'user-0388',
  'user-4821',
  'anonymous-31611',
  'user-1740',
  'anonymous-31634',
];
const cities = ['Leeds', 'Porto', 'Graz', 'Nantes', 'Lyon', 'Gent', 'Turku', 'Bilbao'];
PAY_AT.forEach((m, k) => {
  req++;
  const u = users[k % users.length];
  payment.push(
    fl(m, 'INFO', 'payment', `payment for ${u}`),
    fl(m, 'INFO', 'payment', cart(cities[k % cities.length], 1377.18 + k * 51)),
    fl(m + 0.008, 'INFO', 'payment', 'https://paypal.com/ returned 200'),
    fl(m + 0.008, 'INFO', 'payment', 'queue order'),
  );
  if (k === 0) payment.push(fl(m + 0.009, 'INFO', 'rabbitmq', 'reconnecting to queue'));
  payment.push(
    `AMQPConnector - reporting failure: AMQPConnectorAMQPHandshakeError: ProbableAuthenticationError: ConnectionClosedByBroker: (403) '${REFUSED}'`,
    `AMQP connection workflow failed: ${WF}.`,
    `AMQPConnectionWorkflow - reporting failure: ${WF}`,
    `Connection workflow failed: ${WF}`,
    'Error in _create_connection().',
    'Traceback (most recent call last):',
    '  File "/usr/local/lib/python3.9/site-packages/pika/adapters/blocking_connection.py", line 451, in _create_connection',
    '    raise self._reap_last_connection_workflow_error(error)',
    `pika.exceptions.ProbableAuthenticationError: ConnectionClosedByBroker: (403) '${REFUSED}'`,
    fl(m + 0.012, 'ERROR', 'payment', `ConnectionClosedByBroker: (403) '${REFUSED}'`),
    `[pid: 9|app: 0|req: ${req}/${req}] %IPOF:web#0% () {46 vars in 712 bytes} [${ctime(m)}] POST /pay/${u} => generated 133 bytes in 688 msecs (HTTP/1.1 500) 2 headers in 91 bytes (1 switches on core 0)`,
  );
});

// web (nginx access log, combined)
const web = [];
const ua =
  '"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15"';
for (let m = -40; m < -0.1; m += 0.37) {
  const k = Math.round((m + 40) * 10);
  const path = [
    '/api/catalogue/products',
    '/api/cart/cart/anonymous-31577',
    '/api/ratings/api/fetch/Watson',
    '/api/catalogue/categories',
    '/api/shipping/codes',
  ][k % 5];
  web.push(
    `10.1.0.${20 + (k % 40)} - - [${clf(m)}] "GET ${path} HTTP/1.1" 200 ${300 + ((k * 17) % 900)} "https://shop.robotshop.example/" ${ua} "-"`,
  );
}
for (const m of PAY_AT)
  web.push(
    `10.1.0.47 - - [${clf(m + 0.012)}] "POST /api/payment/pay/anonymous-31577 HTTP/1.1" 500 133 "https://shop.robotshop.example/" ${ua} "-"`,
  );
for (const [m] of orders)
  web.push(
    `10.1.0.52 - - [${clf(m)}] "POST /api/payment/pay/user-4821 HTTP/1.1" 200 50 "https://shop.robotshop.example/" ${ua} "-"`,
  );
web.sort((a, b) => a.split('[')[1].localeCompare(b.split('[')[1]));

export const scenarios = [
  withDefaults({
    folder: 's70a-pay-step-errors',
    incidentTime: INCIDENT,
    description:
      'payments on-call: checkout broken since about 09:25, the pay button spins and then shows an error. a couple of customers say they were charged anyway',
    expected: { component: 'rabbitmq', cause: 'config-error' },
    alsoAcceptable: [{ component: 'rabbitmq', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: [
      'pods-ready',
      'rollout-regression',
      'bad-credentials',
      'louder-dependents',
      'team-name',
      'time-expression',
      'decoy',
    ],
    workloads: {
      rabbitmq: {
        patch: { volumes: [{ name: 'config', configMap: { name: 'rabbitmq-config', defaultMode: 420 } }] },
        containers: {
          rabbitmq: {
            image: 'rabbitmq:3.9.29-management-alpine',
            volumeMounts: [{ name: 'config', mountPath: '/etc/rabbitmq' }],
          },
        },
        rollout: {
          at: AT,
          revision: 3,
          oldPatch: { volumes: undefined },
          oldContainers: { rabbitmq: { image: 'rabbitmq:3.7-management-alpine', volumeMounts: undefined } },
          oldReplicas: 0,
        },
      },
      // decoy: mongodb was OOM-killed three days ago and has run cleanly since
      mongodb: {
        pods: [
          {
            containers: {
              mongodb: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3 + 0.2),
                last: {
                  exitCode: 137,
                  reason: 'OOMKilled',
                  startedAt: T.iso(-60 * 24 * 9),
                  finishedAt: T.iso(-60 * 24 * 3),
                },
              }),
            },
          },
        ],
      },
    },
    configMaps: [{ name: 'rabbitmq-config', keys: ['enabled_plugins', 'rabbitmq.conf'] }],
    events: [
      {
        on: 'deploy:rabbitmq',
        reason: 'ScalingReplicaSet',
        message: 'Scaled up replica set rabbitmq-%NEW% to 1',
        first: AT,
      },
      {
        on: 'pod:rabbitmq#0',
        source: 'default-scheduler',
        reason: 'Scheduled',
        message: 'Successfully assigned robot-shop/%POD% to %NODE%',
        first: AT + 0.5,
      },
      {
        on: 'pod:rabbitmq#0',
        reason: 'Pulling',
        message: 'Pulling image "rabbitmq:3.9.29-management-alpine"',
        first: AT + 0.5,
        fieldPath: 'spec.containers{rabbitmq}',
      },
      {
        on: 'pod:rabbitmq#0',
        reason: 'Pulled',
        message:
          'Successfully pulled image "rabbitmq:3.9.29-management-alpine" in 9.874s (9.874s including waiting). Image size: 109874410 bytes.',
        first: AT + 0.75,
        fieldPath: 'spec.containers{rabbitmq}',
      },
      {
        on: 'pod:rabbitmq#0',
        reason: 'Created',
        message: 'Created container rabbitmq',
        first: AT + 0.78,
        fieldPath: 'spec.containers{rabbitmq}',
      },
      {
        on: 'pod:rabbitmq#0',
        reason: 'Started',
        message: 'Started container rabbitmq',
        first: AT + 0.8,
        fieldPath: 'spec.containers{rabbitmq}',
      },
      {
        on: 'deploy:rabbitmq',
        reason: 'ScalingReplicaSet',
        message: 'Scaled down replica set rabbitmq-%OLD% to 0 from 1',
        first: AT + 0.85,
      },
    ],
    logs: {
      'rabbitmq#0/rabbitmq': rabbit,
      'dispatch#0/dispatch': dispatch,
      'payment#0/payment': payment,
      'web#0/web': web,
      'cart#0/cart': [pino(T, -60 * 24 * 9 + 0.5, 'info', '%POD%', 'Started on port 8080')],
    },
    grounding: `
      System: instana/robot-shop K8s/helm at 55292e2 (kit system scripts/kit-systems/robot-shop.mjs). rabbitmq is a Deployment of
      rabbitmq:3.7-management-alpine with no probes and no volume (K8s/helm/templates/rabbitmq-deployment.yaml); payment
      (payment/rabbitmq.py) and dispatch (dispatch/main.go) connect as guest/guest to AMQP_HOST rabbitmq.
      Fault: 19 minutes before the incident the broker was upgraded to rabbitmq:3.9.29-management-alpine and given a ConfigMap
      (rabbitmq-config: rabbitmq.conf, enabled_plugins) mounted over /etc/rabbitmq to set its memory watermark. From 3.9 the
      official image no longer lifts the guest loopback restriction in its entrypoint; it ships the setting
      (loopback_users.guest = false) as a default config file instead (docker-library/rabbitmq issue 500, PR 501), which the
      mounted directory hides. RabbitMQ therefore restores its default of allowing guest only from localhost: the pod is
      Running and Ready (no probes), the rollout completed, and every client login is refused ("PLAIN login refused: user
      'guest' can only connect via localhost"). dispatch loops on streadway/amqp ErrCredentials (Exception (403) "username or
      password not allowed", then "Reconnecting to ..." every second); payment charges the gateway and then fails in
      queueOrder with pika ProbableAuthenticationError, returned as HTTP 500 through Flask's errorhandler.
      Log formats: RabbitMQ 3.9 console logger, Go log, Flask default handler + pika via logging's lastResort + uWSGI
      request lines, nginx combined access log, pino for cart.
      Decoy: mongodb OOM-killed three days earlier (restartCount 1), healthy since.
      Deviations from upstream: the broker image tag and the ConfigMap volume; payment's PAYMENT_GATEWAY left at its default;
      order/user ids, cart contents and client addresses are invented; RabbitMQ, uWSGI and pika lines are shortened.
    `,
  }),
];
