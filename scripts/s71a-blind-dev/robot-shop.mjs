// Blind dev batch s71a — Stan's Robot Shop: one scenario (payment reads AMQP credentials with a trailing newline).
// Spec for scripts/s2-scenario-kit.mjs through scripts/kit-systems/robot-shop.mjs (withDefaults, pino, default PVCs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const INC = '2026-05-07T19:26:00Z';
const T = clock(INC);
const agentEnv = system.workloads.find((w) => w.name === 'payment').containers[0].env;
const newEnv = [
  ...agentEnv,
  { name: 'AMQP_USER', value: 'robotshop-payment' },
  { name: 'AMQP_PASS', valueFrom: { secretKeyRef: { name: 'payment-amqp', key: 'password' } } },
];
const d = (min) => {
  const x = new Date(Date.parse(T.isoMs(min)));
  return x.toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, (_, wd, dd, mo, y, t) => `${wd} ${mo} ${dd} ${t} ${y}`);
};
const uwsgi = (min, n, ip, method, path, bytes, ms, code) =>
  `[pid: 9|app: 0|req: ${n}/${n + 411}] ${ip} () {38 vars in 512 bytes} [${d(min)}] ${method} ${path} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${code}) 2 headers in 79 bytes (1 switches on core 0)`;

const pay = [
  '*** Starting uWSGI 2.0.24 (64bit) on [' + d(-22) + '] ***',
  'compiled with version: 12.2.0 on 14 March 2024 09:12:51',
  'detected number of CPU cores: 2',
  'uwsgi socket 0 bound to TCP address 0.0.0.0:8080 fd 3',
  'Python version: 3.9.19 (main, Mar 19 2024, 03:41:30)  [GCC 12.2.0]',
  '*** uWSGI is running in multiple interpreter mode ***',
  'spawned uWSGI master process (pid: 1)',
  'spawned uWSGI worker 1 (pid: 9, cores: 1)',
  'spawned uWSGI worker 2 (pid: 10, cores: 1)',
];
let n = 1;
for (let i = 0; i < 14; i++) {
  const min = -20.5 + i * 1.4;
  pay.push(uwsgi(min - 0.05, n++, '%IPOF:web#0%', 'GET', '/health', 2, 0, 200));
  pay.push(`INFO:payment:payment for user ${['anonymous-8412', 'rmoreno', 'anonymous-1193', 'kpatel'][i % 4]}`);
  pay.push(`INFO:payment:paypal returned 200`);
  pay.push(`INFO:payment:cart total ${(23.97 + i * 4.5).toFixed(2)}`);
  pay.push(`INFO:pika.adapters.utils.connection_workflow:Pika version 1.3.2 connecting to ('%SVCIP:rabbitmq%', 5672)`);
  pay.push(`INFO:pika.adapters.utils.io_services_utils:Socket connected: <socket.socket fd=12, family=AddressFamily.AF_INET, type=SocketKind.SOCK_STREAM, proto=6, laddr=('%PODIP%', ${43000 + i * 17}), raddr=('%SVCIP:rabbitmq%', 5672)>`);
  pay.push(`ERROR:pika.adapters.utils.connection_workflow:Attempt to create the streaming transport failed: ProbableAuthenticationError: ConnectionClosedByBroker: (403) 'ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. For details see the broker logfile.'`);
  pay.push(`ERROR:payment:Failed to publish order ${'7f3e91a0c2b4'.slice(0, 8)}${(4096 + i * 331).toString(16)} - ProbableAuthenticationError: ConnectionClosedByBroker: (403) 'ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. For details see the broker logfile.'`);
  pay.push(uwsgi(min, n++, '%IPOF:web#0%', 'POST', `/pay/${['anonymous-8412', 'rmoreno', 'anonymous-1193', 'kpatel'][i % 4]}`, 24, 318 + i * 7, 500));
}

const rabbit = [
  `${T.java(-60 * 24 * 12).replace(' ', ' ')} [info] <0.266.0> Server startup complete; 3 plugins started.`,
  ` * rabbitmq_management`,
  ` * rabbitmq_web_dispatch`,
  ` * rabbitmq_management_agent`,
  `${T.java(-60 * 24 * 12 + 1)} [info] <0.512.0> accepting AMQP connection <0.512.0> (%IPOF:dispatch#0%:51842 -> %PODIP%:5672)`,
  `${T.java(-60 * 24 * 12 + 1)} [info] <0.512.0> connection <0.512.0> (%IPOF:dispatch#0%:51842 -> %PODIP%:5672): user 'guest' authenticated and granted access to vhost '/'`,
];
for (let i = 0; i < 14; i++) {
  const min = -20.5 + i * 1.4;
  const pid = `<0.${21800 + i * 23}.0>`;
  rabbit.push(`${T.java(min)} [info] ${pid} accepting AMQP connection ${pid} (%IPOF:payment#0%:${43000 + i * 17} -> %PODIP%:5672)`);
  rabbit.push(`${T.java(min + 0.001)} [error] ${pid} Error on AMQP connection ${pid} (%IPOF:payment#0%:${43000 + i * 17} -> %PODIP%:5672, state: starting):`);
  rabbit.push(`PLAIN login refused: user 'robotshop-payment' - invalid credentials`);
  rabbit.push(`${T.java(min + 0.002)} [info] ${pid} closing AMQP connection ${pid} (%IPOF:payment#0%:${43000 + i * 17} -> %PODIP%:5672)`);
}

