// Batch s61b (blind dev): one Sock Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// Fault: an in-house shipping release publishes to an exchange nobody declares; orders succeed, nothing reaches queue-master.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;

const INC = '2026-06-03T16:48:00Z';
const T = clock(INC);
const range = (from, to, step) => { const out = []; for (let m = from; m < to; m += step) out.push(Math.round(m * 1000) / 1000); return out; };
const NEW_IMG = '318467203915.dkr.ecr.eu-west-1.amazonaws.com/sock-shop/shipping:0.4.9';
const OLD_IMG = 'weaveworksdemos/shipping:0.4.8';
// Spring Boot 1.4 console pattern with Sleuth: date level [app,trace,span,export] pid --- [%15.15t] %-40.40logger{39} : msg
const spring = (min, level, app, thread, logger, msg) =>
  `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.slice(-15).padStart(15)}] ${logger.slice(0, 40).padEnd(40)} : ${msg}`;
const rabbitTs = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  return `${d.getUTCDate()}-${mon}-${d.getUTCFullYear()}::${T.isoMs(min).slice(11, 19)}`;
};
const ROLL = -38;
const EXCH = 'shipping.tasks';
// The rabbitmq Service's ClusterIP as the kit assigns it (the AMQP connection thread is named after it, truncated by %15.15t).
const RABBIT_IP = '10.100.123.41';

