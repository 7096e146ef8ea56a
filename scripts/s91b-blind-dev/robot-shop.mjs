// Blind dev batch s91b: Stan's Robot Shop scenario (spec for scripts/s2-scenario-kit.mjs).
// A RabbitMQ rollout mounts a rabbitmq.conf without loopback_users.guest = false; guest is refused from other pods.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, defaultPvcs } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };
const T = clock('2026-05-21T09:58:00Z');
const rl = (min, lvl, pid, msg) => `${T.java(min)} [${lvl}] <0.${pid}.0> ${msg}`;
const conn = (pid, src, port) => `<0.${pid}.0> (${src}:${port} -> %PODIP%:5672)`;
const refused = (min, pid, src, port) => [
  rl(min, 'info', pid, `accepting AMQP connection ${conn(pid, src, port)}`),
  rl(min + 0.01, 'error', pid, `Error on AMQP connection ${conn(pid, src, port)}, state: starting):\nPLAIN login refused: user 'guest' can only connect via localhost`),
];
const rabbitLog = [
  rl(-22, 'info', 8, 'Feature flags: list of feature flags found:'),
  rl(-22, 'info', 268, '\n Starting RabbitMQ 3.7.28 on Erlang 23.3.4.18\n Copyright (c) 2007-2020 VMware, Inc. or its affiliates.\n Licensed under the MPL 1.1. Website: https://rabbitmq.com'),
  rl(-22, 'info', 268, '\n node           : rabbit@%POD%\n home dir       : /var/lib/rabbitmq\n config file(s) : /etc/rabbitmq/rabbitmq.conf\n cookie hash    : 6xRdrPzk3XvQx2lmwq0lXA==\n log(s)         : <stdout>\n database dir   : /var/lib/rabbitmq/mnesia/rabbit@%POD%'),
  rl(-21.9, 'info', 268, 'Running boot step pre_boot defined by app rabbit'),
  rl(-21.8, 'info', 268, 'Memory high watermark set to 204 MiB (214748364 bytes) of 512 MiB (536870912 bytes) total'),
  rl(-21.8, 'info', 268, 'Enabling free disk space monitoring'),
  rl(-21.8, 'info', 268, 'Disk free limit set to 50MB'),
  rl(-21.7, 'info', 268, 'Management plugin: HTTP (non-TLS) listener started on port 15672'),
  rl(-21.7, 'info', 580, 'started TCP listener on [::]:5672'),
  rl(-21.6, 'info', 268, 'Server startup complete; 3 plugins started.\n * rabbitmq_management\n * rabbitmq_web_dispatch\n * rabbitmq_management_agent'),
  ...refused(-21.3, 712, '%IPOF:dispatch#0%', 44120),
  ...refused(-17, 1033, '%IPOF:payment#0%', 51872),
  ...refused(-11, 1410, '%IPOF:payment#0%', 52410),
  ...refused(-6, 1702, '%IPOF:dispatch#0%', 45002),
  ...refused(-2, 1955, '%IPOF:payment#0%', 53118),
];
const tb = [
  'Traceback (most recent call last):',
  '  File "/app/payment.py", line 150, in queueOrder',
  '    publisher.publish(order, headers)',
  '  File "/app/rabbitmq.py", line 40, in publish',
  '    self._connect()',
  '  File "/app/rabbitmq.py", line 25, in _connect',
  '    self._conn = pika.BlockingConnection(self._params)',
  '  File "/usr/local/lib/python3.9/site-packages/pika/adapters/blocking_connection.py", line 360, in __init__',
  '    self._impl = self._create_connection(parameters, _impl_class)',
  '  File "/usr/local/lib/python3.9/site-packages/pika/adapters/blocking_connection.py", line 451, in _create_connection',
  '    raise self._reap_last_connection_workflow_error(error)',
  "pika.exceptions.ProbableAccessDeniedError: ConnectionClosedByBroker: (403) 'ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. For details see the broker logfile.'",
];
const payLog = [
  `[${T.java(-40).replace(' ', ' ').slice(0, 19)} +0000] [1] [INFO] Booting worker with pid: 9`,
  `${T.java(-35).slice(0, 19).replace(' ', 'T')} INFO payment.py:121 Payment request: user 4jx2 cart total 1337.00`,
  `${T.java(-35).slice(0, 19).replace(' ', 'T')} INFO payment.py:160 queued order 7f3c11d2-8a55-4f8b-9c1e-2a1b5d6e9f00`,
  `${T.java(-17).slice(0, 19).replace(' ', 'T')} INFO payment.py:121 Payment request: user s91b cart total 42.00`,
  `${T.java(-17).slice(0, 19).replace(' ', 'T')} ERROR payment.py:156 Exception on /pay/s91b [POST]`,
  ...tb,
  `${T.java(-11).slice(0, 19).replace(' ', 'T')} INFO payment.py:121 Payment request: user anon-c1 cart total 9.99`,
  `${T.java(-11).slice(0, 19).replace(' ', 'T')} ERROR payment.py:156 Exception on /pay/anon-c1 [POST]`,
  ...tb,
  `${T.java(-2).slice(0, 19).replace(' ', 'T')} INFO payment.py:121 Payment request: user 4jx2 cart total 318.50`,
  `${T.java(-2).slice(0, 19).replace(' ', 'T')} ERROR payment.py:156 Exception on /pay/4jx2 [POST]`,
  ...tb,
];
const dispLog = [
  `${T.go(-60 * 24 * 6)} Connecting to amqp://guest:guest@rabbitmq:5672/`,
  `${T.go(-60 * 24 * 6)} Connected`,
  `${T.go(-22.2)} Rabbit connection closed: Exception (320) Reason: "CONNECTION_FORCED - broker forced connection closure with reason 'shutdown'"`,
  `${T.go(-21.3)} Connecting to amqp://guest:guest@rabbitmq:5672/`,
  `${T.go(-21.3)} Failed to connect Exception (403) Reason: "username or password not allowed"`,
  `${T.go(-6)} Connecting to amqp://guest:guest@rabbitmq:5672/`,
  `${T.go(-6)} Failed to connect Exception (403) Reason: "username or password not allowed"`,
];
const webLog = [
  `10.1.1.84 - - [21/May/2026:09:${T.hm(-35).slice(3)}:12 +0000] "POST /api/payment/pay/4jx2 HTTP/1.1" 200 48 "http://shop.robot-shop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"`,
  `10.1.2.137 - - [21/May/2026:09:${T.hm(-17).slice(3)}:03 +0000] "POST /api/payment/pay/s91b HTTP/1.1" 500 290 "http://shop.robot-shop.example/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15"`,
  `10.1.3.206 - - [21/May/2026:09:${T.hm(-11).slice(3)}:40 +0000] "GET /api/catalogue/products HTTP/1.1" 200 3125 "http://shop.robot-shop.example/" "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/125.0"`,
  `10.1.3.206 - - [21/May/2026:09:${T.hm(-11).slice(3)}:52 +0000] "POST /api/payment/pay/anon-c1 HTTP/1.1" 500 290 "http://shop.robot-shop.example/" "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/125.0"`,
  `10.1.1.84 - - [21/May/2026:09:${T.hm(-2).slice(3)}:21 +0000] "POST /api/payment/pay/4jx2 HTTP/1.1" 500 290 "http://shop.robot-shop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"`,
];

