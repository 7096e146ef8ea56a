// Blind dev batch s113a: Sock Shop scenario (shipping pointed at RabbitMQ's management port by a JAVA_OPTS edit).
// System definition reused from scripts/s2-scenarios/sock-shop.mjs; written blind, expected cause fixed first.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';
export { system };

const T = clock('2026-05-13T09:47:00Z');
const sp = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const OLD = '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false';
const NEW = `${OLD} -Dspring.rabbitmq.port=15672`;
const ship = [
  sp(-21.5, 'INFO', 'shipping', 'main', 'works.weave.socks.shipping.ShippingServiceApplication', 'Started ShippingServiceApplication in 21.904 seconds (JVM running for 23.377)'),
];
const orders = [];
for (let m = -19; m < -0.5; m += 2.4) {
  ship.push(sp(m, 'INFO', 'shipping', 'http-nio-80-exec-4', 'w.w.s.s.controllers.ShippingController', 'Adding shipment to queue...'));
  ship.push(sp(m + 0.001, 'INFO', 'shipping', 'http-nio-80-exec-4', 'o.s.a.r.c.CachingConnectionFactory', 'Attempting to connect to: [rabbitmq:15672]'));
  ship.push(sp(m + 2.12, 'ERROR', 'shipping', 'http-nio-80-exec-4', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection timed out (Connection timed out)] with root cause'));
  ship.push('java.net.ConnectException: Connection timed out (Connection timed out)');
  ship.push('\tat java.net.PlainSocketImpl.socketConnect(Native Method)');
  ship.push('\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350)');
  ship.push('\tat java.net.Socket.connect(Socket.java:589)');
  ship.push('\tat com.rabbitmq.client.impl.FrameHandlerFactory.create(FrameHandlerFactory.java:32)');
  ship.push('\tat com.rabbitmq.client.ConnectionFactory.newConnection(ConnectionFactory.java:714)');
  ship.push('\tat org.springframework.amqp.rabbit.connection.AbstractConnectionFactory.createBareConnection(AbstractConnectionFactory.java:296)');
  orders.push(sp(m - 0.01, 'DEBUG', 'orders', 'http-nio-80-exec-7', 'w.w.s.o.controllers.OrdersController', 'Starting calls'));
  orders.push(sp(m + 2.13, 'ERROR', 'orders', 'http-nio-80-exec-7', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.HttpServerErrorException: 500 null] with root cause'));
  orders.push('org.springframework.web.client.HttpServerErrorException: 500 null');
  orders.push('\tat org.springframework.web.client.DefaultResponseErrorHandler.handleError(DefaultResponseErrorHandler.java:94)');
  orders.push('\tat org.springframework.web.client.RestTemplate.handleResponse(RestTemplate.java:667)');
  orders.push('\tat works.weave.socks.orders.services.AsyncGetService.postResource(AsyncGetService.java:73)');
}
const rabbit = [
  `=INFO REPORT==== 13-May-2026::${T.hm(-60 * 3).replace(':', ':')}:12 ===`, 'Server startup complete; 6 plugins started.',
];
for (let m = -19; m < -0.5; m += 2.4) {
  const p = new Date(Date.parse(T.iso(m)));
  const hh = String(p.getUTCHours()).padStart(2, '0'), mm = String(p.getUTCMinutes()).padStart(2, '0'), ss = String(p.getUTCSeconds()).padStart(2, '0');
  if (Math.round(m) % 3 === 0) rabbit.push('', `=WARNING REPORT==== 13-May-2026::${hh}:${mm}:${ss} ===`, 'closing AMQP connection <0.4711.0> (10.0.3.41:48122 -> 10.0.1.64:5672):', 'client unexpectedly closed TCP connection');
}
const front = [];
for (let m = -16.8; m < -0.5; m += 2.4) front.push(`Order response: {"timestamp":${Date.parse(T.iso(m))},"status":500,"error":"Internal Server Error","exception":"java.util.concurrent.ExecutionException","message":"org.springframework.web.client.HttpServerErrorException: 500 null","path":"/orders"}`, 'Error while placing order', `GET /catalogue?size=5 200 ${8 + Math.round(-m) % 7}.${Math.round(-m * 13) % 900}ms - 1.2kb`);

export const scenarios = [
  {
    folder: 's113a-shipping-rabbitmq-management-port',
    incidentTime: '2026-05-13T09:47:00Z',
    description: 'checkout on sockshop fails for everyone for ~20min, orders svc throwing 500s, catalogue and login still fine',
    expected: { component: 'shipping', cause: 'config-error' },
    alsoAcceptable: [{ component: 'shipping', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'rollout-regression', 'time-expression', 'partial-name'],
    grounding: `
      Manifest facts (microservices-demo complete-demo.yaml at 9dff06f): shipping is a Spring Boot service configured only through
      JAVA_OPTS, with spring.rabbitmq.host=rabbitmq and the AMQP default port 5672; the rabbitmq Service exposes 5672 and the
      rabbitmq container also listens on the management HTTP port 15672. orders POSTs /shipping synchronously while placing an order.
      Fault: an engineer appended -Dspring.rabbitmq.port=15672 to shipping's JAVA_OPTS (copied from a management-UI runbook) with
      kubectl edit, which rolled shipping. The rabbitmq Service publishes only 5672 and 9090, so a SYN to the ClusterIP on 15672
      matches no kube-proxy rule and is dropped: Spring AMQP's connection attempt hangs until the kernel gives up (about two
      minutes) and the RabbitMQ Java client reports java.net.ConnectException "Connection timed out". Shipping reads the value
      without rejecting it at start (the broker connection is lazy) and its /health does not check the broker, so the pod stays
      Ready; every POST /shipping is a 500 after ~2 min and orders, louder, fails every order with HttpServerErrorException 500;
      the front-end logs "Error while placing order". RabbitMQ itself is healthy (queue-master's consumer connection only).
      Deviations from upstream: the JAVA_OPTS edit (rollout revision 5; the old ReplicaSet differs only in JAVA_OPTS).`,
    workloads: {
      shipping: {
        rollout: { at: -23, revision: 5, oldContainers: { shipping: { env: [{ name: 'ZIPKIN', value: 'zipkin.jaeger.svc.cluster.local' }, { name: 'JAVA_OPTS', value: OLD }] } } },
        containers: { shipping: { env: [{ name: 'ZIPKIN', value: 'zipkin.jaeger.svc.cluster.local' }, { name: 'JAVA_OPTS', value: NEW }] } },
      },
    },
    events: [
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shipping-%NEW% to 1', first: -23 },
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled down replica set shipping-%OLD% to 0 from 1', first: -21.3 },
    ],
    logs: {
      'shipping#0/shipping': ship,
      'orders#0/orders': orders,
      'rabbitmq#0/rabbitmq': rabbit,
      'front-end#0/front-end': front,
    },
  },
];