const shippingLog = [
  '',
  '  .   ____          _            __ _ _',
  " /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\",
  "( ( )\\___ | '_ | '_| | '_ \\/ _` | \\ \\ \\ \\",
  " \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )",
  "  '  |____| .__|_| |_|_| |_\\__, | / / / /",
  ' =========|_|==============|___/=/_/_/_/',
  ' :: Spring Boot ::        (v1.4.0.RELEASE)',
  '',
  spring(ROLL + 0.6, 'INFO', 'bootstrap', 'main', 'w.w.s.s.ShippingServiceApplication', 'Starting ShippingServiceApplication v0.4.9 on %POD% with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)'),
  spring(ROLL + 0.6, 'INFO', 'bootstrap', 'main', 'w.w.s.s.ShippingServiceApplication', 'No active profile set, falling back to default profiles: default'),
  spring(ROLL + 0.9, 'INFO', 'shipping', 'main', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat initialized with port(s): 80 (http)'),
  spring(ROLL + 1.2, 'INFO', 'shipping', 'main', 'o.s.j.e.a.AnnotationMBeanExporter', 'Registering beans for JMX exposure on startup'),
  spring(ROLL + 1.2, 'INFO', 'shipping', 'main', 'o.s.c.support.DefaultLifecycleProcessor', 'Starting beans in phase 2147483647'),
  spring(ROLL + 1.3, 'INFO', 'shipping', 'main', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat started on port(s): 80 (http)'),
  spring(ROLL + 1.3, 'INFO', 'shipping', 'main', 'w.w.s.s.ShippingServiceApplication', 'Started ShippingServiceApplication in 41.377 seconds (JVM running for 43.912)'),
];
const rabbitLog = [
  `=INFO REPORT==== ${rabbitTs(-60 * 24 * 9 + 0.4)} ===`,
  'Server startup complete; 6 plugins started.',
  ' * rabbitmq_management',
  ' * rabbitmq_web_dispatch',
  ' * rabbitmq_management_agent',
  ' * amqp_client',
  ' * cowboy',
  ' * cowlib',
  '',
];
const conn = (min, pid, from) => [
  `=INFO REPORT==== ${rabbitTs(min)} ===`,
  `accepting AMQP connection <0.${pid}.0> (${from} -> %PODIP%:5672)`,
  '',
  `=INFO REPORT==== ${rabbitTs(min + 0.001)} ===`,
  `connection <0.${pid}.0> (${from} -> %PODIP%:5672): user 'guest' authenticated and granted access to vhost '/'`,
  '',
];
rabbitLog.push(
  `=WARNING REPORT==== ${rabbitTs(ROLL + 1.5)} ===`,
  `closing AMQP connection <0.1187.0> (10.0.3.41:52418 -> %PODIP%:5672):`,
  'client unexpectedly closed TCP connection',
  '',
);
const shipFrom = '%IPOF:shipping#0%:43816';
let first = true;
const orders = range(ROLL + 3.1, -0.4, 2.9);
orders.forEach((m, i) => {
  if (first) { shippingLog.push(spring(m - 0.001, 'INFO', 'shipping', 'http-nio-80-exec-1', 'o.s.a.r.c.CachingConnectionFactory', `Created new connection: rabbitConnectionFactory#6a2f6f80:0/SimpleConnection@1b9c7bb2 [delegate=amqp://guest@%SVCIP:rabbitmq%:5672/, localPort= 43816]`)); rabbitLog.push(...conn(m - 0.001, 2981, shipFrom)); first = false; }
  shippingLog.push('Adding shipment to queue...');
  shippingLog.push(spring(m + 0.0005, 'ERROR', 'shipping', `AMQP Connection ${RABBIT_IP}:5672`, 'o.s.a.r.c.CachingConnectionFactory', `Channel shutdown: channel error; protocol method: #method<channel.close>(reply-code=404, reply-text=NOT_FOUND - no exchange '${EXCH}' in vhost '/', class-id=60, method-id=40)`));
  rabbitLog.push(
    `=ERROR REPORT==== ${rabbitTs(m + 0.0004)} ===`,
    `Channel error on connection <0.2981.0> (${shipFrom} -> %PODIP%:5672, vhost: '/', user: 'guest'), channel ${i + 1}:`,
    `operation basic.publish caused a channel exception not_found: "no exchange '${EXCH}' in vhost '/'"`,
    '',
  );
});

const qmLog = [
  spring(-60 * 24 * 3 + 1.1, 'INFO', 'queue-master', 'main', 'w.w.s.q.QueueMasterApplication', 'Started QueueMasterApplication in 52.604 seconds (JVM running for 55.271)'),
];
for (const m of range(-70, ROLL - 0.5, 3.3)) qmLog.push(`Received shipment task: ${(57 + Math.round(-m)).toString(16)}e1a9c2f3b0d4e5f6a7b8c9`);

const feLog = ['Using the redis based session manager', 'App now running in production mode on port 8079'];
for (const m of range(-60, -0.4, 2.9)) {
  const id = `5f${(0x3a10 + Math.round(-m * 3)).toString(16)}c2e9b1a0d7f4e8c6b5a`;
  feLog.push(`Posting Order: {"customer":"http://user/customers/57a98d98e4b00679b4a830af","address":"http://user/addresses/57a98d98e4b00679b4a830ad","card":"http://user/cards/57a98d98e4b00679b4a830ae","items":"http://carts/carts/57a98d98e4b00679b4a830af/items"}`);
  feLog.push(`Order response: {"id":"${id}","customerId":"57a98d98e4b00679b4a830af","total":${(18.49 + (Math.round(-m) % 4) * 10).toFixed(2)},"_links":{"self":{"href":"http://orders/orders/${id}"},"order":{"href":"http://orders/orders/${id}"}}}`);
}

export const scenarios = [
  {
    folder: 's61b-shipping-release-publishes-to-undeclared-exchange',
    description: 'fulfilment here - orders are going through fine on the sock shop but nothing has come off the shipping queue since ~16:10. queue master stuck again?',
    incidentTime: INC,
    expected: { component: 'shipping', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'shipping', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'team-name', 'time-expression', 'partial-name'],
    grounding: `
      Manifest and code facts (microservices-demo complete-demo.yaml at 9dff06f; microservices-demo/shipping): shipping 0.4.8
      publishes each POST /shipping with rabbitTemplate.convertAndSend("shipping-task", shipment) to the default exchange, and
      RabbitMqConfiguration declares the queue shipping-task, a topic exchange shipping-task-exchange and their binding;
      queue-master consumes shipping-task. orders calls http://shipping/shipping after payment; the front-end logs
      "Posting Order" / "Order response" (api/orders). No probes on shipping or queue-master.
      Fault: 38 minutes ago the fulfilment team rolled shipping to an in-house build 0.4.9 (ECR) that publishes to the
      exchange "shipping.tasks" with routing key shipping-task; nothing declares that exchange. An AMQP basic.publish to a
      missing exchange is not refused to the caller: the broker closes the channel with 404 NOT_FOUND (RabbitMQ behaviour,
      rabbitmq-server issues #530/#1345 and the AMQP 0-9-1 reference), Spring AMQP's CachingConnectionFactory logs "Channel
      shutdown: channel error ... reply-code=404, reply-text=NOT_FOUND - no exchange 'shipping.tasks'" and convertAndSend
      returns normally, so POST /shipping still answers 201, orders and the front-end see every order succeed, and RabbitMQ
      3.6.8 writes an ERROR REPORT per publish ("operation basic.publish caused a channel exception not_found"). queue-master
      just stops receiving tasks. The shipping pod is Running and Ready (new ReplicaSet, image changed only).
      Decoy: queue-master restarted once three days ago (OOMKilled, JVM 128m heap vs 500Mi limit), and the description blames
      it; rabbitmq's ERROR REPORT lines make the broker look at fault although it behaves as specified.
      Deviations from upstream: the shipping image (the fault: an in-house fork); nothing else.
    `,
    workloads: {
      shipping: {
        rollout: { at: ROLL, oldContainers: { shipping: { image: OLD_IMG } } },
        containers: { shipping: { image: NEW_IMG } },
      },
      'queue-master': {
        pods: [{ containers: { 'queue-master': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shipping-%NEW% to 1', first: ROLL },
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled down replica set shipping-%OLD% to 0 from 1', first: ROLL + 1.5 },
      { on: 'pod:shipping#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: ROLL + 0.5 },
      { on: 'pod:shipping#0', reason: 'Pulling', message: `Pulling image "${NEW_IMG}"`, fieldPath: 'spec.containers{shipping}', first: ROLL + 0.5 },
      { on: 'pod:shipping#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMG}" in 3.912s (3.912s including waiting). Image size: 196402117 bytes.`, fieldPath: 'spec.containers{shipping}', first: ROLL + 0.55 },
      { on: 'pod:shipping#0', reason: 'Created', message: 'Created container shipping', fieldPath: 'spec.containers{shipping}', first: ROLL + 0.55 },
      { on: 'pod:shipping#0', reason: 'Started', message: 'Started container shipping', fieldPath: 'spec.containers{shipping}', first: ROLL + 0.56 },
    ],
    logs: {
      'shipping#0/shipping': shippingLog,
      'rabbitmq#0/rabbitmq': rabbitLog,
      'queue-master#0/queue-master': qmLog,
      'front-end#0/front-end': feLog,
    },
  },
];
