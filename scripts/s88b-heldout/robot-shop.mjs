// Blind held-out batch s88b: one Stan's Robot Shop scenario (split test) as a spec of the scenario kit.
// System from scripts/kit-systems/robot-shop.mjs (withDefaults, defaultPvcs, pino); built by scripts/s88b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, defaultPvcs as pvcs, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const INC = '2026-05-07T09:42:00Z';
const T = clock(INC);
const rl = (min, lvl, pid, msg) => `${T.java(min)} [${lvl}] <0.${pid}.0> ${msg}`;
const refused = (min, pid, from, to) => [
  rl(min, 'info', pid, `accepting AMQP connection <0.${pid}.0> (${from} -> ${to}:5672)`),
  rl(min + 0.001, 'error', pid, `Error on AMQP connection <0.${pid}.0> (${from} -> ${to}:5672, state: starting):`),
  "PLAIN login refused: user 'guest' can only connect via localhost",
  rl(min + 0.002, 'info', pid, `closing AMQP connection <0.${pid}.0> (${from} -> ${to}:5672)`),
];
const confVol = { name: 'rabbitmq-config', configMap: { name: 'rabbitmq-config', defaultMode: 420 } };
const confMount = { name: 'rabbitmq-config', mountPath: '/etc/rabbitmq/rabbitmq.conf', subPath: 'rabbitmq.conf' };
const pikaErr = "pika.exceptions.ProbableAuthenticationError: ConnectionClosedByBroker: (403) 'ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. For details see the broker logfile.'";

