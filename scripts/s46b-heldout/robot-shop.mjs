// Batch s46b held-out scenario for Stan's Robot Shop (split: test), written blind against the kit and the kit system
// definition; see each scenario's grounding.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

// The rabbitmq Deployment of this shop mounts its own rabbitmq.conf from a ConfigMap (added by the platform team months ago).
export const system = {
  ...base,
  workloads: base.workloads.map((w) => w.name !== 'rabbitmq' ? w : {
    ...w,
    containers: w.containers.map((c) => ({ ...c, volumeMounts: [{ name: 'rabbitmq-config', mountPath: '/etc/rabbitmq/rabbitmq.conf', subPath: 'rabbitmq.conf' }] })),
    volumes: [{ name: 'rabbitmq-config', configMap: { name: 'rabbitmq-config', defaultMode: 420 } }],
  }),
};
export { defaultPvcs };

const INC = '2026-08-14T16:52:00Z';
const T = clock(INC);
const erl = (min, lvl, msg) => `${T.java(min)} [${lvl}] <0.9.0> ${msg}`;
const cuttlefish = (min) => [
  erl(min, 'error', 'Error generating configuration in phase transform_datatypes'),
  erl(min + 0.001, 'error', 'Error transforming datatype for: vm_memory_high_watermark.relative'),
  erl(min + 0.001, 'error', '"0.6GB" can\'t be converted to a float'),
  'Generating config file failed',
];
const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ctime = (min) => { const d = new Date(Date.parse(T.isoMs(min))); return `${DOW[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${d.getUTCDate()} ${T.java(min).slice(11, 19)} ${d.getUTCFullYear()}`; };
const uwsgi = (min, n, path, ms, code, bytes) => `[pid: 9|app: 0|req: ${n}/${n * 3 + 7}] %IPOF:web#0% () {52 vars in 1012 bytes} [${ctime(min)}] POST ${path} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${code}) 2 headers in 72 bytes (1 switches on core 0)`;
const flask = (min, lvl, msg) => `[${T.java(min).replace('.', ',')}] ${lvl} in payment: ${msg}`;
const refused = 'AMQPConnectionError: (AMQPConnectionWorkflowFailed: 1 exceptions in all; last exception - AMQPConnectorSocketConnectError: ConnectionRefusedError(111, \'Connection refused\'); first exception - None)';
const nginx = (min, path, code, bytes, rt) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  return `10.1.0.23 - - [${String(d.getUTCDate()).padStart(2, '0')}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${T.java(min).slice(11, 19)} +0000] "POST ${path} HTTP/1.1" ${code} ${bytes} "http://shop.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36" ${rt}`;
};

