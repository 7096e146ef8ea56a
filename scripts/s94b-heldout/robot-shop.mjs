// Held-out batch s94b (blind): one Robot Shop scenario on the kit system scripts/kit-systems/robot-shop.mjs.
// Spec for scripts/s2-scenario-kit.mjs (through withDefaults); grounding in the scenario itself.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };
const T = clock('2026-05-20T08:24:00Z');
const cookieVol = { name: 'erlang-cookie', secret: { secretName: 'rabbitmq-erlang-cookie', defaultMode: 420 } };
const cookieMount = { name: 'erlang-cookie', mountPath: '/var/lib/rabbitmq/.erlang.cookie', subPath: '.erlang.cookie' };
const crash = [
  'Cookie file /var/lib/rabbitmq/.erlang.cookie must be accessible by owner only',
  'Kernel pid terminated (application_controller) ({application_start_failure,kernel,{{shutdown,{failed_to_start_child,net_sup,{shutdown,{failed_to_start_child,auth,{"Cookie file /var/lib/rabbitmq/.erlang.cookie must be accessible by owner only",[{auth,init_cookie,0,[{file,"auth.erl"},{line,286}]},{auth,init,1,[{file,"auth.erl"},{line,140}]},{gen_server,init_it,2,[{file,"gen_server.erl"},{line,374}]},{gen_server,init_it,6,[{file,"gen_server.erl"},{line,342}]},{proc_lib,init_p_do_apply,3,[{file,"proc_lib.erl"},{line,249}]}]}}}}},{kernel,start,[normal,[]]}}})',
  '',
  'Crash dump is being written to: /var/log/rabbitmq/erl_crash.dump...done',
];
const go = (min, msg) => `${T.go(min)} ${msg}`;
export const scenarios = [withDefaults({
  folder: 's94b-pay-spins',
  description: 'robot shop: pay button just spins / errors for everyone since about 8:05, orders not going through',
  incidentTime: '2026-05-20T08:24:00Z',
  expected: { component: 'rabbitmq', cause: 'config-error' },
  alsoAcceptable: [{ component: 'rabbitmq', cause: 'crash-loop' }, { component: 'rabbitmq', cause: 'bad-deploy-rollout' }],
  difficulty: 'medium', traits: ['louder-dependents', 'time-expression', 'rollout-regression'],
  grounding: `Robot Shop helm chart (rabbitmq:3.7-management-alpine, one replica; payment publishes orders to AMQP_HOST rabbitmq,
    dispatch consumes). Fault follows the Erlang/RabbitMQ start failure reported many times on the docker-library
    rabbitmq image when the cookie is mounted from a Secret with mode 0644: "Cookie file /var/lib/rabbitmq/.erlang.cookie
    must be accessible by owner only", the kernel application fails and the container exits 1 (CrashLoopBackOff).
    Deviations from upstream: the team added the Secret volume (defaultMode 420) and subPath mount in a release
    (the only template difference between the ReplicaSets) and set the Deployment strategy to Recreate, so the old pod
    was removed first. Callers (payment, dispatch) log the connection failures.`,
  workloads: {
    rabbitmq: {
      patch: { volumes: [cookieVol] },
      containers: { rabbitmq: { volumeMounts: [cookieMount] } },
      rollout: { at: -19.5, oldPatch: { volumes: undefined }, oldContainers: { rabbitmq: { volumeMounts: undefined } }, oldReplicas: 0 },
      pods: [{ containers: { rabbitmq: cs.crashLoop({ restarts: 7, startedAt: T.iso(-3.4), finishedAt: T.iso(-3.3), container: 'rabbitmq' }) } }],
      unavailableSince: -19.5,
      progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-9.5), lastTransitionTime: T.iso(-9.5), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
    },
  },
  events: [
    { on: 'deploy:rabbitmq', reason: 'ScalingReplicaSet', message: 'Scaled down replica set rabbitmq-%OLD% to 0 from 1', first: -19.6 },
    { on: 'deploy:rabbitmq', reason: 'ScalingReplicaSet', message: 'Scaled up replica set rabbitmq-%NEW% to 1', first: -19.5 },
    { on: 'pod:rabbitmq#0', reason: 'Pulled', message: 'Container image "rabbitmq:3.7-management-alpine" already present on machine', first: -19, last: -3.4, count: 8, fieldPath: 'spec.containers{rabbitmq}' },
    { on: 'pod:rabbitmq#0', reason: 'Created', message: 'Created container rabbitmq', first: -19, last: -3.4, count: 8, fieldPath: 'spec.containers{rabbitmq}' },
    { on: 'pod:rabbitmq#0', reason: 'Started', message: 'Started container rabbitmq', first: -19, last: -3.4, count: 8, fieldPath: 'spec.containers{rabbitmq}' },
    { on: 'pod:rabbitmq#0', reason: 'BackOff', message: 'Back-off restarting failed container rabbitmq in pod %POD%_robot-shop(%PODUID%)', first: -18.5, last: -0.5, count: 79, type: 'Warning', fieldPath: 'spec.containers{rabbitmq}' },
  ],
  logs: {
    'rabbitmq#0/rabbitmq/previous': crash,
    'rabbitmq#0/rabbitmq': crash,
    'dispatch#0/dispatch': [
      go(-60 * 24 * 9, 'Connecting to amqp://guest:guest@rabbitmq:5672/'),
      go(-60 * 24 * 9, 'Connected to RabbitMQ'),
      go(-19.5, 'Exception (320) Reason: "CONNECTION_FORCED - broker forced connection closure with reason \'shutdown\'"'),
      go(-19.4, 'Connecting to amqp://guest:guest@rabbitmq:5672/'),
      go(-19.4, 'dial tcp %SVCIP:rabbitmq%:5672: connect: connection refused'),
      go(-8, 'dial tcp %SVCIP:rabbitmq%:5672: connect: connection refused'),
      go(-1, 'dial tcp %SVCIP:rabbitmq%:5672: connect: connection refused'),
    ],
    'payment#0/payment': [
      `[${T.java(-12).replace('.', ',')}] INFO in payment: Cart {'total': 1499.95, 'tax': 249.99, 'items': [{'qty': 1, 'sku': 'SHCE', 'name': 'Cybernetic Power Source', 'price': 1499.95, 'subtotal': 1499.95}]}`,
      `[${T.java(-12).replace('.', ',')}] ERROR in payment: Failed to publish order to dispatch queue`,
      'Traceback (most recent call last):',
      '  File "/app/payment.py", line 143, in pay',
      '    publisher.publish(order, headers)',
      '  File "/app/rabbitmq.py", line 37, in publish',
      '    self._connect()',
      '  File "/app/rabbitmq.py", line 21, in _connect',
      '    self._conn = pika.BlockingConnection(self._params)',
      'pika.exceptions.AMQPConnectionError: Connection to %SVCIP:rabbitmq%:5672 failed: [Errno 111] Connection refused',
      `[pid: 9|app: 0|req: 412/1650] 10.1.1.57 () {48 vars in 702 bytes} [${new Date(Date.parse(T.iso(-12))).toUTCString().replace(',', '').replace(' GMT', '')}] POST /pay/a8f3c9e2-6d41-4b7f-9e02-3c5d1a7b8e64 => generated 24 bytes in 3018 msecs (HTTP/1.1 500) 2 headers in 85 bytes (1 switches on core 0)`,
    ],
  },
})];
