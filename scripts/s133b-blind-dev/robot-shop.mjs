import { clock } from '../s2-scenario-kit.mjs';
import { withDefaults } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs } from '../kit-systems/robot-shop.mjs';

const T = clock('2026-04-11T19:06:00Z');
const rb = (min, lvl, pid, msg) => `${T.java(min)} [${lvl}] <0.${pid}.0> ${msg}`;
const py = (min, lvl, msg) => `${T.java(min).replace('.', ',')} ${lvl} ${msg}`;
const nginx = (min, path, status, up) => `10.1.2.${37} - - [${new Date(Date.parse(T.isoMs(min))).toUTCString().slice(5, 25).replace(/ /g, '/').replace(/\/(\d\d:)/, ':$1')} +0000] "POST ${path} HTTP/1.1" ${status} ${status === 200 ? 412 : 95} "http://shop.robotshop.example/" "Mozilla/5.0" ${up}`;

export const scenarios = [
  withDefaults({
    folder: 's133b-rabbitmq-left-stopped-after-maint',
    description: 'robot shop checkout: "payment failed" for every order since 18:45ish, orders not reaching dispatch either. rabbit pod is green in the dashboard',
    incidentTime: '2026-04-11T19:06:00Z',
    expected: { component: 'rabbitmq', cause: 'dependency-down' },
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'partial-name'],
    grounding: `Robot Shop helm chart (K8s/helm, rabbitmq:3.7-management-alpine, no probes): payment publishes each order to the "robot-shop"
      exchange on rabbitmq (AMQP_HOST=rabbitmq) and dispatch consumes the "orders" queue. During a maintenance window at 18:44 an
      operator ran "rabbitmqctl stop_app" (to purge and reset the node) and never ran start_app. The Erlang VM and epmd keep running,
      so the container stays Running and, with no probes, Ready; but the rabbit application and its TCP listeners on 5672 and 15672
      are stopped, so every AMQP connect is refused. payment (Python, pika) fails to publish and answers 500, nginx (web) logs the
      500s for /api/payment/pay, dispatch (Go, streadway/amqp) loses its connection and retries. The broker log shows the stop
      sequence ("stopped TCP listener", "Stopped RabbitMQ application") as RabbitMQ 3.7 writes it. Deviation: the forgotten
      start_app is invented; RabbitMQ's docs describe stop_app as stopping the application while leaving the runtime running.`,
    logs: {
      'rabbitmq#0/rabbitmq': [
        rb(-60 * 24 * 9, 'info', '199', 'Server startup complete; 3 plugins started.'),
        rb(-60 * 24 * 2, 'info', '18733', 'accepting AMQP connection <0.18733.0> (10.1.1.52:40122 -> 10.1.3.61:5672)'),
        rb(-22.3, 'info', '31077', 'Stopping RabbitMQ applications and their dependencies in the following order:\n    rabbitmq_management\n    amqp_client\n    rabbitmq_web_dispatch\n    cowboy\n    cowlib\n    rabbitmq_management_agent\n    rabbit'),
        rb(-22.2, 'warning', '18733', 'closing AMQP connection <0.18733.0> (10.1.1.52:40122 -> 10.1.3.61:5672, vhost: \'/\', user: \'guest\'):\nclient unexpectedly closed TCP connection'),
        rb(-22.2, 'info', '586', 'stopped TCP listener on [::]:5672'),
        rb(-22.2, 'info', '33', 'Application rabbitmq_management exited with reason: stopped'),
        rb(-22.1, 'info', '33', 'Application rabbit exited with reason: stopped'),
        rb(-22.1, 'info', '31077', 'Successfully stopped RabbitMQ and its dependencies'),
      ],
      'dispatch#0/dispatch': [
        `${T.go(-60 * 24 * 2)} Connecting to amqp://guest:guest@rabbitmq:5672/`,
        `${T.go(-60 * 24 * 2)} Connected to rabbitmq`,
        `${T.go(-23)} Order 1c3f7a2e-5d4b-4a8e-9f21-7e6b0c9d3a15 dispatched`,
        `${T.go(-22.2)} Rabbitmq error Exception (501) Reason: "EOF"`,
        ...Array.from({ length: 7 }, (_, i) => [`${T.go(-22 + i * 3)} Connecting to amqp://guest:guest@rabbitmq:5672/`, `${T.go(-22 + i * 3 + 0.01)} dial tcp %SVCIP:rabbitmq%:5672: connect: connection refused`]).flat(),
      ],
      'payment#0/payment': [
        py(-25, 'INFO', 'payment for 1c3f7a2e-5d4b-4a8e-9f21-7e6b0c9d3a15 ok, publishing order'),
        ...[-20.5, -15.2, -9.9, -4.1].map((m) => [
          py(m, 'ERROR', 'Exception on /pay/5f3b2a [POST]'),
          'Traceback (most recent call last):',
          '  File "/app/payment.py", line 158, in pay',
          '    publisher.publish(order, headers)',
          '  File "/app/rabbitmq.py", line 47, in publish',
          '    self._connect()',
          '  File "/app/rabbitmq.py", line 28, in _connect',
          '    self._conn = pika.BlockingConnection(self._params)',
          '  File "/usr/local/lib/python3.9/site-packages/pika/adapters/blocking_connection.py", line 360, in __init__',
          '    self._impl = self._create_connection(parameters, _impl_class)',
          '  File "/usr/local/lib/python3.9/site-packages/pika/adapters/blocking_connection.py", line 451, in _create_connection',
          '    raise self._reap_last_connection_workflow_error(error)',
          'pika.exceptions.AMQPConnectionError: [Errno 111] Connection refused',
        ]).flat(),
      ],
      'web#0/web': [
        nginx(-25, '/api/payment/pay/5f3b2a', 200, '0.084'),
        nginx(-20.5, '/api/payment/pay/5f3b2a', 500, '0.021'),
        nginx(-15.2, '/api/payment/pay/8a21cc', 500, '0.019'),
        nginx(-9.9, '/api/payment/pay/0d77e4', 500, '0.022'),
        nginx(-4.1, '/api/payment/pay/3b9f10', 500, '0.020'),
      ],
    },
  }),
];
