// Blind held-out batch s94a: one Robot Shop scenario (split test), on scripts/kit-systems/robot-shop.mjs.
// Built by scripts/s94a-build.mjs with the scenario kit (withDefaults, default PVCs); grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;
const I = '2026-06-02T11:24:00Z';
const T = clock(I);
const rmq = (min, lvl, pid, msg) => `${T.java(min)} [${lvl}] <0.${pid}.0> ${msg}`;
const boot = (min) => [
  rmq(min, 'info', 8, 'Feature flags: list of feature flags found:'),
  rmq(min + 0.01, 'info', 33, 'Starting RabbitMQ 3.7.28 on Erlang 23.3.4.18'),
  rmq(min + 0.01, 'info', 33, 'node           : rabbit@%POD%\n home dir       : /var/lib/rabbitmq\n config file(s) : /etc/rabbitmq/rabbitmq.conf\n database dir   : /var/lib/rabbitmq/mnesia/rabbit@%POD%'),
  rmq(min + 0.02, 'info', 263, 'Memory high watermark set to 3088 MiB (3238420070 bytes) of 7721 MiB (8096050176 bytes) total'),
  rmq(min + 0.02, 'info', 265, 'Enabling free disk space monitoring'),
  rmq(min + 0.02, 'info', 265, 'Disk free limit set to 50MB'),
  rmq(min + 0.05, 'info', 44, 'Server startup complete; 3 plugins started.\n * rabbitmq_management\n * rabbitmq_web_dispatch\n * rabbitmq_management_agent'),
];
const conn = (min, pid, ip, port) => rmq(min, 'info', pid, `accepting AMQP connection <0.${pid}.0> (${ip}:${port} -> %PODIP%:5672)`);
const auth = (min, pid, ip, port) => rmq(min, 'info', pid, `connection <0.${pid}.0> (${ip}:${port} -> %PODIP%:5672): user 'guest' authenticated and granted access to vhost '/'`);
const payErr = (min) => [
  `[${T.java(min).replace('.', ',')}] ERROR in app: Exception on /pay/${['a3f0', '9c21', '5e7d'][Math.floor(Math.abs(min)) % 3]}-user [POST]`,
  'Traceback (most recent call last):',
  '  File "/usr/local/lib/python3.9/site-packages/flask/app.py", line 2447, in wsgi_app',
  '    response = self.full_dispatch_request()',
  '  File "/app/payment.py", line 114, in pay',
  '    queueOrder({ \'orderid\': orderid, \'user\': id, \'cart\': cart })',
  '  File "/app/payment.py", line 136, in queueOrder',
  '    publisher.publish(order, headers)',
  '  File "/app/rabbitmq.py", line 46, in publish',
  '    self._publish(msg, headers)',
  '  File "/app/rabbitmq.py", line 36, in _publish',
  '    self._channel.basic_publish(exchange=self.EXCHANGE,',
  'pika.exceptions.StreamLostError: Stream connection lost: ConnectionResetError(104, \'Connection reset by peer\')',
];

