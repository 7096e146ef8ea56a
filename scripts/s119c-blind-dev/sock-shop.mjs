// Blind dev batch s119c: Sock Shop scenario (spec for scripts/s2-scenario-kit.mjs).
// shipping release turns on AMQP TLS against the plaintext rabbitmq 3.6.8 listener.
import { clock } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/sock-shop.mjs';

const T = clock('2025-03-12T10:40:00Z');
const OLD = '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false';
const NEW = `${OLD} -Dspring.rabbitmq.ssl.enabled=true`;
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const shipEnv = (opts) => [{ name: 'ZIPKIN', value: 'zipkin.jaeger.svc.cluster.local' }, { name: 'JAVA_OPTS', value: opts }];

export const scenarios = [
  {
    folder: 's119c-shipping-amqp-tls-plaintext',
    incidentTime: '2025-03-12T10:40:00Z',
    description: 'checkout broken since ~10:15, orders returns 500 on place order. shiping pods look fine, nothing restarting',
    expected: { component: 'shipping', cause: 'config-error' },
    alsoAcceptable: [{ component: 'shipping', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'tls-misconfig', 'typo', 'time-expression', 'decoy'],
    workloads: {
      shipping: { rollout: { at: -27, oldContainers: { shipping: { env: shipEnv(OLD) } } }, containers: { shipping: { env: shipEnv(NEW) } } },
    },
    events: [
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shipping-%NEW% to 1', first: -27 },
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled down replica set shipping-%OLD% to 0 from 1', first: -26 },
    ],
    logs: {
      'shipping#0/shipping': [
        spring(-26.2, 'INFO', 'shipping', 'main', 'works.weave.socks.shipping.ShippingServiceApplication', 'Started ShippingServiceApplication in 21.904 seconds (JVM running for 23.118)'),
        spring(-25.0, 'INFO', 'shipping', 'nio-80-exec-1', 'o.s.web.servlet.DispatcherServlet', "FrameworkServlet 'dispatcherServlet': initialization completed in 41 ms"),
        spring(-24.6, 'INFO', 'shipping', 'nio-80-exec-1', 'o.s.a.r.c.CachingConnectionFactory', 'Created new connection: rabbitConnectionFactory#6d1a2b9c:0/SimpleConnection@5f3e8a12 [delegate=amqp://guest@10.100.0.1:5672/, localPort= 41822]'),
        spring(-24.5, 'ERROR', 'shipping', 'nio-80-exec-1', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.amqp.AmqpIOException: javax.net.ssl.SSLException: Unrecognized SSL message, plaintext connection?] with root cause',
        ),
        'javax.net.ssl.SSLException: Unrecognized SSL message, plaintext connection?',
        '\tat sun.security.ssl.InputRecord.handleUnknownRecord(InputRecord.java:710)',
        '\tat sun.security.ssl.InputRecord.read(InputRecord.java:527)',
        '\tat sun.security.ssl.SSLSocketImpl.readRecord(SSLSocketImpl.java:973)',
        '\tat com.rabbitmq.client.impl.SocketFrameHandlerFactory.create(SocketFrameHandlerFactory.java:50)',
        '\tat org.springframework.amqp.rabbit.connection.CachingConnectionFactory.createConnection(CachingConnectionFactory.java:484)',
        '\tat works.weave.socks.shipping.controllers.ShippingController.postShipping(ShippingController.java:39)',
        spring(-12.1, 'ERROR', 'shipping', 'nio-80-exec-7', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.amqp.AmqpIOException: javax.net.ssl.SSLException: Unrecognized SSL message, plaintext connection?] with root cause'),
        'javax.net.ssl.SSLException: Unrecognized SSL message, plaintext connection?',
        '\tat sun.security.ssl.InputRecord.handleUnknownRecord(InputRecord.java:710)',
        spring(-1.3, 'ERROR', 'shipping', 'nio-80-exec-2', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.amqp.AmqpIOException: javax.net.ssl.SSLException: Unrecognized SSL message, plaintext connection?] with root cause'),
        'javax.net.ssl.SSLException: Unrecognized SSL message, plaintext connection?',
      ],
      'orders#0/orders': [
        spring(-40, 'INFO', 'orders', 'nio-80-exec-3', 'w.w.s.o.controllers.OrdersController', 'Received shipment task id: 5c0a7e...'),
        spring(-24.5, 'ERROR', 'orders', 'nio-80-exec-5', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.HttpServerErrorException: 500 null] with root cause'),
        'org.springframework.web.client.HttpServerErrorException: 500 null',
        '\tat org.springframework.web.client.DefaultResponseErrorHandler.handleError(DefaultResponseErrorHandler.java:94)',
        '\tat works.weave.socks.orders.services.AsyncGetService.postResource(AsyncGetService.java:67)',
        spring(-1.3, 'ERROR', 'orders', 'nio-80-exec-9', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.HttpServerErrorException: 500 null] with root cause'),
        'org.springframework.web.client.HttpServerErrorException: 500 null',
      ],
      'rabbitmq#0/rabbitmq': [
        '=INFO REPORT==== 12-Mar-2025::10:15:31 ===',
        'accepting AMQP connection <0.2814.0> (10.0.2.77:41822 -> 10.0.1.40:5672)',
        '',
        '=ERROR REPORT==== 12-Mar-2025::10:15:41 ===',
        'closing AMQP connection <0.2814.0> (10.0.2.77:41822 -> 10.0.1.40:5672):',
        '{bad_header,<<22,3,3,0,198,1,0,0>>}',
        '',
        '=ERROR REPORT==== 12-Mar-2025::10:38:41 ===',
        'closing AMQP connection <0.3307.0> (10.0.2.77:42190 -> 10.0.1.40:5672):',
        '{bad_header,<<22,3,3,0,198,1,0,0>>}',
      ],
      'queue-master#0/queue-master': [
        spring(-600, 'INFO', 'queue-master', 'main', 'works.weave.socks.queuemaster.QueueMasterApplication', 'Started QueueMasterApplication in 19.2 seconds (JVM running for 20.7)'),
      ],
    },
    grounding: `
      Upstream complete-demo.yaml: shipping publishes each shipment to rabbitmq:5672 (plain AMQP, no TLS listener on
      rabbitmq:3.6.8-management) through Spring AMQP; orders POSTs to shipping and returns 500 when shipping fails.
      Fault: the shipping release at -27 min adds -Dspring.rabbitmq.ssl.enabled=true to JAVA_OPTS (Spring Boot's
      RabbitProperties.ssl.enabled); the client sends a TLS ClientHello (0x16 0x03 0x03) to the plaintext listener,
      RabbitMQ logs bad_header and Java reports "Unrecognized SSL message, plaintext connection?". Shipping stays Ready
      (its health does not touch rabbitmq). Orders is louder. Deviation: rabbitmq log addresses are illustrative.`,
  },
];
