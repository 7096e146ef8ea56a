// Blind dev batch s105c: a Sock Shop scenario (system from scripts/s2-scenarios/sock-shop.mjs, the part before its scenarios).
// shipping given SPRING_RABBITMQ_VIRTUAL_HOST=/sockshop by `kubectl set env`: a vhost RabbitMQ does not have.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';
export { system };

const I = '2026-05-12T10:41:00Z';
const T = clock(I);
const spring = (min, level, pid, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} ${pid} --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const shippingEnv = (extra) => [{ name: 'ZIPKIN', value: 'zipkin.jaeger.svc.cluster.local' }, { name: 'JAVA_OPTS', value: '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false' }, ...extra];
const vhostErr = [
  'org.springframework.amqp.AmqpIOException: java.io.IOException',
  '\tat org.springframework.amqp.rabbit.support.RabbitExceptionTranslator.convertRabbitAccessException(RabbitExceptionTranslator.java:71)',
  '\tat org.springframework.amqp.rabbit.connection.AbstractConnectionFactory.createBareConnection(AbstractConnectionFactory.java:309)',
  '\tat org.springframework.amqp.rabbit.connection.CachingConnectionFactory.createConnection(CachingConnectionFactory.java:547)',
  '\tat org.springframework.amqp.rabbit.core.RabbitTemplate.doExecute(RabbitTemplate.java:1414)',
  '\tat org.springframework.amqp.rabbit.core.RabbitTemplate.execute(RabbitTemplate.java:1395)',
  '\tat org.springframework.amqp.rabbit.core.RabbitTemplate.convertAndSend(RabbitTemplate.java:770)',
  '\tat works.weave.socks.shipping.controllers.ShippingController.postShipping(ShippingController.java:46)',
  'Caused by: java.io.IOException: null',
  '\tat com.rabbitmq.client.impl.AMQChannel.wrap(AMQChannel.java:106)',
  '\tat com.rabbitmq.client.impl.AMQConnection.start(AMQConnection.java:346)',
  'Caused by: com.rabbitmq.client.ShutdownSignalException: connection error; protocol method: #method<connection.close>(reply-code=530, reply-text=NOT_ALLOWED - vhost /sockshop not found, class-id=10, method-id=40)',
  '\tat com.rabbitmq.utility.ValueOrException.getValue(ValueOrException.java:66)',
  '\tat com.rabbitmq.client.impl.AMQChannel$BlockingRpcContinuation.getReply(AMQChannel.java:378)',
  '\t... 58 common frames omitted',
];
const shipLogs = [
  spring(-23.6, 'INFO', 1, 'main', 'w.weave.socks.shipping.ShippingServiceApplication', 'Starting ShippingServiceApplication v0.4.8 on %POD% with PID 1 (/usr/src/app/app.jar started by myuser in /usr/src/app)'),
  spring(-23.0, 'INFO', 1, 'main', 'o.s.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat initialized with port(s): 80 (http)'),
  spring(-22.4, 'INFO', 1, 'main', 'o.s.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat started on port(s): 80 (http)'),
  spring(-22.4, 'INFO', 1, 'main', 'w.weave.socks.shipping.ShippingServiceApplication', 'Started ShippingServiceApplication in 38.112 seconds (JVM running for 40.027)'),
];
for (const m of [-17.2, -12.8, -8.1, -3.5, -1.2]) {
  shipLogs.push(spring(m + 0.01, 'ERROR', 1, 'nio-80-exec-' + (Math.round(-m) % 9 + 1), 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.amqp.AmqpIOException: java.io.IOException] with root cause'));
  shipLogs.push('', ...vhostErr.slice(11), '');
  shipLogs.push(...vhostErr.slice(0, 8));
}
const ordersLogs = [spring(-60, 'INFO', 7, 'main', 'w.w.s.o.OrderServiceApplication', 'Started OrderServiceApplication in 44.301 seconds (JVM running for 46.92)')];
for (const m of [-17.1, -12.7, -8.0, -3.4, -1.1]) {
  ordersLogs.push(spring(m - 0.05, 'INFO', 7, 'nio-80-exec-' + (Math.round(-m) % 7 + 2), 'w.w.s.o.controllers.OrdersController', 'Sending payment request: PaymentRequest{address=Address{id=\'null\', number=\'246\', street=\'Whitelees Road\', city=\'Glasgow\', postcode=\'G67 3DL\', country=\'United Kingdom\'}, card=Card{id=\'null\', longNum=\'5953580604169678\', expires=\'08/19\', ccv=\'678\'}, customer=Customer{id=\'null\', firstName=\'User\', lastName=\'Name\', username=\'user\', addresses=[], cards=[]}, amount=104.98}'));
  ordersLogs.push(spring(m - 0.03, 'INFO', 7, 'nio-80-exec-' + (Math.round(-m) % 7 + 2), 'w.w.s.o.controllers.OrdersController', 'Received payment response: PaymentResponse{authorised=true, message=Payment authorised}'));
  ordersLogs.push(spring(m + 0.02, 'ERROR', 7, 'nio-80-exec-' + (Math.round(-m) % 7 + 2), 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.lang.IllegalStateException: Unable to create order due to timeout from one of the services.] with root cause'));
  ordersLogs.push('org.springframework.web.client.HttpServerErrorException: 500 null', '\tat org.springframework.web.client.DefaultResponseErrorHandler.handleError(DefaultResponseErrorHandler.java:94)', '\tat org.springframework.web.client.RestTemplate.handleResponse(RestTemplate.java:667)', '\tat works.weave.socks.orders.services.AsyncGetService.postResource(AsyncGetService.java:65)');
}
const rabbitLogs = [
  `=INFO REPORT==== ${'03-May-2026::10:12:07'} ===`, 'Server startup complete; 0 plugins started.', '',
  '=INFO REPORT==== 03-May-2026::10:13:41 ===', 'accepting AMQP connection <0.612.0> (10.0.3.117:40212 -> 10.0.1.208:5672)', '',
  '=INFO REPORT==== 03-May-2026::10:13:41 ===', 'connection <0.612.0> (10.0.3.117:40212 -> 10.0.1.208:5672): user \'guest\' authenticated and granted access to vhost \'/\'', '',
];
for (const [hh, mm] of [['10', '23:48'], ['10', '28:12'], ['10', '32:54'], ['10', '37:29'], ['10', '39:48']]) {
  rabbitLogs.push(`=INFO REPORT==== 12-May-2026::${hh}:${mm} ===`, `accepting AMQP connection <0.${1400 + Number(mm.slice(0, 2))}.0> (%IPOF:shipping#0%:4${mm.replace(':', '')} -> %PODIP%:5672)`, '');
  rabbitLogs.push(`=ERROR REPORT==== 12-May-2026::${hh}:${mm} ===`, `Error on AMQP connection <0.${1400 + Number(mm.slice(0, 2))}.0> (%IPOF:shipping#0%:4${mm.replace(':', '')} -> %PODIP%:5672, user: 'guest', state: opening):`, 'vhost /sockshop not found', '');
}
const qmLogs = [spring(-60 * 24 * 9 + 0.8, 'INFO', 1, 'main', 'w.w.s.q.QueueMasterApplication', 'Started QueueMasterApplication in 41.806 seconds (JVM running for 43.551)'), spring(-60 * 24 * 9 + 0.9, 'INFO', 1, 'cTaskExecutor-1', 'o.s.a.r.c.CachingConnectionFactory', 'Created new connection: SimpleConnection@6c3708b3 [delegate=amqp://guest@%SVCIP:rabbitmq%:5672/, localPort= 46114]')];

export const scenarios = [{
  folder: 's105c-shipping-rabbitmq-vhost-missing',
  description: 'checkout broken since ~10:20, orders svc throwing 500s. payments team says card auth is fine on their side',
  incidentTime: I,
  expected: { component: 'shipping', cause: 'config-error' },
  alsoAcceptable: [{ component: 'shipping', cause: 'bad-deploy-rollout' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'louder-dependents', 'time-expression', 'team-name', 'decoy'],
  workloads: {
    shipping: {
      rollout: { at: -24, revision: 5, oldContainers: { shipping: { env: shippingEnv([]) } } },
      containers: { shipping: { env: shippingEnv([{ name: 'SPRING_RABBITMQ_VIRTUAL_HOST', value: '/sockshop' }]) } },
    },
    carts: { pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }] },
  },
  events: [
    { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shipping-%NEW% to 1', first: -24, last: -24 },
    { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled down replica set shipping-%OLD% to 0 from 1', first: -22.3, last: -22.3 },
    { on: 'pod:shipping#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: -23.9 },
    { on: 'pod:shipping#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/shipping:0.4.8" already present on machine', fieldPath: 'spec.containers{shipping}', first: -23.8 },
    { on: 'pod:shipping#0', reason: 'Created', message: 'Created container shipping', fieldPath: 'spec.containers{shipping}', first: -23.8 },
    { on: 'pod:shipping#0', reason: 'Started', message: 'Started container shipping', fieldPath: 'spec.containers{shipping}', first: -23.7 },
  ],
  logs: {
    'shipping#0/shipping': shipLogs,
    'orders#0/orders': ordersLogs,
    'rabbitmq#0/rabbitmq': rabbitLogs,
    'queue-master#0/queue-master': qmLogs,
  },
  grounding: `
    Manifest facts (complete-demo.yaml at 9dff06f): shipping is Spring Boot 1.4 with spring-amqp and publishes each shipment to the rabbitmq Service (user guest, vhost "/"); orders POSTs /shipping after payment and fails the order on a 5xx; queue-master consumes the same queue.
    Fault: someone ran kubectl set env deployment/shipping SPRING_RABBITMQ_VIRTUAL_HOST=/sockshop (rollout at -24 min, only that env var differs between the two ReplicaSets). Spring Boot binds it to spring.rabbitmq.virtual-host and connects lazily, so shipping starts and stays Ready (no probe upstream); every publish fails with the broker's connection.close 530 NOT_ALLOWED "vhost /sockshop not found", as in public RabbitMQ/Spring AMQP reports of a vhost that was never created.
    Loudest is orders (500 for every checkout); payment authorises fine. Decoy: carts OOMKilled three days ago, restarted once. queue-master stays connected to vhost "/" and is quiet.
    Deviations: log timestamps and stack frame line numbers are illustrative; only shipping, orders, rabbitmq and queue-master logs are kept.`,
}];
