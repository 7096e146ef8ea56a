// Batch s23a (blind dev): a Sock Shop incident for the accuracy corpus, written without knowledge of the engine.
// Uses the session-2 Sock Shop system definition; built by scripts/s23a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

// Spring Boot 1.4 console pattern with Sleuth's [app,trace,span,export] field, as the weaveworksdemos Java images print it.
const spring = (T, min, level, app, thread, logger, msg) =>
  `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15).slice(-15)}] ${logger.padEnd(40)} : ${msg}`;
// RabbitMQ 3.6 tty log format.
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const rmq = (T, min, kind, lines) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const p = (n) => String(n).padStart(2, '0');
  return [`=${kind} REPORT==== ${d.getUTCDate()}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()}::${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ===`, ...lines, ''];
};

const S1 = (() => {
  const T = clock('2026-11-18T11:34:00Z');
  const sh = (min, level, thread, logger, msg) => spring(T, min, level, 'shipping', thread, logger, msg);
  const ord = (min, level, thread, logger, msg) => spring(T, min, level, 'orders', thread, logger, msg);
  const amqpTimeout = (min, exec) => [
    sh(min, 'ERROR', exec, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.amqp.AmqpConnectException: java.net.SocketTimeoutException: connect timed out] with root cause'),
    '',
    'java.net.SocketTimeoutException: connect timed out',
    '\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_111-internal]',
    '\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350) ~[na:1.8.0_111-internal]',
    '\tat java.net.Socket.connect(Socket.java:589) ~[na:1.8.0_111-internal]',
    '\tat com.rabbitmq.client.impl.FrameHandlerFactory.create(FrameHandlerFactory.java:50) ~[amqp-client-3.6.5.jar!/:na]',
    '\tat com.rabbitmq.client.ConnectionFactory.newConnection(ConnectionFactory.java:824) ~[amqp-client-3.6.5.jar!/:na]',
    '\tat org.springframework.amqp.rabbit.connection.AbstractConnectionFactory.createBareConnection(AbstractConnectionFactory.java:296) ~[spring-rabbit-1.6.5.RELEASE.jar!/:na]',
    '\tat org.springframework.amqp.rabbit.connection.CachingConnectionFactory.createConnection(CachingConnectionFactory.java:541) ~[spring-rabbit-1.6.5.RELEASE.jar!/:na]',
    '\tat org.springframework.amqp.rabbit.core.RabbitTemplate.doExecute(RabbitTemplate.java:1431) ~[spring-rabbit-1.6.5.RELEASE.jar!/:na]',
    '\tat org.springframework.amqp.rabbit.core.RabbitTemplate.convertAndSend(RabbitTemplate.java:691) ~[spring-rabbit-1.6.5.RELEASE.jar!/:na]',
    '\tat works.weave.socks.shipping.controllers.ShippingController.postShipping(ShippingController.java:44) ~[classes!/:na]',
    '',
  ];
  const ordTimeout = (min, exec) => [
    ord(min, 'ERROR', exec, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.io.IOException: Unable to create order due to timeout from one of the services.] with root cause'),
    '',
    'java.util.concurrent.TimeoutException: null',
    '\tat java.util.concurrent.FutureTask.get(FutureTask.java:205) ~[na:1.8.0_111-internal]',
    '\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:124) ~[classes!/:na]',
    '',
  ];
  const shipLog = [
    sh(-60 * 24 * 9 + 1.2, 'INFO', 'main', 'w.w.socks.shipping.ShippingServiceApplication', 'Started ShippingServiceApplication in 41.318 seconds (JVM running for 44.002)'),
    sh(-41.3, 'INFO', 'p-nio-80-exec-9', 'o.s.a.r.c.CachingConnectionFactory', `Created new connection: SimpleConnection@6b3c1b8e [delegate=amqp://guest@%SVCIP:rabbitmq%:5672/, localPort= 41236]`),
    'Adding shipment to queue...',
    'Adding shipment to queue...',
    'Adding shipment to queue...',
    'Adding shipment to queue...',
    'Adding shipment to queue...',
    ...amqpTimeout(-12.1, 'p-nio-80-exec-2'),
    'Adding shipment to queue...',
    ...amqpTimeout(-9.6, 'p-nio-80-exec-5'),
    'Adding shipment to queue...',
    'Adding shipment to queue...',
    ...amqpTimeout(-7.8, 'p-nio-80-exec-7'),
    ...amqpTimeout(-7.2, 'p-nio-80-exec-1'),
    'Adding shipment to queue...',
    ...amqpTimeout(-4.4, 'p-nio-80-exec-3'),
    'Adding shipment to queue...',
    ...amqpTimeout(-1.9, 'p-nio-80-exec-8'),
    'Adding shipment to queue...',
  ];
  const ordersLog = [
    ord(-60 * 24 * 9 + 1.4, 'INFO', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 38.911 seconds (JVM running for 41.675)'),
    ...ordTimeout(-13.0, 'p-nio-80-exec-4'),
    ...ordTimeout(-10.5, 'p-nio-80-exec-6'),
    ...ordTimeout(-8.7, 'p-nio-80-exec-2'),
    ...ordTimeout(-8.1, 'p-nio-80-exec-9'),
    ...ordTimeout(-5.3, 'p-nio-80-exec-1'),
    ...ordTimeout(-2.8, 'p-nio-80-exec-5'),
    ...ordTimeout(-0.9, 'p-nio-80-exec-3'),
  ];
  const fe = (i) => [
    'Using redis for session store',
    'App now running in production mode on port 8079',
    ...(i === 0
      ? [-13.0, -8.7, -5.3, -0.9]
      : [-10.5, -8.1, -2.8]
    ).flatMap((m) => [
      `Order response: {"timestamp":${Date.parse(T.isoMs(m))},"status":500,"error":"Internal Server Error","exception":"java.io.IOException","message":"Unable to create order due to timeout from one of the services.","path":"/orders"}`,
      'Error: Internal Server Error',
    ]),
  ];
  return {
    folder: 's23a-shipping-rabbit-policy-enforced',
    description: 'sock shop checkout failing, customers get an error when placing orders since ~11:20',
    incidentTime: '2026-11-18T11:34:00Z',
    expected: { component: 'rabbitmq', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'shipping', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['network-policy', 'pods-ready', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Sock Shop as complete-demo.yaml deploys it on EKS (session-2 system): orders calls shipping (POST http://shipping/shipping),
      shipping publishes each shipment to rabbitmq:5672 (spring.rabbitmq.host=rabbitmq), queue-master consumes it.
      The namespace has carried a set of ingress NetworkPolicies for seven months, written when the team planned to adopt
      Calico; the EKS cluster's VPC CNI did not enforce NetworkPolicy, so they were inert. The rabbitmq policy only lets
      queue-master reach 5672 (and anyone reach the exporter on 9090): whoever wrote it forgot that shipping publishes.
      At ~11:19 the platform team turned on the VPC CNI's native network policy enforcement (enableNetworkPolicy in the
      aws-node add-on configuration, available since VPC CNI 1.14, 2023): the policies started to bite. Shipping's AMQP connection
      went silent, RabbitMQ 3.6 closed it on "missed heartbeats from client, timeout: 60s", and every reconnect times out
      (the Java client's 60 s connection timeout, "connect timed out" wrapped in Spring AMQP's AmqpConnectException),
      so shipping answers 500 after a minute and orders gives up after its 5 s http.timeout with "Unable to create order due
      to timeout from one of the services." (OrdersController); the front-end shows the 500. The rabbitmq pod stays Running and
      Ready, queue-master (allowed) is connected and idle, and the other policies (carts-db, orders-db, user-db, catalogue-db,
      session-db) admit their one caller correctly, so browsing, carts and logins work. The expected answer is the rabbitmq
      ingress policy that blocks shipping (network-fault on rabbitmq); network-fault on shipping, whose connection is the one
      cut, is also accepted. Decoy: a healthy front-end rollout the day before. The cluster-wide CNI change itself is outside the
      namespace snapshot; the log lines (shipping's System.out "Adding shipment to queue...", the Spring and RabbitMQ formats)
      follow the weaveworksdemos images and RabbitMQ 3.6.8.`,
    workloads: {
      'front-end': {
        rollout: { at: -60 * 26, revision: 6 },
      },
    },
    networkPolicies: [
      { name: 'rabbitmq', created: -60 * 24 * 212, spec: { podSelector: { matchLabels: { name: 'rabbitmq' } }, policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: { matchLabels: { name: 'queue-master' } } }], ports: [{ protocol: 'TCP', port: 5672 }] }, { ports: [{ protocol: 'TCP', port: 9090 }] }] } },
      { name: 'carts-db', created: -60 * 24 * 212, spec: { podSelector: { matchLabels: { name: 'carts-db' } }, policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: { matchLabels: { name: 'carts' } } }], ports: [{ protocol: 'TCP', port: 27017 }] }] } },
      { name: 'orders-db', created: -60 * 24 * 212, spec: { podSelector: { matchLabels: { name: 'orders-db' } }, policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: { matchLabels: { name: 'orders' } } }], ports: [{ protocol: 'TCP', port: 27017 }] }] } },
      { name: 'user-db', created: -60 * 24 * 212, spec: { podSelector: { matchLabels: { name: 'user-db' } }, policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: { matchLabels: { name: 'user' } } }], ports: [{ protocol: 'TCP', port: 27017 }] }] } },
      { name: 'catalogue-db', created: -60 * 24 * 212, spec: { podSelector: { matchLabels: { name: 'catalogue-db' } }, policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: { matchLabels: { name: 'catalogue' } } }], ports: [{ protocol: 'TCP', port: 3306 }] }] } },
      { name: 'session-db', created: -60 * 24 * 212, spec: { podSelector: { matchLabels: { name: 'session-db' } }, policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: { matchLabels: { name: 'front-end' } } }], ports: [{ protocol: 'TCP', port: 6379 }] }] } },
    ],
    logs: {
      'shipping#0/shipping': shipLog,
      'orders#0/orders': ordersLog,
      'front-end#0/front-end': fe(0),
      'front-end#1/front-end': fe(1),
      'rabbitmq#0/rabbitmq': [
        ...rmq(T, -60 * 24 * 9 + 0.8, 'INFO', ['Server startup complete; 6 plugins started.', ' * rabbitmq_management', ' * rabbitmq_web_dispatch', ' * rabbitmq_management_agent', ' * amqp_client', ' * cowboy', ' * cowlib']),
        ...rmq(T, -60 * 24 * 9 + 2.1, 'INFO', ['accepting AMQP connection <0.611.0> (%IPOF:queue-master#0%:52814 -> %PODIP%:5672)']),
        ...rmq(T, -41.3, 'INFO', ['accepting AMQP connection <0.14233.4> (%IPOF:shipping#0%:41236 -> %PODIP%:5672)']),
        ...rmq(T, -13.4, 'ERROR', ['closing AMQP connection <0.14233.4> (%IPOF:shipping#0%:41236 -> %PODIP%:5672):', 'missed heartbeats from client, timeout: 60s']),
      ],
      'queue-master#0/queue-master': [
        spring(T, -60 * 24 * 9 + 1.6, 'INFO', 'queue-master', 'main', 'o.s.a.r.c.CachingConnectionFactory', 'Created new connection: SimpleConnection@1d2adfbe [delegate=amqp://guest@%SVCIP:rabbitmq%:5672/, localPort= 52814]'),
        spring(T, -60 * 24 * 9 + 1.7, 'INFO', 'queue-master', 'main', 'works.weave.socks.queuemaster.QueueMasterApplication', 'Started QueueMasterApplication in 36.402 seconds (JVM running for 39.117)'),
        'Received shipment task: d0f1ac21-7c3e-4e8f-9a52-5b1d0e3f7a10',
        'Received shipment task: 5e6a9b0c-2f41-4b7d-8c1e-0a9d3f2b6e47',
        'Received shipment task: 9b2c7e15-3a4d-4f60-b8e9-61c0d5a2f384',
      ],
    },
  };
})();

// The front-end rollout is a decoy: a routine image rebuild the day before, Ready since.
S1.workloads['front-end'].rollout.oldContainers = { 'front-end': { image: 'weaveworksdemos/front-end:0.3.11' } };

export const scenarios = [S1];
