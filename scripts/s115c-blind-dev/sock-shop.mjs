// Blind dev batch s115c: Sock Shop (session-2 system definition) with one config-error scenario,
// shipping's JAVA_OPTS given RabbitMQ credentials for a user the broker does not have.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;
const spring = (T, min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const OLD_OPTS = '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false';
const NEW_OPTS = `${OLD_OPTS} -Dspring.rabbitmq.username=shipping -Dspring.rabbitmq.password=Sh1pp1ng-2026`;
const shippingC = (opts) => ({ shipping: { env: [{ name: 'ZIPKIN', value: 'zipkin.jaeger.svc.cluster.local' }, { name: 'JAVA_OPTS', value: opts }] } });
const T = clock('2026-05-06T15:40:00Z');
const rmq = (min) => {
  const d = new Date(Date.parse('2026-05-06T15:40:00Z') + min * 60000);
  const M = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}-${M}-${d.getUTCFullYear()}::${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
};
const trace = [
  'org.springframework.amqp.AmqpAuthenticationException: com.rabbitmq.client.AuthenticationFailureException: ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. For details see the broker logfile.',
  '\tat org.springframework.amqp.rabbit.support.RabbitExceptionTranslator.convertRabbitAccessException(RabbitExceptionTranslator.java:65) ~[spring-rabbit-1.6.1.RELEASE.jar!/:na]',
  '\tat org.springframework.amqp.rabbit.connection.AbstractConnectionFactory.createBareConnection(AbstractConnectionFactory.java:309) ~[spring-rabbit-1.6.1.RELEASE.jar!/:na]',
  '\tat org.springframework.amqp.rabbit.connection.CachingConnectionFactory.createConnection(CachingConnectionFactory.java:547) ~[spring-rabbit-1.6.1.RELEASE.jar!/:na]',
  '\tat org.springframework.amqp.rabbit.core.RabbitTemplate.doExecute(RabbitTemplate.java:1414) ~[spring-rabbit-1.6.1.RELEASE.jar!/:na]',
  '\tat org.springframework.amqp.rabbit.core.RabbitTemplate.execute(RabbitTemplate.java:1395) ~[spring-rabbit-1.6.1.RELEASE.jar!/:na]',
  '\tat org.springframework.amqp.rabbit.core.RabbitTemplate.convertAndSend(RabbitTemplate.java:500) ~[spring-rabbit-1.6.1.RELEASE.jar!/:na]',
  '\tat works.weave.socks.shipping.controllers.ShippingController.postShipping(ShippingController.java:45) ~[classes!/:na]',
  'Caused by: com.rabbitmq.client.AuthenticationFailureException: ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. For details see the broker logfile.',
  '\tat com.rabbitmq.client.impl.AMQConnection.start(AMQConnection.java:339) ~[amqp-client-3.6.2.jar!/:na]',
  '\tat com.rabbitmq.client.ConnectionFactory.newConnection(ConnectionFactory.java:813) ~[amqp-client-3.6.2.jar!/:na]',
  '\t... 58 common frames omitted',
];
const shipLogs = [];
for (const m of [-21, -17.5, -12, -8.2, -3.6]) {
  shipLogs.push(`Adding shipment to queue...`);
  shipLogs.push(spring(T, m, 'ERROR', 'shipping', 'http-nio-80-exec-' + (Math.abs(Math.round(m)) % 10 + 1), 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.amqp.AmqpAuthenticationException: com.rabbitmq.client.AuthenticationFailureException: ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. For details see the broker logfile.] with root cause'));
  shipLogs.push(...trace.slice(8));
}
export const scenarios = [
  {
    folder: 's115c-shipping-rabbitmq-user-not-created',
    incidentTime: '2026-05-06T15:40:00Z',
    description: 'checkout broken on sock shop — orders fail with 500 for ~20 mins. payments team says payment svc is fine',
    expected: { component: 'shipping', cause: 'config-error' },
    difficulty: 'medium',
    traits: ['pods-ready', 'bad-credentials', 'louder-dependents', 'rollout-regression', 'time-expression', 'team-name'],
    grounding: `
      Sock Shop complete-demo.yaml: shipping (Spring Boot, spring-rabbit) publishes each shipment to the RabbitMQ Service
      rabbitmq:5672 with Spring's defaults (guest/guest, allowed because rabbitmq:3.6.8 of that manifest still permits guest
      from other hosts in its image config); the AMQP connection is opened lazily on the first POST /shipping. A
      "credentials hardening" change appended -Dspring.rabbitmq.username=shipping -Dspring.rabbitmq.password=... to shipping's
      JAVA_OPTS (new ReplicaSet at 15:18) but the user was never created on the broker: shipping starts and stays Ready,
      every POST /shipping is a 500 (AmqpAuthenticationException / ACCESS_REFUSED), RabbitMQ logs "PLAIN login refused: user
      'shipping' - invalid credentials", orders logs the 500 from http://shipping/shipping and answers 500 itself, so orders
      is the loudest. The ReplicaSets differ only in JAVA_OPTS. Deviation from upstream: the appended JAVA_OPTS flags.
    `,
    workloads: {
      shipping: { rollout: { at: -22, oldContainers: shippingC(OLD_OPTS) }, containers: shippingC(NEW_OPTS) },
    },
    events: [
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shipping-%NEW% to 1', first: -22 },
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled down replica set shipping-%OLD% to 0 from 1', first: -20.5 },
      { on: 'pod:shipping#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: -21.9 },
      { on: 'pod:shipping#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/shipping:0.4.8" already present on machine', first: -21.8, fieldPath: 'spec.containers{shipping}' },
      { on: 'pod:shipping#0', reason: 'Created', message: 'Created container shipping', first: -21.8, fieldPath: 'spec.containers{shipping}' },
      { on: 'pod:shipping#0', reason: 'Started', message: 'Started container shipping', first: -21.7, fieldPath: 'spec.containers{shipping}' },
    ],
    logs: {
      'shipping#0/shipping': [
        spring(T, -21.4, 'INFO', 'shipping', 'main', 'works.weave.socks.shipping.ShippingServiceApplication', 'Starting ShippingServiceApplication v0.4.8 on %POD% with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)'),
        spring(T, -20.6, 'INFO', 'shipping', 'main', 'o.s.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat started on port(s): 80 (http)'),
        spring(T, -20.6, 'INFO', 'shipping', 'main', 'works.weave.socks.shipping.ShippingServiceApplication', 'Started ShippingServiceApplication in 47.112 seconds (JVM running for 49.803)'),
        ...shipLogs,
      ],
      'rabbitmq#0/rabbitmq': [-21, -17.5, -12, -8.2, -3.6].flatMap((m, i) => [
        `=INFO REPORT==== ${rmq(m)} ===`, `accepting AMQP connection <0.${2291 + i * 17}.0> (%IPOF:shipping#0%:${41200 + i * 311} -> %PODIP%:5672)`, '',
        `=ERROR REPORT==== ${rmq(m)} ===`, `Error on AMQP connection <0.${2291 + i * 17}.0> (%IPOF:shipping#0%:${41200 + i * 311} -> %PODIP%:5672, state: starting):`, "PLAIN login refused: user 'shipping' - invalid credentials", '',
      ]),
      'orders#0/orders': [-21, -17.5, -12, -8.2, -3.6].flatMap((m) => [
        spring(T, m - 0.02, 'INFO', 'orders', 'http-nio-80-exec-4', 'w.w.s.o.controllers.OrdersController', 'Starting calls'),
        spring(T, m - 0.01, 'INFO', 'orders', 'http-nio-80-exec-4', 'w.w.s.o.controllers.OrdersController', 'End of calls.'),
        spring(T, m - 0.01, 'INFO', 'orders', 'http-nio-80-exec-4', 'w.w.s.o.controllers.OrdersController', 'Received payment response: PaymentResponse{authorised=true, message=Payment authorised}'),
        spring(T, m + 0.01, 'ERROR', 'orders', 'http-nio-80-exec-4', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.web.client.HttpServerErrorException: 500 null] with root cause'),
        'org.springframework.web.client.HttpServerErrorException: 500 null',
        '\tat org.springframework.web.client.DefaultResponseErrorHandler.handleError(DefaultResponseErrorHandler.java:94) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
        '\tat org.springframework.web.client.RestTemplate.handleResponse(RestTemplate.java:667) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
        '\tat works.weave.socks.orders.services.AsyncGetService.postResource(AsyncGetService.java:67) ~[classes!/:na]',
      ]),
      'payment#0/payment': [-21, -17.5, -12, -8.2, -3.6].map((m) => `ts=${T.isoMs(m - 0.01)} caller=logging.go:23 method=Authorise result=true took=4.113µs`),
    },
  },
];
