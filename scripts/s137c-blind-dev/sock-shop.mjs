// Blind dev batch s137c: Sock Shop scenarios (system from scripts/s2-scenarios/sock-shop.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;
const sp = (T, min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const OLD_OPTS = '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false';

// ---------------------------------------------------------------------------------------------------------------
// B: carts JAVA_OPTS gains -XX:MaxMetaspaceSize=48m -> OutOfMemoryError: Metaspace during Spring context start.
const TB = clock('2026-03-19T10:58:00Z');
const cartsPrev = [
  '',
  '  .   ____          _            __ _ _',
  ' /\\\\ / ___\'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\',
  '( ( )\\___ | \'_ | \'_| | \'_ \\/ _` | \\ \\ \\ \\',
  ' \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )',
  '  \'  |____| .__|_| |_|_| |_\\__, | / / / /',
  ' =========|_|==============|___/=/_/_/_/',
  ' :: Spring Boot ::        (v1.4.0.RELEASE)',
  '',
  sp(TB, -3.3, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Starting CartApplication v0.4.8 on %POD% with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)'),
  sp(TB, -3.3, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'No active profile set, falling back to default profiles: default'),
  sp(TB, -3.2, 'INFO', 'carts', 'main', 'ationConfigEmbeddedWebApplicationContext', 'Refreshing org.springframework.boot.context.embedded.AnnotationConfigEmbeddedWebApplicationContext@6d06d69c: startup date [Thu Mar 19 10:54:48 GMT 2026]; root of context hierarchy'),
  sp(TB, -3.0, 'INFO', 'carts', 'main', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat initialized with port(s): 80 (http)'),
  sp(TB, -2.9, 'WARN', 'carts', 'main', 'ationConfigEmbeddedWebApplicationContext', 'Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.BeanCreationException: Error creating bean with name \'cartRepository\': Invocation of init method failed; nested exception is java.lang.OutOfMemoryError: Metaspace'),
  sp(TB, -2.9, 'ERROR', 'carts', 'main', 'o.s.boot.SpringApplication', 'Application startup failed'),
  '',
  'org.springframework.beans.factory.BeanCreationException: Error creating bean with name \'cartRepository\': Invocation of init method failed; nested exception is java.lang.OutOfMemoryError: Metaspace',
  '\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1583)',
  '\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.doCreateBean(AbstractAutowireCapableBeanFactory.java:545)',
  '\tat org.springframework.context.support.AbstractApplicationContext.refresh(AbstractApplicationContext.java:535)',
  '\tat org.springframework.boot.SpringApplication.run(SpringApplication.java:303)',
  '\tat works.weave.socks.cart.CartApplication.main(CartApplication.java:12)',
  'Caused by: java.lang.OutOfMemoryError: Metaspace',
  '\tat java.lang.ClassLoader.defineClass1(Native Method)',
  '\tat java.lang.ClassLoader.defineClass(ClassLoader.java:763)',
  '\tat org.springframework.boot.loader.LaunchedURLClassLoader.loadClass(LaunchedURLClassLoader.java:94)',
  '\tat org.springframework.data.mongodb.repository.support.MongoRepositoryFactory.getTargetRepository(MongoRepositoryFactory.java:84)',
  '\t... 21 common frames omitted',
  '',
];
const cartsOld = [-40, -32, -25, -18, -11, -6, -2].map((m) => sp(TB, m, 'DEBUG', 'carts', 'p-nio-80-exec-' + (1 + (Math.abs(m) % 9)), 'w.w.s.cart.controllers.ItemsController', 'Adding item to cart: Item{id=\'null\', itemId=\'3395a43e-2d88-40de-b95f-e00e1502085b\', quantity=1, unitPrice=18.0}'));
const scenarioB = {
  folder: 's137c-carts-maxmetaspace-too-small',
  incidentTime: '2026-03-19T10:58:00Z',
  description: 'sock-shop carts deploy never finishes, pipeline red for ~25 min. new pod just restarts over and over. didnt touch code, only the jvm tuning PR',
  expected: { component: 'carts', cause: 'config-error' },
  alsoAcceptable: [{ component: 'carts', cause: 'crash-loop' }, { component: 'carts', cause: 'bad-deploy-rollout' }],
  difficulty: 'medium',
  traits: ['rollout-regression', 'time-expression', 'typo', 'decoy'],
  grounding: `
    The manifest gives carts JAVA_OPTS="${OLD_OPTS}". A "JVM tuning" change at 10:32 (new ReplicaSet; the old one keeps the upstream
    JAVA_OPTS) appended -XX:MaxMetaspaceSize=48m, below what the Spring Boot 1.4 + Spring Data MongoDB fat jar loads at start, so the
    JVM throws java.lang.OutOfMemoryError: Metaspace while Spring creates the repository beans, Spring Boot reports "Application
    startup failed" and the process exits 1; the kubelet restarts it with back-off. This is a JVM flag set wrong, not a container memory
    limit: there is no OOMKilled and no exit 137. maxUnavailable 25% of 1 replica keeps the old pod serving, so shoppers see nothing.
    Decoy: orders-db restarted four days ago (Completed, node patching) and runs fine. Deviation: the 48m value and the
    frame list are illustrative; the jar's real metaspace need was not measured.`,
  workloads: {
    carts: {
      containers: { carts: { env: [{ name: 'JAVA_OPTS', value: `${OLD_OPTS} -XX:MaxMetaspaceSize=48m` }] } },
      rollout: { at: -26, oldReplicas: 1, oldContainers: { carts: { env: [{ name: 'JAVA_OPTS', value: OLD_OPTS }] } } },
      pods: [{ containers: { carts: cs.crashLoop({ restarts: 8, exitCode: 1, startedAt: TB.iso(-3.3), finishedAt: TB.iso(-2.8), container: 'carts' }) } }],
    },
    'orders-db': {
      pods: [{ containers: { 'orders-db': cs.restartedRunning({ restarts: 1, startedAt: TB.iso(-60 * 24 * 4 + 0.5), last: { exitCode: 0, reason: 'Completed', startedAt: TB.iso(-60 * 24 * 9), finishedAt: TB.iso(-60 * 24 * 4) } }) } }],
    },
  },
  events: [
    { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set carts-%NEW% to 1', first: -26 },
    { on: 'pod:carts#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: -26 },
    { on: 'pod:carts#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/carts:0.4.8" already present on machine', first: -25.5, last: -3.3, count: 9, fieldPath: 'spec.containers{carts}' },
    { on: 'pod:carts#0', reason: 'Started', message: 'Started container carts', first: -25.5, last: -3.3, count: 9, fieldPath: 'spec.containers{carts}' },
    { on: 'pod:carts#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container carts in pod %POD%_sock-shop(%PODUID%)', first: -24, last: -0.5, count: 97, fieldPath: 'spec.containers{carts}' },
  ],
  logs: {
    'carts#0/carts/previous': cartsPrev,
    'carts#0/carts': cartsPrev.slice(0, 13),
    'carts#old0/carts': cartsOld,
  },
};

// ---------------------------------------------------------------------------------------------------------------
// D: shipping JAVA_OPTS gains -Dspring.rabbitmq.virtual-host=/shipping (no such vhost) -> RabbitMQ refuses, POST /shipping 500.
const TD = clock('2026-03-21T16:20:00Z');
const vhostErr = "com.rabbitmq.client.ShutdownSignalException: connection error; protocol method: #method<connection.close>(reply-code=530, reply-text=NOT_ALLOWED - access to vhost '/shipping' refused for user 'guest', class-id=10, method-id=40)";
const shipErr = (m, n) => [
  sp(TD, m, 'ERROR', 'shipping', `p-nio-80-exec-${n}`, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.amqp.AmqpIOException: java.io.IOException] with root cause'),
  '',
  vhostErr,
  '\tat com.rabbitmq.client.impl.AMQConnection.start(AMQConnection.java:361)',
  '\tat com.rabbitmq.client.ConnectionFactory.newConnection(ConnectionFactory.java:813)',
  '\tat org.springframework.amqp.rabbit.connection.AbstractConnectionFactory.createBareConnection(AbstractConnectionFactory.java:296)',
  '\tat org.springframework.amqp.rabbit.connection.CachingConnectionFactory.createConnection(CachingConnectionFactory.java:546)',
  '\tat org.springframework.amqp.rabbit.core.RabbitTemplate.doSend(RabbitTemplate.java:1429)',
  '\tat org.springframework.amqp.rabbit.core.RabbitTemplate.convertAndSend(RabbitTemplate.java:701)',
  '\tat works.weave.socks.shipping.controllers.ShippingController.postShipping(ShippingController.java:39)',
  '',
];
const SHIP_OPTS = OLD_OPTS + ' -Dspring.rabbitmq.virtual-host=/shipping';
const rmqTime = (min) => { const d = new Date(Date.parse(TD.iso(min))); const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()]; return `${d.getUTCDate()}-${mon}-${d.getUTCFullYear()}::${d.toISOString().slice(11, 19)}`; };
const refused = [-15, -11, -7, -3];
const scenarioD = {
  folder: 's137c-shipping-rabbitmq-vhost-refused',
  incidentTime: '2026-03-21T16:20:00Z',
  description: 'orders failing at checkout for the last 15 min, front end says "error placing order". orders svc logs full of 500s',
  expected: { component: 'shipping', cause: 'config-error' },
  alsoAcceptable: [{ component: 'shipping', cause: 'bad-deploy-rollout' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'louder-dependents', 'rollout-regression', 'time-expression', 'decoy'],
  grounding: `
    Upstream shipping (microservices-demo/shipping, Spring Boot + Spring AMQP) publishes each shipment to RabbitMQ queue
    "shipping-task" on host rabbitmq with the default vhost "/" and guest credentials; orders POSTs to http://shipping/shipping while
    placing an order and fails the order when that call fails. A change at 16:02 (new ReplicaSet; the old one keeps the upstream
    JAVA_OPTS) added -Dspring.rabbitmq.virtual-host=/shipping, a vhost that was never created on the rabbitmq 3.6.8 broker. Every
    connection attempt is closed with 530 NOT_ALLOWED "access to vhost '/shipping' refused", shipping answers 500, and orders logs the
    failure for every checkout, which is louder than shipping itself. shipping has no probes upstream and stays Ready; rabbitmq stays
    Ready and logs the refusals. Decoy: user-db restarted four days ago (Completed, node patching). Deviation: the vhost value is
    invented; line numbers are illustrative.`,
  workloads: {
    shipping: {
      containers: { shipping: { env: [{ name: 'ZIPKIN', value: 'zipkin.jaeger.svc.cluster.local' }, { name: 'JAVA_OPTS', value: SHIP_OPTS }] } },
      rollout: { at: -18, oldContainers: { shipping: { env: [{ name: 'ZIPKIN', value: 'zipkin.jaeger.svc.cluster.local' }, { name: 'JAVA_OPTS', value: OLD_OPTS }] } } },
    },
    'user-db': {
      pods: [{ containers: { 'user-db': cs.restartedRunning({ restarts: 1, startedAt: TD.iso(-60 * 24 * 4 + 0.5), last: { exitCode: 0, reason: 'Completed', startedAt: TD.iso(-60 * 24 * 9), finishedAt: TD.iso(-60 * 24 * 4) } }) } }],
    },
  },
  events: [
    { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shipping-%NEW% to 1', first: -18 },
    { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled down replica set shipping-%OLD% to 0 from 1', first: -17 },
    { on: 'pod:shipping#0', reason: 'Started', message: 'Started container shipping', first: -17.5, fieldPath: 'spec.containers{shipping}' },
  ],
  logs: {
    'shipping#0/shipping': [
      sp(TD, -17.4, 'INFO', 'shipping', 'main', 'works.weave.socks.shipping.ShippingServiceApplication', 'Starting ShippingServiceApplication v0.4.8 on %POD% with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)'),
      sp(TD, -16.9, 'INFO', 'shipping', 'main', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat started on port(s): 80 (http)'),
      sp(TD, -16.9, 'INFO', 'shipping', 'main', 'works.weave.socks.shipping.ShippingServiceApplication', 'Started ShippingServiceApplication in 28.412 seconds (JVM running for 30.118)'),
      ...refused.flatMap((m, i) => [sp(TD, m, 'INFO', 'shipping', `p-nio-80-exec-${i + 2}`, 'w.w.s.s.controllers.ShippingController', 'Adding shipment to queue...'), ...shipErr(m + 0.01, i + 2)]),
    ],
    'orders#0/orders': [
      sp(TD, -30, 'DEBUG', 'orders', 'p-nio-80-exec-5', 'w.w.s.o.controllers.OrdersController', 'Order result: CustomerOrder{id=\'65f1b2c3d4e5f60718293a4b\', customerId=\'57a98d98e4b00679b4a830af\', total=104.98}'),
      ...refused.flatMap((m, i) => [
        sp(TD, m - 0.02, 'DEBUG', 'orders', `p-nio-80-exec-${i + 6}`, 'w.w.s.o.controllers.OrdersController', 'Starting calls'),
        sp(TD, m + 0.03, 'ERROR', 'orders', `p-nio-80-exec-${i + 6}`, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.HttpServerErrorException: 500 Internal Server Error] with root cause'),
        '',
        'org.springframework.web.client.HttpServerErrorException: 500 Internal Server Error',
        '\tat org.springframework.web.client.DefaultResponseErrorHandler.handleError(DefaultResponseErrorHandler.java:94)',
        '\tat org.springframework.web.client.RestTemplate.handleResponse(RestTemplate.java:667)',
        '\tat works.weave.socks.orders.services.AsyncGetService.postResource(AsyncGetService.java:80)',
        '',
      ]),
    ],
    'rabbitmq#0/rabbitmq': [
      `=INFO REPORT==== ${rmqTime(-60 * 24 * 9 + 1)} ===\nServer startup complete; 0 plugins started.`,
      '',
      ...refused.flatMap((m, i) => [
        `=INFO REPORT==== ${rmqTime(m)} ===\naccepting AMQP connection <0.${1801 + i * 13}.0> (%PODIP%:${40110 + i * 7} -> %PODIP%:5672)`,
        '',
        `=ERROR REPORT==== ${rmqTime(m)} ===\nError on AMQP connection <0.${1801 + i * 13}.0> (%IPOF:shipping#0%:${40110 + i * 7} -> %PODIP%:5672, user: 'guest', state: opening):\naccess to vhost '/shipping' refused for user 'guest'`,
        '',
      ]),
    ].map((l) => l.replace('(%PODIP%:', '(%IPOF:shipping#0%:')),
    'queue-master#0/queue-master': [sp(TD, -60 * 24 * 2, 'INFO', 'queue-master', 'main', 'works.weave.socks.queuemaster.QueueMasterApplication', 'Started QueueMasterApplication in 31.2 seconds (JVM running for 33.0)')],
  },
};

export const scenarios = [scenarioB, scenarioD];