export const scenarios = [
  withDefaults({
    folder: 's46b-rabbitmq-bad-conf',
    description: 'robot shop: "pay now" fails with an error, nobody can complete an order',
    incidentTime: INC,
    expected: { component: 'rabbitmq', cause: 'config-error' },
    alsoAcceptable: [{ component: 'rabbitmq', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'decoy'],
    grounding: `
      Manifest facts: rabbitmq runs rabbitmq:3.7-management-alpine (5672 AMQP, 15672 management) with a 512Mi limit; payment
      (Python Flask under uWSGI, pika) publishes each paid order to it (AMQP_HOST rabbitmq) and dispatch (Go, streadway/amqp)
      consumes them; web (nginx) proxies /api/payment/ to payment:8080 (robot-shop K8s/helm at 55292e2).
      Fault: this shop mounts rabbitmq.conf from the ConfigMap rabbitmq-config. At 16:33 an engineer edited it to raise the
      memory alarm threshold and wrote vm_memory_high_watermark.relative = 0.6GB (a relative value takes a float; the absolute
      key takes a size), then deleted the rabbitmq pod to pick the change up. RabbitMQ 3.7's cuttlefish schema rejects the
      value at boot ("Error generating configuration in phase transform_datatypes ... can't be converted to a float"), the
      container exits 1 and the new pod is in CrashLoopBackOff. The expected answer is the configuration rabbitmq rejects
      (config-error on rabbitmq); crash-loop on rabbitmq is also accepted.
      Callers: payment's pika raises AMQPConnectionError (connection refused) on every /pay and uWSGI returns 500, web's nginx logs
      the 500s, dispatch keeps trying to reconnect; all louder than the broker. Decoys: a healthy catalogue rollout at 15:40,
      cart restarted once five days ago.`,
    configMaps: [{ name: 'rabbitmq-config', keys: ['rabbitmq.conf'] }],
    workloads: {
      rabbitmq: {
        pods: [{
          created: T.iso(-18.6),
          containers: { rabbitmq: cs.crashLoop({ restarts: 6, exitCode: 1, startedAt: T.iso(-3.1), finishedAt: T.iso(-3.0), container: 'rabbitmq' }) },
          readyTransition: T.iso(-18.6),
        }],
        endpointsChanged: -18.7,
      },
      catalogue: { rollout: { at: -72, revision: 5 } },
      cart: {
        pods: [{ containers: { cart: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 5), last: { exitCode: 137, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 5 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'pod:rabbitmq#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', source: 'default-scheduler', first: -18.6 },
      { on: 'pod:rabbitmq#0', reason: 'Pulled', message: 'Container image "rabbitmq:3.7-management-alpine" already present on machine', first: -18.5, last: -3.1, count: 7, fieldPath: 'spec.containers{rabbitmq}' },
      { on: 'pod:rabbitmq#0', reason: 'Created', message: 'Created container rabbitmq', first: -18.5, last: -3.1, count: 7, fieldPath: 'spec.containers{rabbitmq}' },
      { on: 'pod:rabbitmq#0', reason: 'Started', message: 'Started container rabbitmq', first: -18.5, last: -3.1, count: 7, fieldPath: 'spec.containers{rabbitmq}' },
      { on: 'pod:rabbitmq#0', reason: 'BackOff', message: 'Back-off restarting failed container rabbitmq in pod %POD%_robot-shop(%PODUID%)', type: 'Warning', first: -18.2, last: -0.4, count: 79, fieldPath: 'spec.containers{rabbitmq}' },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -72 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -71.3 },
    ],
    logs: {
      'rabbitmq#0/rabbitmq': cuttlefish(-3.05),
      'rabbitmq#0/rabbitmq/previous': cuttlefish(-5.9),
      'payment#0/payment': [
        flask(-60 * 24 * 9, 'INFO', 'Payment gateway https://www.paypal.com'),
        uwsgi(-24.2, 1811, '/pay/5e7b9c1d4a2f3b0012ab34cd', 688, 200, 52),
        flask(-17.9, 'ERROR', `Failed to publish order: ${refused}`),
        uwsgi(-17.9, 1812, '/pay/5e7b9c1d4a2f3b0012ab35ef', 41, 500, 27),
        flask(-12.3, 'ERROR', `Failed to publish order: ${refused}`),
        uwsgi(-12.3, 1813, '/pay/5e7b9c1d4a2f3b0012ab3611', 37, 500, 27),
        flask(-7.6, 'ERROR', `Failed to publish order: ${refused}`),
        uwsgi(-7.6, 1814, '/pay/5e7b9c1d4a2f3b0012ab3733', 39, 500, 27),
        flask(-2.4, 'ERROR', `Failed to publish order: ${refused}`),
        uwsgi(-2.4, 1815, '/pay/5e7b9c1d4a2f3b0012ab3855', 36, 500, 27),
      ],
      'dispatch#0/dispatch': [
        `${T.go(-60 * 24 * 9)} Connecting to amqp://guest:guest@rabbitmq:5672/`,
        `${T.go(-60 * 24 * 9)} Connected to RabbitMQ`,
        `${T.go(-18.8)} Rabbit MQ error Exception (320) Reason: "CONNECTION_FORCED - broker forced connection closure with reason 'shutdown'"`,
        ...[-18.7, -17.4, -15.1, -12.2, -9.6, -6.3, -3.4, -0.9].map((m) => `${T.go(m)} Waiting for RabbitMQ dial tcp %SVCIP:rabbitmq%:5672: connect: connection refused`),
      ],
      'web#0/web': [
        nginx(-24.2, '/api/payment/pay/5e7b9c1d4a2f3b0012ab34cd', 200, 52, '0.691'),
        nginx(-17.9, '/api/payment/pay/5e7b9c1d4a2f3b0012ab35ef', 500, 27, '0.043'),
        nginx(-12.3, '/api/payment/pay/5e7b9c1d4a2f3b0012ab3611', 500, 27, '0.039'),
        nginx(-7.6, '/api/payment/pay/5e7b9c1d4a2f3b0012ab3733', 500, 27, '0.041'),
        nginx(-2.4, '/api/payment/pay/5e7b9c1d4a2f3b0012ab3855', 500, 27, '0.038'),
      ],
      'catalogue#0/catalogue': [
        pino(T, -71.5, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -71.5, 'info', '%POD%', 'Started on port 8080'),
      ],
    },
  }),
];

/** rabbitmq-config was edited at 16:33 (the kit writes no managedFields). */
export const configMapEdits = { 's46b-rabbitmq-bad-conf': [['rabbitmq-config', 'kubectl-edit', -19.4, INC, ['rabbitmq.conf']]] };