const nginx = [];
for (let i = 0; i < 14; i++) {
  const min = -20.5 + i * 1.4;
  const t = new Date(Date.parse(T.isoMs(min)));
  const mon = t.toUTCString().split(' ')[2];
  const stamp = `${String(t.getUTCDate()).padStart(2, '0')}/${mon}/${t.getUTCFullYear()}:${T.iso(min).slice(11, 19)} +0000`;
  nginx.push(`10.1.1.84 - - [${stamp}] "GET /api/catalogue/products HTTP/1.1" 200 2911 "https://shop.robotshop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"`);
  nginx.push(`10.1.1.84 - - [${stamp}] "GET /api/cart/cart/${['anonymous-8412', 'rmoreno', 'anonymous-1193', 'kpatel'][i % 4]} HTTP/1.1" 200 412 "https://shop.robotshop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"`);
  nginx.push(`10.1.1.84 - - [${stamp}] "POST /api/payment/pay/${['anonymous-8412', 'rmoreno', 'anonymous-1193', 'kpatel'][i % 4]} HTTP/1.1" 500 24 "https://shop.robotshop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"`);
}

const dispatch = [
  `${T.go(-60 * 24 * 12)} Connected to rabbitmq`,
  `${T.go(-60 * 24 * 12)} Waiting for messages`,
  ...Array.from({ length: 6 }, (_, i) => `${T.go(-80 + i * 9)} processing order ${(0x5e1a20 + i * 977).toString(16)}`),
];

const cart = Array.from({ length: 10 }, (_, i) => pino(T, -20 + i * 2, 'info', '%POD%', 'request completed', `"req":{"id":${900 + i},"method":"GET","url":"/cart/${['anonymous-8412', 'rmoreno'][i % 2]}"},"res":{"statusCode":200},"responseTime":${3 + (i % 4)},`));

const mysqlOld = cs.restartedRunning({
  restarts: 1,
  startedAt: T.iso(-60 * 24 * 3 - 2),
  last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 10), finishedAt: T.iso(-60 * 24 * 3 - 2.4) },
});

export const scenarios = [
  withDefaults({
    folder: 's71a-payment-amqp-secret-trailing-newline',
    incidentTime: INC,
    description: 'checkout failing for everyone - customers get an error after clicking pay, started ~7pm after the payments hardening change. cart and catalogue work',
    expected: { component: 'payment', cause: 'config-error' },
    alsoAcceptable: [{ component: 'payment', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'bad-credentials', 'time-expression', 'decoy'],
    grounding: `
      Manifests: instana/robot-shop K8s/helm at 55292e2 (payment Deployment, rabbitmq 3.7 Deployment and Service, dispatch
      consuming the orders queue); payment's rabbitmq.py builds its AMQP URI from AMQP_HOST / AMQP_USER / AMQP_PASS (defaults
      guest) and connects only when an order is published, so a wrong credential is not rejected at start. The fault
      follows the classic Secret created from "echo pass | base64" (a trailing newline in the value): the payments team
      moved payment off guest/guest onto a dedicated RabbitMQ user robotshop-payment, adding AMQP_USER and AMQP_PASS (from
      Secret payment-amqp) to the Deployment 22 minutes before the incident; the password the pod reads ends in "\\n", so
      the broker answers every login with ACCESS_REFUSED (RabbitMQ 3.7 logs "PLAIN login refused: user ... - invalid
      credentials"), pika raises ProbableAuthenticationError and payment returns 500 to nginx after PayPal has already been
      called. The pod is Running and Ready (no probes upstream); rabbitmq logs errors and looks guilty; dispatch (still on
      guest) is healthy but idle. The old and new ReplicaSets differ only in those two env entries. Decoy: mysql
      OOMKilled three days ago. Deviations: the user and Secret names are invented, no Secret object is in the snapshot
      (there is never a secrets.json); the exact payment log lines are modelled on its Flask logger and pika 1.3.`,
    workloads: {
      payment: {
        containers: { payment: { env: newEnv } },
        rollout: { at: -22, oldContainers: { payment: { env: agentEnv } } },
      },
      mysql: { pods: [{ containers: { mysql: mysqlOld } }] },
    },
    events: [
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled up replica set payment-%NEW% to 1', first: -22 },
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled down replica set payment-%OLD% to 0 from 1', first: -21.4 },
      { on: 'pod:payment#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: -21.9 },
      { on: 'pod:payment#0', reason: 'Pulled', fieldPath: 'spec.containers{payment}', message: 'Container image "robotshop/rs-payment:2.1.0" already present on machine', first: -21.8 },
      { on: 'pod:payment#0', reason: 'Created', fieldPath: 'spec.containers{payment}', message: 'Created container payment', first: -21.8 },
      { on: 'pod:payment#0', reason: 'Started', fieldPath: 'spec.containers{payment}', message: 'Started container payment', first: -21.7 },
    ],
    logs: {
      'payment#0/payment': pay,
      'rabbitmq#0/rabbitmq': rabbit,
      'web#0/web': nginx,
      'dispatch#0/dispatch': dispatch,
      'cart#0/cart': cart,
      'mysql#0/mysql/previous': [
        `${T.iso(-60 * 24 * 10)} 0 [Note] mysqld (mysqld 5.7.44) starting as process 1 ...`,
        `${T.iso(-60 * 24 * 10 + 0.2)} 0 [Note] mysqld: ready for connections.`,
        `Version: '5.7.44'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)`,
      ],
      'mysql#0/mysql': [
        `${T.iso(-60 * 24 * 3 - 2)} 0 [Note] mysqld (mysqld 5.7.44) starting as process 1 ...`,
        `${T.iso(-60 * 24 * 3 - 1.9)} 0 [Note] InnoDB: Starting crash recovery.`,
        `${T.iso(-60 * 24 * 3 - 1.8)} 0 [Note] mysqld: ready for connections.`,
        `Version: '5.7.44'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)`,
      ],
    },
  }),
];
