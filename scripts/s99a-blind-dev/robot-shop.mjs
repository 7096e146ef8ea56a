// Blind dev batch s99a: one Robot Shop scenario (rabbitmq.conf with disk_free_limit.absolute above the node's free disk: publishers blocked).
// Kit system scripts/kit-systems/robot-shop.mjs with its withDefaults and default PVCs; written blind.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, defaultPvcs } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const T = clock('2026-05-15T09:48:00Z');
const rb = (min, lvl, pid, msg) => `${T.java(min)} [${lvl}] <0.${pid}.0> ${msg}`;
const base = system.workloads.find((w) => w.name === 'rabbitmq');
const confMount = [{ name: 'rabbitmq-config', mountPath: '/etc/rabbitmq/rabbitmq.conf', subPath: 'rabbitmq.conf' }];
export const scenarios = [
  withDefaults({
    folder: 's99a-rabbitmq-disk-free-limit-blocks',
    incidentTime: '2026-05-15T09:48:00Z',
    description: 'payments hanging at checkout since the platform change this morning (~9:15), spinner then gateway timeout. cart + login fine',
    expected: { component: 'rabbitmq', cause: 'config-error' },
    alsoAcceptable: [{ component: 'rabbitmq', cause: 'dependency-down' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression'],
    grounding: `
      rabbitmq (rabbitmq:3.7-management-alpine Deployment, instana/robot-shop K8s/helm at 55292e2) was rolled at 09:14 to mount a
      rabbitmq.conf ConfigMap copied from the RabbitMQ production checklist with "disk_free_limit.absolute = 20GB" (deviation:
      upstream mounts no config). Its data dir sits on the node's 20 GiB root volume with ~11 GB free, so the disk alarm is raised at
      boot and never clears: the broker blocks every publishing connection (connection.blocked) while consumers keep working.
      payment's pika BlockingConnection.basic_publish waits forever after the card is charged, web's nginx logs "upstream timed out"
      504s for /api/payment/pay; dispatch idles. Pod Ready, no restart. Pattern: RabbitMQ docs "Free Disk Space Alarms" ("publishers
      will be blocked") and rabbitmq-users threads on a disk_free_limit larger than the disk.`,
    configMaps: [{ name: 'rabbitmq-config', keys: ['rabbitmq.conf'] }],
    workloads: {
      rabbitmq: {
        rollout: { at: -34, oldPatch: { volumes: undefined }, oldContainers: { rabbitmq: { volumeMounts: undefined } } },
        patch: { volumes: [{ name: 'rabbitmq-config', configMap: { name: 'rabbitmq-config', defaultMode: 420 } }] },
        containers: { rabbitmq: { volumeMounts: confMount } },
      },
    },
    events: [
      { on: 'deploy:rabbitmq', reason: 'ScalingReplicaSet', message: 'Scaled up replica set rabbitmq-%NEW% to 1', first: -34 },
      { on: 'deploy:rabbitmq', reason: 'ScalingReplicaSet', message: 'Scaled down replica set rabbitmq-%OLD% to 0 from 1', first: -33.5 },
    ],
    logs: {
      'rabbitmq#0/rabbitmq': [
        rb(-33.4, 'info', 8, 'Feature flags: list of feature flags found:'),
        rb(-33.3, 'info', 229, 'Starting RabbitMQ 3.7.28 on Erlang 22.3.4.12'),
        rb(-33.3, 'info', 229, ' node           : rabbit@%POD%\n home dir       : /var/lib/rabbitmq\n config file(s) : /etc/rabbitmq/rabbitmq.conf\n database dir   : /var/lib/rabbitmq/mnesia/rabbit@%POD%'),
        rb(-33.2, 'info', 264, 'Memory high watermark set to 3085 MiB (3235302195 bytes) of 7712 MiB (8088255488 bytes) total'),
        rb(-33.2, 'info', 266, 'Enabling free disk space monitoring'),
        rb(-33.2, 'info', 266, 'Disk free limit set to 20000MB'),
        rb(-33.1, 'info', 266, 'Free disk space is insufficient. Free bytes: 11483926528. Limit: 20000000000'),
        rb(-33.1, 'warning', 262, 'disk resource limit alarm set on node \'rabbit@%POD%\'.\n\n**********************************************************\n*** Publishers will be blocked until this alarm clears ***\n**********************************************************'),
        rb(-32.9, 'info', 229, 'Server startup complete; 3 plugins started.\n * rabbitmq_management\n * rabbitmq_web_dispatch\n * rabbitmq_management_agent'),
        rb(-32.5, 'info', 612, 'accepting AMQP connection <0.612.0> (%IPOF:payment#0%:40218 -> %PODIP%:5672)'),
        rb(-32.5, 'info', 612, 'connection <0.612.0> (%IPOF:payment#0%:40218 -> %PODIP%:5672): user \'guest\' authenticated and granted access to vhost \'/\''),
        rb(-30.1, 'info', 655, 'accepting AMQP connection <0.655.0> (%IPOF:dispatch#0%:51730 -> %PODIP%:5672)'),
        rb(-30.1, 'info', 655, 'connection <0.655.0> (%IPOF:dispatch#0%:51730 -> %PODIP%:5672): user \'guest\' authenticated and granted access to vhost \'/\''),
      ],
      'payment#0/payment': [
        ...[-29, -22, -16, -11, -6].flatMap((m) => [
          `[${T.java(m).replace(' ', ' ').slice(0, 19)}] INFO in payment: Payment request for user 64c7f2 cart total 42.00`,
          `[${T.java(m).slice(0, 19)}] INFO in payment: paypal returned code 200`,
          `[${T.java(m).slice(0, 19)}] INFO in rabbitmq: publishing order to exchange robot-shop`,
        ]),
        `[${T.java(-40).slice(0, 19)}] WARNING in rabbitmq: Connection closed: (320, "CONNECTION_FORCED - broker forced connection closure with reason 'shutdown'")`,
      ],
      'web#0/web': [
        ...[-28, -21, -15, -10, -5].map((m) => `${T.go(m)} [error] 22#22: *${Math.round(9000 - m * 13)} upstream timed out (110: Operation timed out) while reading response header from upstream, client: 10.1.2.10, server: localhost, request: "POST /api/payment/pay/64c7f2 HTTP/1.1", upstream: "http://%SVCIP:payment%:8080/pay/64c7f2", host: "shop.robot.example.com"`),
        `10.1.2.10 - - [15/May/2026:09:46:12 +0000] "GET /api/cart/cart/64c7f2 HTTP/1.1" 200 412 "-" "Mozilla/5.0"`,
      ],
      'dispatch#0/dispatch': [
        `${T.go(-32)} Connected to rabbitmq`,
        `${T.go(-32)} Waiting for messages`,
      ],
    },
  }),
];
