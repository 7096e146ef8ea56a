// Blind held-out batch s66b (split test): one Robot Shop scenario as a compact spec for scripts/s2-scenario-kit.mjs.
// System from scripts/kit-systems/robot-shop.mjs (withDefaults, default PVCs); built by scripts/s66b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const I = '2026-02-19T13:58:00Z';
const T = clock(I);
const RABBIT = 'rabbitmq:3.7-management-alpine';

// Python's logging.lastResort handler prints pika's WARNING+ records as the bare message (no handler configured).
const pikaRefused = (svcIp) => [
  `Socket failed to connect: <socket.socket fd=9, family=AddressFamily.AF_INET, type=SocketKind.SOCK_STREAM, proto=6, laddr=('%PODIP%', 0)>; error=111 (Connection refused)`,
  `TCP Connection attempt failed: ConnectionRefusedError(111, 'Connection refused'); dest=(<AddressFamily.AF_INET: 2>, <SocketKind.SOCK_STREAM: 1>, 6, '', ('${svcIp}', 5672))`,
  `AMQPConnector - reporting failure: AMQPConnectorSocketConnectError: ConnectionRefusedError(111, 'Connection refused')`,
  `AMQP connection workflow failed: AMQPConnectionWorkflowFailed: 1 exceptions in all; last exception - AMQPConnectorSocketConnectError: ConnectionRefusedError(111, 'Connection refused'); first exception - None.`,
  `AMQPConnectionWorkflow - reporting failure: AMQPConnectionWorkflowFailed: 1 exceptions in all; last exception - AMQPConnectorSocketConnectError: ConnectionRefusedError(111, 'Connection refused'); first exception - None`,
  `Connection workflow failed: AMQPConnectionWorkflowFailed: 1 exceptions in all; last exception - AMQPConnectorSocketConnectError: ConnectionRefusedError(111, 'Connection refused'); first exception - None`,
  `Error in _create_connection().`,
  `Traceback (most recent call last):`,
  `  File "/usr/local/lib/python3.9/site-packages/pika/adapters/blocking_connection.py", line 451, in _create_connection`,
  `    raise self._reap_last_connection_workflow_error(error)`,
  `pika.exceptions.AMQPConnectionError`,
];
const flaskTs = (min) => T.java(min).replace('.', ',');
const uwsgiTs = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${day} ${mon} ${String(d.getUTCDate()).padStart(2, '0')} ${T.go(min).slice(11)} ${d.getUTCFullYear()}`;
};
const uwsgi = (min, req, user, bytes, ms, status) =>
  `[pid: ${req % 2 ? 14 : 15}|app: 0|req: ${req}/${req * 2 + 3}] %IPOF:web#0% () {46 vars in 861 bytes} [${uwsgiTs(min)}] POST /pay/${user} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${status}) 2 headers in ${status === 200 ? 72 : 99} bytes (1 switches on core 0)`;
const payTrace = (min, user) => [
  `[${flaskTs(min)}] ERROR in app: Exception on /pay/${user} [POST]`,
  'Traceback (most recent call last):',
  '  File "/usr/local/lib/python3.9/site-packages/flask/app.py", line 2447, in wsgi_app',
  '    response = self.full_dispatch_request()',
  '  File "/usr/local/lib/python3.9/site-packages/flask/app.py", line 1952, in full_dispatch_request',
  '    rv = self.handle_user_exception(e)',
  '  File "/usr/local/lib/python3.9/site-packages/flask/app.py", line 1950, in full_dispatch_request',
  '    rv = self.dispatch_request()',
  '  File "/usr/local/lib/python3.9/site-packages/flask/app.py", line 1936, in dispatch_request',
  '    return self.view_functions[rule.endpoint](**req.view_args)',
  '  File "/app/payment.py", line 126, in pay',
  "    queueOrder({ 'orderid': orderid, 'user': id, 'cart': cart })",
  '  File "/app/payment.py", line 152, in queueOrder',
  '    publisher.publish(order, headers)',
  '  File "/app/rabbitmq.py", line 50, in publish',
  '    self._connect()',
  '  File "/app/rabbitmq.py", line 25, in _connect',
  '    self._conn = pika.BlockingConnection(self._params)',
  '  File "/usr/local/lib/python3.9/site-packages/pika/adapters/blocking_connection.py", line 360, in __init__',
  '    self._impl = self._create_connection(parameters, _impl_class)',
  '  File "/usr/local/lib/python3.9/site-packages/pika/adapters/blocking_connection.py", line 451, in _create_connection',
  '    raise self._reap_last_connection_workflow_error(error)',
  'pika.exceptions.AMQPConnectionError',
];
const lager = (min, lvl, pid, msg) => `${T.java(min)} [${lvl}] <0.${pid}.0> ${msg}`;
const nginx = (min, method, path, status, bytes) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const ts = `${String(d.getUTCDate()).padStart(2, '0')}/${mon}/${d.getUTCFullYear()}:${T.go(min).slice(11)} +0000`;
  return `10.1.2.137 - - [${ts}] "${method} ${path} HTTP/1.1" ${status} ${bytes} "http://shop.robot-shop.example/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/121.0.6167.85 Safari/537.36"`;
};