export const scenarios = [
  withDefaults({
    folder: 's88b-orders-stuck-after-mq-tuning',
    description: 'checkout broken on robot shop since ~9:20, pay button gives error, cart n catalogue fine. fulfilment says nothing changed on their side',
    incidentTime: INC,
    expected: { component: 'rabbitmq', cause: 'config-error' },
    alsoAcceptable: [{ component: 'rabbitmq', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'rollout-regression', 'bad-credentials', 'time-expression', 'typo', 'team-name'],
    grounding: `
      Manifests: instana/robot-shop K8s/helm at 55292e2 (rabbitmq Deployment, image rabbitmq:3.7-management-alpine, no probes);
      payment publishes each order to rabbitmq with pika as guest/guest (AMQP_HOST rabbitmq), dispatch consumes with
      streadway/amqp at amqp://guest:guest@rabbitmq:5672/.
      Fault: a rollout of rabbitmq mounted a rabbitmq-config ConfigMap over /etc/rabbitmq/rabbitmq.conf (subPath) to tune
      vm_memory_high_watermark; the docker-library image's own rabbitmq.conf carried loopback_users.guest = false, the
      mounted file does not, so RabbitMQ falls back to its default (guest may only connect via localhost) and refuses every
      remote guest login: "PLAIN login refused: user 'guest' can only connect via localhost" (a well-known docker-library/rabbitmq
      report). The broker stays up and the pod stays Ready; payment answers 500 on checkout with pika's
      ProbableAuthenticationError (403 ACCESS_REFUSED), dispatch loops on its reconnect with Exception (403).
      The old and new ReplicaSets differ only by the rabbitmq-config volume and its mount.
      Deviations from upstream: the rabbitmq-config ConfigMap, volume and mount are not in the chart.`,
    configMaps: [{ name: 'rabbitmq-config', keys: ['rabbitmq.conf'] }],
    workloads: {
      rabbitmq: {
        patch: { volumes: [confVol] },
        containers: { rabbitmq: { volumeMounts: [confMount] } },
        rollout: { at: -23, oldPatch: { volumes: undefined }, oldContainers: { rabbitmq: { volumeMounts: undefined } } },
      },
    },
    events: [
      { on: 'deploy:rabbitmq', reason: 'ScalingReplicaSet', message: 'Scaled up replica set rabbitmq-%NEW% to 1', first: -23 },
      { on: 'deploy:rabbitmq', reason: 'ScalingReplicaSet', message: 'Scaled down replica set rabbitmq-%OLD% to 0 from 1', first: -22.3 },
      { on: 'rs:rabbitmq', reason: 'SuccessfulCreate', source: 'replicaset-controller', message: 'Created pod: rabbitmq-%RS%', first: -23 },
      { on: 'pod:rabbitmq#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: -22.5 },
      { on: 'pod:rabbitmq#0', reason: 'Pulled', fieldPath: 'spec.containers{rabbitmq}', message: 'Container image "rabbitmq:3.7-management-alpine" already present on machine', first: -22.5 },
      { on: 'pod:rabbitmq#0', reason: 'Created', fieldPath: 'spec.containers{rabbitmq}', message: 'Created container rabbitmq', first: -22.5 },
      { on: 'pod:rabbitmq#0', reason: 'Started', fieldPath: 'spec.containers{rabbitmq}', message: 'Started container rabbitmq', first: -22.4 },
    ],
    logs: {
      'rabbitmq#0/rabbitmq': [
        rl(-22.3, 'info', 33, 'Server startup complete; 3 plugins started.'),
        ' * rabbitmq_management',
        ' * rabbitmq_web_dispatch',
        ' * rabbitmq_management_agent',
        ...refused(-22.1, 612, '%IPOF:dispatch#0%:40122', '%PODIP%'),
        ...refused(-18.4, 731, '%IPOF:payment#0%:51870', '%PODIP%'),
        ...refused(-6.2, 1204, '%IPOF:payment#0%:52398', '%PODIP%'),
        ...refused(-1.1, 1388, '%IPOF:dispatch#0%:40988', '%PODIP%'),
      ],
      'payment#0/payment': [
        `[${T.java(-18.5).replace('.', ',')}] INFO in payment: Payment processing for 4b7e1c2a-0d6f-4a1e-9f3b-7c2d8e5a1f60`,
        `[${T.java(-18.4).replace('.', ',')}] ERROR in app: Exception on /pay/4b7e1c2a-0d6f-4a1e-9f3b-7c2d8e5a1f60 [POST]`,
        'Traceback (most recent call last):',
        '  File "/usr/local/lib/python3.9/site-packages/flask/app.py", line 2447, in wsgi_app',
        '    response = self.full_dispatch_request()',
        '  File "/app/payment.py", line 133, in pay',
        '    queueOrder({ \'orderid\': orderid, \'user\': id, \'cart\': cart })',
        '  File "/app/payment.py", line 152, in queueOrder',
        '    publisher.publish(order, headers)',
        '  File "/app/rabbitmq.py", line 41, in publish',
        '    self._connect()',
        '  File "/app/rabbitmq.py", line 24, in _connect',
        '    self._conn = pika.BlockingConnection(self._params)',
        pikaErr,
        `[${T.java(-6.3).replace('.', ',')}] INFO in payment: Payment processing for 9a2f6d31-5c8e-4b07-8e1a-3d6f0b9c2e75`,
        `[${T.java(-6.2).replace('.', ',')}] ERROR in app: Exception on /pay/9a2f6d31-5c8e-4b07-8e1a-3d6f0b9c2e75 [POST]`,
        pikaErr,
        `%IPOF:web#0% - - [${T.java(-6.2).replace('.', ',')}] "POST /pay/9a2f6d31-5c8e-4b07-8e1a-3d6f0b9c2e75 HTTP/1.1" 500 265 "-" "-"`,
      ],
      'dispatch#0/dispatch': [
        `${T.go(-22.6)} Rabbit MQ connection closed: Exception (320) Reason: "CONNECTION_FORCED - broker forced connection closure with reason 'shutdown'"`,
        `${T.go(-22.1)} Failed to connect to RabbitMQ: Exception (403) Reason: "username or password not allowed"`,
        `${T.go(-1.1)} Failed to connect to RabbitMQ: Exception (403) Reason: "username or password not allowed"`,
      ],
      'cart#0/cart': [
        pino(T, -2, 'info', '%POD%', 'request completed', '"req":{"id":4411,"method":"GET","url":"/cart/4b7e1c2a-0d6f-4a1e-9f3b-7c2d8e5a1f60"},"res":{"statusCode":200},"responseTime":3,'),
      ],
      'catalogue#0/catalogue': [
        pino(T, -2, 'info', '%POD%', 'request completed', '"req":{"id":9120,"method":"GET","url":"/products"},"res":{"statusCode":200},"responseTime":5,'),
      ],
    },
  }),
];
