// Blind held-out batch s122b: one Sock Shop scenario (split: test) on the session-2 system definition.
// Built by scripts/s122b-build.mjs with the scenario kit (scripts/s2-scenario-kit.mjs).
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;
const IT = '2026-05-13T10:58:00Z';
const T = clock(IT);
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [bootstrap,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;

export const scenarios = [
  {
    folder: 's122b-broker-service-selector-relabelled',
    incidentTime: IT,
    description: 'orders are accepted but nothing ships since about 10:40, queue master idle. fulfilment team',
    expected: { component: 'rabbitmq', cause: 'no-endpoints' },
    alsoAcceptable: [{ component: 'rabbitmq', cause: 'config-error' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'team-name', 'time-expression'],
    workloads: {
      rabbitmq: { serviceSelector: { name: 'rabbitmq', 'app.kubernetes.io/component': 'broker' }, endpointsChanged: -18 },
    },
    events: [],
    logs: {
      'shipping#0/shipping': [
        spring(-25, 'INFO', 'nio-80-exec-4', 'works.weave.socks.shipping.controllers.ShippingController', 'Adding shipment to queue...'),
        spring(-17.6, 'INFO', 'nio-80-exec-7', 'works.weave.socks.shipping.controllers.ShippingController', 'Adding shipment to queue...'),
        spring(-17.59, 'INFO', 'nio-80-exec-7', 'o.s.a.r.c.CachingConnectionFactory', 'Attempting to connect to: [rabbitmq:5672]'),
        spring(-17.58, 'ERROR', 'nio-80-exec-7', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused (Connection refused)] with root cause'),
        '',
        'java.net.ConnectException: Connection refused (Connection refused)',
        '\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_111-internal]',
        '\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350) ~[na:1.8.0_111-internal]',
        '\tat com.rabbitmq.client.impl.FrameHandlerFactory.create(FrameHandlerFactory.java:47) ~[amqp-client-3.6.3.jar!/:na]',
        '\tat org.springframework.amqp.rabbit.connection.CachingConnectionFactory.createBareConnection(CachingConnectionFactory.java:478) ~[spring-rabbit-1.6.1.RELEASE.jar!/:na]',
        '',
        spring(-4.2, 'INFO', 'nio-80-exec-2', 'works.weave.socks.shipping.controllers.ShippingController', 'Adding shipment to queue...'),
        spring(-4.19, 'INFO', 'nio-80-exec-2', 'o.s.a.r.c.CachingConnectionFactory', 'Attempting to connect to: [rabbitmq:5672]'),
        spring(-4.18, 'ERROR', 'nio-80-exec-2', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused (Connection refused)] with root cause'),
      ],
      'queue-master#0/queue-master': [
        spring(-17.8, 'WARN', 'ntContainer#0-1', 'o.s.a.r.l.SimpleMessageListenerContainer', 'Consumer raised exception, processing can restart if the connection factory supports it. Exception summary: org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused (Connection refused)'),
        spring(-17.79, 'INFO', 'ntContainer#0-1', 'o.s.a.r.l.SimpleMessageListenerContainer', 'Restarting Consumer: tags=[{}], channel=null, acknowledgeMode=AUTO local queue size=0'),
        spring(-2.1, 'WARN', 'ntContainer#0-9', 'o.s.a.r.l.SimpleMessageListenerContainer', 'Consumer raised exception, processing can restart if the connection factory supports it. Exception summary: org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused (Connection refused)'),
        spring(-2.09, 'INFO', 'ntContainer#0-9', 'o.s.a.r.l.SimpleMessageListenerContainer', 'Restarting Consumer: tags=[{}], channel=null, acknowledgeMode=AUTO local queue size=0'),
      ],
      'orders#0/orders': [
        spring(-6.3, 'INFO', 'nio-80-exec-3', 'w.w.s.o.controllers.OrdersController', 'Order created: CustomerOrder{id=\'6a3f1c9e2b7d4e0018c5a2f1\', customerId=\'57a98d98e4b00679b4a830af\'}'),
      ],
      'rabbitmq#0/rabbitmq': [
        `=INFO REPORT==== ${T.java(-18.1).slice(8, 10)}-May-2026::${T.java(-18.1).slice(11, 19)} ===`,
        'closing AMQP connection <0.1432.0> (10.0.2.77:41822 -> 10.0.1.160:5672)',
        '',
        `=INFO REPORT==== ${T.java(-18.1).slice(8, 10)}-May-2026::${T.java(-18.1).slice(11, 19)} ===`,
        'closing AMQP connection <0.1460.0> (10.0.3.41:52108 -> 10.0.1.160:5672)',
      ],
    },
    grounding: `Sock Shop complete-demo.yaml at 9dff06f: shipping publishes to and queue-master consumes from rabbitmq:5672 (Spring AMQP);
      the rabbitmq Service selects name: rabbitmq. Fault: the Service was re-applied from a relabelling change with selector
      {name: rabbitmq, app.kubernetes.io/component: broker}, a label the rabbitmq pod does not carry, so the Endpoints
      lost every address about 18 minutes ago; the broker pod stays Running/Ready and only logs the old connections closing.
      Callers get Connection refused (kube-proxy rejects a ClusterIP without endpoints). Deviation: the extra selector label;
      the broker's log lines and the client IPs in them are illustrative.`,
  },
];