export const scenarios = [
  withDefaults({
    folder: 's91b-rabbitmq-conf-drops-guest-loopback',
    description: 'checkout broken on robot shop — pay button gives 500 since ~09:37. browsing/cart fine. payments team says their code didnt change',
    incidentTime: '2026-05-21T09:58:00Z',
    expected: { component: 'rabbitmq', cause: 'config-error' },
    alsoAcceptable: [
      { component: 'rabbitmq', cause: 'bad-deploy-rollout' },
      { component: 'rabbitmq', cause: 'dependency-down' },
    ],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'bad-credentials', 'time-expression', 'team-name'],
    workloads: {
      rabbitmq: {
        rollout: {
          at: -22.5,
          oldPatch: { volumes: undefined },
          oldContainers: { rabbitmq: { volumeMounts: undefined } },
        },
        patch: { volumes: [{ name: 'rabbitmq-config', configMap: { name: 'rabbitmq-config', defaultMode: 420 } }] },
        containers: { rabbitmq: { volumeMounts: [{ name: 'rabbitmq-config', mountPath: '/etc/rabbitmq/rabbitmq.conf', subPath: 'rabbitmq.conf' }] } },
      },
    },
    configMaps: [{ name: 'rabbitmq-config', keys: ['rabbitmq.conf'] }],
    events: [
      { on: 'deploy:rabbitmq', reason: 'ScalingReplicaSet', message: 'Scaled up replica set rabbitmq-%NEW% to 1', first: -22.5 },
      { on: 'deploy:rabbitmq', reason: 'ScalingReplicaSet', message: 'Scaled down replica set rabbitmq-%OLD% to 0 from 1', first: -22.3 },
      { on: 'pod:rabbitmq#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', source: 'default-scheduler', first: -22.5 },
      { on: 'pod:rabbitmq#0', reason: 'Pulled', message: 'Container image "rabbitmq:3.7-management-alpine" already present on machine', first: -22.4 },
      { on: 'pod:rabbitmq#0', reason: 'Created', message: 'Created container rabbitmq', first: -22.4 },
      { on: 'pod:rabbitmq#0', reason: 'Started', message: 'Started container rabbitmq', first: -22.4 },
    ],
    logs: {
      'rabbitmq#0/rabbitmq': rabbitLog,
      'payment#0/payment': payLog,
      'dispatch#0/dispatch': dispLog,
      'web#0/web': webLog,
    },
    grounding: `
      Robot Shop helm chart (55292e2): rabbitmq is a Deployment of rabbitmq:3.7-management-alpine with no probes; payment
      (Python, pika) and dispatch (Go, streadway/amqp) connect as amqp://guest:guest@rabbitmq:5672/. The official
      rabbitmq image writes "loopback_users.guest = false" into its generated rabbitmq.conf; RabbitMQ's access-control
      docs say guest can otherwise only connect from localhost. Fault: a platform change 22 minutes ago mounted a
      ConfigMap rabbitmq-config over /etc/rabbitmq/rabbitmq.conf (subPath) to tune settings and dropped that line, so the
      restarted broker refuses guest from every other pod ("PLAIN login refused: user 'guest' can only connect via
      localhost"; pika raises ProbableAccessDeniedError 403 ACCESS_REFUSED, streadway/amqp "username or password not
      allowed"). The old and new ReplicaSets differ only by that volume and mount. Deviations: the ConfigMap and mount are
      not upstream; payment's log lines follow its Python logging, dispatch's its Go log.Println. The broker stays Ready
      (no probes) and healthy-looking; payment and web are loud.
    `,
  }),
];
