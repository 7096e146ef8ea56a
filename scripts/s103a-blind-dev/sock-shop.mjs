// Blind dev batch s103a, Sock Shop: one scenario (shipping release publishing to a renamed queue nobody consumes).
// System from scripts/s2-scenarios/sock-shop.mjs (system part only); built by scripts/s103a-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };
const T = clock('2025-06-11T15:20:00Z');
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const shipCont = system.workloads.find((w) => w.name === 'shipping').containers[0];
const JAVA_OPTS = shipCont.env.find((e) => e.name === 'JAVA_OPTS').value;

export const scenarios = [
  {
    folder: 's103a-shipping-release-renamed-queue',
    incidentTime: T.iso(0),
    description: 'fulfilment: no shipments have come through the warehouse queue since ~13:30, but checkout works and orders show up fine. nothing is red',
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'callers-only', 'team-name', 'time-expression'],
    expected: { component: 'shipping', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'shipping', cause: 'config-error' }],
    workloads: {
      shipping: {
        containers: { shipping: { image: 'registry.socks.example/fulfilment/shipping:0.4.9', env: [{ name: 'ZIPKIN', value: 'zipkin.jaeger.svc.cluster.local' }, { name: 'JAVA_OPTS', value: `${JAVA_OPTS} -Dshipping.queue=shipping-tasks` }] } },
        rollout: { at: -112, revision: 6, oldContainers: { shipping: { image: 'weaveworksdemos/shipping:0.4.8', env: shipCont.env } } },
      },
    },
    events: [
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shipping-%NEW% to 1', first: -112 },
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled down replica set shipping-%OLD% to 0 from 1', first: -110.5 },
      { on: 'pod:shipping#0', reason: 'Pulled', message: 'Successfully pulled image "registry.socks.example/fulfilment/shipping:0.4.9" in 4.212s (4.212s including waiting). Image size: 98311402 bytes.', first: -111.8 },
      { on: 'pod:shipping#0', reason: 'Started', message: 'Started container shipping', first: -111.6, fieldPath: 'spec.containers{shipping}' },
    ],
    logs: {
      'shipping#0/shipping': [
        spring(-111.5, 'INFO', 'bootstrap', 'main', 'o.s.c.a.AnnotationConfigApplicationContext', 'Refreshing org.springframework.context.annotation.AnnotationConfigApplicationContext@3d646c37: startup date [Wed Jun 11 13:28:30 UTC 2025]; root of context hierarchy'),
        spring(-111.0, 'INFO', 'shipping', 'main', 'works.weave.socks.shipping.ShippingServiceApplication', 'Started ShippingServiceApplication in 28.114 seconds (JVM running for 29.402)'),
        spring(-104.2, 'INFO', 'shipping', 'nio-80-exec-1', 'o.s.a.r.c.CachingConnectionFactory', 'Created new connection: SimpleConnection@5b8d3c2e [delegate=amqp://guest@%SVCIP:rabbitmq%:5672/, localPort= 46218]'),
        spring(-104.2, 'INFO', 'shipping', 'nio-80-exec-1', 'o.s.amqp.rabbit.core.RabbitAdmin', 'Auto-declaring a non-durable, auto-delete, or exclusive Queue (shipping-tasks) durable:false, auto-delete:false, exclusive:false. It will be redeclared if the broker stops and is restarted while the connection factory is alive, but all messages will be lost.'),
        'Adding shipment to queue...',
        'Adding shipment to queue...',
        'Adding shipment to queue...',
        'Adding shipment to queue...',
        'Adding shipment to queue...',
      ],
      'queue-master#0/queue-master': [
        spring(-300, 'INFO', 'queue-master', 'cTaskExecutor-1', 'works.weave.socks.queuemaster.ShippingTaskHandler', 'Received shipment task: 5f3c1d7a9e2b4c0012ab77e1'),
        spring(-190, 'INFO', 'queue-master', 'cTaskExecutor-1', 'works.weave.socks.queuemaster.ShippingTaskHandler', 'Received shipment task: 5f3c1d7a9e2b4c0012ab7803'),
        spring(-121, 'INFO', 'queue-master', 'cTaskExecutor-1', 'works.weave.socks.queuemaster.ShippingTaskHandler', 'Received shipment task: 5f3c1d7a9e2b4c0012ab7822'),
        spring(-110.8, 'WARN', 'queue-master', 'cTaskExecutor-1', 'o.s.a.r.l.SimpleMessageListenerContainer', 'Consumer raised exception, processing can restart if the connection factory supports it. Exception summary: org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused (Connection refused)'),
        spring(-110.7, 'INFO', 'queue-master', 'cTaskExecutor-1', 'o.s.a.r.l.SimpleMessageListenerContainer', 'Restarting Consumer@7c0e2abd: tags=[{amq.ctag-Yx1m0QeE3q0XvY3z7bS9Zw=shipping-task}], channel=Cached Rabbit Channel: AMQChannel(amqp://guest@%SVCIP:rabbitmq%:5672/,1), conn: Proxy@1b9ea3e3 Shared Rabbit Connection: SimpleConnection@68c1a6b1 [delegate=amqp://guest@%SVCIP:rabbitmq%:5672/, localPort= 51736], acknowledgeMode=AUTO local queue size=0'),
      ],
      'orders#0/orders': [
        spring(-60, 'INFO', 'orders', 'nio-80-exec-7', 'works.weave.socks.orders.controllers.OrdersController', 'Order response: {"timeout":1,"id":"6848f2c1a3e9b70001c4d2e0","customerId":"57a98d98e4b00679b4a830af","total":104.98,"shipment":{"id":"6848f2c1a3e9b70001c4d2e0","name":"57a98d98e4b00679b4a830af"}}'),
        spring(-12, 'INFO', 'orders', 'nio-80-exec-2', 'works.weave.socks.orders.controllers.OrdersController', 'Order response: {"timeout":1,"id":"6849070fa3e9b70001c4d2f7","customerId":"57a98d98e4b00679b4a830b2","total":37.98,"shipment":{"id":"6849070fa3e9b70001c4d2f7","name":"57a98d98e4b00679b4a830b2"}}'),
      ],
    },
    grounding: `
      microservices-demo/shipping ShippingController posts each shipment with rabbitTemplate.convertAndSend to the
      default exchange under the routing key shipping-task, and queue-master consumes queue shipping-task
      (RabbitMqConfiguration in both repos). A message published to the default exchange with a routing key that
      names no queue is dropped silently by RabbitMQ (no mandatory flag), so a release that reads its queue name
      from a new property and ships with shipping-tasks declares that new queue, returns 201 to orders and never
      reaches queue-master. Deviation from upstream: the shipping image is an internal fork build 0.4.9 adding the
      -Dshipping.queue property (the old ReplicaSet keeps weaveworksdemos/shipping:0.4.8 and the old JAVA_OPTS).
      Decoy: queue-master's consumer restart at the time rabbitmq flapped briefly during the rollout window, which
      recovered on its own.
    `,
  },
];
