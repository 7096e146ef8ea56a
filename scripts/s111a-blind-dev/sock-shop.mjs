// Blind dev batch s111a: Sock Shop spec (system part of scripts/s2-scenarios/sock-shop.mjs).
// One scenario: queue-master's Spring AMQP listener container stopped after an aborted consumer; the JVM stays up.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';
export { system };

const INC = '2026-06-02T09:47:00Z';
const T = clock(INC);
const sb = (m, lvl, thread, logger, msg) => `${T.java(m)}  ${lvl.padStart(5)} [${'queue-master'},,,] 1 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;

export const scenarios = [
  {
    folder: 's111a-queue-master-listener-aborted',
    incidentTime: INC,
    description: 'fulfilment: no shipments have gone out since roughly 9:10, shipping-task queue in rabbit just keeps growing. orders and checkout look fine, nothing is restarting',
    expected: { component: 'queue-master', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Sock Shop (microservices-demo complete-demo.yaml at 9dff06f): shipping publishes each shipment to the shipping-task
      queue on rabbitmq; queue-master (Spring Boot, Spring AMQP SimpleMessageListenerContainer) consumes it.
      Fault shape from Spring AMQP's documented behaviour: when a consumer hits a fatal error the container logs
      "Consumer thread error, thread abort." and "Stopping container from aborted consumer" and stops consuming, while the
      JVM and its HTTP port stay up (spring-amqp issues on containers stopped after an Error). Here the abort follows a
      java.lang.NoClassDefFoundError on a message class (a classpath problem hit only on that path).
      No deviation from upstream manifests. queue-master stays Running and Ready (no probes upstream), nothing restarts;
      shipping and orders log success; rabbitmq logs the consumer's channel closing. Decoy: rabbitmq-exporter's stale
      warnings, and a carts restart from last week.`,
    workloads: {},
    logs: {
      'queue-master#0/queue-master': [
        sb(-60 * 24 * 9 + 1, 'INFO', 'main', 'works.weave.socks.queuemaster.QueueMasterApplication', 'Started QueueMasterApplication in 41.284 seconds (JVM running for 44.73)'),
        sb(-40, 'INFO', 'cTaskExecutor-1', 'works.weave.socks.queuemaster.ShippingTaskHandler', 'Received shipment task: 5f3a9c2e7d1b4a0001c3e8f2'),
        sb(-37.2, 'ERROR', 'cTaskExecutor-1', 'o.s.a.r.l.SimpleMessageListenerContainer', 'Consumer thread error, thread abort.'),
        'java.lang.NoClassDefFoundError: com/spotify/docker/client/messages/ContainerConfig',
        '\tat works.weave.socks.queuemaster.DockerSpawner.spawn(DockerSpawner.java:52)',
        '\tat works.weave.socks.queuemaster.ShippingTaskHandler.handleMessage(ShippingTaskHandler.java:21)',
        '\tat org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer$AsyncMessageProcessingConsumer.run(SimpleMessageListenerContainer.java:1236)',
        '\tat java.lang.Thread.run(Thread.java:745)',
        sb(-37.2, 'ERROR', 'cTaskExecutor-1', 'o.s.a.r.l.SimpleMessageListenerContainer', 'Stopping container from aborted consumer'),
        sb(-37.1, 'INFO', 'cTaskExecutor-1', 'o.s.a.r.l.SimpleMessageListenerContainer', 'Waiting for workers to finish.'),
        sb(-37.1, 'INFO', 'cTaskExecutor-1', 'o.s.a.r.l.SimpleMessageListenerContainer', 'Successfully waited for workers to finish.'),
      ],
      'shipping#0/shipping': [
        ...[-30, -21, -12, -4].map((m, i) => `${T.java(m)}  INFO [shipping,,,] 1 --- [p-nio-80-exec-${i + 2}] works.weave.socks.shipping.controllers.ShippingController : Adding shipment to queue...`),
      ],
      'orders#0/orders': [
        ...[-30, -21, -12, -4].map((m, i) => `${T.java(m - 0.02)}  INFO [orders,,,] 1 --- [p-nio-80-exec-${i + 5}] w.w.s.o.controllers.OrdersController      : Received shipment response: Shipment{id='${['e71c', '2b9d', '90fa', '4c62'][i]}0a3e-1f7b-4c92-a6d4-3b8e5f0c1d27', name='57a98d98e4b00679b4a830b${i}'}`),
      ],
      'rabbitmq#0/rabbitmq': [
        `=INFO REPORT==== ${new Date(Date.parse(T.isoMs(-60 * 24 * 9 + 1))).toUTCString().slice(5, 16).replace(/ /g, '-')}::${T.java(-60 * 24 * 9 + 1).slice(11, 19)} ===\naccepting AMQP connection <0.512.0> (%IPOF:queue-master#0%:44120 -> %PODIP%:5672)`,
        `=WARNING REPORT==== ${new Date(Date.parse(T.isoMs(-37.1))).toUTCString().slice(5, 16).replace(/ /g, '-')}::${T.java(-37.1).slice(11, 19)} ===\nclosing AMQP connection <0.512.0> (%IPOF:queue-master#0%:44120 -> %PODIP%:5672):\nclient unexpectedly closed TCP connection`,
      ],
      'rabbitmq#0/rabbitmq-exporter': [
        `time="${T.iso(-60 * 24 * 6)}" level=warning msg="retrieving nodes failed" error="Get \\"http://127.0.0.1:15672/api/nodes\\": context deadline exceeded"`,
        `time="${T.iso(-20)}" level=info msg="Metrics updated" duration=41.337ms`,
      ],
    },
  },
];