export const scenarios = [
  {
    ...withDefaults({
      folder: 's94a-rabbit-cgroup-oom',
      incidentTime: I,
      description: 'payments intermittently failing at checkout for ~20 min, payments team says their pods are fine',
      expected: { component: 'rabbitmq', cause: 'oom-killed' },
      alsoAcceptable: [{ component: 'rabbitmq', cause: 'resource-exhaustion' }],
      difficulty: 'medium',
      traits: ['pods-ready', 'louder-dependents', 'team-name', 'time-expression'],
      grounding: `
        Robot Shop K8s/helm rabbitmq-deployment.yaml: rabbitmq:3.7-management-alpine, memory limit 512Mi, no probes;
        payment (Flask, pika) publishes every order to the "robot-shop" exchange, dispatch (Go, streadway/amqp) consumes.
        Fault: RabbitMQ 3.7 sizes vm_memory_high_watermark (0.4) from the host's 7.7 GiB, not the cgroup limit (RabbitMQ's
        "Memory Use in Containers" notes recommend total_memory_available_override_value), so the alarm at ~3 GiB never
        fires: with dispatch consuming slowly the queue and management stats grow until the kernel kills the container
        at its 512Mi limit (OOMKilled, 137), over and over. Between kills the pod is Running and Ready (no probes), so the
        loud parts are payment's pika StreamLostError tracebacks and dispatch reconnects. Deviation from upstream: none
        in the manifests; the 3.7.28 image tag is what the 3.7-management-alpine tag resolved to.
      `,
      workloads: {
        rabbitmq: {
          pods: [{ containers: { rabbitmq: cs.restartedRunning({ restarts: 5, startedAt: T.iso(-2.6), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-7.9), finishedAt: T.iso(-2.8) } }) } }],
        },
      },
      events: [
        { on: 'pod:rabbitmq#0', reason: 'Pulled', message: 'Container image "rabbitmq:3.7-management-alpine" already present on machine', first: -24, last: -2.7, count: 5, fieldPath: 'spec.containers{rabbitmq}' },
        { on: 'pod:rabbitmq#0', reason: 'Created', message: 'Created container rabbitmq', first: -24, last: -2.7, count: 5, fieldPath: 'spec.containers{rabbitmq}' },
        { on: 'pod:rabbitmq#0', reason: 'Started', message: 'Started container rabbitmq', first: -24, last: -2.6, count: 5, fieldPath: 'spec.containers{rabbitmq}' },
        { on: 'pod:rabbitmq#0', reason: 'BackOff', message: 'Back-off restarting failed container rabbitmq in pod %POD%_robot-shop(%PODUID%)', type: 'Warning', first: -13, last: -8, count: 2, fieldPath: 'spec.containers{rabbitmq}' },
      ],
      logs: {
        'rabbitmq#0/rabbitmq/previous': [...boot(-7.9), conn(-7.6, 712, '%IPOF:dispatch#0%', 46118), auth(-7.6, 712, '%IPOF:dispatch#0%', 46118), conn(-7.2, 731, '%IPOF:payment#0%', 40522), auth(-7.2, 731, '%IPOF:payment#0%', 40522),
          rmq(-5.5, 'info', 402, 'Statistics database started.')],
        'rabbitmq#0/rabbitmq': [...boot(-2.6), conn(-2.3, 688, '%IPOF:dispatch#0%', 46340), auth(-2.3, 688, '%IPOF:dispatch#0%', 46340), conn(-1.4, 702, '%IPOF:payment#0%', 40790), auth(-1.4, 702, '%IPOF:payment#0%', 40790)],
        'dispatch#0/dispatch': [
          `${T.go(-7.7)} Connecting to amqp://guest:guest@rabbitmq:5672/`,
          `${T.go(-7.6)} Connected`,
          `${T.go(-2.8)} Rabbit MQ connection closed: Exception (501) Reason: "EOF"`,
          `${T.go(-2.8)} Connecting to amqp://guest:guest@rabbitmq:5672/`,
          `${T.go(-2.8)} dial tcp %SVCIP:rabbitmq%:5672: connect: connection refused`,
          `${T.go(-2.3)} Connecting to amqp://guest:guest@rabbitmq:5672/`,
          `${T.go(-2.3)} Connected`,
        ],
        'payment#0/payment': [
          `[${T.java(-21).replace('.', ',')}] INFO in payment: Order 8f3c21 ok`,
          ...payErr(-12.9), ...payErr(-2.8),
          `[${T.java(-1.4).replace('.', ',')}] INFO in rabbitmq: connection to rabbitmq re-established`,
        ],
        'cart#0/cart': [pino(T, -60 * 24 * 9 + 0.4, 'info', '%POD%', 'Redis connected'), pino(T, -3, 'info', '%POD%', 'request completed', '"res":{"statusCode":200},"responseTime":4,')],
      },
    }),
  },
];