export const scenarios = [
  withDefaults({
    folder: 's66b-checkout-500-during-loadtest',
    incidentTime: I,
    description:
      'robot shop checkout giving 500s on pay since ~13:25, started roughly when perf team kicked off their load test. payments team says paypal side looks fine. dispatch dashboard shows no orders going out either',
    expected: { component: 'rabbitmq', cause: 'oom-killed' },
    alsoAcceptable: [
      { component: 'rabbitmq', cause: 'crash-loop' },
      { component: 'rabbitmq', cause: 'resource-exhaustion' },
    ],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Robot Shop as scripts/kit-systems/robot-shop.mjs (instana/robot-shop K8s/helm at 55292e2): rabbitmq runs ${RABBIT}
      with limits.memory 512Mi; payment publishes every paid order to it (payment/rabbitmq.py, pika BlockingConnection,
      exchange robot-shop, routing key orders) and dispatch consumes the orders queue (dispatch/main.go, AMQP_HOST).
      Fault: RabbitMQ computes its memory high watermark from the node's memory, not from the container limit - 0.4 x
      7725 MiB = 3090 MiB, far above the 512Mi cgroup limit - so flow control never throttles publishers; during a load test
      the orders backlog grows faster than dispatch drains it and the kernel OOM-kills the broker (OOMKilled, exit 137),
      five times in 30 minutes, now in CrashLoopBackOff. This is the behaviour reported in rabbitmq/rabbitmq-server#205 and
      #10974 ("vm_memory_high_watermark.relative uses the host memory instead of K8s memory limit") and
      docker-library/rabbitmq#621 (the watermark "computed to" the host's memory despite a container limit).
      Deviation from upstream: the docker-library entrypoint of the 3.7 image reads a cgroup-v1 memory limit; we state that
      on this cluster that detection does not take effect (the node group boots with the unified cgroup-v2 hierarchy), as in
      the reports above. With the broker not Ready its Service has no ready endpoint, so payment's pika connects are refused
      (Python's lastResort handler prints pika's error records bare), Flask logs the AMQPConnectionError traceback and uWSGI
      answers 500; web (nginx) shows the 500s on /api/payment/pay; dispatch logs its reconnect loop. payment, dispatch and
      web stay Ready. Decoy: catalogue restarted once three days ago (exit 1, MongoDB not yet up at start), long healthy since.
      The load-generator is outside the namespace. Cause named: oom-killed on rabbitmq; crash-loop and resource-exhaustion on
      the same component are also accepted.`,
    workloads: {
      rabbitmq: {
        pods: [
          {
            node: 'ip-10-1-3-206.eu-west-1.compute.internal',
            containers: {
              rabbitmq: cs.crashLoop({
                restarts: 5, exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-6.9), finishedAt: T.iso(-3.1), backoff: '2m40s', container: 'rabbitmq',
              }),
            },
            readyTransition: T.iso(-31.2),
          },
        ],
        unavailableSince: -31.2,
        endpointsChanged: -3.1,
      },
      catalogue: {
        pods: [
          {
            containers: {
              catalogue: cs.restartedRunning({
                restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.2),
                last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 3 - 0.4), finishedAt: T.iso(-60 * 24 * 3) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'pod:rabbitmq#0', reason: 'Pulled', message: `Container image "${RABBIT}" already present on machine`, first: -31, last: -6.9, count: 6, fieldPath: 'spec.containers{rabbitmq}' },
      { on: 'pod:rabbitmq#0', reason: 'Created', message: 'Created container rabbitmq', first: -31, last: -6.9, count: 6, fieldPath: 'spec.containers{rabbitmq}' },
      { on: 'pod:rabbitmq#0', reason: 'Started', message: 'Started container rabbitmq', first: -31, last: -6.9, count: 6, fieldPath: 'spec.containers{rabbitmq}' },
      { on: 'pod:rabbitmq#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container rabbitmq in pod %POD%_robot-shop(%PODUID%)', first: -24.5, last: -0.4, count: 19, fieldPath: 'spec.containers{rabbitmq}' },
    ],
    logs: {
      'rabbitmq#0/rabbitmq/previous': [
        lager(-6.88, 'info', 8, 'Log file opened with Lager'),
        lager(-6.86, 'info', 33, 'Application lager started on node \'rabbit@%POD%\''),
        lager(-6.8, 'info', 239, '\n Starting RabbitMQ 3.7.28 on Erlang 22.3.4.12\n Copyright (c) 2007-2020 VMware, Inc. or its affiliates.\n Licensed under the MPL 1.1. Website: https://rabbitmq.com'),
        lager(-6.8, 'info', 239, '\n node           : rabbit@%POD%\n home dir       : /var/lib/rabbitmq\n config file(s) : /etc/rabbitmq/rabbitmq.conf\n cookie hash    : q7TiOaD6mPZ5dV3x8k1LhA==\n log(s)         : <stdout>\n database dir   : /var/lib/rabbitmq/mnesia/rabbit@%POD%'),
        lager(-6.78, 'info', 247, 'Running boot step pre_boot defined by app rabbit'),
        lager(-6.77, 'info', 255, 'Memory high watermark set to 3090 MiB (3240075264 bytes) of 7725 MiB (8100188160 bytes) total'),
        lager(-6.77, 'info', 257, 'Enabling free disk space monitoring'),
        lager(-6.77, 'info', 257, 'Disk free limit set to 50MB'),
        lager(-6.76, 'info', 261, 'Limiting to approx 1048476 file handles (943626 sockets)'),
        lager(-6.75, 'info', 262, 'FHC read buffering:  OFF'),
        lager(-6.75, 'info', 262, 'FHC write buffering: ON'),
        lager(-6.72, 'info', 239, 'Node database directory at /var/lib/rabbitmq/mnesia/rabbit@%POD% is empty. Assuming we need to join an existing cluster or initialise from scratch...'),
        lager(-6.7, 'info', 239, 'Priority queues enabled, real BQ is rabbit_variable_queue'),
        lager(-6.66, 'info', 429, 'Starting rabbit_node_monitor'),
        lager(-6.6, 'info', 239, 'Creating guest user'),
        lager(-6.6, 'info', 239, "Setting permissions for 'guest' in '/' to '.*', '.*', '.*'"),
        lager(-6.55, 'info', 536, 'started TCP listener on [::]:5672'),
        lager(-6.52, 'info', 568, 'Management plugin: HTTP (non-TLS) listener started on port 15672'),
        lager(-6.52, 'info', 674, 'Statistics database started.'),
        lager(-6.5, 'info', 8, 'Server startup complete; 3 plugins started.\n * rabbitmq_management\n * rabbitmq_web_dispatch\n * rabbitmq_management_agent'),
        lager(-6.45, 'info', 702, 'accepting AMQP connection <0.702.0> (%IPOF:dispatch#0%:40418 -> %PODIP%:5672)'),
        lager(-6.45, 'info', 702, "connection <0.702.0> (%IPOF:dispatch#0%:40418 -> %PODIP%:5672): user 'guest' authenticated and granted access to vhost '/'"),
        lager(-6.3, 'info', 731, 'accepting AMQP connection <0.731.0> (%IPOF:payment#0%:51876 -> %PODIP%:5672)'),
        lager(-6.3, 'info', 731, "connection <0.731.0> (%IPOF:payment#0%:51876 -> %PODIP%:5672): user 'guest' authenticated and granted access to vhost '/'"),
        lager(-6.29, 'info', 744, 'accepting AMQP connection <0.744.0> (%IPOF:payment#0%:51880 -> %PODIP%:5672)'),
        lager(-6.29, 'info', 744, "connection <0.744.0> (%IPOF:payment#0%:51880 -> %PODIP%:5672): user 'guest' authenticated and granted access to vhost '/'"),
      ],
      'payment#0/payment': [
        uwsgi(-9.6, 4402, 'anonymous-33512', 38, 388, 200),
        uwsgi(-9.1, 4403, 'anonymous-33540', 38, 402, 200),
        uwsgi(-8.4, 4404, 'anonymous-33561', 38, 371, 200),
        ...pikaRefused('%SVCIP:rabbitmq%').slice(1, 6),
        ...payTrace(-7.4, 'anonymous-33588'),
        uwsgi(-7.4, 4405, 'anonymous-33588', 265, 3, 500),
        uwsgi(-6.2, 4406, 'anonymous-33602', 38, 415, 200),
        uwsgi(-5.0, 4407, 'anonymous-33617', 38, 436, 200),
        uwsgi(-3.9, 4408, 'anonymous-33639', 38, 398, 200),
        ...pikaRefused('%SVCIP:rabbitmq%').slice(1, 6),
        ...payTrace(-2.9, 'anonymous-33650'),
        uwsgi(-2.9, 4409, 'anonymous-33650', 265, 2, 500),
        ...pikaRefused('%SVCIP:rabbitmq%').slice(1, 6),
        ...payTrace(-2.2, 'anonymous-33671'),
        uwsgi(-2.2, 4410, 'anonymous-33671', 265, 2, 500),
        ...pikaRefused('%SVCIP:rabbitmq%').slice(1, 6),
        ...payTrace(-1.3, 'anonymous-33689'),
        uwsgi(-1.3, 4411, 'anonymous-33689', 265, 3, 500),
        ...pikaRefused('%SVCIP:rabbitmq%').slice(1, 6),
        ...payTrace(-0.5, 'anonymous-33702'),
        uwsgi(-0.5, 4412, 'anonymous-33702', 265, 2, 500),
      ],
      'dispatch#0/dispatch': [
        `${T.go(-8.3)} Rabbit error Exception (501) Reason: "EOF"`,
        `${T.go(-8.3)} dial tcp %SVCIP:rabbitmq%:5672: connect: connection refused`,
        `${T.go(-8.3)} Reconnecting to amqp://guest:guest@rabbitmq:5672/`,
        `${T.go(-7.3)} dial tcp %SVCIP:rabbitmq%:5672: connect: connection refused`,
        `${T.go(-7.3)} Reconnecting to amqp://guest:guest@rabbitmq:5672/`,
        `${T.go(-6.45)} Connected to RabbitMQ`,
        `${T.go(-3.1)} Rabbit error Exception (501) Reason: "read tcp %PODIP%:40418->%SVCIP:rabbitmq%:5672: read: connection reset by peer"`,
        `${T.go(-3.1)} dial tcp %SVCIP:rabbitmq%:5672: connect: connection refused`,
        `${T.go(-3.1)} Reconnecting to amqp://guest:guest@rabbitmq:5672/`,
        `${T.go(-2.1)} dial tcp %SVCIP:rabbitmq%:5672: connect: connection refused`,
        `${T.go(-2.1)} Reconnecting to amqp://guest:guest@rabbitmq:5672/`,
        `${T.go(-1.1)} dial tcp %SVCIP:rabbitmq%:5672: connect: connection refused`,
        `${T.go(-1.1)} Reconnecting to amqp://guest:guest@rabbitmq:5672/`,
        `${T.go(-0.1)} dial tcp %SVCIP:rabbitmq%:5672: connect: connection refused`,
        `${T.go(-0.1)} Reconnecting to amqp://guest:guest@rabbitmq:5672/`,
      ],
      'web#0/web': [
        nginx(-9.6, 'POST', '/api/payment/pay/anonymous-33512', 200, 38),
        nginx(-9.5, 'GET', '/api/cart/cart/anonymous-33512', 200, 2),
        nginx(-8.0, 'GET', '/api/catalogue/products', 200, 3342),
        nginx(-7.4, 'POST', '/api/payment/pay/anonymous-33588', 500, 265),
        nginx(-6.2, 'POST', '/api/payment/pay/anonymous-33602', 200, 38),
        nginx(-4.1, 'GET', '/api/ratings/api/fetch/Watson', 200, 32),
        nginx(-2.9, 'POST', '/api/payment/pay/anonymous-33650', 500, 265),
        nginx(-2.2, 'POST', '/api/payment/pay/anonymous-33671', 500, 265),
        nginx(-1.9, 'GET', '/api/catalogue/categories', 200, 57),
        nginx(-1.3, 'POST', '/api/payment/pay/anonymous-33689', 500, 265),
        nginx(-0.5, 'POST', '/api/payment/pay/anonymous-33702', 500, 265),
      ],
      'cart#0/cart': [
        pino(T, -9.5, 'info', '%POD%', 'request completed', '"req":{"id":88112,"method":"GET","url":"/cart/anonymous-33512","headers":{"host":"cart:8080"}},"res":{"statusCode":200},"responseTime":2,'),
        pino(T, -6.1, 'info', '%POD%', 'request completed', '"req":{"id":88131,"method":"DELETE","url":"/cart/anonymous-33602","headers":{"host":"cart:8080"}},"res":{"statusCode":200},"responseTime":1,'),
        pino(T, -1.4, 'info', '%POD%', 'request completed', '"req":{"id":88164,"method":"GET","url":"/cart/anonymous-33689","headers":{"host":"cart:8080"}},"res":{"statusCode":200},"responseTime":2,'),
      ],
      'catalogue#0/catalogue/previous': [
        pino(T, -60 * 24 * 3 - 0.4, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -60 * 24 * 3 - 0.1, 'error', '%POD%', 'ERROR MongoError: failed to connect to server [mongodb:27017] on first connect [MongoNetworkError: connect ECONNREFUSED %SVCIP:mongodb%:27017]'),
      ],
      'catalogue#0/catalogue': [
        pino(T, -60 * 24 * 3 + 0.25, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -60 * 24 * 3 + 0.3, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -8.0, 'info', '%POD%', 'request completed', '"req":{"id":512033,"method":"GET","url":"/products","headers":{"host":"catalogue:8080"}},"res":{"statusCode":200},"responseTime":4,'),
      ],
    },
  }),
];
